//! Importing a paper register of members through the pages and the API: upload → a preview
//! naming every bad row by its number and problem in her language, nothing written → the
//! corrected file → "import all N" → done; a leader of another collective gets the same 404
//! as a missing collective; a forged form is refused; empty, non-sheet and too-big uploads are
//! answered 4xx with a message and nothing written.

use crate::app::{Api, App, Browser};
use crate::world::{World, PASSWORD};
use dhruva_core::CollectiveId;
use dhruva_store::members::import::sample;
use dhruva_store::testing::TestDb;
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, COOKIE};

/// Posts a file the way a browser's file upload does, with `token` as the form's CSRF field.
async fn upload(app: &App, b: &Browser, path: &str, token: &str, file: &[u8]) -> (u16, String) {
    let boundary = "----dhruvamemberimport";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{token}\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"register.csv\"\r\nContent-Type: text/csv\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let cookies = b.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
    let r = reqwest::Client::new()
        .post(format!("{}{path}", app.base))
        .header(CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
        .header(COOKIE, cookies)
        .body(body)
        .send()
        .await
        .expect("upload");
    (r.status().as_u16(), r.text().await.expect("body"))
}

fn hidden(body: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let at = body.find(&marker).unwrap_or_else(|| panic!("no {name} field: {body}")) + marker.len();
    body[at..at + body[at..].find('"').expect("closing quote")].to_owned()
}

async fn members_in(app: &App, c: CollectiveId) -> usize {
    app.store().members_of_collective(c, time::OffsetDateTime::now_utc().date()).await.expect("members").len()
}

pub async fn a_register_is_checked_naming_its_bad_rows_then_imported_whole_through_the_pages(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let before = members_in(&app, w.utthan).await;
    let mut asha = Browser::new(&app.base);
    assert_eq!(asha.login("asha", PASSWORD).await.status, 303);
    let collective = asha.get(&format!("/collectives/{}", w.utthan.0)).await;
    assert!(collective.body.contains("id=\"member-import-link\""), "her collective's page offers the import");
    let path = format!("/collectives/{}/members/import", w.utthan.0);
    let form = asha.get(&path).await;
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(form.raw_len < 30 * 1024, "a light page: {} bytes", form.raw_len);
    for column in ["name", "phone", "birth_year", "languages", "joined_on", "office"] {
        assert!(form.body.contains(&format!("<code>{column}</code>")), "the column {column} is explained");
    }
    let token = form.csrf().expect("a token");

    // Two bad rows among twenty: rows 5 (a short number) and 12 (a girl of 14).
    let bad = sample::csv(
        7,
        20,
        &[(3, ["Short Number", "98300", "1990", "bn", "2024-01-01", ""]), (10, ["Young Girl", "", "2011", "bn", "2024-01-01", ""])],
    );
    let (status, page) = upload(&app, &asha, &path, &token, bad.as_bytes()).await;
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("Nothing was saved: 2 rows need fixing (18 rows are good)"), "{page}");
    assert!(page.contains("<li data-row=\"5\"><strong>Row 5</strong> · Mobile number: Not a 10-digit mobile number.</li>"), "{page}");
    assert!(page.contains("<li data-row=\"12\"><strong>Row 12</strong> · Year of birth: She is under 18"), "{page}");
    assert!(!page.contains("98300<") && !page.contains("Young Girl") && !page.contains("Short Number"), "no cell is quoted back");
    assert!(!page.contains("id=\"import-confirm\""), "nothing to import while rows are bad");
    assert_eq!(members_in(&app, w.utthan).await, before, "nothing written");

    // The corrected file: a preview with the count and one button.
    let good = sample::csv(7, 20, &[]);
    let (status, preview) = upload(&app, &asha, &path, &token, good.as_bytes()).await;
    assert_eq!(status, 200, "{preview}");
    assert!(preview.contains("The file is good: 20 members are ready to import."), "{preview}");
    assert!(preview.contains("Import all 20 members"), "{preview}");
    assert_eq!(members_in(&app, w.utthan).await, before, "a preview writes nothing");
    let held = hidden(&preview, "token");
    let csrf = hidden(&preview, "csrf");

    // Without its CSRF token the import is refused and writes nothing.
    let forged = asha.post_raw(&format!("{path}/confirm"), &[("token", &held)], &[]).await;
    assert_eq!(forged.status, 403);
    assert_eq!(members_in(&app, w.utthan).await, before);

    let done = asha.post_raw(&format!("{path}/confirm"), &[("csrf", &csrf), ("token", &held)], &[]).await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains("20 members were added to the collective."), "{}", done.body);
    assert_eq!(members_in(&app, w.utthan).await, before + 20);
    let again = asha.post_raw(&format!("{path}/confirm"), &[("csrf", &csrf), ("token", &held)], &[]).await;
    assert_eq!(again.status, 422, "a held file is used once");

    // The same file again: every row a duplicate, nothing doubled.
    let (status, twice) = upload(&app, &asha, &path, &token, good.as_bytes()).await;
    assert_eq!(status, 422);
    assert!(twice.contains("Nothing was saved: 20 rows need fixing (0 rows are good)"), "{twice}");
    assert!(twice.contains("This mobile number is already registered in Dhruva"), "{twice}");
    assert!(twice.contains("A member with this name and year of birth was already imported"), "{twice}");
    assert_eq!(members_in(&app, w.utthan).await, before + 20);
}

