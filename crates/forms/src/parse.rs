//! Reading a form from TOML, and refusing any form that could misbehave when a survivor
//! fills it in: every check a programme officer could get wrong is made here, once.

use crate::error::FormError;
use crate::expr::Expr;
use crate::model::{Choice, Form, Item, ItemKind, Scale, ScalePoint, Text};
use dhruva_core::registry::Language;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};

/// Languages every form must speak: English and Bengali (the federation's working languages).
pub(crate) const REQUIRED_LANGUAGES: [Language; 2] = [Language::English, Language::Bengali];

/// Text items with no `max_len` keep to this many characters, so a form cannot invite an
/// unbounded paste into the database.
pub const DEFAULT_TEXT_MAX_LEN: u32 = 500;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawForm {
    id: String,
    version: u32,
    title: BTreeMap<String, String>,
    #[serde(default)]
    scales: Vec<RawScale>,
    #[serde(default)]
    items: Vec<RawItem>,
    /// Read by `scorecard`; other modules may add their own sections the same way.
    #[serde(default)]
    pub(crate) scorecard: Option<toml::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScale {
    name: String,
    favourable_from: usize,
    points: Vec<RawPoint>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPoint {
    value: f64,
    label: BTreeMap<String, String>,
    face: Option<String>,
    colour: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    name: String,
    kind: String,
    label: BTreeMap<String, String>,
    hint: Option<BTreeMap<String, String>>,
    #[serde(default)]
    required: bool,
    relevant: Option<String>,
    constraint: Option<String>,
    constraint_message: Option<BTreeMap<String, String>>,
    max_len: Option<u32>,
    min: Option<i64>,
    max: Option<i64>,
    choices: Option<Vec<RawChoice>>,
    scale: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    value: String,
    label: BTreeMap<String, String>,
}

pub(crate) fn parse_raw(text: &str) -> Result<RawForm, FormError> {
    toml::from_str(text).map_err(|e| FormError::Toml { message: e.to_string() })
}

impl Form {
    /// Reads and checks a form: names well-formed and unique, scales and choices that are
    /// referred to exist, expressions parse and name existing items, English and Bengali
    /// words present everywhere.
    pub fn from_toml(text: &str) -> Result<Form, FormError> {
        build(parse_raw(text)?)
    }
}

pub(crate) fn build(raw: RawForm) -> Result<Form, FormError> {
    check_name(&raw.id)?;
    let title = text(raw.title, || "the form's title".to_owned())?;
    let mut scales = Vec::with_capacity(raw.scales.len());
    for s in raw.scales {
        check_name(&s.name)?;
        if scales.iter().any(|x: &Scale| x.name == s.name) {
            return Err(FormError::DuplicateScale { name: s.name });
        }
        scales.push(scale(s)?);
    }
    let mut items: Vec<Item> = Vec::with_capacity(raw.items.len());
    for r in raw.items {
        check_name(&r.name)?;
        if items.iter().any(|x| x.name == r.name) {
            return Err(FormError::DuplicateItem { name: r.name });
        }
        let it = item(r, &scales)?;
        items.push(it);
    }
    check_expressions(&items)?;
    Ok(Form { id: raw.id, version: raw.version, title, scales, items })
}

/// Names become XML element names and form field names, so they keep to a safe alphabet.
fn check_name(name: &str) -> Result<(), FormError> {
    let mut chars = name.chars();
    let ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic()) && chars.all(|c| c.is_ascii_alphanumeric() || c == '_') && name != "meta";
    if ok {
        Ok(())
    } else {
        Err(FormError::BadName { name: name.to_owned() })
    }
}

fn text(map: BTreeMap<String, String>, what: impl Fn() -> String) -> Result<Text, FormError> {
    for code in map.keys() {
        if Language::from_code(code).is_none() {
            return Err(FormError::UnknownLanguage { what: what(), code: code.clone() });
        }
    }
    let t = Text(map.into_iter().map(|(k, v)| (k, v.trim().to_owned())).collect());
    for lang in REQUIRED_LANGUAGES {
        if !t.has(lang) {
            return Err(FormError::MissingText { what: what(), language: lang.code() });
        }
    }
    Ok(t)
}

fn scale(s: RawScale) -> Result<Scale, FormError> {
    if s.points.len() < 2 {
        return Err(FormError::ScaleTooSmall { scale: s.name });
    }
    // Finite first: TOML allows `nan` and `inf`, which no average can use.
    if s.points.iter().any(|p| !p.value.is_finite()) || s.points.windows(2).any(|w| w[0].value >= w[1].value) {
        return Err(FormError::ScaleNotOrdered { scale: s.name });
    }
    let last = s.points.len() - 1;
    if s.favourable_from > last {
        return Err(FormError::FavourableOutOfRange { scale: s.name, favourable_from: s.favourable_from, last });
    }
    let mut points = Vec::with_capacity(s.points.len());
    for (i, p) in s.points.into_iter().enumerate() {
        let label = text(p.label, || format!("scale `{}` point {i}", s.name))?;
        if let Some(face) = p.face.as_deref().filter(|f| crate::model::Mood::of(f).is_none()) {
            return Err(FormError::UnknownFace { scale: s.name, point: i, face: face.to_owned() });
        }
        points.push(ScalePoint { value: p.value, label, face: p.face, colour: p.colour });
    }
    Ok(Scale { name: s.name, points, favourable_from: s.favourable_from })
}

fn item(r: RawItem, scales: &[Scale]) -> Result<Item, FormError> {
    let name = r.name;
    let not_allowed = |field: &'static str| FormError::FieldNotAllowed { item: name.clone(), field, kind: r.kind.clone() };
    let missing = |field: &'static str| FormError::MissingField { item: name.clone(), field, kind: r.kind.clone() };
    // Which of the kind-specific fields each kind accepts; any other one present is a mistake.
    let allowed: &[&str] = match r.kind.as_str() {
        "note" | "date" => &[],
        "text" => &["max_len"],
        "integer" => &["min", "max"],
        "select_one" | "select_multiple" => &["choices"],
        "rating" => &["scale"],
        _ => return Err(FormError::UnknownKind { item: name.clone(), kind: r.kind.clone() }),
    };
    let present = [
        ("max_len", r.max_len.is_some()),
        ("min", r.min.is_some()),
        ("max", r.max.is_some()),
        ("choices", r.choices.is_some()),
        ("scale", r.scale.is_some()),
    ];
    if let Some((field, _)) = present.iter().find(|(f, p)| *p && !allowed.contains(f)) {
        return Err(not_allowed(field));
    }
    if r.kind == "note" {
        for (field, p) in [("required", r.required), ("constraint", r.constraint.is_some())] {
            if p {
                return Err(not_allowed(field));
            }
        }
    }
    let kind = match r.kind.as_str() {
        "note" => ItemKind::Note,
        "date" => ItemKind::Date,
        "text" => ItemKind::Text { max_len: r.max_len.unwrap_or(DEFAULT_TEXT_MAX_LEN) },
        "integer" => {
            if let (Some(lo), Some(hi)) = (r.min, r.max) {
                if lo > hi {
                    return Err(FormError::BadRange { item: name });
                }
            }
            ItemKind::Integer { min: r.min, max: r.max }
        }
        "rating" => {
            let scale = r.scale.ok_or_else(|| missing("scale"))?;
            if !scales.iter().any(|s| s.name == scale) {
                return Err(FormError::UnknownScale { item: name, scale });
            }
            ItemKind::Rating { scale }
        }
        multiple => {
            let choices = choices(&name, r.choices.ok_or_else(|| missing("choices"))?)?;
            if multiple == "select_one" {
                ItemKind::SelectOne { choices }
            } else {
                ItemKind::SelectMultiple { choices }
            }
        }
    };
    let expr = |field: &'static str, src: Option<String>| -> Result<Option<Expr>, FormError> {
        src.map(|s| Expr::parse(&s).map_err(|source| FormError::Expression { item: name.clone(), field, source })).transpose()
    };
    let relevant = expr("relevant", r.relevant)?;
    let constraint = expr("constraint", r.constraint)?;
    let label = text(r.label, || format!("item `{name}`'s label"))?;
    let hint = r.hint.map(|h| text(h, || format!("item `{name}`'s hint"))).transpose()?;
    let constraint_message = r.constraint_message.map(|h| text(h, || format!("item `{name}`'s constraint_message"))).transpose()?;
    Ok(Item { name, kind, label, hint, required: r.required, relevant, constraint, constraint_message })
}

