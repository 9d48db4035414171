//! The report embedded in the binary, the CGVS report of November 2023: its
//! text and the file name it is shown under. The default store answers from
//! it without a file; the store keeps its facts ready-made
//! (`store/embedded.rs`), the reader reads it in tests and at `rebuild`.

/// The text of the embedded report.
pub const EMBEDDED: &str = include_str!("../data/asielstatistieken-2023-11.txt");

/// The file name of the embedded report, as shown in sources.
pub const EMBEDDED_NAME: &str = "asielstatistieken-2023-11.txt";
