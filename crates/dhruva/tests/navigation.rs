//! `dhruva demo`, served: every demo role's home links the pages that role may use, every
//! link on it answers 200, and a name searched on a roster is never written to the server's
//! log (issue 10, finding 7). Plain HTTP, no browser: the pages work without a script.

mod common;

use common::{demo, dhruva, Server, DEMO_PASSWORD};
use reqwest::header::{HeaderMap, HeaderValue, CONTENT_TYPE, COOKIE, SET_COOKIE};
use std::collections::{BTreeMap, BTreeSet};

/// A small browser over reqwest that keeps its cookies itself (Secure ones too, over the
/// test's plain HTTP) and the last form token it saw.
struct Visitor {
    base: String,
    http: reqwest::Client,
    cookies: BTreeMap<String, String>,
    csrf: Option<String>,
}

impl Visitor {
    fn new(base: &str) -> Visitor {
        let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
        Visitor { base: base.to_owned(), http, cookies: BTreeMap::new(), csrf: None }
    }

    fn headers(&self) -> HeaderMap {
        let mut h = HeaderMap::new();
        if !self.cookies.is_empty() {
            let line = self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
            h.insert(COOKIE, HeaderValue::from_str(&line).expect("cookie"));
        }
        h
    }

    async fn finish(&mut self, r: reqwest::Response) -> (u16, String) {
        let status = r.status().as_u16();
        for line in r.headers().get_all(SET_COOKIE).iter().filter_map(|v| v.to_str().ok()) {
            let (name, value) = line.split(';').next().unwrap_or("").split_once('=').expect("name=value");
            if line.to_ascii_lowercase().contains("max-age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
        let body = r.text().await.expect("body");
        if let Some(at) = body.find("name=\"csrf\" value=\"") {
            let rest = &body[at + "name=\"csrf\" value=\"".len()..];
            self.csrf = rest.split('"').next().map(str::to_owned);
        }
        (status, body)
    }

    async fn get(&mut self, path: &str) -> (u16, String) {
        let r = self.http.get(format!("{}{path}", self.base)).headers(self.headers()).send().await.expect("GET");
        self.finish(r).await
    }

    /// Posts a form with the token of the last page seen, as a browser would.
    async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> (u16, String) {
        let token = self.csrf.clone().expect("a page with a form was loaded first");
        let mut all = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        let r = self.http.post(format!("{}{path}", self.base)).headers(self.headers()).form(&all).send().await.expect("POST");
        self.finish(r).await
    }

    async fn log_in(&mut self, user: &str) {
        self.get("/login").await;
        let token = self.csrf.clone().expect("the login form's token");
        let body = format!("csrf={token}&login={user}&password={DEMO_PASSWORD}");
        let mut h = self.headers();
        h.insert(CONTENT_TYPE, HeaderValue::from_static("application/x-www-form-urlencoded"));
        let r = self.http.post(format!("{}/login", self.base)).headers(h).body(body).send().await.expect("POST");
        let (status, body) = self.finish(r).await;
        assert_eq!(status, 303, "{user} logs in: {body}");
    }
}

/// The site's own links on a page (not the stylesheet), without their fragments.
fn links(body: &str) -> BTreeSet<String> {
    body.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|h| h.replace("&amp;", "&").replace("&#38;", "&"))
        .filter(|h| h.starts_with('/') && !h.starts_with("/static/"))
        .map(|h| h.split('#').next().unwrap_or_default().to_owned())
        .filter(|h| !h.is_empty())
        .collect()
}

/// Whether a link's path matches `pattern`, where `*` stands for one path segment.
fn fits(href: &str, pattern: &str) -> bool {
    let want: Vec<&str> = pattern.split('/').collect();
    let got: Vec<&str> = href.split('?').next().unwrap_or_default().split('/').collect();
    got.len() == want.len() && got.iter().zip(&want).all(|(g, w)| *w == "*" || g == w)
}

fn has(found: &BTreeSet<String>, pattern: &str) -> bool {
    found.iter().any(|h| fits(h, pattern))
}

#[tokio::test]
async fn every_demo_roles_home_links_its_pages_and_every_link_answers() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    demo(&data);
    let mut serve = dhruva(&data, &["serve", "--bind", "127.0.0.1:0"]);
    serve.env("DHRUVA_LOG", "debug");
    let server = Server::start(serve);
    let base = server.base.trim_end_matches('/').to_owned();

    let key_pages: [(&str, &[&str]); 6] = [
        (
            "demo-member",
            &["/cases", "/profile", "/reminders", "/collectives/*", "/collectives/*/rounds", "/collectives/*/casework/figures", "/public/scorecards"],
        ),
        (
            "demo-leader",
            &[
                "/collectives/*/casework",
                "/collectives/*/phone-changes",
                "/collectives/*/rounds",
                "/collectives/*/casework/figures",
                "/collectives/*/reminders",
                "/collectives/*/cases/import",
                "/requests",
                "/institutions",
                "/federation/media",
            ],
        ),
        ("demo-facilitator", &["/collectives/*", "/collectives/*/rounds", "/collectives/*/casework/figures", "/institutions"]),
        (
            "demo-analyst",
            &[
                "/collectives",
                "/federation/scorecards",
                "/federation/casework",
                "/federation/contacts",
                "/federation/research",
                "/federation/media",
                "/institutions",
                "/rounds/*/scorecard",
            ],
        ),
        ("demo-admin", &["/collectives", "/federation/scorecards", "/grievances", "/institutions", "/accounts", "/staff"]),
        ("demo-coordinator", &["/collectives", "/collectives/new", "/partners", "/staff"]),
    ];
    let mut answered = 0;
    for (user, wanted) in key_pages {
        let mut v = Visitor::new(&base);
        v.log_in(user).await;
        let (status, home) = v.get("/").await;
        assert_eq!(status, 200, "{user}'s home");
        let found = links(&home);
        for page in wanted {
            assert!(has(&found, page), "{user}'s home does not link {page}: {found:?}");
        }
        for href in &found {
            let (status, body) = v.get(href).await;
            assert_eq!(status, 200, "{user}'s home links {href}, which answers {status}: {body}\nserver output:\n{}", server.output());
            answered += 1;
        }
    }
    assert!(answered >= 50, "only {answered} links were followed");

