//! What the readers accept: a CGVS report or statistics page, its period
//! from its first line only; anything else refused saying what it looks
//! like. Figures are taken only from sentences about the page's own period;
//! the sentences with figures the reader could not place are counted at
//! load. Mutations of a real-worded page are refused, or load with the
//! changed figure in its right place.

mod common;

use asylq::source::read;
use common::Words;

/// A page in the wording of the Dutch pages of 2017 (figures of May 2017).
const MAY_2017: &str = "Asielstatistieken mei 2017

Het CGVS heeft de asielcijfers van mei 2017 gepubliceerd.

ASIELAANVRAGEN

Tijdens mei 2017 registreerde de DVZ 1.366 asielzoekers.

Hierbij komen nog 209 personen die via hervestiging en 68 personen die via relocatie aankwamen. In totaal werden 1.643 asielaanvragers geregistreerd over heel mei 2017. Dat is meer dan in april 2017 (1.424).

ASIELBESLISSINGEN

Tijdens mei 2017 nam het CGVS 1.889 beslissingen, met betrekking op 2.430 personen.

Voor mei 2017 bedroeg het beschermingspercentage 54 %.

WERKLAST

Eind mei 2017 bedroeg de totale werklast 12.078 dossiers. Daarvan worden 5.000 dossiers als een normale werklast beschouwd. 7.078 dossiers maken de reële achterstand uit.
";

fn value(text: &str, measure: &str, kind: &str, unit: &str) -> Option<i64> {
    let report = read(text).unwrap_or_else(|e| panic!("{e}"));
    report
        .facts
        .iter()
        .find(|f| f.measure() == measure && f.kind() == kind && f.unit() == unit)
        .map(|f| f.value)
}

#[test]
fn a_text_that_is_no_cgvs_publication_is_refused_saying_what_it_looks_like() {
    let article = "Asielaanvragen stijgen opnieuw\n\nIn oktober 2022 dienden 4.000 mensen een asielaanvraag in, het hoogste aantal sinds februari 2016, meldt het CGVS. Het beschermingspercentage bedroeg 40 %.";
    assert_eq!(
        read(article).unwrap_err().to_string(),
        "looks like a news article or another text, not a CGVS statistics page or report: its first line, 'Asielaanvragen stijgen opnieuw', is not the title of one ('Asielstatistieken oktober 2019', 'Asylum statistics October 2019', 'Les statistiques d'asile du mois d'octobre 2019', or a first line such as 'The CGRS has published the asylum figures for June 2020')"
    );
    assert_eq!(
        read("  \n\n \t\n").unwrap_err().to_string(),
        "an empty file: there is nothing to read"
    );
    assert_eq!(
        read("%PDF-1.5\n%\u{e2}\u{e3}\n1 0 obj\n<< /Type /Catalog >>")
            .unwrap_err()
            .to_string(),
        "a PDF, not text: convert it to text first, e.g. with pdftotext"
    );
    let german = "Asylstatistik Oktober 2019\n\nIm Oktober 2019 wurden beim Ausländeramt 2.929 Personen registriert, die einen Antrag auf internationalen Schutz gestellt haben. Die Schutzquote ist 32,2 % und das ist nicht mehr als im September.";
    assert_eq!(
        read(german).unwrap_err().to_string(),
        "a text in another language (it looks German): asylq reads the CGVS pages in Dutch, French and English"
    );
}

