//! Grievances: the DPDP Act gives her the right to complain to the deployment's grievance
//! officer (its admin) and to an answer within a time limit; Dhruva holds the officer to 90
//! days. The officer reads only the text she addressed to them — never her other fields —
//! and each reading is in the audit log, so she sees it in "who saw my data".

use super::{open_text, seal_text, wrapped_key};
use crate::audit::AuditEvent;
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::{AccountId, MemberId, Sensitive};
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::Row as _;
use time::{Date, Duration, OffsetDateTime};

const TEXT: &str = "grievance_text";
const ANSWER: &str = "grievance_answer";

/// Days the grievance officer has to answer.
pub const GRIEVANCE_DAYS: i64 = 90;

/// The day an answer is due for a grievance raised on `raised_on`.
pub fn grievance_due_on(raised_on: Date) -> Date {
    raised_on.checked_add(Duration::days(GRIEVANCE_DAYS)).unwrap_or(Date::MAX)
}

/// One grievance, decrypted. `Debug` redacts the texts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Grievance {
    pub id: i64,
    pub member: MemberId,
    pub text: Sensitive<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub raised_at: OffsetDateTime,
    #[serde(serialize_with = "iso_date")]
    pub raised_on: Date,
    #[serde(serialize_with = "iso_date")]
    pub due_on: Date,
    pub answer: Option<Sensitive<String>>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub answered_at: Option<OffsetDateTime>,
    pub answered_by: Option<AccountId>,
}

impl Grievance {
    pub fn is_overdue(&self, today: Date) -> bool {
        self.answered_at.is_none() && today > self.due_on
    }
}

/// A grievance as the officer's list shows it: no text, no member.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GrievanceSummary {
    pub id: i64,
    pub raised_on: Date,
    pub due_on: Date,
    pub answered_at: Option<OffsetDateTime>,
}

impl GrievanceSummary {
    /// Unanswered after its due day.
    pub fn is_overdue(&self, today: Date) -> bool {
        self.answered_at.is_none() && today > self.due_on
    }
}

fn iso_date<S: serde::Serializer>(date: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&db::date_text(*date))
}

const SELECT: &str = "SELECT id, member_id, text_ct, raised_at, raised_on, due_on, answer_ct, answered_at, answered_by FROM grievances";

impl Store {
    /// Records her grievance, raised `today` (the answer is due [`GRIEVANCE_DAYS`] later);
    /// `grievance_raised`. Returns its id.
    #[tracing::instrument(skip_all)]
    pub async fn raise_grievance(&self, by: &Accessor, member: MemberId, text: &Sensitive<String>, today: Date) -> Result<i64, StoreError> {
        let mut tx = self.begin_audited().await?;
        let key = wrapped_key(tx.conn(), member).await?;
        let sealed = seal_text(&self.keys, &key, TEXT, text)?;
        let at = tx.at();
        let id: i64 =
            sqlx::query("INSERT INTO grievances (member_id, text_ct, raised_at, raised_on, due_on) VALUES ($1, $2, $3, $4, $5) RETURNING id")
                .bind(member.0)
                .bind(sealed)
                .bind(at)
                .bind(db::date_text(today))
                .bind(db::date_text(grievance_due_on(today)))
                .fetch_one(tx.conn())
                .await?
                .try_get(0)?;
        tx.append(by, &AuditEvent::new("grievance_raised").member(member).detail(format!("grievance={id}"))).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Her grievances with their answers, newest first: what she sees.
    pub async fn grievances_of(&self, member: MemberId) -> Result<Vec<Grievance>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let key = wrapped_key(&mut conn, member).await?;
        let rows = sqlx::query(&format!("{SELECT} WHERE member_id = $1 ORDER BY id DESC")).bind(member.0).fetch_all(&mut *conn).await?;
        rows.iter().map(|row| self.grievance_row(&key, row)).collect()
    }

