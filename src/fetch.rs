//! `asylq fetch`: the monthly statistics pages downloaded from the CGVS site,
//! kept in a cache in the data directory, then loaded as `asylq load` loads
//! files.
//!
//! The addresses follow the site's patterns per language (Dutch on cgvs.be,
//! French and English on cgrs.be), with the variants seen on the site: the
//! older hosts and, in English, a `-0` suffix. A missing page (404) tries the
//! next variant; a network failure stops the whole fetch before anything is
//! stored. Requests are at least two seconds apart, as the site's robots.txt
//! asks.

use crate::locale::Message;
use crate::model::month::{Month, MONTH_NAMES};
use crate::msg;
use crate::page::Lang;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The time between two requests to the site.
pub const GAP: Duration = Duration::from_secs(2);

/// The hosts a page may be found on, the language's own first.
fn hosts(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::Nl => [
            "https://www.cgvs.be",
            "https://www.cgrs.be",
            "https://www.cgra.be",
        ],
        Lang::Fr | Lang::En => [
            "https://www.cgrs.be",
            "https://www.cgra.be",
            "https://www.cgvs.be",
        ],
    }
}

/// The path of a month's page in a language, after the host: the French
/// one elides "de" before a vowel (`doctobre`, `daout`, `davril`).
fn paths(month: Month, lang: Lang) -> Vec<String> {
    let i = month.number() as usize - 1;
    let year = month.year();
    match lang {
        Lang::Nl => vec![format!(
            "/nl/actueel/asielstatistieken-{}-{year}",
            MONTH_NAMES[i].0
        )],
        Lang::Fr => {
            let name = MONTH_NAMES[i].3;
            let of = if name.starts_with(['a', 'o']) {
                format!("d{name}")
            } else {
                format!("de-{name}")
            };
            vec![format!(
                "/fr/actualite/les-statistiques-dasile-du-mois-{of}-{year}"
            )]
        }
        Lang::En => {
            let path = format!("/en/news/asylum-statistics-{}-{year}", MONTH_NAMES[i].2);
            vec![path.clone(), format!("{path}-0")]
        }
    }
}

/// Every address to try for a month's page, in order; with `base` (a local
/// server in tests, or a mirror) only that host.
pub fn addresses(month: Month, lang: Lang, base: Option<&str>) -> Vec<String> {
    on_hosts(&paths(month, lang), lang, base)
}

/// The paths a yearly overview has had, per language: the words vary from
/// year to year (`asielstatistieken-overzicht-2022`,
/// `overzicht-asielstatistieken-2012`, `statistiques-decembre-bilan-2024`,
/// `asylum-statistics-general-overview-2016`), so each is tried in turn.
fn overview_paths(year: i32, lang: Lang) -> Vec<String> {
    let words: &[&str] = match lang {
        Lang::Nl => &[
            "/nl/actueel/asielstatistieken-overzicht-{y}",
            "/nl/actueel/overzicht-asielstatistieken-{y}",
            "/nl/actueel/asielstatistieken-jaaroverzicht-{y}",
        ],
        Lang::Fr => &[
            "/fr/actualite/statistiques-decembre-bilan-{y}",
            "/fr/actualite/statistiques-dasile-bilan-{y}",
            "/fr/actualite/bilan-des-statistiques-dasile-{y}",
            "/fr/actualite/apercu-des-statistiques-dasile-{y}",
        ],
        Lang::En => &[
            "/en/news/asylum-statistics-general-overview-{y}",
            "/en/news/asylum-statistics-overview-{y}",
            "/en/news/asylum-statistics-survey-{y}",
            "/en/news/asylum-statistics-{y}-survey",
            "/en/news/overview-asylum-statistics-{y}",
        ],
    };
    words
        .iter()
        .map(|w| w.replace("{y}", &year.to_string()))
        .collect()
}

/// Every address to try for a year's overview, in order.
pub fn overview_addresses(year: i32, lang: Lang, base: Option<&str>) -> Vec<String> {
    on_hosts(&overview_paths(year, lang), lang, base)
}

