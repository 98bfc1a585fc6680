//! "Who saw my data": every read of her information by someone else, from the audit log —
//! who (role and account name, never a member's personal name), when (India's time), why
//! (the purpose she agreed to) and how — and the attempts her choices stopped.
//!
//! Reads and refusals are two lists, each paged on its own with plain links (`?page=` for
//! reads, `?refused_page=` for refusals; no JavaScript), and each line is one person doing
//! one thing on one day, with how many times: reloading a page makes a line count up, it
//! never pushes another line out of her sight. On the page the lines are grouped by who and
//! what — one line per reader and action, with the days it spans and how many times in all —
//! and each day's line is behind it (`<details>`, no JavaScript).

use super::consents::when;
use super::{html, SignedInPage};
use crate::access::Access;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::visit::Visit;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use dhruva_core::AccountId;
use dhruva_store::access_log::{AccessLine, READS};
use dhruva_store::Channel;
use std::collections::HashMap;

pub struct LogRow {
    pub what: String,
    pub who: String,
    pub when: String,
    /// "3 times that day", empty for once.
    pub times: String,
    pub why: String,
    pub via: String,
}

/// Links to the newer and older page of one list, where there is one.
pub struct Pager {
    pub newer: Option<String>,
    pub older: Option<String>,
}

/// One reader doing one thing, over the days of this page: what, who, from when to when and
/// how many times in all, with each day's line behind it.
pub struct LogGroup {
    pub what: String,
    pub who: String,
    /// "24 November 2026", or "3 November 2026 – 24 November 2026".
    pub range: String,
    /// "5 times in all", empty for once.
    pub times: String,
    pub days: Vec<LogRow>,
}

/// Groups a page's lines (one reader, one action, one day each; newest day first) by reader
/// and action, in the order each group first appears.
fn grouped(tr: &Tr, lines: &[AccessLine], refused: bool, usernames: &HashMap<AccountId, String>) -> Vec<LogGroup> {
    let mut keys: Vec<(Option<AccountId>, Option<&str>, &str)> = Vec::new();
    let mut members: Vec<Vec<&AccessLine>> = Vec::new();
    for l in lines {
        let key = (l.account, l.role.as_deref(), l.action.as_str());
        match keys.iter().position(|k| *k == key) {
            Some(i) => members[i].push(l),
            None => {
                keys.push(key);
                members.push(vec![l]);
            }
        }
    }
    members
        .into_iter()
        .map(|ls| {
            let first = ls.iter().map(|l| l.day).min().unwrap_or_else(crate::state::today);
            let last = ls.iter().map(|l| l.day).max().unwrap_or(first);
            let range = match first == last {
                true => crate::format::date(tr, first),
                false => {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("from", crate::format::date(tr, first));
                    args.set("to", crate::format::date(tr, last));
                    tr.t_with("nav-log-range", &args)
                }
            };
            let total: i64 = ls.iter().map(|l| l.count).sum();
            let times = match (total > 1, refused) {
                (false, _) => String::new(),
                (true, true) => tr.t_args("nav-log-total-refused", "count", total),
                (true, false) => tr.t_args("nav-log-total", "count", total),
            };
            let days: Vec<LogRow> = ls.iter().map(|l| row(tr, l, refused, usernames)).collect();
            let head = &days[0];
            LogGroup { what: head.what.clone(), who: head.who.clone(), range, times, days }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "access_log.html")]
struct AccessLogPage {
    v: Visit,
    reads: Vec<LogGroup>,
    refused: Vec<LogGroup>,
    reads_pager: Pager,
    refused_pager: Pager,
}

/// Reads with their own words: every read of her data (the store's one list), so each has
/// a sentence in every language (the privacy notice's tests check the keys exist).
pub const WHAT_READ: &[&str] = READS;

/// Refused actions with their own words; any other is "your information".
pub const WHAT_REFUSED: &[&str] =
    &["view_member_name", "view_member_personal", "contact_member", "include_in_research", "use_in_media", "view_cases", "manage_cases"];

/// Which page of each list, counted from 1 (the newest). Anything unreadable is page 1: a
/// bad link should still show her log.
#[derive(serde::Deserialize)]
pub struct Pages {
    page: Option<String>,
    refused_page: Option<String>,
}

fn page_number(raw: Option<&str>) -> usize {
    raw.and_then(|p| p.trim().parse::<usize>().ok()).filter(|p| *p >= 1).map_or(1, |p| p.min(100_000))
}

fn href(reads: usize, refused: usize, anchor: &str) -> String {
    format!("/profile/access-log?page={reads}&refused_page={refused}#{anchor}")
}

fn row(tr: &Tr, r: &AccessLine, refused: bool, usernames: &HashMap<AccountId, String>) -> LogRow {
    let action = r.action.as_str();
    let what = match (refused, refused && WHAT_REFUSED.contains(&action) || !refused && WHAT_READ.contains(&action)) {
        (true, true) => tr.t(&format!("access-log-what-refused-{action}")),
        (false, true) => tr.t(&format!("access-log-what-{action}")),
        (_, false) => tr.t("access-log-what-other"),
    };
    let role = r.role.as_deref().map(|role| tr.label("role", role));
    let who = match (r.account, &role) {
        (None, _) => tr.t("access-log-who-operator"),
        (Some(a), role) => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("role", role.clone().unwrap_or_default());
            args.set("username", usernames.get(&a).cloned().unwrap_or_else(|| a.to_string()));
            tr.t_with("access-log-who", &args).trim().to_owned()
        }
    };
    let why = match (&r.purpose, role) {
        (Some(p), _) if refused => tr.t_args("access-log-why-refused", "purpose", tr.label("purpose", p)),
        (Some(p), _) => tr.t_args("access-log-why", "purpose", tr.label("purpose", p)),
        (None, Some(role)) => tr.t_args("access-log-why-role", "role", role),
        (None, None) => String::new(),
    };
    let times = match (r.count > 1, refused) {
        (false, _) => String::new(),
        (true, true) => tr.t_args("access-log-times-refused", "count", r.count),
        (true, false) => tr.t_args("access-log-times", "count", r.count),
    };
    LogRow { what, who, when: when(tr, r.last), times, why, via: tr.t_args("access-log-via", "channel", tr.label("channel", &r.channel)) }
}

pub async fn show(State(app): State<AppState>, page: SignedInPage, Query(q): Query<Pages>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = page;
    let id = who.actor.member().ok_or(WebError::NotFound)?;
    let (reads_at, refused_at) = (page_number(q.page.as_deref()), page_number(q.refused_page.as_deref()));
    let log = Access::new(&app, &who.actor, Channel::Web).access_log(id, reads_at - 1, refused_at - 1).await?;
    let reads_pager = Pager {
        newer: (reads_at > 1).then(|| href(reads_at - 1, refused_at, "access-log-heading")),
        older: log.reads.older.then(|| href(reads_at + 1, refused_at, "access-log-heading")),
    };
    let refused_pager = Pager {
        newer: (refused_at > 1).then(|| href(reads_at, refused_at - 1, "access-refused-heading")),
        older: log.refusals.older.then(|| href(reads_at, refused_at + 1, "access-refused-heading")),
    };
    let reads = grouped(&v.tr, &log.reads.lines, false, &log.usernames);
    let refused = grouped(&v.tr, &log.refusals.lines, true, &log.usernames);
    html(&AccessLogPage { v, reads, refused, reads_pager, refused_pager })
}
