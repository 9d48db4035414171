fn main() {
    let r = asylq::report::parse(asylq::report::EMBEDDED).unwrap();
    println!(
        "{} facts {} checks {:?}",
        r.facts.len(),
        r.checks,
        r.failures
    );
}
