//! Score cards: institutions and their import, a round from planning to follow-up, ratings
//! counted once each (changed, concurrent, refused), and the federation's sums.

use crate::fixtures::*;
use dhruva_core::scorecard::stats::Tally;
use dhruva_core::scorecard::{ActionStatus, AttendeeRole, InstitutionType, RoundStatus};
use dhruva_core::{CollectiveId, InstitutionId, MemberId, RoundId};
use dhruva_store::audit::ChainStatus;
use dhruva_store::scorecards::*;
use dhruva_store::{ScorecardError, Store, StoreError};
use std::collections::BTreeMap;
use time::macros::date;

pub const KOLKATA: &str = "WB-kolkata";
pub const SOUTH: &str = "WB-24-paraganas-south";

pub fn answers(points: &[(&str, usize)]) -> RatingAnswers {
    RatingAnswers { points: points.iter().map(|(c, p)| ((*c).to_owned(), *p)).collect() }
}

pub async fn institution(store: &Store, kind: InstitutionType, name: &str, district_code: &str) -> InstitutionId {
    store
        .add_institution(&cli(), &NewInstitution { kind, name: name.to_owned(), district: district(district_code) })
        .await
        .expect("institution added")
}

pub fn new_round(organiser: CollectiveId, collectives: Vec<CollectiveId>, institutions: Vec<InstitutionId>) -> NewRound {
    NewRound {
        organiser,
        collectives,
        institutions,
        template: "standard".to_owned(),
        title: "Monsoon 2025".to_owned(),
        period_start: date!(2025 - 06 - 01),
        period_end: date!(2025 - 08 - 31),
        previous: None,
    }
}

/// A collective with `members` members, two institutions and an open round.
pub struct Scene {
    pub collective: CollectiveId,
    pub members: Vec<MemberId>,
    pub police: InstitutionId,
    pub dlsa: InstitutionId,
    pub round: RoundId,
}

pub async fn open_round(store: &Store, members: usize) -> Scene {
    let collective = collective(store, "Utthan").await;
    let mut ids = Vec::new();
    for i in 0..members {
        ids.push(member(store, collective, &format!("Member {i}"), None).await.id);
    }
    let police = institution(store, InstitutionType::PoliceStation, "Canning Police Station", SOUTH).await;
    let dlsa = institution(store, InstitutionType::Dlsa, "DLSA South 24 Parganas", SOUTH).await;
    let round = store.plan_round(&cli(), &new_round(collective, vec![collective], vec![police, dlsa])).await.expect("planned");
    store.advance_round(&cli(), round, RoundStatus::Planned).await.expect("opened");
    Scene { collective, members: ids, police, dlsa, round }
}

pub async fn tallies_of(store: &Store, round: RoundId, institution: InstitutionId) -> BTreeMap<String, Tally> {
    let all = store.round_tallies(round).await.expect("tallies");
    all.into_iter().find(|(i, _)| *i == institution).map(|(_, t)| t).expect("the institution is in the round")
}

fn scorecard_error(result: Result<impl std::fmt::Debug, StoreError>) -> ScorecardError {
    match result {
        Err(StoreError::Scorecard(e)) => e,
        other => panic!("expected a score card refusal, got {other:?}"),
    }
}

