//! Eurostat's downloads read by their content: the dissemination API's TSV
//! and the old bulk TSV (a real file of 2017), gzip or not, SDMX-CSV 1.0 and
//! 2.0; the dataset from the file's structure, its name or `--dataset`; and
//! refusals that say what and where, also for mutations of good files (a
//! letter inside a figure, a cell or a code lost, a period misspelt).

mod common;

use asylq::eurostat::{read, EurostatError, Format, Observation, Table};
use asylq::model::month::Month;
use asylq::model::period::Period;
use common::asylq_on;
use std::io::Write;

const API_TSV: &str = include_str!("eurostat/migr_asyappctzm.tsv");
const SDMX_1: &str = include_str!("eurostat/migr_asyappctzm.csv");
const SDMX_2: &str = include_str!("eurostat/estat_migr_asyappctzm_sdmx2.csv");
const DECISIONS: &str = include_str!("eurostat/migr_asydcfstq.tsv");
/// The Data Browser's SDMX-CSV 2.0 "with labels" of the annual dataset, in
/// its layout (a column of labels after each column of codes); the figures
/// are the fixture's own.
const LABELS: &str = include_str!("eurostat/estat_migr_asyappctza_labels.csv");
/// A real file of Eurostat's old bulk download (table tps00190, persons
/// pending at the end of each month, 2016-02 to 2017-01; reuse allowed with
/// the source named: Eurostat).
const BULK: &str = include_str!("eurostat/tps00190.tsv");

fn month(text: &str) -> Period {
    Period::Month(Month::parse(text).unwrap())
}

fn gzip(text: &str) -> Vec<u8> {
    let mut out = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    out.write_all(text.as_bytes()).unwrap();
    out.finish().unwrap()
}

/// The observation of a series (its codes joined by commas) in a period.
fn cell<'a>(table: &'a Table, key: &str, period: Period) -> &'a Observation {
    table
        .observations
        .iter()
        .find(|o| o.key.join(",") == key && o.period == period)
        .unwrap_or_else(|| panic!("no {key} in {period}"))
}

fn error(name: &str, text: &str) -> (EurostatError, String) {
    let e = read(name, text.as_bytes(), None).unwrap_err();
    let text = e.to_string();
    (e, text)
}

#[test]
fn the_api_tsv_gives_each_cell_its_period_value_and_flags() {
    let table = read("migr_asyappctzm.tsv", API_TSV.as_bytes(), None).unwrap();
    assert_eq!(table.head.dataset.code, "migr_asyappctzm");
    assert_eq!(table.head.format, Format::ApiTsv);
    assert_eq!(
        table.head.dimensions,
        ["freq", "unit", "citizen", "sex", "age", "applicant", "geo"]
    );
    // 18 cells: `:` and `: c` kept, without a value.
    assert_eq!(table.observations.len(), 18);
    let be = cell(&table, "M,PER,AF,T,TOTAL,ASY_APP,BE", month("2023-10"));
    assert_eq!((be.value, be.flags.as_str(), be.line), (Some(405), "", 2));
    let de = cell(&table, "M,PER,AF,T,TOTAL,ASY_APP,DE", month("2023-10"));
    assert_eq!((de.value, de.flags.as_str()), (Some(12850), "p"));
    let nl = cell(&table, "M,PER,SY,T,TOTAL,ASY_APP,NL", month("2023-11"));
    assert_eq!((nl.value, nl.flags.as_str()), (None, "c"));
    let de = cell(&table, "M,PER,AF,T,TOTAL,ASY_APP,DE", month("2023-11"));
    assert_eq!((de.value, de.flags.as_str()), (None, ""));
    assert_eq!(table.head.dimension("geo"), Some(6));
}

#[test]
fn the_old_bulk_tsv_reads_as_the_dataset_its_table_comes_from() {
    let table = read("tps00190.tsv", BULK.as_bytes(), None).unwrap();
    assert_eq!(table.head.dataset.code, "migr_asypenctzm");
    assert_eq!(table.head.format, Format::BulkTsv);
    assert_eq!(
        table.head.dimensions,
        ["citizen", "sex", "age", "unit", "geo"]
    );
    let be = cell(&table, "EXT_EU28,T,TOTAL,PER,BE", month("2016-02"));
    assert_eq!(be.value, Some(35785));
    let eu = cell(&table, "EXT_EU28,T,TOTAL,PER,EU28", month("2016-10"));
    assert_eq!((eu.value, eu.flags.as_str()), (Some(1177735), "d"));
    // A `:` is a cell without a value, never left out.
    let at = cell(&table, "EXT_EU28,T,TOTAL,PER,AT", month("2017-01"));
    assert_eq!(at.value, None);
    let series = BULK.lines().count() - 1;
    assert_eq!(table.observations.len(), series * 12);
}

#[test]
fn gzip_is_told_by_its_first_bytes_and_reads_the_same() {
    let plain = read("migr_asyappctzm.tsv", API_TSV.as_bytes(), None).unwrap();
    let packed = read("migr_asyappctzm.tsv.gz", &gzip(API_TSV), None).unwrap();
    assert_eq!(packed.observations, plain.observations);
    // Named .gz but plain, and the other way round: the bytes decide.
    let named_plain = read("migr_asyappctzm.tsv.gz", API_TSV.as_bytes(), None).unwrap();
    assert_eq!(named_plain.observations, plain.observations);
    let broken = &gzip(API_TSV)[..40];
    assert!(matches!(
        read("migr_asyappctzm.tsv.gz", broken, None),
        Err(EurostatError::Gzip { .. })
    ));
}

