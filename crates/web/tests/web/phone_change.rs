//! Issue 9, finding 3: the phone oracle. Changing her number to one registered anywhere used to
//! answer 409 and a free one 200, so any member could test whether a person is a registered
//! survivor (and a leader could, through registration). Now her new number is a request her
//! leader confirms, answered the same for any number, through the page and the API; a leader's
//! registration and confirmation answer the same too; refusals write nothing.

use crate::app::{Api, App, Browser, Page};
use crate::world::{World, ASHA_PHONE};
use dhruva_core::phone::PhoneNumber;
use dhruva_core::registry::{parse_personal, Language};
use dhruva_core::MemberId;
use dhruva_store::members::NewMember;
use dhruva_store::testing::TestDb;
use dhruva_store::Accessor;
use serde_json::json;
use time::macros::date;

const FRESH: &str = "7001112223";
/// Registered in Saans, another collective.
const TAKEN: &str = "9830077777";

async fn saans_member_with(app: &App, w: &World) -> MemberId {
    let new = NewMember {
        code: None,
        collective: w.saans,
        joined_on: date!(2024 - 01 - 15),
        office: None,
        languages: vec![Language::Bengali],
        personal: parse_personal("Mita Das", Some(TAKEN), None, None, 2025).expect("valid"),
    };
    app.store().create_member(&Accessor::cli(), new).await.expect("member").id
}

async fn holder(app: &App, phone: &str) -> Option<MemberId> {
    app.store().member_by_phone(&PhoneNumber::parse(phone).expect("phone")).await.expect("lookup")
}

fn form(phone: &str) -> Vec<(&'static str, String)> {
    vec![
        ("name", "Bina Sardar".to_owned()),
        ("phone", phone.to_owned()),
        ("birth_year", "1994".to_owned()),
        ("notes", "prefers calls after 6 pm".to_owned()),
    ]
}

async fn ask(bina: &mut Browser, phone: &str) -> Page {
    bina.get("/profile/edit").await;
    let fields = form(phone);
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    bina.post("/profile/edit", &fields).await
}

/// The leader confirms the one request waiting in Utthan; returns her answer.
async fn confirm(app: &App, w: &World, asha: &mut Browser) -> Page {
    let list = format!("/collectives/{}/phone-changes", w.utthan);
    let page = asha.get(&list).await;
    assert!(!page.body.contains(FRESH) && !page.body.contains(TAKEN), "the leader never sees the number");
    let waiting = app.store().pending_phone_changes(w.utthan, time::OffsetDateTime::now_utc().date()).await.expect("list");
    assert_eq!(waiting.len(), 1);
    assert!(page.body.contains(&format!("Member {} asked for a new number", w.bina_code)), "{}", page.body);
    let (member, id) = (waiting[0].member.to_string(), waiting[0].id.to_string());
    asha.post(&list, &[("member", &member), ("id", &id), ("decision", "confirm")]).await
}

