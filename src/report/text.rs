//! Reading the text of a report: lines, Dutch numbers and labelled rows.
//!
//! Text extracted from a PDF wraps labels over several lines and puts the figures
//! of a row at the end of its last line. This module turns such lines into rows
//! (`label`, `numbers`, `line`) so that the table readers can find rows by what
//! their label says, never by where they stand.

/// One line of the report, with its 1-based line number.
#[derive(Debug, Clone, Copy)]
pub struct Line<'a> {
    pub number: usize,
    pub text: &'a str,
}

/// A row of a table: the label text gathered since the previous row, and the
/// figures at the end of the row's last line.
#[derive(Debug, Clone)]
pub struct Row {
    pub label: String,
    pub numbers: Vec<i64>,
    pub line: usize,
}

/// Parses a Dutch number: `2.733` is 2733, `9` is 9. A bare year such as `2023`
/// is not a number in this sense, since the report always groups thousands.
pub fn dutch_number(token: &str) -> Option<i64> {
    let mut value: i64 = 0;
    let mut group = 0; // digits in the current group
    let mut groups = 0;
    for b in token.bytes() {
        match b {
            b'0'..=b'9' => {
                value = value.checked_mul(10)?.checked_add(i64::from(b - b'0'))?;
                group += 1;
            }
            b'.' if (groups == 0 && (1..=3).contains(&group)) || group == 3 => {
                groups += 1;
                group = 0;
            }
            _ => return None,
        }
    }
    let last_ok = if groups == 0 {
        (1..=3).contains(&group)
    } else {
        group == 3
    };
    last_ok.then_some(value)
}

/// Splits a line into its text and the run of numbers that ends it.
pub fn split_numbers(text: &str) -> (String, Vec<i64>) {
    let mut rest = text.trim_end();
    let mut numbers = Vec::new();
    while !rest.is_empty() {
        let (head, last) = match rest.rfind(char::is_whitespace) {
            Some(i) => (&rest[..i], rest[i..].trim_start()),
            None => ("", rest),
        };
        let Some(n) = dutch_number(last) else { break };
        numbers.push(n);
        rest = head.trim_end();
    }
    numbers.reverse();
    (normalize_space(rest), numbers)
}

/// Collapses runs of white space into one space and trims the ends.
fn normalize_space(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Lower-cases and collapses white space, for matching labels.
pub fn normalize(text: &str) -> String {
    let mut out = normalize_space(text);
    if out.is_ascii() {
        out.make_ascii_lowercase();
        out
    } else {
        out.to_lowercase()
    }
}

/// Gathers rows: text lines without figures accumulate into the label of the
/// next line that ends in figures.
pub fn rows(lines: &[Line]) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut label = String::new();
    for line in lines {
        let (text, numbers) = split_numbers(line.text);
        if !label.is_empty() && !text.is_empty() {
            label.push(' ');
        }
        label.push_str(&text);
        if !numbers.is_empty() {
            rows.push(Row {
                label: normalize(&label),
                numbers,
                line: line.number,
            });
            label.clear();
        }
    }
    rows
}

/// Orders named columns by where their key phrase first appears in a header.
/// Returns the names in column order, or the first name whose phrase is missing.
pub fn column_order<K: Copy>(header: &str, phrases: &[(K, &str)]) -> Result<Vec<K>, K> {
    let header = normalize(header);
    let mut found = Vec::new();
    for (name, phrase) in phrases {
        let at = header.find(phrase).ok_or(*name)?;
        found.push((at, *name));
    }
    found.sort_by_key(|(at, _)| *at);
    Ok(found.into_iter().map(|(_, name)| name).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dutch_numbers() {
        assert_eq!(dutch_number("2.733"), Some(2733));
        assert_eq!(dutch_number("1.234.567"), Some(1234567));
        assert_eq!(dutch_number("0"), Some(0));
        assert_eq!(dutch_number("2023"), None);
        assert_eq!(dutch_number("2.73"), None);
        assert_eq!(dutch_number("(SB)"), None);
        assert_eq!(dutch_number(""), None);
        assert_eq!(dutch_number(".733"), None);
        assert_eq!(dutch_number("1..733"), None);
        assert_eq!(dutch_number("1.7330"), None);
        assert_eq!(dutch_number("99.999.999.999.999.999.999"), None);
    }

    #[test]
    fn splits_trailing_numbers() {
        let (text, numbers) = split_numbers("Verzoek kennelijk ongegrond 74 50 105");
        assert_eq!(text, "Verzoek kennelijk ongegrond");
        assert_eq!(numbers, vec![74, 50, 105]);
        let (text, numbers) = split_numbers("indiende 2022");
        assert_eq!((text.as_str(), numbers.len()), ("indiende 2022", 0));
        let (text, numbers) = split_numbers("  Totaal \u{a0} 1.234\t5  ");
        assert_eq!((text.as_str(), numbers), ("Totaal", vec![1234, 5]));
        let (text, numbers) = split_numbers("12 7");
        assert_eq!((text.as_str(), numbers), ("", vec![12, 7]));
        assert_eq!(normalize("  Land  van\tHERKOMST "), "land van herkomst");
        assert_eq!(normalize("Syrië  ÉÉN"), "syrië één");
    }

    #[test]
    fn gathers_wrapped_labels() {
        let lines = [
            Line {
                number: 1,
                text: "Aantal personen dat een ",
            },
            Line {
                number: 2,
                text: "",
            },
            Line {
                number: 3,
                text: "(SB) ontving",
            },
            Line {
                number: 4,
                text: "34 371",
            },
        ];
        let rows = rows(&lines);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].label, "aantal personen dat een (sb) ontving");
        assert_eq!((rows[0].numbers.clone(), rows[0].line), (vec![34, 371], 4));
    }
}
