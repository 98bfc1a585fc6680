//! Consent decided by the member: for each purpose, a read that needs it is refused before
//! she agrees, allowed after, refused again after she stops it — and every one of those
//! decisions is in the audit log. A leader records an agreement given on paper; she sees it
//! and stops it.

use crate::app::{App, Browser};
use crate::world::{World, BINA_NAME};
use dhruva_core::MemberId;
use dhruva_store::audit::AuditRow;
use dhruva_store::testing::TestDb;

const BINA_PHONE: &str = "9830054321";

/// Audit rows about her written since `seq`, as (action, purpose, detail).
async fn decisions_since(app: &App, member: MemberId, seq: i64) -> Vec<(String, Option<String>, Option<String>)> {
    let rows: Vec<AuditRow> = app.store().audit_about_member(member).await.expect("audit");
    rows.into_iter().filter(|r| r.seq > seq).map(|r| (r.action, r.purpose, r.detail)).collect()
}

/// How many times her page says `action` was refused her for `purpose`: list pages count
/// a repeat within a day instead of chaining it.
async fn refused_count(app: &App, member: MemberId, action: &str, purpose: &str) -> i64 {
    let page = app.store().access_refusals(member, 0, 500).await.expect("refusals");
    page.lines.iter().filter(|l| l.action == action && l.purpose.as_deref() == Some(purpose)).map(|l| l.count).sum()
}

async fn head(app: &App) -> i64 {
    app.store().audit_recent(1).await.expect("audit").first().map_or(0, |r| r.seq)
}

/// She taps "agree" or "stop" on her own page.
async fn choose(bina: &mut Browser, purpose: &str, decision: &str) {
    bina.get("/profile/consents").await;
    let r = bina.post("/profile/consents", &[("purpose", purpose), ("decision", decision)]).await;
    assert_eq!(r.status, 303, "{purpose} {decision}");
    assert_eq!(r.location(), Some(format!("/profile/consents#consent-{purpose}").as_str()));
}

/// One purpose's round: the read `shows` her data or not, and the audit log holds the
/// decision each time: `denied` (with the action refused) or `allowed` (the read, with the
/// purpose).
struct Round<'a> {
    purpose: &'a str,
    reader: &'a str,
    path: String,
    /// What the page shows only when she agreed.
    shows: &'a str,
    refused_action: &'a str,
    read_action: &'a str,
}

async fn round(app: &App, w: &World, bina: &mut Browser, r: Round<'_>) {
    let mut reader = app.signed_in(r.reader).await;
    for (step, decision, expect_shown) in
        [("before", None, false), ("after the grant", Some("grant"), true), ("after withdrawal", Some("withdraw"), false)]
    {
        if let Some(decision) = decision {
            choose(bina, r.purpose, decision).await;
        }
        let seq = head(app).await;
        let counted = refused_count(app, w.bina, r.refused_action, r.purpose).await;
        let page = reader.get(&r.path).await;
        assert_eq!(page.status, 200, "{} {step}: {}", r.path, page.body);
        assert_eq!(page.body.contains(r.shows), expect_shown, "{}: {} {step}", r.purpose, r.path);
        let decisions = decisions_since(app, w.bina, seq).await;
        let purpose = Some(r.purpose.to_owned());
        let wanted = if expect_shown {
            (r.read_action.to_owned(), purpose, None)
        } else {
            ("access_denied".to_owned(), purpose, Some(format!("action={}", r.refused_action)))
        };
        let found = decisions.iter().any(|(a, p, d)| *a == wanted.0 && *p == wanted.1 && (wanted.2.is_none() || *d == wanted.2))
            || !expect_shown && refused_count(app, w.bina, r.refused_action, r.purpose).await > counted;
        assert!(found, "{} {step}: {wanted:?} not among {decisions:?}", r.purpose);
    }
}

