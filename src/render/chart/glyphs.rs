//! The chart's text as outlines of the embedded font, so that an SVG looks
//! the same on every machine, with or without DejaVu Sans installed (as
//! matplotlib's SVG export does by default). Each text becomes one `<path>`
//! whose `aria-label` keeps its words, for screen readers and for tests.
//!
//! plotters writes each text as `<text x y dy text-anchor font-size fill
//! [font-weight] [transform]>words</text>`; this turns exactly that shape
//! into a path, placed as a browser would place the text.

use regex::Regex;
use std::fmt::Write as _;
use std::sync::OnceLock;
use ttf_parser::{Face, OutlineBuilder};

/// The regular and bold faces of the embedded font.
fn faces() -> &'static (Face<'static>, Face<'static>) {
    static FACES: OnceLock<(Face<'static>, Face<'static>)> = OnceLock::new();
    FACES.get_or_init(|| {
        let face = |bytes| Face::parse(bytes, 0).expect("the embedded font parses");
        (face(dejavu::sans::regular()), face(dejavu::sans::bold()))
    })
}

fn text_element() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?s)<text ([^>]*)>\n?(.*?)\n?</text>").expect("a valid pattern"))
}

fn attribute() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r#"([a-z-]+)="([^"]*)""#).expect("a valid pattern"))
}

/// The SVG with every `<text>` drawn as a path of the font's outlines; a
/// text without words is left out.
pub(super) fn outline_texts(svg: &str) -> String {
    text_element()
        .replace_all(svg, |c: &regex::Captures| {
            let words = unescape(&c[2]);
            if words.trim().is_empty() {
                return String::new();
            }
            let attrs: Vec<(&str, &str)> = attribute()
                .captures_iter(c.get(1).map_or("", |m| m.as_str()))
                .map(|a| (a.get(1).unwrap().as_str(), a.get(2).unwrap().as_str()))
                .collect();
            path_of(&words, &attrs)
        })
        .into_owned()
}

/// One text as a path element.
fn path_of(words: &str, attrs: &[(&str, &str)]) -> String {
    let get = |name: &str| attrs.iter().find(|a| a.0 == name).map(|a| a.1);
    let number = |name: &str| get(name).and_then(|v| v.parse::<f32>().ok()).unwrap_or(0.0);
    let (regular, bold) = faces();
    let face = if get("font-weight") == Some("bold") {
        bold
    } else {
        regular
    };
    let size = number("font-size").max(1.0);
    let scale = size / face.units_per_em() as f32;
    let width = advance(face, words) * scale;
    let x = number("x")
        - match get("text-anchor") {
            Some("middle") => width / 2.0,
            Some("end") => width,
            _ => 0.0,
        };
    let ex = face
        .x_height()
        .map_or(0.5, |h| h as f32 / face.units_per_em() as f32)
        * size;
    let baseline = number("y")
        + match get("dy") {
            Some(d) if d.ends_with("em") => d.trim_end_matches("em").parse().unwrap_or(0.0) * size,
            Some(d) if d.ends_with("ex") => d.trim_end_matches("ex").parse().unwrap_or(0.0) * ex,
            _ => 0.0,
        };
    let mut pen = Pen {
        d: String::new(),
        x,
        y: baseline,
        scale,
    };
    for c in words.chars() {
        let Some(glyph) = face.glyph_index(c) else {
            pen.x += size / 2.0;
            continue;
        };
        face.outline_glyph(glyph, &mut pen);
        pen.x += face.glyph_hor_advance(glyph).unwrap_or(0) as f32 * scale;
    }
    let mut out = format!(
        "<path aria-label=\"{}\" d=\"{}\" fill=\"{}\" opacity=\"{}\"",
        escape(words),
        pen.d.trim_end(),
        get("fill").unwrap_or("#000000"),
        get("opacity").unwrap_or("1")
    );
    if let Some(t) = get("transform") {
        let _ = write!(out, " transform=\"{t}\"");
    }
    out.push_str("/>");
    out
}

/// The width of `text` in points, drawn at `size` points.
pub(super) fn width(text: &str, size: f32, bold: bool) -> f32 {
    let (regular, heavy) = faces();
    let face = if bold { heavy } else { regular };
    advance(face, text) * size / face.units_per_em() as f32
}

/// The width of `words` in font units.
fn advance(face: &Face, words: &str) -> f32 {
    words
        .chars()
        .map(|c| {
            face.glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .map_or(face.units_per_em() as f32 / 2.0, f32::from)
        })
        .sum()
}

/// Writes a glyph's outline at the pen, flipping the font's upward y.
struct Pen {
    d: String,
    x: f32,
    y: f32,
    scale: f32,
}

impl Pen {
    fn point(&mut self, x: f32, y: f32) {
        let _ = write!(
            self.d,
            "{:.1} {:.1} ",
            self.x + x * self.scale,
            self.y - y * self.scale
        );
    }
}

impl OutlineBuilder for Pen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.d.push('M');
        self.point(x, y);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.d.push('L');
        self.point(x, y);
    }

    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.d.push('Q');
        self.point(x1, y1);
        self.point(x, y);
    }

    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.d.push('C');
        self.point(x1, y1);
        self.point(x2, y2);
        self.point(x, y);
    }

    fn close(&mut self) {
        self.d.push_str("Z ");
    }
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_becomes_a_labelled_path_placed_by_its_anchor() {
        let svg = "<text x=\"100\" y=\"20\" dy=\"0.76em\" text-anchor=\"end\" font-family=\"sans-serif\" font-size=\"10\" opacity=\"1\" fill=\"#5A5A5A\">\nA &amp; B\n</text><text x=\"0\" y=\"0\" dy=\"0.5ex\" text-anchor=\"start\" font-family=\"sans-serif\" font-size=\"10\" opacity=\"1\" fill=\"#000000\">\n\n</text>";
        let out = outline_texts(svg);
        assert!(!out.contains("<text"), "{out}");
        assert!(
            out.starts_with("<path aria-label=\"A &amp; B\" d=\"M"),
            "{out}"
        );
        assert!(out.ends_with("fill=\"#5A5A5A\" opacity=\"1\"/>"), "{out}");
        assert_eq!(out.matches("<path").count(), 1, "an empty text is left out");
        // Right-aligned at x = 100: no outline point lies right of it.
        let xs: Vec<f32> = out
            .split(" d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
            .filter_map(|n| n.parse().ok())
            .step_by(2)
            .collect();
        assert!(xs.iter().all(|x| *x <= 100.01), "{xs:?}");
        assert!(xs.iter().any(|x| *x > 95.0), "{xs:?}");
    }
}
