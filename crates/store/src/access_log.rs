//! "Who saw my data": reads of a member's data by someone else, and the attempts the policy
//! refused on her behalf, taken from the audit log (and, for refusals on list pages, from
//! the daily counts beside it: [`refusals`]). Rows name accounts and codes only.
//!
//! Reads and refusals are two lists, each grouped (one line per reader, role, purpose,
//! channel, action and day, with a count) and paged, so that no number of refusals, and no
//! number of reloads of one page, can push a real read out of her sight.

pub mod catalogue;
pub mod refusals;

use crate::audit::{AuditEvent, AuditRow};
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::policy::Action;
use dhruva_core::{AccountId, MemberId};
use sqlx::Row as _;
use std::collections::HashMap;
use time::{Date, Duration, OffsetDateTime};

/// Audit actions that are reads of her data by someone: decrypting her name, her details,
/// her consent records, her guardian's consent, her cases, her correction requests or a
/// grievance of hers, her copy of her data, or using her record for research. The one list
/// her page is built from; `catalogue` classifies every action the code writes against it.
pub const READS: &[&str] = &[
    "view_member_name",
    "view_member_personal",
    "view_consents",
    "view_guardian_consent",
    "contact_member",
    "include_in_research",
    "view_cases",
    "view_grievance",
    "view_correction_requests",
    "export_member_data",
];

/// The audit action of a refused attempt; its detail is `action=<policy action code>`.
pub const DENIED: &str = "access_denied";

/// India's offset from UTC in seconds: a "day" on her page is a day where she lives.
pub(crate) const INDIA_SECONDS: i64 = 5 * 3600 + 1800;

/// The day (days since 1970-01-01 in India's time) of a unix time.
pub(crate) fn day_of(unix: i64) -> i64 {
    (unix + INDIA_SECONDS).div_euclid(86_400)
}

/// One line of her page: what one reader did, in one role, for one purpose, through one
/// channel, on one day, and how many times.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccessLine {
    /// A [`READS`] code, or for a refusal the policy action refused (`view_member_name`).
    pub action: String,
    /// `None`: the operator at the command line.
    pub account: Option<AccountId>,
    pub role: Option<String>,
    pub purpose: Option<String>,
    pub channel: String,
    /// The day in India's time.
    pub day: Date,
    /// The latest of them that day.
    pub last: OffsetDateTime,
    pub count: i64,
}

/// One page of lines, newest day first, and whether older ones follow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccessPage {
    pub lines: Vec<AccessLine>,
    pub older: bool,
}

/// How many lines a page of her log holds: light on 2G, and every line is a group.
pub const LINES_PER_PAGE: usize = 20;

impl Store {
    /// Records refused attempts by `by` on members' data, one audit row each (the action's
    /// code, never a value), in one transaction. For a page about one member; list pages
    /// count theirs ([`Store::count_refusals`]).
    pub async fn record_denials(&self, by: &Accessor, denials: &[(MemberId, Action)]) -> Result<(), StoreError> {
        if denials.is_empty() {
            return Ok(());
        }
        let mut tx = self.begin_audited().await?;
        for (member, action) in denials {
            tx.append(by, &AuditEvent::new(DENIED).member(*member).detail(format!("action={}", action.code()))).await?;
        }
        tx.commit().await
    }

    /// Reads of her data by anyone but herself, grouped by day, newest first; page 0 is the
    /// newest.
    pub async fn access_reads(&self, member: MemberId, page: usize, per_page: usize) -> Result<AccessPage, StoreError> {
        let own = self.own_account(member).await?;
        let sql = format!(
            "SELECT (at + {INDIA_SECONDS}) / 86400 AS on_day, account_id, role, purpose, channel, action, COUNT(*) AS n, MAX(at) AS last_at \
             FROM audit_log WHERE subject_member = $1 AND (account_id IS NULL OR account_id <> $2) AND action IN ({}) \
             GROUP BY (at + {INDIA_SECONDS}) / 86400, account_id, role, purpose, channel, action \
             ORDER BY on_day DESC, last_at DESC, action LIMIT $3 OFFSET $4",
            db::placeholders(5, READS.len())
        );
        let mut query = sqlx::query(&sql).bind(member.0).bind(own).bind(limit(per_page)).bind(offset(page, per_page));
        for read in READS {
            query = query.bind(*read);
        }
        paged(query.fetch_all(&self.pool).await?, per_page)
    }

