//! The demo's score cards: institutions around the West Bengal collective, a completed and
//! published round (rated, discussed with providers, an action plan followed up), and an
//! open round that some members have rated and the demo member has not, so she can.
//!
//! Ratings are made up but deterministic (a hash of member and institution), so a second
//! run finds the same rounds by title and adds nothing.

use super::data;
use anyhow::{Context, Result};
use dhruva_core::geography::DistrictCode;
use dhruva_core::scorecard::{ActionStatus, AttendeeRole, InstitutionType, RoundStatus};
use dhruva_core::{CollectiveId, InstitutionId, MemberId, RoundId};
use dhruva_forms::scorecard::{template, Template};
use dhruva_store::scorecards::{GroupScores, InstitutionFilter, Meeting, NewAction, NewInstitution, NewRound, RatingAnswers, RatingMark};
use dhruva_store::{Accessor, Store};
use time::macros::date;
use time::Date;

const TEMPLATE: &str = "standard";
pub const COMPLETED_ROUND: &str = "Score card 2026, first half (demo)";
pub const OPEN_ROUND: &str = "Score card 2026, second half (demo)";

/// Name, type and how well it serves survivors (0 = very badly … 4 = very well).
const INSTITUTIONS: [(&str, InstitutionType, usize); 8] = [
    ("Anti-Human Trafficking Unit, South 24 Parganas (demo)", InstitutionType::Ahtu, 2),
    ("Baruipur Police Station (demo)", InstitutionType::PoliceStation, 1),
    ("Women Help Desk, Baruipur Police Station (demo)", InstitutionType::WomenHelpDesk, 3),
    ("District Legal Services Authority, South 24 Parganas (demo)", InstitutionType::Dlsa, 2),
    ("Child Welfare Committee, South 24 Parganas (demo)", InstitutionType::Cwc, 3),
    ("Government shelter home, Baruipur (demo)", InstitutionType::ShelterHome, 1),
    ("Sub-divisional hospital, Baruipur (demo)", InstitutionType::Hospital, 3),
    ("Bank branch, Baruipur (demo)", InstitutionType::BankBranch, 2),
];

/// The bank branch is rated by only a few members: its cells are suppressed on every page.
const FEW_RATERS: usize = 7;

pub(super) async fn ensure(store: &Store, by: &Accessor, wb: CollectiveId, demo_member: MemberId, demo_leader: MemberId) -> Result<()> {
    let tpl = template(TEMPLATE).context("the standard score card template is missing")?;
    let institutions = ensure_institutions(store, by).await?;
    let existing = store.rounds_of_collective(wb).await?;
    let completed = match existing.iter().find(|r| r.title == COMPLETED_ROUND) {
        Some(r) => r.id,
        None => {
            let round = completed_round(store, by, tpl, wb, &institutions).await?;
            // The collective's leaders decided to publish it: it has a public page.
            store.advance_round(by, round, RoundStatus::Closed).await?;
            round
        }
    };
    if !existing.iter().any(|r| r.title == OPEN_ROUND) {
        open_round(store, by, tpl, wb, &institutions, completed, &[demo_member, demo_leader]).await?;
    }
    Ok(())
}

async fn ensure_institutions(store: &Store, by: &Accessor) -> Result<Vec<(InstitutionId, InstitutionType, usize)>> {
    let district = DistrictCode::parse(data::COLLECTIVES[0].district).context("the demo district code is malformed")?;
    let known = store.institutions(&InstitutionFilter { district: Some(district.clone()), kind: None }).await?;
    let mut out = Vec::new();
    for (name, kind, quality) in INSTITUTIONS {
        let id = match known.iter().find(|i| i.name == name && i.kind == kind) {
            Some(i) => i.id,
            None => store
                .add_institution(by, &NewInstitution { kind, name: name.to_owned(), district: district.clone() })
                .await
                .with_context(|| format!("cannot add the demo institution {name}"))?,
        };
        out.push((id, kind, quality));
    }
    Ok(out)
}

