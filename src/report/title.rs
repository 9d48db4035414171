//! A report's first lines: the month it covers, from its title, and the
//! month it was published, from its "Publicatiedatum" line.
//!
//! The publication decides between two editions of one month: the later one
//! wins, whatever the order they were loaded in.

use super::text::{normalize, Line};
use super::ReportError;
use crate::model::month::Month;
use crate::msg;

/// The month of the title line, `ASIELSTATISTIEKEN <month> <year>`; a second
/// title (two reports pasted into one file) is refused.
pub(super) fn title(lines: &[Line]) -> Result<Month, ReportError> {
    let first = lines
        .iter()
        .position(|l| l.text.contains("ASIELSTATISTIEKEN"))
        .ok_or_else(|| ReportError::missing(msg!("report-no-title")))?;
    let line = &lines[first];
    let is_title = |l: &&Line| {
        let t = l.text.trim();
        t.starts_with("ASIELSTATISTIEKEN ") && t.split_whitespace().count() == 3
    };
    if let Some(second) = lines[first + 1..].iter().find(is_title) {
        return Err(ReportError::malformed(
            second.number,
            msg!(
                "report-second-title",
                second = second.text.trim(),
                first = line.text.trim(),
                line = line.number
            ),
        ));
    }
    let words: Vec<&str> = line.text.split_whitespace().collect();
    let month = words.get(1).copied().unwrap_or("");
    let year = words.get(2).and_then(|y| y.parse().ok());
    year.and_then(|y| Month::from_dutch(y, month))
        .ok_or_else(|| ReportError::malformed(line.number, msg!("report-title-no-month")))
}

/// The month of the line `Publicatiedatum: december 2023` (also `12/2023`
/// or `15-12-2023`), if the report has one. A date that cannot be read, or
/// one before the report's month, is refused: it would rank the edition
/// wrongly.
pub(super) fn published(lines: &[Line], month: Month) -> Result<Option<Month>, ReportError> {
    let Some(line) = lines
        .iter()
        .take(40)
        .find(|l| normalize(l.text).starts_with("publicatiedatum"))
    else {
        return Ok(None);
    };
    let text = normalize(line.text);
    let date = text["publicatiedatum".len()..].trim_start_matches([' ', ':']);
    let found = in_words(date).or_else(|| in_figures(date));
    match found {
        Some(p) if p >= month => Ok(Some(p)),
        Some(p) => Err(ReportError::malformed(
            line.number,
            msg!(
                "report-published-before",
                published = p.to_string(),
                month = month.to_string()
            ),
        )),
        None => Err(ReportError::malformed(
            line.number,
            msg!("report-published-unreadable", date = date),
        )),
    }
}

/// `december 2023`, or `5 december 2023`.
fn in_words(date: &str) -> Option<Month> {
    let words: Vec<&str> = date.split_whitespace().collect();
    match words.as_slice() {
        [name, year] | [_, name, year] => Month::from_dutch(year.parse().ok()?, name),
        _ => None,
    }
}

/// `12/2023`, `12-2023` or `15/12/2023`, `15.12.2023`.
fn in_figures(date: &str) -> Option<Month> {
    let parts: Vec<&str> = date.split(['/', '-', '.']).collect();
    let (month, year) = match parts.as_slice() {
        [m, y] | [_, m, y] => (m.parse().ok()?, y.parse().ok()?),
        _ => return None,
    };
    Month::new(year, month)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line<'_>> {
        let line = |(i, text)| Line {
            number: i + 1,
            text,
        };
        text.lines().enumerate().map(line).collect()
    }

    #[test]
    fn reads_the_publication_month() {
        let nov = Month::new(2023, 11).unwrap();
        let read = |t: &str| published(&lines(t), nov);
        let dec = Some(Month::new(2023, 12).unwrap());
        assert_eq!(
            read("ASIELSTATISTIEKEN NOVEMBER 2023\nPublicatiedatum: december 2023 "),
            Ok(dec)
        );
        assert_eq!(read("Publicatiedatum : 12/2023"), Ok(dec));
        assert_eq!(read("Publicatiedatum: 15-12-2023"), Ok(dec));
        assert_eq!(read("Publicatiedatum: 5 december 2023"), Ok(dec));
        assert_eq!(read("ASIELSTATISTIEKEN NOVEMBER 2023\nContact"), Ok(None));
        assert_eq!(
            read("\nPublicatiedatum: decmber 2023")
                .unwrap_err()
                .to_string(),
            "line 2: the publication date 'decmber 2023' is not a month and year"
        );
        assert_eq!(
            read("Publicatiedatum: oktober 2023")
                .unwrap_err()
                .to_string(),
            "line 1: the publication date (2023-10) is before the report's month (2023-11)"
        );
    }
}
