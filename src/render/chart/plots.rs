//! The plots: lines over time (gaps for missing periods, labels at the
//! lines' ends beyond eight series), stacked columns of shares, and
//! horizontal bars, with their axes in the chart's language.

use super::*;

/// A period of `months` months on a time axis, in words: a year at each
/// January (`2023`), a month's short name elsewhere (`Apr`), with its year
/// where the axis starts (`Apr 2022`); quarters and half-years likewise
/// (`Q1 2023`, `Q2`; `H1 2023`).
fn tick_label(index: i64, months: i64, lang: Lang, first: bool) -> String {
    // By the month of the year, the month's short name.
    if months == 0 {
        return words::month_short(index as u32, lang);
    }
    let (year, month) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u32);
    let part = |len: u32| {
        let part = words::part(len, (month - 1) / len + 1, lang);
        if first || month == 1 {
            format!("{part} {year}")
        } else {
            part
        }
    };
    match months {
        12 => year.to_string(),
        6 => part(6),
        3 => part(3),
        _ if month == 1 => year.to_string(),
        _ if first => format!("{} {year}", words::month_short(month, lang)),
        _ => words::month_short(month, lang),
    }
}

/// The months of a step along the axis of column `time`; 0 where the axis
/// is the month of the year, whose steps are the months 1 to 12.
fn step_of(answer: &Answer, time: usize) -> i64 {
    if by_month_of_year(answer, time) {
        0
    } else {
        months_of(answer, time)
    }
}

/// The label of value `y` on a value axis.
fn value_label(y: f64, lang: Lang) -> String {
    words::number(y.round() as i64, lang)
}

/// The body of a chart: plotting area with room for the axes' labels, and
/// on the right for labels at the lines' ends.
fn frame<'a, 'b, 'c>(
    area: &'a Area<'c>,
    left: u32,
    right: u32,
) -> ChartBuilder<'a, 'b, SVGBackend<'c>> {
    let mut builder = ChartBuilder::on(area);
    builder
        .margin(16)
        .margin_top(8)
        .margin_right(16 + right)
        .x_label_area_size(36)
        .y_label_area_size(left);
    builder
}

pub(super) fn lines(area: &Area, answer: &Answer, time: usize, lang: Lang) -> DrawResult {
    let months = step_of(answer, time);
    let all = series(answer, time);
    let xs = all.iter().flat_map(|s| s.points.iter().map(|p| p.0));
    let (x0, x1) = (xs.clone().min().unwrap_or(0), xs.max().unwrap_or(1).max(1));
    let (x0, x1) = x_span(answer, time).map_or((x0, x1), |(a, b)| (a.min(x0), b.max(x1)));
    let ys: Vec<f64> = all
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.1))
        .collect();
    let (lo, hi) = if percent_axis(answer) {
        (0.0, 100.0)
    } else {
        let lo = ys.iter().cloned().fold(0.0, f64::min);
        let hi = ys.iter().cloned().fold(0.0, f64::max);
        (lo * 1.1, if hi > 0.0 { hi * 1.1 } else { 1.0 })
    };
    // More series than colours: each line is labelled at its end.
    let direct = all.len() > COLOURS.len();
    let right = if direct { 130 } else { 0 };
    let mut chart = frame(area, 72, right).build_cartesian_2d(x0 - 1..x1 + 1, lo..hi)?;
    // The first and last points inside the plot, labels at natural steps.
    let every = label_every(months, x1 - x0 + 1);
    let first = (x0..=x1).find(|x| x.rem_euclid(every) == 0);
    let label_x = |x: &i64| {
        if (x0..=x1).contains(x) && x.rem_euclid(every) == 0 {
            tick_label(*x * months.max(1), months, lang, Some(*x) == first)
        } else {
            String::new()
        }
    };
    let label_y = |y: &f64| value_label(*y, lang);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels((x1 - x0 + 3) as usize)
        .x_label_formatter(&label_x)
        .y_label_formatter(&label_y)
        .y_desc(unit(answer, lang))
        .label_style(text_style(SMALL, false, BLACK))
        .bold_line_style(RGBColor(225, 225, 225))
        .max_light_lines(0)
        .draw()?;
    let mut ends = Vec::new();
    for (i, s) in all.iter().enumerate() {
        let colour = series_colour(&s.name, i, all.len());
        // A missing period breaks the line: each run of consecutive periods is
        // drawn on its own.
        let mut runs: Vec<Vec<(i64, f64)>> = Vec::new();
        for p in &s.points {
            match runs.last_mut() {
                Some(run) if run.last().is_some_and(|q| p.0 - q.0 == 1) => run.push(*p),
                _ => runs.push(vec![*p]),
            }
        }
        for run in runs {
            for (dashed, piece) in pieces(&run, &s.partial) {
                if dashed {
                    chart.draw_series(DashedLineSeries::new(
                        piece,
                        5,
                        4,
                        colour.stroke_width(2),
                    ))?;
                } else {
                    chart.draw_series(LineSeries::new(piece, colour.stroke_width(2)))?;
                }
            }
            chart.draw_series(run.into_iter().map(|p| {
                let style = if s.partial.contains(&p.0) {
                    colour.stroke_width(2)
                } else {
                    colour.filled()
                };
                Circle::new(p, 4, style)
            }))?;
        }
        if let Some(last) = s.points.last() {
            ends.push((term(&s.name, lang), chart.backend_coord(last), colour));
        }
    }
    if direct {
        end_labels(area, ends)?;
    }
    Ok(())
}