pub async fn scorecard_institutions_are_registered_once_per_type_name_and_district(store: &Store) {
    let police = institution(store, InstitutionType::PoliceStation, "Canning Police Station", SOUTH).await;
    // The same name as another type, or in another district, is another institution.
    institution(store, InstitutionType::WomenHelpDesk, "Canning Police Station", SOUTH).await;
    institution(store, InstitutionType::PoliceStation, "Canning Police Station", KOLKATA).await;
    let again = NewInstitution { kind: InstitutionType::PoliceStation, name: "  canning   police station ".to_owned(), district: district(SOUTH) };
    assert!(matches!(store.add_institution(&cli(), &again).await, Err(StoreError::Duplicate("institution"))));
    let nowhere = NewInstitution { kind: InstitutionType::Court, name: "A Court".to_owned(), district: district("WB-atlantis") };
    assert_eq!(scorecard_error(store.add_institution(&cli(), &nowhere).await), ScorecardError::UnknownDistrict("WB-atlantis".to_owned()));
    let unnamed = NewInstitution { kind: InstitutionType::Court, name: "   ".to_owned(), district: district(SOUTH) };
    assert!(matches!(store.add_institution(&cli(), &unnamed).await, Err(StoreError::Input { field: "name", .. })));

    let found = store.institution(police).await.expect("read").expect("there");
    assert_eq!((found.kind, found.name.as_str(), found.district.as_str()), (InstitutionType::PoliceStation, "Canning Police Station", SOUTH));
    let south = store.institutions(&InstitutionFilter { district: Some(district(SOUTH)), kind: None }).await.expect("list");
    assert_eq!(south.len(), 2);
    let stations = store.institutions(&InstitutionFilter { district: None, kind: Some(InstitutionType::PoliceStation) }).await.expect("list");
    assert_eq!(stations.len(), 2);
    assert_eq!(store.institutions(&InstitutionFilter::default()).await.expect("list").len(), 3);
    assert_eq!(store.institution(InstitutionId(9999)).await.expect("read"), None);
}

pub async fn a_bad_scorecard_import_file_imports_nothing_and_names_every_row(store: &Store) {
    institution(store, InstitutionType::Court, "District Court Alipore", SOUTH).await;
    let bad = format!(
        "type,name,district_code\n\
         police_station,Canning PS,{SOUTH}\n\
         thana,Basanti PS,{SOUTH}\n\
         court,District Court Alipore,{SOUTH}\n\
         hospital,Canning Hospital,WB-atlantis\n\
         police_station,canning ps,{SOUTH}\n\
         cwc,,{SOUTH}\n"
    );
    let before = store.institutions(&InstitutionFilter::default()).await.expect("list").len();
    let ImportOutcome::Rejected(errors) = store.import_institutions_csv(&cli(), bad.as_bytes()).await.expect("checked") else {
        panic!("a bad file was imported");
    };
    let found: Vec<(usize, Option<&str>, ImportProblem)> = errors.iter().map(|e| (e.row, e.column.as_deref(), e.problem)).collect();
    assert_eq!(
        found,
        vec![
            (3, Some("type"), ImportProblem::UnknownType),
            (4, Some("name"), ImportProblem::AlreadyRegistered),
            (5, Some("district_code"), ImportProblem::UnknownDistrict),
            (6, Some("name"), ImportProblem::DuplicateInFile),
            (7, Some("name"), ImportProblem::EmptyName),
        ]
    );
    assert_eq!(store.institutions(&InstitutionFilter::default()).await.expect("list").len(), before, "nothing was imported");

    let missing = store.import_institutions_csv(&cli(), b"kind,name\ncourt,X\n").await.expect("checked");
    assert!(
        matches!(&missing, ImportOutcome::Rejected(e) if e.iter().any(|e| e.column.as_deref() == Some("type") && e.problem == ImportProblem::MissingColumn)),
        "{missing:?}"
    );

    let good = format!(" type , name , district_code \npolice_station, Canning PS ,{SOUTH}\nhospital,Canning Sub-divisional Hospital,{SOUTH}\n\nbank_branch,SBI Canning,{SOUTH}\n");
    assert_eq!(store.import_institutions_csv(&cli(), good.as_bytes()).await.expect("imported"), ImportOutcome::Imported(3));
    assert_eq!(store.institutions(&InstitutionFilter::default()).await.expect("list").len(), before + 3);
    let again = store.import_institutions_csv(&cli(), good.as_bytes()).await.expect("checked");
    assert!(matches!(again, ImportOutcome::Rejected(e) if e.len() == 3 && e.iter().all(|e| e.problem == ImportProblem::AlreadyRegistered)));
}

