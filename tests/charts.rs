//! Charts: each kind drawn to SVG (parsed back with usvg) and to PNG (decoded
//! and measured), with its title, caption, series, points and gaps; file
//! names asylq cannot write are refused.

use std::process::Command;

/// Runs asylq on the embedded report writing `file`; its exit status and stderr.
fn draw(query: &str, file: &std::path::Path, extra: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_asylq"))
        .env("HOME", "/nonexistent-asylq-home")
        .env("XDG_DATA_HOME", "/nonexistent-asylq-data")
        .args(["--embedded", "-c", query, "--output"])
        .arg(file)
        .args(extra)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The SVG of a query, checked to parse as SVG.
fn svg(query: &str, extra: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("chart.svg");
    let (code, err) = draw(query, &file, extra);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&file).unwrap();
    resvg::usvg::Tree::from_str(&text, &resvg::usvg::Options::default())
        .unwrap_or_else(|e| panic!("{query}: not SVG: {e}"));
    text
}

/// The texts of an SVG document, in order: each is a path of the font's
/// outlines whose `aria-label` holds its words.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<path aria-label=\"")
        .skip(1)
        .filter_map(|t| Some(t[..t.find('"')?].replace("&amp;", "&")))
        .collect()
}

/// The box (left, right, top, bottom) that the outline of the text `words` fills.
fn extent(svg: &str, words: &str) -> (f64, f64, f64, f64) {
    let start = svg
        .find(&format!("<path aria-label=\"{words}\""))
        .unwrap_or_else(|| panic!("no text {words:?}"));
    let d = &svg[start..];
    let d = &d[d.find(" d=\"").unwrap() + 4..];
    let d = &d[..d.find('"').unwrap()];
    let numbers: Vec<f64> = d
        .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
        .filter_map(|n| n.parse().ok())
        .collect();
    let xs = numbers.iter().step_by(2);
    let ys = numbers.iter().skip(1).step_by(2);
    (
        xs.clone().cloned().fold(f64::MAX, f64::min),
        xs.cloned().fold(f64::MIN, f64::max),
        ys.clone().cloned().fold(f64::MAX, f64::min),
        ys.cloned().fold(f64::MIN, f64::max),
    )
}

/// How many lines of data (2 points wide, in a series colour) a chart has.
fn lines(svg: &str) -> usize {
    svg.matches("<polyline")
        .zip(svg.split("<polyline").skip(1))
        .filter(|(_, p)| {
            p.split("/>")
                .next()
                .is_some_and(|p| p.contains("stroke-width=\"2\""))
        })
        .count()
}

const CAPTION: &str = "Source: CGVS, Asielstatistieken november 2023 (monthly report, published December 2023) (asylq)";

#[test]
fn a_series_over_months_is_one_line_with_a_point_per_month() {
    let text = svg("applications where year = 2023 by month", &[]);
    let words = texts(&text);
    assert_eq!(words[0], "Applications by month, January–November 2023");
    assert_eq!(words[1], "Persons.");
    assert_eq!(words.last().unwrap(), CAPTION);
    // The query is not drawn: the file keeps it in its description.
    assert!(!words.iter().any(|w| w.contains("Query")));
    assert!(text.contains("<desc>asylq: applications where year = 2023 by month</desc>"));
    assert_eq!(lines(&text), 1);
    assert_eq!(text.matches("<circle").count(), 11);
    assert!(words.contains(&"persons".to_string()));
    assert!(
        words.contains(&"3,500".to_string()),
        "thousands separated: {words:?}"
    );
    for tick in ["2023", "Apr", "Jul", "Oct"] {
        assert!(
            words.contains(&tick.to_string()),
            "{tick} under the ticks: {words:?}"
        );
    }
}

/// A chart of `cumulative` draws the running total (32,203 in November,
/// so the axis reaches 35,000), titled so in each language; `rolling`
/// draws the average, with no point where there is none.
#[test]
fn a_running_total_is_drawn_as_asked() {
    let text = svg("applications where year = 2023 by month cumulative", &[]);
    let words = texts(&text);
    assert_eq!(
        words[0],
        "Running total of applications by month, January–November 2023"
    );
    assert!(words.contains(&"35,000".to_string()), "{words:?}");
    let french = svg(
        "applications where year = 2023 by month cumulative",
        &["--lang", "fr"],
    );
    assert_eq!(
        texts(&french)[0],
        "Cumul des demandes d'asile par mois, janvier–novembre 2023"
    );
    let rolling = svg(
        "applications where year = 2023 by month rolling 3 months",
        &[],
    );
    assert_eq!(
        texts(&rolling)[0],
        "Rolling average of applications by month, March–November 2023"
    );
    assert_eq!(rolling.matches("<circle").count(), 9);
}

/// A stock's year is whole at its December: 2022 is drawn solid, 2023 (as
/// of November) hollow, and only 2023 is named as covered in part.
#[test]
fn a_stock_at_its_year_s_end_is_a_whole_year() {
    let words = texts(&svg("workload where year >= 2022 by year", &[])).join(" ");
    assert!(words.contains("(2023: November only)"), "{words}");
    assert!(!words.contains("2022: December only"), "{words}");
}

#[test]
fn three_types_are_three_lines_with_a_legend() {
    let text = svg("applications where year = 2023 by month, type", &[]);
    assert_eq!(lines(&text), 3 + 3, "3 lines, 3 legend marks");
    let words = texts(&text);
    for name in [
        "first applications",
        "resettlement",
        "subsequent applications",
    ] {
        assert!(words.contains(&name.to_string()), "{name}");
    }
}

#[test]
fn a_missing_month_is_a_gap_not_a_zero() {
    let text = svg(
        "applications where year = 2023 and month != 2023-06 by month",
        &[],
    );
    assert_eq!(lines(&text), 2, "two runs around the gap");
    assert_eq!(text.matches("<circle").count(), 10);
}

#[test]
fn categories_are_bars_with_other_last() {
    let text = svg(
        "applications where year = 2023 by country",
        &["--title", "Applicants by country, 2023"],
    );
    let words = texts(&text);
    assert_eq!(words[0], "Applicants by country, 2023");
    // Top to bottom: the largest first, `other` last.
    let y = |w: &str| extent(&text, w).2;
    assert!(
        y("Syria") < y("Afghanistan") && y("Afghanistan") < y("other"),
        "{words:?}"
    );
    assert_eq!(
        text.matches("fill=\"#AAAAAA\"").count(),
        1,
        "other set apart"
    );
}