fn choices(item: &str, raw: Vec<RawChoice>) -> Result<Vec<Choice>, FormError> {
    if raw.is_empty() {
        return Err(FormError::NoChoices { item: item.to_owned() });
    }
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(raw.len());
    for c in raw {
        // XForms stores a select-multiple answer as space-separated values.
        let ok = !c.value.is_empty() && c.value.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_' || ch == '-');
        if !ok {
            return Err(FormError::BadChoiceValue { item: item.to_owned(), value: c.value });
        }
        if !seen.insert(c.value.clone()) {
            return Err(FormError::DuplicateChoice { item: item.to_owned(), value: c.value });
        }
        let label = text(c.label, || format!("item `{item}`'s choice `{}`", c.value))?;
        out.push(Choice { value: c.value, label });
    }
    Ok(out)
}

/// `relevant` may name only earlier items, so one pass in order decides what was asked;
/// `constraint` may name any item.
fn check_expressions(items: &[Item]) -> Result<(), FormError> {
    for (idx, it) in items.iter().enumerate() {
        for (field, e) in [("relevant", &it.relevant), ("constraint", &it.constraint)] {
            let Some(e) = e else { continue };
            for name in e.references() {
                let Some(pos) = items.iter().position(|x| x.name == name) else {
                    return Err(FormError::UnknownReference { item: it.name.clone(), field, name: name.to_owned() });
                };
                if field == "relevant" && pos >= idx {
                    return Err(FormError::ForwardReference { item: it.name.clone(), name: name.to_owned() });
                }
            }
            if field == "relevant" && e.uses_current() {
                return Err(FormError::CurrentInRelevant { item: it.name.clone() });
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
