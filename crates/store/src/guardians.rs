//! Members under 18 and their guardians' consent.
//!
//! The rule is `dhruva_core::minors`; this module gives it the facts inside the very
//! transaction that writes, so no path (a page, the API, the demo) can store a minor's
//! details or consents before her guardian's consent is recorded. The guardian's name is
//! sealed under her data key, like her own fields, so erasing her erases it too.

use crate::audit::AuditEvent;
use crate::members::NewMember;
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::minors::{first_refused, may_be_minor, GuardianRelation, GuardianVerification, Holding, MinorStatus};
use dhruva_core::registry::{MemberPersonal, MemberSummary};
use dhruva_core::{AccountId, MemberId, Sensitive};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row as _};
use time::{Date, OffsetDateTime};

/// Associated data of the sealed guardian's name: it can never pass for another field.
const GUARDIAN_NAME: &str = "guardian_name";

/// A guardian's consent as recorded by a leader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuardianConsent {
    pub name: Sensitive<String>,
    pub relation: GuardianRelation,
    pub verification: GuardianVerification,
}

/// One recorded guardian's consent, and its withdrawal if withdrawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuardianRecord {
    pub id: i64,
    pub name: Sensitive<String>,
    pub relation: GuardianRelation,
    pub verification: GuardianVerification,
    pub recorded_at: OffsetDateTime,
    pub recorded_by: Option<AccountId>,
    pub withdrawn_at: Option<OffsetDateTime>,
    pub withdrawn_by: Option<AccountId>,
}

impl Store {
    /// Registers a member known to be under 18: only her code, name and membership are kept
    /// until her guardian's consent is recorded (`GuardianConsentNeeded` for anything more).
    #[tracing::instrument(skip_all)]
    pub async fn create_member_under_18(&self, by: &Accessor, new: NewMember) -> Result<MemberSummary, StoreError> {
        self.insert_member(by, new, true).await
    }

    /// Whether she is registered as under 18, and whether a guardian has consented.
    pub async fn minor_status(&self, member: MemberId) -> Result<MinorStatus, StoreError> {
        let mut conn = self.pool.acquire().await?;
        status_in(&mut conn, member).await
    }

    /// Marks her as under 18 (or, once she is 18, no longer). Setting what is already set
    /// records nothing. Marked under 18 without a guardian's consent, her consents are
    /// withdrawn in the same transaction: they were given as an adult's, and nothing beyond
    /// the minimum may rest on them now.
    pub async fn set_needs_guardian(&self, by: &Accessor, member: MemberId, needs: bool) -> Result<(), StoreError> {
        let mut tx = self.begin_audited().await?;
        let updated = sqlx::query("UPDATE members SET needs_guardian = $1 WHERE id = $2 AND needs_guardian <> $1")
            .bind(i64::from(needs))
            .bind(member.0)
            .execute(tx.conn())
            .await?;
        if updated.rows_affected() == 0 {
            require_member(tx.conn(), member).await?;
            return Ok(());
        }
        let action = if needs { "member_marked_under_18" } else { "member_marked_adult" };
        tx.append(by, &AuditEvent::new(action).member(member)).await?;
        if needs && !status_in(tx.conn(), member).await?.guardian_consented {
            let at = tx.at();
            for purpose in crate::consent::withdraw_all_in(tx.conn(), by, member, at).await? {
                tx.append(by, &AuditEvent::new("consent_withdrawn").member(member).detail(format!("purpose={purpose}"))).await?;
            }
        }
        tx.commit().await
    }

