//! The interactive prompt (rustyline).
//!
//! History is kept in the user's data directory; Tab completes keywords,
//! measures, dimensions, types and country names (accent-insensitive: `syr`
//! completes `"Syrië"`); an unfinished query (open parenthesis or string,
//! trailing `where`) continues on the next line; Ctrl-C abandons the line,
//! or cancels a running query; Ctrl-D exits; an error is shown and the session
//! goes on. Statements run through the same [`Session`] as scripts and `-c`.

use crate::error::{Error, Open, Result};
use crate::lang::{self, lexer::Token, parser::KEYWORDS};
use crate::model::countries;
use crate::model::vocabulary::{
    DECISION_WORDS, DIMENSION_NAMES, MEASURE_NAMES, UNITS, WORKLOAD_TYPES,
};
use crate::render::{Format, Options};
use crate::session::Session;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::HistoryHinter;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{error::ReadlineError, history::DefaultHistory, Config, Editor, Helper, Hinter};
use std::borrow::Cow;
use std::io::{self, Write};
use std::time::Instant;

/// Completion, hints, validation and highlighting for the prompt.
#[derive(Helper, Hinter)]
pub struct AsylqHelper {
    #[rustyline(Hinter)]
    hinter: HistoryHinter,
    extra_countries: Vec<String>,
}

impl AsylqHelper {
    pub fn new(extra_countries: Vec<String>) -> AsylqHelper {
        AsylqHelper {
            hinter: HistoryHinter::new(),
            extra_countries,
        }
    }

    /// Candidates for the word that ends at `pos`: its start and the completions.
    pub fn candidates(&self, line: &str, pos: usize) -> (usize, Vec<String>) {
        let start = line[..pos]
            .char_indices()
            .rev()
            .find(|(_, c)| {
                !(c.is_alphanumeric() || *c == '_' || *c == '"' || *c == '-' || *c == '\'')
            })
            .map(|(i, c)| i + c.len_utf8())
            .unwrap_or(0);
        let word = &line[start..pos];
        let quoted = word.starts_with('"');
        let prefix = word.trim_start_matches('"');
        let mut out: Vec<String> = Vec::new();
        if !quoted {
            let words = KEYWORDS
                .iter()
                .chain(MEASURE_NAMES)
                .chain(DIMENSION_NAMES)
                .chain(DECISION_WORDS)
                .chain(crate::model::vocabulary::APPLICATION_TYPES)
                .chain(WORKLOAD_TYPES)
                .chain(UNITS)
                .chain(["other", "value"].iter());
            out.extend(
                words
                    .filter(|w| w.starts_with(&prefix.to_lowercase()))
                    .map(|w| w.to_string()),
            );
        }
        if !prefix.is_empty() || quoted {
            let names = countries::complete(prefix, &self.extra_countries);
            out.extend(
                names
                    .into_iter()
                    .filter(|n| n != countries::OTHER)
                    .map(|n| format!("\"{n}\"")),
            );
        }
        out.dedup();
        // At the start of a statement, the words that can begin one come first.
        let before = line[..start].trim_end();
        if before.is_empty() || before.ends_with(';') {
            let starts = ["explain", "sql", "show", "help", "set"];
            out.sort_by_key(|w| {
                !(MEASURE_NAMES.contains(&w.as_str()) || starts.contains(&w.as_str()))
            });
        }
        (start, out)
    }
}

impl Completer for AsylqHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let (start, words) = self.candidates(line, pos);
        Ok((
            start,
            words
                .into_iter()
                .map(|w| Pair {
                    display: w.clone(),
                    replacement: w,
                })
                .collect(),
        ))
    }
}

/// Every line is taken as typed: a statement that goes on is read on a
/// continuation prompt of its own ([`more_lines`]).
impl Validator for AsylqHelper {
    fn validate(&self, _ctx: &mut ValidationContext) -> rustyline::Result<ValidationResult> {
        Ok(ValidationResult::Valid(None))
    }
}

/// A line that ends inside a string.
fn unterminated_string(text: &str) -> bool {
    matches!(lang::parse(text), Err(d) if d.open == Open::String)
}

/// A statement that stops where more must come: the parser ran out of input.
pub fn is_unfinished(text: &str) -> bool {
    if text.trim_start().starts_with('.') {
        return false;
    }
    match lang::parse(text) {
        Ok(_) => false,
        Err(d) => d.open == Open::Incomplete,
    }
}

impl Highlighter for AsylqHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        let mut out = String::new();
        let mut at = 0;
        for (token, span) in lang::tokens(line) {
            let colour = match &token {
                Token::Word(w) if KEYWORDS.contains(&w.to_lowercase().as_str()) => "1;34",
                Token::Word(w) if MEASURE_NAMES.contains(&w.as_str()) => "1;32",
                Token::Str(_) => "32",
                Token::Int(_) | Token::Month(..) => "33",
                Token::Param(_) => "35",
                _ => continue,
            };
            out.push_str(&line[at..span.start]);
            out.push_str(&format!(
                "\x1b[{colour}m{}\x1b[0m",
                &line[span.start..span.end]
            ));
            at = span.end;
        }
        if at == 0 {
            return Cow::Borrowed(line);
        }
        out.push_str(&line[at..]);
        Cow::Owned(out)
    }

    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        Cow::Owned(format!("\x1b[2m{hint}\x1b[0m"))
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        true
    }
}

