//! India's states and districts, loaded from the bundled `data/india-districts.csv`.

use crate::{Store, StoreError};
use dhruva_core::geography::{District, DistrictCode, State, StateCode};

/// The bundled list (754 districts, India Post pincode directory), with stable codes.
pub const BUNDLED_DISTRICTS_CSV: &str = include_str!("../../../data/india-districts.csv");

impl Store {
    /// Inserts bundled states and districts that are missing. Idempotent; run by `migrate`.
    pub async fn load_bundled_districts(&self) -> Result<usize, StoreError> {
        todo!()
    }

    pub async fn states(&self) -> Result<Vec<State>, StoreError> {
        todo!()
    }

    pub async fn districts_of(&self, state: &StateCode) -> Result<Vec<District>, StoreError> {
        let _ = state;
        todo!()
    }

    pub async fn district(&self, code: &DistrictCode) -> Result<Option<District>, StoreError> {
        let _ = code;
        todo!()
    }

    /// Adds a district (new districts are created every few years); returns its code.
    pub async fn add_district(&self, state: &StateCode, name: &str) -> Result<DistrictCode, StoreError> {
        let _ = (state, name);
        todo!()
    }
}
