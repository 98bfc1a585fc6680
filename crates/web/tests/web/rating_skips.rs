//! Issue 10, finding 4, through the pages: every question can be skipped (deliberately: a
//! "skip this question" choice), a whole institution can be marked "I did not go there",
//! her list shows how far she has got, and the closed score card counts only the faces
//! given — a skip is no rater of its indicator, a "did not go" counts nowhere.

use crate::app::{App, Browser, Page};
use crate::scorecards_rounds::{institutions, planned_round};
use crate::world::World;
use dhruva_core::registry::{parse_personal, Language};
use dhruva_core::scorecard::{InstitutionType, RoundStatus};
use dhruva_core::{InstitutionId, RoundId};
use dhruva_store::members::NewMember;
use dhruva_store::scorecards::RatingAnswers;
use dhruva_store::testing::TestDb;
use dhruva_store::Accessor;
use time::macros::date;

fn asked(kind: InstitutionType) -> Vec<String> {
    let t = dhruva_forms::scorecard::template("standard").expect("the standard template");
    t.indicators_for(kind).iter().map(|i| i.code.clone()).collect()
}

/// Her post: `given` answered with their points, every other question skipped.
async fn post_rating(b: &mut Browser, round: i64, inst: InstitutionId, kind: InstitutionType, given: &[(&str, &str)]) -> Page {
    let owned: Vec<(String, String)> = asked(kind)
        .into_iter()
        .map(|code| {
            let value = given.iter().find(|(c, _)| *c == code).map_or("skip", |(_, v)| v).to_owned();
            (code, value)
        })
        .collect();
    let fields: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    b.post(&format!("/rounds/{round}/rate/{}", inst.0), &fields).await
}

fn state_of(list: &Page, inst: InstitutionId) -> String {
    let marker = format!("id=\"rate-row-{}\" data-state=\"", inst.0);
    let at = list.body.find(&marker).unwrap_or_else(|| panic!("no row for {inst:?} in {}", list.body)) + marker.len();
    list.body[at..].split('"').next().unwrap_or_default().to_owned()
}

