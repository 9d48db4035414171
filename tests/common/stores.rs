//! The stores the tests of derived figures run on: the embedded report; the
//! report and a December report after it; the report and monthly statistics
//! pages of a year with gaps. Each is made in a temporary folder, in process.

use super::Figures;
use asylq::model::countries::COUNTRIES;
use asylq::model::month::Month;
use asylq::session::Session;
use asylq::store::Store;

/// Consistent figures from a seed: national figures large enough that every
/// "other" row stays positive.
pub fn figures_from(year: i32, month: usize, seed: u64) -> Figures {
    let mut state = seed | 1;
    let mut next = move |lo: i64, hi: i64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        lo + (state % (hi - lo) as u64) as i64
    };
    let mut apps = |n: usize| {
        (0..n)
            .map(|_| [next(300, 4000), next(300, 900), next(300, 1500)])
            .collect::<Vec<_>>()
    };
    let previous = apps(12);
    let current = apps(month);
    let start = next(0, (COUNTRIES.len() - 10) as i64) as usize;
    let names: Vec<String> = COUNTRIES[start..start + 10]
        .iter()
        .map(|c| c.0.to_string())
        .collect();
    let mut top = |hi: i64| {
        names
            .iter()
            .map(|n| (n.clone(), [next(0, hi), next(0, hi), next(0, hi)]))
            .collect::<Vec<_>>()
    };
    let top_month = top(30);
    let top_year = top(30);
    let mut decisions = |n: usize| {
        (0..n)
            .map(|_| {
                [
                    next(50, 200),
                    next(50, 1200),
                    next(50, 100),
                    next(50, 400),
                    next(50, 100),
                    next(50, 900),
                    next(50, 60),
                ]
            })
            .collect::<Vec<_>>()
    };
    let persons = decisions(month);
    let dossiers = decisions(month);
    let by_country = names
        .iter()
        .map(|n| (n.clone(), [next(0, 5), next(0, 5), next(0, 5), next(0, 5)]))
        .collect();
    let workload = (next(1000, 40000), next(1000, 9000), next(0, 30000));
    Figures {
        year,
        month,
        previous,
        current,
        top_month,
        top_year,
        persons,
        dossiers,
        by_country,
        workload,
    }
}

/// A December 2023 report after the seed. Its year-to-date tables are the
/// seed's plus December: Syria's applications reach 4,207 (371 in December,
/// in the month's top 10) and its final decisions 3,247 (348 more than in
/// November). Russia leaves the month's top 10, Georgia enters it; Iran
/// leaves the decisions' top 10 for Kosovo. November's first applications
/// are revised by one person.
pub fn december() -> Figures {
    let mut dec = figures_from(2023, 12, 11);
    dec.current[10] = [2734, 9, 490];
    let months = [
        [2286, 8, 491],
        [1944, 0, 455],
        [2038, 10, 596],
        [1628, 0, 425],
        [2237, 0, 466],
        [2231, 15, 509],
        [2479, 0, 493],
        [3131, 27, 508],
        [2756, 20, 478],
        [3124, 102, 514],
    ];
    dec.current[..10].copy_from_slice(&months);
    dec.current[11] = [2500, 40, 480];
    let named = |rows: &[(&str, [i64; 3])]| {
        rows.iter()
            .map(|(n, v)| (n.to_string(), *v))
            .collect::<Vec<_>>()
    };
    dec.top_month = named(&[
        ("Syrië", [330, 0, 41]),
        ("Afghanistan", [100, 0, 52]),
        ("Palestina", [150, 0, 20]),
        ("Turkije", [120, 0, 10]),
        ("Eritrea", [90, 0, 5]),
        ("Guinee", [60, 0, 8]),
        ("Kameroen", [50, 0, 4]),
        ("Congo (DRC)", [40, 3, 5]),
        ("Georgië", [45, 0, 9]),
        ("Moldavië", [30, 0, 12]),
    ]);
    dec.top_year = named(&[
        ("Syrië", [3899, 75, 233]),
        ("Afghanistan", [2462, 0, 1170]),
        ("Palestina", [2754, 0, 278]),
        ("Turkije", [2305, 0, 162]),
        ("Eritrea", [2041, 8, 66]),
        ("Guinee", [1109, 0, 191]),
        ("Kameroen", [1055, 0, 110]),
        ("Congo (DRC)", [947, 65, 98]),
        ("Rusland", [690, 0, 195]),
        ("Moldavië", [604, 0, 293]),
    ]);
    let named4 = |rows: &[(&str, [i64; 4])]| {
        rows.iter()
            .map(|(n, v)| (n.to_string(), *v))
            .collect::<Vec<_>>()
    };
    dec.by_country = named4(&[
        ("Syrië", [2666, 59, 8, 514]),
        ("Afghanistan", [2587, 2, 13, 4803]),
        ("Eritrea", [1750, 0, 0, 200]),
        ("Burundi", [1000, 1, 1, 250]),
        ("Palestina", [950, 13, 2, 450]),
        ("Turkije", [500, 0, 4, 600]),
        ("Kosovo", [400, 0, 0, 20]),
        ("Somalië", [260, 120, 8, 270]),
        ("Guinee", [240, 2, 4, 700]),
        ("Ethiopië", [190, 0, 0, 70]),
    ]);
    for r in dec.persons.iter_mut() {
        r[1] += 1000;
        r[2] += 100;
        r[3] += 600;
        r[6] += 10;
    }
    dec
}

