//! Who reaches her cases: she does; a leader of her collective only with her case-support
//! consent (and then every read is in her access log); nobody else, by any address — a case
//! id or an attachment's token is useless to anyone else. Files are checked before anything
//! is written.

use crate::app::App;
use crate::cases_world::{jpeg, open_through_pages, post_multipart, seed_case_with_letter, timeline_entries, tokens};
use crate::world::World;
use dhruva_core::consent::Purpose;
use dhruva_store::testing::TestDb;
use dhruva_store::Accessor;

pub async fn without_her_consent_nobody_else_reaches_her_cases_a_case_or_a_file(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let (case, token) = seed_case_with_letter(app.store(), &w).await;

    // She sees her file, served so that no browser treats it as a page.
    let mut bina = app.signed_in("bina").await;
    let page = bina.get(&format!("/cases/{case}")).await;
    assert!(tokens(&page).contains(&token), "{}", page.body);
    assert!(page.body.contains("class=\"attachment\"") && page.body.contains("class=\"attachment-thumb\""), "{}", page.body);
    assert!(!page.body.contains("bina-application"), "her file's name is not shown");
    let file = bina.get(&format!("/attachments/{token}")).await;
    assert_eq!(file.status, 200);
    assert_eq!(file.header("content-type"), Some("image/jpeg"));
    assert_eq!(file.header("cache-control"), Some("no-store"));
    assert_eq!(file.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(file.header("content-security-policy"), Some("sandbox"));
    let disposition = file.header("content-disposition").unwrap_or_default();
    assert_eq!(disposition, "inline; filename=\"attachment.jpg\"", "a generic name, never hers");
    assert_eq!(file.raw_len, 2048);

    // Her leader, without her consent: exactly as if nothing were there.
    let mut leader = app.signed_in("asha").await;
    let member_page = leader.get(&format!("/members/{}", w.bina)).await;
    assert!(!member_page.body.contains(&format!("/members/{}/cases", w.bina)), "no link to cases she may not open");
    let paths = [
        format!("/members/{}/cases", w.bina),
        format!("/members/{}/cases/new?kind=legal", w.bina),
        format!("/cases/{case}"),
        format!("/cases/{case}/edit"),
        format!("/cases/{case}/letters"),
        format!("/attachments/{token}"),
    ];
    let missing = leader.get("/cases/987654").await;
    assert_eq!(missing.status, 404);
    for path in &paths {
        let r = leader.get(path).await;
        assert_eq!(r.status, 404, "leader {path}");
        assert!(r.body.contains("We could not find this page."), "leader {path} looks like a missing page");
    }
    leader.get(&format!("/members/{}", w.bina)).await;
    let write = leader.post(&format!("/cases/{case}/state"), &[("from", "drafted"), ("to", "filed"), ("on", "2026-01-12")]).await;
    assert_eq!(write.status, 404);
    // Her refusal is in her access log: her consent decided it.
    let log = app.store().access_log(w.bina, 100).await.expect("log");
    assert!(log.iter().any(|r| r.account == Some(w.leader) && r.purpose.as_deref() == Some("case_support")), "the refused attempt is logged");

    // Another member, a facilitator, the analyst and the admin: nothing, even with the token.
    for user in ["chitra", "facilitator", "analyst", "admin", "saans-leader"] {
        let mut b = app.signed_in(user).await;
        for path in [format!("/cases/{case}"), format!("/attachments/{token}"), format!("/members/{}/cases", w.bina)] {
            assert_eq!(b.get(&path).await.status, 404, "{user} {path}");
        }
    }
    // Signed out: not even "please sign in".
    let mut anonymous = app.browser();
    assert_eq!(anonymous.get(&format!("/attachments/{token}")).await.status, 404);
    assert_eq!(bina.get(&format!("/attachments/{}", "0".repeat(32))).await.status, 404, "a made-up token");
    assert_eq!(bina.get("/attachments/not-a-token").await.status, 404);
}

pub async fn with_her_consent_a_leader_records_a_letter_with_a_photo_on_her_cases_and_she_sees_it(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    app.store().grant_consent(&Accessor::cli(), w.bina, Purpose::CaseSupport, "paper").await.expect("consent");
    crate::scorecards_rounds::institutions(app.store()).await;

    let mut leader = app.signed_in("asha").await;
    let member_page = leader.get(&format!("/members/{}", w.bina)).await;
    assert!(member_page.body.contains(&format!("href=\"/members/{}/cases\"", w.bina)), "{}", member_page.body);
    let base = format!("/members/{}/cases", w.bina);
    assert_eq!(leader.get(&base).await.status, 200);
    let case = open_through_pages(&mut leader, &base, "compensation", &[("item", "dlsa"), ("amount_claimed", "300000")]).await;
    let form = leader.get(&format!("/cases/{case}/letters")).await;
    assert_eq!(form.status, 200, "{}", form.body);
    for hook in [
        "<form method=\"post\" action=\"/cases/",
        "id=\"letter-form\"",
        "name=\"on\"",
        "<select id=\"direction\" name=\"direction\"",
        "<select id=\"medium\" name=\"medium\"",
        "<select id=\"institution\" name=\"institution\"",
        "name=\"authority_name\"",
        "<textarea id=\"summary\" name=\"summary\"",
        "name=\"attachment\" type=\"file\" accept=\"image/*,application/pdf\" capture=\"environment\"",
        "id=\"letter-submit\"",
        "enctype=\"multipart/form-data\"",
    ] {
        assert!(form.body.contains(hook), "{hook} in {}", form.body);
    }
    assert!(form.body.contains("Kolkata DLSA (District legal services authority)"), "registry institutions of her districts");
    let dlsa = form
        .body
        .split("<option value=\"")
        .filter_map(|o| o.split_once("\">"))
        .find(|(_, label)| label.starts_with("Kolkata DLSA"))
        .map(|(id, _)| id.to_owned())
        .expect("the DLSA");
    let csrf = form.csrf().expect("token");
    let photo = jpeg(3 * 1024 * 1024);
    let fields = [
        ("on", "2026-01-15"),
        ("direction", "sent"),
        ("medium", "application"),
        ("institution", dlsa.as_str()),
        ("authority_name", ""),
        ("summary", "Claim for compensation filed"),
    ];
    let saved =
        post_multipart(&app, &leader, &format!("/cases/{case}/letters"), Some(&csrf), &fields, &[("IMG_2026.jpg", "image/jpeg", photo.clone())])
            .await;
    assert_eq!(saved.status, 303, "{}", saved.body);

    // She sees it on her timeline, with the photo and who recorded it.
    let mut bina = app.signed_in("bina").await;
    assert!(bina.get("/cases").await.body.contains(&format!("href=\"/cases/{case}\"")));
    let page = bina.get(&format!("/cases/{case}")).await;
    assert!(page.body.contains("Claim for compensation filed") && page.body.contains("Kolkata DLSA"), "{}", page.body);
    assert!(page.body.contains("recorded by asha"), "{}", page.body);
    assert!(page.body.contains("₹3,00,000"));
    let found = tokens(&page);
    assert_eq!(found.len(), 1, "{}", page.body);
    // A 3 MB photo is a link with its size, not a thumbnail her phone would fetch whole.
    assert!(!page.body.contains("attachment-thumb"), "a big photo is not inlined: {}", page.body);
    assert!(page.body.contains("3,072 KB") || page.body.contains("3072 KB"), "its size is shown: {}", page.body);
    // Her "who saw my data" page names the leader's reading of her cases.
    let seen = bina.get("/profile/access-log").await;
    assert!(seen.body.contains("Your cases: their steps, letters and papers"), "{}", seen.body);
    let file = bina.get(&format!("/attachments/{}", found[0])).await;
    assert_eq!((file.status.as_u16(), file.raw_len), (200, photo.len()));
    // Her leader's reads are in the audit log about her, with the purpose that allowed them.
    let audit = app.store().audit_about_member(w.bina).await.expect("audit");
    let leaders: Vec<(&str, Option<&str>)> =
        audit.iter().filter(|r| r.account == Some(w.leader)).map(|r| (r.action.as_str(), r.purpose.as_deref())).collect();
    assert!(leaders.contains(&("view_cases", Some("case_support"))), "{leaders:?}");

    // Her withdrawal takes effect on the leader's next request.
    let withdrawn = app.store().withdraw_consent(&Accessor::cli(), w.bina, Purpose::CaseSupport).await;
    assert!(withdrawn.is_ok());
    assert_eq!(leader.get(&format!("/cases/{case}")).await.status, 404);
    assert_eq!(leader.get(&format!("/attachments/{}", found[0])).await.status, 404);
}

pub async fn a_file_too_big_or_of_the_wrong_type_is_refused_on_her_cases_and_nothing_is_written(db: TestDb) {
    let app = App::start(db).await;
    let _w = World::seed(app.store()).await;
    let mut bina = app.signed_in("bina").await;
    let case = open_through_pages(&mut bina, "/cases", "entitlement", &[("item", "aadhaar")]).await;
    let entries = timeline_entries(&bina.get(&format!("/cases/{case}")).await);
    let fields = [
        ("on", "2026-01-15"),
        ("direction", "received"),
        ("medium", "letter"),
        ("institution", ""),
        ("authority_name", "Block office"),
        ("summary", "Asked for an address proof"),
    ];
    let too_big = jpeg(5 * 1024 * 1024 + 1);
    let png_as_jpeg = b"\x89PNG\r\n\x1a\n0000".to_vec();
    let cases: [(&str, Vec<crate::cases_world::File>, &str); 4] = [
        ("text", vec![("notes.txt", "text/plain", b"hello".to_vec())], "Only photos (JPEG, PNG, WebP) and PDF files can be attached."),
        ("oversize", vec![("big.jpg", "image/jpeg", too_big)], "The file is too big: at most 5 MB each."),
        ("mismatch", vec![("photo.jpg", "image/jpeg", png_as_jpeg)], "The file is not what its name says."),
        ("five", (0..5).map(|_| ("p.jpg", "image/jpeg", jpeg(100))).collect(), "At most 4 files at a time."),
    ];
    for (label, files, message) in cases {
        let form = bina.get(&format!("/cases/{case}/letters")).await;
        let csrf = form.csrf().expect("token");
        let r = post_multipart(&app, &bina, &format!("/cases/{case}/letters"), Some(&csrf), &fields, &files).await;
        assert_eq!(r.status, 422, "{label}: {}", r.body);
        assert!(r.body.contains(message), "{label}: {}", r.body);
        assert!(r.body.contains("Asked for an address proof"), "{label}: her words are kept");
    }
    let after = bina.get(&format!("/cases/{case}")).await;
    assert_eq!(timeline_entries(&after), entries, "nothing was written");
    assert!(!after.body.contains("Asked for an address proof"));
}
