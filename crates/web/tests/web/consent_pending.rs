//! Issue 9, finding 5: a consent recorded by the one it benefits. A leader's record of what a
//! member agreed to opens nothing — her phone, notes and cases to the leader, her name and
//! phone to the analyst — until she confirms it on her own page, or, when she has no account,
//! until a second office holder confirms it with her and a witness. She is told, and sees who
//! recorded it and when.

use crate::app::{App, Browser};
use crate::world::{account, World, BINA_NAME};
use dhruva_core::consent::Purpose;
use dhruva_core::policy::Role;
use dhruva_core::MemberId;
use dhruva_store::accounts::RoleGrant;
use dhruva_store::consent::ConsentState;
use dhruva_store::testing::TestDb;

const BINA_PHONE: &str = "9830054321";
const NOTES: &str = "prefers calls after 6 pm";

async fn record(leader: &mut Browser, member: MemberId, purpose: &str) {
    let path = format!("/members/{member}/consents");
    leader.get(&path).await;
    let r = leader.post(&path, &[("purpose", purpose), ("method", "verbal"), ("witness", "Parvati Halder")]).await;
    assert_eq!(r.status, 303, "{purpose}: {}", r.body);
}

async fn pending(app: &App, member: MemberId, purpose: Purpose) -> String {
    let history = app.store().consent_history(member).await.expect("history");
    let r = history.iter().find(|r| r.purpose == purpose && r.state == ConsentState::Pending && r.withdrawn_at.is_none()).expect("pending");
    r.id.to_string()
}

pub async fn a_consent_a_leader_records_opens_nothing_until_she_confirms_it(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut asha = app.signed_in("asha").await;
    let mut analyst = app.signed_in("analyst").await;
    // The leader also makes Sanjog's facilitator her mentor and records her mentoring consent.
    asha.get(&format!("/members/{}/mentors", w.bina)).await;
    let r = asha.post(&format!("/members/{}/mentors", w.bina), &[("op", "assign"), ("account", &w.facilitator.to_string())]).await;
    assert_eq!(r.status, 303);
    record(&mut asha, w.bina, "case_support").await;
    record(&mut asha, w.bina, "federation_contact").await;
    record(&mut asha, w.bina, "mentoring").await;
    let mut facilitator = app.signed_in("facilitator").await;

    // Recorded on the leader's word alone: nothing opens.
    let her_page = format!("/members/{}", w.bina);
    let page = asha.get(&her_page).await;
    assert!(!page.body.contains(BINA_PHONE) && !page.body.contains(NOTES), "the leader sees no phone or notes yet");
    assert_eq!(asha.get(&format!("/members/{}/cases", w.bina)).await.status, 404, "nor her cases");
    let contacts = analyst.get("/federation/contacts").await;
    assert!(!contacts.body.contains(BINA_NAME) && !contacts.body.contains(BINA_PHONE), "the analyst sees neither name nor phone");
    let mentor_view = facilitator.get(&her_page).await;
    assert!(!mentor_view.body.contains(BINA_NAME) && !mentor_view.body.contains(BINA_PHONE), "nor the mentor the leader assigned");
    assert!(app.store().consents(w.bina).await.expect("read").purposes().is_empty());
    assert!(asha.get(&format!("/members/{}/consents", w.bina)).await.body.contains("Waiting for her answer"));

    // She is told, and sees who recorded what and when.
    let mut bina = app.signed_in("bina").await;
    let home = bina.get("/").await;
    assert!(home.body.contains("id=\"consent-notice\""), "{}", home.body);
    assert!(home.body.contains("Someone recorded 3 choices for you"), "{}", home.body);
    let mine = bina.get("/profile/consents").await;
    assert!(mine.body.contains("id=\"consents-pending\""));
    for text in ["Help with my cases, by word of mouth. Recorded by asha", "Witness: Parvati Halder", "Yes, I agreed to this", "No, I did not agree"]
    {
        assert!(mine.body.contains(text), "{text} missing from {}", mine.body);
    }
    assert!(mine.body.contains(" pm") || mine.body.contains(" am"), "when it was recorded");
    assert!(!bina.get("/").await.body.contains("id=\"consent-notice\""), "told once she has seen them");

    // She confirms case support: then, and only then, the leader sees her phone and notes.
    let case_support = pending(&app, w.bina, Purpose::CaseSupport).await;
    let r = bina.post("/profile/consents/pending", &[("id", &case_support), ("decision", "confirm")]).await;
    assert_eq!((r.status.as_u16(), r.location()), (303, Some("/profile/consents")));
    let page = asha.get(&her_page).await;
    assert!(page.body.contains(BINA_PHONE) && page.body.contains(NOTES), "confirmed: {}", page.body);
    assert_eq!(asha.get(&format!("/members/{}/cases", w.bina)).await.status, 200);

    // She refuses federation contact: the analyst still sees nothing, and it cannot be confirmed later.
    let contact = pending(&app, w.bina, Purpose::FederationContact).await;
    let r = bina.post("/profile/consents/pending", &[("id", &contact), ("decision", "refuse")]).await;
    assert_eq!(r.status, 303);
    let contacts = analyst.get("/federation/contacts").await;
    assert!(!contacts.body.contains(BINA_NAME) && !contacts.body.contains(BINA_PHONE));
    assert_eq!(bina.post("/profile/consents/pending", &[("id", &contact), ("decision", "confirm")]).await.status, 404);
    assert!(bina.get("/profile/consents").await.body.contains("Refused by you"));
    assert_eq!(app.store().consents(w.bina).await.expect("read").purposes(), [Purpose::CaseSupport]);

    // Only she answers: the leader cannot confirm her own record through the member's form.
    record(&mut asha, w.bina, "media").await;
    let media = pending(&app, w.bina, Purpose::Media).await;
    assert_eq!(asha.post("/profile/consents/pending", &[("id", &media), ("decision", "confirm")]).await.status, 404, "not hers to answer");
    let r = asha.post(&format!("/members/{}/consents/confirm", w.bina), &[("id", &media), ("witness", "Rina")]).await;
    assert_eq!(r.status, 422, "she has an account: she confirms it herself");
    assert!(!app.store().consents(w.bina).await.expect("read").allows(Purpose::Media));
    // Withdrawal stays immediate.
    bina.get("/profile/consents").await;
    bina.post("/profile/consents", &[("purpose", "case_support"), ("decision", "withdraw")]).await;
    assert!(!asha.get(&her_page).await.body.contains(BINA_PHONE));
}

