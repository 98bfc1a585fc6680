use super::*;
use crate::model::ItemKind;
use dhruva_core::registry::Language;

#[test]
fn every_case_form_parses() {
    for (kind, parsed) in parse_all() {
        if let Err(e) = parsed {
            panic!("forms/cases for {kind:?} does not parse: {e}");
        }
    }
    assert_eq!(parse_all().len(), CaseKind::ALL.len());
}

#[test]
fn every_kind_has_its_own_form_with_the_items_the_store_relies_on() {
    for &kind in CaseKind::ALL {
        let f = form(kind);
        assert_eq!(f.id, format!("case_{}", kind.code()));
        assert!(f.version >= 1, "{kind:?} got the empty fallback form");
        for name in required_items(kind) {
            assert!(f.item(name).is_some(), "{kind:?} lacks {name}");
        }
    }
}

#[test]
fn amounts_are_whole_rupees_never_negative() {
    let f = form(CaseKind::Compensation);
    for name in ["amount_claimed", "interim_amount", "amount_awarded", "amount_received"] {
        let item = f.item(name).map(|i| &i.kind);
        assert!(matches!(item, Some(ItemKind::Integer { min: Some(0), .. })), "{name}: {item:?}");
    }
}

#[test]
fn words_the_store_reads_are_optional_text() {
    for &kind in CaseKind::ALL {
        for name in required_items(kind).iter().filter(|n| !n.starts_with("amount") && **n != "interim_amount") {
            let item = form(kind).item(name).expect("checked above");
            assert!(matches!(item.kind, ItemKind::Text { .. }), "{kind:?}.{name}");
            assert!(!item.required, "{kind:?}.{name}: she may not know it yet");
        }
    }
}

#[test]
fn every_label_and_hint_is_in_all_four_languages() {
    let langs = [Language::English, Language::Bengali, Language::Hindi, Language::Telugu];
    for &kind in CaseKind::ALL {
        let f = form(kind);
        for lang in langs {
            assert!(f.title.has(lang), "{kind:?} title in {lang:?}");
            for item in &f.items {
                assert!(item.label.has(lang), "{kind:?}.{} label in {lang:?}", item.name);
                if let Some(hint) = &item.hint {
                    assert!(hint.has(lang), "{kind:?}.{} hint in {lang:?}", item.name);
                }
            }
        }
    }
}
