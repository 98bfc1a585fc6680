//! Changing a case: its state (through the workflow, compare-and-set), its details, its
//! hearings and its deadlines. Each in one audited transaction; audit rows hold ids only.

use super::figures::{self, Amounts};
use super::open::{insert_event, missing_reference, write_sealed_case_fields};
use super::read::{deadline_inputs, CaseRow};
use super::seal::{field, seal_optional, seal_text};
use super::{details, Authority, CaseError, NewHearing};
use crate::audit::AuditEvent;
use crate::{db, guardians, Accessor, Store, StoreError};
use dhruva_core::cases::deadlines::{deadlines, rule};
use dhruva_core::cases::workflow::workflow;
use dhruva_core::cases::{CaseKind, CaseState};
use dhruva_core::geography::DistrictCode;
use dhruva_core::{CaseId, Sensitive};
use dhruva_forms::RawAnswers;
use sqlx::Row as _;
use time::{Date, OffsetDateTime};

impl Store {
    /// The latest date a past event may carry: today in India, by the one clock.
    pub(super) fn latest_allowed_date(&self) -> Date {
        self.today()
    }
}

impl Store {
    /// Moves the case from `from` to `to` on `on`, if the workflow allows it and the case is
    /// still in `from` (else `StaleState`: someone else moved it first). `on` may not be after
    /// `today` nor before the last change.
    #[allow(clippy::too_many_arguments)]
    #[tracing::instrument(skip_all)]
    pub async fn change_case_state(
        &self,
        by: &Accessor,
        id: CaseId,
        from: CaseState,
        to: CaseState,
        on: Date,
        note: Option<Sensitive<String>>,
        today: Date,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_audited().await?;
        let case = CaseRow::load(tx.conn(), id).await?.ok_or(StoreError::NotFound("case"))?;
        if case.state != from {
            return Err(CaseError::StaleState.into());
        }
        let flow = workflow(case.kind);
        flow.check(from, to).map_err(CaseError::from)?;
        if on > today {
            return Err(CaseError::DateInFuture.into());
        }
        if on < case.state_since {
            return Err(CaseError::DateBeforeLastChange.into());
        }
        let filed = (to == flow.filed).then(|| db::date_text(on));
        let decided = flow.is_decided(to).then(|| db::date_text(on));
        // Compare-and-set: the state read above must still be the state written over.
        let changed = sqlx::query(
            "UPDATE cases SET state = $1, state_since = $2, filed_on = COALESCE(filed_on, $3), decided_on = COALESCE(decided_on, $4) \
             WHERE id = $5 AND state = $6",
        )
        .bind(to.code())
        .bind(db::date_text(on))
        .bind(filed)
        .bind(decided)
        .bind(id.0)
        .bind(from.code())
        .execute(tx.conn())
        .await?
        .rows_affected();
        if changed != 1 {
            return Err(CaseError::StaleState.into());
        }
        let key = guardians::data_key(tx.conn(), case.member).await?;
        let note_text = note.as_ref().map(|n| n.expose().as_str());
        let at = tx.at();
        insert_event(tx.conn(), id, Some(from), to, on, note_text.map(|t| (&*self.keys, key.as_slice(), t)), by, at).await?;
        let detail = format!("case={};from={};to={}", id.0, from.code(), to.code());
        tx.append(by, &AuditEvent::new("case_state_changed").member(case.member).collective(case.collective).detail(detail)).await?;
        tx.commit().await
    }

    /// Replaces the authority, district and details (checked against the kind's form). A
    /// compensation claim's sealed amounts for the figures are rewritten with them.
    #[tracing::instrument(skip_all)]
    pub async fn update_case_details(
        &self,
        by: &Accessor,
        id: CaseId,
        authority: &Authority,
        district: Option<DistrictCode>,
        details: &Sensitive<RawAnswers>,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_audited().await?;
        let case = CaseRow::load(tx.conn(), id).await?.ok_or(StoreError::NotFound("case"))?;
        let checked = details::validate(case.kind, details.expose())?;
        let authority_id = match authority {
            Authority::Registry(i) => Some(i.0),
            _ => None,
        };
        sqlx::query("UPDATE cases SET authority_id = $1, district_code = $2 WHERE id = $3")
            .bind(authority_id)
            .bind(district.as_ref().map(|d| d.as_str().to_owned()))
            .bind(id.0)
            .execute(tx.conn())
            .await
            .map_err(missing_reference)?;
        let key = guardians::data_key(tx.conn(), case.member).await?;
        write_sealed_case_fields(tx.conn(), &self.keys, &key, id, authority, &checked).await?;
        if case.kind == CaseKind::Compensation {
            figures::save(tx.conn(), &self.keys, id, &Amounts::from_details(&checked)).await?;
        }
        let event = AuditEvent::new("case_details_edited").member(case.member).collective(case.collective).detail(format!("case={}", id.0));
        tx.append(by, &event).await?;
        tx.commit().await
    }

