//! Checking what people type, field by field, so a form or an API call gets every problem at
//! once, each with a translated message. The rules themselves live in `dhruva_core`; this
//! only collects their verdicts per field.

use crate::error::WebError;
use crate::i18n::Tr;
use dhruva_core::phone::{PhoneError, PhoneNumber};
use dhruva_core::registry::{parse_personal, Language, MemberInputError, MemberPersonal, OfficeTitle};
use dhruva_store::error::InputProblem;
use time::Date;

/// What is wrong with one field. Each has a translation key `field-error-…`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    NameMissing,
    /// Offices and memberships (issue 11; messages in offices.ftl).
    NotAMember,
    BeforeTerm,
    BeforeMembership,
    AlreadyHolds,
    OfficeHeld,
    AlreadyMember,
    TooFarAhead,
    UnknownCollective,
    UnknownEndReason,
    /// The registry (issue 11; messages in registry.ftl).
    TooEarly,
    Unknown,
    Closed,
    NameTooLong,
    PhoneLength,
    PhonePrefix,
    PhoneCharacter,
    BirthYearRange,
    NotANumber,
    NotesTooLong,
    UnknownLanguage,
    UnknownOffice,
    FutureDate,
    BadDate,
    /// Empty, or only spaces, zero-width characters and direction marks.
    TextMissing,
    TextTooLong,
    /// A NUL or another control character no keyboard types.
    TextControl,
    BeforeRound,
    NoAttendance,
    BeforeHearing,
    /// A count of people that is not a whole number.
    BadCount,
    /// Already someone else's (a username).
    Taken,
    /// A shape the field does not take (a username's characters).
    Format,
    /// Not one of the values offered (a role, a collective or partner to choose).
    Choice,
}

impl Problem {
    pub fn key(self) -> &'static str {
        match self {
            Problem::NameMissing => "field-error-name-missing",
            Problem::NotAMember => "offices-error-not-member",
            Problem::BeforeTerm => "offices-error-before-term",
            Problem::BeforeMembership => "offices-error-before-membership",
            Problem::AlreadyHolds => "offices-error-already-holds",
            Problem::OfficeHeld => "offices-error-office-held",
            Problem::AlreadyMember => "offices-error-already-member",
            Problem::TooFarAhead => "offices-error-too-far-ahead",
            Problem::UnknownCollective => "offices-error-collective",
            Problem::UnknownEndReason => "offices-error-reason",
            Problem::TooEarly => "registry-error-too-early",
            Problem::Unknown => "registry-error-unknown",
            Problem::Closed => "registry-error-closed",
            Problem::NameTooLong => "field-error-name-too-long",
            Problem::PhoneLength => "field-error-phone-length",
            Problem::PhonePrefix => "field-error-phone-prefix",
            Problem::PhoneCharacter => "field-error-phone-character",
            Problem::BirthYearRange => "field-error-birth-year",
            Problem::NotANumber => "field-error-not-a-number",
            Problem::NotesTooLong => "field-error-notes-too-long",
            Problem::UnknownLanguage => "field-error-language",
            Problem::UnknownOffice => "field-error-office",
            Problem::FutureDate => "field-error-future-date",
            Problem::BadDate => "field-error-date",
            Problem::TextMissing => "field-error-text-missing",
            Problem::TextTooLong => "field-error-text-too-long",
            Problem::TextControl => "field-error-text-control",
            Problem::BeforeRound => "field-error-before-round",
            Problem::NoAttendance => "field-error-no-attendance",
            Problem::BeforeHearing => "field-error-before-hearing",
            Problem::BadCount => "field-error-count",
            Problem::Taken => "staff-field-taken",
            Problem::Format => "staff-field-format",
            Problem::Choice => "staff-field-choice",
        }
    }

    #[cfg(test)]
    pub const ALL: &'static [Problem] = &[
        Problem::NameMissing,
        Problem::NotAMember,
        Problem::BeforeTerm,
        Problem::BeforeMembership,
        Problem::AlreadyHolds,
        Problem::OfficeHeld,
        Problem::AlreadyMember,
        Problem::TooFarAhead,
        Problem::UnknownCollective,
        Problem::UnknownEndReason,
        Problem::TooEarly,
        Problem::Unknown,
        Problem::Closed,
        Problem::NameTooLong,
        Problem::PhoneLength,
        Problem::PhonePrefix,
        Problem::PhoneCharacter,
        Problem::BirthYearRange,
        Problem::NotANumber,
        Problem::NotesTooLong,
        Problem::UnknownLanguage,
        Problem::UnknownOffice,
        Problem::FutureDate,
        Problem::BadDate,
        Problem::TextMissing,
        Problem::TextTooLong,
        Problem::TextControl,
        Problem::BeforeRound,
        Problem::NoAttendance,
        Problem::BeforeHearing,
        Problem::BadCount,
        Problem::Taken,
        Problem::Format,
        Problem::Choice,
    ];

    /// The store's verdict on a typed value, as a problem a page shows beside the field.
    pub fn of_store(p: InputProblem) -> Problem {
        match p {
            InputProblem::Missing => Problem::TextMissing,
            InputProblem::NotAMember => Problem::NotAMember,
            InputProblem::BeforeTerm => Problem::BeforeTerm,
            InputProblem::BeforeMembership => Problem::BeforeMembership,
            InputProblem::AlreadyHolds => Problem::AlreadyHolds,
            InputProblem::OfficeHeld => Problem::OfficeHeld,
            InputProblem::AlreadyMember => Problem::AlreadyMember,
            InputProblem::TooFarAhead => Problem::TooFarAhead,
            InputProblem::Future => Problem::FutureDate,
            InputProblem::TooEarly => Problem::TooEarly,
            InputProblem::Unknown => Problem::Unknown,
            InputProblem::Closed => Problem::Closed,
            InputProblem::TooLong { .. } => Problem::TextTooLong,
            InputProblem::BeforeRound => Problem::BeforeRound,
            InputProblem::NoAttendance => Problem::NoAttendance,
            InputProblem::BeforeHearing => Problem::BeforeHearing,
            InputProblem::Control => Problem::TextControl,
            InputProblem::Taken => Problem::Taken,
            InputProblem::Format => Problem::Format,
        }
    }
}

