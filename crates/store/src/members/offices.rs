//! Offices as dated terms (migration 0013, issue 11): who held which office of a collective
//! from when to when. The leader's access follows a leading office
//! (`dhruva_core::offices::leader_grants`, read by `Store::actor`), so a handover moves it on
//! its date; a former holder's explicit stored `leader` grant for that collective is removed in
//! the handover's own transaction, so she keeps none.

use crate::audit::{AuditEvent, AuditedTx};
use crate::error::InputProblem;
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::offices::OfficeTerm;
use dhruva_core::registry::OfficeTitle;
use dhruva_core::{AccountId, CollectiveId, MemberId};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row as _};
use time::{Date, Duration};

/// How far ahead a handover, a move, an end or a rejoining may be dated: a planned change
/// within the season, not a typing slip of a year.
pub const MAX_DAYS_AHEAD: i64 = 92;

/// One stored term, with its row id (to end it) and who recorded the handover.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredTerm {
    pub id: i64,
    pub term: OfficeTerm,
    pub handed_over_by: Option<AccountId>,
}

const SELECT_TERM: &str = "SELECT id, member_id, collective_id, office, since, until, handed_over_by FROM office_terms";

fn term_row(row: &AnyRow) -> Result<StoredTerm, StoreError> {
    let office: String = row.try_get(3)?;
    Ok(StoredTerm {
        id: row.try_get(0)?,
        term: OfficeTerm {
            member: MemberId(row.try_get(1)?),
            collective: CollectiveId(row.try_get(2)?),
            office: OfficeTitle::from_code(&office)
                .ok_or_else(|| StoreError::Corrupt { table: "office_terms", detail: format!("unknown office {office:?}") })?,
            since: db::parse_date(&row.try_get::<String, _>(4)?, "office_terms")?,
            until: row.try_get::<Option<String>, _>(5)?.map(|d| db::parse_date(&d, "office_terms")).transpose()?,
        },
        handed_over_by: row.try_get::<Option<i64>, _>(6)?.map(AccountId),
    })
}

/// A date she typed, refused when it is further ahead than [`MAX_DAYS_AHEAD`].
pub(crate) fn not_too_far(field: &'static str, date: Date, today: Date) -> Result<(), StoreError> {
    if date > today + Duration::days(MAX_DAYS_AHEAD) {
        return Err(StoreError::input(field, InputProblem::TooFarAhead));
    }
    Ok(())
}

impl Store {
    /// Every term of a collective's offices, current and past: by office, then newest first.
    pub async fn office_terms_of_collective(&self, collective: CollectiveId) -> Result<Vec<StoredTerm>, StoreError> {
        let rows = sqlx::query(&format!("{SELECT_TERM} WHERE collective_id = $1 ORDER BY office, since DESC, id DESC"))
            .bind(collective.0)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(term_row).collect()
    }

    /// Every office term she held or holds, in any collective, oldest first.
    pub async fn office_terms_of_member(&self, member: MemberId) -> Result<Vec<StoredTerm>, StoreError> {
        let rows = sqlx::query(&format!("{SELECT_TERM} WHERE member_id = $1 ORDER BY since, id")).bind(member.0).fetch_all(&self.pool).await?;
        rows.iter().map(term_row).collect()
    }

