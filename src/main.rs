//! The `asylq` binary: all the work is in the library.

fn main() {
    std::process::exit(asylq::cli::main());
}
