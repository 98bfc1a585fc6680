//! Offices and memberships through the pages and the API (issue 11): a leader hands over the
//! secretary's office and the leader's access moves with it; another collective's leader gets
//! the 404 of a page that does not exist; mistakes answer 422 beside the field with her typing
//! kept and nothing written; every form needs its CSRF token; a member moves, leaves, returns.

use crate::app::{Api, App};
use crate::world::{account, World, BINA_NAME};
use dhruva_core::registry::OfficeTitle;
use dhruva_core::AccountId;
use dhruva_store::testing::TestDb;
use dhruva_store::Accessor;
use time::macros::date;

fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

/// Bina has been Utthan's secretary since the start of 2025 (through her term alone, no stored
/// grant); Dipa has an account.
async fn bina_is_secretary(app: &App, w: &World) {
    let store = app.store();
    store.hand_over_office(&Accessor::cli(), w.utthan, OfficeTitle::Secretary, w.bina, date!(2025 - 01 - 01)).await.expect("secretary");
    account(store, "dipa", Some(w.dipa), None).await;
}

async fn token(app: &App, username: &str) -> String {
    let account = app.store().account_by_username(username).await.expect("read").expect("exists");
    app.store().create_api_token(&Accessor::cli(), account.id, "tests").await.expect("token").expose().clone()
}

pub async fn a_leader_hands_over_the_secretarys_office_and_the_access_moves_with_it(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    bina_is_secretary(&app, &w).await;
    let handover = format!("/collectives/{}/offices/handover", w.utthan);
    let offices = format!("/collectives/{}/offices", w.utthan);

    // The secretary leads: the leader's pages open for her.
    let mut bina = app.signed_in("bina").await;
    assert_eq!(bina.get(&handover).await.status, 200, "the secretary may hand over offices");
    let mut dipa = app.signed_in("dipa").await;
    assert_eq!(dipa.get(&handover).await.status, 403, "a member of Utthan may see it, not do this");

    // The president (Asha) hands it to Dipa from today, through the form and its confirmation.
    let mut asha = app.signed_in("asha").await;
    let page = asha.get(&offices).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(BINA_NAME), "the secretary by name: {}", page.body);
    assert!(page.body.contains("id=\"offices-handover-link\""));
    let sent = asha.get_gzipped(&offices).await.raw_len;
    assert!(sent < 6_000, "the offices page weighs {sent} bytes compressed");
    let form = asha.get(&handover).await;
    assert!(form.body.contains(&format!("value=\"{}\"", w.dipa.0)), "Dipa is offered");
    assert!(!form.body.contains(&format!("value=\"{}\"", w.chitra.0)), "another collective's member is not");
    let sent = asha.get_gzipped(&handover).await.raw_len;
    assert!(sent < 6_000, "the handover page weighs {sent} bytes compressed");
    let from = today().to_string();
    let dipa_id = w.dipa.0.to_string();
    let fields = [("office", "secretary"), ("member", dipa_id.as_str()), ("from", from.as_str())];
    let check = asha.post(&handover, &fields).await;
    assert_eq!(check.status, 200, "{}", check.body);
    assert!(check.body.contains("id=\"handover-confirm\""), "a confirmation step: {}", check.body);
    assert!(check.body.contains(BINA_NAME), "it names who stops");
    assert!(check.body.contains("Dipa Halder"), "and who takes it");
    assert_eq!(
        app.store().office_terms_of_collective(w.utthan).await.expect("terms").iter().filter(|t| t.term.until.is_none()).count(),
        2,
        "nothing written before the confirmation (Asha's presidency and Bina's term)"
    );
    let done = asha.post(&format!("{handover}/confirm"), &fields).await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(done.location(), Some(offices.as_str()));

    // On the handover date the former secretary is refused, the new one allowed.
    assert_eq!(bina.get(&handover).await.status, 403, "the former secretary is no longer a leader");
    assert_eq!(bina.get(&format!("/members/{}/consents", w.dipa)).await.status, 404, "nor sees others' consents");
    assert_eq!(dipa.get(&handover).await.status, 200, "the new secretary leads from today");
    let bina_account: AccountId = app.store().account_by_username("bina").await.expect("read").expect("there").id;
    let actor = app.store().actor(bina_account, today()).await.expect("actor").expect("enabled");
    assert!(!actor.has_role(dhruva_core::policy::Role::Leader));

    let page = asha.get(&offices).await;
    assert!(page.body.contains("Dipa Halder"), "the new holder by name");
    assert!(page.body.contains(BINA_NAME), "the former one in the dated history");
    let terms = app.store().office_terms_of_member(w.bina).await.expect("terms");
    assert_eq!(terms[0].term.until, Some(today()));
}

