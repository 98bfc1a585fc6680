//! What a leader sees on a phone-sized screen, in headless Chromium: logging in, switching
//! to Bengali, opening a member of her collective, and leaving through "quick exit".
//!
//! Needs Debian's `chromium` and `chromium-driver`. Without them the test is skipped with a
//! note, unless `DHRUVA_TEST_REQUIRE_BROWSER=1` (set by `scripts/test`), when it fails.

mod common;

use common::{demo, dhruva, Server, DEMO_PASSWORD};
use fantoccini::{Client, ClientBuilder, Locator};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// Guards against a hung browser; never a performance assertion.
const WAIT: Duration = Duration::from_secs(60);

#[tokio::test]
async fn a_leader_reads_a_member_page_in_bengali_and_quick_exit_leaves_and_logs_out() {
    if !browser_available() {
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    demo(&data);
    let neutral = neutral_site().await;
    let server = Server::start(dhruva(&data, &["serve", "--bind", "127.0.0.1:0", "--quick-exit-url", &neutral]));
    let driver = ChromeDriver::start();
    let client = driver.session(&tmp.path().join("chromium-profile")).await;

    let outcome = leader_flow(&client, &server.base, &neutral).await;
    if outcome.is_err() {
        save_evidence(&client).await;
    }
    let _ = client.close().await;
    if let Err(e) = outcome {
        panic!("{e}\nserver output:\n{}", server.output());
    }
}

type Flow = Result<(), String>;

async fn leader_flow(c: &Client, base: &str, neutral: &str) -> Flow {
    // Log in.
    c.goto(&format!("{base}/login")).await.map_err(e("open /login"))?;
    c.find(Locator::Css("input[name=login]")).await.map_err(e("login field"))?.send_keys("demo-leader").await.map_err(e("type login"))?;
    c.find(Locator::Css("input[name=password]")).await.map_err(e("password field"))?.send_keys(DEMO_PASSWORD).await.map_err(e("type password"))?;
    c.find(Locator::Id("login-submit")).await.map_err(e("login button"))?.click().await.map_err(e("click login"))?;
    wait_for(c, "a.collective-link").await?;

    // The same member page in English first, to know which labels must not stay English.
    switch_language(c, "en").await?;
    open_first_member(c).await?;
    let english_labels = visible_labels(c).await?;
    if english_labels.is_empty() {
        return Err("the English member page has no headings or labels to compare".into());
    }

    // Now as she would: switch to Bengali, follow her collective, open a member.
    c.goto(&format!("{base}/")).await.map_err(e("open home"))?;
    switch_language(c, "bn").await?;
    open_first_member(c).await?;

    let code = text_of(c, "#member-code").await?;
    let name = text_of(c, "#member-name").await?;
    if name.is_empty() || name == code || name.contains("redacted") {
        return Err(format!("#member-name shows {name:?}, not her name"));
    }
    let headings = texts_of(c, "h1, h2").await?;
    if !headings.iter().any(|h| h.chars().any(is_bengali)) {
        return Err(format!("no Bengali in the headings: {headings:?}"));
    }
    let bengali_labels = visible_labels(c).await?;
    if !bengali_labels.iter().any(|l| l.chars().any(is_bengali)) {
        return Err(format!("no Bengali in the labels: {bengali_labels:?}"));
    }
    let page = text_of(c, "body").await?;
    let leftovers: Vec<&String> = english_labels
        .iter()
        .filter(|l| l.chars().filter(char::is_ascii_alphabetic).count() >= 3)
        .filter(|l| !l.contains(&name) && !l.contains(&code) && !l.contains("Dhruva"))
        .filter(|l| page.contains(l.as_str()))
        .collect();
    if !leftovers.is_empty() {
        return Err(format!("English left on the Bengali page: {leftovers:?}"));
    }

    // Quick exit: away from Dhruva at once, and logged out.
    c.find(Locator::Id("quick-exit")).await.map_err(e("#quick-exit"))?.click().await.map_err(e("click quick exit"))?;
    c.wait()
        .at_most(WAIT)
        .for_url(neutral.parse().map_err(e("neutral URL"))?)
        .await
        .map_err(e("quick exit did not land on the neutral site"))?;
    c.goto(&format!("{base}/")).await.map_err(e("open home again"))?;
    wait_for(c, "input[name=password]").await.map_err(|m| format!("after quick exit, / does not ask to log in again: {m}"))?;
    Ok(())
}

async fn switch_language(c: &Client, lang: &str) -> Flow {
    // Mark this document, so the wait below is for the page that answers the switch and not
    // for this one (which may already be in that language).
    c.execute("document.documentElement.dataset.before = 'switch'", vec![]).await.map_err(e("mark the page"))?;
    let button = format!("button[name=lang][value={lang}]");
    c.find(Locator::Css(&button)).await.map_err(e("language switcher"))?.click().await.map_err(e("click language"))?;
    wait_for(c, &format!("html[lang={lang}]:not([data-before])")).await
}

async fn open_first_member(c: &Client) -> Flow {
    wait_for(c, "a.collective-link").await?;
    c.find(Locator::Css("a.collective-link")).await.map_err(e("collective link"))?.click().await.map_err(e("click collective"))?;
    wait_for(c, "a.member-link").await?;
    c.find(Locator::Css("a.member-link")).await.map_err(e("member link"))?.click().await.map_err(e("click member"))?;
    wait_for(c, "#member-code").await
}

/// The words a person reads to understand the page: headings, labels, table headers,
/// buttons (but not the language names on the switcher, which stay in their own script).
async fn visible_labels(c: &Client) -> Result<Vec<String>, String> {
    texts_of(c, "h1, h2, h3, label, dt, th, legend, button:not([name=lang])").await
}

async fn wait_for(c: &Client, css: &str) -> Flow {
    c.wait().at_most(WAIT).for_element(Locator::Css(css)).await.map(|_| ()).map_err(|err| {
        format!("waited for {css}: {err}")
    })
}

async fn text_of(c: &Client, css: &str) -> Result<String, String> {
    let element = c.find(Locator::Css(css)).await.map_err(|err| format!("find {css}: {err}"))?;
    Ok(element.text().await.map_err(|err| format!("text of {css}: {err}"))?.trim().to_owned())
}

async fn texts_of(c: &Client, css: &str) -> Result<Vec<String>, String> {
    let mut texts = Vec::new();
    for element in c.find_all(Locator::Css(css)).await.map_err(|err| format!("find {css}: {err}"))? {
        let text = element.text().await.map_err(|err| format!("text of {css}: {err}"))?;
        if !text.trim().is_empty() {
            texts.push(text.trim().to_owned());
        }
    }
    Ok(texts)
}

fn is_bengali(c: char) -> bool {
    ('\u{0980}'..='\u{09FF}').contains(&c)
}

fn e<T: std::fmt::Display>(what: &'static str) -> impl Fn(T) -> String {
    move |err| format!("{what}: {err}")
}

fn browser_available() -> bool {
    let missing: Vec<&str> = [CHROMIUM, CHROMEDRIVER].into_iter().filter(|p| !Path::new(p).exists()).collect();
    if missing.is_empty() {
        return true;
    }
    let note = format!("{} not installed (Debian: apt-get install chromium chromium-driver)", missing.join(" and "));
    if std::env::var("DHRUVA_TEST_REQUIRE_BROWSER").is_ok_and(|v| v == "1") {
        panic!("the browser test is required (DHRUVA_TEST_REQUIRE_BROWSER=1) but {note}");
    }
    eprintln!("SKIPPED the browser test: {note}. scripts/test installs them and makes this test required.");
    false
}

/// A stand-in for the neutral site "quick exit" goes to, so the test needs no internet.
async fn neutral_site() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind neutral site");
    let addr = listener.local_addr().expect("address");
    let app = axum::Router::new().fallback(|| async { axum::response::Html("<!doctype html><title>Weather</title><p>Sunny.</p>") });
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}/")
}

