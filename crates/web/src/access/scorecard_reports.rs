//! Score card reports: the one road from a request to a round's aggregates. The page, the
//! CSV/JSON exports, the API and the public page all come through here, so they cannot
//! disagree about what is shown or suppressed.
//!
//! Every card that leaves this module is a stored snapshot (`dhruva_store::scorecards::
//! snapshots`), never rebuilt per request: a round's card was made once when the round closed
//! (from its tallies, with the deployment's minimum cell size) and publication serves that
//! same card; the federation's yearly card is the latest stored one, made on the schedule or
//! on the analyst's demand from the shown cells of published round cards. Rules on top:
//!
//! - Numbers appear only once a round is closed. While it is open, a score card that changes
//!   as ratings arrive would let anyone who watches it (and sees the progress count rise)
//!   read one person's rating from the difference.
//! - "Change since the previous round" is read between two stored cards, and only against a
//!   round the reader may see herself.
//! - Seen without signing in, only published rounds exist, and only their aggregates and
//!   action plan: focus-group reasons and the free-text fields that may name a person stay
//!   with those allowed `ViewScorecard`.

use super::Access;
use crate::error::WebError;
use crate::state::AppState;
use dhruva_core::policy::{Action, Resource};
use dhruva_core::scorecard::aggregate::{self, Scorecard};
use dhruva_core::scorecard::{MinCell, RoundStatus};
use dhruva_core::{InstitutionId, RoundId};
use dhruva_forms::scorecard::Template;
use dhruva_store::scorecards::{snapshots, GroupScores, Institution, PlanAction, Round};
use std::collections::BTreeMap;
use time::OffsetDateTime;

/// How many rounds back the trend reaches (the chain of `previous`).
const TREND_ROUNDS: usize = 6;

/// The minimum cell size: the one stored cards are made with (the deployment's settings have
/// none yet, so the default applies).
pub fn min_cell(_app: &AppState) -> MinCell {
    snapshots::MIN_CELL
}

/// A round's score card with what surrounds it.
pub struct RoundReport {
    pub round: Round,
    pub template: &'static Template,
    pub k: MinCell,
    /// The stored card; `None` until the round is closed.
    pub card: Option<Scorecard>,
    /// When the stored card was made.
    pub made_at: Option<OffsetDateTime>,
    pub institutions: BTreeMap<InstitutionId, Institution>,
    /// Earlier rounds of the chain that may be shown, oldest first, then this one.
    pub trend: Vec<(Round, Scorecard)>,
    /// Focus groups (with the name of the collective where the reader may see it) and the
    /// providers' self-assessment: only for those allowed `ViewScorecard`, never in public.
    pub focus_groups: Vec<(Option<String>, GroupScores)>,
    pub self_assessments: Vec<GroupScores>,
    pub plan: Vec<PlanAction>,
    pub previous_plan: Option<(Round, Vec<PlanAction>)>,
}

/// The federation's yearly view: its latest stored snapshot, if one was made.
pub struct FederationReport {
    pub year: i32,
    pub k: MinCell,
    pub snapshot: Option<FederationSnapshot>,
    /// Whether the reader may make a new snapshot now (the analyst).
    pub may_make: bool,
}

/// One stored yearly card per template (scales differ, so templates are never added
/// together), with the date it was made and the published rounds it counts.
pub struct FederationSnapshot {
    pub made_at: OffsetDateTime,
    pub rounds: Vec<Round>,
    pub cards: Vec<(&'static Template, Scorecard)>,
}

fn template_of(round: &Round) -> Result<&'static Template, WebError> {
    dhruva_forms::scorecard::template(&round.template).ok_or(WebError::Internal("a round names a template that is not shipped"))
}

fn has_results(round: &Round) -> bool {
    matches!(round.status, RoundStatus::Closed | RoundStatus::Published)
}

/// The institutions named by these ids, as the registry has them.
pub async fn institutions_named(app: &AppState, ids: Vec<InstitutionId>) -> Result<BTreeMap<InstitutionId, Institution>, WebError> {
    let mut out = BTreeMap::new();
    for id in ids {
        if let Some(i) = app.store.institution(id).await? {
            out.insert(id, i);
        }
    }
    Ok(out)
}

