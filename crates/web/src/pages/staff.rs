//! Accounts by invitation for the federation's staff, and stopping and allowing accounts
//! (issue 11).
//!
//! - `/staff` (`ManageStaff`: the coordinator, the admin): the accounts that hold a role beyond
//!   a member's, with their state; per account a new code and disable/enable, each offered and
//!   allowed only where `policy::may_manage_staff_roles` says (the coordinator: leaders,
//!   facilitators and analysts; the admin: everyone).
//! - `/staff/new`: role, the collective or partner it applies to, username (or a name to make
//!   one from), her language → the account with its one grant and its code, shown once on a
//!   printable page in her language.
//! - `/accounts` (`ManageAccounts`: the admin): every account, paged; a member's account by
//!   her member code only, never her name.
//! - `/accounts/{id}/code|disable|enable`: the acts behind the lists' buttons.
//! - `/members/{id}/account`: her leader stops her account (a lost or taken phone) or allows
//!   it again, after a confirmation (`DisableMemberAccount`, and `may_issue_code_for_roles`
//!   when her account holds more than a member's role). Audited with her as the subject, so it
//!   is in her history.
//!
//! Someone who may not run a desk gets the same 404 as for a page that does not exist; an
//! account she may see on the desk but not manage answers 403, nothing written.

use super::listing::{self, Pager};
use super::rounds::common::unprocessable;
use super::{html, Id, PageForm, SignedInPage};
use crate::access::Access;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::state::{now, AppState};
use crate::validate::{self, FieldErrors, Problem};
use crate::visit::Visit;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use dhruva_core::policy::{self, may_issue_code_for_roles, may_manage_staff_roles, Action, Actor, Decision, Resource, Role};
use dhruva_core::registry::Language;
use dhruva_core::{AccountId, CollectiveId, MemberId, PartnerOrgId};
use dhruva_store::accounts::invitations::ActivationCode;
use dhruva_store::accounts::staff::{AccountState, NewStaff, MAX_DISPLAY_NAME_CHARS, MAX_USERNAME_CHARS};
use dhruva_store::accounts::RoleGrant;
use dhruva_store::{Accessor, Channel};
use serde::Deserialize;
use time::macros::offset;
use time::OffsetDateTime;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff", get(staff_list))
        .route("/staff/new", get(new_form).post(new_submit))
        .route("/accounts", get(accounts_list))
        .route("/accounts/{id}/code", post(account_code))
        .route("/accounts/{id}/disable", post(account_disable))
        .route("/accounts/{id}/enable", post(account_enable))
        .route("/members/{id}/account", get(member_account_form).post(member_account_submit))
}

// ---- decisions, shared with the API -------------------------------------------------------

/// The roles a staff invitation may give.
pub const INVITED_ROLES: [Role; 3] = [Role::Leader, Role::Facilitator, Role::Analyst];

/// The decisions of this slice, for pages and the API alike.
pub struct Desk<'a> {
    app: &'a AppState,
    actor: &'a Actor,
    access: Access<'a>,
}

impl<'a> Desk<'a> {
    pub fn new(app: &'a AppState, actor: &'a Actor, channel: Channel) -> Self {
        Desk { app, actor, access: Access::new(app, actor, channel) }
    }

    /// `ManageStaff` on the deployment, or `NotFound`.
    pub fn staff_desk(&self) -> Result<Decision, WebError> {
        let d = self.access.decide(Action::ManageStaff, Resource::Deployment);
        if d.allowed {
            Ok(d)
        } else {
            Err(WebError::NotFound)
        }
    }

    /// `ManageAccounts` on the deployment, or `NotFound`.
    pub fn accounts_desk(&self) -> Result<Decision, WebError> {
        let d = self.access.decide(Action::ManageAccounts, Resource::Deployment);
        if d.allowed {
            Ok(d)
        } else {
            Err(WebError::NotFound)
        }
    }

    pub fn accessor(&self, decision: &Decision) -> Accessor {
        self.access.accessor(decision)
    }