    /// Every grievance of members still present, unanswered first by due day, then the
    /// answered ones, newest first. No texts: the officer opens one at a time.
    pub async fn grievances_to_answer(&self) -> Result<Vec<GrievanceSummary>, StoreError> {
        let rows = sqlx::query(
            "SELECT g.id, g.raised_on, g.due_on, g.answered_at FROM grievances g JOIN members m ON m.id = g.member_id \
             WHERE m.erased_at IS NULL ORDER BY CASE WHEN g.answered_at IS NULL THEN 0 ELSE 1 END, \
             CASE WHEN g.answered_at IS NULL THEN g.due_on ELSE '' END, g.id DESC",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(GrievanceSummary {
                    id: r.try_get(0)?,
                    raised_on: db::parse_date(&r.try_get::<String, _>(1)?, "grievances")?,
                    due_on: db::parse_date(&r.try_get::<String, _>(2)?, "grievances")?,
                    answered_at: r.try_get::<Option<i64>, _>(3)?.map(|t| db::parse_time(t, "grievances")).transpose()?,
                })
            })
            .collect()
    }

    /// One grievance for the officer: its text (and answer), nothing else of hers. Audited as
    /// `view_grievance` on her. `None` if there is no such grievance (or she was erased).
    #[tracing::instrument(skip_all)]
    pub async fn grievance_for_officer(&self, by: &Accessor, id: i64) -> Result<Option<Grievance>, StoreError> {
        let mut tx = self.begin_audited().await?;
        let Some(row) = sqlx::query(&format!("{SELECT} WHERE id = $1")).bind(id).fetch_optional(tx.conn()).await? else {
            return Ok(None);
        };
        let member = MemberId(row.try_get(1)?);
        let key = match wrapped_key(tx.conn(), member).await {
            Ok(key) => key,
            Err(StoreError::NotFound(_)) => return Ok(None),
            Err(e) => return Err(e),
        };
        let grievance = self.grievance_row(&key, &row)?;
        tx.append(by, &AuditEvent::new("view_grievance").member(member).detail(format!("grievance={id}"))).await?;
        tx.commit().await?;
        Ok(Some(grievance))
    }

    /// The officer's answer, sealed under her key (`grievance_answered`). Once only:
    /// `NotFound` if there is no such unanswered grievance.
    #[tracing::instrument(skip_all)]
    pub async fn answer_grievance(&self, by: &Accessor, id: i64, answer: &Sensitive<String>) -> Result<(), StoreError> {
        let mut tx = self.begin_audited().await?;
        let row = sqlx::query("SELECT member_id FROM grievances WHERE id = $1 AND answered_at IS NULL")
            .bind(id)
            .fetch_optional(tx.conn())
            .await?
            .ok_or(StoreError::NotFound("grievance"))?;
        let member = MemberId(row.try_get(0)?);
        let key = wrapped_key(tx.conn(), member).await?;
        let sealed = seal_text(&self.keys, &key, ANSWER, answer)?;
        let at = tx.at();
        sqlx::query("UPDATE grievances SET answer_ct = $1, answered_at = $2, answered_by = $3 WHERE id = $4")
            .bind(sealed)
            .bind(at)
            .bind(by.account.map(|a| a.0))
            .bind(id)
            .execute(tx.conn())
            .await?;
        tx.append(by, &AuditEvent::new("grievance_answered").member(member).detail(format!("grievance={id}"))).await?;
        tx.commit().await
    }

    fn grievance_row(&self, key: &[u8], row: &AnyRow) -> Result<Grievance, StoreError> {
        Ok(Grievance {
            id: row.try_get(0)?,
            member: MemberId(row.try_get(1)?),
            text: open_text(&self.keys, key, TEXT, &row.try_get::<Vec<u8>, _>(2)?)?,
            raised_at: db::parse_time(row.try_get(3)?, "grievances")?,
            raised_on: db::parse_date(&row.try_get::<String, _>(4)?, "grievances")?,
            due_on: db::parse_date(&row.try_get::<String, _>(5)?, "grievances")?,
            answer: row.try_get::<Option<Vec<u8>>, _>(6)?.map(|ct| open_text(&self.keys, key, ANSWER, &ct)).transpose()?,
            answered_at: row.try_get::<Option<i64>, _>(7)?.map(|t| db::parse_time(t, "grievances")).transpose()?,
            answered_by: row.try_get::<Option<i64>, _>(8)?.map(AccountId),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn an_answer_is_due_ninety_days_after_the_grievance() {
        assert_eq!(grievance_due_on(date!(2025 - 01 - 01)), date!(2025 - 04 - 01));
        assert_eq!(grievance_due_on(date!(2024 - 12 - 15)), date!(2025 - 03 - 15));
    }

    #[test]
    fn a_grievance_is_overdue_only_after_its_due_day_and_until_answered() {
        let g = GrievanceSummary { id: 1, raised_on: date!(2025 - 01 - 01), due_on: date!(2025 - 04 - 01), answered_at: None };
        assert!(!g.is_overdue(date!(2025 - 04 - 01)));
        assert!(g.is_overdue(date!(2025 - 04 - 02)));
        let answered = GrievanceSummary { answered_at: Some(OffsetDateTime::UNIX_EPOCH), ..g };
        assert!(!answered.is_overdue(date!(2026 - 01 - 01)));
    }
}
