//! Partner organisations (`ManagePartners`: the coordinator, the admin): the list, a new one,
//! one partner's page with its dated links to collectives (link, unlink), and its edit page.

use super::{date_value, district_groups, known_district, past_date, Said, MAX_NAME};
use crate::access::Access;
use crate::error::WebError;
use crate::pages::institutions::StateGroup;
use crate::pages::rounds::common::unprocessable;
use crate::pages::view::Places;
use crate::pages::{html, Id, PageForm, SignedInPage};
use crate::state::{today, AppState};
use crate::validate::{self, FieldErrors};
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use dhruva_core::geography::DistrictCode;
use dhruva_core::policy::{Action, Decision, Resource};
use dhruva_core::registry::PartnerOrg;
use dhruva_core::{CollectiveId, PartnerOrgId};
use dhruva_store::{Channel, StoreError};
use serde::Deserialize;

/// Whoever the policy lets manage partners; anyone else is told the pages do not exist.
fn allowed(access: &Access<'_>) -> Result<Decision, WebError> {
    let d = access.decide(Action::ManagePartners, Resource::Deployment);
    if d.allowed {
        Ok(d)
    } else {
        Err(WebError::NotFound)
    }
}

pub struct PartnerRow {
    id: i64,
    name: String,
    place: Option<String>,
    /// "Supports 3 collectives".
    supports: String,
}

#[derive(Template)]
#[template(path = "registry/partners.html")]
struct ListPage {
    v: Visit,
    federation: Option<String>,
    partners: Vec<PartnerRow>,
}

pub async fn list(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    allowed(&Access::new(&app, &who.actor, Channel::Web))?;
    let mut places = Places::new(&app);
    let mut partners = Vec::new();
    for p in app.store.partners().await? {
        let current = app.store.links_of_partner(p.id).await?.iter().filter(|l| l.is_current()).count();
        let place = match &p.district {
            Some(d) => Some(places.name(d).await?),
            None => None,
        };
        partners.push(PartnerRow { id: p.id.0, name: p.name, place, supports: v.tr.t_args("registry-partner-supports", "count", current) });
    }
    let federation = app.store.federation_profile().await?.map(|f| f.name_in(v.tr.lang()).to_owned());
    html(&ListPage { v, federation, partners })
}

#[derive(Deserialize, Default, Clone)]
pub struct PartnerForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    district: String,
}

#[derive(Template)]
#[template(path = "registry/partner_form.html")]
struct FormPage {
    v: Visit,
    title: String,
    action: String,
    back: String,
    f: PartnerForm,
    districts: Vec<StateGroup>,
    said: Said,
    max_name: usize,
}

async fn form_page(app: &AppState, v: Visit, partner: Option<&PartnerOrg>, f: PartnerForm, said: Said) -> Result<FormPage, WebError> {
    let (title, action, back) = match partner {
        Some(p) => (
            v.tr.t_args("registry-partner-edit-title", "name", p.name.clone()),
            format!("/partners/{}/edit", p.id.0),
            format!("/partners/{}", p.id.0),
        ),
        None => (v.t("registry-partner-new-title"), "/partners/new".to_owned(), "/partners".to_owned()),
    };
    Ok(FormPage { districts: district_groups(app).await?, v, title, action, back, f, said, max_name: MAX_NAME })
}

/// The form read: the name and an optional district, or the messages beside them.
async fn read_form(app: &AppState, v: &Visit, f: &PartnerForm) -> Result<Result<(String, Option<DistrictCode>), Said>, WebError> {
    let mut said = Said::default();
    let mut errors = FieldErrors::default();
    let name = validate::text("name", &f.name, MAX_NAME, &mut errors);
    said.problems(v, &errors);
    if name.is_empty() {
        said.key(v, "name", "registry-error-partner-name");
    }
    let district = match f.district.trim() {
        "" => None,
        raw => known_district(app, v, &mut said, "district", raw).await?,
    };
    Ok(if said.is_empty() { Ok((name, district)) } else { Err(said) })
}

/// A store refusal of the form: a name taken, or a field that does not fit.
fn refusal(v: &Visit, e: StoreError) -> Result<Said, WebError> {
    let mut said = Said::default();
    match e {
        StoreError::Duplicate(_) => said.key(v, "name", "registry-error-partner-taken"),
        StoreError::Input { field, problem } => said.store(v, field, problem),
        e => return Err(e.into()),
    }
    Ok(said)
}

