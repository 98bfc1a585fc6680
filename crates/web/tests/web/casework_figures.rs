//! Compensation figures: small cells say "fewer than k", big ones show numbers, on the
//! collective's page, the federation's, and beside an authority's ratings on the public score
//! card; another collective's member finds nothing. Pages show the latest release, so each
//! test makes one after recording its claims (`figures_releases` tests the releases).

use crate::app::App;
use crate::casework_world::today;
use crate::figures_releases::release;
use crate::reports_world;
use crate::world::World;
use dhruva_core::cases::{CaseKind, CompensationForum};
use dhruva_core::{InstitutionId, Sensitive};
use dhruva_store::cases::{Authority, NewCase};
use dhruva_store::testing::TestDb;
use dhruva_store::{Accessor, Store};
use time::Duration;

async fn claims(store: &Store, w: &World, authority: InstitutionId, n: usize) {
    claims_of(store, w.bina, w.utthan, authority, n).await
}

pub async fn claims_of(store: &Store, member: dhruva_core::MemberId, collective: dhruva_core::CollectiveId, authority: InstitutionId, n: usize) {
    for i in 0..n {
        let details = [("amount_claimed".to_owned(), vec!["100000".to_owned()]), ("reference".to_owned(), vec![format!("DLSA/{i}")])];
        let new = NewCase {
            member,
            collective,
            kind: CaseKind::Compensation,
            entitlement: None,
            document: None,
            forum: Some(CompensationForum::Dlsa),
            authority: Authority::Registry(authority),
            district: dhruva_core::geography::DistrictCode::parse("WB-kolkata").ok(),
            opened_on: today() - Duration::days(60),
            state: None,
            details: Sensitive::new(details.into_iter().collect()),
        };
        store.open_case(&Accessor::cli(), &new).await.expect("claim");
    }
}

/// The part of a page from `id` on.
fn from<'a>(body: &'a str, id: &str) -> &'a str {
    &body[body.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no #{id}: {body}"))..]
}

pub async fn figures_show_fewer_than_k_for_small_cells_and_numbers_for_big_ones(db: TestDb) {
    let app = App::start(db).await;
    let store = app.store();
    let w = World::seed(store).await;
    let scored = reports_world::seed(store, &w).await;
    let slug = reports_world::publish(store, &scored).await;
    claims(store, &w, scored.dlsa, 7).await;
    claims(store, &w, scored.police, 6).await;
    claims(store, &w, scored.hospital, 1).await;
    release(store).await;

    let mut bina = app.signed_in("bina").await;
    let page = bina.get(&format!("/collectives/{}/casework/figures", w.utthan.0)).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let total = from(&page.body, "figures-total");
    assert!(total.contains(">14</td>"), "all fourteen claims counted: {total}");
    let authorities = from(&page.body, "figures-by-authority");
    assert!(authorities.contains("fewer than 5"), "the lone claim is not shown: {authorities}");
    assert!(authorities.contains(">7</td>") && authorities.contains("₹7,00,000"), "the big authority is: {authorities}");
    assert!(!authorities.contains(">1</td>"), "the lone claim is never a number");

    let public = app.browser().get(&format!("/public/scorecards/{slug}")).await;
    assert_eq!(public.status, 200);
    let section = from(&public.body, "casework-figures");
    assert!(section.contains("DLSA Kolkata") && section.contains(">7</td>"), "beside the ratings: {section}");
    assert!(section.contains("fewer than 5") && !section.contains(">1</td>"), "{section}");

    let mut analyst = app.signed_in("analyst").await;
    let fed = analyst.get("/federation/casework").await;
    assert_eq!(fed.status, 200, "{}", fed.body);
    assert!(from(&fed.body, "figures-total").contains(">14</td>"));
    assert!(from(&fed.body, "figures-by-collective").contains("Utthan"));
}

pub async fn a_member_of_another_collective_cannot_see_a_collectives_figures(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let path = format!("/collectives/{}/casework/figures", w.utthan.0);
    for (user, status) in [("chitra", 404), ("saans-leader", 404), ("asha", 200), ("facilitator", 200), ("analyst", 200)] {
        assert_eq!(app.signed_in(user).await.get(&path).await.status.as_u16(), status, "{user}");
    }
    for (user, status) in [("asha", 404), ("chitra", 404), ("analyst", 200)] {
        assert_eq!(app.signed_in(user).await.get("/federation/casework").await.status.as_u16(), status, "{user} on the federation's figures");
    }
}

pub async fn a_collectives_figures_cannot_be_subtracted_from_the_federations_to_find_another_collectives_few_claims(db: TestDb) {
    let app = App::start(db).await;
    let store = app.store();
    let w = World::seed(store).await;
    let scored = reports_world::seed(store, &w).await;
    claims_of(store, w.bina, w.utthan, scored.dlsa, 6).await;
    // Two claims of another collective at the same authority: fewer than k, never to be shown.
    claims_of(store, w.dipa, w.saans, scored.dlsa, 2).await;
    release(store).await;

    let mut bina = app.signed_in("bina").await;
    let page = bina.get(&format!("/collectives/{}/casework/figures", w.utthan.0)).await;
    assert_eq!(page.status, 200, "{}", page.body);
    // Her collective's own six would, beside the authority's eight, give the other two away:
    // the one build over all claims withholds it on every page.
    let own = from(&page.body, "figures-total");
    assert!(own.contains("Utthan") && own.contains("fewer than 5") && !own.contains(">6</td>"), "{own}");
    // Nor does it list where its claims are: that too would be a figure about its few claims.
    assert!(!page.body.contains("id=\"figures-by-authority\""), "{}", page.body);
    let mut analyst = app.signed_in("analyst").await;
    let fed = analyst.get("/federation/casework").await;
    let fed_authority = from(&fed.body, "figures-by-authority");
    assert!(fed_authority.contains(">8</td>"), "the authority's row counts all eight claims: {fed_authority}");
    let fed_collectives = from(&fed.body, "figures-by-collective");
    assert!(!fed_collectives.contains(">6</td>") && !fed_collectives.contains(">2</td>"), "{fed_collectives}");
}