    /// Whether the actor may give a new code to, disable or enable this account from a desk:
    /// the admin (`ManageAccounts`) any account but her own; whoever runs the staff desk the
    /// accounts `may_manage_staff_roles` lets her. `NotFound` without a desk or for an unknown
    /// account, `Forbidden` for an account she may not manage (or her own).
    pub async fn manage_account(&self, id: AccountId) -> Result<(AccountState, Accessor), WebError> {
        let desk = self.accounts_desk().or_else(|_| self.staff_desk())?;
        let state = self.app.store.account_state(id, now()).await?.ok_or(WebError::NotFound)?;
        if id == self.actor.account || !may_manage_staff_roles(self.actor, &state.roles()) {
            return Err(WebError::Forbidden);
        }
        Ok((state, self.access.accessor(&desk)))
    }

    /// Whether the actor may stop or allow a member's account: `DisableMemberAccount` on her
    /// (404 when she is not the actor's to see), and for an account with a role beyond a
    /// member's, only whoever `may_issue_code_for_roles` lets (403). `NotFound` when she has no
    /// account.
    pub async fn stop_member_account(&self, member: MemberId) -> Result<(AccountState, Accessor), WebError> {
        let (_, decision) = self.access.require_on_member(member, Action::DisableMemberAccount).await?;
        let account = self.app.store.account_of_member(member).await?.ok_or(WebError::NotFound)?;
        let state = self.app.store.account_state(account.id, now()).await?.ok_or(WebError::NotFound)?;
        if account.id == self.actor.account || !may_issue_code_for_roles(self.actor, &state.roles()) {
            return Err(WebError::Forbidden);
        }
        Ok((state, self.access.accessor(&decision)))
    }

    /// Whether the actor may give a member a code (her account made if she has none):
    /// `IssueActivationCode` on her, and `may_issue_code_for_roles` for her account's roles.
    pub async fn give_member_code(&self, member: MemberId) -> Result<Accessor, WebError> {
        let (_, decision) = self.access.require_on_member(member, Action::IssueActivationCode).await?;
        if let Some(account) = self.app.store.account_of_member(member).await? {
            let state = self.app.store.account_state(account.id, now()).await?.ok_or(WebError::NotFound)?;
            if !may_issue_code_for_roles(self.actor, &state.roles()) {
                return Err(WebError::Forbidden);
            }
        }
        Ok(self.access.accessor(&decision))
    }
}

impl Visit {
    /// The home page's links to the staff and account desks, for those who run them.
    pub fn staff_links(&self) -> Vec<(&'static str, String)> {
        let Some(s) = self.signed_in.as_ref() else { return Vec::new() };
        let mut links = Vec::new();
        if policy::decide(&s.actor, Action::ManageStaff, Resource::Deployment).allowed {
            links.push(("/staff", self.t("staff-title")));
            links.push(("/staff/new", self.t("staff-new-title")));
        }
        if policy::decide(&s.actor, Action::ManageAccounts, Resource::Deployment).allowed {
            links.push(("/accounts", self.t("staff-accounts-title")));
        }
        links
    }
}

/// The link on a member's page to stop or allow her account, for her leader (or the admin).
pub async fn member_link(v: &Visit, app: &AppState, actor: &Actor, member: MemberId) -> Result<Option<(String, String)>, WebError> {
    Ok(match Desk::new(app, actor, Channel::Web).stop_member_account(member).await {
        Ok((state, _)) => {
            let key = if state.disabled { "staff-member-allow" } else { "staff-member-stop" };
            Some((format!("/members/{member}/account"), v.t(key)))
        }
        Err(_) => None,
    })
}

// ---- words ---------------------------------------------------------------------------------

/// "leader of Utthan", "facilitator of Sanjog", "federation analyst"; a member's role as
/// "member" (her name never).
struct Names {
    collectives: Vec<(CollectiveId, String)>,
    partners: Vec<(PartnerOrgId, String)>,
}

impl Names {
    async fn load(app: &AppState) -> Result<Names, WebError> {
        let collectives = app.store.collectives().await?.into_iter().map(|c| (c.id, c.name)).collect();
        let partners = app.store.partners().await?.into_iter().map(|p| (p.id, p.name)).collect();
        Ok(Names { collectives, partners })
    }

