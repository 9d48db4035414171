//! The command line: arguments to a resolved run, and errors to exit codes.
//!
//! `asylq` on a terminal starts the REPL; `asylq FILE.q` runs scripts; `-c`
//! runs queries; a non-terminal stdin runs as a script. `load`, `sources` and
//! `export` manage the store. Exit status: 0 success, 1 query or script error,
//! 2 usage error, 3 data or I/O error. A broken pipe ends quietly with 0.

use crate::error::{Error, Result};
use crate::front::{self, Setup};
use crate::render::{self, Format, Options};
use crate::session::{Output, Session};
use crate::store::{user_store, Store};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{self, IsTerminal, Read, Write};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "asylq",
    version,
    about = "Query the Belgian CGVS asylum statistics",
    after_help = "Examples:\n  asylq -c 'applications where year = 2023 by month'\n  asylq -c 'decisions where country = \"Syria\" by type' --format csv\n  asylq trend.q\n  asylq load asielstatistieken-2023-12.txt"
)]
pub struct Args {
    /// Query to run (repeatable).
    #[arg(short = 'c', long = "command", value_name = "QUERY")]
    pub commands: Vec<String>,
    /// Output format (default: table on a terminal, tsv otherwise).
    #[arg(long, value_enum, global = true)]
    pub format: Option<Format>,
    /// DuckDB file that keeps the facts.
    #[arg(long, env = "ASYLQ_DB", value_name = "PATH", global = true)]
    pub db: Option<PathBuf>,
    /// Use only the embedded November 2023 report.
    /// (It overrides --db and ASYLQ_DB.)
    #[arg(long, global = true)]
    pub embedded: bool,
    /// Value of a $name parameter (repeatable).
    #[arg(long = "param", value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// Language of country names in answers (default: nl, the report's).
    #[arg(long, value_enum, global = true)]
    pub names: Option<crate::model::countries::Names>,
    /// Write results to FILE instead of stdout: .csv, .tsv, .json, .jsonl,
    /// .md or .txt (the format follows the name unless --format is given),
    /// or a chart as .svg or .png.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The kind of chart (default: a line for a time series, bars otherwise).
    #[arg(long, value_enum)]
    pub chart: Option<crate::render::chart::Kind>,
    /// The title of a chart (default: the query).
    #[arg(long)]
    pub title: Option<String>,
    /// The size of a chart, WIDTHxHEIGHT (default 900x500; a PNG is twice that in pixels).
    #[arg(long, value_name = "WxH")]
    pub size: Option<String>,
    /// Let `sql` statements read and write files (off by default, so that a
    /// script from someone else cannot touch your files).
    #[arg(long, global = true)]
    pub allow_files: bool,
    /// Leave out the header line (csv, tsv).
    #[arg(long, global = true)]
    pub no_header: bool,
    /// Go on with a script after a failed statement (exit status 1 at the end).
    #[arg(long)]
    pub keep_going: bool,
    /// Colour in error messages (NO_COLOR turns `auto` off).
    #[arg(long, value_enum, default_value = "auto", global = true)]
    pub color: ColorArg,
    /// Scripts to run.
    pub files: Vec<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Add reports to the store (creating the user's store if needed).
    Load {
        reports: Vec<PathBuf>,
        /// Store a report even if some of its totals do not add up.
        #[arg(long)]
        force: bool,
        /// Print each sentence with a figure that the page reader did not place.
        #[arg(long, short)]
        verbose: bool,
        /// Start a new store without the embedded November 2023 report.
        #[arg(long)]
        no_embedded: bool,
        /// Put a report in the place of a stored edition of the same month
        /// published in the same month (otherwise it is refused).
        #[arg(long)]
        replace: bool,
    },
    /// Take a source out of the store (its file name or digest, as
    /// `asylq sources` shows them); the months derived with it are derived
    /// again from what is left.
    Unload { source: String },
    /// Download the monthly statistics pages of a month (2019-10), a year
    /// (2019) or a span (2019-01..2019-06) from the CGVS site and load them.
    Fetch {
        period: String,
        /// The language of the pages (default: nl).
        #[arg(long, value_enum, default_value = "nl")]
        lang: crate::page::Lang,
        /// Fetch from this address instead of the CGVS site (a mirror, or a
        /// local server in tests).
        #[arg(long, env = "ASYLQ_BASE_URL", value_name = "URL")]
        base_url: Option<String>,
    },
    /// Read the sources a store holds again, with this asylq's readers, into
    /// a new store of the current schema (the old file is kept beside it).
    Rebuild,
    /// List the loaded reports.
    Sources,
    /// Write the current facts with their sources to a CSV file.
    Export { file: PathBuf },
    /// Print a completion script for a shell.
    Completions { shell: clap_complete::Shell },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

/// Runs asylq and returns the exit status.
pub fn main() -> i32 {
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    match run(args) {
        Ok(()) => 0,
        Err(Failure::Pipe) => 0,
        Err(Failure::Shown(code)) => code,
        Err(Failure::Error(e)) => {
            note!("error: {e}");
            e.exit_code()
        }
    }
}

impl Args {
    /// The options a session is opened with.
    fn setup(&self) -> Result<Setup> {
        let params = self
            .params
            .iter()
            .map(|p| {
                p.split_once('=')
                    .map(|(name, value)| {
                        (name.trim_start_matches('$').to_string(), value.to_string())
                    })
                    .ok_or_else(|| Error::Usage(format!("--param {p}: expected NAME=VALUE")))
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Setup {
            embedded: self.embedded,
            db: self.db.clone(),
            allow_files: self.allow_files,
            names: self.names.unwrap_or_default(),
            params,
        })
    }
}

/// How a run failed.
pub enum Failure {
    /// The reader of stdout went away.
    Pipe,
    /// The error was already printed.
    Shown(i32),
    Error(Error),
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        match e {
            Error::Closed => Failure::Pipe,
            e => Failure::Error(e),
        }
    }
}

fn io_failure(e: io::Error) -> Failure {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Failure::Pipe
    } else {
        Failure::Error(Error::Io {
            doing: "writing the output",
            message: e.to_string(),
        })
    }
}

fn run(args: Args) -> Result<(), Failure> {
    match &args.command {
        Some(Command::Load {
            reports,
            force,
            verbose,
            no_embedded,
            replace,
        }) => {
            let options = LoadOptions {
                force: *force,
                verbose: *verbose,
                no_embedded: *no_embedded,
                replace: *replace,
            };
            return load(&args, reports, options);
        }
        Some(Command::Unload { source }) => return unload(&args, source),
        Some(Command::Fetch {
            period,
            lang,
            base_url,
        }) => return fetch(&args, period, *lang, base_url.as_deref()),
        Some(Command::Export { file }) => {
            export_flags(&args)?;
            // `export` is asylq's own write: its COPY needs the file.
            let setup = Setup {
                allow_files: true,
                ..args.setup()?
            };
            let store = front::open_store(&setup)?;
            let rows = store.export(file)?;
            note!("wrote {rows} facts to {}", file.display());
            return Ok(());
        }
        Some(Command::Completions { shell }) => {
            let mut cmd = <Args as clap::CommandFactory>::command();
            clap_complete::generate(*shell, &mut cmd, "asylq", &mut io::stdout());
            return Ok(());
        }
        Some(Command::Rebuild) => return rebuild(&args),
        Some(Command::Sources) => {
            let mut runner = Runner::new(&args)?;
            runner.run("<sources>", "show sources")?;
            return runner.finish();
        }
        None => {}
    }
    if !args.commands.is_empty() {
        let mut runner = Runner::new(&args)?;
        let mut failed = None;
        for (i, q) in args.commands.iter().enumerate() {
            keep_going(
                &args,
                runner.run(&format!("<-c {}>", i + 1), q),
                &mut failed,
            )?;
        }
        runner.finish()?;
        return failed.map_or(Ok(()), Err);
    }
    if !args.files.is_empty() {
        let mut runner = Runner::new(&args)?;
        let mut failed = None;
        for file in &args.files {
            // `-` is standard input, as in other tools.
            let (name, text) = if file.as_os_str() == "-" {
                ("<stdin>".to_string(), read_stdin()?)
            } else {
                let text = std::fs::read_to_string(file).map_err(|e| Error::file(file, e))?;
                (file.display().to_string(), text)
            };
            keep_going(&args, runner.run(&name, &strip_shebang(&text)), &mut failed)?;
        }
        runner.finish()?;
        return failed.map_or(Ok(()), Err);
    }
    if io::stdin().is_terminal() {
        let session = front::session(&args.setup()?)?;
        return crate::repl::run(session, default_format(&args)).map_err(Failure::Error);
    }
    let text = read_stdin()?;
    let mut runner = Runner::new(&args)?;
    runner.run("<stdin>", &text)?;
    runner.finish()
}

/// Under `--keep-going`, a text whose statements failed (its error shown)
/// does not stop the next: the first such failure is kept for the end.
fn keep_going(
    args: &Args,
    result: Result<(), Failure>,
    failed: &mut Option<Failure>,
) -> Result<(), Failure> {
    match result {
        Err(Failure::Shown(code)) if args.keep_going => {
            failed.get_or_insert(Failure::Shown(code));
            Ok(())
        }
        other => other,
    }
}

fn read_stdin() -> Result<String> {
    let mut text = String::new();
    io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| Error::Io {
            doing: "reading stdin",
            message: e.to_string(),
        })?;
    Ok(text)
}

