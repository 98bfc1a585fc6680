//! Steps that cannot be taken back, confirmed on their own page (issue 10, finding 3): closing
//! a round's rating and publishing its card, only after the confirmation and never twice from
//! one double tap; only the collective's leaders close and publish, not the partner's
//! facilitator; a case move that ends her case or records a "no" confirmed first, and her own
//! move undone within the window.

use crate::app::{App, Page};
use crate::cases_world::{open_through_pages, timeline_entries};
use crate::scorecards_rounds::{institutions, planned_round};
use crate::world::World;
use dhruva_core::scorecard::RoundStatus;
use dhruva_core::RoundId;
use dhruva_store::testing::TestDb;

async fn status(app: &App, round: i64) -> RoundStatus {
    app.store().round(RoundId(round)).await.expect("read").expect("there").status
}

fn unquoted(p: &Page) -> String {
    p.body.replace("&#34;", "\"").replace("&quot;", "\"")
}

pub async fn closing_and_publishing_a_round_happen_only_after_their_confirmation_page(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let places = institutions(app.store()).await;
    let mut leader = app.signed_in("asha").await;
    let round = planned_round(&app, &w, &mut leader, &places).await;
    // Opening loses nothing: one tap.
    assert_eq!(leader.post(&format!("/rounds/{round}/advance"), &[("from", "planned")]).await.status, 303);
    assert_eq!(status(&app, round).await, RoundStatus::Open);

    // The round page's button leads to the confirmation page; it does not close anything.
    let page = leader.get(&format!("/rounds/{round}")).await;
    assert!(page.body.contains(&format!("id=\"round-advance\" href=\"/rounds/{round}/advance?from=open\"")), "{}", page.body);
    let asked = leader.get(&format!("/rounds/{round}/advance?from=open")).await;
    assert_eq!(asked.status, 200, "{}", asked.body);
    assert!(asked.body.len() < 8_000, "a light page on 2G: {} bytes", asked.body.len());
    assert!(asked.body.contains("Close the rating?") && asked.body.contains("nobody can rate in this round any more"), "{}", asked.body);
    assert!(asked.body.contains("0 of 3 members have rated"), "the card is made from what was given: {}", asked.body);
    assert_eq!(status(&app, round).await, RoundStatus::Open, "showing the page changes nothing");
    // A post without the confirmation (an old page, a script) only shows the page again.
    let unconfirmed = leader.post(&format!("/rounds/{round}/advance"), &[("from", "open")]).await;
    assert_eq!(unconfirmed.status, 200);
    assert!(unconfirmed.body.contains("name=\"confirm\" value=\"yes\""), "{}", unconfirmed.body);
    assert_eq!(status(&app, round).await, RoundStatus::Open);
    assert!(app.store().round_card(RoundId(round)).await.expect("read").is_none(), "no card is made");

    let closed = leader.post(&format!("/rounds/{round}/advance"), &[("from", "open"), ("confirm", "yes")]).await;
    assert_eq!(closed.status, 303, "{}", closed.body);
    assert_eq!(status(&app, round).await, RoundStatus::Closed);
    // A double tap on "Yes, close": the second one is told, and it publishes nothing.
    let again = leader.post(&format!("/rounds/{round}/advance"), &[("from", "open"), ("confirm", "yes")]).await;
    assert_eq!(again.status, 409, "{}", again.body);
    assert!(again.body.contains("This step has already been taken") && again.body.contains("Rating closed"), "{}", again.body);
    assert_eq!(status(&app, round).await, RoundStatus::Closed, "the second tap did not move the round on");

    // Publishing: who will see it, and a warning read from the stored card — nobody rated.
    let page = leader.get(&format!("/rounds/{round}")).await;
    assert!(page.body.contains(&format!("href=\"/rounds/{round}/advance?from=closed\"")), "{}", page.body);
    let asked = leader.post(&format!("/rounds/{round}/advance"), &[("from", "closed")]).await;
    assert_eq!(asked.status, 200);
    assert!(
        asked.body.contains("Publish the score card?") && asked.body.contains("anyone with its link can read it without logging in"),
        "{}",
        asked.body
    );
    let card = app.store().round_card(RoundId(round)).await.expect("read").expect("made at closing");
    let cells: usize = card.card.by_institution.iter().map(|r| r.cells.len()).sum();
    assert!(cells > 0);
    let warning = format!("Most of this card will stay hidden: {cells} of {cells} parts, because fewer than 5 people rated them.");
    assert!(asked.body.contains("id=\"confirm-warning\"") && asked.body.contains(&warning), "{warning}: {}", asked.body);
    assert_eq!(status(&app, round).await, RoundStatus::Closed);
    assert_eq!(leader.post(&format!("/rounds/{round}/advance"), &[("from", "closed"), ("confirm", "yes")]).await.status, 303);
    assert_eq!(status(&app, round).await, RoundStatus::Published);
    let again = leader.post(&format!("/rounds/{round}/advance"), &[("from", "closed"), ("confirm", "yes")]).await;
    assert_eq!(again.status, 409, "{}", again.body);
    assert!(again.body.contains("This step has already been taken"), "{}", again.body);
    // Nothing more to confirm on a published round; no button either.
    assert!(!leader.get(&format!("/rounds/{round}")).await.body.contains("id=\"round-advance\""));
    let stale = leader.get(&format!("/rounds/{round}/advance?from=closed")).await;
    assert_eq!(stale.status, 409, "an old confirmation link is told what happened: {}", stale.body);
}