#[test]
fn sdmx_csv_1_and_2_give_the_observations_the_tsv_gives() {
    let tsv = read("migr_asyappctzm.tsv", API_TSV.as_bytes(), None).unwrap();
    for (name, text, format) in [
        ("data.csv", SDMX_1, Format::SdmxCsv1),
        ("data.csv", SDMX_2, Format::SdmxCsv2),
    ] {
        let table = read(name, text.as_bytes(), None).unwrap();
        assert_eq!(table.head.dataset.code, "migr_asyappctzm", "{format:?}");
        assert_eq!(table.head.format, format);
        assert_eq!(table.head.dimensions, tsv.head.dimensions, "{format:?}");
        let strip = |t: &Table| -> Vec<(Vec<String>, Period, Option<i64>, String)> {
            let mut v: Vec<_> = t
                .observations
                .iter()
                .map(|o| (o.key.clone(), o.period, o.value, o.flags.clone()))
                .collect();
            v.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
            v
        };
        // SDMX-CSV leaves out an observation the TSV gives as a bare `:`.
        let given = |v: Vec<(Vec<String>, Period, Option<i64>, String)>| -> Vec<_> {
            v.into_iter()
                .filter(|o| o.2.is_some() || !o.3.is_empty())
                .collect()
        };
        assert_eq!(given(strip(&table)), given(strip(&tsv)), "{format:?}");
    }
    let one = read("data.csv", SDMX_1.as_bytes(), None).unwrap();
    assert_eq!(one.head.last_update.as_deref(), Some("05/12/23 23:00:00"));
    let packed = read("data.csv.gz", &gzip(SDMX_2), None).unwrap();
    assert_eq!(packed.observations.len(), 17);
}

/// A download "with labels" is read by its columns of codes; the labels
/// beside them, in whatever language, are passed over.
#[test]
fn sdmx_csv_2_with_labels_of_the_annual_dataset_is_read_by_its_codes() {
    let table = read("estat_migr_asyappctza_labels.csv", LABELS.as_bytes(), None).unwrap();
    assert_eq!(table.head.dataset.code, "migr_asyappctza");
    assert_eq!(table.head.format, Format::SdmxCsv2);
    assert_eq!(
        table.head.dimensions,
        ["freq", "unit", "citizen", "sex", "age", "applicant", "geo"]
    );
    assert_eq!(table.observations.len(), 6);
    let year = |y: i32| Period::Year(y);
    assert_eq!(
        cell(&table, "A,PER,TOTAL,T,TOTAL,ASY_APP,BE", year(2023)).value,
        Some(35505)
    );
    assert_eq!(
        cell(&table, "A,PER,SY,T,TOTAL,ASY_APP,BE", year(2022)).value,
        Some(3870)
    );
    // An empty value is a figure not available: kept, without a value.
    assert_eq!(
        cell(&table, "A,PER,TOTAL,T,TOTAL,ASY_APP,NL", year(2023)).value,
        None
    );
    // French labels are labels too.
    let french = LABELS
        .replace(
            "Geopolitical entity (reporting)",
            "Entité géopolitique (déclarante)",
        )
        .replace(",Belgium,", ",Belgique,");
    let table = read("estat_migr_asyappctza_labels.csv", french.as_bytes(), None).unwrap();
    assert_eq!(
        cell(&table, "A,PER,TOTAL,T,TOTAL,ASY_APP,BE", year(2023)).value,
        Some(35505)
    );
}

/// A column of labels lost from a download with labels puts a label where
/// a code should be: refused, naming it, never read as a dimension.
#[test]
fn a_download_with_labels_that_lost_a_column_is_refused() {
    let lost: String = LABELS
        .lines()
        .map(|l| {
            let mut r = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(l.as_bytes());
            let record = r.records().next().unwrap().unwrap();
            let cells: Vec<String> = record
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != 4)
                .map(|(_, c)| {
                    if c.contains(',') {
                        format!("\"{c}\"")
                    } else {
                        c.to_string()
                    }
                })
                .collect();
            cells.join(",") + "\n"
        })
        .collect();
    let (e, text) = error("estat_migr_asyappctza_labels.csv", &lost);
    assert!(matches!(e, EurostatError::Header { line: 1, .. }), "{text}");
    assert!(
        text.contains("a download with labels has a column of labels beside each column of codes, and Unit of measure stands where a code column should"),
        "{text}"
    );
}

#[test]
fn quarters_and_outcomes_of_first_instance_decisions() {
    let table = read("estat_migr_asydcfstq.tsv", DECISIONS.as_bytes(), None).unwrap();
    assert_eq!(table.head.dataset.code, "migr_asydcfstq");
    let q2 = Period::of_length(Month::new(2023, 4).unwrap(), 3);
    assert_eq!(
        cell(&table, "Q,PER,SY,T,TOTAL,TOTAL_POS,BE", q2).value,
        Some(1030)
    );
    // Zero is a figure, unlike `:`.
    assert_eq!(
        cell(&table, "Q,PER,SY,T,TOTAL,HUMSTAT,BE", q2).value,
        Some(0)
    );
    let old = DECISIONS
        .replace("geo\\TIME_PERIOD", "geo\\time")
        .replace("2023-Q", "2023Q");
    let old = read("migr_asydcfstq.tsv", old.as_bytes(), None).unwrap();
    assert_eq!(old.head.format, Format::BulkTsv);
    assert_eq!(old.observations, table.observations);
}

