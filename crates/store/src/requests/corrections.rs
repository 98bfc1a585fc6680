//! Correction requests: she says what is wrong; whoever may edit her details (she herself, or
//! a leader she gave case-support consent to) corrects it through the ordinary edit form,
//! which is audited field by field, and closes the request as done, or declines it with a
//! note saying why.

use super::{open_text, seal_text, wrapped_key};
use crate::audit::AuditEvent;
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::{AccountId, MemberId, Sensitive};
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::Row as _;
use time::OffsetDateTime;

const TEXT: &str = "correction_text";
const NOTE: &str = "correction_note";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CorrectionStatus {
    Open,
    Done,
    Declined,
}

impl CorrectionStatus {
    pub fn code(self) -> &'static str {
        match self {
            CorrectionStatus::Open => "open",
            CorrectionStatus::Done => "done",
            CorrectionStatus::Declined => "declined",
        }
    }

    fn parse(code: &str) -> Result<Self, StoreError> {
        match code {
            "open" => Ok(CorrectionStatus::Open),
            "done" => Ok(CorrectionStatus::Done),
            "declined" => Ok(CorrectionStatus::Declined),
            other => Err(StoreError::Corrupt { table: "correction_requests", detail: format!("unknown status {other:?}") }),
        }
    }
}

/// How a request is closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CorrectionOutcome {
    Done,
    /// Needs a note: she is owed a reason.
    Declined,
}

/// One request, decrypted. `Debug` redacts the texts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CorrectionRequest {
    pub id: i64,
    pub member: MemberId,
    /// What she says is wrong.
    pub text: Sensitive<String>,
    pub status: CorrectionStatus,
    #[serde(with = "time::serde::rfc3339")]
    pub raised_at: OffsetDateTime,
    pub raised_by: Option<AccountId>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub closed_at: Option<OffsetDateTime>,
    pub closed_by: Option<AccountId>,
    pub note: Option<Sensitive<String>>,
}

/// An open request, without its text: enough to list what is waiting and for whom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpenCorrection {
    pub id: i64,
    pub member: MemberId,
    pub raised_at: OffsetDateTime,
}

