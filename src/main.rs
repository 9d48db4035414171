//! The `asylq` binary: all the work is in the library.

/// mimalloc serves every allocation, DuckDB's included (the `override`
/// feature). It takes memory from the system in huge pages, so a one-shot run
/// takes about 800 fewer page faults than with the system allocator: about
/// 1 ms of 15 (docs/performance.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(asylq::cli::main());
}