#[test]
fn a_tsv_names_its_dataset_in_its_file_name_or_with_dataset() {
    let (e, text) = error("asylum.tsv", API_TSV);
    assert_eq!(
        e,
        EurostatError::NoDataset {
            name: "asylum.tsv".into()
        }
    );
    assert_eq!(
        text,
        "asylum.tsv is a Eurostat TSV, which names no dataset: name the file as Eurostat does (migr_asyappctzm.tsv.gz) or give --dataset CODE, one of migr_asyappctzm, migr_asyappctza, migr_asydcfstq, migr_asydcfsta, migr_asypenctzm, migr_asydcfina, demo_pjan, tps00190, tps00001"
    );
    let given = read("asylum.tsv", API_TSV.as_bytes(), Some("MIGR_ASYAPPCTZM")).unwrap();
    assert_eq!(given.head.dataset.code, "migr_asyappctzm");
    let (_, text) = error("migr_asyunaa.tsv", API_TSV);
    assert!(text.starts_with("migr_asyunaa.tsv is a Eurostat TSV, which names no dataset"));
    let other = SDMX_1.replace("MIGR_ASYAPPCTZM", "MIGR_ASYUNAA");
    let (e, text) = error("data.csv", &other);
    assert_eq!(
        e,
        EurostatError::UnknownDataset {
            code: "MIGR_ASYUNAA".into()
        }
    );
    assert_eq!(
        text,
        "asylq does not read the Eurostat dataset MIGR_ASYUNAA; it reads migr_asyappctzm, migr_asyappctza, migr_asydcfstq, migr_asydcfsta, migr_asypenctzm, migr_asydcfina, demo_pjan, tps00190, tps00001"
    );
}

#[test]
fn a_text_that_is_no_eurostat_download_is_refused_saying_what_it_looks_like() {
    let (e, text) = error(
        "migr_asyappctzm.tsv",
        "Asielstatistieken november 2023\n\nIn november ...\n",
    );
    assert_eq!(
        e,
        EurostatError::NotEurostat {
            first_line: "Asielstatistieken november 2023".into()
        }
    );
    assert!(text.starts_with(
        "this is not a Eurostat download: its first line reads `Asielstatistieken november 2023`"
    ));
    assert_eq!(error("x.tsv", "").0, EurostatError::Empty);
    // The header's backslash lost: no longer a Eurostat TSV.
    let lost = API_TSV.replacen("geo\\TIME_PERIOD", "geoTIME_PERIOD", 1);
    assert!(matches!(
        error("migr_asyappctzm.tsv", &lost).0,
        EurostatError::NotEurostat { .. }
    ));
}

/// Garbled copies of good files, as text extraction and hand edits make
/// them: each is refused at its line and column, and says what it found.
#[test]
fn mutations_of_a_good_file_are_refused_where_they_are() {
    let name = "migr_asyappctzm.tsv";
    // A letter inside a figure (line 3: `12850 p` becomes `128S0 p`).
    let letter = API_TSV.replacen("12850 p", "128S0 p", 1);
    let (e, text) = error(name, &letter);
    assert_eq!(
        e,
        EurostatError::Cell {
            line: 3,
            column: 36,
            text: "128S0 p".into(),
            problem: asylq::eurostat::CellProblem::Value,
        }
    );
    assert_eq!(
        text,
        "line 3, column 36: `128S0 p` is not a figure (a whole number, or `:` for none, then its flags)"
    );
    // A flag that is no letter.
    let flag = API_TSV.replacen("3230 e", "3230 3", 1);
    assert_eq!(
        error(name, &flag).1,
        "line 6, column 44: `3230 3` has flags that are not Eurostat's letters (b, c, d, e, f, n, p, r, s, u, z)"
    );
    // A cell lost (its tab deleted).
    let lost = API_TSV.replacen("405 \t330 ", "405 330 ", 1);
    assert_eq!(
        error(name, &lost).1,
        "line 2 has 2 cells where the header has 3"
    );
    // A code of the key lost.
    let key = API_TSV.replacen("M,PER,AF,T,TOTAL,NASY_APP,BE", "M,PER,AF,T,NASY_APP,BE", 1);
    assert_eq!(
        error(name, &key).1,
        "line 4: the series key has 6 codes, and the header names 7 dimensions"
    );
    // A period misspelt in the header.
    let period = API_TSV.replacen("2023-10 ", "2023-1O ", 1);
    assert_eq!(
        error(name, &period).1,
        "line 1, column 62: `2023-1O` is not a period as Eurostat writes them (2023-01, 2023M01, 2023-Q1, 2023Q1, 2023)"
    );
    let month = BULK.replacen("2016M12", "2016M13", 1);
    assert!(matches!(
        error("tps00190.tsv", &month).0,
        EurostatError::Period { line: 1, .. }
    ));
    // In SDMX-CSV: a letter in OBS_VALUE, at its column.
    let sdmx = SDMX_1.replacen(",BE,2023-10,405,", ",BE,2023-10,4O5,", 1);
    assert_eq!(
        error("data.csv", &sdmx).1,
        "line 3, column 82: `4O5` is not a figure (a whole number, or `:` for none, then its flags)"
    );
    let no_value = SDMX_1.replacen("OBS_VALUE", "OBS_VALEU", 1);
    assert_eq!(
        error("data.csv", &no_value).1,
        "line 1: the header has no column OBS_VALUE"
    );
}

