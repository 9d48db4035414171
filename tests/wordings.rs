//! The real wordings of every era that the readers must take, each in a page
//! written in that wording (figures of the real pages): the 2021 overview's
//! resettlement and its sentence about September, the 2011 overview's
//! decisions, the 2015 overview in applications (files), the 2025 pages'
//! "beschermingsgraad", a December page titled as the year's overview, and a
//! German page refused as German.

mod common;

use asylq::source::read;
use common::read_facts as facts;

fn fact(
    m: &str,
    t: &str,
    u: &str,
    s: &str,
    e: &str,
    v: i64,
) -> (String, String, String, String, String, i64) {
    (m.into(), t.into(), u.into(), s.into(), e.into(), v)
}

/// A fact over the whole of `y`.
fn year(
    m: &str,
    t: &str,
    u: &str,
    y: i32,
    v: i64,
) -> (String, String, String, String, String, i64) {
    fact(m, t, u, &format!("{y}-01"), &format!("{y}-12"), v)
}

/// In the wording of the 2021 overview: resettlement named in English, and a
/// sentence about September's resettled after the peak month.
const OVERVIEW_2021: &str = "Asielstatistieken - bilan 2021 (10 januari 2022)

Het CGVS heeft de asielcijfers van 2021 gepubliceerd.

In 2021 hebben 25.971 personen een verzoek om internationale bescherming ingediend bij de DVZ. Onder hen zijn 949 personen die via resettlement naar België kwamen.

In september lag het aantal verzoekers het hoogst (3.326). In diezelfde maand kwamen daarnaast 237 personen via hervestiging naar België.
";

#[test]
fn an_overview_s_resettlement_is_the_year_s_never_a_month_s() {
    assert_eq!(
        facts(OVERVIEW_2021),
        [
            year("applications", "registered", "persons", 2021, 25022),
            year("applications", "resettlement", "persons", 2021, 949),
        ]
    );
    // Without the year's sentence, September's 237 is not taken for the year.
    let without = OVERVIEW_2021.replace(
        " Onder hen zijn 949 personen die via resettlement naar België kwamen.",
        "",
    );
    assert_eq!(
        facts(&without),
        [year("applications", "registered", "persons", 2021, 25971)]
    );
}

/// In the wording of the overviews up to 2015: applications (files), the
/// decisions after the year.
const OVERVIEW_2011: &str = "Overzicht asielstatistieken 2011

Meer asielaanvragen

In 2011 werden 25.479 asielaanvragen ingediend, ruim een kwart meer dan in 2010.

Meer beslissingen

Het CGVS nam in 2011 16.828 beslissingen, fors meer dan een jaar eerder.
";

#[test]
fn an_overview_of_the_files_era_gives_its_applications_in_files_and_its_decisions() {
    assert_eq!(
        facts(OVERVIEW_2011),
        [
            year("applications", "registered", "files", 2011, 25479),
            year("decisions", "total", "dossiers", 2011, 16828),
        ]
    );
}

/// In the wording of the 2015 overview: a heading line, then the year's
/// applications with a space between the thousands.
const OVERVIEW_2015: &str = "Asielstatistieken – overzicht 2015

Een jaar met dubbel zoveel aanvragen als het jaar ervoor.

  • 1. 35 476 asielaanvragen in 2015

In 2015 registreerde de DVZ in totaal 35 476 asielaanvragen, ruim het dubbele van 2014.

  • 2. 60,7 % positieve beslissingen

In 2015 besliste het CGVS in 60,7 % van de beslissingen ten gronde dat bescherming nodig was.
";

#[test]
fn the_2015_overview_is_read_in_files() {
    assert_eq!(
        facts(OVERVIEW_2015),
        [
            year("applications", "registered", "files", 2015, 35476),
            year("protection_rate", "published", "dossiers", 2015, 607),
        ]
    );
}

