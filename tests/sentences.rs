//! Each figure from its own sentence: ranks only from sentences that rank,
//! for the period they are about; overview figures in the wordings of
//! 2015–2023 in nl, fr and en; bounds ("minder dan", "less than") never
//! read as figures. The pages are written here in the site's wordings, with
//! the real pages' figures. Every sentence with a figure is either read
//! (asserted) or listed as not read with the reason.

mod common;

use asylq::source::read;
use common::read_facts as counts;

fn fact(
    m: &str,
    t: &str,
    u: &str,
    span: (&str, &str),
    v: i64,
) -> (String, String, String, String, String, i64) {
    (
        m.into(),
        t.into(),
        u.into(),
        span.0.into(),
        span.1.into(),
        v,
    )
}

/// The ranked countries of a text, in order, each with its period and line.
fn ranks(text: &str) -> Vec<(i64, String, String, usize)> {
    let report = read(text).unwrap_or_else(|e| panic!("{e}"));
    let mut out: Vec<_> = report
        .facts
        .iter()
        .filter(|f| f.figure.words().0 == "rank")
        .map(|f| {
            let period = if f.start == f.end {
                f.start.to_string()
            } else {
                format!("{}..{}", f.start, f.end)
            };
            (
                f.value,
                f.country.clone().unwrap(),
                period,
                f.provenance.line(),
            )
        })
        .collect();
    out.sort();
    out
}

/// The lines of the sentences the reader did not place.
fn not_read(text: &str) -> Vec<usize> {
    let report = read(text).unwrap_or_else(|e| panic!("{e}"));
    report.unplaced.iter().map(|(line, _)| *line).collect()
}

/// In the wording of the 2023 overview: the year's main countries two lines
/// before a sentence on the share of subsequent applications that names
/// countries of the top 10 as examples, with the share of another measure.
const OVERVIEW_NL_2023: &str = "Asielstatistieken: overzicht 2023

In 2023 dienden 35.507 personen een verzoek om internationale bescherming in bij de DVZ. Onder hen zijn 284 personen die in het kader van hervestiging naar België kwamen.

In de eerste 7 maanden van 2023 lag het aantal verzoekers telkens onder de 3.000 personen.

In 2023 waren de belangrijkste herkomstlanden van de verzoekers Syrië, Afghanistan, Palestina, Turkije en Eritrea.

In 2023 dienden 5.918 personen een volgend verzoek om internationale bescherming in. Voor sommige landen uit de top-10 zoals Afghanistan (31,8%) en Moldavië (32,9%) ligt het aandeel volgende verzoeken hoog.
";

#[test]
fn the_2023_overview_ranks_its_main_countries_not_the_examples_of_a_share() {
    let year = "2023-01..2023-12";
    assert_eq!(
        ranks(OVERVIEW_NL_2023),
        [
            (1, "Syrië".to_string(), year.to_string(), 7),
            (2, "Afghanistan".to_string(), year.to_string(), 7),
            (3, "Palestina".to_string(), year.to_string(), 7),
            (4, "Turkije".to_string(), year.to_string(), 7),
            (5, "Eritrea".to_string(), year.to_string(), 7),
        ]
    );
    // Without the ranking sentence, the examples rank nothing.
    let without = OVERVIEW_NL_2023.replace(
        "In 2023 waren de belangrijkste herkomstlanden van de verzoekers Syrië, Afghanistan, Palestina, Turkije en Eritrea.",
        "",
    );
    assert_eq!(ranks(&without), []);
}

#[test]
fn the_2023_overview_gives_its_subsequent_applications() {
    let year = ("2023-01", "2023-12");
    assert_eq!(
        counts(OVERVIEW_NL_2023),
        [
            fact("applications", "first", "persons", year, 35507 - 284 - 5918),
            fact("applications", "resettlement", "persons", year, 284),
            fact("applications", "subsequent", "persons", year, 5918),
        ]
    );
    // Not read: "onder de 3.000 personen" is a bound over seven months
    // (line 5); the shares of subsequent applications by country (line 9).
    assert_eq!(not_read(OVERVIEW_NL_2023), [5, 9]);
}

/// In the wording of the 2016 pages: the month's ranking with counts, and a
/// sentence about the year's top 10 that gives the month no rank.
const DECEMBER_2016: &str = "Asielstatistieken december 2016

Het CGVS heeft de asielcijfers van december 2016 gepubliceerd.

Evolutie

In december 2016 registreerde de DVZ 1.496 asielzoekers in België. Elke persoon (ook kinderen) wordt als asielzoeker geteld.

