//! Turning registry values into what a page shows: translated labels, formatted dates,
//! place names. Templates then only place strings.

use crate::access::{MemberView, RosterEntry};
use crate::error::WebError;
use crate::format;
use crate::i18n::Tr;
use crate::state::{today, AppState};
use dhruva_core::geography::{DistrictCode, State};
use dhruva_core::registry::{Collective, Language, MemberPersonal};
use std::collections::HashMap;

/// District and state names for the pages of one request, each looked up once.
pub struct Places<'a> {
    app: &'a AppState,
    states: Option<Vec<State>>,
    districts: HashMap<DistrictCode, Option<String>>,
}

impl<'a> Places<'a> {
    pub fn new(app: &'a AppState) -> Self {
        Places { app, states: None, districts: HashMap::new() }
    }

    /// "Kolkata, West Bengal"; the code itself if the district is unknown.
    pub async fn name(&mut self, code: &DistrictCode) -> Result<String, WebError> {
        if self.states.is_none() {
            self.states = Some(self.app.store.states().await?);
        }
        if !self.districts.contains_key(code) {
            let district = self.app.store.district(code).await?.map(|d| d.name);
            self.districts.insert(code.clone(), district);
        }
        let district = self.districts.get(code).cloned().flatten().unwrap_or_else(|| code.to_string());
        let state = self.states.iter().flatten().find(|s| s.code == code.state()).map(|s| s.name.clone());
        Ok(match state {
            Some(state) => format!("{district}, {state}"),
            None => district,
        })
    }
}

pub struct CollectiveRow {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub stage: String,
    pub place: String,
    pub founded: Option<String>,
}

pub async fn collective_row(tr: &Tr, places: &mut Places<'_>, c: &Collective) -> Result<CollectiveRow, WebError> {
    Ok(CollectiveRow {
        id: c.id.0,
        name: c.name.clone(),
        kind: tr.label("trafficking-kind", c.kind.code()),
        stage: tr.label("stage", c.stage.code()),
        place: places.name(&c.district).await?,
        founded: c.founded_on.map(|d| format::date(tr, d)),
    })
}

pub async fn collective_rows(tr: &Tr, places: &mut Places<'_>, cs: &[Collective]) -> Result<Vec<CollectiveRow>, WebError> {
    let mut rows = Vec::with_capacity(cs.len());
    for c in cs {
        rows.push(collective_row(tr, places, c).await?);
    }
    Ok(rows)
}

pub struct RosterRow {
    pub id: i64,
    pub code: String,
    pub name: Option<String>,
    pub office: Option<String>,
}

pub fn roster_rows(tr: &Tr, collective: &Collective, entries: Vec<RosterEntry>) -> Vec<RosterRow> {
    let today = today();
    entries
        .into_iter()
        .map(|e| RosterRow {
            id: e.summary.id.0,
            office: e
                .summary
                .memberships
                .iter()
                .find(|m| m.collective == collective.id && m.is_current(today))
                .and_then(|m| m.office)
                .map(|o| tr.label("office", o.code())),
            code: e.summary.code,
            name: e.name.map(|n| n.into_inner()),
        })
        .collect()
}

/// A label and a value, for definition lists.
pub struct Detail {
    pub label: String,
    pub value: String,
}

pub struct MembershipRow {
    pub collective_id: i64,
    pub collective: String,
    pub since: String,
    pub until: Option<String>,
    pub office: Option<String>,
}

/// A member as a page shows her.
pub struct MemberPage {
    pub code: String,
    pub name: Option<String>,
    pub languages: String,
    pub personal: Vec<Detail>,
    pub memberships: Vec<MembershipRow>,
    pub may_edit: bool,
    pub is_herself: bool,
}

pub fn languages(tr: &Tr, langs: &[Language]) -> String {
    let names: Vec<String> = langs.iter().map(|l| tr.label("language", l.code())).collect();
    if names.is_empty() {
        tr.t("value-not-given")
    } else {
        names.join(", ")
    }
}

pub fn member_page(tr: &Tr, m: MemberView) -> MemberPage {
    let not_given = || tr.t("value-not-given");
    let personal = m.personal.as_ref().map(|p| personal_details(tr, p, &not_given)).unwrap_or_default();
    MemberPage {
        languages: languages(tr, &m.summary.languages),
        personal,
        memberships: m
            .memberships
            .iter()
            .map(|(ms, c)| MembershipRow {
                collective_id: c.id.0,
                collective: c.name.clone(),
                since: tr.t_args("member-since", "date", format::date(tr, ms.since)),
                until: ms.until.map(|d| tr.t_args("member-until", "date", format::date(tr, d))),
                office: ms.office.map(|o| tr.label("office", o.code())),
            })
            .collect(),
        may_edit: m.may_edit,
        is_herself: m.is_herself,
        code: m.summary.code,
        name: m.name.map(|n| n.into_inner()),
    }
}

fn personal_details(tr: &Tr, p: &MemberPersonal, not_given: &dyn Fn() -> String) -> Vec<Detail> {
    vec![
        Detail { label: tr.t("field-phone"), value: p.phone.as_ref().map_or_else(not_given, |v| v.expose().clone()) },
        Detail { label: tr.t("field-birth-year"), value: p.birth_year.as_ref().map_or_else(not_given, |v| v.expose().to_string()) },
        Detail { label: tr.t("field-notes"), value: p.notes.as_ref().map_or_else(not_given, |v| v.expose().clone()) },
    ]
}
