//! The commands that write a store: `load`, `fetch` (pages downloaded, then
//! loaded) and `rebuild`, each through the one load policy of `load.rs`.

use super::*;
use crate::error::SourceProblem;
use crate::store::Editions;

/// Fetches the pages of a period (from the cache where it has them) and
/// loads those found; a month without a page is named at the end (exit 3),
/// an unreachable site stops before anything is stored.
pub(super) fn fetch(
    args: &Args,
    period: &str,
    lang: crate::page::Lang,
    base: Option<&str>,
) -> Result<(), Failure> {
    use crate::fetch::{self, FetchError, Pacer, GAP};
    let months = fetch::months(period)
        .ok_or_else(|| Error::Usage(crate::msg!("fetch-period", period = period)))?;
    if let Some(why) = fetch::not_yet(period, &months, fetch::this_month()) {
        return Err(Error::NotPublished(vec![why]).into());
    }
    let cache = fetch::cache_dir().ok_or(Error::NoDataDirectory("what-page-cache"))?;
    let cache = fetch::cache_for(&cache, base);
    let bar = if months.len() > 3 {
        indicatif::ProgressBar::new(months.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    // Requests to the CGVS site keep their distance; a server on this
    // machine (a mirror, the tests' server) needs none.
    let local = base.is_some_and(|b| b.contains("://127.0.0.1") || b.contains("://localhost"));
    let mut pacer = Pacer::new(if local {
        std::time::Duration::ZERO
    } else {
        GAP
    });
    let (mut files, mut missing) = (Vec::new(), Vec::new());
    for month in months {
        match fetch::page(month, lang, base, &cache, &mut pacer) {
            Ok(file) => files.push(file),
            Err(e @ FetchError::NotFound { .. }) => missing.push(e),
            Err(e) => return Err(Error::Fetch(e).into()),
        }
        bar.inc(1);
    }
    // A whole year (`fetch 2023`) also takes the year's overview.
    if let Ok(year) = period.parse::<i32>() {
        match fetch::overview(year, lang, base, &cache, &mut pacer) {
            Ok(file) => files.push(file),
            Err(e @ FetchError::OverviewNotFound { .. }) => missing.push(e),
            Err(e) => return Err(Error::Fetch(e).into()),
        }
    }
    bar.finish_and_clear();
    if !files.is_empty() {
        load(args, &files, LoadOptions::default())?;
    }
    if !missing.is_empty() {
        return Err(Error::NotPublished(missing).into());
    }
    Ok(())
}

/// What `fetch eurostat` asks for, as typed.
pub(super) struct EurostatAsk<'a> {
    pub dataset: Option<&'a str>,
    pub geo: &'a [String],
    pub citizen: &'a [String],
    pub since: Option<&'a str>,
}

/// Fetches a Eurostat dataset (from the cache where today's request is
/// in it) and loads it; a request the API has no data for is named (exit
/// 4), an unreachable server stops before anything is stored (exit 3).
pub(super) fn fetch_eurostat(
    args: &Args,
    asked: EurostatAsk,
    base: Option<&str>,
) -> Result<(), Failure> {
    use crate::eurostat::{datasets, request::Request};
    use crate::fetch::{self, FetchError, Pacer, GAP};
    let code = asked
        .dataset
        .ok_or_else(|| Error::Usage(crate::msg!("fetch-eurostat-dataset")))?;
    let dataset = datasets::find_code(code).map_err(|e| Error::Usage(e.message()))?;
    let request = Request {
        dataset,
        geo: asked.geo.to_vec(),
        citizen: asked.citizen.to_vec(),
        since: asked.since.map(String::from),
    };
    let address = request.address(base).map_err(Error::Usage)?;
    let cache = fetch::cache_dir().ok_or(Error::NoDataDirectory("what-page-cache"))?;
    let cache = fetch::cache_for(&cache.join("eurostat"), base);
    let local = base.is_some_and(|b| b.contains("://127.0.0.1") || b.contains("://localhost"));
    let mut pacer = Pacer::new(if local {
        std::time::Duration::ZERO
    } else {
        GAP
    });
    let bar = indicatif::ProgressBar::new_spinner().with_message(address.clone());
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {bytes}/{total_bytes} {wide_msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    let file = fetch::eurostat(dataset.code, &address, &cache, &mut pacer, &bar);
    bar.finish_and_clear();
    let file = match file {
        Ok(file) => file,
        Err(e @ FetchError::EurostatNotFound { .. }) => {
            return Err(Error::NotPublished(vec![e]).into())
        }
        Err(e) => return Err(Error::Fetch(e).into()),
    };
    let options = LoadOptions {
        dataset: Some(dataset.code.to_string()),
        last_update: std::fs::read_to_string(fetch::updated_file(&file)).ok(),
        ..LoadOptions::default()
    };
    load(args, &[file], options)
}

/// The flags of `load`.
#[derive(Debug, Clone, Default)]
pub(super) struct LoadOptions {
    pub force: bool,
    pub verbose: bool,
    pub no_embedded: bool,
    pub replace: bool,
    /// `--dataset`: the Eurostat dataset of the files.
    pub dataset: Option<String>,
    /// A fetched download's last update, from the response (where its
    /// text states none).
    pub last_update: Option<String>,
}

/// Loads files into the store that `load` writes. A new store starts with
/// the embedded report, and says so, unless `--no-embedded`.
pub(super) fn load(args: &Args, files: &[PathBuf], options: LoadOptions) -> Result<(), Failure> {
    let mut say = sayer(args);
    let LoadOptions {
        force,
        verbose,
        no_embedded,
        replace,
        dataset,
        last_update,
    } = options;
    let mut ready = crate::load::read_all(files, force, dataset.as_deref())?;
    for file in &mut ready {
        if let crate::load::Content::Eurostat(download) = &mut file.content {
            let head = &mut download.summary.head;
            head.last_update = head.last_update.take().or(last_update.clone());
        }
    }
    let path = writable_store(args)?;
    let (mut store, created) = Store::open_or_create(&path, !no_embedded)?;
    if created && !no_embedded {
        say(crate::msg!(
            "load-new-store",
            path = path.display().to_string(),
            embedded = crate::report::EMBEDDED_NAME
        ));
    } else if !created && no_embedded && store.holds_embedded()? {
        return Err(Error::Usage(crate::msg!(
            "usage-no-embedded",
            path = path.display().to_string()
        ))
        .into());
    }
    let editions = if replace {
        Editions::Replace
    } else {
        Editions::Refuse
    };
    // A file the store refuses leaves the copy unsaved: none of the files
    // is stored, and the error names each file refused.
    crate::load::store_all(&mut store, &ready, editions, &mut say)?;
    store.save()?;
    if verbose {
        for file in &ready {
            let crate::load::Content::Cgvs(report) = &file.content else {
                continue;
            };
            for (line, text) in &report.unplaced {
                say(crate::msg!(
                    "load-not-read",
                    place = format!("{}:{line}", file.name),
                    text = text
                ));
            }
        }
    }
    Ok(())
}

/// Takes a source out of the store that `load` writes.
pub(super) fn unload(args: &Args, which: &str) -> Result<(), Failure> {
    let mut say = sayer(args);
    let path = writable_store(args)?;
    let mut store = Store::open_for_writing(&path)?;
    let gone = store.unload(which)?;
    store.save()?;
    say(crate::msg!(
        "unload-done",
        file = &gone.file,
        month = &gone.month,
        digest = &gone.digest,
        store = path.display().to_string()
    ));
    Ok(())
}

/// The store that `load` and `rebuild` write: `--db`, or the user's store.
fn writable_store(args: &Args) -> Result<PathBuf> {
    match &args.db {
        Some(p) => Ok(p.clone()),
        None => user_store().ok_or(Error::NoDataDirectory("what-user-store")),
    }
}

/// Rebuilds the store that `load` writes.
pub(super) fn rebuild(args: &Args) -> Result<(), Failure> {
    let mut say = sayer(args);
    let path = writable_store(args)?;
    let cache = crate::fetch::cache_dir();
    let done = crate::rebuild::rebuild(&path, cache.as_deref(), &mut say)?;
    say(crate::msg!(
        "rebuild-done",
        store = path.display().to_string(),
        count = done.stored.len(),
        backup = done.backup.display().to_string()
    ));
    if done.refused.is_empty() {
        return Ok(());
    }
    Err(Error::source(&path, SourceProblem::NotStoredAgain(done.refused)).into())
}

/// What prints the lines of a load, an unload or a rebuild to stderr, in the
/// language of `--lang`.
fn sayer(args: &Args) -> impl FnMut(crate::locale::Message) {
    let lang = args.lang.unwrap_or(crate::model::Lang::En);
    move |m| note!("{}", m.text(lang))
}
