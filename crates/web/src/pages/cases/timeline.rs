//! A case's timeline in her words: stage changes, hearings, deadlines and letters in one list,
//! each with who recorded it ("you", or the account's name) and the letters' files.

use crate::error::WebError;
use crate::format;
use crate::i18n::Tr;
use crate::state::{today, AppState};
use dhruva_core::cases::deadlines::{Deadline, DeadlineStatus};
use dhruva_core::AccountId;
use dhruva_store::cases::TimelineEntry;
use fluent_bundle::FluentArgs;
use std::collections::HashMap;

/// One attached file, linked by its token (the only handle it has).
pub struct AttachmentView {
    pub href: String,
    pub label: String,
    /// Shown as a small picture in the timeline: only small images, since a thumbnail is the
    /// whole file and a 5 MB photo would cost minutes on a 2G connection.
    pub is_image: bool,
    /// "340 KB", beside the link, so she can choose whether to open it on a slow connection.
    pub size: String,
}

/// Images up to this size appear in the timeline; bigger ones are a link with their size.
const INLINE_IMAGE_MAX: u64 = 200 * 1024;

/// One entry of the timeline.
pub struct EntryView {
    pub date: String,
    /// A CSS class per kind of entry (`state`, `hearing`, `deadline`, `letter`, `opened`).
    pub class: &'static str,
    pub title: String,
    pub lines: Vec<String>,
    pub by: Option<String>,
    pub attachments: Vec<AttachmentView>,
}

/// A deadline's standing, in words: days left, overdue by, met in time or late.
pub fn deadline_status(tr: &Tr, d: &Deadline) -> String {
    match d.status(today()) {
        DeadlineStatus::Pending { days_left } => tr.t_args("case-due-days-left", "days", days_left),
        DeadlineStatus::Overdue { days } => tr.t_args("case-overdue-by", "days", days),
        DeadlineStatus::MetInTime => tr.t_args("case-met-in-time", "date", d.met_on.map(|m| format::date(tr, m)).unwrap_or_default()),
        DeadlineStatus::MetLate { days_late } => {
            let mut a = FluentArgs::new();
            a.set("days", days_late);
            a.set("date", d.met_on.map(|m| format::date(tr, m)).unwrap_or_default());
            tr.t_with("case-met-late", &a)
        }
    }
}

/// "Date moved from … Reason: …", for a deadline this case moved.
pub fn moved_line(tr: &Tr, d: &Deadline, reason: Option<&str>) -> Option<String> {
    d.overridden.then(|| {
        let mut a = FluentArgs::new();
        a.set("date", format::date(tr, d.legal_due));
        a.set("reason", reason.unwrap_or("").to_owned());
        tr.t_with("case-due-moved", &a)
    })
}

fn attachment_views(tr: &Tr, metas: &[dhruva_store::cases::AttachmentMeta]) -> Vec<AttachmentView> {
    metas
        .iter()
        .enumerate()
        .map(|(n, a)| AttachmentView {
            href: format!("/attachments/{}", a.token),
            // A neutral label: her file's own name may say too much on a shared screen.
            label: tr.t_args("timeline-attachment", "n", (n + 1) as i64),
            is_image: a.media_type.starts_with("image/") && a.size <= INLINE_IMAGE_MAX,
            size: tr.t_args("timeline-attachment-size", "kb", a.size.div_ceil(1024) as i64),
        })
        .collect()
}

