//! What can be wrong with a form file. Every variant names the item (or scale) and the
//! problem, because the reader is a programme officer fixing a TOML file, not a programmer.

use crate::expr::ExprError;
use thiserror::Error;

#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum FormError {
    #[error("the file is not valid TOML or has an unexpected field: {message}")]
    Toml { message: String },
    #[error("`{name}` is not a usable name: start with a letter, then letters, digits or _ (and not `meta`)")]
    BadName { name: String },
    #[error("two items are both called `{name}`")]
    DuplicateItem { name: String },
    #[error("two scales are both called `{name}`")]
    DuplicateScale { name: String },
    #[error("{what} has no {language} text")]
    MissingText { what: String, language: &'static str },
    #[error("{what} has text in `{code}`, which is not a language Dhruva knows (en, bn, hi, te)")]
    UnknownLanguage { what: String, code: String },
    #[error("item `{item}`: unknown kind `{kind}` (note, text, integer, date, select_one, select_multiple, rating)")]
    UnknownKind { item: String, kind: String },
    #[error("item `{item}`: `{field}` does not apply to a {kind} item")]
    FieldNotAllowed { item: String, field: &'static str, kind: String },
    #[error("item `{item}`: a {kind} item needs `{field}`")]
    MissingField { item: String, field: &'static str, kind: String },
    #[error("item `{item}`: the list of choices is empty")]
    NoChoices { item: String },
    #[error("item `{item}`: the choice `{value}` appears twice")]
    DuplicateChoice { item: String, value: String },
    #[error("item `{item}`: the choice value `{value}` must be a name (letters, digits, _ ; no spaces)")]
    BadChoiceValue { item: String, value: String },
    #[error("item `{item}`: `min` is larger than `max`")]
    BadRange { item: String },
    #[error("item `{item}`: there is no scale called `{scale}`")]
    UnknownScale { item: String, scale: String },
    #[error("scale `{scale}` point {point}: the face `{face}` is not one Dhruva can draw (use one of 😡 🙁 😐 🙂 😄)")]
    UnknownFace { scale: String, point: usize, face: String },
    #[error("template: the indicator `{name}` is `required`, but she may skip any question she did not experience: remove `required`")]
    RequiredIndicator { name: String },
    #[error("scale `{scale}` needs at least two points")]
    ScaleTooSmall { scale: String },
    #[error("scale `{scale}`: the point values must go up from the first point to the last")]
    ScaleNotOrdered { scale: String },
    #[error("scale `{scale}`: favourable_from is {favourable_from}, but the points are numbered 0 to {last}")]
    FavourableOutOfRange { scale: String, favourable_from: usize, last: usize },
    #[error("item `{item}`: the {field} expression cannot be read: {source}")]
    Expression { item: String, field: &'static str, source: ExprError },
    #[error("item `{item}`: the {field} expression names `{name}`, which is not an item of this form")]
    UnknownReference { item: String, field: &'static str, name: String },
    #[error("item `{item}`: `relevant` may only name items asked before it, not `{name}`")]
    ForwardReference { item: String, name: String },
    #[error("item `{item}`: `.` (the item's own answer) has no meaning in `relevant`")]
    CurrentInRelevant { item: String },
    #[error("template: `{code}` is not an institution type (see InstitutionType for the codes)")]
    UnknownInstitutionType { code: String },
    #[error("template: `applies_to` names `{name}`, which is not a rating item of this form")]
    NotAnIndicator { name: String },
    #[error("template: the form has no rating items, so nothing can be rated")]
    NoIndicators,
    #[error("providers' wording: no template is called `{template}`")]
    UnknownTemplate { template: String },
    #[error("providers' wording: indicator `{indicator}` of the template has no words for the providers")]
    ProviderWordingMissing { indicator: String },
}