    fn grant(&self, tr: &Tr, g: &RoleGrant) -> String {
        let role = tr.label("role", g.role.code());
        let scope = match (g.collective, g.partner) {
            (Some(c), _) => self.collectives.iter().find(|(id, _)| *id == c).map(|(_, n)| n.clone()),
            (_, Some(p)) => self.partners.iter().find(|(id, _)| *id == p).map(|(_, n)| n.clone()),
            _ => None,
        };
        match scope {
            Some(name) => {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("role", role);
                args.set("scope", name);
                tr.t_with("staff-role-of", &args)
            }
            None => role,
        }
    }

    fn roles(&self, tr: &Tr, s: &AccountState) -> String {
        let mut parts: Vec<String> = s.member.map(|_| tr.t("role-member")).into_iter().collect();
        parts.extend(s.grants.iter().map(|g| self.grant(tr, g)));
        parts.join(", ")
    }
}

fn india_time(tr: &Tr, at: OffsetDateTime) -> String {
    let local = at.to_offset(offset!(+5:30));
    format!("{} {:02}:{:02}", crate::format::date(tr, local.date()), local.hour(), local.minute())
}

fn state_line(tr: &Tr, s: &AccountState) -> String {
    if s.disabled {
        tr.t("staff-state-disabled")
    } else if let Some(until) = s.code_until {
        tr.t_args("staff-state-code-waiting", "when", india_time(tr, until))
    } else {
        tr.t("staff-state-active")
    }
}

// ---- the lists -----------------------------------------------------------------------------

struct Row {
    id: i64,
    username: String,
    /// For a member's account on the admin's list: her member code (never her name).
    member_code: Option<String>,
    roles: String,
    state: String,
    disabled: bool,
    /// Whether the visitor may give a code, disable and enable this account.
    manageable: bool,
}

#[derive(Template)]
#[template(path = "staff/list.html")]
struct ListPage {
    v: Visit,
    title: String,
    /// Where the buttons come back to: `staff` or `accounts`.
    back: &'static str,
    rows: Vec<Row>,
    pager: Pager,
    /// Whether to link `/staff/new`.
    may_invite: bool,
    /// A line after an act (switched off, switched on).
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct ListArgs {
    #[serde(default)]
    page: String,
    #[serde(default)]
    done: String,
}

fn done_notice(v: &Visit, done: &str) -> Option<String> {
    match done {
        "disabled" => Some(v.t("staff-done-disabled")),
        "enabled" => Some(v.t("staff-done-enabled")),
        _ => None,
    }
}

async fn rows(app: &AppState, v: &Visit, actor: &Actor, states: Vec<AccountState>, with_member_codes: bool) -> Result<Vec<Row>, WebError> {
    let names = Names::load(app).await?;
    let mut out = Vec::with_capacity(states.len());
    for s in states {
        let member_code = match (with_member_codes, s.member) {
            (true, Some(m)) => app.store.member_summary(m).await?.map(|m| m.code),
            _ => None,
        };
        let manageable = s.id != actor.account && may_manage_staff_roles(actor, &s.roles());
        out.push(Row {
            id: s.id.0,
            roles: names.roles(&v.tr, &s),
            state: state_line(&v.tr, &s),
            username: s.username,
            member_code,
            disabled: s.disabled,
            manageable,
        });
    }
    Ok(out)
}

#[tracing::instrument(skip_all)]
async fn staff_list(State(app): State<AppState>, page: SignedInPage, Query(args): Query<ListArgs>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    Desk::new(&app, &who.actor, Channel::Web).staff_desk()?;
    let states = app.store.staff_states(now()).await?;
    let number = listing::page_number(&args.page);
    let (shown, pager) = listing::page_sized(&v.tr, states, number, listing::PER_PAGE, |p| format!("/staff?page={p}"));
    let rows = rows(&app, &v, &who.actor, shown, false).await?;
    let notice = done_notice(&v, &args.done);
    html(&ListPage { title: v.t("staff-title"), back: "staff", rows, pager, may_invite: true, notice, v })
}

#[tracing::instrument(skip_all)]
async fn accounts_list(State(app): State<AppState>, page: SignedInPage, Query(args): Query<ListArgs>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Desk::new(&app, &who.actor, Channel::Web);
    access.accounts_desk()?;
    let may_invite = access.staff_desk().is_ok();
    let states = app.store.account_states(now()).await?;
    let number = listing::page_number(&args.page);
    let (shown, pager) = listing::page_sized(&v.tr, states, number, listing::PER_PAGE, |p| format!("/accounts?page={p}"));
    let rows = rows(&app, &v, &who.actor, shown, true).await?;
    let notice = done_notice(&v, &args.done);
    html(&ListPage { title: v.t("staff-accounts-title"), back: "accounts", rows, pager, may_invite, notice, v })
}

// ---- the acts behind the buttons -----------------------------------------------------------

#[derive(Deserialize, Default)]
pub struct BackForm {
    #[serde(default)]
    back: String,
}

impl BackForm {
    fn path(&self) -> &'static str {
        if self.back == "accounts" {
            "/accounts"
        } else {
            "/staff"
        }
    }
}