pub async fn new_form(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    allowed(&Access::new(&app, &who.actor, Channel::Web))?;
    html(&form_page(&app, v, None, PartnerForm::default(), Said::default()).await?)
}

pub async fn new_submit(State(app): State<AppState>, page: SignedInPage, PageForm(f): PageForm<PartnerForm>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let decision = allowed(&access)?;
    let (name, district) = match read_form(&app, &v, &f).await? {
        Ok(read) => read,
        Err(said) => return unprocessable(&form_page(&app, v, None, f, said).await?),
    };
    match app.store.create_partner(&access.accessor(&decision), &name, district.as_ref()).await {
        Ok(id) => Ok(Redirect::to(&format!("/partners/{}", id.0)).into_response()),
        Err(e) => {
            let said = refusal(&v, e)?;
            unprocessable(&form_page(&app, v, None, f, said).await?)
        }
    }
}

async fn partner_or_404(app: &AppState, id: i64) -> Result<PartnerOrg, WebError> {
    app.store.partner(PartnerOrgId(id)).await?.ok_or(WebError::NotFound)
}

pub async fn edit_form(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    allowed(&Access::new(&app, &who.actor, Channel::Web))?;
    let p = partner_or_404(&app, id).await?;
    let f = PartnerForm { name: p.name.clone(), district: p.district.as_ref().map(|d| d.as_str().to_owned()).unwrap_or_default() };
    html(&form_page(&app, v, Some(&p), f, Said::default()).await?)
}

pub async fn edit_submit(
    State(app): State<AppState>,
    page: SignedInPage,
    Id(id): Id,
    PageForm(f): PageForm<PartnerForm>,
) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let decision = allowed(&access)?;
    let p = partner_or_404(&app, id).await?;
    let (name, district) = match read_form(&app, &v, &f).await? {
        Ok(read) => read,
        Err(said) => return unprocessable(&form_page(&app, v, Some(&p), f, said).await?),
    };
    match app.store.edit_partner(&access.accessor(&decision), p.id, &name, district.as_ref()).await {
        Ok(()) => Ok(Redirect::to(&format!("/partners/{id}")).into_response()),
        Err(e) => {
            let said = refusal(&v, e)?;
            unprocessable(&form_page(&app, v, Some(&p), f, said).await?)
        }
    }
}

/// One link on the partner's page.
pub struct LinkRow {
    collective: i64,
    name: String,
    /// "Since 1 April 2024" or "1 April 2024 – 6 December 2026".
    dates: String,
    /// The unlink form's date: her typing if this form was refused, else today.
    until: String,
    /// The unlink form's date field, for its message (`until-7`).
    field: String,
}

#[derive(Template)]
#[template(path = "registry/partner.html")]
struct ShowPage {
    v: Visit,
    id: i64,
    name: String,
    place: Option<String>,
    current: Vec<LinkRow>,
    past: Vec<LinkRow>,
    /// Open collectives not linked now: (id, name).
    linkable: Vec<(i64, String)>,
    f: LinkForm,
    said: Said,
}

#[derive(Deserialize, Default, Clone)]
pub struct LinkForm {
    #[serde(default)]
    collective: String,
    #[serde(default)]
    since: String,
    #[serde(default)]
    until: String,
}

