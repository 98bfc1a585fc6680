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
use dhruva_core::policy::{Action, CollectiveFacts, Resource, Role};
use dhruva_core::registry::Collective;
use dhruva_store::Channel;

/// A link on the home page: where it goes and its words.
pub struct NavLink {
    pub href: String,
    pub label: String,
}

impl NavLink {
    fn new(href: impl Into<String>, label: String) -> NavLink {
        NavLink { href: href.into(), label }
    }
}

/// One of her collectives, with the pages she may use there.
pub struct CollectivePages {
    pub row: CollectiveRow,
    pub links: Vec<NavLink>,
}

/// The pages of one collective the visitor may use, each asked of the policy: the casework
/// desk, new phone numbers to confirm, score card rounds, compensation figures, reminder
/// settings and the register import.
fn collective_links(v: &Visit, access: &Access<'_>, c: &Collective) -> Vec<NavLink> {
    let facts = CollectiveFacts { id: c.id, partners: c.partners.clone() };
    let may = |a| access.decide(a, Resource::Collective(&facts)).allowed;
    let id = c.id.0;
    let mut links = Vec::new();
    if may(Action::ViewCasesDue) {
        links.push(NavLink::new(format!("/collectives/{id}/casework"), v.t("casework-link-desk")));
    }
    // Where she may add members she is an office holder, who confirms their new numbers.
    if may(Action::CreateMember) {
        links.push(NavLink::new(format!("/collectives/{id}/phone-changes"), v.t("nav-phone-changes")));
    }
    if may(Action::ViewCollective) {
        links.push(NavLink::new(format!("/collectives/{id}/rounds"), v.t("rounds-title")));
    }
    if may(Action::ViewCaseFigures) {
        links.push(NavLink::new(format!("/collectives/{id}/casework/figures"), v.t("casework-link-figures")));
    }
    if may(Action::ConfigureReminders) {
        links.push(NavLink::new(format!("/collectives/{id}/reminders"), v.t("casework-link-reminders")));
    }
    if may(Action::ImportCases) {
        links.push(NavLink::new(format!("/collectives/{id}/cases/import"), v.t("casework-link-import")));
    }
    links
}

/// The pages over more than one collective the visitor may use: the federation's yearly
/// score cards and compensation figures, the institutions registry, the latest published
/// round cards she may open, and the public score cards (for everyone).
async fn wide_links(app: &AppState, v: &Visit, access: &Access<'_>) -> Result<Vec<NavLink>, WebError> {
    let mut links = Vec::new();
    if access.decide(Action::ViewFederation, Resource::Deployment).allowed {
        links.push(NavLink::new("/federation/scorecards", v.t("reports-federation-title")));
        links.push(NavLink::new("/federation/casework", v.t("casework-link-federation")));
    }
    if access.decide(Action::CreateCollective, Resource::Deployment).allowed {
        links.push(NavLink::new("/collectives/new", v.t("setup-collective-new")));
    }
    if access.decide(Action::ManagePartners, Resource::Deployment).allowed {
        links.push(NavLink::new("/partners", v.t("registry-partners-title")));
    }
    if access.institution_adder().await?.is_some() {
        links.push(NavLink::new("/institutions", v.t("institutions-title")));
    }
    // A round's card is hers to open where she may see the score cards of its organiser or
    // of a collective taking part (as the card's own page decides).
    for round in crate::access::published_rounds(app).await?.into_iter().take(HOME_ROUND_CARDS) {
        let mut may = false;
        for id in std::iter::once(round.organiser).chain(round.collectives.iter().copied()) {
            if let Some(facts) = app.store.collective_facts(id).await? {
                may |= access.decide(Action::ViewScorecard, Resource::Collective(&facts)).allowed;
            }
            if may {
                break;
            }
        }
        if may {
            links.push(NavLink::new(format!("/rounds/{}/scorecard", round.id.0), v.tr.t_args("nav-round-card", "title", round.title)));
        }
    }
    links.push(NavLink::new("/public/scorecards", v.t("reports-public-list-title")));
    Ok(links)
}

/// The latest published rounds whose cards the home page links.
const HOME_ROUND_CARDS: usize = 5;

impl Visit {
    /// The menu's score card entry: the federation's cards for those who see the federation,
    /// the published ones for everyone else.
    pub fn nav_scorecards(&self) -> (&'static str, String) {
        let federation =
            self.signed_in.as_ref().is_some_and(|s| dhruva_core::policy::decide(&s.actor, Action::ViewFederation, Resource::Deployment).allowed);
        match federation {
            true => ("/federation/scorecards", self.t("nav-scorecards")),
            false => ("/public/scorecards", self.t("nav-scorecards")),
        }
    }
}

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
    collectives: Vec<CollectivePages>,
    /// Pages over more than one collective (the federation's, the registry, score cards).
    wide: Vec<NavLink>,
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
    /// The federation's name in her language (the English one where none is kept).
    federation_name: Option<String>,
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
        let rows = collective_rows(&v.tr, &mut Places::new(&app), &visible).await?;
        let pages = rows.into_iter().zip(&visible).map(|(row, c)| CollectivePages { links: collective_links(&v, &access, c), row }).collect();
        (None, pages)
    };
    let wide = wide_links(&app, &v, &access).await?;
    let roles: Vec<Role> = who.actor.grants.iter().map(|g| g.role()).collect();
    let rights_links = super::requests::home_links(&v.tr, &access, &roles);
    let mut scorecard_links = super::rounds::home_links(&app, &v, &access, &roles).await?;
    // Rounds and the registry are among each collective's and the wide links above; what
    // stays here is what asks her to act now: the rounds open for her rating.
    scorecard_links.retain(|(_, _, class)| class.contains("rate-link"));
    let reminders = super::casework::home_badge(&app, &v.tr, &who).await?;
    let consent_notice = super::consents::home_notice(&app, &v.tr, &who).await?;
    let phone_changes = super::phone_changes::home_links(&access, &v.tr).await?;
    let federation_name = app.store.federation_profile().await?.map(|f| f.name_in(v.tr.lang()).to_owned());
    html(&HomePage {
        federation_name,
        is_member: who.actor.has_role(Role::Member),
        v,
        role_line,
        counts,
        collectives,
        wide,
        rights_links,
        scorecard_links,
        reminders,
        consent_notice,
        phone_changes,
    })
}