#[derive(Template)]
#[template(path = "staff/code.html")]
struct CodePage {
    v: Visit,
    card: Card,
    back: &'static str,
}

/// The code as printed for her, in her language.
pub struct Card {
    lang: &'static str,
    heading: String,
    code: String,
    username: String,
    where_: String,
    expires: String,
    /// The same expiry in the visitor's language, when hers is another.
    expires_for_visitor: Option<String>,
}

fn card(app: &AppState, v: &Visit, username: String, language: Language, issued: &ActivationCode) -> Card {
    let her = Tr::new(app.locales.clone(), language);
    let expires = her.t_args("staff-card-expires", "when", india_time(&her, issued.expires_at));
    let expires_for_visitor = (language != v.tr.lang()).then(|| v.tr.t_args("invite-code-expires", "when", india_time(&v.tr, issued.expires_at)));
    Card {
        lang: language.code(),
        heading: her.t("staff-card-heading"),
        code: issued.code.expose().clone(),
        where_: her.t_args("staff-card-where", "address", "/activate"),
        username: her.t_args("staff-card-username", "username", username),
        expires,
        expires_for_visitor,
    }
}

#[tracing::instrument(skip_all)]
async fn account_code(State(app): State<AppState>, page: SignedInPage, Id(id): Id, PageForm(f): PageForm<BackForm>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let (state, by) = Desk::new(&app, &who.actor, Channel::Web).manage_account(AccountId(id)).await?;
    // A disabled account is allowed again first: a code would not work on it.
    if state.disabled {
        return Err(WebError::Conflict);
    }
    let issued = app.store.issue_activation_code(&by, state.id, now()).await?;
    let card = card(&app, &v, state.username, state.language, &issued);
    html(&CodePage { v, card, back: f.path() })
}

async fn set_disabled(app: AppState, page: SignedInPage, id: i64, f: BackForm, disabled: bool) -> Result<Response, WebError> {
    let (state, by) = Desk::new(&app, &page.who.actor, Channel::Web).manage_account(AccountId(id)).await?;
    if state.disabled != disabled {
        app.store.set_disabled(&by, state.id, disabled).await?;
    }
    let done = if disabled { "disabled" } else { "enabled" };
    Ok(Redirect::to(&format!("{}?done={done}", f.path())).into_response())
}

#[tracing::instrument(skip_all)]
async fn account_disable(State(app): State<AppState>, page: SignedInPage, Id(id): Id, PageForm(f): PageForm<BackForm>) -> Result<Response, WebError> {
    set_disabled(app, page, id, f, true).await
}

#[tracing::instrument(skip_all)]
async fn account_enable(State(app): State<AppState>, page: SignedInPage, Id(id): Id, PageForm(f): PageForm<BackForm>) -> Result<Response, WebError> {
    set_disabled(app, page, id, f, false).await
}

// ---- /staff/new ----------------------------------------------------------------------------

