use crate::fixtures::INTAKE;
use crate::model::Form;
use crate::scorecard::builtin;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::BTreeMap;

/// What a test needs from an XForm, read back with quick-xml.
#[derive(Default)]
struct Parsed {
    binds: BTreeMap<String, BTreeMap<String, String>>,
    /// (translation lang, text id) → value
    texts: BTreeMap<(String, String), String>,
    /// body control tag and ref, in order
    controls: Vec<(String, String)>,
    /// values of `item` options per control ref
    options: BTreeMap<String, Vec<String>>,
    instance_children: Vec<String>,
    default_lang: Option<String>,
}

fn attrs(e: &BytesStart) -> BTreeMap<String, String> {
    e.attributes()
        .map(|a| {
            let a = a.expect("well-formed attribute");
            let key = String::from_utf8(a.key.as_ref().to_vec()).expect("utf-8");
            // Not `Attribute::unescape_value`: it disappears when another crate in the build
            // (calamine) turns on quick-xml's `encoding` feature.
            let raw = std::str::from_utf8(&a.value).expect("utf-8");
            (key, quick_xml::escape::unescape(raw).expect("escaped value").into_owned())
        })
        .collect()
}

fn read(xml: &str) -> Parsed {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut p = Parsed::default();
    let mut stack: Vec<String> = Vec::new();
    let (mut lang, mut text_id, mut control, mut buf) = (String::new(), String::new(), String::new(), String::new());
    loop {
        let ev = reader.read_event().expect("the XForm is well-formed XML");
        let (start, empty) = match &ev {
            Event::Start(e) => (Some(e.clone()), false),
            Event::Empty(e) => (Some(e.clone()), true),
            _ => (None, false),
        };
        if let Some(e) = start {
            let name = String::from_utf8(e.name().as_ref().to_vec()).expect("utf-8");
            let a = attrs(&e);
            match name.as_str() {
                "bind" => {
                    p.binds.insert(a["nodeset"].clone(), a.clone());
                }
                "translation" => {
                    lang = a["lang"].clone();
                    if a.get("default").map(String::as_str) == Some("true()") {
                        p.default_lang = Some(lang.clone());
                    }
                }
                "text" => text_id = a["id"].clone(),
                "input" | "select1" | "select" if stack.last().map(String::as_str) == Some("h:body") => {
                    control = a["ref"].clone();
                    p.controls.push((name.clone(), control.clone()));
                }
                _ => {}
            }
            if stack.last().map(String::as_str) == Some("data") {
                p.instance_children.push(name.clone());
            }
            if !empty {
                stack.push(name);
            }
        }
        match ev {
            Event::Start(_) => buf.clear(),
            Event::End(_) => {
                let closing: Vec<String> = stack.iter().rev().take(2).cloned().collect();
                match closing.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
                    ["value", "text"] => {
                        p.texts.insert((lang.clone(), text_id.clone()), std::mem::take(&mut buf));
                    }
                    ["value", "item"] => p.options.entry(control.clone()).or_default().push(std::mem::take(&mut buf)),
                    _ => {}
                }
                stack.pop();
            }
            // quick-xml hands text and entity references (`&amp;`) over as separate events.
            Event::Text(t) => buf.push_str(&t.decode().expect("utf-8")),
            Event::GeneralRef(r) => {
                let name = r.decode().expect("utf-8");
                buf.push_str(match name.as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    other => panic!("unexpected entity {other}"),
                });
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert!(stack.is_empty(), "every element is closed");
    p
}

#[test]
fn an_xform_binds_every_item_with_its_type_and_logic_in_xpath() {
    let form = Form::from_toml(INTAKE).expect("parses");
    let p = read(&form.to_xform());
    assert_eq!(p.instance_children, ["welcome", "went", "visits", "first_visit", "help", "service", "why_not", "meta"]);
    let bind = |n: &str| &p.binds[&format!("/data/{n}")];
    assert_eq!(bind("went")["type"], "select1");
    assert_eq!(bind("went")["required"], "true()");
    assert_eq!(bind("visits")["type"], "int");
    assert_eq!(bind("visits")["relevant"], "/data/went = 'yes'");
    assert_eq!(bind("visits")["constraint"], ". >= 1 and . <= 50");
    assert_eq!(bind("first_visit")["type"], "date");
    assert_eq!(bind("first_visit")["constraint"], "(. >= '2000-01-01')");
    assert_eq!(bind("first_visit")["jr:constraintMsg"], "jr:itext('/data/first_visit:constraintMsg')");
    assert_eq!(bind("help")["type"], "select");
    assert_eq!(bind("service")["relevant"], "(/data/went = 'yes' and /data/visits > 0)");
    assert_eq!(bind("why_not")["constraint"], "string-length(.) <= 20 and (. != 'nothing')");
    assert_eq!(bind("welcome")["readonly"], "true()");
    assert!(!bind("help").contains_key("required"));
    assert_eq!(p.binds["/data/meta/instanceID"]["jr:preload"], "uid");
}

#[test]
fn an_xform_has_a_translation_per_language_with_english_the_default() {
    let form = Form::from_toml(INTAKE).expect("parses");
    let p = read(&form.to_xform());
    assert_eq!(p.default_lang.as_deref(), Some("English (en)"));
    let text = |lang: &str, id: &str| p.texts.get(&(lang.to_owned(), id.to_owned())).map(String::as_str);
    assert_eq!(text("English (en)", "/data/went:label"), Some("Did you go?"));
    assert_eq!(text("Bengali (bn)", "/data/went:label"), Some("গিয়েছিলেন?"));
    assert_eq!(text("Bengali (bn)", "/data/went/no:label"), Some("না"));
    assert_eq!(text("Bengali (bn)", "/data/service/0:label"), Some("🙁 খারাপ"), "face beside the word");
    assert_eq!(text("English (en)", "/data/service:hint"), Some("Think of your visits"));
    assert_eq!(text("Bengali (bn)", "/data/first_visit:constraintMsg"), Some("খুব আগে"));
}

#[test]
fn body_controls_follow_the_items_and_ratings_offer_their_point_values() {
    let form = Form::from_toml(INTAKE).expect("parses");
    let p = read(&form.to_xform());
    let tags: Vec<&str> = p.controls.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(tags, ["input", "select1", "input", "input", "select", "select1", "input"]);
    assert_eq!(p.options["/data/service"], ["1", "2"]);
    assert_eq!(p.options["/data/went"], ["yes", "no"]);
}

#[test]
fn every_builtin_template_renders_as_a_well_formed_xform_in_four_languages() {
    for t in builtin() {
        let p = read(&t.form.to_xform());
        let langs: std::collections::BTreeSet<&str> = p.texts.keys().map(|(l, _)| l.as_str()).collect();
        assert_eq!(langs.len(), 4, "{}", t.id());
        for ind in &t.indicators {
            assert_eq!(p.binds[&format!("/data/{}", ind.code)]["type"], "select1");
            let scale = t.form.scale(&ind.scale).expect("scale");
            assert_eq!(p.options[&format!("/data/{}", ind.code)].len(), scale.points.len());
            assert!(p.texts.contains_key(&("Telugu (te)".to_owned(), format!("/data/{}:hint", ind.code))));
        }
    }
    let care = crate::scorecard::template("care_0_100").expect("care");
    let p = read(&care.form.to_xform());
    assert_eq!(p.options["/data/outcome"].last().map(String::as_str), Some("100"));
}

#[test]
fn words_with_markup_characters_are_escaped() {
    let text = INTAKE.replacen("Did you go?", "Did you go <b>&</b> \\\"return\\\"?", 1);
    let form = Form::from_toml(&text).expect("parses");
    let xml = form.to_xform();
    let p = read(&xml);
    assert_eq!(p.texts.get(&("English (en)".to_owned(), "/data/went:label".to_owned())).map(String::as_str), Some("Did you go <b>&</b> \"return\"?"));
}
