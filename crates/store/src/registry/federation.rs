//! The federation as `dhruva setup` names it: its name in each language (the English one in
//! `federation.name`) and the states it works in.

use super::{checked_name, collectives::kept_names};
use crate::audit::AuditEvent;
use crate::error::InputProblem;
use crate::{Accessor, Store, StoreError};
use dhruva_core::geography::StateCode;
use dhruva_core::registry::Language;
use sqlx::Row as _;

/// What the first start records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FederationSetup {
    /// The English name.
    pub name: String,
    /// Names in Bengali, Hindi, Telugu; an empty one is none.
    pub names: Vec<(Language, String)>,
    pub states: Vec<StateCode>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FederationProfile {
    pub name: String,
    pub names: Vec<(Language, String)>,
    pub states: Vec<StateCode>,
}

impl FederationProfile {
    /// Its name in `language`, or the English one where none is kept.
    pub fn name_in(&self, language: Language) -> &str {
        self.names.iter().find(|(l, _)| *l == language).map_or(self.name.as_str(), |(_, n)| n.as_str())
    }
}

impl Store {
    /// Creates the federation with its names and states, in one audited transaction.
    /// `Duplicate` if the deployment already has one; `Input` for a name that does not fit
    /// (`name`, `name_bn` …) or a state the registry does not know (`states`).
    pub async fn create_federation(&self, by: &Accessor, setup: &FederationSetup) -> Result<(), StoreError> {
        let name = checked_name(&setup.name)?;
        let names = kept_names(&setup.names)?;
        let mut tx = self.begin_audited().await?;
        if sqlx::query("SELECT id FROM federation WHERE id = 1").fetch_optional(tx.conn()).await?.is_some() {
            return Err(StoreError::Duplicate("federation"));
        }
        sqlx::query("INSERT INTO federation (id, name) VALUES (1, $1)").bind(&name).execute(tx.conn()).await?;
        for (language, name) in &names {
            sqlx::query("INSERT INTO federation_names (language, name) VALUES ($1, $2)").bind(language.code()).bind(name).execute(tx.conn()).await?;
        }
        let mut states: Vec<&StateCode> = setup.states.iter().collect();
        states.sort();
        states.dedup();
        for state in &states {
            if sqlx::query("SELECT code FROM states WHERE code = $1").bind(state.as_str()).fetch_optional(tx.conn()).await?.is_none() {
                return Err(StoreError::input("states", InputProblem::Unknown));
            }
            sqlx::query("INSERT INTO federation_states (state_code) VALUES ($1)").bind(state.as_str()).execute(tx.conn()).await?;
        }
        let codes: Vec<&str> = states.iter().map(|s| s.as_str()).collect();
        tx.append(by, &AuditEvent::new("federation_created").detail(format!("states={}", codes.join(",")))).await?;
        tx.commit().await
    }

    /// The federation with its names and states, `None` before it is set up.
    pub async fn federation_profile(&self) -> Result<Option<FederationProfile>, StoreError> {
        let Some(federation) = self.federation().await? else { return Ok(None) };
        let mut names = Vec::new();
        for row in sqlx::query("SELECT language, name FROM federation_names").fetch_all(&self.pool).await? {
            if let Some(language) = Language::from_code(&row.try_get::<String, _>(0)?) {
                names.push((language, row.try_get::<String, _>(1)?));
            }
        }
        names.sort_by_key(|(l, _)| *l);
        let mut states = Vec::new();
        for row in sqlx::query("SELECT state_code FROM federation_states ORDER BY state_code").fetch_all(&self.pool).await? {
            let code: String = row.try_get(0)?;
            states.push(
                StateCode::parse(&code).map_err(|_| StoreError::Corrupt { table: "federation_states", detail: format!("bad state {code:?}") })?,
            );
        }
        Ok(Some(FederationProfile { name: federation.name, names, states }))
    }
}