    /// Records a hearing of a legal case (refused for other kinds).
    #[tracing::instrument(skip_all)]
    pub async fn add_hearing(&self, by: &Accessor, id: CaseId, h: &NewHearing) -> Result<(), StoreError> {
        let mut tx = self.begin_audited().await?;
        let case = CaseRow::load(tx.conn(), id).await?.ok_or(StoreError::NotFound("case"))?;
        if case.kind != CaseKind::Legal {
            return Err(CaseError::WrongKindForThis.into());
        }
        if h.held_on > self.latest_allowed_date() {
            return Err(CaseError::DateInFuture.into());
        }
        if h.next_on.is_some_and(|next| next < h.held_on) {
            return Err(StoreError::input("next_on", crate::error::InputProblem::BeforeHearing));
        }
        let row =
            sqlx::query("INSERT INTO case_hearings (case_id, held_on, next_on, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
                .bind(id.0)
                .bind(db::date_text(h.held_on))
                .bind(h.next_on.map(db::date_text))
                .bind(by.account.map(|a| a.0))
                .bind(tx.at())
                .fetch_one(tx.conn())
                .await?;
        let hearing: i64 = row.try_get(0)?;
        let key = guardians::data_key(tx.conn(), case.member).await?;
        let court =
            seal_optional(&self.keys, &key, &field("case_hearings", hearing, "court"), h.court.as_ref().filter(|c| !c.expose().trim().is_empty()))?;
        let note =
            seal_optional(&self.keys, &key, &field("case_hearings", hearing, "note"), h.note.as_ref().filter(|n| !n.expose().trim().is_empty()))?;
        sqlx::query("UPDATE case_hearings SET court_ct = $1, note_ct = $2 WHERE id = $3")
            .bind(court)
            .bind(note)
            .bind(hearing)
            .execute(tx.conn())
            .await?;
        let event = AuditEvent::new("case_hearing_added").member(case.member).collective(case.collective).detail(format!("case={}", id.0));
        tx.append(by, &event).await?;
        tx.commit().await
    }

    /// Moves one of the case's deadlines (the latest one of `rule`) to `due`, for a reason.
    /// The rule's own date stays the legal time in the figures.
    #[tracing::instrument(skip_all)]
    pub async fn override_deadline(&self, by: &Accessor, id: CaseId, rule_id: &str, due: Date, reason: Sensitive<String>) -> Result<(), StoreError> {
        let reason = reason.expose().trim();
        if reason.is_empty() {
            return Err(CaseError::ReasonRequired.into());
        }
        let mut tx = self.begin_audited().await?;
        let case = CaseRow::load(tx.conn(), id).await?.ok_or(StoreError::NotFound("case"))?;
        let rule = rule(rule_id).filter(|r| r.kind == case.kind).ok_or(CaseError::UnknownRule)?;
        let inputs = deadline_inputs(tx.conn(), &[id]).await?;
        let (history, overrides) = inputs.get(&id).map(|(h, o)| (h.as_slice(), o.as_slice())).unwrap_or((&[], &[]));
        if !deadlines(case.kind, case.entitlement, history, overrides).iter().any(|d| d.rule.id == rule.id) {
            return Err(CaseError::UnknownRule.into());
        }
        let row = sqlx::query(
            "INSERT INTO case_deadline_overrides (case_id, rule, due, reason_ct, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(id.0)
        .bind(rule.id.as_str())
        .bind(db::date_text(due))
        .bind(Vec::<u8>::new())
        .bind(by.account.map(|a| a.0))
        .bind(tx.at())
        .fetch_one(tx.conn())
        .await?;
        let override_id: i64 = row.try_get(0)?;
        let key = guardians::data_key(tx.conn(), case.member).await?;
        let sealed = seal_text(&self.keys, &key, &field("case_deadline_overrides", override_id, "reason"), reason)?;
        sqlx::query("UPDATE case_deadline_overrides SET reason_ct = $1 WHERE id = $2").bind(sealed).bind(override_id).execute(tx.conn()).await?;
        let detail = format!("case={};rule={}", id.0, rule.id);
        tx.append(by, &AuditEvent::new("case_deadline_overridden").member(case.member).collective(case.collective).detail(detail)).await?;
        tx.commit().await
    }
}

/// How long after a move its maker may take it back: long enough to notice a wrong tap, short
/// enough that nobody has acted on the move yet.
pub const UNDO_WINDOW_SECONDS: i64 = 15 * 60;

/// A move that its maker may still take back.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct UndoableMove {
    /// The move's event: what the undo names.
    pub event: i64,
    /// Where the case was before the move, and where the move took it.
    pub from: CaseState,
    pub to: CaseState,
    /// The last moment the undo is accepted.
    #[serde(with = "time::serde::rfc3339")]
    pub until: OffsetDateTime,
}

/// The case's latest move as an undo would see it: the event, its states, its date, when and
/// by whom it was recorded.
struct LatestMove {
    event: i64,
    from: CaseState,
    to: CaseState,
    recorded_by: Option<i64>,
    recorded_at: i64,
}

fn state_code(code: &str) -> Result<CaseState, StoreError> {
    CaseState::from_code(code).ok_or_else(|| StoreError::Corrupt { table: "case_events", detail: "unknown state".to_owned() })
}

/// Whether `by` may take back the move `event` (or, with `None`, the case's latest move) at
/// `now` (unix seconds): a move (not the opening, not an undo, not undone) recorded by this
/// very account less than the window ago, with nothing recorded on the case since — no later
/// event, hearing, letter or moved date — and the case still where the move took it.
async fn check_undo(conn: &mut sqlx::AnyConnection, by: &Accessor, case: &CaseRow, event: Option<i64>, now: i64) -> Result<LatestMove, CaseError> {
    let latest =
        sqlx::query("SELECT id, from_state, to_state, recorded_by, recorded_at, undoes FROM case_events WHERE case_id = $1 ORDER BY id DESC LIMIT 1")
            .bind(case.id.0)
            .fetch_optional(&mut *conn)
            .await
            .ok()
            .flatten()
            .ok_or(CaseError::UndoNothing)?;
    let read = |r: Result<LatestMove, StoreError>| r.map_err(|_| CaseError::UndoNothing);
    let latest_id: i64 = latest.try_get(0).map_err(|_| CaseError::UndoNothing)?;
    if let Some(asked) = event {
        if asked != latest_id {
            // An older move of this case, or none at all.
            let known: Option<i64> = sqlx::query_scalar("SELECT id FROM case_events WHERE id = $1 AND case_id = $2 AND from_state IS NOT NULL")
                .bind(asked)
                .bind(case.id.0)
                .fetch_optional(&mut *conn)
                .await
                .ok()
                .flatten();
            return Err(if known.is_some() { CaseError::UndoAfterLaterEvent } else { CaseError::UndoNothing });
        }
    }
    let undoes: Option<i64> = latest.try_get(5).map_err(|_| CaseError::UndoNothing)?;
    let from: Option<String> = latest.try_get(1).map_err(|_| CaseError::UndoNothing)?;
    let (Some(from), None) = (from, undoes) else {
        // The opening cannot be undone; an undo is not undone in turn (the move is made again).
        return Err(if undoes.is_some() && event.is_some() { CaseError::UndoAfterLaterEvent } else { CaseError::UndoNothing });
    };
    let m = read((|| {
        Ok(LatestMove {
            event: latest_id,
            from: state_code(&from)?,
            to: state_code(&latest.try_get::<String, _>(2)?)?,
            recorded_by: latest.try_get(3)?,
            recorded_at: latest.try_get(4)?,
        })
    })())?;
    if by.account.is_none() || m.recorded_by != by.account.map(|a| a.0) {
        return Err(CaseError::UndoNotYours);
    }
    if now - m.recorded_at > UNDO_WINDOW_SECONDS {
        return Err(CaseError::UndoExpired);
    }
    if case.state != m.to {
        return Err(CaseError::UndoAfterLaterEvent);
    }
    for table in ["case_hearings", "case_correspondence", "case_deadline_overrides"] {
        let later: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table} WHERE case_id = $1 AND recorded_at >= $2"))
            .bind(case.id.0)
            .bind(m.recorded_at)
            .fetch_one(&mut *conn)
            .await
            .map_err(|_| CaseError::UndoNothing)?;
        if later > 0 {
            return Err(CaseError::UndoAfterLaterEvent);
        }
    }
    Ok(m)
}