/// The figures of a monthly statistics page of 2017.
#[derive(Debug, Clone, Copy)]
pub struct Page {
    pub month: u32,
    pub registered: i64,
    pub resettled: i64,
    pub relocated: i64,
    pub dossiers: i64,
    pub persons: i64,
    pub rate: i64,
    pub normal: i64,
    pub backlog: i64,
}

/// Six pages of 2017: February, March, May, July, August and December.
pub fn pages_2017() -> Vec<Page> {
    [2, 3, 5, 7, 8, 12]
        .into_iter()
        .map(|m| Page {
            month: m,
            registered: 1000 + 10 * m as i64,
            resettled: 100 + m as i64,
            relocated: 50 + m as i64,
            dossiers: 1800 + m as i64,
            persons: 2400 + m as i64,
            rate: 50 + m as i64,
            normal: 5000,
            backlog: 7000 + 3 * m as i64,
        })
        .collect()
}

impl Page {
    /// The page in the wording of the Dutch monthly pages of 2017.
    pub fn render(&self) -> String {
        let name = format!("{} 2017", super::MONTHS[self.month as usize - 1]);
        let d = super::dutch;
        format!(
            "Asielstatistieken {name}\n\nCijfers van het CGVS over {name}.\n\nASIELAANVRAGEN\n\n\
Tijdens {name} registreerde de DVZ {} asielzoekers.\n\n\
Hierbij komen nog {} personen die via hervestiging en {} personen die via relocatie aankwamen. \
In totaal werden {} asielaanvragers geregistreerd over heel {name}.\n\nASIELBESLISSINGEN\n\n\
Tijdens {name} nam het CGVS {} beslissingen, met betrekking op {} personen.\n\n\
Voor {name} bedroeg het beschermingspercentage {} %.\n\nWERKLAST\n\n\
Eind {name} bedroeg de totale werklast {} dossiers. Daarvan worden {} dossiers als een normale \
werklast beschouwd. {} dossiers maken de reële achterstand uit.\n",
            d(self.registered),
            self.resettled,
            self.relocated,
            d(self.registered + self.resettled + self.relocated),
            d(self.dossiers),
            d(self.persons),
            self.rate,
            d(self.normal + self.backlog),
            d(self.normal),
            d(self.backlog),
        )
    }

    pub fn month(&self) -> Month {
        Month::new(2017, self.month).unwrap()
    }
}

/// A store in a temporary folder holding the embedded report and `files`
/// (name, text), loaded in order and saved; `force` stores files whose
/// totals fail. What the test stores through it is not saved.
pub fn store_with(files: &[(String, String)], force: bool) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        paths.push(path);
    }
    let db = dir.path().join("facts.duckdb");
    let mut store = Store::open_for_writing(&db).unwrap();
    if !paths.is_empty() {
        let ready = asylq::load::read_all(&paths, force, None).unwrap();
        asylq::load::store_all(
            &mut store,
            &ready,
            asylq::store::Editions::Refuse,
            &mut |_| {},
        )
        .unwrap();
    }
    // Saved, so that the file holds it, and opened again for the test's
    // queries and loads.
    store.save().unwrap();
    (dir, Store::open_for_writing(&db).unwrap())
}

