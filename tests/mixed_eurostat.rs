//! Eurostat's downloads beside the CGVS's sources change no answer about
//! Belgium alone: on each of the reference's stores (a report, two
//! editions, pages, overviews and their mixtures), every query of a grid
//! gives the same rows, columns and notes with the project's Eurostat
//! fixtures loaded as without them; where the CGVS's figures give no row,
//! Eurostat answers, saying so, and the years they give no month of are
//! Eurostat's rows beside theirs, named in a note.

mod common;

use common::{asked, EUROSTAT_FIXTURES};

const MEASURES: [&str; 4] = ["applications", "decisions", "workload", "protection_rate"];
const DIMS: [&str; 5] = ["", " by month", " by year", " by type", " by country"];
const FILTERS: [&str; 5] = [
    "",
    " where year = 2023",
    " where year = 2022",
    " where year = 2017",
    " where month = 2023-12",
];
const MODIFIERS: [&str; 3] = ["", " top 3", " change"];

fn eurostat_files() -> Vec<(String, String)> {
    EUROSTAT_FIXTURES
        .iter()
        .map(|f| {
            let path = format!("{}/tests/eurostat/{f}", env!("CARGO_MANIFEST_DIR"));
            (f.to_string(), std::fs::read_to_string(path).unwrap())
        })
        .collect()
}

/// An answer as compared: its columns, rows and notes in words.
fn shown(answer: &asylq::answer::Answer) -> (Vec<String>, Vec<Vec<String>>, Vec<String>) {
    let rows = answer
        .rows
        .iter()
        .map(|r| r.iter().map(asylq::render::plain).collect())
        .collect();
    // Beside Eurostat, an answer may add one note: the periods only
    // Eurostat gives for Belgium, which the CGVS's answer lacks.
    let notes = answer
        .notes
        .iter()
        .map(|n| n.text(asylq::model::Lang::En))
        .filter(|n| !n.starts_with("Not in this answer: "))
        .collect();
    (answer.columns.clone(), rows, notes)
}

/// The answer without the rows of the years Eurostat gave beside the
/// CGVS's (those its note names), and whether it had any.
fn without_eurostat_years(answer: &asylq::answer::Answer) -> (asylq::answer::Answer, bool) {
    let mut answer = answer.clone();
    let Some(at) = answer
        .notes
        .iter()
        .position(|n| n.message.id == "note-years-from-eurostat")
    else {
        return (answer, false);
    };
    let years = answer.notes.remove(at).periods;
    let time = answer
        .roles
        .iter()
        .position(|r| matches!(r, asylq::answer::Role::Time(_)))
        .expect("a time column");
    answer
        .rows
        .retain(|r| !years.contains(&asylq::render::plain(&r[time])));
    (answer, true)
}

#[test]
fn eurostat_beside_the_cgvs_changes_no_answer_about_belgium_alone() {
    let extra = eurostat_files();
    let mut compared = 0;
    let mut from_eurostat = 0;
    let mut from_eurostat_beside = 0;
    let mut failures = Vec::new();
    for name in common::stores::NAMES {
        let (_a, mut cgvs) = common::stores::named(name);
        let (_b, mut mixed) = common::stores::named_with(name, &extra);
        for measure in MEASURES {
            for dims in DIMS {
                for filter in FILTERS {
                    for modifier in MODIFIERS {
                        let text = format!("{measure}{filter}{dims}{modifier}");
                        let alone = asked(&mut cgvs, &text);
                        let beside = asked(&mut mixed, &text);
                        match (&alone, &beside) {
                            (Some(a), Some(b)) if !a.rows.is_empty() => {
                                compared += 1;
                                let (b, added) = without_eurostat_years(b);
                                from_eurostat_beside += usize::from(added);
                                let (ac, ar, an) = shown(a);
                                let (bc, br, bn) = shown(&b);
                                let kept = an.iter().all(|n| bn.contains(n));
                                if (ac, ar) != (bc, br) || !kept || (!added && an != bn) {
                                    failures.push(format!(
                                        "[{name}] {text}\n  alone:  {:?}\n  beside: {:?}",
                                        shown(a),
                                        shown(&b)
                                    ));
                                }
                            }
                            (Some(_), Some(b)) if !b.rows.is_empty() => {
                                from_eurostat += 1;
                                let (_, _, notes) = shown(b);
                                if !notes.iter().any(|n| n.starts_with("The store's CGVS figures give none for this query: Belgium's figures come from Eurostat.")) {
                                    failures.push(format!("[{name}] {text}: Eurostat answered without saying so: {notes:?}"));
                                }
                            }
                            (None, Some(_)) | (Some(_), None) => {
                                failures.push(format!("[{name}] {text}: refused on one store only"))
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
    }
    use std::io::Write as _;
    let _ = writeln!(
        std::io::stderr(),
        "Belgium alone beside Eurostat: {compared} answers unchanged ({from_eurostat_beside} with Eurostat's years beside), {from_eurostat} from Eurostat where the CGVS had none"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(compared >= 1000, "only {compared} compared");
    assert!(from_eurostat > 0, "no query fell back to Eurostat");
}