pub async fn a_scorecard_round_that_does_not_fit_together_is_refused(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let other = collective(store, "Mukti").await;
    let police = institution(store, InstitutionType::PoliceStation, "Canning Police Station", SOUTH).await;
    let refused = |new: NewRound| async move { scorecard_error(store.plan_round(&cli(), &new).await) };
    assert_eq!(refused(new_round(utthan, vec![other], vec![police])).await, ScorecardError::OrganiserNotTakingPart);
    assert_eq!(refused(new_round(utthan, vec![utthan], vec![])).await, ScorecardError::NoInstitutions);
    assert_eq!(
        refused(NewRound { template: "nope".to_owned(), ..new_round(utthan, vec![utthan], vec![police]) }).await,
        ScorecardError::UnknownTemplate("nope".to_owned())
    );
    let reversed = NewRound { period_start: date!(2025 - 09 - 01), ..new_round(utthan, vec![utthan], vec![police]) };
    assert_eq!(refused(reversed).await, ScorecardError::PeriodReversed);
    assert!(matches!(
        store.plan_round(&cli(), &new_round(utthan, vec![utthan], vec![InstitutionId(9999)])).await,
        Err(StoreError::NotFound("institution"))
    ));
    let theirs = store.plan_round(&cli(), &new_round(other, vec![other], vec![police])).await.expect("planned");
    let borrowed = NewRound { previous: Some(theirs), ..new_round(utthan, vec![utthan], vec![police]) };
    assert_eq!(refused(borrowed).await, ScorecardError::UnknownPreviousRound);
    assert!(store.rounds_of_collective(utthan).await.expect("list").is_empty(), "nothing refused was kept");
}