async fn show_page(app: &AppState, v: Visit, p: &PartnerOrg, f: LinkForm, said: Said) -> Result<ShowPage, WebError> {
    let links = app.store.links_of_partner(p.id).await?;
    let closed = app.store.closed_collectives().await?;
    let (mut current, mut past) = (Vec::new(), Vec::new());
    for l in &links {
        let since = crate::format::date(&v.tr, l.since);
        match l.until {
            None => {
                let typed = f.collective.trim() == l.collective.0.to_string() && !f.until.is_empty();
                let until = if typed { f.until.clone() } else { date_value(today()) };
                current.push(LinkRow {
                    collective: l.collective.0,
                    name: l.collective_name.clone(),
                    dates: v.tr.t_args("registry-since", "date", since),
                    until,
                    field: format!("until-{}", l.collective.0),
                })
            }
            Some(until) => {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("since", since);
                args.set("until", crate::format::date(&v.tr, until));
                past.push(LinkRow {
                    collective: l.collective.0,
                    name: l.collective_name.clone(),
                    dates: v.tr.t_with("registry-from-until", &args),
                    until: String::new(),
                    field: String::new(),
                });
            }
        }
    }
    let linkable = app
        .store
        .collectives()
        .await?
        .into_iter()
        .filter(|c| !closed.contains_key(&c.id) && !links.iter().any(|l| l.is_current() && l.collective == c.id))
        .map(|c| (c.id.0, c.name))
        .collect();
    let place = match &p.district {
        Some(d) => Some(Places::new(app).name(d).await?),
        None => None,
    };
    Ok(ShowPage { id: p.id.0, name: p.name.clone(), place, current, past, linkable, f, said, v })
}

pub async fn show(State(app): State<AppState>, page: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    allowed(&Access::new(&app, &who.actor, Channel::Web))?;
    let p = partner_or_404(&app, id).await?;
    let f = LinkForm { since: date_value(today()), ..LinkForm::default() };
    html(&show_page(&app, v, &p, f, Said::default()).await?)
}

/// The collective a link form names (a message beside `field` if it names none).
async fn chosen_collective(app: &AppState, v: &Visit, said: &mut Said, field: &str, raw: &str) -> Result<Option<CollectiveId>, WebError> {
    let found = match raw.trim().parse::<i64>() {
        Ok(id) => app.store.collective(CollectiveId(id)).await?.map(|c| c.id),
        Err(_) => None,
    };
    if found.is_none() {
        said.key(v, field.to_owned(), "registry-error-collective");
    }
    Ok(found)
}

pub async fn link(State(app): State<AppState>, page: SignedInPage, Id(id): Id, PageForm(f): PageForm<LinkForm>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let decision = allowed(&access)?;
    let p = partner_or_404(&app, id).await?;
    let today = today();
    let mut said = Said::default();
    let collective = chosen_collective(&app, &v, &mut said, "collective", &f.collective).await?;
    let since = past_date(&v, &mut said, "since", &f.since, today);
    if since.is_none() {
        said.key(&v, "since", "registry-error-since");
    }
    let (Some(collective), Some(since), true) = (collective, since, said.is_empty()) else {
        return unprocessable(&show_page(&app, v, &p, f, said).await?);
    };
    match app.store.link_partner(&access.accessor(&decision), p.id, collective, since, today).await {
        Ok(()) | Err(StoreError::Duplicate(_)) => Ok(Redirect::to(&format!("/partners/{id}")).into_response()),
        Err(StoreError::Input { field, problem }) => {
            said.store(&v, field, problem);
            unprocessable(&show_page(&app, v, &p, f, said).await?)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn unlink(State(app): State<AppState>, page: SignedInPage, Id(id): Id, PageForm(f): PageForm<LinkForm>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let decision = allowed(&access)?;
    let p = partner_or_404(&app, id).await?;
    let today = today();
    let mut said = Said::default();
    let collective = chosen_collective(&app, &v, &mut said, "collective", &f.collective).await?;
    // Each current link has its own form: its message goes beside that form's date.
    let field = format!("until-{}", f.collective.trim());
    let until = past_date(&v, &mut said, &field, &f.until, today);
    if until.is_none() {
        said.key(&v, field.clone(), "registry-error-until");
    }
    let (Some(collective), Some(until), true) = (collective, until, said.is_empty()) else {
        let keep = LinkForm { since: date_value(today), ..f };
        return unprocessable(&show_page(&app, v, &p, keep, said).await?);
    };
    match app.store.unlink_partner(&access.accessor(&decision), p.id, collective, until, today).await {
        Ok(()) | Err(StoreError::NotFound(_)) => Ok(Redirect::to(&format!("/partners/{id}")).into_response()),
        Err(StoreError::Input { problem, .. }) => {
            said.store(&v, &field, problem);
            let keep = LinkForm { since: date_value(today), ..f };
            unprocessable(&show_page(&app, v, &p, keep, said).await?)
        }
        Err(e) => Err(e.into()),
    }
}
