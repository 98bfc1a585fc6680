//! The real application on a loopback port, and a small browser that keeps its own cookies
//! (so that `Secure` cookies still travel over the test's plain HTTP).

use dhruva_store::testing::TestDb;
use dhruva_web::WebConfig;
use reqwest::header::{HeaderMap, HeaderValue, ACCEPT_ENCODING, CONTENT_TYPE, COOKIE, LOCATION, SET_COOKIE};
use reqwest::StatusCode;
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::time::Duration;

pub struct App {
    pub base: String,
    pub db: TestDb,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for App {
    fn drop(&mut self) {
        self.server.abort();
    }
}

pub fn config() -> WebConfig {
    WebConfig { quick_exit_url: "https://example.org/weather".to_owned(), ..WebConfig::default() }
}

impl App {
    pub async fn start(db: TestDb) -> App {
        App::start_with(db, config()).await
    }

    pub async fn start_with(db: TestDb, config: WebConfig) -> App {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a loopback port");
        let addr = listener.local_addr().expect("bound");
        let router = dhruva_web::router(db.store.clone(), config);
        let server = tokio::spawn(async move {
            axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>()).await.expect("serves");
        });
        App { base: format!("http://{addr}"), db, server }
    }

    pub fn browser(&self) -> Browser {
        Browser::new(&self.base)
    }

    /// A browser signed in as one of the world's people (every one has the world's password).
    pub async fn signed_in(&self, user: &str) -> Browser {
        let mut b = self.browser();
        assert_eq!(b.login(user, crate::world::PASSWORD).await.status, 303, "{user} logs in");
        // As a browser follows the redirect: the pre-login form token is dead after login.
        b.get("/").await;
        b
    }

    pub fn store(&self) -> &dhruva_store::Store {
        &self.db.store
    }
}

/// What came back from one request.
pub struct Page {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
    pub raw_len: usize,
}