/// `export` writes the facts in long form as CSV, with a header and the
/// report's names: a flag that would change that is refused, not ignored.
fn export_flags(args: &Args) -> Result<()> {
    let ignored = [
        (args.format.is_some_and(|f| f != Format::Csv), "--format"),
        (args.names.is_some(), "--names"),
        (args.no_header, "--no-header"),
        (args.output.is_some(), "--output"),
    ];
    match ignored.iter().find(|(given, _)| *given) {
        Some((_, flag)) => Err(Error::Usage(format!(
            "export writes CSV with a header and the report's names to the file it is given; {flag} does not apply to it"
        ))),
        None => Ok(()),
    }
}

/// A `#!` first line is a comment to asylq.
fn strip_shebang(text: &str) -> String {
    match text.strip_prefix("#!") {
        Some(rest) => format!("#{rest}"),
        None => text.to_string(),
    }
}

fn default_format(args: &Args) -> Format {
    match (args.format, sink(args)) {
        (Some(f), _) => f,
        (None, Ok(Sink::Text(Some(f)))) => f,
        _ if args.output.is_none() && io::stdout().is_terminal() => Format::Table,
        _ => Format::Tsv,
    }
}

/// Where answers go: text (in the format a file name implies, if any), or a
/// chart file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sink {
    Text(Option<Format>),
    Svg,
    Png,
}

