//! Score card rounds: the institutions registry, planning and running a round, her rating,
//! and the cycle's later steps. Every road from a page to a round goes through here.
//!
//! Who may see a round follows from its collectives: anyone who may see the organiser or a
//! collective taking part. Her rating is hers alone: it is read only for the member herself
//! (`ViewRatings` on her), and no function here returns anyone else's answers — what others
//! get are counts of who has rated.

use super::Access;
use crate::error::WebError;
use dhruva_core::policy::{Action, CollectiveFacts, Decision, Resource};
use dhruva_core::scorecard::{ActionStatus, RoundStatus};
use dhruva_core::{CollectiveId, InstitutionId, MemberId, RoundId};
use dhruva_store::scorecards::{
    GroupScores, ImportOutcome, Institution, InstitutionFilter, Meeting, NewAction, NewInstitution, NewRound, PlanAction, Round, ScorecardError,
};
use dhruva_store::StoreError;

/// A write the store may refuse for a reason she should read (a stale page, a closed round).
pub type Refusable<T> = Result<T, ScorecardError>;

fn refusable<T>(r: Result<T, StoreError>) -> Result<Refusable<T>, WebError> {
    match r {
        Ok(v) => Ok(Ok(v)),
        Err(StoreError::Scorecard(e)) => Ok(Err(e)),
        Err(e) => Err(e.into()),
    }
}

/// A round as the actor may see it, with what she may do to it.
pub struct RoundView {
    pub round: Round,
    /// The organiser first, then the other collectives taking part.
    pub facts: Vec<CollectiveFacts>,
    pub may_run: Option<Decision>,
    /// Closing the rating: the organiser's office holders only (`CloseRound`).
    pub may_close: Option<Decision>,
    pub may_publish: Option<Decision>,
    pub may_self_assess: Option<Decision>,
    pub may_view_progress: bool,
    /// The collective she rates through, if she is a member of one taking part.
    pub rater: Option<(MemberId, CollectiveId)>,
    /// The collectives whose focus group she may record.
    pub focus_groups: Vec<CollectiveId>,
}

impl RoundView {
    /// Whether she may move the round on from `from` (whatever its status now).
    pub fn may_advance_from(&self, from: RoundStatus) -> Option<Decision> {
        match from {
            RoundStatus::Planned => self.may_run,
            RoundStatus::Open => self.may_close,
            RoundStatus::Closed => self.may_publish,
            RoundStatus::Published => None,
        }
    }
}