#[test]
fn the_2025_pages_state_the_rate_as_beschermingsgraad() {
    let page = "Asielstatistieken januari 2025

Het CGVS heeft de asielcijfers van januari 2025 gepubliceerd.

In januari 2025 registreerde de DVZ 2.741 verzoekers om internationale bescherming.

In januari 2025 nam het CGVS 2.866 beslissingen, met betrekking op 3.520 personen. In januari 2025 bedroeg de beschermingsgraad 38,7%.
";
    let rate: Vec<_> = facts(page)
        .into_iter()
        .filter(|f| f.0 == "protection_rate")
        .collect();
    assert_eq!(
        rate,
        [fact(
            "protection_rate",
            "published",
            "dossiers",
            "2025-01",
            "2025-01",
            387
        )]
    );
}

/// In the wording of the English December page of 2014, titled as the
/// year's overview.
const DECEMBER_2014: &str = "Overview asylum statistics 2014

The CGRS published its asylum figures for December 2014.

  • In December 2014, 1,645 asylum applications were filed, more than in November 2014.
  • Of these, 601 (36.5 %) of the 1,645 asylum applications lodged in December are multiple applications.
  • That month the total number of decisions taken by the CGRS amounted to 1,954.
  • In December 2014 the protection rate was 57.9 %.
  • Over the whole of 2014 the rate of protection was 46.8 %.
  • At the end of December, the CGRS had a total workload of 5,565 cases. Of these, 3,900 cases can be considered a normal workload. The actual workload consists of 1,665 cases.
";

#[test]
fn a_december_page_titled_as_the_year_s_overview_gives_december_and_the_year() {
    let all = facts(DECEMBER_2014);
    let december: Vec<_> = all.iter().filter(|f| f.3 == "2014-12").collect();
    let whole_year: Vec<_> = all.iter().filter(|f| f.3 == "2014-01").collect();
    assert_eq!(
        whole_year,
        [&year("protection_rate", "published", "dossiers", 2014, 468)]
    );
    let m = |m: &str, t: &str, v: i64| fact(m, t, "dossiers", "2014-12", "2014-12", v);
    let files = |t: &str, v: i64| fact("applications", t, "files", "2014-12", "2014-12", v);
    assert_eq!(
        december,
        [
            &files("first", 1044),
            &files("subsequent", 601),
            &m("decisions", "total", 1954),
            &m("protection_rate", "published", 579),
            &m("workload", "backlog", 1665),
            &m("workload", "normal", 3900),
            &m("workload", "total", 5565),
        ]
    );
}

#[test]
fn a_german_page_is_refused_as_german() {
    // Its Dutch-looking words ("die", "Personen", "werden") outnumber the
    // plainly German ones.
    let german = "Asylstatistik Oktober 2019

Das CGRS hat die Asylzahlen für Oktober 2019 veröffentlicht.

Im Oktober 2019 registrierte das Ausländeramt 2.929 Personen, die einen Antrag auf internationalen Schutz stellten. Alle Personen werden einzeln gezählt, auch die Kinder.

Im Oktober 2019 traf das CGRS 1.631 Entscheidungen für 2.020 Personen. Die Schutzquote lag bei 32,2 %.

Ende Oktober 2019 betrug die Arbeitslast 9.907 Dossiers (12.603 Personen).
";
    assert_eq!(
        read(german).unwrap_err().to_string(),
        "a text in another language (it looks German): asylq reads the CGVS pages in Dutch, French and English"
    );
}

#[test]
fn the_2015_overview_in_french_and_an_english_one_in_applications_are_read() {
    let french = "Statistiques d’asile – bilan 2015

Une année où les demandes ont doublé.

  • 1. 35.476 demandes d’asile en 2015

L’Office des étrangers (OE) a enregistré 35.476 demandes d’asile en 2015, plus du double de 2014.
";
    assert_eq!(
        facts(french),
        [year("applications", "registered", "files", 2015, 35476)]
    );
    let english = "Asylum statistics - survey 2014

In 2014, 17,213 asylum applications were filed in Belgium, a decrease of 19.8 % compared to 2013.
";
    assert_eq!(
        facts(english),
        [year("applications", "registered", "files", 2014, 17213)]
    );
}