fn on_hosts(paths: &[String], lang: Lang, base: Option<&str>) -> Vec<String> {
    let hosts: Vec<String> = match base {
        Some(b) => vec![b.trim_end_matches('/').to_string()],
        None => hosts(lang).iter().map(|h| h.to_string()).collect(),
    };
    hosts
        .iter()
        .flat_map(|h| paths.iter().map(move |p| format!("{h}{p}")))
        .collect()
}

/// Keeps requests at least [`GAP`] apart.
#[derive(Debug)]
pub struct Pacer {
    gap: Duration,
    last: Option<Instant>,
}

impl Pacer {
    pub fn new(gap: Duration) -> Pacer {
        Pacer { gap, last: None }
    }

    /// How long to wait at `now` before the next request.
    pub fn wait_at(&self, now: Instant) -> Duration {
        self.last.map_or(Duration::ZERO, |last| {
            (last + self.gap).saturating_duration_since(now)
        })
    }

    /// Waits as long as needed, then counts a request as made now.
    pub fn next(&mut self) {
        std::thread::sleep(self.wait_at(Instant::now()));
        self.last = Some(Instant::now());
    }
}

/// Why a fetch stopped or a page was not found.
#[derive(Debug)]
pub enum FetchError {
    /// The site could not be reached at all: nothing is stored.
    Unreachable { address: String, reason: String },
    /// No variant of the address has the page.
    NotFound { month: Month, tried: Vec<String> },
    /// No candidate address has the year's overview.
    OverviewNotFound { year: i32, tried: Vec<String> },
    /// Eurostat's API has no data for the request (404).
    EurostatNotFound { address: String },
    /// The period asked for (as written) is not over: its first month and
    /// this month.
    NotYet {
        spec: String,
        first: Month,
        now: Month,
    },
}

impl FetchError {
    /// What went wrong, as a message.
    pub fn message(&self) -> Message {
        match self {
            FetchError::Unreachable { address, reason } => {
                msg!("fetch-unreachable", address = address, reason = reason)
            }
            FetchError::NotFound { month, tried } => msg!(
                "fetch-not-found",
                month = month.to_string(),
                tried = tried.clone()
            ),
            FetchError::OverviewNotFound { year, tried } => msg!(
                "fetch-overview-not-found",
                year = *year,
                tried = tried.clone()
            ),
            FetchError::NotYet { spec, first, now } => not_yet_message(spec, *first, *now),
            FetchError::EurostatNotFound { address } => {
                msg!("fetch-eurostat-not-found", address = address)
            }
        }
    }
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().text(crate::model::Lang::En))
    }
}

/// The page cache: `pages/` in the user's data directory.
pub fn cache_dir() -> Option<std::path::PathBuf> {
    dirs::data_dir().map(|d| d.join("asylq").join("pages"))
}

/// Where the pages of a base URL are cached: the CGVS site's in the cache
/// itself, another server's (a mirror, a test server) in a folder named
/// after its address, so that one never answers for the other.
pub fn cache_for(cache: &Path, base: Option<&str>) -> PathBuf {
    match base {
        None => cache.to_path_buf(),
        Some(base) => {
            let address = base.split_once("://").map_or(base, |(_, rest)| rest);
            let name: String = address
                .trim_end_matches('/')
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                        c
                    } else {
                        '_'
                    }
                })
                .collect();
            cache.join(format!("from-{name}"))
        }
    }
}

/// The month it is now (UTC).
pub fn this_month() -> Month {
    Month::parse(&today()[..7]).expect("an ISO date starts with its month")
}

/// The day it is now (UTC), as an ISO date.
pub fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    crate::model::month::iso_date(days as i32)
}

/// Why `months` (asked for as `spec`) cannot all have pages when it is
/// `now`: the CGVS publishes a month's figures in the month after, so no
/// month from `now` on has a page yet.
pub fn not_yet(spec: &str, months: &[Month], now: Month) -> Option<FetchError> {
    let (first, last) = (*months.first()?, *months.last()?);
    (last > now.previous()).then(|| FetchError::NotYet {
        spec: spec.to_string(),
        first,
        now,
    })
}