/// The names of the stores: one kind of source each, then mixed ones (pages
/// of one month in three languages of different detail beside a report; a
/// report's two years beside the overviews of both; pages beside the
/// overview of their year; a report stored with `--force` beside a checked
/// one and an overview; two editions of the December report, the second
/// published later with December's first applications revised).
pub const NAMES: [&str; 10] = [
    "embedded",
    "december",
    "pages",
    "overview",
    "languages",
    "reports_overviews",
    "pages_overview",
    "forced",
    "editions",
    "files_era",
];

/// The overview of 2022 in the wording of the Dutch overviews (36,871
/// applicants, of whom 78 resettled).
pub const OVERVIEW_2022: &str = "Asielstatistieken: overzicht 2022\n\nAANTAL VERZOEKEN\n\nIn 2022 hebben 36.871 personen een verzoek om internationale bescherming ingediend bij de DVZ. Onder hen zijn 78 personen die via hervestiging naar België kwamen.\n";

/// The files of a mixed store.
fn mixed(name: &str) -> Vec<(String, String)> {
    let seed = include_str!("../../data/asielstatistieken-2023-11.txt");
    let own = |files: &[(&str, &str)]| -> Vec<(String, String)> {
        files
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect()
    };
    match name {
        "languages" => own(&[
            ("asielstatistieken-2023-11.txt", seed),
            ("nl-2019-10.txt", include_str!("../pages/nl-2019-10.txt")),
            ("en-2019-10.txt", include_str!("../pages/en-2019-10.txt")),
            ("fr-2019-10.html", include_str!("../pages/fr-2019-10.html")),
        ]),
        "reports_overviews" => {
            let mut files = own(&[
                ("overzicht-2022.txt", OVERVIEW_2022),
                ("overzicht-2023.txt", OVERVIEW_2023),
                ("asielstatistieken-2023-11.txt", seed),
            ]);
            files.push(("asielstatistieken-2023-12.txt".into(), december().render()));
            files
        }
        "pages_overview" => {
            let mut files = own(&[("overzicht-2017.txt", OVERVIEW_2017)]);
            files.extend(
                pages_2017()
                    .iter()
                    .map(|p| (format!("nl-2017-{:02}.txt", p.month), p.render())),
            );
            files
        }
        "forced" => {
            let december =
                december()
                    .render()
                    .replacen("1 Syrië 4.207 3.899", "1 Syrië 4.207 3.900", 1);
            let mut files = own(&[
                ("asielstatistieken-2023-11.txt", seed),
                ("overzicht-2023.txt", OVERVIEW_2023),
            ]);
            files.push(("asielstatistieken-2023-12.txt".into(), december));
            files
        }
        "editions" => {
            let mut revised = december();
            revised.current[11][0] += 10;
            let text = revised
                .render()
                .replacen("\n", "\nPublicatiedatum: maart 2024\n", 1);
            let mut files = own(&[("asielstatistieken-2023-11.txt", seed)]);
            files.push(("asielstatistieken-2023-12.txt".into(), december().render()));
            files.push(("asielstatistieken-2023-12-bis.txt".into(), text));
            files
        }
        "files_era" => own(&[
            ("asielstatistieken-2023-11.txt", seed),
            ("nl-2015-07.txt", include_str!("../pages/nl-2015-07.txt")),
            ("fr-2015-07.txt", include_str!("../pages/fr-2015-07.txt")),
            ("en-2015-11.txt", include_str!("../pages/en-2015-11.txt")),
            ("nl-2017-05.txt", include_str!("../pages/nl-2017-05.txt")),
            ("en-2017-04.txt", include_str!("../pages/en-2017-04.txt")),
        ]),
        other => panic!("no store {other}"),
    }
}

/// A yearly overview of 2023 in the wording of the Dutch overviews: 35,507
/// applicants, of whom 221 resettled.
pub const OVERVIEW_2023: &str = "Asielstatistieken: overzicht 2023\n\nAANTAL VERZOEKEN\n\nIn 2023 dienden 35.507 personen een verzoek om internationale bescherming in bij de Dienst Vreemdelingenzaken (DVZ). Hiertoe behoren 221 personen die in het kader van hervestiging in België zijn toegekomen.\n\nDit is minder dan in 2022, toen 36.871 personen een verzoek indienden. In oktober 2023 werden 3.638 verzoekers geregistreerd.\n";