    /// Records a guardian's consent. `Duplicate` if one is already current: withdraw it first.
    #[tracing::instrument(skip_all)]
    pub async fn record_guardian_consent(&self, by: &Accessor, member: MemberId, consent: &GuardianConsent) -> Result<(), StoreError> {
        let name = crate::error::kept_text(consent.name.expose(), "name", 200, true)?;
        let mut tx = self.begin_audited().await?;
        let key = data_key(tx.conn(), member).await?;
        let sealed = self.keys.seal(&key, GUARDIAN_NAME, name.as_bytes())?;
        let at = tx.at();
        sqlx::query(
            "INSERT INTO guardian_consents (member_id, guardian_name_ct, relation, verification, recorded_at, recorded_by) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(member.0)
        .bind(sealed)
        .bind(consent.relation.code())
        .bind(consent.verification.code())
        .bind(at)
        .bind(by.account.map(|a| a.0))
        .execute(tx.conn())
        .await
        .map_err(|e| if db::violates_unique(&e, "") { StoreError::Duplicate("guardian's consent") } else { e.into() })?;
        let detail = format!("relation={};verification={}", consent.relation.code(), consent.verification.code());
        tx.append(by, &AuditEvent::new("guardian_consent_recorded").member(member).detail(detail)).await?;
        tx.commit().await
    }

    /// Withdraws the guardian's consent. Her consents rested on it, so they are withdrawn in
    /// the same transaction; her details stay until corrected or erased.
    pub async fn withdraw_guardian_consent(&self, by: &Accessor, member: MemberId) -> Result<(), StoreError> {
        let mut tx = self.begin_audited().await?;
        let at = tx.at();
        let updated = sqlx::query("UPDATE guardian_consents SET withdrawn_at = $1, withdrawn_by = $2 WHERE member_id = $3 AND withdrawn_at IS NULL")
            .bind(at)
            .bind(by.account.map(|a| a.0))
            .bind(member.0)
            .execute(tx.conn())
            .await?;
        if updated.rows_affected() == 0 {
            return Ok(());
        }
        tx.append(by, &AuditEvent::new("guardian_consent_withdrawn").member(member)).await?;
        let purposes = crate::consent::withdraw_all_in(tx.conn(), by, member, at).await?;
        for purpose in purposes {
            tx.append(by, &AuditEvent::new("consent_withdrawn").member(member).detail(format!("purpose={purpose}"))).await?;
        }
        tx.commit().await
    }

    /// Every guardian's consent recorded for her, oldest first, with the guardian's name.
    /// A read by anyone but herself is audited as `view_guardian_consent`.
    #[tracing::instrument(skip_all)]
    pub async fn guardian_consents(&self, by: &Accessor, member: MemberId) -> Result<Vec<GuardianRecord>, StoreError> {
        if self.reads_own(by, member).await? {
            let mut conn = self.pool.acquire().await?;
            let rows = guardian_rows(&mut conn, member).await?;
            return rows.iter().map(|r| self.guardian_row(r)).collect();
        }
        let mut tx = self.begin_audited().await?;
        let rows = guardian_rows(tx.conn(), member).await?;
        let records = rows.iter().map(|r| self.guardian_row(r)).collect::<Result<Vec<_>, _>>()?;
        if !records.is_empty() {
            tx.append(by, &AuditEvent::new("view_guardian_consent").member(member)).await?;
            tx.commit().await?;
        }
        Ok(records)
    }

    fn guardian_row(&self, row: &AnyRow) -> Result<GuardianRecord, StoreError> {
        let corrupt = |detail: String| StoreError::Corrupt { table: "guardian_consents", detail };
        let key: Vec<u8> = row.try_get(8)?;
        let name = self.keys.open(&key, GUARDIAN_NAME, &row.try_get::<Vec<u8>, _>(1)?)?.into_inner();
        let relation: String = row.try_get(2)?;
        let verification: String = row.try_get(3)?;
        Ok(GuardianRecord {
            id: row.try_get(0)?,
            name: Sensitive::new(String::from_utf8(name).map_err(|_| corrupt("a guardian's name is not text".to_owned()))?),
            relation: GuardianRelation::from_code(&relation).ok_or_else(|| corrupt(format!("unknown relation {relation:?}")))?,
            verification: GuardianVerification::from_code(&verification).ok_or_else(|| corrupt(format!("unknown verification {verification:?}")))?,
            recorded_at: db::parse_time(row.try_get(4)?, "guardian_consents")?,
            recorded_by: row.try_get::<Option<i64>, _>(5)?.map(AccountId),
            withdrawn_at: row.try_get::<Option<i64>, _>(6)?.map(|t| db::parse_time(t, "guardian_consents")).transpose()?,
            withdrawn_by: row.try_get::<Option<i64>, _>(7)?.map(AccountId),
        })
    }
}

async fn guardian_rows(conn: &mut AnyConnection, member: MemberId) -> Result<Vec<AnyRow>, StoreError> {
    Ok(sqlx::query(
        "SELECT g.id, g.guardian_name_ct, g.relation, g.verification, g.recorded_at, g.recorded_by, g.withdrawn_at, \
         g.withdrawn_by, k.wrapped_key FROM guardian_consents g JOIN member_keys k ON k.member_id = g.member_id \
         WHERE g.member_id = $1 ORDER BY g.recorded_at, g.id",
    )
    .bind(member.0)
    .fetch_all(conn)
    .await?)
}

/// Whether a new member with these fields counts as under 18 (from her year of birth).
pub(crate) fn minor_by_birth_year(personal: &MemberPersonal, today: Date) -> bool {
    personal.birth_year.as_ref().is_some_and(|y| may_be_minor(*y.expose(), today))
}

/// The details beyond the minimum that these fields would store.
fn holdings(personal: &MemberPersonal, only: Option<&[&str]>) -> Vec<Holding> {
    let wanted = |field: &str| only.is_none_or(|fields| fields.contains(&field));
    let mut held = Vec::new();
    if personal.phone.is_some() && wanted("phone") {
        held.push(Holding::Phone);
    }
    if personal.birth_year.is_some() && wanted("birth_year") {
        held.push(Holding::BirthYear);
    }
    if personal.notes.is_some() && wanted("notes") {
        held.push(Holding::Notes);
    }
    held
}

/// Refuses a new member's details beyond the minimum when she needs a guardian (none can
/// have consented yet: she does not exist).
pub(crate) fn check_new(needs_guardian: bool, personal: &MemberPersonal) -> Result<(), StoreError> {
    let status = MinorStatus { needs_guardian, guardian_consented: false };
    first_refused(status, &holdings(personal, None)).map_or(Ok(()), |e| Err(e.into()))
}

/// Refuses changed details beyond the minimum for a minor without a guardian's consent. A
/// year of birth that shows her to be under 18 counts even before anyone marked her.
pub(crate) async fn check_update(
    conn: &mut AnyConnection,
    member: MemberId,
    personal: &MemberPersonal,
    changed: &[&str],
    today: Date,
) -> Result<(), StoreError> {
    let mut status = status_in(conn, member).await?;
    status.needs_guardian |= minor_by_birth_year(personal, today);
    first_refused(status, &holdings(personal, Some(changed))).map_or(Ok(()), |e| Err(e.into()))
}

/// Her status as seen inside a transaction.
pub(crate) async fn status_in(conn: &mut AnyConnection, member: MemberId) -> Result<MinorStatus, StoreError> {
    let row = sqlx::query(
        "SELECT m.needs_guardian, (SELECT COUNT(*) FROM guardian_consents g WHERE g.member_id = m.id AND g.withdrawn_at IS NULL) \
         FROM members m WHERE m.id = $1",
    )
    .bind(member.0)
    .fetch_optional(conn)
    .await?
    .ok_or(StoreError::NotFound("member"))?;
    Ok(MinorStatus { needs_guardian: row.try_get::<i64, _>(0)? != 0, guardian_consented: row.try_get::<i64, _>(1)? > 0 })
}

/// Her wrapped data key, to seal something about her.
pub(crate) async fn data_key(conn: &mut AnyConnection, member: MemberId) -> Result<Vec<u8>, StoreError> {
    let row = sqlx::query("SELECT wrapped_key FROM member_keys WHERE member_id = $1")
        .bind(member.0)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound("member"))?;
    Ok(row.try_get(0)?)
}

async fn require_member(conn: &mut AnyConnection, member: MemberId) -> Result<(), StoreError> {
    let found = sqlx::query("SELECT id FROM members WHERE id = $1").bind(member.0).fetch_optional(conn).await?;
    found.map(|_| ()).ok_or(StoreError::NotFound("member"))
}