#[test]
fn a_yearly_overview_is_stored_as_its_year_and_derives_the_missing_month() {
    // In the wording of the Dutch overviews; the figures of 2023.
    let overview = common::stores::OVERVIEW_2023;
    let report = read(overview).unwrap();
    let facts: Vec<(String, String, String, i64)> = report
        .facts
        .iter()
        .map(|f| {
            (
                f.kind().to_string(),
                f.start.to_string(),
                f.end.to_string(),
                f.value,
            )
        })
        .collect();
    assert_eq!(
        facts,
        [
            (
                "resettlement".into(),
                "2023-01".into(),
                "2023-12".into(),
                221
            ),
            (
                "registered".into(),
                "2023-01".into(),
                "2023-12".into(),
                35286
            ),
        ]
    );
    let files = [(
        "asielstatistieken-overzicht-2023.txt".to_string(),
        overview.to_string(),
    )];
    let (_dir, store) = common::stores::store_with(&files, false);
    let mut s = asylq::session::Session::new(store).unwrap();
    let ask = |s: &mut asylq::session::Session, q: &str| common::answers(s, q).unwrap();
    assert_eq!(
        ask(&mut s, "applications where year = 2023").0,
        "value,unit,period,months_covered\n35507,persons,2023,12\n"
    );
    // With the November report's months, December is the year less them.
    let (text, notes) = ask(&mut s, "applications where month >= 2023-11 by month");
    assert_eq!(
        text,
        "month,value,unit,period,months_covered\n2023-11,3232,persons,2023-11,1\n2023-12,3304,persons,2023-12,1\n"
    );
    assert_eq!(
        notes,
        ["Some figures are derived, not printed: a part of a total that a source states with its other part (an overview's registered applicants, its total less the resettled; a page's first applications, its files less the multiple ones), or the months a yearly overview's total covers beyond the months shown, as that total less them."]
    );
    assert_eq!(
        ask(&mut s, "applications where month = 2023-12 by type").0,
        "type,value,unit,period,months_covered\nregistered,3274,persons,2023-12,1\nresettlement,30,persons,2023-12,1\n"
    );
    // The French overview states the subsequent applications too; 2024's
    // 39,615 include 484 resettled and 6,469 subsequent.
    let french = "Statistiques décembre : bilan 2024\nNOMBRE DE DEMANDES\nEn 2024, ce sont 39.615 personnes qui ont introduit une demande de protection internationale auprès de l'Office des étrangers (OE); sont également comptabilisées ici les 484 personnes arrivées en Belgique dans le cadre de la réinstallation.\nLe nombre total est plus élevé qu'en 2023 (35.507 personnes avaient alors introduit une demande).\nEn 2024, ce sont 6.469 personnes qui ont introduit une demande ultérieure de protection internationale.\n";
    let kinds: Vec<(&str, i64)> = read(french)
        .unwrap()
        .facts
        .iter()
        .map(|f| (f.kind(), f.value))
        .collect();
    assert_eq!(
        kinds,
        [
            ("resettlement", 484),
            ("first", 32662),
            ("subsequent", 6469)
        ]
    );
    let english = "ASYLUM STATISTICS - GENERAL OVERVIEW 2016\n\nFewer applications in 2016\n\nIn 2016, 18,710 asylum applicants were registered at the Immigration Office, compared to 44,760 in 2015.\n";
    let report = read(english).unwrap();
    assert_eq!(report.facts.len(), 1);
    assert_eq!(
        (report.facts[0].kind(), report.facts[0].value),
        ("registered", 18710)
    );
    // Up to 2015 an overview counts applications (files); its title can
    // open with the overview's word.
    let files = read("Overzicht asielstatistieken 2012\n\nIn 2012 werden 21.463 asielaanvragen ingediend in België, een daling van 15,8% in vergelijking met 2011.").unwrap();
    let f = &files.facts[0];
    assert_eq!(
        (f.kind(), f.unit(), f.value, files.facts.len()),
        ("registered", "files", 21463, 1)
    );
    assert_eq!(
        read("Asielstatistieken: overzicht 2022\n\nIn 2021 dienden 25.971 personen een verzoek in.").unwrap_err().to_string(),
        "a CGVS yearly overview of 2022 that states none of the year's figures asylq reads (applicants, decisions, protection rate, workload at the year's end)"
    );
}

#[test]
fn the_period_comes_from_the_first_line_and_figures_from_their_own_period() {
    // The body names April 2017 and June 2016 more often than May 2017.
    let page = MAY_2017.replace(
        "ASIELBESLISSINGEN",
        "In april 2017 waren het er minder. In juni 2016 registreerde de DVZ 2.000 asielzoekers.\n\nASIELBESLISSINGEN",
    );
    let report = read(&page).unwrap();
    assert_eq!(report.month.to_string(), "2017-05");
    assert_eq!(
        value(&page, "applications", "registered", "persons"),
        Some(1366)
    );
    // A figure stated only for another month is not taken.
    let other = MAY_2017.replace(
        "Tijdens mei 2017 registreerde de DVZ 1.366 asielzoekers.",
        "Tijdens april 2017 registreerde de DVZ 1.366 asielzoekers.",
    );
    let report = read(&other).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        !report.facts.iter().any(|f| f.kind() == "registered"),
        "{:?}",
        report.facts
    );
    assert!(
        report.unplaced.iter().any(|(line, _)| *line == 7),
        "{:?}",
        report.unplaced
    );
    // A sentence that names the year and no month speaks of the year.
    let year = MAY_2017.replace(
        "ASIELBESLISSINGEN\n\n",
        "ASIELBESLISSINGEN\n\nIn 2017 nam het CGVS in totaal 8.104 beslissingen.\n",
    );
    assert_eq!(value(&year, "decisions", "total", "dossiers"), Some(1889));
    let report = read(&year).unwrap();
    assert!(
        report
            .unplaced
            .iter()
            .any(|(_, text)| text.contains("8.104")),
        "{:?}",
        report.unplaced
    );
    // Without its title, the page opens with the CGVS's publication sentence.
    let untitled = MAY_2017.replacen("Asielstatistieken mei 2017\n", "", 1);
    assert_eq!(read(&untitled).unwrap().month.to_string(), "2017-05");
    // Without either, it is refused: its period is never guessed from the body.
    let bare = untitled.replacen(
        "Het CGVS heeft de asielcijfers van mei 2017 gepubliceerd.\n",
        "",
        1,
    );
    assert!(read(&bare)
        .unwrap_err()
        .to_string()
        .starts_with("looks like a news article or another text"));
}

