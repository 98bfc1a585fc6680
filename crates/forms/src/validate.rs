//! Checking what she posted against the form: skip logic first (what was not asked is
//! dropped and cannot be required), then each answer's type, then `required`, then the
//! constraints.

use crate::expr::{Context, Value};
use crate::model::{Form, Item, ItemKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Answers as posted: item name → the values sent for it (several for a select-multiple).
pub type RawAnswers = BTreeMap<String, Vec<String>>;

/// Checked answers, by item name. Only relevant, answered items appear.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Answers(BTreeMap<String, Answer>);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Answer {
    Text(String),
    Integer(i64),
    Date(time::Date),
    Choice(String),
    Choices(Vec<String>),
    /// An index into the rating item's scale.
    Point(usize),
}

/// One answer that cannot be accepted. Carries the item's name, never the value she typed
/// (it may be personal and errors are easy to log).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AnswerError {
    pub item: String,
    pub problem: AnswerProblem,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum AnswerProblem {
    Required,
    NotANumber,
    OutOfRange { min: Option<i64>, max: Option<i64> },
    NotADate,
    UnknownChoice,
    TooLong { max: u32 },
    ConstraintFailed,
}

impl AnswerProblem {
    /// The suffix of the translation key that explains the problem (`form-error-{code}`).
    pub fn code(&self) -> &'static str {
        match self {
            AnswerProblem::Required => "required",
            AnswerProblem::NotANumber => "not-a-number",
            AnswerProblem::OutOfRange { .. } => "out-of-range",
            AnswerProblem::NotADate => "not-a-date",
            AnswerProblem::UnknownChoice => "unknown-choice",
            AnswerProblem::TooLong { .. } => "too-long",
            AnswerProblem::ConstraintFailed => "constraint-failed",
        }
    }
}

impl Answers {
    pub fn new() -> Answers {
        Answers::default()
    }

    pub fn get(&self, item: &str) -> Option<&Answer> {
        self.0.get(item)
    }

    pub fn insert(&mut self, item: impl Into<String>, answer: Answer) {
        self.0.insert(item.into(), answer);
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Answer)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Answers seen by expressions: ratings as their point's value (what an XForm would hold).
struct Ctx<'a> {
    form: &'a Form,
    answers: &'a Answers,
    current: Option<&'a str>,
}

impl Ctx<'_> {
    fn value_of(&self, name: &str) -> Value {
        let Some(answer) = self.answers.get(name) else {
            return Value::Str(String::new());
        };
        match answer {
            Answer::Text(s) | Answer::Choice(s) => Value::Str(s.clone()),
            Answer::Integer(n) => Value::Num(*n as f64),
            Answer::Date(d) => Value::Str(iso(*d)),
            Answer::Choices(c) => Value::List(c.clone()),
            Answer::Point(p) => {
                let value = self.form.item(name).and_then(|it| self.form.scale_of(it)).and_then(|s| s.points.get(*p));
                value.map_or(Value::Str(String::new()), |pt| Value::Num(pt.value))
            }
        }
    }
}

impl Context for Ctx<'_> {
    fn value(&self, name: &str) -> Value {
        self.value_of(name)
    }

    fn current(&self) -> Value {
        self.current.map_or(Value::Str(String::new()), |n| self.value_of(n))
    }
}

