//! Links asylq's programs (and its tests and benches) as position-dependent
//! executables. A one-shot run is mostly the start of a process: a PIE of
//! this size makes the loader write about 250 pages of relocations before
//! `main`, each a page fault (615 faults for `asylq --version`, 356 without),
//! which cost about 5 ms of a 35 ms one-shot query on the development
//! machine. docs/performance.md, has the figures.

fn main() {
    println!("cargo:rustc-link-arg=-no-pie");
}
