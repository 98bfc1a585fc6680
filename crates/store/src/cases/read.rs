//! Reading cases: the plain rows (for lists and the policy) and the decrypted case. A
//! decrypting read by anyone but herself commits its `view_cases` audit row before the data
//! is returned (as `members/personal.rs` does).

use super::seal::{field, open_details, open_optional};
use super::{Case, CaseSummary};
use crate::audit::AuditEvent;
use crate::{db, guardians, Accessor, Store, StoreError};
use dhruva_core::cases::deadlines::{deadlines, Override, StateChange};
use dhruva_core::cases::{CaseKind, CaseState, CompensationForum, DocumentKind, Entitlement};
use dhruva_core::geography::DistrictCode;
use dhruva_core::policy::Role;
use dhruva_core::{CaseId, CollectiveId, InstitutionId, MemberId};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row as _};
use std::collections::HashMap;
use time::Date;

/// The columns every plain read selects, in this order (see [`CaseRow::from_row`]).
pub(super) const CASE_COLUMNS: &str = "c.id, c.member_id, c.collective_id, c.kind, c.entitlement, c.document, c.forum, c.state, \
     c.opened_on, c.state_since, c.authority_id, c.district_code";

/// A case's plain columns: nothing sealed.
#[derive(Clone, Debug)]
pub(super) struct CaseRow {
    pub id: CaseId,
    pub member: MemberId,
    pub collective: CollectiveId,
    pub kind: CaseKind,
    pub entitlement: Option<Entitlement>,
    pub document: Option<DocumentKind>,
    pub forum: Option<CompensationForum>,
    pub state: CaseState,
    pub opened_on: Date,
    pub state_since: Date,
    pub authority: Option<InstitutionId>,
    pub district: Option<DistrictCode>,
}

fn bad(detail: &str) -> StoreError {
    StoreError::Corrupt { table: "cases", detail: detail.to_owned() }
}

impl CaseRow {
    pub(super) fn from_row(row: &AnyRow) -> Result<CaseRow, StoreError> {
        let code = |i: usize| -> Result<Option<String>, StoreError> { Ok(row.try_get::<Option<String>, _>(i)?) };
        let kind = CaseKind::from_code(&row.try_get::<String, _>(3)?).ok_or_else(|| bad("unknown kind"))?;
        let state = CaseState::from_code(&row.try_get::<String, _>(7)?).ok_or_else(|| bad("unknown state"))?;
        let district = code(11)?.map(|d| DistrictCode::parse(&d).map_err(|_| bad("bad district code"))).transpose()?;
        Ok(CaseRow {
            id: CaseId(row.try_get(0)?),
            member: MemberId(row.try_get(1)?),
            collective: CollectiveId(row.try_get(2)?),
            kind,
            entitlement: code(4)?.map(|c| Entitlement::from_code(&c).ok_or_else(|| bad("unknown entitlement"))).transpose()?,
            document: code(5)?.map(|c| DocumentKind::from_code(&c).ok_or_else(|| bad("unknown document"))).transpose()?,
            forum: code(6)?.map(|c| CompensationForum::from_code(&c).ok_or_else(|| bad("unknown forum"))).transpose()?,
            state,
            opened_on: db::parse_date(&row.try_get::<String, _>(8)?, "cases")?,
            state_since: db::parse_date(&row.try_get::<String, _>(9)?, "cases")?,
            authority: row.try_get::<Option<i64>, _>(10)?.map(InstitutionId),
            district,
        })
    }

    pub(super) async fn load(conn: &mut AnyConnection, id: CaseId) -> Result<Option<CaseRow>, StoreError> {
        let row = sqlx::query(&format!("SELECT {CASE_COLUMNS} FROM cases c WHERE c.id = $1")).bind(id.0).fetch_optional(conn).await?;
        row.as_ref().map(CaseRow::from_row).transpose()
    }