    /// Refused attempts on her data, grouped by day, newest first: the ones chained one by
    /// one and the ones list pages counted, added together.
    pub async fn access_refusals(&self, member: MemberId, page: usize, per_page: usize) -> Result<AccessPage, StoreError> {
        let own = self.own_account(member).await?;
        // `action=` is seven characters: the refused action's code starts at the eighth.
        let sql = format!(
            "SELECT on_day, account_id, role, purpose, channel, action, CAST(SUM(n) AS BIGINT) AS n, MAX(last_at) AS last_at FROM ( \
               SELECT (at + {INDIA_SECONDS}) / 86400 AS on_day, account_id, role, purpose, channel, SUBSTR(detail, 8) AS action, \
                      1 AS n, at AS last_at \
               FROM audit_log WHERE subject_member = $1 AND (account_id IS NULL OR account_id <> $2) AND action = '{DENIED}' \
             UNION ALL \
               SELECT on_day, account_id, NULLIF(role, ''), NULLIF(purpose, ''), channel, action, repeats AS n, last_at \
               FROM access_refusals WHERE member_id = $1 AND account_id <> $2 AND repeats > 0 \
             ) r GROUP BY on_day, account_id, role, purpose, channel, action \
             ORDER BY on_day DESC, last_at DESC, action LIMIT $3 OFFSET $4"
        );
        let query = sqlx::query(&sql).bind(member.0).bind(own).bind(limit(per_page)).bind(offset(page, per_page));
        paged(query.fetch_all(&self.pool).await?, per_page)
    }

    /// The raw audit rows behind her page, newest first, at most `limit`: others' reads and
    /// the refusals chained one by one (not the repeats list pages counted). For tools and
    /// tests; her page is [`Store::access_reads`] and [`Store::access_refusals`].
    pub async fn access_log(&self, member: MemberId, limit: usize) -> Result<Vec<AuditRow>, StoreError> {
        let own = Some(AccountId(self.own_account(member).await?));
        let rows = self.audit_about_member(member).await?;
        Ok(rows
            .into_iter()
            .filter(|r| r.account.is_none() || r.account != own)
            .filter(|r| READS.contains(&r.action.as_str()) || r.action == DENIED)
            .take(limit)
            .collect())
    }

    /// Her own account's id, or one no account has: her own reads are not "someone else".
    async fn own_account(&self, member: MemberId) -> Result<i64, StoreError> {
        let own = sqlx::query("SELECT id FROM accounts WHERE member_id = $1").bind(member.0).fetch_optional(&self.pool).await?;
        Ok(own.map(|r| r.try_get::<i64, _>(0)).transpose()?.unwrap_or(-1))
    }

    /// Account names by id, to say who read: staff accounts and members' own logins. A
    /// member's personal name is never among them (names live only encrypted).
    pub async fn usernames(&self, ids: &[AccountId]) -> Result<HashMap<AccountId, String>, StoreError> {
        let mut ids = ids.to_vec();
        ids.sort_unstable();
        ids.dedup();
        let mut out = HashMap::with_capacity(ids.len());
        for chunk in ids.chunks(db::IN_LIST_CHUNK) {
            let sql = format!("SELECT id, username FROM accounts WHERE id IN ({})", db::placeholders(1, chunk.len()));
            let mut query = sqlx::query(&sql);
            for id in chunk {
                query = query.bind(id.0);
            }
            for row in query.fetch_all(&self.pool).await? {
                out.insert(AccountId(row.try_get(0)?), row.try_get(1)?);
            }
        }
        Ok(out)
    }
}

/// One more than a page, to know whether an older page follows.
fn limit(per_page: usize) -> i64 {
    i64::try_from(per_page.clamp(1, 500) + 1).unwrap_or(i64::MAX)
}

fn offset(page: usize, per_page: usize) -> i64 {
    i64::try_from(page.saturating_mul(per_page.clamp(1, 500))).unwrap_or(i64::MAX)
}

fn paged(rows: Vec<sqlx::any::AnyRow>, per_page: usize) -> Result<AccessPage, StoreError> {
    let per_page = per_page.clamp(1, 500);
    let older = rows.len() > per_page;
    let lines = rows.iter().take(per_page).map(line).collect::<Result<Vec<_>, _>>()?;
    Ok(AccessPage { lines, older })
}

fn line(row: &sqlx::any::AnyRow) -> Result<AccessLine, StoreError> {
    let day: i64 = row.try_get(0)?;
    let epoch = Date::from_calendar_date(1970, time::Month::January, 1).map_err(|_| corrupt(day))?;
    Ok(AccessLine {
        day: epoch.checked_add(Duration::days(day)).ok_or_else(|| corrupt(day))?,
        account: row.try_get::<Option<i64>, _>(1)?.map(AccountId),
        role: row.try_get(2)?,
        purpose: row.try_get(3)?,
        channel: row.try_get(4)?,
        action: row.try_get(5)?,
        count: row.try_get(6)?,
        last: db::parse_time(row.try_get(7)?, "audit_log")?,
    })
}

fn corrupt(day: i64) -> StoreError {
    StoreError::Corrupt { table: "audit_log", detail: format!("bad day {day}") }
}
