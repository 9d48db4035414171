//! `--envelope`: each statement's answer as one JSON object with what a
//! pipeline needs beside the rows: the query and the parameters bound into
//! it, the notes as data (kind, periods, message and its arguments, text in
//! the language asked for), the sources, and whether the
//! statement succeeded. A failed statement under `--keep-going` keeps its
//! place, with its error.

use super::objects;
use crate::answer::{Answer, Note};
use crate::locale::{Arg, Message};
use crate::model::Lang;
use serde_json::{json, Map, Value as Json};

/// One statement's envelope: `{query, params, status, rows, notes, sources}`,
/// and `error` where it failed.
pub fn envelope(answer: &Answer, params: &[(String, String)], lang: Lang) -> Json {
    let params: Map<String, Json> = params
        .iter()
        .map(|(name, value)| (name.clone(), Json::from(value.clone())))
        .collect();
    let rows: Vec<Json> = objects(answer).into_iter().map(Json::Object).collect();
    let notes: Vec<Json> = answer.notes.iter().map(|n| note(n, lang)).collect();
    let mut doc = json!({
        "query": answer.title,
        "params": params,
        "status": if answer.error.is_some() { "error" } else { "ok" },
        "rows": rows,
        "notes": notes,
        "sources": answer.sources,
    });
    if let (Some(_), Json::Object(map)) = (&answer.error, &mut doc) {
        map.insert("error".to_string(), super::error_json(answer, lang));
    }
    doc
}

/// The envelopes of a run's statements, in order, as one array.
pub fn envelope_document(answers: &[Answer], params: &[(String, String)], lang: Lang) -> Json {
    Json::Array(answers.iter().map(|a| envelope(a, params, lang)).collect())
}

/// A note as data: `{kind, periods, message, ...its arguments, text}`.
pub fn note(n: &Note, lang: Lang) -> Json {
    let mut doc = Map::new();
    doc.insert("kind".to_string(), Json::from(n.kind.name()));
    doc.insert("periods".to_string(), json!(n.periods));
    doc.extend(message(&n.message));
    doc.insert("text".to_string(), Json::from(n.text(lang)));
    Json::Object(doc)
}

/// A message's id and arguments, each as JSON of its type.
pub(super) fn message(m: &Message) -> Map<String, Json> {
    let mut doc = Map::new();
    doc.insert("message".to_string(), Json::from(m.id));
    for (name, arg) in &m.args {
        let value = match arg {
            Arg::Count(n) | Arg::Figure(n) => Json::from(*n),
            Arg::Number(text) => text
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map_or(Json::Null, Json::Number),
            Arg::Code(c) => Json::from(c.clone()),
            Arg::Codes(cs) => json!(cs),
            Arg::Message(m) => Json::Object(message(m)),
            Arg::Messages(ms) | Arg::Clauses(ms) | Arg::Lines(ms) => {
                Json::Array(ms.iter().map(|m| Json::Object(message(m))).collect())
            }
        };
        doc.insert(name.to_string(), value);
    }
    doc
}