    // The leader searches her roster for a member by name: found, and never in the log.
    let mut leader = Visitor::new(&base);
    leader.log_in("demo-leader").await;
    let (_, home) = leader.get("/").await;
    let roster = links(&home).into_iter().find(|h| fits(h, "/collectives/*")).expect("her collective");
    let (_, page) = leader.get(&roster).await;
    // Running her collective starts from its page: registering, importing the paper register,
    // its offices; and each member's page leads to her membership.
    let from_roster = links(&page);
    for wanted in ["/collectives/*/members/new", "/collectives/*/members/import", "/collectives/*/offices"] {
        assert!(has(&from_roster, wanted), "her collective's page does not link {wanted}: {from_roster:?}");
    }
    let member_page = from_roster.iter().find(|h| fits(h, "/members/*")).expect("a member's page on the roster");
    let (status, member) = leader.get(member_page).await;
    assert_eq!(status, 200);
    assert!(has(&links(&member), "/members/*/membership"), "a member's page does not link her membership");
    let at = page.find("class=\"member-link\"").expect("a member on her roster");
    let item = &page[at..page[at..].find("</a>").map_or(page.len(), |e| at + e)];
    let name = item.rsplit("</span>").next().unwrap_or_default().split_whitespace().next().expect("a name the leader sees").to_owned();
    assert!(name.chars().count() >= 3, "{item}");
    assert!(page.contains("<form method=\"post\""), "the search is posted, so her name never goes into an address");
    let (status, found) = leader.post(&roster, &[("q", &name)]).await;
    assert_eq!(status, 200);
    assert!(found.matches("class=\"member-link\"").count() >= 1 && found.contains(&name), "{found}");
    let (_, output) = server.terminate();
    assert!(!output.contains(&name), "the searched name {name} is in the server's log:\n{output}");
}

/// How many pages Chromium prints `html` on (its stylesheet inlined, as a browser would
/// have it), A4 as the print stylesheet asks.
fn printed_pages(html: &str, css: &str, dir: &std::path::Path, name: &str) -> usize {
    let start = html.find("<link rel=\"stylesheet\"").expect("the stylesheet link");
    let end = start + html[start..].find('>').expect("end of link") + 1;
    let page = format!("{}<style>{css}</style>{}", &html[..start], &html[end..]);
    let file = dir.join(format!("{name}.html"));
    let pdf = dir.join(format!("{name}.pdf"));
    std::fs::write(&file, page).expect("page written");
    let out = std::process::Command::new(common::browser::CHROMIUM)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer"])
        .arg(format!("--user-data-dir={}", dir.join("chromium-profile").display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", file.display()))
        .output()
        .expect("chromium runs");
    let bytes = std::fs::read(&pdf).unwrap_or_else(|_| panic!("no PDF: {}", String::from_utf8_lossy(&out.stderr)));
    let text = String::from_utf8_lossy(&bytes);
    text.matches("/Type /Page").count() - text.matches("/Type /Pages").count()
}

#[tokio::test]
async fn every_demo_case_of_hers_prints_on_one_a4_page_in_her_language() {
    if !common::browser::browser_available("printing a case summary") {
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    demo(&data);
    let server = Server::start(dhruva(&data, &["serve", "--bind", "127.0.0.1:0"]));
    let base = server.base.trim_end_matches('/').to_owned();
    let mut member = Visitor::new(&base);
    member.log_in("demo-member").await;
    let (_, list) = member.get("/cases").await;
    let cases: BTreeSet<String> = links(&list).into_iter().filter(|h| fits(h, "/cases/*") && h != "/cases/new").collect();
    assert!(cases.len() >= 2, "the demo member has cases: {cases:?}");
    let mut printed = 0;
    for case in &cases {
        let (_, page) = member.get(case).await;
        let summary = format!("{case}/summary");
        assert!(page.contains(&format!("href=\"{summary}\"")), "{case} links its summary");
        let (status, html) = member.get(&summary).await;
        assert_eq!(status, 200, "{html}");
        assert!(html.contains("<html lang=\"bn\">"), "in her language (the demo member reads Bengali)");
        let css_href = html.split("<link rel=\"stylesheet\" href=\"").nth(1).and_then(|r| r.split('"').next()).expect("css").to_owned();
        let (_, css) = member.get(&css_href).await;
        let name = case.trim_start_matches("/cases/");
        let pages = printed_pages(&html, &css, tmp.path(), name);
        assert_eq!(pages, 1, "{summary} prints on {pages} pages");
        printed += 1;
    }
    eprintln!("{printed} case summaries printed, each on one page");
}
