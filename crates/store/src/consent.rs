//! Consent as dated history: a grant and its withdrawal are rows, never overwritten.

use crate::audit::AuditEvent;
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::consent::{ConsentSet, Purpose};
use dhruva_core::{AccountId, MemberId};
use sqlx::any::AnyRow;
use sqlx::{AnyPool, Row as _};
use std::collections::HashMap;
use time::OffsetDateTime;

/// How she gave consent.
pub const METHODS: &[&str] = &["in_app", "verbal", "paper"];

/// One grant of consent, and its withdrawal if it has been withdrawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentRecord {
    pub purpose: Purpose,
    pub method: String,
    pub granted_at: OffsetDateTime,
    pub granted_by: Option<AccountId>,
    pub withdrawn_at: Option<OffsetDateTime>,
    pub withdrawn_by: Option<AccountId>,
}

impl Store {
    /// Records that she granted `purpose` (`method`: "in_app", "verbal", "paper").
    /// Granting what is already granted changes nothing.
    pub async fn grant_consent(&self, by: &Accessor, member: MemberId, purpose: Purpose, method: &str) -> Result<(), StoreError> {
        if !METHODS.contains(&method) {
            return Err(StoreError::Invalid(format!("consent is given {}", METHODS.join(", "))));
        }
        let mut tx = self.begin_audited().await?;
        let found = sqlx::query("SELECT id FROM members WHERE id = $1").bind(member.0).fetch_optional(tx.conn()).await?;
        if found.is_none() {
            return Err(StoreError::NotFound("member"));
        }
        let at = tx.at();
        let inserted = sqlx::query(
            "INSERT INTO consents (member_id, purpose, method, granted_at, granted_by) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT DO NOTHING RETURNING id",
        )
        .bind(member.0)
        .bind(purpose.code())
        .bind(method)
        .bind(at)
        .bind(by.account.map(|a| a.0))
        .fetch_optional(tx.conn())
        .await?;
        if inserted.is_none() {
            return Ok(());
        }
        let detail = format!("purpose={};method={method}", purpose.code());
        tx.append(by, &AuditEvent::new("consent_granted").member(member).detail(detail)).await?;
        tx.commit().await
    }

    /// Withdraws a current grant; takes effect on the next request.
    pub async fn withdraw_consent(&self, by: &Accessor, member: MemberId, purpose: Purpose) -> Result<(), StoreError> {
        let mut tx = self.begin_audited().await?;
        let at = tx.at();
        let updated = sqlx::query(
            "UPDATE consents SET withdrawn_at = $1, withdrawn_by = $2 \
             WHERE member_id = $3 AND purpose = $4 AND withdrawn_at IS NULL",
        )
        .bind(at)
        .bind(by.account.map(|a| a.0))
        .bind(member.0)
        .bind(purpose.code())
        .execute(tx.conn())
        .await?;
        if updated.rows_affected() == 0 {
            return Ok(());
        }
        let detail = format!("purpose={}", purpose.code());
        tx.append(by, &AuditEvent::new("consent_withdrawn").member(member).detail(detail)).await?;
        tx.commit().await
    }

    /// What she has granted and not withdrawn.
    pub async fn consents(&self, member: MemberId) -> Result<ConsentSet, StoreError> {
        Ok(current_of(&self.pool, &[member]).await?.remove(&member).unwrap_or_default())
    }

    /// Every grant and withdrawal, oldest first: what she agreed to, when, and who recorded it.
    pub async fn consent_history(&self, member: MemberId) -> Result<Vec<ConsentRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT purpose, method, granted_at, granted_by, withdrawn_at, withdrawn_by FROM consents \
             WHERE member_id = $1 ORDER BY granted_at, id",
        )
        .bind(member.0)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(consent_row).collect()
    }
}

/// The current consents of each of these members (absent: none), for many at once.
pub(crate) async fn current_of(pool: &AnyPool, members: &[MemberId]) -> Result<HashMap<MemberId, ConsentSet>, StoreError> {
    let mut purposes: HashMap<MemberId, Vec<Purpose>> = HashMap::new();
    for chunk in members.chunks(db::IN_LIST_CHUNK) {
        let sql = format!(
            "SELECT member_id, purpose FROM consents WHERE member_id IN ({}) AND withdrawn_at IS NULL",
            db::placeholders(1, chunk.len())
        );
        let mut query = sqlx::query(&sql);
        for member in chunk {
            query = query.bind(member.0);
        }
        for row in query.fetch_all(pool).await? {
            purposes.entry(MemberId(row.try_get(0)?)).or_default().push(purpose(&row.try_get::<String, _>(1)?)?);
        }
    }
    Ok(purposes.into_iter().map(|(member, p)| (member, ConsentSet::of(&p))).collect())
}

fn consent_row(row: &AnyRow) -> Result<ConsentRecord, StoreError> {
    Ok(ConsentRecord {
        purpose: purpose(&row.try_get::<String, _>(0)?)?,
        method: row.try_get(1)?,
        granted_at: db::parse_time(row.try_get(2)?, "consents")?,
        granted_by: row.try_get::<Option<i64>, _>(3)?.map(AccountId),
        withdrawn_at: row.try_get::<Option<i64>, _>(4)?.map(|t| db::parse_time(t, "consents")).transpose()?,
        withdrawn_by: row.try_get::<Option<i64>, _>(5)?.map(AccountId),
    })
}

fn purpose(code: &str) -> Result<Purpose, StoreError> {
    Purpose::from_code(code).ok_or_else(|| StoreError::Corrupt { table: "consents", detail: format!("unknown purpose {code:?}") })
}