#[test]
fn a_rate_runs_from_0_to_100_and_a_change_diverges_from_zero() {
    let words = texts(&svg("protection_rate where year = 2023 by month", &[]));
    assert!(
        words.contains(&"100".to_string()) && words.contains(&"0".to_string()),
        "{words:?}"
    );
    assert!(words.contains(&"percent".to_string()));
    let text = svg("applications where year = 2023 by month change", &[]);
    assert!(texts(&text).contains(&"change, persons".to_string()));
    assert!(
        text.contains("fill=\"#D55E00\""),
        "a fall is drawn left of zero"
    );
}

#[test]
fn a_png_is_twice_its_size_and_takes_the_size_asked() {
    let dir = tempfile::tempdir().unwrap();
    for (extra, size) in [
        (vec![], (1800, 1000)),
        (vec!["--size", "600x400"], (1200, 800)),
    ] {
        let file = dir.path().join("chart.png");
        let (code, err) = draw("applications by month, type", &file, &extra);
        assert_eq!(code, 0, "{err}");
        let png = resvg::tiny_skia::Pixmap::load_png(&file).unwrap();
        assert_eq!((png.width(), png.height()), size);
    }
}

#[test]
fn a_file_asylq_cannot_write_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let (code, err) = draw("workload", &dir.path().join("chart.pdf"), &[]);
    assert_eq!(code, 2);
    assert!(err.contains("asylq cannot write '.pdf' files; name a .csv, .tsv, .json, .jsonl, .md, .txt, .svg or .png file"), "{err}");
    assert!(!dir.path().join("chart.pdf").exists());
    let (code, err) = draw("workload", &dir.path().join("c.svg"), &["--size", "10x10"]);
    assert_eq!(code, 2, "{err}");
    let file = dir.path().join("out.csv");
    let (code, _) = draw("workload", &file, &[]);
    assert_eq!(code, 0);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "value,unit,period,months_covered\n24764,dossiers,2023-11,1\n"
    );
}

#[test]
fn the_svg_text_of_a_bar_chart() {
    let text = svg("applications where month = 2023-11 by country top 3", &[]);
    insta::assert_snapshot!(text);
}

#[test]
fn shares_over_time_are_stacked_columns_and_a_partial_quarter_is_marked() {
    let text = svg("decisions where year = 2023 by quarter, type share", &[]);
    let words = texts(&text);
    assert!(words.contains(&"percent of the period's persons".to_string()));
    assert!(words.contains(&"refugee status".to_string()));
    assert!(words.iter().any(|w| w
        == "Hollow points, dashed lines and light columns: periods the data covers only in part, or derived (2023-Q4: October–November only)."));
    // refugee_status (the second colour, Okabe–Ito orange): a band in each of the 4 quarters,
    // the partial one light, and its legend mark.
    let bands = |opacity: &str| {
        text.matches(&format!("opacity=\"{opacity}\" fill=\"#E69F00\""))
            .count()
    };
    assert_eq!((bands("1"), bands("0.4")), (3 + 1, 1));
}

#[test]
fn a_year_to_date_figure_is_left_out_of_a_monthly_line() {
    let text = svg(
        "decisions where country = \"Syria\" by month",
        &["--chart", "line"],
    );
    let words = texts(&text);
    assert!(
        words.iter().any(|w| w
            == "Left out: 2023-01..2023-11 (figures for a span longer than one period of the chart)."),
        "{words:?}"
    );
    assert_eq!(lines(&text), 0);
}

