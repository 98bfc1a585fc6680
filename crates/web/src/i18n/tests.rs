//! Translation completeness: every file parses, every language has every English key, and
//! every key the code or templates use exists in English.

use super::*;
use crate::error::WebError;
use crate::validate::Problem;
use dhruva_core::policy::Role;
use dhruva_core::registry::{OfficeTitle, Stage, TraffickingKind};
use fluent_bundle::FluentResource;
use std::collections::BTreeSet;
use std::path::Path;

fn keys(source: &str) -> BTreeSet<String> {
    if let Err((_, errors)) = FluentResource::try_new(source.to_owned()) {
        panic!("syntax errors: {errors:?}");
    }
    // A message starts at the beginning of a line with its identifier and `=`; continuation
    // lines are indented, comments start with `#`, terms with `-`.
    source
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect()
}

fn source(lang: Language) -> &'static str {
    SOURCES.iter().find(|(l, _)| *l == lang).map(|(_, s)| *s).expect("every language has a file")
}

#[test]
fn every_translation_file_parses_and_has_every_english_key() {
    let en = keys(source(Language::English));
    assert!(en.len() > 100, "English has only {} keys", en.len());
    for lang in [Language::Bengali, Language::Hindi, Language::Telugu] {
        let other = keys(source(lang));
        let missing: Vec<_> = en.difference(&other).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        let extra: Vec<_> = other.difference(&en).collect();
        assert!(extra.is_empty(), "{} has keys English lacks: {extra:?}", lang.code());
    }
}

/// Literal keys passed to `t("…")` / `t_args("…"` in Rust sources and templates.
fn literal_keys_in(dir: &Path, found: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).expect("readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            literal_keys_in(&path, found);
            continue;
        }
        if path.ends_with("i18n/tests.rs") {
            continue; // this file names keys that must not exist
        }
        let text = std::fs::read_to_string(&path).expect("utf-8");
        for marker in ["t(\"", "t_args(\""] {
            for (at, _) in text.match_indices(marker) {
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue; // another function whose name ends in t/t_args
                }
                let rest = &text[at + marker.len()..];
                let key = &rest[..rest.find('"').expect("closing quote")];
                if !key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                    found.insert(key.to_owned());
                }
            }
        }
    }
}

#[test]
fn every_key_the_code_uses_exists_in_english() {
    let en = keys(source(Language::English));
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut used = BTreeSet::new();
    literal_keys_in(&root.join("src"), &mut used);
    literal_keys_in(&root.join("templates"), &mut used);
    assert!(used.len() > 40, "the scan found only {} keys; is it broken?", used.len());
    // Keys built at run time, from every value that can produce one.
    for m in 1..=12 {
        used.insert(format!("month-{m}"));
    }
    let coded: [(&str, Vec<&str>); 5] = [
        ("trafficking-kind", TraffickingKind::ALL.iter().map(|k| k.code()).collect()),
        ("stage", Stage::ALL.iter().map(|k| k.code()).collect()),
        ("office", OfficeTitle::ALL.iter().map(|k| k.code()).collect()),
        ("language", Language::ALL.iter().map(|k| k.code()).collect()),
        ("role", Role::ALL.iter().map(|k| k.code()).collect()),
    ];
    for (prefix, codes) in coded {
        for code in codes {
            used.insert(format!("{prefix}-{code}"));
        }
    }
    for key in WebError::all_keys().into_iter().chain(crate::error_page::plain_keys()) {
        used.insert(key.to_owned());
        used.insert(format!("{key}-title"));
    }
    for p in Problem::ALL {
        used.insert(p.key().to_owned());
    }
    for field in ["name", "phone", "birth_year", "notes", "languages", "office", "joined_on"] {
        used.insert(crate::error_page::field_label_key(field));
    }
    let missing: Vec<_> = used.difference(&en).collect();
    assert!(missing.is_empty(), "English lacks {missing:?}");
}

#[test]
fn the_switcher_names_each_language_in_itself() {
    let tr = Tr::new(Arc::new(Locales::load()), Language::English);
    let names = tr.self_names();
    assert!(names.contains(&("bn", "বাংলা".to_owned())), "{names:?}");
    assert!(names.contains(&("hi", "हिन्दी".to_owned())), "{names:?}");
    assert!(names.contains(&("te", "తెలుగు".to_owned())), "{names:?}");
}

#[test]
fn a_missing_key_falls_back_to_english_then_to_the_key() {
    let tr = Tr::new(Arc::new(Locales::load()), Language::Bengali);
    assert_eq!(tr.t("no-such-key"), "no-such-key");
    assert_ne!(tr.t("login-title"), Tr::new(Arc::new(Locales::load()), Language::English).t("login-title"));
}
