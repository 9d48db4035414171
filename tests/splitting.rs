//! Statement splitting under mutation: a script is cut into statements
//! without parsing them, so a mutation inside one statement (a bracket, a
//! quote or a word deleted; an operator or an opening added) that keeps
//! every line's first word changes no other statement's text.

use asylq::lang::split::statements;

/// Scripts of several statements, some over several lines.
const SCRIPTS: [&str; 3] = [
    "set format = csv\napplications where (year = 2023 and country = \"Syria\") by month\ndecisions where year = 2023 by type share\nworkload by month\nshow top10 where year = 2023\nprotection_rate where country in (\"Syria\", \"Iraq\")\n",
    "# a comment\napplications\n  where year = 2023\n  by country top 5\napplications -\ndecisions where month = 2023-11\nhelp share\nexplain applications by year\nsql \"SELECT 1\"\n",
    "applications where year between 2021 and 2023 by year change\n.format csv\ndecisions[type = refugee_status] / decisions where year = 2023 by month\napplications where country = $c by month rolling 3 months; workload\nset lang = fr\napplications last 3 months by month\n",
];

fn pieces(script: &str) -> Vec<String> {
    statements(script)
        .into_iter()
        .map(|r| script[r].trim().trim_end_matches(';').trim().to_string())
        .collect()
}

/// The first word of each line (its first run of letters, `_` and `.`),
/// or its first character where that is none (`#` of a comment).
fn first_words(script: &str) -> Vec<String> {
    script
        .lines()
        .map(|l| {
            let l = l.trim_start();
            let word: String = l
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '.')
                .collect();
            if word.is_empty() {
                l.chars().take(1).collect()
            } else {
                word
            }
        })
        .collect()
}

/// Whether a mutation keeps what the rule cuts at: every line's first
/// word, which lines end in `+`, `-` or `/`, and the lines that hold a `;`.
fn keeps_the_cuts(script: &str, mutated: &str) -> bool {
    let arithmetic = |s: &str| -> Vec<bool> {
        s.lines()
            .map(|l| l.trim_end().ends_with(['+', '-', '/']))
            .collect()
    };
    let semicolons = |s: &str| -> Vec<Option<String>> {
        s.lines()
            .map(|l| l.contains(';').then(|| l.to_string()))
            .collect()
    };
    first_words(mutated) == first_words(script)
        && arithmetic(mutated) == arithmetic(script)
        && semicolons(mutated).iter().flatten().count()
            == semicolons(script).iter().flatten().count()
        && semicolons(script)
            .iter()
            .zip(script.lines().zip(mutated.lines()))
            .all(|(semi, (a, b))| semi.is_none() || a == b)
}

/// Every mutation of `script`: each character deleted, and each of a few
/// texts inserted at each place.
fn mutations(script: &str) -> Vec<String> {
    let mut out = Vec::new();
    let places: Vec<usize> = script
        .char_indices()
        .map(|(i, _)| i)
        .chain([script.len()])
        .collect();
    for (n, &at) in places.iter().enumerate() {
        if let Some(&next) = places.get(n + 1) {
            out.push(format!("{}{}", &script[..at], &script[next..]));
        }
        for added in ["(", ")", "\"", " and", " +", "[", " where"] {
            out.push(format!("{}{added}{}", &script[..at], &script[at..]));
        }
    }
    out
}

#[test]
fn a_mutation_inside_one_statement_changes_no_other_statement() {
    let mut checked = 0;
    for script in SCRIPTS {
        let before = pieces(script);
        for mutated in mutations(script) {
            if !keeps_the_cuts(script, &mutated) {
                continue;
            }
            let after = pieces(&mutated);
            assert_eq!(after.len(), before.len(), "{mutated:?}");
            let changed = before.iter().zip(&after).filter(|(a, b)| a != b).count();
            assert!(changed <= 1, "{mutated:?}: {before:?} became {after:?}");
            checked += 1;
        }
    }
    println!("{checked} mutations of {} scripts", SCRIPTS.len());
    assert!(checked > 2000, "{checked}");
}