#[test]
fn the_terminal_draws_lines_in_braille_with_a_legend_and_a_time_axis() {
    let out = Command::new(env!("CARGO_BIN_EXE_asylq"))
        .args([
            "--embedded",
            "-c",
            "applications by month, type",
            "--format",
            "chart",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "Applications by month and type, January 2022–November 2023 (persons)"
    );
    assert!(lines[1].starts_with("3,764 ┤"), "{text}");
    assert!(text.contains('⡄') || text.contains('⠔'), "braille: {text}");
    assert!(
        lines[lines.len() - 2].trim_start().starts_with("2022-01")
            && lines[lines.len() - 2].ends_with("2023-11")
    );
    assert_eq!(
        lines[lines.len() - 1].trim(),
        "1 first applications   2 resettlement   3 subsequent applications"
    );
}

#[test]
fn every_kind_renders_to_png() {
    let dir = tempfile::tempdir().unwrap();
    for query in [
        "applications where year = 2023 by month",
        "applications where year = 2023 by month, type",
        "applications where year = 2023 by country",
        "decisions where year = 2023 by quarter, type share",
        "protection_rate where year = 2023 by month",
        "applications where year = 2023 by month change",
    ] {
        let file = dir.path().join("chart.png");
        let (code, err) = draw(query, &file, &["--size", "450x250"]);
        assert_eq!(code, 0, "{query}: {err}");
        let png = resvg::tiny_skia::Pixmap::load_png(&file).unwrap();
        assert_eq!((png.width(), png.height()), (900, 500), "{query}");
    }
}

#[test]
fn country_names_on_a_chart_follow_names() {
    let words = texts(&svg(
        "applications where month = 2023-11 by country top 3",
        &["--names", "en"],
    ));
    assert!(
        words.contains(&"Syria".to_string()) && words.contains(&"Turkey".to_string()),
        "{words:?}"
    );
}

#[test]
fn a_few_periods_are_columns() {
    let text = svg("applications where year >= 2022 by year", &[]);
    assert_eq!(lines(&text), 0);
    assert_eq!(
        text.matches("opacity=\"1\" fill=\"#0072B2\"").count(),
        1,
        "2022 whole"
    );
    assert_eq!(
        text.matches("opacity=\"0.4\" fill=\"#0072B2\"").count(),
        1,
        "2023 in part"
    );
    assert!(texts(&text).contains(&"2023".to_string()));
}

#[test]
fn the_kind_can_be_chosen() {
    let text = svg(
        "applications where year = 2023 by month, type",
        &["--chart", "stacked"],
    );
    assert_eq!(lines(&text), 0);
    assert!(text.matches("<rect").count() >= 33, "11 months x 3 types");
    let text = svg(
        "applications where year = 2023 by country top 3",
        &["--chart", "line"],
    );
    assert_eq!(lines(&text), 0, "categories have no line: bars");
    let text = svg(
        "protection_rate where year = 2023 by month",
        &["--chart", "stacked"],
    );
    assert_eq!(lines(&text), 1, "a rate is never stacked");
}

/// The charts shown in the README are the ones asylq writes from the
/// example scripts.
#[test]
fn the_charts_in_the_readme_are_current() {
    let dir = tempfile::tempdir().unwrap();
    for (script, picture) in [
        ("chart-trend.q", "trend.svg"),
        ("chart-countries.q", "countries.svg"),
        ("chart-share.q", "share.svg"),
        ("chart-decision-mix.q", "decision-mix.svg"),
    ] {
        let file = dir.path().join(picture);
        let out = Command::new(env!("CARGO_BIN_EXE_asylq"))
            .env("HOME", "/nonexistent-asylq-home")
            .env("XDG_DATA_HOME", "/nonexistent-asylq-data")
            .arg("--embedded")
            .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/").to_string() + script)
            .arg("--output")
            .arg(&file)
            .output()
            .unwrap();
        assert!(out.status.success());
        let written = std::fs::read_to_string(&file).unwrap();
        let committed = std::fs::read_to_string(
            concat!(env!("CARGO_MANIFEST_DIR"), "/docs/").to_string() + picture,
        )
        .unwrap();
        assert!(
            written == committed,
            "docs/{picture} is not what asylq writes: regenerate it"
        );
    }
}

#[test]
fn a_chart_file_holds_one_answer() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_asylq"))
        .args([
            "--embedded",
            "-c",
            "workload",
            "-c",
            "applications by month",
            "--output",
        ])
        .arg(dir.path().join("two.svg"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("a chart file holds one answer: run one query per --output"));
}

#[test]
fn a_share_is_drawn_in_percent_and_months_are_labelled_at_quarters() {
    let words = texts(&svg(
        "applications where year = 2023 by country top 5 share",
        &[],
    ));
    assert!(
        words.contains(&"percent of all persons".to_string()),
        "{words:?}"
    );
    // Five countries are no whole: the bars end near the largest share.
    assert!(!words.contains(&"100".to_string()), "{words:?}");
    assert!(!words.contains(&"persons".to_string()), "{words:?}");
    let words = texts(&svg("applications by month", &[]));
    let ticks: Vec<&String> = words
        .iter()
        .filter(|w| ["2022", "2023", "Jan", "Apr", "Jul", "Oct"].contains(&w.as_str()))
        .collect();
    assert_eq!(
        ticks,
        ["2022", "Apr", "Jul", "Oct", "2023", "Apr", "Jul", "Oct"]
    );
}

#[test]
fn a_title_says_what_and_when_and_a_long_caption_wraps() {
    let words = texts(&svg("applications where year = 2023 by country top 5", &[]));
    assert_eq!(
        words[0],
        "Applications by country of origin, January–November 2023"
    );
    let words = texts(&svg("decisions where year = 2023 by month change", &[]));
    assert_eq!(
        words[0],
        "Change in decisions by month, February–November 2023"
    );
    let words = texts(&svg("workload by month", &["--size", "300x400"]));
    assert!(!words.iter().any(|w| w.starts_with("Query:")), "{words:?}");
    let text = svg("workload by month", &["--size", "300x400"]);
    let words = texts(&text);
    let source: Vec<&String> = words
        .iter()
        .skip_while(|w| !w.starts_with("Source:"))
        .collect();
    assert!(source.len() > 1, "{source:?}");
    let joined: Vec<&str> = source.iter().map(|w| w.as_str()).collect();
    assert_eq!(joined.join(" "), CAPTION);
    for line in source {
        let (left, right, _, _) = extent(&text, line);
        assert!(
            left >= 16.0 && right <= 300.0 - 16.0,
            "{line}: {left}..{right}"
        );
    }
}

/// The colours of the lines of data (2 points wide), in order of drawing.
fn line_colours(svg: &str) -> Vec<String> {
    svg.split("<polyline")
        .skip(1)
        .filter_map(|p| {
            let p = p.split("/>").next()?;
            p.contains("stroke-width=\"2\"").then(|| {
                let at = p.find("stroke=\"").unwrap() + 8;
                p[at..at + 7].to_string()
            })
        })
        .collect()
}

#[test]
fn the_svg_carries_its_font_as_outlines_with_their_words() {
    for query in [
        "applications where year = 2023 by month, type",
        "applications where year = 2023 by country top 5 share",
        "decisions where year = 2023 by quarter, type share",
    ] {
        let text = svg(query, &[]);
        assert!(!text.contains("<text"), "{query}: a text element left");
        assert!(!text.contains("font-family"), "{query}: a font named");
        assert!(texts(&text).len() > 10, "{query}");
    }
    // Rendered with no font at all, the title is still drawn.
    let text = svg("applications by month", &[]);
    let tree = resvg::usvg::Tree::from_str(&text, &resvg::usvg::Options::default()).unwrap();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(900, 500).unwrap();
    resvg::render(&tree, Default::default(), &mut pixmap.as_mut());
    let (left, right, top, bottom) =
        extent(&text, "Applications by month, January 2022–November 2023");
    let inked = (top as u32..bottom as u32)
        .flat_map(|y| (left as u32..right as u32).map(move |x| (x, y)))
        .filter(|(x, y)| pixmap.pixel(*x, *y).is_some_and(|p| p.alpha() > 128))
        .count();
    assert!(inked > 500, "the title's outline is drawn: {inked} pixels");
}

#[test]
fn a_subtitle_gives_the_unit_and_the_main_caveat() {
    let words = texts(&svg("applications where year = 2023 by quarter", &[]));
    assert_eq!(words[0], "Applications by quarter, January–November 2023");
    assert_eq!(words[1], "Persons. In part: 2023-Q4.");
    let words = texts(&svg(
        "applications where year = 2023 by country top 5 share",
        &[],
    ));
    assert_eq!(words[1], "Percent of all persons. The 5 largest.");
    // Every note of the answer is printed under the chart.
    let words = texts(&svg("decisions where country = \"Syria\" by type", &[]));
    assert!(words.iter().any(|w| w.starts_with("Note: ")), "{words:?}");
}

#[test]
fn seven_types_get_seven_colours_and_the_legend_sits_above_the_plot() {
    let text = svg("decisions where year = 2023 by month, type", &[]);
    let colours = line_colours(&text);
    let mut distinct = colours.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 7, "{colours:?}");
    // The legend's words end above the highest point of the plot.
    let words = texts(&text);
    let plot_top = text
        .split("<circle cx=\"")
        .skip(1)
        .map(|c| {
            let at = c.find("cy=\"").unwrap() + 4;
            c[at..at + c[at..].find('"').unwrap()]
                .parse::<f64>()
                .unwrap()
                - 4.0
        })
        .fold(f64::MAX, f64::min);
    for key in [
        "refugee status",
        "subsidiary protection",
        "manifestly unfounded",
    ] {
        assert!(words.contains(&key.to_string()), "{key}: {words:?}");
        let (_, _, _, bottom) = extent(&text, key);
        assert!(
            bottom < plot_top,
            "{key} at {bottom}, the plot from {plot_top}"
        );
    }
}