/// The round and the earlier rounds of its chain that `may_show` allows and that have
/// results, oldest first, each with its stored card and the change since the one before it;
/// when the round's own card was made; the institutions' registry entries (for names).
type Chain = (Vec<(Round, Scorecard)>, Option<OffsetDateTime>, BTreeMap<InstitutionId, Institution>);

async fn chain(app: &AppState, round: &Round, may_show: &(dyn Fn(&Round) -> bool + Sync)) -> Result<Chain, WebError> {
    let mut rounds = vec![round.clone()];
    let mut next = round.previous;
    while let (Some(id), true) = (next, rounds.len() < TREND_ROUNDS) {
        let Some(prev) = app.store.round(id).await? else { break };
        // Different organisers, or a round the reader may not see, end the chain.
        if prev.organiser != round.organiser || !may_show(&prev) || !has_results(&prev) || rounds.iter().any(|r| r.id == prev.id) {
            break;
        }
        next = prev.previous;
        rounds.push(prev);
    }
    rounds.reverse();
    let names = institutions_named(app, rounds.iter().flat_map(|r| r.institutions.iter().copied()).collect()).await?;
    let mut built: Vec<(Round, Scorecard)> = Vec::with_capacity(rounds.len());
    let mut made_at = None;
    for r in rounds {
        if !has_results(&r) {
            continue;
        }
        // Closing made the card; a round without one (an upgrade whose start-up step has not
        // run) shows none rather than one rebuilt here.
        let Some(stored) = app.store.round_card(r.id).await? else { continue };
        let mut card = stored.card;
        aggregate::set_changes_since(&mut card, built.last().map(|(_, c)| c));
        if r.id == round.id {
            made_at = Some(stored.made_at);
        }
        built.push((r, card));
    }
    Ok((built, made_at, names))
}

/// The report of one round with its trend and action plans; `may_show` says which earlier
/// rounds of the chain the reader may see.
async fn report(app: &AppState, round: Round, may_show: &(dyn Fn(&Round) -> bool + Sync)) -> Result<RoundReport, WebError> {
    let template = template_of(&round)?;
    let (trend, made_at, institutions) = chain(app, &round, may_show).await?;
    let card = trend.last().filter(|(r, _)| r.id == round.id).map(|(_, c)| c.clone());
    let plan = app.store.action_plan(round.id).await?;
    let previous_plan = match round.previous {
        Some(id) => match app.store.round(id).await? {
            Some(prev) if may_show(&prev) => {
                let actions = app.store.action_plan(prev.id).await?;
                Some((prev, actions))
            }
            _ => None,
        },
        None => None,
    };
    let k = card.as_ref().map_or(min_cell(app), |c| c.k);
    Ok(RoundReport {
        round,
        template,
        k,
        card,
        made_at,
        institutions,
        trend,
        focus_groups: Vec::new(),
        self_assessments: Vec::new(),
        plan,
        previous_plan,
    })
}

/// A published round by its public slug, for anyone: aggregates and the action plan only.
/// Publication is the decision here; there is no one to ask the policy about.
pub async fn public_report(app: &AppState, slug: &str) -> Result<RoundReport, WebError> {
    let round = app.store.round_by_slug(slug).await?.filter(|r| r.status == RoundStatus::Published).ok_or(WebError::NotFound)?;
    let mut r = report(app, round, &|r: &Round| r.status == RoundStatus::Published).await?;
    // Free text that may name a person stays off the public page.
    for a in r.plan.iter_mut().chain(r.previous_plan.iter_mut().flat_map(|(_, p)| p.iter_mut())) {
        a.responsible.clear();
        a.note = None;
    }
    Ok(r)
}

/// Every published round, newest period first, for the public list.
pub async fn published_rounds(app: &AppState) -> Result<Vec<Round>, WebError> {
    let mut rounds = app.store.published_rounds().await?;
    rounds.sort_by(|a, b| b.period_end.cmp(&a.period_end).then(b.id.cmp(&a.id)));
    Ok(rounds)
}