#[test]
fn sentences_with_figures_not_read_are_counted_at_load_and_printed_with_verbose() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("nl-2017-05.txt");
    std::fs::write(&file, MAY_2017).unwrap();
    let db = dir.path().join("facts.duckdb");
    let (code, _, err) = common::output(
        std::process::Command::new(env!("CARGO_BIN_EXE_asylq"))
            .arg("--db")
            .arg(&db)
            .args(["load", "--verbose", "--no-embedded"])
            .arg(&file),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err,
        "nl-2017-05.txt: 2017-05 (9 facts, 2 checks): loaded; 1 sentence with figures not read, line 9\n\
         nl-2017-05.txt:9: not read: Dat is meer dan in april 2017 (1.424).\n"
    );
}

/// The page with one mutation: refused, or read with its figures in their
/// right place (the month of the title, the measure of their words) and
/// their values: a number with a letter in it is no number.
fn survives(mutated: &str) {
    let Ok(report) = read(mutated) else { return };
    assert_eq!(report.month.to_string(), "2017-05", "{mutated}");
    for f in &report.facts {
        let right = [
            ("applications", "registered", 1366),
            ("applications", "resettlement", 209),
            ("applications", "relocation", 68),
            ("decisions", "total", 1889),
            ("decisions", "total", 2430),
            ("protection_rate", "published", 540),
            ("workload", "total", 12078),
            ("workload", "normal", 5000),
            ("workload", "backlog", 7078),
        ];
        let known = right
            .iter()
            .any(|(m, k, v)| *m == f.measure() && *k == f.kind() && *v == f.value);
        assert!(known, "{f:?} in\n{mutated}");
    }
}

#[test]
fn mutations_of_a_page_are_refused_or_read_in_their_right_place() {
    let lines: Vec<&str> = MAY_2017.lines().collect();
    let mut cases = 0;
    // Each line deleted.
    for i in 0..lines.len() {
        let mut l = lines.clone();
        l.remove(i);
        survives(&l.join("\n"));
        cases += 1;
    }
    // A figure changed: read as changed, in its place; or a check fails.
    let changed = MAY_2017.replace("12.078 dossiers", "12.079 dossiers");
    let report = read(&changed).unwrap();
    assert_eq!(report.failures.len(), 1);
    assert_eq!(
        value(&changed, "workload", "total", "dossiers"),
        Some(12079)
    );
    let changed = MAY_2017.replace("2.430 personen", "2.431 personen");
    assert_eq!(value(&changed, "decisions", "total", "persons"), Some(2431));
    // A sentence moved under another month: not the page's figure.
    let moved = MAY_2017.replace("Voor mei 2017 bedroeg", "Voor april 2017 bedroeg");
    assert_eq!(
        value(&moved, "protection_rate", "published", "dossiers"),
        None
    );
    // A letter inside a number, a word misspelt, digits turned to letters.
    for (from, to) in [
        ("1.366", "1.3o6"),
        ("registreerde", "registrerde"),
        ("beschermingspercentage", "beschermingspercentag"),
        ("7.078", "7.O78"),
        ("mei 2017", "mei 2O17"),
    ] {
        survives(&MAY_2017.replace(from, to));
        cases += 1;
    }
    // The title's month changed: the whole page is that month's, figures
    // that name May are not taken.
    let retitled = MAY_2017.replacen(
        "Asielstatistieken mei 2017",
        "Asielstatistieken juni 2017",
        1,
    );
    if let Ok(report) = read(&retitled) {
        assert_eq!(report.month.to_string(), "2017-06");
        assert!(
            report.facts.iter().all(|f| f.measure() != "applications"),
            "{:?}",
            report.facts
        );
    }
    assert!(cases > 20);
}