#[test]
fn every_point_lies_inside_the_plot() {
    let text = svg("applications by month", &[]);
    let axis = text
        .split(
            "<polyline fill=\"none\" opacity=\"1\" stroke=\"#000000\" stroke-width=\"1\" points=\"",
        )
        .nth(1)
        .unwrap();
    let x_axis: f64 = axis[..axis.find(',').unwrap()].parse().unwrap();
    let circles: Vec<(f64, f64)> = text
        .split("<circle cx=\"")
        .skip(1)
        .map(|c| {
            let cx: f64 = c[..c.find('"').unwrap()].parse().unwrap();
            let at = c.find("cy=\"").unwrap() + 4;
            (cx, c[at..at + c[at..].find('"').unwrap()].parse().unwrap())
        })
        .collect();
    assert_eq!(circles.len(), 23);
    for (x, y) in circles {
        assert!(x - 4.0 > x_axis && x + 4.0 < 900.0 - 16.0, "{x}");
        assert!(y > 0.0 && y < 500.0, "{y}");
    }
}

#[test]
fn a_chart_speaks_the_language_of_names() {
    let words = texts(&svg(
        "applications where year = 2023 by month",
        &["--names", "nl"],
    ));
    assert_eq!(words[0], "Asielaanvragen per maand, januari–november 2023");
    assert_eq!(words[1], "Personen.");
    assert!(words.contains(&"3.500".to_string()), "{words:?}");
    assert!(words.contains(&"okt".to_string()), "{words:?}");
    assert_eq!(
        words.last().unwrap(),
        "Bron: CGVS, Asielstatistieken november 2023 (maandrapport, gepubliceerd december 2023) (asylq)"
    );
    let words = texts(&svg(
        "decisions where year = 2023 by quarter, type share",
        &["--names", "fr"],
    ));
    assert_eq!(
        words[0],
        "Part des décisions par trimestre et type, janvier–novembre 2023"
    );
    assert!(
        words.contains(&"statut de réfugié".to_string()),
        "{words:?}"
    );
    assert!(words.contains(&"T1 2023".to_string()), "{words:?}");
    // English words for ISO codes; tables keep their 1,234.
    let words = texts(&svg(
        "applications where year = 2023 by month",
        &["--names", "iso3"],
    ));
    assert_eq!(words[0], "Applications by month, January–November 2023");
    assert!(words.contains(&"3,500".to_string()), "{words:?}");
}

/// A store of the report and the page of October 2019 (nl).
fn store_of_october_2019() -> (tempfile::TempDir, std::path::PathBuf) {
    store_of(&[concat!(env!("CARGO_MANIFEST_DIR"), "/tests/pages/nl-2019-10.txt").to_string()])
}

/// A store of the report and `files`, loaded.
fn store_of(files: &[String]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("facts.duckdb");
    let load = Command::new(env!("CARGO_BIN_EXE_asylq"))
        .arg("--db")
        .arg(&db)
        .arg("load")
        .args(files)
        .output()
        .unwrap();
    assert!(
        load.status.success(),
        "{}",
        String::from_utf8_lossy(&load.stderr)
    );
    (dir, db)
}

#[test]
fn the_caption_names_only_the_sources_drawn() {
    let (dir, db) = store_of_october_2019();
    let chart = |query: &str| {
        let file = dir.path().join("chart.svg");
        let out = Command::new(env!("CARGO_BIN_EXE_asylq"))
            .arg("--db")
            .arg(&db)
            .args(["-c", query, "--output"])
            .arg(&file)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let words = texts(&std::fs::read_to_string(&file).unwrap());
        let from = words.iter().position(|w| w.starts_with("Source")).unwrap();
        words[from..].join(" ")
    };
    assert_eq!(
        chart("workload where year = 2019 by month"),
        "Source: CGVS, statistics page of October 2019 (nl) (asylq)"
    );
    assert_eq!(chart("workload where year = 2023 by month"), CAPTION);
    // 2019 is October's stock only, no year's end: a gap, so its page is
    // not cited under the chart.
    assert_eq!(chart("workload by year"), CAPTION);
}