/// Each cell as a figure of the model; a code asylq cannot place is
/// reported with its figures and first line, never dropped.
#[test]
fn observations_become_figures_of_the_model_and_strange_codes_are_reported() {
    use asylq::eurostat::codes::Citizen;
    use asylq::eurostat::facts::{figures, Unplaced};
    let table = read("migr_asyappctzm.tsv", API_TSV.as_bytes(), None).unwrap();
    let (placed, unplaced) = figures(&table).unwrap();
    assert!(unplaced.is_empty(), "{unplaced:?}");
    assert_eq!(placed.len(), 18);
    let first = placed
        .iter()
        .find(|f| f.key.kind == "first" && f.period == month("2023-11"))
        .unwrap();
    assert_eq!(
        (
            first.key.measure,
            first.key.geo,
            first.key.citizen,
            first.key.sex,
            first.key.age.as_str(),
            first.value
        ),
        (
            "applications",
            "BE",
            Some(Citizen::Country("Afghanistan")),
            "T",
            "TOTAL",
            Some(230)
        )
    );
    let eu = placed.iter().find(|f| f.key.geo == "EU27_2020").unwrap();
    assert_eq!(eu.key.citizen, Some(Citizen::Group("TOTAL")));

    let decisions = read("migr_asydcfstq.tsv", DECISIONS.as_bytes(), None).unwrap();
    let (placed, _) = figures(&decisions).unwrap();
    let kinds: Vec<&str> = placed
        .iter()
        .take(7 * 3)
        .step_by(3)
        .map(|f| f.key.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            "total",
            "positive",
            "rejected",
            "refugee_status",
            "subsidiary_protection",
            "humanitarian",
            "temporary_protection"
        ]
    );

    let pending = read("tps00190.tsv", BULK.as_bytes(), None).unwrap();
    let (placed, unplaced) = figures(&pending).unwrap();
    assert!(unplaced.is_empty(), "{unplaced:?}");
    assert!(placed
        .iter()
        .all(|f| f.key.measure == "pending" && f.key.citizen == Some(Citizen::Group("EXT_EU28"))));

    let strange = API_TSV
        .replace("M,PER,AF,T,TOTAL,ASY_APP,DE", "M,PER,AF,T,TOTAL,ASY_APP,DX")
        .replace("M,PER,SY,T,TOTAL,ASY_APP,NL", "M,PER,QQ,T,TOTAL,ASY_APP,NL");
    let table = read("migr_asyappctzm.tsv", strange.as_bytes(), None).unwrap();
    let (placed, unplaced) = figures(&table).unwrap();
    assert_eq!(placed.len(), 18 - 3 - 3);
    assert_eq!(
        unplaced,
        [
            Unplaced {
                dimension: "geo".into(),
                code: "DX".into(),
                figures: 3,
                line: 3
            },
            Unplaced {
                dimension: "citizen".into(),
                code: "QQ".into(),
                figures: 3,
                line: 5
            },
        ]
    );
    let no_geo = API_TSV.replacen("applicant,geo\\TIME", "applicant,land\\TIME", 1);
    let table = read("migr_asyappctzm.tsv", no_geo.as_bytes(), None).unwrap();
    assert_eq!(
        figures(&table).unwrap_err().to_string(),
        "line 1: the header has no dimension `geo`, which migr_asyappctzm has"
    );
}

