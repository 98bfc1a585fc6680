//! The words themselves (issue 10, finding 6): one term per idea as each language's glossary
//! (`locales/<lang>/GLOSSARY.md`) says — checked for the collective, the term that drifted —,
//! Latin digits in every language, and every deadline rule explained in every language.

use super::*;
use std::path::{Path, PathBuf};

const LANGS: [Language; 4] = [Language::English, Language::Bengali, Language::Hindi, Language::Telugu];

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The cells of the glossary table's row for `idea` (the first cell), trimmed.
fn glossary_row(glossary: &str, idea: &str) -> Option<Vec<String>> {
    glossary.lines().map(str::trim).filter(|l| l.starts_with('|')).find_map(|l| {
        let cells: Vec<String> = l.trim_matches('|').split('|').map(|c| c.trim().to_owned()).collect();
        (cells.first().map(String::as_str) == Some(idea)).then_some(cells)
    })
}

fn list(cell: Option<&String>) -> Vec<String> {
    cell.map(|c| c.split(',').map(|w| w.trim().to_owned()).filter(|w| !w.is_empty()).collect()).unwrap_or_default()
}

/// The glossary's rule for the collective: the word to use, the words never to use, and the
/// fixed phrases in which one of those may still stand (a focus group is not a collective).
struct TermRule {
    term: String,
    forbidden: Vec<String>,
    allowed: Vec<String>,
}

fn collective_rule(lang: Language) -> TermRule {
    let path = repo().join(format!("locales/{}/GLOSSARY.md", lang.code()));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{} has a glossary: {e}", lang.code()));
    let cells = glossary_row(&text, "collective").unwrap_or_else(|| panic!("{}'s glossary has a collective row", lang.code()));
    TermRule { term: cells.get(1).cloned().unwrap_or_default(), forbidden: list(cells.get(2)), allowed: list(cells.get(3)) }
}

/// The forbidden words `text` uses outside the allowed phrases.
fn offences(text: &str, rule: &TermRule) -> Vec<String> {
    let mut rest = text.to_owned();
    for phrase in &rule.allowed {
        rest = rest.replace(phrase.as_str(), " ");
    }
    rule.forbidden.iter().filter(|w| rest.contains(w.as_str())).cloned().collect()
}

/// What a reader sees of a Fluent file: message values and continuation lines, not
/// identifiers or comments.
fn ftl_text(source: &str) -> Vec<(usize, String)> {
    source
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with('#'))
        .map(|(i, l)| {
            let text = if l.starts_with(|c: char| c.is_ascii_alphabetic()) { l.split_once('=').map_or("", |(_, v)| v) } else { l };
            (i + 1, text.to_owned())
        })
        .collect()
}

/// What a reader sees of a form file: its quoted strings.
fn toml_text(source: &str) -> Vec<(usize, String)> {
    source
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('"').skip(1).step_by(2).collect::<Vec<_>>().join(" ")))
        .collect()
}

