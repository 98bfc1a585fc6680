//! `/collectives/{id}/members/new`: a leader registers a member, phone first (issue 11).
//!
//! Three steps on one address, each a POST carrying the steps before it in hidden fields (her
//! number and name never enter an address); nothing is written before the last one:
//!
//! 1. Her mobile number (or "she has no phone"). A number already registered anywhere in Dhruva
//!    is answered "already registered — ask her to log in", never where or whose, and nothing is
//!    written but the audit row of the question. Questions are limited per account per day.
//! 2. Her name, year of birth, languages, the day she joined, an office she holds.
//! 3. Her consents, in her language, each with its plain explanation — recorded as her grants
//!    with the leader as witness, waiting for her confirmation as on her consent page. A member
//!    who may be under 18 is asked none: only her name and membership are kept, and saving leads
//!    to her guardian's page.
//!
//! Saving writes everything in one transaction (`Store::register_member`) and leads to
//! `/members/{id}/registered`, where "give her a code to log in" comes first. Every decision is
//! `CreateMember` on the collective, through the policy.

use super::rounds::common::parse_date;
use super::{html, Id, PageForm, SignedInPage};
use crate::access::{Access, RECORDED_METHODS};
use crate::error::WebError;
use crate::i18n::Tr;
use crate::state::{today, AppState};
use crate::validate::{self, FieldErrors, Problem};
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use dhruva_core::consent::Purpose;
use dhruva_core::minors::may_be_minor;
use dhruva_core::phone::PhoneNumber;
use dhruva_core::policy::{self, Action, CollectiveFacts, Resource};
use dhruva_core::registry::{Language, MemberSummary, OfficeTitle};
use dhruva_core::{AccountId, CollectiveId, MemberId, Sensitive};
use dhruva_store::consent::NewConsent;
use dhruva_store::members::NewRegistration;
use dhruva_store::Channel;
use std::collections::{HashMap, VecDeque};
use std::sync::{LazyLock, Mutex};
use std::time::{Duration, Instant};
use time::Date;

/// Longest name kept (the store's limit for her name).
const MAX_NAME: usize = 200;
/// A typed number is shown back at most this long (a number is far shorter).
const MAX_PHONE_SHOWN: usize = 40;
/// Questions "is this number registered?" one account may ask in a day, by page or API: enough
/// for a busy registration day, too few to sweep numbers for survivors.
pub const PHONE_CHECKS_PER_DAY: usize = 60;
const DAY: Duration = Duration::from_secs(24 * 60 * 60);

pub fn routes() -> Router<AppState> {
    Router::new().route("/collectives/{id}/members/new", get(form).post(submit)).route("/members/{id}/registered", get(registered))
}

// ---- what the form carries ------------------------------------------------------------------

/// Everything posted, as typed. Not `Debug`: her number and her name.
#[derive(Clone, Default)]
struct Posted {
    go: String,
    phone: String,
    no_phone: bool,
    name: String,
    birth_year: String,
    under_18: bool,
    languages: Vec<String>,
    joined: String,
    office: String,
    consent_lang: String,
    consents: Vec<String>,
    method: String,
}

impl Posted {
    fn from_pairs(pairs: Vec<(String, String)>) -> Posted {
        let mut p = Posted::default();
        for (key, value) in pairs {
            match key.as_str() {
                "go" => p.go = value,
                "phone" => p.phone = value,
                "no_phone" => p.no_phone = !value.is_empty(),
                "name" => p.name = value,
                "birth_year" => p.birth_year = value,
                "under_18" => p.under_18 = !value.is_empty(),
                "languages" => p.languages.push(value),
                "joined" => p.joined = value,
                "office" => p.office = value,
                "consent_lang" => p.consent_lang = value,
                "consent" => p.consents.push(value),
                "method" => p.method = value,
                _ => {}
            }
        }
        p
    }