/// `load` tells a Eurostat download by its content and keeps it as an
/// edition of its dataset: its figures with their flags, the newest edition
/// of each figure current (by the last update Eurostat states, an edition
/// that states one before one that does not, then by digest: never by the
/// order of loading); the same download twice changes nothing, a code
/// asylq cannot place is said with its figures, and a garbled download
/// stores nothing.
#[test]
fn load_keeps_each_download_as_an_edition_of_its_dataset() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store.duckdb");
    let run = |args: &[&str]| asylq_on(&store, args);
    let file = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path.display().to_string()
    };
    // Other figures in a gzip TSV, which states no last update, loaded
    // first: Belgium's Afghans of 2023-11 are 335 there.
    let revised = API_TSV.replacen("405 \t330 ", "405 \t335 p", 1);
    let gz = file("migr_asyappctzm.tsv.gz", &gzip(&revised));
    assert_eq!(run(&["load", &gz]).0, Some(0));
    let (_, _, again) = run(&["load", &gz]);
    assert!(
        again.ends_with("18 figures, 2023-09 to 2023-11; already stored, unchanged\n"),
        "{again}"
    );
    let sdmx = file("migr_asyappctzm.csv", SDMX_1.as_bytes());
    let (code, _, err) = run(&["load", &sdmx]);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.ends_with("migr_asyappctzm.csv: Eurostat migr_asyappctzm, 17 figures, 2023-09 to 2023-11; loaded\n"), "{err}");
    // The SDMX-CSV edition states its last update (5 December 2023): it is
    // current, loaded second as it would be loaded first.
    let query = "sql \"SELECT geo, citizen, type, strftime(period_start, '%Y-%m') AS month, value, flags, file FROM eurostat_current WHERE geo = 'BE' AND citizen = 'Afghanistan' AND type = 'registered' ORDER BY month\"";
    let (_, out, err) = run(&["-c", query, "--format", "csv"]);
    assert_eq!(
        out,
        "geo,citizen,type,month,value,flags,file\nBE,Afghanistan,registered,2023-09,370,,migr_asyappctzm.csv\nBE,Afghanistan,registered,2023-10,405,,migr_asyappctzm.csv\nBE,Afghanistan,registered,2023-11,330,,migr_asyappctzm.csv\n",
        "{err}"
    );
    // The editions differ in one figure.
    let (_, revisions, _) = run(&["-c", "show revisions", "--format", "csv"]);
    assert_eq!(
        revisions,
        "measure,type,unit,country,period,old_value,new_value,old_source,new_source,old_forced,new_forced,geo,sex,age\n\
applications,registered,persons,Afghanistan,2023-11,335,330,\"migr_asyappctzm.tsv.gz, line 2\",\"migr_asyappctzm.csv, line 4\",false,false,BE,T,TOTAL\n"
    );
    // As of November 2023 neither was published: the TSV counts as
    // published in the month after its last period (December 2023), the
    // SDMX-CSV by its last update.
    let (code, _, err) = run(&["--as-of", "2023-11", "-c", query, "--format", "csv"]);
    assert_ne!(code, Some(0), "{err}");
    let (_, out, err) = run(&["--as-of", "2023-12", "-c", query, "--format", "csv"]);
    assert!(
        out.ends_with("BE,Afghanistan,registered,2023-11,330,,migr_asyappctzm.csv\n"),
        "{out}{err}"
    );
    let confidential = "sql \"SELECT value, flags FROM eurostat_current WHERE geo = 'NL' AND period_start = DATE '2023-11-01'\"";
    assert_eq!(
        run(&["-c", confidential, "--format", "csv"]).1,
        "value,flags\n,c\n"
    );
    // `export` appends the reporting country, sex, age, publisher and flags.
    let (_, export, _) = run(&["export", "-"]);
    let mut lines = export.lines();
    assert!(lines
        .next()
        .unwrap()
        .ends_with(",origin,forced,geo,sex,age,publisher,flags"));
    let cgvs = export
        .lines()
        .skip(1)
        .find(|l| l.contains(",report,"))
        .unwrap();
    assert!(cgvs.ends_with(",report,false,BE,T,TOTAL,cgvs,"), "{cgvs}");
    let revised = export
        .lines()
        .find(|l| {
            l.starts_with("applications,registered,persons,Afghanistan,2023-11,")
                && l.contains(",BE,")
        })
        .unwrap();
    // The SHA-256 of the file's bytes, as `sha256sum` prints it, and the
    // month of its last update.
    assert!(revised.starts_with("applications,registered,persons,Afghanistan,2023-11,2023-11,1,330,false,migr_asyappctzm.csv,migr_asyappctzm,4,a74a83086f9940c32c6cda25963b2846dd0511ba07a657a47204d0669ed151d9,2023-12,"), "{revised}");
    assert!(
        revised.ends_with(",eurostat,false,BE,T,TOTAL,eurostat,"),
        "{revised}"
    );
    // A bare `:` is a row with an empty value, not left out.
    let unavailable = export
        .lines()
        .find(|l| l.contains(",Afghanistan,2023-11,") && l.contains(",DE,T,TOTAL,eurostat,"))
        .unwrap();
    assert!(
        unavailable.starts_with("applications,registered,persons,Afghanistan,2023-11,2023-11,1,,false,migr_asyappctzm.tsv.gz,"),
        "{unavailable}"
    );
    let confidential = export
        .lines()
        .find(|l| l.contains(",Syrië,2023-11,") && l.ends_with(",eurostat,c"))
        .unwrap();
    assert!(
        confidential.starts_with("applications,registered,persons,Syrië,2023-11,2023-11,1,,false,"),
        "{confidential}"
    );
    assert!(
        confidential.ends_with(",NL,T,TOTAL,eurostat,c"),
        "{confidential}"
    );
    let (_, sources, _) = run(&["sources", "--format", "csv"]);
    let rows: Vec<&str> = sources.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "{sources}");
    // In the order of their months and file names, whatever the order they
    // were loaded in; a download that states no last update has no
    // `published`.
    assert!(
        rows[0].starts_with("2023-11,2023-12,migr_asyappctzm.csv,17,0,0,eurostat migr_asyappctzm,"),
        "{sources}"
    );
    assert!(
        rows[1].starts_with("2023-11,,migr_asyappctzm.tsv.gz,18,0,0,eurostat migr_asyappctzm,"),
        "{sources}"
    );
    assert!(
        rows[0].ends_with(",a74a83086f9940c32c6cda25963b2846dd0511ba07a657a47204d0669ed151d9"),
        "{sources}"
    );

    let strange = file(
        "migr_asyappctzm.tsv",
        API_TSV.replace(",DE\t", ",DX\t").as_bytes(),
    );
    // Another edition that states no last update either, with other
    // figures: refused, as the order of loading would choose between them,
    // unless it replaces the one stored.
    let (code, _, err) = run(&["load", &strange]);
    assert_eq!(code, Some(3));
    assert!(err.contains("another edition of migr_asyappctzm that states no last update either is stored with other figures (migr_asyappctzm.tsv.gz); nothing was stored (pass --replace to put this one in its place)"), "{err}");
    let (code, _, err) = run(&["load", "--replace", &strange]);
    assert_eq!(code, Some(0));
    // It says what changed: DE's figures are gone (its code misspelt), and
    // Belgium's Afghans of 2023-11 are 330 again.
    assert!(err.contains("migr_asyappctzm.tsv: Eurostat migr_asyappctzm, 15 figures, 2023-09 to 2023-11; loaded, in place of the edition migr_asyappctzm.tsv.gz\n4 figures differ from the edition replaced: applications registered DE Afghanistan T TOTAL 2023-09: 11,235 → not given; applications registered DE Afghanistan T TOTAL 2023-10: 12,850 → not given; applications registered BE Afghanistan T TOTAL 2023-11: 335 → 330; applications registered DE Afghanistan T TOTAL 2023-11: : → not given\nmigr_asyappctzm.tsv:3: the geo code DX is not one asylq can place; its 3 figures were not stored\n"), "{err}");

    // A TSV whose name says nothing, with --dataset.
    let unnamed = file("asylum.tsv", DECISIONS.as_bytes());
    let (code, _, err) = run(&["load", &unnamed]);
    assert_eq!(code, Some(3));
    assert!(
        err.contains("asylum.tsv is a Eurostat TSV, which names no dataset"),
        "{err}"
    );
    let (code, _, err) = run(&["load", "--dataset", "migr_asydcfstq", &unnamed]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.ends_with(
            "asylum.tsv: Eurostat migr_asydcfstq, 21 figures, 2023-Q1 to 2023-Q3; loaded\n"
        ),
        "{err}"
    );
    assert_eq!(
        run(&["load", "--dataset", "migr_asyunaa", &unnamed]).2,
        "error: asylq does not read the Eurostat dataset migr_asyunaa; it reads migr_asyappctzm, migr_asyappctza, migr_asydcfstq, migr_asydcfsta, migr_asypenctzm, migr_asydcfina, demo_pjan, tps00190, tps00001\n"
    );

    let before = std::fs::read(&store).unwrap();
    let bad = file(
        "migr_asypenctzm.tsv",
        BULK.replacen("35785 ", "357B5 ", 1).as_bytes(),
    );
    let (code, _, err) = run(&["load", &bad]);
    assert_eq!(
        (code, err),
        (Some(3), format!("error: {bad}: line 3, column 25: `357B5` is not a figure (a whole number, or `:` for none, then its flags)\n"))
    );
    assert_eq!(std::fs::read(&store).unwrap(), before, "nothing written");
}

