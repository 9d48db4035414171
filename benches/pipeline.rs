//! Timings of each stage, run with `cargo bench --bench pipeline`:
//! parsing the report, opening DuckDB, loading the embedded facts, one query,
//! and parse + check + compile of a typical query (queries per second).

use asylq::check::{check, Context};
use asylq::lang::{ast::Statement, parse};
use asylq::report;
use asylq::session::Session;
use asylq::store::Store;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// As in asylq (`src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The median time of `runs` calls.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let parse_report = median(200, || {
        black_box(report::parse(black_box(report::EMBEDDED)).unwrap());
    });
    println!("parse the embedded report          {}", ms(parse_report));
    let open = median(30, || {
        let conn = asylq::store::open_for_queries(None).unwrap();
        let n: i64 = conn.query_row("SELECT 42", [], |r| r.get(0)).unwrap();
        black_box(n);
    });
    println!("open DuckDB as asylq does + SELECT 42 {}", ms(open));
    let embedded = median(30, || {
        black_box(Store::embedded().unwrap());
    });
    println!("open + load the embedded report    {}", ms(embedded));
    let answer = median(30, || {
        let mut s = Session::new(Store::embedded().unwrap()).unwrap();
        s.run("applications where year = 2023 by month", &mut |o| {
            black_box(o);
            Ok(())
        })
        .unwrap();
    });
    println!("open + load + answer one query     {}", ms(answer));
    let text = "applications where year = 2023 and country = \"Syria\" by type";
    let cx = Context::default();
    let n = 100_000;
    // Warm the caches and the allocator first: a session runs many queries.
    for _ in 0..n / 10 {
        let statements = parse(black_box(text)).unwrap();
        let Statement::Query(q) = &statements[0].node else {
            unreachable!()
        };
        black_box(asylq::sql::compile(&check(q, &cx).unwrap()));
    }
    let start = Instant::now();
    for _ in 0..n {
        let statements = parse(black_box(text)).unwrap();
        let Statement::Query(q) = &statements[0].node else {
            unreachable!()
        };
        black_box(asylq::sql::compile(&check(q, &cx).unwrap()));
    }
    let per_second = n as f64 / start.elapsed().as_secs_f64();
    println!("parse + check + compile            {per_second:.0} queries/s");
    let start = Instant::now();
    for _ in 0..n {
        black_box(parse(black_box(text)).unwrap());
    }
    let per_second = n as f64 / start.elapsed().as_secs_f64();
    println!("parse only                         {per_second:.0} queries/s");
    let statements = parse(text).unwrap();
    let Statement::Query(q) = &statements[0].node else {
        unreachable!()
    };
    let start = Instant::now();
    for _ in 0..n {
        black_box(check(black_box(q), &cx).unwrap());
    }
    let per_second = n as f64 / start.elapsed().as_secs_f64();
    println!("check only                         {per_second:.0} queries/s");
    let checked = check(q, &cx).unwrap();
    let start = Instant::now();
    for _ in 0..n {
        black_box(asylq::sql::compile(black_box(&checked)));
    }
    let per_second = n as f64 / start.elapsed().as_secs_f64();
    println!("compile only                       {per_second:.0} queries/s");
    let start = Instant::now();
    for _ in 0..n {
        black_box(asylq::lang::tokens(black_box(text)));
    }
    let per_second = n as f64 / start.elapsed().as_secs_f64();
    println!("lex only                           {per_second:.0} queries/s");
    chart();
}

/// A 23-month, 3-series chart drawn to SVG and to PNG (2x), in process.
fn chart() {
    let mut session = Session::new(Store::embedded().unwrap()).unwrap();
    let mut answer = None;
    session
        .run("applications by month, type", &mut |o| {
            if let asylq::session::Output::Answer(a) = o {
                answer = Some(a);
            }
            Ok(())
        })
        .unwrap();
    let answer = answer.unwrap();
    let opts = asylq::render::chart::Options::default();
    let svg = median(20, || {
        black_box(asylq::render::chart::svg(&answer, &opts).unwrap());
    });
    println!("chart, 23 months x 3 series, SVG   {}", ms(svg));
    let png = median(10, || {
        black_box(asylq::render::chart::png(&answer, &opts, 2.0).unwrap());
    });
    println!("chart, 23 months x 3 series, PNG   {}", ms(png));
}