/// A stock's year whose value is not of its December is a gap, unless it
/// is the newest year (to date), and the subtitle names no period that is
/// not drawn.
#[test]
fn a_stock_s_year_without_its_december_is_a_gap() {
    let (dir, db) = store_of_october_2019();
    let file = dir.path().join("chart.svg");
    let out = Command::new(env!("CARGO_BIN_EXE_asylq"))
        .arg("--db")
        .arg(&db)
        .args(["-c", "workload by year", "--output"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = std::fs::read_to_string(&file).unwrap();
    let words = texts(&text).join(" ");
    assert!(
        words.contains("Not drawn, as the data covers them only in part: 2019 (October only)."),
        "{words}"
    );
    assert!(words.contains("(2023: November only)"), "{words}");
    // 2023 is on the axis, 2019 is not.
    let labels = texts(&text);
    assert!(labels.contains(&"2023".to_string()), "{labels:?}");
    assert!(!labels.contains(&"2019".to_string()), "{labels:?}");
}

/// English words a Dutch or French chart must not carry.
const ENGLISH: [&str; 14] = [
    "Note",
    "Query",
    "Left out",
    "Hollow",
    "Source:",
    "Applications",
    "persons",
    "months",
    "covers",
    "only",
    "the ",
    " with ",
    "January",
    "Syria",
];

#[test]
fn a_chart_speaks_one_language_with_its_values_on_the_bars() {
    for (lang, expected) in [
        (
            "nl",
            [
                "Asielaanvragen per kwartaal, januari–november 2023",
                "Opmerking: 2023-Q4 is onvolledig: de gegevens dekken alleen 2023-10..2023-11.",
            ],
        ),
        (
            "fr",
            [
                "Demandes d'asile par trimestre, janvier–novembre 2023",
                "Remarque\u{a0}: 2023-Q4 est partiel\u{a0}: les données ne couvrent que 2023-10..2023-11.",
            ],
        ),
    ] {
        let words = texts(&svg(
            "applications where year = 2023 by quarter",
            &["--lang", lang],
        ));
        for e in expected {
            assert!(words.contains(&e.to_string()), "{lang}: {words:?}");
        }
        let countries = texts(&svg(
            "applications where year = 2023 by country top 3",
            &["--lang", lang],
        ));
        for w in words.iter().chain(&countries) {
            for english in ENGLISH {
                assert!(!w.contains(english), "{lang}: {english:?} in {w:?}");
            }
        }
        // The value at each bar's end, in the language's numbers.
        assert!(
            countries.contains(&"3.836".to_string()),
            "{lang}: {countries:?}"
        );
    }
    // Countries follow the chart's language unless --names says otherwise.
    let french = texts(&svg(
        "applications where year = 2023 by country top 3",
        &["--lang", "fr"],
    ));
    assert!(french.contains(&"Syrie".to_string()), "{french:?}");
    let english = texts(&svg("applications where year = 2023 by country top 3", &[]));
    assert!(english.contains(&"Syria".to_string()) && english.contains(&"3,836".to_string()));
    let dutch_names = texts(&svg(
        "applications where year = 2023 by country top 3",
        &["--lang", "fr", "--names", "nl"],
    ));
    assert!(
        dutch_names.contains(&"Syrië".to_string()),
        "{dutch_names:?}"
    );
}

#[test]
fn a_png_keeps_its_query_in_a_text_chunk() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("chart.png");
    let (code, err) = draw("workload by month", &file, &[]);
    assert_eq!(code, 0, "{err}");
    let bytes = std::fs::read(&file).unwrap();
    let chunk = b"tEXtDescription\0asylq: workload by month";
    assert!(bytes.windows(chunk.len()).any(|w| w == chunk));
}

#[test]
fn both_orders_of_by_draw_the_same_chart() {
    let without_desc = |text: String| -> String {
        text.lines()
            .filter(|l| !l.starts_with("<desc>"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let a = svg("applications where year = 2023 by type, month", &[]);
    let b = svg("applications where year = 2023 by month, type", &[]);
    assert!(texts(&a).contains(&"first applications".to_string()));
    assert_eq!(lines(&a), 3 + 3, "a line per type and its legend mark");
    assert_eq!(without_desc(a), without_desc(b));
}

#[test]
fn a_title_names_its_filters_in_words() {
    let title = |q: &str, extra: &[&str]| texts(&svg(q, extra))[0].clone();
    assert_eq!(
        title(
            "decisions where country = \"Afghanistan\" and year = 2023 by type",
            &["--lang", "nl"]
        ),
        "Beslissingen per type, Afghanistan, januari–november 2023"
    );
    assert_eq!(
        title(
            "decisions where type = refugee_status and year = 2023 by month",
            &[]
        ),
        "Decisions by month, refugee status, January–November 2023"
    );
    assert_eq!(
        title(
            "applications where country in (\"Syrië\", \"Turkije\") and year = 2023 by month",
            &["--lang", "fr"]
        ),
        "Demandes d'asile par mois, Syrie, Turquie, novembre 2023"
    );
}

#[test]
fn a_chart_draws_one_unit() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("chart.svg");
    let (code, err) = draw("decisions where year = 2023 by year, unit", &file, &[]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(
        err,
        "error: the answer counts its rows in dossiers and persons, which a chart cannot draw against one axis: ask `where unit = dossiers` or `where unit = persons`\n"
    );
    assert!(!file.exists());
}

#[test]
fn a_span_left_out_of_a_line_does_not_widen_its_title() {
    // By country and month, January..October is one year-to-date figure,
    // left out of the line: the title names the months drawn.
    let words = texts(&svg(
        "applications where country = \"Syrië\" and year = 2023 by month",
        &[],
    ));
    assert_eq!(
        words[0], "Applications by month, Syria, November 2023",
        "{words:?}"
    );
}

#[test]
fn a_partial_period_is_joined_to_the_line_by_dashes_only() {
    let text = svg("applications by quarter", &[]);
    // The series' pieces of line, in its colour (Okabe–Ito blue), each as
    // its list of points.
    let pieces: Vec<Vec<&str>> = text
        .split("<polyline")
        .skip(1)
        .filter(|p| p.contains("stroke=\"#0072B2\" stroke-width=\"2\""))
        .map(|p| {
            let points = p.split("points=\"").nth(1).unwrap();
            points
                .split('"')
                .next()
                .unwrap()
                .split_whitespace()
                .collect()
        })
        .collect();
    // One solid line through the seven whole quarters, 2022-Q1 to 2023-Q3...
    assert_eq!(pieces[0].len(), 7, "{pieces:?}");
    // ...then short dashes of two points each down to 2023-Q4, which covers
    // October and November only; no solid line reaches it.
    assert!(pieces.len() > 5, "{pieces:?}");
    assert!(pieces[1..].iter().all(|p| p.len() == 2), "{pieces:?}");
    assert_eq!(pieces[1][0], pieces[0][6]);
}

/// By the month of the year, the months run along the axis and each year is
/// a line; years are never stacked, even where columns are asked for.
#[test]
fn months_of_the_year_are_one_line_a_year() {
    let query = "applications where year >= 2022 by month_of_year, year";
    let text = svg(query, &[]);
    let words = texts(&text);
    assert_eq!(
        words[0],
        "Applications by month of the year and year, January 2022–November 2023"
    );
    assert_eq!(lines(&text), 2 + 2, "2 lines, 2 legend marks");
    assert_eq!(text.matches("<circle").count(), 12 + 11);
    for word in ["2022", "2023", "Jan", "Jun", "Dec"] {
        assert!(words.contains(&word.to_string()), "{word}: {words:?}");
    }
    assert!(
        words.contains(
            &"Note: No figure for 2023-12: the store holds none for these months.".to_string()
        ),
        "{words:?}"
    );
    let asked = svg(query, &["--chart", "columns"]);
    assert_eq!(lines(&asked), 2 + 2, "lines, not stacked years");
    let french = texts(&svg(query, &["--lang", "fr"]));
    assert!(french.contains(&"janv.".to_string()), "{french:?}");
}

/// A period not drawn with many months missing is named by how many it
/// holds, so that every gap fits under the chart.
#[test]
fn a_gap_of_many_missing_months_is_counted_not_listed() {
    let (dir, db) = store_of_october_2019();
    let file = dir.path().join("chart.svg");
    let out = Command::new(env!("CARGO_BIN_EXE_asylq"))
        .arg("--db")
        .arg(&db)
        .args([
            "-c",
            "applications where unit = persons by year",
            "--output",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let words = texts(&std::fs::read_to_string(&file).unwrap()).join(" ");
    assert!(
        words.contains("Not drawn, as the data covers them only in part: 2019 (1 of 12 months)."),
        "{words}"
    );
}

/// The subtitle's caveat names no row that is not drawn: the rest of the
/// 2017 overview's year beside its pages' months is left out of a monthly
/// line, so "computed by asylq" does not name it.
#[test]
fn the_subtitle_names_no_rest_of_a_year_left_out() {
    let history = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/history/");
    let files = ["en-overview-2017.txt", "fr-2017-04.txt", "nl-2017-05.txt"];
    let (dir, db) = store_of(&files.map(|f| format!("{history}{f}")));
    let query = "applications where year = 2017 by month";
    let words = drawn_on(&dir, &db, &["--lang", "nl", "-c", query]);
    assert_eq!(
        words[..2],
        ["Asielaanvragen per maand, april–mei 2017", "Personen."]
    );
}

/// The terminal's chart of `query` over a store of the history fixtures
/// (`tests/history/`): its stdout.
fn terminal_over_history(query: &str, lang: &str) -> String {
    terminal_over(&[], query, lang)
}

/// A store of the history fixtures and `extra` files of the project.
fn history_store(extra: &[&str]) -> (tempfile::TempDir, std::path::PathBuf) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<String> = std::fs::read_dir(root.join("tests/history"))
        .unwrap()
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    files.extend(extra.iter().map(|f| root.join(f).display().to_string()));
    store_of(&files)
}

/// The words of the chart `args` draw over the store `db` into `dir`.
fn drawn_on(dir: &tempfile::TempDir, db: &std::path::Path, args: &[&str]) -> Vec<String> {
    let file = dir.path().join("chart.svg");
    let out = Command::new(env!("CARGO_BIN_EXE_asylq"))
        .arg("--db")
        .arg(db)
        .args(args)
        .arg("--output")
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    texts(&std::fs::read_to_string(&file).unwrap())
}

/// The terminal's chart of `query` over a store of the history fixtures and
/// `extra` files of the project: its stdout.
fn terminal_over(extra: &[&str], query: &str, lang: &str) -> String {
    let (_dir, db) = history_store(extra);
    let out = Command::new(env!("CARGO_BIN_EXE_asylq"))
        .arg("--db")
        .arg(&db)
        .args(["-c", query, "--format", "chart", "--lang", lang])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// A chart's title, subtitle and sources name only what it draws, and a
/// running total cites every source behind its points.
#[test]
fn a_chart_names_the_months_it_draws_and_every_source_behind_them() {
    let (dir, db) = history_store(&[]);
    let query = "applications where year = 2016 by month cumulative";
    let words = drawn_on(&dir, &db, &["-c", query, "--lang", "nl"]);
    assert_eq!(
        words[0],
        "Lopend totaal van asielaanvragen per maand, oktober–december 2016"
    );
    assert_eq!(words[1], "Personen.");
    let sources: String = words
        .iter()
        .skip_while(|w| !w.starts_with("Bronnen:"))
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    for page in [
        "jaaroverzicht 2016",
        "mei 2016",
        "oktober 2016",
        "december 2016",
    ] {
        assert!(sources.contains(page), "{page}: {sources}");
    }
}

/// A running total within years starts again each January: the pages of
/// the years before the first point drawn are none of its sources. French
/// captions name the CGVS as French readers know it, the CGRA.
#[test]
fn a_running_total_cites_no_source_of_the_years_before_it() {
    let (dir, db) = history_store(&["tests/pages/nl-2015-07.txt"]);
    let query = "applications where year <= 2016 by month cumulative";
    let words = drawn_on(&dir, &db, &["-c", query, "--lang", "fr"]);
    let sources: String = words
        .iter()
        .skip_while(|w| !w.starts_with("Sources\u{a0}:"))
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(sources.starts_with("Sources\u{a0}: CGRA, "), "{sources}");
    assert!(sources.contains("2016"), "{sources}");
    assert!(!sources.contains("2015"), "{sources}");
}

/// The terminal draws what the published chart draws: a row of several
/// months is no column beside months, a period covered in part is a gap
/// named under the chart, and where nothing is whole nothing is drawn.
#[test]
fn the_terminal_chart_draws_only_what_a_row_covers() {
    let text = terminal_over_history("applications where year = 2017 by month", "en");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "Applications by month, April–September 2017 (persons)"
    );
    assert_eq!(lines[1].trim(), "│                    1898", "{text}");
    assert_eq!(lines[13].trim(), "2017-04  2017-05  2017-09", "{text}");
    assert!(!text.contains("15381"), "{text}");
    assert_eq!(
        lines[14],
        "Left out: 2017-01..2017-12 (figures for a span longer than one period of the chart)."
    );
    let text = terminal_over_history("applications where year = 2016 by quarter", "nl");
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[1].starts_with("4.898 ┤"), "{text}");
    assert!(lines[14].trim().starts_with("2016-Q2") && lines[14].ends_with("2016-Q4"));
    assert_eq!(
        lines[15],
        "Niet getekend, omdat de gegevens ze maar gedeeltelijk dekken: 2016-Q2 (zonder 2016-04, 2016-06)."
    );
    let text = terminal_over_history(
        "applications where year between 2016 and 2017 by half",
        "fr",
    );
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[1],
        "Rien n'est tracé\u{a0}: aucune période n'est couverte entière."
    );
    assert!(lines[2].starts_with("Non tracés, car les données ne les couvrent qu'en partie\u{a0}: 2016-H1 (sans 2016-01, 2016-02, 2016-03, 2016-04, 2016-06)\u{a0}; 2016-H2"), "{text}");
    assert!(
        !text.contains('█'),
        "no bars for halves covered in part: {text}"
    );
}

/// A row in files that is not drawn does not stop a chart in persons, in
/// the terminal or published; rows drawn in both units are refused.
#[test]
fn only_the_rows_drawn_must_share_a_unit() {
    let pages = ["tests/pages/nl-2015-07.txt"];
    let text = terminal_over(&pages, "applications by year", "en");
    assert!(
        text.starts_with("Applications by year, January 2016–November 2023 (persons)\n"),
        "{text}"
    );
    assert!(text.contains("Not drawn, as the data covers them only in part: 2015 (1 of 12 months); 2019 (4 of 12 months)."), "{text}");
    // Rows drawn in both units are refused, with the exit status of the
    // published chart's refusal.
    let (dir, db) = history_store(&pages);
    let svg = dir.path().join("chart.svg").display().to_string();
    let query = "applications where month >= 2015-07 and month <= 2016-12 by month";
    for format in [["--format", "chart"], ["--output", svg.as_str()]] {
        let out = Command::new(env!("CARGO_BIN_EXE_asylq"))
            .arg("--db")
            .arg(&db)
            .args(["-c", query])
            .args(format)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3), "{format:?} {out:?}");
        assert!(out.stdout.is_empty(), "{format:?} {out:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().next(), Some("error: the answer counts its rows in files and persons, which a chart cannot draw against one axis: ask `where unit = files` or `where unit = persons`"), "{format:?}");
    }
}

/// A Eurostat download is cited with the day of its last update, as a
/// reader writes it, never the raw stamp of the file (`05/12/23 23:00:00`).
#[test]
fn a_eurostat_download_is_cited_with_the_day_of_its_last_update() {
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/eurostat/migr_asyappctzm.csv"
    );
    let (dir, db) = store_of(&[file.to_string()]);
    let query = "applications where publisher = eurostat by month";
    let words = drawn_on(&dir, &db, &["-c", query]).join(" ");
    assert!(
        words.contains("migr_asyappctzm (last update 2023-12-05)"),
        "{words}"
    );
    let words = drawn_on(&dir, &db, &["--lang", "fr", "-c", query]).join(" ");
    assert!(
        words.contains("migr_asyappctzm (dernière mise à jour 2023-12-05)"),
        "{words}"
    );
}

/// An index chart names its base on the value axis and in the subtitle, in
/// the chart's language.
#[test]
fn an_index_chart_names_its_base() {
    let (dir, db) = history_store(&[]);
    let query = "applications where year >= 2016 by year index 2022";
    let words = drawn_on(&dir, &db, &["--lang", "nl", "-c", query]);
    assert_eq!(words[1], "Index, 2022 = 100.");
    assert!(
        words.contains(&"index, 2022 = 100".to_string()),
        "{words:?}"
    );
    let words = drawn_on(&dir, &db, &["--lang", "fr", "-c", query]);
    assert_eq!(words[1], "Indice, 2022 = 100.");
}

/// A running total of Eurostat's months cites its dataset, whichever of
/// its downloads the points drawn were read from.
#[test]
fn a_eurostat_running_total_cites_its_dataset() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/eurostat/");
    let files = ["migr_asyappctzm_2023h1.tsv", "migr_asyappctzm.tsv"];
    let (dir, db) = store_of(&files.map(|f| format!("{root}{f}")));
    let query = "applications where geo = BE and publisher = eurostat by quarter cumulative";
    let words = drawn_on(&dir, &db, &["-c", query]).join(" ");
    assert!(
        words.contains("Source: Eurostat, migr_asyappctzm"),
        "{words}"
    );
}

