//! One invocation's run of texts: the session they share, where the answers
//! go (the terminal, an `--output` file written in full or not at all, a
//! chart), and JSON held back so that a run prints one document.

use super::*;

/// Where answers go: text (in the format a file name implies, if any), or a
/// chart file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Sink {
    Text(Option<Format>),
    Svg,
    Png,
    /// An answer as a Parquet file.
    Parquet,
}

/// The sink `--output` names; a name whose kind asylq cannot write is a
/// usage error rather than a file holding something else.
pub(super) fn sink(args: &Args) -> Result<Sink> {
    let Some(path) = &args.output else {
        return Ok(Sink::Text(None));
    };
    if args.format == Some(Format::Parquet) {
        return Ok(Sink::Parquet);
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    Ok(match ext.as_str() {
        "svg" => Sink::Svg,
        "png" => Sink::Png,
        "parquet" => Sink::Parquet,
        "csv" => Sink::Text(Some(Format::Csv)),
        "tsv" => Sink::Text(Some(Format::Tsv)),
        "json" => Sink::Text(Some(Format::Json)),
        "jsonl" => Sink::Text(Some(Format::Jsonl)),
        "md" | "markdown" => Sink::Text(Some(Format::Markdown)),
        "txt" => Sink::Text(Some(Format::Table)),
        other => {
            return Err(Error::Usage(if other.is_empty() {
                crate::msg!(
                    "usage-output-no-extension",
                    path = path.display().to_string()
                )
            } else {
                crate::msg!(
                    "usage-output-extension",
                    path = path.display().to_string(),
                    extension = other
                )
            }))
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
        opts.size = parsed.ok_or_else(|| Error::Usage(crate::msg!("usage-size", size = size)))?;
    }
    Ok(opts)
}

/// What the texts of one invocation share: the session and the output.
pub(super) struct Runner<'a> {
    args: &'a Args,
    session: Session,
    opts: Options,
    out: Box<dyn Write>,
    /// The `--output` file, written in full or not at all.
    file: Option<front::AtomicFile>,
    /// JSON answers not yet written: a run prints them as one document.
    json: Vec<crate::answer::Answer>,
    /// With `--envelope`, the parameters each envelope names.
    envelope: Option<Vec<(String, String)>>,
    /// Answers written so far, so that csv and tsv can separate them.
    written: usize,
    /// Whether a statement of the run failed (under `--keep-going`): a
    /// closed stdout then ends the run with status 1, not 0.
    any_failed: bool,
    sink: Sink,
    chart: crate::render::chart::Options,
    /// The language `--lang` or `set lang` asked for, which charts follow.
    lang: Option<crate::model::Lang>,
}

impl<'a> Runner<'a> {
    pub(super) fn new(args: &'a Args) -> Result<Runner<'a>> {
        let sink = sink(args)?;
        let chart = chart_options(args)?;
        let file = match &args.output {
            Some(path) => Some(front::AtomicFile::create(path).map_err(|e| Error::file(path, e))?),
            None => None,
        };
        let out: Box<dyn Write> = Box::new(io::stdout().lock());
        let opts = Options {
            format: answer_format(args)?,
            header: !args.no_header,
            lang: args.lang.unwrap_or(crate::model::Lang::En),
            kind: args.chart,
        };
        let setup = args.setup()?;
        let envelope = args.envelope.then(|| setup.params.clone());
        if envelope.is_some() && !matches!(opts.format, Format::Json | Format::Jsonl) {
            return Err(Error::Usage(crate::msg!("usage-envelope")));
        }
        let tabular = matches!(sink, Sink::Text(_))
            && !matches!(opts.format, Format::Json | Format::Jsonl | Format::Chart);
        if args.pivot.is_some() && !tabular {
            return Err(Error::Usage(crate::msg!("usage-pivot-format")));
        }
        let mut session = front::session(&setup)?;
        session.lang = opts.lang;
        session.lang_asked = args.lang.is_some();
        session.want_sources = envelope.is_some();
        session.want_citations = matches!(sink, Sink::Svg | Sink::Png);
        if session.want_citations || matches!(opts.format, Format::Chart) {
            let chart_lang = render::chart::words::chart_lang(args.lang, session.chart_names);
            session.chart_default = Some(crate::model::countries::Names::of(chart_lang));
        }
        Ok(Runner {
            args,
            session,
            opts,
            out,
            file,
            json: Vec::new(),
            envelope,
            written: 0,
            any_failed: false,
            sink,
            chart,
            lang: args.lang,
        })
    }

    /// Flushes the output and leaves the store to the end of the process.
    pub(super) fn finish(self) -> Result<(), Failure> {
        let Runner {
            session,
            mut out,
            mut file,
            json,
            envelope,
            opts,
            ..
        } = self;
        let target: &mut dyn Write = match &mut file {
            Some(f) => f,
            None => &mut out,
        };
        write_json(&json, envelope.as_deref(), opts.lang, target).map_err(io_failure)?;
        target.flush().map_err(io_failure)?;
        if let Some(f) = file {
            f.commit().map_err(io_failure)?;
        }
        drop(out);
        session.store.leave();
        Ok(())
    }

    /// Runs a text and prints its results; a query error is shown with its place.
    pub(super) fn run(&mut self, name: &str, text: &str) -> Result<(), Failure> {
        let args = self.args;
        let (session, opts) = (&mut self.session, &mut self.opts);
        let out: &mut dyn Write = match &mut self.file {
            Some(f) => f,
            None => &mut self.out,
        };
        let (json, written) = (&mut self.json, &mut self.written);
        let any_failed = &mut self.any_failed;
        let envelope = self.envelope.as_deref();
        let (sink, chart) = (self.sink, &self.chart);
        let svg = matches!(sink, Sink::Svg | Sink::Png);
        let names = session.chart_names;
        let asked = &mut self.lang;
        let mut emit = |output: Output| {
            if let Output::Answer(a) = &output {
                *any_failed |= a.error.is_some();
            }
            if let Output::Lang(l) = &output {
                *asked = Some(*l);
            }
            let chart_lang = render::chart::words::chart_lang(*asked, names);
            let output = match (output, args.pivot.as_deref()) {
                (Output::Answer(a), Some(dimension)) if a.error.is_none() => {
                    Output::Answer(render::pivot::pivot(&a, dimension).map_err(Error::Usage)?)
                }
                (other, _) => other,
            };
            // In csv, tsv and JSON a `set` is a block of its own, one row
            // of its setting and value; elsewhere it shows nothing.
            let machine = matches!(sink, Sink::Text(_))
                && matches!(
                    opts.format,
                    Format::Csv | Format::Tsv | Format::Json | Format::Jsonl
                );
            let output = match output {
                Output::Setting { query, name, value } if machine => {
                    Output::Answer(crate::answer::Answer {
                        title: query,
                        ..crate::answer::Answer::table(
                            vec!["setting".to_string(), "value".to_string()],
                            vec![vec![
                                crate::answer::Cell::Text(name),
                                crate::answer::Cell::Text(value),
                            ]],
                        )
                    })
                }
                other => other,
            };
            // In JSON, a text (`explain`, `help`) is an answer of one
            // column, so that the document stays JSON.
            let output = match (output, opts.format) {
                (Output::Text { query, text }, Format::Json | Format::Jsonl)
                    if !text.is_empty() =>
                {
                    Output::Answer(crate::answer::Answer {
                        title: query,
                        ..crate::answer::Answer::table(
                            vec!["text".to_string()],
                            vec![vec![crate::answer::Cell::Text(text)]],
                        )
                    })
                }
                (other, _) => other,
            };
            let result = match (&output, svg, opts.format) {
                (Output::Answer(a), _, _) if sink == Sink::Parquet => {
                    if *written > 0 {
                        return Err(Error::Usage(crate::msg!("usage-one-parquet")));
                    }
                    *written += 1;
                    let target = args.output.as_deref().unwrap_or(std::path::Path::new("-"));
                    let bytes = crate::export::answer_parquet(a, target, opts.lang)?;
                    render::render_notes(a, &mut io::stderr(), opts.lang)
                        .and_then(|()| out.write_all(&bytes))
                }
                (Output::Answer(a), true, _) => {
                    if *written > 0 {
                        return Err(Error::Usage(crate::msg!("usage-one-chart")));
                    }
                    *written += 1;
                    let chart_opts = crate::render::chart::Options {
                        lang: chart_lang,
                        own_names: names.is_none(),
                        ..chart.clone()
                    };
                    let bytes = if sink == Sink::Png {
                        render::chart::png(a, &chart_opts, 2.0)
                    } else {
                        render::chart::svg(a, &chart_opts).map(String::into_bytes)
                    }
                    .map_err(Error::Chart)?;
                    render::render_notes(a, &mut io::stderr(), opts.lang)
                        .and_then(|()| out.write_all(&bytes))
                }
                // A terminal chart refuses rows in two units as the SVG
                // does, and a kind it cannot draw them as.
                (Output::Answer(a), false, Format::Chart)
                    if render::chart::mixed_units(a).is_some()
                        || render::terminal_refusal(a, opts.kind).is_some() =>
                {
                    let refusal = render::chart::mixed_units(a)
                        .or_else(|| render::terminal_refusal(a, opts.kind))
                        .expect("checked in the guard");
                    return Err(Error::Chart(refusal));
                }
                (Output::Answer(a), false, Format::Json) => {
                    json.push(a.clone());
                    render::render_notes(a, &mut io::stderr(), opts.lang)
                }
                (Output::Answer(a), false, Format::Jsonl) if envelope.is_some() => {
                    let params = envelope.unwrap_or_default();
                    writeln!(out, "{}", render::envelope(a, params, opts.lang))
                }
                (Output::Answer(_), false, format) => {
                    let separate = *written > 0 && matches!(format, Format::Csv | Format::Tsv);
                    *written += 1;
                    let json_first = write_json(&std::mem::take(json), envelope, opts.lang, out);
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
                    doing: "doing-writing-output",
                    message: e.to_string(),
                });
            }
            Ok(())
        };
        let color = match args.color {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        };
        // Under --keep-going the session shows each failed statement itself.
        let result = if args.keep_going {
            session
                .run_keep_going(name, text, color, &mut emit)
                .map(|failed| failed > 0)
        } else {
            session.run(text, &mut emit).map(|()| false)
        };
        // A closed stdout ends the run with the status of the statements
        // run so far.
        if matches!(result, Err(Error::Closed)) {
            return Err(if self.any_failed {
                Failure::Shown(1)
            } else {
                Failure::Pipe
            });
        }
        // Without --keep-going the run ends here: the JSON held back is
        // written now; with it, at the end, as one document.
        if result.is_err() && !args.keep_going {
            write_json(&std::mem::take(json), envelope, opts.lang, out).map_err(io_failure)?;
        }
        out.flush().map_err(io_failure)?;
        match result {
            Ok(true) => Err(Failure::Shown(1)),
            Ok(false) => Ok(()),
            Err(Error::Query(d)) => {
                let lang = session.lang;
                note_raw!("{}", d.render(name, text, color, lang));
                if let Some((line, column)) = d.position(text) {
                    let place = format!("{name}:{line}:{column}");
                    note!("{}", crate::msg!("error-at", place = place).text(lang));
                }
                Err(Failure::Shown(1))
            }
            Err(other) => Err(Failure::Error(other)),
        }
    }
}

/// Writes the JSON answers held back, as one document: envelopes with
/// `--envelope` (its parameters given).
fn write_json(
    answers: &[crate::answer::Answer],
    envelope: Option<&[(String, String)]>,
    lang: crate::model::Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    if answers.is_empty() {
        return Ok(());
    }
    let doc = match envelope {
        Some(params) => render::envelope_document(answers, params, lang),
        None => render::json_document(answers, lang),
    };
    writeln!(out, "{doc}")
}
