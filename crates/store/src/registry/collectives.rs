//! A collective's record as the coordinator (or its own leaders) keeps it: its names in each
//! language, stage history, registration, and closing.

use super::{checked_name, name_field, require_district, MAX_REGISTRY_NAME, OTHER_NAME_LANGUAGES};
use crate::audit::AuditEvent;
use crate::error::{kept_text, InputProblem};
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::geography::DistrictCode;
use dhruva_core::registry::{Language, Stage, TraffickingKind};
use dhruva_core::CollectiveId;
use sqlx::{AnyConnection, Row as _};
use std::collections::HashMap;
use time::Date;

/// The longest registration number kept, in characters.
pub const MAX_REGISTRATION_NO: usize = 100;
/// The longest reason for closing kept, in characters.
pub const MAX_CLOSE_REASON: usize = 1000;

/// What the edit form saves. The stage's date is read only when the stage changes; the
/// registration number and date are required for a registered organisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CollectiveRecord {
    pub name: String,
    /// Names in the other languages (`OTHER_NAME_LANGUAGES`); an empty one is none.
    pub names: Vec<(Language, String)>,
    pub kind: TraffickingKind,
    pub district: DistrictCode,
    pub founded_on: Option<Date>,
    pub stage: Stage,
    pub stage_since: Option<Date>,
    pub registration_no: Option<String>,
    pub registered_on: Option<Date>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StageSince {
    pub stage: Stage,
    pub since: Date,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Closure {
    pub on: Date,
    pub reason: String,
}

/// What the registry keeps about a collective beyond [`dhruva_core::registry::Collective`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CollectiveDetails {
    pub names: Vec<(Language, String)>,
    pub registration_no: Option<String>,
    pub registered_on: Option<Date>,
    pub closed: Option<Closure>,
    /// Oldest first; the last is the current stage.
    pub stages: Vec<StageSince>,
    /// Every partner link, current and ended, by partner name then date.
    pub partners: Vec<super::PartnerLink>,
}

impl CollectiveDetails {
    /// Its name in `language`, if one is kept.
    pub fn name_in(&self, language: Language) -> Option<&str> {
        self.names.iter().find(|(l, _)| *l == language).map(|(_, n)| n.as_str())
    }
}

/// Names in the other languages as kept (cleaned, at most [`MAX_REGISTRY_NAME`]; empty ones
/// dropped), refused by their form field (`name_bn` …).
pub(super) fn kept_names(names: &[(Language, String)]) -> Result<Vec<(Language, String)>, StoreError> {
    let mut kept = Vec::new();
    for (language, name) in names {
        if !OTHER_NAME_LANGUAGES.contains(language) {
            continue;
        }
        let name = kept_text(name, name_field(*language), MAX_REGISTRY_NAME, false)?;
        if !name.is_empty() && !kept.iter().any(|(l, _): &(Language, String)| l == language) {
            kept.push((*language, name));
        }
    }
    Ok(kept)
}