/// A run of points as pieces of line: solid between whole periods, dashed
/// into and out of a partial one, so that no line joins a whole period to
/// part of one as if they were alike.
fn pieces(run: &[(i64, f64)], partial: &[i64]) -> Vec<(bool, Vec<(i64, f64)>)> {
    let mut out: Vec<(bool, Vec<(i64, f64)>)> = Vec::new();
    for pair in run.windows(2) {
        let dashed = partial.contains(&pair[0].0) || partial.contains(&pair[1].0);
        match out.last_mut() {
            Some((d, piece)) if *d == dashed && !dashed => piece.push(pair[1]),
            _ => out.push((dashed, pair.to_vec())),
        }
    }
    out
}

/// Labels at the lines' ends, in their colours, moved apart so that none
/// overlaps the next.
fn end_labels(area: &Area, mut ends: Vec<(String, (i32, i32), RGBColor)>) -> DrawResult {
    let (left, top) = area.get_base_pixel();
    ends.sort_by_key(|e| e.1 .1);
    let mut below = i32::MIN;
    for (name, (x, y), colour) in ends {
        let y = (y - 7).max(below);
        below = y + 14;
        area.draw(&Text::new(
            name,
            (x - left + 8, y - top),
            text_style(SMALL, false, colour),
        ))?;
    }
    Ok(())
}

/// Stacked columns of shares: one column per period, one band per value of
/// the second dimension, each its percent of the period.
pub(super) fn columns(area: &Area, answer: &Answer, time: usize, lang: Lang) -> DrawResult {
    let months = step_of(answer, time);
    let percent = answer.has(Role::Share);
    let mut shares = answer.clone();
    // The share column, if any, is read as the value of each band.
    let value = shares.column(Role::Value).unwrap_or(0);
    let share = shares.column(Role::Share).unwrap_or(0);
    if percent {
        shares.columns.swap(value, share);
        for row in &mut shares.rows {
            row.swap(value, share);
        }
        shares.columns[share] = "figure".to_string();
        shares.columns[value] = "value".to_string();
        if let Some(role) = shares.roles.get_mut(share) {
            *role = Role::Extra;
        }
    }
    let all = series(&shares, time);
    let xs = all.iter().flat_map(|s| s.points.iter().map(|p| p.0));
    let (x0, x1) = (xs.clone().min().unwrap_or(0), xs.max().unwrap_or(0) + 1);
    let (x0, x1) = x_span(answer, time).map_or((x0, x1), |(a, b)| (a.min(x0), (b + 1).max(x1)));
    let highest = all
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.1))
        .fold(0.0, f64::max);
    let top = if percent {
        100.0
    } else {
        (highest * 1.1).max(1.0)
    };
    let mut chart = frame(area, 72, 0).build_cartesian_2d(x0 as f64..x1 as f64, 0.0..top)?;
    // A label under the middle of a column, at natural steps.
    let every = label_every(months, x1 - x0);
    let first = (x0..x1).find(|x| x.rem_euclid(every) == 0);
    let label_x = |x: &f64| {
        let at = x.floor() as i64;
        if (x.fract() - 0.5).abs() < 0.01 && at.rem_euclid(every) == 0 {
            tick_label(at * months.max(1), months, lang, Some(at) == first)
        } else {
            String::new()
        }
    };
    let label_y = |y: &f64| value_label(*y, lang);
    let desc = unit(answer, lang);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(((x1 - x0) * 2 + 1) as usize)
        .x_label_formatter(&label_x)
        .y_label_formatter(&label_y)
        .y_desc(desc)
        .label_style(text_style(SMALL, false, BLACK))
        .bold_line_style(RGBColor(225, 225, 225))
        .max_light_lines(0)
        .draw()?;
    let mut base: std::collections::HashMap<i64, f64> = Default::default();
    for (i, s) in all.iter().enumerate() {
        let colour = series_colour(&s.name, i, all.len());
        let bands: Vec<_> = s
            .points
            .iter()
            .map(|(x, y)| {
                let from = *base.get(x).unwrap_or(&0.0);
                base.insert(*x, from + y);
                let left = *x as f64 + 0.1;
                let right = *x as f64 + 0.9;
                let style = if s.partial.contains(x) {
                    colour.mix(0.4).filled()
                } else {
                    colour.filled()
                };
                Rectangle::new([(left, from), (right, from + y)], style)
            })
            .collect();
        chart.draw_series(bands)?;
    }
    Ok(())
}