/// Every citizenship Eurostat may give: each ISO 3166 country (Greece as
/// `EL`, the United Kingdom as `UK`), Kosovo, and Eurostat's groups.
#[test]
fn the_country_reference_places_every_citizenship_code() {
    use asylq::eurostat::codes::{citizen, Citizen};
    let iso = "AF AX AL DZ AS AD AO AI AQ AG AR AM AW AU AT AZ BS BH BD BB BY BE BZ BJ BM BT BO BQ BA BW BV BR IO BN BG BF BI CV KH CM CA KY CF TD CL CN CX CC CO KM CG CD CK CR CI HR CU CW CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FK FO FJ FI FR GF PF TF GA GM GE DE GH GI GR GL GD GP GU GT GG GN GW GY HT HM VA HN HK HU IS IN ID IR IQ IE IM IL IT JM JP JE JO KZ KE KI KP KR KW KG LA LV LB LS LR LY LI LT LU MO MG MW MY MV ML MT MH MQ MR MU YT MX FM MD MC MN ME MS MA MZ MM NA NR NP NL NC NZ NI NE NG NU NF MK MP NO OM PK PW PS PA PG PY PE PH PN PL PT PR QA RE RO RU RW BL SH KN LC MF PM VC WS SM ST SA SN RS SC SL SG SX SK SI SB SO ZA GS SS ES LK SD SR SJ SE CH SY TW TJ TZ TH TL TG TK TO TT TN TR TM TC TV UG UA AE GB US UM UY UZ VU VE VN VG VI WF EH YE ZM ZW";
    let eurostat = iso
        .split(' ')
        .map(|c| match c {
            "GR" => "EL",
            "GB" => "UK",
            other => other,
        })
        .chain(["XK"]);
    let mut names = std::collections::HashSet::new();
    for code in eurostat {
        match citizen(code) {
            Some(Citizen::Country(name)) => assert!(names.insert(name), "{code}: {name} twice"),
            other => panic!("{code}: {other:?}"),
        }
    }
    assert_eq!(names.len(), 250);
    assert_eq!(citizen("EL"), Some(Citizen::Country("Griekenland")));
    assert_eq!(citizen("BO"), Some(Citizen::Country("Bolivia")));
    for group in [
        "TOTAL",
        "EXT_EU27_2020",
        "EXT_EU28",
        "EU27_2020",
        "UNK",
        "STLS",
        "RNC",
    ] {
        assert_eq!(citizen(group), Some(Citizen::Group(group)));
    }
}

/// The population on 1 January (demo_pjan, in SDMX-CSV 2.0): by each year
/// of age, the total apart; an age class it does not have is named.
#[test]
fn the_population_keeps_each_year_of_age() {
    use asylq::eurostat::facts::figures;
    let text =
        "STRUCTURE,STRUCTURE_ID,ACTION,freq,unit,age,sex,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n\
dataflow,ESTAT:DEMO_PJAN(1.0),I,A,NR,TOTAL,T,BE,2023,11742796,\n\
dataflow,ESTAT:DEMO_PJAN(1.0),I,A,NR,Y_LT1,T,BE,2023,114355,\n\
dataflow,ESTAT:DEMO_PJAN(1.0),I,A,NR,Y1,T,BE,2023,116010,\n\
dataflow,ESTAT:DEMO_PJAN(1.0),I,A,NR,Y_OPEN,T,BE,2023,2500,p\n\
dataflow,ESTAT:DEMO_PJAN(1.0),I,A,NR,TOTAL,T,NL,2023,17811291,b\n\
dataflow,ESTAT:DEMO_PJAN(1.0),I,A,NR,Y_LT200,T,NL,2023,5,\n";
    let table = read("data.csv", text.as_bytes(), None).unwrap();
    assert_eq!(table.head.dataset.code, "demo_pjan");
    let (placed, unplaced) = figures(&table).unwrap();
    let ages: Vec<&str> = placed.iter().map(|f| f.key.age.as_str()).collect();
    assert_eq!(ages, ["TOTAL", "Y_LT1", "Y1", "Y_OPEN", "TOTAL"]);
    let be = &placed[0];
    assert_eq!(
        (
            be.key.measure,
            be.key.geo,
            be.key.citizen,
            be.period,
            be.value
        ),
        ("population", "BE", None, Period::Year(2023), Some(11742796))
    );
    assert_eq!(placed[4].flags, "b");
    assert_eq!(unplaced.len(), 1);
    assert_eq!(
        (unplaced[0].code.as_str(), unplaced[0].line),
        ("Y_LT200", 7)
    );
}

