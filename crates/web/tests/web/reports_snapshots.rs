//! Score cards are stored snapshots, attacked through the pages: a round in which one member
//! rated adds nothing to the federation's yearly card (neither yearly-after minus
//! yearly-before nor the yearly card minus the other public round cards says anything about
//! her); a published round's page does not move when the registry moves an institution; and
//! the card a round's organisers saw when it closed is the card the public gets.

use crate::app::{App, Browser};
use crate::reports_world::{self, BINA_POINTS, RATED};
use crate::world::World;
use dhruva_core::geography::DistrictCode;
use dhruva_core::scorecard::{InstitutionType, RoundStatus};
use dhruva_core::RoundId;
use dhruva_store::scorecards::{NewInstitution, NewRound, RatingAnswers};
use dhruva_store::testing::TestDb;
use dhruva_store::Accessor;
use serde_json::Value;
use sqlx::Connection as _;
use time::macros::date;

/// A second round of 2026 on one hospital, which Bina alone rates; published. Its slug.
async fn lone_round(app: &App, w: &World) -> (RoundId, String) {
    let store = app.store();
    let cli = Accessor::cli();
    let new = NewInstitution {
        kind: InstitutionType::Hospital,
        name: "Second Hospital".to_owned(),
        district: DistrictCode::parse("WB-howrah").expect("code"),
    };
    let hospital = store.add_institution(&cli, &new).await.expect("institution");
    let round = NewRound {
        organiser: w.utthan,
        collectives: vec![w.utthan],
        institutions: vec![hospital],
        template: "standard".to_owned(),
        title: "One hospital, one rater".to_owned(),
        period_start: date!(2026 - 04 - 01),
        period_end: date!(2026 - 06 - 30),
        previous: None,
    };
    let round = store.plan_round(&cli, &round).await.expect("planned");
    store.advance_round(&cli, round, RoundStatus::Planned).await.expect("opened");
    let answers = RatingAnswers { points: RATED.iter().zip(BINA_POINTS).map(|(c, p)| ((*c).to_owned(), p)).collect() };
    store.record_rating(&cli, round, hospital, w.bina, w.utthan, &answers).await.expect("rated");
    store.advance_round(&cli, round, RoundStatus::Open).await.expect("closed");
    store.advance_round(&cli, round, RoundStatus::Closed).await.expect("published");
    let slug = store.round(round).await.expect("read").expect("exists").public_slug.expect("slug");
    (round, slug)
}

/// The analyst makes a snapshot of 2026 with the page's button and reads its JSON.
async fn snapshot(analyst: &mut Browser) -> Value {
    let page = analyst.get("/federation/scorecards?year=2026").await;
    assert!(page.body.contains("id=\"federation-snapshot\""), "the analyst has the button");
    assert_eq!(analyst.post("/federation/scorecards/snapshot", &[("year", "2026")]).await.status, 303);
    let json = analyst.get("/federation/scorecards.json?year=2026").await;
    assert_eq!(json.status, 200);
    json.json()
}

/// (row key, indicator) → the shown cell's n and distribution, over total, states and types.
fn shown_cells(card: &Value) -> Vec<(String, usize, u64, Value)> {
    let mut rows = vec![&card["total"]];
    for level in ["by_state", "by_type"] {
        rows.extend(card[level].as_array().expect("rows"));
    }
    let mut out = Vec::new();
    for row in rows {
        for (j, c) in row["cells"].as_array().expect("cells").iter().enumerate() {
            if c["status"] == "shown" {
                out.push((row["key"].as_str().expect("key").to_owned(), j, c["n"].as_u64().expect("n"), c["distribution"].clone()));
            }
        }
    }
    out
}

pub async fn a_lone_raters_round_adds_nothing_to_the_yearly_card_before_after_or_beside_the_round_cards(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let s = reports_world::seed(app.store(), &w).await;
    let big_slug = reports_world::publish(app.store(), &s).await;
    let mut analyst = app.signed_in("analyst").await;
    let before = snapshot(&mut analyst).await;
    assert_eq!(before["rounds"], 1);

    let (_, lone_slug) = lone_round(&app, &w).await;
    let unchanged = analyst.get("/federation/scorecards.json?year=2026").await.json();
    assert_eq!(unchanged, before, "the yearly card is a snapshot: publishing a round does not move it");
    let after = snapshot(&mut analyst).await;
    assert_eq!(after["rounds"], 2, "the new snapshot counts her round");
    let page = analyst.get("/federation/scorecards?year=2026").await;
    assert!(page.body.contains("One hospital, one rater") && page.body.contains(&lone_slug), "the page names the rounds it counts");
    assert!(page.body.contains("id=\"federation-as-of\""));

    // Yearly after minus yearly before: nothing, on every row and indicator.
    assert_eq!(after["scorecards"], before["scorecards"], "her round moved no yearly number");
    // Yearly minus the other public round card: nothing left either.
    let mut stranger = app.browser();
    let big = stranger.get(&format!("/public/scorecards/{big_slug}.json")).await.json();
    let lone = stranger.get(&format!("/public/scorecards/{lone_slug}.json")).await.json();
    assert!(shown_cells(&lone).is_empty(), "her round's own card shows nothing");
    let yearly = &after["scorecards"][0];
    let yearly_cells = shown_cells(yearly);
    assert!(!yearly_cells.is_empty(), "the yearly card shows something");
    let big_cells = shown_cells(&big);
    for cell in &yearly_cells {
        assert!(big_cells.contains(cell), "a yearly cell that is not the other round's own: {cell:?}");
    }
    // The hospital type holds her answers and nobody else's in the second round: hidden.
    let hospital = yearly["by_type"].as_array().expect("types").iter().find(|r| r["key"] == "hospital").expect("hospital");
    assert!(hospital["cells"].as_array().expect("cells").iter().all(|c| c["status"] != "shown"));
}

