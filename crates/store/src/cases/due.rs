//! What is due: deadlines not yet met and hearings' next dates, for a member's own page, a
//! leader's desk and the reminder runner; and the compensation claims the figures are built
//! from. Nothing here decrypts a member's words.

use super::figures;
use super::read::{deadline_inputs, CaseRow, DeadlineInputs, CASE_COLUMNS, EFFECTIVE};
use super::{DueItem, DueWhat};
use crate::audit::AuditEvent;
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::cases::deadlines::{deadlines, StateChange};
use dhruva_core::cases::figures::ClaimFacts;
use dhruva_core::cases::workflow::workflow;
use dhruva_core::cases::{CaseKind, CaseState};
use dhruva_core::geography::DistrictCode;
use dhruva_core::{CaseId, CollectiveId, InstitutionId, MemberId};
use sqlx::{AnyConnection, Row as _};
use std::collections::{BTreeSet, HashMap};
use time::Date;

/// States that end a case whatever its kind: nothing is due on a case in one of them. (A
/// state final for one kind but not another is filtered per case afterwards.)
fn finished_everywhere() -> Vec<&'static str> {
    CaseState::ALL
        .iter()
        .filter(|s| {
            let kinds: Vec<_> = CaseKind::ALL.iter().map(|k| workflow(*k)).filter(|w| w.has_state(**s)).collect();
            !kinds.is_empty() && kinds.iter().all(|w| w.is_final(**s))
        })
        .map(|s| s.code())
        .collect()
}

/// `'closed', 'withdrawn'`: codes are constants of the workflow, never input.
fn finished_list() -> String {
    finished_everywhere().iter().map(|c| format!("'{c}'")).collect::<Vec<_>>().join(", ")
}

impl Store {
    /// Deadlines not yet met and hearings' next dates up to `until`, plus everything overdue,
    /// for the cases of `members`. Each member (not herself) whose dates are shown is audited
    /// as `view_cases`.
    pub async fn due_for_members(&self, by: &Accessor, members: &[MemberId], today: Date, until: Date) -> Result<Vec<DueItem>, StoreError> {
        let mut members = members.to_vec();
        members.sort();
        members.dedup();
        let mut conn = self.pool.acquire().await?;
        let mut cases = Vec::new();
        for chunk in members.chunks(db::IN_LIST_CHUNK) {
            let sql = format!(
                "SELECT {CASE_COLUMNS} FROM cases c WHERE c.member_id IN ({}) AND c.state NOT IN ({}) ORDER BY c.id",
                db::placeholders(1, chunk.len()),
                finished_list()
            );
            let mut query = sqlx::query(&sql);
            for m in chunk {
                query = query.bind(m.0);
            }
            for row in query.fetch_all(&mut *conn).await? {
                cases.push(CaseRow::from_row(&row)?);
            }
        }
        let ids: Vec<CaseId> = cases.iter().map(|c| c.id).collect();
        let inputs = deadline_inputs(&mut conn, &ids).await?;
        let hearings = next_hearings(&mut conn, Some(&ids)).await?;
        drop(conn);
        let items = due_items(&cases, &inputs, &hearings, today, until);

        let shown: BTreeSet<(MemberId, CollectiveId)> = items.iter().map(|i| (i.member, i.collective)).collect();
        let mut others = Vec::new();
        for (member, collective) in shown {
            if !self.is_herself(by, member).await? {
                others.push((member, collective));
            }
        }
        if !others.is_empty() {
            let mut tx = self.begin_audited().await?;
            for (member, collective) in others {
                tx.append(by, &AuditEvent::new("view_cases").member(member).collective(collective).detail("due")).await?;
            }
            tx.commit().await?;
        }
        Ok(items)
    }

