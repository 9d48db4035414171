//! The command line's own errors (an unknown option, a value not allowed, a
//! value missing) in the language asked for. clap writes them in English;
//! where `--lang` or `ASYLQ_LANG` asks for Dutch or French, asylq says them
//! from its catalogues instead, with the same facts (the argument, the
//! value, the values allowed) and the same exit status.

use crate::locale::Message;
use crate::model::Lang;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::ValueEnum;

/// The language the command line asks for, read without clap (whose
/// parse failed): `--lang X`, `--lang=X`, else `ASYLQ_LANG`.
pub(super) fn asked_lang(args: &[String]) -> Option<Lang> {
    let value = args
        .iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1).cloned(),
            Some(rest) => rest.strip_prefix('=').map(String::from),
            None => None,
        });
    let value = value.or_else(|| std::env::var("ASYLQ_LANG").ok())?;
    Lang::from_str(&value, true).ok()
}

/// clap's error in `lang`'s words, where asylq has words for its kind and
/// the language is not English; `None` to let clap say it.
pub(super) fn in_words(e: &clap::Error, lang: Lang) -> Option<String> {
    if lang == Lang::En {
        return None;
    }
    let text = |kind: ContextKind| match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        _ => None,
    };
    let message = match e.kind() {
        ErrorKind::UnknownArgument => {
            Message::new("usage-unknown-argument").code("arg", text(ContextKind::InvalidArg)?)
        }
        ErrorKind::InvalidValue if text(ContextKind::InvalidValue)?.is_empty() => {
            Message::new("usage-value-missing").code("arg", text(ContextKind::InvalidArg)?)
        }
        ErrorKind::InvalidValue => Message::new("usage-invalid-value")
            .code("arg", text(ContextKind::InvalidArg)?)
            .code("value", text(ContextKind::InvalidValue)?)
            .code("values", text(ContextKind::ValidValue).unwrap_or_default()),
        _ => return None,
    };
    Some(crate::error::line_of(
        lang,
        "line-error",
        &message.text(lang),
    ))
}

/// The command line's help (`--help`, `help load`) in `lang`'s words,
/// where the arguments ask for help: clap's own text where `lang` is
/// English or none is asked for. Each argument's help is the catalogue's
/// `option-<command>-<argument>`, a global argument's `option-<argument>`;
/// the headings, usage lines, values and defaults too.
pub(super) fn localised(cmd: clap::Command, args: &[String]) -> clap::Command {
    let helped = args
        .iter()
        .skip(1)
        .any(|a| matches!(a.as_str(), "-h" | "--help" | "help"));
    match asked_lang(args) {
        Some(lang) if lang != Lang::En && helped => {
            let mut cmd = cmd;
            cmd.build();
            in_lang(cmd, lang, "option", "option-about")
        }
        _ => cmd,
    }
}

/// A message of the command line's help, if the catalogue has it.
fn said(lang: Lang, id: &str) -> Option<String> {
    let id: &'static str = Box::leak(id.replace('_', "-").into_boxed_str());
    crate::locale::try_text(lang, &Message::new(id)).ok()
}

/// `cmd` (built) and its subcommands in the catalogue's words: those of
/// its arguments under `prefix`, its description `about`.
fn in_lang(cmd: clap::Command, lang: Lang, prefix: &str, about: &str) -> clap::Command {
    // clap keeps headings as `&'static str`; the help is shown once a run.
    let heading = |what: &str| -> &'static str {
        Box::leak(
            said(lang, &format!("option-heading-{what}"))
                .unwrap_or_default()
                .into_boxed_str(),
        )
    };
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        heading("usage")
    );
    let mut cmd = cmd
        .help_template(template)
        .subcommand_help_heading(heading("commands"));
    if let Some(about) = said(lang, about) {
        cmd = cmd.about(about.clone()).long_about(about);
    }
    if let Some(usage) = said(lang, &format!("{prefix}-usage")) {
        cmd = cmd.override_usage(usage);
    }
    if let Some(after) = said(lang, &format!("{prefix}-after-help")) {
        cmd = cmd.after_help(after.clone()).after_long_help(after);
    }
    let (options, arguments) = (heading("options"), heading("arguments"));
    cmd = cmd.mut_args(|arg| {
        let place = if arg.is_positional() {
            &arguments
        } else {
            &options
        };
        // Under a heading of their own, clap sorts positionals by name:
        // their place keeps them in order.
        let arg = match arg.get_index() {
            Some(at) if arg.is_positional() => arg.display_order(at),
            _ => arg,
        };
        argument(arg, lang, prefix).help_heading(*place)
    });
    cmd.mut_subcommands(|sub| {
        let (words, about) = words_of(prefix, sub.get_name());
        in_lang(sub, lang, &words, &about)
    })
}

/// The prefix of a subcommand's words, and the id of its description:
/// `help`'s own, and each command under `help` (`asylq help load`) with
/// the command's words.
fn words_of(prefix: &str, name: &str) -> (String, String) {
    match (prefix, name) {
        (_, "help") => ("option-help".to_string(), "option-help-command".to_string()),
        ("option-help", _) => (format!("option-{name}"), format!("option-{name}")),
        _ => (format!("{prefix}-{name}"), format!("{prefix}-{name}")),
    }
}

