//! Notes, errors and numbers in the reader's language: `--lang nl|fr|en`,
//! `ASYLQ_LANG` and `set lang`; notes and errors as data in JSON; Dutch and
//! French numbers in `table` and `markdown`, plain ones in machine formats.

use assert_cmd::Command;

fn asylq() -> Command {
    let mut cmd = Command::cargo_bin("asylq").unwrap();
    cmd.env_remove("ASYLQ_DB")
        .env_remove("ASYLQ_LANG")
        .env("HOME", "/nonexistent-asylq-home")
        .env("XDG_DATA_HOME", "/nonexistent-asylq-data");
    cmd
}

fn stderr(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stderr).unwrap()
}

const QUARTERS: &str = "applications where year = 2023 by quarter change";

#[test]
fn notes_speak_the_language_asked_for() {
    let dutch = stderr(asylq().args(["--lang", "nl", "-c", QUARTERS]));
    assert_eq!(
        dutch,
        "opmerking: change: elke rij tegenover dezelfde maanden van het kwartaal ervoor.\n\
opmerking: 2023-Q4 dekt alleen 2023-10..2023-11, en wordt dus vergeleken met dezelfde maanden een kwartaal eerder: 2023-07..2023-08 (6.638).\n\
opmerking: 2023-Q4 is onvolledig: de gegevens dekken alleen 2023-10..2023-11.\n"
    );
    let french = stderr(asylq().env("ASYLQ_LANG", "fr").args(["-c", QUARTERS]));
    assert_eq!(
        french,
        "remarque\u{a0}: change\u{a0}: chaque ligne par rapport aux mêmes mois du trimestre précédent.\n\
remarque\u{a0}: 2023-Q4 ne couvre que 2023-10..2023-11\u{a0}; il est donc comparé aux mêmes mois un trimestre plus tôt\u{a0}: 2023-07..2023-08 (6.638).\n\
remarque\u{a0}: 2023-Q4 est partiel\u{a0}: les données ne couvrent que 2023-10..2023-11.\n"
    );
    let english = stderr(asylq().args(["-c", QUARTERS]));
    assert!(english.contains("(6,638)."), "{english}");
}

