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
    /// Fail (exit 3) when no store is found, instead of answering from the
    /// embedded November 2023 report (for scripts and cron jobs).
    #[arg(long, env = "ASYLQ_REQUIRE_STORE", global = true, value_parser = clap::builder::BoolishValueParser::new())]
    pub require_store: bool,
    /// Value of a $name parameter (repeatable).
    #[arg(long = "param", value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// Language of country names in answers: nl, en, fr, or ISO 3166 codes
    /// (iso2, iso3). Default: the language --lang asks for, else a chart's
    /// language, else nl (the report's names).
    #[arg(long, value_enum, global = true)]
    pub names: Option<crate::model::countries::Names>,
    /// Language of notes, and of numbers in table and markdown (default:
    /// en). Column names and machine values (csv, tsv, json) never change.
    #[arg(long, value_enum, env = "ASYLQ_LANG", global = true)]
    pub lang: Option<crate::model::Lang>,
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
    /// Put the values of one dimension in columns, each holding `value`
    /// (table, csv, tsv, markdown): `by type, year --pivot year`.
    #[arg(long, value_name = "DIMENSION")]
    pub pivot: Option<String>,
    /// Go on with a script after a failed statement (exit status 1 at the end).
    #[arg(long)]
    pub keep_going: bool,
    /// With --format json or jsonl: each statement as an object
    /// {query, params, status, rows, notes, sources}, its notes as data.
    #[arg(long)]
    pub envelope: bool,
    /// Answer with the figures as they stood after a report (its file name
    /// or digest), or after the sources published by a month (2023-12).
    #[arg(long, global = true, value_name = "REPORT|YYYY-MM")]
    pub as_of: Option<String>,
    /// How long to wait for other asylq processes to let go of the store
    /// (a load waits for queries, a query for a load), in seconds.
    #[arg(long, global = true, value_name = "SECONDS", default_value = "5")]
    pub wait: f64,
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
        /// The Eurostat dataset a TSV holds, where its file name does not
        /// say (migr_asyappctzm, migr_asydcfstq, ...).
        #[arg(long, value_name = "CODE")]
        dataset: Option<String>,
    },
    /// Take a source out of the store (its file name or digest, as
    /// `asylq sources` shows them); the months derived with it are derived
    /// again from what is left.
    Unload { source: String },
    /// Download the monthly statistics pages of a month (2019-10), a year
    /// (2019) or a span (2019-01..2019-06) from the CGVS site and load them.
    Fetch {
        /// A month, a year or a span of pages; or `eurostat`, followed by
        /// the dataset.
        period: String,
        /// After `eurostat`: the dataset (migr_asyappctzm, ...).
        dataset: Option<String>,
        /// Eurostat: the reporting countries (BE,NL,DE or names).
        #[arg(long, value_delimiter = ',')]
        geo: Vec<String>,
        /// Eurostat: the citizenships (AF,SY, names, or TOTAL).
        #[arg(long, value_delimiter = ',')]
        citizen: Vec<String>,
        /// Eurostat: the first period (2023-01, 2023-Q1, 2023).
        #[arg(long)]
        since: Option<String>,
        /// The language of the pages (default: nl).
        #[arg(long = "page-lang", value_enum, default_value = "nl")]
        page_lang: crate::page::Lang,
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
    /// Write the current facts with their sources, one row a fact: to a
    /// .csv, .tsv, .json, .jsonl or .parquet file (or --format), or - for stdout.
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
    let argv: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let cmd = usage::localised(<Args as clap::CommandFactory>::command(), &argv);
    let parsed = cmd
        .try_get_matches_from(std::env::args_os())
        .and_then(|m| <Args as clap::FromArgMatches>::from_arg_matches(&m));
    let args = match parsed {
        Ok(a) => a,
        Err(e) => {
            let words = usage::asked_lang(&argv).and_then(|lang| usage::in_words(&e, lang));
            match words {
                Some(words) if e.use_stderr() => note!("{words}"),
                _ => {
                    let _ = e.print();
                }
            }
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    let lang = args.lang.unwrap_or(crate::model::Lang::En);
    match run(args) {
        Ok(()) => 0,
        Err(Failure::Pipe) => 0,
        Err(Failure::Shown(code)) => code,
        Err(Failure::Error(e)) => {
            note!("{}", e.line(lang));
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
                    .ok_or_else(|| Error::Usage(crate::msg!("usage-param", param = p)))
            })
            .collect::<Result<Vec<_>>>()?;
        for (i, (name, value)) in params.iter().enumerate() {
            if let Some((_, first)) = params[..i].iter().find(|(n, _)| n == name) {
                return Err(Error::Usage(crate::msg!(
                    "usage-param-twice",
                    name = name,
                    first = first,
                    second = value
                )));
            }
        }
        Ok(Setup {
            embedded: self.embedded,
            db: self.db.clone(),
            allow_files: self.allow_files,
            require_store: self.require_store,
            names: self.names.unwrap_or_default(),
            names_asked: self.names.is_some(),
            params,
            as_of: self.as_of.clone(),
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
            doing: "doing-writing-output",
            message: e.to_string(),
        })
    }
}

fn run(args: Args) -> Result<(), Failure> {
    if !(0.0..=86_400.0).contains(&args.wait) {
        return Err(Error::Usage(crate::msg!("usage-wait", wait = args.wait.to_string())).into());
    }
    crate::store::set_lock_wait(std::time::Duration::from_secs_f64(args.wait));
    match &args.command {
        Some(Command::Load {
            reports,
            force,
            verbose,
            no_embedded,
            replace,
            dataset,
        }) => {
            let options = LoadOptions {
                force: *force,
                verbose: *verbose,
                no_embedded: *no_embedded,
                replace: *replace,
                dataset: dataset.clone(),
                last_update: None,
            };
            return load(&args, reports, options);
        }
        Some(Command::Unload { source }) => return unload(&args, source),
        Some(Command::Fetch {
            period,
            dataset,
            geo,
            citizen,
            since,
            page_lang,
            base_url,
        }) if period == "eurostat" => {
            let asked = writes::EurostatAsk {
                dataset: dataset.as_deref(),
                geo,
                citizen,
                since: since.as_deref(),
            };
            return writes::fetch_eurostat(&args, asked, base_url.as_deref());
        }
        Some(Command::Fetch {
            period,
            page_lang,
            base_url,
            ..
        }) => return fetch(&args, period, *page_lang, base_url.as_deref()),
        Some(Command::Export { file }) => return export(&args, file),
        Some(Command::Completions { shell }) => {
            let mut cmd = <Args as clap::CommandFactory>::command();
            // Made whole first: the generator panics where stdout is closed.
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut cmd, "asylq", &mut script);
            return match io::stdout().write_all(&script) {
                Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Failure::Error(Error::Io {
                    doing: "doing-writing-output",
                    message: e.to_string(),
                })),
                _ => Ok(()),
            };
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
        let format = answer_format(&args)?;
        let session = front::session(&args.setup()?)?;
        return crate::repl::run(session, format, args.lang).map_err(Failure::Error);
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
        // A closed stdout ends the run with the status of what ran.
        Err(Failure::Pipe) => Err(failed.take().unwrap_or(Failure::Pipe)),
        other => other,
    }
}