async fn completed_round(
    store: &Store,
    by: &Accessor,
    tpl: &Template,
    wb: CollectiveId,
    institutions: &[(InstitutionId, InstitutionType, usize)],
) -> Result<RoundId> {
    let round = plan(store, by, wb, institutions, COMPLETED_ROUND, date!(2026 - 04 - 01), date!(2026 - 06 - 30), None).await?;
    store.advance_round(by, round, RoundStatus::Planned).await?;
    let members = store.members_of_collective(wb, date!(2026 - 06 - 01)).await?;
    for (m, member) in members.iter().enumerate() {
        for (i, &(id, kind, quality)) in institutions.iter().enumerate() {
            let few = i == FEW_RATERS && m % 6 != 0;
            if few || hash(m, i, 0).is_multiple_of(5) {
                continue;
            }
            let answers = answers(tpl, kind, quality, m, i, 0);
            store.record_rating(by, round, id, member.id, wb, &answers).await.context("cannot record a demo rating")?;
        }
    }
    store.advance_round(by, round, RoundStatus::Open).await?;
    for (i, &(id, kind, quality)) in institutions.iter().enumerate().take(4) {
        let points = answers(tpl, kind, quality, 99, i, 1).points;
        let reasons =
            "Agreed in the focus group of 14 June: officers listen now, but we still wait for days; one of us was asked for money.".to_owned();
        store.record_focus_group(by, round, wb, &GroupScores { institution: id, points, reasons }).await?;
        let points = answers(tpl, kind, (quality + 1).min(4), 98, i, 2).points;
        let reasons = "The officers' own assessment: short of staff; no interpreter for Bengali-speaking survivors from Bangladesh.".to_owned();
        store.record_self_assessment(by, round, &GroupScores { institution: id, points, reasons }).await?;
    }
    let meeting = Meeting {
        held_on: date!(2026 - 07 - 20),
        attendance: vec![(AttendeeRole::Survivor, 18), (AttendeeRole::Leader, 3), (AttendeeRole::Official, 6), (AttendeeRole::Facilitator, 2)],
        notes: "Interface meeting at the block office. The AHTU and the DLSA secretary attended; the bank manager sent a deputy.".to_owned(),
    };
    store.record_meeting(by, round, &meeting).await?;
    let actions = [
        ("A woman officer at the help desk on every weekday", 2, "Officer in charge, Baruipur PS", date!(2026 - 08 - 31), ActionStatus::Done),
        (
            "Victim-compensation applications acknowledged in writing within 7 days",
            3,
            "Secretary, DLSA",
            date!(2026 - 09 - 30),
            ActionStatus::InProgress,
        ),
        ("Shelter home visiting hours posted at the gate", 5, "Superintendent", date!(2026 - 09 - 15), ActionStatus::Planned),
    ];
    for (action, inst, responsible, due, status) in actions {
        let new = NewAction { action: action.to_owned(), institution: Some(institutions[inst].0), responsible: responsible.to_owned(), due };
        let id = store.add_action(by, round, &new).await?;
        if status != ActionStatus::Planned {
            store.update_action(by, round, id, status, Some("Checked at the collective's monthly meeting")).await?;
        }
    }
    Ok(round)
}

async fn open_round(
    store: &Store,
    by: &Accessor,
    tpl: &Template,
    wb: CollectiveId,
    institutions: &[(InstitutionId, InstitutionType, usize)],
    previous: RoundId,
    not_yet: &[MemberId],
) -> Result<()> {
    let round = plan(store, by, wb, institutions, OPEN_ROUND, date!(2026 - 10 - 01), date!(2026 - 12 - 31), Some(previous)).await?;
    store.advance_round(by, round, RoundStatus::Planned).await?;
    let members = store.members_of_collective(wb, date!(2026 - 10 - 01)).await?;
    // About a third have rated so far; the demo member and leader have not, so they can.
    for (m, member) in members.iter().enumerate().filter(|(m, member)| m % 3 == 0 && !not_yet.contains(&member.id)) {
        for (i, &(id, kind, quality)) in institutions.iter().enumerate().take(5) {
            // Some did not go to every place: that is said, and counted nowhere.
            if (m + i) % 7 == 0 {
                store.record_mark(by, round, id, member.id, wb, &RatingMark::NotGone).await.context("cannot record a demo 'did not go'")?;
                continue;
            }
            // Things got a little better after the interface meeting.
            let answers = answers(tpl, kind, (quality + 1).min(4), m, i, 3);
            store.record_rating(by, round, id, member.id, wb, &answers).await.context("cannot record a demo rating")?;
        }
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn plan(
    store: &Store,
    by: &Accessor,
    wb: CollectiveId,
    institutions: &[(InstitutionId, InstitutionType, usize)],
    title: &str,
    period_start: Date,
    period_end: Date,
    previous: Option<RoundId>,
) -> Result<RoundId> {
    let new = NewRound {
        organiser: wb,
        collectives: vec![wb],
        institutions: institutions.iter().map(|i| i.0).collect(),
        template: TEMPLATE.to_owned(),
        title: title.to_owned(),
        period_start,
        period_end,
        previous,
    };
    store.plan_round(by, &new).await.with_context(|| format!("cannot plan the demo round {title}"))
}

/// Her made-up answers: near the institution's quality, a point either way; about one
/// question in nine skipped, as a member skips what she did not go through (never all).
fn answers(tpl: &Template, kind: InstitutionType, quality: usize, member: usize, institution: usize, salt: u64) -> RatingAnswers {
    let mut points = Vec::new();
    for (n, indicator) in tpl.indicators_for(kind).into_iter().enumerate() {
        let Some(scale) = tpl.form.scales.iter().find(|s| s.name == indicator.scale) else { continue };
        let len = scale.points.len();
        let h = hash(member, institution, salt * 31 + n as u64);
        if h % 9 == 4 && n > 0 {
            continue;
        }
        let point = if len <= 2 {
            // A yes/no question: an unofficial payment was asked of about one in six.
            usize::from(!h.is_multiple_of(6)) * (len - 1)
        } else {
            (quality * (len - 1) / 4 + (h % 3) as usize).saturating_sub(1).min(len - 1)
        };
        points.push((indicator.code.clone(), point));
    }
    RatingAnswers { points }
}

fn hash(member: usize, institution: usize, salt: u64) -> u64 {
    let mut x = (member as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (institution as u64).wrapping_mul(0xC2B2_AE3D_27D4_EB4F) ^ salt;
    x ^= x >> 33;
    x = x.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    x ^ (x >> 33)
}
