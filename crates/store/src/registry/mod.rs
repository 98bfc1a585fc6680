//! Federation, partner organisations and collectives. What the coordinator keeps beyond a
//! first record (names in each language, the federation's states, stage history,
//! registration, closing, dated partner links) is in the submodules.

mod collectives;
mod federation;
mod partners;

pub use collectives::{Closure, CollectiveDetails, CollectiveRecord, StageSince, MAX_CLOSE_REASON, MAX_REGISTRATION_NO};
pub use federation::{FederationProfile, FederationSetup};
pub use partners::PartnerLink;

use crate::audit::AuditEvent;
use crate::error::{kept_text, InputProblem};
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::geography::DistrictCode;
use dhruva_core::policy::CollectiveFacts;
use dhruva_core::registry::{Collective, Federation, Language, PartnerOrg, Stage, TraffickingKind};
use dhruva_core::{CollectiveId, PartnerOrgId};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row as _};
use std::collections::HashMap;
use time::{Date, OffsetDateTime};

/// The longest name the registry keeps (a federation, a collective, a partner), in characters.
pub const MAX_REGISTRY_NAME: usize = 200;

/// The languages a name is kept in besides the primary one (which is the English one).
pub const OTHER_NAME_LANGUAGES: [Language; 3] = [Language::Bengali, Language::Hindi, Language::Telugu];

/// The form field of a name in `language` (`name_bn` …; the primary one is `name`).
pub fn name_field(language: Language) -> &'static str {
    match language {
        Language::English => "name",
        Language::Bengali => "name_bn",
        Language::Hindi => "name_hi",
        Language::Telugu => "name_te",
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewCollective {
    pub name: String,
    pub kind: TraffickingKind,
    pub stage: Stage,
    pub district: DistrictCode,
    pub founded_on: Option<Date>,
    pub partners: Vec<PartnerOrgId>,
}

/// Counts for `/metrics` and the admin's home page. Never broken down below a collective.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RegistryCounts {
    pub collectives: i64,
    pub members: i64,
    pub accounts: i64,
}

impl Store {
    /// Sets the federation's name, creating it on first call. A deployment has one. Setting
    /// the name it already has writes and records nothing (the demo sets it on every run).
    pub async fn ensure_federation(&self, by: &Accessor, name: &str) -> Result<(), StoreError> {
        let name = checked_name(name)?;
        let name = name.as_str();
        let mut tx = self.begin_audited().await?;
        let existing = sqlx::query("SELECT name FROM federation WHERE id = 1").fetch_optional(tx.conn()).await?;
        let action = match existing.map(|r| r.try_get::<String, _>(0)).transpose()? {
            Some(current) if current == name => return Ok(()),
            Some(_) => "federation_renamed",
            None => "federation_created",
        };
        sqlx::query("INSERT INTO federation (id, name) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET name = excluded.name")
            .bind(name)
            .execute(tx.conn())
            .await?;
        tx.append(by, &AuditEvent::new(action)).await?;
        tx.commit().await
    }

    pub async fn federation(&self) -> Result<Option<Federation>, StoreError> {
        let row = sqlx::query("SELECT name FROM federation WHERE id = 1").fetch_optional(&self.pool).await?;
        Ok(row.map(|r| r.try_get(0)).transpose()?.map(|name| Federation { name }))
    }

    /// Fails with `Duplicate` if a partner of that name exists.
    pub async fn create_partner(&self, by: &Accessor, name: &str, district: Option<&DistrictCode>) -> Result<PartnerOrgId, StoreError> {
        let name = checked_name(name)?;
        let mut tx = self.begin_audited().await?;
        if let Some(district) = district {
            require_district(tx.conn(), district).await?;
        }
        let at = tx.at();
        let id: i64 = sqlx::query("INSERT INTO partners (name, district_code, created_at) VALUES ($1, $2, $3) RETURNING id")
            .bind(&name)
            .bind(district.map(DistrictCode::as_str))
            .bind(at)
            .fetch_one(tx.conn())
            .await
            .map_err(|e| if db::violates_unique(&e, "name") { StoreError::Duplicate("partner organisation") } else { e.into() })?
            .try_get(0)?;
        tx.append(by, &AuditEvent::new("partner_created").detail(format!("partner={id}"))).await?;
        tx.commit().await?;
        Ok(PartnerOrgId(id))
    }

