//! The reader's own words for the query language's: a Dutch or French user
//! who types `demandes où année = 2023 par mois` is told which words the
//! language uses (`applications`, `where`, `year`, `by`). One table serves
//! the parser's errors and the checker's (an unknown measure or dimension).

/// A word of Dutch or French (lower case, with or without its accents) and
/// the query word it stands for. Words that are English keywords of the
/// language too (`per`, `top`) are not here; `per` is hinted as `by` only
/// where `by` is expected.
const WORDS: &[(&str, &str)] = &[
    ("aanvragen", "applications"),
    ("asielaanvragen", "applications"),
    ("aanvraag", "applications"),
    ("verzoeken", "applications"),
    ("asielverzoeken", "applications"),
    ("demandes", "applications"),
    ("demande", "applications"),
    ("beslissingen", "decisions"),
    ("beslissing", "decisions"),
    ("décisions", "decisions"),
    ("décision", "decisions"),
    ("werklast", "workload"),
    ("charge", "workload"),
    ("beschermingsgraad", "protection_rate"),
    ("taux", "protection_rate"),
    ("jaar", "year"),
    ("jaren", "year"),
    ("année", "year"),
    ("annee", "year"),
    ("années", "year"),
    ("maand", "month"),
    ("maanden", "month"),
    ("mois", "month"),
    ("kwartaal", "quarter"),
    ("trimestre", "quarter"),
    ("semestre", "half"),
    ("halfjaar", "half"),
    ("land", "country"),
    ("landen", "country"),
    ("pays", "country"),
    ("nationaliteit", "country"),
    ("nationalité", "country"),
    ("soort", "type"),
    ("eenheid", "unit"),
    ("unité", "unit"),
    ("waar", "where"),
    ("où", "where"),
    ("par", "by"),
    ("et", "and"),
    ("ou", "or"),
    ("niet", "not"),
    ("pas", "not"),
    ("tussen", "between"),
    ("entre", "between"),
    ("laatste", "last"),
    ("derniers", "last"),
    ("aandeel", "share"),
    ("part", "share"),
    ("verandering", "change"),
    ("évolution", "change"),
    ("gemiddelde", "average"),
    ("moyenne", "average"),
    ("cumulatief", "cumulative"),
    ("cumul", "cumulative"),
];

/// The query word a reader's word stands for: `demandes` is `applications`.
pub fn query_word(typed: &str) -> Option<&'static str> {
    let typed = typed.to_lowercase();
    WORDS.iter().find(|(w, _)| *w == typed).map(|(_, q)| *q)
}

/// The hint for a reader's word: "the query language is written in
/// English: write `applications` for `demandes`".
pub fn hint(typed: &str) -> Option<crate::locale::Message> {
    let word = query_word(typed)?;
    Some(crate::msg!("hint-reader-word", word = word, typed = typed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reader_s_words_name_the_query_words() {
        assert_eq!(query_word("Demandes"), Some("applications"));
        assert_eq!(query_word("année"), Some("year"));
        assert_eq!(query_word("waar"), Some("where"));
        assert_eq!(query_word("applications"), None);
    }
}
