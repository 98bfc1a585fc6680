//! A collective's offices (issue 11): who holds each, since when, and the dated history
//! (`/collectives/{id}/offices`, for whoever may list its members; names only where
//! `ViewMemberName` allows); the handover form, its confirmation page and the handover itself
//! (`ManageOffices`). The leader's access follows the office (`Store::actor`), so the new
//! holder leads from the handover date and the former one stops on it.

use super::rounds::common::{parse_date, unprocessable};
use super::{html, Id, PageForm, SignedInPage};
use crate::access::Access;
use crate::error::WebError;
use crate::format;
use crate::state::{today, AppState};
use crate::validate::{store_refusal, FieldErrors, Messages, Problem};
use crate::visit::Visit;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use dhruva_core::policy::{Action, Decision, Resource};
use dhruva_core::registry::{Collective, OfficeTitle};
use dhruva_core::{CollectiveId, MemberId};
use dhruva_store::members::offices::{StoredTerm, MAX_DAYS_AHEAD};
use dhruva_store::Channel;
use serde::Deserialize;
use std::collections::HashMap;
use time::{Date, Duration};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/collectives/{id}/offices", get(show))
        .route("/collectives/{id}/offices/handover", get(form).post(check))
        .route("/collectives/{id}/offices/handover/confirm", post(confirm))
        .route("/collectives/{id}/offices/end", post(end_term))
}

/// A date typed for a change of office or membership: a real date, not further ahead than the
/// store allows (it checks again). `None` with the problem noted beside `field`.
pub(crate) fn planned_date(field: &'static str, raw: &str, today: Date, errors: &mut FieldErrors) -> Option<Date> {
    match parse_date(raw) {
        None => {
            errors.add(field, Problem::BadDate);
            None
        }
        Some(d) if d > today + Duration::days(MAX_DAYS_AHEAD) => {
            errors.add(field, Problem::TooFarAhead);
            None
        }
        Some(d) => Some(d),
    }
}

/// What her handover form posts (and the confirmation page posts back).
#[derive(Deserialize, Default, Clone)]
pub struct HandoverForm {
    #[serde(default)]
    pub office: String,
    #[serde(default)]
    pub member: String,
    #[serde(default)]
    pub from: String,
}

/// A checked handover.
pub(crate) struct Handover {
    pub office: OfficeTitle,
    pub member: MemberId,
    pub from: Date,
}

/// Checks a handover against the collective as it stands: an office, one of its current
/// members (`members`), a date the store will take; and, so the confirmation page never
/// promises what the store will refuse, that she does not already hold it and the date is
/// after the current term began. Every problem is named beside its field.
pub(crate) fn check_handover(f: &HandoverForm, members: &[MemberId], terms: &[StoredTerm], today: Date) -> Result<Handover, FieldErrors> {
    let mut errors = FieldErrors::default();
    let office = OfficeTitle::from_code(f.office.trim());
    if office.is_none() {
        errors.add("office", Problem::UnknownOffice);
    }
    let member = f.member.trim().parse::<i64>().ok().map(MemberId).filter(|m| members.contains(m));
    if member.is_none() {
        errors.add("member", Problem::NotAMember);
    }
    let from = planned_date("from", &f.from, today, &mut errors);
    let (Some(office), Some(member), Some(from)) = (office, member, from) else { return Err(errors) };
    let open: Vec<&StoredTerm> = terms.iter().filter(|t| t.term.office == office && t.term.until.is_none()).collect();
    if open.iter().any(|t| t.term.member == member) {
        errors.add("member", Problem::AlreadyHolds);
    } else if office != OfficeTitle::CoreTeam && open.iter().any(|t| from <= t.term.since) {
        errors.add("from", Problem::BeforeTerm);
    }
    if errors.is_empty() {
        Ok(Handover { office, member, from })
    } else {
        Err(errors)
    }
}

/// A member as these pages name her: her name where the policy allows it, else her code.
pub(crate) struct Person {
    pub id: i64,
    pub label: String,
}

/// The collective's current members as the actor may see them (names where allowed, each read
/// audited by the roster), and a way to name anyone else by code.
struct People {
    current: Vec<Person>,
    labels: HashMap<MemberId, String>,
}

impl People {
    async fn of(access: &Access<'_>, c: &Collective) -> Result<People, WebError> {
        let roster = access.roster(c).await?.unwrap_or_default();
        let current: Vec<Person> = roster
            .into_iter()
            .map(|e| Person {
                id: e.summary.id.0,
                label: match e.name {
                    Some(name) => format!("{} ({})", name.into_inner(), e.summary.code),
                    None => e.summary.code,
                },
            })
            .collect();
        let labels = current.iter().map(|p| (MemberId(p.id), p.label.clone())).collect();
        Ok(People { current, labels })
    }

    fn ids(&self) -> Vec<MemberId> {
        self.current.iter().map(|p| MemberId(p.id)).collect()
    }

