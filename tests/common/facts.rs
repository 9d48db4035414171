//! A fact's stored words and place, as the tests compare them.

use asylq::model::Fact;

/// The words the store keeps for a fact: measure, type, unit, table, and
/// the line of its source.
pub trait Words {
    fn measure(&self) -> &'static str;
    fn kind(&self) -> &'static str;
    fn unit(&self) -> &'static str;
    fn table(&self) -> &'static str;
    fn line(&self) -> usize;
}

impl Words for Fact {
    fn measure(&self) -> &'static str {
        self.figure.words().0
    }
    fn kind(&self) -> &'static str {
        self.figure.words().1
    }
    fn unit(&self) -> &'static str {
        self.figure.words().2
    }
    fn table(&self) -> &'static str {
        self.provenance.table()
    }
    fn line(&self) -> usize {
        self.provenance.line()
    }
}