/// The sink `--output` names; a name whose kind asylq cannot write is a
/// usage error rather than a file holding something else.
fn sink(args: &Args) -> Result<Sink> {
    let Some(path) = &args.output else {
        return Ok(Sink::Text(None));
    };
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    Ok(match ext.as_str() {
        "svg" => Sink::Svg,
        "png" => Sink::Png,
        "csv" => Sink::Text(Some(Format::Csv)),
        "tsv" => Sink::Text(Some(Format::Tsv)),
        "json" => Sink::Text(Some(Format::Json)),
        "jsonl" => Sink::Text(Some(Format::Jsonl)),
        "md" | "markdown" => Sink::Text(Some(Format::Markdown)),
        "txt" => Sink::Text(Some(Format::Table)),
        other => {
            return Err(Error::Usage(format!(
                "--output {}: asylq cannot write {}; name a .csv, .tsv, .json, .jsonl, .md, .txt, .svg or .png file",
                path.display(),
                if other.is_empty() { "a file without an extension".to_string() } else { format!("'.{other}' files") }
            )))
        }
    })
}

/// The chart options of the command line.
fn chart_options(args: &Args) -> Result<crate::render::chart::Options> {
    let mut opts = crate::render::chart::Options {
        kind: args.chart,
        title: args.title.clone(),
        ..Default::default()
    };
    if let Some(size) = &args.size {
        let parsed = size
            .split_once(['x', 'X'])
            .and_then(|(w, h)| Some((w.parse::<u32>().ok()?, h.parse::<u32>().ok()?)))
            .filter(|(w, h)| (100..=4000).contains(w) && (100..=4000).contains(h));
        opts.size = parsed.ok_or_else(|| {
            Error::Usage(format!(
                "--size {size}: expected WIDTHxHEIGHT, each 100 to 4000, e.g. 1200x600"
            ))
        })?;
    }
    Ok(opts)
}

/// What the texts of one invocation share: the session and the output.
struct Runner<'a> {
    args: &'a Args,
    session: Session,
    opts: Options,
    out: Box<dyn Write>,
    /// The `--output` file, written in full or not at all.
    file: Option<front::AtomicFile>,
    /// JSON answers not yet written: a run prints them as one document.
    json: Vec<crate::answer::Answer>,
    /// Answers written so far, so that csv and tsv can separate them.
    written: usize,
    sink: Sink,
    chart: crate::render::chart::Options,
}