impl Access<'_> {
    fn allowed(&self, action: Action, resource: Resource<'_>) -> Option<Decision> {
        Some(self.decide(action, resource)).filter(|d| d.allowed)
    }

    /// The registry may be changed by the federation (`ManageInstitutions`) or by whoever may
    /// add an institution for a collective she sees (leaders and facilitators who plan).
    pub async fn institution_adder(&self) -> Result<Option<Decision>, WebError> {
        if let Some(d) = self.allowed(Action::ManageInstitutions, Resource::Deployment) {
            return Ok(Some(d));
        }
        for c in self.app.store.collectives().await? {
            let facts = CollectiveFacts { id: c.id, partners: c.partners.clone() };
            if let Some(d) = self.allowed(Action::AddInstitution, Resource::Collective(&facts)) {
                return Ok(Some(d));
            }
        }
        Ok(None)
    }

    pub fn may_import_institutions(&self) -> bool {
        self.allowed(Action::ManageInstitutions, Resource::Deployment).is_some()
    }

    /// The registry, for those who keep it or plan rounds with it.
    pub async fn institutions(&self, filter: &InstitutionFilter) -> Result<Vec<Institution>, WebError> {
        self.institution_adder().await?.ok_or(WebError::NotFound)?;
        Ok(self.app.store.institutions(filter).await?)
    }

    pub async fn add_institution(&self, new: &NewInstitution) -> Result<Refusable<InstitutionId>, WebError> {
        let d = self.institution_adder().await?.ok_or(WebError::NotFound)?;
        refusable(self.app.store.add_institution(&self.accessor(&d), new).await)
    }

    /// A whole file at once, only by the federation: a bad row imports nothing.
    pub async fn import_institutions(&self, bytes: &[u8]) -> Result<ImportOutcome, WebError> {
        let d = self.allowed(Action::ManageInstitutions, Resource::Deployment).ok_or(WebError::NotFound)?;
        Ok(self.app.store.import_institutions_csv(&self.accessor(&d), bytes).await?)
    }

    /// A collective's rounds (organised or taking part), and whether she may plan one.
    pub async fn collective_rounds(&self, id: CollectiveId) -> Result<(Vec<Round>, bool), WebError> {
        self.require_on_collective(id, Action::ViewCollective).await?;
        let may_plan = self.require_on_collective(id, Action::PlanRound).await.is_ok();
        Ok((self.app.store.rounds_of_collective(id).await?, may_plan))
    }

    /// Planning: allowed on the organiser, and every collective taking part must be one she
    /// can see (she cannot enrol a collective she does not know of).
    pub async fn plan_round(&self, new: &NewRound) -> Result<Refusable<RoundId>, WebError> {
        let d = self.require_on_collective(new.organiser, Action::PlanRound).await?;
        for c in &new.collectives {
            self.collective(*c).await?;
        }
        refusable(self.app.store.plan_round(&self.accessor(&d), new).await)
    }

    /// A round she may see: `NotFound` unless she may see one of its collectives.
    pub async fn round(&self, id: RoundId) -> Result<RoundView, WebError> {
        let round = self.app.store.round(id).await?.ok_or(WebError::NotFound)?;
        let mut ids = vec![round.organiser];
        ids.extend(round.collectives.iter().copied().filter(|c| *c != round.organiser));
        let mut facts = Vec::with_capacity(ids.len());
        for c in ids {
            facts.push(self.app.store.collective_facts(c).await?.ok_or(WebError::NotFound)?);
        }
        if !facts.iter().any(|f| self.decide(Action::ViewCollective, Resource::Collective(f)).allowed) {
            return Err(WebError::NotFound);
        }
        let organiser = &facts[0];
        let on_organiser = |a| self.allowed(a, Resource::Collective(organiser));
        let taking_part = |f: &&CollectiveFacts| round.collectives.contains(&f.id);
        let rater = self.actor.member().and_then(|m| {
            facts.iter().filter(taking_part).find(|f| self.decide(Action::RateInstitution, Resource::Collective(f)).allowed).map(|f| (m, f.id))
        });
        let focus_groups =
            facts.iter().filter(taking_part).filter(|f| self.decide(Action::RunRound, Resource::Collective(f)).allowed).map(|f| f.id).collect();
        Ok(RoundView {
            may_run: on_organiser(Action::RunRound),
            may_close: on_organiser(Action::CloseRound),
            may_publish: on_organiser(Action::PublishRound),
            may_self_assess: on_organiser(Action::RecordSelfAssessment),
            may_view_progress: facts.iter().any(|f| self.decide(Action::ViewRoundProgress, Resource::Collective(f)).allowed),
            rater,
            focus_groups,
            facts,
            round,
        })
    }

    /// Counts of who has rated, per collective. Whoever may follow the organiser's round
    /// sees every collective's counts (it runs the round); others only their own.
    pub async fn round_progress(&self, view: &RoundView) -> Result<Vec<(CollectiveId, u64, u64)>, WebError> {
        let all = self.decide(Action::ViewRoundProgress, Resource::Collective(&view.facts[0])).allowed;
        let visible: Vec<CollectiveId> =
            view.facts.iter().filter(|f| all || self.decide(Action::ViewRoundProgress, Resource::Collective(f)).allowed).map(|f| f.id).collect();
        let progress = self.app.store.round_progress(view.round.id).await?;
        Ok(progress.into_iter().filter(|(c, _, _)| visible.contains(c)).collect())
    }

    /// Open (`RunRound`), close (`CloseRound`) or publish (`PublishRound`); closing and
    /// publishing are the organiser's leaders' only.
    pub async fn advance_round(&self, id: RoundId, from: RoundStatus) -> Result<Refusable<RoundStatus>, WebError> {
        let view = self.round(id).await?;
        let d = view.may_advance_from(from).ok_or(WebError::Forbidden)?;
        refusable(self.app.store.advance_round(&self.accessor(&d), id, from).await)
    }

    /// How many of the stored card's cells (institution by indicator) will be withheld when it
    /// is published — too few raters, or none — and of how many, with the card's k: what the
    /// publisher is warned about. Counts only; `None` before the round is closed.
    pub async fn withheld_cells(&self, view: &RoundView) -> Result<Option<(usize, usize, u32)>, WebError> {
        view.may_publish.ok_or(WebError::Forbidden)?;
        let Some(stored) = self.app.store.round_card(view.round.id).await? else { return Ok(None) };
        let cells = || stored.card.by_institution.iter().flat_map(|row| row.cells.iter());
        let withheld = cells().filter(|c| c.shown().is_none()).count();
        Ok(Some((withheld, cells().count(), stored.card.k.get())))
    }

    pub async fn focus_group(&self, view: &RoundView, collective: CollectiveId, scores: &GroupScores) -> Result<Refusable<()>, WebError> {
        let facts = view.facts.iter().find(|f| f.id == collective).ok_or(WebError::NotFound)?;
        let d = self.allowed(Action::RunRound, Resource::Collective(facts)).ok_or(WebError::Forbidden)?;
        refusable(self.app.store.record_focus_group(&self.accessor(&d), view.round.id, collective, scores).await)
    }

    /// The focus groups' consensus scores the actor may record (her collectives' ones).
    pub async fn focus_groups(&self, view: &RoundView) -> Result<Vec<(CollectiveId, GroupScores)>, WebError> {
        let all = self.app.store.focus_groups(view.round.id).await?;
        Ok(all.into_iter().filter(|(c, _)| view.focus_groups.contains(c)).collect())
    }

    pub async fn self_assessment(&self, view: &RoundView, scores: &GroupScores) -> Result<Refusable<()>, WebError> {
        let d = view.may_self_assess.ok_or(WebError::Forbidden)?;
        refusable(self.app.store.record_self_assessment(&self.accessor(&d), view.round.id, scores).await)
    }

    pub async fn self_assessments(&self, view: &RoundView) -> Result<Vec<GroupScores>, WebError> {
        view.may_self_assess.or(view.may_run).ok_or(WebError::Forbidden)?;
        Ok(self.app.store.self_assessments(view.round.id).await?)
    }

    pub async fn record_meeting(&self, view: &RoundView, meeting: &Meeting) -> Result<Refusable<()>, WebError> {
        let d = view.may_run.ok_or(WebError::Forbidden)?;
        refusable(self.app.store.record_meeting(&self.accessor(&d), view.round.id, meeting).await)
    }

    /// The meeting and the action plan are the round's public record within it: anyone who
    /// may see the round sees them (counts by role, no names).
    pub async fn meeting(&self, view: &RoundView) -> Result<Option<Meeting>, WebError> {
        Ok(self.app.store.meeting(view.round.id).await?)
    }

    pub async fn action_plan(&self, round: RoundId) -> Result<Vec<PlanAction>, WebError> {
        Ok(self.app.store.action_plan(round).await?)
    }

    pub async fn add_action(&self, view: &RoundView, new: &NewAction) -> Result<Refusable<i64>, WebError> {
        let d = view.may_run.ok_or(WebError::Forbidden)?;
        refusable(self.app.store.add_action(&self.accessor(&d), view.round.id, new).await)
    }

    pub async fn update_action(&self, view: &RoundView, id: i64, status: ActionStatus, note: Option<&str>) -> Result<Refusable<()>, WebError> {
        let d = view.may_run.ok_or(WebError::Forbidden)?;
        refusable(self.app.store.update_action(&self.accessor(&d), view.round.id, id, status, note).await)
    }
}