pub async fn a_scorecard_round_runs_from_planning_to_publication_and_follow_up(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let mukti = collective(store, "Mukti").await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await.id;
    let mina = member(store, mukti, "Mina Das", None).await.id;
    member(store, mukti, "Lata Sen", None).await;
    let police = institution(store, InstitutionType::PoliceStation, "Canning Police Station", SOUTH).await;
    let dlsa = institution(store, InstitutionType::Dlsa, "DLSA South 24 Parganas", SOUTH).await;

    let id = store.plan_round(&cli(), &new_round(utthan, vec![utthan, mukti], vec![police, dlsa])).await.expect("planned");
    let round = store.round(id).await.expect("read").expect("there");
    assert_eq!((round.status, round.public_slug.as_deref(), round.collectives.len(), round.institutions.len()), (RoundStatus::Planned, None, 2, 2));
    assert_eq!(store.rounds_of_collective(mukti).await.expect("list").iter().map(|r| r.id).collect::<Vec<_>>(), vec![id], "taking part lists it");

    // Rating waits for the round to open; the stale step is refused and changes nothing.
    assert_eq!(
        scorecard_error(store.record_rating(&cli(), id, police, rupa, utthan, &answers(&[("safety", 1)])).await),
        ScorecardError::RoundNotOpen("planned")
    );
    assert_eq!(store.advance_round(&cli(), id, RoundStatus::Planned).await.expect("opened"), RoundStatus::Open);
    assert_eq!(
        scorecard_error(store.advance_round(&cli(), id, RoundStatus::Planned).await),
        ScorecardError::StaleStatus { expected: "planned", actual: "open" }
    );
    assert!(matches!(store.advance_round(&cli(), RoundId(9999), RoundStatus::Planned).await, Err(StoreError::NotFound("round"))));

    store.record_rating(&cli(), id, police, rupa, utthan, &answers(&[("safety", 0), ("respect_dignity", 1)])).await.expect("rated");
    store.record_rating(&cli(), id, dlsa, rupa, utthan, &answers(&[("safety", 4)])).await.expect("rated");
    store.record_rating(&cli(), id, police, mina, mukti, &answers(&[("safety", 3)])).await.expect("rated");
    assert_eq!(store.my_rating(rupa, id, police).await.expect("read"), Some(answers(&[("safety", 0), ("respect_dignity", 1)])));
    assert_eq!(store.my_rating(mina, id, dlsa).await.expect("read"), None);
    assert_eq!(store.my_rated_institutions(rupa, id).await.expect("read"), vec![police, dlsa]);
    assert_eq!(store.round_progress(id).await.expect("progress"), vec![(utthan, 1, 1), (mukti, 1, 2)]);
    let police_tally = tallies_of(store, id, police).await;
    assert_eq!(police_tally["safety"], Tally(vec![1, 0, 0, 1]));
    assert_eq!(police_tally["respect_dignity"], Tally(vec![0, 1]));

    // Mina rates as a member of Mukti, not of Utthan; an institution outside the round is refused.
    assert_eq!(
        scorecard_error(store.record_rating(&cli(), id, police, mina, utthan, &answers(&[("safety", 1)])).await),
        ScorecardError::NotTakingPart
    );
    // Answers must fit the template: an indicator asked of the police only, a point off the scale.
    for wrong in [answers(&[("fir_registered", 1)]), answers(&[("safety", 5)]), answers(&[])] {
        assert!(matches!(scorecard_error(store.record_rating(&cli(), id, dlsa, rupa, utthan, &wrong).await), ScorecardError::BadAnswers(_)));
    }
    assert_eq!(tallies_of(store, id, dlsa).await["safety"], Tally(vec![0, 0, 0, 0, 1]), "refused answers counted nothing");
    let outside = institution(store, InstitutionType::Court, "District Court Alipore", SOUTH).await;
    assert_eq!(
        scorecard_error(store.record_rating(&cli(), id, outside, rupa, utthan, &answers(&[("safety", 1)])).await),
        ScorecardError::InstitutionNotInRound
    );

    let group = GroupScores { institution: police, points: vec![("safety".to_owned(), 1)], reasons: "FIRs refused twice".to_owned() };
    store.record_focus_group(&cli(), id, mukti, &group).await.expect("focus group");
    let group = GroupScores { reasons: "FIRs refused three times".to_owned(), ..group };
    store.record_focus_group(&cli(), id, mukti, &group).await.expect("replaced");
    assert_eq!(store.focus_groups(id).await.expect("read"), vec![(mukti, group.clone())]);
    let own = GroupScores { institution: police, points: vec![("safety".to_owned(), 3)], reasons: "We are understaffed".to_owned() };
    store.record_self_assessment(&cli(), id, &own).await.expect("self-assessment");
    assert_eq!(store.self_assessments(id).await.expect("read"), vec![own]);

    assert_eq!(store.advance_round(&cli(), id, RoundStatus::Open).await.expect("closed"), RoundStatus::Closed);
    assert_eq!(
        scorecard_error(store.record_rating(&cli(), id, police, rupa, utthan, &answers(&[("safety", 1)])).await),
        ScorecardError::RoundNotOpen("closed")
    );

    let meeting = Meeting {
        held_on: date!(2025 - 09 - 10),
        attendance: vec![(AttendeeRole::Survivor, 12), (AttendeeRole::Official, 3)],
        notes: "The OC agreed to a women's desk on Saturdays".to_owned(),
    };
    let early = Meeting { held_on: date!(2025 - 05 - 01), ..meeting.clone() };
    assert!(matches!(store.record_meeting(&cli(), id, &early).await, Err(StoreError::Input { field: "held_on", .. })));
    store.record_meeting(&cli(), id, &meeting).await.expect("meeting");
    assert_eq!(store.meeting(id).await.expect("read"), Some(meeting));

    let action = NewAction {
        action: "Open the women's help desk on Saturdays".to_owned(),
        institution: Some(police),
        responsible: "OC Canning".to_owned(),
        due: date!(2025 - 10 - 31),
    };
    let blank = NewAction { action: "  ".to_owned(), ..action.clone() };
    assert!(matches!(store.add_action(&cli(), id, &blank).await, Err(StoreError::Input { field: "action", .. })));
    let action_id = store.add_action(&cli(), id, &action).await.expect("action");

    assert_eq!(store.advance_round(&cli(), id, RoundStatus::Closed).await.expect("published"), RoundStatus::Published);
    let published = store.round(id).await.expect("read").expect("there");
    let slug = published.public_slug.clone().expect("a public slug");
    assert!(slug.len() >= 22 && slug.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "{slug}");
    assert_eq!(store.round_by_slug(&slug).await.expect("read").map(|r| r.id), Some(id));
    assert_eq!(store.round_by_slug("not-the-slug").await.expect("read"), None);
    assert_eq!(store.published_rounds().await.expect("list").iter().map(|r| r.id).collect::<Vec<_>>(), vec![id]);
    assert_eq!(scorecard_error(store.advance_round(&cli(), id, RoundStatus::Published).await), ScorecardError::AlreadyPublished);
    assert_eq!(scorecard_error(store.record_self_assessment(&cli(), id, &group).await), ScorecardError::StepNotNow("published"));

    // The next round follows up the plan: the action's progress is recorded after publication.
    let next = store.plan_round(&cli(), &NewRound { previous: Some(id), ..new_round(utthan, vec![utthan], vec![police]) }).await.expect("next round");
    assert_eq!(store.round(next).await.expect("read").and_then(|r| r.previous), Some(id));
    store.update_action(&cli(), id, action_id, ActionStatus::InProgress, Some("Open on two Saturdays so far")).await.expect("followed up");
    let plan = store.action_plan(id).await.expect("plan");
    assert_eq!((plan.len(), plan[0].status, plan[0].note.as_deref()), (1, ActionStatus::InProgress, Some("Open on two Saturdays so far")));
    assert!(matches!(store.update_action(&cli(), next, action_id, ActionStatus::Done, None).await, Err(StoreError::NotFound("action"))));
    assert!(store.round_by_slug(&slug).await.expect("read").is_some());
}