#[test]
fn registered_applicants_are_asked_of_report_and_page_months_and_coverage_shows_the_sources() {
    let (_dir, mut s) = common::stores::named("pages");
    // A report month: first + subsequent (2,733 + 490); a page month: the
    // page's registered applicants (1,000 + 10 x 5).
    let (text, _) = common::answers(
        &mut s,
        "applications where type = registered and (month = 2023-11 or month = 2017-05) by month",
    )
    .unwrap();
    assert_eq!(
        text,
        "month,value,unit,period,months_covered\n2017-05,1050,persons,2017-05,1\n2023-11,3223,persons,2023-11,1\n"
    );
    let (text, _) = common::answers(&mut s, "show coverage").unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("period,measure,unit,types,sources,derived")
    );
    assert!(
        text.contains(
            "\n2017-05,applications,persons,\"registered, relocation, resettlement\",page,false\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "\n2023-11,applications,persons,\"first, resettlement, subsequent\",report,false\n"
        ),
        "{text}"
    );
    assert!(asylq::help::types(asylq::model::Lang::En)
        .starts_with("applications  first, resettlement, subsequent, relocation, registered\n"));
}

#[test]
fn a_month_told_in_two_languages_with_different_detail_counts_once() {
    // The Dutch page gives the multiple applications among the 2,975 (so
    // first and subsequent); the English one only the 2,975.
    let english = "Asylum statistics July 2015\n\n  • 2,975 asylum applications were registered in Belgium in July 2015, an increase of 30 % compared to June 2015.\n  • In July the CGRS took 1,220 decisions.\n";
    let files = [
        (
            "nl-2015-07.txt".to_string(),
            include_str!("pages/nl-2015-07.txt").to_string(),
        ),
        ("en-2015-07.txt".to_string(), english.to_string()),
        (
            "fr-2015-07.txt".to_string(),
            include_str!("pages/fr-2015-07.txt").to_string(),
        ),
    ];
    let (_dir, store) = common::stores::store_with(&files, false);
    let mut s = asylq::session::Session::new(store).unwrap();
    let (text, _) = common::answers(&mut s, "applications where month = 2015-07 by unit").unwrap();
    assert_eq!(
        text,
        "value,unit,period,months_covered\n2975,files,2015-07,1\n"
    );
    let (text, _) = common::answers(&mut s, "decisions where month = 2015-07 by unit").unwrap();
    assert_eq!(
        text,
        "value,unit,period,months_covered\n1220,dossiers,2015-07,1\n"
    );
}

#[test]
fn a_series_over_months_of_two_definitions_says_so() {
    let files = [(
        "nl-2019-10.txt".to_string(),
        include_str!("pages/nl-2019-10.txt").to_string(),
    )];
    let (_dir, store) = common::stores::store_with(&files, false);
    let mut s = asylq::session::Session::new(store).unwrap();
    let (_, notes) = common::answers(&mut s, "applications where year >= 2019 by year").unwrap();
    assert!(
        notes.contains(&"Mixed definitions: the applicants of 2019-10 include no resettlement (their sources state none); the other rows include it.".to_string()),
        "{notes:?}"
    );
    // One definition only: no note.
    let (_, notes) = common::answers(&mut s, "applications where year = 2023").unwrap();
    assert!(notes.is_empty(), "{notes:?}");
}

#[test]
fn the_applicants_of_overviews_of_every_era_are_read() {
    // In the wording of the overviews of 2015 (files, a space as the
    // thousands separator) and 2016.
    let y2015 = "Asielstatistieken – overzicht 2015\n\n1. 35 476 asielaanvragen in 2015\n\nIn 2015 registreerde de Dienst Vreemdelingenzaken (DVZ) 35 476 asielaanvragen. Dit is 106,1 % meer dan in 2014.\n";
    let report = read(y2015).unwrap();
    let f = &report.facts[0];
    assert_eq!(
        (f.kind(), f.unit(), f.value, f.start.to_string()),
        ("registered", "files", 35476, "2015-01".to_string())
    );
    let y2016 = "Asielstatistieken – overzicht 2016\n\nIn 2016 dienden 18.710 personen een asielaanvraag in bij de Dienst Vreemdelingenzaken: meer dan een halvering ten opzichte van 2015 toen de DVZ 44.760 asielaanvragen registreerde.\n";
    let report = read(y2016).unwrap();
    assert_eq!(
        (report.facts[0].unit(), report.facts[0].value),
        ("persons", 18710)
    );
}

