//! Mentors: a facilitator's account assigned to a member (by a leader of her collective, or
//! by her), dated and ended rather than deleted, so her history shows who mentored her when.
//!
//! The policy lets a facilitator read a member's name and details only as her *current*
//! mentor and only with her mentoring consent: `MemberFacts.mentors` comes from here, read
//! afresh for every request like her consents.

use crate::audit::AuditEvent;
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::policy::Role;
use dhruva_core::{AccountId, MemberId, PartnerOrgId};
use sqlx::{AnyConnection, AnyPool, Row as _};
use std::collections::HashMap;
use time::OffsetDateTime;

/// One assignment, current or ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MentorAssignment {
    pub mentor: AccountId,
    /// The mentor's account name (staff accounts, not members: never a member's name).
    pub mentor_username: String,
    pub assigned_at: OffsetDateTime,
    pub assigned_by: Option<AccountId>,
    pub ended_at: Option<OffsetDateTime>,
    pub ended_by: Option<AccountId>,
}

/// A facilitator who could be her mentor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MentorCandidate {
    pub account: AccountId,
    pub username: String,
}

impl Store {
    /// Assigns `mentor` (an enabled account holding a facilitator grant) as her mentor.
    /// Assigning a current mentor again changes nothing.
    pub async fn assign_mentor(&self, by: &Accessor, member: MemberId, mentor: AccountId) -> Result<(), StoreError> {
        let mut tx = self.begin_audited().await?;
        let found = sqlx::query("SELECT id FROM members WHERE id = $1").bind(member.0).fetch_optional(tx.conn()).await?;
        if found.is_none() {
            return Err(StoreError::NotFound("member"));
        }
        require_facilitator(tx.conn(), mentor).await?;
        let at = tx.at();
        let inserted = sqlx::query(
            "INSERT INTO mentor_assignments (member_id, mentor_account, assigned_at, assigned_by) VALUES ($1, $2, $3, $4) \
             ON CONFLICT DO NOTHING RETURNING id",
        )
        .bind(member.0)
        .bind(mentor.0)
        .bind(at)
        .bind(by.account.map(|a| a.0))
        .fetch_optional(tx.conn())
        .await?;
        if inserted.is_none() {
            return Ok(());
        }
        tx.append(by, &AuditEvent::new("mentor_assigned").member(member).account(mentor)).await?;
        tx.commit().await
    }

    /// Ends a current assignment; takes effect on the mentor's next request.
    pub async fn end_mentor(&self, by: &Accessor, member: MemberId, mentor: AccountId) -> Result<(), StoreError> {
        let mut tx = self.begin_audited().await?;
        let at = tx.at();
        let updated = sqlx::query(
            "UPDATE mentor_assignments SET ended_at = $1, ended_by = $2 \
             WHERE member_id = $3 AND mentor_account = $4 AND ended_at IS NULL",
        )
        .bind(at)
        .bind(by.account.map(|a| a.0))
        .bind(member.0)
        .bind(mentor.0)
        .execute(tx.conn())
        .await?;
        if updated.rows_affected() == 0 {
            return Ok(());
        }
        tx.append(by, &AuditEvent::new("mentor_ended").member(member).account(mentor)).await?;
        tx.commit().await
    }

    /// Every assignment, current and ended, newest first.
    pub async fn mentor_history(&self, member: MemberId) -> Result<Vec<MentorAssignment>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.mentor_account, ac.username, a.assigned_at, a.assigned_by, a.ended_at, a.ended_by \
             FROM mentor_assignments a JOIN accounts ac ON ac.id = a.mentor_account \
             WHERE a.member_id = $1 ORDER BY a.assigned_at DESC, a.id DESC",
        )
        .bind(member.0)
        .fetch_all(&self.pool)
        .await?;
        let time = |t: i64| db::parse_time(t, "mentor_assignments");
        rows.iter()
            .map(|r| {
                Ok(MentorAssignment {
                    mentor: AccountId(r.try_get(0)?),
                    mentor_username: r.try_get(1)?,
                    assigned_at: time(r.try_get(2)?)?,
                    assigned_by: r.try_get::<Option<i64>, _>(3)?.map(AccountId),
                    ended_at: r.try_get::<Option<i64>, _>(4)?.map(time).transpose()?,
                    ended_by: r.try_get::<Option<i64>, _>(5)?.map(AccountId),
                })
            })
            .collect()
    }

    /// Enabled facilitators of these partner organisations, by username: who may be chosen.
    pub async fn mentor_candidates(&self, partners: &[PartnerOrgId]) -> Result<Vec<MentorCandidate>, StoreError> {
        let mut out: Vec<MentorCandidate> = Vec::new();
        for chunk in partners.chunks(db::IN_LIST_CHUNK) {
            let sql = format!(
                "SELECT DISTINCT a.id, a.username FROM accounts a JOIN grants g ON g.account_id = a.id \
                 WHERE g.role = $1 AND a.disabled = 0 AND g.partner_id IN ({})",
                db::placeholders(2, chunk.len())
            );
            let mut query = sqlx::query(&sql).bind(Role::Facilitator.code());
            for p in chunk {
                query = query.bind(p.0);
            }
            for row in query.fetch_all(&self.pool).await? {
                let candidate = MentorCandidate { account: AccountId(row.try_get(0)?), username: row.try_get(1)? };
                if !out.contains(&candidate) {
                    out.push(candidate);
                }
            }
        }
        out.sort_by(|a, b| a.username.cmp(&b.username));
        Ok(out)
    }
}

async fn require_facilitator(conn: &mut AnyConnection, account: AccountId) -> Result<(), StoreError> {
    let row = sqlx::query("SELECT COUNT(*) FROM accounts a JOIN grants g ON g.account_id = a.id WHERE a.id = $1 AND a.disabled = 0 AND g.role = $2")
        .bind(account.0)
        .bind(Role::Facilitator.code())
        .fetch_one(conn)
        .await?;
    if row.try_get::<i64, _>(0)? == 0 {
        return Err(StoreError::Invalid("a mentor is an enabled facilitator's account".to_owned()));
    }
    Ok(())
}

/// The current mentors of each of these members (absent: none), for many at once.
pub(crate) async fn current_of(pool: &AnyPool, members: &[MemberId]) -> Result<HashMap<MemberId, Vec<AccountId>>, StoreError> {
    let mut out: HashMap<MemberId, Vec<AccountId>> = HashMap::new();
    for chunk in members.chunks(db::IN_LIST_CHUNK) {
        let sql = format!(
            "SELECT member_id, mentor_account FROM mentor_assignments WHERE member_id IN ({}) AND ended_at IS NULL \
             ORDER BY mentor_account",
            db::placeholders(1, chunk.len())
        );
        let mut query = sqlx::query(&sql);
        for member in chunk {
            query = query.bind(member.0);
        }
        for row in query.fetch_all(pool).await? {
            out.entry(MemberId(row.try_get(0)?)).or_default().push(AccountId(row.try_get(1)?));
        }
    }
    Ok(out)
}
