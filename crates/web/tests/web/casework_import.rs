//! Importing a case register: preview without writing, confirm, and a broken file refused
//! row by row with nothing written.

use crate::app::{App, Browser};
use crate::casework_world::today;
use crate::world::{World, PASSWORD};
use dhruva_core::consent::Purpose;
use dhruva_store::testing::TestDb;
use dhruva_store::Accessor;
use reqwest::header::{CONTENT_TYPE, COOKIE};

/// Posts a file the way a browser's file upload does, with the page's CSRF token.
async fn upload(app: &App, b: &Browser, path: &str, token: &str, csv: &str) -> (u16, String) {
    upload_file(app, b, path, token, ("register.csv", "text/csv"), csv.as_bytes()).await
}

/// Posts any bytes as the uploaded file, under `name` and `content_type`.
async fn upload_file(app: &App, b: &Browser, path: &str, token: &str, (name, content_type): (&str, &str), file: &[u8]) -> (u16, String) {
    let boundary = "----dhruvacaseboundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{token}\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: {content_type}\r\n\r\n"
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

async fn cases_of(app: &App, m: dhruva_core::MemberId) -> usize {
    app.store().cases_of_member(&Accessor::cli(), m, today()).await.expect("cases").len()
}

pub async fn a_register_is_previewed_without_writing_then_imported_on_confirm(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    app.store().grant_consent(&Accessor::cli(), w.bina, Purpose::CaseSupport, "paper").await.expect("consent");
    let path = format!("/collectives/{}/cases/import", w.utthan.0);
    let mut asha = Browser::new(&app.base);
    assert_eq!(asha.login("asha", PASSWORD).await.status, 303);
    let form = asha.get(&path).await;
    assert_eq!(form.status, 200, "{}", form.body);
    for column in ["member_code", "opened_on", "amount_claimed", "district_code"] {
        assert!(form.body.contains(&format!("<code>{column}</code>")), "the expected columns are shown ({column})");
    }
    let token = form.csrf().expect("a token");
    let csv = format!(
        "member_code,kind,item,state,opened_on\n{code},entitlement,ration_card,applied,2025-01-10\n{code},document_recovery,birth_certificate,applied,10/02/2025\n",
        code = w.bina_code
    );
    let (status, preview) = upload(&app, &asha, &path, &token, &csv).await;
    assert_eq!(status, 200, "{preview}");
    assert!(preview.contains("id=\"import-preview\""), "{preview}");
    assert!(preview.contains("2 cases are ready"), "{preview}");
    assert!(preview.contains(&w.bina_code), "her code in the preview");
    assert_eq!(cases_of(&app, w.bina).await, 0, "a preview writes nothing");

    let held = hidden(&preview, "token");
    let csrf = hidden(&preview, "csrf");
    // Confirmed where the page's own form posts, as her browser does.
    let form = &preview[preview.find("id=\"import-confirm-form\"").map(|i| preview[..i].rfind("<form").unwrap_or(i)).expect("the confirm form")..];
    let action = form.split("action=\"").nth(1).and_then(|a| a.split('"').next()).expect("its action");
    assert_eq!(action, format!("{path}/confirm"));
    let done = asha.post_raw(action, &[("csrf", &csrf), ("token", &held)], &[]).await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains("2 cases were imported"), "{}", done.body);
    assert_eq!(cases_of(&app, w.bina).await, 2, "imported on confirm");
    // Her cases were opened under her case-support consent, and the audit rows say so.
    let audit = app.store().audit_about_member(w.bina).await.expect("audit");
    let opened: Vec<Option<&str>> = audit.iter().filter(|r| r.action == "case_opened").map(|r| r.purpose.as_deref()).collect();
    assert_eq!(opened, vec![Some("case_support"); 2], "{opened:?}");
    let again = asha.post_raw(&format!("{path}/confirm"), &[("csrf", &csrf), ("token", &held)], &[]).await;
    assert_eq!(again.status, 422, "a held file is used once");
    assert_eq!(cases_of(&app, w.bina).await, 2);

    let mut bina = Browser::new(&app.base);
    assert_eq!(bina.login("bina", PASSWORD).await.status, 303);
    assert_eq!(bina.get(&path).await.status, 403, "a member does not import registers");
}

pub async fn a_broken_register_names_every_bad_row_and_writes_nothing(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    app.store().grant_consent(&Accessor::cli(), w.bina, Purpose::CaseSupport, "paper").await.expect("consent");
    let path = format!("/collectives/{}/cases/import", w.utthan.0);
    let mut asha = Browser::new(&app.base);
    assert_eq!(asha.login("asha", PASSWORD).await.status, 303);
    let token = asha.get(&path).await.csrf().expect("a token");
    let dipa_code = app.store().member_summary(w.dipa).await.expect("read").expect("Dipa").code;
    let csv = format!(
        "member_code,kind,item,state,opened_on\n{bina},entitlement,ration_card,applied,2025-01-10\n{bina},spaceship,,applied,2025-01-10\n{bina},entitlement,ration_card,applied,31/31/2025\n{dipa},entitlement,ration_card,applied,2025-01-10\n",
        bina = w.bina_code,
        dipa = dipa_code
    );
    let (status, body) = upload(&app, &asha, &path, &token, &csv).await;
    assert_eq!(status, 422, "{body}");
    assert!(body.contains("id=\"import-errors\""), "{body}");
    assert!(body.contains("<td>3</td><td>kind</td><td>This is not a kind of case.</td>"), "{body}");
    assert!(body.contains("<td>4</td><td>opened_on</td>"), "the bad date's row: {body}");
    assert!(
        body.contains("<td>5</td><td>member_code</td><td>Not the code of a member whose cases you may record.</td>"),
        "Dipa did not consent: {body}"
    );
    assert!(!body.contains("id=\"import-confirm\""), "nothing to confirm");
    assert_eq!(cases_of(&app, w.bina).await, 0, "the good row was not imported either");
}

