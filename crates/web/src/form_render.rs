//! A generic renderer for `dhruva_forms` forms: each item becomes one field view (label and
//! hint in the page's language, her earlier values re-filled, the problem written beside the
//! item), and `templates/cases/_fields.html` places them. Any form made of notes, text,
//! integers, dates and selects can be shown this way; rating items have their own faces
//! (`rounds/common.rs`) and are skipped here.
//!
//! Values come back as [`RawAnswers`] exactly as posted, so a form shown again after an error
//! holds what she typed, not what was stored before.

use crate::i18n::Tr;
use dhruva_forms::{AnswerError, AnswerProblem, Form, Item, ItemKind, RawAnswers};
use std::collections::BTreeMap;

/// Text items longer than this get a text area rather than a one-line input.
const MULTILINE_FROM: u32 = 200;

/// One choice of a select item.
pub struct OptionView {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// How a field is drawn; the template matches on [`FieldView::widget`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Widget {
    Note,
    Line,
    Area,
    Integer,
    Date,
    SelectOne,
    SelectMultiple,
}

/// One item of a form, ready to place.
pub struct FieldView {
    pub name: String,
    pub widget: Widget,
    pub label: String,
    pub hint: Option<String>,
    pub required: bool,
    /// The value to re-fill (text, integer and date fields).
    pub value: String,
    pub options: Vec<OptionView>,
    pub error: Option<String>,
    pub max_len: u32,
    pub min: Option<i64>,
    pub max: Option<i64>,
}

impl FieldView {
    pub fn is_note(&self) -> bool {
        self.widget == Widget::Note
    }
    pub fn is_area(&self) -> bool {
        self.widget == Widget::Area
    }
    pub fn is_integer(&self) -> bool {
        self.widget == Widget::Integer
    }
    pub fn is_date(&self) -> bool {
        self.widget == Widget::Date
    }
    pub fn is_select_one(&self) -> bool {
        self.widget == Widget::SelectOne
    }
    pub fn is_select_multiple(&self) -> bool {
        self.widget == Widget::SelectMultiple
    }
    /// The id of the element describing the field (hint and error), for `aria-describedby`.
    pub fn help_id(&self) -> String {
        format!("{}-help", self.name)
    }
    pub fn has_help(&self) -> bool {
        self.hint.is_some() || self.error.is_some()
    }
}

/// The translated message for one problem: the form's own constraint message when it has
/// one, else the general one.
pub fn problem_message(tr: &Tr, item: Option<&Item>, problem: &AnswerProblem) -> String {
    if let (AnswerProblem::ConstraintFailed, Some(text)) = (problem, item.and_then(|i| i.constraint_message.as_ref())) {
        return text.get(tr.lang()).to_owned();
    }
    tr.label("form-error", problem.code())
}

/// Every item of `form` as a field, with `values` re-filled and `errors` beside their items.
pub fn fields(form: &Form, tr: &Tr, values: &RawAnswers, errors: &[AnswerError]) -> Vec<FieldView> {
    let lang = tr.lang();
    let mut problems: BTreeMap<&str, String> = BTreeMap::new();
    for e in errors {
        // The first problem of an item is the one to fix first.
        problems.entry(e.item.as_str()).or_insert_with(|| problem_message(tr, form.item(&e.item), &e.problem));
    }
    let empty = Vec::new();
    form.items
        .iter()
        .filter(|item| !matches!(item.kind, ItemKind::Rating { .. }))
        .map(|item| {
            let posted = values.get(&item.name).unwrap_or(&empty);
            let first = posted.first().cloned().unwrap_or_default();
            let (widget, options, max_len, min, max) = match &item.kind {
                ItemKind::Note | ItemKind::Rating { .. } => (Widget::Note, Vec::new(), 0, None, None),
                ItemKind::Text { max_len } if *max_len > MULTILINE_FROM => (Widget::Area, Vec::new(), *max_len, None, None),
                ItemKind::Text { max_len } => (Widget::Line, Vec::new(), *max_len, None, None),
                ItemKind::Integer { min, max } => (Widget::Integer, Vec::new(), 0, *min, *max),
                ItemKind::Date => (Widget::Date, Vec::new(), 0, None, None),
                ItemKind::SelectOne { choices } | ItemKind::SelectMultiple { choices } => {
                    let widget = if matches!(item.kind, ItemKind::SelectOne { .. }) { Widget::SelectOne } else { Widget::SelectMultiple };
                    let options = choices
                        .iter()
                        .map(|c| OptionView { value: c.value.clone(), label: c.label.get(lang).to_owned(), selected: posted.contains(&c.value) })
                        .collect();
                    (widget, options, 0, None, None)
                }
            };
            FieldView {
                name: item.name.clone(),
                widget,
                label: item.label.get(lang).to_owned(),
                hint: item.hint.as_ref().map(|h| h.get(lang).to_owned()),
                // Whether it is required may depend on skip logic the page cannot run without
                // script, so the browser is not told; the server says so beside the item.
                required: item.required && item.relevant.is_none(),
                value: first,
                options,
                error: problems.remove(item.name.as_str()),
                max_len,
                min,
                max,
            }
        })
        .collect()
}