impl Store {
    /// Records her request (`correction_requested`); returns its id.
    #[tracing::instrument(skip_all)]
    pub async fn request_correction(&self, by: &Accessor, member: MemberId, text: &Sensitive<String>) -> Result<i64, StoreError> {
        let mut tx = self.begin_audited().await?;
        let key = wrapped_key(tx.conn(), member).await?;
        let sealed = seal_text(&self.keys, &key, TEXT, text)?;
        let at = tx.at();
        let id: i64 = sqlx::query(
            "INSERT INTO correction_requests (member_id, text_ct, status, raised_at, raised_by) VALUES ($1, $2, 'open', $3, $4) RETURNING id",
        )
        .bind(member.0)
        .bind(sealed)
        .bind(at)
        .bind(by.account.map(|a| a.0))
        .fetch_one(tx.conn())
        .await?
        .try_get(0)?;
        tx.append(by, &AuditEvent::new("correction_requested").member(member).detail(format!("request={id}"))).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Her requests, newest first, decrypted. A reading by anyone but her is audited as
    /// `view_correction_requests`.
    #[tracing::instrument(skip_all)]
    pub async fn correction_requests(&self, by: &Accessor, member: MemberId) -> Result<Vec<CorrectionRequest>, StoreError> {
        let own = self.own_member(by).await? == Some(member);
        let mut tx = self.begin_audited().await?;
        let key = wrapped_key(tx.conn(), member).await?;
        let rows = sqlx::query(
            "SELECT id, member_id, text_ct, status, raised_at, raised_by, closed_at, closed_by, note_ct \
             FROM correction_requests WHERE member_id = $1 ORDER BY id DESC",
        )
        .bind(member.0)
        .fetch_all(tx.conn())
        .await?;
        let requests = rows.iter().map(|row| self.correction_row(&key, row)).collect::<Result<Vec<_>, _>>()?;
        if !own && !requests.is_empty() {
            tx.append(by, &AuditEvent::new("view_correction_requests").member(member)).await?;
        }
        tx.commit().await?;
        Ok(requests)
    }

    /// Every open request in the deployment, oldest first, without texts. Callers keep only
    /// those whose member the policy lets them edit.
    pub async fn open_correction_requests(&self) -> Result<Vec<OpenCorrection>, StoreError> {
        let rows = sqlx::query(
            "SELECT c.id, c.member_id, c.raised_at FROM correction_requests c JOIN members m ON m.id = c.member_id \
             WHERE c.status = 'open' AND m.erased_at IS NULL ORDER BY c.id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(OpenCorrection {
                    id: r.try_get(0)?,
                    member: MemberId(r.try_get(1)?),
                    raised_at: db::parse_time(r.try_get(2)?, "correction_requests")?,
                })
            })
            .collect()
    }

    /// Closes one of her open requests (`correction_done` / `correction_declined`).
    /// `NotFound` if it is not hers or not open; `Invalid` if declined without a note.
    #[tracing::instrument(skip_all)]
    pub async fn close_correction_request(
        &self,
        by: &Accessor,
        member: MemberId,
        request: i64,
        outcome: CorrectionOutcome,
        note: Option<&Sensitive<String>>,
    ) -> Result<(), StoreError> {
        let note = note.filter(|n| !dhruva_core::text::clean(n.expose()).is_ok_and(|t| t.is_empty()));
        if outcome == CorrectionOutcome::Declined && note.is_none() {
            return Err(StoreError::input("note", crate::error::InputProblem::Missing));
        }
        let mut tx = self.begin_audited().await?;
        let key = wrapped_key(tx.conn(), member).await?;
        let sealed = note.map(|n| seal_text(&self.keys, &key, NOTE, n)).transpose()?;
        let status = match outcome {
            CorrectionOutcome::Done => CorrectionStatus::Done,
            CorrectionOutcome::Declined => CorrectionStatus::Declined,
        };
        let at = tx.at();
        let updated = sqlx::query(
            "UPDATE correction_requests SET status = $1, closed_at = $2, closed_by = $3, note_ct = $4 \
             WHERE id = $5 AND member_id = $6 AND status = 'open'",
        )
        .bind(status.code())
        .bind(at)
        .bind(by.account.map(|a| a.0))
        .bind(sealed)
        .bind(request)
        .bind(member.0)
        .execute(tx.conn())
        .await?;
        if updated.rows_affected() == 0 {
            return Err(StoreError::NotFound("correction request"));
        }
        let event = AuditEvent::new(&format!("correction_{}", status.code())).member(member).detail(format!("request={request}"));
        tx.append(by, &event).await?;
        tx.commit().await
    }

    fn correction_row(&self, key: &[u8], row: &AnyRow) -> Result<CorrectionRequest, StoreError> {
        let time = |i: usize| -> Result<Option<OffsetDateTime>, StoreError> {
            row.try_get::<Option<i64>, _>(i)?.map(|t| db::parse_time(t, "correction_requests")).transpose()
        };
        Ok(CorrectionRequest {
            id: row.try_get(0)?,
            member: MemberId(row.try_get(1)?),
            text: open_text(&self.keys, key, TEXT, &row.try_get::<Vec<u8>, _>(2)?)?,
            status: CorrectionStatus::parse(&row.try_get::<String, _>(3)?)?,
            raised_at: db::parse_time(row.try_get(4)?, "correction_requests")?,
            raised_by: row.try_get::<Option<i64>, _>(5)?.map(AccountId),
            closed_at: time(6)?,
            closed_by: row.try_get::<Option<i64>, _>(7)?.map(AccountId),
            note: row.try_get::<Option<Vec<u8>>, _>(8)?.map(|ct| open_text(&self.keys, key, NOTE, &ct)).transpose()?,
        })
    }
}
