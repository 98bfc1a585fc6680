//! "Who saw my data": reads of a member's data by someone else, and the attempts the policy
//! refused on her behalf, both taken from the audit log. Rows name accounts and codes only.

use crate::audit::{AuditEvent, AuditRow};
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::policy::Action;
use dhruva_core::{AccountId, MemberId};
use sqlx::Row as _;
use std::collections::HashMap;

/// Audit actions that are reads of her data by someone: decrypting her name, her details,
/// her consent records or her guardian's consent, or using her record for research.
pub const READS: &[&str] = &[
    "view_member_name",
    "view_member_personal",
    "view_consents",
    "view_guardian_consent",
    "contact_member",
    "include_in_research",
    "view_cases",
];

/// The audit action of a refused attempt; its detail is `action=<policy action code>`.
pub const DENIED: &str = "access_denied";

impl Store {
    /// Records refused attempts by `by` on members' data, one row each (the action's code,
    /// never a value), in one transaction.
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

    /// Reads of her data by anyone but herself, and refused attempts, newest first, at most
    /// `limit` of them.
    pub async fn access_log(&self, member: MemberId, limit: usize) -> Result<Vec<AuditRow>, StoreError> {
        let own = sqlx::query("SELECT id FROM accounts WHERE member_id = $1").bind(member.0).fetch_optional(&self.pool).await?;
        let own = own.map(|r| r.try_get::<i64, _>(0)).transpose()?.map(AccountId);
        let rows = self.audit_about_member(member).await?;
        Ok(rows
            .into_iter()
            .filter(|r| r.account.is_none() || r.account != own)
            .filter(|r| READS.contains(&r.action.as_str()) || r.action == DENIED)
            .take(limit)
            .collect())
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