    /// Everything due up to `until` and everything overdue, across the deployment: the
    /// reminder runner's list. No audit and no decryption: it sends only a discreet text.
    pub async fn all_due(&self, today: Date, until: Date) -> Result<Vec<DueItem>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let finished = finished_list();
        let rows =
            sqlx::query(&format!("SELECT {CASE_COLUMNS} FROM cases c WHERE c.state NOT IN ({finished}) ORDER BY c.id")).fetch_all(&mut *conn).await?;
        let cases = rows.iter().map(CaseRow::from_row).collect::<Result<Vec<_>, _>>()?;
        let mut inputs: DeadlineInputs = cases.iter().map(|c| (c.id, (Vec::new(), Vec::new()))).collect();
        // One pass over each table rather than hundreds of IN lists.
        let events = sqlx::query(&format!(
            "SELECT e.case_id, e.to_state, e.on_date FROM case_events e JOIN cases c ON c.id = e.case_id \
             WHERE c.state NOT IN ({finished}) AND {EFFECTIVE} ORDER BY e.case_id, e.id"
        ))
        .fetch_all(&mut *conn)
        .await?;
        for row in events {
            let Some(entry) = inputs.get_mut(&CaseId(row.try_get(0)?)) else { continue };
            let to = CaseState::from_code(&row.try_get::<String, _>(1)?)
                .ok_or_else(|| StoreError::Corrupt { table: "case_events", detail: "unknown state".to_owned() })?;
            entry.0.push(StateChange { to, on: db::parse_date(&row.try_get::<String, _>(2)?, "case_events")? });
        }
        let overrides = sqlx::query("SELECT case_id, rule, due FROM case_deadline_overrides ORDER BY case_id, id").fetch_all(&mut *conn).await?;
        for row in overrides {
            let Some(entry) = inputs.get_mut(&CaseId(row.try_get(0)?)) else { continue };
            let due = db::parse_date(&row.try_get::<String, _>(2)?, "case_deadline_overrides")?;
            entry.1.push(dhruva_core::cases::deadlines::Override { rule: row.try_get(1)?, due });
        }
        let hearings = next_hearings(&mut conn, None).await?;
        Ok(due_items(&cases, &inputs, &hearings, today, until))
    }

    /// Every compensation claim (of one collective, or all) as the figures see it: no member,
    /// no words; amounts opened with the deployment's `case-figures` key, never hers.
    pub async fn compensation_claims(&self, collective: Option<CollectiveId>) -> Result<Vec<ClaimFacts>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        claims_on(&mut conn, &self.keys, collective).await
    }
}

/// [`Store::compensation_claims`] on a given connection: a figure release reads the claims in
/// its own transaction, so what it publishes is exactly what it recorded.
pub(crate) async fn claims_on(
    conn: &mut AnyConnection,
    keys: &crate::crypto::Keyring,
    collective: Option<CollectiveId>,
) -> Result<Vec<ClaimFacts>, StoreError> {
    let filter = if collective.is_some() { " AND c.collective_id = $1" } else { "" };
    let sql = format!(
        "SELECT c.id, c.collective_id, c.district_code, c.authority_id, c.state, c.filed_on, c.decided_on, f.figures_ct \
         FROM cases c LEFT JOIN case_figures f ON f.case_id = c.id WHERE c.kind = 'compensation'{filter} ORDER BY c.id"
    );
    let mut query = sqlx::query(&sql);
    if let Some(c) = collective {
        query = query.bind(c.0);
    }
    let rows = query.fetch_all(&mut *conn).await?;
    let flow = workflow(CaseKind::Compensation);
    let mut legal_due_of: HashMap<Date, Option<Date>> = HashMap::new();
    let mut claims = Vec::with_capacity(rows.len());
    for row in rows {
        let case = CaseId(row.try_get(0)?);
        let date =
            |i: usize| -> Result<Option<Date>, StoreError> { row.try_get::<Option<String>, _>(i)?.map(|d| db::parse_date(&d, "cases")).transpose() };
        let filed_on = date(5)?;
        let amounts = match row.try_get::<Option<Vec<u8>>, _>(7)? {
            Some(sealed) => figures::open(keys, case, &sealed)?,
            None => figures::Amounts::default(),
        };
        // The legal time of the decision: the deadline the filing opens, by the rule's own date.
        let legal_due = match filed_on {
            Some(on) => *legal_due_of.entry(on).or_insert_with(|| {
                deadlines(CaseKind::Compensation, None, &[StateChange { to: flow.filed, on }], &[])
                    .iter()
                    .find(|d| d.rule.starts == flow.filed)
                    .map(|d| d.legal_due)
            }),
            None => None,
        };
        claims.push(ClaimFacts {
            token: claim_token(keys, case),
            collective: CollectiveId(row.try_get(1)?),
            district: row.try_get::<Option<String>, _>(2)?.and_then(|d| DistrictCode::parse(&d).ok()),
            authority: row.try_get::<Option<i64>, _>(3)?.map(InstitutionId),
            state: CaseState::from_code(&row.try_get::<String, _>(4)?)
                .ok_or_else(|| StoreError::Corrupt { table: "cases", detail: "unknown state".to_owned() })?,
            filed_on,
            decided_on: date(6)?,
            legal_due,
            claimed: amounts.claimed,
            awarded: amounts.awarded,
            received: amounts.received,
        });
    }
    Ok(claims)
}