    /// Her label; a former member (not on the roster) by her code only.
    async fn label(&mut self, app: &AppState, id: MemberId) -> Result<String, WebError> {
        if let Some(label) = self.labels.get(&id) {
            return Ok(label.clone());
        }
        let code = app.store.member_summary(id).await?.map(|s| s.code).unwrap_or_default();
        self.labels.insert(id, code.clone());
        Ok(code)
    }
}

pub struct TermRow {
    /// The term's id while it is open (a holder steps down with the form beside it).
    pub open: Option<i64>,
    /// The "end this term" form sent back for this term: her typing and the message.
    pub sent: Option<(String, String)>,
    pub office: String,
    pub holder: String,
    pub when: String,
}

/// What the "end this term" form posts.
#[derive(Deserialize, Default, Clone)]
pub struct EndTermForm {
    #[serde(default)]
    term: String,
    #[serde(default)]
    until: String,
}

pub struct CurrentRow {
    pub office: String,
    pub holders: Vec<String>,
}

#[derive(Template)]
#[template(path = "offices/show.html")]
struct OfficesPage {
    v: Visit,
    id: i64,
    name: String,
    current: Vec<CurrentRow>,
    history: Vec<TermRow>,
    may_hand_over: bool,
    former: Vec<(i64, String)>,
}

/// "since 1 March 2026", "1 January 2024 to 1 March 2026", or "from …" for a planned term.
pub(crate) fn term_when(v: &Visit, since: Date, until: Option<Date>, today: Date) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("since", format::date(&v.tr, since));
    match until {
        Some(until) => {
            args.set("until", format::date(&v.tr, until));
            v.tr.t_with("offices-term-closed", &args)
        }
        None if since > today => v.tr.t_with("offices-term-planned", &args),
        None => v.tr.t_with("offices-term-open", &args),
    }
}

fn facts(c: &Collective) -> dhruva_core::policy::CollectiveFacts {
    dhruva_core::policy::CollectiveFacts { id: c.id, partners: c.partners.clone() }
}

/// `GET /collectives/{id}/offices`.
async fn show(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    html(&offices_page(&app, &access, v, CollectiveId(id), None).await?)
}

async fn offices_page(
    app: &AppState,
    access: &Access<'_>,
    v: Visit,
    id: CollectiveId,
    end: Option<(i64, String, String)>,
) -> Result<OfficesPage, WebError> {
    let c = access.collective(id).await?;
    access.require_on_collective(c.id, Action::ListMembers).await?;
    let today = today();
    let mut people = People::of(access, &c).await?;
    let terms = app.store.office_terms_of_collective(c.id).await?;
    let mut current = Vec::new();
    for office in OfficeTitle::ALL {
        let mut holders = Vec::new();
        for t in terms.iter().filter(|t| t.term.office == *office && t.term.is_current(today)) {
            holders.push(people.label(app, t.term.member).await?);
        }
        current.push(CurrentRow { office: v.tr.label("office", office.code()), holders });
    }
    let mut history = Vec::new();
    for t in &terms {
        history.push(TermRow {
            open: t.term.until.is_none().then_some(t.id),
            sent: end.as_ref().filter(|(term, _, _)| *term == t.id).map(|(_, until, message)| (until.clone(), message.clone())),
            office: v.tr.label("office", t.term.office.code()),
            holder: people.label(app, t.term.member).await?,
            when: term_when(&v, t.term.since, t.term.until, today),
        });
    }
    let may_hand_over = access.decide(Action::ManageOffices, Resource::Collective(&facts(&c))).allowed;
    let former = if access.decide(Action::ManageMemberships, Resource::Collective(&facts(&c))).allowed {
        app.store.former_members_of_collective(c.id).await?.into_iter().map(|(m, code)| (m.0, code)).collect()
    } else {
        Vec::new()
    };
    Ok(OfficesPage { v, id: id.0, name: c.name, current, history, may_hand_over, former })
}

/// `POST /collectives/{id}/offices/end`: an open term ends on the date given (a core team
/// member steps down; a leading office's holder loses the leader's access that day). A
/// mistake shows the page again with the message beside that term's date (422).
async fn end_term(State(app): State<AppState>, page: SignedInPage, Id(id): Id, PageForm(f): PageForm<EndTermForm>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let collective = CollectiveId(id);
    let decision = access.require_on_collective(collective, Action::ManageOffices).await?;
    let terms = app.store.office_terms_of_collective(collective).await?;
    let term = f.term.trim().parse::<i64>().ok().filter(|t| terms.iter().any(|s| s.id == *t && s.term.until.is_none()));
    let Some(term) = term else { return Err(WebError::NotFound) };
    let mut errors = FieldErrors::default();
    let refused = match planned_date("until", &f.until, today(), &mut errors) {
        None => Some(errors),
        Some(until) => store_refusal(app.store.end_office_term(&access.accessor(&decision), term, until).await.map_err(WebError::from))?.err(),
    };
    match refused {
        None => Ok(Redirect::to(&format!("/collectives/{id}/offices")).into_response()),
        Some(errors) => {
            let message = errors.messages(&v.tr).get("until").unwrap_or_default().to_owned();
            unprocessable(&offices_page(&app, &access, v, collective, Some((term, f.until, message))).await?)
        }
    }
}