pub async fn a_register_bigger_than_a_form_reaches_the_import_and_one_past_its_limit_is_refused(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    app.store().grant_consent(&Accessor::cli(), w.bina, Purpose::CaseSupport, "paper").await.expect("consent");
    let path = format!("/collectives/{}/cases/import", w.utthan.0);
    let mut asha = Browser::new(&app.base);
    assert_eq!(asha.login("asha", PASSWORD).await.status, 303);
    let token = asha.get(&path).await.csrf().expect("a token");
    // About 200 KB, three times a form's limit: two thousand rows of a real register.
    let mut csv = String::from("member_code,kind,item,state,opened_on,reference\n");
    for i in 0..2_000 {
        csv.push_str(&format!("{},entitlement,ration_card,applied,2025-01-10,APPLICATION-NUMBER-{i:06}-WITH-A-LONG-REFERENCE\n", w.bina_code));
    }
    assert!(csv.len() > 3 * 64 * 1024, "{} bytes", csv.len());
    let (status, preview) = upload(&app, &asha, &path, &token, &csv).await;
    assert_eq!(status, 200, "{}", &preview[..preview.len().min(2000)]);
    assert!(preview.contains("2,000 cases are ready") || preview.contains("2000 cases are ready"), "{}", &preview[..preview.len().min(2000)]);
    assert_eq!(cases_of(&app, w.bina).await, 0, "a preview writes nothing");

    let too_big = "x".repeat(4 * 1024 * 1024 + 1); // the import's limit (pages::casework::IMPORT_BODY_LIMIT), plus one
    let (status, _) = upload(&app, &asha, &path, &token, &too_big).await;
    assert_eq!(status, 413, "a file past the import's limit is refused before it is read");
}

pub async fn a_strangers_big_post_is_refused_after_a_forms_worth(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut stranger = Browser::new(&app.base);
    let token = stranger.get("/login").await.csrf().expect("a token on the login page");
    // Not signed in: the upload routes' 20 MB allowance is not hers, and the body is cut at 64 KB.
    let (status, _) = upload(&app, &stranger, &format!("/collectives/{}/cases/import", w.utthan.0), &token, &"x".repeat(1024 * 1024)).await;
    assert_eq!(status, 400);
    assert_eq!(app.store().cases_of_member(&Accessor::cli(), w.bina, today()).await.expect("cases").len(), 0);
}

/// Finding 8 of issue 10: one upload could stop the service. Each hostile workbook is refused
/// with the translated message naming the limit it passed, nothing is written, and the server
/// answers another request while it reads them (and after).
pub async fn hostile_workbooks_are_refused_with_a_message_naming_the_limit_and_the_server_keeps_answering(db: TestDb) {
    use dhruva_store::cases::import::hostile;
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    app.store().grant_consent(&Accessor::cli(), w.bina, Purpose::CaseSupport, "paper").await.expect("consent");
    let path = format!("/collectives/{}/cases/import", w.utthan.0);
    let mut asha = Browser::new(&app.base);
    assert_eq!(asha.login("asha", PASSWORD).await.status, 303);
    let token = asha.get(&path).await.csrf().expect("a token");
    let xlsx = ("register.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    let files = [
        ("one cell at A1, one at XFD1048576", hostile::far_apart_cells(), "something beyond its first 50 columns"),
        ("a zip bomb that declares its size", hostile::zip_bomb(24), "unpacks to more than 16 MB"),
        ("a zip bomb whose sizes lie", hostile::lying_zip_bomb(24), "unpacks to more than 16 MB"),
        ("100,000 rows", hostile::rows(100_000), "more than 5,000 rows under its header"),
    ];
    for (what, file, message) in files {
        let mut other = Browser::new(&app.base);
        let (refused, login) = tokio::join!(upload_file(&app, &asha, &path, &token, xlsx, &file), other.get("/login"));
        let (status, body) = refused;
        assert_eq!(status, 422, "{what}: {}", &body[..body.len().min(2000)]);
        assert!(body.contains("id=\"import-errors\"") && body.contains(message), "{what}: {}", &body[..body.len().min(4000)]);
        assert!(!body.contains("id=\"import-confirm\""), "{what}: nothing to confirm");
        assert_eq!(login.status, 200, "{what}: another request is answered meanwhile");
        assert_eq!(cases_of(&app, w.bina).await, 0, "{what}: nothing written");
    }
    assert_eq!(asha.get(&path).await.status, 200, "the server is still there");
}
