//! What the case tests share: logging in, opening a case through its form, posting the letter
//! form as a browser does (multipart, files and all), and a tiny JPEG.

use crate::app::{App, Browser, Page};
use crate::world::World;
use dhruva_core::cases::{CaseKind, CompensationForum, Direction, Medium};
use dhruva_core::Sensitive;
use dhruva_store::cases::{Authority, NewAttachment, NewCase, NewCorrespondence};
use dhruva_store::{Accessor, Store};
use reqwest::header::{HeaderMap, HeaderValue, CONTENT_TYPE, COOKIE};
use std::collections::BTreeMap;
use time::macros::date;

/// The first bytes of a JPEG file are all the store looks at; the rest is a photo's worth.
pub fn jpeg(len: usize) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0x00];
    bytes.resize(len.max(bytes.len()), 0x5A);
    bytes
}

/// One file for the letter form: (file name, declared type, bytes).
pub type File<'a> = (&'a str, &'a str, Vec<u8>);

/// Posts a multipart form with the CSRF token first, as the page's form orders it (the
/// token must come before any binary file). `csrf = None` leaves it out.
pub async fn post_multipart(app: &App, b: &Browser, path: &str, csrf: Option<&str>, fields: &[(&str, &str)], files: &[File<'_>]) -> Page {
    const BOUNDARY: &str = "----dhruvaTestBoundary7MA4YWxkTrZu0gW";
    let mut body: Vec<u8> = Vec::new();
    let mut part = |head: String, value: &[u8]| {
        body.extend_from_slice(format!("--{BOUNDARY}\r\n{head}\r\n\r\n").as_bytes());
        body.extend_from_slice(value);
        body.extend_from_slice(b"\r\n");
    };
    if let Some(token) = csrf {
        part("Content-Disposition: form-data; name=\"csrf\"".to_owned(), token.as_bytes());
    }
    for (k, v) in fields {
        part(format!("Content-Disposition: form-data; name=\"{k}\""), v.as_bytes());
    }
    for (name, media_type, bytes) in files {
        part(format!("Content-Disposition: form-data; name=\"attachment\"; filename=\"{name}\"\r\nContent-Type: {media_type}"), bytes);
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    let mut h = HeaderMap::new();
    let cookies = b.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
    h.insert(COOKIE, HeaderValue::from_str(&cookies).expect("cookie header"));
    h.insert(CONTENT_TYPE, HeaderValue::from_str(&format!("multipart/form-data; boundary={BOUNDARY}")).expect("type"));
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
    let r = http.post(format!("{}{path}", app.base)).headers(h).body(body).send().await.expect("POST");
    let status = r.status();
    let headers = r.headers().clone();
    let bytes = r.bytes().await.expect("body");
    Page { status, headers, raw_len: bytes.len(), body: String::from_utf8_lossy(&bytes).into_owned() }
}

/// The case id a "case opened" redirect points to.
pub fn case_id_of(p: &Page) -> i64 {
    assert_eq!(p.status, 303, "{}", p.body);
    p.location()
        .and_then(|l| l.strip_prefix("/cases/"))
        .and_then(|l| l.split('?').next())
        .and_then(|l| l.parse().ok())
        .unwrap_or_else(|| panic!("to a case: {:?}", p.location()))
}

/// Opens a case through the pages at `base` (`/cases` or `/members/{id}/cases`).
pub async fn open_through_pages(b: &mut Browser, base: &str, kind: &str, fields: &[(&str, &str)]) -> i64 {
    let form = b.get(&format!("{base}/new?kind={kind}")).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let mut all = vec![("kind", kind), ("opened_on", "2026-01-10")];
    all.extend_from_slice(fields);
    case_id_of(&b.post(&format!("{base}/new"), &all).await)
}

/// Timeline entries on a case page.
pub fn timeline_entries(page: &Page) -> usize {
    page.body.matches("class=\"timeline-entry").count()
}

/// Every attachment token linked from a page.
pub fn tokens(page: &Page) -> Vec<String> {
    page.body.match_indices("href=\"/attachments/").map(|(at, m)| page.body[at + m.len()..at + m.len() + 32].to_owned()).collect()
}

/// A compensation claim of Bina's with one letter and a photo, written through the store (for
/// tests about who may reach them, and the every-page checks).
pub async fn seed_case_with_letter(store: &Store, w: &World) -> (i64, String) {
    let new = NewCase {
        member: w.bina,
        collective: w.utthan,
        kind: CaseKind::Compensation,
        entitlement: None,
        document: None,
        forum: Some(CompensationForum::Dlsa),
        authority: Authority::Unknown,
        district: None,
        opened_on: date!(2026 - 01 - 05),
        state: None,
        details: Sensitive::new(BTreeMap::from([("amount_claimed".to_owned(), vec!["250000".to_owned()])])),
    };
    // As herself: a member acting on her own cases.
    let by = Accessor { role: Some(dhruva_core::policy::Role::Member), ..Accessor::cli() };
    let case = store.open_case(&by, &new).await.expect("case opened");
    let letter = NewCorrespondence {
        on: date!(2026 - 01 - 06),
        direction: Direction::Sent,
        medium: Medium::Letter,
        authority: Authority::Named(Sensitive::new("Kolkata DLSA".to_owned())),
        summary: Sensitive::new("Application for interim relief".to_owned()),
        attachments: vec![NewAttachment {
            file_name: Sensitive::new("bina-application.jpg".to_owned()),
            media_type: "image/jpeg".to_owned(),
            bytes: Sensitive::new(jpeg(2048)),
        }],
    };
    store.record_correspondence(&by, case, &letter).await.expect("letter recorded");
    let timeline = store.case_timeline(&by, case, date!(2026 - 02 - 01)).await.expect("timeline");
    let token = timeline
        .iter()
        .find_map(|e| match e {
            dhruva_store::cases::TimelineEntry::Correspondence { attachments, .. } => attachments.first().map(|a| a.token.clone()),
            _ => None,
        })
        .expect("a token");
    (case.0, token)
}
