//! Compensation figures are dated releases: the attacks of issue 9 through the pages. A claim
//! added between two views, or a member erased, changes nothing the leader, the analyst or an
//! anonymous visitor of the public score card is shown until the next release; the analyst
//! publishes from the page; nobody else can.

use crate::app::{App, Browser};
use crate::casework_figures::claims_of;
use crate::casework_world::today;
use crate::reports_world;
use crate::world::World;
use dhruva_store::{Accessor, Store};

/// Makes a release as the scheduler would: what the pages show from now on.
pub async fn release(store: &Store) {
    store.make_figure_release(&Accessor::cli(), time::OffsetDateTime::now_utc()).await.expect("a release");
}

/// What a page publishes of the figures: the "as of" line and every figures table, in order
/// (nothing else of the page, whose form tokens differ between loads).
fn figures_of(body: &str) -> String {
    let mut out = String::new();
    if let Some(at) = body.find("class=\"as-of\"") {
        out.push_str(&body[at..at + body[at..].find("</p>").unwrap_or(0)]);
    }
    let mut rest = body;
    while let Some(start) = rest.find("<table class=\"figures\">") {
        let end = start + rest[start..].find("</table>").expect("a closed table");
        out.push_str(&rest[start..end]);
        rest = &rest[end..];
    }
    out
}

/// "6 December 2026": how an English page dates a release made today.
fn today_in_english() -> String {
    let d = today();
    format!("{} {} {}", d.day(), d.month(), d.year())
}

struct Views {
    leader: Browser,
    analyst: Browser,
    visitor: Browser,
    collective: String,
    public: String,
}

impl Views {
    /// The leader's collective page, the analyst's federation figures and the anonymous
    /// public score card, as each shows the figures.
    async fn read(&mut self) -> [String; 3] {
        let leader = self.leader.get(&self.collective).await;
        let analyst = self.analyst.get("/federation/casework").await;
        let visitor = self.visitor.get(&self.public).await;
        for page in [&leader, &analyst, &visitor] {
            assert_eq!(page.status, 200, "{}", page.body);
        }
        let all = [figures_of(&leader.body), figures_of(&analyst.body), figures_of(&visitor.body)];
        for f in &all {
            assert!(f.contains("<td") && f.contains("Figures as of"), "figures are shown with their date: {f}");
        }
        all
    }
}

async fn views(app: &App, w: &World, slug: &str) -> Views {
    Views {
        leader: app.signed_in("asha").await,
        analyst: app.signed_in("analyst").await,
        visitor: app.browser(),
        collective: format!("/collectives/{}/casework/figures", w.utthan.0),
        public: format!("/public/scorecards/{slug}"),
    }
}

pub async fn a_claim_added_between_two_views_changes_no_page_until_the_next_release(db: dhruva_store::testing::TestDb) {
    let app = App::start(db).await;
    let store = app.store();
    let w = World::seed(store).await;
    let scored = reports_world::seed(store, &w).await;
    let slug = reports_world::publish(store, &scored).await;
    claims_of(store, w.bina, w.utthan, scored.dlsa, 7).await;
    claims_of(store, w.bina, w.utthan, scored.police, 6).await;
    release(store).await;
    let mut views = views(&app, &w, &slug).await;
    let before = views.read().await;
    assert!(before[2].contains("DLSA Kolkata") && before[2].contains(">7</td>"), "{}", before[2]);

    // One claim — a member's who asked no one for support — between two views.
    claims_of(store, w.dipa, w.utthan, scored.dlsa, 1).await;
    let after = views.read().await;
    assert_eq!(after, before, "the leader, the analyst and an anonymous visitor see the same figures, not one claim more");

    release(store).await;
    let next = views.read().await;
    for (who, (old, new)) in ["the leader", "the analyst", "the visitor"].iter().zip(before.iter().zip(next.iter())) {
        assert_ne!(old, new, "{who} sees the next release");
    }
    assert!(!next[2].contains(">8</td>"), "and never the authority moved by one claim: {}", next[2]);
    assert!(
        next[2].contains("DLSA Kolkata <small class=\"held\">(as of ") && next[2].contains(">7</td>"),
        "the anonymous visitor sees the authority as last released, with that date: {}",
        next[2]
    );
}

