//! The words a reader reads, in Dutch, French or English: a note is a
//! [`Message`] (an id and typed arguments) until it is shown, and only then
//! becomes text, from the Fluent catalogues beside this file, in the
//! language asked for. Numbers are formatted here too (3,836 in English;
//! 3.836 and 38,7 in Dutch and French, as the CGVS writes them).

use crate::model::Lang;
use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// The catalogues, one a language, in the order of [`LANGS`].
pub const CATALOGUES: [(Lang, &str); 3] = [
    (Lang::En, include_str!("en.ftl")),
    (Lang::Nl, include_str!("nl.ftl")),
    (Lang::Fr, include_str!("fr.ftl")),
];

/// The text of `help`, one catalogue a language, in the order of
/// [`CATALOGUES`]: each language's bundle holds both.
pub const HELP_CATALOGUES: [(Lang, &str); 3] = [
    (Lang::En, include_str!("help.en.ftl")),
    (Lang::Nl, include_str!("help.nl.ftl")),
    (Lang::Fr, include_str!("help.fr.ftl")),
];

/// The words of charts (ids `chart-...`), one catalogue a language, in the
/// order of [`CATALOGUES`]: each language's bundle holds them too.
pub const CHART_CATALOGUES: [(Lang, &str); 3] = [
    (Lang::En, include_str!("chart.en.ftl")),
    (Lang::Nl, include_str!("chart.nl.ftl")),
    (Lang::Fr, include_str!("chart.fr.ftl")),
];

/// The command line's own help (`asylq --help`, ids `option-...`) in Dutch
/// and French; its English is clap's, from the comments on the arguments.
pub const OPTION_CATALOGUES: [(Lang, &str); 2] = [
    (Lang::Nl, include_str!("options.nl.ftl")),
    (Lang::Fr, include_str!("options.fr.ftl")),
];

/// What a message says, before it is put in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// A count that a message may choose its words by (1 month, 2 months).
    Count(i64),
    /// A figure of the data, formatted in the language's way.
    Figure(i64),
    /// A figure as computed, with decimals (`2927.5`), formatted in the
    /// language's way.
    Number(String),
    /// A word of the query language or a label of the data (`workload`,
    /// `2023-11`), the same in every language.
    Code(String),
    /// Several codes, listed with commas.
    Codes(Vec<String>),
    /// Another message, put in words.
    Message(Box<Message>),
    /// Other messages, put in words and listed with commas.
    Messages(Vec<Message>),
    /// Other messages that have commas of their own, listed with `; `.
    Clauses(Vec<Message>),
    /// Other messages, each on a line of its own, indented.
    Lines(Vec<Message>),
}

/// A message with its arguments: `msg!("unknown-measure", measure = name)`.
/// Text and lists become codes (the same in every language), whole numbers
/// counts; a figure or another message is given as an [`Arg`].
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::locale::Message {
            id: $id,
            args: vec![$((stringify!($name), $crate::locale::Arg::from($value))),*],
        }
    };
}

impl From<&str> for Arg {
    fn from(code: &str) -> Arg {
        Arg::Code(code.to_string())
    }
}

impl From<String> for Arg {
    fn from(code: String) -> Arg {
        Arg::Code(code)
    }
}

impl From<&String> for Arg {
    fn from(code: &String) -> Arg {
        Arg::Code(code.clone())
    }
}

impl From<Vec<String>> for Arg {
    fn from(codes: Vec<String>) -> Arg {
        Arg::Codes(codes)
    }
}

impl From<&[&str]> for Arg {
    fn from(codes: &[&str]) -> Arg {
        Arg::Codes(codes.iter().map(|c| c.to_string()).collect())
    }
}

