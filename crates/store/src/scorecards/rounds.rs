//! Rounds of the cycle: planning, the one-way status, and the public slug of a published one.

use super::{templates, ScorecardError};
use crate::audit::AuditEvent;
use crate::error::InputProblem;
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::scorecard::RoundStatus;
use dhruva_core::{CollectiveId, InstitutionId, RoundId};
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row as _};
use std::collections::BTreeSet;
use time::Date;

/// Longest title kept.
pub const MAX_TITLE_CHARS: usize = 200;
/// Random bytes in a public slug: 18 bytes are 24 URL-safe characters, 144 bits.
const SLUG_BYTES: usize = 18;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewRound {
    pub organiser: CollectiveId,
    pub collectives: Vec<CollectiveId>,
    pub institutions: Vec<InstitutionId>,
    pub template: String,
    pub title: String,
    pub period_start: Date,
    pub period_end: Date,
    pub previous: Option<RoundId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Round {
    pub id: RoundId,
    pub organiser: CollectiveId,
    pub collectives: Vec<CollectiveId>,
    pub institutions: Vec<InstitutionId>,
    pub template: String,
    pub title: String,
    pub period_start: Date,
    pub period_end: Date,
    pub previous: Option<RoundId>,
    pub status: RoundStatus,
    pub public_slug: Option<String>,
}

impl Store {
    /// Plans a round (status `planned`). The organiser must take part, at least one
    /// institution, a known template, a period that does not end before it starts.
    pub async fn plan_round(&self, by: &Accessor, new: &NewRound) -> Result<RoundId, StoreError> {
        templates::require_known(&new.template)?;
        let title = dhruva_core::text::clean(&new.title).map_err(|_| StoreError::input("title", InputProblem::Missing))?;
        let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
        if title.is_empty() {
            return Err(StoreError::input("title", InputProblem::Missing));
        }
        if title.chars().count() > MAX_TITLE_CHARS {
            return Err(StoreError::input("title", InputProblem::TooLong { max: MAX_TITLE_CHARS }));
        }
        if new.period_start > new.period_end {
            return Err(ScorecardError::PeriodReversed.into());
        }
        let collectives: BTreeSet<CollectiveId> = new.collectives.iter().copied().collect();
        let institutions: BTreeSet<InstitutionId> = new.institutions.iter().copied().collect();
        if !collectives.contains(&new.organiser) {
            return Err(ScorecardError::OrganiserNotTakingPart.into());
        }
        if institutions.is_empty() {
            return Err(ScorecardError::NoInstitutions.into());
        }
        let mut tx = self.begin_audited().await?;
        for c in &collectives {
            if sqlx::query("SELECT id FROM collectives WHERE id = $1").bind(c.0).fetch_optional(tx.conn()).await?.is_none() {
                return Err(StoreError::NotFound("collective"));
            }
        }
        for i in &institutions {
            if sqlx::query("SELECT id FROM institutions WHERE id = $1").bind(i.0).fetch_optional(tx.conn()).await?.is_none() {
                return Err(StoreError::NotFound("institution"));
            }
        }
        if let Some(previous) = new.previous {
            let organiser: Option<i64> =
                sqlx::query_scalar("SELECT organiser_id FROM rounds WHERE id = $1").bind(previous.0).fetch_optional(tx.conn()).await?;
            if organiser != Some(new.organiser.0) {
                return Err(ScorecardError::UnknownPreviousRound.into());
            }
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO rounds (organiser_id, template, title, period_start, period_end, previous_id, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 'planned', $7) RETURNING id",
        )
        .bind(new.organiser.0)
        .bind(&new.template)
        .bind(&title)
        .bind(db::date_text(new.period_start))
        .bind(db::date_text(new.period_end))
        .bind(new.previous.map(|p| p.0))
        .bind(tx.at())
        .fetch_one(tx.conn())
        .await?;
        for c in &collectives {
            sqlx::query("INSERT INTO round_collectives (round_id, collective_id) VALUES ($1, $2)").bind(id).bind(c.0).execute(tx.conn()).await?;
        }
        for i in &institutions {
            sqlx::query("INSERT INTO round_institutions (round_id, institution_id) VALUES ($1, $2)").bind(id).bind(i.0).execute(tx.conn()).await?;
        }
        let detail = format!("round={id};template={};collectives={};institutions={}", new.template, collectives.len(), institutions.len());
        tx.append(by, &AuditEvent::new("round_planned").collective(new.organiser).detail(detail)).await?;
        tx.commit().await?;
        Ok(RoundId(id))
    }

    pub async fn round(&self, id: RoundId) -> Result<Option<Round>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let row = sqlx::query(&format!("{SELECT} WHERE id = $1")).bind(id.0).fetch_optional(&mut *conn).await?;
        match row {
            Some(row) => Ok(Some(round(&mut conn, &row).await?)),
            None => Ok(None),
        }
    }

    /// Rounds a collective organises or takes part in, newest first.
    pub async fn rounds_of_collective(&self, c: CollectiveId) -> Result<Vec<Round>, StoreError> {
        self.rounds_where(
            "WHERE organiser_id = $1 OR id IN (SELECT round_id FROM round_collectives WHERE collective_id = $1) ORDER BY id DESC",
            Some(c.0),
        )
        .await
    }

    /// Every published round, the latest period first.
    pub async fn published_rounds(&self) -> Result<Vec<Round>, StoreError> {
        self.rounds_where("WHERE status = 'published' ORDER BY period_end DESC, id DESC", None).await
    }

    /// A published round by its public slug; `None` for anything else.
    pub async fn round_by_slug(&self, slug: &str) -> Result<Option<Round>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let row = sqlx::query(&format!("{SELECT} WHERE public_slug = $1 AND status = 'published'")).bind(slug).fetch_optional(&mut *conn).await?;
        match row {
            Some(row) => Ok(Some(round(&mut conn, &row).await?)),
            None => Ok(None),
        }
    }

    /// Moves the round one step on from `from`, only if it is still at `from` (so two
    /// leaders pressing "close" at once close it once, and a stale page is refused).
    /// Publishing gives it a random, unguessable public slug. Returns the new status.
    pub async fn advance_round(&self, by: &Accessor, id: RoundId, from: RoundStatus) -> Result<RoundStatus, StoreError> {
        let to = from.next().ok_or(ScorecardError::AlreadyPublished)?;
        let slug = (to == RoundStatus::Published).then(new_slug);
        let mut tx = self.begin_audited().await?;
        let updated = sqlx::query("UPDATE rounds SET status = $1, public_slug = COALESCE($2, public_slug) WHERE id = $3 AND status = $4")
            .bind(to.code())
            .bind(slug)
            .bind(id.0)
            .bind(from.code())
            .execute(tx.conn())
            .await?;
        if updated.rows_affected() == 0 {
            let actual = current_status(tx.conn(), id).await?.ok_or(StoreError::NotFound("round"))?;
            return Err(ScorecardError::StaleStatus { expected: from.code(), actual: actual.code() }.into());
        }
        // Closing makes the round's card, once, in this transaction: what its organisers see
        // from now on and what publication will serve (`snapshots`).
        if to == RoundStatus::Closed {
            let at = tx.at();
            super::snapshots::make_round_card_in(tx.conn(), &self.keys, id, at).await?;
        }
        let organiser: i64 = sqlx::query_scalar("SELECT organiser_id FROM rounds WHERE id = $1").bind(id.0).fetch_one(tx.conn()).await?;
        let detail = format!("round={};from={};to={}", id.0, from.code(), to.code());
        tx.append(by, &AuditEvent::new("round_advanced").collective(CollectiveId(organiser)).detail(detail)).await?;
        tx.commit().await?;
        Ok(to)
    }

    async fn rounds_where(&self, clause: &str, param: Option<i64>) -> Result<Vec<Round>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let sql = format!("{SELECT} {clause}");
        let mut query = sqlx::query(&sql);
        if let Some(p) = param {
            query = query.bind(p);
        }
        let rows = query.fetch_all(&mut *conn).await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            out.push(round(&mut conn, row).await?);
        }
        Ok(out)
    }
}

