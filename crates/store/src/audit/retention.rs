//! Retention: rows older than the configured number of days are removed, behind an anchor.
//!
//! The audit log's triggers refuse every UPDATE and every DELETE, except a DELETE of a row
//! the anchor in `audit_head` already covers (migration 0004). Pruning therefore runs in one
//! audited transaction that first moves the anchor to the last row to go (its seq and hash,
//! with a new seal over the head), then deletes up to it, then records that it did. The
//! remaining chain still verifies from the anchor on, and the seal shows nothing after the
//! anchor was removed. Someone with only database access can move the anchor to delete rows
//! too, but cannot produce the seal, so `dhruva audit verify` catches it.

use super::{Accessor, AuditEvent};
use crate::{Store, StoreError};
use sqlx::Row as _;
use time::{Duration, OffsetDateTime};

/// How many days audit rows are kept: at least a year, so breaches and complaints can still
/// be looked into; two years unless configured otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetentionDays(u32);

impl RetentionDays {
    pub const MIN: u32 = 365;
    pub const DEFAULT: u32 = 730;

    pub fn new(days: u32) -> Result<Self, StoreError> {
        if days < Self::MIN {
            return Err(StoreError::Invalid(format!(
                "audit retention must be at least {} days (a year) so that access can still be looked into; {days} was given",
                Self::MIN
            )));
        }
        Ok(RetentionDays(days))
    }

    pub fn days(self) -> u32 {
        self.0
    }
}

impl Default for RetentionDays {
    fn default() -> Self {
        RetentionDays(Self::DEFAULT)
    }
}

/// What one pruning did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PruneReport {
    /// Rows older than this were removed.
    pub cutoff: OffsetDateTime,
    pub removed: u64,
    /// The last removed row (or the previous anchor when nothing was removed); 0: none ever.
    pub anchor_seq: i64,
}

impl Store {
    /// Removes audit rows older than `retention` before `now`, keeping the chain verifiable.
    /// The pruning itself is recorded as `audit_pruned`, by `by`, when it removed anything.
    pub async fn prune_audit(&self, by: &Accessor, retention: RetentionDays, now: OffsetDateTime) -> Result<PruneReport, StoreError> {
        let cutoff = now - Duration::days(i64::from(retention.days()));
        let mut tx = self.begin_audited().await?;
        // Walks forward from the anchor to the first row young enough to keep, along the
        // primary key: a daily prune reads about a day of rows, not the whole log. (Times
        // follow seq order; should the clock ever have stepped back, this keeps more.)
        let first_kept: Option<i64> = sqlx::query_scalar("SELECT seq FROM audit_log WHERE at >= $1 ORDER BY seq LIMIT 1")
            .bind(cutoff.unix_timestamp())
            .fetch_optional(tx.conn())
            .await?;
        let last_old = sqlx::query("SELECT seq, hash FROM audit_log WHERE seq < $1 ORDER BY seq DESC LIMIT 1")
            .bind(first_kept.unwrap_or(i64::MAX))
            .fetch_optional(tx.conn())
            .await?;
        let previous_anchor = tx.head().anchor_seq;
        let Some(last_old) = last_old else {
            tx.commit().await?;
            return Ok(PruneReport { cutoff, removed: 0, anchor_seq: previous_anchor });
        };
        let (seq, hash): (i64, String) = (last_old.try_get(0)?, last_old.try_get(1)?);
        tx.set_anchor(seq, hash);
        tx.write_head().await?;
        let removed = sqlx::query("DELETE FROM audit_log WHERE seq <= $1").bind(seq).execute(tx.conn()).await?.rows_affected();
        // The daily refusal counts beside the chain go with the rows they extend.
        crate::access_log::refusals::prune(tx.conn(), cutoff.unix_timestamp()).await?;
        let detail = format!("rows {} to {seq}; retention {} days", previous_anchor + 1, retention.days());
        tx.append(by, &AuditEvent::new("audit_pruned").detail(detail)).await?;
        tx.commit().await?;
        tracing::info!(removed, anchor = seq, "audit log pruned");
        Ok(PruneReport { cutoff, removed, anchor_seq: seq })
    }
}
