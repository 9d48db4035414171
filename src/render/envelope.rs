//! `--envelope`: each statement's answer as one JSON object with what a
//! pipeline needs beside the rows: the query and the parameters bound into
//! it, the notes as data (kind, periods, text), the sources, and whether the
//! statement succeeded. A failed statement under `--keep-going` keeps its
//! place, with its error.

use super::objects;
use crate::answer::{Answer, Note};
use serde_json::{json, Map, Value as Json};

/// One statement's envelope: `{query, params, status, rows, notes, sources}`,
/// and `error` where it failed.
pub fn envelope(answer: &Answer, params: &[(String, String)]) -> Json {
    let params: Map<String, Json> = params
        .iter()
        .map(|(name, value)| (name.clone(), Json::from(value.clone())))
        .collect();
    let rows: Vec<Json> = objects(answer).into_iter().map(Json::Object).collect();
    let notes: Vec<Json> = answer.notes.iter().map(note).collect();
    let mut doc = json!({
        "query": answer.title,
        "params": params,
        "status": if answer.error.is_some() { "error" } else { "ok" },
        "rows": rows,
        "notes": notes,
        "sources": answer.sources,
    });
    if let (Some(error), Json::Object(map)) = (&answer.error, &mut doc) {
        map.insert("error".to_string(), Json::from(error.clone()));
    }
    doc
}

/// The envelopes of a run's statements, in order, as one array.
pub fn envelope_document(answers: &[Answer], params: &[(String, String)]) -> Json {
    Json::Array(answers.iter().map(|a| envelope(a, params)).collect())
}

fn note(n: &Note) -> Json {
    json!({ "kind": n.kind.name(), "periods": n.periods, "text": n.text })
}
