//! For benchmarks only (feature `testing`): writes a round's running tallies directly, as if
//! millions of ratings had arrived, without storing the ratings themselves. Never built into
//! the server: a tally with no ratings behind it would be a forged score card.

use super::tally::{self, Tallies};
use crate::{Store, StoreError};
use dhruva_core::{InstitutionId, RoundId};

impl Store {
    /// Inserts one sealed tally per institution in one transaction (none may exist yet).
    pub async fn seed_tallies_for_benchmark(&self, round: RoundId, tallies: &[(InstitutionId, Tallies)]) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        for (institution, t) in tallies {
            tally::save(&mut tx, &self.keys, round, *institution, t, None).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