/// Settings of the prompt itself, and the last answer (for `.chart`).
struct State {
    opts: Options,
    /// The language `--lang` or `set lang` asked for, which charts follow.
    lang: Option<crate::model::Lang>,
    explain: bool,
    timer: bool,
    last: Option<crate::answer::Answer>,
}

pub fn run(mut session: Session, format: Format, lang: Option<crate::model::Lang>) -> Result<()> {
    session.lang = lang.unwrap_or(crate::model::Lang::En);
    session.lang_asked = lang.is_some();
    let config = Config::builder().auto_add_history(true).build();
    let mut editor: Editor<AsylqHelper, DefaultHistory> =
        Editor::with_config(config).map_err(|e| Error::Io {
            doing: "doing-starting-prompt",
            message: e.to_string(),
        })?;
    editor.set_helper(Some(AsylqHelper::new(session.cx.extra_countries.clone())));
    let history = dirs::data_dir().map(|d| d.join("asylq").join("history.txt"));
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    // While a statement runs, the terminal is not in raw mode and Ctrl-C is a
    // signal: it cancels the running DuckDB query and the prompt comes back.
    let handle = session.store.interrupt_handle();
    let _ = ctrlc::set_handler(move || handle.interrupt());
    let mut state = State {
        opts: Options {
            format,
            header: true,
            lang: lang.unwrap_or(crate::model::Lang::En),
            kind: None,
        },
        lang,
        explain: false,
        timer: false,
        last: None,
    };
    session.want_citations = true;
    let welcome = crate::msg!("repl-welcome", version = env!("CARGO_PKG_VERSION"));
    println!("{}", welcome.text(session.lang));
    let prompt = format!("asylq [{}]> ", session.store.label());
    loop {
        match editor.readline(&prompt) {
            Ok(line) if line.trim().starts_with('.') => {
                if !meta(&mut session, line.trim(), &mut state) {
                    break;
                }
            }
            Ok(line) if is_unfinished(&line) => {
                let more = format!("{:>w$}", "...> ", w = prompt.chars().count());
                match more_lines(&mut editor, line, &more) {
                    Ok(Some(text)) => run_line(&mut session, &text, &mut state),
                    Ok(None) => continue,
                    Err(ReadlineError::Eof) => break,
                    Err(e) => return Err(reading_input(e)),
                }
            }
            Ok(line) if unterminated_string(&line) => {
                // One more line, on a prompt that shows a string is open; if
                // that line does not close it either, the error is shown and
                // the line after is a new statement.
                let open = format!("{:>w$}", "\"> ", w = prompt.chars().count());
                match editor.readline(&open) {
                    Ok(more) => run_line(&mut session, &format!("{line} {more}"), &mut state),
                    Err(ReadlineError::Interrupted) => continue,
                    Err(ReadlineError::Eof) => break,
                    Err(e) => return Err(reading_input(e)),
                }
            }
            Ok(line) => run_line(&mut session, &line, &mut state),
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break,
            Err(e) => return Err(reading_input(e)),
        }
        if let Some(h) = &history {
            if let Some(dir) = h.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            let _ = editor.save_history(h);
        }
    }
    Ok(())
}

/// Reads the lines of a statement that goes on, on the continuation prompt,
/// until it is whole; an empty line runs it as it stands (its error shown),
/// Ctrl-C drops it (`None`).
fn more_lines<H: rustyline::Helper>(
    editor: &mut rustyline::Editor<H, rustyline::history::DefaultHistory>,
    mut text: String,
    prompt: &str,
) -> Result<Option<String>, ReadlineError> {
    loop {
        match editor.readline(prompt) {
            Ok(next) if next.trim().is_empty() => return Ok(Some(text)),
            Ok(next) => {
                text = format!("{text}\n{next}");
                if !is_unfinished(&text) {
                    return Ok(Some(text));
                }
            }
            Err(ReadlineError::Interrupted) => return Ok(None),
            Err(e) => return Err(e),
        }
    }
}

fn reading_input(e: ReadlineError) -> Error {
    Error::Io {
        doing: "doing-reading-input",
        message: e.to_string(),
    }
}

