//! A grant someone else recorded waits for her: she confirms or refuses it in the app, or —
//! when she has no account to do so — a second office holder of her collective confirms it
//! with her in person, with a witness. Until then it is not a consent at all.
//!
//! Which office holder may act is the policy's (`ConfirmConsentAsSecondOfficer`); that it is
//! not the one who recorded the grant, and that she has no account, are checked here, in the
//! confirming transaction.

use crate::audit::{AuditEvent, AuditedTx};
use crate::{guardians, Accessor, Store, StoreError};
use dhruva_core::consent::Purpose;
use dhruva_core::{MemberId, Sensitive};
use sqlx::Row as _;

/// Associated data of the sealed name of whoever witnessed a second office holder's confirmation.
pub(super) const CONFIRM_WITNESS: &str = "consent_confirm_witness";

/// Where a grant stands. Withdrawal is separate (`withdrawn_at`), as before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConsentState {
    /// Recorded by someone else; waits for her (or a second office holder).
    Pending,
    /// Hers: given by her, or confirmed.
    Granted,
    /// She said no to what someone else recorded.
    Refused,
}

impl ConsentState {
    pub fn code(self) -> &'static str {
        match self {
            ConsentState::Pending => "pending",
            ConsentState::Granted => "granted",
            ConsentState::Refused => "refused",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [ConsentState::Pending, ConsentState::Granted, ConsentState::Refused].into_iter().find(|s| s.code() == code)
    }
}

/// Her tapping "agree" on a purpose someone recorded for her confirms that record (it is the
/// same agreement), inside the caller's transaction. Returns whether there was one.
pub(super) async fn confirm_own_pending_in(tx: &mut AuditedTx, by: &Accessor, member: MemberId, purpose: Purpose) -> Result<bool, StoreError> {
    let at = tx.at();
    let updated = sqlx::query(
        "UPDATE consents SET state = 'granted', decided_at = $1, decided_by = $2, told_at = COALESCE(told_at, $1) \
         WHERE member_id = $3 AND purpose = $4 AND state = 'pending' AND withdrawn_at IS NULL",
    )
    .bind(at)
    .bind(by.account.map(|a| a.0))
    .bind(member.0)
    .bind(purpose.code())
    .execute(tx.conn())
    .await?;
    if updated.rows_affected() == 0 {
        return Ok(false);
    }
    let detail = format!("purpose={};by=herself", purpose.code());
    tx.append(by, &AuditEvent::new("consent_confirmed").member(member).detail(detail)).await?;
    Ok(true)
}

impl Store {
    /// She confirms a grant recorded for her: from now on it is one of her consents.
    /// `NotFound` unless `by` is she and the grant is hers and pending.
    pub async fn confirm_consent(&self, by: &Accessor, member: MemberId, id: i64) -> Result<(), StoreError> {
        self.decide_own(by, member, id, ConsentState::Granted).await
    }

    /// She refuses a grant recorded for her: it never takes effect, and stays in her history.
    pub async fn refuse_consent(&self, by: &Accessor, member: MemberId, id: i64) -> Result<(), StoreError> {
        self.decide_own(by, member, id, ConsentState::Refused).await
    }

    async fn decide_own(&self, by: &Accessor, member: MemberId, id: i64, to: ConsentState) -> Result<(), StoreError> {
        if !self.reads_own(by, member).await? {
            return Err(StoreError::NotFound("consent"));
        }
        let mut tx = self.begin_audited().await?;
        let purpose = pending_purpose(&mut tx, member, id).await?;
        let at = tx.at();
        // A refusal closes the row too, so the purpose can be recorded again another day.
        let closed = (to == ConsentState::Refused).then_some(at);
        sqlx::query(
            "UPDATE consents SET state = $1, decided_at = $2, decided_by = $3, told_at = COALESCE(told_at, $2), \
             withdrawn_at = $4, withdrawn_by = CASE WHEN $4 IS NULL THEN NULL ELSE $3 END \
             WHERE id = $5 AND state = 'pending' AND withdrawn_at IS NULL",
        )
        .bind(to.code())
        .bind(at)
        .bind(by.account.map(|a| a.0))
        .bind(closed)
        .bind(id)
        .execute(tx.conn())
        .await?;
        let action = if to == ConsentState::Granted { "consent_confirmed" } else { "consent_refused" };
        let detail = format!("purpose={};by=herself", purpose.code());
        tx.append(by, &AuditEvent::new(action).member(member).detail(detail)).await?;
        tx.commit().await
    }