async fn move_institution(app: &App, id: i64, district: &str) {
    let mut conn = sqlx::AnyConnection::connect(app.db.url.expose()).await.expect("raw connection");
    sqlx::query("UPDATE institutions SET district_code = $1 WHERE id = $2").bind(district).bind(id).execute(&mut conn).await.expect("moved");
    let _ = conn.close().await;
}

pub async fn a_published_rounds_page_does_not_move_when_an_institution_moves_district(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let s = reports_world::seed(app.store(), &w).await;
    let slug = reports_world::publish(app.store(), &s).await;
    let mut stranger = app.browser();
    let files = [format!("/public/scorecards/{slug}"), format!("/public/scorecards/{slug}.csv"), format!("/public/scorecards/{slug}.json")];
    let mut before = Vec::new();
    for f in &files {
        before.push(stranger.get(f).await.body);
    }
    move_institution(&app, s.police.0, "WB-howrah").await;
    for (f, old) in files.iter().zip(&before) {
        let now = stranger.get(f).await.body;
        let (old, now) = (without_form_tokens(old), without_form_tokens(&now));
        let first_change = old.lines().zip(now.lines()).find(|(a, b)| a != b);
        assert!(first_change.is_none() && old.lines().count() == now.lines().count(), "{f} changed when the police station moved: {first_change:?}");
    }
    assert!(!before[2].contains("WB-howrah"), "the card groups the station where it was when the round closed");
}

/// The page without its forms' CSRF tokens (a visitor's token is not a figure).
fn without_form_tokens(body: &str) -> String {
    body.lines().filter(|l| !l.contains("name=\"csrf\"")).collect::<Vec<_>>().join("\n")
}

/// The JSON of a score card without the round's status (closed, then published).
fn figures(mut card: Value) -> Value {
    card.as_object_mut().expect("an object").remove("status");
    card
}

pub async fn the_card_its_organisers_saw_at_closing_is_the_card_the_public_gets(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let s = reports_world::seed(app.store(), &w).await;
    let mut leader = app.signed_in("asha").await;
    let id = s.round.0;
    let closed = leader.get(&format!("/rounds/{id}/scorecard.json")).await;
    assert_eq!(closed.status, 200);
    let closed_page = leader.get(&format!("/rounds/{id}/scorecard")).await;
    assert!(closed_page.body.contains("id=\"scorecard-as-of\""), "the page says when the card was made");
    // The registry changes between closing and publishing: the card does not.
    move_institution(&app, s.dlsa.0, "WB-howrah").await;
    let slug = reports_world::publish(app.store(), &s).await;
    let public = app.browser().get(&format!("/public/scorecards/{slug}.json")).await;
    assert_eq!(public.status, 200);
    assert_eq!(figures(public.json()), figures(closed.json()), "publication serves the stored card unchanged");
    let organiser_again = leader.get(&format!("/rounds/{id}/scorecard.json")).await;
    assert_eq!(figures(organiser_again.json()), figures(closed.json()));
}

pub async fn only_the_analyst_makes_a_yearly_snapshot_and_only_with_her_form_token(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let s = reports_world::seed(app.store(), &w).await;
    reports_world::publish(app.store(), &s).await;
    for user in ["asha", "admin", "facilitator"] {
        let mut b = app.signed_in(user).await;
        let refused = b.post("/federation/scorecards/snapshot", &[("year", "2026")]).await;
        assert!(refused.status == 404 || refused.status == 403, "{user}: {}", refused.status);
    }
    let mut analyst = app.signed_in("analyst").await;
    let forged = analyst.post_raw("/federation/scorecards/snapshot", &[("year", "2026")], &[]).await;
    assert_eq!(forged.status, 403, "no form token, no snapshot");
    assert!(app.store().federation_card(2026).await.expect("read").is_none(), "nothing was made");
    let page = analyst.get("/federation/scorecards?year=2026").await;
    assert!(page.body.contains("No snapshot of this year"), "the page says none was made yet");
    assert_eq!(analyst.post("/federation/scorecards/snapshot", &[("year", "2026")]).await.status, 303);
    assert!(app.store().federation_card(2026).await.expect("read").is_some());
}
