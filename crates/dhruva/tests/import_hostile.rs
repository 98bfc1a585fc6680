//! Issue 10, finding 8, at the level of the process: the real `dhruva serve` on the demo data,
//! the demo leader logged in over HTTP, and hostile case registers uploaded through the import
//! page's own multipart form. Each is refused with the translated message naming the limit it
//! passed; the server process's peak memory (`VmHWM`) stays under [`PEAK_BOUND_MIB`]; and
//! while a big upload is read, other requests are answered.
//!
//! The files are made here, in memory (`dhruva_store::cases::import::hostile`): one cell at A1
//! and one at XFD1048576; a zip bomb that declares its real, huge size; the same with every
//! size in its headers lying; 100,000 rows as CSV and as a workbook.
//!
//! And hostile requests of another kind: an address too long or headers too big are answered
//! with a short page in her language (414, 431) by the app, below hyper's own limits, past
//! which hyper answers with an empty body before the app sees the request.

mod common;

use dhruva_store::cases::import::hostile;
use reqwest::header::{ACCEPT_LANGUAGE, CONTENT_TYPE, COOKIE, LOCATION, SET_COOKIE};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// The bound on the server's peak resident memory over the whole run (demo data loaded,
/// pages served, every hostile upload read). Measured: about 60 MiB (see `BENCHMARKS.md`,
/// "Hostile imports"); before the streaming reader, the far-apart cells alone aborted the
/// process and the lying bomb took 2.8 GB.
const PEAK_BOUND_MIB: u64 = 256;
/// How long another visitor may wait for a page while an upload is read.
const OTHERS_WAIT: Duration = Duration::from_secs(3);

/// What the file is, its name and type as uploaded, its bytes, and the message key it is refused with.
type Hostile = (&'static str, (&'static str, &'static str), Vec<u8>, &'static str);

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// A visitor with a cookie jar, in English, that does not follow redirects.
struct Visitor {
    base: String,
    client: reqwest::Client,
    cookies: BTreeMap<String, String>,
}

impl Visitor {
    fn new(base: &str) -> Visitor {
        let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
        Visitor { base: base.to_owned(), client, cookies: BTreeMap::new() }
    }

    fn cookie_header(&self) -> String {
        self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
    }

    fn keep_cookies(&mut self, r: &reqwest::Response) {
        for c in r.headers().get_all(SET_COOKIE) {
            let pair = c.to_str().unwrap_or("").split(';').next().unwrap_or("");
            if let Some((k, v)) = pair.split_once('=') {
                self.cookies.insert(k.trim().to_owned(), v.trim().to_owned());
            }
        }
    }

    async fn send(&mut self, request: reqwest::RequestBuilder) -> (u16, Option<String>, String) {
        let r = request.header(COOKIE, self.cookie_header()).header(ACCEPT_LANGUAGE, "en").send().await.expect("the server answers");
        self.keep_cookies(&r);
        let status = r.status().as_u16();
        let location = r.headers().get(LOCATION).and_then(|l| l.to_str().ok()).map(str::to_owned);
        (status, location, r.text().await.expect("a body"))
    }

    async fn get(&mut self, path: &str) -> (u16, String) {
        let request = self.client.get(format!("{}{path}", self.base));
        let (status, _, body) = self.send(request).await;
        (status, body)
    }

    async fn log_in(&mut self, username: &str) {
        let (status, page) = self.get("/login").await;
        assert_eq!(status, 200, "{page}");
        let form = [("csrf", hidden(&page, "csrf")), ("login", username.to_owned()), ("password", common::DEMO_PASSWORD.to_owned())];
        let request = self.client.post(format!("{}/login", self.base)).form(&form);
        let (status, location, body) = self.send(request).await;
        assert_eq!(status, 303, "{username} logs in: {body}");
        assert_ne!(location.as_deref(), Some("/login"), "{username} logs in");
    }

    /// Posts `file` through the import page's form, as her browser's file upload does.
    fn upload(&self, path: &str, token: &str, (name, content_type): (&str, &str), file: &[u8]) -> reqwest::RequestBuilder {
        let boundary = "----dhruvahostileboundary";
        let mut body = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{token}\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: {content_type}\r\n\r\n"
        )
        .into_bytes();
        body.extend_from_slice(file);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        self.client
            .post(format!("{}{path}", self.base))
            .header(CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
            .header(COOKIE, self.cookie_header())
            .header(ACCEPT_LANGUAGE, "en")
            .body(body)
    }
}

/// The start of a page, for a failure's message.
fn head(body: &str) -> &str {
    &body[..body.char_indices().nth(3000).map_or(body.len(), |(at, _)| at)]
}