impl Page {
    pub fn location(&self) -> Option<&str> {
        self.headers.get(LOCATION).and_then(|v| v.to_str().ok())
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
    pub fn set_cookies(&self) -> Vec<String> {
        self.headers.get_all(SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).map(str::to_owned).collect()
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
    /// The CSRF token of the page's first form.
    pub fn csrf(&self) -> Option<String> {
        let at = self.body.find("name=\"csrf\" value=\"")? + "name=\"csrf\" value=\"".len();
        Some(self.body[at..at + self.body[at..].find('"')?].to_owned())
    }
}

pub struct Browser {
    base: String,
    http: reqwest::Client,
    pub cookies: BTreeMap<String, String>,
    /// Sent as `Accept-Language` when set.
    pub accept_language: Option<String>,
    /// The CSRF token of the last HTML page seen, for the next form.
    csrf: Option<String>,
}

impl Browser {
    pub fn new(base: &str) -> Browser {
        let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).timeout(Duration::from_secs(60)).build().expect("client");
        Browser { base: base.to_owned(), http, cookies: BTreeMap::new(), accept_language: None, csrf: None }
    }

    fn headers(&self) -> HeaderMap {
        let mut h = HeaderMap::new();
        if !self.cookies.is_empty() {
            let line = self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
            h.insert(COOKIE, HeaderValue::from_str(&line).expect("cookie header"));
        }
        if let Some(lang) = &self.accept_language {
            h.insert("accept-language", HeaderValue::from_str(lang).expect("language"));
        }
        h
    }

    async fn finish(&mut self, response: reqwest::Response) -> Page {
        let status = response.status();
        let headers = response.headers().clone();
        for line in headers.get_all(SET_COOKIE).iter().filter_map(|v| v.to_str().ok()) {
            let first = line.split(';').next().unwrap_or("");
            let (name, value) = first.split_once('=').expect("name=value");
            if line.to_ascii_lowercase().contains("max-age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
        let bytes = response.bytes().await.expect("body");
        let body = String::from_utf8_lossy(&bytes).into_owned();
        let page = Page { status, headers, raw_len: bytes.len(), body };
        if let Some(token) = page.csrf() {
            self.csrf = Some(token);
        }
        page
    }

    pub async fn get(&mut self, path: &str) -> Page {
        let r = self.http.get(format!("{}{path}", self.base)).headers(self.headers()).send().await.expect("GET");
        self.finish(r).await
    }

    /// The body as it travels: gzip-compressed, as a phone's browser asks for it.
    pub async fn get_gzipped(&mut self, path: &str) -> Page {
        let mut h = self.headers();
        h.insert(ACCEPT_ENCODING, HeaderValue::from_static("gzip"));
        let r = self.http.get(format!("{}{path}", self.base)).headers(h).send().await.expect("GET");
        let status = r.status();
        let headers = r.headers().clone();
        let bytes = r.bytes().await.expect("body");
        Page { status, headers, raw_len: bytes.len(), body: String::new() }
    }

    /// Posts a form with the CSRF token of the last page seen, as a browser would.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let token = self.csrf.clone().expect("a page with a form was loaded first");
        let mut all: Vec<(&str, &str)> = vec![("csrf", &token)];
        all.extend_from_slice(fields);
        self.post_raw(path, &all, &[]).await
    }

    /// Posts exactly these fields and extra headers: no token unless given.
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)], extra: &[(&str, &str)]) -> Page {
        let body = fields.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect::<Vec<_>>().join("&");
        let mut h = self.headers();
        h.insert(CONTENT_TYPE, HeaderValue::from_static("application/x-www-form-urlencoded"));
        for (k, v) in extra {
            h.insert(reqwest::header::HeaderName::from_bytes(k.as_bytes()).expect("name"), HeaderValue::from_str(v).expect("value"));
        }
        let r = self.http.post(format!("{}{path}", self.base)).headers(h).body(body).send().await.expect("POST");
        self.finish(r).await
    }

    /// Logs in from the login page; returns the response to the form.
    pub async fn login(&mut self, login: &str, password: &str) -> Page {
        self.get("/login").await;
        self.post("/login", &[("login", login), ("password", password)]).await
    }
}

fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'*' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A JSON API client with a bearer token.
pub struct Api {
    base: String,
    http: reqwest::Client,
    token: Option<String>,
    pub accept_language: Option<String>,
}

impl Api {
    pub fn new(app: &App, token: Option<&str>) -> Api {
        Api { base: app.base.clone(), http: reqwest::Client::new(), token: token.map(str::to_owned), accept_language: None }
    }

    async fn send(&self, rb: reqwest::RequestBuilder) -> Page {
        let mut rb = rb;
        if let Some(t) = &self.token {
            rb = rb.bearer_auth(t);
        }
        if let Some(l) = &self.accept_language {
            rb = rb.header("accept-language", l);
        }
        let r = rb.send().await.expect("API call");
        let status = r.status();
        let headers = r.headers().clone();
        let bytes = r.bytes().await.expect("body");
        Page { status, headers, raw_len: bytes.len(), body: String::from_utf8_lossy(&bytes).into_owned() }
    }

    pub async fn get(&self, path: &str) -> Page {
        self.send(self.http.get(format!("{}{path}", self.base))).await
    }
    pub async fn post(&self, path: &str, body: &serde_json::Value) -> Page {
        self.send(self.http.post(format!("{}{path}", self.base)).json(body)).await
    }
    /// Posts a body as given, declared as JSON: for bodies no serialiser would write.
    pub async fn send_raw(&self, path: &str, raw: &str) -> Page {
        self.send(self.http.post(format!("{}{path}", self.base)).header("content-type", "application/json").body(raw.to_owned())).await
    }
    pub async fn put(&self, path: &str, body: &serde_json::Value) -> Page {
        self.send(self.http.put(format!("{}{path}", self.base)).json(body)).await
    }
}