#[derive(Deserialize, Default, Clone)]
pub struct NewForm {
    #[serde(default)]
    role: String,
    #[serde(default)]
    scope: String,
    #[serde(default)]
    username: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    language: String,
}

#[derive(Template)]
#[template(path = "staff/new.html")]
struct NewPage {
    v: Visit,
    f: NewForm,
    roles: Vec<(&'static str, String)>,
    collectives: Vec<(String, String)>,
    partners: Vec<(String, String)>,
    languages: Vec<(&'static str, String)>,
    /// Messages beside their fields (field, message).
    errors: Vec<(&'static str, String)>,
    max_username: usize,
    max_name: usize,
}

impl NewPage {
    fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, m)| m.as_str())
    }
}

async fn new_page(app: &AppState, v: Visit, f: NewForm, errors: Vec<(&'static str, String)>) -> Result<NewPage, WebError> {
    let roles = INVITED_ROLES.iter().map(|r| (r.code(), v.tr.label("role", r.code()))).collect();
    // A closed collective is not offered: nobody leads it any more.
    let closed = app.store.closed_collectives().await?;
    let collectives =
        app.store.collectives().await?.into_iter().filter(|c| !closed.contains_key(&c.id)).map(|c| (format!("c{}", c.id.0), c.name)).collect();
    let partners = app.store.partners().await?.into_iter().map(|p| (format!("p{}", p.id.0), p.name)).collect();
    let languages = Language::ALL.iter().map(|l| (l.code(), v.tr.label("language", l.code()))).collect();
    Ok(NewPage { v, f, roles, collectives, partners, languages, errors, max_username: MAX_USERNAME_CHARS, max_name: MAX_DISPLAY_NAME_CHARS })
}

async fn new_form(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    Desk::new(&app, &who.actor, Channel::Web).staff_desk()?;
    let f = NewForm { role: "leader".to_owned(), language: v.tr.lang().code().to_owned(), ..NewForm::default() };
    html(&new_page(&app, v, f, Vec::new()).await?)
}

/// What an invitation form (page or API) says, checked: every problem by field.
pub struct Checked {
    pub new: Option<NewStaff>,
    pub errors: FieldErrors,
    /// Problems the field errors have no word for (field, translation key).
    pub named: Vec<(&'static str, &'static str)>,
}

/// Checks an invitation's fields: the role one of [`INVITED_ROLES`], its collective or partner
/// (given as ids), a username or a name, her language.
pub fn check_invitation(role: &str, collective: Option<i64>, partner: Option<i64>, username: &str, name: &str, language: &str) -> Checked {
    let mut errors = FieldErrors::default();
    let mut named = Vec::new();
    let username = validate::text("username", username, MAX_USERNAME_CHARS, &mut errors);
    let name = validate::text("name", name, MAX_DISPLAY_NAME_CHARS, &mut errors);
    if username.is_empty() && name.is_empty() && errors.get("username").is_none() && errors.get("name").is_none() {
        errors.add("username", Problem::TextMissing);
    }
    let role = Role::from_code(role.trim()).filter(|r| INVITED_ROLES.contains(r));
    if role.is_none() {
        named.push(("role", "staff-error-role"));
    }
    let grant = match role {
        Some(Role::Leader) => match collective {
            Some(c) => Some(RoleGrant { role: Role::Leader, collective: Some(CollectiveId(c)), partner: None }),
            None => {
                named.push(("scope", "staff-error-collective"));
                None
            }
        },
        Some(Role::Facilitator) => match partner {
            Some(p) => Some(RoleGrant { role: Role::Facilitator, collective: None, partner: Some(PartnerOrgId(p)) }),
            None => {
                named.push(("scope", "staff-error-partner"));
                None
            }
        },
        Some(r) => Some(RoleGrant { role: r, collective: None, partner: None }),
        None => None,
    };
    let language = Language::from_code(language.trim());
    if language.is_none() {
        errors.add("language", Problem::UnknownLanguage);
    }
    let new = match (grant, language, errors.is_empty() && named.is_empty()) {
        (Some(grant), Some(language), true) => Some(NewStaff { username, display_name: name, language, grant }),
        _ => None,
    };
    Checked { new, errors, named }
}

#[tracing::instrument(skip_all)]
async fn new_submit(State(app): State<AppState>, page: SignedInPage, PageForm(f): PageForm<NewForm>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Desk::new(&app, &who.actor, Channel::Web);
    let decision = access.staff_desk()?;
    let scope = f.scope.trim();
    let collective = scope.strip_prefix('c').and_then(|n| n.parse::<i64>().ok());
    let partner = scope.strip_prefix('p').and_then(|n| n.parse::<i64>().ok());
    let checked = check_invitation(&f.role, collective, partner, &f.username, &f.name, &f.language);
    let again = |v: Visit, errors: FieldErrors, named: Vec<(&'static str, &'static str)>, f: NewForm| {
        let mut messages: Vec<(&'static str, String)> = errors.iter().map(|(field, p)| (field, v.t(p.key()))).collect();
        messages.extend(named.iter().map(|(field, key)| (*field, v.t(key))));
        let app = app.clone();
        async move { unprocessable(&new_page(&app, v, f, messages).await?) }
    };
    let Some(new) = checked.new else {
        return again(v, checked.errors, checked.named, f).await;
    };
    let by = access.accessor(&decision);
    let issued = match validate::store_refusal(app.store.invite_staff(&by, &new, now()).await.map_err(WebError::from))? {
        Ok(issued) => issued,
        Err(fields) => {
            // An unknown or closed collective, or an unknown partner, is said as its own message.
            let named: Vec<_> = fields
                .iter()
                .filter(|(field, _)| *field == "scope")
                .map(|(_, p)| ("scope", if p == Problem::Closed { "staff-error-closed" } else { "staff-error-scope" }))
                .collect();
            let mut rest = FieldErrors::default();
            for (field, p) in fields.iter().filter(|(field, _)| *field != "scope") {
                rest.add(field, p);
            }
            return again(v, rest, named, f).await;
        }
    };
    let username = app.store.account(issued.account).await?.ok_or(WebError::NotFound)?.username;
    let card = card(&app, &v, username, new.language, &issued);
    html(&CodePage { v, card, back: "/staff" })
}

// ---- /members/{id}/account -----------------------------------------------------------------

#[derive(Template)]
#[template(path = "staff/member_account.html")]
struct MemberAccountPage {
    v: Visit,
    member: i64,
    member_code: String,
    disabled: bool,
    done: bool,
}

#[derive(Deserialize, Default)]
pub struct DoneArg {
    #[serde(default)]
    done: String,
}

#[tracing::instrument(skip_all)]
async fn member_account_form(State(app): State<AppState>, page: SignedInPage, Id(id): Id, Query(q): Query<DoneArg>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let (state, _) = Desk::new(&app, &who.actor, Channel::Web).stop_member_account(MemberId(id)).await?;
    let member_code = app.store.member_summary(MemberId(id)).await?.ok_or(WebError::NotFound)?.code;
    html(&MemberAccountPage { v, member: id, member_code, disabled: state.disabled, done: q.done == "1" })
}

#[derive(Deserialize, Default)]
pub struct StopForm {
    /// `stop` or `allow`: what the confirmation asked, so a double tap does it once.
    #[serde(default)]
    act: String,
}

#[tracing::instrument(skip_all)]
async fn member_account_submit(
    State(app): State<AppState>,
    page: SignedInPage,
    Id(id): Id,
    PageForm(f): PageForm<StopForm>,
) -> Result<Response, WebError> {
    let SignedInPage { who, .. } = page;
    let (state, by) = Desk::new(&app, &who.actor, Channel::Web).stop_member_account(MemberId(id)).await?;
    let disabled = match f.act.as_str() {
        "stop" => true,
        "allow" => false,
        _ => return Err(WebError::BadRequest),
    };
    if state.disabled != disabled {
        app.store.set_disabled(&by, state.id, disabled).await?;
    }
    Ok(Redirect::to(&format!("/members/{id}/account?done=1")).into_response())
}