#[test]
fn an_overview_gives_the_years_decisions_rate_workload_and_top_countries() {
    let report = read(common::stores::OVERVIEW_2016).unwrap();
    let facts: Vec<String> = report
        .facts
        .iter()
        .map(|f| {
            let country = f.country.as_deref().unwrap_or("-");
            format!(
                "{} {} {} {}..{} {country} {}",
                f.measure(),
                f.kind(),
                f.unit(),
                f.start,
                f.end,
                f.value
            )
        })
        .collect();
    // Not the positive decisions' 15,478 persons, not December's 2,001
    // decisions, not 2015's rate or workload.
    assert_eq!(
        facts,
        [
            "applications registered persons 2016-01..2016-12 - 18710",
            "decisions total dossiers 2016-01..2016-12 - 22207",
            "decisions total persons 2016-01..2016-12 - 27678",
            "protection_rate published dossiers 2016-01..2016-12 - 577",
            "workload total dossiers 2016-12..2016-12 - 14815",
            "rank applications rank 2016-01..2016-12 Afghanistan 1",
            "rank applications rank 2016-01..2016-12 Syrië 2",
            "rank applications rank 2016-01..2016-12 Irak 3",
        ]
    );
    let unplaced: Vec<usize> = report.unplaced.iter().map(|(l, _)| *l).collect();
    assert_eq!(unplaced, [5, 7, 9, 14, 15, 16, 17, 21]);
    assert!(report
        .facts
        .iter()
        .all(|f| f.origin() == asylq::model::Origin::Yearly));

    // With six monthly pages of 2017, the overview's year stands over them.
    let files: Vec<(String, String)> = common::stores::pages_2017()
        .iter()
        .map(|p| (format!("nl-2017-{:02}.txt", p.month), p.render()))
        .chain([(
            "asielstatistieken-overzicht-2017.txt".to_string(),
            common::stores::OVERVIEW_2017.to_string(),
        )])
        .collect();
    let (_dir, store) = common::stores::store_with(&files, false);
    let mut s = asylq::session::Session::new(store).unwrap();
    let mut ask = |q: &str| common::answers(&mut s, q).unwrap();
    assert_eq!(
        ask("decisions where year = 2017 by unit").0,
        "value,unit,period,months_covered\n20568,dossiers,2017,12\n26623,persons,2017,12\n"
    );
    // By month, the months not on a page are the year less the pages: one
    // derived row, which names the months it stands for.
    let (text, notes) = ask("decisions where year = 2017 by month");
    assert_eq!(
        text.lines().take(3).collect::<Vec<_>>(),
        [
            "month,value,unit,period,months_covered",
            "2017-01..2017-11,12186,persons,2017-01..2017-11,6",
            "2017-02,2402,persons,2017-02,1"
        ]
    );
    // The year's 26,623 persons less the six pages' 2,400 + month each.
    let pages: i64 = [2, 3, 5, 7, 8, 12].iter().map(|m| 2400 + m).sum();
    assert_eq!(26623 - pages, 12186);
    assert_eq!(notes[1], "2017-01..2017-11 stands for 2017-01, 2017-04, 2017-06, 2017-09, 2017-10, 2017-11 only: the other months of the span have rows of their own.");
    // A year's figure is never put in one quarter.
    let (text, notes) = ask("decisions where year = 2017 by quarter");
    assert_eq!(
        text.lines().nth(1),
        Some("2017-Q1,4805,persons,2017-02..2017-03,2")
    );
    assert!(notes.iter().any(|n| n == "2017-Q1 covers 2 of 3 months (the sum of those the store holds); 2017-01 is inside 2017-01..2017-11, a figure for several periods together on no row (below)."), "{notes:?}");
    assert!(notes.iter().any(|n| n == "2017-Q3 covers 2 of 3 months (the sum of those the store holds); 2017-09 is inside 2017-01..2017-11, a figure for several periods together on no row (below)."), "{notes:?}");
    // The year's published rate, never added to or taken from months.
    assert_eq!(
        ask("protection_rate where year = 2017").0,
        "value,unit,period,months_covered,basis,granted,decided\n50.7,percent,2017,12,dossiers,,\n"
    );
    assert_eq!(
        ask("protection_rate where year = 2017 by month")
            .0
            .lines()
            .count(),
        7
    );
    // The workload at the year's end is December's: the overview over the
    // monthly page, by the order of sources.
    assert_eq!(
        ask("workload where year = 2017").0,
        "value,unit,period,months_covered\n7279,dossiers,2017-12,1\n"
    );
    assert_eq!(
        ask("show top10").0.lines().take(4).collect::<Vec<_>>(),
        [
            "month,rank,country,source",
            "2017,1,Syrië,\"asielstatistieken-overzicht-2017.txt, line 6\"",
            "2017,2,Afghanistan,\"asielstatistieken-overzicht-2017.txt, line 6\"",
            "2017,3,Irak,\"asielstatistieken-overzicht-2017.txt, line 6\"",
        ]
    );
    // Only an overview, no month: nothing by quarter, saying why.
    let files = [(
        "o.txt".to_string(),
        common::stores::OVERVIEW_2016.to_string(),
    )];
    let (_dir, store) = common::stores::store_with(&files, false);
    let mut s = asylq::session::Session::new(store).unwrap();
    let (text, notes) =
        common::answers(&mut s, "applications where year = 2016 by quarter").unwrap();
    assert_eq!(text, "quarter,value,unit,period,months_covered\n");
    assert_eq!(notes, ["No figures match by quarter: a yearly overview's figure covers its whole year and is not split into quarters (ask `by year`), and no month inside it is loaded."]);
}