/// A chart of an empty answer names no unit: its subtitle is no lone ".".
#[test]
fn an_empty_chart_has_no_subtitle_of_a_lone_full_stop() {
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/eurostat/migr_asydcfsta.tsv"
    );
    let (dir, db) = store_of(&[file.to_string()]);
    let query = "decisions where geo = NL by quarter";
    let words = drawn_on(&dir, &db, &["--lang", "nl", "-c", query]);
    assert_eq!(words[0], "Beslissingen per kwartaal, Nederland");
    assert!(!words.contains(&".".to_string()), "{words:?}");
    // No axis of meaningless ticks: only the words.
    assert!(
        words.contains(&"Geen cijfer om te tekenen.".to_string()),
        "{words:?}"
    );
    assert!(!words.contains(&"0".to_string()), "{words:?}");
    // Nothing is drawn, so nothing is cited: not the CGVS, whose figures
    // the chart does not hold.
    assert_eq!(
        words.last().map(String::as_str),
        Some("Bronnen: geen, want er is geen cijfer getekend (asylq)"),
        "{words:?}"
    );
}

/// `--chart` chooses the kind of a terminal chart too; a kind it cannot
/// draw the answer as is refused (exit 3), never silently replaced.
#[test]
fn the_terminal_chart_draws_the_kind_asked() {
    let run = |kind: &str, query: &str| {
        Command::new(env!("CARGO_BIN_EXE_asylq"))
            .args([
                "--embedded",
                "-c",
                query,
                "--format",
                "chart",
                "--chart",
                kind,
            ])
            .output()
            .unwrap()
    };
    let by_month = "applications where year = 2023 by month";
    let bars = run("bars", by_month);
    let text = String::from_utf8(bars.stdout).unwrap();
    assert!(text.contains("\n2023-11 │"), "{text}");
    assert!(text.contains(" 3,232\n"), "{text}");
    let columns = String::from_utf8(run("columns", by_month).stdout).unwrap();
    assert!(columns.contains("3232"), "{columns}");
    assert!(!columns.contains('⠀'), "{columns}");
    let refused = run("columns", "applications where year = 2023 by month, type");
    assert_eq!(refused.status.code(), Some(3), "{refused:?}");
    assert!(refused.stdout.is_empty());
    assert_eq!(
        String::from_utf8(refused.stderr).unwrap(),
        "error: the terminal chart draws `--chart columns` only where it fits: `line` over time, `columns` for one series over time, `bars` always (`stacked` only in an SVG or PNG chart, with `--output`)\n"
    );
    assert_eq!(run("stacked", by_month).status.code(), Some(3));
}