    pub async fn partners(&self) -> Result<Vec<PartnerOrg>, StoreError> {
        let rows = sqlx::query("SELECT id, name, district_code FROM partners ORDER BY name").fetch_all(&self.pool).await?;
        rows.iter().map(partner_row).collect()
    }

    pub async fn partner_by_name(&self, name: &str) -> Result<Option<PartnerOrg>, StoreError> {
        let row = sqlx::query("SELECT id, name, district_code FROM partners WHERE name = $1").bind(name.trim()).fetch_optional(&self.pool).await?;
        row.as_ref().map(partner_row).transpose()
    }

    /// Fails with `Duplicate` if a collective of that name exists, `Input` for an unknown
    /// district, `Invalid` for an unknown partner.
    /// Its first stage dates from its founding (or today), its partners are linked from today.
    /// Pages and the API use [`Store::create_collective_record`] (names in each language,
    /// registration).
    pub async fn create_collective(&self, by: &Accessor, new: &NewCollective) -> Result<CollectiveId, StoreError> {
        let name = checked_name(&new.name)?;
        let mut tx = self.begin_audited().await?;
        require_district(tx.conn(), &new.district).await?;
        require_partners(tx.conn(), &new.partners).await?;
        let at = tx.at();
        let today = date_of(at);
        let id: i64 = sqlx::query(
            "INSERT INTO collectives (name, kind, stage, district_code, founded_on, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(&name)
        .bind(new.kind.code())
        .bind(new.stage.code())
        .bind(new.district.as_str())
        .bind(new.founded_on.map(db::date_text))
        .bind(at)
        .fetch_one(tx.conn())
        .await
        .map_err(duplicate_collective)?
        .try_get(0)?;
        let id = CollectiveId(id);
        // Its first stage needs no row: until the stage first changes, the history reads it
        // from the collective (since its founding, else its creation), as for collectives
        // from before migration 0014. So this path writes only what schema 0001 had.
        if !new.partners.is_empty() {
            set_partners(tx.conn(), id, &new.partners, today).await?;
        }
        tx.append(by, &AuditEvent::new("collective_created").collective(id)).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Replaces a collective's first record wholesale (the demo and older callers): a new
    /// stage is dated today, partners no longer listed are unlinked today and new ones linked
    /// from today. Pages use [`Store::edit_collective`] and the partner links instead.
    pub async fn update_collective(&self, by: &Accessor, id: CollectiveId, new: &NewCollective) -> Result<(), StoreError> {
        let name = checked_name(&new.name)?;
        let mut tx = self.begin_audited().await?;
        require_district(tx.conn(), &new.district).await?;
        require_partners(tx.conn(), &new.partners).await?;
        let at = tx.at();
        let today = date_of(at);
        // (read before the update below changes it)
        let before: Option<String> = sqlx::query_scalar("SELECT stage FROM collectives WHERE id = $1").bind(id.0).fetch_optional(tx.conn()).await?;
        let updated = sqlx::query("UPDATE collectives SET name = $1, kind = $2, stage = $3, district_code = $4, founded_on = $5 WHERE id = $6")
            .bind(&name)
            .bind(new.kind.code())
            .bind(new.stage.code())
            .bind(new.district.as_str())
            .bind(new.founded_on.map(db::date_text))
            .bind(id.0)
            .execute(tx.conn())
            .await
            .map_err(duplicate_collective)?;
        if updated.rows_affected() == 0 {
            return Err(StoreError::NotFound("collective"));
        }
        if let Some(before) = before.as_deref().filter(|b| *b != new.stage.code()) {
            collectives::keep_first_stage(tx.conn(), id, before).await?;
            collectives::add_stage(tx.conn(), id, new.stage, today, at).await?;
        }
        set_partners(tx.conn(), id, &new.partners, today).await?;
        tx.append(by, &AuditEvent::new("collective_updated").collective(id)).await?;
        tx.commit().await
    }

    /// All collectives, by name. Callers filter with the policy.
    pub async fn collectives(&self) -> Result<Vec<Collective>, StoreError> {
        let rows = sqlx::query(&format!("{SELECT_COLLECTIVE} ORDER BY name")).fetch_all(&self.pool).await?;
        let mut partners = self.partners_by_collective(None).await?;
        rows.iter().map(|row| collective_row(row, &mut partners)).collect()
    }

    pub async fn collective(&self, id: CollectiveId) -> Result<Option<Collective>, StoreError> {
        let row = sqlx::query(&format!("{SELECT_COLLECTIVE} WHERE id = $1")).bind(id.0).fetch_optional(&self.pool).await?;
        self.complete_collective(row).await
    }

    pub async fn collective_by_name(&self, name: &str) -> Result<Option<Collective>, StoreError> {
        let row = sqlx::query(&format!("{SELECT_COLLECTIVE} WHERE name = $1")).bind(name.trim()).fetch_optional(&self.pool).await?;
        self.complete_collective(row).await
    }

    pub async fn collective_facts(&self, id: CollectiveId) -> Result<Option<CollectiveFacts>, StoreError> {
        Ok(self.collective(id).await?.map(|c| CollectiveFacts { id: c.id, partners: c.partners }))
    }

    pub async fn counts(&self) -> Result<RegistryCounts, StoreError> {
        let row = sqlx::query("SELECT (SELECT COUNT(*) FROM collectives), (SELECT COUNT(*) FROM members), (SELECT COUNT(*) FROM accounts)")
            .fetch_one(&self.pool)
            .await?;
        Ok(RegistryCounts { collectives: row.try_get(0)?, members: row.try_get(1)?, accounts: row.try_get(2)? })
    }

    /// Current partner ids per collective (one collective's, or everyone's): only links
    /// without an end, so the policy never sees a partner that no longer supports it.
    pub(crate) async fn partners_by_collective(&self, only: Option<CollectiveId>) -> Result<HashMap<CollectiveId, Vec<PartnerOrgId>>, StoreError> {
        let rows = match only {
            Some(id) => {
                sqlx::query("SELECT collective_id, partner_id FROM partner_links WHERE collective_id = $1 AND until IS NULL ORDER BY partner_id")
                    .bind(id.0)
                    .fetch_all(&self.pool)
                    .await?
            }
            None => {
                sqlx::query("SELECT collective_id, partner_id FROM partner_links WHERE until IS NULL ORDER BY partner_id")
                    .fetch_all(&self.pool)
                    .await?
            }
        };
        let mut map: HashMap<CollectiveId, Vec<PartnerOrgId>> = HashMap::new();
        for row in rows {
            map.entry(CollectiveId(row.try_get(0)?)).or_default().push(PartnerOrgId(row.try_get(1)?));
        }
        Ok(map)
    }

    /// Partner ids of each of these collectives (absent: none), for many at once.
    pub(crate) async fn partners_of_collectives(&self, collectives: &[CollectiveId]) -> Result<HashMap<CollectiveId, Vec<PartnerOrgId>>, StoreError> {
        let mut map: HashMap<CollectiveId, Vec<PartnerOrgId>> = HashMap::new();
        for chunk in collectives.chunks(db::IN_LIST_CHUNK) {
            let sql = format!(
                "SELECT collective_id, partner_id FROM partner_links WHERE until IS NULL AND collective_id IN ({}) ORDER BY partner_id",
                db::placeholders(1, chunk.len())
            );
            let mut query = sqlx::query(&sql);
            for collective in chunk {
                query = query.bind(collective.0);
            }
            for row in query.fetch_all(&self.pool).await? {
                map.entry(CollectiveId(row.try_get(0)?)).or_default().push(PartnerOrgId(row.try_get(1)?));
            }
        }
        Ok(map)
    }

    async fn complete_collective(&self, row: Option<AnyRow>) -> Result<Option<Collective>, StoreError> {
        let Some(row) = row else { return Ok(None) };
        let mut partners = self.partners_by_collective(Some(CollectiveId(row.try_get(0)?))).await?;
        collective_row(&row, &mut partners).map(Some)
    }
}

const SELECT_COLLECTIVE: &str = "SELECT id, name, kind, stage, district_code, founded_on FROM collectives";

fn collective_row(row: &AnyRow, partners: &mut HashMap<CollectiveId, Vec<PartnerOrgId>>) -> Result<Collective, StoreError> {
    let id = CollectiveId(row.try_get(0)?);
    let kind: String = row.try_get(2)?;
    let stage: String = row.try_get(3)?;
    let district: String = row.try_get(4)?;
    let corrupt = |detail: String| StoreError::Corrupt { table: "collectives", detail };
    Ok(Collective {
        id,
        name: row.try_get(1)?,
        kind: TraffickingKind::from_code(&kind).ok_or_else(|| corrupt(format!("unknown kind {kind:?}")))?,
        stage: Stage::from_code(&stage).ok_or_else(|| corrupt(format!("unknown stage {stage:?}")))?,
        district: DistrictCode::parse(&district).map_err(|_| corrupt(format!("bad district {district:?}")))?,
        founded_on: row.try_get::<Option<String>, _>(5)?.map(|d| db::parse_date(&d, "collectives")).transpose()?,
        partners: partners.remove(&id).unwrap_or_default(),
    })
}

pub(super) fn partner_row(row: &AnyRow) -> Result<PartnerOrg, StoreError> {
    let district: Option<String> = row.try_get(2)?;
    Ok(PartnerOrg {
        id: PartnerOrgId(row.try_get(0)?),
        name: row.try_get(1)?,
        district: district
            .map(|d| DistrictCode::parse(&d).map_err(|_| StoreError::Corrupt { table: "partners", detail: format!("bad district {d:?}") }))
            .transpose()?,
    })
}

/// The primary name of a federation, a collective or a partner, as kept: cleaned, 1 to
/// [`MAX_REGISTRY_NAME`] characters, refused as the form field `name`.
fn checked_name(name: &str) -> Result<String, StoreError> {
    kept_text(name, "name", MAX_REGISTRY_NAME, true)
}

/// The day (UTC) of a transaction's time.
pub(super) fn date_of(unix: i64) -> Date {
    OffsetDateTime::from_unix_timestamp(unix).map(|t| t.date()).unwrap_or(OffsetDateTime::UNIX_EPOCH.date())
}

pub(super) fn duplicate_collective(e: sqlx::Error) -> StoreError {
    if db::violates_unique(&e, "name") {
        StoreError::Duplicate("collective")
    } else {
        e.into()
    }
}

async fn require_district(conn: &mut AnyConnection, district: &DistrictCode) -> Result<(), StoreError> {
    let found = sqlx::query("SELECT code FROM districts WHERE code = $1").bind(district.as_str()).fetch_optional(conn).await?;
    match found {
        Some(_) => Ok(()),
        None => Err(StoreError::input("district", InputProblem::Unknown)),
    }
}

async fn require_partners(conn: &mut AnyConnection, partners: &[PartnerOrgId]) -> Result<(), StoreError> {
    for partner in partners {
        let found = sqlx::query("SELECT id FROM partners WHERE id = $1").bind(partner.0).fetch_optional(&mut *conn).await?;
        if found.is_none() {
            return Err(StoreError::Invalid(format!("unknown partner organisation {partner}")));
        }
    }
    Ok(())
}

/// Makes `partners` the collective's current partners as of `today`: links no longer listed
/// end today, new ones start today, the others stay as they are.
async fn set_partners(conn: &mut AnyConnection, id: CollectiveId, partners: &[PartnerOrgId], today: Date) -> Result<(), StoreError> {
    let current: Vec<i64> = sqlx::query_scalar("SELECT partner_id FROM partner_links WHERE collective_id = $1 AND until IS NULL")
        .bind(id.0)
        .fetch_all(&mut *conn)
        .await?;
    for gone in current.iter().filter(|p| !partners.iter().any(|q| q.0 == **p)) {
        sqlx::query("UPDATE partner_links SET until = $1 WHERE collective_id = $2 AND partner_id = $3 AND until IS NULL")
            .bind(db::date_text(today))
            .bind(id.0)
            .bind(gone)
            .execute(&mut *conn)
            .await?;
    }
    let mut added: Vec<i64> = Vec::new();
    for partner in partners.iter().filter(|p| !current.contains(&p.0)) {
        if added.contains(&partner.0) {
            continue;
        }
        added.push(partner.0);
        sqlx::query("INSERT INTO partner_links (collective_id, partner_id, since) VALUES ($1, $2, $3)")
            .bind(id.0)
            .bind(partner.0)
            .bind(db::date_text(today))
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}