    /// The steps already answered, as hidden fields for the next form: her number (step one),
    /// and with `details` her details (step two).
    fn carried(&self, details: bool) -> Vec<(&'static str, String)> {
        let mut carry = vec![("phone", self.phone_shown())];
        if self.no_phone {
            carry.push(("no_phone", "1".to_owned()));
        }
        if details {
            carry.push(("name", validate::clean_lossy(&self.name)));
            carry.push(("birth_year", self.birth_year.trim().to_owned()));
            if self.under_18 {
                carry.push(("under_18", "1".to_owned()));
            }
            for l in &self.languages {
                carry.push(("languages", l.clone()));
            }
            carry.push(("joined", self.joined.trim().to_owned()));
            carry.push(("office", self.office.trim().to_owned()));
        }
        carry
    }

    fn phone_shown(&self) -> String {
        validate::clean_lossy(&self.phone).chars().take(MAX_PHONE_SHOWN).collect()
    }
}

/// Messages beside fields, in the leader's language.
#[derive(Default)]
struct Beside(Vec<(&'static str, String)>);

impl Beside {
    fn get(&self, field: &str) -> Option<&str> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, m)| m.as_str())
    }
    fn add(&mut self, field: &'static str, message: String) {
        if self.get(field).is_none() {
            self.0.push((field, message));
        }
    }
    fn add_problems(&mut self, tr: &Tr, errors: &FieldErrors) {
        for (field, problem) in errors.iter() {
            self.add(field, tr.t(problem.key()));
        }
    }
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Her details as checked in step two.
struct Details {
    name: String,
    birth_year: Option<i32>,
    minor: bool,
    languages: Vec<Language>,
    joined: Date,
    office: Option<OfficeTitle>,
}

// ---- the pages ------------------------------------------------------------------------------

struct Head {
    id: i64,
    name: String,
}

