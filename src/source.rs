//! What `load` reads: a monthly report or a monthly statistics page, told
//! apart by their content, as text or as HTML saved from the site.
//!
//! Both readers give a [`Report`]: the month, its facts with their place in
//! the source, and the checks of its totals. A page's HTML is turned into
//! text by a real HTML parser (`scraper`), one line per block.

use crate::error::{Error, SourceProblem};
use crate::page;
use crate::report::{self, Report};
use scraper::{Html, Node};

/// A file's text, decoded: UTF-8 (with or without a byte-order mark), UTF-16
/// with a byte-order mark, or else Windows-1252 (what PDF-to-text tools on
/// Windows write), which is then named.
pub fn decode(bytes: &[u8]) -> (String, Option<&'static str>) {
    use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
    let (encoding, bom) = Encoding::for_bom(bytes).unwrap_or((UTF_8, 0));
    let body = &bytes[bom..];
    if encoding == UTF_8 {
        if let Ok(text) = std::str::from_utf8(body) {
            return (text.to_string(), None);
        }
    }
    let encoding = if encoding == UTF_8 {
        WINDOWS_1252
    } else {
        encoding
    };
    let (text, _) = encoding.decode_without_bom_handling(body);
    (text.into_owned(), Some(encoding.name()))
}

/// Whether the first bytes of a file (`head`, up to 64 KiB) are no text:
/// not UTF-8, nor UTF-16 with a byte-order mark, nor plausible
/// Windows-1252. A text has next to no control characters besides tabs,
/// line ends and form feeds; random bytes have one in eight.
pub fn looks_binary(head: &[u8]) -> bool {
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(head) {
        if encoding != encoding_rs::UTF_8 {
            return false;
        }
    }
    let controls = head
        .iter()
        .filter(|b| (**b < 0x20 && !matches!(**b, b'\t' | b'\n' | b'\r' | 0x0c)) || **b == 0x7f)
        .count();
    if controls * 100 > head.len() {
        return true;
    }
    // A head cut inside a character is still UTF-8.
    let utf8 = match std::str::from_utf8(head) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    };
    // Bytes Windows-1252 leaves undefined.
    let undefined = head
        .iter()
        .filter(|b| matches!(**b, 0x81 | 0x8d | 0x8f | 0x90 | 0x9d))
        .count();
    !utf8 && undefined * 100 > head.len()
}

/// A report or page file read from disk.
pub struct File {
    /// The text, decoded.
    pub text: String,
    pub report: Report,
    /// The encoding assumed, when the file was not UTF-8.
    pub encoding: Option<&'static str>,
}

/// Decodes and parses a report or page file, `bytes` as read from `path`;
/// errors name the file.
pub fn read_bytes(path: &std::path::Path, bytes: &[u8]) -> Result<File, Error> {
    let (text, encoding) = decode(bytes);
    let report = read(&text).map_err(|problem| Error::source(path, problem))?;
    Ok(File {
        text,
        report,
        encoding,
    })
}

/// A report or page as the store takes it.
pub fn entry(report: &Report) -> crate::store::Entry<'_> {
    crate::store::Entry {
        month: report.month,
        published: report.published(),
        facts: &report.facts,
        checks: report.checks,
        failed_checks: report.failures.len(),
    }
}

/// Reads a file's text as a report or a page. Any other text is refused
/// saying what it looks like: empty, a PDF, a news article, another language.
pub fn read(text: &str) -> Result<Report, SourceProblem> {
    if text.trim_start().starts_with("%PDF") {
        return Err(SourceProblem::Pdf);
    }
    if let Some(first) = headerless_eurostat(text) {
        return Err(SourceProblem::HeaderlessEurostat(first));
    }
    let text = if is_html(text) {
        html_text(text)
    } else {
        text.trim_start_matches('\u{feff}').to_string()
    };
    if is_report(&text) {
        return report::parse(&text).map_err(SourceProblem::Report);
    }
    page::parse(&text).map_err(SourceProblem::Page)
}

/// The first line, where it is a row of a Eurostat download whose header
/// was lost: an SDMX-CSV observation (`ESTAT:MIGR_…` in its first cells) or
/// a TSV series (a key of codes, a tab, then figures).
fn headerless_eurostat(text: &str) -> Option<String> {
    let first = text.lines().find(|l| !l.trim().is_empty())?.trim();
    let sdmx = first.split(',').take(2).any(|c| c.starts_with("ESTAT:"));
    let tsv = first.split_once('\t').is_some_and(|(key, rest)| {
        key.split(',').count() >= 3
            && key.split(',').all(crate::eurostat::labels::is_code)
            && rest
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit() || c == ':')
    });
    (sdmx || tsv).then(|| first.chars().take(60).collect())
}

/// A report opens with its upper-case title, `ASIELSTATISTIEKEN <MAAND> <JAAR>`.
fn is_report(text: &str) -> bool {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .take(3)
        .any(|l| l.trim_start().starts_with("ASIELSTATISTIEKEN"))
}

fn is_html(text: &str) -> bool {
    let head = text.trim_start().get(..200).unwrap_or(text.trim_start());
    let lower = head.to_lowercase();
    lower.starts_with("<!doctype html") || lower.starts_with("<html") || lower.contains("<body")
}

/// The text of an HTML document: its first heading (`h1`), which names the
/// page's period, on the first line; then its text nodes, each block on a
/// line of its own, without scripts and styles.
fn html_text(html: &str) -> String {
    let document = Html::parse_document(html);
    let mut out = String::new();
    let h1 = scraper::Selector::parse("h1").expect("a valid selector");
    if let Some(title) = document.select(&h1).next() {
        out.push_str(&title.text().collect::<String>());
        out.push('\n');
    }
    for node in document.tree.root().descendants() {
        match node.value() {
            Node::Text(text) => {
                let inside_code = node.ancestors().any(|a| {
                    a.value()
                        .as_element()
                        .is_some_and(|e| matches!(e.name(), "script" | "style" | "head"))
                });
                if !inside_code {
                    out.push_str(text);
                }
            }
            Node::Element(e) if is_block(e.name()) => out.push('\n'),
            _ => {}
        }
    }
    out
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div" | "li" | "h1" | "h2" | "h3" | "h4" | "br" | "tr" | "section" | "article" | "ul"
    )
}

#[cfg(test)]
mod tests {
    use crate::store::embedded::{generated, written, MARKER};

    /// The facts the store keeps ready-made for the embedded report are the
    /// ones this reader finds in it.
    #[test]
    fn embedded_facts_are_the_report_readers() {
        let report = crate::report::parse(crate::report::EMBEDDED).unwrap();
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/store/embedded.rs");
        let text = std::fs::read_to_string(path).unwrap();
        let at = text.find(MARKER).expect("the marker");
        let want = generated(
            report.month,
            report.published(),
            report.checks,
            &report.facts,
        );
        if std::env::var_os("UPDATE_EMBEDDED").is_some() {
            std::fs::write(path, format!("{}{want}", &text[..at])).unwrap();
            return;
        }
        assert!(
            text[at..] == want,
            "src/store/embedded.rs is stale: run UPDATE_EMBEDDED=1 cargo test --release --lib embedded"
        );
        assert_eq!(written(), (report.month, report.facts.clone()));
        assert_eq!(report.facts.len(), 337);
        assert!(report.failures.is_empty());
    }
}