pub async fn she_skips_a_question_and_marks_a_place_she_did_not_go_to_and_her_list_shows_it(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let places = institutions(app.store()).await;
    let (police, dlsa) = (places[0], places[1]);
    let mut leader = app.signed_in("asha").await;
    let round = planned_round(&app, &w, &mut leader, &places).await;
    assert_eq!(leader.post(&format!("/rounds/{round}/advance"), &[("from", "planned")]).await.status, 303);

    let mut bina = app.signed_in("bina").await;
    let list = bina.get(&format!("/rounds/{round}/rate")).await;
    assert!(list.body.contains("0 of 2 done"), "{}", list.body);
    assert_eq!((state_of(&list, police), state_of(&list, dlsa)), ("todo".to_owned(), "todo".to_owned()));

    // The form: a face drawn for every point (no emoji), a skip choice per question, the
    // "did not go" button, and where she is.
    let form = bina.get(&format!("/rounds/{round}/rate/{}", police.0)).await;
    assert_eq!(form.status, 200);
    for code in asked(InstitutionType::PoliceStation) {
        assert!(form.body.contains(&format!("name=\"{code}\" value=\"skip\" id=\"{code}-skip\" required>")), "no skip for {code}: {}", form.body);
    }
    assert!(form.body.contains("Skip this question") && form.body.contains("id=\"not-gone\""), "{}", form.body);
    assert!(form.body.contains("Place 1 of 2") && form.body.contains("0 of 2 done"), "{}", form.body);
    assert!(form.body.contains("class=\"face-svg\"") && !form.body.contains('😡') && !form.body.contains('🙂'), "faces are drawn, not emoji");
    assert!(!form.body.contains(" checked"), "nothing is chosen for her, not even a skip");
    assert!(!form.body.contains("style="), "no inline style (strict CSP)");

    // A question with neither a face nor a skip: shown again, her choices kept, nothing saved.
    let owned: Vec<(String, String)> = asked(InstitutionType::PoliceStation).into_iter().skip(1).map(|c| (c, "skip".to_owned())).collect();
    let fields: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = bina.post(&format!("/rounds/{round}/rate/{}", police.0), &fields).await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(
        r.body.contains("Choose a face, or “Skip this question”.") && r.body.contains("value=\"skip\" id=\"timeliness-skip\" checked required"),
        "{}",
        r.body
    );
    // Every question skipped: nothing to count; she is pointed to "I did not go there".
    let r = post_rating(&mut bina, round, police, InstitutionType::PoliceStation, &[]).await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("You skipped every question"), "{}", r.body);
    assert!(app.store().my_marks(w.bina, RoundId(round)).await.expect("read").is_empty(), "nothing saved");

    // One face, the rest skipped: saved, on to the next place.
    let saved = post_rating(&mut bina, round, police, InstitutionType::PoliceStation, &[("safety", "3")]).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(saved.location(), Some(format!("/rounds/{round}/rate/{}?saved=1", dlsa.0).as_str()));
    let tallies = app.store().round_tallies(RoundId(round)).await.expect("tallies");
    let police_tally = &tallies.iter().find(|(i, _)| *i == police).expect("police").1;
    assert_eq!(police_tally.get("safety").map(|t| t.n()), Some(1));
    assert!(police_tally.iter().filter(|(c, _)| *c != "safety").all(|(_, t)| t.n() == 0), "a skipped question has no rater: {police_tally:?}");
    // Reopened: her face and her skips are shown as she left them.
    let again = bina.get(&format!("/rounds/{round}/rate/{}", police.0)).await;
    assert!(again.body.contains("name=\"safety\" value=\"3\" checked"), "{}", again.body);
    assert!(again.body.contains("value=\"skip\" id=\"timeliness-skip\" checked required"), "{}", again.body);

    // She did not go to the DLSA.
    let next = bina.get(&format!("/rounds/{round}/rate/{}", dlsa.0)).await;
    assert!(next.body.contains("Place 2 of 2") && next.body.contains("1 of 2 done"), "{}", next.body);
    let r = bina.post(&format!("/rounds/{round}/rate/{}/not-gone", dlsa.0), &[]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(r.location(), Some(format!("/rounds/{round}/rate?saved=1").as_str()), "all done: back to her list");
    let list = bina.get(&format!("/rounds/{round}/rate")).await;
    assert!(list.body.contains("2 of 2 done") && list.body.contains("id=\"rating-all-done\""), "{}", list.body);
    assert_eq!((state_of(&list, police), state_of(&list, dlsa)), ("done".to_owned(), "not-gone".to_owned()));
    assert!(list.body.contains("Did not go"), "{}", list.body);
    let tallies = app.store().round_tallies(RoundId(round)).await.expect("tallies");
    assert!(tallies.iter().find(|(i, _)| *i == dlsa).expect("dlsa").1.values().all(|t| t.n() == 0), "a 'did not go' counts nowhere");
    // Changeable: the form says so, and rating it after all replaces the "did not go".
    let changed = bina.get(&format!("/rounds/{round}/rate/{}", dlsa.0)).await;
    assert!(changed.body.contains("id=\"rate-not-gone-now\"") && !changed.body.contains("id=\"not-gone\""), "{}", changed.body);
    assert_eq!(post_rating(&mut bina, round, dlsa, InstitutionType::Dlsa, &[("outcome", "1")]).await.status, 303);
    assert_eq!(state_of(&bina.get(&format!("/rounds/{round}/rate")).await, dlsa), "done");

    // In Bengali too, with no word of English in the new choices.
    bina.post("/language", &[("lang", "bn"), ("back", "/")]).await;
    let bn = bina.get(&format!("/rounds/{round}/rate/{}", police.0)).await;
    assert!(bn.body.contains("এই প্রশ্নটা বাদ দিন") && bn.body.contains("আমি সেখানে যাইনি"), "{}", bn.body);
    // Another member's round list is not hers: Chitra (another collective) finds nothing.
    let mut chitra = app.signed_in("chitra").await;
    assert_eq!(chitra.post(&format!("/rounds/{round}/rate/{}/not-gone", dlsa.0), &[]).await.status, 404);
}