#[derive(Template)]
#[template(path = "offices/handover.html")]
struct HandoverPage {
    v: Visit,
    id: i64,
    name: String,
    f: HandoverForm,
    offices: Vec<(&'static str, String)>,
    members: Vec<Person>,
    errors: Messages,
}

#[derive(Template)]
#[template(path = "offices/confirm.html")]
struct ConfirmPage {
    v: Visit,
    id: i64,
    f: HandoverForm,
    change: String,
    lines: Vec<String>,
}

/// The collective, its current members and its terms, once she may manage its offices;
/// anyone else gets the collective's own answer (404 if not theirs, 403 if only seen).
async fn managed(access: &Access<'_>, app: &AppState, id: CollectiveId) -> Result<(Collective, Decision, People, Vec<StoredTerm>), WebError> {
    let decision = access.require_on_collective(id, Action::ManageOffices).await?;
    let c = access.collective(id).await?;
    let people = People::of(access, &c).await?;
    let terms = app.store.office_terms_of_collective(id).await?;
    Ok((c, decision, people, terms))
}

fn form_page(v: Visit, id: i64, name: String, f: HandoverForm, people: People, errors: Messages) -> HandoverPage {
    let offices = OfficeTitle::ALL.iter().map(|o| (o.code(), v.tr.label("office", o.code()))).collect();
    HandoverPage { v, id, name, f, offices, members: people.current, errors }
}

/// `GET /collectives/{id}/offices/handover[?office=&member=&from=]` (the query refills it
/// from the confirmation page's "change" link).
async fn form(State(app): State<AppState>, page: SignedInPage, Id(id): Id, Query(mut f): Query<HandoverForm>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let (c, _, people, _) = managed(&access, &app, CollectiveId(id)).await?;
    if f.from.is_empty() {
        f.from = today().to_string();
    }
    html(&form_page(v, id, c.name, f, people, Messages::default()))
}

/// `POST /collectives/{id}/offices/handover`: checked, then the confirmation page (nothing is
/// written); a mistake shows the form again with the message beside the field (422).
async fn check(State(app): State<AppState>, page: SignedInPage, Id(id): Id, PageForm(f): PageForm<HandoverForm>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let (c, _, mut people, terms) = managed(&access, &app, CollectiveId(id)).await?;
    let today = today();
    let handover = match check_handover(&f, &people.ids(), &terms, today) {
        Ok(h) => h,
        Err(errors) => {
            let messages = errors.messages(&v.tr);
            return unprocessable(&form_page(v, id, c.name, f, people, messages));
        }
    };
    let office = v.tr.label("office", handover.office.code());
    let date = format::date(&v.tr, handover.from);
    let mut lines = Vec::new();
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("member", people.label(&app, handover.member).await?);
    args.set("office", office);
    args.set("date", date);
    lines.push(v.tr.t_with("offices-confirm-new", &args));
    if handover.office == OfficeTitle::CoreTeam {
        lines.push(v.t("offices-confirm-core"));
    } else {
        match terms.iter().find(|t| t.term.office == handover.office && t.term.until.is_none()) {
            Some(t) => {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("member", people.label(&app, t.term.member).await?);
                lines.push(v.tr.t_with("offices-confirm-former", &args));
            }
            None => lines.push(v.t("offices-confirm-nobody")),
        }
        if handover.office.leads() {
            lines.push(v.t("offices-confirm-access"));
        }
    }
    let change = format!("/collectives/{id}/offices/handover?office={}&member={}&from={}", handover.office.code(), handover.member.0, handover.from);
    html(&ConfirmPage { v, id, f, change, lines })
}

/// `POST /collectives/{id}/offices/handover/confirm`: checked again, then written (one audited
/// transaction); back to the offices page. A refusal shows the form with the message.
async fn confirm(State(app): State<AppState>, page: SignedInPage, Id(id): Id, PageForm(f): PageForm<HandoverForm>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let (c, decision, people, terms) = managed(&access, &app, CollectiveId(id)).await?;
    let handover = match check_handover(&f, &people.ids(), &terms, today()) {
        Ok(h) => h,
        Err(errors) => {
            let messages = errors.messages(&v.tr);
            return unprocessable(&form_page(v, id, c.name, f, people, messages));
        }
    };
    let written = app.store.hand_over_office(&access.accessor(&decision), c.id, handover.office, handover.member, handover.from).await;
    match store_refusal(written.map_err(WebError::from))? {
        Ok(_) => Ok(Redirect::to(&format!("/collectives/{id}/offices")).into_response()),
        Err(errors) => {
            let messages = errors.messages(&v.tr);
            unprocessable(&form_page(v, id, c.name, f, people, messages))
        }
    }
}