pub async fn the_preview_speaks_her_language(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut asha = Browser::new(&app.base);
    assert_eq!(asha.login("asha", PASSWORD).await.status, 303);
    let path = format!("/collectives/{}/members/import", w.utthan.0);
    asha.get(&path).await;
    asha.post("/language", &[("lang", "bn"), ("back", &path)]).await;
    let bn = asha.get(&path).await;
    assert!(bn.body.contains("সদস্যদের রেজিস্টার আমদানি করুন"), "{}", bn.body);
    let token = bn.csrf().expect("a token");
    let csv = "নাম,ফোন,যোগদানের তারিখ\nরূপা,98300,15/01/2024\n";
    let (status, page) = upload(&app, &asha, &path, &token, csv.as_bytes()).await;
    assert_eq!(status, 422, "{page}");
    assert!(
        page.contains("<strong>সারি 2</strong> · মোবাইল নম্বর: 10 অঙ্কের মোবাইল নম্বর নয়।"),
        "Bengali header words read, the problem in Bengali: {page}"
    );
    // Languages by their names, as any of the four languages writes them.
    let csv = "নাম,ফোন,যোগদানের তারিখ,ভাষা\nরূপা,9830099999,15/01/2024,বাংলা;हिन्दी\n";
    let (status, page) = upload(&app, &asha, &path, &token, csv.as_bytes()).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("ফাইলটি ঠিক আছে: 1 জন সদস্য আমদানির জন্য তৈরি।"), "{page}");
}

pub async fn others_are_refused_and_bad_uploads_are_answered_with_a_message_writing_nothing(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let before = members_in(&app, w.utthan).await;
    let path = format!("/collectives/{}/members/import", w.utthan.0);
    let good = sample::csv(8, 5, &[]);

    // A leader of another collective: the same answer as a collective that does not exist.
    let mut saans = Browser::new(&app.base);
    assert_eq!(saans.login("saans-leader", PASSWORD).await.status, 303);
    let missing = saans.get("/collectives/999999/members/import").await;
    let other = saans.get(&path).await;
    assert_eq!(other.status, missing.status, "not hers and not there look alike");
    assert_eq!(other.status, 404);
    let token = saans.get(&format!("/collectives/{}/members/import", w.saans.0)).await.csrf().expect("her own collective's page");
    let (status, _) = upload(&app, &saans, &path, &token, good.as_bytes()).await;
    assert_eq!(status, 404);
    let collective = saans.get(&format!("/collectives/{}", w.utthan.0)).await;
    assert!(!collective.body.contains("member-import-link"), "no link where she may not import");
    // A member does not import registers.
    let mut bina = Browser::new(&app.base);
    assert_eq!(bina.login("bina", PASSWORD).await.status, 303);
    assert!(matches!(bina.get(&path).await.status.as_u16(), 403 | 404));

    let mut asha = Browser::new(&app.base);
    assert_eq!(asha.login("asha", PASSWORD).await.status, 303);
    let token = asha.get(&path).await.csrf().expect("a token");
    // A forged upload (no valid token) is refused before it is read.
    let (status, _) = upload(&app, &asha, &path, "forged-token", good.as_bytes()).await;
    assert_eq!(status, 403);
    for (what, file, message) in [
        ("empty", Vec::new(), "The file is empty, or has no rows under its header."),
        ("a picture", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR and more".to_vec(), "The file is neither CSV nor Excel (XLSX)."),
        ("a header only", b"name,joined_on\n".to_vec(), "The file is empty, or has no rows under its header."),
        ("another sheet", b"member_code,kind\nM-1,legal\n".to_vec(), "This column is missing from the header row."),
    ] {
        let (status, page) = upload(&app, &asha, &path, &token, &file).await;
        assert_eq!(status, 422, "{what}: {page}");
        assert!(page.contains(message), "{what}: {page}");
        assert!(page.contains("id=\"import-form\""), "{what}: she can upload again from the same page");
    }
    let too_big = "x".repeat(4 * 1024 * 1024 + 1);
    let (status, _) = upload(&app, &asha, &path, &token, too_big.as_bytes()).await;
    assert_eq!(status, 413, "a file past the import's limit is refused before it is read");
    assert_eq!(members_in(&app, w.utthan).await, before, "nothing written by any of them");
}

async fn api_import(app: &App, token: &str, collective: CollectiveId, dry_run: bool, content_type: &str, body: Vec<u8>) -> (u16, serde_json::Value) {
    let r = reqwest::Client::new()
        .post(format!("{}/api/v1/collectives/{}/members/import?dry_run={dry_run}", app.base, collective.0))
        .header(AUTHORIZATION, format!("Bearer {token}"))
        .header(CONTENT_TYPE, content_type)
        .body(body)
        .send()
        .await
        .expect("API call");
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(serde_json::Value::Null))
}