#[test]
fn set_lang_changes_the_notes_that_follow() {
    let text = stderr(asylq().args([
        "-c",
        "workload where year = 2023; set lang = nl; workload where year = 2023",
    ]));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(
        lines[0].starts_with("note: The workload is a stock"),
        "{text}"
    );
    assert_eq!(
        lines[1],
        "opmerking: De werklast is een voorraad: een periode geeft de stand aan het einde ervan; waar die maand ontbreekt, geeft de rij de laatste maand die er is: 2023 op 2023-11."
    );
    let out = asylq().args(["-c", "set lang = de"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown language 'de'"));
}

#[test]
fn a_note_in_the_envelope_is_its_kind_its_arguments_and_its_text() {
    let out = asylq()
        .args([
            "--lang",
            "fr",
            "--format",
            "json",
            "--envelope",
            "-c",
            "workload where year = 2023",
        ])
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        doc[0]["notes"][0],
        serde_json::json!({
            "kind": "as_of",
            "periods": ["2023"],
            "message": "note-as-of",
            "measure": "workload",
            "items": [{"message": "as-of-item", "period": "2023", "month": "2023-11"}],
            "text": "La charge de travail est un stock\u{a0}: une période donne sa valeur à la fin de la période\u{a0}; là où ce mois manque, la ligne donne le dernier mois disponible\u{a0}: 2023 au 2023-11."
        })
    );
    // The rows are the contract: the same in every language.
    assert_eq!(
        doc[0]["rows"],
        serde_json::json!([{"value": 24764, "unit": "dossiers", "period": "2023-11", "months_covered": 1}])
    );
}

#[test]
fn numbers_for_people_follow_the_language_and_machine_formats_stay_plain() {
    let q = "applications where year = 2023 average per month";
    let markdown = |lang: &str| {
        let out = asylq()
            .args(["--lang", lang, "--format", "markdown", "-c", q])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(markdown("nl").contains("| 2.927,5 | persons |"));
    assert!(markdown("fr").contains("| 2.927,5 | persons |"));
    assert!(markdown("en").contains("| 2,927.5 | persons |"));
    let csv = asylq()
        .args(["--lang", "nl", "--format", "csv", "-c", q])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(csv.stdout).unwrap(),
        "value,unit,period,months_covered,months\n2927.5,persons,2023-01..2023-11,11,11\n"
    );
}

#[test]
fn fetch_takes_the_pages_language_as_page_lang() {
    let out = asylq().args(["fetch", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("--page-lang <PAGE_LANG>"), "{help}");
}

/// A failed run: its exit status and what it wrote to stderr.
fn failure(cmd: &mut Command) -> (i32, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn errors_of_queries_speak_the_language_asked_for() {
    let query = "applications where country = \"Narnia\"";
    let (code, dutch) = failure(asylq().args(["--lang", "nl", "-c", query]));
    assert_eq!(code, 1);
    assert!(
        dutch.starts_with("Fout: onbekend land \"Narnia\"\n"),
        "{dutch}"
    );
    assert!(
        dutch.contains("╰───── dit land staat niet in de rapporten"),
        "{dutch}"
    );
    assert!(
        dutch.contains("Hulp: bedoelde u \"Armenië\", \"Nigeria\", \"Nicaragua\"?"),
        "{dutch}"
    );
    assert!(dutch.ends_with("fout op <-c 1>:1:30\n"), "{dutch}");
    let (_, french) = failure(asylq().args(["--lang", "fr", "-c", "aplications"]));
    assert!(
        french.starts_with("Erreur\u{a0}: 'aplications' inattendu\u{a0}: une mesure (applications, decisions, workload, protection_rate, pending) ou fin de l'entrée attendu\n"),
        "{french}"
    );
    assert!(
        french.contains("Aide\u{a0}: vouliez-vous dire «\u{a0}applications\u{a0}»\u{a0}?"),
        "{french}"
    );
    let (_, english) = failure(asylq().args(["-c", query]));
    assert!(
        english.starts_with("Error: unknown country \"Narnia\"\n"),
        "{english}"
    );
    assert!(english.ends_with("error at <-c 1>:1:30\n"), "{english}");
}

#[test]
fn errors_of_readers_and_of_the_command_line_speak_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("article.txt");
    std::fs::write(&file, "Belgium received more applicants.\n").unwrap();
    let db = dir.path().join("facts.duckdb");
    let load = |lang: &str| {
        failure(asylq().args([
            "--lang",
            lang,
            "--db",
            db.to_str().unwrap(),
            "load",
            file.to_str().unwrap(),
        ]))
    };
    let (code, dutch) = load("nl");
    assert_eq!(code, 3);
    assert!(
        dutch.starts_with(&format!("fout: {}: lijkt een nieuwsbericht of een andere tekst, geen statistiekpagina of rapport van het CGVS: de eerste regel, 'Belgium received more applicants.', is daar niet de titel van", file.display())),
        "{dutch}"
    );
    let (_, french) = load("fr");
    assert!(
        french.starts_with(&format!(
            "erreur\u{a0}: {}\u{a0}: ressemble à un article de presse",
            file.display()
        )),
        "{french}"
    );
    assert!(!db.exists(), "nothing is stored");
    let page = dir.path().join("nl-2019-10.txt");
    std::fs::write(&page, include_str!("pages/nl-2019-10.txt")).unwrap();
    let loaded = stderr(asylq().args([
        "--lang",
        "fr",
        "--db",
        db.to_str().unwrap(),
        "load",
        page.to_str().unwrap(),
    ]));
    assert!(
        loaded
            .ends_with("nl-2019-10.txt\u{a0}: 2019-10 (18 chiffres, 1 contrôles)\u{a0}: chargé\n"),
        "{loaded}"
    );
    let again = stderr(asylq().args([
        "--lang",
        "nl",
        "--db",
        db.to_str().unwrap(),
        "load",
        page.to_str().unwrap(),
    ]));
    assert_eq!(
        again,
        "nl-2019-10.txt: 2019-10 (18 cijfers, 1 controles): al opgeslagen, ongewijzigd\n"
    );
    let (code, french) =
        failure(asylq().args(["--lang", "fr", "-c", "workload", "--output", "a.xyz"]));
    assert_eq!(code, 2);
    assert_eq!(
        french,
        "erreur\u{a0}: --output a.xyz\u{a0}: asylq ne peut pas écrire de fichiers '.xyz'\u{a0}; nommez un fichier .csv, .tsv, .json, .jsonl, .md, .txt, .svg ou .png\n"
    );
    // The command line's own errors, which clap says in English.
    let (code, french) = failure(asylq().args(["--lang", "fr", "--bogus"]));
    assert_eq!(code, 2);
    assert_eq!(
        french,
        "erreur\u{a0}: argument inconnu «\u{a0}--bogus\u{a0}»\u{a0}; `asylq --help` liste les options\n"
    );
    let (code, dutch) = failure(asylq().env("ASYLQ_LANG", "nl").args([
        "--embedded",
        "-c",
        "workload",
        "--format",
        "xyz",
    ]));
    assert_eq!(code, 2);
    assert_eq!(
        dutch,
        "fout: 'xyz' is geen waarde van --format <FORMAT>; de waarden zijn table, csv, tsv, json, jsonl, markdown, chart, parquet\n"
    );
    let (code, dutch) = failure(asylq().args(["--lang=nl", "-c", "workload", "--pivot"]));
    assert_eq!(code, 2);
    assert_eq!(
        dutch,
        "fout: --pivot <DIMENSION> vraagt een waarde; `asylq --help` zegt welke\n"
    );
}

#[test]
fn an_error_in_json_is_its_kind_its_arguments_and_its_text_in_the_language_asked_for() {
    let out = asylq()
        .args([
            "--lang",
            "nl",
            "--format",
            "json",
            "--keep-going",
            "-c",
            "workload by",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        doc,
        serde_json::json!([{
            "query": "workload by",
            "error": {
                "kind": "syntax",
                "message": "parse-incomplete",
                "expected": {"message": "expected-dimension"},
                "text": "de vraag is onvolledig: dimensie verwacht",
                "line": 1,
                "column": 12,
                "label": "hier staat einde van de invoer",
                "hints": [],
            }
        }])
    );
}

#[test]
fn the_terminal_chart_speaks_the_language_asked_for() {
    let out = asylq()
        .args([
            "--lang",
            "fr",
            "--format",
            "chart",
            "-c",
            "applications where year = 2023 by month, type",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with(
            "Demandes d'asile par mois et type, janvier–novembre 2023 (personnes)\n3.131 ┤"
        ),
        "{text}"
    );
    assert!(
        text.ends_with("1 premières demandes   2 réinstallation   3 demandes ultérieures\n"),
        "{text}"
    );
}

/// `--help` speaks the language `--lang` or `ASYLQ_LANG` asks for: its
/// headings, every argument's help, its values and defaults; English stays
/// clap's own page.
#[test]
fn the_command_line_help_speaks_the_language_asked_for() {
    let help = |args: &[&str], lang: Option<&str>| {
        let mut cmd = asylq();
        cmd.args(args);
        if let Some(lang) = lang {
            cmd.env("ASYLQ_LANG", lang);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let dutch = help(&["--lang", "nl", "--help"], None);
    assert!(dutch.starts_with("Vraag de asielstatistieken van het Belgische CGVS op\n\nGebruik: asylq [OPTIES] [BESTANDEN]... [OPDRACHT]\n"), "{dutch}");
    for words in [
        "Opdrachten:\n  load ",
        "Uit te voeren vraag (herhaalbaar).",
        "[mogelijke waarden: table, csv",
        "[standaard: 5]",
        "[omgevingsvariabele: ASYLQ_DB]",
        "Toon de hulp",
        "Voorbeelden:",
    ] {
        assert!(dutch.contains(words), "{words}: {dutch}");
    }
    let french = help(&["load", "--help"], Some("fr"));
    assert!(
        french.starts_with("Ajoute des rapports à la base"),
        "{french}"
    );
    assert!(
        french.contains("Utilisation\u{a0}: asylq load [OPTIONS] [RAPPORTS]..."),
        "{french}"
    );
    for (text, lang) in [(&dutch, "nl"), (&french, "fr")] {
        for english in [
            "Usage",
            "Print",
            "possible values",
            "default:",
            "Commands:",
            " the ",
        ] {
            assert!(!text.contains(english), "{lang}: {english}: {text}");
        }
    }
    // Arguments in their order, a default said once.
    let fetch = help(&["--lang", "nl", "fetch", "--help"], None);
    let (period, dataset) = (
        fetch.find("  <PERIODE>").unwrap(),
        fetch.find("  [DATASET]").unwrap(),
    );
    assert!(period < dataset, "{fetch}");
    assert_eq!(fetch.matches("standaard: nl").count(), 1, "{fetch}");
    let english = help(&["--help"], None);
    assert!(english.starts_with("Query the Belgian CGVS asylum statistics\n\nUsage: asylq [OPTIONS] [FILES]... [COMMAND]\n"), "{english}");
}
