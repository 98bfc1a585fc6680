//! The append-only, hash-chained audit log: who read or changed whose data, when and why.
//!
//! Each row stores the hash of the row before it, so a changed, removed or reordered row
//! breaks the chain at a place [`Store::verify_audit_chain`] can name. Since migration 0004
//! the hashes are keyed (HMAC under a key derived from the master key) and the head is
//! sealed, so write access to the database alone is not enough to rebuild a valid chain.
//! Retention ([`Store::prune_audit`]) removes old rows behind a sealed anchor. Rows hold ids
//! and codes only — never a name, a phone number or any other personal value.

mod accessed;
mod chain;
mod head;
mod retention;
mod verify;

pub use accessed::AccessedMember;
/// For stores outside this module whose writes run in one audited transaction (`cases`).
pub(crate) use chain::AuditedTx;
pub use head::AuditBounds;
pub use retention::{PruneReport, RetentionDays};

use crate::{db, Store, StoreError};
use dhruva_core::consent::Purpose;
use dhruva_core::policy::Role;
use dhruva_core::{AccountId, CollectiveId, MemberId};
use serde::Serialize;
use time::OffsetDateTime;

/// Where a request came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Channel {
    Web,
    Api,
    Cli,
}

impl Channel {
    pub fn code(self) -> &'static str {
        match self {
            Channel::Web => "web",
            Channel::Api => "api",
            Channel::Cli => "cli",
        }
    }
}

/// Who is touching the data, in which role, and for what purpose: what every audited store
/// call is given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accessor {
    /// `None` for the operator at the command line or the demo loader.
    pub account: Option<AccountId>,
    pub role: Option<Role>,
    pub purpose: Option<Purpose>,
    pub channel: Channel,
}

impl Accessor {
    /// The operator at the command line (demo data, `dhruva user add`).
    pub fn cli() -> Self {
        Accessor { account: None, role: None, purpose: None, channel: Channel::Cli }
    }

    /// Someone acting on her own account in no particular role: signing in, choosing her
    /// language.
    pub fn account_holder(account: AccountId, channel: Channel) -> Self {
        Accessor { account: Some(account), role: None, purpose: None, channel }
    }
}

/// One thing to record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEvent {
    /// A stable code: a policy `Action` code (`view_member_personal`) or an event such as
    /// `login_failed`, `session_ended`, `member_created`.
    pub action: String,
    pub subject_member: Option<MemberId>,
    pub subject_collective: Option<CollectiveId>,
    /// The account written to (created, its password, grants or tokens changed), which is
    /// often not the account doing the writing.
    pub subject_account: Option<AccountId>,
    /// Non-personal detail, e.g. which fields changed (`"phone,notes"`), never their values.
    pub detail: Option<String>,
}

impl AuditEvent {
    pub fn new(action: &str) -> Self {
        AuditEvent { action: action.to_owned(), subject_member: None, subject_collective: None, subject_account: None, detail: None }
    }

    pub fn member(mut self, member: MemberId) -> Self {
        self.subject_member = Some(member);
        self
    }

    pub fn collective(mut self, collective: CollectiveId) -> Self {
        self.subject_collective = Some(collective);
        self
    }

    pub fn account(mut self, account: AccountId) -> Self {
        self.subject_account = Some(account);
        self
    }

    /// Ids, codes or field names only — never a personal value.
    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }
}

/// One recorded row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AuditRow {
    pub seq: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub account: Option<AccountId>,
    pub role: Option<String>,
    pub channel: String,
    pub action: String,
    pub purpose: Option<String>,
    pub subject_member: Option<MemberId>,
    pub subject_collective: Option<CollectiveId>,
    pub subject_account: Option<AccountId>,
    pub detail: Option<String>,
}

/// What verifying the chain found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum ChainStatus {
    Intact {
        rows: i64,
    },
    /// The first row whose hash or link does not match, and why.
    Broken {
        seq: i64,
        problem: String,
    },
}

impl Store {
    /// Appends one event, stamped now, as `by`.
    pub async fn record(&self, by: &Accessor, event: AuditEvent) -> Result<(), StoreError> {
        let mut tx = self.begin_audited().await?;
        tx.append(by, &event).await?;
        tx.commit().await
    }

    /// The newest rows first.
    pub async fn audit_recent(&self, limit: i64) -> Result<Vec<AuditRow>, StoreError> {
        let rows = sqlx::query(&format!("{SELECT_ROWS} ORDER BY seq DESC LIMIT $1")).bind(limit.clamp(0, 10_000)).fetch_all(&self.pool).await?;
        rows.iter().map(audit_row).collect()
    }

    /// One row by its number (to name the entry verification stopped at).
    pub async fn audit_entry(&self, seq: i64) -> Result<Option<AuditRow>, StoreError> {
        let row = sqlx::query(&format!("{SELECT_ROWS} WHERE seq = $1")).bind(seq).fetch_optional(&self.pool).await?;
        row.as_ref().map(audit_row).transpose()
    }

    /// Every row about one member, newest first ("who saw my data").
    pub async fn audit_about_member(&self, member: MemberId) -> Result<Vec<AuditRow>, StoreError> {
        let rows = sqlx::query(&format!("{SELECT_ROWS} WHERE subject_member = $1 ORDER BY seq DESC")).bind(member.0).fetch_all(&self.pool).await?;
        rows.iter().map(audit_row).collect()
    }

    /// Every change made to one account, newest first ("who gave this account its roles").
    pub async fn audit_about_account(&self, account: AccountId) -> Result<Vec<AuditRow>, StoreError> {
        let rows = sqlx::query(&format!("{SELECT_ROWS} WHERE subject_account = $1 ORDER BY seq DESC")).bind(account.0).fetch_all(&self.pool).await?;
        rows.iter().map(audit_row).collect()
    }

    /// Walks the chain in one consistent snapshot, so appends going on meanwhile are not
    /// mistaken for tampering.
    pub async fn verify_audit_chain(&self) -> Result<ChainStatus, StoreError> {
        let mut tx = self.begin_snapshot().await?;
        let status = verify::verify(&mut tx, &chain::ChainKey::from_keys(&self.keys)).await?;
        tx.rollback().await?;
        Ok(status)
    }
}

const SELECT_ROWS: &str = "SELECT seq, at, account_id, role, channel, action, purpose, subject_member, subject_collective, subject_account, detail \
     FROM audit_log";

fn audit_row(row: &sqlx::any::AnyRow) -> Result<AuditRow, StoreError> {
    use sqlx::Row as _;
    Ok(AuditRow {
        seq: row.try_get(0)?,
        at: db::parse_time(row.try_get(1)?, "audit_log")?,
        account: row.try_get::<Option<i64>, _>(2)?.map(AccountId),
        role: row.try_get(3)?,
        channel: row.try_get(4)?,
        action: row.try_get(5)?,
        purpose: row.try_get(6)?,
        subject_member: row.try_get::<Option<i64>, _>(7)?.map(MemberId),
        subject_collective: row.try_get::<Option<i64>, _>(8)?.map(CollectiveId),
        subject_account: row.try_get::<Option<i64>, _>(9)?.map(AccountId),
        detail: row.try_get(10)?,
    })
}
