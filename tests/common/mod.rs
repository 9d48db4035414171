//! A writer of CGVS reports for tests: figures in, report text out, in the
//! layout of the seed report, with every total computed; and a runner of
//! asylq processes.

#![allow(dead_code)]

pub mod facts;
pub mod stores;

#[allow(unused_imports)]
pub use facts::Words;

pub use asylq::model::month::DUTCH_MONTHS as MONTHS;
const SHORT: &str = "Jan Feb Maa Apr Mei Jun Jul Aug Sep Okt Nov Dec";

/// The figures of one report. Types are in the report's order.
#[derive(Debug, Clone)]
pub struct Figures {
    pub year: i32,
    pub month: usize,
    /// Applications per month (first, resettlement, subsequent): previous year, 12 months.
    pub previous: Vec<[i64; 3]>,
    /// Applications per month of the current year, `month` months.
    pub current: Vec<[i64; 3]>,
    /// Top 10 of the month: country, (first, resettlement, subsequent); `other` is computed.
    pub top_month: Vec<(String, [i64; 3])>,
    /// Top 10 of the year to date; `other` is computed.
    pub top_year: Vec<(String, [i64; 3])>,
    /// Decisions per month, 7 types, in persons and in dossiers.
    pub persons: Vec<[i64; 7]>,
    pub dossiers: Vec<[i64; 7]>,
    /// Final decisions by country, year to date: refugee, subsidiary, withdrawal, negative.
    pub by_country: Vec<(String, [i64; 4])>,
    /// Workload: total persons, normal dossiers, backlog dossiers.
    pub workload: (i64, i64, i64),
}

pub fn dutch(n: i64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    out
}

fn nums(values: impl IntoIterator<Item = i64>) -> String {
    values.into_iter().map(dutch).collect::<Vec<_>>().join(" ")
}

fn sum3(rows: &[[i64; 3]]) -> [i64; 3] {
    let mut t = [0; 3];
    for r in rows {
        for i in 0..3 {
            t[i] += r[i];
        }
    }
    t
}

fn row4(r: [i64; 3]) -> [i64; 4] {
    [r[0] + r[1] + r[2], r[0], r[1], r[2]]
}

impl Figures {
    pub fn year_total(&self) -> [i64; 3] {
        sum3(&self.current)
    }

    fn other(top: &[(String, [i64; 3])], total: [i64; 3]) -> [i64; 3] {
        let t = sum3(&top.iter().map(|(_, v)| *v).collect::<Vec<_>>());
        [total[0] - t[0], total[1] - t[1], total[2] - t[2]]
    }

    pub fn other_month(&self) -> [i64; 3] {
        Self::other(&self.top_month, self.current[self.month - 1])
    }

    pub fn other_year(&self) -> [i64; 3] {
        Self::other(&self.top_year, self.year_total())
    }

    pub fn decision_totals(rows: &[[i64; 7]]) -> [i64; 7] {
        let mut t = [0; 7];
        for r in rows {
            for i in 0..7 {
                t[i] += r[i];
            }
        }
        t
    }

    /// National year-to-date final decisions in the columns of the country table.
    pub fn country_columns(&self) -> [i64; 4] {
        let t = Self::decision_totals(&self.persons);
        [t[1], t[2], t[6], t[3] + t[4] + t[5]]
    }

    pub fn other_country(&self) -> [i64; 4] {
        let mut o = self.country_columns();
        for (_, v) in &self.by_country {
            for i in 0..4 {
                o[i] -= v[i];
            }
        }
        o
    }

