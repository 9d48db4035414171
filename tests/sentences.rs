//! Each figure from its own sentence: ranks only from sentences that rank,
//! for the period they are about; overview figures in the wordings of
//! 2015–2023 in nl, fr and en; bounds ("minder dan", "less than") never
//! read as figures. The pages are written here in the site's wordings, with
//! the real pages' figures. Every sentence with a figure is either read
//! (asserted) or listed as not read with the reason.

mod common;

use asylq::source::read;

/// The figures a text states for Belgium as a whole (not by country).
fn counts(text: &str) -> Vec<common::FactRow> {
    let report = read(text).unwrap_or_else(|e| panic!("{e}"));
    let mut rows: Vec<_> = report
        .facts
        .iter()
        .filter(|f| f.country.is_none() && f.figure.words().0 != "rank")
        .map(|f| {
            let (m, t, u) = f.figure.words();
            let (start, end) = (f.start.to_string(), f.end.to_string());
            (m.into(), t.into(), u.into(), start, end, f.value)
        })
        .collect();
    rows.sort();
    rows
}

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
    // The month's applicants by country, from the same sentences, in the
    // unit and type of the page's registered applicants.
    assert_eq!(
        by_country(DECEMBER_2016),
        [
            ("Afghanistan".to_string(), 105, 11),
            ("Albanië".to_string(), 93, 11),
            ("Irak".to_string(), 96, 11),
            ("Syrië".to_string(), 253, 11),
            ("Turkije".to_string(), 175, 11),
            // The rest of the month's 1,496, derived.
            ("other".to_string(), 1496 - 722, 7),
        ]
    );
    assert!(not_read(DECEMBER_2016).is_empty());
}

/// The applicants by country a text states: registered applicants of the
/// month, in persons, each with its line (`other` derived, with the line
/// of the month's registered applicants).
fn by_country(text: &str) -> Vec<(String, i64, usize)> {
    let report = read(text).unwrap_or_else(|e| panic!("{e}"));
    let mut out: Vec<_> = report
        .facts
        .iter()
        .filter(|f| f.country.is_some() && f.figure.words().0 != "rank")
        .map(|f| {
            assert_eq!(f.figure.words(), ("applications", "registered", "persons"));
            assert_eq!((f.start, f.end), (report.month, report.month));
            (f.country.clone().unwrap(), f.value, f.provenance.line())
        })
        .collect();
    out.sort();
    out
}

/// In the wording of the 2022 pages: the first country with its count
/// after the verb, the others in brackets; the registered applicants given
/// only as first and subsequent, so known as the total less the resettled.
const JANUARY_2022: &str = "Asielstatistieken januari 2022

In januari 2022 dienden 2.208 personen een eerste verzoek in en 457 personen een volgend verzoek. Daarnaast werden 15 personen geregistreerd in het kader van hervestiging. Dat brengt het totaal aantal verzoekers in januari 2022 op 2.680.

Afghanistan staat in januari 2022 bovenaan de top 10 van de landen van herkomst met 536 verzoekers, gevolgd door Syrië (220), Palestina (202), Eritrea (122) en Guinee (89).
";

/// In the wording of the 2019 pages: three countries sharing one count.
const NOVEMBER_2019: &str = "Asylum statistics November 2019

In November 2019, the Immigration Office registered 2,452 applicants for international protection.

Afghanistan (372), El Salvador (242) and Syria (214) lead the top 10 of countries of origin in November 2019. Iran (80), Turkey, Guinea and Venezuela (69 each) complete the top 10.
";

#[test]
fn a_month_s_ranking_with_counts_gives_its_applicants_by_country() {
    let of = |v: &[(&str, i64, usize)]| -> Vec<(String, i64, usize)> {
        v.iter().map(|(c, n, l)| (c.to_string(), *n, *l)).collect()
    };
    assert_eq!(
        by_country(JANUARY_2022),
        of(&[
            ("Afghanistan", 536, 5),
            ("Eritrea", 122, 5),
            ("Guinee", 89, 5),
            ("Palestina", 202, 5),
            ("Syrië", 220, 5),
            ("other", 2680 - 15 - 1169, 3),
        ])
    );
    assert_eq!(
        by_country(NOVEMBER_2019),
        of(&[
            ("Afghanistan", 372, 5),
            ("El Salvador", 242, 5),
            ("Guinee", 69, 5),
            ("Iran", 80, 5),
            ("Syrië", 214, 5),
            ("Turkije", 69, 5),
            ("Venezuela", 69, 5),
            ("other", 2452 - 1115, 3),
        ])
    );
    assert!(not_read(NOVEMBER_2019).is_empty());
    // Shares are not counts: the sentence stays listed as not read.
    let shares = NOVEMBER_2019.replace("(372)", "(15,2 %)");
    assert_eq!(by_country(&shares).len(), 7);
    assert_eq!(not_read(&shares), [5]);
}

#[test]
fn countries_ranked_with_more_applicants_than_the_month_s_fail_a_check() {
    let page = NOVEMBER_2019.replace("2,452", "452");
    let report = read(&page).unwrap_or_else(|e| panic!("{e}"));
    let failed: Vec<_> = report
        .failures
        .iter()
        .map(|f| (f.line, f.printed, f.computed))
        .collect();
    assert_eq!(failed, [(5, 452, 372 + 242 + 214 + 80 + 3 * 69)]);
    assert!(read(NOVEMBER_2019).unwrap().failures.is_empty());
}

/// In the wordings of the 2016 pages: a count beside its share, a count
/// in the piece before its country, and one in the piece after it.
#[test]
fn a_count_beside_its_share_or_next_to_its_country_is_read() {
    let page = |ranking: &str| {
        format!(
            "Asylum statistics October 2016\n\nIn October 2016, the Immigration Office registered 1,705 asylum applicants in Belgium.\n\n{ranking}\n"
        )
    };
    let before = page("With 253 applicants, or 15.4 % of the October total, Syria remained the main country of origin, followed by Turkey (175 applicants, 10.3 %).");
    assert_eq!(
        by_country(&before),
        [
            ("Syrië".to_string(), 253, 5),
            ("Turkije".to_string(), 175, 5),
            ("other".to_string(), 1705 - 253 - 175, 3),
        ]
    );
    let inside = page("Syria remained the main country of origin with 243 applications (15.1 % of the total), followed by Albania (130 applications, 8.1 %).");
    assert_eq!(
        by_country(&inside)[..2],
        [
            ("Albanië".to_string(), 130, 5),
            ("Syrië".to_string(), 243, 5)
        ]
    );
    let after = page("Syria was the main country of origin of asylum seekers in October 2016, with 260 applications (16.5 % of the total), followed by Afghanistan (146 applications, 9.2 %).");
    assert_eq!(
        by_country(&after)[..2],
        [
            ("Afghanistan".to_string(), 146, 5),
            ("Syrië".to_string(), 260, 5)
        ]
    );
    // Only shares: no count, and the sentence is listed as not read.
    let shares =
        page("Syria (15.4 %) remained the main country of origin, followed by Turkey (10.3 %).");
    assert!(by_country(&shares).is_empty());
    assert_eq!(not_read(&shares), [5]);
}