pub async fn an_erasure_does_not_move_the_served_figures_until_the_next_release(db: dhruva_store::testing::TestDb) {
    let app = App::start(db).await;
    let store = app.store();
    let w = World::seed(store).await;
    let scored = reports_world::seed(store, &w).await;
    let slug = reports_world::publish(store, &scored).await;
    claims_of(store, w.bina, w.utthan, scored.dlsa, 7).await;
    claims_of(store, w.chitra, w.saans, scored.dlsa, 1).await;
    release(store).await;
    let mut views = views(&app, &w, &slug).await;
    let before = views.read().await;
    assert!(before[1].contains(">8</td>"), "the federation counts her claim: {}", before[1]);

    store.erase_member(&Accessor::cli(), w.chitra).await.expect("erased");
    assert_eq!(views.read().await, before, "her erasure is not read off any page as a difference");
    release(store).await;
    let next = views.read().await;
    assert_ne!(next[1], before[1], "the next release is a new release");
    assert!(!next[1].contains(">7</td>"), "it never shows the total moved by her one claim: {}", next[1]);
    assert!(
        next[1].contains("All claims <small class=\"held\">(as of "),
        "one claim fewer is too small a change to publish: the total is shown as last released, with that date: {}",
        next[1]
    );
}

pub async fn the_analyst_publishes_from_the_page_and_it_shows_todays_date(db: dhruva_store::testing::TestDb) {
    let app = App::start(db).await;
    let store = app.store();
    let w = World::seed(store).await;
    let mut analyst = app.signed_in("analyst").await;
    let page = analyst.get("/federation/casework").await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("id=\"figures-unpublished\"") && page.body.contains("No figures have been published yet."), "{}", page.body);
    assert!(page.body.contains("id=\"figures-publish-form\""), "the analyst is offered the button");
    let mut leader = app.signed_in("asha").await;
    let theirs = leader.get(&format!("/collectives/{}/casework/figures", w.utthan.0)).await;
    assert!(theirs.body.contains("No figures have been published yet.") && !theirs.body.contains("figures-publish-form"), "{}", theirs.body);

    let posted = analyst.post("/federation/casework/publish", &[]).await;
    assert_eq!(posted.status, 303, "{}", posted.body);
    assert_eq!(posted.location(), Some("/federation/casework"));
    let page = analyst.get("/federation/casework").await;
    let dated = format!("Figures as of {}", today_in_english());
    assert!(page.body.contains(&dated), "{dated} on {}", page.body);
    assert!(!page.body.contains("figures-unpublished") && !page.body.contains("id=\"figures-earlier\""));
    assert!(leader.get(&format!("/collectives/{}/casework/figures", w.utthan.0)).await.body.contains(&dated));

    analyst.post("/federation/casework/publish", &[]).await;
    let page = analyst.get("/federation/casework").await;
    let earlier = &page.body[page.body.find("id=\"figures-earlier\"").expect("earlier releases listed")..];
    assert!(earlier.contains(&today_in_english()), "{earlier}");
    let mut bengali = app.signed_in("analyst").await;
    bengali.post("/language", &[("lang", "bn")]).await;
    assert!(bengali.get("/federation/casework").await.body.contains("তারিখের হিসাব"), "dated in her language");
    assert_eq!(store.figure_releases().await.expect("list").len(), 2);
}

pub async fn nobody_but_the_analyst_may_publish_and_a_refused_publish_writes_nothing(db: dhruva_store::testing::TestDb) {
    let app = App::start(db).await;
    let store = app.store();
    let w = World::seed(store).await;
    let scored = reports_world::seed(store, &w).await;
    claims_of(store, w.bina, w.utthan, scored.dlsa, 6).await;
    let audit_before = store.audit_recent(1000).await.expect("audit").len();
    for (user, status) in [("asha", 404), ("bina", 404), ("facilitator", 404), ("saans-leader", 404), ("admin", 403)] {
        let mut b = app.signed_in(user).await;
        let posted = b.post("/federation/casework/publish", &[]).await;
        assert_eq!(posted.status.as_u16(), status, "{user}: {}", posted.body);
    }
    let mut admin = app.signed_in("admin").await;
    let page = admin.get("/federation/casework").await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("figures-publish-form"), "the admin runs the deployment, she does not publish figures");
    let mut analyst = app.signed_in("analyst").await;
    let forged = analyst.post_raw("/federation/casework/publish", &[], &[]).await;
    assert!(forged.status.is_client_error(), "the analyst's session without the form's token publishes nothing: {}", forged.status);
    let mut stranger = app.browser();
    stranger.get("/login").await;
    let posted = stranger.post("/federation/casework/publish", &[]).await;
    assert_ne!(posted.location(), Some("/federation/casework"), "a visitor who is not signed in publishes nothing");
    assert!(store.latest_figure_release().await.expect("read").is_none(), "no release was made");
    let audit = store.audit_recent(1000).await.expect("audit");
    assert!(audit.iter().all(|r| r.action != "publish_figures"));
    assert!(audit.len() >= audit_before, "(logins are audited; publishing is not among them)");
}
