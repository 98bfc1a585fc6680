//! Opening a case: checked against its kind (catalogue item, workflow, form), written with its
//! starting history in one audited transaction.

use super::figures::{self, Amounts};
use super::seal::{field, seal_details, seal_text};
use super::{details, Authority, CaseError, NewCase};
use crate::audit::{AuditEvent, AuditedTx};
use crate::{db, guardians, Accessor, Keyring, Store, StoreError};
use dhruva_core::cases::workflow::workflow;
use dhruva_core::cases::{CaseKind, CaseState};
use dhruva_core::{CaseId, MemberId};
use sqlx::{AnyConnection, Row as _};
use time::Date;

impl Store {
    /// Opens a case in the workflow's initial state (or `new.state`), dated `new.opened_on`.
    #[tracing::instrument(skip_all)]
    pub async fn open_case(&self, by: &Accessor, new: &NewCase) -> Result<CaseId, StoreError> {
        let mut tx = self.begin_audited().await?;
        let id = insert_case(&mut tx, &self.keys, by, new, &[], self.latest_allowed_date()).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// See [`insert_case`]: for the import slice, inside the caller's audited transaction.
    pub(crate) async fn insert_case(
        tx: &mut AuditedTx,
        keys: &Keyring,
        by: &Accessor,
        new: &NewCase,
        history: &[(CaseState, Date)],
        today: Date,
    ) -> Result<CaseId, StoreError> {
        insert_case(tx, keys, by, new, history, today).await
    }
}

/// Inserts one case inside the caller's audited transaction and appends its `case_opened`
/// audit row. `history` is the states it went through, oldest first (a register's import
/// knows them); empty means one entry, `new.state` (or the initial state) on `opened_on`.
/// A non-empty history must end in `new.state` when that is given.
pub(crate) async fn insert_case(
    tx: &mut AuditedTx,
    keys: &Keyring,
    by: &Accessor,
    new: &NewCase,
    history: &[(CaseState, Date)],
    today: Date,
) -> Result<CaseId, StoreError> {
    check_item(new)?;
    let flow = workflow(new.kind);
    let history: Vec<(CaseState, Date)> =
        if history.is_empty() { vec![(new.state.unwrap_or_else(|| flow.initial()), new.opened_on)] } else { history.to_vec() };
    check_history(new, &history, today)?;
    let details = details::validate(new.kind, new.details.expose())?;
    let (state, state_since) = history.last().copied().ok_or_else(|| StoreError::Invalid("a case needs a state".to_owned()))?;

    require_member(tx.conn(), new.member).await?;
    let key = guardians::data_key(tx.conn(), new.member).await?;
    let filed_on = history.iter().find(|(s, _)| *s == flow.filed).map(|(_, d)| *d);
    let decided_on = history.iter().find(|(s, _)| flow.is_decided(*s)).map(|(_, d)| *d);
    let authority_id = match &new.authority {
        Authority::Registry(id) => Some(id.0),
        _ => None,
    };
    let row = sqlx::query(
        "INSERT INTO cases (member_id, collective_id, kind, entitlement, document, forum, state, opened_on, state_since, filed_on, \
         decided_on, authority_id, district_code, details_ct, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id",
    )
    .bind(new.member.0)
    .bind(new.collective.0)
    .bind(new.kind.code())
    .bind(new.entitlement.map(|e| e.code()))
    .bind(new.document.map(|d| d.code()))
    .bind(new.forum.map(|f| f.code()))
    .bind(state.code())
    .bind(db::date_text(new.opened_on))
    .bind(db::date_text(state_since))
    .bind(filed_on.map(db::date_text))
    .bind(decided_on.map(db::date_text))
    .bind(authority_id)
    .bind(new.district.as_ref().map(|d| d.as_str().to_owned()))
    // Sealed just below, once the row's id (part of the associated data) is known.
    .bind(Vec::<u8>::new())
    .bind(by.account.map(|a| a.0))
    .bind(tx.at())
    .fetch_one(tx.conn())
    .await
    .map_err(missing_reference)?;
    let id = CaseId(row.try_get(0)?);
    write_sealed_case_fields(tx.conn(), keys, &key, id, &new.authority, &details).await?;

    let mut from = None;
    let at = tx.at();
    for (to, on) in &history {
        insert_event(tx.conn(), id, from, *to, *on, None, by, at).await?;
        from = Some(*to);
    }
    if new.kind == CaseKind::Compensation {
        figures::save(tx.conn(), keys, id, &Amounts::from_details(&details)).await?;
    }
    let event = AuditEvent::new("case_opened").member(new.member).collective(new.collective).detail(format!("case={}", id.0));
    tx.append(by, &event).await?;
    Ok(id)
}

/// Seals the details and the authority's name under her key, bound to the case's id.
pub(super) async fn write_sealed_case_fields(
    conn: &mut AnyConnection,
    keys: &Keyring,
    key: &[u8],
    id: CaseId,
    authority: &Authority,
    details: &dhruva_forms::RawAnswers,
) -> Result<(), StoreError> {
    let details_ct = seal_details(keys, key, &field("cases", id.0, "details"), details)?;
    let name_ct = match authority {
        Authority::Named(name) if !name.expose().trim().is_empty() => {
            Some(seal_text(keys, key, &field("cases", id.0, "authority_name"), name.expose().trim())?)
        }
        _ => None,
    };
    sqlx::query("UPDATE cases SET details_ct = $1, authority_name_ct = $2 WHERE id = $3")
        .bind(details_ct)
        .bind(name_ct)
        .bind(id.0)
        .execute(conn)
        .await?;
    Ok(())
}

/// One entry of the history; a note is sealed under her key, bound to the event's id.
#[allow(clippy::too_many_arguments)]
pub(super) async fn insert_event(
    conn: &mut AnyConnection,
    case: CaseId,
    from: Option<CaseState>,
    to: CaseState,
    on: Date,
    note: Option<(&Keyring, &[u8], &str)>,
    by: &Accessor,
    at: i64,
) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "INSERT INTO case_events (case_id, from_state, to_state, on_date, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(case.0)
    .bind(from.map(|s| s.code()))
    .bind(to.code())
    .bind(db::date_text(on))
    .bind(by.account.map(|a| a.0))
    .bind(at)
    .fetch_one(&mut *conn)
    .await?;
    let id: i64 = row.try_get(0)?;
    if let Some((keys, key, text)) = note.filter(|(_, _, t)| !t.trim().is_empty()) {
        let sealed = seal_text(keys, key, &field("case_events", id, "note"), text.trim())?;
        sqlx::query("UPDATE case_events SET note_ct = $1 WHERE id = $2").bind(sealed).bind(id).execute(conn).await?;
    }
    Ok(id)
}

