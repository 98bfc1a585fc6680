//! Dated memberships: joining, leaving (with a reason), moving to another collective,
//! rejoining, and the history kept after leaving (issue 11).

use super::offices::{self, not_too_far};
use crate::audit::AuditEvent;
use crate::error::InputProblem;
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::offices::OfficeTerm;
use dhruva_core::registry::{Membership, MembershipEnd, OfficeTitle};
use dhruva_core::{CollectiveId, MemberId};
use sqlx::{AnyConnection, AnyPool, Row as _};
use std::collections::HashMap;
use time::Date;

/// One membership as her dated history shows it: with why it ended and, for a move, where
/// she went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MembershipRecord {
    pub id: i64,
    pub collective: CollectiveId,
    pub since: Date,
    pub until: Option<Date>,
    pub ended_reason: Option<MembershipEnd>,
    pub moved_to: Option<CollectiveId>,
}

impl Store {
    pub async fn add_membership(
        &self,
        by: &Accessor,
        member: MemberId,
        collective: CollectiveId,
        since: Date,
        office: Option<OfficeTitle>,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_audited().await?;
        require_member(tx.conn(), member).await?;
        require_collective(tx.conn(), collective).await?;
        insert(tx.conn(), member, collective, since, office).await?;
        let mut event = AuditEvent::new("membership_added").member(member).collective(collective);
        if let Some(office) = office {
            event = event.detail(format!("office={}", office.code()));
        }
        tx.append(by, &event).await?;
        tx.commit().await
    }

    /// Ends her membership of `collective` on `until` (her first day outside it) for
    /// `reason`, with her office terms there and any explicit leader grant her account held
    /// for it, in one audited transaction. `NotFound` without an open membership; `until` on
    /// or before the day it began, or too far ahead, is refused beside the field. A move is
    /// recorded with [`Store::move_member`], which names where she went.
    #[tracing::instrument(skip_all)]
    pub async fn end_membership(
        &self,
        by: &Accessor,
        member: MemberId,
        collective: CollectiveId,
        until: Date,
        reason: MembershipEnd,
    ) -> Result<(), StoreError> {
        if reason == MembershipEnd::Moved {
            return Err(StoreError::Invalid("a move is recorded with the collective she moved to".to_owned()));
        }
        not_too_far("until", until, self.today())?;
        let mut tx = self.begin_audited().await?;
        let id = open_membership(tx.conn(), member, collective, until, "until").await?;
        close(tx.conn(), id, until, reason, None).await?;
        offices::end_terms_of(&mut tx, by, member, collective, until).await?;
        let detail = format!("reason={}", reason.code());
        tx.append(by, &AuditEvent::new("membership_ended").member(member).collective(collective).detail(detail)).await?;
        tx.commit().await
    }

    /// She moves from one collective to another on `on`: the first membership ends that day
    /// with the reason `moved` (naming `to`), her offices there end, and a membership of `to`
    /// begins the same day — one audited transaction, with a row for each collective so both
    /// histories show it. Refused beside the field: `to` the same collective or one she
    /// already belongs to; `on` on or before the day she joined `from`, or too far ahead.
    #[tracing::instrument(skip_all)]
    pub async fn move_member(&self, by: &Accessor, member: MemberId, from: CollectiveId, to: CollectiveId, on: Date) -> Result<(), StoreError> {
        if from == to {
            return Err(StoreError::input("to", InputProblem::AlreadyMember));
        }
        not_too_far("date", on, self.today())?;
        let mut tx = self.begin_audited().await?;
        require_collective(tx.conn(), to).await?;
        require_open(tx.conn(), to, on).await?;
        let id = open_membership(tx.conn(), member, from, on, "date").await?;
        if has_open(tx.conn(), member, to).await? {
            return Err(StoreError::input("to", InputProblem::AlreadyMember));
        }
        close(tx.conn(), id, on, MembershipEnd::Moved, Some(to)).await?;
        offices::end_terms_of(&mut tx, by, member, from, on).await?;
        insert(tx.conn(), member, to, on, None).await?;
        let out = AuditEvent::new("membership_ended").member(member).collective(from).detail(format!("reason=moved;to={to}"));
        tx.append(by, &out).await?;
        let joined = AuditEvent::new("membership_added").member(member).collective(to).detail(format!("moved_from={from}"));
        tx.append(by, &joined).await?;
        tx.commit().await
    }