#[test]
fn by_type_shows_the_level_every_period_gives() {
    // Pages of 2017 give `registered`; the report's months give first and
    // subsequent, which `by type` then shows as `registered` too.
    let (_dir, mut s) = common::stores::named("pages");
    let (text, notes) = common::answers(&mut s, "applications by year, type").unwrap();
    let registered = |year: i32, s: &mut asylq::session::Session| {
        let q = format!("applications where year = {year} and type = registered");
        let (text, _) = common::answers(s, &q).unwrap();
        text.lines()
            .nth(1)
            .unwrap()
            .split(',')
            .next()
            .unwrap()
            .to_string()
    };
    let expected: Vec<String> = [2017, 2022, 2023]
        .iter()
        .map(|y| registered(*y, &mut s))
        .collect();
    // The six pages of 2017 state 1,000 + 10 × month registered applicants.
    assert_eq!(expected[0], "6370");
    let rows: Vec<&str> = text
        .lines()
        .filter(|l| l.contains(",registered,"))
        .collect();
    assert_eq!(rows.len(), 3, "{text}");
    for (row, value) in rows.iter().zip(&expected) {
        assert_eq!(row.split(',').nth(2), Some(value.as_str()), "{text}");
    }
    assert!(
        !text.contains("first") && !text.contains("subsequent"),
        "{text}"
    );
    assert_eq!(
        notes.last().map(String::as_str),
        Some("By type at the level every period gives: for 2017-02, 2017-03, 2017-05, 2017-07, 2017-08, 2017-12, the sources give applications only as `registered`, not as first and subsequent applications; so every period shows `registered` in their place.")
    );
    // Decisions: a page gives one total.
    let (text, notes) = common::answers(
        &mut s,
        "decisions where month = 2017-12 or month = 2023-11 by month, type",
    )
    .unwrap();
    assert_eq!(
        text,
        "month,type,value,unit,period,months_covered\n2017-12,total,2412,persons,2017-12,1\n2023-11,total,2286,persons,2023-11,1\n"
    );
    assert!(notes.iter().any(|n| n.starts_with("By type at the level every period gives: for 2017-12, the sources give decisions only as `total`")), "{notes:?}");
    // The report's months alone keep their types, and the explained SQL is
    // the SQL that runs.
    let (text, notes) = common::answers(&mut s, "applications where year = 2023 by type").unwrap();
    assert!(text.contains("\nfirst,"), "{text}");
    assert!(notes.iter().all(|n| !n.starts_with("By type")), "{notes:?}");
    let sql = s.explain("applications by year, type").unwrap();
    assert!(sql[0].contains("SELECT * REPLACE (CASE WHEN type IN ('first', 'subsequent') THEN 'registered' ELSE type END AS type)"), "{}", sql[0]);
}

/// The overview with one mutation: refused, or read with every figure in
/// its right place (the year of the title, the measure of its words) and its
/// value: a number with a letter in it is no number.
fn overview_survives(mutated: &str) {
    let Ok(report) = read(mutated) else { return };
    assert_eq!(report.month.to_string(), "2016-12", "{mutated}");
    let right = [
        ("applications", "registered", "persons", "2016-01", 18710),
        ("decisions", "total", "dossiers", "2016-01", 22207),
        ("decisions", "total", "persons", "2016-01", 27678),
        ("protection_rate", "published", "dossiers", "2016-01", 577),
        ("workload", "total", "dossiers", "2016-12", 14815),
        ("rank", "applications", "rank", "2016-01", 0),
    ];
    for f in &report.facts {
        let place = right.iter().find(|(m, k, u, start, _)| {
            *m == f.measure() && *k == f.kind() && *u == f.unit() && *start == f.start.to_string()
        });
        let Some((_, _, _, _, value)) = place else {
            panic!("{f:?} in\n{mutated}")
        };
        assert_eq!(f.end.to_string(), "2016-12", "{f:?}");
        if f.measure() != "rank" {
            assert_eq!(f.value, *value, "{f:?} in\n{mutated}");
        }
    }
}

