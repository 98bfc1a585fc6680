//! Casework for leaders: the desk (what is due for the members who asked for case support),
//! the collective's reminder settings, importing a register, and the figures for advocacy.
//!
//! Her cases are read only for members the policy lets this actor see cases of (`ViewCases`,
//! which for a leader needs her case-support consent); the others are counted, never named or
//! looked into. Figures are never built here: every page reads the latest stored release.

use super::Access;
use crate::error::WebError;
use crate::state::AppState;
use dhruva_core::cases::figures::{self, FigureKey, FigureRow, Figures};
use dhruva_core::policy::{Action, Resource};
use dhruva_core::scorecard::MinCell;
use dhruva_core::{CollectiveId, InstitutionId, MemberId, Sensitive};
use dhruva_store::cases::import::{CaseImport, ImportFormat};
use dhruva_store::cases::{CaseError, DueItem, FigureRelease, ReleasePlaces, ReleaseSummary, ReminderSettings, RELEASE_MIN_CELL};
use dhruva_store::{Accessor, StoreError};
use std::collections::{BTreeMap, HashMap};
use time::{Date, OffsetDateTime};

/// What the leader's desk shows.
pub struct DeskView {
    pub collective: String,
    /// Due within the week or overdue, for members who gave case-support consent.
    pub items: Vec<DueItem>,
    /// Member → her code and, where the policy allows, her name.
    pub members: HashMap<MemberId, (String, Option<Sensitive<String>>)>,
    /// Members whose cases the actor may not see (no case-support consent): only a count.
    pub not_asked: usize,
}

/// The minimum number of claims a shown figure rests on: the one releases are made with.
pub fn case_min_cell(_app: &AppState) -> MinCell {
    RELEASE_MIN_CELL
}

/// The latest release's rows for the authorities beside a score card, with its date; `None`
/// before the first release. Read from the same stored release as every other page, never
/// rebuilt, so reloading the public page shows nothing that changed since.
pub async fn authority_figures(app: &AppState, ids: &[InstitutionId]) -> Result<Option<(Date, Vec<(InstitutionId, FigureRow)>, HeldRows)>, WebError> {
    let Some(release) = app.store.latest_figure_release().await? else { return Ok(None) };
    let rows = release
        .figures
        .by_authority
        .into_iter()
        .filter_map(|row| match row.key {
            figures::FigureKey::Authority(id) if ids.contains(&id) => Some((id, row)),
            _ => None,
        })
        .collect();
    Ok(Some((release.as_of, rows, release.held)))
}

/// Rows a release withholds, as an earlier release showed them, with that release's date.
pub type HeldRows = BTreeMap<FigureKey, (Date, FigureRow)>;

/// Figures as a page shows them: a release's (or a part of it) and its date.
pub struct Released {
    pub as_of: Date,
    pub figures: Figures,
    /// Rows this release withholds, as an earlier release showed them, with its date.
    pub held: BTreeMap<FigureKey, (Date, FigureRow)>,
}

/// A refusal she should read (a revealing word), kept apart from failures.
pub type Refusable<T> = Result<T, CaseError>;

