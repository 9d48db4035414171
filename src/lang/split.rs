//! A script cut into statements before it is parsed, so that a syntax error
//! ends at its statement and `--keep-going` runs every statement after it.
//!
//! A statement ends at `;`, or before a line that starts with a measure,
//! `show`, `explain`, `sql`, `help`, `set` or a `.`-command, unless the line
//! before ends inside brackets or quotes, or after an operator (`+`, `=`,
//! `,`, `and`, `where`, `by`, ...). Strings and `#` comments are skipped as
//! the lexer skips them.

use std::ops::Range;

/// Words that begin a statement other than a measure.
const STARTS: [&str; 5] = ["show", "explain", "sql", "help", "set"];

/// Words after which a statement goes on on the next line.
const GOING_ON: [&str; 14] = [
    "and", "or", "not", "where", "by", "between", "in", "of", "per", "sort", "top", "limit",
    "having", "explain",
];

/// The byte ranges of the statements of `source`, in order; pieces of
/// nothing but white space, comments and `;` are left out.
pub fn statements(source: &str) -> Vec<Range<usize>> {
    let mut cut = Cutter::default();
    let mut chars = source.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if cut.in_string {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => cut.in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '#' => while chars.next_if(|(_, c)| *c != '\n').is_some() {},
            '"' => cut.in_string = true,
            '(' | '[' => cut.depth += 1,
            ')' | ']' => cut.depth = cut.depth.saturating_sub(1),
            ';' => {
                cut.end_at(source, i + 1);
                cut.depth = 0;
            }
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
    depth: usize,
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
        if self.depth == 0 && !goes_on(before) && starts_statement(&source[next..]) {
            self.end_at(source, next);
        }
    }
}

/// Whether a text holds anything but white space, comments and `;`.
fn has_words(text: &str) -> bool {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .any(|l| l.chars().any(|c| !c.is_whitespace() && c != ';'))
}

/// Whether a line (its comment left out) ends after an operator, so that
/// its statement goes on.
fn goes_on(line: &str) -> bool {
    let code = line.split('#').next().unwrap_or("").trim_end();
    if code.ends_with(['+', '-', '/', '=', '<', '>', ',', '!']) {
        return true;
    }
    let last = code
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    GOING_ON.iter().any(|w| w.eq_ignore_ascii_case(last))
}

/// Whether a line starts a statement: a measure, a statement word or a
/// `.`-command.
fn starts_statement(rest: &str) -> bool {
    let line = rest.lines().next().unwrap_or("").trim_start();
    if line.starts_with('.') {
        return true;
    }
    let word: String = line
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let word = word.to_lowercase();
    super::MEASURES.contains(&word.as_str()) || STARTS.contains(&word.as_str())
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
    fn a_statement_goes_on_inside_brackets_quotes_and_after_an_operator() {
        let script = "applications where (year = 2023 and\napplications_x = 1)\napplications -\ndecisions\napplications where country =\n\"Syrië\"\nsql \"SELECT 1\nworkload\"\napplications where year = 2023 by\nmonth";
        assert_eq!(
            split(script),
            [
                "applications where (year = 2023 and\napplications_x = 1)",
                "applications -\ndecisions",
                "applications where country =\n\"Syrië\"",
                "sql \"SELECT 1\nworkload\"",
                "applications where year = 2023 by\nmonth"
            ]
        );
        // A line that starts with no statement word goes on the one before.
        assert_eq!(
            split("applications\n  where year = 2023\n  by month\n"),
            ["applications\n  where year = 2023\n  by month"]
        );
    }
}
