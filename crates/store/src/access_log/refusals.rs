//! Refusals on list pages, counted. A roster or a federation list is refused something for
//! every member who has not agreed to it, on every load. Written as one audit row per member
//! per load, a leader or the analyst reloading a list would write thousands of rows an hour,
//! and (before her page listed reads apart) push real reads off her page.
//!
//! So a refusal is chained once a day: the first refusal of a day for one reader, role,
//! purpose, channel, member and action is an ordinary `access_denied` row in the audit chain
//! (tamper-evident, in her copy of her data, found by breach support), and each later one
//! that day only adds one to `repeats` in `access_refusals`, upserted in the same audited
//! transaction. Why a table beside the chain rather than in it: the chain is append-only, so
//! a count kept in it would need a new row per change, which is the very flood this avoids.
//! What that gives up, stated plainly: the *number* of repeats is not tamper-evident (someone
//! with write access to the database could change it), the fact and day of the refusal are.

use super::{day_of, DENIED};
use crate::audit::AuditEvent;
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::policy::Action;
use dhruva_core::MemberId;
use sqlx::Row as _;
use std::collections::{BTreeMap, BTreeSet};

/// Rows per upsert statement (nine parameters each, well under either backend's limit).
const ROWS_PER_STATEMENT: usize = 100;

impl Store {
    /// Counts refused attempts by `by` on members' data seen on a list page: one statement
    /// per hundred members, and an audit row only for the first refusal of the day.
    pub async fn count_refusals(&self, by: &Accessor, refusals: &[(MemberId, Action)]) -> Result<(), StoreError> {
        let Some(account) = by.account else {
            // The operator has no account to count under; the command line lists nothing.
            return self.record_denials(by, refusals).await;
        };
        if refusals.is_empty() {
            return Ok(());
        }
        // The same member twice on one list is refused twice: count both, in one row, since
        // PostgreSQL refuses to upsert one row twice in a statement.
        let mut times: BTreeMap<(i64, &'static str), i64> = BTreeMap::new();
        for (member, action) in refusals {
            *times.entry((member.0, action.code())).or_default() += 1;
        }
        let items: Vec<((i64, &'static str), i64)> = times.into_iter().collect();
        let role = by.role.map_or("", |r| r.code());
        let purpose = by.purpose.map_or("", |p| p.code());
        let mut tx = self.begin_audited().await?;
        let at = tx.at();
        let day = day_of(at);
        let mut first_today: BTreeSet<(i64, String)> = BTreeSet::new();
        for chunk in items.chunks(ROWS_PER_STATEMENT) {
            let values: Vec<String> = (0..chunk.len()).map(|i| format!("({})", db::placeholders(i * 9 + 1, 9))).collect();
            let sql = format!(
                "INSERT INTO access_refusals (member_id, account_id, role, purpose, channel, action, on_day, repeats, last_at) \
                 VALUES {} ON CONFLICT (member_id, account_id, role, purpose, channel, action, on_day) \
                 DO UPDATE SET repeats = access_refusals.repeats + excluded.repeats + 1, last_at = excluded.last_at \
                 RETURNING member_id, action, repeats",
                values.join(", ")
            );
            let mut query = sqlx::query(&sql);
            for ((member, action), n) in chunk {
                // A new row holds the repeats beyond the first (which the chain records);
                // an existing one gains all of them.
                query = query.bind(*member).bind(account.0).bind(role).bind(purpose).bind(by.channel.code()).bind(*action);
                query = query.bind(day).bind(n - 1).bind(at);
            }
            let inserted: BTreeMap<(i64, &str), i64> = chunk.iter().map(|((m, a), n)| ((*m, *a), n - 1)).collect();
            for row in query.fetch_all(tx.conn()).await? {
                let (member, action, repeats): (i64, String, i64) = (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
                // Updated rows hold at least `n` more than before, so only a fresh row still
                // holds exactly what was inserted.
                if inserted.get(&(member, action.as_str())) == Some(&repeats) {
                    first_today.insert((member, action));
                }
            }
        }
        for (member, action) in first_today {
            tx.append(by, &AuditEvent::new(DENIED).member(MemberId(member)).detail(format!("action={action}"))).await?;
        }
        tx.commit().await
    }
}

/// Removes the counts of days whose last refusal is older than `cutoff` (unix seconds): the
/// audit retention prunes them with the chained rows, so her page forgets both together.
pub(crate) async fn prune(conn: &mut sqlx::AnyConnection, cutoff: i64) -> Result<u64, StoreError> {
    Ok(sqlx::query("DELETE FROM access_refusals WHERE last_at < $1").bind(cutoff).execute(conn).await?.rows_affected())
}