/// The Bengali message `key` from the shipped translations, checked to name its limit.
fn bengali(key: &str) -> String {
    let ftl = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales/bn/casework.ftl")).expect("the Bengali casework messages");
    let message =
        ftl.lines().find_map(|l| l.strip_prefix(&format!("{key} = "))).unwrap_or_else(|| panic!("no {key} in locales/bn/casework.ftl")).to_owned();
    let limits = ["5,000", "৫,০০০", "50", "৫০", "16 MB", "১৬ MB"];
    assert!(limits.iter().any(|l| message.contains(l)), "{key} names no limit: {message}");
    message
}

fn hidden(body: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let at = body.find(&marker).unwrap_or_else(|| panic!("no {name} field: {body}")) + marker.len();
    body[at..at + body[at..].find('"').expect("closing quote")].to_owned()
}

/// The process's peak resident memory so far, in KiB (`VmHWM` in `/proc/<pid>/status`).
fn peak_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("the server's /proc status");
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).expect("a VmHWM line");
    line.split_whitespace().nth(1).and_then(|n| n.parse().ok()).expect("VmHWM in kB")
}

/// `count` rows under a `member_code` header, one number each: about 700 KB.
fn csv_rows(count: usize) -> Vec<u8> {
    let mut csv = String::from("member_code\n");
    for r in 2..=count + 1 {
        csv.push_str(&format!("{r}\n"));
    }
    csv.into_bytes()
}