pub async fn a_member_changing_her_scorecard_rating_changes_the_tally_once(store: &Store) {
    let s = open_round(store, 2).await;
    let (her, other) = (s.members[0], s.members[1]);
    store.record_rating(&cli(), s.round, s.police, other, s.collective, &answers(&[("safety", 2)])).await.expect("rated");
    store.record_rating(&cli(), s.round, s.police, her, s.collective, &answers(&[("safety", 0), ("timeliness", 1)])).await.expect("rated");
    store.record_rating(&cli(), s.round, s.police, her, s.collective, &answers(&[("safety", 4)])).await.expect("changed");
    store.record_rating(&cli(), s.round, s.police, her, s.collective, &answers(&[("safety", 4)])).await.expect("the same again");
    let t = tallies_of(store, s.round, s.police).await;
    assert_eq!(t["safety"], Tally(vec![0, 0, 1, 0, 1]), "her first answer is taken back, her last counted once");
    assert_eq!(t.get("timeliness").map(Tally::n).unwrap_or(0), 0, "an indicator she no longer answers is taken back");
    assert_eq!(store.my_rating(her, s.round, s.police).await.expect("read"), Some(answers(&[("safety", 4)])));
    assert_eq!(store.round_progress(s.round).await.expect("progress"), vec![(s.collective, 2, 2)]);
    assert!(tallies_of(store, s.round, s.dlsa).await.is_empty(), "the other institution is untouched");
}