/// A claim's opaque token for the figures' release history: keyed, so the history names no
/// case to anyone without the master key, and stable, so a release can tell what changed.
pub(crate) fn claim_token(keys: &crate::crypto::Keyring, case: CaseId) -> dhruva_core::cases::figures::ClaimToken {
    let mut token = [0u8; 16];
    let hex_mac = keys.blind_index("figure-claim", &case.0.to_string());
    if let Ok(bytes) = hex::decode(&hex_mac[..32]) {
        token.copy_from_slice(&bytes);
    }
    token
}

/// The next date of each case's latest hearing (by date, then recording order), if it set one.
async fn next_hearings(conn: &mut AnyConnection, ids: Option<&[CaseId]>) -> Result<HashMap<CaseId, Date>, StoreError> {
    let mut rows = Vec::new();
    match ids {
        None => rows = sqlx::query("SELECT case_id, next_on FROM case_hearings ORDER BY case_id, held_on, id").fetch_all(&mut *conn).await?,
        Some(ids) => {
            for chunk in ids.chunks(db::IN_LIST_CHUNK) {
                let sql = format!(
                    "SELECT case_id, next_on FROM case_hearings WHERE case_id IN ({}) ORDER BY case_id, held_on, id",
                    db::placeholders(1, chunk.len())
                );
                let mut query = sqlx::query(&sql);
                for id in chunk {
                    query = query.bind(id.0);
                }
                rows.extend(query.fetch_all(&mut *conn).await?);
            }
        }
    }
    let mut latest: HashMap<CaseId, Option<Date>> = HashMap::new();
    for row in rows {
        let next = row.try_get::<Option<String>, _>(1)?.map(|d| db::parse_date(&d, "case_hearings")).transpose()?;
        latest.insert(CaseId(row.try_get(0)?), next);
    }
    Ok(latest.into_iter().filter_map(|(case, next)| next.map(|n| (case, n))).collect())
}

/// What is due on these cases up to `until`, with everything already overdue, soonest first.
/// A hearing's next date that has passed with no later hearing recorded is overdue: the
/// hearing has to be written down (or the date moved).
fn due_items(cases: &[CaseRow], inputs: &DeadlineInputs, hearings: &HashMap<CaseId, Date>, today: Date, until: Date) -> Vec<DueItem> {
    let mut items = Vec::new();
    for case in cases.iter().filter(|c| !workflow(c.kind).is_final(c.state)) {
        let item = |what: DueWhat, due: Date| DueItem {
            case: case.id,
            member: case.member,
            collective: case.collective,
            kind: case.kind,
            what,
            due,
            overdue: due < today,
        };
        let (history, overrides) = inputs.get(&case.id).map(|(h, o)| (h.as_slice(), o.as_slice())).unwrap_or((&[], &[]));
        for d in deadlines(case.kind, case.entitlement, history, overrides) {
            if d.met_on.is_none() && d.due <= until {
                items.push(item(DueWhat::Deadline(d.rule.id.as_str()), d.due));
            }
        }
        if let Some(next) = hearings.get(&case.id).filter(|n| **n <= until) {
            items.push(item(DueWhat::Hearing, *next));
        }
    }
    items.sort_by_key(|i| (i.due, i.case));
    items
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_states_that_end_every_workflow_they_belong_to_are_skipped_in_sql() {
        let finished = super::finished_everywhere();
        assert!(finished.contains(&"closed") && finished.contains(&"withdrawn"), "{finished:?}");
        assert!(!finished.contains(&"rejected"), "a rejected application can be appealed");
    }
}