pub async fn the_facilitator_opens_and_runs_a_round_but_only_the_collectives_leader_closes_and_publishes_it(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let places = institutions(app.store()).await;
    let mut leader = app.signed_in("asha").await;
    let round = planned_round(&app, &w, &mut leader, &places).await;
    let mut facilitator = app.signed_in("facilitator").await;
    facilitator.get(&format!("/rounds/{round}")).await;
    assert_eq!(facilitator.post(&format!("/rounds/{round}/advance"), &[("from", "planned")]).await.status, 303, "she may open it");
    assert_eq!(status(&app, round).await, RoundStatus::Open);
    let page = facilitator.get(&format!("/rounds/{round}")).await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("id=\"round-advance\""), "no close button for her: {}", page.body);
    assert_eq!(facilitator.get(&format!("/rounds/{round}/meeting")).await.status, 200, "she still runs its meeting");
    assert_eq!(facilitator.get(&format!("/rounds/{round}/advance?from=open")).await.status, 403);
    assert_eq!(facilitator.post(&format!("/rounds/{round}/advance"), &[("from", "open")]).await.status, 403);
    assert_eq!(facilitator.post(&format!("/rounds/{round}/advance"), &[("from", "open"), ("confirm", "yes")]).await.status, 403);
    assert_eq!(status(&app, round).await, RoundStatus::Open);
    // The leader sees the button and closes it.
    assert!(leader.get(&format!("/rounds/{round}")).await.body.contains("id=\"round-advance\""));
    assert_eq!(leader.post(&format!("/rounds/{round}/advance"), &[("from", "open"), ("confirm", "yes")]).await.status, 303);
    assert!(!facilitator.get(&format!("/rounds/{round}")).await.body.contains("id=\"round-advance\""));
    assert_eq!(facilitator.get(&format!("/rounds/{round}/advance?from=closed")).await.status, 403);
    assert_eq!(facilitator.post(&format!("/rounds/{round}/advance"), &[("from", "closed"), ("confirm", "yes")]).await.status, 403);
    assert_eq!(status(&app, round).await, RoundStatus::Closed);
}

