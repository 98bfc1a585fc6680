//! Opening a case: first the kind, then the kind's own form (from `dhruva_forms::cases`) with
//! the catalogue item, the date and the authority. Used by her at `/cases/new` and by a leader
//! with her consent at `/members/{id}/cases/new`.

use super::authority::{self, AuthorityChoice};
use super::{iso, past_date};
use crate::access::Access;
use crate::error::WebError;
use crate::form_render::{self, FieldView};
use crate::pages::rounds::common::unprocessable;
use crate::pages::{html, Id, PageForm, SignedInPage};
use crate::state::{today, AppState};
use crate::visit::Visit;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use dhruva_core::cases::{CaseKind, CompensationForum, DocumentKind, Entitlement};
use dhruva_core::{MemberId, Sensitive};
use dhruva_forms::RawAnswers;
use dhruva_store::cases::NewCase;
use dhruva_store::scorecards::Institution;
use dhruva_store::Channel;
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct KindQuery {
    #[serde(default)]
    kind: String,
}

/// One kind on the chooser.
pub struct KindLink {
    pub href: String,
    pub label: String,
    pub about: String,
}

#[derive(Template)]
#[template(path = "cases/kinds.html")]
struct KindsPage {
    v: Visit,
    kinds: Vec<KindLink>,
    back: String,
}

