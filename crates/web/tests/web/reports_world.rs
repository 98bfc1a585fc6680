//! A score card round on top of the test world: three institutions in Kolkata rated by
//! Utthan's members, one of them (the hospital) by Bina alone, with answers distinctive
//! enough to be recognised if any route ever showed them.

use crate::world::World;
use dhruva_core::geography::DistrictCode;
use dhruva_core::registry::{parse_personal, Language};
use dhruva_core::scorecard::{InstitutionType, RoundStatus};
use dhruva_core::{InstitutionId, RoundId};
use dhruva_store::members::NewMember;
use dhruva_store::scorecards::{GroupScores, NewAction, NewInstitution, NewRound, RatingAnswers};
use dhruva_store::{Accessor, Store};
use time::macros::date;

pub const ROUND_TITLE: &str = "Kolkata services 2026";
pub const HOSPITAL: &str = "Lone Rated Hospital";
/// Only the focus group's reasons carry this: never on a public page.
pub const FOCUS_REASON: &str = "Reason-only-for-members-QX7";
pub const RATED: [&str; 4] = ["responsiveness", "timeliness", "respect_dignity", "information"];
/// Bina's answers for the hospital, per indicator in `RATED`.
pub const BINA_POINTS: [usize; 4] = [0, 4, 1, 3];

pub struct Scored {
    pub round: RoundId,
    pub police: InstitutionId,
    pub dlsa: InstitutionId,
    pub hospital: InstitutionId,
}

async fn institution(store: &Store, kind: InstitutionType, name: &str) -> InstitutionId {
    let new = NewInstitution { kind, name: name.to_owned(), district: DistrictCode::parse("WB-kolkata").expect("code") };
    store.add_institution(&Accessor::cli(), &new).await.expect("institution")
}

fn answers(points: impl Fn(usize) -> usize) -> RatingAnswers {
    RatingAnswers { points: RATED.iter().enumerate().map(|(j, c)| ((*c).to_owned(), points(j))).collect() }
}

/// Plans, opens, rates and closes the round (not published).
pub async fn seed(store: &Store, w: &World) -> Scored {
    let cli = Accessor::cli();
    let police = institution(store, InstitutionType::PoliceStation, "Park Street Thana").await;
    let dlsa = institution(store, InstitutionType::Dlsa, "DLSA Kolkata").await;
    let hospital = institution(store, InstitutionType::Hospital, HOSPITAL).await;
    let new = NewRound {
        organiser: w.utthan,
        collectives: vec![w.utthan],
        institutions: vec![police, dlsa, hospital],
        template: "standard".to_owned(),
        title: ROUND_TITLE.to_owned(),
        period_start: date!(2026 - 01 - 01),
        period_end: date!(2026 - 03 - 31),
        previous: None,
    };
    let round = store.plan_round(&cli, &new).await.expect("round planned");
    store.advance_round(&cli, round, RoundStatus::Planned).await.expect("opened");
    let mut raters = vec![w.asha, w.dipa];
    for i in 0..5 {
        let personal = parse_personal(&format!("Rater {i}"), None, Some(1990), None, 2026).expect("valid");
        let m = NewMember {
            code: None,
            collective: w.utthan,
            joined_on: date!(2024 - 01 - 15),
            office: None,
            languages: vec![Language::Bengali],
            personal,
        };
        raters.push(store.create_member(&cli, m).await.expect("member").id);
    }
    for (i, m) in raters.iter().enumerate() {
        store.record_rating(&cli, round, police, *m, w.utthan, &answers(|j| 2 + (i + j) % 3)).await.expect("rated");
        store.record_rating(&cli, round, dlsa, *m, w.utthan, &answers(|j| (i * 3 + j) % 5)).await.expect("rated");
    }
    store.record_rating(&cli, round, hospital, w.bina, w.utthan, &answers(|j| BINA_POINTS[j])).await.expect("rated");
    let scores = GroupScores { institution: police, points: vec![("responsiveness".to_owned(), 3)], reasons: FOCUS_REASON.to_owned() };
    store.record_focus_group(&cli, round, w.utthan, &scores).await.expect("focus group");
    let action = NewAction {
        action: "Open a help desk for survivors".to_owned(),
        institution: Some(police),
        responsible: "Inspector Roy".to_owned(),
        due: date!(2026 - 06 - 30),
    };
    store.add_action(&cli, round, &action).await.expect("action");
    store.advance_round(&cli, round, RoundStatus::Open).await.expect("closed");
    Scored { round, police, dlsa, hospital }
}

/// Publishes the round; its public slug.
pub async fn publish(store: &Store, s: &Scored) -> String {
    store.advance_round(&Accessor::cli(), s.round, RoundStatus::Closed).await.expect("published");
    store.round(s.round).await.expect("read").expect("exists").public_slug.expect("a slug once published")
}