    /// She comes back to a collective she had left: a new membership from `since`, after her
    /// last one there ended. `NotFound` if she never belonged to it; refused beside the field
    /// if she is still a member, if `since` is before her last membership ended, or too far
    /// ahead.
    #[tracing::instrument(skip_all)]
    pub async fn rejoin(&self, by: &Accessor, member: MemberId, collective: CollectiveId, since: Date) -> Result<(), StoreError> {
        not_too_far("since", since, self.today())?;
        let mut tx = self.begin_audited().await?;
        require_member(tx.conn(), member).await?;
        if has_open(tx.conn(), member, collective).await? {
            return Err(StoreError::input("since", InputProblem::AlreadyMember));
        }
        let last = sqlx::query("SELECT MAX(until) FROM memberships WHERE member_id = $1 AND collective_id = $2 AND until IS NOT NULL")
            .bind(member.0)
            .bind(collective.0)
            .fetch_one(tx.conn())
            .await?;
        let Some(last) = last.try_get::<Option<String>, _>(0)? else { return Err(StoreError::NotFound("membership")) };
        require_open(tx.conn(), collective, since).await?;
        if db::date_text(since) < last {
            return Err(StoreError::input("since", InputProblem::BeforeMembership));
        }
        insert(tx.conn(), member, collective, since, None).await?;
        tx.append(by, &AuditEvent::new("membership_added").member(member).collective(collective).detail("rejoined")).await?;
        tx.commit().await
    }

    /// Her memberships, current and ended, oldest first, with why each ended.
    pub async fn membership_history(&self, member: MemberId) -> Result<Vec<MembershipRecord>, StoreError> {
        let rows =
            sqlx::query("SELECT id, collective_id, since, until, ended_reason, moved_to FROM memberships WHERE member_id = $1 ORDER BY since, id")
                .bind(member.0)
                .fetch_all(&self.pool)
                .await?;
        rows.iter()
            .map(|row| {
                let reason: Option<String> = row.try_get(4)?;
                Ok(MembershipRecord {
                    id: row.try_get(0)?,
                    collective: CollectiveId(row.try_get(1)?),
                    since: db::parse_date(&row.try_get::<String, _>(2)?, "memberships")?,
                    until: row.try_get::<Option<String>, _>(3)?.map(|d| db::parse_date(&d, "memberships")).transpose()?,
                    ended_reason: reason
                        .map(|r| {
                            MembershipEnd::from_code(&r)
                                .ok_or_else(|| StoreError::Corrupt { table: "memberships", detail: format!("unknown end reason {r:?}") })
                        })
                        .transpose()?,
                    moved_to: row.try_get::<Option<i64>, _>(5)?.map(CollectiveId),
                })
            })
            .collect()
    }

    /// Members whose last membership of the collective has ended and who are not back: who a
    /// leader may welcome back (codes only; `ViewMemberName` is not asked here).
    pub async fn former_members_of_collective(&self, collective: CollectiveId) -> Result<Vec<(MemberId, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT m.id, m.code FROM members m JOIN memberships ms ON ms.member_id = m.id \
             WHERE m.erased_at IS NULL AND ms.collective_id = $1 AND ms.until IS NOT NULL \
             AND NOT EXISTS (SELECT 1 FROM memberships o WHERE o.member_id = m.id AND o.collective_id = $1 AND o.until IS NULL) \
             ORDER BY m.code",
        )
        .bind(collective.0)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(|r| Ok((MemberId(r.try_get(0)?), r.try_get(1)?))).collect()
    }
}

/// The open membership that a change dated `on` ends: `NotFound` without one, refused beside
/// `field` when `on` is not after the day it began.
async fn open_membership(
    conn: &mut AnyConnection,
    member: MemberId,
    collective: CollectiveId,
    on: Date,
    field: &'static str,
) -> Result<i64, StoreError> {
    let open = sqlx::query("SELECT id, since FROM memberships WHERE member_id = $1 AND collective_id = $2 AND until IS NULL")
        .bind(member.0)
        .bind(collective.0)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound("membership"))?;
    let (id, since): (i64, String) = (open.try_get(0)?, open.try_get(1)?);
    if db::date_text(on) <= since {
        return Err(StoreError::input(field, InputProblem::BeforeMembership));
    }
    Ok(id)
}

async fn has_open(conn: &mut AnyConnection, member: MemberId, collective: CollectiveId) -> Result<bool, StoreError> {
    let found = sqlx::query("SELECT id FROM memberships WHERE member_id = $1 AND collective_id = $2 AND until IS NULL")
        .bind(member.0)
        .bind(collective.0)
        .fetch_optional(conn)
        .await?;
    Ok(found.is_some())
}

