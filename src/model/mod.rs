//! The nouns of asylq: months, facts and where they come from, the
//! vocabulary of measures, types and units, and the country reference.
//!
//! Every stage (the readers, the store, the checker, the compiler and the
//! renderers) speaks of figures in these terms, so they live below all of
//! them: this module uses nothing else of the crate.

pub mod choice;
pub mod countries;
pub mod fact;
pub mod month;
pub mod period;
pub mod provenance;
pub mod publisher;
pub mod vocabulary;
pub mod world;

pub use fact::{Fact, Figure};
pub use provenance::{Lang, Origin, Provenance};
pub use publisher::Publisher;
pub use vocabulary::{Measure, Type, Unit};
