//! The registry of duty bearers: what they are, what they are called, where they are.

use super::ScorecardError;
use crate::audit::AuditEvent;
use crate::error::InputProblem;
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::geography::DistrictCode;
use dhruva_core::scorecard::InstitutionType;
use dhruva_core::InstitutionId;
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row as _};

/// Longest name kept: a police station's or a bank branch's full name fits easily.
pub const MAX_NAME_CHARS: usize = 200;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewInstitution {
    pub kind: InstitutionType,
    pub name: String,
    pub district: DistrictCode,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Institution {
    pub id: InstitutionId,
    pub kind: InstitutionType,
    pub name: String,
    pub district: DistrictCode,
}

/// Which institutions to list; `None` matches every value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InstitutionFilter {
    pub district: Option<DistrictCode>,
    pub kind: Option<InstitutionType>,
}

impl Store {
    /// Registers a duty bearer. An unknown district, an empty name, or the same (type, name,
    /// district) as one already registered are refused.
    pub async fn add_institution(&self, by: &Accessor, new: &NewInstitution) -> Result<InstitutionId, StoreError> {
        let name = clean_name(&new.name)?;
        let mut tx = self.begin_audited().await?;
        if !district_exists(tx.conn(), &new.district).await? {
            return Err(ScorecardError::UnknownDistrict(new.district.as_str().to_owned()).into());
        }
        let at = tx.at();
        let id = insert(tx.conn(), new.kind, &name, &new.district, at).await?;
        tx.append(by, &AuditEvent::new("institution_added").detail(format!("institution={};kind={}", id.0, new.kind.code()))).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Institutions by district, type and name.
    pub async fn institutions(&self, filter: &InstitutionFilter) -> Result<Vec<Institution>, StoreError> {
        let rows = sqlx::query(&format!(
            "{SELECT} WHERE ($1 IS NULL OR district_code = $1) AND ($2 IS NULL OR kind = $2) ORDER BY district_code, kind, name_key, id"
        ))
        .bind(filter.district.as_ref().map(|d| d.as_str().to_owned()))
        .bind(filter.kind.map(|k| k.code()))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(institution).collect()
    }

    pub async fn institution(&self, id: InstitutionId) -> Result<Option<Institution>, StoreError> {
        let row = sqlx::query(&format!("{SELECT} WHERE id = $1")).bind(id.0).fetch_optional(&self.pool).await?;
        row.as_ref().map(institution).transpose()
    }
}

const SELECT: &str = "SELECT id, kind, name, district_code FROM institutions";

fn institution(row: &AnyRow) -> Result<Institution, StoreError> {
    let kind: String = row.try_get(1)?;
    let district: String = row.try_get(3)?;
    Ok(Institution {
        id: InstitutionId(row.try_get(0)?),
        kind: InstitutionType::from_code(&kind)
            .ok_or_else(|| StoreError::Corrupt { table: "institutions", detail: format!("unknown type {kind:?}") })?,
        name: row.try_get(2)?,
        district: DistrictCode::parse(&district)
            .map_err(|_| StoreError::Corrupt { table: "institutions", detail: format!("bad district {district:?}") })?,
    })
}

/// The name as kept: trimmed, inner runs of white space made one space.
pub(crate) fn clean_name(name: &str) -> Result<String, StoreError> {
    let name = dhruva_core::text::clean(name).map_err(|_| StoreError::input("name", InputProblem::Missing))?;
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(StoreError::input("name", InputProblem::Missing));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(StoreError::input("name", InputProblem::TooLong { max: MAX_NAME_CHARS }));
    }
    Ok(name)
}

/// What makes two names the same institution: case and spacing do not count.
pub(crate) fn name_key(clean: &str) -> String {
    clean.to_lowercase()
}

pub(crate) async fn district_exists(conn: &mut AnyConnection, district: &DistrictCode) -> Result<bool, StoreError> {
    Ok(sqlx::query("SELECT code FROM districts WHERE code = $1").bind(district.as_str()).fetch_optional(conn).await?.is_some())
}

pub(crate) async fn is_registered(conn: &mut AnyConnection, kind: InstitutionType, clean: &str, district: &DistrictCode) -> Result<bool, StoreError> {
    let found = sqlx::query("SELECT id FROM institutions WHERE kind = $1 AND district_code = $2 AND name_key = $3")
        .bind(kind.code())
        .bind(district.as_str())
        .bind(name_key(clean))
        .fetch_optional(conn)
        .await?;
    Ok(found.is_some())
}

/// Inserts a checked institution (`clean` from [`clean_name`]).
pub(crate) async fn insert(
    conn: &mut AnyConnection,
    kind: InstitutionType,
    clean: &str,
    district: &DistrictCode,
    at: i64,
) -> Result<InstitutionId, StoreError> {
    let id: i64 =
        sqlx::query_scalar("INSERT INTO institutions (kind, name, name_key, district_code, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
            .bind(kind.code())
            .bind(clean)
            .bind(name_key(clean))
            .bind(district.as_str())
            .bind(at)
            .fetch_one(conn)
            .await
            .map_err(|e| if db::violates_unique(&e, "name_key") { StoreError::Duplicate("institution") } else { e.into() })?;
    Ok(InstitutionId(id))
}