/// The timeline as the page shows it. `me` is the reader's account, shown as "you".
pub async fn entries(app: &AppState, tr: &Tr, me: AccountId, timeline: &[TimelineEntry]) -> Result<Vec<EntryView>, WebError> {
    let accounts: Vec<AccountId> = timeline
        .iter()
        .filter_map(|e| match e {
            TimelineEntry::Opened { by, .. }
            | TimelineEntry::StateChanged { by, .. }
            | TimelineEntry::Hearing { by, .. }
            | TimelineEntry::Correspondence { by, .. } => *by,
            TimelineEntry::Deadline { .. } => None,
        })
        .filter(|a| *a != me)
        .collect();
    let names: HashMap<AccountId, String> = app.store.usernames(&accounts).await?;
    let who = |by: &Option<AccountId>| -> Option<String> {
        Some(match by {
            Some(a) if *a == me => tr.t("timeline-by-you"),
            Some(a) => tr.t_args("timeline-by", "who", names.get(a).cloned().unwrap_or_default()),
            None => tr.t("timeline-by-import"),
        })
    };
    let institutions = institution_names(app, timeline).await?;
    let mut out = Vec::with_capacity(timeline.len());
    for e in timeline {
        let date = format::date(tr, e.date());
        let view = match e {
            TimelineEntry::Opened { by, .. } => {
                EntryView { date, class: "opened", title: tr.t("timeline-opened"), lines: Vec::new(), by: who(by), attachments: Vec::new() }
            }
            TimelineEntry::StateChanged { from, to, by, note, undo, undone, .. } => {
                let mut a = FluentArgs::new();
                a.set("from", super::state_label(tr, *from));
                a.set("to", super::state_label(tr, *to));
                let mut lines: Vec<String> = note.iter().map(|n| n.expose().clone()).collect();
                // The short undo (issue 10): the undo is its own entry; the move stays, marked.
                let (class, title) = match undo {
                    true => ("state undo", tr.t_with("decide-timeline-undo", &a)),
                    false => ("state", tr.t_with("timeline-state", &a)),
                };
                if *undone {
                    lines.push(tr.t("decide-timeline-undone"));
                }
                EntryView { date, class, title, lines, by: who(by), attachments: Vec::new() }
            }
            TimelineEntry::Hearing { court, next_on, note, by, .. } => {
                let mut lines: Vec<String> = court.iter().map(|c| c.expose().clone()).collect();
                lines.extend(next_on.map(|d| tr.t_args("timeline-hearing-next", "date", format::date(tr, d))));
                lines.extend(note.iter().map(|n| n.expose().clone()));
                EntryView { date, class: "hearing", title: tr.t("timeline-hearing"), lines, by: who(by), attachments: Vec::new() }
            }
            TimelineEntry::Correspondence { direction, medium, authority, authority_name, summary, attachments, by, .. } => {
                let with = authority.and_then(|i| institutions.get(&i.0).cloned()).or_else(|| authority_name.as_ref().map(|n| n.expose().clone()));
                let title = format!("{} · {}", tr.label("case-medium", medium.code()), tr.label("case-direction", direction.code()));
                let mut lines: Vec<String> = with.into_iter().collect();
                lines.push(summary.expose().clone());
                EntryView { date, class: "letter", title, lines, by: who(by), attachments: attachment_views(tr, attachments) }
            }
            TimelineEntry::Deadline { deadline, reason } => {
                let title = tr.t_args("timeline-deadline", "what", tr.label("deadline", &deadline.rule.id));
                let mut lines = vec![deadline_status(tr, deadline)];
                lines.extend(moved_line(tr, deadline, reason.as_ref().map(|r| r.expose().as_str())));
                EntryView { date, class: "deadline", title, lines, by: None, attachments: Vec::new() }
            }
        };
        out.push(view);
    }
    Ok(out)
}

/// Registry names of the institutions the timeline's letters name, each read once.
async fn institution_names(app: &AppState, timeline: &[TimelineEntry]) -> Result<HashMap<i64, String>, WebError> {
    let mut names = HashMap::new();
    for e in timeline {
        if let TimelineEntry::Correspondence { authority: Some(i), .. } = e {
            if let std::collections::hash_map::Entry::Vacant(slot) = names.entry(i.0) {
                if let Some(inst) = app.store.institution(*i).await? {
                    slot.insert(inst.name);
                }
            }
        }
    }
    Ok(names)
}