impl From<Vec<&str>> for Arg {
    fn from(codes: Vec<&str>) -> Arg {
        Arg::from(codes.as_slice())
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Count(n)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Count(n as i64)
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Arg {
        Arg::Count(n as i64)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Count(i64::from(n))
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Arg {
        Arg::Count(i64::from(n))
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Message(Box::new(m))
    }
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// The message with one more argument.
    pub fn with(mut self, name: &'static str, arg: Arg) -> Message {
        self.args.push((name, arg));
        self
    }

    /// The message with a code argument.
    pub fn code(self, name: &'static str, code: impl Into<String>) -> Message {
        self.with(name, Arg::Code(code.into()))
    }

    /// The message with a list of codes.
    pub fn codes(self, name: &'static str, codes: &[String]) -> Message {
        self.with(name, Arg::Codes(codes.to_vec()))
    }

    /// The message with a count.
    pub fn count(self, name: &'static str, n: i64) -> Message {
        self.with(name, Arg::Count(n))
    }

    /// Its text in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        text(lang, self)
    }
}

/// A message in English, as logs and tests read it.
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// A message in words: in `lang`, or, where the catalogue of `lang` cannot
/// make it (a test keeps that from happening), in English.
pub fn text(lang: Lang, m: &Message) -> String {
    try_text(lang, m)
        .or_else(|_| try_text(Lang::En, m))
        .unwrap_or_else(|e| format!("{} ({})", m.id, e.join("; ")))
}

/// A message in words in `lang`, or what kept the catalogue from making it.
pub fn try_text(lang: Lang, m: &Message) -> Result<String, Vec<String>> {
    let bundle = bundle_of(lang, m.id);
    let pattern = bundle
        .get_message(m.id)
        .and_then(|msg| msg.value())
        .ok_or_else(|| vec![format!("no message {} in {}", m.id, lang.code())])?;
    let mut args = FluentArgs::new();
    for (name, arg) in &m.args {
        let value = match arg {
            Arg::Count(n) => FluentValue::from(*n),
            Arg::Figure(n) => FluentValue::from(number(lang, *n)),
            Arg::Number(n) => FluentValue::from(decimal(lang, n)),
            Arg::Code(c) => FluentValue::from(c.clone()),
            Arg::Codes(cs) => FluentValue::from(cs.join(", ")),
            Arg::Message(m) => FluentValue::from(try_text(lang, m)?),
            Arg::Messages(ms) => FluentValue::from(listed(lang, ms, ", ")?),
            Arg::Clauses(ms) => FluentValue::from(listed(lang, ms, semicolon(lang))?),
            Arg::Lines(ms) => FluentValue::from(format!("\n  {}", listed(lang, ms, "\n  ")?)),
        };
        args.set(*name, value);
    }
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, Some(&args), &mut errors);
    if errors.is_empty() {
        Ok(out.into_owned())
    } else {
        Err(errors.iter().map(|e| e.to_string()).collect())
    }
}

/// The semicolon between clauses: French puts a no-break space before it.
pub fn semicolon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{a0}; ",
        _ => "; ",
    }
}

/// Messages in words, joined by `separator`.
fn listed(lang: Lang, ms: &[Message], separator: &str) -> Result<String, Vec<String>> {
    let parts: Result<Vec<String>, _> = ms.iter().map(|m| try_text(lang, m)).collect();
    Ok(parts?.join(separator))
}

/// The catalogue of a message, each parsed only when first asked for, so
/// that a run that prints a note parses neither `help` nor the chart words
/// (asylq runs in shell loops): `help-...` ids in the help catalogue, the
/// notes and errors first, then the words of charts.
fn bundle_of(lang: Lang, id: &str) -> &'static FluentBundle<FluentResource> {
    if id.starts_with("help-") {
        return bundle(lang, 1);
    }
    if id.starts_with("option-") {
        return bundle(lang, 3);
    }
    let notes = bundle(lang, 0);
    if notes.has_message(id) {
        notes
    } else {
        bundle(lang, 2)
    }
}

/// The bundle of catalogue `kind` (0 notes and errors, 1 help, 2 chart
/// words, 3 the command line's help) in `lang`.
fn bundle(lang: Lang, kind: usize) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [[OnceLock<FluentBundle<FluentResource>>; 3]; 4] = [
        [OnceLock::new(), OnceLock::new(), OnceLock::new()],
        [OnceLock::new(), OnceLock::new(), OnceLock::new()],
        [OnceLock::new(), OnceLock::new(), OnceLock::new()],
        [OnceLock::new(), OnceLock::new(), OnceLock::new()],
    ];
    let i = CATALOGUES.iter().position(|(l, _)| *l == lang).unwrap_or(0);
    BUNDLES[kind][i].get_or_init(|| {
        let source = match kind {
            0 => &CATALOGUES[..],
            1 => &HELP_CATALOGUES[..],
            2 => &CHART_CATALOGUES[..],
            _ => &OPTION_CATALOGUES[..],
        }
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or("", |(_, text)| *text);
        let id = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks around arguments: the text goes to
        // terminals, CSV notes and JSON, not into right-to-left layouts.
        bundle.set_use_isolating(false);
        let resource =
            FluentResource::try_new(source.to_string()).unwrap_or_else(|(resource, _)| resource);
        let _ = bundle.add_resource(resource);
        bundle
    })
}