/// The overview of 2016 in the wording of the Dutch overviews, with the
/// year's figures (18,710 applicants, 22,207 decisions for 27,678 persons,
/// a protection rate of 57.7 %, 14,815 files at the end of December) and
/// sentences about other periods and about positive decisions only.
pub const OVERVIEW_2016: &str = "Asielstatistieken – overzicht 2016\n\nRecordaantal beslissingen\n\nHet CGVS nam nog nooit zoveel beslissingen als in 2016. Ruim 15.000 personen kregen een beschermingsstatus.\n\n1. 18.710 asielaanvragen in 2016\n\nIn 2016 dienden 18.710 personen een asielaanvraag in bij de Dienst Vreemdelingenzaken, tegenover 44.760 in 2015.\nAfghanistan, Syrië en Irak staan in 2016 bovenaan de top 10 van de landen van herkomst.\n\n2. Beslissingen\n\nIn 2016 nam het CGVS in totaal 22.207 beslissingen (over 27.678 personen), 30 procent meer dan in 2015 (16.929).\nHet gaat in totaal om 15.478 personen die een beschermingsstatus kregen.\nIn december 2016 nam het CGVS 2.001 beslissingen.\nHet beschermingspercentage bedroeg in 2016 57,7 %, tegenover 60,7 % in 2015.\n\n3. Werklast\n\nEind 2015 bedroeg de totale werklast 17.540 dossiers.\nEind december 2016 bedroeg de totale werklast van het CGVS 14.815 dossiers.\n";

/// The overview of 2017 in the wording of the Dutch overviews: 19,688
/// applicants, 20,568 decisions for 26,623 persons, a protection rate of
/// 50.7 %, 7,279 files at the end of the year.
pub const OVERVIEW_2017: &str = "Asielstatistieken – overzicht 2017\n\nStabiel aantal verzoeken\n\nIn 2017 dienden 19.688 personen een verzoek om internationale bescherming in bij de Dienst Vreemdelingenzaken, tegenover 18.710 in 2016.\nSyrië, Afghanistan en Irak vormen in 2017 de top 3 van de landen van herkomst.\n\nBeslissingen\n\nIn 2017 heeft het CGVS 20.568 beslissingen genomen voor 26.623 personen.\nIn 2017 heeft het CGVS in 50,7 % van de gevallen beslist dat de verzoeker bescherming nodig heeft. Het gaat in totaal om 9.931 beslissingen voor 13.833 personen.\n\nWerkreserve\n\nEind 2016 bedroeg de werkreserve nog 14.815 dossiers; eind 2017 was de werkreserve teruggebracht tot 7.279 dossiers.\n";

/// One of the three stores by name: its folder (kept alive) and a session.
pub fn named(name: &str) -> (tempfile::TempDir, Session) {
    named_with(name, &[])
}

/// A store by name with `extra` files loaded beside its own.
pub fn named_with(name: &str, extra: &[(String, String)]) -> (tempfile::TempDir, Session) {
    let seed = include_str!("../../data/asielstatistieken-2023-11.txt");
    let files: Vec<(String, String)> = match name {
        "embedded" => Vec::new(),
        "december" => vec![
            (
                "asielstatistieken-2023-11.txt".to_string(),
                seed.to_string(),
            ),
            (
                "asielstatistieken-2023-12.txt".to_string(),
                december().render(),
            ),
        ],
        "pages" => pages_2017()
            .iter()
            .map(|p| (format!("nl-2017-{:02}.txt", p.month), p.render()))
            .collect(),
        "overview" => vec![(
            "asielstatistieken-overzicht-2023.txt".to_string(),
            OVERVIEW_2023.to_string(),
        )],
        other => mixed(other),
    };
    let mut files = files;
    files.extend(extra.iter().cloned());
    let (dir, store) = store_with(&files, name == "forced");
    (dir, Session::new(store).unwrap())
}

/// The files of `tests/history/` (the history store's pages and overviews),
/// by name, in name order.
pub fn history() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/history");
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let path = e.ok()?.path();
            (path.extension()? == "txt").then_some(())?;
            let name = path.file_name()?.to_string_lossy().into_owned();
            Some((name, std::fs::read_to_string(&path).ok()?))
        })
        .collect();
    files.sort();
    files
}