#[test]
fn a_french_overview_of_2017_gives_its_decisions_rate_and_year_end_workload() {
    let overview = "Statistiques d’asile – bilan 2017

En 2017, ce sont 19.688 personnes qui ont introduit une demande de protection internationale auprès de l’Office des étrangers.

En 2017, le CGRA a pris 20.568 décisions concernant 26.623 personnes.

Protection

En 2017, dans 50,7 % des cas, la demande de protection a reçu un avis favorable.

En avril 2016, l’arriéré atteignait 18.400 dossiers. Après une année de travail, l’arriéré fin 2017 comptait 7.279 dossiers.
";
    let all = facts(overview);
    assert_eq!(
        all,
        [
            year("applications", "registered", "persons", 2017, 19688),
            year("decisions", "total", "dossiers", 2017, 20568),
            year("decisions", "total", "persons", 2017, 26623),
            year("protection_rate", "published", "dossiers", 2017, 507),
            fact("workload", "total", "dossiers", "2017-12", "2017-12", 7279),
        ]
    );
}

#[test]
fn a_rate_over_persons_is_stored_over_persons_in_each_language() {
    let cases = [
        "Asylum statistics - survey of 2016\n\nIn 2016, the protection rate was 57.7 %, on the total of persons with a final decision.\n",
        "Statistiques d’asile – bilan 2016\n\nEn 2016, le taux de protection s’élevait à 57,7 %, sur le total des personnes ayant reçu une décision finale.\n",
        "Asielstatistieken – overzicht 2016\n\nHet beschermingspercentage van het CGVS bedroeg in 2016 57,7 %, op het totaal van de personen met een eindbeslissing.\n",
    ];
    for overview in cases {
        assert_eq!(
            facts(overview),
            [year("protection_rate", "published", "persons", 2016, 577)],
            "{overview}"
        );
    }
}

/// The countries a text ranks, in order.
fn ranked(text: &str) -> Vec<String> {
    let report = read(text).unwrap_or_else(|e| panic!("{e}"));
    let mut out: Vec<(i64, String)> = report
        .facts
        .iter()
        .filter(|f| f.figure.words().0 == "rank")
        .map(|f| (f.value, f.country.clone().unwrap()))
        .collect();
    out.sort();
    out.into_iter().map(|(_, c)| c).collect()
}

/// In the wording of the English overviews of 2018 and 2020: applicants who
/// "filed an application", the year's countries as those "most persons
/// came from", decisions and a rate over final decisions.
#[test]
fn an_english_overview_of_persons_who_filed_an_application_is_read() {
    let overview = "Asylum statistics – survey of 2018

In 2018, 23,443 persons filed an application for international protection at the Immigration Office.

Most persons who applied for international protection in Belgium in 2018 came from Syria, Palestine, Afghanistan and Iraq.

In 2018, the CGRS took 16,545 decisions concerning 21,159 persons.

In 2018, the CGRS considered in 49.1 % of its final decisions that the applicant needed protection.
";
    assert_eq!(
        facts(overview),
        [
            year("applications", "registered", "persons", 2018, 23443),
            year("decisions", "total", "dossiers", 2018, 16545),
            year("decisions", "total", "persons", 2018, 21159),
            year("protection_rate", "published", "dossiers", 2018, 491),
        ]
    );
    assert_eq!(
        ranked(overview),
        ["Syrië", "Palestina", "Afghanistan", "Irak"]
    );
}