fn files_under(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files_under(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// Every (file, line, text) a reader of this language may meet: its Fluent files and every
/// form file (forms hold all languages side by side; the forbidden words are in one script).
fn readable_lines(lang: Language) -> Vec<(PathBuf, usize, String)> {
    let mut ftl = Vec::new();
    files_under(&repo().join("locales").join(lang.code()), "ftl", &mut ftl);
    let mut forms = Vec::new();
    files_under(&repo().join("forms"), "toml", &mut forms);
    assert!(ftl.len() >= 10 && forms.len() >= 6, "the scan found {} ftl and {} form files; is it broken?", ftl.len(), forms.len());
    let mut out = Vec::new();
    for (files, reader) in [(ftl, ftl_text as fn(&str) -> Vec<(usize, String)>), (forms, toml_text)] {
        for path in files {
            let source = std::fs::read_to_string(&path).expect("utf-8");
            out.extend(reader(&source).into_iter().map(|(n, t)| (path.clone(), n, t)));
        }
    }
    out
}

#[test]
fn each_language_names_the_collective_as_its_glossary_says() {
    let locales = Arc::new(Locales::load());
    for lang in LANGS {
        let rule = collective_rule(lang);
        assert!(!rule.term.is_empty(), "{}: a word for the collective", lang.code());
        let shown = Tr::new(locales.clone(), lang).t("collective-title");
        assert_eq!(shown.to_lowercase(), rule.term.to_lowercase(), "{}: the collective's page says the glossary's word", lang.code());
        assert!(lang == Language::English || !rule.forbidden.is_empty(), "{}: the glossary lists the words never to use", lang.code());
    }
    assert!(collective_rule(Language::Bengali).forbidden.contains(&"সমষ্টি".to_owned()));
}

#[test]
fn no_translation_or_form_uses_a_forbidden_word_for_the_collective() {
    let mut found = Vec::new();
    for lang in LANGS {
        let rule = collective_rule(lang);
        for (path, line, text) in readable_lines(lang) {
            for word in offences(&text, &rule) {
                found.push(format!("{}:{line}: {word} (say {})", path.strip_prefix(repo()).unwrap_or(&path).display(), rule.term));
            }
        }
    }
    assert!(found.is_empty(), "one word for the collective, as each GLOSSARY.md says:\n{}", found.join("\n"));
}

#[test]
fn the_check_finds_a_forbidden_word_and_spares_an_allowed_phrase() {
    let bn = collective_rule(Language::Bengali);
    assert_eq!(offences("আপনার সমষ্টির নেত্রী", &bn), vec!["সমষ্টি".to_owned()]);
    assert!(offences("আপনার সংঘের নেত্রী", &bn).is_empty());
    assert!(offences("শিশু কল্যাণ সমিতি", &bn).is_empty(), "a child welfare committee is not a collective");
    let hi = collective_rule(Language::Hindi);
    assert_eq!(offences("भाग लेने वाले समूह", &hi), vec!["समूह".to_owned()]);
    assert!(offences("फ़ोकस समूह के अंक", &hi).is_empty());
    // Fluent identifiers and comments are not read; values are.
    let lines = ftl_text("# सम्मति समूह\nround-collectives-label = भाग लेने वाले समूह\n    और समूह");
    assert_eq!(lines.iter().filter(|(_, t)| !offences(t, &hi).is_empty()).count(), 2);
    let lines = toml_text("label = { en = \"x\", bn = \"সমষ্টি\" } # সমষ্টি");
    assert_eq!(lines.len(), 1);
    assert_eq!(offences(&lines[0].1, &bn).len(), 1);
}

/// Native digits of Bengali, Devanagari and Telugu.
fn is_native_digit(c: char) -> bool {
    matches!(c, '\u{09E6}'..='\u{09EF}' | '\u{0966}'..='\u{096F}' | '\u{0C66}'..='\u{0C6F}')
}

#[test]
fn every_language_writes_latin_digits_as_the_numbers_dhruva_fills_in_do() {
    let mut found = Vec::new();
    for lang in LANGS {
        for (path, line, text) in readable_lines(lang) {
            if text.chars().any(is_native_digit) {
                found.push(format!("{}:{line}: {text}", path.strip_prefix(repo()).unwrap_or(&path).display()));
            }
        }
    }
    found.dedup();
    assert!(found.is_empty(), "Latin digits everywhere, as the glossaries say:\n{}", found.join("\n"));
    // What the code fills in: counts, dates and amounts, in every language.
    let locales = Arc::new(Locales::load());
    for lang in LANGS {
        let tr = Tr::new(locales.clone(), lang);
        let count = tr.t_args("casework-reminders-badge", "count", 26);
        let date = crate::format::date(&tr, time::macros::date!(2026 - 11 - 26));
        for text in [&count, &date, &crate::format::rupees(30_000_000)] {
            assert!(!text.chars().any(is_native_digit), "{}: {text}", lang.code());
        }
        assert!(date.starts_with("26 ") && date.ends_with(" 2026"), "{}: {date}", lang.code());
    }
}

#[test]
fn every_deadline_rule_is_explained_in_every_language() {
    let rules = dhruva_core::cases::deadlines::rules();
    assert!(rules.len() >= 9, "the rules file was read");
    let locales = Locales::load();
    for rule in rules {
        let key = format!("welcome-rule-{}", rule.id);
        let en = locales.format(Language::English, &key, None).unwrap_or_else(|| panic!("English explains {}", rule.id));
        for lang in [Language::Bengali, Language::Hindi, Language::Telugu] {
            let text = locales.format(lang, &key, None).unwrap_or_else(|| panic!("{} explains {}", lang.code(), rule.id));
            assert_ne!(text, en, "{}: {} is translated", lang.code(), rule.id);
            assert!(!text.contains(&rule.source), "{}: {} is not the English source", lang.code(), rule.id);
            // Each explanation names the same law and the same numbers as the English.
            let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
            assert_eq!(digits(&text), digits(&en), "{}: {} keeps the law's numbers", lang.code(), rule.id);
        }
    }
}
