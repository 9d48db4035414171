//! A request to Eurostat's dissemination API for a dataset:
//! `{base}/api/dissemination/sdmx/2.1/data/{DATASET}/{key}?format=TSV&compressed=true`
//! with `startPeriod` for `--since`. The key is built from the dataset's
//! dimension order kept in [`super::datasets`] (no request for the
//! structure first): `--geo` and `--citizen` fill their places, joined by
//! `+`, every other place is left empty (all its codes).

use super::codes;
use super::datasets::Dataset;
use crate::locale::Message;
use crate::model::countries;
use crate::msg;

/// Eurostat's address, for which `--base-url` stands.
pub const EUROSTAT: &str = "https://ec.europa.eu/eurostat";

/// What `fetch eurostat` asks for.
#[derive(Debug, Clone)]
pub struct Request {
    pub dataset: &'static Dataset,
    /// Reporting countries, as typed (`BE`, `Belgium`, `GR`).
    pub geo: Vec<String>,
    /// Citizenships, as typed (`AF`, `Afghanistan`, `Syrië`, `TOTAL`).
    pub citizen: Vec<String>,
    /// The first period (`2023`, `2023-01`, `2023-Q1`).
    pub since: Option<String>,
}

impl Request {
    /// The address of the request on `base` (Eurostat's where `None`).
    pub fn address(&self, base: Option<&str>) -> Result<String, Message> {
        let geo = self
            .geo
            .iter()
            .map(|g| geo_code(g))
            .collect::<Result<Vec<_>, _>>()?;
        let citizen = self
            .citizen
            .iter()
            .map(|c| citizen_code(c))
            .collect::<Result<Vec<_>, _>>()?;
        let key: Vec<String> = self
            .dataset
            .key
            .iter()
            .map(|d| match *d {
                "geo" => geo.join("+"),
                "citizen" => citizen.join("+"),
                _ => String::new(),
            })
            .collect();
        let mut query = "format=TSV&compressed=true".to_string();
        if let Some(since) = &self.since {
            let period =
                super::period(since).ok_or_else(|| msg!("fetch-eurostat-since", since = since))?;
            query += &format!("&startPeriod={}", api_period(&period));
        }
        Ok(format!(
            "{}/api/dissemination/sdmx/2.1/data/{}/{}?{query}",
            base.unwrap_or(EUROSTAT).trim_end_matches('/'),
            self.dataset.code.to_ascii_uppercase(),
            key.join(".")
        ))
    }
}

/// A period as the API's `startPeriod` takes it: `2023`, `2023-01`, `2023-Q1`.
fn api_period(p: &crate::model::period::Period) -> String {
    use crate::model::period::Period;
    match p {
        Period::Year(y) => y.to_string(),
        Period::Month(m) => m.to_string(),
        other => other.to_string(),
    }
}

/// Eurostat's code of a reporting country typed as a code or a name.
fn geo_code(typed: &str) -> Result<&'static str, Message> {
    codes::geo(typed)
        .map(|g| g.0)
        .ok_or_else(|| msg!("fetch-eurostat-geo", geo = typed))
}

/// Eurostat's code of a citizenship typed as a code, a name, or one of
/// Eurostat's groups.
fn citizen_code(typed: &str) -> Result<String, Message> {
    let upper = typed.trim().to_ascii_uppercase();
    if codes::CITIZEN_GROUPS.contains(&upper.as_str()) {
        return Ok(upper);
    }
    if upper.len() == 2 && countries::by_iso2(codes::to_iso(&upper)).is_some() {
        return Ok(codes::from_iso(codes::to_iso(&upper)).to_string());
    }
    let wanted = countries::fold(typed);
    countries::COUNTRIES
        .iter()
        .chain(crate::model::world::WORLD)
        .find(|c| {
            [c.0, c.1, c.2, c.4]
                .iter()
                .any(|n| countries::fold(n) == wanted)
        })
        .map(|c| codes::from_iso(c.3).to_string())
        .ok_or_else(|| msg!("fetch-eurostat-citizen", citizen = typed))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(dataset: &str, geo: &[&str], citizen: &[&str], since: Option<&str>) -> Request {
        Request {
            dataset: super::super::datasets::find(dataset).unwrap(),
            geo: geo.iter().map(|s| s.to_string()).collect(),
            citizen: citizen.iter().map(|s| s.to_string()).collect(),
            since: since.map(String::from),
        }
    }

    #[test]
    fn the_key_follows_the_dataset_s_dimension_order() {
        assert_eq!(
            request("migr_asyappctzm", &["BE", "Netherlands", "GR"], &["Afghanistan", "SY"], Some("2023-01"))
                .address(None)
                .unwrap(),
            "https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/data/MIGR_ASYAPPCTZM/..AF+SY....BE+NL+EL?format=TSV&compressed=true&startPeriod=2023-01"
        );
        assert_eq!(
            request("tps00190", &["BE"], &[], Some("2023M04")).address(Some("http://127.0.0.1:9/")).unwrap(),
            "http://127.0.0.1:9/api/dissemination/sdmx/2.1/data/MIGR_ASYPENCTZM/.....BE?format=TSV&compressed=true&startPeriod=2023-04"
        );
        assert_eq!(
            request("migr_asydcfstq", &[], &["total"], Some("2023Q2")).address(None).unwrap(),
            "https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/data/MIGR_ASYDCFSTQ/..TOTAL....?format=TSV&compressed=true&startPeriod=2023-Q2"
        );
        let bad = request("migr_asyappctzm", &["Narnia"], &[], None).address(None);
        assert_eq!(
            bad.unwrap_err().text(crate::model::Lang::En),
            "Narnia is no reporting country Eurostat knows (BE, Belgium, EU27_2020, ...)"
        );
    }
}
