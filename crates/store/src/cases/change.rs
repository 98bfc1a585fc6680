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
use time::{Date, Duration, OffsetDateTime};

/// The latest date a past event may carry when the caller gives no `today`: tomorrow in UTC,
/// because in India (UTC+5:30) the day starts before it does in UTC.
pub(super) fn latest_allowed_date() -> Date {
    let today = OffsetDateTime::now_utc().date();
    today.checked_add(Duration::days(1)).unwrap_or(today)
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
        if h.held_on > latest_allowed_date() {
            return Err(CaseError::DateInFuture.into());
        }
        if h.next_on.is_some_and(|next| next < h.held_on) {
            return Err(StoreError::input("next_on", crate::error::InputProblem::BeforeHearing));
        }
        let row = sqlx::query("INSERT INTO case_hearings (case_id, held_on, next_on, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
            .bind(id.0)
            .bind(db::date_text(h.held_on))
            .bind(h.next_on.map(db::date_text))
            .bind(by.account.map(|a| a.0))
            .bind(tx.at())
            .fetch_one(tx.conn())
            .await?;
        let hearing: i64 = row.try_get(0)?;
        let key = guardians::data_key(tx.conn(), case.member).await?;
        let court = seal_optional(&self.keys, &key, &field("case_hearings", hearing, "court"), h.court.as_ref().filter(|c| !c.expose().trim().is_empty()))?;
        let note = seal_optional(&self.keys, &key, &field("case_hearings", hearing, "note"), h.note.as_ref().filter(|n| !n.expose().trim().is_empty()))?;
        sqlx::query("UPDATE case_hearings SET court_ct = $1, note_ct = $2 WHERE id = $3").bind(court).bind(note).bind(hearing).execute(tx.conn()).await?;
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
