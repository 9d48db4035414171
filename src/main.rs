fn main() {
    let t = std::time::Instant::now();
    let s = asylq::store::Store::embedded().unwrap();
    let n: i64 = s
        .conn
        .query_row("select count(*) from current_facts", [], |r| r.get(0))
        .unwrap();
    println!("{n} {:?}", t.elapsed());
}