async fn close(conn: &mut AnyConnection, id: i64, until: Date, reason: MembershipEnd, moved_to: Option<CollectiveId>) -> Result<(), StoreError> {
    sqlx::query("UPDATE memberships SET until = $1, ended_reason = $2, moved_to = $3 WHERE id = $4")
        .bind(db::date_text(until))
        .bind(reason.code())
        .bind(moved_to.map(|c| c.0))
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// A new membership; an office given with it opens her first term in it (migration 0013:
/// offices are terms, `memberships.office` is no longer written).
pub(super) async fn insert(
    conn: &mut AnyConnection,
    member: MemberId,
    collective: CollectiveId,
    since: Date,
    office: Option<OfficeTitle>,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO memberships (member_id, collective_id, since) VALUES ($1, $2, $3)")
        .bind(member.0)
        .bind(collective.0)
        .bind(db::date_text(since))
        .execute(&mut *conn)
        .await
        .map_err(|e| if db::violates_unique(&e, "") { StoreError::Duplicate("membership") } else { e.into() })?;
    if let Some(office) = office {
        offices::open_first_term(conn, member, collective, office, since, db::now_unix()).await?;
    }
    Ok(())
}

/// A closed collective takes nobody new (registration, the register import): its history
/// stays, its register is shut — closed on or before today or the day she would join.
/// (Not inside [`insert`]: the upgrade stories make members through it on schemas from before
/// collectives could close.)
pub(super) async fn require_taking_members(conn: &mut AnyConnection, collective: CollectiveId, since: Date, today: Date) -> Result<(), StoreError> {
    let closed: Option<Option<String>> =
        sqlx::query_scalar("SELECT closed_on FROM collectives WHERE id = $1").bind(collective.0).fetch_optional(&mut *conn).await?;
    if closed.flatten().is_some_and(|on| on <= db::date_text(today) || on <= db::date_text(since)) {
        return Err(StoreError::Input { field: "collective", problem: crate::error::InputProblem::Closed });
    }
    Ok(())
}

pub(super) async fn require_collective(conn: &mut AnyConnection, collective: CollectiveId) -> Result<(), StoreError> {
    let found = sqlx::query("SELECT id FROM collectives WHERE id = $1").bind(collective.0).fetch_optional(conn).await?;
    found.map(|_| ()).ok_or(StoreError::NotFound("collective"))
}

/// Nobody joins a collective on or after the day it closed (the pages offer only open ones).
async fn require_open(conn: &mut AnyConnection, collective: CollectiveId, on: Date) -> Result<(), StoreError> {
    let row = sqlx::query("SELECT closed_on FROM collectives WHERE id = $1").bind(collective.0).fetch_one(conn).await?;
    match row.try_get::<Option<String>, _>(0)? {
        Some(closed) if closed <= db::date_text(on) => Err(StoreError::Invalid("that collective has closed".to_owned())),
        _ => Ok(()),
    }
}

async fn require_member(conn: &mut AnyConnection, member: MemberId) -> Result<(), StoreError> {
    let found = sqlx::query("SELECT id FROM members WHERE id = $1 AND erased_at IS NULL").bind(member.0).fetch_optional(conn).await?;
    found.map(|_| ()).ok_or(StoreError::NotFound("member"))
}

/// Every membership (current and ended) of these members, oldest first. Each carries the
/// office her terms give her in it: the one she holds today if any (a leading one first),
/// else the last she held during it.
pub(super) async fn of_members(pool: &AnyPool, members: &[MemberId], today: Date) -> Result<HashMap<MemberId, Vec<Membership>>, StoreError> {
    let mut out: HashMap<MemberId, Vec<Membership>> = HashMap::new();
    let terms = offices::terms_of_members(pool, members).await?;
    for chunk in members.chunks(db::IN_LIST_CHUNK) {
        let sql = format!(
            "SELECT member_id, collective_id, since, until FROM memberships WHERE member_id IN ({}) ORDER BY since, id",
            db::placeholders(1, chunk.len())
        );
        let mut query = sqlx::query(&sql);
        for member in chunk {
            query = query.bind(member.0);
        }
        for row in query.fetch_all(pool).await? {
            let member = MemberId(row.try_get(0)?);
            let mut membership = Membership {
                collective: CollectiveId(row.try_get(1)?),
                since: db::parse_date(&row.try_get::<String, _>(2)?, "memberships")?,
                until: row.try_get::<Option<String>, _>(3)?.map(|d| db::parse_date(&d, "memberships")).transpose()?,
                office: None,
            };
            membership.office = office_in(&terms, member, &membership, today);
            out.entry(member).or_default().push(membership);
        }
    }
    Ok(out)
}

fn office_in(terms: &[OfficeTerm], member: MemberId, m: &Membership, today: Date) -> Option<OfficeTitle> {
    let during: Vec<&OfficeTerm> = terms
        .iter()
        .filter(|t| t.member == member && t.collective == m.collective)
        .filter(|t| m.until.is_none_or(|until| t.since < until) && t.until.is_none_or(|until| until > m.since))
        .collect();
    let mut current: Vec<&&OfficeTerm> = during.iter().filter(|t| t.is_current(today)).collect();
    current.sort_by_key(|t| (!t.office.leads(), t.office));
    if let Some(t) = current.first() {
        return Some(t.office);
    }
    during.iter().filter(|t| t.since <= today).max_by_key(|t| t.since).map(|t| t.office)
}
