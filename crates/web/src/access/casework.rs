//! Casework for leaders: the desk (what is due for the members who asked for case support),
//! the collective's reminder settings, importing a register, and the figures for advocacy.
//!
//! Her cases are read only for members the policy lets this actor see cases of (`ViewCases`,
//! which for a leader needs her case-support consent); the others are counted, never named or
//! looked into. Figures are built here, suppressed, from claims that carry no member.

use super::Access;
use crate::error::WebError;
use crate::state::AppState;
use dhruva_core::cases::figures::{self, FigureKey, FigureRow, Figures};
use dhruva_core::policy::{Action, Resource};
use dhruva_core::scorecard::{MinCell, Published};
use dhruva_core::{CollectiveId, InstitutionId, MemberId, Sensitive};
use dhruva_store::cases::import::{CaseImport, ImportFormat};
use dhruva_store::cases::{CaseError, DueItem, ReminderSettings};
use dhruva_store::{Accessor, StoreError};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use time::Date;

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

/// The minimum number of claims a shown figure rests on; the score cards' default.
pub fn case_min_cell(_app: &AppState) -> MinCell {
    MinCell::DEFAULT
}

/// The figures of every compensation claim, for the authority rows beside a score card. The
/// same build as the federation's page, so the two never publish different suppressions.
pub async fn authority_figures(app: &AppState, ids: &[InstitutionId]) -> Result<Vec<(InstitutionId, FigureRow)>, WebError> {
    let claims = app.store.compensation_claims(None).await?;
    if claims.is_empty() {
        return Ok(Vec::new());
    }
    let built = figures::build(&claims, case_min_cell(app));
    Ok(built
        .by_authority
        .into_iter()
        .filter_map(|row| match row.key {
            figures::FigureKey::Authority(id) if ids.contains(&id) => Some((id, row)),
            _ => None,
        })
        .collect())
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
    pub async fn import_cases(&self, id: CollectiveId, format: ImportFormat, bytes: &[u8], today: Date, commit: bool) -> Result<CaseImport, WebError> {
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
    /// authorities its claims are in.
    ///
    /// Every number comes from the one build over all claims that the federation's and the
    /// public pages show. A build over this collective's claims alone, beside the federation's,
    /// would let a subtraction reveal another collective's small count at the same authority.
    #[tracing::instrument(skip_all)]
    pub async fn collective_case_figures(&self, id: CollectiveId) -> Result<(String, Figures), WebError> {
        let collective = self.collective(id).await?;
        self.require_on_collective(id, Action::ViewCaseFigures).await?;
        let all = self.app.store.compensation_claims(None).await?;
        let built = figures::build(&all, case_min_cell(self.app));
        let mine: Vec<_> = all.iter().filter(|c| c.collective == id).collect();
        let districts: BTreeSet<String> = mine.iter().filter_map(|c| c.district.as_ref()).map(|d| d.as_str().to_owned()).collect();
        let states: BTreeSet<String> = mine.iter().filter_map(|c| c.district.as_ref()).map(|d| d.state().as_str().to_owned()).collect();
        let authorities: BTreeSet<InstitutionId> = mine.iter().filter_map(|c| c.authority).collect();
        let own = built.by_collective.iter().find(|r| r.key == FigureKey::Collective(id)).cloned();
        let total = own.unwrap_or_else(|| no_claims(FigureKey::Collective(id)));
        // Which districts and authorities its claims are at is itself a figure about it: with
        // its own count withheld, listing them would say where its few claims are.
        let withheld = total.claims == Published::Suppressed;
        let keep = |rows: Vec<FigureRow>, wanted: &dyn Fn(&FigureKey) -> bool| rows.into_iter().filter(|r| !withheld && wanted(&r.key)).collect::<Vec<_>>();
        let figures = Figures {
            k: built.k,
            total,
            by_collective: Vec::new(),
            by_district: keep(built.by_district, &|k| matches!(k, FigureKey::District(d) if districts.contains(d.as_str()))),
            by_state: keep(built.by_state, &|k| matches!(k, FigureKey::State(s) if states.contains(s))),
            by_authority: keep(built.by_authority, &|k| matches!(k, FigureKey::Authority(a) if authorities.contains(a))),
        };
        Ok((collective.name, figures))
    }

    /// Every collective's compensation claims together, for those who see the federation.
    #[tracing::instrument(skip_all)]
    pub async fn federation_case_figures(&self) -> Result<Figures, WebError> {
        if !self.decide(Action::ViewFederation, Resource::Deployment).allowed {
            return Err(WebError::NotFound);
        }
        let claims = self.app.store.compensation_claims(None).await?;
        Ok(figures::build(&claims, case_min_cell(self.app)))
    }

    /// Names of the collectives, districts, states and authorities a set of figures groups
    /// by, keyed as the page looks them up.
    pub async fn figure_names(&self, f: &Figures) -> Result<BTreeMap<String, String>, WebError> {
        figure_names(self.app, std::iter::once(&f.total).chain(&f.by_collective).chain(&f.by_district).chain(&f.by_state).chain(&f.by_authority)).await
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