/// An argument's help in the catalogue's words, with its values, default
/// and variable said in them too.
fn argument(arg: clap::Arg, lang: Lang, prefix: &str) -> clap::Arg {
    let id = arg.get_id().to_string();
    let Some(mut text) =
        said(lang, &format!("{prefix}-{id}")).or_else(|| said(lang, &format!("option-{id}")))
    else {
        return arg;
    };
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    let mut extra = Vec::new();
    // A flag takes no value: clap shows neither values nor a default.
    let takes = arg.get_action().takes_values();
    let told = values.iter().all(|v| text.contains(v.as_str()));
    if takes && !values.is_empty() && !told && !arg.is_hide_possible_values_set() {
        extra.push(("values", values.join(", ")));
    }
    let default = arg.get_default_values().first().filter(|_| takes);
    if let Some(default) = default.filter(|_| !arg.is_hide_default_value_set()) {
        extra.push(("default", default.to_string_lossy().into_owned()));
    }
    if let Some(var) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
        extra.push(("env", var.to_string_lossy().into_owned()));
    }
    for (what, value) in extra {
        let label = said(lang, &format!("option-label-{what}")).unwrap_or_default();
        text += &format!(" [{label} {value}]");
    }
    let arg = match value_name(&arg, lang) {
        Some(name) => arg.value_name(name),
        None => arg,
    };
    arg.help(text.clone())
        .long_help(text)
        .hide_possible_values(true)
        .hide_default_value(true)
        .hide_env(true)
}

/// The name of an argument's value in `lang`'s words (`<VRAAG>` for
/// `<QUERY>`), from `option-value-<name>`; none for a flag.
fn value_name(arg: &clap::Arg, lang: Lang) -> Option<&'static str> {
    if !arg.get_action().takes_values() {
        return None;
    }
    let english = match arg.get_value_names() {
        Some([name]) => name.to_string(),
        _ => arg.get_id().as_str().to_uppercase(),
    };
    let key: String = english
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let name = said(lang, &format!("option-value-{key}"))?;
    Some(Box::leak(name.into_boxed_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The message ids a command's help takes from the catalogue: its
    /// description, usage line and each argument's help.
    fn ids(cmd: &clap::Command, prefix: &str, about: &str, out: &mut Vec<String>) {
        out.push(about.to_string());
        out.push(format!("{prefix}-usage"));
        for arg in cmd
            .get_arguments()
            .filter(|a| !a.is_global_set() || prefix == "option")
        {
            let id = arg.get_id().as_str().replace('_', "-");
            if !matches!(id.as_str(), "help" | "version") || prefix == "option" {
                out.push(format!("{prefix}-{id}"));
            }
        }
        for sub in cmd.get_subcommands() {
            let (words, about) = words_of(prefix, sub.get_name());
            ids(sub, &words, &about, out);
        }
    }

    /// Each argument that takes a value, of `cmd` and its subcommands.
    fn every_value(cmd: &clap::Command, each: &mut dyn FnMut(&clap::Arg)) {
        cmd.get_arguments()
            .filter(|a| a.get_action().takes_values())
            .for_each(&mut *each);
        for sub in cmd.get_subcommands() {
            every_value(sub, each);
        }
    }

    #[test]
    fn every_argument_and_command_is_helped_in_dutch_and_french() {
        let mut cmd = <super::super::Args as clap::CommandFactory>::command();
        cmd.build();
        let mut wanted = Vec::new();
        ids(&cmd, "option", "option-about", &mut wanted);
        assert!(wanted.len() > 50, "{wanted:?}");
        for lang in [Lang::Nl, Lang::Fr] {
            let missing: Vec<&String> = wanted
                .iter()
                .filter(|id| said(lang, id).is_none())
                .collect();
            assert!(missing.is_empty(), "{}: {missing:?}", lang.code());
            let mut unnamed = Vec::new();
            every_value(&cmd, &mut |arg| {
                if value_name(arg, lang).is_none() {
                    unnamed.push(arg.get_id().to_string());
                }
            });
            assert!(unnamed.is_empty(), "{}: {unnamed:?}", lang.code());
        }
    }

    #[test]
    fn the_help_of_load_is_in_french() {
        let args: Vec<String> = ["asylq", "--lang", "fr", "load", "--help"]
            .map(String::from)
            .into();
        let mut cmd = localised(
            <super::super::Args as clap::CommandFactory>::command(),
            &args,
        );
        let load = cmd.find_subcommand_mut("load").unwrap();
        let help = load.render_help().to_string();
        assert!(help.starts_with("Ajoute des rapports à la base"), "{help}");
        assert!(
            help.contains("Utilisation\u{a0}: asylq load [OPTIONS] [RAPPORTS]..."),
            "{help}"
        );
        assert!(help.contains("Affiche l'aide"), "{help}");
        assert!(
            help.contains("[valeurs possibles\u{a0}: table, csv"),
            "{help}"
        );
        for english in [
            "Usage",
            "Print",
            "possible values",
            "default:",
            "Arguments:\n  [REPORTS]",
        ] {
            assert!(!help.contains(english), "{english}: {help}");
        }
    }
}
