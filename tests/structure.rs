//! The shape of `src/`: no file over 600 lines, every file opens with a `//!`
//! paragraph on why it exists, and no circle among the modules (a file or
//! folder under `src/` that reaches itself again through `crate::` paths).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const LIMIT: usize = 600;

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn src() -> (PathBuf, Vec<PathBuf>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    files.sort();
    (root, files)
}

/// The top-level module a file belongs to: `sql` for `src/sql/plan.rs`.
fn module_of(root: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(root).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// The modules a text names through `crate::`, grouped imports included.
fn uses(text: &str) -> BTreeSet<String> {
    let code: String = text
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            for item in group.split(',') {
                found.insert(first_name(item.trim()));
            }
        } else {
            found.insert(first_name(rest));
        }
    }
    found.retain(|m| !m.is_empty());
    found
}

fn first_name(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// A circle in the graph, if there is one: the modules in order.
fn circle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut found = path[at..].to_vec();
            found.push(node.to_string());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_module_reaches_itself_again() {
    let (root, files) = src();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let module = module_of(&root, file);
        if module == "lib" || module == "main" {
            continue;
        }
        let text = std::fs::read_to_string(file).unwrap();
        let edges = graph.entry(module.clone()).or_default();
        edges.extend(uses(&text).into_iter().filter(|m| *m != module));
    }
    assert!(graph.contains_key("model") && graph["session"].contains("store"));
    assert_eq!(circle(&graph), None, "{graph:#?}");
}

/// The sibling files a file inside a folder names through `super::`
/// (`super::title::...`, `use super::{text, title}`), its folder's `mod.rs`
/// aside.
fn sibling_uses(text: &str, siblings: &BTreeSet<String>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (at, _) in text.match_indices("super::") {
        let rest = &text[at + "super::".len()..];
        let names: Vec<String> = match rest.strip_prefix('{') {
            Some(group) => group[..group.find('}').unwrap_or(group.len())]
                .split(',')
                .map(|i| first_name(i.trim()))
                .collect(),
            None => vec![first_name(rest)],
        };
        found.extend(names.into_iter().filter(|n| siblings.contains(n)));
    }
    found
}

#[test]
fn no_file_reaches_itself_again_inside_its_folder() {
    let (_, files) = src();
    let mut folders: BTreeMap<PathBuf, Vec<PathBuf>> = BTreeMap::new();
    for file in &files {
        let name = file.file_stem().unwrap().to_string_lossy();
        if name != "mod" {
            folders
                .entry(file.parent().unwrap().to_path_buf())
                .or_default()
                .push(file.clone());
        }
    }
    for (folder, members) in folders {
        let siblings: BTreeSet<String> = members
            .iter()
            .map(|f| f.file_stem().unwrap().to_string_lossy().to_string())
            .collect();
        let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for file in &members {
            let name = file.file_stem().unwrap().to_string_lossy().to_string();
            let text = std::fs::read_to_string(file).unwrap();
            let mut edges = sibling_uses(&text, &siblings);
            edges.remove(&name);
            graph.insert(name, edges);
        }
        assert_eq!(circle(&graph), None, "{}: {graph:#?}", folder.display());
    }
}

#[test]
fn the_model_uses_nothing_else_of_the_crate() {
    let (root, files) = src();
    for file in files.iter().filter(|f| module_of(&root, f) == "model") {
        let text = std::fs::read_to_string(file).unwrap();
        assert_eq!(uses(&text), BTreeSet::new(), "{}", file.display());
    }
}

// Which figure answers is tested by behaviour, in `tests/load_order.rs`:
// every pair of sources loaded in both orders answers alike.

#[test]
fn every_file_is_short_and_says_why_it_exists() {
    let (_, files) = src();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let lines = text.lines().count();
        assert!(lines <= LIMIT, "{}: {lines} lines", file.display());
        assert!(
            text.starts_with("//!"),
            "{}: no //! paragraph",
            file.display()
        );
    }
}

