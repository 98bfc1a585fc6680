//! What the API sends and receives. Codes (`kind`, `stage`, `office`, languages) are the
//! stable lower-case codes of `dhruva_core`; dates are ISO 8601 (`2026-11-24`).

use crate::access::MemberView;
use dhruva_core::registry::{Collective, MemberPersonal, MemberSummary, Membership};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use time::macros::format_description;
use time::Date;
use utoipa::ToSchema;

const ISO_DATE: &[time::format_description::BorrowedFormatItem<'static>] = format_description!("[year]-[month]-[day]");

pub fn iso_date(d: Date) -> String {
    d.format(ISO_DATE).unwrap_or_default()
}

pub fn parse_iso_date(s: &str) -> Option<Date> {
    Date::parse(s.trim(), ISO_DATE).ok()
}

/// A collective.
#[derive(Serialize, ToSchema)]
pub struct CollectiveOut {
    pub id: i64,
    pub name: String,
    /// What its members survived: `sex`, `labour` or `mixed`.
    pub kind: String,
    /// `peer_group`, `collective` or `registered_organisation`.
    pub stage: String,
    /// District code, e.g. `WB-kolkata`.
    pub district: String,
    #[schema(format = Date)]
    pub founded_on: Option<String>,
    /// Ids of the partner organisations that support it.
    pub partners: Vec<i64>,
}

impl From<&Collective> for CollectiveOut {
    fn from(c: &Collective) -> Self {
        CollectiveOut {
            id: c.id.0,
            name: c.name.clone(),
            kind: c.kind.code().to_owned(),
            stage: c.stage.code().to_owned(),
            district: c.district.to_string(),
            founded_on: c.founded_on.map(iso_date),
            partners: c.partners.iter().map(|p| p.0).collect(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct MembershipOut {
    pub collective: i64,
    #[schema(format = Date)]
    pub since: String,
    #[schema(format = Date)]
    pub until: Option<String>,
    /// `president`, `secretary`, `treasurer` or `core_team`.
    pub office: Option<String>,
}

impl From<&Membership> for MembershipOut {
    fn from(m: &Membership) -> Self {
        MembershipOut {
            collective: m.collective.0,
            since: iso_date(m.since),
            until: m.until.map(iso_date),
            office: m.office.map(|o| o.code().to_owned()),
        }
    }
}

/// Her personal fields: only to those the policy allows, and every such read is audited.
#[derive(Serialize, ToSchema)]
pub struct PersonalOut {
    pub phone: Option<String>,
    pub birth_year: Option<i32>,
    pub notes: Option<String>,
}

/// A member. `name` and `personal` are present only where the policy allows them.
#[derive(Serialize, ToSchema)]
pub struct MemberOut {
    pub id: i64,
    /// Her pseudonymous code, e.g. `M-7K3Q9H`.
    pub code: String,
    /// Language codes: `en`, `bn`, `hi`, `te`.
    pub languages: Vec<String>,
    pub memberships: Vec<MembershipOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub personal: Option<PersonalOut>,
}

impl MemberOut {
    pub fn summary(s: &MemberSummary, name: Option<String>) -> Self {
        MemberOut {
            id: s.id.0,
            code: s.code.clone(),
            languages: s.languages.iter().map(|l| l.code().to_owned()).collect(),
            memberships: s.memberships.iter().map(MembershipOut::from).collect(),
            name,
            personal: None,
        }
    }

    /// Memberships are limited to collectives the caller may see, as on the pages.
    pub fn view(v: MemberView) -> Self {
        let mut out = MemberOut::summary(&v.summary, v.name.map(|n| n.into_inner()));
        out.memberships = v.memberships.iter().map(|(m, _)| MembershipOut::from(m)).collect();
        out.personal = v.personal.map(|p: MemberPersonal| PersonalOut {
            phone: p.phone.map(|x| x.into_inner()),
            birth_year: p.birth_year.map(|x| x.into_inner()),
            notes: p.notes.map(|x| x.into_inner()),
        });
        out
    }
}

/// A new member of a collective. Only `name` is required.
#[derive(Deserialize, ToSchema)]
pub struct NewMemberIn {
    pub name: String,
    /// An Indian mobile number; `+91`, spaces and dashes are fine.
    pub phone: Option<String>,
    pub birth_year: Option<i32>,
    pub notes: Option<String>,
    /// Language codes: `en`, `bn`, `hi`, `te`.
    #[serde(default)]
    pub languages: Vec<String>,
    /// When she joined; today if absent.
    #[schema(format = Date)]
    pub joined_on: Option<String>,
    /// `president`, `secretary`, `treasurer` or `core_team`.
    pub office: Option<String>,
    /// She is under 18: only her name is kept until a leader records her guardian's
    /// consent (a year of birth under 18 counts too). Then any other field is refused.
    #[serde(default)]
    pub under_18: bool,
}

/// Her personal fields, replaced as a whole.
#[derive(Deserialize, ToSchema)]
pub struct PersonalIn {
    pub name: String,
    pub phone: Option<String>,
    pub birth_year: Option<i32>,
    pub notes: Option<String>,
}

/// Who the token belongs to.
#[derive(Serialize, ToSchema)]
pub struct MeOut {
    pub account: i64,
    pub username: String,
    pub language: String,
    /// Role codes: `member`, `leader`, `facilitator`, `analyst`, `admin`.
    pub roles: Vec<String>,
    /// Her member id, if the account is a member's.
    pub member: Option<i64>,
}

/// An error, with a message in the caller's language and, for invalid input, one message
/// per field.
#[derive(Serialize, ToSchema)]
pub struct ErrorOut {
    /// Stable code: `not_found`, `sign_in_required`, `forbidden`, `invalid`, `bad_request`,
    /// `conflict`, `guardian_consent_needed`, `too_many_requests`, `internal`.
    pub error: String,
    pub message: String,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub fields: BTreeMap<String, String>,
}
