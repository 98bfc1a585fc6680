//! Uses of members' data that each need a purpose she granted: contact by the federation,
//! inclusion in research, use in media. Every member's decision is taken here, one by one;
//! allowed reads are audited with the purpose, refusals for want of consent are recorded.

use super::transparency::Denials;
use super::Access;
use crate::error::WebError;
use dhruva_core::policy::{Action, MemberFacts, Resource};
use dhruva_core::registry::{Collective, MemberSummary};
use dhruva_core::research::{self, GeneralRow, Levels, QuasiIds};
use dhruva_core::scorecard::MinCell;
use dhruva_core::{CollectiveId, MemberId, Sensitive};
use dhruva_store::Accessor;
use rand::Rng as _;
use std::collections::HashMap;

/// A member the federation may contact.
pub struct ContactRow {
    pub code: String,
    pub name: Sensitive<String>,
    pub phone: Option<Sensitive<String>>,
}

/// A member whose story may be used in media and advocacy.
pub struct MediaRow {
    pub code: String,
    pub collective: String,
    pub name: Sensitive<String>,
}

/// One de-identified record of a research export: no name, phone or member code, and its
/// place, languages and year of joining only as finely as k-anonymity allows.
#[derive(serde::Serialize)]
pub struct ResearchRow {
    /// Random, made for this export only: two exports cannot be linked through it.
    pub pseudonym: String,
    #[serde(flatten)]
    pub row: GeneralRow,
}

#[derive(serde::Serialize)]
pub struct ResearchExport {
    /// Names this export in the audit log of every member in it.
    pub export: String,
    /// Every row shares its place, languages and joining year with at least k − 1 others.
    pub k: u32,
    /// How far place, languages and joining year were widened (0 = as they are).
    pub generalised: Levels,
    /// Members who agreed but would have stood out even so: left out.
    pub withheld: usize,
    pub members: Vec<ResearchRow>,
}

/// A member with her facts and the collective she is listed under (her first current one).
struct Candidate {
    summary: MemberSummary,
    facts: MemberFacts,
    collective: Collective,
}

/// The deployment's minimum cell, as for every published figure.
pub const RESEARCH_MIN_CELL: MinCell = MinCell::DEFAULT;

const PSEUDONYM_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTVWXYZ23456789";

fn random_id(len: usize) -> String {
    let mut rng = rand::thread_rng();
    (0..len).map(|_| char::from(PSEUDONYM_ALPHABET[rng.gen_range(0..PSEUDONYM_ALPHABET.len())])).collect()
}

