//! A member's page, and the form to correct her personal fields (used by her on her own
//! profile, and by those the policy lets edit them).

use super::view::{member_page, MemberPage};
use super::{html, Id, PageForm, SignedInPage};
use crate::access::{Access, Saved};
use crate::error::WebError;
use crate::state::{today, AppState};
use crate::validate::{self, FieldErrors};
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use dhruva_core::registry::MemberPersonal;
use dhruva_core::MemberId;
use dhruva_store::Channel;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "member.html")]
struct ShowPage {
    v: Visit,
    m: MemberPage,
    edit_url: String,
    /// Her choices, mentor and guardian pages, where the visitor may open them.
    links: Vec<(String, String)>,
}

#[tracing::instrument(skip_all)]
pub async fn show(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let view = access.member(MemberId(id)).await?;
    let mut links = super::consents::member_links(&v.tr, &view);
    links.extend(super::cases::member_link(&v.tr, &access, MemberId(id)).await?);
    links.extend(super::invitations::member_link(&v, &app, &who.actor, MemberId(id)).await?);
    links.extend(super::staff::member_link(&v, &app, &who.actor, MemberId(id)).await?);
    let m = member_page(&v.tr, view);
    let edit_url = if m.is_herself { "/profile/edit".to_owned() } else { format!("/members/{id}/edit") };
    html(&ShowPage { v, m, edit_url, links })
}

/// One input of the edit form.
pub struct Field {
    pub name: &'static str,
    pub label: String,
    pub value: String,
    pub error: Option<String>,
    pub multiline: bool,
    pub inputmode: &'static str,
}

#[derive(Template)]
#[template(path = "member_edit.html")]
struct EditPage {
    v: Visit,
    code: String,
    action: String,
    cancel_url: String,
    fields: Vec<Field>,
    has_errors: bool,
    /// A message about the whole form (too many new numbers asked for today).
    notice: Option<String>,
}

/// What the form posts. Not `Debug`: it holds her personal data.
#[derive(Deserialize)]
pub struct PersonalForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    birth_year: String,
    #[serde(default)]
    notes: String,
}

impl PersonalForm {
    fn from_stored(p: &MemberPersonal) -> Self {
        PersonalForm {
            name: p.name.expose().clone(),
            phone: p.phone.as_ref().map(|v| v.expose().clone()).unwrap_or_default(),
            birth_year: p.birth_year.as_ref().map(|v| v.expose().to_string()).unwrap_or_default(),
            notes: p.notes.as_ref().map(|v| v.expose().clone()).unwrap_or_default(),
        }
    }
}

/// Where the form lives for this member: her own profile, or the member's page.
pub struct EditUrls {
    pub action: String,
    pub cancel: String,
}

impl EditUrls {
    fn for_member(id: MemberId) -> Self {
        EditUrls { action: format!("/members/{id}/edit"), cancel: format!("/members/{id}") }
    }
}

fn edit_page(v: Visit, code: String, urls: EditUrls, form: &PersonalForm, errors: &FieldErrors) -> EditPage {
    let field = |name: &'static str, key: &str, value: &str, multiline: bool, inputmode: &'static str| Field {
        name,
        label: v.t(key),
        value: value.to_owned(),
        error: errors.get(name).map(|p| v.t(p.key())),
        multiline,
        inputmode,
    };
    let fields = vec![
        field("name", "field-name", &form.name, false, "text"),
        field("phone", "field-phone", &form.phone, false, "tel"),
        field("birth_year", "field-birth-year", &form.birth_year, false, "numeric"),
        field("notes", "field-notes", &form.notes, true, "text"),
    ];
    EditPage { code, action: urls.action, cancel_url: urls.cancel, fields, has_errors: !errors.is_empty(), notice: None, v }
}

#[tracing::instrument(skip_all)]
pub async fn edit(app: &AppState, page: SignedInPage, id: MemberId, urls: EditUrls) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(app, &who.actor, Channel::Web);
    let personal = access.personal_for_edit(id).await?;
    let code = app.store.member_summary(id).await?.ok_or(WebError::NotFound)?.code;
    html(&edit_page(v, code, urls, &PersonalForm::from_stored(&personal), &FieldErrors::default()))
}

#[tracing::instrument(skip_all)]
pub async fn save(app: &AppState, page: SignedInPage, id: MemberId, urls: EditUrls, form: PersonalForm) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(app, &who.actor, Channel::Web);
    let mut errors = FieldErrors::default();
    let birth_year = validate::birth_year_text(&form.birth_year, &mut errors);
    let personal = validate::personal(&form.name, Some(&form.phone), birth_year, Some(&form.notes), today().year(), &mut errors);
    match personal {
        // Her new number waits for her leader; the answer is this same redirect whatever the
        // number (her profile says it is waiting), so it never tells whose a number is.
        Some(p) if errors.is_empty() => match access.save_personal(id, &p).await? {
            Saved::AsGiven | Saved::PhoneRequested => Ok(Redirect::to(&urls.cancel).into_response()),
            Saved::TooMany => {
                let code = app.store.member_summary(id).await?.ok_or(WebError::NotFound)?.code;
                let mut page = edit_page(v, code, urls, &form, &errors);
                page.notice = Some(page.v.t("phone-change-too-many"));
                Ok((StatusCode::TOO_MANY_REQUESTS, html(&page)?).into_response())
            }
        },
        _ => {
            // Refuse before showing anything if she may not edit at all, then show the form
            // again with what was typed and what is wrong with it.
            access.require_on_member(id, dhruva_core::policy::Action::EditMemberPersonal).await?;
            let code = app.store.member_summary(id).await?.ok_or(WebError::NotFound)?.code;
            let page = html(&edit_page(v, code, urls, &form, &errors))?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

pub async fn edit_form(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    edit(&app, page, MemberId(id), EditUrls::for_member(MemberId(id))).await
}

pub async fn edit_submit(
    State(app): State<AppState>,
    page: SignedInPage,
    Id(id): Id,
    PageForm(form): PageForm<PersonalForm>,
) -> Result<Response, WebError> {
    save(&app, page, MemberId(id), EditUrls::for_member(MemberId(id)), form).await
}