impl<'a> Runner<'a> {
    fn new(args: &'a Args) -> Result<Runner<'a>> {
        let sink = sink(args)?;
        let chart = chart_options(args)?;
        let file = match &args.output {
            Some(path) => Some(front::AtomicFile::create(path).map_err(|e| Error::file(path, e))?),
            None => None,
        };
        let out: Box<dyn Write> = Box::new(io::stdout().lock());
        let opts = Options {
            format: default_format(args),
            header: !args.no_header,
        };
        let mut session = front::session(&args.setup()?)?;
        session.want_sources = matches!(sink, Sink::Svg | Sink::Png);
        Ok(Runner {
            args,
            session,
            opts,
            out,
            file,
            json: Vec::new(),
            written: 0,
            sink,
            chart,
        })
    }

    /// Flushes the output and leaves the store to the end of the process.
    fn finish(self) -> Result<(), Failure> {
        let Runner {
            session,
            mut out,
            mut file,
            json,
            ..
        } = self;
        let target: &mut dyn Write = match &mut file {
            Some(f) => f,
            None => &mut out,
        };
        write_json(&json, target).map_err(io_failure)?;
        target.flush().map_err(io_failure)?;
        if let Some(f) = file {
            f.commit().map_err(io_failure)?;
        }
        drop(out);
        session.store.leave();
        Ok(())
    }

    /// Runs a text and prints its results; a query error is shown with its place.
    fn run(&mut self, name: &str, text: &str) -> Result<(), Failure> {
        let args = self.args;
        let (session, opts) = (&mut self.session, &mut self.opts);
        let out: &mut dyn Write = match &mut self.file {
            Some(f) => f,
            None => &mut self.out,
        };
        let (json, written) = (&mut self.json, &mut self.written);
        let (sink, chart) = (self.sink, &self.chart);
        let svg = matches!(sink, Sink::Svg | Sink::Png);
        let mut emit = |output: Output| {
            // In JSON, a text (`explain`, `help`) is an answer of one
            // column, so that the document stays JSON.
            let output = match (output, opts.format) {
                (Output::Text(t), Format::Json | Format::Jsonl) if !t.is_empty() => {
                    Output::Answer(crate::answer::Answer::table(
                        vec!["text".to_string()],
                        vec![vec![crate::answer::Cell::Text(t)]],
                    ))
                }
                (other, _) => other,
            };
            let result = match (&output, svg, opts.format) {
                (Output::Answer(a), true, _) => {
                    if *written > 0 {
                        return Err(Error::Usage(
                            "a chart file holds one answer: run one query per --output".into(),
                        ));
                    }
                    *written += 1;
                    let opts = crate::render::chart::Options {
                        sources: a.sources.clone(),
                        ..chart.clone()
                    };
                    let bytes = if sink == Sink::Png {
                        render::chart::png(a, &opts, 2.0)
                    } else {
                        render::chart::svg(a, &opts).map(String::into_bytes)
                    }
                    .map_err(Error::Chart)?;
                    render::render_notes(a, &mut io::stderr()).and_then(|()| out.write_all(&bytes))
                }
                (Output::Answer(a), false, Format::Json) => {
                    json.push(a.clone());
                    render::render_notes(a, &mut io::stderr())
                }
                (Output::Answer(_), false, format) => {
                    let separate = *written > 0 && matches!(format, Format::Csv | Format::Tsv);
                    *written += 1;
                    let json_first = write_json(&std::mem::take(json), out);
                    json_first
                        .and_then(|()| if separate { writeln!(out) } else { Ok(()) })
                        .and_then(|()| front::write_output(&output, opts, out, &mut io::stderr()))
                }
                _ => front::write_output(&output, opts, out, &mut io::stderr()),
            };
            if let Err(e) = result {
                if e.kind() == io::ErrorKind::BrokenPipe {
                    return Err(Error::Closed);
                }
                return Err(Error::Io {
                    doing: "writing the output",
                    message: e.to_string(),
                });
            }
            Ok(())
        };
        let result = if args.keep_going {
            session.run_keep_going(text, &mut emit)
        } else {
            session.run(text, &mut emit)
        };
        if matches!(result, Err(Error::Closed)) {
            return Err(Failure::Pipe);
        }
        // Without --keep-going the run ends here: the JSON held back is
        // written now; with it, at the end, as one document.
        if result.is_err() && !args.keep_going {
            write_json(&std::mem::take(json), out).map_err(io_failure)?;
        }
        out.flush().map_err(io_failure)?;
        match result {
            Err(Error::Query(d)) => {
                let color = match args.color {
                    ColorArg::Always => true,
                    ColorArg::Never => false,
                    ColorArg::Auto => {
                        io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
                    }
                };
                note_raw!("{}", d.render(name, text, color));
                if let Some((line, column)) = d.position(text) {
                    note!("error at {name}:{line}:{column}");
                }
                Err(Failure::Shown(1))
            }
            other => other.map_err(Failure::Error),
        }
    }
}

/// Writes the JSON answers held back, as one document.
fn write_json(answers: &[crate::answer::Answer], out: &mut dyn Write) -> io::Result<()> {
    if answers.is_empty() {
        return Ok(());
    }
    writeln!(out, "{}", render::json_document(answers))
}

mod writes;
use writes::{fetch, load, rebuild, unload, LoadOptions};
