//! Score card reports: the one road from a request to a round's aggregates. The page, the
//! CSV/JSON exports, the API and the public page all come through here, so they cannot
//! disagree about what is shown or suppressed.
//!
//! What leaves this module is built from running tallies by [`aggregate::build`] with the
//! deployment's minimum cell size, never from anyone's own rating. Two rules on top of that:
//!
//! - Numbers appear only once a round is closed. While it is open, a score card that changes
//!   as ratings arrive would let anyone who watches it (and sees the progress count rise)
//!   read one person's rating from the difference.
//! - Seen without signing in, only published rounds exist, and only their aggregates and
//!   action plan: focus-group reasons and the free-text fields that may name a person stay
//!   with those allowed `ViewScorecard`.

use super::Access;
use crate::error::WebError;
use crate::state::AppState;
use dhruva_core::policy::{Action, Resource};
use dhruva_core::scorecard::aggregate::{self, IndicatorSpec, InstitutionRef, Ratings, Scorecard};
use dhruva_core::scorecard::stats::Tally;
use dhruva_core::scorecard::{MinCell, RoundStatus};
use dhruva_core::{InstitutionId, RoundId};
use dhruva_forms::scorecard::Template;
use dhruva_store::scorecards::{GroupScores, Institution, PlanAction, Round};
use std::collections::BTreeMap;
use time::Date;

/// How many rounds back the trend reaches (the chain of `previous`).
const TREND_ROUNDS: usize = 6;

/// The minimum cell size. The deployment's settings have none yet, so the default applies.
pub fn min_cell(_app: &AppState) -> MinCell {
    MinCell::DEFAULT
}

/// A round's score card with what surrounds it.
pub struct RoundReport {
    pub round: Round,
    pub template: &'static Template,
    pub k: MinCell,
    /// `None` until the round is closed.
    pub card: Option<Scorecard>,
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

/// One federation-wide score card per template (scales differ, so tallies of different
/// templates are never added together).
pub struct FederationReport {
    pub year: i32,
    pub rounds: usize,
    pub k: MinCell,
    pub cards: Vec<(&'static Template, Scorecard)>,
}

/// Store tallies → what aggregation takes, through the template's scales. Every indicator
/// of the template is a column; an institution an indicator does not apply to simply has
/// nobody rating it there. Indicators whose scale the template cannot give are left out.
pub fn ratings(template: &Template, institutions: &BTreeMap<InstitutionId, Institution>, tallies: &[(InstitutionId, BTreeMap<String, Tally>)]) -> Ratings {
    let indicators: Vec<IndicatorSpec> = template
        .indicators
        .iter()
        .filter_map(|i| template.scale_spec(&i.code).map(|scale| IndicatorSpec { code: i.code.clone(), scale }))
        .collect();
    let mut refs = Vec::with_capacity(tallies.len());
    let mut rows = Vec::with_capacity(tallies.len());
    for (id, by_code) in tallies {
        // An institution missing from the registry cannot be placed in a district: left out.
        let Some(inst) = institutions.get(id) else { continue };
        refs.push(InstitutionRef { id: *id, kind: inst.kind, district: inst.district.clone() });
        rows.push(indicators.iter().map(|ind| by_code.get(&ind.code).cloned().unwrap_or_default()).collect());
    }
    Ratings { institutions: refs, indicators, tallies: rows }
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
/// results, oldest first, each built with the one before it (for "change since").
async fn chain(app: &AppState, round: &Round, k: MinCell, may_show: &(dyn Fn(&Round) -> bool + Sync)) -> Result<(Vec<(Round, Scorecard)>, BTreeMap<InstitutionId, Institution>), WebError> {
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
    for r in rounds {
        if !has_results(&r) {
            continue;
        }
        let template = template_of(&r)?;
        let tallies = app.store.round_tallies(r.id).await?;
        let card = aggregate::build(&ratings(template, &names, &tallies), k, built.last().map(|(_, c)| c));
        built.push((r, card));
    }
    Ok((built, names))
}

/// The report of one round with its trend and action plans; `may_show` says which earlier
/// rounds of the chain the reader may see.
async fn report(app: &AppState, round: Round, may_show: &(dyn Fn(&Round) -> bool + Sync)) -> Result<RoundReport, WebError> {
    let k = min_cell(app);
    let template = template_of(&round)?;
    let (trend, institutions) = chain(app, &round, k, may_show).await?;
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
    Ok(RoundReport { round, template, k, card, institutions, trend, focus_groups: Vec::new(), self_assessments: Vec::new(), plan, previous_plan })
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

    /// Every published round whose period ends in `year`, counted together per template:
    /// for those who see the federation as a whole.
    #[tracing::instrument(skip_all)]
    pub async fn federation_report(&self, year: i32) -> Result<FederationReport, WebError> {
        if !self.decide(Action::ViewFederation, Resource::Deployment).allowed {
            return Err(WebError::NotFound);
        }
        let (from, to) = year_bounds(year).ok_or(WebError::NotFound)?;
        let rounds: Vec<Round> =
            self.app.store.published_rounds().await?.into_iter().filter(|r| r.period_end >= from && r.period_end <= to).collect();
        let k = min_cell(self.app);
        let mut sums: BTreeMap<String, BTreeMap<InstitutionId, BTreeMap<String, Tally>>> = BTreeMap::new();
        for r in &rounds {
            let per_template = sums.entry(r.template.clone()).or_default();
            for (inst, tallies) in self.app.store.round_tallies(r.id).await? {
                let sum = per_template.entry(inst).or_default();
                for (code, t) in tallies {
                    sum.entry(code).or_default().add(&t);
                }
            }
        }
        let mut cards = Vec::new();
        for (template_id, per_inst) in sums {
            let Some(template) = dhruva_forms::scorecard::template(&template_id) else { continue };
            let names = institutions_named(self.app, per_inst.keys().copied().collect()).await?;
            let tallies: Vec<(InstitutionId, BTreeMap<String, Tally>)> = per_inst.into_iter().collect();
            cards.push((template, aggregate::build(&ratings(template, &names, &tallies), k, None)));
        }
        Ok(FederationReport { year, rounds: rounds.len(), k, cards })
    }
}

fn year_bounds(year: i32) -> Option<(Date, Date)> {
    let from = Date::from_calendar_date(year, time::Month::January, 1).ok()?;
    let to = Date::from_calendar_date(year, time::Month::December, 31).ok()?;
    Some((from, to))
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