/// Problems by field name (the form's or the JSON body's).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<(&'static str, Problem)>);

impl FieldErrors {
    pub fn add(&mut self, field: &'static str, problem: Problem) {
        self.0.push((field, problem));
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn get(&self, field: &str) -> Option<Problem> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, p)| *p)
    }
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, Problem)> + '_ {
        self.0.iter().copied()
    }
    pub fn one(field: &'static str, problem: Problem) -> FieldErrors {
        FieldErrors(vec![(field, problem)])
    }
    /// The messages in her language, for a page that shows each beside its field.
    pub fn messages(&self, tr: &Tr) -> Messages {
        Messages(self.0.iter().map(|(f, p)| (*f, tr.t(p.key()))).collect())
    }
}

/// Translated messages by field, for templates: `{% if let Some(e) = errors.get("title") %}`.
#[derive(Clone, Debug, Default)]
pub struct Messages(Vec<(&'static str, String)>);

impl Messages {
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, m)| m.as_str())
    }
}

/// A refusal of something she typed (the store's `StoreError::Input`, which becomes
/// `WebError::Invalid` with its field) is handed back for the page to show beside the field
/// with her typing; anything else stays an error for the error page.
pub fn store_refusal<T>(result: Result<T, WebError>) -> Result<Result<T, FieldErrors>, WebError> {
    match result {
        Ok(t) => Ok(Ok(t)),
        Err(WebError::Invalid(fields)) => Ok(Err(fields)),
        Err(e) => Err(e),
    }
}

/// Every text a form posts, read through here: NFC, trimmed of spaces, zero-width characters
/// and direction marks at both ends ([`dhruva_core::text::clean`]). A control character (NUL)
/// is a problem for `field`; so is more than `max` characters; empty is empty.
pub fn text(field: &'static str, raw: &str, max: usize, errors: &mut FieldErrors) -> String {
    match dhruva_core::text::clean(raw) {
        Ok(t) => {
            if t.chars().count() > max {
                errors.add(field, Problem::TextTooLong);
            }
            t
        }
        Err(_) => {
            errors.add(field, Problem::TextControl);
            // Shown again without what cannot be kept, so she sees what she typed.
            clean_lossy(raw)
        }
    }
}

/// For values no message can be shown beside (a generic form's answers, an optional note):
/// cleaned as [`text`], with control characters dropped rather than refused.
pub fn clean_lossy(raw: &str) -> String {
    match dhruva_core::text::clean(raw) {
        Ok(t) => t,
        Err(_) => {
            let kept: String = raw.chars().filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r')).collect();
            dhruva_core::text::clean(&kept).unwrap_or_default()
        }
    }
}

/// A text that must be given: as [`text`], and empty is a problem.
pub fn required_text(field: &'static str, raw: &str, max: usize, errors: &mut FieldErrors) -> String {
    let t = text(field, raw, max, errors);
    if t.is_empty() && errors.get(field).is_none() {
        errors.add(field, Problem::TextMissing);
    }
    t
}

fn problem_of(e: &MemberInputError) -> (&'static str, Problem) {
    match e {
        MemberInputError::NameMissing => ("name", Problem::NameMissing),
        MemberInputError::NameTooLong => ("name", Problem::NameTooLong),
        MemberInputError::Phone(PhoneError::WrongLength) => ("phone", Problem::PhoneLength),
        MemberInputError::Phone(PhoneError::BadPrefix) => ("phone", Problem::PhonePrefix),
        MemberInputError::Phone(PhoneError::BadCharacter) => ("phone", Problem::PhoneCharacter),
        MemberInputError::BirthYear => ("birth_year", Problem::BirthYearRange),
        MemberInputError::NotesTooLong => ("notes", Problem::NotesTooLong),
        MemberInputError::Control(field) => (field, Problem::TextControl),
    }
}