/// `show conflicts` sets Eurostat's Belgian applicants against the CGVS's
/// where the definitions match (registered = first + subsequent, persons),
/// in all and by citizenship (the report's Afghans of November: 127 first
/// and 116 subsequent applicants), listing only differences beyond
/// Eurostat's rounding to 5, and names the figures it does not compare.
#[test]
fn show_conflicts_sets_eurostat_s_belgian_figures_against_the_cgvs_s() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store.duckdb");
    // September within rounding of the report's 2,756 + 478 = 3,234.
    let text = API_TSV.replacen(
        "M,PER,TOTAL,T,TOTAL,ASY_APP,BE\t3255 ",
        "M,PER,TOTAL,T,TOTAL,ASY_APP,BE\t3235 ",
        1,
    );
    let file = dir.path().join("migr_asyappctzm.tsv");
    std::fs::write(&file, text).unwrap();
    let run = |args: &[&str]| {
        let (_, out, err) = asylq_on(&store, args);
        (out, err)
    };
    run(&["load", file.to_str().unwrap()]);
    let (out, err) = run(&["-c", "show conflicts", "--format", "csv"]);
    assert_eq!(
        out,
        "measure,type,unit,month,page_value,other_value,page_source,other_source,country\n\
applications,registered,persons,2023-10,3740,3638,\"Eurostat migr_asyappctzm, migr_asyappctzm.tsv, line 6\",asielstatistieken-2023-11.txt,\n\
applications,first,persons,2023-11,230,127,\"Eurostat migr_asyappctzm, migr_asyappctzm.tsv, line 4\",asielstatistieken-2023-11.txt,Afghanistan\n\
applications,registered,persons,2023-11,3230,3223,\"Eurostat migr_asyappctzm, migr_asyappctzm.tsv, line 6\",asielstatistieken-2023-11.txt,\n\
applications,registered,persons,2023-11,330,243,\"Eurostat migr_asyappctzm, migr_asyappctzm.tsv, line 2\",asielstatistieken-2023-11.txt,Afghanistan\n"
    );
    assert!(
        err.starts_with("note: Eurostat's Belgian applicants (registered, first, subsequent: persons without resettlement), in all and by citizenship, are set against the CGVS's of the same month and citizenship"),
        "{err}"
    );
    assert!(err.contains("Eurostat's persons pending (all instances) against the CGVS's workload (dossiers at the CGVS)"), "{err}");
}