pub async fn each_purpose_is_refused_before_her_grant_allowed_after_and_refused_after_withdrawal(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut bina = app.signed_in("bina").await;
    // Her leader makes Sanjog's facilitator her mentor; mentoring still waits for her.
    let mut asha = app.signed_in("asha").await;
    asha.get(&format!("/members/{}/mentors", w.bina)).await;
    let r = asha.post(&format!("/members/{}/mentors", w.bina), &[("op", "assign"), ("account", &w.facilitator.to_string())]).await;
    assert_eq!(r.status, 303);
    let member_page = format!("/members/{}", w.bina);
    let rounds = [
        Round {
            purpose: "case_support",
            reader: "asha",
            path: member_page.clone(),
            shows: BINA_PHONE,
            refused_action: "view_member_personal",
            read_action: "view_member_personal",
        },
        Round {
            purpose: "mentoring",
            reader: "facilitator",
            path: member_page.clone(),
            shows: BINA_NAME,
            refused_action: "view_member_name",
            read_action: "view_member_personal",
        },
        // Alone she would stand out, so her record is read for the file and left out of it.
        Round {
            purpose: "research",
            reader: "analyst",
            path: "/federation/research.json".into(),
            shows: "\"withheld\": 1",
            refused_action: "include_in_research",
            read_action: "include_in_research",
        },
        Round {
            purpose: "media",
            reader: "analyst",
            path: "/federation/media".into(),
            shows: BINA_NAME,
            refused_action: "use_in_media",
            read_action: "view_member_name",
        },
        Round {
            purpose: "federation_contact",
            reader: "analyst",
            path: "/federation/contacts".into(),
            shows: BINA_PHONE,
            refused_action: "contact_member",
            read_action: "contact_member",
        },
    ];
    assert_eq!(rounds.len(), dhruva_core::consent::Purpose::ALL.len(), "every purpose gates a read");
    for r in rounds {
        round(&app, &w, &mut bina, r).await;
    }
    // The research file never names her, by name, phone or code.
    let mut analyst = app.signed_in("analyst").await;
    choose(&mut bina, "research", "grant").await;
    let file = analyst.get("/federation/research.json").await;
    assert_eq!(file.header("content-type"), Some("application/json"));
    for secret in [BINA_NAME, BINA_PHONE, w.bina_code.as_str(), w.asha_code.as_str()] {
        assert!(!file.body.contains(secret), "the research file holds {secret}");
    }
    let json = file.json();
    assert_eq!(json["members"].as_array().map(Vec::len), Some(0), "one member cannot be published: she would be the only row");
    assert_eq!(json["withheld"], 1);
    assert_eq!(json["k"], 5);
    assert!(analyst.get("/federation/research").await.body.contains("One member agreed"));
    // Only the analyst sees federation-wide lists; a leader sees her collective's media list.
    assert_eq!(app.signed_in("asha").await.get("/federation/contacts").await.status, 404);
    assert_eq!(app.signed_in("bina").await.get("/federation/media").await.status, 404);
}

pub async fn who_saw_my_data_shows_others_reads_and_not_her_own(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut bina = app.signed_in("bina").await;
    let empty = bina.get("/profile/access-log").await;
    assert_eq!(empty.status, 200);
    assert!(empty.body.contains("id=\"access-log-empty\""), "her own visits are not listed");

    let mut asha = app.signed_in("asha").await;
    asha.get(&format!("/members/{}", w.bina)).await;
    bina.get("/profile").await;
    let log = bina.get("/profile/access-log").await;
    assert!(log.body.contains("id=\"access-log\""), "{}", log.body);
    let reads = &log.body[log.body.find("id=\"access-log\"").expect("the list")..];
    let reads = &reads[..reads.find("</ul>").expect("end of list")];
    assert_eq!(reads.matches("<li>").count(), 1, "one read by someone else: {reads}");
    for text in ["Your name", "leader asha", "Why: leader of your collective", "via the website"] {
        assert!(reads.contains(text), "{text} missing from {reads}");
    }
    assert!(reads.contains(" pm") || reads.contains(" am"), "a time on a 12-hour clock: {reads}");
    // The case-support refusal is there too, and no other member's personal name is.
    assert!(log.body.contains("id=\"access-refused\""), "the leader was refused her phone");
    assert!(log.body.contains("You had not agreed to: Help with my cases"));
    assert!(!log.body.contains("Asha Mondal"));
    // It is hers alone.
    let own = asha.get("/profile/access-log").await;
    assert!(own.status == 200 && own.body.contains("id=\"access-log-empty\""), "Asha, a member too, sees only her own log");
    assert_eq!(app.signed_in("facilitator").await.get("/profile/access-log").await.status, 404);
}

pub async fn a_leader_records_a_paper_consent_and_the_member_sees_and_withdraws_it(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut asha = app.signed_in("asha").await;
    let path = format!("/members/{}/consents", w.bina);
    let form = asha.get(&path).await;
    assert!(form.body.contains("id=\"record-consent\""));
    let missing = asha.post(&path, &[("purpose", "media"), ("method", "paper"), ("witness", " ")]).await;
    assert_eq!(missing.status, 422);
    assert!(missing.body.contains("Please write the name of the witness."));
    let r = asha.post(&path, &[("purpose", "media"), ("method", "paper"), ("witness", "Parvati Halder")]).await;
    assert_eq!(r.status, 303);
    assert!(!app.store().consents(w.bina).await.expect("read").allows(dhruva_core::consent::Purpose::Media), "it waits for her");
    assert_eq!(asha.post(&path, &[("purpose", "media"), ("method", "in_app"), ("witness", "x")]).await.status, 400, "only she agrees in the app");

    let mut bina = app.signed_in("bina").await;
    let id = app.store().consent_history(w.bina).await.expect("history")[0].id.to_string();
    bina.get("/profile/consents").await;
    assert_eq!(bina.post("/profile/consents/pending", &[("id", &id), ("decision", "confirm")]).await.status, 303, "she confirms it");
    assert!(app.store().consents(w.bina).await.expect("read").allows(dhruva_core::consent::Purpose::Media));
    let mine = bina.get("/profile/consents").await;
    for text in ["Media and campaigns: yes, on paper. Recorded by asha", "Witness: Parvati Halder", "id=\"consent-media-withdraw\""] {
        assert!(mine.body.contains(text), "{text} missing from {}", mine.body);
    }
    choose(&mut bina, "media", "withdraw").await;
    assert!(!app.store().consents(w.bina).await.expect("read").allows(dhruva_core::consent::Purpose::Media));
    let after = bina.get("/profile/consents").await;
    assert!(after.body.contains("Stopped by you"), "{}", after.body);
    assert!(asha.get(&path).await.body.contains("Stopped by bina"));
    // Neither the witness nor anything personal went into the audit log.
    let rows = app.store().audit_about_member(w.bina).await.expect("audit");
    assert!(rows.iter().all(|r| !r.detail.as_deref().unwrap_or("").contains("Parvati")));
    // Another collective's leader cannot see her choices at all.
    assert_eq!(app.signed_in("saans-leader").await.get(&path).await.status, 404);
}

