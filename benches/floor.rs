//! The floor under a one-shot run: a process that opens DuckDB the way asylq
//! does and runs `SELECT 42`, nothing else. `benches/oneshot.sh` times it
//! beside asylq, so that the figures show how much of a run is DuckDB's own
//! start-up (the bundled build) and how much is asylq's work.

/// As in asylq (`src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let conn = asylq::store::open_for_queries(None).expect("opening DuckDB");
    let n: i64 = conn
        .query_row("SELECT 42", [], |r| r.get(0))
        .expect("SELECT 42");
    assert_eq!(n, 42);
    // As asylq does at exit: the operating system frees the memory.
    std::mem::forget(conn);
}
