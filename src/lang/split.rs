//! A script cut into statements before it is parsed, so that a syntax error
//! ends at its statement and `--keep-going` runs every statement after it.
//!
//! The end of a statement is found without parsing it: a statement ends at
//! `;`, or before a line whose first word is a measure, `show`, `explain`,
//! `sql`, `help`, `set` or a `.`-command, whatever is open before it (a
//! bracket, a string, an `and`), except a measure after a line that ends in
//! `+`, `-` or `/` (the second measure of `applications -\ndecisions`).
//! A string ends at its line's end, and `#` comments are skipped, so an
//! unclosed bracket or quote never hides the next statement.

use std::ops::Range;

/// Words that begin a statement other than a measure.
const STARTS: [&str; 5] = ["show", "explain", "sql", "help", "set"];

/// The byte ranges of the statements of `source`, in order; pieces of
/// nothing but white space, comments and `;` are left out.
pub fn statements(source: &str) -> Vec<Range<usize>> {
    let mut cut = Cutter::default();
    let mut chars = source.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if cut.in_string {
            match c {
                '\\' if chars.peek().is_some_and(|(_, c)| *c != '\n') => {
                    chars.next();
                }
                '"' => cut.in_string = false,
                '\n' => {
                    cut.in_string = false;
                    cut.line_starts(source, i, i + 1);
                }
                _ => {}
            }
            continue;
        }
        match c {
            '#' => while chars.next_if(|(_, c)| *c != '\n').is_some() {},
            '"' => cut.in_string = true,
            ';' => cut.end_at(source, i + 1),
            '\n' => cut.line_starts(source, i, i + 1),
            _ => {}
        }
    }
    cut.end_at(source, source.len());
    cut.pieces
}

#[derive(Default)]
struct Cutter {
    pieces: Vec<Range<usize>>,
    start: usize,
    in_string: bool,
}

impl Cutter {
    /// Ends the current statement at `end` (where it holds anything).
    fn end_at(&mut self, source: &str, end: usize) {
        let piece = self.start..end;
        if has_words(&source[piece.clone()]) {
            self.pieces.push(piece);
        }
        self.start = end;
    }

    /// A line ended at `newline`; the next starts at `next`.
    fn line_starts(&mut self, source: &str, newline: usize, next: usize) {
        let line_start = source[..newline].rfind('\n').map_or(0, |i| i + 1);
        let before = &source[line_start.max(self.start)..newline];
        match first_word(&source[next..]) {
            Start::Measure if !ends_in_arithmetic(before) => self.end_at(source, next),
            Start::Other => self.end_at(source, next),
            _ => {}
        }
    }
}

/// Whether a text holds anything but white space, comments and `;`.
fn has_words(text: &str) -> bool {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .any(|l| l.chars().any(|c| !c.is_whitespace() && c != ';'))
}

/// Whether a line (its comment left out) ends in `+`, `-` or `/`, so that a
/// measure on the next line is the second of an arithmetic.
fn ends_in_arithmetic(line: &str) -> bool {
    let code = line.split('#').next().unwrap_or("").trim_end();
    code.ends_with(['+', '-', '/'])
}

/// What a line's first word is.
#[derive(PartialEq)]
enum Start {
    Measure,
    /// A statement word or a `.`-command.
    Other,
    None,
}

fn first_word(rest: &str) -> Start {
    let line = rest.lines().next().unwrap_or("").trim_start();
    if line.starts_with('.') {
        return Start::Other;
    }
    let word: String = line
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let word = word.to_lowercase();
    if super::MEASURES.contains(&word.as_str()) {
        Start::Measure
    } else if STARTS.contains(&word.as_str()) {
        Start::Other
    } else {
        Start::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(source: &str) -> Vec<&str> {
        statements(source)
            .into_iter()
            .map(|r| source[r].trim())
            .collect()
    }

    #[test]
    fn statements_end_at_semicolons_and_before_lines_that_start_one() {
        assert_eq!(
            split("applications where year = 20x3\nworkload\napplications by year\n"),
            [
                "applications where year = 20x3",
                "workload",
                "applications by year"
            ]
        );
        assert_eq!(
            split("decisions; workload # the stock\n\n;\nshow sources"),
            ["decisions;", "workload # the stock\n\n;", "show sources"]
        );
    }

    #[test]
    fn a_statement_goes_on_over_lines_that_start_no_statement() {
        let script = "applications -\ndecisions\napplications where country =\n\"Syrië\"\nsql \"SELECT 1\n FROM x\"\napplications where year = 2023 by\nmonth";
        assert_eq!(
            split(script),
            [
                "applications -\ndecisions",
                "applications where country =\n\"Syrië\"",
                "sql \"SELECT 1\n FROM x\"",
                "applications where year = 2023 by\nmonth"
            ]
        );
        // A line that starts with no statement word goes on the one before.
        assert_eq!(
            split("applications\n  where year = 2023\n  by month\n"),
            ["applications\n  where year = 2023\n  by month"]
        );
    }

    #[test]
    fn nothing_left_open_hides_the_next_statement() {
        // An unclosed bracket, an unclosed string, a dangling `and`.
        for broken in [
            "applications where (year = 2023 by month",
            "applications where country = \"Syrië by month",
            "applications where year = 2023 and",
        ] {
            let script = format!("workload\n{broken}\ndecisions by month\nset format = csv\n");
            assert_eq!(
                split(&script),
                ["workload", broken, "decisions by month", "set format = csv"],
                "{broken}"
            );
        }
    }
}