Over heel 2016 bekeken voeren Afghanistan, Syrië en Irak de top 10 van de herkomstlanden aan.

In december 2016 bleef Syrië met 253 aanvragen het belangrijkste herkomstland van de asielzoekers in België. Turkije (175 aanvragen), Afghanistan (105 aanvragen), Irak (96 aanvragen) en Albanië (93 aanvragen) vervolledigen de top 5.
";

#[test]
fn a_2016_page_ranks_its_month_from_the_month_s_sentence_not_the_year_s() {
    let month = "2016-12".to_string();
    assert_eq!(
        ranks(DECEMBER_2016),
        [
            (1, "Syrië".to_string(), month.clone(), 11),
            (2, "Turkije".to_string(), month.clone(), 11),
            (3, "Afghanistan".to_string(), month.clone(), 11),
            (4, "Irak".to_string(), month.clone(), 11),
            (5, "Albanië".to_string(), month, 11),
        ]
    );
    // Only the year's sentence: the month has no ranks.
    let only_year = DECEMBER_2016
        .lines()
        .filter(|l| !l.contains("december 2016 bleef"))
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(ranks(&only_year), []);
    assert_eq!(
        counts(DECEMBER_2016),
        [fact(
            "applications",
            "registered",
            "persons",
            ("2016-12", "2016-12"),
            1496
        )]
    );
    // Not read: the month's applicants by country (line 11, both
    // sentences), which the store keeps by country only from the reports'
    // tables.
    assert_eq!(not_read(DECEMBER_2016), [11, 11]);
}

/// In the wording of the 2017 overview in English: the caseload at the end
/// of the year stated after its number, a bound in the heading and the
/// actual backlog as a bound.
const OVERVIEW_EN_2017: &str = "Asylum statistics - survey of 2017

Fewer than 7,300 pending cases

At the end of 2016, the total caseload of the CGRS still amounted to 14,815 cases. Thanks to the work of the staff, the caseload was brought back to 7,279 cases at the end of 2017. As 4,500 cases are a normal caseload, the actual backlog amounts to less than 2,800 cases.

In 2017, the CGRS considered in 50.7 % of final decisions that the applicant needed protection. This concerns 9,931 decisions for 13,833 persons.
";

#[test]
fn the_english_2017_overview_gives_the_caseload_at_the_end_of_the_year() {
    assert_eq!(
        counts(OVERVIEW_EN_2017),
        [
            fact(
                "protection_rate",
                "published",
                "dossiers",
                ("2017-01", "2017-12"),
                507
            ),
            fact(
                "workload",
                "total",
                "dossiers",
                ("2017-12", "2017-12"),
                7279
            ),
        ]
    );
    // Not read: the bound in the heading (line 3), 2016's caseload (line
    // 5, another year's), the normal caseload and the bound of the backlog
    // (line 5, one sentence), the positive decisions (line 7, a part of the
    // year's decisions).
    assert_eq!(not_read(OVERVIEW_EN_2017), [3, 5, 5, 7]);
}

/// In the wording of the 2015 overview in English: applications registered
/// by the Immigration Office, and the rate of decisions on the substance.
const OVERVIEW_EN_2015: &str = "Asylum statistics - Survey 2015

The number of asylum applications filed in Belgium in 2015 doubled compared to the year before.

  • 1. 35,476 asylum applications in 2015

In 2015, the Immigration Office registered 35,476 asylum applications, an increase of 106.1 % compared to 2014.

  • 2. 60.7 % positive decisions

In 2015, the CGRS concluded in 60.7 % of its decisions on the substance that the applicant needed protection.
";

#[test]
fn the_english_2015_overview_is_read_like_its_dutch_twin() {
    let year = ("2015-01", "2015-12");
    assert_eq!(
        counts(OVERVIEW_EN_2015),
        [
            fact("applications", "registered", "files", year, 35476),
            fact("protection_rate", "published", "dossiers", year, 607),
        ]
    );
}

#[test]
fn a_figure_stated_as_a_bound_is_not_that_figure() {
    let page = "Asielstatistieken oktober 2023

In oktober 2023 registreerde de DVZ bijna 4.000 verzoekers om internationale bescherming.

In oktober 2023 nam het CGVS 1.631 beslissingen.
";
    assert_eq!(
        counts(page),
        [fact(
            "decisions",
            "total",
            "dossiers",
            ("2023-10", "2023-10"),
            1631
        )]
    );
    assert_eq!(not_read(page), [3]);
}
