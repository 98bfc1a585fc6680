//! The home page, shaped by the widest role the visitor holds.

use super::view::{collective_rows, CollectiveRow, Places};
use super::{html, SignedInPage};
use crate::access::Access;
use crate::error::WebError;
use crate::format::indian_number;
use crate::state::AppState;
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use dhruva_core::policy::{Action, Resource, Role};
use dhruva_store::Channel;

pub struct Counts {
    pub collectives: String,
    pub members: String,
    /// Only for the admin, who manages accounts.
    pub accounts: Option<String>,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    v: Visit,
    role_line: String,
    counts: Option<Counts>,
    collectives: Vec<CollectiveRow>,
    is_member: bool,
    /// The queues this visitor answers (her rights: corrections, complaints).
    rights_links: Vec<(&'static str, String)>,
    /// Score cards: rounds to rate, rounds to run, the institutions registry (href, label, class).
    scorecard_links: Vec<(String, String, &'static str)>,
    /// Her reminders, with the number of unread ones.
    reminders: Option<String>,
    /// Choices someone else recorded for her that she has not yet seen.
    consent_notice: Option<String>,
    /// A leader's collectives where members' new numbers wait for her (href, label).
    phone_changes: Vec<(String, String)>,
}

pub async fn home(State(app): State<AppState>, page: SignedInPage) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let role = who.actor.primary_role();
    let role_line = match role {
        Some(r) => v.tr.t_args("home-signed-in-as", "role", v.tr.label("role", r.code())),
        None => v.t("home-no-role"),
    };

    // Federation-wide views see the registry as counts and a link to the full list; the
    // others see their own collectives right here.
    let federation = access.decide(Action::ViewFederation, Resource::Deployment).allowed;
    let (counts, collectives) = if federation {
        let c = app.store.counts().await?;
        let manages_accounts = access.decide(Action::ManageAccounts, Resource::Deployment).allowed;
        let counts = Counts {
            collectives: indian_number(c.collectives),
            members: indian_number(c.members),
            accounts: manages_accounts.then(|| indian_number(c.accounts)),
        };
        (Some(counts), Vec::new())
    } else {
        let visible = access.visible_collectives().await?;
        (None, collective_rows(&v.tr, &mut Places::new(&app), &visible).await?)
    };
    let roles: Vec<Role> = who.actor.grants.iter().map(|g| g.role()).collect();
    let rights_links = super::requests::home_links(&v.tr, &access, &roles);
    let scorecard_links = super::rounds::home_links(&app, &v, &access, &roles).await?;
    let reminders = super::casework::home_badge(&app, &v.tr, &who).await?;
    let consent_notice = super::consents::home_notice(&app, &v.tr, &who).await?;
    let phone_changes = super::phone_changes::home_links(&access, &v.tr).await?;
    html(&HomePage { is_member: who.actor.has_role(Role::Member), v, role_line, counts, collectives, rights_links, scorecard_links, reminders, consent_notice, phone_changes })
}