#[derive(Template)]
#[template(path = "cases/new.html")]
pub struct NewPage {
    pub v: Visit,
    pub heading: String,
    pub action: String,
    pub back: String,
    pub kind: &'static str,
    /// The catalogue (entitlement, document or forum) as (code, label, selected); empty for
    /// a legal case, which has no item.
    pub items: Vec<(&'static str, String, bool)>,
    pub item_label: String,
    pub item_error: Option<String>,
    pub opened_on: String,
    pub date_error: Option<String>,
    pub authority: AuthorityChoice,
    pub fields: Vec<FieldView>,
    pub has_errors: bool,
}

/// The catalogue a kind picks its item from, as (code, label).
fn catalogue(v: &Visit, kind: CaseKind) -> (Vec<(&'static str, String)>, String) {
    let tr = &v.tr;
    match kind {
        CaseKind::Entitlement => {
            (Entitlement::ALL.iter().map(|e| (e.code(), tr.label("case-entitlement", e.code()))).collect(), tr.t("cases-field-entitlement"))
        }
        CaseKind::DocumentRecovery => {
            (DocumentKind::ALL.iter().map(|d| (d.code(), tr.label("case-document", d.code()))).collect(), tr.t("cases-field-document"))
        }
        CaseKind::Compensation => {
            (CompensationForum::ALL.iter().map(|f| (f.code(), tr.label("case-forum", f.code()))).collect(), tr.t("cases-field-forum"))
        }
        CaseKind::Legal => (Vec::new(), String::new()),
    }
}

/// What she posted, kept to show the form again.
struct Posted {
    item: String,
    opened_on: String,
    institution: String,
    authority_name: String,
    details: RawAnswers,
}

fn new_page(v: Visit, base: &str, kind: CaseKind, institutions: &[Institution], posted: &Posted, errors: Errors) -> NewPage {
    let (items, item_label) = catalogue(&v, kind);
    let items = items.into_iter().map(|(code, label)| (code, label, posted.item == code)).collect();
    let form = dhruva_forms::cases::form(kind);
    let fields = form_render::fields(form, &v.tr, &posted.details, &errors.details);
    let has_errors = errors.item || errors.date || !errors.details.is_empty();
    NewPage {
        heading: v.tr.t_args("cases-new-kind-heading", "kind", v.tr.label("case-kind", kind.code())),
        action: format!("{base}/new"),
        back: base.to_owned(),
        kind: kind.code(),
        items,
        item_label,
        item_error: errors.item.then(|| v.t("cases-error-item")),
        opened_on: posted.opened_on.clone(),
        date_error: errors.date.then(|| v.t("cases-error-date")),
        authority: AuthorityChoice::posted(&v.tr, institutions, &posted.institution, &posted.authority_name),
        fields,
        has_errors,
        v,
    }
}

#[derive(Default)]
struct Errors {
    item: bool,
    date: bool,
    details: Vec<dhruva_forms::AnswerError>,
}

/// Where the pages for this member live: hers at `/cases`, a leader's at `/members/{id}/cases`.
fn base_of(member: MemberId, own: bool) -> String {
    if own {
        "/cases".to_owned()
    } else {
        format!("/members/{member}/cases")
    }
}

async fn form(app: &AppState, page: SignedInPage, member: Option<MemberId>, q: KindQuery) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(app, &who.actor, Channel::Web);
    let (member, own) = match member {
        Some(m) => (m, false),
        None => (access.own_member()?, true),
    };
    // Asking for the collective checks that she may open cases for this member at all.
    access.case_collective(member).await?;
    let base = base_of(member, own);
    let Some(kind) = CaseKind::from_code(&q.kind) else {
        let kinds = CaseKind::ALL
            .iter()
            .map(|k| KindLink {
                href: format!("{base}/new?kind={}", k.code()),
                label: v.tr.label("case-kind", k.code()),
                about: v.t(&format!("case-kind-{}-about", k.code())),
            })
            .collect();
        return html(&KindsPage { v, kinds, back: base });
    };
    let institutions = access.institutions_for(member).await?;
    let posted = Posted {
        item: String::new(),
        opened_on: iso(today()),
        institution: String::new(),
        authority_name: String::new(),
        details: RawAnswers::new(),
    };
    html(&new_page(v, &base, kind, &institutions, &posted, Errors::default()))
}

pub async fn form_own(State(app): State<AppState>, page: SignedInPage, Query(q): Query<KindQuery>) -> Result<Response, WebError> {
    form(&app, page, None, q).await
}

pub async fn form_member(State(app): State<AppState>, page: SignedInPage, Id(id): Id, Query(q): Query<KindQuery>) -> Result<Response, WebError> {
    form(&app, page, Some(MemberId(id)), q).await
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
}

async fn submit(app: &AppState, page: SignedInPage, member: Option<MemberId>, fields: Vec<(String, String)>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(app, &who.actor, Channel::Web);
    let (member, own) = match member {
        Some(m) => (m, false),
        None => (access.own_member()?, true),
    };
    let collective = access.case_collective(member).await?;
    let base = base_of(member, own);
    let kind = CaseKind::from_code(field(&fields, "kind")).ok_or(WebError::BadRequest)?;
    let form = dhruva_forms::cases::form(kind);
    let posted = Posted {
        item: field(&fields, "item").to_owned(),
        opened_on: field(&fields, "opened_on").to_owned(),
        institution: field(&fields, "institution").to_owned(),
        authority_name: field(&fields, "authority_name").to_owned(),
        details: form_render::raw_from_fields(form, &fields),
    };
    let institutions = access.institutions_for(member).await?;
    let authority = authority::parse(&institutions, &posted.institution, &posted.authority_name)?;
    let (entitlement, document, forum) = match kind {
        CaseKind::Entitlement => (Entitlement::from_code(&posted.item), None, None),
        CaseKind::DocumentRecovery => (None, DocumentKind::from_code(&posted.item), None),
        CaseKind::Compensation => (None, None, CompensationForum::from_code(&posted.item)),
        CaseKind::Legal => (None, None, None),
    };
    let opened_on = past_date(&posted.opened_on);
    let mut errors = Errors {
        item: kind != CaseKind::Legal && entitlement.is_none() && document.is_none() && forum.is_none(),
        date: opened_on.is_none(),
        details: form.validate(&posted.details).err().unwrap_or_default(),
    };
    let (Some(opened_on), false, true) = (opened_on, errors.item, errors.details.is_empty()) else {
        return unprocessable(&new_page(v, &base, kind, &institutions, &posted, errors));
    };
    let district = app.store.collective(collective).await?.map(|c| c.district);
    let new = NewCase {
        member,
        collective,
        kind,
        entitlement,
        document,
        forum,
        authority,
        district,
        opened_on,
        state: None,
        details: Sensitive::new(posted.details.clone()),
    };
    match access.open_case(&new).await? {
        Ok(id) => Ok(Redirect::to(&format!("/cases/{}", id.0)).into_response()),
        Err(dhruva_store::cases::CaseError::Details(problems)) => {
            errors.details = problems;
            unprocessable(&new_page(v, &base, kind, &institutions, &posted, errors))
        }
        Err(e) => {
            let message = super::refusal_message(&v.tr, &e);
            super::refused(v, message, format!("{base}/new?kind={}", kind.code()))
        }
    }
}

pub async fn submit_own(
    State(app): State<AppState>,
    page: SignedInPage,
    PageForm(fields): PageForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    submit(&app, page, None, fields).await
}

pub async fn submit_member(
    State(app): State<AppState>,
    page: SignedInPage,
    Id(id): Id,
    PageForm(fields): PageForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    submit(&app, page, Some(MemberId(id)), fields).await
}