/// `chromedriver` on a free port, killed when dropped.
struct ChromeDriver {
    child: Child,
    url: String,
}

impl ChromeDriver {
    fn start() -> ChromeDriver {
        let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
        let child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        ChromeDriver { child, url: format!("http://127.0.0.1:{port}") }
    }

    /// A headless Chromium session the size of a common Android phone.
    async fn session(&self, profile: &Path) -> Client {
        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=412,915",
        ]
        .into_iter()
        .map(str::to_owned)
        .chain([format!("--user-data-dir={}", profile.display())])
        .collect::<Vec<_>>();
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), "chrome".into());
        caps.insert("goog:chromeOptions".into(), serde_json::json!({ "binary": CHROMIUM, "args": args }));

        // chromedriver takes a moment to listen; retry until it does (bounded by WAIT).
        let deadline = std::time::Instant::now() + WAIT;
        loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector).capabilities(caps.clone()).connect(&self.url).await {
                Ok(client) => return client,
                Err(err) if std::time::Instant::now() < deadline => {
                    let _ = err;
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                Err(err) => panic!("no WebDriver session from chromedriver: {err}"),
            }
        }
    }
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A screenshot and the page source next to the test binaries, to see what went wrong.
async fn save_evidence(c: &Client) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
    if let Ok(png) = c.screenshot().await {
        let _ = std::fs::write(dir.join("browser-failure.png"), png);
    }
    if let Ok(html) = c.source().await {
        let _ = std::fs::write(dir.join("browser-failure.html"), html);
    }
    eprintln!("browser evidence saved in {}", dir.display());
}