/// Why a period is not over: it starts after this month, is this month,
/// or ends after the last complete month.
fn not_yet_message(spec: &str, first: Month, now: Month) -> Message {
    let complete = now.previous();
    if first > now {
        msg!(
            "fetch-future",
            spec = spec,
            first = first.to_string(),
            now = now.to_string()
        )
    } else if first == now {
        msg!("fetch-not-over", spec = spec, now = now.to_string())
    } else {
        msg!(
            "fetch-no-page-yet",
            spec = spec,
            first = first.to_string(),
            complete = complete.to_string(),
            now = now.to_string()
        )
    }
}

/// The cached page of a month, or the page fetched from the first address
/// that has it (and then cached).
pub fn page(
    month: Month,
    lang: Lang,
    base: Option<&str>,
    cache: &Path,
    pacer: &mut Pacer,
) -> Result<PathBuf, FetchError> {
    let file = cache.join(format!("{}-{month}.html", lang.code()));
    let tried = addresses(month, lang, base);
    first_found(&tried, &file, cache, pacer)?.ok_or(FetchError::NotFound { month, tried })
}

/// The cached overview of a year, or the one fetched from the first
/// candidate address that has it (and then cached).
pub fn overview(
    year: i32,
    lang: Lang,
    base: Option<&str>,
    cache: &Path,
    pacer: &mut Pacer,
) -> Result<PathBuf, FetchError> {
    let file = cache.join(format!("{}-{year}-overview.html", lang.code()));
    let tried = overview_addresses(year, lang, base);
    first_found(&tried, &file, cache, pacer)?.ok_or(FetchError::OverviewNotFound { year, tried })
}

/// `file` if it is cached, else the first of `tried` that answers, written
/// to `file`; `None` when every address answers 404.
fn first_found(
    tried: &[String],
    file: &Path,
    cache: &Path,
    pacer: &mut Pacer,
) -> Result<Option<PathBuf>, FetchError> {
    if file.exists() {
        return Ok(Some(file.to_path_buf()));
    }
    for address in tried {
        pacer.next();
        match ureq::get(address).call() {
            Ok(mut response) => {
                let text = response
                    .body_mut()
                    .read_to_string()
                    .map_err(|e| unreachable(address, e))?;
                // Written beside and renamed, so that a fetch cut short
                // never leaves half a page in the cache.
                let partial = file.with_extension("html.partial");
                std::fs::create_dir_all(cache)
                    .and_then(|()| std::fs::write(&partial, text))
                    .and_then(|()| std::fs::rename(&partial, file))
                    .map_err(|e| FetchError::Unreachable {
                        address: file.display().to_string(),
                        reason: format!("cannot write the cache: {e}"),
                    })?;
                return Ok(Some(file.to_path_buf()));
            }
            Err(ureq::Error::StatusCode(404 | 410)) => continue,
            Err(e) => return Err(unreachable(address, e)),
        }
    }
    Ok(None)
}

/// The cached answer to a request to Eurostat made today, or the answer
/// fetched (and then cached as `{dataset}_{request}_{day}.tsv.gz`, a name
/// that says its dataset; the reader tells gzip and the format by the
/// bytes), its bytes counted on `progress` as they come. The response's
/// `Last-Modified`, where it has one, is kept beside it as the download's
/// last update ([`updated_file`]).
pub fn eurostat(
    dataset: &str,
    address: &str,
    cache: &Path,
    pacer: &mut Pacer,
    progress: &indicatif::ProgressBar,
) -> Result<PathBuf, FetchError> {
    let request = address.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    let day = today();
    let file = cache.join(format!("{dataset}_{request:016x}_{day}.tsv.gz"));
    if file.exists() {
        return Ok(file);
    }
    pacer.next();
    let mut response = match ureq::get(address).call() {
        Ok(response) => response,
        Err(ureq::Error::StatusCode(404 | 410)) => {
            return Err(FetchError::EurostatNotFound {
                address: address.to_string(),
            })
        }
        Err(e) => return Err(unreachable(address, e)),
    };
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(String::from)
    };
    let length = header("content-length").and_then(|l| l.parse().ok());
    let updated = header("last-modified").and_then(|d| last_update(&d));
    let bytes =
        read_with_progress(&mut response, length, progress).map_err(|e| unreachable(address, e))?;
    let partial = file.with_extension("gz.partial");
    let stamp = updated_file(&file);
    std::fs::create_dir_all(cache)
        .and_then(|()| match &updated {
            Some(u) => std::fs::write(&stamp, u),
            None => Ok(()),
        })
        .and_then(|()| std::fs::write(&partial, bytes))
        .and_then(|()| std::fs::rename(&partial, &file))
        .map_err(|e| FetchError::Unreachable {
            address: file.display().to_string(),
            reason: format!("cannot write the cache: {e}"),
        })?;
    Ok(file)
}