pub async fn another_collectives_leader_gets_404_for_these_pages(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    bina_is_secretary(&app, &w).await;
    let mut saans = app.signed_in("saans-leader").await;
    saans.get("/").await;
    for path in [
        format!("/collectives/{}/offices", w.utthan),
        format!("/collectives/{}/offices/handover", w.utthan),
        format!("/members/{}/membership", w.bina),
        "/collectives/99999/offices".to_owned(),
        "/members/99999/membership".to_owned(),
    ] {
        assert_eq!(saans.get(&path).await.status, 404, "{path}");
    }
    let dipa_id = w.dipa.0.to_string();
    let confirm = saans
        .post(
            &format!("/collectives/{}/offices/handover/confirm", w.utthan),
            &[("office", "secretary"), ("member", &dipa_id), ("from", "2025-06-01")],
        )
        .await;
    assert_eq!(confirm.status, 404);
    let end = saans.post(&format!("/members/{}/membership/end", w.bina), &[("until", "2025-06-01"), ("reason", "left")]).await;
    assert_eq!(end.status, 404);
    let saans_id = w.saans.0.to_string();
    let moved = saans.post(&format!("/members/{}/membership/move", w.bina), &[("to", &saans_id), ("date", "2025-06-01")]).await;
    assert_eq!(moved.status, 404);
    // Nothing changed.
    let terms = app.store().office_terms_of_collective(w.utthan).await.expect("terms");
    assert!(terms.iter().any(|t| t.term.member == w.bina && t.term.until.is_none()), "Bina is still secretary");
    assert_eq!(app.store().membership_history(w.bina).await.expect("history").len(), 1);
    // Her own leader's page links her membership page; a plain member's page does not.
    let mut asha = app.signed_in("asha").await;
    let page = asha.get(&format!("/members/{}", w.bina)).await;
    assert!(page.body.contains(&format!("href=\"/members/{}/membership\"", w.bina)), "{}", page.body);
    // A member reads her own dated history there, and may change nothing (Bina, the
    // secretary, leads: Dipa does not).
    let mut dipa = app.signed_in("dipa").await;
    let own = dipa.get(&format!("/members/{}/membership", w.dipa)).await;
    assert_eq!(own.status, 200);
    assert!(own.body.contains("id=\"membership-history\""), "{}", own.body);
    assert!(!own.body.contains("id=\"membership-end\"") && !own.body.contains("id=\"membership-move\""));
    let r = dipa.post(&format!("/members/{}/membership/end", w.dipa), &[("until", "2025-06-01"), ("reason", "left")]).await;
    assert_eq!(r.status, 404, "ending it is her leaders' act");
    assert_eq!(app.store().membership_history(w.dipa).await.expect("history")[0].until, None);
    assert_eq!(dipa.get(&format!("/members/{}/membership", w.bina)).await.status, 404, "nor another member's");
    // The same answers through the API.
    let api = Api::new(&app, Some(&token(&app, "saans-leader").await));
    assert_eq!(api.get(&format!("/api/v1/collectives/{}/offices", w.utthan)).await.status, 404);
    let r = api
        .post(
            &format!("/api/v1/collectives/{}/offices/handover", w.utthan),
            &serde_json::json!({"office": "secretary", "member": w.dipa.0, "from": "2025-06-01"}),
        )
        .await;
    assert_eq!(r.status, 404);
    let r = api.post(&format!("/api/v1/members/{}/membership/end", w.bina), &serde_json::json!({"until": "2025-06-01", "reason": "left"})).await;
    assert_eq!(r.status, 404);
}