pub async fn a_move_that_ends_her_case_is_confirmed_first_and_her_own_move_can_be_undone(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    let mut bina = app.signed_in("bina").await;
    let id = open_through_pages(&mut bina, "/cases", "entitlement", &[("item", "ration_card"), ("reference", "RC/2026/17")]).await;
    bina.get(&format!("/cases/{id}/update")).await;
    let today = time::OffsetDateTime::now_utc().date();
    let on = format!("{:04}-{:02}-{:02}", today.year(), u8::from(today.month()), today.day());
    assert_eq!(
        bina.post(&format!("/cases/{id}/state"), &[("from", "drafted"), ("to", "applied"), ("on", &on)]).await.status,
        303,
        "an ordinary step: one tap"
    );

    // Her case page leads with where it is and what comes next; the forms are behind one button.
    let page = bina.get(&format!("/cases/{id}")).await;
    assert!(page.body.contains("id=\"case-now\"") && page.body.contains("data-state=\"applied\""), "{}", page.body);
    assert!(page.body.contains("id=\"case-next-date\">Next date:"), "{}", page.body);
    assert!(unquoted(&page).contains("What can happen next: Under verification, Approved, Rejected, Withdrawn"), "{}", page.body);
    assert_eq!(page.body.matches("id=\"case-update\"").count(), 1);
    assert!(!page.body.contains("/state\""), "no move form on the case page");
    let entries = timeline_entries(&page);

    // "Rejected" by a tap: the confirmation page says what it means; nothing is written yet.
    let update = bina.get(&format!("/cases/{id}/update")).await;
    assert!(update.body.contains("class=\"case-move-rejected\""), "{}", update.body);
    let asked = bina.post(&format!("/cases/{id}/state"), &[("from", "applied"), ("to", "rejected"), ("on", &on), ("note", "by mistake?")]).await;
    assert_eq!(asked.status, 200, "{}", asked.body);
    for (what, p) in [("confirmation", &asked), ("case", &page), ("update", &update)] {
        assert!(p.body.len() < 8_000, "the {what} page is light on 2G: {} bytes", p.body.len());
    }
    let text = unquoted(&asked);
    assert!(text.contains("Move this case to \"Rejected\"?"), "{}", asked.body);
    assert!(text.contains("These dates stop, and the case leaves the overdue list"), "{}", asked.body);
    assert!(text.contains("you can undo it from the case page for 15 minutes"), "{}", asked.body);
    assert!(
        asked.body.contains("name=\"note\" value=\"by mistake?\"") && asked.body.contains("name=\"confirm\" value=\"yes\""),
        "her note goes with it"
    );
    let still = bina.get(&format!("/cases/{id}")).await;
    assert!(still.body.contains("data-state=\"applied\""));
    assert_eq!(timeline_entries(&still), entries, "nothing was written");
    // A final state says the case is over.
    let withdraw = bina.post(&format!("/cases/{id}/state"), &[("from", "applied"), ("to", "withdrawn"), ("on", &on)]).await;
    assert!(unquoted(&withdraw).contains("After \"Withdrawn\" the case is finished"), "{}", withdraw.body);
    // A stale confirmation is refused as a stale page, before anything is asked.
    let stale = bina.post(&format!("/cases/{id}/state"), &[("from", "drafted"), ("to", "withdrawn"), ("on", &on)]).await;
    assert_eq!(stale.status, 409, "{}", stale.body);

    let confirmed = bina
        .post(&format!("/cases/{id}/state"), &[("from", "applied"), ("to", "rejected"), ("on", &on), ("note", "by mistake?"), ("confirm", "yes")])
        .await;
    assert_eq!(confirmed.status, 303, "{}", confirmed.body);
    let moved = bina.get(&format!("/cases/{id}")).await;
    assert!(moved.body.contains("data-state=\"rejected\"") && moved.body.contains("id=\"case-undo\""), "{}", moved.body);
    assert!(unquoted(&moved).contains("You moved this case from \"Applied\" to \"Rejected\""), "{}", moved.body);
    let event = moved.body.split("name=\"event\" value=\"").nth(1).and_then(|r| r.split('"').next()).expect("the undo form").to_owned();

    // Undo: back where it was, the undo itself on the timeline, the move kept.
    let undone = bina.post(&format!("/cases/{id}/undo"), &[("event", &event)]).await;
    assert_eq!(undone.status, 303, "{}", undone.body);
    assert_eq!(undone.location(), Some(format!("/cases/{id}?undone=1").as_str()));
    let back = bina.get(&format!("/cases/{id}?undone=1")).await;
    assert!(back.body.contains("id=\"case-undone\"") && back.body.contains("data-state=\"applied\""), "{}", back.body);
    assert!(back.body.contains("id=\"case-next-date\">Next date:"), "its date is back: {}", back.body);
    assert!(!back.body.contains("id=\"case-undo\""), "an undo is not undone in turn");
    assert_eq!(timeline_entries(&back), entries + 2, "the move and its undo are both in the history");
    let text = unquoted(&back);
    assert!(text.contains("Move undone: back from \"Rejected\" to \"Applied\"") && text.contains("This move was undone."), "{}", back.body);
    // The same undo again (a second tap): a friendly refusal, nothing changes.
    let twice = bina.post(&format!("/cases/{id}/undo"), &[("event", &event)]).await;
    assert_eq!(twice.status, 409, "{}", twice.body);
    assert!(twice.body.contains("can no longer be undone"), "{}", twice.body);
    assert_eq!(timeline_entries(&bina.get(&format!("/cases/{id}")).await), entries + 2);
    assert_eq!(bina.post(&format!("/cases/{id}/undo"), &[("event", "not a number")]).await.status, 400);
    // Her "my data" page names the undo in words.
    assert!(bina.get("/profile/data").await.body.contains("a move of a case of yours was taken back (undone)"));
}