impl Access<'_> {
    /// Whether the actor may see the score card of a round: `ViewScorecard` on its organiser
    /// or on any collective taking part.
    async fn may_view_scorecard(&self, round: &Round) -> Result<bool, WebError> {
        let mut ids = vec![round.organiser];
        ids.extend(round.collectives.iter().copied());
        for id in ids {
            if let Some(facts) = self.app.store.collective_facts(id).await? {
                if self.decide(Action::ViewScorecard, Resource::Collective(&facts)).allowed {
                    return Ok(true);
                }
            }
        }
        Ok(false)
    }

    /// A round's score card for someone allowed to see it; `NotFound` for anyone else.
    #[tracing::instrument(skip_all)]
    pub async fn round_report(&self, id: RoundId) -> Result<RoundReport, WebError> {
        let round = self.app.store.round(id).await?.ok_or(WebError::NotFound)?;
        if !self.may_view_scorecard(&round).await? {
            return Err(WebError::NotFound);
        }
        // Earlier rounds are shown only where the reader could open them herself.
        let mut visible = Vec::new();
        let mut next = round.previous;
        while let (Some(pid), true) = (next, visible.len() < TREND_ROUNDS) {
            let Some(prev) = self.app.store.round(pid).await? else { break };
            if visible.contains(&prev.id) || !self.may_view_scorecard(&prev).await? {
                break;
            }
            visible.push(prev.id);
            next = prev.previous;
        }
        let mut r = report(self.app, round, &|r: &Round| visible.contains(&r.id)).await?;
        for (collective, scores) in self.app.store.focus_groups(id).await? {
            let name = self.collective(collective).await.ok().map(|c| c.name);
            r.focus_groups.push((name, scores));
        }
        r.self_assessments = self.app.store.self_assessments(id).await?;
        Ok(r)
    }

    /// The year's latest stored federation card: for those who see the federation as a whole.
    #[tracing::instrument(skip_all)]
    pub async fn federation_report(&self, year: i32) -> Result<FederationReport, WebError> {
        if !self.decide(Action::ViewFederation, Resource::Deployment).allowed {
            return Err(WebError::NotFound);
        }
        let may_make = self.decide(Action::PublishFigures, Resource::Deployment).allowed;
        let snapshot = match self.app.store.federation_card(year).await? {
            Some(stored) => {
                let mut rounds = Vec::with_capacity(stored.rounds.len());
                for id in stored.rounds {
                    rounds.extend(self.app.store.round(id).await?);
                }
                let cards = stored.cards.into_iter().filter_map(|(t, card)| dhruva_forms::scorecard::template(&t).map(|t| (t, card))).collect();
                Some(FederationSnapshot { made_at: stored.made_at, rounds, cards })
            }
            None => None,
        };
        Ok(FederationReport { year, k: min_cell(self.app), snapshot, may_make })
    }

    /// A new snapshot of the year's federation card, now: the analyst's `PublishFigures`.
    #[tracing::instrument(skip_all)]
    pub async fn make_federation_snapshot(&self, year: i32) -> Result<(), WebError> {
        if !self.decide(Action::ViewFederation, Resource::Deployment).allowed {
            return Err(WebError::NotFound);
        }
        let d = self.decide(Action::PublishFigures, Resource::Deployment);
        if !d.allowed {
            return Err(WebError::Forbidden);
        }
        self.app.store.make_federation_card(&self.accessor(&d), year).await?;
        Ok(())
    }
}

/// Names of the districts and states a score card groups by (code → name; a code with no
/// name in the registry keeps its code).
pub async fn place_names(app: &AppState, card: &Scorecard) -> Result<(BTreeMap<String, String>, BTreeMap<String, String>), WebError> {
    let states: BTreeMap<String, String> = app.store.states().await?.into_iter().map(|s| (s.code.to_string(), s.name)).collect();
    let mut districts = BTreeMap::new();
    for row in &card.by_district {
        let name = match dhruva_core::geography::DistrictCode::parse(&row.key) {
            Ok(code) => app.store.district(&code).await?.map(|d| d.name),
            Err(_) => None,
        };
        districts.insert(row.key.clone(), name.unwrap_or_else(|| row.key.clone()));
    }
    Ok((districts, states))
}
