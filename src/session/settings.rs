//! `set`: a setting of the session changed (format, names, language,
//! unit, a parameter), and the block a `set` gives in machine formats so
//! that block N of a script's output is always its statement N.

use super::*;

impl Session {
    pub(super) fn set(
        &mut self,
        name: &str,
        value: &Value,
        span: std::ops::Range<usize>,
    ) -> Result<Output> {
        let text = match value {
            Value::Word(w) | Value::Str(w) => w.clone(),
            other => other.to_string(),
        };
        match name {
            "format" => {
                let format = Format::parse_answer(&text).ok_or_else(|| {
                    Diagnostic::new(msg!("check-unknown-format", format = &text), span)
                        .with_hint(msg!("hint-formats", formats = Format::answer_names()))
                })?;
                Ok(Output::Format(format))
            }
            "names" => {
                self.cx.names = Names::parse(&text).ok_or_else(|| {
                    Diagnostic::new(msg!("check-unknown-names", names = &text), span)
                        .with_hint(msg!("hint-names"))
                })?;
                self.chart_names = Some(self.cx.names);
                Ok(Output::text(String::new()))
            }
            "lang" => {
                let lang = [
                    crate::model::Lang::Nl,
                    crate::model::Lang::Fr,
                    crate::model::Lang::En,
                ]
                .into_iter()
                .find(|l| l.code() == text)
                .ok_or_else(|| {
                    Diagnostic::new(msg!("check-unknown-lang", lang = &text), span.clone())
                        .with_hint(msg!("hint-langs"))
                })?;
                self.lang = lang;
                self.lang_asked = true;
                Ok(Output::Lang(lang))
            }
            "unit" if check::UNITS.contains(&text.as_str()) => {
                self.cx.unit = Some(text);
                Ok(Output::text(String::new()))
            }
            "unit" => Err(
                Diagnostic::new(msg!("check-set-unknown-unit", unit = &text), span)
                    .with_hint(msg!("hint-set-units"))
                    .into(),
            ),
            _ => {
                self.cx.params.insert(name.to_string(), text);
                Ok(Output::text(String::new()))
            }
        }
    }
}

/// The block a `set` statement gives beside its change.
pub(super) fn setting(statement: &Statement, asked: Option<&str>) -> Option<Output> {
    let Statement::Set(name, value) = statement else {
        return None;
    };
    let value = match &value.node {
        Value::Word(w) | Value::Str(w) => w.clone(),
        other => other.to_string(),
    };
    Some(Output::Setting {
        query: asked.unwrap_or("").trim().to_string(),
        name: name.node.clone(),
        value,
    })
}