    /// The report text.
    pub fn render(&self) -> String {
        let (y, m) = (self.year, self.month);
        let name = MONTHS[m - 1];
        let mut s = format!(
            " ASIELSTATISTIEKEN {} {y} \n\nOVERZICHT \n\n",
            name.to_uppercase()
        );
        let month_apps = self.current[m - 1];
        let year_apps = self.year_total();
        s += &format!("VERZOEKERS OM INTERNATIONALE BESCHERMING {name} {y} {y}\n\n");
        s += &format!("Aantal personen dat een eerste verzoek om internationale bescherming indiende exclusief \n\nhervestiging\n{}\n\n", nums([month_apps[0], year_apps[0]]));
        s += &format!("Aantal personen dat een eerste verzoek om internationale bescherming indiende in het \n\nkader van hervestiging\n{}\n\n", nums([month_apps[1], year_apps[1]]));
        s += &format!(
            "Aantal personen dat een volgend verzoek om internationale bescherming indiende {}\n\n",
            nums([month_apps[2], year_apps[2]])
        );
        s += &format!(
            "Totaal aantal personen dat een verzoek om internationale bescherming indiende {}\n\n",
            nums([row4(month_apps)[0], row4(year_apps)[0]])
        );
        let dm = self.persons[m - 1];
        let dy = Self::decision_totals(&self.persons);
        s += &format!("BESLISSINGEN {name} {y} {y}\n\nTussenbeslissingen\n\n");
        for (i, label) in PERSON_LABELS.iter().enumerate() {
            s += &format!("{label}\n{}\n\n", nums([dm[i], dy[i]]));
        }
        s += &format!("Totaal aantal personen dat een beslissing ontving over hun verzoek om internationale \n\nbescherming\n{}\n\n", nums([dm.iter().sum(), dy.iter().sum()]));
        let (persons, normal, backlog) = self.workload;
        s += &format!(
            "WERKLAST\neind {name} {y}\n\n{} dossiers\n\nhttp://www.cgvs.be/\n",
            dutch(normal + backlog)
        );
        s += " VERZOEK OM INTERNATIONALE BESCHERMING (Bron: DVZ) \n\n";
        s += &month_table(y - 1, &self.previous, 12);
        s += &month_table(y, &self.current, 12);
        s += " TOP 10 HERKOMSTLANDEN VERZOEKERS OM INTERNATIONALE BESCHERMING (Bron: DVZ) \n\n";
        s += &top_table(
            &self.top_month,
            self.other_month(),
            &format!("Totaal {name}"),
        );
        s += &top_table(&self.top_year, self.other_year(), &format!("Totaal {y}"));
        s += " BESLISSINGEN (Bron: CGVS) \n\n";
        s += &decision_table(&self.persons, &PERSON_LABELS, "Totaal aantal personen dat een \n\nbeslissing ontving over hun verzoek \n\nom internationale bescherming\n");
        s += "Aantal personen dat een beslissing ontving\n\n";
        s += &decision_table(
            &self.dossiers,
            &DOSSIER_LABELS,
            "Totaal aantal beslissingen",
        );
        s += "Aantal beslissingen in dossiers\n\n";
        s += "Land van herkomst\nAantal erkenningen \n\nvluchtelingenstatus\n\nAantal toekenningen \n\nsubsidiaire \n\nbeschermingsstatus\n\nAantal intrekkingen en \n\nopheffingen\nWeigeringsbeslissingen\n\nTotaal aantal \n\neindbeslissingen *\n\n";
        for (i, (country, v)) in self.by_country.iter().enumerate() {
            s += &format!(
                "{} {country} {}\n\n",
                i + 1,
                nums(v.iter().copied().chain([v.iter().sum()]))
            );
        }
        let o = self.other_country();
        s += &format!(
            "Andere landen {}\n\n",
            nums(o.iter().copied().chain([o.iter().sum()]))
        );
        let t = self.country_columns();
        s += &format!(
            "Totaal {y} {}\n\n",
            nums(t.iter().copied().chain([t.iter().sum()]))
        );
        s += " WERKLAST (Bron: CGVS) \n\n";
        s += &format!(
            "Eind {name} {y} bedroeg de totale werklast {} dossiers ({} personen). Gelet op de huidige \n\ninstroom kunnen {} \n\ndossiers als een normale werklast worden beschouwd. {} dossiers maken de reële achterstand uit.  \n",
            dutch(normal + backlog), dutch(persons), dutch(normal), dutch(backlog)
        );
        s
    }
}

const PERSON_LABELS: [&str; 7] = [
    "Aantal personen waarvoor tot verder \n\nonderzoek (grens) werd beslist + \n\naantal personen waarvoor het \n\nvolgend verzoek ontvankelijk werd \n\nbeschouwd",
    "Eindbeslissingen\n\nAantal personen dat een beslissing tot \n\nerkenning van de vluchtelingenstatus \n\n(VS) ontving",
    "Aantal personen dat een beslissing tot \n\ntoekenning van de subsidiaire \n\nbeschermingsstatus (SB) ontving",
    "Aantal personen waarvoor het \n\nverzoek niet-ontvankelijk werd \n\nbeschouwd",
    "Aantal personen waarvoor het \n\nverzoek kennelijk ongegrond werd \n\nbeschouwd",
    "Aantal personen waarbij de \n\nvluchtelingenstatus en subsidiaire \n\nbeschermingsstatus werd geweigerd ",
    "Aantal personen van wie het statuut \n\nwerd ingetrokken of opgeheven",
];

