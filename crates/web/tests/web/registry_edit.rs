//! The registry the coordinator keeps, through the pages and the API (issue 11): partners
//! created and linked by dates (a facilitator of an unlinked partner loses the collective on
//! her next request), a collective's record edited by its own leaders but by no other
//! collective's, closed only by the coordinator after a confirmation, and every form refusing
//! empty, oversized and invalid input beside the field with nothing written.

use crate::app::{Api, App};
use crate::world::{account, World};
use dhruva_core::policy::Role;
use dhruva_core::registry::Stage;
use dhruva_store::accounts::RoleGrant;
use dhruva_store::testing::TestDb;
use serde_json::json;

async fn coordinator(app: &App) {
    account(app.store(), "coord", None, Some(RoleGrant { role: Role::Coordinator, collective: None, partner: None })).await;
}

fn today() -> String {
    let d = time::OffsetDateTime::now_utc().date();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

pub async fn the_coordinator_creates_a_partner_links_it_and_unlinking_ends_its_facilitators_access(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    coordinator(&app).await;
    let mut b = app.signed_in("coord").await;
    assert!(b.get("/").await.body.contains("href=\"/partners\""), "her home links the partners");
    let list = b.get("/partners").await;
    assert_eq!(list.status, 200);
    assert!(list.body.contains("Sanjog"), "{}", list.body);
    assert_eq!(b.get("/partners/new").await.status, 200);
    let r = b.post("/partners/new", &[("name", "Jabala"), ("district", "WB-kolkata")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let jabala = app.store().partner_by_name("Jabala").await.expect("read").expect("created");
    assert_eq!(r.location(), Some(format!("/partners/{}", jabala.id.0).as_str()));
    assert_eq!(jabala.district.map(|d| d.as_str().to_owned()).as_deref(), Some("WB-kolkata"));

    // A facilitator of Jabala does not see Saans until Jabala supports it.
    let facilitator =
        account(app.store(), "jabala-facilitator", None, Some(RoleGrant { role: Role::Facilitator, collective: None, partner: Some(jabala.id) }))
            .await;
    let _ = facilitator;
    let mut f = app.signed_in("jabala-facilitator").await;
    let saans = format!("/collectives/{}", w.saans.0);
    assert_eq!(f.get(&saans).await.status, 404);

    let page = b.get(&format!("/partners/{}", jabala.id.0)).await;
    assert!(page.body.contains(&format!("value=\"{}\"", w.saans.0)), "Saans is offered: {}", page.body);
    let r = b.post(&format!("/partners/{}/link", jabala.id.0), &[("collective", &w.saans.0.to_string()), ("since", "2024-04-01")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(f.get(&saans).await.status, 200, "linked: her facilitator sees Saans");
    let shown = b.get(&saans).await;
    assert!(shown.body.contains("Jabala, since 1 April 2024"), "{}", shown.body);

    // Unlinked today: on her next request she no longer sees it; the link stays as history.
    b.get(&format!("/partners/{}", jabala.id.0)).await;
    let r = b.post(&format!("/partners/{}/unlink", jabala.id.0), &[("collective", &w.saans.0.to_string()), ("until", &today())]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(f.get(&saans).await.status, 404, "an unlinked partner's facilitator loses access on the next request");
    let page = b.get(&format!("/partners/{}", jabala.id.0)).await;
    assert!(page.body.contains("id=\"partner-past\""), "{}", page.body);
    assert!(b.get(&saans).await.body.contains("Jabala, 1 April 2024 to"), "the ended link shows with its dates");
    let links = app.store().links_of_partner(jabala.id).await.expect("links");
    assert_eq!(links.len(), 1);
    assert!(links[0].until.is_some());
}

pub async fn a_leader_edits_her_own_collective_but_not_anothers_and_closes_none(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let utthan = format!("/collectives/{}", w.utthan.0);

    // Another collective's leader: the same 404 as a collective that does not exist.
    let mut other = app.signed_in("saans-leader").await;
    assert!(
        !other.get(&format!("/collectives/{}", w.saans.0)).await.body.contains(&format!("{utthan}/edit")),
        "no edit link for Utthan on Saans' page"
    );
    assert_eq!(other.get(&format!("{utthan}/edit")).await.status, 404);
    let r =
        other.post(&format!("{utthan}/edit"), &[("name", "Taken over"), ("district", "WB-kolkata"), ("kind", "sex"), ("stage", "collective")]).await;
    assert_eq!(r.status, 404);
    assert_eq!(other.get("/collectives/999999/edit").await.status, 404);

    // Her own collective's leader edits its record; she may not close it.
    let mut asha = app.signed_in("asha").await;
    let page = asha.get(&utthan).await;
    assert!(page.body.contains(&format!("href=\"{utthan}/edit\"")), "{}", page.body);
    assert!(!page.body.contains(&format!("href=\"{utthan}/close\"")), "a leader is not offered closing");
    let form = asha.get(&format!("{utthan}/edit")).await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("value=\"Utthan\""), "{}", form.body);
    let r = asha
        .post(
            &format!("{utthan}/edit"),
            &[
                ("name", "Utthan"),
                ("name_bn", "উত্থান"),
                ("district", "WB-kolkata"),
                ("kind", "domestic_servitude"),
                ("founded", "2019-03-08"),
                ("stage", "registered_organisation"),
                ("stage_since", "2024-04-01"),
                ("registration_no", "S/2L/12345"),
                ("registered_on", "2024-04-01"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let c = app.store().collective(w.utthan).await.expect("read").expect("there");
    assert_eq!((c.stage, c.kind.code()), (Stage::RegisteredOrganisation, "domestic_servitude"));
    let page = asha.get(&utthan).await;
    assert!(page.body.contains("S/2L/12345, registered on 1 April 2024"), "{}", page.body);
    assert!(page.body.contains("Registered organisation since 1 April 2024"), "the stage history: {}", page.body);
    assert!(page.body.contains("উত্থান"), "her name in Bengali");

    assert_eq!(asha.get(&format!("{utthan}/close")).await.status, 403);
    let r = asha.post(&format!("{utthan}/close"), &[("closed_on", &today()), ("reason", "merged"), ("confirm", "yes")]).await;
    assert_eq!(r.status, 403);
    assert_eq!(app.store().collective_closed_on(w.utthan).await.expect("read"), None, "a leader may not close");
}

pub async fn the_coordinator_closes_a_collective_after_confirming_and_it_shows_closed_since(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    coordinator(&app).await;
    let mut b = app.signed_in("coord").await;
    let saans = format!("/collectives/{}", w.saans.0);
    assert!(b.get(&saans).await.body.contains(&format!("href=\"{saans}/close\"")));
    assert_eq!(b.get(&format!("{saans}/close")).await.status, 200);
    // Empty reason, a date to come: 422 beside each field, typing kept, nothing written.
    let r = b.post(&format!("{saans}/close"), &[("closed_on", "2999-01-01"), ("reason", "")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("id=\"reason-error\"") && r.body.contains("id=\"closed_on-error\""), "{}", r.body);
    assert!(r.body.contains("value=\"2999-01-01\""));
    let r = b.post(&format!("{saans}/close"), &[("closed_on", "2025-05-31"), ("reason", "x".repeat(1001).as_str())]).await;
    assert_eq!(r.status, 422, "an oversized reason");
    // The first post asks to confirm and changes nothing.
    let r = b.post(&format!("{saans}/close"), &[("closed_on", "2025-05-31"), ("reason", "merged with Utthan")]).await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("id=\"close-confirm\"") && r.body.contains("Close Saans from 31 May 2025?"), "{}", r.body);
    assert_eq!(app.store().collective_closed_on(w.saans).await.expect("read"), None);
    let r = b.post(&format!("{saans}/close"), &[("closed_on", "2025-05-31"), ("reason", "merged with Utthan"), ("confirm", "yes")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = b.get(&saans).await;
    assert!(page.body.contains("Closed since 31 May 2025"), "{}", page.body);
    assert!(!page.body.contains(&format!("href=\"{saans}/close\"")), "closed: no close link");
    // Her members are still there, and a closed collective is offered to no partner.
    assert!(app.store().member_summary(w.chitra).await.expect("read").is_some());
    let partner = b.get(&format!("/partners/{}", w.sanjog.0)).await;
    assert!(!partner.body.contains(&format!("<option value=\"{}\"", w.saans.0)), "{}", partner.body);
}

pub async fn bad_registry_input_is_refused_beside_the_field_and_nothing_is_written(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    coordinator(&app).await;
    let mut b = app.signed_in("coord").await;
    let edit = format!("/collectives/{}/edit", w.utthan.0);
    b.get(&edit).await;
    let before = app.store().collective(w.utthan).await.expect("read");
    let long = "অ".repeat(201);
    for (fields, error_id) in [
        (vec![("name", ""), ("district", "WB-kolkata"), ("kind", "sex"), ("stage", "collective")], "name-error"),
        (vec![("name", long.as_str()), ("district", "WB-kolkata"), ("kind", "sex"), ("stage", "collective")], "name-error"),
        (vec![("name", "Utthan"), ("name_te", long.as_str()), ("district", "WB-kolkata"), ("kind", "sex"), ("stage", "collective")], "name_te-error"),
        (vec![("name", "Utthan"), ("district", "XX-nowhere"), ("kind", "sex"), ("stage", "collective")], "district-error"),
        (vec![("name", "Utthan"), ("district", "WB-kolkata"), ("kind", "sex"), ("stage", "peer_group")], "stage_since-error"),
        (
            vec![("name", "Utthan"), ("district", "WB-kolkata"), ("kind", "sex"), ("stage", "peer_group"), ("stage_since", "2001-01-01")],
            "stage_since-error",
        ),
        (
            vec![
                ("name", "Utthan"),
                ("district", "WB-kolkata"),
                ("kind", "sex"),
                ("stage", "registered_organisation"),
                ("stage_since", "2024-01-01"),
            ],
            "registration_no-error",
        ),
        (vec![("name", "Saans"), ("district", "WB-kolkata"), ("kind", "sex"), ("stage", "collective")], "name-error"),
        (vec![("name", "Utthan"), ("district", "WB-kolkata"), ("kind", "sex"), ("stage", "collective"), ("founded", "not a date")], "founded-error"),
    ] {
        let r = b.post(&edit, &fields).await;
        assert_eq!(r.status, 422, "{fields:?}: {}", r.body);
        assert!(r.body.contains(&format!("id=\"{error_id}\"")), "{fields:?}: {}", r.body);
    }
    let r = b.post(&edit, &[("name", "Utthan Nari"), ("district", "XX-nowhere"), ("kind", "sex"), ("stage", "collective")]).await;
    assert!(r.body.contains("value=\"Utthan Nari\""), "her typing is kept");
    assert_eq!(app.store().collective(w.utthan).await.expect("read"), before, "nothing was written");
    assert_eq!(app.store().collective_details(w.utthan).await.expect("read").expect("there").stages.len(), 1);

    // Partners: empty, oversized, taken, unknown district.
    b.get("/partners/new").await;
    let partners = app.store().partners().await.expect("read").len();
    for (name, district, error_id) in
        [("", "", "name-error"), (long.as_str(), "", "name-error"), ("Sanjog", "", "name-error"), ("Jabala", "XX-nowhere", "district-error")]
    {
        let r = b.post("/partners/new", &[("name", name), ("district", district)]).await;
        assert_eq!(r.status, 422, "{name:?}");
        assert!(r.body.contains(&format!("id=\"{error_id}\"")), "{name:?}: {}", r.body);
    }
    assert_eq!(app.store().partners().await.expect("read").len(), partners, "nothing was written");
    // Links: a date to come, no collective.
    let page = format!("/partners/{}", w.sanjog.0);
    b.get(&page).await;
    let r = b.post(&format!("{page}/link"), &[("collective", &w.saans.0.to_string()), ("since", "2999-01-01")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("id=\"since-error\"") && r.body.contains("value=\"2999-01-01\""), "{}", r.body);
    let r = b.post(&format!("{page}/link"), &[("collective", ""), ("since", "2024-01-01")]).await;
    assert!(r.status == 422 && r.body.contains("id=\"collective-error\""), "{}", r.body);
    let r = b.post(&format!("{page}/unlink"), &[("collective", &w.utthan.0.to_string()), ("until", "2000-01-01")]).await;
    assert_eq!(r.status, 422, "before the link began");
    assert!(r.body.contains(&format!("id=\"until-{}-error\"", w.utthan.0)) && r.body.contains("value=\"2000-01-01\""), "{}", r.body);
    assert_eq!(app.store().links_of_partner(w.sanjog).await.expect("links").len(), 1, "nothing was written");
}

pub async fn registry_forms_need_their_csrf_token_and_others_are_not_shown_them(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    coordinator(&app).await;
    let mut b = app.signed_in("coord").await;
    b.get("/partners/new").await;
    let r = b.post_raw("/partners/new", &[("name", "Forged")], &[]).await;
    assert_eq!(r.status, 403);
    let r = b.post_raw("/partners/new", &[("csrf", "not-the-token"), ("name", "Forged")], &[]).await;
    assert_eq!(r.status, 403);
    assert!(app.store().partner_by_name("Forged").await.expect("read").is_none());
    let r = b.post_raw(&format!("/collectives/{}/close", w.saans.0), &[("closed_on", "2025-01-01"), ("reason", "x"), ("confirm", "yes")], &[]).await;
    assert_eq!(r.status, 403);
    assert_eq!(app.store().collective_closed_on(w.saans).await.expect("read"), None);
    for user in ["asha", "facilitator", "analyst"] {
        let mut other = app.signed_in(user).await;
        assert!(!other.get("/").await.body.contains("href=\"/partners\""), "{user}'s home");
        assert_eq!(other.get("/partners").await.status, 404, "{user}");
        assert_eq!(other.get(&format!("/partners/{}", w.sanjog.0)).await.status, 404, "{user}");
        let r = other.post(&format!("/partners/{}/unlink", w.sanjog.0), &[("collective", &w.utthan.0.to_string()), ("until", &today())]).await;
        assert_eq!(r.status, 404, "{user}");
    }
    assert!(app.store().collective_facts(w.utthan).await.expect("facts").expect("there").partners.contains(&w.sanjog));
}

pub async fn the_registry_api_follows_the_same_policy_with_json_errors(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    coordinator(&app).await;
    let token = |user: &'static str| {
        let app = &app;
        async move {
            let account = app.store().account_by_username(user).await.expect("read").expect("exists");
            app.store().create_api_token(&dhruva_store::Accessor::cli(), account.id, "tests").await.expect("token").expose().clone()
        }
    };
    let coord_token = token("coord").await;
    let api = Api::new(&app, Some(&coord_token));
    let r = api
        .post("/api/v1/collectives", &json!({"name": "Notun Alo", "name_bn": "নতুন আলো", "district": "WB-kolkata", "kind": "organ_trade", "stage": "peer_group", "founded_on": "2024-05-01"}))
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    let id = r.json()["id"].as_i64().expect("id");
    let r = api.post("/api/v1/collectives", &json!({"name": "", "district": "XX-nowhere", "kind": "nothing", "stage": "collective"})).await;
    assert_eq!(r.status, 422);
    let body = r.json();
    assert_eq!(body["error"], "invalid");
    for field in ["name", "district", "kind"] {
        assert!(body["fields"][field].is_string(), "{field}: {body}");
    }
    let r = api
        .put(
            &format!("/api/v1/collectives/{id}"),
            &json!({"name": "Notun Alo", "district": "WB-kolkata", "kind": "organ_trade", "stage": "collective"}),
        )
        .await;
    assert_eq!(r.status, 422, "a new stage needs its date");
    assert!(r.json()["fields"]["stage_since"].is_string(), "{}", r.body);
    let r = api
        .put(
            &format!("/api/v1/collectives/{id}"),
            &json!({"name": "Notun Alo", "district": "WB-kolkata", "kind": "organ_trade", "stage": "collective", "stage_since": "2025-01-01"}),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.body);

    let r = api.post("/api/v1/partners", &json!({"name": "Jabala", "district": "WB-kolkata"})).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let jabala = r.json()["id"].as_i64().expect("id");
    assert_eq!(api.post("/api/v1/partners", &json!({"name": "Jabala"})).await.status, 409);
    assert_eq!(api.post(&format!("/api/v1/partners/{jabala}/links"), &json!({"collective": id, "since": "2025-02-01"})).await.status, 204);
    assert_eq!(api.post(&format!("/api/v1/partners/{jabala}/links"), &json!({"collective": id})).await.status, 409);
    let listed = api.get("/api/v1/partners").await.json();
    let row = listed.as_array().expect("list").iter().find(|p| p["id"] == jabala).expect("listed").clone();
    assert_eq!(row["links"][0]["since"], "2025-02-01");
    assert!(row["links"][0]["until"].is_null());
    let http = reqwest::Client::new();
    let r = http.delete(format!("{}/api/v1/partners/{jabala}/links/{id}", app.base)).bearer_auth(&coord_token).send().await.expect("DELETE");
    assert_eq!(r.status().as_u16(), 204);
    assert!(app.store().collective_facts(dhruva_core::CollectiveId(id)).await.expect("facts").expect("there").partners.is_empty());
    assert_eq!(api.post(&format!("/api/v1/collectives/{id}/close"), &json!({"closed_on": "2025-06-01", "reason": ""})).await.status, 422);
    assert_eq!(api.post(&format!("/api/v1/collectives/{id}/close"), &json!({"closed_on": "2025-06-01", "reason": "merged"})).await.status, 204);
    assert_eq!(api.post(&format!("/api/v1/collectives/{id}/close"), &json!({"closed_on": "2025-06-01", "reason": "merged"})).await.status, 409);

    // A leader edits her own collective by the API, not another's, and closes none.
    let leader = Api::new(&app, Some(&token("saans-leader").await));
    let mine = json!({"name": "Saans", "district": "WB-kolkata", "kind": "labour", "stage": "collective"});
    assert_eq!(leader.put(&format!("/api/v1/collectives/{}", w.saans.0), &mine).await.status, 204);
    assert_eq!(leader.put(&format!("/api/v1/collectives/{}", w.utthan.0), &mine).await.status, 404);
    assert_eq!(
        leader.post(&format!("/api/v1/collectives/{}/close", w.saans.0), &json!({"closed_on": "2025-06-01", "reason": "x"})).await.status,
        403
    );
    assert_eq!(leader.get("/api/v1/partners").await.status, 404);
    assert_eq!(leader.post("/api/v1/collectives", &mine).await.status, 404);
    let doc = Api::new(&app, None).get("/api/v1/openapi.json").await.body;
    assert!(doc.contains("/api/v1/partners/{id}/links/{collective}"), "in the OpenAPI document");
}

pub async fn a_new_collective_takes_its_names_in_four_languages_and_the_new_kinds(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    coordinator(&app).await;
    let mut b = app.signed_in("coord").await;
    let form = b.get("/collectives/new").await;
    assert!(form.body.contains("name=\"name_bn\"") && form.body.contains("value=\"organ_trade\""), "{}", form.body);
    let fields = [
        ("name", "Notun Alo"),
        ("name_bn", "নতুন আলো"),
        ("name_hi", "नई रोशनी"),
        ("name_te", ""),
        ("district", "WB-kolkata"),
        ("kind", "organ_trade"),
        ("stage", "peer_group"),
        ("founded", "2024-05-01"),
    ];
    let long = "అ".repeat(201);
    let mut too_long = fields;
    too_long[3] = ("name_te", long.as_str());
    let r = b.post("/collectives/new", &too_long).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("id=\"name_te-error\"") && r.body.contains("value=\"নতুন আলো\""), "{}", r.body);
    let mut registered = fields;
    registered[6] = ("stage", "registered_organisation");
    let r = b.post("/collectives/new", &registered).await;
    assert_eq!(r.status, 422, "a registered organisation's number is given on its edit page");
    assert!(r.body.contains("id=\"stage-error\""), "{}", r.body);
    assert!(app.store().collective_by_name("Notun Alo").await.expect("read").is_none(), "nothing written");
    let r = b.post("/collectives/new", &fields).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let made = app.store().collective_by_name("Notun Alo").await.expect("read").expect("created");
    let details = app.store().collective_details(made.id).await.expect("read").expect("there");
    assert_eq!(details.names.len(), 2);
    assert_eq!(made.kind.code(), "organ_trade");
    let page = b.get(&format!("/collectives/{}", made.id.0)).await;
    assert!(page.body.contains("নতুন আলো") && page.body.contains("Peer group since 1 May 2024"), "{}", page.body);
}

/// Every registry page within the page budget (HTML and CSS gzipped ≤ 30 KB; the pages with
/// every district of the registry in a chooser are the heaviest).
pub async fn the_registry_pages_are_light(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    coordinator(&app).await;
    let mut b = app.signed_in("coord").await;
    let home = b.get("/").await.body;
    let css_path = home.split("href=\"").find(|h| h.contains(".css")).and_then(|h| h.split('"').next()).expect("a stylesheet").to_owned();
    let css = b.get_gzipped(&css_path).await.raw_len;
    let mut weights = Vec::new();
    for path in [
        "/partners".to_owned(),
        "/partners/new".to_owned(),
        format!("/partners/{}", w.sanjog.0),
        format!("/partners/{}/edit", w.sanjog.0),
        format!("/collectives/{}", w.utthan.0),
        format!("/collectives/{}/edit", w.utthan.0),
        format!("/collectives/{}/close", w.utthan.0),
    ] {
        let page = b.get_gzipped(&path).await;
        assert_eq!(page.status, 200, "{path}");
        weights.push(format!("{path}: {} B", page.raw_len));
        assert!(page.raw_len + css <= 30 * 1024, "{path} weighs {} B + {css} B of CSS", page.raw_len);
    }
    eprintln!("registry pages, gzipped (CSS {css} B): {}", weights.join(", "));
}

macro_rules! flows {
    ($($name:ident),* $(,)?) => {
        mod on_sqlite_registry_edit {
            use dhruva_store::testing::TestDb;
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name(TestDb::sqlite().await).await;
                }
            )*
        }
        mod on_postgres_registry_edit {
            use dhruva_store::testing::TestDb;
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let Some(db) = TestDb::postgres().await else { return };
                    super::$name(db).await;
                }
            )*
        }
    };
}

flows!(
    the_coordinator_creates_a_partner_links_it_and_unlinking_ends_its_facilitators_access,
    a_leader_edits_her_own_collective_but_not_anothers_and_closes_none,
    the_coordinator_closes_a_collective_after_confirming_and_it_shows_closed_since,
    bad_registry_input_is_refused_beside_the_field_and_nothing_is_written,
    registry_forms_need_their_csrf_token_and_others_are_not_shown_them,
    the_registry_api_follows_the_same_policy_with_json_errors,
    a_new_collective_takes_its_names_in_four_languages_and_the_new_kinds,
    the_registry_pages_are_light,
);