/// Under a chart, what a reader must know of the figures drawn (their
/// definitions differ) comes before how figures were computed, as notes
/// that do not fit are cut; a page's total is drawn as printed.
#[test]
fn under_a_chart_the_definitions_come_before_the_method() {
    let (dir, db) = history_store(&[]);
    let words = drawn_on(
        &dir,
        &db,
        &["-c", "applications where year >= 2016 by month"],
    );
    let first = words.iter().find(|w| w.starts_with("Note:")).unwrap();
    assert!(first.starts_with("Note: Mixed definitions:"), "{words:?}");
    assert_eq!(words[1], "Persons.", "{words:?}");
}

/// A change drawn cites the sources of its rows and of their bases, not
/// those of periods neither drawn nor compared (2019's pages).
#[test]
fn a_change_chart_cites_no_source_of_a_period_it_neither_draws_nor_compares() {
    let (dir, db) = history_store(&[]);
    let query = "applications where unit = persons by year change";
    let words = drawn_on(&dir, &db, &["-c", query, "--lang", "fr"]);
    let sources: String = words
        .iter()
        .skip_while(|w| !w.starts_with("Sources"))
        .cloned()
        .collect();
    assert!(sources.contains("2021"), "{sources}");
    assert!(
        !sources.contains("2019") && !sources.contains("2020"),
        "{sources}"
    );
}