/// `rebuild` reads the CGVS's sources again and carries Eurostat's
/// downloads, which keep no text, as they are.
#[test]
fn rebuild_carries_the_downloads() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store.duckdb");
    let file = dir.path().join("migr_asyappctzm.csv");
    std::fs::write(&file, SDMX_1).unwrap();
    let (code, _, err) = asylq_on(&store, &["load", file.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    let (code, _, err) = asylq_on(&store, &["rebuild"]);
    assert_eq!(code, Some(0), "{err}");
    let count = "sql \"SELECT count(*) AS n, sum(value) AS total FROM eurostat_current\"";
    let (_, out, err) = asylq_on(&store, &["-c", count, "--format", "csv"]);
    assert_eq!(out, "n,total\n17,351335\n", "{err}");
    let (_, sources, _) = asylq_on(&store, &["sources", "--format", "csv"]);
    assert!(
        sources.contains(",migr_asyappctzm.csv,17,0,0,eurostat migr_asyappctzm,"),
        "{sources}"
    );
    // Taken out by its file name, as `sources` lists it.
    let (code, _, err) = asylq_on(&store, &["unload", "migr_asyappctzm.csv"]);
    assert_eq!(code, Some(0), "{err}");
    let (_, out, _) = asylq_on(&store, &["-c", count, "--format", "csv"]);
    assert_eq!(out, "n,total\n0,\n");
    let (_, sources, _) = asylq_on(&store, &["sources", "--format", "csv"]);
    assert!(!sources.contains("eurostat"), "{sources}");
}

/// Two editions of a dataset answer alike whichever was loaded first, and a
/// chart of the one that states no last update says so.
#[test]
fn editions_answer_alike_in_either_order() {
    let dir = tempfile::tempdir().unwrap();
    let revised = API_TSV.replacen("405 \t330 ", "405 \t335 p", 1);
    let tsv = dir.path().join("migr_asyappctzm.tsv");
    std::fs::write(&tsv, revised).unwrap();
    let sdmx = dir.path().join("migr_asyappctzm.csv");
    std::fs::write(&sdmx, SDMX_1).unwrap();
    let query = "applications where geo = BE and country = \"Afghanistan\" by month, geo";
    let mut answers = Vec::new();
    for (n, order) in [[&tsv, &sdmx], [&sdmx, &tsv]].iter().enumerate() {
        let store = dir.path().join(format!("store{n}.duckdb"));
        for file in order {
            let (code, _, err) = asylq_on(&store, &["load", file.to_str().unwrap()]);
            assert_eq!(code, Some(0), "{err}");
        }
        let (_, out, err) = asylq_on(&store, &["-c", query, "--format", "csv"]);
        assert!(out.contains("\n2023-11,België,330,"), "{out}{err}");
        let (_, revisions, _) = asylq_on(&store, &["-c", "show revisions", "--format", "csv"]);
        answers.push((out, revisions));
    }
    assert_eq!(answers[0], answers[1]);
    let store = dir.path().join("tsv.duckdb");
    asylq_on(&store, &["load", tsv.to_str().unwrap()]);
    let svg = dir.path().join("chart.svg");
    let (code, _, err) = asylq_on(&store, &["-c", query, "--output", svg.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(
        text.contains("migr_asyappctzm (last update not stated)"),
        "no caption"
    );
}

/// SDMX-CSV 1.0 with labels in place of codes: each label is placed on its
/// code (countries through the country reference, flags by their labels);
/// one it cannot place is refused with its line and column.
#[test]
fn sdmx_csv_1_with_labels_in_place_of_codes_is_read_by_its_codes() {
    let text = include_str!("eurostat/estat_migr_asyappctzm_sdmx1_labels.csv");
    let table = read("download.csv", text.as_bytes(), None).unwrap();
    assert_eq!(table.head.dataset.code, "migr_asyappctzm");
    assert_eq!(table.head.format, Format::SdmxCsv1);
    let be = cell(&table, "M,PER,AF,T,TOTAL,ASY_APP,BE", month("2023-10"));
    assert_eq!((be.value, be.flags.as_str(), be.line), (Some(405), "", 3));
    let de = cell(&table, "M,PER,AF,T,TOTAL,ASY_APP,DE", month("2023-10"));
    assert_eq!((de.value, de.flags.as_str()), (Some(12850), "p"));
    let nl = cell(&table, "M,PER,SY,T,Y14-17,ASY_APP,NL", month("2023-11"));
    assert_eq!((nl.value, nl.flags.as_str()), (None, "c"));
    let el = cell(&table, "M,PER,TOTAL,T,TOTAL,NASY_APP,EL", month("2023-11"));
    assert_eq!(el.value, Some(4105));
    let eu = cell(
        &table,
        "M,PER,TOTAL,T,TOTAL,ASY_APP,EU27_2020",
        month("2023-11"),
    );
    assert_eq!(eu.value, Some(93305));
    // A flag's label misspelt is refused, never read letter by letter.
    let (_, message) = error(
        "download.csv",
        &text.replace("provisional\n", "provisonal\n"),
    );
    assert_eq!(
        message,
        "line 4, column 124: `provisonal` has flags that are not Eurostat's letters (b, c, d, e, f, n, p, r, s, u, z)"
    );
    // A label misspelt is refused, never guessed.
    let (_, message) = error("download.csv", &text.replace(",Syria,", ",Syrai,"));
    assert_eq!(
        message,
        "line 5, column 61: `Syrai` is a label standing where a code of `citizen` should, and asylq cannot place it: download the file with codes (or codes and labels)"
    );
}

/// A letter that is no flag of Eurostat's is refused with its place.
#[test]
fn a_letter_that_is_no_flag_is_refused() {
    let (_, message) = error(
        "migr_asyappctzm.tsv",
        &API_TSV.replace("12850 p", "12850 pq"),
    );
    assert_eq!(
        message,
        "line 3, column 36: `12850 pq` has flags that are not Eurostat's letters (b, c, d, e, f, n, p, r, s, u, z)"
    );
}

/// A file whose periods are not its dataset's (months read as the annual
/// dataset) is refused, naming the line and what the dataset gives.
#[test]
fn a_file_of_months_read_as_the_annual_dataset_is_refused() {
    let e = read("download.tsv", API_TSV.as_bytes(), Some("migr_asyappctza")).unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 1, column 53: `2023-09` is no period of migr_asyappctza, which gives years only: the file is another dataset (check its name, or `--dataset`)"
    );
    // In SDMX-CSV, the observation's line and the column of its period.
    let e = read("download.csv", SDMX_1.as_bytes(), Some("migr_asyappctza")).unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 2, column 74: `2023-09` is no period of migr_asyappctza, which gives years only: the file is another dataset (check its name, or `--dataset`)"
    );
    let (_, message) = error("migr_asydcfstq.tsv", API_TSV);
    assert!(message.contains("which gives quarters only"), "{message}");
}

/// The old bulk files' geo `TOTAL` (the reporting countries together) is
/// an aggregate of its own: read, never dropped, never summed.
#[test]
fn the_bulk_geo_total_is_an_aggregate_of_its_own() {
    let text = include_str!("eurostat/migr_asyappctza_bulk.tsv");
    let table = read("migr_asyappctza.tsv", text.as_bytes(), None).unwrap();
    assert_eq!(table.head.format, Format::BulkTsv);
    assert_eq!(
        cell(
            &table,
            "TOTAL,T,PER,TOTAL,ASY_APP,TOTAL",
            Period::Year(2015)
        )
        .value,
        Some(1393920)
    );
    assert!(asylq::eurostat::codes::is_aggregate_geo("TOTAL"));
}