/// A year typed into a form: empty is "not given".
pub fn birth_year_text(text: &str, errors: &mut FieldErrors) -> Option<i32> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    match text.parse() {
        Ok(year) => Some(year),
        Err(_) => {
            errors.add("birth_year", Problem::NotANumber);
            None
        }
    }
}

/// Her personal fields, or every problem with them added to `errors`.
pub fn personal(
    name: &str,
    phone: Option<&str>,
    birth_year: Option<i32>,
    notes: Option<&str>,
    this_year: i32,
    errors: &mut FieldErrors,
) -> Option<MemberPersonal> {
    // Core stops at the first problem; asking about one field at a time gets them all.
    let checks = [
        parse_personal(name, None, None, None, this_year).err(),
        phone.map(str::trim).filter(|p| !p.is_empty()).and_then(|p| PhoneNumber::parse(p).err().map(MemberInputError::Phone)),
        parse_personal("-", None, birth_year, None, this_year).err(),
        parse_personal("-", None, None, notes, this_year).err(),
    ];
    for e in checks.iter().flatten() {
        let (field, problem) = problem_of(e);
        errors.add(field, problem);
    }
    if !errors.is_empty() {
        return None;
    }
    match parse_personal(name, phone, birth_year, notes, this_year) {
        Ok(p) => Some(p),
        Err(e) => {
            let (field, problem) = problem_of(&e);
            errors.add(field, problem);
            None
        }
    }
}

pub fn languages(codes: &[String], errors: &mut FieldErrors) -> Vec<Language> {
    let mut out = Vec::new();
    for code in codes {
        match Language::from_code(code.trim()) {
            Some(l) if !out.contains(&l) => out.push(l),
            Some(_) => {}
            None => errors.add("languages", Problem::UnknownLanguage),
        }
    }
    out
}

pub fn office(code: Option<&str>, errors: &mut FieldErrors) -> Option<OfficeTitle> {
    let code = code.map(str::trim).filter(|c| !c.is_empty())?;
    let office = OfficeTitle::from_code(code);
    if office.is_none() {
        errors.add("office", Problem::UnknownOffice);
    }
    office
}

pub fn not_in_future(field: &'static str, date: Date, today: Date, errors: &mut FieldErrors) -> Date {
    if date > today {
        errors.add(field, Problem::FutureDate);
    }
    date
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_is_reported_at_once() {
        let mut errors = FieldErrors::default();
        let p = personal(" ", Some("12ab"), Some(1800), Some(&"x".repeat(6000)), 2026, &mut errors);
        assert!(p.is_none());
        assert_eq!(errors.get("name"), Some(Problem::NameMissing));
        assert_eq!(errors.get("phone"), Some(Problem::PhoneCharacter));
        assert_eq!(errors.get("birth_year"), Some(Problem::BirthYearRange));
        assert_eq!(errors.get("notes"), Some(Problem::NotesTooLong));
    }

    #[test]
    fn good_input_passes_and_is_normalised() {
        let mut errors = FieldErrors::default();
        let p = personal("Rupa", Some("+91 98300 12345"), Some(1990), None, 2026, &mut errors).expect("valid");
        assert!(errors.is_empty());
        assert_eq!(p.phone.map(|p| p.into_inner()), Some("9830012345".to_owned()));
    }

    #[test]
    fn a_year_that_is_not_a_number_says_so() {
        let mut errors = FieldErrors::default();
        assert_eq!(birth_year_text("nineteen", &mut errors), None);
        assert_eq!(errors.get("birth_year"), Some(Problem::NotANumber));
        assert_eq!(birth_year_text(" ", &mut FieldErrors::default()), None);
    }

    #[test]
    fn typed_text_is_cleaned_and_its_problems_named() {
        let mut errors = FieldErrors::default();
        assert_eq!(text("notes", "\u{200F}e\u{0301} ", 10, &mut errors), "\u{00E9}");
        assert_eq!(required_text("title", "\u{200B}\u{200E}", 10, &mut errors), "");
        assert_eq!(text("action", "a\0b", 10, &mut errors), "ab");
        text("court", &"x".repeat(11), 10, &mut errors);
        assert_eq!(errors.get("notes"), None);
        assert_eq!(errors.get("title"), Some(Problem::TextMissing));
        assert_eq!(errors.get("action"), Some(Problem::TextControl));
        assert_eq!(errors.get("court"), Some(Problem::TextTooLong));
    }

    #[test]
    fn unknown_codes_are_refused() {
        let mut errors = FieldErrors::default();
        assert_eq!(languages(&["bn".into(), "xx".into(), "bn".into()], &mut errors), vec![Language::Bengali]);
        assert_eq!(office(Some("queen"), &mut errors), None);
        assert_eq!(errors.get("languages"), Some(Problem::UnknownLanguage));
        assert_eq!(errors.get("office"), Some(Problem::UnknownOffice));
    }
}