pub async fn concurrent_scorecard_ratings_of_one_institution_lose_nothing(store: &Store) {
    let raters = 12;
    let s = open_round(store, raters).await;
    let mut tasks = Vec::new();
    for (i, m) in s.members.iter().copied().enumerate() {
        let (store, round, police, collective) = (store.clone(), s.round, s.police, s.collective);
        tasks.push(tokio::spawn(async move {
            // Each rates, then half change their minds, all at once.
            store.record_rating(&cli(), round, police, m, collective, &answers(&[("safety", i % 5), ("outcome", 1)])).await?;
            if i % 2 == 0 {
                store.record_rating(&cli(), round, police, m, collective, &answers(&[("safety", 4), ("outcome", 1)])).await?;
            }
            Ok::<_, StoreError>(())
        }));
    }
    for task in tasks {
        task.await.expect("joined").expect("rated");
    }
    let t = tallies_of(store, s.round, s.police).await;
    assert_eq!(t["outcome"].n(), raters as u64);
    assert_eq!(t["safety"].n(), raters as u64);
    let mut expected = Tally::default();
    for i in 0..raters {
        expected.record(if i % 2 == 0 { 4 } else { i % 5 });
    }
    assert_eq!(t["safety"], expected);
    assert_eq!(store.round_progress(s.round).await.expect("progress"), vec![(s.collective, raters as u64, raters as u64)]);
}

pub async fn a_scorecard_round_that_is_not_open_refuses_ratings(store: &Store) {
    let s = open_round(store, 1).await;
    let her = s.members[0];
    store.record_rating(&cli(), s.round, s.police, her, s.collective, &answers(&[("safety", 2)])).await.expect("rated while open");
    store.advance_round(&cli(), s.round, RoundStatus::Open).await.expect("closed");
    let refused = store.record_rating(&cli(), s.round, s.police, her, s.collective, &answers(&[("safety", 0)])).await;
    assert_eq!(scorecard_error(refused), ScorecardError::RoundNotOpen("closed"));
    assert_eq!(tallies_of(store, s.round, s.police).await["safety"], Tally(vec![0, 0, 1]), "the refused rating counted nothing");
    assert_eq!(store.my_rating(her, s.round, s.police).await.expect("read"), Some(answers(&[("safety", 2)])));
    let bad = store.record_rating(&cli(), RoundId(9999), s.police, her, s.collective, &answers(&[("safety", 0)])).await;
    assert!(matches!(bad, Err(StoreError::NotFound("round"))));
}

pub async fn the_audit_chain_is_intact_after_a_whole_scorecard_round_and_never_holds_a_rating(store: &Store) {
    let s = open_round(store, 3).await;
    for (i, m) in s.members.iter().enumerate() {
        store.record_rating(&cli(), s.round, s.police, *m, s.collective, &answers(&[("responsiveness", i)])).await.expect("rated");
    }
    store.record_rating(&cli(), s.round, s.police, s.members[0], s.collective, &answers(&[("responsiveness", 4)])).await.expect("changed");
    store.advance_round(&cli(), s.round, RoundStatus::Open).await.expect("closed");
    store
        .record_meeting(
            &cli(),
            s.round,
            &Meeting { held_on: date!(2025 - 09 - 01), attendance: vec![(AttendeeRole::Leader, 2)], notes: String::new() },
        )
        .await
        .expect("meeting");
    store
        .add_action(
            &cli(),
            s.round,
            &NewAction { action: "Post the helpline".to_owned(), institution: None, responsible: "DLSA".to_owned(), due: date!(2025 - 12 - 01) },
        )
        .await
        .expect("action");
    store.advance_round(&cli(), s.round, RoundStatus::Closed).await.expect("published");

    let rows = store.audit_recent(1000).await.expect("audit");
    let ChainStatus::Intact { rows: count } = store.verify_audit_chain().await.expect("verify") else { panic!("the chain is broken") };
    assert_eq!(count as usize, rows.len());
    let ratings: Vec<_> = rows.iter().filter(|r| r.action == "rating_recorded").collect();
    assert_eq!(ratings.len(), 4, "every rating is audited");
    assert_eq!(ratings.iter().filter(|r| r.detail.as_deref().is_some_and(|d| d.ends_with(";replaced"))).count(), 1);
    for r in &rows {
        let detail = r.detail.as_deref().unwrap_or_default();
        assert!(!detail.contains("responsiveness"), "{detail}");
    }
    for action in ["round_planned", "round_advanced", "meeting_recorded", "action_added"] {
        assert!(rows.iter().any(|r| r.action == action), "{action} is audited");
    }
}