    /// The summary, with its deadlines as of `today`.
    pub(super) fn summary(&self, history: &[StateChange], overrides: &[Override], today: Date) -> CaseSummary {
        // A closed or withdrawn case owes nothing more: its unmet deadlines lapse with it.
        let over = dhruva_core::cases::workflow::workflow(self.kind).is_final(self.state);
        let open: Vec<Date> =
            deadlines(self.kind, self.entitlement, history, overrides).iter().filter(|d| d.met_on.is_none() && !over).map(|d| d.due).collect();
        CaseSummary {
            id: self.id,
            member: self.member,
            collective: self.collective,
            kind: self.kind,
            entitlement: self.entitlement,
            document: self.document,
            forum: self.forum,
            state: self.state,
            opened_on: self.opened_on,
            state_since: self.state_since,
            authority: self.authority,
            district: self.district.clone(),
            next_due: open.iter().min().copied(),
            overdue: u32::try_from(open.iter().filter(|d| **d < today).count()).unwrap_or(u32::MAX),
        }
    }
}

/// The events (aliased `e`) that make a case's history for its deadlines and dates: neither
/// a move taken back by an undo nor the undo itself, so undoing puts the deadlines back.
pub(super) const EFFECTIVE: &str = "e.undoes IS NULL AND NOT EXISTS (SELECT 1 FROM case_events u WHERE u.undoes = e.id)";

/// Per case: its history (oldest first) and its overrides (newest last), for `deadlines`.
pub(super) type DeadlineInputs = HashMap<CaseId, (Vec<StateChange>, Vec<Override>)>;

pub(super) async fn deadline_inputs(conn: &mut AnyConnection, ids: &[CaseId]) -> Result<DeadlineInputs, StoreError> {
    let mut inputs: DeadlineInputs = ids.iter().map(|id| (*id, (Vec::new(), Vec::new()))).collect();
    for chunk in ids.chunks(db::IN_LIST_CHUNK) {
        let list = db::placeholders(1, chunk.len());
        let events_sql = format!(
            "SELECT e.case_id, e.to_state, e.on_date FROM case_events e WHERE e.case_id IN ({list}) AND {EFFECTIVE} ORDER BY e.case_id, e.id"
        );
        let overrides_sql = format!("SELECT case_id, rule, due FROM case_deadline_overrides WHERE case_id IN ({list}) ORDER BY case_id, id");
        let mut events = sqlx::query(&events_sql);
        let mut overrides = sqlx::query(&overrides_sql);
        for id in chunk {
            events = events.bind(id.0);
            overrides = overrides.bind(id.0);
        }
        for row in events.fetch_all(&mut *conn).await? {
            let to = CaseState::from_code(&row.try_get::<String, _>(1)?).ok_or_else(|| bad("unknown state in history"))?;
            let on = db::parse_date(&row.try_get::<String, _>(2)?, "case_events")?;
            if let Some(entry) = inputs.get_mut(&CaseId(row.try_get(0)?)) {
                entry.0.push(StateChange { to, on });
            }
        }
        for row in overrides.fetch_all(&mut *conn).await? {
            let due = db::parse_date(&row.try_get::<String, _>(2)?, "case_deadline_overrides")?;
            if let Some(entry) = inputs.get_mut(&CaseId(row.try_get(0)?)) {
                entry.1.push(Override { rule: row.try_get(1)?, due });
            }
        }
    }
    Ok(inputs)
}

impl Store {
    /// How many cases were opened through a collective: a count, nobody's case, so nothing is
    /// audited (a census or a health check must not write to the audit log).
    pub async fn count_cases_of_collective(&self, collective: CollectiveId) -> Result<u64, StoreError> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM cases WHERE collective_id = $1").bind(collective.0).fetch_one(&self.pool).await?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// Whose case it is, without decrypting anything: what the policy is asked about.
    pub async fn case_owner(&self, id: CaseId) -> Result<Option<(MemberId, CollectiveId)>, StoreError> {
        let row = sqlx::query("SELECT member_id, collective_id FROM cases WHERE id = $1").bind(id.0).fetch_optional(&self.pool).await?;
        row.map(|r| Ok((MemberId(r.try_get(0)?), CollectiveId(r.try_get(1)?)))).transpose()
    }