/// The posted fields that belong to `form`, as raw answers (the page also posts its CSRF
/// token and fields of its own, which the form must not see), each cleaned as every form's
/// text is ([`crate::validate::clean_lossy`]: NFC, invisible-only is empty, no NUL).
pub fn raw_from_fields(form: &Form, posted: &[(String, String)]) -> RawAnswers {
    let mut raw = RawAnswers::new();
    for (k, v) in posted {
        if form.item(k).is_some() {
            raw.entry(k.clone()).or_default().push(crate::validate::clean_lossy(v));
        }
    }
    raw
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locales;
    use dhruva_core::registry::Language;
    use std::sync::Arc;

    const FORM: &str = r#"
id = "sample"
version = 1
title = { en = "Sample", bn = "নমুনা" }

[[items]]
name = "about"
kind = "note"
label = { en = "About you", bn = "আপনার কথা" }

[[items]]
name = "reference"
kind = "text"
max_len = 40
label = { en = "Reference", bn = "নম্বর" }
hint = { en = "As written on the paper", bn = "কাগজে যেমন লেখা" }
required = true

[[items]]
name = "amount"
kind = "integer"
min = 0
label = { en = "Amount", bn = "টাকা" }
constraint = ". <= 100"
constraint_message = { en = "At most 100", bn = "বড়জোর ১০০" }

[[items]]
name = "on"
kind = "date"
label = { en = "Date", bn = "তারিখ" }

[[items]]
name = "court"
kind = "select_one"
label = { en = "Court", bn = "আদালত" }
choices = [{ value = "a", label = { en = "A", bn = "ক" } }, { value = "b", label = { en = "B", bn = "খ" } }]

[[items]]
name = "papers"
kind = "select_multiple"
label = { en = "Papers", bn = "কাগজ" }
choices = [{ value = "x", label = { en = "X", bn = "এক্স" } }, { value = "y", label = { en = "Y", bn = "ওয়াই" } }]
"#;

    fn tr(lang: Language) -> Tr {
        Tr::new(Arc::new(Locales::load()), lang)
    }

    fn form() -> Form {
        Form::from_toml(FORM).expect("a valid sample form")
    }

    fn raw(pairs: &[(&str, &str)]) -> RawAnswers {
        let owned: Vec<(String, String)> = pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        raw_from_fields(&form(), &owned)
    }

    #[test]
    fn every_kind_of_item_becomes_its_widget_with_words_in_the_page_language() {
        let f = fields(&form(), &tr(Language::Bengali), &RawAnswers::new(), &[]);
        let widgets: Vec<Widget> = f.iter().map(|x| x.widget).collect();
        assert!(widgets == [Widget::Note, Widget::Line, Widget::Integer, Widget::Date, Widget::SelectOne, Widget::SelectMultiple]);
        assert_eq!(f[1].label, "নম্বর");
        assert_eq!(f[1].hint.as_deref(), Some("কাগজে যেমন লেখা"));
        assert!(f[1].required && f[1].max_len == 40);
        assert_eq!(f[4].options[1].label, "খ");
    }

    #[test]
    fn values_are_refilled_and_errors_sit_beside_their_items() {
        let form = form();
        let posted = raw(&[("reference", ""), ("amount", "500"), ("court", "b"), ("papers", "x"), ("papers", "y"), ("csrf", "t")]);
        assert!(!posted.contains_key("csrf"), "the page's own fields are not answers");
        let errors = form.validate(&posted).expect_err("two problems");
        let f = fields(&form, &tr(Language::English), &posted, &errors);
        assert_eq!(f[1].error.as_deref(), Some("Please answer this."));
        assert_eq!(f[2].value, "500");
        assert_eq!(f[2].error.as_deref(), Some("At most 100"), "the form's own constraint message");
        assert!(f[4].options[1].selected && !f[4].options[0].selected);
        assert!(f[5].options.iter().all(|o| o.selected));
        assert!(f[3].error.is_none());
    }
}