/// The catalogue item must be there exactly when the kind has one.
fn check_item(new: &NewCase) -> Result<(), CaseError> {
    let fits = match new.kind {
        CaseKind::Entitlement => new.entitlement.is_some() && new.document.is_none() && new.forum.is_none(),
        CaseKind::DocumentRecovery => new.document.is_some() && new.entitlement.is_none() && new.forum.is_none(),
        CaseKind::Compensation => new.forum.is_some() && new.entitlement.is_none() && new.document.is_none(),
        CaseKind::Legal => new.entitlement.is_none() && new.document.is_none() && new.forum.is_none(),
    };
    if fits {
        Ok(())
    } else {
        Err(CaseError::WrongKindForThis)
    }
}

/// Every state in the kind's workflow, dates in order from the opening and none in the future.
fn check_history(new: &NewCase, history: &[(CaseState, Date)], today: Date) -> Result<(), StoreError> {
    let flow = workflow(new.kind);
    if new.opened_on > today {
        return Err(CaseError::DateInFuture.into());
    }
    let mut last = new.opened_on;
    for (state, on) in history {
        if !flow.has_state(*state) {
            return Err(CaseError::Transition(dhruva_core::cases::TransitionError::NotInWorkflow { kind: new.kind, state: *state }).into());
        }
        if *on > today {
            return Err(CaseError::DateInFuture.into());
        }
        if *on < last {
            return Err(CaseError::DateBeforeLastChange.into());
        }
        last = *on;
    }
    match (new.state, history.last()) {
        (Some(state), Some((last_state, _))) if state != *last_state => {
            Err(StoreError::Invalid("the starting history must end in the case's state".to_owned()))
        }
        _ => Ok(()),
    }
}

/// She exists and is not erased (a case is never opened for a tombstone).
async fn require_member(conn: &mut AnyConnection, member: MemberId) -> Result<(), StoreError> {
    let row = sqlx::query("SELECT erased_at FROM members WHERE id = $1").bind(member.0).fetch_optional(conn).await?;
    match row.map(|r| r.try_get::<Option<i64>, _>(0)).transpose()? {
        Some(None) => Ok(()),
        _ => Err(StoreError::NotFound("member")),
    }
}

/// A collective, district or institution that does not exist: named as a group, never quoted.
pub(super) fn missing_reference(e: sqlx::Error) -> StoreError {
    if db::violates_foreign_key(&e) {
        StoreError::Invalid("the collective, district or institution does not exist".to_owned())
    } else {
        e.into()
    }
}