/// A whole number for people: `3,836` in English, `3.836` in Dutch and
/// French (as the CGVS writes them).
pub fn number(lang: Lang, n: i64) -> String {
    let mark = if lang == Lang::En { ',' } else { '.' };
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(mark);
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

/// A number with decimals as computed (`2927.5`), for people: grouped, and
/// with a decimal comma in Dutch and French (`2.927,5`).
pub fn decimal(lang: Lang, plain: &str) -> String {
    let (sign, rest) = match plain.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", plain),
    };
    let (whole, fraction) = rest.split_once('.').unwrap_or((rest, ""));
    let Ok(whole) = whole.parse::<i64>() else {
        return plain.to_string();
    };
    let point = if lang == Lang::En { "." } else { "," };
    let grouped = number(lang, whole);
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{point}{fraction}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// Each message of a catalogue, with the arguments it names.
    fn messages(source: &str) -> BTreeMap<String, Vec<String>> {
        let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut current = None;
        for line in source.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if let Some((id, _)) = line.split_once(" = ").filter(|_| !line.starts_with(' ')) {
                current = Some(id.to_string());
                // A message given twice would be read as its first alone.
                assert!(
                    out.insert(id.to_string(), Vec::new()).is_none(),
                    "{id} twice"
                );
            }
            let args = out.get_mut(current.as_ref().unwrap()).unwrap();
            for (at, _) in line.match_indices('$') {
                let name: String = line[at + 1..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                if !args.contains(&name) {
                    args.push(name);
                }
            }
        }
        for args in out.values_mut() {
            args.sort();
        }
        out
    }

    #[test]
    fn every_message_is_in_every_language_with_the_same_arguments() {
        let english = messages(CATALOGUES[0].1);
        assert!(english.len() >= 40, "{}", english.len());
        for (lang, source) in CATALOGUES {
            FluentResource::try_new(source.to_string())
                .unwrap_or_else(|(_, e)| panic!("{}: {e:?}", lang.code()));
            assert_eq!(messages(source), english, "{}", lang.code());
        }
    }

    #[test]
    fn every_chart_word_is_in_every_language_with_the_same_arguments() {
        let english = messages(CHART_CATALOGUES[0].1);
        let notes = messages(CATALOGUES[0].1);
        assert!(english.keys().all(|id| !notes.contains_key(id)));
        for (lang, source) in CHART_CATALOGUES {
            FluentResource::try_new(source.to_string())
                .unwrap_or_else(|(_, e)| panic!("chart.{}.ftl: {e:?}", lang.code()));
            assert_eq!(messages(source), english, "chart.{}.ftl", lang.code());
        }
    }

    /// The messages made of their arguments and punctuation alone.
    const LABELS_ONLY: [&str; 14] = [
        "error-source",
        "combine-gap",
        "code",
        "check-year-kind",
        "context-path",
        "source-at",
        "error-file",
        "error-io",
        "store-other",
        "word-rate-of",
        "word-figure-of",
        "said-between",
        "word-unit",
        "load-change",
    ];

    #[test]
    fn every_message_renders_in_every_language() {
        for (id, args) in messages(CATALOGUES[0].1) {
            let id: &'static str = Box::leak(id.into_boxed_str());
            let mut m = Message::new(id);
            for name in args {
                let name: &'static str = Box::leak(name.into_boxed_str());
                m = m.with(name, Arg::Code("2023-11".into()));
            }
            let texts: Vec<String> = CATALOGUES
                .iter()
                .map(|(lang, _)| try_text(*lang, &m).unwrap_or_else(|e| panic!("{id}: {e:?}")))
                .collect();
            assert!(
                texts.iter().all(|t| !t.is_empty() && !t.contains('$')),
                "{texts:?}"
            );
            // Only a message of labels alone reads the same in all three.
            if !LABELS_ONLY.contains(&id) {
                assert!(
                    texts[0] != texts[1] && texts[0] != texts[2],
                    "{id}: {texts:?}"
                );
            }
        }
    }

    #[test]
    fn arguments_are_put_in_each_language_s_words() {
        let m = Message::new("note-change-partial")
            .code("shown", "2023-Q4")
            .code("span", "2023-10..2023-11")
            .code("step", "quarter")
            .code("compared", "2023-07..2023-08")
            .with("figure", Arg::Number("6638".into()));
        assert_eq!(
            m.text(Lang::En),
            "2023-Q4 covers 2023-10..2023-11 only, so it is compared with the same months a quarter earlier: 2023-07..2023-08 (6,638)."
        );
        assert_eq!(
            m.text(Lang::Nl),
            "2023-Q4 dekt alleen 2023-10..2023-11, en wordt dus vergeleken met dezelfde maanden een kwartaal eerder: 2023-07..2023-08 (6.638)."
        );
        assert_eq!(
            m.text(Lang::Fr),
            "2023-Q4 ne couvre que 2023-10..2023-11\u{a0}; il est donc comparé aux mêmes mois un trimestre plus tôt\u{a0}: 2023-07..2023-08 (6.638)."
        );
        let nested = Message::new("note-as-of").code("measure", "workload").with(
            "items",
            Arg::Messages(vec![Message::new("as-of-item")
                .code("period", "2023")
                .code("month", "2023-11")]),
        );
        assert!(nested.text(Lang::Nl).ends_with(": 2023 op 2023-11."));
    }

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(number(Lang::En, 3836), "3,836");
        assert_eq!(number(Lang::Nl, 3836), "3.836");
        assert_eq!(number(Lang::Fr, -1234567), "-1.234.567");
        assert_eq!(decimal(Lang::En, "2927.5"), "2,927.5");
        assert_eq!(decimal(Lang::Nl, "38.7"), "38,7");
        assert_eq!(decimal(Lang::Fr, "-12345.25"), "-12.345,25");
        assert_eq!(decimal(Lang::Nl, "44"), "44");
    }
}