pub async fn a_second_office_holder_confirms_for_a_member_without_an_account(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let grant = RoleGrant { role: Role::Leader, collective: Some(w.utthan), partner: None };
    account(app.store(), "secretary", None, Some(grant)).await;
    let mut asha = app.signed_in("asha").await;
    let mut secretary = app.signed_in("secretary").await;
    record(&mut asha, w.dipa, "case_support").await;
    let id = pending(&app, w.dipa, Purpose::CaseSupport).await;
    let path = format!("/members/{}/consents", w.dipa);

    // The one who recorded it cannot also confirm it.
    let own = asha.get(&path).await;
    assert!(own.body.contains("Another office holder of the collective, not the one who recorded it"), "{}", own.body);
    assert!(!own.body.contains(&format!("id=\"consent-pending-{id}-second\"")));
    let r = asha.post(&format!("{path}/confirm"), &[("id", &id), ("witness", "Rina")]).await;
    assert_eq!(r.status, 422);
    assert!(app.store().consents(w.dipa).await.expect("read").purposes().is_empty(), "nothing written on refusal");
    assert!(!asha.get(&format!("/members/{}", w.dipa)).await.body.contains(NOTES));

    // A second office holder confirms it with her, naming a witness.
    let form = secretary.get(&path).await;
    assert!(form.body.contains(&format!("id=\"consent-pending-{id}-second\"")), "{}", form.body);
    assert_eq!(secretary.post(&format!("{path}/confirm"), &[("id", &id), ("witness", " ")]).await.status, 422);
    let r = secretary.post(&format!("{path}/confirm"), &[("id", &id), ("witness", "Mamata Bag")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(asha.get(&format!("/members/{}", w.dipa)).await.body.contains(NOTES), "confirmed: the leader sees her notes");
    let records = secretary.get(&path).await;
    assert!(records.body.contains("Confirmed by secretary") && records.body.contains("Witness: Mamata Bag"), "{}", records.body);
    let audit = app.store().audit_about_member(w.dipa).await.expect("audit");
    assert!(audit.iter().all(|r| !r.detail.as_deref().unwrap_or("").contains("Mamata")), "the witness is not in the audit log");
    // A member cannot use the office holders' form, for herself or anyone.
    let mut bina = app.signed_in("bina").await;
    assert!(bina.post(&format!("/members/{}/consents/confirm", w.bina), &[("id", &id), ("witness", "x")]).await.status.as_u16() >= 403);
}