impl Access<'_> {
    /// The desk of a collective's leader; `NotFound`/`Forbidden` for anyone else.
    #[tracing::instrument(skip_all)]
    pub async fn casework_desk(&self, id: CollectiveId, today: Date, until: Date) -> Result<DeskView, WebError> {
        let collective = self.collective(id).await?;
        self.require_on_collective(id, Action::ViewCasesDue).await?;
        let members = self.app.store.members_facts_of_collective(id, today).await?;
        let mut groups: Vec<(Accessor, Vec<MemberId>)> = Vec::new();
        let mut name_groups: Vec<(Accessor, Vec<MemberId>)> = Vec::new();
        let mut codes: HashMap<MemberId, String> = HashMap::new();
        let mut not_asked = 0;
        for (summary, facts) in members {
            let d = self.decide(Action::ViewCases, Resource::Member(&facts));
            // No denial is written to her log here: the desk does not try to read her cases,
            // it only counts her, and a daily desk would fill her log with noise.
            if !d.allowed {
                not_asked += 1;
                continue;
            }
            push_grouped(&mut groups, self.accessor(&d), summary.id);
            let n = self.decide(Action::ViewMemberName, Resource::Member(&facts));
            if n.allowed {
                push_grouped(&mut name_groups, self.accessor(&n), summary.id);
            }
            codes.insert(summary.id, summary.code);
        }
        let mut items = Vec::new();
        for (accessor, ids) in &groups {
            items.extend(self.app.store.due_for_members(accessor, ids, today, until).await?);
        }
        items.sort_by(|a, b| a.due.cmp(&b.due).then(a.case.0.cmp(&b.case.0)));
        let mut names: HashMap<MemberId, Sensitive<String>> = HashMap::new();
        // Names only of members who have something due: every read is audited.
        for (accessor, ids) in &name_groups {
            let wanted: Vec<MemberId> = ids.iter().copied().filter(|m| items.iter().any(|i| i.member == *m)).collect();
            if !wanted.is_empty() {
                names.extend(self.app.store.member_names(accessor, &wanted).await?);
            }
        }
        let members = codes.into_iter().map(|(m, code)| (m, (code, names.remove(&m)))).collect();
        Ok(DeskView { collective: collective.name, items, members, not_asked })
    }

    pub async fn reminder_settings(&self, id: CollectiveId) -> Result<ReminderSettings, WebError> {
        self.require_on_collective(id, Action::ConfigureReminders).await?;
        Ok(self.app.store.reminder_settings(id).await?)
    }

    pub async fn set_reminder_settings(&self, id: CollectiveId, s: &ReminderSettings) -> Result<Refusable<()>, WebError> {
        let d = self.require_on_collective(id, Action::ConfigureReminders).await?;
        match self.app.store.set_reminder_settings(&self.accessor(&d), id, s).await {
            Ok(()) => Ok(Ok(())),
            Err(StoreError::Case(e)) => Ok(Err(e)),
            Err(e) => Err(e.into()),
        }
    }

    /// Whether the actor may import into this collective (for showing the page).
    pub async fn may_import_cases(&self, id: CollectiveId) -> Result<(), WebError> {
        self.require_on_collective(id, Action::ImportCases).await.map(|_| ())
    }

    /// A register checked (`commit = false`) or imported. Only members whose cases the actor
    /// may manage can be named in it; any other code is "unknown", so the file cannot probe
    /// who is a member or who consented.
    #[tracing::instrument(skip_all)]
    pub async fn import_cases(
        &self,
        id: CollectiveId,
        format: ImportFormat,
        bytes: &[u8],
        today: Date,
        commit: bool,
    ) -> Result<CaseImport, WebError> {
        let d = self.require_on_collective(id, Action::ImportCases).await?;
        let mut members = HashMap::new();
        for (summary, facts) in self.app.store.members_facts_of_collective(id, today).await? {
            if self.decide(Action::ManageCases, Resource::Member(&facts)).allowed {
                members.insert(summary.code, summary.id);
            }
        }
        // Each member named was allowed by her own case-support consent (checked above), so the
        // rows about her say so, as when a leader records her case page by page.
        let mut by = self.accessor(&d);
        by.purpose = Some(dhruva_core::consent::Purpose::CaseSupport);
        Ok(self.app.store.import_cases(&by, id, format, bytes, &members, today, commit).await?)
    }

    /// A collective's compensation figures, for its members, leaders, supporting facilitators
    /// and the federation's analysts: its own row, and the rows of the districts, states and
    /// authorities its claims were in — all from the latest release (`None` before the first).
    ///
    /// Every number comes from the one release that the federation's and the public pages
    /// show. A build over this collective's claims alone, beside the federation's, would let a
    /// subtraction reveal another collective's small count at the same authority; a build per
    /// request would let two views a moment apart reveal the claim added in between.
    #[tracing::instrument(skip_all)]
    pub async fn collective_case_figures(&self, id: CollectiveId) -> Result<(String, Option<Released>), WebError> {
        let collective = self.collective(id).await?;
        self.require_on_collective(id, Action::ViewCaseFigures).await?;
        let Some(release) = self.app.store.latest_figure_release().await? else { return Ok((collective.name, None)) };
        let as_of = release.as_of;
        // Kept by the release only while its own count was shown: where a withheld
        // collective's few claims are is itself a figure about it.
        let places = release.places_of(id).cloned();
        let held = release.held;
        let built = release.figures;
        let own = built.by_collective.iter().find(|r| r.key == FigureKey::Collective(id)).cloned();
        let total = own.unwrap_or_else(|| no_claims(FigureKey::Collective(id)));
        let keep = |rows: Vec<FigureRow>, wanted: &dyn Fn(&FigureKey, &ReleasePlaces) -> bool| {
            rows.into_iter().filter(|r| places.as_ref().is_some_and(|p| wanted(&r.key, p))).collect::<Vec<_>>()
        };
        let figures = Figures {
            k: built.k,
            total,
            by_collective: Vec::new(),
            by_district: keep(built.by_district, &|k, p| matches!(k, FigureKey::District(d) if p.districts.iter().any(|x| x == d.as_str()))),
            by_state: keep(built.by_state, &|k, p| matches!(k, FigureKey::State(s) if p.states.contains(s))),
            by_authority: keep(built.by_authority, &|k, p| matches!(k, FigureKey::Authority(a) if p.authorities.contains(a))),
        };
        Ok((collective.name, Some(Released { as_of, figures, held })))
    }

    /// Every collective's compensation claims together, for those who see the federation:
    /// the latest release (`None` before the first).
    #[tracing::instrument(skip_all)]
    pub async fn federation_case_figures(&self) -> Result<Option<Released>, WebError> {
        if !self.decide(Action::ViewFederation, Resource::Deployment).allowed {
            return Err(WebError::NotFound);
        }
        Ok(self.app.store.latest_figure_release().await?.map(|r| Released { as_of: r.as_of, figures: r.figures, held: r.held }))
    }

    /// Whether this actor may publish a release (the analyst): the pages offer the button.
    pub fn may_publish_figures(&self) -> bool {
        self.decide(Action::PublishFigures, Resource::Deployment).allowed
    }

    /// The releases made so far, newest first, for the one who publishes them.
    pub async fn figure_releases(&self) -> Result<Vec<ReleaseSummary>, WebError> {
        if !self.may_publish_figures() {
            return Ok(Vec::new());
        }
        Ok(self.app.store.figure_releases().await?)
    }

    /// Makes a release now. `NotFound` for anyone who does not see the federation's figures,
    /// `Forbidden` for those who see them but may not publish (the admin).
    #[tracing::instrument(skip_all)]
    pub async fn publish_figures(&self, now: OffsetDateTime) -> Result<FigureRelease, WebError> {
        if !self.decide(Action::ViewFederation, Resource::Deployment).allowed {
            return Err(WebError::NotFound);
        }
        let d = self.decide(Action::PublishFigures, Resource::Deployment);
        if !d.allowed {
            return Err(WebError::Forbidden);
        }
        Ok(self.app.store.make_figure_release(&self.accessor(&d), now).await?)
    }

    /// Names of the collectives, districts, states and authorities a set of figures groups
    /// by, keyed as the page looks them up.
    pub async fn figure_names(&self, f: &Figures) -> Result<BTreeMap<String, String>, WebError> {
        figure_names(self.app, std::iter::once(&f.total).chain(&f.by_collective).chain(&f.by_district).chain(&f.by_state).chain(&f.by_authority))
            .await
    }
}

