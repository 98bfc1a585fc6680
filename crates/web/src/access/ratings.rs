//! What she said about each institution of a round: her answers (the questions she skipped
//! are simply not among them) or "I did not go there". Read only for herself (`ViewRatings`
//! on her); written as her rating (`RateInstitution` in her collective). A "did not go"
//! counts in no tally: the store records no point for it.

use super::scorecards::{Refusable, RoundView};
use super::Access;
use crate::error::WebError;
use dhruva_core::policy::{Action, Resource};
use dhruva_core::InstitutionId;
use dhruva_store::scorecards::RatingMark;
use dhruva_store::StoreError;
use std::collections::BTreeMap;

impl Access<'_> {
    /// Her own mark on one institution.
    pub async fn my_mark(&self, view: &RoundView, institution: InstitutionId) -> Result<Option<RatingMark>, WebError> {
        let (member, _) = view.rater.ok_or(WebError::NotFound)?;
        self.require_on_member(member, Action::ViewRatings).await?;
        Ok(self.app.store.my_mark(member, view.round.id, institution).await?)
    }

    /// Her marks on the round's institutions: institution → `true` where she did not go.
    pub async fn my_marks(&self, view: &RoundView) -> Result<BTreeMap<InstitutionId, bool>, WebError> {
        let (member, _) = view.rater.ok_or(WebError::NotFound)?;
        self.require_on_member(member, Action::ViewRatings).await?;
        Ok(self.app.store.my_marks(member, view.round.id).await?.into_iter().collect())
    }

    /// Records her answers or her "did not go", as a member of the collective she rates for.
    pub async fn mark(&self, view: &RoundView, institution: InstitutionId, mark: &RatingMark) -> Result<Refusable<()>, WebError> {
        let (member, collective) = view.rater.ok_or(WebError::NotFound)?;
        let facts = view.facts.iter().find(|f| f.id == collective).ok_or(WebError::NotFound)?;
        let d = self.decide(Action::RateInstitution, Resource::Collective(facts));
        if !d.allowed {
            return Err(WebError::NotFound);
        }
        match self.app.store.record_mark(&self.accessor(&d), view.round.id, institution, member, collective, mark).await {
            Ok(()) => Ok(Ok(())),
            Err(StoreError::Scorecard(e)) => Ok(Err(e)),
            Err(e) => Err(e.into()),
        }
    }
}