/// The file beside a cached download that holds its last update.
pub fn updated_file(download: &Path) -> PathBuf {
    download.with_extension("gz.updated")
}

/// A response's body, its bytes counted on `progress` (out of `length`
/// where the response says it).
fn read_with_progress(
    response: &mut ureq::http::Response<ureq::Body>,
    length: Option<u64>,
    progress: &indicatif::ProgressBar,
) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    if let Some(length) = length {
        progress.set_length(length);
    }
    let mut reader = response.body_mut().with_config().limit(u64::MAX).reader();
    let mut bytes = Vec::new();
    let mut chunk = [0u8; 64 * 1024];
    loop {
        let n = reader.read(&mut chunk)?;
        if n == 0 {
            return Ok(bytes);
        }
        bytes.extend_from_slice(&chunk[..n]);
        progress.set_position(bytes.len() as u64);
    }
}

/// An HTTP date (`Wed, 15 Nov 2023 23:00:00 GMT`) as Eurostat writes a
/// last update (`15/11/23 23:00:00`).
pub fn last_update(http_date: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let parts: Vec<&str> = http_date.split_whitespace().collect();
    let [_, day, month, year, time, _] = parts.as_slice() else {
        return None;
    };
    let month = MONTHS.iter().position(|m| m == month)? + 1;
    let day: u32 = day.parse().ok()?;
    let year: u32 = year.parse().ok()?;
    let valid = time.len() == 8 && time.split(':').all(|p| p.parse::<u32>().is_ok());
    valid.then(|| format!("{day:02}/{month:02}/{:02} {time}", year % 100))
}

#[cfg(test)]
mod eurostat_tests {
    #[test]
    fn an_http_date_is_a_last_update_as_eurostat_writes_it() {
        assert_eq!(
            super::last_update("Wed, 15 Nov 2023 23:00:00 GMT").as_deref(),
            Some("15/11/23 23:00:00")
        );
        assert_eq!(
            super::last_update("Mon, 01 Jan 2024 09:05:00 GMT").as_deref(),
            Some("01/01/24 09:05:00")
        );
        assert_eq!(super::last_update("15 Nov 2023"), None);
        assert_eq!(super::last_update("Wed, 15 Nov 2023 23:00 GMT"), None);
    }
}

fn unreachable(address: &str, e: impl std::fmt::Display) -> FetchError {
    FetchError::Unreachable {
        address: address.to_string(),
        reason: e.to_string(),
    }
}