#[test]
fn mutations_of_an_overview_are_refused_or_read_in_their_right_place() {
    let text = common::stores::OVERVIEW_2016;
    let lines: Vec<&str> = text.lines().collect();
    for i in 0..lines.len() {
        let mut l = lines.clone();
        l.remove(i);
        overview_survives(&l.join("\n"));
    }
    // Each number with a letter in place of one of its digits.
    let numbers = regex::Regex::new(r"\d[\d.,]*\d").unwrap();
    let mut cases = 0;
    for m in numbers.find_iter(text) {
        for (i, c) in m
            .as_str()
            .char_indices()
            .filter(|(_, c)| c.is_ascii_digit())
        {
            let mut number = m.as_str().to_string();
            number.replace_range(i..i + 1, if c == '0' { "O" } else { "l" });
            let mutated = format!("{}{number}{}", &text[..m.start()], &text[m.end()..]);
            overview_survives(&mutated);
            cases += 1;
        }
    }
    assert!(cases > 50, "{cases}");
    // A word misspelt: the figure is missing, never another's.
    for (from, to) in [
        ("beslissingen (over", "beslisingen (over"),
        ("beschermingspercentage", "beschermingspercentag"),
        ("totale werklast van", "totale werklat van"),
        ("dienden", "dienen"),
    ] {
        overview_survives(&text.replace(from, to));
    }
    // A figure changed is read as changed, in its place.
    let changed = text.replace("22.207", "22.208");
    let report = read(&changed).unwrap();
    assert!(report
        .facts
        .iter()
        .any(|f| f.measure() == "decisions" && f.value == 22208));
    // A sentence moved to another year: its figure is not the year's.
    let moved = text.replace("In 2016 nam het CGVS", "In 2015 nam het CGVS");
    let report = read(&moved).unwrap();
    assert!(
        report.facts.iter().all(|f| f.measure() != "decisions"),
        "{:?}",
        report.facts
    );
    // Without its title, the text is no CGVS publication asylq knows.
    let untitled = text.replacen("Asielstatistieken – overzicht 2016\n", "", 1);
    assert!(read(&untitled)
        .unwrap_err()
        .to_string()
        .starts_with("looks like a news article or another text"));
}

#[test]
fn the_wording_of_pages_of_every_era_is_read() {
    // 2016, in English: "registered … persons as asylum applicants".
    let march = "Asylum statistics March 2016\n\nThe CGRS has released its asylum figures for March 2016.\n\n  • In March 2016 the Immigration Office registered 1,374 persons as asylum applicants in Belgium; every person is counted.\n";
    assert_eq!(
        value(march, "applications", "registered", "persons"),
        Some(1374)
    );
    // 2018, in Dutch: the total "voor april 2018 op …" is not the year 2018.
    let april = "Asielstatistieken april 2018\n\nVERZOEKEN\n\nIn april registreerde de DVZ 1.515 verzoekers om internationale bescherming. Er kwamen in april ook 196 personen via hervestiging naar België. Dit brengt het totaal aantal verzoekers voor april 2018 op 1.711.\n";
    let report = read(april).unwrap();
    assert_eq!((report.checks, report.failures.len()), (1, 0));
    // A November page's figures for the year so far are not November's.
    let november = "Asylum statistics November 2016\n\nThe CGRS has released its asylum figures for November 2016.\n\n  • In November 2016, the CGRS took 1,455 decisions. These decisions concerned 1,793 persons.\n  • Since the start of 2016 the CGRS has taken 20,205 decisions.\n  • In 2016, the protection rate of the CGRS was 58.4 %.\n";
    assert_eq!(
        value(november, "decisions", "total", "dossiers"),
        Some(1455)
    );
    assert_eq!(
        value(november, "protection_rate", "published", "dossiers"),
        None
    );
    assert_eq!(read(november).unwrap().unplaced.len(), 2);
}