/// 24 URL-safe characters from the operating system's generator.
fn new_slug() -> String {
    use base64::Engine as _;
    let bytes: [u8; SLUG_BYTES] = rand::random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

const SELECT: &str = "SELECT id, organiser_id, template, title, period_start, period_end, previous_id, status, public_slug FROM rounds";

pub(crate) fn parse_status(code: &str) -> Result<RoundStatus, StoreError> {
    RoundStatus::from_code(code).ok_or_else(|| StoreError::Corrupt { table: "rounds", detail: format!("unknown status {code:?}") })
}

/// Whether `points` fit the round's template for the institution's type (read in the
/// caller's transaction).
pub(crate) async fn check_answers_in(
    conn: &mut AnyConnection,
    round: RoundId,
    institution: InstitutionId,
    points: &[(String, usize)],
) -> Result<(), StoreError> {
    let template: String = sqlx::query_scalar("SELECT template FROM rounds WHERE id = $1").bind(round.0).fetch_one(&mut *conn).await?;
    let kind: String = sqlx::query_scalar("SELECT kind FROM institutions WHERE id = $1").bind(institution.0).fetch_one(&mut *conn).await?;
    let kind = dhruva_core::scorecard::InstitutionType::from_code(&kind)
        .ok_or_else(|| StoreError::Corrupt { table: "institutions", detail: format!("unknown type {kind:?}") })?;
    Ok(templates::check_answers(&template, kind, points)?)
}

/// The round's status, read in the caller's transaction.
pub(crate) async fn current_status(conn: &mut AnyConnection, id: RoundId) -> Result<Option<RoundStatus>, StoreError> {
    let code: Option<String> = sqlx::query_scalar("SELECT status FROM rounds WHERE id = $1").bind(id.0).fetch_optional(conn).await?;
    code.as_deref().map(parse_status).transpose()
}

async fn round(conn: &mut AnyConnection, row: &AnyRow) -> Result<Round, StoreError> {
    let id: i64 = row.try_get(0)?;
    let collectives: Vec<i64> = sqlx::query_scalar("SELECT collective_id FROM round_collectives WHERE round_id = $1 ORDER BY collective_id")
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
    let institutions: Vec<i64> = sqlx::query_scalar("SELECT institution_id FROM round_institutions WHERE round_id = $1 ORDER BY institution_id")
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
    Ok(Round {
        id: RoundId(id),
        organiser: CollectiveId(row.try_get(1)?),
        collectives: collectives.into_iter().map(CollectiveId).collect(),
        institutions: institutions.into_iter().map(InstitutionId).collect(),
        template: row.try_get(2)?,
        title: row.try_get(3)?,
        period_start: db::parse_date(&row.try_get::<String, _>(4)?, "rounds")?,
        period_end: db::parse_date(&row.try_get::<String, _>(5)?, "rounds")?,
        previous: row.try_get::<Option<i64>, _>(6)?.map(RoundId),
        status: parse_status(&row.try_get::<String, _>(7)?)?,
        public_slug: row.try_get(8)?,
    })
}
