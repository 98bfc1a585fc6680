//! A case's timeline: state changes, hearings, correspondence (with its files' names) and
//! deadlines in one list, sorted by date and then by the order they were recorded in.

use super::attachments::aad;
use super::read::{deadline_inputs, CaseRow};
use super::seal::{field, open_optional, open_text};
use super::{AttachmentMeta, TimelineEntry};
use crate::{db, guardians, Accessor, Keyring, Store, StoreError};
use dhruva_core::cases::deadlines::deadlines;
use dhruva_core::cases::{CaseState, Direction, Medium};
use dhruva_core::{AccountId, CaseId, CorrespondenceId, InstitutionId, Sensitive};
use sqlx::{AnyConnection, Row as _};
use std::collections::HashMap;
use time::Date;

/// Sort key: date, when it was recorded, then which table and row (ties within one
/// transaction, e.g. a register's whole history, keep their insertion order).
type Key = (Date, i64, u8, i64);

fn account(id: Option<i64>) -> Option<AccountId> {
    id.map(AccountId)
}

fn state(code: &str) -> Result<CaseState, StoreError> {
    CaseState::from_code(code).ok_or_else(|| StoreError::Corrupt { table: "case_events", detail: "unknown state".to_owned() })
}

impl Store {
    /// The whole timeline, decrypted. Audited (`view_cases`) unless she reads her own.
    #[tracing::instrument(skip_all)]
    pub async fn case_timeline(&self, by: &Accessor, id: CaseId, today: Date) -> Result<Vec<TimelineEntry>, StoreError> {
        let _ = today;
        let mut conn = self.pool.acquire().await?;
        let Some(case) = CaseRow::load(&mut conn, id).await? else { return Ok(Vec::new()) };
        let key = guardians::data_key(&mut conn, case.member).await?;
        let entries = timeline_in(&mut conn, &self.keys, &key, &case).await?;
        drop(conn);
        self.audit_case_read(by, case.member, case.collective, &format!("case={};timeline", id.0)).await?;
        Ok(entries)
    }
}