/// Runs a meta command; false to quit.
fn meta(session: &mut Session, line: &str, state: &mut State) -> bool {
    let mut words = line.split_whitespace();
    let command = words.next().unwrap_or("");
    let arg = words.next().unwrap_or("");
    match (command, arg) {
        (".quit" | ".exit", _) => return false,
        (".help", _) => println!("{}", crate::msg!("help-repl-list").text(session.lang)),
        (".format", f) => match Format::parse_answer(f) {
            Some(f) => state.opts.format = f,
            None => say(
                session,
                crate::msg!("repl-formats", formats = Format::answer_names()),
            ),
        },
        (".explain", v @ ("on" | "off")) => state.explain = v == "on",
        (".timer", v @ ("on" | "off")) => state.timer = v == "on",
        (".sources", _) => run_line(session, "show sources", state),
        (".chart", "") => say(session, crate::msg!("repl-chart-usage")),
        (".chart", file) => match chart(state.last.as_ref(), file, session.chart_names, state.lang)
        {
            Ok(message) => println!("{message}"),
            Err(e) => note!("{}", e.line(session.lang)),
        },
        (".load", "") => say(session, crate::msg!("repl-load-usage")),
        (".load", file) if !file.is_empty() => match load(session, file) {
            Ok(message) => println!("{message}"),
            Err(e) => note!("{}", e.line(session.lang)),
        },
        _ => say(session, crate::msg!("repl-unknown-command", command = line)),
    }
    true
}

/// A line of the prompt's own, on stderr, in the session's language.
fn say(session: &Session, message: crate::locale::Message) {
    note!("{}", message.text(session.lang));
}

/// Writes the last answer as a chart, SVG or PNG by the file's name.
fn chart(
    answer: Option<&crate::answer::Answer>,
    file: &str,
    names: Option<crate::model::countries::Names>,
    asked: Option<crate::model::Lang>,
) -> Result<String> {
    use crate::render::chart;
    let answer = answer.ok_or_else(|| Error::Chart(crate::msg!("chart-no-answer")))?;
    let opts = chart::Options {
        lang: chart::words::chart_lang(asked, names),
        own_names: names.is_none(),
        ..Default::default()
    };
    let bytes = match std::path::Path::new(file)
        .extension()
        .and_then(|e| e.to_str())
    {
        Some("svg") => chart::svg(answer, &opts).map(String::into_bytes),
        Some("png") => chart::png(answer, &opts, 2.0),
        _ => return Err(Error::Chart(crate::msg!("chart-file", path = file))),
    }
    .map_err(Error::Chart)?;
    // Written in full or not at all, as `--output` is.
    let path = std::path::Path::new(file);
    let failed = |e| Error::file(path, e);
    let mut out = crate::front::AtomicFile::create(path).map_err(failed)?;
    std::io::Write::write_all(&mut out, &bytes).map_err(failed)?;
    out.commit().map_err(failed)?;
    let lang = asked.unwrap_or(crate::model::Lang::En);
    Ok(crate::msg!("repl-wrote", path = file).text(lang))
}

/// Adds a file to this session's facts, by the policy of `asylq load`.
fn load(session: &mut Session, file: &str) -> Result<String> {
    let ready = crate::load::read_all(&[std::path::PathBuf::from(file)], false, None)?;
    let mut lines = Vec::new();
    let editions = crate::store::Editions::Refuse;
    let lang = session.lang;
    crate::load::store_all(&mut session.store, &ready, editions, &mut |line| {
        lines.push(line.text(lang))
    })?;
    Ok(lines.join("\n"))
}

fn run_line(session: &mut Session, line: &str, state: &mut State) {
    let started = Instant::now();
    let mut out = io::stdout();
    if state.explain {
        if let Ok(sqls) = session.explain(line) {
            for sql in sqls {
                println!("{sql}");
            }
        }
    }
    let (opts, last, lang) = (&mut state.opts, &mut state.last, &mut state.lang);
    let result = session.run(line, &mut |output| {
        if let crate::session::Output::Answer(a) = &output {
            *last = Some(a.clone());
        }
        if let crate::session::Output::Lang(l) = &output {
            *lang = Some(*l);
        }
        crate::front::write_output(&output, opts, &mut out, &mut io::stderr()).map_err(|e| {
            Error::Io {
                doing: "doing-writing-output",
                message: e.to_string(),
            }
        })
    });
    let _ = out.flush();
    match result {
        Ok(()) => {}
        Err(Error::Query(d)) => note_raw!("{}", d.render("<input>", line, true, session.lang)),
        Err(e) => note!("{}", e.line(session.lang)),
    }
    if state.timer {
        println!("time: {:.1} ms", started.elapsed().as_secs_f64() * 1000.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completion_offers_what_fits_the_position_first() {
        let helper = AsylqHelper::new(Vec::new());
        let (start, words) = helper.candidates("de", 2);
        assert_eq!((start, words[0].as_str()), (0, "decisions"));
        assert!(words.contains(&"desc".to_string()));
        let (_, words) = helper.candidates("workload; de", 12);
        assert_eq!(words[0], "decisions");
        let (_, words) = helper.candidates("applications sort by value de", 29);
        assert_eq!(words[0], "desc");
    }
}
