use super::*;
use dhruva_core::registry::Language;

#[test]
fn every_builtin_template_parses() {
    for parsed in parse_builtin() {
        if let Err(e) = parsed {
            panic!("a shipped template does not parse: {e}");
        }
    }
    assert_eq!(builtin().len(), BUILTIN_SOURCES.len());
    assert!(template("standard").is_some());
    assert!(template("care_0_100").is_some());
    assert!(template("nonsense").is_none());
}

#[test]
fn every_indicator_is_a_rating_on_an_existing_scale() {
    for t in builtin() {
        for ind in &t.indicators {
            let item = t.form.item(&ind.code).expect("indicator is an item");
            assert_eq!(item.kind, ItemKind::Rating { scale: ind.scale.clone() });
            assert!(t.form.scale(&ind.scale).is_some(), "{}: scale {}", t.id(), ind.scale);
            let spec = t.scale_spec(&ind.code).expect("scale spec");
            assert_eq!(spec.values.len(), spec.favourable.len());
            assert!(spec.favourable.iter().any(|f| *f) && spec.favourable.iter().any(|f| !*f));
        }
    }
}

#[test]
fn every_word_of_the_builtin_templates_is_in_all_four_languages() {
    for t in builtin() {
        let f = &t.form;
        let mut texts = vec![(format!("{} title", t.id()), &f.title)];
        for s in &f.scales {
            for (i, p) in s.points.iter().enumerate() {
                texts.push((format!("{} scale {} point {i}", t.id(), s.name), &p.label));
            }
        }
        for it in &f.items {
            texts.push((format!("{} {} label", t.id(), it.name), &it.label));
            if let Some(h) = &it.hint {
                texts.push((format!("{} {} hint", t.id(), it.name), h));
            }
        }
        for (what, text) in texts {
            for lang in Language::ALL {
                assert!(text.has(*lang), "{what} lacks {}", lang.code());
            }
        }
    }
}

#[test]
fn every_indicator_has_help_text_she_can_read_on_a_phone() {
    for t in builtin() {
        for ind in &t.indicators {
            let hint = t.form.item(&ind.code).and_then(|i| i.hint.as_ref()).expect("hint");
            for lang in Language::ALL {
                let n = hint.get(*lang).chars().count();
                assert!(n > 0 && n <= 140, "{} {} hint is {n} characters", ind.code, lang.code());
            }
        }
    }
}

#[test]
fn the_standard_template_has_five_faces_with_good_and_very_good_favourable() {
    let t = template("standard").expect("standard");
    let spec = t.scale_spec("respect_dignity").expect("respect");
    assert_eq!(spec.values, vec![1.0, 2.0, 3.0, 4.0, 5.0]);
    assert_eq!(spec.favourable, vec![false, false, false, true, true]);
    let faces = t.form.scale("faces").expect("faces");
    assert!(faces.points.iter().all(|p| p.face.is_some() && p.colour.is_some()));
    assert_eq!(faces.points[0].label.get(Language::English), "Very bad");
}

#[test]
fn not_being_asked_for_a_bribe_is_the_favourable_answer() {
    let t = template("standard").expect("standard");
    let scale = t.form.scale_of(t.form.item("unofficial_payment").expect("item")).expect("scale");
    let favourable: Vec<&str> =
        (0..scale.points.len()).filter(|i| scale.is_favourable(*i)).map(|i| scale.points[i].label.get(Language::English)).collect();
    assert_eq!(favourable, vec!["No"]);
}

#[test]
fn type_specific_indicators_are_asked_only_about_their_types() {
    let t = template("standard").expect("standard");
    let codes = |k| t.indicators_for(k).iter().map(|i| i.code.as_str()).collect::<Vec<_>>();
    let police = codes(InstitutionType::PoliceStation);
    assert!(police.contains(&"fir_registered") && police.contains(&"safety"));
    assert!(!police.contains(&"compensation_application_accepted"));
    assert!(codes(InstitutionType::Dlsa).contains(&"compensation_application_accepted"));
    assert!(codes(InstitutionType::ShelterHome).contains(&"shelter_conditions"));
    let bank = codes(InstitutionType::BankBranch);
    assert_eq!(bank, ["responsiveness", "timeliness", "respect_dignity", "information", "outcome", "safety", "unofficial_payment"]);
}