    /// The case with its details decrypted. Audited (`view_cases`) unless she reads her own.
    #[tracing::instrument(skip_all)]
    pub async fn case(&self, by: &Accessor, id: CaseId) -> Result<Option<Case>, StoreError> {
        let today = self.today();
        let mut conn = self.pool.acquire().await?;
        let Some(row) = CaseRow::load(&mut conn, id).await? else { return Ok(None) };
        let inputs = deadline_inputs(&mut conn, &[id]).await?;
        let sealed = sqlx::query("SELECT details_ct, authority_name_ct FROM cases WHERE id = $1").bind(id.0).fetch_one(&mut *conn).await?;
        let key = guardians::data_key(&mut conn, row.member).await?;
        drop(conn);
        let details = open_details(&self.keys, &key, &field("cases", id.0, "details"), &sealed.try_get::<Vec<u8>, _>(0)?)?;
        let authority_name = open_optional(&self.keys, &key, &field("cases", id.0, "authority_name"), sealed.try_get(1)?)?;
        self.audit_case_read(by, row.member, row.collective, &format!("case={}", id.0)).await?;
        let (history, overrides) = inputs.get(&id).map(|(h, o)| (h.as_slice(), o.as_slice())).unwrap_or((&[], &[]));
        Ok(Some(Case { summary: row.summary(history, overrides, today), authority_name, details }))
    }

    /// Her cases, newest first, with what is due as of `today`. Nothing is decrypted, but which
    /// cases she has is hers too: anyone else's listing is audited (`view_cases`, `list`).
    pub async fn cases_of_member(&self, by: &Accessor, member: MemberId, today: Date) -> Result<Vec<CaseSummary>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let rows = sqlx::query(&format!("SELECT {CASE_COLUMNS} FROM cases c WHERE c.member_id = $1 ORDER BY c.opened_on DESC, c.id DESC"))
            .bind(member.0)
            .fetch_all(&mut *conn)
            .await?;
        let cases = rows.iter().map(CaseRow::from_row).collect::<Result<Vec<_>, _>>()?;
        let ids: Vec<CaseId> = cases.iter().map(|c| c.id).collect();
        let inputs = deadline_inputs(&mut conn, &ids).await?;
        drop(conn);
        if let Some(first) = cases.first() {
            self.audit_case_read(by, member, first.collective, "list").await?;
        }
        Ok(cases
            .iter()
            .map(|c| {
                let (history, overrides) = inputs.get(&c.id).map(|(h, o)| (h.as_slice(), o.as_slice())).unwrap_or((&[], &[]));
                c.summary(history, overrides, today)
            })
            .collect())
    }

    /// Whether `by` is she herself: her own account, acting as a member (or as no role).
    /// Anyone else's reading of her case words is audited.
    pub(super) async fn is_herself(&self, by: &Accessor, member: MemberId) -> Result<bool, StoreError> {
        if by.role.is_some_and(|r| r != Role::Member) {
            return Ok(false);
        }
        Ok(self.own_member(by).await? == Some(member))
    }

    /// Records `view_cases` about her when the reader is not herself. Committed before the
    /// caller returns what it decrypted, so an unrecorded read never reaches the reader.
    pub(super) async fn audit_case_read(&self, by: &Accessor, member: MemberId, collective: CollectiveId, detail: &str) -> Result<(), StoreError> {
        if self.is_herself(by, member).await? {
            return Ok(());
        }
        let mut tx = self.begin_audited().await?;
        tx.append(by, &AuditEvent::new("view_cases").member(member).collective(collective).detail(detail)).await?;
        tx.commit().await
    }
}
