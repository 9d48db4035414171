//! The page of a chart: the title, subtitle and legend above the plot, and
//! under it the remarks, the notes and the sources, each wrapped to the
//! chart's width, all in the chart's language; the plot itself is drawn by
//! [`super::plots`]. The query is not drawn: [`super::svg`] keeps it in the
//! document's `<desc>`.

use super::plots::{bars, columns, lines};
use super::*;
use crate::answer::{Note, NoteKind};

pub(super) fn draw(root: &Area, answer: &Answer, opts: &Options) -> DrawResult {
    root.fill(&WHITE)?;
    let lang = opts.lang;
    let inner = opts.size.0 as f32 - 32.0;
    let title = opts
        .title
        .clone()
        .unwrap_or_else(|| title_in_words(answer, lang));
    let title = wrap(&title, TITLE, true, inner);
    let subtitle = wrap(&subtitle(answer, lang), SUBTITLE, false, inner);
    let kind = drawn(answer, opts.kind);
    let keys = legend_keys(answer, kind, lang);
    let rows = legend_rows(&keys, inner);
    // Under the chart: the remarks on its marks, the answer's notes and its
    // sources. What a reader must know of the figures drawn comes first, as
    // the notes that do not fit are cut.
    let mut ordered: Vec<&Note> = answer.notes.iter().collect();
    ordered.sort_by_key(|n| weight(n.kind));
    let notes: Vec<String> = ordered
        .iter()
        .map(|n| {
            Message::new("chart-note")
                .code("note", super::words::in_words(&n.text(lang), lang))
                .text(lang)
        })
        .collect();
    let source = sources_line(answer, lang);
    let mut footer_lines: Vec<String> = Vec::new();
    // The plot keeps at least half the chart's height: each note gets at
    // most two lines, and what does not fit ends in "…" (every note is in
    // the answer's notes too).
    let room = ((opts.size.1 as f32 / 2.0 - header_room(&title, &subtitle, &rows)) / 16.0).max(2.0)
        as usize;
    for text in remarks(answer, lang).iter().chain(&notes) {
        footer_lines.extend(shortened(wrap(text, SMALL, false, inner), 2));
    }
    let source_lines = wrap(&source, SMALL, false, inner);
    let keep = room.saturating_sub(source_lines.len()).max(1);
    if footer_lines.len() > keep {
        footer_lines.truncate(keep);
        if let Some(last) = footer_lines.last_mut() {
            last.push_str(" …");
        }
    }
    footer_lines.extend(source_lines);
    let header_height = header_room(&title, &subtitle, &rows);
    let footer_height = 10 + 16 * footer_lines.len() as u32;
    let (header, rest) = root.split_vertically(header_height.round() as u32);
    let body_height = opts
        .size
        .1
        .saturating_sub(header_height as u32 + footer_height);
    let (body, footer) = rest.split_vertically(body_height);
    let mut y = 14;
    let heads = [
        (&title, TITLE, true, BLACK, 26),
        (&subtitle, SUBTITLE, false, GREY, 19),
    ];
    for (lines, size, bold, colour, step) in heads {
        for line in lines {
            header.draw(&Text::new(
                line.clone(),
                (16, y),
                text_style(size, bold, colour),
            ))?;
            y += step;
        }
    }
    draw_legend(&header, &rows, kind, y)?;
    // A chart that draws nothing has no axes to show: only its words.
    match kind {
        _ if drawn_rows(answer).is_empty() => {
            let (w, h) = body.dim_in_pixel();
            body.draw(&Text::new(
                Message::new("chart-no-figure").text(lang),
                (16, (h / 2).min(w) as i32),
                text_style(SUBTITLE, false, GREY),
            ))?;
        }
        Drawn::Lines(time) => lines(&body, answer, time, lang)?,
        Drawn::Columns(time) => columns(&body, answer, time, lang)?,
        Drawn::Bars => bars(&body, answer, lang)?,
    }
    for (i, line) in footer_lines.iter().enumerate() {
        footer.draw(&Text::new(
            line.clone(),
            (16, 6 + 16 * i as i32),
            text_style(SMALL, false, GREY),
        ))?;
    }
    Ok(())
}

/// The order of notes under a chart: definitions that differ and gaps
/// first, how a figure was computed last.
fn weight(kind: NoteKind) -> u8 {
    match kind {
        NoteKind::MixedDefinitions => 0,
        NoteKind::MissingMonths | NoteKind::Partial | NoteKind::Unavailable | NoteKind::Empty => 1,
        NoteKind::Derived | NoteKind::Method | NoteKind::Definition => 3,
        _ => 2,
    }
}

/// The height of the title, the subtitle and the legend's rows.
fn header_room(title: &[String], subtitle: &[String], rows: &[Vec<(f32, &Key)>]) -> f32 {
    14.0 + 26.0 * title.len() as f32 + 19.0 * subtitle.len() as f32 + 20.0 * rows.len() as f32 + 4.0
}

/// At most `n` lines, the last ending in "…" where lines were cut.
fn shortened(mut lines: Vec<String>, n: usize) -> Vec<String> {
    if lines.len() > n {
        lines.truncate(n);
        if let Some(last) = lines.last_mut() {
            last.push_str(" …");
        }
    }
    lines
}

/// A legend's entry: a series' name in words and its colour.
struct Key {
    name: String,
    colour: RGBColor,
}

/// The entries of the legend above the plot: one per series, for two to
/// eight lines or any number of stacked bands; more lines than eight are
/// labelled at their ends instead, and bars need none.
fn legend_keys(answer: &Answer, kind: Drawn, lang: Lang) -> Vec<Key> {
    let (time, lines) = match kind {
        Drawn::Lines(t) => (t, true),
        Drawn::Columns(t) => (t, false),
        Drawn::Bars => return Vec::new(),
    };
    let all = series(answer, time);
    if all.len() < 2 || (lines && all.len() > COLOURS.len()) {
        return Vec::new();
    }
    all.iter()
        .enumerate()
        .map(|(i, s)| Key {
            name: term(&s.name, lang),
            colour: series_colour(&s.name, i, all.len()),
        })
        .collect()
}

/// The legend's entries in rows that fit `width`, each with its x.
fn legend_rows(keys: &[Key], width: f32) -> Vec<Vec<(f32, &Key)>> {
    let mut rows: Vec<Vec<(f32, &Key)>> = Vec::new();
    let mut x = 0.0;
    for key in keys {
        let w = 22.0 + glyphs::width(&key.name, LEGEND, false) + 18.0;
        if rows.is_empty() || x + w > width {
            rows.push(Vec::new());
            x = 0.0;
        }
        rows.last_mut().expect("a row").push((x, key));
        x += w;
    }
    rows
}

fn draw_legend(header: &Area, rows: &[Vec<(f32, &Key)>], kind: Drawn, top: i32) -> DrawResult {
    for (r, row) in rows.iter().enumerate() {
        let y = top + 20 * r as i32 + 8;
        for (x, key) in row {
            let x = 16 + x.round() as i32;
            if matches!(kind, Drawn::Lines(_)) {
                header.draw(&PathElement::new(
                    vec![(x, y), (x + 16, y)],
                    key.colour.stroke_width(2),
                ))?;
            } else {
                header.draw(&Rectangle::new(
                    [(x + 2, y - 6), (x + 14, y + 6)],
                    key.colour.filled(),
                ))?;
            }
            header.draw(&Text::new(
                key.name.clone(),
                (x + 22, y - 8),
                text_style(LEGEND, false, BLACK),
            ))?;
        }
    }
    Ok(())
}