#[tokio::test]
async fn hostile_registers_are_refused_by_the_served_process_in_bounded_memory_while_it_answers_others() {
    if !std::path::Path::new("/proc/self/status").exists() {
        eprintln!("SKIPPED the hostile-import test: no /proc to read the server's peak memory from");
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    common::demo(&data);
    let server = common::Server::start(common::dhruva(&data, &["serve", "--bind", "127.0.0.1:0"]));
    let pid = server.pid();

    let mut leader = Visitor::new(&server.base);
    leader.log_in("demo-leader").await;
    // Her collective, as she finds it from her list.
    let (_, list) = leader.get("/collectives").await;
    let id: String = list
        .split("href=\"/collectives/")
        .skip(1)
        .map(|rest| rest.chars().take_while(char::is_ascii_digit).collect::<String>())
        .find(|id| !id.is_empty())
        .unwrap_or_else(|| panic!("no collective on her list: {list}"));
    let path = format!("/collectives/{id}/cases/import");
    let (status, form) = leader.get(&path).await;
    assert_eq!(status, 200, "the demo leader may import her collective's register: {form}");
    assert!(form.contains("enctype=\"multipart/form-data\"") && form.contains(&format!("action=\"{path}\"")), "the page's form posts here: {form}");
    let token = hidden(&form, "csrf");
    let before = peak_kib(pid);

    // Made before any is sent, so the making does not slow the uploads it is measured against.
    let made = Instant::now();
    let files: Vec<Hostile> = vec![
        ("one cell at A1, one at XFD1048576", ("register.xlsx", XLSX), hostile::far_apart_cells(), "case-import-too-many-columns"),
        ("a zip bomb whose sizes lie", ("register.xlsx", XLSX), hostile::lying_zip_bomb(64), "case-import-too-big-unpacked"),
        ("an honest zip bomb (256 MiB declared)", ("register.xlsx", XLSX), hostile::zip_bomb(256), "case-import-too-big-unpacked"),
        ("100,000 rows of CSV", ("register.csv", "text/csv"), csv_rows(100_000), "case-import-too-many-rows"),
        ("100,000 rows of a workbook", ("register.xlsx", XLSX), hostile::rows(100_000), "case-import-too-many-rows"),
    ];
    eprintln!(
        "made the hostile files in {:.1?}: {}",
        made.elapsed(),
        files.iter().map(|(what, _, f, _)| format!("{what} {} KB", f.len() / 1024)).collect::<Vec<_>>().join("; ")
    );

    let mut report = Vec::new();
    for (what, name, file, key) in &files {
        let started = Instant::now();
        let upload = tokio::spawn(leader.upload(&path, &token, *name, file).send());
        // Another visitor asks for pages while the upload is read; each is answered in time.
        let mut waits = Vec::new();
        let mut other = Visitor::new(&server.base);
        while !upload.is_finished() || waits.is_empty() {
            let asked = Instant::now();
            let (status, page) = tokio::time::timeout(OTHERS_WAIT, other.get("/login"))
                .await
                .unwrap_or_else(|_| panic!("{what}: another visitor's page was not answered within {OTHERS_WAIT:?} while the upload was read"));
            assert_eq!(status, 200, "{what}: {page}");
            waits.push(asked.elapsed());
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let answer = upload.await.expect("the upload task").expect("the upload is answered");
        let took = started.elapsed();
        let status = answer.status().as_u16();
        let body = answer.text().await.expect("a body");
        assert_eq!(status, 422, "{what}: {}", head(&body));
        // The demo leader reads Dhruva in Bengali: the message is the translation, limit and all.
        let message = bengali(key);
        assert!(body.contains("lang=\"bn\"") && body.contains("id=\"import-errors\""), "{what}: a page naming the problem: {}", head(&body));
        assert!(body.contains(&message), "{what}: the message {message:?}: {}", head(&body));
        assert!(!body.contains("id=\"import-confirm\""), "{what}: nothing to confirm");
        let slowest = waits.iter().max().copied().unwrap_or_default();
        report.push(format!(
            "{what}: refused in {took:.2?}; {} other pages asked for while it was read, the slowest answered in {slowest:.0?}",
            waits.len()
        ));
    }
    let after = peak_kib(pid);
    let (status, _) = leader.get(&path).await;
    assert_eq!(status, 200, "the server is still there");
    eprintln!(
        "{}\nserver peak memory (VmHWM): {} MiB before the uploads, {} MiB after (bound {PEAK_BOUND_MIB} MiB)",
        report.join("\n"),
        before / 1024,
        after / 1024
    );
    assert!(
        after < PEAK_BOUND_MIB * 1024,
        "the server's peak memory reached {} MiB (bound {PEAK_BOUND_MIB} MiB)\n{}",
        after / 1024,
        report.join("\n")
    );
}

/// Sends `GET path` with `extra` headers as a Hindi-speaking visitor's browser would.
async fn hindi_get(base: &str, path: &str, extra: &[(&str, String)]) -> (u16, String, String) {
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
    let mut request = client.get(format!("{base}{path}")).header(ACCEPT_LANGUAGE, "hi-IN,hi;q=0.9");
    for (name, value) in extra {
        request = request.header(*name, value);
    }
    let r = request.send().await.expect("the server answers");
    let status = r.status().as_u16();
    let ct = r.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    (status, ct, r.text().await.expect("a body"))
}

#[tokio::test]
async fn an_address_too_long_or_headers_too_big_get_a_page_in_her_language() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    common::demo(&data);
    let server = common::Server::start(common::dhruva(&data, &["serve", "--bind", "127.0.0.1:0"]));
    let page = |what: &str, (status, ct, body): (u16, String, String), want: u16, message: &str| {
        assert_eq!(status, want, "{what}: {body}");
        assert!(ct.starts_with("text/html"), "{what}: a page, not {ct:?}: {body}");
        assert!(body.contains("lang=\"hi\"") && body.contains(message), "{what}: the message {message:?} in Hindi: {body}");
    };
    let long_query = format!("/login?next={}", "a".repeat(9 * 1024));
    page("an address of 9 KB", hindi_get(&server.base, &long_query, &[]).await, 414, "पता पढ़ने के लिए बहुत लंबा है");
    page(
        "an address of 9 KB to a page that needs her signed in",
        hindi_get(&server.base, &format!("/profile?{}", "b".repeat(9 * 1024)), &[]).await,
        414,
        "पता पढ़ने के लिए बहुत लंबा है",
    );
    let filler = [("x-filler", "c".repeat(40 * 1024))];
    page("40 KB of headers", hindi_get(&server.base, "/login", &filler).await, 431, "आपके ब्राउज़र ने जितना भेजा वह हम पढ़ नहीं सकते");
    let cookie = [("cookie", format!("crumbs={}", "d".repeat(40 * 1024)))];
    page("a cookie of 40 KB", hindi_get(&server.base, "/", &cookie).await, 431, "आपके ब्राउज़र ने जितना भेजा वह हम पढ़ नहीं सकते");
    // Just under the limits, the page itself.
    let (status, _, _) = hindi_get(&server.base, &format!("/login?next={}", "a".repeat(7 * 1024)), &[("x-filler", "c".repeat(30 * 1024))]).await;
    assert_eq!(status, 200, "an address and headers under the limits are read");
    // The API is not given pages.
    let (status, ct, _) = hindi_get(&server.base, &format!("/api/v1/collectives?{}", "e".repeat(9 * 1024)), &[]).await;
    assert!(status == 414 && !ct.starts_with("text/html"), "the API keeps a bare status: {status} {ct}");
    // Past hyper's own limit (65,534 bytes) it answers before the app, with an empty body:
    // the documented edge (`error_page::request_limits`).
    // (Sent by hand: an HTTP client refuses to build such an address.)
    let raw = raw_get(&server.base, &format!("/login?next={}", "f".repeat(70 * 1024))).await;
    assert!(raw.starts_with("HTTP/1.1 414") && raw.contains("content-length: 0"), "hyper's own answer past 64 KB: {}", head(&raw));
    assert_eq!(hindi_get(&server.base, "/login", &[]).await.0, 200, "the server is still there");
}

/// `GET target` written on the socket by hand; the whole answer as text.
async fn raw_get(base: &str, target: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    stream.write_all(format!("GET {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes()).await.expect("send");
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(30), stream.read_to_end(&mut answer)).await;
    String::from_utf8_lossy(&answer).to_lowercase().replacen("http/1.1", "HTTP/1.1", 1)
}
