use super::*;

use crate::fixtures::INTAKE;

fn err(text: &str) -> FormError {
    Form::from_toml(text).expect_err("should be refused")
}

fn with(from: &str, to: &str) -> String {
    assert!(INTAKE.contains(from), "fixture lacks {from}");
    INTAKE.replacen(from, to, 1)
}

#[test]
fn a_well_formed_form_reads_with_every_kind() {
    let f = Form::from_toml(INTAKE).expect("parses");
    assert_eq!((f.id.as_str(), f.version, f.items.len()), ("intake", 3, 7));
    assert_eq!(f.item("visits").map(|i| &i.kind), Some(&ItemKind::Integer { min: Some(1), max: Some(50) }));
    assert_eq!(f.item("why_not").map(|i| &i.kind), Some(&ItemKind::Text { max_len: 20 }));
    assert_eq!(f.item("service").map(|i| &i.kind), Some(&ItemKind::Rating { scale: "faces".into() }));
    assert_eq!(f.languages(), vec!["bn", "en"]);
    assert_eq!(f.title.get(dhruva_core::registry::Language::Telugu), "Intake", "falls back to English");
}

#[test]
fn text_items_without_a_limit_get_the_default_one() {
    let f = Form::from_toml(&with("max_len = 20\n", "")).expect("parses");
    assert_eq!(f.item("why_not").map(|i| &i.kind), Some(&ItemKind::Text { max_len: DEFAULT_TEXT_MAX_LEN }));
}

#[test]
fn names_must_be_unique_and_well_formed() {
    assert_eq!(err(&with("name = \"visits\"", "name = \"went\"")), FormError::DuplicateItem { name: "went".into() });
    assert_eq!(err(&with("name = \"visits\"", "name = \"2visits\"")), FormError::BadName { name: "2visits".into() });
    assert_eq!(err(&with("name = \"visits\"", "name = \"a b\"")), FormError::BadName { name: "a b".into() });
    assert_eq!(err(&with("name = \"visits\"", "name = \"meta\"")), FormError::BadName { name: "meta".into() });
}

#[test]
fn english_and_bengali_are_required_and_unknown_languages_refused() {
    assert_eq!(
        err(&with(r#"{ en = "Why not?", bn = "কেন নয়?" }"#, r#"{ en = "Why not?" }"#)),
        FormError::MissingText { what: "item `why_not`'s label".into(), language: "bn" }
    );
    assert_eq!(
        err(&with(r#"{ en = "Yes", bn = "হ্যাঁ" }"#, r#"{ en = "Yes", bn = "  " }"#)),
        FormError::MissingText { what: "item `went`'s choice `yes`".into(), language: "bn" }
    );
    assert_eq!(
        err(&with(r#"title = { en = "Intake", bn = "ভর্তি" }"#, r#"title = { en = "Intake", bn = "ভর্তি", fr = "x" }"#)),
        FormError::UnknownLanguage { what: "the form's title".into(), code: "fr".into() }
    );
}

#[test]
fn kind_specific_fields_belong_to_their_kind() {
    assert_eq!(
        err(&with("kind = \"date\"", "kind = \"date\"\nmax_len = 3")),
        FormError::FieldNotAllowed { item: "first_visit".into(), field: "max_len", kind: "date".into() }
    );
    assert_eq!(
        err(&with("kind = \"note\"", "kind = \"note\"\nrequired = true")),
        FormError::FieldNotAllowed { item: "welcome".into(), field: "required", kind: "note".into() }
    );
    assert_eq!(
        err(&with("scale = \"faces\"\nrelevant", "relevant")),
        FormError::MissingField { item: "service".into(), field: "scale", kind: "rating".into() }
    );
    assert_eq!(err(&with("kind = \"date\"", "kind = \"datetime\"")), FormError::UnknownKind { item: "first_visit".into(), kind: "datetime".into() });
    assert_eq!(err(&with("min = 1", "min = 90")), FormError::BadRange { item: "visits".into() });
}

#[test]
fn choices_must_exist_be_unique_and_be_plain_values() {
    assert_eq!(err(&with("value = \"no\"", "value = \"yes\"")), FormError::DuplicateChoice { item: "went".into(), value: "yes".into() });
    assert_eq!(
        err(&with("value = \"legal\"", "value = \"legal aid\"")),
        FormError::BadChoiceValue { item: "help".into(), value: "legal aid".into() }
    );
    let empty = with("kind = \"select_multiple\"", "kind = \"select_multiple\"\nchoices = []\n#");
    assert!(matches!(Form::from_toml(&empty), Err(FormError::NoChoices { .. } | FormError::Toml { .. })));
}

#[test]
fn scales_must_exist_rise_and_have_a_favourable_point() {
    assert_eq!(err(&with("scale = \"faces\"", "scale = \"stars\"")), FormError::UnknownScale { item: "service".into(), scale: "stars".into() });
    assert_eq!(err(&with("value = 2,", "value = 1,")), FormError::ScaleNotOrdered { scale: "faces".into() });
    assert_eq!(
        err(&with("favourable_from = 1", "favourable_from = 2")),
        FormError::FavourableOutOfRange { scale: "faces".into(), favourable_from: 2, last: 1 }
    );
}

#[test]
fn expressions_must_parse_and_name_items_of_the_form() {
    assert!(matches!(err(&with("${went} = 'no'", "${went} = 'no")), FormError::Expression { field: "relevant", .. }));
    assert_eq!(
        err(&with(". != 'nothing'", "${whom} != 'nothing'")),
        FormError::UnknownReference { item: "why_not".into(), field: "constraint", name: "whom".into() }
    );
    assert_eq!(
        err(&with("relevant = \"${went} = 'yes'\"\nlabel = { en = \"How", "relevant = \"${service} = 1\"\nlabel = { en = \"How")),
        FormError::ForwardReference { item: "visits".into(), name: "service".into() }
    );
    assert_eq!(err(&with("relevant = \"${went} = 'no'\"", "relevant = \". = 'no'\"")), FormError::CurrentInRelevant { item: "why_not".into() });
}

#[test]
fn a_misspelt_field_is_refused_with_its_line() {
    let e = err(&with("required = true\nlabel = { en = \"Did", "requried = true\nlabel = { en = \"Did"));
    let FormError::Toml { message } = e else { panic!("expected a TOML error, got {e:?}") };
    assert!(message.contains("requried"), "{message}");
    assert!(message.contains("line"), "{message}");
}

#[test]
fn errors_name_the_item_and_the_problem_in_words() {
    let e = FormError::UnknownScale { item: "service".into(), scale: "stars".into() };
    assert_eq!(e.to_string(), "item `service`: there is no scale called `stars`");
}

#[test]
fn a_face_is_one_dhruva_can_draw_or_none() {
    let f = Form::from_toml(INTAKE).expect("parses");
    let faces = f.scale("faces").expect("faces");
    assert_eq!(faces.points.iter().map(ScalePoint::mood).collect::<Vec<_>>(), vec![Some(crate::Mood(1)), Some(crate::Mood(3))]);
    assert_eq!(err(&with("face = \"🙁\"", "face = \"🤡\"")), FormError::UnknownFace { scale: "faces".into(), point: 0, face: "🤡".into() });
    let without = Form::from_toml(&with("face = \"🙁\", ", "")).expect("a point without a face is fine");
    assert_eq!(without.scale("faces").and_then(|s| s.points[0].mood()), None);
    assert_eq!(crate::FACES.iter().map(|f| crate::Mood::of(f)).collect::<Vec<_>>(), (0..5).map(|m| Some(crate::Mood(m))).collect::<Vec<_>>());
}
