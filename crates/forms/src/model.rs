//! The form model: what a form asks, in which words, on which scales.

use crate::expr::Expr;
use dhruva_core::registry::Language;
use serde::Serialize;
use std::collections::BTreeMap;

/// A form: a versioned list of items, with the rating scales its items use.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Form {
    pub id: String,
    pub version: u32,
    pub title: Text,
    pub scales: Vec<Scale>,
    pub items: Vec<Item>,
}

/// Words in several languages, keyed by language code (`en`, `bn`, `hi`, `te`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Text(pub(crate) BTreeMap<String, String>);

/// One question (or note) of a form.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Item {
    pub name: String,
    pub kind: ItemKind,
    pub label: Text,
    pub hint: Option<Text>,
    pub required: bool,
    /// Skip logic: the item is asked only when this holds.
    pub relevant: Option<Expr>,
    /// Checked against the item's own answer (`.`) when she gave one.
    pub constraint: Option<Expr>,
    pub constraint_message: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ItemKind {
    /// Words shown, nothing asked.
    Note,
    Text {
        max_len: u32,
    },
    Integer {
        min: Option<i64>,
        max: Option<i64>,
    },
    Date,
    SelectOne {
        choices: Vec<Choice>,
    },
    SelectMultiple {
        choices: Vec<Choice>,
    },
    /// A point on one of the form's scales (by scale name).
    Rating {
        scale: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Choice {
    pub value: String,
    pub label: Text,
}

/// An ordered rating scale. Points from `favourable_from` (an index) on count as favourable.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scale {
    pub name: String,
    pub points: Vec<ScalePoint>,
    pub favourable_from: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScalePoint {
    pub value: f64,
    pub label: Text,
    /// A face, so the point can be chosen without reading: one of [`FACES`], written as its
    /// emoji (ODK shows the emoji; Dhruva's pages draw the face themselves, see [`Mood`]).
    pub face: Option<String>,
    /// A CSS colour (`#c62828`), never the only cue: the face and the word carry it too.
    pub colour: Option<String>,
}

/// The faces a scale point may show, from the worst to the best, as written in form files.
pub const FACES: [&str; 5] = ["😡", "🙁", "😐", "🙂", "😄"];

/// A face as Dhruva draws it (a small picture, the same on every phone, with no emoji font
/// needed): 0 very bad, 1 bad, 2 okay, 3 good, 4 very good.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Mood(pub u8);

impl Mood {
    /// The mood of a face written in a form file; `None` for anything but [`FACES`].
    pub fn of(face: &str) -> Option<Mood> {
        FACES.iter().position(|f| *f == face).and_then(|i| u8::try_from(i).ok()).map(Mood)
    }
}

impl ScalePoint {
    /// The face to draw beside the word, if the point has one.
    pub fn mood(&self) -> Option<Mood> {
        self.face.as_deref().and_then(Mood::of)
    }
}

impl Text {
    /// The words in `lang`, else English, else any language present (never nothing when the
    /// text has at least one translation).
    pub fn get(&self, lang: Language) -> &str {
        self.0.get(lang.code()).or_else(|| self.0.get(Language::English.code())).or_else(|| self.0.values().next()).map(String::as_str).unwrap_or("")
    }

    /// The words in exactly `lang`, without falling back.
    pub fn exact(&self, lang: Language) -> Option<&str> {
        self.0.get(lang.code()).map(String::as_str).filter(|s| !s.trim().is_empty())
    }

    pub fn has(&self, lang: Language) -> bool {
        self.exact(lang).is_some()
    }

    /// Language codes present, in code order.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Text {
        Text(pairs.into_iter().map(|(l, s)| (l.to_owned(), s.to_owned())).collect())
    }
}

impl Form {
    pub fn item(&self, name: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.name == name)
    }

    pub fn scale(&self, name: &str) -> Option<&Scale> {
        self.scales.iter().find(|s| s.name == name)
    }

    /// The scale a rating item is answered on (`None` for other kinds).
    pub fn scale_of(&self, item: &Item) -> Option<&Scale> {
        match &item.kind {
            ItemKind::Rating { scale } => self.scale(scale),
            _ => None,
        }
    }

    /// Every language code used anywhere in the form's words, in code order.
    pub fn languages(&self) -> Vec<String> {
        let mut langs = std::collections::BTreeSet::new();
        let mut add = |t: &Text| langs.extend(t.languages().map(str::to_owned));
        add(&self.title);
        for s in &self.scales {
            s.points.iter().for_each(|p| add(&p.label));
        }
        for i in &self.items {
            add(&i.label);
            i.hint.iter().for_each(&mut add);
            i.constraint_message.iter().for_each(&mut add);
            if let ItemKind::SelectOne { choices } | ItemKind::SelectMultiple { choices } = &i.kind {
                choices.iter().for_each(|c| add(&c.label));
            }
        }
        langs.into_iter().collect()
    }
}

impl Scale {
    pub fn is_favourable(&self, point: usize) -> bool {
        point >= self.favourable_from && point < self.points.len()
    }
}
