//! Rendering a form as an ODK XForm (XForms 1.0 with the JavaRosa extensions ODK Collect and
//! Enketo read), so a template can also be filled in with those tools.
//!
//! Every label lives in `itext`, one `translation` per language, and the body refers to it by
//! id: that is how ODK switches language on the phone. Ratings become `select1` whose values
//! are the scale points' values, which is also what `relevant`/`constraint` compare against.

use crate::expr::format_number;
use crate::model::{Form, Item, ItemKind};
use dhruva_core::registry::Language;
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use std::io;

type W = Writer<Vec<u8>>;

const ROOT: &str = "/data";

impl Form {
    /// The form as an XForm document.
    pub fn to_xform(&self) -> String {
        let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
        // Writing into a Vec cannot fail and every piece written is a &str, so neither
        // fallback below is ever taken; they exist so that no panic is possible here.
        match write_document(self, &mut w) {
            Ok(()) => String::from_utf8(w.into_inner()).unwrap_or_default(),
            Err(_) => String::new(),
        }
    }
}

fn path(name: &str) -> String {
    format!("{ROOT}/{name}")
}

fn itext_ref(id: &str) -> String {
    format!("jr:itext('{id}')")
}

fn language_name(code: &str) -> String {
    let name = match Language::from_code(code) {
        Some(Language::English) => "English",
        Some(Language::Bengali) => "Bengali",
        Some(Language::Hindi) => "Hindi",
        Some(Language::Telugu) => "Telugu",
        None => code,
    };
    // ODK reads the code in brackets to pick fonts and direction.
    format!("{name} ({code})")
}

fn write_document(form: &Form, w: &mut W) -> io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("h:html")
        .with_attributes([
            ("xmlns", "http://www.w3.org/2002/xforms"),
            ("xmlns:h", "http://www.w3.org/1999/xhtml"),
            ("xmlns:ev", "http://www.w3.org/2001/xml-events"),
            ("xmlns:jr", "http://openrosa.org/javarosa"),
            ("xmlns:orx", "http://openrosa.org/xforms"),
            ("xmlns:xsd", "http://www.w3.org/2001/XMLSchema"),
        ])
        .write_inner_content(|w| {
            w.create_element("h:head").write_inner_content(|w| {
                w.create_element("h:title").write_text_content(BytesText::new(form.title.get(Language::English)))?;
                w.create_element("model").write_inner_content(|w| model(form, w))?;
                Ok(())
            })?;
            w.create_element("h:body").write_inner_content(|w| form.items.iter().try_for_each(|item| control(form, item, w)))?;
            Ok(())
        })?;
    Ok(())
}

fn model(form: &Form, w: &mut W) -> io::Result<()> {
    w.create_element("itext").write_inner_content(|w| {
        for code in form.languages() {
            let lang = Language::from_code(&code).unwrap_or(Language::English);
            let mut t = w.create_element("translation").with_attribute(("lang", language_name(&code).as_str()));
            if lang == Language::English {
                t = t.with_attribute(("default", "true()"));
            }
            t.write_inner_content(|w| translation(form, lang, w))?;
        }
        Ok(())
    })?;
    w.create_element("instance").write_inner_content(|w| {
        let version = form.version.to_string();
        w.create_element("data").with_attributes([("id", form.id.as_str()), ("version", version.as_str())]).write_inner_content(|w| {
            for item in &form.items {
                w.create_element(item.name.as_str()).write_empty()?;
            }
            w.create_element("meta").write_inner_content(|w| {
                w.create_element("instanceID").write_empty()?;
                Ok(())
            })?;
            Ok(())
        })?;
        Ok(())
    })?;
    for item in &form.items {
        bind(item, w)?;
    }
    // ODK needs a unique id per submission to recognise a resent one.
    let id_path = format!("{ROOT}/meta/instanceID");
    w.create_element("bind")
        .with_attributes([("nodeset", id_path.as_str()), ("type", "string"), ("readonly", "true()"), ("jr:preload", "uid")])
        .write_empty()?;
    Ok(())
}