impl Access<'_> {
    /// Federation-wide lists are for those who see the federation as a whole.
    fn require_federation(&self) -> Result<(), WebError> {
        if self.decide(Action::ViewFederation, Resource::Deployment).allowed {
            Ok(())
        } else {
            Err(WebError::NotFound)
        }
    }

    /// Every current member of every collective the actor may see, once each.
    async fn candidates(&self) -> Result<Vec<Candidate>, WebError> {
        let mut seen: Vec<MemberId> = Vec::new();
        let mut out = Vec::new();
        for collective in self.visible_collectives().await? {
            for (summary, facts) in self.app.store.members_facts_of_collective(collective.id, crate::state::today()).await? {
                if seen.contains(&summary.id) {
                    continue;
                }
                seen.push(summary.id);
                out.push(Candidate { summary, facts, collective: collective.clone() });
            }
        }
        Ok(out)
    }

    /// Decides `action` for every candidate: those allowed, grouped by the accessor to
    /// record; refusals for want of consent noted.
    fn sort_out(&self, action: Action, all: Vec<Candidate>, denials: &mut Denials) -> Vec<(Accessor, Candidate)> {
        let mut allowed = Vec::new();
        for c in all {
            let d = self.decide(action, Resource::Member(&c.facts));
            if d.allowed {
                allowed.push((self.accessor(&d), c));
            } else {
                self.note_denial(denials, &c.facts, action, &d);
            }
        }
        allowed
    }

    /// Members who agreed to be contacted by the federation, with name and phone.
    #[tracing::instrument(skip_all)]
    pub async fn federation_contacts(&self) -> Result<Vec<ContactRow>, WebError> {
        self.require_federation()?;
        let mut denials = Denials::default();
        let allowed = self.sort_out(Action::ContactMember, self.candidates().await?, &mut denials);
        let mut contacts = HashMap::new();
        for (accessor, ids) in group(&allowed) {
            contacts.extend(self.app.store.member_contacts(&accessor, &ids).await?);
        }
        self.count_denials(denials).await?;
        let mut rows: Vec<ContactRow> = allowed
            .into_iter()
            .filter_map(|(_, c)| contacts.remove(&c.summary.id).map(|k| ContactRow { code: c.summary.code, name: k.name, phone: k.phone }))
            .collect();
        rows.sort_by(|a, b| a.code.cmp(&b.code));
        Ok(rows)
    }

    /// How many members agreed to research; no one's data is read for a count.
    pub async fn research_count(&self) -> Result<usize, WebError> {
        self.require_federation()?;
        let all = self.candidates().await?;
        Ok(all.iter().filter(|c| self.decide(Action::IncludeInResearch, Resource::Member(&c.facts)).allowed).count())
    }

    /// A de-identified export of the members who agreed to research. Each member included is
    /// told (in her access log) that her record went into this export.
    #[tracing::instrument(skip_all)]
    pub async fn research_export(&self) -> Result<ResearchExport, WebError> {
        self.require_federation()?;
        let mut denials = Denials::default();
        let allowed = self.sort_out(Action::IncludeInResearch, self.candidates().await?, &mut denials);
        let export = random_id(10);
        let k = RESEARCH_MIN_CELL;
        let quasi: Vec<QuasiIds> = allowed
            .iter()
            .map(|(_, c)| QuasiIds {
                collective: c.collective.name.clone(),
                district: c.collective.district.clone(),
                languages: c.summary.languages.clone(),
                joined_year: joined_year(&c.summary, c.collective.id),
            })
            .collect();
        let generalised = research::generalise(&quasi, k);
        let withheld = generalised.withheld();
        let (mut included, mut rows, mut left_out) = (Vec::new(), Vec::new(), Vec::new());
        for (candidate, row) in allowed.into_iter().zip(generalised.rows) {
            match row {
                Some(row) => {
                    included.push(candidate);
                    rows.push(row);
                }
                None => left_out.push(candidate),
            }
        }
        // Her log says her record went into the export, or that it was read for it and left out.
        for (accessor, ids) in group(&included) {
            self.app.store.record_research_export(&accessor, &ids, &export).await?;
        }
        for (accessor, ids) in group(&left_out) {
            self.app.store.record_research_export(&accessor, &ids, &format!("{export} withheld")).await?;
        }
        self.count_denials(denials).await?;
        let mut members: Vec<ResearchRow> = rows.into_iter().map(|row| ResearchRow { pseudonym: random_id(8), row }).collect();
        // In pseudonym order, so the order says nothing about codes or when she was added.
        members.sort_by(|a, b| a.pseudonym.cmp(&b.pseudonym));
        Ok(ResearchExport { export, k: k.get(), generalised: generalised.levels, withheld, members })
    }

    /// Members who agreed to the use of their story in media and advocacy, with their names:
    /// for the leaders of their collective and the federation.
    #[tracing::instrument(skip_all)]
    pub async fn media_list(&self) -> Result<Vec<MediaRow>, WebError> {
        let mut denials = Denials::default();
        let allowed = self.sort_out(Action::UseInMedia, self.candidates().await?, &mut denials);
        let mut names = HashMap::new();
        for (accessor, ids) in group(&allowed) {
            names.extend(self.app.store.member_names(&accessor, &ids).await?);
        }
        self.count_denials(denials).await?;
        let mut rows: Vec<MediaRow> = allowed
            .into_iter()
            .filter_map(|(_, c)| names.remove(&c.summary.id).map(|name| MediaRow { code: c.summary.code, collective: c.collective.name, name }))
            .collect();
        rows.sort_by(|a, b| a.code.cmp(&b.code));
        Ok(rows)
    }
}

fn group(allowed: &[(Accessor, Candidate)]) -> Vec<(Accessor, Vec<MemberId>)> {
    let mut groups: Vec<(Accessor, Vec<MemberId>)> = Vec::new();
    for (accessor, c) in allowed {
        match groups.iter_mut().find(|(a, _)| a == accessor) {
            Some((_, ids)) => ids.push(c.summary.id),
            None => groups.push((accessor.clone(), vec![c.summary.id])),
        }
    }
    groups
}

/// The year she joined the collective she is listed under (her earliest membership in it).
fn joined_year(summary: &MemberSummary, collective: CollectiveId) -> i32 {
    summary.memberships.iter().filter(|m| m.collective == collective).map(|m| m.since.year()).min().unwrap_or_default()
}
