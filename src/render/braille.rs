//! The terminal's line chart: each series over time drawn in braille dots
//! (2 x 4 to a character), fit to the terminal's width, with the value axis,
//! the time axis and a legend, its numbers and words in the reader's
//! language. A missing period is a gap in the line.

use super::chart::words::term;
use super::chart::{index_label, months_of, series};
use super::grouped_in;
use crate::answer::{Answer, Cell};
use crate::model::Lang;

const ROWS: usize = 12;

/// The chart of a series over time, `width` characters wide; `None` for an
/// answer that is not one.
pub fn lines(answer: &Answer, width: usize, lang: Lang) -> Option<String> {
    let time = super::chart::time_column(answer)?;
    let months = months_of(answer, time);
    let all = series(answer, time);
    let points: Vec<(i64, f64)> = all.iter().flat_map(|s| s.points.iter().copied()).collect();
    if points.is_empty() {
        return None;
    }
    // The axis runs over every period of the answer, the gaps included.
    let xs: Vec<i64> = (0..answer.rows.len())
        .filter_map(|n| super::chart::drawn_period(answer, time, &answer.rows[n]))
        .map(|p| super::chart::x_of(answer, time, p))
        .collect();
    let (x0, x1) = (*xs.iter().min()?, *xs.iter().max()?);
    let hi = points.iter().map(|p| p.1).fold(0.0, f64::max).max(1.0);
    let lo = points.iter().map(|p| p.1).fold(0.0, f64::min);
    let axis = grouped_in(&Cell::Int(hi.round() as i64), lang)
        .len()
        .max(grouped_in(&Cell::Int(lo.round() as i64), lang).len());
    let cols = width.saturating_sub(axis + 3).clamp(20, 200);
    let (dots_x, dots_y) = (cols * 2, ROWS * 4);
    let mut cells = vec![vec![0u8; cols]; ROWS];
    let mut labels: Vec<(usize, usize, char)> = Vec::new();
    let to_dot = |(x, y): (i64, f64)| {
        let span = (x1 - x0).max(1) as f64;
        let dx = ((x - x0) as f64 / span * (dots_x - 1) as f64).round() as i64;
        let dy = ((hi - y) / (hi - lo) * (dots_y - 1) as f64).round() as i64;
        (dx, dy)
    };
    for (n, s) in all.iter().enumerate() {
        let mut last: Option<(i64, (i64, i64))> = None;
        for p in &s.points {
            let dot = to_dot(*p);
            match last {
                Some((px, prev)) if p.0 - px == 1 => line(&mut cells, prev, dot),
                _ => set(&mut cells, dot),
            }
            last = Some((p.0, dot));
        }
        if let Some((_, (dx, dy))) = last {
            let mark = char::from_digit((n + 1) as u32 % 10, 10).unwrap_or('*');
            labels.push(((dy / 4) as usize, (dx / 2) as usize, mark));
        }
    }
    let mut out = String::new();
    for (r, row) in cells.iter().enumerate() {
        let tick = match r {
            0 => grouped_in(&Cell::Int(hi.round() as i64), lang),
            r if r == ROWS - 1 => grouped_in(&Cell::Int(lo.round() as i64), lang),
            _ => String::new(),
        };
        let mut text: Vec<char> = row
            .iter()
            .map(|b| char::from_u32(0x2800 + u32::from(*b)).unwrap_or(' '))
            .collect();
        for (lr, lc, mark) in &labels {
            if *lr == r && all.len() > 1 {
                if let Some(c) = text.get_mut(*lc) {
                    *c = *mark;
                }
            }
        }
        out.push_str(&format!(
            "{tick:>axis$} ┤{}\n",
            text.into_iter().collect::<String>().trim_end()
        ));
    }
    out.push_str(&format!("{:>axis$} └{}\n", "", "─".repeat(cols)));
    let (first, last) = (
        index_label(x0 * months, months),
        index_label(x1 * months, months),
    );
    let axis_labels = if x0 == x1 {
        first
    } else {
        let gap = cols.saturating_sub(first.len() + last.len());
        format!("{first}{}{last}", " ".repeat(gap))
    };
    out.push_str(&format!("{:>axis$}  {axis_labels}\n", ""));
    if all.len() > 1 {
        let legend: Vec<String> = all
            .iter()
            .enumerate()
            .map(|(n, s)| format!("{} {}", (n + 1) % 10, term(&s.name, lang)))
            .collect();
        out.push_str(&format!("{:>axis$}  {}\n", "", legend.join("   ")));
    }
    Some(out)
}

/// Sets one braille dot.
fn set(cells: &mut [Vec<u8>], (x, y): (i64, i64)) {
    const BITS: [[u8; 4]; 2] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]];
    let (Ok(x), Ok(y)) = (usize::try_from(x), usize::try_from(y)) else {
        return;
    };
    if let Some(cell) = cells.get_mut(y / 4).and_then(|row| row.get_mut(x / 2)) {
        *cell |= BITS[x % 2][y % 4];
    }
}

/// The dots of a straight line between two dots.
fn line(cells: &mut [Vec<u8>], (x0, y0): (i64, i64), (x1, y1): (i64, i64)) {
    let steps = (x1 - x0).abs().max((y1 - y0).abs()).max(1);
    for i in 0..=steps {
        let x = x0 + (x1 - x0) * i / steps;
        let y = y0 + (y1 - y0) * i / steps;
        set(cells, (x, y));
    }
}