fn translation(form: &Form, lang: Language, w: &mut W) -> io::Result<()> {
    let mut text = |id: String, value: &str| -> io::Result<()> {
        w.create_element("text").with_attribute(("id", id.as_str())).write_inner_content(|w| {
            w.create_element("value").write_text_content(BytesText::new(value))?;
            Ok(())
        })?;
        Ok(())
    };
    for item in &form.items {
        let p = path(&item.name);
        text(format!("{p}:label"), item.label.get(lang))?;
        if let Some(h) = &item.hint {
            text(format!("{p}:hint"), h.get(lang))?;
        }
        if let Some(m) = &item.constraint_message {
            text(format!("{p}:constraintMsg"), m.get(lang))?;
        }
        match &item.kind {
            ItemKind::SelectOne { choices } | ItemKind::SelectMultiple { choices } => {
                for c in choices {
                    text(format!("{p}/{}:label", c.value), c.label.get(lang))?;
                }
            }
            ItemKind::Rating { .. } => {
                for (i, pt) in form.scale_of(item).map(|s| s.points.as_slice()).unwrap_or_default().iter().enumerate() {
                    // The face goes into the words too: ODK shows no colour, but it shows emoji.
                    let words = match &pt.face {
                        Some(face) => format!("{face} {}", pt.label.get(lang)),
                        None => pt.label.get(lang).to_owned(),
                    };
                    text(format!("{p}/{i}:label"), &words)?;
                }
            }
            ItemKind::Note | ItemKind::Text { .. } | ItemKind::Integer { .. } | ItemKind::Date => {}
        }
    }
    Ok(())
}

fn bind(item: &Item, w: &mut W) -> io::Result<()> {
    let nodeset = path(&item.name);
    let kind = match item.kind {
        ItemKind::Note | ItemKind::Text { .. } => "string",
        ItemKind::Integer { .. } => "int",
        ItemKind::Date => "date",
        ItemKind::SelectOne { .. } | ItemKind::Rating { .. } => "select1",
        ItemKind::SelectMultiple { .. } => "select",
    };
    let mut attrs: Vec<(&str, String)> = vec![("nodeset", nodeset), ("type", kind.to_owned())];
    if let Some(r) = &item.relevant {
        attrs.push(("relevant", r.to_xpath(&path)));
    }
    if let Some(c) = constraint(item) {
        attrs.push(("constraint", c));
    }
    if item.constraint_message.is_some() {
        attrs.push(("jr:constraintMsg", itext_ref(&format!("{}:constraintMsg", path(&item.name)))));
    }
    if item.required {
        attrs.push(("required", "true()".to_owned()));
    }
    if matches!(item.kind, ItemKind::Note) {
        attrs.push(("readonly", "true()".to_owned()));
    }
    w.create_element("bind").with_attributes(attrs.iter().map(|(k, v)| (*k, v.as_str()))).write_empty()?;
    Ok(())
}

/// The item's own constraint joined with the limits its kind implies, which Dhruva checks
/// in `validate` and an XForm client must check too.
fn constraint(item: &Item) -> Option<String> {
    let mut parts = Vec::new();
    match item.kind {
        ItemKind::Text { max_len } => parts.push(format!("string-length(.) <= {max_len}")),
        ItemKind::Integer { min, max } => {
            parts.extend(min.map(|m| format!(". >= {m}")));
            parts.extend(max.map(|m| format!(". <= {m}")));
        }
        _ => {}
    }
    parts.extend(item.constraint.as_ref().map(|c| format!("({})", c.to_xpath(&path))));
    (!parts.is_empty()).then(|| parts.join(" and "))
}

fn control(form: &Form, item: &Item, w: &mut W) -> io::Result<()> {
    let p = path(&item.name);
    let tag = match item.kind {
        ItemKind::SelectOne { .. } | ItemKind::Rating { .. } => "select1",
        ItemKind::SelectMultiple { .. } => "select",
        _ => "input",
    };
    let mut el = w.create_element(tag).with_attribute(("ref", p.as_str()));
    if matches!(item.kind, ItemKind::Rating { .. }) {
        // ODK lays the points out in a row, like the faces on Dhruva's own page.
        el = el.with_attribute(("appearance", "likert"));
    }
    el.write_inner_content(|w| {
        label(w, &format!("{p}:label"))?;
        if item.hint.is_some() {
            w.create_element("hint").with_attribute(("ref", itext_ref(&format!("{p}:hint")).as_str())).write_empty()?;
        }
        let options: Vec<(String, String)> = match &item.kind {
            ItemKind::SelectOne { choices } | ItemKind::SelectMultiple { choices } => {
                choices.iter().map(|c| (format!("{p}/{}:label", c.value), c.value.clone())).collect()
            }
            ItemKind::Rating { .. } => form
                .scale_of(item)
                .map(|s| s.points.as_slice())
                .unwrap_or_default()
                .iter()
                .enumerate()
                .map(|(i, pt)| (format!("{p}/{i}:label"), format_number(pt.value)))
                .collect(),
            _ => Vec::new(),
        };
        for (id, value) in options {
            w.create_element("item").write_inner_content(|w| {
                label(w, &id)?;
                w.create_element("value").write_text_content(BytesText::new(&value))?;
                Ok(())
            })?;
        }
        Ok(())
    })?;
    Ok(())
}

fn label(w: &mut W, id: &str) -> io::Result<()> {
    w.create_element("label").with_attribute(("ref", itext_ref(id).as_str())).write_empty()?;
    Ok(())
}

#[cfg(test)]
mod tests;
