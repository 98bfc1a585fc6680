//! Breach support: whose data an account touched since a given time, from the audit log,
//! so the people affected can be told within the legal time.

use crate::{db, Store, StoreError};
use dhruva_core::{AccountId, MemberId};
use serde::Serialize;
use sqlx::Row as _;
use std::collections::BTreeMap;
use time::OffsetDateTime;

/// One member whose data one account (or the command line) touched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AccessedMember {
    /// `None`: the operator at the command line.
    pub account: Option<AccountId>,
    /// `None` when the account no longer exists.
    pub username: Option<String>,
    pub member: MemberId,
    /// Her member code; `None` when she is no longer in the database.
    pub member_code: Option<String>,
    /// How many audited accesses.
    pub count: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub first: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub last: OffsetDateTime,
    /// The distinct actions (`view_member_personal`, `member_updated`…), sorted.
    pub actions: Vec<String>,
    /// The distinct channels (`web`, `api` for tokens, `cli`), sorted.
    pub channels: Vec<String>,
}

impl Store {
    /// Every member an account (or, with `by = None`, anyone) touched at or after `since`,
    /// one entry per account and member, ordered by account then member code.
    pub async fn audit_accessed(&self, since: OffsetDateTime, by: Option<AccountId>) -> Result<Vec<AccessedMember>, StoreError> {
        // Grouped in SQL so a busy log is summed by the database; the lists of actions and
        // channels are folded here because the backends spell string aggregation differently.
        let filter = if by.is_some() { "AND l.account_id = $2" } else { "" };
        let sql = format!(
            "SELECT l.account_id, a.username, l.subject_member, m.code, l.action, l.channel, COUNT(*), MIN(l.at), MAX(l.at) \
             FROM audit_log l LEFT JOIN accounts a ON a.id = l.account_id LEFT JOIN members m ON m.id = l.subject_member \
             WHERE l.at >= $1 AND l.subject_member IS NOT NULL {filter} \
             GROUP BY l.account_id, a.username, l.subject_member, m.code, l.action, l.channel"
        );
        let mut query = sqlx::query(&sql).bind(since.unix_timestamp());
        if let Some(account) = by {
            query = query.bind(account.0);
        }
        let rows = query.fetch_all(&self.pool).await?;

        let mut grouped: BTreeMap<(Option<i64>, i64), AccessedMember> = BTreeMap::new();
        for row in &rows {
            let account: Option<i64> = row.try_get(0)?;
            let member: i64 = row.try_get(2)?;
            let action: String = row.try_get(4)?;
            let channel: String = row.try_get(5)?;
            let count: i64 = row.try_get(6)?;
            let first = db::parse_time(row.try_get(7)?, "audit_log")?;
            let last = db::parse_time(row.try_get(8)?, "audit_log")?;
            let entry = match grouped.entry((account, member)) {
                std::collections::btree_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::btree_map::Entry::Vacant(e) => e.insert(AccessedMember {
                    account: account.map(AccountId),
                    username: row.try_get(1)?,
                    member: MemberId(member),
                    member_code: row.try_get(3)?,
                    count: 0,
                    first,
                    last,
                    actions: Vec::new(),
                    channels: Vec::new(),
                }),
            };
            entry.count += count;
            entry.first = entry.first.min(first);
            entry.last = entry.last.max(last);
            insert_sorted(&mut entry.actions, action);
            insert_sorted(&mut entry.channels, channel);
        }
        let mut out: Vec<AccessedMember> = grouped.into_values().collect();
        out.sort_by(|a, b| (&a.username, a.account, &a.member_code, a.member).cmp(&(&b.username, b.account, &b.member_code, b.member)));
        Ok(out)
    }
}

fn insert_sorted(list: &mut Vec<String>, value: String) {
    if let Err(at) = list.binary_search(&value) {
        list.insert(at, value);
    }
}