pub async fn the_api_checks_and_imports_a_register_with_the_pages_rules(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let before = members_in(&app, w.utthan).await;
    let token = app.store().create_api_token(&dhruva_store::Accessor::cli(), w.leader, "tests").await.expect("token").expose().clone();
    // 2,000 rows: far past the API's 64 KB for JSON, within the import's own limit.
    let csv = sample::csv(9, 2_000, &[]).into_bytes();
    assert!(csv.len() > 64 * 1024);
    let (status, preview) = api_import(&app, &token, w.utthan, true, "text/csv", csv.clone()).await;
    assert_eq!(status, 200, "{preview}");
    assert_eq!((preview["outcome"].as_str(), preview["good"].as_u64()), (Some("preview"), Some(2_000)));
    assert_eq!(members_in(&app, w.utthan).await, before);
    let (status, done) = api_import(&app, &token, w.utthan, false, "text/csv", csv.clone()).await;
    assert_eq!(status, 201, "{done}");
    assert_eq!(done["imported"].as_u64(), Some(2_000));
    assert_eq!(members_in(&app, w.utthan).await, before + 2_000);
    let (status, again) = api_import(&app, &token, w.utthan, false, "text/csv", csv).await;
    assert_eq!(status, 422);
    assert_eq!(again["errors"].as_array().map(Vec::len), Some(2_000));
    assert_eq!(again["errors"][0]["problem"], "phone-registered");
    assert_eq!(members_in(&app, w.utthan).await, before + 2_000);
    // A workbook, told by its bytes whatever it is declared as.
    let (status, book) = api_import(&app, &token, w.utthan, true, "application/octet-stream", sample::xlsx(10, 12)).await;
    assert_eq!((status, book["good"].as_u64()), (200, Some(12)), "{book}");
    // Another collective's leader: 404, nothing said about the file.
    let saans = app.store().account_by_username("saans-leader").await.expect("read").expect("there");
    let other = app.store().create_api_token(&dhruva_store::Accessor::cli(), saans.id, "tests").await.expect("token").expose().clone();
    let (status, _) = api_import(&app, &other, w.utthan, true, "text/csv", sample::csv(11, 3, &[]).into_bytes()).await;
    assert_eq!(status, 404);
    // Bad bodies: 4xx, nothing written.
    let (status, empty) = api_import(&app, &token, w.utthan, false, "text/csv", Vec::new()).await;
    assert_eq!(status, 400, "{empty}");
    let (status, picture) = api_import(&app, &token, w.utthan, false, "text/csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()).await;
    assert_eq!((status, picture["errors"][0]["problem"].as_str()), (422, Some("not-a-spreadsheet")), "{picture}");
    let (status, _) = api_import(&app, &token, w.utthan, false, "text/csv", vec![b'x'; 4 * 1024 * 1024 + 1]).await;
    assert_eq!(status, 413, "past the import's own limit");
    assert_eq!(members_in(&app, w.utthan).await, before + 2_000);
    // No token: 401.
    let r = Api::new(&app, None).post(&format!("/api/v1/collectives/{}/members/import", w.utthan.0), &serde_json::json!({})).await;
    assert_eq!(r.status, 401);
    // In the one OpenAPI document.
    let doc = Api::new(&app, None).get("/api/v1/openapi.json").await.json();
    assert!(doc["paths"]["/api/v1/collectives/{id}/members/import"]["post"].is_object(), "documented");
}