pub async fn bad_input_is_refused_beside_the_field_with_her_typing_kept_and_nothing_written(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    bina_is_secretary(&app, &w).await;
    let handover = format!("/collectives/{}/offices/handover", w.utthan);
    let terms_before = app.store().office_terms_of_collective(w.utthan).await.expect("terms");
    let mut asha = app.signed_in("asha").await;
    asha.get(&handover).await;

    let empty = asha.post(&handover, &[("office", ""), ("member", ""), ("from", "")]).await;
    assert_eq!(empty.status, 422);
    for field in ["office-error", "member-error", "from-error"] {
        assert!(empty.body.contains(&format!("id=\"{field}\"")), "{field}: {}", empty.body);
    }
    let chitra = w.chitra.0.to_string();
    let bad = asha.post(&handover, &[("office", "secretary"), ("member", &chitra), ("from", "2999-01-01")]).await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("She is not a member of this collective on that date."), "{}", bad.body);
    assert!(bad.body.contains("too far ahead"), "{}", bad.body);
    assert!(bad.body.contains("value=\"2999-01-01\""), "her typing is kept");
    let bina = w.bina.0.to_string();
    let held = asha.post(&handover, &[("office", "secretary"), ("member", &bina), ("from", "2025-06-01")]).await;
    assert_eq!(held.status, 422);
    assert!(held.body.contains("She already holds this office."), "{}", held.body);
    let dipa = w.dipa.0.to_string();
    let early = asha.post(&format!("{handover}/confirm"), &[("office", "secretary"), ("member", &dipa), ("from", "2024-12-01")]).await;
    assert_eq!(early.status, 422, "the confirmation checks again");
    assert!(early.body.contains("id=\"from-error\""), "{}", early.body);
    assert!(early.body.contains(&format!("value=\"{dipa}\" selected")), "her choice is kept");
    let nonsense = asha.post(&format!("{handover}/confirm"), &[("office", "queen"), ("member", &dipa), ("from", "1 June")]).await;
    assert_eq!(nonsense.status, 422);
    assert_eq!(app.store().office_terms_of_collective(w.utthan).await.expect("terms"), terms_before, "nothing written");

    // Her membership's forms.
    let membership = format!("/members/{}/membership", w.bina);
    let page = asha.get(&membership).await;
    assert_eq!(page.status, 200);
    let sent = asha.get_gzipped(&membership).await.raw_len;
    assert!(sent < 6_000, "the membership page weighs {sent} bytes compressed");
    let r = asha.post(&format!("{membership}/end"), &[("until", ""), ("reason", "")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("id=\"until-error\"") && r.body.contains("id=\"reason-error\""), "{}", r.body);
    let r = asha.post(&format!("{membership}/end"), &[("until", "2020-01-01"), ("reason", "passed_away")]).await;
    assert_eq!(r.status, 422, "before she joined: the store's refusal beside the field");
    assert!(r.body.contains("after the day her membership began"), "{}", r.body);
    assert!(r.body.contains("value=\"2020-01-01\""), "her typing is kept");
    assert!(r.body.contains("value=\"passed_away\" selected"), "her choice is kept");
    let r = asha.post(&format!("{membership}/end"), &[("until", "2025-06-01"), ("reason", "moved")]).await;
    assert_eq!(r.status, 422, "a move has its own form");
    let r = asha.post(&format!("{membership}/move"), &[("to", "99999"), ("date", "2025-13-01")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("id=\"to-error\"") && r.body.contains("id=\"date-error\""), "{}", r.body);
    let utthan = w.utthan.0.to_string();
    let r = asha.post(&format!("{membership}/move"), &[("to", &utthan), ("date", "2025-06-01")]).await;
    assert_eq!(r.status, 422, "to her own collective");
    assert!(r.body.contains("She is already a member of that collective."), "{}", r.body);
    assert_eq!(app.store().membership_history(w.bina).await.expect("history").len(), 1, "nothing written");
    assert!(app.store().membership_history(w.bina).await.expect("history")[0].until.is_none());

    // A closed collective is not offered, and a move into it is refused beside the field.
    app.store().close_collective(&Accessor::cli(), w.saans, date!(2025 - 05 - 01), "merged", today()).await.expect("closed");
    let page = asha.get(&membership).await;
    let saans = w.saans.0.to_string();
    assert!(!page.body.contains(&format!("<option value=\"{saans}\"")), "{}", page.body);
    let r = asha.post(&format!("{membership}/move"), &[("to", &saans), ("date", "2025-06-01")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("id=\"to-error\""), "{}", r.body);
    assert_eq!(app.store().membership_history(w.bina).await.expect("history").len(), 1, "nothing written");

    // The API answers the same mistakes with its JSON errors.
    let api = Api::new(&app, Some(&token(&app, "asha").await));
    let r = api
        .post(
            &format!("/api/v1/collectives/{}/offices/handover", w.utthan),
            &serde_json::json!({"office": "secretary", "member": w.chitra.0, "from": "2999-01-01"}),
        )
        .await;
    assert_eq!(r.status, 422);
    let body = r.json();
    assert_eq!(body["error"], "invalid");
    assert!(body["fields"]["member"].is_string() && body["fields"]["from"].is_string(), "{body}");
    let r = api.post(&format!("/api/v1/members/{}/membership/end", w.bina), &serde_json::json!({"until": "2020-01-01", "reason": "left"})).await;
    assert_eq!(r.status, 422);
    assert!(r.json()["fields"]["until"].is_string());
    assert_eq!(app.store().office_terms_of_collective(w.utthan).await.expect("terms"), terms_before, "nothing written");
}

pub async fn every_form_needs_its_csrf_token(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    bina_is_secretary(&app, &w).await;
    let mut asha = app.signed_in("asha").await;
    asha.get(&format!("/members/{}/membership", w.bina)).await;
    let terms_before = app.store().office_terms_of_collective(w.utthan).await.expect("terms");
    let dipa = w.dipa.0.to_string();
    let saans = w.saans.0.to_string();
    let term = app.store().office_terms_of_member(w.bina).await.expect("terms")[0].id.to_string();
    let posts: [(String, Vec<(&str, &str)>); 6] = [
        (format!("/collectives/{}/offices/end", w.utthan), vec![("term", &term), ("until", "2025-06-01")]),
        (format!("/collectives/{}/offices/handover", w.utthan), vec![("office", "secretary"), ("member", &dipa), ("from", "2025-06-01")]),
        (format!("/collectives/{}/offices/handover/confirm", w.utthan), vec![("office", "secretary"), ("member", &dipa), ("from", "2025-06-01")]),
        (format!("/members/{}/membership/end", w.bina), vec![("until", "2025-06-01"), ("reason", "left")]),
        (format!("/members/{}/membership/move", w.bina), vec![("to", &saans), ("date", "2025-06-01")]),
        (format!("/members/{}/membership/rejoin", w.bina), vec![("collective", &saans), ("since", "2025-06-01")]),
    ];
    for (path, fields) in &posts {
        let r = asha.post_raw(path, fields, &[]).await;
        assert_eq!(r.status, 403, "{path} without its token");
        let mut with_wrong = fields.clone();
        with_wrong.push(("csrf", "not-the-token"));
        assert_eq!(asha.post_raw(path, &with_wrong, &[]).await.status, 403, "{path} with a wrong token");
    }
    assert_eq!(app.store().office_terms_of_collective(w.utthan).await.expect("terms"), terms_before, "nothing written");
    assert_eq!(app.store().membership_history(w.bina).await.expect("history").len(), 1);
}

pub async fn a_member_moves_leaves_and_comes_back_with_her_dated_history(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    bina_is_secretary(&app, &w).await;
    let mut asha = app.signed_in("asha").await;
    let membership = format!("/members/{}/membership", w.bina);
    let page = asha.get(&membership).await;
    assert!(page.body.contains("Saans"), "another collective is offered by name");
    let on = today().to_string();
    let saans = w.saans.0.to_string();
    let r = asha.post(&format!("{membership}/move"), &[("to", &saans), ("date", &on)]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(r.location(), Some(format!("/collectives/{}", w.utthan).as_str()));
    // Saans's leader now sees her in the roster, with the dated history of both collectives.
    let mut saans_leader = app.signed_in("saans-leader").await;
    let roster = saans_leader.get(&format!("/collectives/{}", w.saans)).await;
    assert!(roster.body.contains(&w.bina_code), "{}", roster.body);
    let history = app.store().membership_history(w.bina).await.expect("history");
    assert_eq!((history.len(), history[0].collective, history[0].until, history[1].collective), (2, w.utthan, Some(today()), w.saans));
    let her = saans_leader.get(&membership).await;
    assert_eq!(her.status, 200, "her new collective's leader manages her membership now");
    assert!(her.body.contains("Utthan") && her.body.contains("moved to Saans"), "{}", her.body);
    // Utthan's president no longer reaches her page, but sees her among former members.
    assert_eq!(asha.get(&format!("/members/{}", w.bina)).await.status, 404);
    let offices = asha.get(&format!("/collectives/{}/offices", w.utthan)).await;
    assert!(offices.body.contains(&w.bina_code), "former members are listed by code: {}", offices.body);
    assert!(offices.body.contains("Nobody yet"), "the secretary's office is empty now");

    // Utthan welcomes her back (she keeps Saans too).
    let page = asha.get(&membership).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("id=\"membership-rejoin\""), "{}", page.body);
    let utthan = w.utthan.0.to_string();
    let r = asha.post(&format!("{membership}/rejoin"), &[("collective", &utthan), ("since", &on)]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(app.store().membership_history(w.bina).await.expect("history").len(), 3);

    // Dipa leaves Utthan through the API, then comes back through it.
    let api = Api::new(&app, Some(&token(&app, "asha").await));
    let r = api.post(&format!("/api/v1/members/{}/membership/end", w.dipa), &serde_json::json!({"until": on, "reason": "left"})).await;
    assert_eq!(r.status, 204, "{}", r.body);
    let r = api.post(&format!("/api/v1/members/{}/membership/rejoin", w.dipa), &serde_json::json!({"collective": w.utthan.0, "since": on})).await;
    assert_eq!(r.status, 204, "{}", r.body);
    let r = api.post(&format!("/api/v1/members/{}/membership/move", w.dipa), &serde_json::json!({"to": w.saans.0, "date": on})).await;
    assert_eq!(r.status, 422, "the same day she rejoined: after it, please");
    let r = api
        .post(
            &format!("/api/v1/collectives/{}/offices/handover", w.utthan),
            &serde_json::json!({"office": "treasurer", "member": w.dipa.0, "from": on}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.json()["office"], "treasurer");
    let list = api.get(&format!("/api/v1/collectives/{}/offices", w.utthan)).await;
    assert_eq!(list.status, 200);
    let terms = list.json();
    assert!(
        terms.as_array().expect("a list").iter().any(|t| t["member"] == w.dipa.0 && t["office"] == "treasurer" && t["current"] == true),
        "{terms}"
    );

    // A holder steps down on the offices page: the date beside her term.
    let term = r.json()["id"].as_i64().expect("the term's id").to_string();
    let offices = format!("/collectives/{}/offices", w.utthan);
    let page = asha.get(&offices).await;
    assert!(page.body.contains(&format!("id=\"end-term-{term}\"")), "{}", page.body);
    let bad = asha.post(&format!("{offices}/end"), &[("term", &term), ("until", &on)]).await;
    assert_eq!(bad.status, 422, "not on the day it began");
    assert!(bad.body.contains(&format!("id=\"until-{term}-error\"")), "{}", bad.body);
    assert!(bad.body.contains(&format!("value=\"{on}\"")), "her typing is kept");
    let next_week = (today() + time::Duration::days(7)).to_string();
    let ended = asha.post(&format!("{offices}/end"), &[("term", &term), ("until", &next_week)]).await;
    assert_eq!(ended.status, 303, "{}", ended.body);
    let dipas = app.store().office_terms_of_member(w.dipa).await.expect("terms");
    assert_eq!(dipas.iter().find(|t| t.id.to_string() == term).expect("her term").term.until, Some(today() + time::Duration::days(7)));
    let mut bina = app.signed_in("bina").await;
    bina.get("/").await;
    assert_eq!(bina.post(&format!("{offices}/end"), &[("term", &term), ("until", &on)]).await.status, 403, "a member may not");

    // Every one of these is in the OpenAPI document.
    let doc = Api::new(&app, None).get("/api/v1/openapi.json").await.json();
    for (path, method) in [
        ("/api/v1/collectives/{id}/offices", "get"),
        ("/api/v1/collectives/{id}/offices/handover", "post"),
        ("/api/v1/members/{id}/membership/end", "post"),
        ("/api/v1/members/{id}/membership/move", "post"),
        ("/api/v1/members/{id}/membership/rejoin", "post"),
    ] {
        assert!(doc["paths"][path][method].is_object(), "{method} {path} is documented");
    }
}