#[test]
fn the_circle_finder_finds_circles() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec![]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
    .collect();
    assert_eq!(
        circle(&graph),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    assert_eq!(
        uses("use crate::{error::Error, model::month};\nlet x = crate::sql::compile(); // crate::cli"),
        ["error", "model", "sql"].into_iter().map(String::from).collect()
    );
}

/// The prefixes of message ids: a string literal of the code that starts
/// with one of them names a message of the catalogues.
const MESSAGE_PREFIXES: [&str; 22] = [
    "check-",
    "hint-",
    "report-",
    "page-",
    "fetch-",
    "usage-",
    "chart-",
    "store-",
    "doing-",
    "what-",
    "section-",
    "word-",
    "expected-",
    "error-",
    "lex-",
    "parse-",
    "load-",
    "rebuild-",
    "note-",
    "source-",
    "context-",
    "as-of-",
];

/// The string literals of a text that look like message ids.
fn message_ids(text: &str) -> Vec<String> {
    text.split('"')
        .skip(1)
        .step_by(2)
        .filter(|s| {
            MESSAGE_PREFIXES.iter().any(|p| s.starts_with(p))
                && *s != "page-lang"
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn every_message_the_code_names_is_in_the_catalogues() {
    let (root, files) = src();
    let catalogue = ["locale/en.ftl", "locale/chart.en.ftl"]
        .map(|f| std::fs::read_to_string(root.join(f)).unwrap())
        .concat();
    let defined: BTreeSet<&str> = catalogue
        .lines()
        .filter_map(|l| l.split_once(" = ").map(|(id, _)| id))
        .filter(|id| !id.starts_with([' ', '#']))
        .collect();
    let mut missing = Vec::new();
    let mut named = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for id in message_ids(&text) {
            named += 1;
            if !defined.contains(id.as_str()) {
                missing.push(format!(
                    "{}: {id}",
                    file.strip_prefix(&root).unwrap().display()
                ));
            }
        }
    }
    assert!(named > 300, "{named}");
    assert!(missing.is_empty(), "{missing:#?}");
}

/// The words of the vocabulary: measures, types of figure and units.
fn vocabulary() -> Vec<&'static str> {
    use asylq::model::vocabulary::{Type, MEASURE_NAMES, UNITS};
    let types = Type::ALL.iter().map(|t| t.as_str());
    MEASURE_NAMES
        .iter()
        .copied()
        .chain(types)
        .chain(UNITS.iter().copied())
        .collect()
}

/// The files of the stages that take their rules from the model: the
/// compiler, the session and the store (less the store's generated list of
/// the embedded report's facts).
fn rule_readers() -> Vec<(String, String)> {
    let (root, files) = src();
    files
        .iter()
        .map(|f| f.strip_prefix(&root).unwrap().display().to_string())
        .filter(|f| {
            ["sql/", "session/", "store/"]
                .iter()
                .any(|d| f.starts_with(d))
        })
        .filter(|f| f != "store/embedded.rs")
        .map(|f| {
            let text = std::fs::read_to_string(root.join(&f)).unwrap();
            let code: Vec<&str> = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect();
            (f, code.join("\n"))
        })
        .collect()
}

#[test]
fn the_compiler_the_session_and_the_store_read_their_rules_from_the_model() {
    let mut found = Vec::new();
    for (file, code) in rule_readers() {
        for word in vocabulary() {
            for quoted in [format!("'{word}'"), format!("\"{word}\"")] {
                if code.contains(&quoted) {
                    found.push(format!("{file}: {quoted}"));
                }
            }
        }
        for variant in ["Applications", "Decisions", "Workload", "ProtectionRate"] {
            if code.contains(&format!("Measure::{variant}")) {
                found.push(format!("{file}: Measure::{variant}"));
            }
        }
        if code.contains("crate::report") || code.contains("report::") {
            found.push(format!("{file}: the report reader"));
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}