pub(super) async fn set_names(conn: &mut AnyConnection, id: CollectiveId, names: &[(Language, String)]) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM collective_names WHERE collective_id = $1").bind(id.0).execute(&mut *conn).await?;
    for (language, name) in names {
        sqlx::query("INSERT INTO collective_names (collective_id, language, name) VALUES ($1, $2, $3)")
            .bind(id.0)
            .bind(language.code())
            .bind(name)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

pub(super) async fn add_stage(conn: &mut AnyConnection, id: CollectiveId, stage: Stage, since: Date, at: i64) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO collective_stages (collective_id, stage, since, recorded_at) VALUES ($1, $2, $3, $4)")
        .bind(id.0)
        .bind(stage.code())
        .bind(db::date_text(since))
        .bind(at)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The first stage of a collective with no stage row yet (made by `create_collective`, which
/// writes none): since its founding, else its creation day.
async fn implied_first_stage(conn: &mut AnyConnection, id: CollectiveId) -> Result<Option<Date>, StoreError> {
    let row = sqlx::query("SELECT founded_on, created_at FROM collectives WHERE id = $1").bind(id.0).fetch_optional(&mut *conn).await?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(match row.try_get::<Option<String>, _>(0)? {
        Some(founded) => db::parse_date(&founded, "collectives")?,
        None => super::date_of(row.try_get(1)?),
    }))
}

/// Writes the implied first stage as a row before the stage first changes, so the history
/// keeps it. Nothing if the collective already has stage rows.
pub(super) async fn keep_first_stage(conn: &mut AnyConnection, id: CollectiveId, stage: &str) -> Result<(), StoreError> {
    let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM collective_stages WHERE collective_id = $1").bind(id.0).fetch_one(&mut *conn).await?;
    if rows > 0 {
        return Ok(());
    }
    let Some(since) = implied_first_stage(conn, id).await? else { return Ok(()) };
    let stage = Stage::from_code(stage).ok_or_else(|| StoreError::Corrupt { table: "collectives", detail: format!("unknown stage {stage:?}") })?;
    let at: i64 = sqlx::query_scalar("SELECT created_at FROM collectives WHERE id = $1").bind(id.0).fetch_one(&mut *conn).await?;
    add_stage(conn, id, stage, since, at).await
}

/// The collective's current stage, the date it began, its founding and closing dates.
struct Current {
    stage: Stage,
    stage_since: Option<Date>,
    founded_on: Option<Date>,
    closed_on: Option<Date>,
}

async fn current(conn: &mut AnyConnection, id: CollectiveId) -> Result<Current, StoreError> {
    let row = sqlx::query("SELECT stage, founded_on, closed_on FROM collectives WHERE id = $1")
        .bind(id.0)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(StoreError::NotFound("collective"))?;
    let stage: String = row.try_get(0)?;
    let stage = Stage::from_code(&stage).ok_or_else(|| StoreError::Corrupt { table: "collectives", detail: format!("unknown stage {stage:?}") })?;
    let date = |v: Option<String>| v.map(|d| db::parse_date(&d, "collectives")).transpose();
    let founded_on = date(row.try_get(1)?)?;
    let closed_on = date(row.try_get(2)?)?;
    let since: Option<String> =
        sqlx::query_scalar("SELECT since FROM collective_stages WHERE collective_id = $1 ORDER BY since DESC, id DESC LIMIT 1")
            .bind(id.0)
            .fetch_optional(&mut *conn)
            .await?;
    let stage_since = match since {
        Some(d) => Some(db::parse_date(&d, "collective_stages")?),
        None => implied_first_stage(conn, id).await?,
    };
    Ok(Current { stage, stage_since, founded_on, closed_on })
}

/// The record's texts as kept: primary name, other names, registration number.
type KeptTexts = (String, Vec<(Language, String)>, Option<String>);

/// The record's texts as kept, or the first field that does not fit.
fn checked_record(rec: &CollectiveRecord, today: Date) -> Result<KeptTexts, StoreError> {
    let name = checked_name(&rec.name)?;
    let names = kept_names(&rec.names)?;
    if let Some(founded) = rec.founded_on {
        not_after_today("founded", founded, today)?;
    }
    let registration_no = match &rec.registration_no {
        Some(no) => Some(kept_text(no, "registration_no", MAX_REGISTRATION_NO, false)?).filter(|n| !n.is_empty()),
        None => None,
    };
    if let Some(on) = rec.registered_on {
        not_after_today("registered_on", on, today)?;
    }
    if rec.stage == Stage::RegisteredOrganisation {
        if registration_no.is_none() {
            return Err(StoreError::input("registration_no", InputProblem::Missing));
        }
        if rec.registered_on.is_none() {
            return Err(StoreError::input("registered_on", InputProblem::Missing));
        }
    }
    Ok((name, names, registration_no))
}

fn not_after_today(field: &'static str, date: Date, today: Date) -> Result<Date, StoreError> {
    if date > today {
        return Err(StoreError::input(field, InputProblem::Future));
    }
    Ok(date)
}

impl Store {
    /// Creates a collective from a full record (`Duplicate` for a name taken, `Input` for
    /// anything that does not fit, as [`Store::edit_collective`]). Its first stage dates from
    /// `stage_since`, else its founding, else `today`. Audited as `collective_created`.
    pub async fn create_collective_record(&self, by: &Accessor, rec: &CollectiveRecord, today: Date) -> Result<CollectiveId, StoreError> {
        let (name, names, registration_no) = checked_record(rec, today)?;
        let since = rec.stage_since.or(rec.founded_on).unwrap_or(today);
        not_after_today("stage_since", since, today)?;
        let mut tx = self.begin_audited().await?;
        require_district(tx.conn(), &rec.district).await?;
        let at = tx.at();
        let id: i64 = sqlx::query(
            "INSERT INTO collectives (name, kind, stage, district_code, founded_on, created_at, registration_no, registered_on) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(&name)
        .bind(rec.kind.code())
        .bind(rec.stage.code())
        .bind(rec.district.as_str())
        .bind(rec.founded_on.map(db::date_text))
        .bind(at)
        .bind(registration_no)
        .bind(rec.registered_on.map(db::date_text))
        .fetch_one(tx.conn())
        .await
        .map_err(super::duplicate_collective)?
        .try_get(0)?;
        let id = CollectiveId(id);
        add_stage(tx.conn(), id, rec.stage, since, at).await?;
        set_names(tx.conn(), id, &names).await?;
        tx.append(by, &AuditEvent::new("collective_created").collective(id)).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Saves a collective's record. A changed stage is a new dated row of its history (the
    /// date required, not before the current stage's, not after `today`); a registered
    /// organisation needs its registration number and date. A closed collective's record
    /// can still be corrected, but its stage no longer changes. Audited as
    /// `collective_updated` (naming a new stage) in the same transaction.
    pub async fn edit_collective(&self, by: &Accessor, id: CollectiveId, rec: &CollectiveRecord, today: Date) -> Result<(), StoreError> {
        let (name, names, registration_no) = checked_record(rec, today)?;
        let mut tx = self.begin_audited().await?;
        let now = current(tx.conn(), id).await?;
        require_district(tx.conn(), &rec.district).await?;
        let stage_changed = rec.stage != now.stage;
        if stage_changed {
            if now.closed_on.is_some() {
                return Err(StoreError::input("stage", InputProblem::Closed));
            }
            let since = rec.stage_since.ok_or(StoreError::input("stage_since", InputProblem::Missing))?;
            not_after_today("stage_since", since, today)?;
            if now.stage_since.is_some_and(|last| since < last) {
                return Err(StoreError::input("stage_since", InputProblem::TooEarly));
            }
            let at = tx.at();
            keep_first_stage(tx.conn(), id, now.stage.code()).await?;
            add_stage(tx.conn(), id, rec.stage, since, at).await?;
        }
        sqlx::query(
            "UPDATE collectives SET name = $1, kind = $2, stage = $3, district_code = $4, founded_on = $5, \
             registration_no = $6, registered_on = $7 WHERE id = $8",
        )
        .bind(&name)
        .bind(rec.kind.code())
        .bind(rec.stage.code())
        .bind(rec.district.as_str())
        .bind(rec.founded_on.map(db::date_text))
        .bind(registration_no)
        .bind(rec.registered_on.map(db::date_text))
        .bind(id.0)
        .execute(tx.conn())
        .await
        .map_err(super::duplicate_collective)?;
        set_names(tx.conn(), id, &names).await?;
        let event = AuditEvent::new("collective_updated").collective(id);
        let event = if stage_changed { event.detail(format!("stage={}", rec.stage.code())) } else { event };
        tx.append(by, &event).await?;
        tx.commit().await
    }

    /// Closes a collective on `on` (not after `today`, not before its founding or its current
    /// stage) with a reason. Its members, memberships, history and links stay; a closed
    /// collective is offered for no new member, move or stage. Closing it again is
    /// `Duplicate`. Audited as `collective_closed`.
    pub async fn close_collective(&self, by: &Accessor, id: CollectiveId, on: Date, reason: &str, today: Date) -> Result<(), StoreError> {
        let reason = kept_text(reason, "reason", MAX_CLOSE_REASON, true)?;
        not_after_today("closed_on", on, today)?;
        let mut tx = self.begin_audited().await?;
        let now = current(tx.conn(), id).await?;
        if now.closed_on.is_some() {
            return Err(StoreError::Duplicate("closed collective"));
        }
        if now.founded_on.is_some_and(|f| on < f) || now.stage_since.is_some_and(|s| on < s) {
            return Err(StoreError::input("closed_on", InputProblem::TooEarly));
        }
        sqlx::query("UPDATE collectives SET closed_on = $1, closed_reason = $2 WHERE id = $3 AND closed_on IS NULL")
            .bind(db::date_text(on))
            .bind(&reason)
            .bind(id.0)
            .execute(tx.conn())
            .await?;
        tx.append(by, &AuditEvent::new("collective_closed").collective(id).detail(format!("closed_on={}", db::date_text(on)))).await?;
        tx.commit().await
    }

    /// Names, registration, closing, stage history and partner links of a collective.
    pub async fn collective_details(&self, id: CollectiveId) -> Result<Option<CollectiveDetails>, StoreError> {
        let Some(row) = sqlx::query("SELECT registration_no, registered_on, closed_on, closed_reason FROM collectives WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?
        else {
            return Ok(None);
        };
        let date = |v: Option<String>| v.map(|d| db::parse_date(&d, "collectives")).transpose();
        let registration_no: Option<String> = row.try_get(0)?;
        let registered_on = date(row.try_get(1)?)?;
        let closed_on = date(row.try_get(2)?)?;
        let closed_reason: Option<String> = row.try_get(3)?;
        let mut names = Vec::new();
        for row in sqlx::query("SELECT language, name FROM collective_names WHERE collective_id = $1").bind(id.0).fetch_all(&self.pool).await? {
            let code: String = row.try_get(0)?;
            if let Some(language) = Language::from_code(&code) {
                names.push((language, row.try_get::<String, _>(1)?));
            }
        }
        names.sort_by_key(|(l, _)| *l);
        let mut stages = Vec::new();
        for row in sqlx::query("SELECT stage, since FROM collective_stages WHERE collective_id = $1 ORDER BY since, id")
            .bind(id.0)
            .fetch_all(&self.pool)
            .await?
        {
            let code: String = row.try_get(0)?;
            let stage = Stage::from_code(&code)
                .ok_or_else(|| StoreError::Corrupt { table: "collective_stages", detail: format!("unknown stage {code:?}") })?;
            stages.push(StageSince { stage, since: db::parse_date(&row.try_get::<String, _>(1)?, "collective_stages")? });
        }
        if stages.is_empty() {
            let mut conn = self.pool.acquire().await?;
            let current: String = sqlx::query_scalar("SELECT stage FROM collectives WHERE id = $1").bind(id.0).fetch_one(&mut *conn).await?;
            let stage = Stage::from_code(&current)
                .ok_or_else(|| StoreError::Corrupt { table: "collectives", detail: format!("unknown stage {current:?}") })?;
            if let Some(since) = implied_first_stage(&mut conn, id).await? {
                stages.push(StageSince { stage, since });
            }
        }
        Ok(Some(CollectiveDetails {
            names,
            registration_no,
            registered_on,
            closed: closed_on.map(|on| Closure { on, reason: closed_reason.unwrap_or_default() }),
            stages,
            partners: self.links_of_collective(id).await?,
        }))
    }

    /// The collectives that are closed, with the day each closed. Pages offering a
    /// collective for a new member or a move leave these out.
    pub async fn closed_collectives(&self) -> Result<HashMap<CollectiveId, Date>, StoreError> {
        let mut map = HashMap::new();
        for row in sqlx::query("SELECT id, closed_on FROM collectives WHERE closed_on IS NOT NULL").fetch_all(&self.pool).await? {
            map.insert(CollectiveId(row.try_get(0)?), db::parse_date(&row.try_get::<String, _>(1)?, "collectives")?);
        }
        Ok(map)
    }

    /// The day a collective closed, `None` while it is open (or does not exist).
    pub async fn collective_closed_on(&self, id: CollectiveId) -> Result<Option<Date>, StoreError> {
        let on: Option<Option<String>> =
            sqlx::query_scalar("SELECT closed_on FROM collectives WHERE id = $1").bind(id.0).fetch_optional(&self.pool).await?;
        on.flatten().map(|d| db::parse_date(&d, "collectives")).transpose()
    }
}
