//! The chart as an SVG file (`--output chart.svg`): horizontal bars, one per
//! row, with the title from the query, the labels, the values and an axis.

use super::{grouped, plain};
use crate::session::{Answer, Cell};
use svg::node::element::{Line, Rectangle, Text};
use svg::Document;

const BAR_AREA: f64 = 480.0;
const ROW: f64 = 24.0;

/// An SVG document for an answer.
pub fn chart(answer: &Answer) -> String {
    let value_at = answer
        .columns
        .iter()
        .position(|c| c == "value")
        .unwrap_or(0);
    let unit_at = answer.columns.iter().position(|c| c == "unit");
    let values: Vec<f64> = answer.rows.iter().map(|r| number(&r[value_at])).collect();
    let max = values.iter().cloned().fold(0.0, f64::max);
    let left = 200.0;
    let top = 50.0;
    let height = top + ROW * answer.rows.len() as f64 + 40.0;
    let unit = unit_at
        .and_then(|i| answer.rows.first().map(|r| plain(&r[i])))
        .unwrap_or_default();
    let mut doc = Document::new()
        .set("viewBox", (0, 0, 800, height as i64))
        .set("width", 800)
        .set("height", height as i64)
        .set("font-family", "sans-serif")
        .set("font-size", 12)
        .add(
            Text::new(format!("{} ({unit})", answer.title))
                .set("x", 10)
                .set("y", 24)
                .set("font-size", 16),
        );
    for (i, (row, value)) in answer.rows.iter().zip(&values).enumerate() {
        let y = top + ROW * i as f64;
        let width = if max > 0.0 {
            value / max * BAR_AREA
        } else {
            0.0
        };
        let label: Vec<String> = row[..value_at].iter().map(plain).collect();
        let label = if label.is_empty() {
            "total".to_string()
        } else {
            label.join(" ")
        };
        doc = doc
            .add(
                Text::new(label)
                    .set("x", left - 8.0)
                    .set("y", y + 15.0)
                    .set("text-anchor", "end"),
            )
            .add(
                Rectangle::new()
                    .set("x", left)
                    .set("y", y + 3.0)
                    .set("width", width)
                    .set("height", ROW - 6.0)
                    .set("fill", "#3b6ea5"),
            )
            .add(
                Text::new(grouped(&row[value_at]))
                    .set("x", left + width + 6.0)
                    .set("y", y + 15.0),
            );
    }
    let axis_y = top + ROW * answer.rows.len() as f64 + 4.0;
    doc = doc
        .add(
            Line::new()
                .set("x1", left)
                .set("y1", top)
                .set("x2", left)
                .set("y2", axis_y)
                .set("stroke", "black"),
        )
        .add(
            Line::new()
                .set("x1", left)
                .set("y1", axis_y)
                .set("x2", left + BAR_AREA)
                .set("y2", axis_y)
                .set("stroke", "black"),
        )
        .add(
            Text::new("0")
                .set("x", left)
                .set("y", axis_y + 16.0)
                .set("text-anchor", "middle"),
        )
        .add(
            Text::new(grouped(&Cell::Int(max as i64)))
                .set("x", left + BAR_AREA)
                .set("y", axis_y + 16.0)
                .set("text-anchor", "middle"),
        );
    doc.to_string()
}

fn number(cell: &Cell) -> f64 {
    match cell {
        Cell::Int(n) => *n as f64,
        Cell::Float(f) => *f,
        _ => 0.0,
    }
}
