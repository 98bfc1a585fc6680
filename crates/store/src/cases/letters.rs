//! The correspondence log: letters, applications, visits, calls and RTI requests, each with
//! up to four sealed files. An entry and its files are written in one transaction, after every
//! file has been checked, so a bad file leaves nothing half-written.

use super::attachments::{self, aad};
use super::open::missing_reference;
use super::read::CaseRow;
use super::seal::{field, open_text, seal_text};
use super::{Attachment, Authority, CaseError, NewCorrespondence};
use crate::audit::AuditEvent;
use crate::error::InputProblem;
use crate::{db, guardians, Accessor, Store, StoreError};
use dhruva_core::{CaseId, CorrespondenceId, MemberId, Sensitive};
use sqlx::Row as _;

impl Store {
    /// Records one entry with its files (checked by size, count and first bytes first).
    #[tracing::instrument(skip_all)]
    pub async fn record_correspondence(&self, by: &Accessor, id: CaseId, c: &NewCorrespondence) -> Result<CorrespondenceId, StoreError> {
        let types = attachments::check_all(&c.attachments)?;
        if c.on > self.latest_allowed_date() {
            return Err(CaseError::DateInFuture.into());
        }
        match dhruva_core::text::clean(c.summary.expose()) {
            Ok(s) if s.is_empty() => return Err(StoreError::input("summary", InputProblem::Missing)),
            Ok(s) if s.chars().count() > super::MAX_SUMMARY_CHARS => {
                return Err(StoreError::input("summary", InputProblem::TooLong { max: super::MAX_SUMMARY_CHARS }))
            }
            Ok(_) => {}
            Err(_) => return Err(StoreError::input("summary", InputProblem::Missing)),
        }
        let mut tx = self.begin_audited().await?;
        let case = CaseRow::load(tx.conn(), id).await?.ok_or(StoreError::NotFound("case"))?;
        let authority_id = match &c.authority {
            Authority::Registry(i) => Some(i.0),
            _ => None,
        };
        let row = sqlx::query(
            "INSERT INTO case_correspondence (case_id, on_date, direction, medium, authority_id, summary_ct, recorded_by, recorded_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(id.0)
        .bind(db::date_text(c.on))
        .bind(c.direction.code())
        .bind(c.medium.code())
        .bind(authority_id)
        .bind(Vec::<u8>::new())
        .bind(by.account.map(|a| a.0))
        .bind(tx.at())
        .fetch_one(tx.conn())
        .await
        .map_err(missing_reference)?;
        let entry: i64 = row.try_get(0)?;
        let key = guardians::data_key(tx.conn(), case.member).await?;
        let summary = seal_text(&self.keys, &key, &field("case_correspondence", entry, "summary"), c.summary.expose().trim())?;
        let name = match &c.authority {
            Authority::Named(n) if !n.expose().trim().is_empty() => {
                Some(seal_text(&self.keys, &key, &field("case_correspondence", entry, "authority_name"), n.expose().trim())?)
            }
            _ => None,
        };
        sqlx::query("UPDATE case_correspondence SET summary_ct = $1, authority_name_ct = $2 WHERE id = $3")
            .bind(summary)
            .bind(name)
            .bind(entry)
            .execute(tx.conn())
            .await?;
        for (file, media_type) in c.attachments.iter().zip(types) {
            let token = attachments::new_token();
            let bytes = self.keys.seal(&key, &aad(id.0, &token, "bytes"), file.bytes.expose())?;
            let file_name = seal_text(&self.keys, &key, &aad(id.0, &token, "file_name"), file.file_name.expose().trim())?;
            sqlx::query(
                "INSERT INTO case_attachments (token, correspondence_id, case_id, member_id, media_type, size, file_name_ct, bytes_ct, recorded_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(&token)
            .bind(entry)
            .bind(id.0)
            .bind(case.member.0)
            .bind(media_type)
            .bind(i64::try_from(file.bytes.expose().len()).unwrap_or(i64::MAX))
            .bind(file_name)
            .bind(bytes)
            .bind(tx.at())
            .execute(tx.conn())
            .await?;
        }
        let detail = format!("case={};correspondence={entry};attachments={}", id.0, c.attachments.len());
        tx.append(by, &AuditEvent::new("case_correspondence_recorded").member(case.member).collective(case.collective).detail(detail)).await?;
        tx.commit().await?;
        Ok(CorrespondenceId(entry))
    }

    /// Whose attachment a token names, without decrypting anything: for the policy. A token
    /// that is not 32 lower-case hex characters names nothing.
    pub async fn attachment_owner(&self, token: &str) -> Result<Option<(CaseId, MemberId)>, StoreError> {
        if !attachments::is_token(token) {
            return Ok(None);
        }
        let row = sqlx::query("SELECT case_id, member_id FROM case_attachments WHERE token = $1").bind(token).fetch_optional(&self.pool).await?;
        row.map(|r| Ok((CaseId(r.try_get(0)?), MemberId(r.try_get(1)?)))).transpose()
    }

    /// The file, decrypted. Audited (`view_cases`) unless she opens her own.
    #[tracing::instrument(skip_all)]
    pub async fn attachment(&self, by: &Accessor, token: &str) -> Result<Option<Attachment>, StoreError> {
        if !attachments::is_token(token) {
            return Ok(None);
        }
        let mut conn = self.pool.acquire().await?;
        let row = sqlx::query(
            "SELECT a.case_id, a.member_id, a.media_type, a.file_name_ct, a.bytes_ct, c.collective_id FROM case_attachments a \
             JOIN cases c ON c.id = a.case_id WHERE a.token = $1",
        )
        .bind(token)
        .fetch_optional(&mut *conn)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let (case, member) = (CaseId(row.try_get(0)?), MemberId(row.try_get(1)?));
        let key = guardians::data_key(&mut conn, member).await?;
        drop(conn);
        let file_name = open_text(&self.keys, &key, &aad(case.0, token, "file_name"), &row.try_get::<Vec<u8>, _>(3)?)?;
        let bytes = self.keys.open(&key, &aad(case.0, token, "bytes"), &row.try_get::<Vec<u8>, _>(4)?)?;
        let collective = dhruva_core::CollectiveId(row.try_get(5)?);
        self.audit_case_read(by, member, collective, &format!("case={};attachment", case.0)).await?;
        Ok(Some(Attachment { case, member, media_type: row.try_get(2)?, file_name, bytes: Sensitive::new(bytes.into_inner()) }))
    }
}