    /// A second office holder confirms, with her in person, a grant another recorded for a
    /// member who has no account to confirm it herself; the witness's name is sealed under
    /// her data key. `Invalid` if `by` recorded it, if she has an account (then only she
    /// confirms), or without a witness; `NotFound` unless it is hers and pending.
    #[tracing::instrument(skip_all)]
    pub async fn confirm_consent_as_second_officer(
        &self,
        by: &Accessor,
        member: MemberId,
        id: i64,
        witness: &Sensitive<String>,
    ) -> Result<(), StoreError> {
        let witness = crate::error::kept_text(witness.expose(), "witness", 200, true)?;
        let witness = witness.as_str();
        let Some(account) = by.account else { return Err(StoreError::Invalid("an office holder's account confirms".to_owned())) };
        let mut tx = self.begin_audited().await?;
        let purpose = pending_purpose(&mut tx, member, id).await?;
        let recorded_by: Option<i64> =
            sqlx::query("SELECT granted_by FROM consents WHERE id = $1").bind(id).fetch_one(tx.conn()).await?.try_get(0)?;
        if recorded_by == Some(account.0) {
            return Err(StoreError::Invalid("the office holder who recorded a consent cannot also confirm it".to_owned()));
        }
        let accounts: i64 = sqlx::query("SELECT COUNT(*) FROM accounts WHERE member_id = $1 AND disabled = 0")
            .bind(member.0)
            .fetch_one(tx.conn())
            .await?
            .try_get(0)?;
        if accounts > 0 {
            return Err(StoreError::Invalid("she has an account: she confirms it herself".to_owned()));
        }
        let sealed = self.keys.seal(&guardians::data_key(tx.conn(), member).await?, CONFIRM_WITNESS, witness.as_bytes())?;
        let at = tx.at();
        sqlx::query(
            "UPDATE consents SET state = 'granted', decided_at = $1, decided_by = $2, decided_witness_ct = $3 \
             WHERE id = $4 AND state = 'pending' AND withdrawn_at IS NULL",
        )
        .bind(at)
        .bind(account.0)
        .bind(sealed)
        .bind(id)
        .execute(tx.conn())
        .await?;
        let detail = format!("purpose={};by=second_officer;witnessed", purpose.code());
        tx.append(by, &AuditEvent::new("consent_confirmed").member(member).detail(detail)).await?;
        tx.commit().await
    }

    /// How many records of her consents she has not yet been shown (someone else recorded
    /// them): the notice on her home page.
    pub async fn untold_consents(&self, member: MemberId) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) FROM consents WHERE member_id = $1 AND told_at IS NULL").bind(member.0).fetch_one(&self.pool).await?;
        Ok(row.try_get(0)?)
    }

    /// She has seen her consent page: every record on it has now been shown to her. Only she
    /// marks them (anyone else's read changes nothing).
    pub async fn mark_consents_told(&self, by: &Accessor, member: MemberId) -> Result<(), StoreError> {
        if !self.reads_own(by, member).await? {
            return Ok(());
        }
        sqlx::query("UPDATE consents SET told_at = $1 WHERE member_id = $2 AND told_at IS NULL")
            .bind(crate::db::now_unix())
            .bind(member.0)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Whether she has an account she can sign in with (then only she confirms grants).
    pub async fn member_has_account(&self, member: MemberId) -> Result<bool, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) FROM accounts WHERE member_id = $1 AND disabled = 0").bind(member.0).fetch_one(&self.pool).await?;
        Ok(row.try_get::<i64, _>(0)? > 0)
    }
}

/// The purpose of her pending grant `id`; `NotFound` for anyone else's, or one not pending.
async fn pending_purpose(tx: &mut AuditedTx, member: MemberId, id: i64) -> Result<Purpose, StoreError> {
    let row = sqlx::query("SELECT purpose FROM consents WHERE id = $1 AND member_id = $2 AND state = 'pending' AND withdrawn_at IS NULL")
        .bind(id)
        .bind(member.0)
        .fetch_optional(tx.conn())
        .await?
        .ok_or(StoreError::NotFound("consent"))?;
    super::purpose(&row.try_get::<String, _>(0)?)
}
