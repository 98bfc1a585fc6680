//! What a collective's page shows of its registry record: its names in the other languages,
//! stage history, registration, partners with their dates, "closed since", and the edit and
//! close links for whoever the policy lets do those.

use crate::access::Access;
use crate::error::WebError;
use crate::format;
use crate::state::AppState;
use crate::visit::Visit;
use dhruva_core::policy::{Action, CollectiveFacts, Resource};
use dhruva_core::registry::Collective;

pub struct RegistryPanel {
    /// (language label, name) for each name kept in another language.
    pub names: Vec<(String, String)>,
    /// "Collective — since 8 March 2019", oldest first.
    pub stages: Vec<String>,
    /// The registration number and its date, as a line.
    pub registration: Option<String>,
    /// "Sanjog — since 1 April 2024" (current) and ended links with both dates.
    pub partners: Vec<String>,
    /// "Closed since 31 May 2025", and the reason.
    pub closed: Option<(String, String)>,
    pub may_edit: bool,
    pub may_close: bool,
}

pub async fn panel(app: &AppState, v: &Visit, access: &Access<'_>, c: &Collective) -> Result<RegistryPanel, WebError> {
    let details = app.store.collective_details(c.id).await?.ok_or(WebError::NotFound)?;
    let tr = &v.tr;
    let names = details.names.iter().map(|(l, n)| (tr.t(&format!("registry-name-{}", l.code())), n.clone())).collect();
    let stages = details
        .stages
        .iter()
        .map(|s| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("stage", tr.label("stage", s.stage.code()));
            args.set("date", format::date(tr, s.since));
            tr.t_with("registry-stage-current", &args)
        })
        .collect();
    let registration = details.registration_no.as_ref().map(|no| match details.registered_on {
        Some(on) => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("number", no.clone());
            args.set("date", format::date(tr, on));
            tr.t_with("registry-registration-line", &args)
        }
        None => no.clone(),
    });
    let partners = details
        .partners
        .iter()
        .map(|l| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("name", l.partner_name.clone());
            args.set("since", format::date(tr, l.since));
            match l.until {
                None => tr.t_with("registry-partner-since", &args),
                Some(until) => {
                    args.set("until", format::date(tr, until));
                    tr.t_with("registry-partner-ended", &args)
                }
            }
        })
        .collect();
    let closed = details.closed.map(|cl| (tr.t_args("registry-closed-since", "date", format::date(tr, cl.on)), cl.reason));
    let facts = CollectiveFacts { id: c.id, partners: c.partners.clone() };
    let may_edit = access.decide(Action::EditCollective, Resource::Collective(&facts)).allowed;
    let may_close = closed.is_none() && access.decide(Action::CloseCollective, Resource::Collective(&facts)).allowed;
    Ok(RegistryPanel { names, stages, registration, partners, closed, may_edit, may_close })
}