fn push_grouped(groups: &mut Vec<(Accessor, Vec<MemberId>)>, accessor: Accessor, id: MemberId) {
    match groups.iter_mut().find(|(a, _)| *a == accessor) {
        Some((_, ids)) => ids.push(id),
        None => groups.push((accessor, vec![id])),
    }
}

/// The key a figure row's name is looked up by.
pub fn figure_key(key: &figures::FigureKey) -> String {
    match key {
        figures::FigureKey::Total => "total".to_owned(),
        figures::FigureKey::Collective(c) => format!("c{}", c.0),
        figures::FigureKey::District(d) => format!("d{d}"),
        figures::FigureKey::State(s) => format!("s{s}"),
        figures::FigureKey::Authority(i) => format!("i{}", i.0),
    }
}

/// Names for figure rows (a row whose name cannot be found keeps its code).
pub async fn figure_names<'r>(app: &AppState, rows: impl Iterator<Item = &'r FigureRow>) -> Result<BTreeMap<String, String>, WebError> {
    let states: BTreeMap<String, String> = app.store.states().await?.into_iter().map(|s| (s.code.to_string(), s.name)).collect();
    let mut out = BTreeMap::new();
    for row in rows {
        let name = match &row.key {
            figures::FigureKey::Total => None,
            figures::FigureKey::Collective(c) => app.store.collective(*c).await?.map(|c| c.name),
            figures::FigureKey::District(d) => app.store.district(d).await?.map(|d| d.name),
            figures::FigureKey::State(s) => states.get(s).cloned(),
            figures::FigureKey::Authority(i) => app.store.institution(*i).await?.map(|i| i.name),
        };
        if let Some(name) = name {
            out.insert(figure_key(&row.key), name);
        }
    }
    Ok(out)
}

/// The row of a collective with no compensation claims: zero is no one's secret.
fn no_claims(key: FigureKey) -> FigureRow {
    use dhruva_core::scorecard::Published::{Shown, Suppressed};
    FigureRow {
        key,
        claims: Shown(0),
        by_status: Vec::new(),
        claimed: Suppressed,
        awarded: Suppressed,
        received: Suppressed,
        median_days_to_decision: Suppressed,
        decided_in_time: Suppressed,
    }
}