#[test]
fn the_care_template_scores_0_to_100_in_tens_favourable_from_60() {
    let t = template("care_0_100").expect("care");
    let spec = t.scale_spec("outcome").expect("outcome");
    assert_eq!(spec.values, (0..=10).map(|i| f64::from(i * 10)).collect::<Vec<_>>());
    assert_eq!(spec.favourable.iter().position(|f| *f), Some(6));
    let standard = template("standard").expect("standard");
    let codes = |t: &Template| t.indicators.iter().map(|i| (i.code.clone(), i.applies_to.clone())).collect::<Vec<_>>();
    assert_eq!(codes(t), codes(standard), "both templates ask the same things");
}

#[test]
fn an_unknown_indicator_has_no_scale_spec() {
    assert!(template("standard").and_then(|t| t.scale_spec("nope")).is_none());
}

#[test]
fn applies_to_must_name_a_rating_item_and_real_institution_types() {
    let base = r#"
id = "t"
version = 1
title = { en = "T", bn = "টি" }
[[scales]]
name = "yn"
favourable_from = 1
points = [ { value = 0, label = { en = "No", bn = "না" } }, { value = 1, label = { en = "Yes", bn = "হ্যাঁ" } } ]
[[items]]
name = "q"
kind = "rating"
scale = "yn"
label = { en = "Q", bn = "প্র" }
"#;
    assert!(Template::from_toml(base).is_ok());
    let unknown_type = format!("{base}\n[scorecard.applies_to]\nq = [\"police_station\", \"palace\"]\n");
    assert_eq!(Template::from_toml(&unknown_type), Err(FormError::UnknownInstitutionType { code: "palace".into() }));
    let unknown_item = format!("{base}\n[scorecard.applies_to]\nz = [\"police_station\"]\n");
    assert_eq!(Template::from_toml(&unknown_item), Err(FormError::NotAnIndicator { name: "z".into() }));
}

#[test]
fn no_indicator_may_be_required_and_every_shipped_one_may_be_skipped() {
    let base = r#"
id = "t"
version = 1
title = { en = "T", bn = "টি" }
[[scales]]
name = "yn"
favourable_from = 1
points = [ { value = 0, label = { en = "No", bn = "না" } }, { value = 1, label = { en = "Yes", bn = "হ্যাঁ" } } ]
[[items]]
name = "q"
kind = "rating"
scale = "yn"
label = { en = "Q", bn = "প্র" }
"#;
    assert!(Template::from_toml(base).is_ok());
    assert_eq!(
        Template::from_toml(&base.replace("scale = \"yn\"", "scale = \"yn\"\nrequired = true")),
        Err(FormError::RequiredIndicator { name: "q".into() })
    );
    // A rating of one indicator of each shipped template validates: the others are skipped,
    // not answered, and nothing stands in for them.
    for t in builtin() {
        for skipped_all_but in &t.indicators {
            let mut raw = crate::RawAnswers::new();
            raw.insert(skipped_all_but.code.clone(), vec!["0".to_owned()]);
            let answers = t.form.validate(&raw).unwrap_or_else(|e| panic!("{}: {e:?}", t.id()));
            for other in t.indicators.iter().filter(|i| i.code != skipped_all_but.code) {
                assert!(answers.get(&other.code).is_none(), "{}: {} was skipped but has an answer", t.id(), other.code);
            }
        }
        assert!(t.form.validate(&crate::RawAnswers::new()).is_ok(), "{}: everything skipped is still valid", t.id());
    }
}