const DOSSIER_LABELS: [&str; 7] = [
    "Tussenbeslissingen\n\nVerder onderzoek (grens) +  \n\nontvankelijk (volgend verzoek)",
    "Eindbeslissingen\n\nErkenning van de vluchtelingenstatus \n\n(VS) ",
    "Toekenning van de subsidiaire \n\nbeschermingsstatus (SB) ",
    "Verzoek niet-ontvankelijk",
    "Verzoek kennelijk ongegrond",
    "Weigering van de vluchtelingenstatus \n\nen subsidiaire beschermingsstatus\n",
    "Intrekkingen en opheffingen van een \n\nstatus",
];

fn month_table(year: i32, rows: &[[i64; 3]], months: usize) -> String {
    let mut s = format!(
        "Totaal aantal \n\npersonen dat \n\neen verzoek om \n\ninternationale \n\nbescherming \n\nindiende {year}\n\n\
Totaal aantal \n\npersonen dat \n\neen eerste \n\nverzoek om \n\ninternationale \n\nbescherming \n\nindiende {year} \n\nexclusief \n\nhervestiging\n\n\
Totaal aantal \n\npersonen dat \n\neen eerste \n\nverzoek om \n\ninternationale \n\nbescherming \n\nindiende {year} \n\nin het kader van \n\nhervestiging\n\n\
Totaal aantal \n\npersonen dat \n\neen volgend \n\nverzoek om \n\ninternationale \n\nbescherming \n\nindiende {year}\n\n"
    );
    for (i, name) in MONTHS.iter().enumerate().take(months) {
        let mut label = name.to_string();
        label[..1].make_ascii_uppercase();
        match rows.get(i) {
            Some(r) => s += &format!("{label} {}\n\n", nums(row4(*r))),
            None => s += &format!("{label}\n\n"),
        }
    }
    s += &format!("Totaal {}\n\n", nums(row4(sum3(rows))));
    s
}

fn top_table(top: &[(String, [i64; 3])], other: [i64; 3], total: &str) -> String {
    let mut s = "Land van herkomst\n\nTotaal aantal personen dat \n\neen verzoek om \n\ninternationale \n\nbescherming indiende \n\n\
Totaal aantal personen dat \n\neen eerste verzoek om \n\ninternationale \n\nbescherming indiende \n\nexclusief hervestiging\n\n\
Totaal aantal personen dat \n\neen eerste verzoek om \n\ninternationale \n\nbescherming indiende in \n\nhet kader van hervestiging\n\n\
Totaal aantal personen dat \n\neen volgend verzoek om \n\ninternationale bescherming \n\nindiende\n\n"
        .to_string();
    let mut all = [0i64; 3];
    for (i, (country, v)) in top.iter().enumerate() {
        s += &format!("{} {country} {}\n\n", i + 1, nums(row4(*v)));
        for k in 0..3 {
            all[k] += v[k];
        }
    }
    s += &format!("Andere landen {}\n\n", nums(row4(other)));
    for k in 0..3 {
        all[k] += other[k];
    }
    s += &format!("{total} {}\n\nhttp://www.cgvs.be/\n", nums(row4(all)));
    s
}

fn decision_table(rows: &[[i64; 7]], labels: &[&str; 7], total_label: &str) -> String {
    let mut s = format!("Beslissingen {SHORT} Tot\n\nTussenbeslissingen\n\n");
    for (k, label) in labels.iter().enumerate() {
        let values: Vec<i64> = rows.iter().map(|r| r[k]).collect();
        let total: i64 = values.iter().sum();
        s += &format!("{label}\n{}\n\n", nums(values.into_iter().chain([total])));
    }
    let totals: Vec<i64> = rows.iter().map(|r| r.iter().sum()).collect();
    let all: i64 = totals.iter().sum();
    s += &format!(
        "{total_label} {}\n\n",
        nums(totals.into_iter().chain([all]))
    );
    s
}

/// Runs the statements of `text` on `session`; the CSV of each answer (with
/// its header) and all notes, or the error.
pub fn answers(
    session: &mut asylq::session::Session,
    text: &str,
) -> Result<(String, Vec<String>), asylq::error::Error> {
    use asylq::render::{render, Format, Options};
    use asylq::session::Output;
    let mut csv = Vec::new();
    let mut notes = Vec::new();
    session.run(text, &mut |output| {
        if let Output::Answer(a) = output {
            let opts = Options {
                format: Format::Csv,
                header: true,
                lang: asylq::model::Lang::En,
                kind: None,
            };
            render(&a, opts, &mut csv, &mut Vec::new()).unwrap();
            notes.extend(a.notes.into_iter().map(|n| n.to_string()));
        }
        Ok(())
    })?;
    Ok((String::from_utf8(csv).unwrap(), notes))
}

