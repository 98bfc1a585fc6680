//! The confirmation page of a case move that ends the case or records an authority's "no"
//! (`Workflow::needs_confirmation`, issue 10): what it means — no further stage, which of its
//! dates stop and leave the overdue lists — and that she can still undo it for a short while.
//! Nothing is written until its button, which carries `confirm`, is pressed.

use super::{case_title, state_label};
use crate::access::CaseView;
use crate::error::WebError;
use crate::format;
use crate::pages::html;
use crate::visit::Visit;
use askama::Template;
use axum::response::Response;
use dhruva_core::cases::workflow::workflow;
use dhruva_core::cases::CaseState;
use dhruva_core::CaseId;
use dhruva_store::cases::{TimelineEntry, UNDO_WINDOW_SECONDS};
use fluent_bundle::FluentArgs;

#[derive(Template)]
#[template(path = "decisions/case_move.html")]
struct ConfirmPage {
    v: Visit,
    id: i64,
    heading: String,
    title: String,
    meaning: Vec<String>,
    button: String,
    from: &'static str,
    to: &'static str,
    on: String,
    note: String,
}

/// The page asking her to confirm moving the case from `from` to `to` (on `on`, with `note`,
/// as she typed them: they are sent again with the confirmation).
pub fn case_move(v: Visit, view: &CaseView, id: CaseId, from: CaseState, to: CaseState, on: &str, note: &str) -> Result<Response, WebError> {
    let s = &view.case.summary;
    let flow = workflow(s.kind);
    let target = state_label(&v.tr, to);
    let mut meaning = Vec::new();
    if flow.is_final(to) {
        meaning.push(v.tr.t_args("decide-case-confirm-final", "state", target.clone()));
    }
    let stopping: Vec<String> = view
        .timeline
        .iter()
        .filter_map(|e| match e {
            TimelineEntry::Deadline { deadline, .. } if deadline.met_on.is_none() && (flow.is_final(to) || deadline.rule.met_by.contains(&to)) => {
                let mut a = FluentArgs::new();
                a.set("what", v.tr.label("deadline", &deadline.rule.id));
                a.set("date", format::date(&v.tr, deadline.due));
                Some(v.tr.t_with("decide-case-confirm-date", &a))
            }
            _ => None,
        })
        .collect();
    if !stopping.is_empty() {
        meaning.push(v.tr.t_args("decide-case-confirm-stops", "dates", stopping.join("; ")));
    }
    meaning.push(v.tr.t_args("decide-case-confirm-undo", "minutes", UNDO_WINDOW_SECONDS / 60));
    let page = ConfirmPage {
        id: id.0,
        heading: v.tr.t_args("decide-case-confirm-heading", "state", target.clone()),
        title: case_title(&v.tr, s),
        meaning,
        button: v.tr.t_args("decide-case-confirm-button", "state", target),
        from: from.code(),
        to: to.code(),
        on: on.trim().to_owned(),
        note: note.to_owned(),
        v,
    };
    html(&page)
}