pub async fn the_closed_card_counts_only_the_answers_given(db: TestDb) {
    let app = App::start(db).await;
    let store = app.store();
    let w = World::seed(store).await;
    let places = institutions(store).await;
    let (police, dlsa) = (places[0], places[1]);
    let mut leader = app.signed_in("asha").await;
    let round = planned_round(&app, &w, &mut leader, &places).await;
    assert_eq!(leader.post(&format!("/rounds/{round}/advance"), &[("from", "planned")]).await.status, 303);
    // Five other members answer two questions about both places (enough to be shown).
    let cli = Accessor::cli();
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
        let m = store.create_member(&cli, m).await.expect("member").id;
        let answers = RatingAnswers { points: vec![("responsiveness".to_owned(), 3), ("timeliness".to_owned(), 1)] };
        for inst in [police, dlsa] {
            store.record_rating(&cli, RoundId(round), inst, m, w.utthan, &answers).await.expect("rated");
        }
    }
    // Bina, through the pages: the police station's responsiveness, timeliness skipped; the
    // DLSA she did not go to.
    let mut bina = app.signed_in("bina").await;
    assert_eq!(post_rating(&mut bina, round, police, InstitutionType::PoliceStation, &[("responsiveness", "0")]).await.status, 303);
    assert_eq!(bina.post(&format!("/rounds/{round}/rate/{}/not-gone", dlsa.0), &[]).await.status, 303);
    store.advance_round(&cli, RoundId(round), RoundStatus::Open).await.expect("closed");

    let json = leader.get(&format!("/rounds/{round}/scorecard.json")).await;
    assert_eq!(json.status, 200, "{}", json.body);
    let card = json.json();
    let codes: Vec<String> = card["indicators"].as_array().expect("indicators").iter().map(|i| i["code"].as_str().unwrap_or("").to_owned()).collect();
    let col = |code: &str| codes.iter().position(|c| c == code).unwrap_or_else(|| panic!("no {code} in {codes:?}"));
    let row = |inst: InstitutionId| {
        card["by_institution"].as_array().expect("rows").iter().find(|r| r["id"].as_i64() == Some(inst.0)).cloned().expect("a row")
    };
    let n = |inst: InstitutionId, code: &str| row(inst)["cells"][col(code)]["n"].as_u64();
    assert_eq!(n(police, "responsiveness"), Some(6), "her face is counted: {}", json.body);
    assert_eq!(n(police, "timeliness"), Some(5), "her skip is not a rater of timeliness");
    assert_eq!(n(dlsa, "responsiveness"), Some(5), "her 'did not go' counts nowhere");
    assert_eq!(n(dlsa, "timeliness"), Some(5));
    // Nor as a zero: the police's timeliness is exactly the five "bad" answers.
    let timeliness = &row(police)["cells"][col("timeliness")];
    assert_eq!(timeliness["distribution"], serde_json::json!([0, 5, 0, 0, 0]), "{timeliness}");
    // An indicator nobody answered says so, rather than showing a zero.
    assert_eq!(row(police)["cells"][col("safety")]["status"], "no_ratings");
    let page = leader.get(&format!("/rounds/{round}/scorecard")).await;
    // On a phone it reads per institution: each one a card of its questions and numbers.
    assert_eq!(page.body.matches("<details class=\"inst-card\">").count(), 2, "one card per institution");
    // The page explains its numbers: rank and the interval, in plain words.
    assert!(page.body.contains("id=\"card-help\"") && page.body.contains("“1 of 1”") && page.body.contains("“0% (0%–\u{2060}16%)”"), "{}", page.body);
}