/// [`answers`] on a new session over the embedded report.
pub fn embedded(text: &str) -> Result<(String, Vec<String>), asylq::error::Error> {
    let store = asylq::store::Store::embedded().unwrap();
    answers(&mut asylq::session::Session::new(store).unwrap(), text)
}

/// Runs a command to its end: exit status (-1 if a signal ended it), stdout, stderr.
pub fn output(cmd: &mut std::process::Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The sum of the `value` column of a CSV answer.
pub fn value_sum(csv: &str) -> i64 {
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let at = header.iter().position(|c| *c == "value").unwrap();
    lines
        .map(|l| l.split(',').nth(at).unwrap().parse::<i64>().unwrap())
        .sum()
}

/// The example scripts, by name (the file's stem) and text, in name order.
pub fn examples() -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "q"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect()
}

/// The words of an SVG chart, one string a text (the `aria-label` of its outline).
pub fn svg_words(svg: &str) -> Vec<String> {
    svg.split("aria-label=\"")
        .skip(1)
        .filter_map(|t| t.split_once('"').map(|(words, _)| words.to_string()))
        .collect()
}

/// Serves `body` at `path` (and 404 for anything else) on a free local
/// port, for `requests` requests; the server's base URL.
pub fn serve(path: &'static str, body: &'static str, requests: usize) -> String {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let port = server.server_addr().to_ip().unwrap().port();
    std::thread::spawn(move || {
        for request in server.incoming_requests().take(requests) {
            // Dated as a server dates what it serves (Eurostat's API says
            // when a dataset was last updated).
            let modified =
                tiny_http::Header::from_bytes("Last-Modified", "Wed, 15 Nov 2023 23:00:00 GMT")
                    .unwrap();
            let response = if request.url() == path {
                tiny_http::Response::from_string(body).with_header(modified)
            } else {
                tiny_http::Response::from_string("not found").with_status_code(404)
            };
            let _ = request.respond(response);
        }
    });
    format!("http://127.0.0.1:{port}")
}

/// Runs asylq on the store `store`: its exit status, stdout and stderr.
pub fn asylq_on(store: &std::path::Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_asylq"))
        .arg("--db")
        .arg(store)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The project's own Eurostat downloads (`tests/eurostat/`), in the
/// dissemination API's TSV: applicants for January–June 2023 (BE, NL, DE,
/// FR, LU, EU27_2020; BE by type, sex and age), population on 1 January
/// 2022 and 2023, persons pending April–June 2023, decisions of 2022 and
/// 2023 by year and by quarter, applicants of September–November 2023, and
/// Ireland's of January–March 2023, which give no `TOTAL` citizenship.
pub const EUROSTAT_FIXTURES: &[&str] = &[
    "migr_asyappctzm_2023h1.tsv",
    "demo_pjan.tsv",
    "migr_asypenctzm.tsv",
    "migr_asydcfsta.tsv",
    "migr_asydcfstq.tsv",
    "migr_asyappctzm.tsv",
    "estat_migr_asyappctzm_ie.tsv",
];

/// asylq's answer to a query, or `None` where it refuses it.
pub fn asked(session: &mut asylq::session::Session, text: &str) -> Option<asylq::answer::Answer> {
    let mut out = None;
    let result = session.run(text, &mut |o| {
        if let asylq::session::Output::Answer(a) = o {
            out = Some(a);
        }
        Ok(())
    });
    match result {
        Ok(()) => out,
        Err(asylq::error::Error::Query(_)) => None,
        Err(e) => panic!("{text}: {e}"),
    }
}

/// A figure as the tests compare it: measure, type, unit, first month, last
/// month, value.
pub type FactRow = (String, String, String, String, String, i64);

/// The facts of a source text other than ranks, sorted.
pub fn read_facts(text: &str) -> Vec<FactRow> {
    let report = asylq::source::read(text).unwrap_or_else(|e| panic!("{e}"));
    let mut rows: Vec<_> = report
        .facts
        .iter()
        .filter(|f| f.figure.words().0 != "rank")
        .map(|f| {
            let (m, t, u) = f.figure.words();
            (
                m.to_string(),
                t.to_string(),
                u.to_string(),
                f.start.to_string(),
                f.end.to_string(),
                f.value,
            )
        })
        .collect();
    rows.sort();
    rows
}