#[test]
fn an_overview_mirrored_with_its_date_is_its_year_and_a_half_year_release_is_refused() {
    // The Interior ministry mirrors the overviews with their date.
    let mirrored = "Asielstatistieken - Overzicht 2019 (09 januari 2020)\n\nIn 2019 dienden 27.742 personen een verzoek om internationale bescherming in bij de Dienst Vreemdelingenzaken (DVZ). In 2018 waren dat er 23.443.\n";
    let report = read(mirrored).unwrap();
    assert_eq!(report.month.to_string(), "2019-12");
    assert_eq!(report.facts[0].value, 27742);
    // The 2015 overview words its protection rate so.
    let y2015 = "Asielstatistieken – overzicht 2015\n\nIn 2015 stelde het CGVS in 60,7 % van de beslissingen ten gronde dat de asielzoeker effectief bescherming nodig had. Het gaat om 8.122 beslissingen voor 10.783 personen.\n";
    let facts = read(y2015).unwrap().facts;
    assert_eq!(facts.len(), 1);
    assert_eq!(
        (facts[0].measure(), facts[0].value),
        ("protection_rate", 607)
    );
    // French, as the CGRA words its year since 2022.
    let french = "Statistiques d'asile : bilan 2022\n\nEn 2022, 36.871 personnes ont déposé une demande de protection internationale auprès de l'Office des étrangers (OE).\nEn 2022, le CGRA a pris 20.514 décisions pour un total de 25.066 personnes.\n";
    let facts: Vec<(&str, &str, i64)> = read(french)
        .unwrap()
        .facts
        .iter()
        .map(|f| (f.measure(), f.unit(), f.value))
        .collect();
    assert_eq!(
        facts,
        [
            ("applications", "persons", 36871),
            ("decisions", "dossiers", 20514),
            ("decisions", "persons", 25066)
        ]
    );
    let half = "Asielstatistieken – overzicht van 6 eerste maanden (01 juli 2018)\n\nOp de 6 eerste maanden van 2018 registreerde de Dienst Vreemdelingenzaken 10.668 verzoekers om internationale bescherming.\n";
    assert_eq!(
        read(half).unwrap_err().to_string(),
        "a CGVS overview of part of a year ('Asielstatistieken – overzicht van 6 eerste maanden (01 juli 2018)'): asylq reads the monthly statistics pages and the yearly overviews, not half-year releases"
    );
}

#[test]
fn an_overview_that_disagrees_with_the_reports_months_is_a_conflict() {
    // The 2022 overview's 36,871 applicants, 78 of them resettled: their
    // 36,793 registered are the November 2023 report's twelve months of 2022.
    let overview = "Asielstatistieken: overzicht 2022\n\nIn 2022 dienden 36.871 personen een verzoek om internationale bescherming in bij de Dienst Vreemdelingenzaken (DVZ). Hiertoe behoren 78 personen die in het kader van hervestiging in België zijn toegekomen.\n";
    let conflicts = |text: &str| {
        let files = [("o.txt".to_string(), text.to_string())];
        let (_dir, store) = common::stores::store_with(&files, false);
        let mut s = asylq::session::Session::new(store).unwrap();
        common::answers(&mut s, "show conflicts").unwrap().0
    };
    let header =
        "measure,type,unit,month,page_value,other_value,page_source,other_source,country\n";
    assert_eq!(conflicts(overview), header);
    assert_eq!(
        conflicts(&overview.replace("36.871", "36.900")),
        format!("{header}applications,registered,persons,2022-01..2022-12,36822,36793,\"o.txt, line 3\",asielstatistieken-2023-11.txt,\n")
    );
}

/// The readers' errors stay typed inside `asylq`'s error: a program (and
/// the JSON envelope) tells a garbled row of a report from a page with no
/// period, and the line of each.
#[test]
fn the_readers_errors_stay_typed() {
    use asylq::error::{Error, SourceProblem};
    use asylq::page::PageError;
    use asylq::report::ReportError;
    let garbled = include_str!("../data/asielstatistieken-2023-11.txt").replace(
        "Totaal 32.203 26.587 191 5.425",
        "Totaal 32.203 2:6.587 191 5.425",
    );
    assert!(matches!(
        read(&garbled),
        Err(SourceProblem::Report(ReportError::Malformed {
            line: 254,
            ..
        }))
    ));
    let no_period = MAY_2017.replace("Asielstatistieken mei 2017", "Asielstatistieken");
    assert!(matches!(
        read(&no_period),
        Err(SourceProblem::Page(PageError::NoPeriod { title })) if title == "Asielstatistieken"
    ));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nl-2017-05.txt");
    std::fs::write(&path, &no_period).unwrap();
    let error = asylq::source::read_bytes(&path, &std::fs::read(&path).unwrap())
        .err()
        .unwrap();
    assert!(matches!(
        &error,
        Error::Source { problem: SourceProblem::Page(PageError::NoPeriod { .. }), path: p }
            if p.ends_with("nl-2017-05.txt")
    ));
    assert_eq!(error.exit_code(), 3);
}
