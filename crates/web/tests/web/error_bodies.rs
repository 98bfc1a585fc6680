//! Finding 8 of issue 10: the errors answered before a page's own middleware (a body over its
//! limit, an upload that cannot be parsed, a method a route does not take, a stylesheet that
//! is not there) were bare `text/plain` or empty. Each is now a small page in her language,
//! with its status kept.

use crate::app::{App, Browser};
use crate::world::{World, PASSWORD};
use dhruva_store::testing::TestDb;
use reqwest::header::{ACCEPT_LANGUAGE, CONTENT_TYPE, COOKIE};
use reqwest::Method;

/// Sends a request as a Hindi-speaking visitor's browser would, without following redirects.
async fn send(app: &App, method: Method, path: &str, content_type: Option<&str>, body: Vec<u8>, cookies: Option<String>) -> (u16, String, String) {
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
    let mut request = client.request(method, format!("{}{path}", app.base)).header(ACCEPT_LANGUAGE, "hi-IN,hi;q=0.9").body(body);
    if let Some(ct) = content_type {
        request = request.header(CONTENT_TYPE, ct);
    }
    if let Some(c) = cookies {
        request = request.header(COOKIE, c);
    }
    let r = request.send().await.expect("request");
    let status = r.status().as_u16();
    let ct = r.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    (status, ct, r.text().await.expect("body"))
}

fn is_hindi_page(what: &str, (status, ct, body): &(u16, String, String), want: u16, message: &str) {
    assert_eq!(*status, want, "{what}: {body}");
    assert!(ct.starts_with("text/html"), "{what}: a page, not {ct:?}: {body}");
    assert!(body.contains("lang=\"hi\""), "{what}: in her language: {body}");
    assert!(body.contains(message), "{what}: the message {message:?}: {body}");
}

pub async fn a_body_over_the_limit_is_a_translated_page(db: TestDb) {
    let app = App::start(db).await;
    let form = format!("username=asha&password={}", "x".repeat(100 * 1024));
    let answer = send(&app, Method::POST, "/login", Some("application/x-www-form-urlencoded"), form.into_bytes(), None).await;
    is_hindi_page("a form over 64 KB", &answer, 413, "इसलिए उसमें से कुछ भी नहीं रखा गया");
}

pub async fn an_upload_that_cannot_be_parsed_is_a_translated_page(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut asha = Browser::new(&app.base);
    assert_eq!(asha.login("asha", PASSWORD).await.status, 303);
    let path = format!("/collectives/{}/cases/import", w.utthan.0);
    let token = asha.get(&path).await.csrf().expect("a token");
    let cookies = asha.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
    // The CSRF field is found, then the multipart body breaks off without its closing boundary.
    let body = format!("--b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{token}\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.csv\"\r\n\r\nmember_code");
    let answer = send(&app, Method::POST, &path, Some("multipart/form-data; boundary=b"), body.into_bytes(), Some(cookies)).await;
    assert_eq!(answer.0, 400, "{}", answer.2);
    assert!(answer.1.starts_with("text/html"), "a page, not {:?}: {}", answer.1, answer.2);
    assert!(answer.2.contains("Go back and try again") || answer.2.contains("lang=\"en\""), "her account's language (English): {}", answer.2);
}

pub async fn a_missing_stylesheet_is_a_translated_page(db: TestDb) {
    let app = App::start(db).await;
    let answer = send(&app, Method::GET, "/static/no-such-file.css", None, Vec::new(), None).await;
    is_hindi_page("a missing stylesheet", &answer, 404, "यह पन्ना नहीं मिला");
}

pub async fn a_method_a_route_does_not_take_is_a_translated_page(db: TestDb) {
    let app = App::start(db).await;
    // The withdrawal of a consent is only ever posted.
    let answer = send(&app, Method::GET, "/members/1/consents/withdraw", None, Vec::new(), None).await;
    is_hindi_page("GET on a form's target", &answer, 405, "यह पता इस तरह का अनुरोध नहीं लेता");
    let answer = send(&app, Method::POST, "/static/dhruva.css", Some("application/x-www-form-urlencoded"), b"a=b".to_vec(), None).await;
    is_hindi_page("POST to the stylesheet", &answer, 405, "यह पता इस तरह का अनुरोध नहीं लेता");
}

pub async fn the_apis_errors_stay_json_or_bare(db: TestDb) {
    let app = App::start(db).await;
    let (status, ct, _) = send(&app, Method::GET, "/api/v1/no-such-thing", None, Vec::new(), None).await;
    assert!(status >= 400 && !ct.starts_with("text/html"), "the API is not given pages: {status} {ct}");
}
