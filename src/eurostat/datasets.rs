//! The datasets asylq reads, what each counts, and how a download names
//! its dataset: SDMX-CSV in its `DATAFLOW` or `STRUCTURE_ID` column
//! (`ESTAT:MIGR_ASYAPPCTZM(1.0)`), a TSV only in its file name as Eurostat
//! names downloads (`migr_asyappctzm.tsv.gz`, `estat_migr_asyappctzm.tsv`),
//! or `load --dataset CODE`. Eurostat's summary tables built from a
//! dataset (`tps00190`, persons pending) are read as that dataset.

use super::EurostatError;

/// What a dataset counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counts {
    /// Asylum applicants (persons), by type of applicant.
    Applications,
    /// First-instance decisions (persons), by outcome.
    FirstDecisions,
    /// Final decisions (persons), by outcome.
    FinalDecisions,
    /// Persons with an application pending at the end of the month.
    Pending,
    /// Population on 1 January.
    Population,
}

/// A dataset asylq reads.
#[derive(Debug, PartialEq, Eq)]
pub struct Dataset {
    pub code: &'static str,
    pub counts: Counts,
    /// The dimensions of the dissemination API's key, in order, for
    /// building a request without asking for the structure first.
    pub key: &'static [&'static str],
    /// The months each of its periods spans: 1 (monthly), 3 (quarterly)
    /// or 12 (annual). A download of other periods is another dataset.
    pub months: i64,
}

impl Dataset {
    /// Whether `period` is one of the dataset's periods.
    pub fn gives(&self, period: crate::model::period::Period) -> bool {
        period.span().len() == self.months
    }
}

pub const DATASETS: &[Dataset] = &[
    Dataset {
        code: "migr_asyappctzm",
        counts: Counts::Applications,
        key: &["freq", "unit", "citizen", "sex", "age", "applicant", "geo"],
        months: 1,
    },
    Dataset {
        code: "migr_asyappctza",
        counts: Counts::Applications,
        key: &["freq", "unit", "citizen", "sex", "age", "applicant", "geo"],
        months: 12,
    },
    Dataset {
        code: "migr_asydcfstq",
        counts: Counts::FirstDecisions,
        key: &["freq", "unit", "citizen", "sex", "age", "decision", "geo"],
        months: 3,
    },
    Dataset {
        code: "migr_asydcfsta",
        counts: Counts::FirstDecisions,
        key: &["freq", "unit", "citizen", "sex", "age", "decision", "geo"],
        months: 12,
    },
    Dataset {
        code: "migr_asypenctzm",
        counts: Counts::Pending,
        key: &["freq", "unit", "citizen", "sex", "age", "geo"],
        months: 1,
    },
    Dataset {
        code: "migr_asydcfina",
        counts: Counts::FinalDecisions,
        key: &["freq", "unit", "citizen", "sex", "age", "decision", "geo"],
        months: 12,
    },
    Dataset {
        code: "demo_pjan",
        counts: Counts::Population,
        key: &["freq", "unit", "age", "sex", "geo"],
        months: 12,
    },
];

/// Eurostat's summary tables, each read as the dataset it is built from.
const SUMMARIES: &[(&str, &str)] = &[("tps00190", "migr_asypenctzm"), ("tps00001", "demo_pjan")];

/// Every code asylq takes, for messages: the datasets, then the summary
/// tables read as one of them. A new dataset is one entry of [`DATASETS`].
pub fn codes() -> Vec<&'static str> {
    let datasets = DATASETS.iter().map(|d| d.code);
    datasets
        .chain(SUMMARIES.iter().map(|(summary, _)| *summary))
        .collect()
}

/// The dataset of a code, or of the summary table it names.
pub fn find(code: &str) -> Option<&'static Dataset> {
    let code = code.trim().to_ascii_lowercase();
    let code = SUMMARIES
        .iter()
        .find(|(summary, _)| *summary == code)
        .map_or(code.as_str(), |(_, of)| of);
    DATASETS.iter().find(|d| d.code == code)
}

/// The dataset of a code given by the user or a file, or why not.
pub fn find_code(code: &str) -> Result<&'static Dataset, EurostatError> {
    find(code).ok_or_else(|| EurostatError::UnknownDataset {
        code: code.trim().to_string(),
    })
}

/// The dataset SDMX names in its `DATAFLOW` or `STRUCTURE_ID` cell:
/// `ESTAT:MIGR_ASYAPPCTZM(1.0)`, or the bare code.
pub fn from_structure(cell: &str) -> Result<&'static Dataset, EurostatError> {
    let code = cell.rsplit(':').next().unwrap_or(cell);
    let code = code.split('(').next().unwrap_or(code);
    find_code(code)
}

/// The dataset a file's name names as Eurostat names downloads: the code,
/// perhaps after `estat_`, then the end or one of `.`, `_`, `$`, `-`.
pub fn from_file_name(path: &str) -> Result<&'static Dataset, EurostatError> {
    let name = path
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(path)
        .to_ascii_lowercase();
    let name = name.strip_prefix("estat_").unwrap_or(&name);
    let codes = codes();
    let candidates = codes.iter().filter(|code| {
        name.strip_prefix(**code)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '_', '$', '-']))
    });
    match candidates.max_by_key(|c| c.len()).and_then(|c| find(c)) {
        Some(d) => Ok(d),
        None => Err(EurostatError::NoDataset {
            name: path.rsplit(['/', '\\']).next().unwrap_or(path).to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_names_its_dataset_as_eurostat_names_downloads() {
        for name in [
            "migr_asyappctzm.tsv.gz",
            "/tmp/estat_migr_asyappctzm.tsv",
            "estat_migr_asyappctzm_filtered_en.tsv.gz",
            "MIGR_ASYAPPCTZM.tsv",
        ] {
            assert_eq!(
                from_file_name(name).unwrap().code,
                "migr_asyappctzm",
                "{name}"
            );
        }
        assert_eq!(
            from_file_name("tps00190.tsv").unwrap().code,
            "migr_asypenctzm"
        );
        assert_eq!(
            from_file_name("data/asylum.tsv"),
            Err(EurostatError::NoDataset {
                name: "asylum.tsv".into()
            })
        );
        assert_eq!(
            from_file_name("migr_asyappctzmx.tsv"),
            Err(EurostatError::NoDataset {
                name: "migr_asyappctzmx.tsv".into()
            })
        );
    }

    #[test]
    fn sdmx_names_its_dataset_in_its_structure() {
        assert_eq!(
            from_structure("ESTAT:MIGR_ASYDCFSTQ(1.0)").unwrap().code,
            "migr_asydcfstq"
        );
        assert_eq!(
            from_structure("ESTAT:MIGR_ASYAPPCTZA(1.0)").unwrap().code,
            "migr_asyappctza"
        );
        assert_eq!(
            from_structure("ESTAT:MIGR_ASYUNAA(1.0)"),
            Err(EurostatError::UnknownDataset {
                code: "MIGR_ASYUNAA".into()
            })
        );
    }
}