/// In the wording of the 2021–2023 English overviews: applicants who
/// "submitted an application", their resettled, and sentences that are not
/// the year's total or subsequent applications: the unaccompanied minors
/// the Immigration Office registered, and one country's subsequent ones.
#[test]
fn a_count_of_minors_or_of_one_country_is_never_the_year_s_figure() {
    let overview = "Asylum statistics 2021: a survey

In 2021, the Immigration Office registered 2,870 applicants for international protection who declared to be unaccompanied foreign minors.

In 2021, 25,971 persons submitted an application for international protection to the Immigration Office. This includes 949 persons who came to Belgium by way of resettlement.

In 2021, the main countries of origin of the applicants were Afghanistan, Syria, Palestine, Eritrea and Somalia.

Afghanistan is clearly first, with 6,506 applicants in 2021, including 1,352 who filed a subsequent application (20.8 %).
";
    assert_eq!(
        facts(overview),
        [
            year("applications", "registered", "persons", 2021, 25022),
            year("applications", "resettlement", "persons", 2021, 949),
        ]
    );
    assert_eq!(
        ranked(overview),
        ["Afghanistan", "Syrië", "Palestina", "Eritrea", "Somalië"]
    );
    let french = "Statistiques décembre : bilan 2024

En 2024, l’OE a enregistré 2.345 demandeurs de protection internationale se déclarant mineurs étrangers non accompagnés (MENA).

En 2024, ce sont 39.615 personnes qui ont introduit une demande de protection internationale auprès de l’Office des étrangers (OE).
";
    assert_eq!(
        facts(french),
        [year("applications", "registered", "persons", 2024, 39615)]
    );
}

/// The Dutch overviews of 2015, 2018 and 2019 and the English one of 2019
/// rank their countries without a "top 10": "vervolledigt de top drie",
/// "de meeste personen … waren afkomstig uit", "mainly filed by persons
/// from"; a later sentence on the first country alone changes nothing.
#[test]
fn the_year_s_countries_are_ranked_in_the_wordings_of_2015_to_2019() {
    let nl_2015 = "Asielstatistieken – overzicht 2015

In 2015 registreerde de Dienst Vreemdelingenzaken (DVZ) 35.476 asielaanvragen.

In 2015 kwam 21,8 % van de asielzoekers uit Irak, 21,3 % uit Syrië en Afghanistan vervolledigt met 20 % de top drie.
";
    assert_eq!(ranked(nl_2015), ["Irak", "Syrië", "Afghanistan"]);
    let nl_2019 = "Asielstatistieken – overzicht 2019

In 2019 dienden 27.742 personen een verzoek om internationale bescherming in bij de Dienst Vreemdelingenzaken (DVZ).

De meeste personen die in 2019 een verzoek indienden, waren afkomstig uit Afghanistan, Syrië, Palestina, Irak en El Salvador.
";
    assert_eq!(
        ranked(nl_2019),
        ["Afghanistan", "Syrië", "Palestina", "Irak", "El Salvador"]
    );
    let en_2019 = "Asylum statistics – survey of 2019

In 2019, 27,742 persons applied for international protection at the Immigration Office.

In 2019, applications in Belgium were mainly filed by persons from Afghanistan, Syria, Palestine, Iraq and El Salvador.

In 2019, Afghanistan was the main country of origin of applicants in Belgium.
";
    assert_eq!(
        ranked(en_2019),
        ["Afghanistan", "Syrië", "Palestina", "Irak", "El Salvador"]
    );
}

/// The French overview of 2017 states its normal workload as a reserve
/// "considered normal"; a Dutch rate "in comparison with the total number
/// of persons" with a final decision is over persons, and is the rate, not
/// its first part.
#[test]
fn a_normal_reserve_and_a_rate_over_all_persons_are_read() {
    let french = "Statistiques d’asile – bilan 2017

La réserve de travail a été ramenée fin 2017 à 7.279 dossiers. Avec 4.500 dossiers, une réserve de travail peut être considérée comme normale.
";
    assert_eq!(
        facts(french),
        [
            fact("workload", "normal", "dossiers", "2017-12", "2017-12", 4500),
            fact("workload", "total", "dossiers", "2017-12", "2017-12", 7279),
        ]
    );
    let dutch = "Asielstatistieken – overzicht 2016

In 2016 bedroeg het beschermingspercentage, namelijk de vluchtelingenstatus (45,8 procent) en de subsidiaire bescherming (11,9 procent) samen, in vergelijking met het totale aantal personen met een eindbeslissing 57,7 procent.
";
    assert_eq!(
        facts(dutch),
        [year("protection_rate", "published", "persons", 2016, 577)]
    );
}
