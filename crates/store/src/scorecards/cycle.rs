//! The rest of the cycle: a collective's focus-group consensus, the providers' own
//! assessment, the interface meeting and the action plan that the next round follows up.
//! These are groups' views and agreed actions, not a person's data: stored as they are.

use super::rounds::{check_answers_in, current_status};
use super::ScorecardError;
use crate::audit::AuditEvent;
use crate::error::InputProblem;
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::scorecard::{ActionStatus, AttendeeRole, RoundStatus};
use dhruva_core::{CollectiveId, InstitutionId, RoundId};
use serde::Serialize;
use sqlx::{AnyConnection, Row as _};
use time::Date;

/// The longest reasons, notes, action or follow-up note, in characters (a page of Bengali).
pub const MAX_TEXT_CHARS: usize = 4000;
/// The longest "who is responsible", in characters.
pub const MAX_SHORT_CHARS: usize = 200;

/// A group's scores for one institution (a focus group's consensus, or the providers' own).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GroupScores {
    pub institution: InstitutionId,
    pub points: Vec<(String, usize)>,
    pub reasons: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Meeting {
    pub held_on: Date,
    /// Head counts by role, never names.
    pub attendance: Vec<(AttendeeRole, u32)>,
    pub notes: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewAction {
    pub action: String,
    pub institution: Option<InstitutionId>,
    pub responsible: String,
    pub due: Date,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlanAction {
    pub id: i64,
    pub round: RoundId,
    pub action: String,
    pub institution: Option<InstitutionId>,
    pub responsible: String,
    pub due: Date,
    pub status: ActionStatus,
    pub note: Option<String>,
}

/// A text as kept (see [`dhruva_core::text::clean`]), refused naming its form field.
fn text(value: &str, field: &'static str, max: usize, required: bool) -> Result<String, StoreError> {
    let value = dhruva_core::text::clean(value).map_err(|_| StoreError::input(field, InputProblem::Missing))?;
    if required && value.is_empty() {
        return Err(StoreError::input(field, InputProblem::Missing));
    }
    if value.chars().count() > max {
        return Err(StoreError::input(field, InputProblem::TooLong { max }));
    }
    Ok(value)
}

fn points_json(points: &[(String, usize)]) -> Result<String, StoreError> {
    serde_json::to_string(points).map_err(|e| StoreError::Invalid(format!("scores cannot be written: {e}")))
}

fn parse_points(json: &str, table: &'static str) -> Result<Vec<(String, usize)>, StoreError> {
    serde_json::from_str(json).map_err(|_| StoreError::Corrupt { table, detail: "scores do not parse".to_owned() })
}

/// The steps after rating are recorded while the round is open or closed, never once it is
/// published (what was published stays as it was) nor while it is only planned.
async fn require_step_allowed(conn: &mut AnyConnection, round: RoundId) -> Result<CollectiveId, StoreError> {
    let status = current_status(conn, round).await?.ok_or(StoreError::NotFound("round"))?;
    if !matches!(status, RoundStatus::Open | RoundStatus::Closed) {
        return Err(ScorecardError::StepNotNow(status.code()).into());
    }
    let organiser: i64 = sqlx::query_scalar("SELECT organiser_id FROM rounds WHERE id = $1").bind(round.0).fetch_one(conn).await?;
    Ok(CollectiveId(organiser))
}

async fn require_institution(conn: &mut AnyConnection, round: RoundId, institution: InstitutionId) -> Result<(), StoreError> {
    let found = sqlx::query("SELECT 1 FROM round_institutions WHERE round_id = $1 AND institution_id = $2")
        .bind(round.0)
        .bind(institution.0)
        .fetch_optional(conn)
        .await?;
    found.map(|_| ()).ok_or_else(|| ScorecardError::InstitutionNotInRound.into())
}

impl Store {
    /// A collective's focus-group consensus on one institution; replaces its earlier one.
    pub async fn record_focus_group(&self, by: &Accessor, round: RoundId, collective: CollectiveId, scores: &GroupScores) -> Result<(), StoreError> {
        let points = points_json(&scores.points)?;
        let reasons = text(&scores.reasons, "reasons", MAX_TEXT_CHARS, false)?;
        let mut tx = self.begin_audited().await?;
        require_step_allowed(tx.conn(), round).await?;
        require_institution(tx.conn(), round, scores.institution).await?;
        check_answers_in(tx.conn(), round, scores.institution, &scores.points).await?;
        let taking_part = sqlx::query("SELECT 1 FROM round_collectives WHERE round_id = $1 AND collective_id = $2")
            .bind(round.0)
            .bind(collective.0)
            .fetch_optional(tx.conn())
            .await?;
        if taking_part.is_none() {
            return Err(ScorecardError::CollectiveNotTakingPart.into());
        }
        sqlx::query(
            "INSERT INTO focus_groups (round_id, institution_id, collective_id, points, reasons, recorded_at) VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (round_id, institution_id, collective_id) DO UPDATE SET points = $4, reasons = $5, recorded_at = $6",
        )
        .bind(round.0)
        .bind(scores.institution.0)
        .bind(collective.0)
        .bind(points)
        .bind(reasons)
        .bind(tx.at())
        .execute(tx.conn())
        .await?;
        let detail = format!("round={};institution={}", round.0, scores.institution.0);
        tx.append(by, &AuditEvent::new("focus_group_recorded").collective(collective).detail(detail)).await?;
        tx.commit().await
    }

    pub async fn focus_groups(&self, round: RoundId) -> Result<Vec<(CollectiveId, GroupScores)>, StoreError> {
        let rows = sqlx::query(
            "SELECT collective_id, institution_id, points, reasons FROM focus_groups WHERE round_id = $1 ORDER BY institution_id, collective_id",
        )
        .bind(round.0)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let scores = GroupScores {
                    institution: InstitutionId(row.try_get(1)?),
                    points: parse_points(&row.try_get::<String, _>(2)?, "focus_groups")?,
                    reasons: row.try_get(3)?,
                };
                Ok((CollectiveId(row.try_get(0)?), scores))
            })
            .collect()
    }

    /// The providers' own assessment of one institution; replaces the earlier one.
    pub async fn record_self_assessment(&self, by: &Accessor, round: RoundId, scores: &GroupScores) -> Result<(), StoreError> {
        let points = points_json(&scores.points)?;
        let reasons = text(&scores.reasons, "reasons", MAX_TEXT_CHARS, false)?;
        let mut tx = self.begin_audited().await?;
        let organiser = require_step_allowed(tx.conn(), round).await?;
        require_institution(tx.conn(), round, scores.institution).await?;
        check_answers_in(tx.conn(), round, scores.institution, &scores.points).await?;
        sqlx::query(
            "INSERT INTO self_assessments (round_id, institution_id, points, reasons, recorded_at) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (round_id, institution_id) DO UPDATE SET points = $3, reasons = $4, recorded_at = $5",
        )
        .bind(round.0)
        .bind(scores.institution.0)
        .bind(points)
        .bind(reasons)
        .bind(tx.at())
        .execute(tx.conn())
        .await?;
        let detail = format!("round={};institution={}", round.0, scores.institution.0);
        tx.append(by, &AuditEvent::new("self_assessment_recorded").collective(organiser).detail(detail)).await?;
        tx.commit().await
    }

    pub async fn self_assessments(&self, round: RoundId) -> Result<Vec<GroupScores>, StoreError> {
        let rows = sqlx::query("SELECT institution_id, points, reasons FROM self_assessments WHERE round_id = $1 ORDER BY institution_id")
            .bind(round.0)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| {
                Ok(GroupScores {
                    institution: InstitutionId(row.try_get(0)?),
                    points: parse_points(&row.try_get::<String, _>(1)?, "self_assessments")?,
                    reasons: row.try_get(2)?,
                })
            })
            .collect()
    }

    /// The interface meeting; recording it again replaces it. Not before the period starts.
    pub async fn record_meeting(&self, by: &Accessor, round: RoundId, meeting: &Meeting) -> Result<(), StoreError> {
        let notes = text(&meeting.notes, "notes", MAX_TEXT_CHARS, false)?;
        let mut seen = std::collections::BTreeSet::new();
        if meeting.attendance.iter().any(|(role, _)| !seen.insert(*role)) {
            return Err(StoreError::input("attendance", InputProblem::NoAttendance));
        }
        if meeting.attendance.iter().all(|(_, n)| *n == 0) {
            return Err(StoreError::input("attendance", InputProblem::NoAttendance));
        }
        let attendance: Vec<(&str, u32)> = meeting.attendance.iter().map(|(r, n)| (r.code(), *n)).collect();
        let attendance = serde_json::to_string(&attendance).map_err(|e| StoreError::Invalid(format!("attendance cannot be written: {e}")))?;
        let mut tx = self.begin_audited().await?;
        let organiser = require_step_allowed(tx.conn(), round).await?;
        let start: String = sqlx::query_scalar("SELECT period_start FROM rounds WHERE id = $1").bind(round.0).fetch_one(tx.conn()).await?;
        if db::date_text(meeting.held_on) < start {
            return Err(StoreError::input("held_on", InputProblem::BeforeRound));
        }
        sqlx::query(
            "INSERT INTO round_meetings (round_id, held_on, attendance, notes, recorded_at) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (round_id) DO UPDATE SET held_on = $2, attendance = $3, notes = $4, recorded_at = $5",
        )
        .bind(round.0)
        .bind(db::date_text(meeting.held_on))
        .bind(attendance)
        .bind(notes)
        .bind(tx.at())
        .execute(tx.conn())
        .await?;
        tx.append(by, &AuditEvent::new("meeting_recorded").collective(organiser).detail(format!("round={}", round.0))).await?;
        tx.commit().await
    }

    pub async fn meeting(&self, round: RoundId) -> Result<Option<Meeting>, StoreError> {
        let row =
            sqlx::query("SELECT held_on, attendance, notes FROM round_meetings WHERE round_id = $1").bind(round.0).fetch_optional(&self.pool).await?;
        let Some(row) = row else { return Ok(None) };
        let corrupt = || StoreError::Corrupt { table: "round_meetings", detail: "attendance does not parse".to_owned() };
        let raw: Vec<(String, u32)> = serde_json::from_str(&row.try_get::<String, _>(1)?).map_err(|_| corrupt())?;
        let attendance = raw.into_iter().map(|(r, n)| AttendeeRole::from_code(&r).map(|r| (r, n)).ok_or_else(corrupt)).collect::<Result<_, _>>()?;
        Ok(Some(Meeting { held_on: db::parse_date(&row.try_get::<String, _>(0)?, "round_meetings")?, attendance, notes: row.try_get(2)? }))
    }

    /// Adds an action to the round's plan (status `planned`).
    pub async fn add_action(&self, by: &Accessor, round: RoundId, new: &NewAction) -> Result<i64, StoreError> {
        let action = text(&new.action, "action", MAX_TEXT_CHARS, true)?;
        let responsible = text(&new.responsible, "responsible", MAX_SHORT_CHARS, true)?;
        let mut tx = self.begin_audited().await?;
        let organiser = require_step_allowed(tx.conn(), round).await?;
        if let Some(institution) = new.institution {
            require_institution(tx.conn(), round, institution).await?;
        }
        let start: String = sqlx::query_scalar("SELECT period_start FROM rounds WHERE id = $1").bind(round.0).fetch_one(tx.conn()).await?;
        if db::date_text(new.due) < start {
            return Err(StoreError::input("due", InputProblem::BeforeRound));
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO round_actions (round_id, action, institution_id, responsible, due_on, status, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, 'planned', $6, $6) RETURNING id",
        )
        .bind(round.0)
        .bind(action)
        .bind(new.institution.map(|i| i.0))
        .bind(responsible)
        .bind(db::date_text(new.due))
        .bind(tx.at())
        .fetch_one(tx.conn())
        .await?;
        tx.append(by, &AuditEvent::new("action_added").collective(organiser).detail(format!("round={};action={id}", round.0))).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Follows an action up. Allowed in any status (the next round follows up the previous
    /// round's plan after it was published); the note replaces the earlier one.
    pub async fn update_action(&self, by: &Accessor, round: RoundId, id: i64, status: ActionStatus, note: Option<&str>) -> Result<(), StoreError> {
        let note = note.map(|n| text(n, "note", MAX_TEXT_CHARS, false)).transpose()?.filter(|n| !n.is_empty());
        let mut tx = self.begin_audited().await?;
        let updated = sqlx::query("UPDATE round_actions SET status = $1, note = $2, updated_at = $3 WHERE id = $4 AND round_id = $5")
            .bind(status.code())
            .bind(note)
            .bind(tx.at())
            .bind(id)
            .bind(round.0)
            .execute(tx.conn())
            .await?;
        if updated.rows_affected() == 0 {
            return Err(StoreError::NotFound("action"));
        }
        let organiser: i64 = sqlx::query_scalar("SELECT organiser_id FROM rounds WHERE id = $1").bind(round.0).fetch_one(tx.conn()).await?;
        let detail = format!("round={};action={id};status={}", round.0, status.code());
        tx.append(by, &AuditEvent::new("action_updated").collective(CollectiveId(organiser)).detail(detail)).await?;
        tx.commit().await
    }

    pub async fn action_plan(&self, round: RoundId) -> Result<Vec<PlanAction>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, action, institution_id, responsible, due_on, status, note FROM round_actions WHERE round_id = $1 ORDER BY due_on, id",
        )
        .bind(round.0)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let status: String = row.try_get(5)?;
                Ok(PlanAction {
                    id: row.try_get(0)?,
                    round,
                    action: row.try_get(1)?,
                    institution: row.try_get::<Option<i64>, _>(2)?.map(InstitutionId),
                    responsible: row.try_get(3)?,
                    due: db::parse_date(&row.try_get::<String, _>(4)?, "round_actions")?,
                    status: ActionStatus::from_code(&status)
                        .ok_or_else(|| StoreError::Corrupt { table: "round_actions", detail: format!("unknown status {status:?}") })?,
                    note: row.try_get(6)?,
                })
            })
            .collect()
    }
}