#[derive(Template)]
#[template(path = "members_new/phone.html")]
struct PhonePage {
    v: Visit,
    c: Head,
    phone: String,
    /// Her details when the leader came back from step two to change the number.
    carry: Vec<(&'static str, String)>,
    beside: Beside,
    /// "Already registered in Dhruva — ask her to log in".
    registered: Option<String>,
}

#[derive(Template)]
#[template(path = "members_new/details.html")]
struct DetailsPage {
    v: Visit,
    c: Head,
    carry: Vec<(&'static str, String)>,
    /// Her number as the leader typed it, or "she has no phone".
    phone_line: String,
    name: String,
    birth_year: String,
    under_18: bool,
    languages: Vec<(&'static str, String, bool)>,
    joined: String,
    today: String,
    office: String,
    offices: Vec<(&'static str, String)>,
    beside: Beside,
    max_name: usize,
}

/// One purpose, in her language.
struct PurposeRow {
    code: &'static str,
    title: String,
    who: String,
    checked: bool,
}

#[derive(Template)]
#[template(path = "members_new/consents.html")]
struct ConsentsPage {
    v: Visit,
    c: Head,
    carry: Vec<(&'static str, String)>,
    minor: bool,
    /// Her language: its code (for `lang`), and her other languages to switch to.
    her_lang: &'static str,
    her_intro: String,
    her_agree: String,
    switch_to: Vec<(&'static str, String)>,
    purposes: Vec<PurposeRow>,
    methods: Vec<(&'static str, String, bool)>,
}

/// Pages holding her number or name are not kept by the browser's cache.
fn private(status: StatusCode, page: &impl Template) -> Result<Response, WebError> {
    Ok((status, [(header::CACHE_CONTROL, "no-store")], Html(page.render()?)).into_response())
}

async fn head(app: &AppState, collective: CollectiveId) -> Result<Head, WebError> {
    let c = app.store.collective(collective).await?.ok_or(WebError::NotFound)?;
    Ok(Head { id: c.id.0, name: c.name })
}

fn phone_page(v: Visit, c: Head, p: &Posted, beside: Beside, registered: bool) -> PhonePage {
    let registered = registered.then(|| v.t("register-phone-registered"));
    // Her details typed already come along (a registered number keeps nothing of them).
    let carry = if registered.is_some() {
        Vec::new()
    } else {
        p.carried(true).into_iter().filter(|(k, val)| !val.is_empty() && !matches!(*k, "phone" | "no_phone")).collect()
    };
    PhonePage { phone: p.phone_shown(), carry, v, c, beside, registered }
}

fn details_page(app: &AppState, v: Visit, c: Head, p: &Posted, beside: Beside) -> DetailsPage {
    let tr = &v.tr;
    let phone_line = if p.no_phone { tr.t("register-no-phone-chosen") } else { tr.t_args("register-phone-line", "phone", p.phone_shown()) };
    let languages = Language::ALL
        .iter()
        .map(|l| {
            let own = Tr::new(app.locales.clone(), *l).t("language-self-name");
            let label = tr.label("language", l.code());
            let label = if own == label { label } else { format!("{label} · {own}") };
            (l.code(), label, p.languages.iter().any(|c| c.trim() == l.code()))
        })
        .collect();
    let offices = OfficeTitle::ALL.iter().map(|o| (o.code(), tr.label("office", o.code()))).collect();
    let today = today().to_string();
    let joined = if p.joined.trim().is_empty() && p.go.is_empty() { today.clone() } else { validate::clean_lossy(&p.joined) };
    DetailsPage {
        carry: p.carried(false),
        phone_line,
        name: validate::clean_lossy(&p.name),
        birth_year: validate::clean_lossy(&p.birth_year).chars().take(10).collect(),
        under_18: p.under_18,
        languages,
        joined,
        today,
        office: p.office.trim().to_owned(),
        offices,
        beside,
        max_name: MAX_NAME,
        c,
        v,
    }
}

/// Her language for the consents: the one chosen on the page among hers, else the first of hers
/// that is not English (a survivor's own language, when she has one), else English.
fn her_language(p: &Posted, d: &Details) -> Language {
    let chosen = Language::from_code(p.consent_lang.trim()).filter(|l| d.languages.contains(l));
    chosen
        .or_else(|| d.languages.iter().copied().find(|l| *l != Language::English))
        .or_else(|| d.languages.first().copied())
        .unwrap_or(Language::English)
}

fn consents_page(app: &AppState, v: Visit, c: Head, p: &Posted, d: &Details) -> ConsentsPage {
    let lang = her_language(p, d);
    let her = Tr::new(app.locales.clone(), lang);
    let switch_to =
        d.languages.iter().filter(|l| **l != lang).map(|l| (l.code(), Tr::new(app.locales.clone(), *l).t("register-consent-in-own"))).collect();
    let purposes = Purpose::ALL
        .iter()
        .map(|purpose| PurposeRow {
            code: purpose.code(),
            title: her.label("purpose", purpose.code()),
            who: her.t(&format!("purpose-{}-who", purpose.code())),
            checked: p.consents.iter().any(|c| c == purpose.code()),
        })
        .collect();
    let method = if RECORDED_METHODS.contains(&p.method.as_str()) { p.method.as_str() } else { RECORDED_METHODS[0] };
    let methods = RECORDED_METHODS.iter().map(|m| (*m, v.tr.label("consent-method", m), *m == method)).collect();
    let mut carry = p.carried(true);
    carry.push(("consent_lang", lang.code().to_owned()));
    ConsentsPage {
        carry,
        minor: d.minor,
        her_lang: lang.code(),
        her_intro: her.t("register-consent-intro"),
        her_agree: her.t("register-consent-agree"),
        switch_to,
        purposes,
        methods,
        c,
        v,
    }
}

// ---- checks ---------------------------------------------------------------------------------

/// Step one: her number, or none. `None` with a message beside the field when it cannot be used.
fn check_phone(tr: &Tr, p: &Posted, beside: &mut Beside) -> Option<Option<PhoneNumber>> {
    if p.no_phone {
        return Some(None);
    }
    let typed = match dhruva_core::text::clean(&p.phone) {
        Ok(t) => t,
        Err(_) => {
            beside.add("phone", tr.t(Problem::PhoneCharacter.key()));
            return None;
        }
    };
    if typed.is_empty() {
        beside.add("phone", tr.t("register-error-phone-missing"));
        return None;
    }
    match PhoneNumber::parse(&typed) {
        Ok(phone) => Some(Some(phone)),
        Err(e) => {
            let problem = match e {
                dhruva_core::phone::PhoneError::WrongLength => Problem::PhoneLength,
                dhruva_core::phone::PhoneError::BadPrefix => Problem::PhonePrefix,
                dhruva_core::phone::PhoneError::BadCharacter => Problem::PhoneCharacter,
            };
            beside.add("phone", tr.t(problem.key()));
            None
        }
    }
}

/// Step two: every problem at once, each beside its field.
fn check_details(tr: &Tr, p: &Posted, today: Date, beside: &mut Beside) -> Option<Details> {
    let mut errors = FieldErrors::default();
    let birth_year = validate::birth_year_text(&p.birth_year, &mut errors);
    let personal = validate::personal(&p.name, None, birth_year, None, today.year(), &mut errors);
    let mut languages = validate::languages(&p.languages, &mut errors);
    languages.retain(|l| Language::ALL.contains(l));
    let office = validate::office(Some(&p.office), &mut errors);
    let joined = match p.joined.trim() {
        "" => {
            errors.add("joined", Problem::BadDate);
            None
        }
        text => match parse_date(text) {
            Some(d) if d > today => {
                errors.add("joined", Problem::FutureDate);
                None
            }
            Some(d) if d.year() < 1900 => {
                errors.add("joined", Problem::BadDate);
                None
            }
            Some(d) => Some(d),
            None => {
                errors.add("joined", Problem::BadDate);
                None
            }
        },
    };
    beside.add_problems(tr, &errors);
    if languages.is_empty() && beside.get("languages").is_none() {
        beside.add("languages", tr.t("register-error-languages"));
    }
    let (Some(personal), Some(joined), true) = (personal, joined, beside.is_empty()) else { return None };
    let minor = p.under_18 || birth_year.is_some_and(|y| may_be_minor(y, today));
    Some(Details { name: personal.name.into_inner(), birth_year, minor, languages, joined, office })
}

/// Whether someone holds `office` in the collective today (the core team has room for many):
/// then she is registered without it, and the office changes hands by a handover.
async fn office_held(app: &AppState, collective: CollectiveId, office: Option<OfficeTitle>, today: Date) -> Result<bool, WebError> {
    let Some(office) = office.filter(|o| *o != OfficeTitle::CoreTeam) else { return Ok(false) };
    let terms = app.store.office_terms_of_collective(collective).await?;
    Ok(terms.iter().any(|t| t.term.office == office && t.term.since <= today && t.term.until.is_none_or(|until| until > today)))
}

/// Her details, and the office free: `Err(page)` (422, beside the field) otherwise.
async fn details_checked(
    app: &AppState,
    v: Visit,
    c: Head,
    p: &Posted,
    collective: CollectiveId,
    today: Date,
) -> Result<Result<(Details, Visit, Head), Response>, WebError> {
    let mut beside = Beside::default();
    let Some(d) = check_details(&v.tr, p, today, &mut beside) else {
        return Ok(Err(private(StatusCode::UNPROCESSABLE_ENTITY, &details_page(app, v, c, p, beside))?));
    };
    if office_held(app, collective, d.office, today).await? {
        beside.add("office", v.t("register-error-office-held"));
        return Ok(Err(private(StatusCode::UNPROCESSABLE_ENTITY, &details_page(app, v, c, p, beside))?));
    }
    Ok(Ok((d, v, c)))
}

/// Step three: the purposes she agreed to and how. Anything but known codes is a tampered form.
fn check_consents(p: &Posted, d: &Details) -> Result<(Vec<Purpose>, &'static str), WebError> {
    if d.minor {
        return Ok((Vec::new(), RECORDED_METHODS[0]));
    }
    let mut purposes = Vec::new();
    for code in &p.consents {
        let purpose = Purpose::from_code(code.trim()).ok_or(WebError::BadRequest)?;
        if !purposes.contains(&purpose) {
            purposes.push(purpose);
        }
    }
    let method = RECORDED_METHODS.iter().find(|m| **m == p.method.trim()).copied();
    match (method, purposes.is_empty()) {
        (Some(m), _) => Ok((purposes, m)),
        (None, true) => Ok((purposes, RECORDED_METHODS[0])),
        (None, false) => Err(WebError::BadRequest),
    }
}

// ---- the phone question, for the page and the API ---------------------------------------------

/// Per account, in memory like the login throttle (a restart forgets it; one process serves one
/// deployment, so tests' several apps in one process share it, each asking a handful).
static PHONE_CHECKS: LazyLock<Mutex<HashMap<AccountId, VecDeque<Instant>>>> = LazyLock::new(|| Mutex::new(HashMap::new()));

/// Counts one question against the account's day; `Err(wait)` once the day's are used.
fn count_phone_check(account: AccountId, now: Instant) -> Result<(), Duration> {
    let mut all = PHONE_CHECKS.lock().unwrap_or_else(|e| e.into_inner());
    let asked = all.entry(account).or_default();
    while asked.front().is_some_and(|t| now.duration_since(*t) >= DAY) {
        asked.pop_front();
    }
    if asked.len() >= PHONE_CHECKS_PER_DAY {
        let oldest = asked.front().copied().unwrap_or(now);
        return Err(DAY.saturating_sub(now.duration_since(oldest)));
    }
    asked.push_back(now);
    Ok(())
}

/// What a registration records: her grants, with the leader who heard them as witness.
fn new_registration(
    d: Details,
    collective: CollectiveId,
    phone: Option<PhoneNumber>,
    purposes: &[Purpose],
    method: &str,
    witness: &str,
) -> NewRegistration {
    // Under 18: her number and year of birth wait for her guardian's consent.
    let (phone, birth_year) = if d.minor { (None, None) } else { (phone, d.birth_year) };
    let personal = dhruva_core::registry::MemberPersonal {
        name: Sensitive::new(d.name),
        phone: phone.map(|p| Sensitive::new(p.canonical().to_owned())),
        birth_year: birth_year.map(Sensitive::new),
        notes: None,
    };
    let consents = purposes
        .iter()
        .map(|purpose| NewConsent { purpose: *purpose, method: method.to_owned(), witness: Some(Sensitive::new(witness.to_owned())) })
        .collect();
    NewRegistration { collective, joined_on: d.joined, office: d.office, languages: d.languages, personal, under_18: d.minor, consents }
}

impl Access<'_> {
    /// Whether `phone` is registered anywhere in Dhruva — yes or no, never where — for someone
    /// who may register members in `collective` (`CreateMember`). `Ok(Err(wait))` when the
    /// account has asked its day's questions. Each question is audited by the store.
    pub(crate) async fn registration_phone_check(
        &self,
        app: &AppState,
        collective: CollectiveId,
        phone: &PhoneNumber,
    ) -> Result<Result<bool, Duration>, WebError> {
        let d = self.require_on_collective(collective, Action::CreateMember).await?;
        let account = self.accessor(&d).account.ok_or(WebError::NotFound)?;
        if let Err(wait) = count_phone_check(account, Instant::now()) {
            return Ok(Err(wait));
        }
        Ok(Ok(app.store.phone_registered_for_registration(&self.accessor(&d), collective, phone).await?))
    }

    /// Registers her (`CreateMember` on her collective) in one transaction.
    pub(crate) async fn register_member(&self, app: &AppState, new: NewRegistration) -> Result<MemberSummary, WebError> {
        let d = self.require_on_collective(new.collective, Action::CreateMember).await?;
        Ok(app.store.register_member(&self.accessor(&d), new, today()).await?)
    }
}

impl Visit {
    /// Whether the visitor may register members in this collective (the collective page's link).
    pub fn may_register_member(&self, collective: &i64) -> bool {
        let Some(who) = &self.signed_in else { return false };
        let facts = CollectiveFacts { id: CollectiveId(*collective), partners: Vec::new() };
        policy::decide(&who.actor, Action::CreateMember, Resource::Collective(&facts)).allowed
    }
}

// ---- handlers -------------------------------------------------------------------------------

async fn form(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let collective = CollectiveId(id);
    Access::new(&app, &who.actor, Channel::Web).require_on_collective(collective, Action::CreateMember).await?;
    let c = head(&app, collective).await?;
    private(StatusCode::OK, &phone_page(v, c, &Posted::default(), Beside::default(), false))
}

#[tracing::instrument(skip_all)]
async fn submit(
    State(app): State<AppState>,
    page: SignedInPage,
    Id(id): Id,
    PageForm(pairs): PageForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let collective = CollectiveId(id);
    let access = Access::new(&app, &who.actor, Channel::Web);
    // Who may do this is settled before anything about the input is said.
    access.require_on_collective(collective, Action::CreateMember).await?;
    let c = head(&app, collective).await?;
    let mut p = Posted::from_pairs(pairs);
    let today = today();
    let mut beside = Beside::default();
    let go = p.go.clone();

    // "Change her number": back to step one, her typing kept.
    if go == "back_phone" {
        p.no_phone = false;
        return private(StatusCode::OK, &phone_page(v, c, &p, beside, false));
    }
    if go == "no_phone" {
        p.no_phone = true;
        p.phone.clear();
    }
    let Some(phone) = check_phone(&v.tr, &p, &mut beside) else {
        return private(StatusCode::UNPROCESSABLE_ENTITY, &phone_page(v, c, &p, beside, false));
    };

    match go.as_str() {
        // Step one answered: the number's question, then step two.
        "check" | "no_phone" => {
            if let Some(phone) = &phone {
                match access.registration_phone_check(&app, collective, phone).await? {
                    Err(wait) => return too_many(v, c, &p, wait),
                    Ok(true) => return private(StatusCode::CONFLICT, &phone_page(v, c, &p, beside, true)),
                    Ok(false) => {}
                }
            }
            p.go.clear();
            private(StatusCode::OK, &details_page(&app, v, c, &p, beside))
        }
        "back_details" => private(StatusCode::OK, &details_page(&app, v, c, &p, beside)),
        "consents" => match details_checked(&app, v, c, &p, collective, today).await? {
            Ok((d, v, c)) => private(StatusCode::OK, &consents_page(&app, v, c, &p, &d)),
            Err(page) => Ok(page),
        },
        lang if lang.starts_with("lang-") => {
            p.consent_lang = lang.trim_start_matches("lang-").to_owned();
            match details_checked(&app, v, c, &p, collective, today).await? {
                Ok((d, v, c)) => private(StatusCode::OK, &consents_page(&app, v, c, &p, &d)),
                Err(page) => Ok(page),
            }
        }
        "save" => {
            let (mut d, v, c) = match details_checked(&app, v, c, &p, collective, today).await? {
                Ok(checked) => checked,
                Err(page) => return Ok(page),
            };
            let (purposes, method) = check_consents(&p, &d)?;
            // The language her consents were read in is her first.
            let first = her_language(&p, &d);
            d.languages.sort_by_key(|l| *l != first);
            // Asked again (and counted): a saved form may have skipped step one.
            let phone = if d.minor { None } else { phone };
            if let Some(phone) = &phone {
                match access.registration_phone_check(&app, collective, phone).await? {
                    Err(wait) => return too_many(v, c, &p, wait),
                    Ok(true) => return private(StatusCode::CONFLICT, &phone_page(v, c, &p, Beside::default(), true)),
                    Ok(false) => {}
                }
            }
            let minor = d.minor;
            let new = new_registration(d, collective, phone, &purposes, method, &who.account.username);
            match access.register_member(&app, new).await {
                Ok(member) if minor => Ok(Redirect::to(&format!("/members/{}/guardian", member.id)).into_response()),
                Ok(member) => Ok(Redirect::to(&format!("/members/{}/registered", member.id)).into_response()),
                Err(WebError::Conflict) => private(StatusCode::CONFLICT, &phone_page(v, c, &p, Beside::default(), true)),
                // Taken between the check and the save: beside the office, as above.
                Err(WebError::Invalid(fields)) if fields.get("office").is_some() => {
                    let mut beside = Beside::default();
                    beside.add("office", v.t("register-error-office-held"));
                    private(StatusCode::UNPROCESSABLE_ENTITY, &details_page(&app, v, c, &p, beside))
                }
                Err(e) => Err(e),
            }
        }
        _ => Err(WebError::BadRequest),
    }
}

fn too_many(v: Visit, c: Head, p: &Posted, wait: Duration) -> Result<Response, WebError> {
    let hours = wait.as_secs().div_ceil(3600).max(1);
    let mut beside = Beside::default();
    beside.add("phone", v.tr.t_args("register-phone-too-many", "hours", hours));
    let page = phone_page(v, c, p, beside, false);
    let mut response = private(StatusCode::TOO_MANY_REQUESTS, &page)?;
    if let Ok(value) = header::HeaderValue::from_str(&wait.as_secs().max(1).to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    Ok(response)
}

// ---- after saving ---------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "members_new/registered.html")]
struct RegisteredPage {
    v: Visit,
    id: i64,
    code: String,
    collective: Option<Head>,
    /// "Give her a code to log in", where the policy lets the visitor.
    code_link: Option<(String, String)>,
    pending: bool,
}

/// Her page right after registering her: her code, and "give her a code to log in" first.
async fn registered(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let member = MemberId(id);
    let access = Access::new(&app, &who.actor, Channel::Web);
    access.require_on_member(member, Action::ViewMember).await?;
    let summary = app.store.member_summary(member).await?.ok_or(WebError::NotFound)?;
    let today = today();
    let mut collective = None;
    if let Some(m) = summary.memberships.iter().find(|m| m.is_current(today)) {
        if v.may_register_member(&m.collective.0) {
            collective = Some(head(&app, m.collective).await?);
        }
    }
    let code_link = super::invitations::member_link(&v, &app, &who.actor, member).await?;
    let pending =
        app.store.consent_history(member).await?.iter().any(|r| r.state == dhruva_store::consent::ConsentState::Pending && r.withdrawn_at.is_none());
    html(&RegisteredPage { v, id, code: summary.code, collective, code_link, pending })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_asks_its_days_questions_and_then_waits() {
        let account = AccountId(-42);
        let start = Instant::now();
        for _ in 0..PHONE_CHECKS_PER_DAY {
            assert!(count_phone_check(account, start).is_ok());
        }
        let wait = count_phone_check(account, start).expect_err("the day's questions are used");
        assert!(wait > Duration::from_secs(23 * 3600));
        assert!(count_phone_check(account, start + DAY).is_ok(), "a day later she may ask again");
        assert!(count_phone_check(AccountId(-43), start).is_ok(), "another account is not slowed");
    }

    #[test]
    fn her_consents_are_asked_in_her_own_language_first() {
        let d = |languages: Vec<Language>| Details { name: String::new(), birth_year: None, minor: false, languages, joined: today(), office: None };
        let p = Posted::default();
        assert_eq!(her_language(&p, &d(vec![Language::English, Language::Bengali])), Language::Bengali);
        assert_eq!(her_language(&p, &d(vec![Language::English])), Language::English);
        let chose = Posted { consent_lang: "en".to_owned(), ..Posted::default() };
        assert_eq!(her_language(&chose, &d(vec![Language::Telugu, Language::English])), Language::English);
        let foreign = Posted { consent_lang: "hi".to_owned(), ..Posted::default() };
        assert_eq!(her_language(&foreign, &d(vec![Language::Telugu])), Language::Telugu, "only one of hers");
    }
}