pub async fn a_minor_keeps_only_her_name_until_a_leader_records_her_guardians_consent(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut asha = app.signed_in("asha").await;
    let guardian = format!("/members/{}/guardian", w.dipa);
    asha.get(&guardian).await;
    assert_eq!(asha.post(&format!("{guardian}/minor"), &[("under_18", "yes")]).await.status, 303);
    let status = asha.get(&guardian).await;
    assert!(status.body.contains("only her name and code are kept"), "{}", status.body);
    let refused =
        asha.post(&format!("/members/{}/consents", w.dipa), &[("purpose", "case_support"), ("method", "verbal"), ("witness", "Rina")]).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("Record her guardian&#39;s agreement first"), "{}", refused.body);
    assert!(app.store().consents(w.dipa).await.expect("read").purposes().is_empty());

    asha.get(&guardian).await;
    let r = asha.post(&guardian, &[("name", "Sabita Halder"), ("relation", "mother"), ("verification", "identity_document")]).await;
    assert_eq!(r.status, 303);
    let page = asha.get(&guardian).await;
    assert!(page.body.contains("Sabita Halder (mother), checked by an identity document. Recorded by asha"), "{}", page.body);
    asha.get(&format!("/members/{}/consents", w.dipa)).await;
    let ok = asha.post(&format!("/members/{}/consents", w.dipa), &[("purpose", "case_support"), ("method", "verbal"), ("witness", "Rina")]).await;
    assert_eq!(ok.status, 303);
    // Only a leader records a guardian's consent; the API refuses a minor's details too.
    assert_eq!(app.signed_in("bina").await.get(&format!("/members/{}/guardian", w.bina)).await.status, 403);
    let token = app.store().create_api_token(&dhruva_store::Accessor::cli(), w.leader, "tests").await.expect("token");
    let api = crate::app::Api::new(&app, Some(token.expose()));
    let body = serde_json::json!({ "name": "Mou Sardar", "phone": "9830011111", "under_18": true });
    let r = api.post(&format!("/api/v1/collectives/{}/members", w.utthan), &body).await;
    assert_eq!((r.status.as_u16(), r.json()["error"].as_str()), (422, Some("guardian_consent_needed")), "{}", r.body);
    let r = api.post(&format!("/api/v1/collectives/{}/members", w.utthan), &serde_json::json!({ "name": "Mou Sardar", "under_18": true })).await;
    assert_eq!(r.status, 201, "{}", r.body);
}

pub async fn the_privacy_notice_is_public_and_complete_in_bengali(db: TestDb) {
    let app = App::start(db).await;
    let mut b = app.browser();
    let login = b.get("/login").await;
    assert!(login.body.contains("href=\"/privacy\""), "linked from the login page");
    let en = b.get("/privacy").await;
    assert_eq!(en.status, 200);
    for path in ["/profile/consents", "/profile/access-log", "/profile/data", "/profile/requests", "/profile/grievances", "/profile/erase"] {
        assert!(en.body.contains(&format!("href=\"{path}\"")), "no link to {path}");
    }
    b.post("/language", &[("lang", "bn"), ("back", "/privacy")]).await;
    let bn = b.get("/privacy").await;
    assert!(bn.body.contains("<html lang=\"bn\">"));
    for text in ["গোপনীয়তা বিজ্ঞপ্তি", "ধ্রুব আপনার সম্পর্কে কী রাখে", "আপনার অধিকার", "তালাবন্ধ (এনক্রিপ্ট)"]
    {
        assert!(bn.body.contains(text), "{text} missing");
    }
    let main = &bn.body[bn.body.find("<main>").expect("main")..bn.body.find("</main>").expect("end")];
    let latin_words = main
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() > 3)
        .filter(|w| {
            !["href", "class", "cards", "privacy", "rights", "profile", "consents", "access", "data", "requests", "grievances", "erase"].contains(w)
        })
        .count();
    assert!(latin_words <= 3, "English left in the Bengali notice: {main}");
}