fn read_stdin() -> Result<String> {
    let mut text = String::new();
    io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| Error::Io {
            doing: "doing-reading-stdin",
            message: e.to_string(),
        })?;
    Ok(text)
}

/// `export FILE`: the current facts in long form, in the format `--format`
/// or the file's extension names, countries as `--names` says, else as
/// `--lang` does, else in the report's Dutch.
fn export(args: &Args, file: &std::path::Path) -> Result<(), Failure> {
    if args.output.is_some() {
        return Err(Error::Usage(crate::msg!("usage-export-output")).into());
    }
    let format = crate::export::format_of(file, args.format)?;
    let setup = args.setup()?;
    let store = front::open_store(&setup)?;
    let names = args
        .names
        .or(args.lang.map(crate::model::countries::Names::of))
        .unwrap_or_default();
    let facts = crate::export::facts(&store, names)?;
    match crate::export::write(&facts, file, format, !args.no_header) {
        Ok(rows) if file != std::path::Path::new("-") => {
            let wrote = crate::msg!(
                "export-wrote",
                rows = rows,
                path = file.display().to_string()
            );
            note!(
                "{}",
                wrote.text(args.lang.unwrap_or(crate::model::Lang::En))
            );
            Ok(())
        }
        Ok(_) | Err(Error::Closed) => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// A `#!` first line is a comment to asylq.
fn strip_shebang(text: &str) -> String {
    match text.strip_prefix("#!") {
        Some(rest) => format!("#{rest}"),
        None => text.to_string(),
    }
}

/// The format answers are written in: `--format`, the `--output` file's, or
/// table on a terminal and tsv otherwise. Parquet only to a file.
fn answer_format(args: &Args) -> Result<Format> {
    let format = match (args.format, sink(args)) {
        (Some(f), _) => f,
        (None, Ok(Sink::Text(Some(f)))) => f,
        _ if args.output.is_none() && io::stdout().is_terminal() => Format::Table,
        _ => Format::Tsv,
    };
    if format == Format::Parquet && args.output.is_none() {
        return Err(Error::Usage(crate::msg!("usage-answers-not-parquet")));
    }
    Ok(format)
}

mod runner;
mod usage;
use runner::{sink, Runner, Sink};
mod writes;
use writes::{fetch, load, rebuild, unload, LoadOptions};