/// Horizontal bars, largest first, `other` last; negative values (a change)
/// run left of zero.
pub(super) fn bars(area: &Area, answer: &Answer, lang: Lang) -> DrawResult {
    let value = value_column(answer);
    // Over time, a period covered in part is a gap here too.
    let mut rows: Vec<(String, f64)> = drawn_rows(answer)
        .into_iter()
        .map(|n| &answer.rows[n])
        .filter_map(|r| {
            let label: Vec<String> = r[..value.min(first_measure(answer))]
                .iter()
                .map(plain)
                .collect();
            let label = if label.is_empty() {
                "total".to_string()
            } else {
                label.join(" ")
            };
            Some((label, r[value].number()?))
        })
        .collect();
    if time_column(answer).is_none() {
        rows.sort_by(|a, b| {
            (a.0 == "other")
                .cmp(&(b.0 == "other"))
                .then(b.1.total_cmp(&a.1))
        });
    }
    let lo = rows.iter().map(|r| r.1).fold(0.0, f64::min);
    let hi = rows.iter().map(|r| r.1).fold(0.0, f64::max);
    // Bars end near the largest, with room on the right for the value
    // written at each bar's end; shares that are the parts of one whole
    // run to 100.
    let whole =
        answer.has(Role::Share) && (rows.iter().map(|r| r.1).sum::<f64>() - 100.0).abs() < 0.5;
    let axis = if whole {
        0.0..100.0
    } else {
        lo * 1.1..(hi * 1.2).max(1.0)
    };
    let n = rows.len().max(1) as f64;
    let mut chart = frame(area, 160, 0).build_cartesian_2d(axis, 0.0..n)?;
    let names: Vec<String> = rows.iter().map(|r| term(&r.0, lang)).collect();
    let label_y = |y: &f64| {
        let i = (n - y - 0.5).round();
        if (y.fract() - 0.5).abs() < 0.01 && i >= 0.0 {
            names.get(i as usize).cloned().unwrap_or_default()
        } else {
            String::new()
        }
    };
    let label_x = |x: &f64| value_label(*x, lang);
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(rows.len() * 2 + 1)
        .y_label_formatter(&label_y)
        .x_label_formatter(&label_x)
        .x_desc(unit(answer, lang))
        .label_style(text_style(SMALL, false, BLACK))
        .bold_line_style(RGBColor(225, 225, 225))
        .max_light_lines(0)
        .draw()?;
    chart.draw_series(rows.iter().enumerate().map(|(i, (name, v))| {
        let top = n - i as f64 - 0.15;
        let colour = if name == "other" {
            OTHER
        } else if *v < 0.0 {
            COLOURS[3]
        } else {
            COLOURS[0]
        };
        Rectangle::new([(0.0, top - 0.7), (*v, top)], colour.filled())
    }))?;
    chart.draw_series(rows.iter().enumerate().map(|(i, (_, v))| {
        let middle = n - i as f64 - 0.5;
        EmptyElement::at((v.max(0.0), middle))
            + Text::new(
                bar_value(*v, lang),
                (6, -7),
                text_style(SMALL, false, BLACK),
            )
    }))?;
    Ok(())
}

/// The figure written at a bar's end: a whole number grouped (`3.836` in
/// Dutch), a share or rate with its decimal (`12,1`).
fn bar_value(v: f64, lang: Lang) -> String {
    if v.fract() == 0.0 {
        words::number(v as i64, lang)
    } else {
        crate::locale::decimal(lang, &format!("{v:.1}"))
    }
}

#[cfg(test)]
mod tests {
    use super::pieces;

    #[test]
    fn a_partial_period_is_joined_by_dashed_pieces_only() {
        let run = [(0, 1.0), (1, 2.0), (2, 3.0), (3, 1.0)];
        assert_eq!(
            pieces(&run, &[3]),
            [
                (false, vec![(0, 1.0), (1, 2.0), (2, 3.0)]),
                (true, vec![(2, 3.0), (3, 1.0)]),
            ]
        );
        assert_eq!(
            pieces(&run, &[1]),
            [
                (true, vec![(0, 1.0), (1, 2.0)]),
                (true, vec![(1, 2.0), (2, 3.0)]),
                (false, vec![(2, 3.0), (3, 1.0)]),
            ]
        );
        assert_eq!(pieces(&run[..1], &[]), []);
    }
}
