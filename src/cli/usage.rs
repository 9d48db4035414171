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