fn iso(d: time::Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

impl Form {
    /// Checks posted answers. Items whose `relevant` does not hold are dropped, whatever was
    /// posted for them, and are never required. Names the form does not know are ignored
    /// (a page posts its CSRF token beside the answers).
    pub fn validate(&self, raw: &RawAnswers) -> Result<Answers, Vec<AnswerError>> {
        let mut answers = Answers::new();
        let mut errors = Vec::new();
        for item in &self.items {
            if !self.is_relevant_item(item, &answers) {
                continue;
            }
            let values: Vec<&str> = raw.get(&item.name).map(|v| v.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect()).unwrap_or_default();
            let problem = if values.is_empty() || matches!(item.kind, ItemKind::Note) {
                (item.required && !matches!(item.kind, ItemKind::Note)).then_some(AnswerProblem::Required)
            } else {
                match self.parse_answer(item, &values) {
                    Ok(a) => {
                        answers.insert(item.name.clone(), a);
                        None
                    }
                    Err(p) => Some(p),
                }
            };
            if let Some(problem) = problem {
                errors.push(AnswerError { item: item.name.clone(), problem });
            }
        }
        // Constraints may name later items, so they run once every answer is in.
        for item in &self.items {
            let Some(c) = &item.constraint else { continue };
            if answers.get(&item.name).is_none() {
                continue;
            }
            if !c.holds(&Ctx { form: self, answers: &answers, current: Some(&item.name) }) {
                errors.push(AnswerError { item: item.name.clone(), problem: AnswerProblem::ConstraintFailed });
            }
        }
        if errors.is_empty() {
            Ok(answers)
        } else {
            Err(errors)
        }
    }

    /// Whether `item` is asked, given the answers so far. Unknown items are not.
    pub fn is_relevant(&self, item: &str, answers: &Answers) -> bool {
        self.item(item).is_some_and(|it| self.is_relevant_item(it, answers))
    }

    fn is_relevant_item(&self, item: &Item, answers: &Answers) -> bool {
        item.relevant.as_ref().is_none_or(|e| e.holds(&Ctx { form: self, answers, current: None }))
    }

    fn parse_answer(&self, item: &Item, values: &[&str]) -> Result<Answer, AnswerProblem> {
        // Single-valued kinds read the first value: a form posts one, and a second is noise.
        let first = values.first().copied().unwrap_or("");
        match &item.kind {
            ItemKind::Note => Err(AnswerProblem::UnknownChoice),
            ItemKind::Text { max_len } => {
                if first.chars().count() > *max_len as usize {
                    Err(AnswerProblem::TooLong { max: *max_len })
                } else {
                    Ok(Answer::Text(first.to_owned()))
                }
            }
            ItemKind::Integer { min, max } => {
                let n: i64 = first.parse().map_err(|_| AnswerProblem::NotANumber)?;
                if min.is_some_and(|lo| n < lo) || max.is_some_and(|hi| n > hi) {
                    Err(AnswerProblem::OutOfRange { min: *min, max: *max })
                } else {
                    Ok(Answer::Integer(n))
                }
            }
            ItemKind::Date => parse_date(first).map(Answer::Date).ok_or(AnswerProblem::NotADate),
            ItemKind::SelectOne { choices } => {
                choices.iter().find(|c| c.value == first).map(|c| Answer::Choice(c.value.clone())).ok_or(AnswerProblem::UnknownChoice)
            }
            ItemKind::SelectMultiple { choices } => {
                let mut picked: Vec<String> = Vec::new();
                for v in values {
                    if !choices.iter().any(|c| c.value == *v) {
                        return Err(AnswerProblem::UnknownChoice);
                    }
                    if !picked.iter().any(|p| p == v) {
                        picked.push((*v).to_owned());
                    }
                }
                // In the form's order, so the same choices always compare equal.
                picked.sort_by_key(|p| choices.iter().position(|c| c.value == *p));
                Ok(Answer::Choices(picked))
            }
            ItemKind::Rating { .. } => {
                // The rate page posts the point's index (never its value: on a 0–100 scale
                // "10" would be ambiguous). Expressions and XForms see the value instead.
                let points = self.scale_of(item).map_or(0, |s| s.points.len());
                match first.parse::<usize>() {
                    Ok(i) if i < points => Ok(Answer::Point(i)),
                    _ => Err(AnswerProblem::UnknownChoice),
                }
            }
        }
    }
}

fn parse_date(s: &str) -> Option<time::Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(s, &format).ok()
}

#[cfg(test)]
mod tests;
