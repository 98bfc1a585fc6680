//! India's states and districts, loaded from the bundled `data/india-districts.csv`.

use crate::{db, Store, StoreError};
use dhruva_core::geography::{District, DistrictCode, State, StateCode};
use sqlx::Row as _;

/// The bundled list (754 districts, India Post pincode directory), with stable codes.
pub const BUNDLED_DISTRICTS_CSV: &str = include_str!("../../../data/india-districts.csv");

/// Rows per multi-row INSERT: few round trips, far below either backend's parameter limit.
const BATCH: usize = 100;

impl Store {
    /// Inserts bundled states and districts that are missing. Idempotent; run by `migrate`.
    pub async fn load_bundled_districts(&self) -> Result<usize, StoreError> {
        let districts = bundled_districts()?;
        let present: i64 = sqlx::query("SELECT COUNT(*) FROM districts WHERE bundled = 1").fetch_one(&self.pool).await?.try_get(0)?;
        if usize::try_from(present).is_ok_and(|n| n >= districts.len()) {
            return Ok(0);
        }
        let states: Vec<(&str, &str)> =
            districts.iter().map(|d| (d.state.as_str(), d.state_name.as_str())).collect::<std::collections::BTreeMap<_, _>>().into_iter().collect();

        let mut tx = self.begin_write().await?;
        for chunk in states.chunks(BATCH) {
            let sql = format!("INSERT INTO states (code, name) VALUES {} ON CONFLICT DO NOTHING", values_list(chunk.len(), 2, ""));
            let mut query = sqlx::query(&sql);
            for (code, name) in chunk {
                query = query.bind(*code).bind(*name);
            }
            query.execute(&mut *tx).await?;
        }
        let mut inserted = 0;
        for chunk in districts.chunks(BATCH) {
            let values = values_list(chunk.len(), 3, ", 1");
            let sql = format!("INSERT INTO districts (code, state_code, name, bundled) VALUES {values} ON CONFLICT DO NOTHING");
            let mut query = sqlx::query(&sql);
            for d in chunk {
                query = query.bind(d.code.as_str()).bind(d.state.as_str()).bind(d.name.as_str());
            }
            inserted += query.execute(&mut *tx).await?.rows_affected();
        }
        tx.commit().await?;
        Ok(usize::try_from(inserted).unwrap_or(usize::MAX))
    }

    pub async fn states(&self) -> Result<Vec<State>, StoreError> {
        let rows = sqlx::query("SELECT code, name FROM states ORDER BY name").fetch_all(&self.pool).await?;
        rows.iter()
            .map(|row| {
                let code: String = row.try_get(0)?;
                Ok(State { code: StateCode::parse(&code).map_err(|_| corrupt("states", &code))?, name: row.try_get(1)? })
            })
            .collect()
    }

    pub async fn districts_of(&self, state: &StateCode) -> Result<Vec<District>, StoreError> {
        let rows = sqlx::query("SELECT code, name, state_code FROM districts WHERE state_code = $1 ORDER BY name")
            .bind(state.as_str())
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(district_row).collect()
    }

    pub async fn district(&self, code: &DistrictCode) -> Result<Option<District>, StoreError> {
        let row = sqlx::query("SELECT code, name, state_code FROM districts WHERE code = $1").bind(code.as_str()).fetch_optional(&self.pool).await?;
        row.as_ref().map(district_row).transpose()
    }

    /// Adds a district (new districts are created every few years); returns its code.
    pub async fn add_district(&self, state: &StateCode, name: &str) -> Result<DistrictCode, StoreError> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 100 {
            return Err(StoreError::Invalid("a district name has 1 to 100 characters".to_owned()));
        }
        let code = DistrictCode::for_new_district(state, name).map_err(|e| StoreError::Invalid(e.to_string()))?;
        let result = sqlx::query("INSERT INTO districts (code, state_code, name, bundled) VALUES ($1, $2, $3, 0)")
            .bind(code.as_str())
            .bind(state.as_str())
            .bind(name)
            .execute(&self.pool)
            .await;
        match result {
            Ok(_) => Ok(code),
            Err(e) if db::violates_foreign_key(&e) => Err(StoreError::Invalid(format!("unknown state {state}"))),
            Err(e) if db::violates_unique(&e, "") => Err(StoreError::Duplicate("district")),
            Err(e) => Err(e.into()),
        }
    }
}

struct BundledDistrict {
    code: DistrictCode,
    state: StateCode,
    state_name: String,
    name: String,
}

fn bundled_districts() -> Result<Vec<BundledDistrict>, StoreError> {
    let bad = |detail: String| StoreError::Corrupt { table: "india-districts.csv", detail };
    let mut reader = csv::Reader::from_reader(BUNDLED_DISTRICTS_CSV.as_bytes());
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| bad(e.to_string()))?;
        let field = |i: usize| record.get(i).map(str::trim).unwrap_or_default();
        let state = StateCode::parse(field(0)).map_err(|e| bad(format!("{}: {e}", field(0))))?;
        let code = DistrictCode::parse(field(2)).map_err(|e| bad(format!("{}: {e}", field(2))))?;
        if code.state() != state {
            return Err(bad(format!("{code} is listed under {state}")));
        }
        out.push(BundledDistrict { code, state, state_name: field(1).to_owned(), name: field(3).to_owned() });
    }
    Ok(out)
}

/// `($1, $2, $3), ($4, $5, $6), …` with `extra` appended inside each tuple.
fn values_list(rows: usize, per_row: usize, extra: &str) -> String {
    (0..rows).map(|r| format!("({}{extra})", db::placeholders(r * per_row + 1, per_row))).collect::<Vec<_>>().join(", ")
}

fn district_row(row: &sqlx::any::AnyRow) -> Result<District, StoreError> {
    let code: String = row.try_get(0)?;
    let state: String = row.try_get(2)?;
    Ok(District {
        code: DistrictCode::parse(&code).map_err(|_| corrupt("districts", &code))?,
        name: row.try_get(1)?,
        state: StateCode::parse(&state).map_err(|_| corrupt("districts", &state))?,
    })
}

fn corrupt(table: &'static str, code: &str) -> StoreError {
    StoreError::Corrupt { table, detail: format!("bad code {code:?}") }
}