/// A figure Eurostat marks not available (`:`) is a gap that keeps its
/// place on the axis, never a zero, and the note under the chart names it.
#[test]
fn a_eurostat_figure_not_available_is_a_gap_in_its_place() {
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/eurostat/migr_asyappctzm.tsv"
    );
    let (dir, db) = store_of(&[file.to_string()]);
    let query = "applications where geo = DE and country = Afghanistan by month";
    let words = drawn_on(&dir, &db, &["-c", query]);
    assert!(words.contains(&"Nov".to_string()), "{words:?}");
    assert!(words.join(" ").contains("Note: No figure for 2023-11: Eurostat marks its figure (or one of the figures the row is made of) not available (:), and asylq never gives a figure over less than the row stands for."), "{words:?}");
    assert_eq!(
        words[0], "Applications by month, Germany, Afghanistan, September–October 2023",
        "{words:?}"
    );
}

/// A chart's title says its filter in words, in the chart's language, with
/// reporting countries and the publisher named; a filter words cannot say
/// briefly goes to the subtitle, and no query syntax is drawn anywhere.
#[test]
fn a_title_says_its_filter_in_words_never_as_query_syntax() {
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/eurostat/migr_asyappctzm.tsv"
    );
    let (dir, db) = store_of(&[file.to_string()]);
    let query = "applications where geo in (BE, NL, EU27_2020) and year >= 2023 and publisher = eurostat by month, geo";
    let words = drawn_on(&dir, &db, &["--lang", "fr", "-c", query]);
    assert_eq!(
        words[..2].join(" "),
        "Demandes d'asile par mois et pays déclarant, Belgique, Pays-Bas, EU27_2020, selon Eurostat, septembre–novembre 2023",
        "{words:?}"
    );
    let all = words.join(" ");
    assert!(all.contains("Belgique") && !all.contains("België"), "{all}");
    for syntax in [" in (", ">=", "publisher =", "geo =", "country = TOTAL"] {
        assert!(!all.contains(syntax), "{syntax}: {all}");
    }
    let words = svg_texts(
        "applications where (type = first or type = subsequent) and month != 2023-05 by month",
        &["--lang", "nl"],
    );
    assert_eq!(
        words[0],
        "Asielaanvragen per maand, januari 2022–november 2023"
    );
    assert_eq!(
        words[1],
        "Personen. Beperkt tot: eerste verzoeken of volgende verzoeken, behalve mei 2023."
    );
}

fn svg_texts(query: &str, extra: &[&str]) -> Vec<String> {
    texts(&svg(query, extra))
}

/// A French chart names countries in French everywhere: legend and notes
/// are computed in the chart's names.
#[test]
fn a_french_chart_names_countries_in_french_in_its_notes_too() {
    let words = svg_texts(
        "applications where country in (\"Syria\", \"Turkey\") and month >= 2023-10 by month, country",
        &["--lang", "fr"],
    );
    let all = words.join(" ");
    assert!(all.contains("Syrie") && all.contains("Turquie"), "{all}");
    assert!(!all.contains("Syrië") && !all.contains("Turkije"), "{all}");
}

/// A chart's title names countries as its legend does: `--names` where
/// given; `other` is said as a word.
#[test]
fn a_title_names_countries_as_the_legend_does() {
    let words = svg_texts(
        "applications where country in (\"Syria\", \"Turkey\") and month >= 2023-10 by month, country",
        &["--names", "iso2"],
    );
    assert!(
        words[0].starts_with("Applications by month and country of origin, SY, TR"),
        "{words:?}"
    );
    let words = svg_texts(
        "applications where country = other and year = 2023 by month",
        &["--lang", "fr"],
    );
    assert!(!words[0].contains("other"), "{words:?}");
}

/// A `having` is said in the subtitle: the rows it leaves out are no gap
/// left unexplained.
#[test]
fn a_having_is_said_in_the_subtitle() {
    let words = svg_texts(
        "applications where year = 2023 by month having value >= 3000",
        &["--lang", "fr"],
    );
    assert_eq!(
        words[1],
        "Personnes. Limité à\u{a0}: chiffres d'au moins 3.000."
    );
    // A number with decimals, in the language's way.
    let words = svg_texts(
        "applications where year = 2023 by month having value >= 3000.5",
        &["--lang", "fr"],
    );
    assert_eq!(
        words[1],
        "Personnes. Limité à\u{a0}: chiffres d'au moins 3.000,5."
    );
}

/// Years between the first and the last drawn that no source gives are a
/// gap in the line, and the note under the chart names them.
#[test]
fn a_period_without_any_figure_is_named_under_the_chart() {
    let (dir, db) = store_of_october_2019();
    let file = dir.path().join("chart.svg");
    for (lang, expected) in [
        ("en", "No figure in the store for: 2020–2021."),
        ("nl", "Geen cijfer in de databank voor: 2020–2021."),
        ("fr", "Aucun chiffre dans la base pour\u{a0}: 2020–2021."),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_asylq"))
            .arg("--db")
            .arg(&db)
            .args(["--lang", lang, "-c", "applications by year", "--output"])
            .arg(&file)
            .output()
            .unwrap();
        assert!(out.status.success());
        let words = texts(&std::fs::read_to_string(&file).unwrap());
        assert!(words.contains(&expected.to_string()), "{words:?}");
    }
}

/// The series of a row left out of a chart is named in the legend's words.
#[test]
fn a_series_left_out_is_named_as_the_legend_names_it() {
    let text = terminal_over_history("applications where year = 2021 by month, type", "nl");
    assert!(
        text.contains(
            "Weggelaten: 2021-01..2021-12 (geregistreerd), 2021-01..2021-12 (hervestiging)"
        ),
        "{text}"
    );
}
