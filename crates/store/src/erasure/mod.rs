//! Erasure: her personal data deleted and her data key destroyed, so that every encrypted
//! copy of her data — in the database, its logs, any backup — becomes unreadable; and an
//! append-only ledger so that restoring an older backup does not bring her back.
//!
//! What remains is a tombstone that cannot identify her, even in a collective of twenty
//! where everyone knows everyone:
//! - her member id (the audit log refers to it; ids are never reused), a fresh random code
//!   (the old one may be written in the collective's paper registers), the year she was
//!   registered, and when she was erased;
//! - her open memberships, so the collectives' counts stay true, with the joining date cut
//!   to the year and no office (a collective has one president);
//! - her account row, disabled, with a random username, no password, roles, sessions or
//!   tokens (the audit log names the account).
//!
//! Gone: her data key, her name, phone, birth year and notes, the phone's blind index, her
//! languages (one Telugu speaker in a Bengali collective is identified by it), minor status,
//! ended memberships, consent history (with witnesses), guardian consent, mentor
//! assignments, correction requests, grievances, her score card ratings, her cases with
//! everything under them (history, hearings, deadlines, letters, attached files, the sealed
//! amounts for the figures) and her account's in-app reminders. The hash-chained audit log is not
//! touched: it holds ids and codes of events, never values, and it is the record that the
//! erasure happened.

mod ledger;
mod scrub;
mod tombstone;

pub use ledger::{ErasureLedger, LEDGER_FILE};
pub use tombstone::Removed;

use crate::audit::AuditEvent;
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::MemberId;
use serde::Serialize;
use sqlx::Row as _;
use std::collections::HashSet;
use time::OffsetDateTime;

/// One line of the ledger: who was erased and when. Nothing personal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ErasureEntry {
    pub member: MemberId,
    #[serde(with = "time::serde::rfc3339")]
    pub erased_at: OffsetDateTime,
}

/// What an erasure did, in counts: for the person who asked, and the operator's terminal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ErasureReceipt {
    pub member: MemberId,
    #[serde(with = "time::serde::rfc3339")]
    pub erased_at: OffsetDateTime,
    /// What went: her account (now disabled for good) and counts of the rows deleted.
    #[serde(flatten)]
    pub removed: Removed,
}

fn no_ledger() -> StoreError {
    StoreError::Ledger("no erasure ledger is attached, so an erasure could not survive restoring a backup; refusing to erase".to_owned())
}

impl Store {
    /// Attaches the ledger (keying its MACs with a subkey of this store's master key).
    /// `serve`, `restore` and `TestDb` do this; without one, erasure is refused.
    pub fn with_erasure_ledger(mut self, ledger: ErasureLedger) -> Store {
        ledger.set_key(self.keys.subkey(ledger::MAC_LABEL));
        self.ledger = Some(ledger);
        self
    }

    pub fn erasure_ledger(&self) -> Option<&ErasureLedger> {
        self.ledger.as_ref()
    }

    /// Erases her (see the module documentation), records `member_erased` in the audit log
    /// and appends her to the ledger — on disk before the transaction commits, so a committed
    /// erasure is never missing from it. `NotFound` if there is no such member or she is
    /// already erased.
    #[tracing::instrument(skip_all)]
    pub async fn erase_member(&self, by: &Accessor, member: MemberId) -> Result<ErasureReceipt, StoreError> {
        let ledger = self.ledger.as_ref().ok_or_else(no_ledger)?;
        let receipt = self.erase_in_transaction(by, member, None, Some(ledger)).await?;
        scrub::after_erasure(self).await;
        Ok(receipt)
    }

    /// Erases again every member the ledger names who is present and not erased (a backup
    /// from before her erasure was restored, or the process stopped between the ledger's
    /// fsync and the commit). Then writes into the ledger any erasure the database records
    /// but the ledger lacks (a ledger lost or cut short). Returns how many were erased again.
    /// Fails, erasing nothing, if the ledger has been tampered with.
    #[tracing::instrument(skip_all)]
    pub async fn replay_erasures(&self) -> Result<usize, StoreError> {
        let ledger = self.ledger.as_ref().ok_or_else(no_ledger)?;
        let entries = ledger.entries()?;
        let rows = sqlx::query("SELECT id, erased_at FROM members WHERE erased_at IS NOT NULL ORDER BY erased_at, id").fetch_all(&self.pool).await?;
        let mut tombstones = Vec::with_capacity(rows.len());
        for row in rows {
            tombstones.push(ErasureEntry { member: MemberId(row.try_get(0)?), erased_at: db::parse_time(row.try_get(1)?, "members")? });
        }
        let already: HashSet<MemberId> = tombstones.iter().map(|t| t.member).collect();

        let mut erased = 0;
        let replayer = Accessor::cli();
        for entry in entries.iter().filter(|e| !already.contains(&e.member)) {
            let mut conn = self.pool.acquire().await?;
            let present = tombstone::is_erased(&mut conn, entry.member).await? == Some(false);
            drop(conn);
            if !present {
                continue;
            }
            match self.erase_in_transaction(&replayer, entry.member, Some(entry.erased_at), None).await {
                Ok(_) => erased += 1,
                // Erased by someone else in between: what was wanted is done.
                Err(StoreError::NotFound(_)) => {}
                Err(e) => return Err(e),
            }
        }

        let named: HashSet<MemberId> = entries.iter().map(|e| e.member).collect();
        let mut healed = 0;
        for tombstone in tombstones.into_iter().filter(|t| !named.contains(&t.member)) {
            ledger.append(tombstone).await?;
            healed += 1;
        }
        if healed > 0 {
            tracing::warn!(healed, "the erasure ledger lacked erasures the database records (lost or cut short); they were written back");
        }
        if erased > 0 {
            tracing::warn!(erased, "members named in the erasure ledger were present again and have been erased again");
            scrub::after_erasure(self).await;
        }
        Ok(erased)
    }

    /// One erasure in one audited transaction. `replayed_at` is the original erasure's time
    /// when replaying; `ledger` is where to record it (none when replaying: it is there).
    async fn erase_in_transaction(
        &self,
        by: &Accessor,
        member: MemberId,
        replayed_at: Option<OffsetDateTime>,
        ledger: Option<&ErasureLedger>,
    ) -> Result<ErasureReceipt, StoreError> {
        let mut tx = self.begin_audited().await?;
        if tombstone::is_erased(tx.conn(), member).await? != Some(false) {
            return Err(StoreError::NotFound("member"));
        }
        let at = replayed_at.map_or(tx.at(), OffsetDateTime::unix_timestamp);
        let erased_at = db::parse_time(at, "members")?;
        // Before her cases go: their tokens are what the release records know her claims by.
        crate::cases::releases::forget_member_in_releases(tx.conn(), self, member).await?;
        let removed = tombstone::erase_rows(tx.conn(), member, at).await?;
        let mut event = AuditEvent::new("member_erased").member(member);
        if let Some(account) = removed.account {
            event = event.account(account);
        }
        let detail = if replayed_at.is_some() { format!("{};replayed_from_ledger", removed.detail()) } else { removed.detail() };
        tx.append(by, &event.detail(detail)).await?;
        if let Some(ledger) = ledger {
            ledger.append(ErasureEntry { member, erased_at }).await?;
        }
        tx.commit().await?;
        Ok(ErasureReceipt { member, erased_at, removed })
    }
}