/// Builds the timeline of one case with her (wrapped) key; no audit (callers do that).
pub(super) async fn timeline_in(conn: &mut AnyConnection, keys: &Keyring, key: &[u8], case: &CaseRow) -> Result<Vec<TimelineEntry>, StoreError> {
    let id = case.id;
    let mut keyed: Vec<(Key, TimelineEntry)> = Vec::new();

    let events = sqlx::query(
        "SELECT e.id, e.from_state, e.to_state, e.on_date, e.note_ct, e.recorded_by, e.recorded_at, e.undoes, \
         (SELECT COUNT(*) FROM case_events u WHERE u.undoes = e.id) FROM case_events e WHERE e.case_id = $1 ORDER BY e.id",
    )
    .bind(id.0)
    .fetch_all(&mut *conn)
    .await?;
    for row in events {
        let event: i64 = row.try_get(0)?;
        let on = db::parse_date(&row.try_get::<String, _>(3)?, "case_events")?;
        let by = account(row.try_get(5)?);
        let entry = match row.try_get::<Option<String>, _>(1)? {
            None => TimelineEntry::Opened { on, by },
            Some(from) => TimelineEntry::StateChanged {
                on,
                from: state(&from)?,
                to: state(&row.try_get::<String, _>(2)?)?,
                by,
                note: open_optional(keys, key, &field("case_events", event, "note"), row.try_get(4)?)?,
                undo: row.try_get::<Option<i64>, _>(7)?.is_some(),
                undone: row.try_get::<i64, _>(8)? > 0,
            },
        };
        keyed.push(((on, row.try_get(6)?, 0, event), entry));
    }

    let hearings =
        sqlx::query("SELECT id, held_on, court_ct, next_on, note_ct, recorded_by, recorded_at FROM case_hearings WHERE case_id = $1 ORDER BY id")
            .bind(id.0)
            .fetch_all(&mut *conn)
            .await?;
    for row in hearings {
        let hearing: i64 = row.try_get(0)?;
        let on = db::parse_date(&row.try_get::<String, _>(1)?, "case_hearings")?;
        let next_on = row.try_get::<Option<String>, _>(3)?.map(|d| db::parse_date(&d, "case_hearings")).transpose()?;
        let entry = TimelineEntry::Hearing {
            on,
            court: open_optional(keys, key, &field("case_hearings", hearing, "court"), row.try_get(2)?)?,
            next_on,
            note: open_optional(keys, key, &field("case_hearings", hearing, "note"), row.try_get(4)?)?,
            by: account(row.try_get(5)?),
        };
        keyed.push(((on, row.try_get(6)?, 1, hearing), entry));
    }

    let mut files: HashMap<i64, Vec<AttachmentMeta>> = HashMap::new();
    let rows = sqlx::query("SELECT correspondence_id, token, media_type, size, file_name_ct FROM case_attachments WHERE case_id = $1 ORDER BY id")
        .bind(id.0)
        .fetch_all(&mut *conn)
        .await?;
    for row in rows {
        let token: String = row.try_get(1)?;
        let file_name = open_text(keys, key, &aad(id.0, &token, "file_name"), &row.try_get::<Vec<u8>, _>(4)?)?;
        let size = u64::try_from(row.try_get::<i64, _>(3)?).unwrap_or(0);
        files.entry(row.try_get(0)?).or_default().push(AttachmentMeta { token, media_type: row.try_get(2)?, size, file_name });
    }
    let letters = sqlx::query(
        "SELECT id, on_date, direction, medium, authority_id, authority_name_ct, summary_ct, recorded_by, recorded_at \
         FROM case_correspondence WHERE case_id = $1 ORDER BY id",
    )
    .bind(id.0)
    .fetch_all(&mut *conn)
    .await?;
    let corrupt = || StoreError::Corrupt { table: "case_correspondence", detail: "unknown direction or medium".to_owned() };
    for row in letters {
        let entry_id: i64 = row.try_get(0)?;
        let on = db::parse_date(&row.try_get::<String, _>(1)?, "case_correspondence")?;
        let entry = TimelineEntry::Correspondence {
            id: CorrespondenceId(entry_id),
            on,
            direction: Direction::from_code(&row.try_get::<String, _>(2)?).ok_or_else(corrupt)?,
            medium: Medium::from_code(&row.try_get::<String, _>(3)?).ok_or_else(corrupt)?,
            authority: row.try_get::<Option<i64>, _>(4)?.map(InstitutionId),
            authority_name: open_optional(keys, key, &field("case_correspondence", entry_id, "authority_name"), row.try_get(5)?)?,
            summary: open_text(keys, key, &field("case_correspondence", entry_id, "summary"), &row.try_get::<Vec<u8>, _>(6)?)?,
            attachments: files.remove(&entry_id).unwrap_or_default(),
            by: account(row.try_get(7)?),
        };
        keyed.push(((on, row.try_get(8)?, 2, entry_id), entry));
    }

    // The newest reason of each rule is the one that counts (as the newest date does).
    let mut reasons: HashMap<String, Sensitive<String>> = HashMap::new();
    let rows = sqlx::query("SELECT id, rule, reason_ct FROM case_deadline_overrides WHERE case_id = $1 ORDER BY id")
        .bind(id.0)
        .fetch_all(&mut *conn)
        .await?;
    for row in rows {
        let reason = open_text(keys, key, &field("case_deadline_overrides", row.try_get(0)?, "reason"), &row.try_get::<Vec<u8>, _>(2)?)?;
        reasons.insert(row.try_get(1)?, reason);
    }
    let inputs = deadline_inputs(conn, &[id]).await?;
    let (history, overrides) = inputs.get(&id).map(|(h, o)| (h.as_slice(), o.as_slice())).unwrap_or((&[], &[]));
    let all = deadlines(case.kind, case.entitlement, history, overrides);
    // Overrides apply to the latest deadline of their rule; only that one carries the reason.
    let latest: HashMap<&str, usize> = all.iter().enumerate().map(|(i, d)| (d.rule.id.as_str(), i)).collect();
    for (i, deadline) in all.iter().enumerate() {
        let reason =
            if deadline.overridden && latest.get(deadline.rule.id.as_str()) == Some(&i) { reasons.get(&deadline.rule.id).cloned() } else { None };
        let sort = (deadline.due, i64::MAX, 3, i64::try_from(i).unwrap_or(i64::MAX));
        keyed.push((sort, TimelineEntry::Deadline { deadline: deadline.clone(), reason }));
    }

    keyed.sort_by_key(|(key, _)| *key);
    Ok(keyed.into_iter().map(|(_, e)| e).collect())
}