    /// Hands `office` of `collective` to `to` from `from`: the current holder's term ends that
    /// day (her last day is the day before) and the new one begins, in one audited transaction
    /// (`office_handed_over` naming the new holder, `office_term_ended` the former one). If the
    /// former holder's account holds an explicit `leader` grant for the collective, it is
    /// removed in the same transaction (`grant_removed`). The core team may have several
    /// members: handing it to her adds her and ends nobody's term.
    ///
    /// Refused beside the field (`Input`): `member` not a current member of the collective on
    /// that date or already holding the office; `from` on or before the day the current term
    /// began, or more than [`MAX_DAYS_AHEAD`] days ahead. Returns the new term's id.
    #[tracing::instrument(skip_all)]
    pub async fn hand_over_office(
        &self,
        by: &Accessor,
        collective: CollectiveId,
        office: OfficeTitle,
        to: MemberId,
        from: Date,
    ) -> Result<i64, StoreError> {
        not_too_far("from", from, self.today())?;
        let mut tx = self.begin_audited().await?;
        super::memberships::require_collective(tx.conn(), collective).await?;
        if !member_on(tx.conn(), to, collective, from).await? {
            return Err(StoreError::input("member", InputProblem::NotAMember));
        }
        let mut outgoing = None;
        if office == OfficeTitle::CoreTeam {
            let held = sqlx::query("SELECT id FROM office_terms WHERE collective_id = $1 AND office = $2 AND member_id = $3 AND until IS NULL")
                .bind(collective.0)
                .bind(office.code())
                .bind(to.0)
                .fetch_optional(tx.conn())
                .await?;
            if held.is_some() {
                return Err(StoreError::input("member", InputProblem::AlreadyHolds));
            }
        } else {
            let current = sqlx::query("SELECT id, member_id, since FROM office_terms WHERE collective_id = $1 AND office = $2 AND until IS NULL")
                .bind(collective.0)
                .bind(office.code())
                .fetch_optional(tx.conn())
                .await?;
            if let Some(row) = current {
                let (id, holder, since): (i64, i64, String) = (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
                if holder == to.0 {
                    return Err(StoreError::input("member", InputProblem::AlreadyHolds));
                }
                if db::date_text(from) <= since {
                    return Err(StoreError::input("from", InputProblem::BeforeTerm));
                }
                sqlx::query("UPDATE office_terms SET until = $1 WHERE id = $2").bind(db::date_text(from)).bind(id).execute(tx.conn()).await?;
                outgoing = Some(MemberId(holder));
            }
        }
        let id = insert_term(&mut tx, by.account, to, collective, office, from).await?;
        let detail = format!("office={}", office.code());
        tx.append(by, &AuditEvent::new("office_handed_over").member(to).collective(collective).detail(detail.clone())).await?;
        if let Some(former) = outgoing {
            tx.append(by, &AuditEvent::new("office_term_ended").member(former).collective(collective).detail(format!("{detail};by=handover")))
                .await?;
            remove_leader_grant(&mut tx, by, former, collective).await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// Ends one term on `until` (her first day without the office). Refused beside `until`
    /// when it is on or before the day the term began, or too far ahead; `NotFound` unless the
    /// term is open or ends later. A leading office's former holder loses an explicit leader
    /// grant for the collective in the same transaction, as at a handover.
    #[tracing::instrument(skip_all)]
    pub async fn end_office_term(&self, by: &Accessor, term: i64, until: Date) -> Result<(), StoreError> {
        not_too_far("until", until, self.today())?;
        let mut tx = self.begin_audited().await?;
        let row = sqlx::query(&format!("{SELECT_TERM} WHERE id = $1 AND (until IS NULL OR until > $2)"))
            .bind(term)
            .bind(db::date_text(until))
            .fetch_optional(tx.conn())
            .await?
            .ok_or(StoreError::NotFound("office term"))?;
        let stored = term_row(&row)?;
        if until <= stored.term.since {
            return Err(StoreError::input("until", InputProblem::BeforeTerm));
        }
        sqlx::query("UPDATE office_terms SET until = $1 WHERE id = $2").bind(db::date_text(until)).bind(term).execute(tx.conn()).await?;
        let (member, collective) = (stored.term.member, stored.term.collective);
        let detail = format!("office={}", stored.term.office.code());
        tx.append(by, &AuditEvent::new("office_term_ended").member(member).collective(collective).detail(detail)).await?;
        if stored.term.office.leads() {
            remove_leader_grant(&mut tx, by, member, collective).await?;
        }
        tx.commit().await
    }
}

/// Whether she is a member of the collective on that date (and not erased).
pub(super) async fn member_on(conn: &mut AnyConnection, member: MemberId, collective: CollectiveId, on: Date) -> Result<bool, StoreError> {
    let found = sqlx::query(
        "SELECT ms.id FROM memberships ms JOIN members m ON m.id = ms.member_id \
         WHERE ms.member_id = $1 AND ms.collective_id = $2 AND m.erased_at IS NULL \
         AND ms.since <= $3 AND (ms.until IS NULL OR ms.until > $3)",
    )
    .bind(member.0)
    .bind(collective.0)
    .bind(db::date_text(on))
    .fetch_optional(conn)
    .await?;
    Ok(found.is_some())
}

async fn insert_term(
    tx: &mut AuditedTx,
    by: Option<AccountId>,
    member: MemberId,
    collective: CollectiveId,
    office: OfficeTitle,
    since: Date,
) -> Result<i64, StoreError> {
    let at = tx.at();
    let id: i64 = sqlx::query(
        "INSERT INTO office_terms (collective_id, member_id, office, since, until, handed_over_by, created_at) \
         VALUES ($1, $2, $3, $4, NULL, $5, $6) RETURNING id",
    )
    .bind(collective.0)
    .bind(member.0)
    .bind(office.code())
    .bind(db::date_text(since))
    .bind(by.map(|a| a.0))
    .bind(at)
    .fetch_one(tx.conn())
    .await
    .map_err(|e| taken(e, InputProblem::OfficeHeld))?
    .try_get(0)?;
    Ok(id)
}

/// The office's first holder, recorded with her membership (registration, an import, or
/// `add_membership`). An office someone already holds is refused beside the `office` field
/// (`OfficeHeld`): it changes hands only by a handover.
pub(super) async fn open_first_term(
    conn: &mut AnyConnection,
    member: MemberId,
    collective: CollectiveId,
    office: OfficeTitle,
    since: Date,
    at: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO office_terms (collective_id, member_id, office, since, until, handed_over_by, created_at) \
         VALUES ($1, $2, $3, $4, NULL, NULL, $5)",
    )
    .bind(collective.0)
    .bind(member.0)
    .bind(office.code())
    .bind(db::date_text(since))
    .bind(at)
    .execute(conn)
    .await
    .map_err(|e| taken(e, InputProblem::OfficeHeld))?;
    Ok(())
}

/// Two holders of one office (a handover racing another): refused beside `office`.
fn taken(e: sqlx::Error, problem: InputProblem) -> StoreError {
    if db::violates_unique(&e, "office_terms") {
        StoreError::input("office", problem)
    } else {
        e.into()
    }
}

/// Ends every term she holds in the collective on `until` (a membership that ends), and
/// drops the terms that would only have begun on or after it. Returns how many were ended.
pub(super) async fn end_terms_of(
    tx: &mut AuditedTx,
    by: &Accessor,
    member: MemberId,
    collective: CollectiveId,
    until: Date,
) -> Result<u64, StoreError> {
    let until_text = db::date_text(until);
    sqlx::query("DELETE FROM office_terms WHERE member_id = $1 AND collective_id = $2 AND since >= $3")
        .bind(member.0)
        .bind(collective.0)
        .bind(&until_text)
        .execute(tx.conn())
        .await?;
    let ended = sqlx::query("UPDATE office_terms SET until = $1 WHERE member_id = $2 AND collective_id = $3 AND (until IS NULL OR until > $1)")
        .bind(&until_text)
        .bind(member.0)
        .bind(collective.0)
        .execute(tx.conn())
        .await?
        .rows_affected();
    if ended > 0 {
        let detail = format!("terms={ended};by=membership_ended");
        tx.append(by, &AuditEvent::new("office_term_ended").member(member).collective(collective).detail(detail)).await?;
    }
    remove_leader_grant(tx, by, member, collective).await?;
    Ok(ended)
}

/// A former office holder keeps no leader access: her account's explicit stored `leader`
/// grant for the collective, if any, goes (`grant_removed`, in the caller's transaction).
pub(super) async fn remove_leader_grant(tx: &mut AuditedTx, by: &Accessor, member: MemberId, collective: CollectiveId) -> Result<(), StoreError> {
    let Some(row) = sqlx::query("SELECT id FROM accounts WHERE member_id = $1").bind(member.0).fetch_optional(tx.conn()).await? else {
        return Ok(());
    };
    let account = AccountId(row.try_get(0)?);
    let removed = sqlx::query("DELETE FROM grants WHERE account_id = $1 AND role = 'leader' AND collective_id = $2")
        .bind(account.0)
        .bind(collective.0)
        .execute(tx.conn())
        .await?
        .rows_affected();
    if removed > 0 {
        let detail = format!("role=leader;collective={collective};by=office_ended");
        tx.append(by, &AuditEvent::new("grant_removed").account(account).member(member).collective(collective).detail(detail)).await?;
    }
    Ok(())
}

/// Her terms as the policy reads them (for `Store::actor`).
pub(crate) async fn terms_of(pool: &sqlx::AnyPool, member: MemberId) -> Result<Vec<OfficeTerm>, StoreError> {
    let rows = sqlx::query(&format!("{SELECT_TERM} WHERE member_id = $1")).bind(member.0).fetch_all(pool).await?;
    rows.iter().map(|r| term_row(r).map(|t| t.term)).collect()
}

/// Her terms for many members at once, for the memberships' `office` (see `of_members`).
pub(super) async fn terms_of_members(pool: &sqlx::AnyPool, members: &[MemberId]) -> Result<Vec<OfficeTerm>, StoreError> {
    let mut out = Vec::new();
    for chunk in members.chunks(db::IN_LIST_CHUNK) {
        let sql = format!("{SELECT_TERM} WHERE member_id IN ({}) ORDER BY since, id", db::placeholders(1, chunk.len()));
        let mut query = sqlx::query(&sql);
        for member in chunk {
            query = query.bind(member.0);
        }
        for row in query.fetch_all(pool).await? {
            out.push(term_row(&row)?.term);
        }
    }
    Ok(out)
}