pub async fn her_new_number_gets_the_same_answer_on_the_page_whether_or_not_it_is_registered(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mita = saans_member_with(&app, &w).await;
    let mut bina = app.signed_in("bina").await;
    let mut asha = app.signed_in("asha").await;

    let fresh = ask(&mut bina, FRESH).await;
    let fresh_profile = bina.get("/profile").await;
    let home = asha.get("/").await;
    assert!(home.body.contains("A member&#39;s new mobile number waits for you to confirm it"), "{}", home.body);
    assert_eq!(holder(&app, FRESH).await, None, "asked, not changed");
    let fresh_confirmed = confirm(&app, &w, &mut asha).await;
    assert_eq!(holder(&app, FRESH).await, Some(w.bina));

    let taken = ask(&mut bina, TAKEN).await;
    let taken_profile = bina.get("/profile").await;
    let taken_confirmed = confirm(&app, &w, &mut asha).await;

    // Exactly the same answers: to her, and to the leader who confirmed.
    assert_eq!((fresh.status.as_u16(), fresh.location()), (303, Some("/profile")));
    assert_eq!((taken.status, taken.location(), &taken.body), (fresh.status, fresh.location(), &fresh.body));
    assert!(fresh_profile.body.contains("Your leader will confirm your new number"), "{}", fresh_profile.body);
    // Her page differs only by her current number (the fresh one was confirmed in between).
    let without_csrf = |p: &Page| p.body.replace(&p.csrf().unwrap_or_default(), "").replace(FRESH, "N").replace("9830054321", "N");
    assert_eq!(without_csrf(&taken_profile), without_csrf(&fresh_profile));
    assert_eq!(
        (taken_confirmed.status, taken_confirmed.location(), &taken_confirmed.body),
        (fresh_confirmed.status, fresh_confirmed.location(), &fresh_confirmed.body)
    );
    // The number stays Mita's; Bina's record is flagged for the grievance officer.
    assert_eq!(holder(&app, TAKEN).await, Some(mita));
    let audit = app.store().audit_about_member(w.bina).await.expect("audit");
    assert!(audit.iter().any(|r| r.action == "phone_in_use" && r.detail.as_deref() == Some("source=change")));
    assert!(audit.iter().all(|r| !r.detail.as_deref().unwrap_or("").contains(TAKEN)), "no number in the audit log");

    // A third request today is answered; a fourth is refused and writes nothing.
    assert_eq!(ask(&mut bina, "7001112224").await.status, 303);
    let rows = app.store().audit_recent(1000).await.expect("audit").len();
    let refused = ask(&mut bina, "7001112225").await;
    assert_eq!(refused.status, 429);
    assert!(refused.body.contains("too many times today"), "{}", refused.body);
    assert_eq!(app.store().audit_recent(1000).await.expect("audit").len(), rows, "nothing written on refusal");

    // Only her collective's leaders see and confirm her request; she cannot confirm her own.
    let list = format!("/collectives/{}/phone-changes", w.utthan);
    assert_eq!(app.signed_in("saans-leader").await.get(&list).await.status, 404);
    let id = app.store().pending_phone_changes(w.utthan, time::OffsetDateTime::now_utc().date()).await.expect("list")[0].id.to_string();
    let own = bina.post(&list, &[("member", &w.bina.to_string()), ("id", &id), ("decision", "confirm")]).await;
    assert_eq!(own.status, 403);
    assert_eq!(holder(&app, "7001112224").await, None);
}

pub async fn through_the_api_a_new_number_and_a_registration_answer_the_same_whether_or_not_it_is_registered(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    saans_member_with(&app, &w).await;
    let token = app.store().create_api_token(&Accessor::cli(), w.bina_account, "tests").await.expect("token");
    let api = Api::new(&app, Some(token.expose()));
    let path = format!("/api/v1/members/{}/personal", w.bina);
    let body = |phone: &str| json!({ "name": "Bina Sardar", "phone": phone, "birth_year": 1994, "notes": "prefers calls after 6 pm" });

    let fresh = api.put(&path, &body(FRESH)).await;
    let taken = api.put(&path, &body(TAKEN)).await;
    let asha_s = api.put(&path, &body(ASHA_PHONE)).await;
    assert_eq!((fresh.status.as_u16(), fresh.json()), (202, json!({ "phone_change": "requested" })), "{}", fresh.body);
    for other in [&taken, &asha_s] {
        assert_eq!((other.status, &other.body), (fresh.status, &fresh.body), "the same answer for a number in use");
    }
    let rows = app.store().audit_recent(1000).await.expect("audit").len();
    let refused = api.put(&path, &json!({ "name": "Someone Else", "phone": "7001112225" })).await;
    assert_eq!((refused.status.as_u16(), refused.json()["error"].as_str()), (429, Some("too_many_requests")), "{}", refused.body);
    assert_eq!(app.store().audit_recent(1000).await.expect("audit").len(), rows, "nothing written on refusal");
    assert_eq!(holder(&app, FRESH).await, None);

    // A leader registering members gets the same answer for a number in use as for a new one.
    let leader_token = app.store().create_api_token(&Accessor::cli(), w.leader, "tests").await.expect("token");
    let leader = Api::new(&app, Some(leader_token.expose()));
    let members = format!("/api/v1/collectives/{}/members", w.utthan);
    let new = leader.post(&members, &json!({ "name": "Rani Das", "phone": "7001119999" })).await;
    let used = leader.post(&members, &json!({ "name": "Sona Das", "phone": TAKEN })).await;
    assert_eq!((new.status.as_u16(), used.status.as_u16()), (201, 201), "{}", used.body);
    let keys = |p: &Page| p.json().as_object().map(|o| o.keys().cloned().collect::<Vec<_>>());
    assert_eq!(keys(&new), keys(&used), "the same shape");
}
