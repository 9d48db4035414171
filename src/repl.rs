//! The interactive prompt (rustyline): history in the user's data directory,
//! Ctrl-C abandons the line, Ctrl-D exits, an error is shown and the session
//! goes on. Statements run through the same [`Session`] as scripts and `-c`.

use crate::error::{Error, Result};
use crate::render::{Format, Options};
use crate::session::Session;
use rustyline::error::ReadlineError;
use rustyline::DefaultEditor;
use std::io::{self, Write};

pub fn run(mut session: Session, format: Format) -> Result<()> {
    let mut editor =
        DefaultEditor::new().map_err(|e| Error::Data(format!("starting the prompt: {e}")))?;
    let history = dirs::data_dir().map(|d| d.join("asylq").join("history.txt"));
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    let mut opts = Options {
        format,
        header: true,
    };
    let prompt = format!("asylq ({})> ", session.store.label());
    loop {
        match editor.readline(&prompt) {
            Ok(line) => {
                let _ = editor.add_history_entry(line.as_str());
                if matches!(line.trim(), ".quit" | ".exit") {
                    break;
                }
                run_line(&mut session, &line, &mut opts);
            }
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break,
            Err(e) => return Err(Error::Data(format!("reading input: {e}"))),
        }
    }
    if let Some(h) = &history {
        if let Some(dir) = h.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = editor.save_history(h);
    }
    Ok(())
}

fn run_line(session: &mut Session, line: &str, opts: &mut Options) {
    let mut out = io::stdout();
    let result = session.run(line, &mut |output| {
        crate::cli::write_output(&output, opts, &mut out).map_err(|e| Error::Data(e.to_string()))
    });
    let _ = out.flush();
    match result {
        Ok(()) => {}
        Err(Error::Query(d)) => eprint!("{}", d.render("<input>", line, true)),
        Err(e) => eprintln!("error: {e}"),
    }
}