/// The months of `2019-10`, `2019` or `2019-01..2019-06`.
pub fn months(spec: &str) -> Option<Vec<Month>> {
    let (first, last) = match spec.split_once("..") {
        Some((a, b)) => (Month::parse(a)?, Month::parse(b)?),
        None if spec.len() == 4 => {
            let year = spec.parse().ok()?;
            (Month::new(year, 1)?, Month::new(year, 12)?)
        }
        None => {
            let m = Month::parse(spec)?;
            (m, m)
        }
    };
    if last < first || (last.year() - first.year()) > 20 {
        return None;
    }
    let mut out = vec![first];
    while *out.last().expect("one month") < last {
        out.push(out.last().expect("one month").minus(-1));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_not_over_have_no_page_yet() {
        let now = Month::new(2026, 12).unwrap();
        let ask = |spec: &str| not_yet(spec, &months(spec).unwrap(), now).map(|e| e.to_string());
        assert_eq!(ask("2026-11"), None);
        assert_eq!(ask("2019"), None);
        assert_eq!(
            ask("2030-01").as_deref(),
            Some("fetch 2030-01: 2030-01 is in the future (this is 2026-12)")
        );
        assert_eq!(
            ask("2026-12").as_deref(),
            Some("fetch 2026-12: 2026-12 is not over yet, and the CGVS publishes a month's figures in the month after")
        );
        assert_eq!(
            ask("2026").as_deref(),
            Some("fetch 2026: the months after 2026-11 have no page yet (this is 2026-12); fetch 2026-01..2026-11")
        );
        // Typed, for the error that carries it (exit status 4).
        let Some(FetchError::NotYet { first, .. }) = not_yet("2026", &months("2026").unwrap(), now)
        else {
            panic!("2026 is not over in 2026-12")
        };
        assert_eq!(first.to_string(), "2026-01");
    }

    #[test]
    fn each_server_has_its_own_cache() {
        let cache = Path::new("/c");
        assert_eq!(cache_for(cache, None), Path::new("/c"));
        assert_eq!(
            cache_for(cache, Some("http://127.0.0.1:8080/")),
            Path::new("/c/from-127.0.0.1_8080")
        );
        assert_eq!(
            cache_for(cache, Some("https://mirror.example.org/cgvs")),
            Path::new("/c/from-mirror.example.org_cgvs")
        );
    }

    #[test]
    fn addresses_follow_the_site() {
        let october = Month::new(2019, 10).unwrap();
        assert_eq!(
            addresses(october, Lang::Nl, None)[0],
            "https://www.cgvs.be/nl/actueel/asielstatistieken-oktober-2019"
        );
        assert_eq!(
            addresses(october, Lang::Fr, None)[0],
            "https://www.cgrs.be/fr/actualite/les-statistiques-dasile-du-mois-doctobre-2019"
        );
        let november = Month::new(2021, 11).unwrap();
        assert_eq!(
            addresses(november, Lang::Fr, None)[0],
            "https://www.cgrs.be/fr/actualite/les-statistiques-dasile-du-mois-de-novembre-2021"
        );
        let august = Month::new(2016, 8).unwrap();
        assert!(addresses(august, Lang::Fr, None)[0].ends_with("-du-mois-daout-2016"));
        assert_eq!(
            addresses(october, Lang::En, Some("http://127.0.0.1:9/")),
            [
                "http://127.0.0.1:9/en/news/asylum-statistics-october-2019",
                "http://127.0.0.1:9/en/news/asylum-statistics-october-2019-0"
            ]
        );
        assert_eq!(addresses(october, Lang::En, None).len(), 6);
    }

    #[test]
    fn requests_are_two_seconds_apart() {
        let mut pacer = Pacer::new(GAP);
        let t0 = Instant::now();
        assert_eq!(pacer.wait_at(t0), Duration::ZERO);
        pacer.last = Some(t0);
        assert_eq!(pacer.wait_at(t0), GAP);
        assert_eq!(
            pacer.wait_at(t0 + Duration::from_millis(500)),
            Duration::from_millis(1500)
        );
        assert_eq!(pacer.wait_at(t0 + Duration::from_secs(3)), Duration::ZERO);
    }

    #[test]
    fn periods_to_fetch() {
        let m = |y, n| Month::new(y, n).unwrap();
        assert_eq!(months("2019-10"), Some(vec![m(2019, 10)]));
        assert_eq!(months("2019").map(|v| v.len()), Some(12));
        assert_eq!(
            months("2019-11..2020-02"),
            Some(vec![m(2019, 11), m(2019, 12), m(2020, 1), m(2020, 2)])
        );
        assert_eq!(months("2020-02..2019-11"), None);
        assert_eq!(months("October"), None);
    }
}