impl Store {
    /// The move `by` may still take back on this case at `now`, if any (for the page's button).
    pub async fn undoable_case_move(&self, by: &Accessor, id: CaseId, now: OffsetDateTime) -> Result<Option<UndoableMove>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let Some(case) = CaseRow::load(&mut conn, id).await? else { return Ok(None) };
        Ok(check_undo(&mut conn, by, &case, None, now.unix_timestamp()).await.ok().map(|m| UndoableMove {
            event: m.event,
            from: m.from,
            to: m.to,
            until: OffsetDateTime::from_unix_timestamp(m.recorded_at + UNDO_WINDOW_SECONDS).unwrap_or(now),
        }))
    }

    /// Takes back her move `event`: a new, dated event (today, from the move's state back to
    /// where the case was) naming the move, in one audited transaction. Nothing is deleted;
    /// the deadlines are read without the move and its undo, so they are as before the move,
    /// and the case's dates (since when in this state, filed, decided) are put back. Refused
    /// (`CaseError::Undo*`) after the window, for anyone but the move's maker, and when
    /// anything was recorded on the case since.
    #[tracing::instrument(skip_all)]
    pub async fn undo_case_move(&self, by: &Accessor, id: CaseId, event: i64, now: OffsetDateTime) -> Result<(), StoreError> {
        let mut tx = self.begin_audited().await?;
        let case = CaseRow::load(tx.conn(), id).await?.ok_or(StoreError::NotFound("case"))?;
        let m = check_undo(tx.conn(), by, &case, Some(event), now.unix_timestamp()).await?;
        let flow = workflow(case.kind);
        // Where the case stood before the move: the latest effective event before it.
        let before = sqlx::query(&format!(
            "SELECT e.to_state, e.on_date FROM case_events e WHERE e.case_id = $1 AND e.id < $2 AND {} ORDER BY e.id DESC LIMIT 1",
            super::read::EFFECTIVE
        ))
        .bind(id.0)
        .bind(m.event)
        .fetch_optional(tx.conn())
        .await?;
        let since = match &before {
            Some(row) => row.try_get::<String, _>(1)?,
            None => db::date_text(case.opened_on),
        };
        let moved_on: String = sqlx::query_scalar("SELECT on_date FROM case_events WHERE id = $1").bind(m.event).fetch_one(tx.conn()).await?;
        // The filed and decided dates the move set (they are set once, from the first such
        // entry) go back to none when no earlier entry gave them.
        let earlier = |pred: &dyn Fn(CaseState) -> bool, states: &[String]| states.iter().filter_map(|s| CaseState::from_code(s)).any(pred);
        let earlier_states: Vec<String> =
            sqlx::query_scalar(&format!("SELECT e.to_state FROM case_events e WHERE e.case_id = $1 AND e.id < $2 AND {}", super::read::EFFECTIVE))
                .bind(id.0)
                .bind(m.event)
                .fetch_all(tx.conn())
                .await?;
        let clear_filed = m.to == flow.filed && !earlier(&|s| s == flow.filed, &earlier_states);
        let clear_decided = flow.is_decided(m.to) && !earlier(&|s| flow.is_decided(s), &earlier_states);
        let changed = sqlx::query(
            "UPDATE cases SET state = $1, state_since = $2, \
             filed_on = CASE WHEN $3 = 1 AND filed_on = $4 THEN NULL ELSE filed_on END, \
             decided_on = CASE WHEN $5 = 1 AND decided_on = $4 THEN NULL ELSE decided_on END \
             WHERE id = $6 AND state = $7",
        )
        .bind(m.from.code())
        .bind(&since)
        .bind(i64::from(clear_filed))
        .bind(&moved_on)
        .bind(i64::from(clear_decided))
        .bind(id.0)
        .bind(m.to.code())
        .execute(tx.conn())
        .await?
        .rows_affected();
        if changed != 1 {
            return Err(CaseError::UndoAfterLaterEvent.into());
        }
        let at = tx.at();
        // Dated today, and never before the move it takes back (a move dated today in India
        // may be "tomorrow" in UTC for a few hours).
        let on = now.date().max(db::parse_date(&moved_on, "case_events")?);
        let undo = insert_event(tx.conn(), id, Some(m.to), m.from, on, None, by, at).await?;
        sqlx::query("UPDATE case_events SET undoes = $1 WHERE id = $2").bind(m.event).bind(undo).execute(tx.conn()).await?;
        let detail = format!("case={};event={};from={};to={}", id.0, m.event, m.to.code(), m.from.code());
        tx.append(by, &AuditEvent::new("case_move_undone").member(case.member).collective(case.collective).detail(detail)).await?;
        tx.commit().await
    }
}
