//! Federation, partner organisations and collectives.

use crate::{Accessor, Store, StoreError};
use dhruva_core::geography::DistrictCode;
use dhruva_core::policy::CollectiveFacts;
use dhruva_core::registry::{Collective, Federation, PartnerOrg, Stage, TraffickingKind};
use dhruva_core::{CollectiveId, PartnerOrgId};
use time::Date;

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
    /// Sets the federation's name, creating it on first call. A deployment has one.
    pub async fn ensure_federation(&self, name: &str) -> Result<(), StoreError> {
        let _ = name;
        todo!()
    }

    pub async fn federation(&self) -> Result<Option<Federation>, StoreError> {
        todo!()
    }

    /// Fails with `Duplicate` if a partner of that name exists.
    pub async fn create_partner(&self, by: &Accessor, name: &str, district: Option<&DistrictCode>) -> Result<PartnerOrgId, StoreError> {
        let _ = (by, name, district);
        todo!()
    }

    pub async fn partners(&self) -> Result<Vec<PartnerOrg>, StoreError> {
        todo!()
    }

    pub async fn partner_by_name(&self, name: &str) -> Result<Option<PartnerOrg>, StoreError> {
        let _ = name;
        todo!()
    }

    /// Fails with `Duplicate` if a collective of that name exists, `Invalid` for an unknown
    /// district or partner.
    pub async fn create_collective(&self, by: &Accessor, new: &NewCollective) -> Result<CollectiveId, StoreError> {
        let _ = (by, new);
        todo!()
    }

    pub async fn update_collective(&self, by: &Accessor, id: CollectiveId, new: &NewCollective) -> Result<(), StoreError> {
        let _ = (by, id, new);
        todo!()
    }

    /// All collectives, by name. Callers filter with the policy.
    pub async fn collectives(&self) -> Result<Vec<Collective>, StoreError> {
        todo!()
    }

    pub async fn collective(&self, id: CollectiveId) -> Result<Option<Collective>, StoreError> {
        let _ = id;
        todo!()
    }

    pub async fn collective_by_name(&self, name: &str) -> Result<Option<Collective>, StoreError> {
        let _ = name;
        todo!()
    }

    pub async fn collective_facts(&self, id: CollectiveId) -> Result<Option<CollectiveFacts>, StoreError> {
        let _ = id;
        todo!()
    }

    pub async fn counts(&self) -> Result<RegistryCounts, StoreError> {
        todo!()
    }
}
