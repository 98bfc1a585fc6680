//! Driving Debian's headless Chromium through chromedriver (WebDriver), shared by the
//! browser tests. No tool downloads a browser; `scripts/test` installs Debian's.

use fantoccini::{Client, ClientBuilder, Locator};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// Pages are server-rendered and small; a long wait only guards against a slow CI machine.
pub const WAIT: Duration = Duration::from_secs(60);
/// A common Android phone's viewport.
pub const PHONE_WIDTH: i64 = 412;

pub type Flow = Result<(), String>;

pub async fn wait_for(c: &Client, css: &str) -> Flow {
    c.wait().at_most(WAIT).for_element(Locator::Css(css)).await.map(|_| ()).map_err(|err| format!("waited for {css}: {err}"))
}

pub async fn wait_for_xpath(c: &Client, xpath: &str) -> Flow {
    c.wait().at_most(WAIT).for_element(Locator::XPath(xpath)).await.map(|_| ()).map_err(|err| format!("waited for {xpath}: {err}"))
}

pub async fn text_of(c: &Client, css: &str) -> Result<String, String> {
    let element = c.find(Locator::Css(css)).await.map_err(|err| format!("find {css}: {err}"))?;
    Ok(element.text().await.map_err(|err| format!("text of {css}: {err}"))?.trim().to_owned())
}

/// Logs in through the login form as a demo account, and waits until she is past it.
pub async fn log_in(c: &Client, base: &str, username: &str) -> Flow {
    c.goto(&format!("{base}/login")).await.map_err(e("open /login"))?;
    c.find(Locator::Css("input[name=login]")).await.map_err(e("login field"))?.send_keys(username).await.map_err(e("type login"))?;
    c.find(Locator::Css("input[name=password]"))
        .await
        .map_err(e("password field"))?
        .send_keys(super::DEMO_PASSWORD)
        .await
        .map_err(e("type password"))?;
    c.find(Locator::Id("login-submit")).await.map_err(e("login button"))?.click().await.map_err(e("click login"))?;
    wait_for(c, "a[href='/profile']").await.map_err(|m| format!("{username} did not get past the login page: {m}"))
}

/// Nothing wider than the screen: no sideways scrolling on her phone.
pub async fn fits_the_phone(c: &Client) -> Flow {
    let widths = c.execute("return [document.documentElement.scrollWidth, window.innerWidth];", vec![]).await.map_err(e("measure the page"))?;
    let (scroll, inner) = (widths[0].as_i64().unwrap_or(i64::MAX), widths[1].as_i64().unwrap_or(0));
    if inner != PHONE_WIDTH || scroll > inner {
        return Err(format!("the page is {scroll}px wide in a {inner}px window"));
    }
    Ok(())
}

pub fn is_bengali(c: char) -> bool {
    ('\u{0980}'..='\u{09FF}').contains(&c)
}

pub fn e<T: std::fmt::Display>(what: &'static str) -> impl Fn(T) -> String {
    move |err| format!("{what}: {err}")
}

pub fn browser_available(test: &str) -> bool {
    let missing: Vec<&str> = [CHROMIUM, CHROMEDRIVER].into_iter().filter(|p| !Path::new(p).exists()).collect();
    if missing.is_empty() {
        return true;
    }
    let note = format!("{} not installed (Debian: apt-get install chromium chromium-driver)", missing.join(" and "));
    if std::env::var("DHRUVA_TEST_REQUIRE_BROWSER").is_ok_and(|v| v == "1") {
        panic!("{test} is required (DHRUVA_TEST_REQUIRE_BROWSER=1) but {note}");
    }
    eprintln!("SKIPPED {test}: {note}. scripts/test installs them and makes this test required.");
    false
}

/// `chromedriver` on a free port, killed when dropped.
pub struct ChromeDriver {
    child: Child,
    pub url: String,
}

impl ChromeDriver {
    pub fn start() -> ChromeDriver {
        let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
        let child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        ChromeDriver { child, url: format!("http://127.0.0.1:{port}") }
    }

    /// A headless Chromium session the size of a common Android phone, with its own
    /// profile (so its own cookies: two people on two phones).
    pub async fn session(&self, profile: &Path) -> Client {
        self.session_at(profile, PHONE_WIDTH, 915, 2.625).await
    }

    /// The same, with the phone's viewport `width`×`height` CSS pixels at `pixel_ratio`
    /// (1.0 gives screenshots as wide as the viewport).
    pub async fn session_at(&self, profile: &Path, width: i64, height: i64, pixel_ratio: f64) -> Client {
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
        // Headless windows are at least 500px wide; device emulation gives the page the
        // phone's own 412px viewport, as on her handset.
        let phone = serde_json::json!({ "deviceMetrics": { "width": width, "height": height, "pixelRatio": pixel_ratio, "touch": true } });
        caps.insert("goog:chromeOptions".into(), serde_json::json!({ "binary": CHROMIUM, "args": args, "mobileEmulation": phone }));

        // chromedriver takes a moment to listen; retry until it does (bounded by WAIT).
        let deadline = std::time::Instant::now() + WAIT;
        loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector).capabilities(caps.clone()).connect(&self.url).await {
                Ok(client) => return client,
                Err(_) if std::time::Instant::now() < deadline => tokio::time::sleep(Duration::from_millis(200)).await,
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
pub async fn save_evidence(c: &Client, name: &str) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
    if let Ok(png) = c.screenshot().await {
        let _ = std::fs::write(dir.join(format!("{name}.png")), png);
    }
    if let Ok(html) = c.source().await {
        let _ = std::fs::write(dir.join(format!("{name}.html")), html);
    }
    eprintln!("browser evidence saved in {}", dir.display());
}

/// Two people on two phones against a freshly served demo: starts the demo, the server and
/// two Chromium sessions with their own profiles (their own cookies), runs `flow(first,
/// second, base_url)`, and on failure saves both screens and fails with the server's output.
/// `people` names the two for the evidence files (`browser-<test>-<person>.png`).
pub async fn on_two_phones<Fut>(test: &str, people: [&str; 2], flow: impl FnOnce(Client, Client, String) -> Fut)
where
    Fut: std::future::Future<Output = Flow>,
{
    if !browser_available(&format!("the {test} browser test")) {
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    super::demo(&data);
    let server = super::Server::start(super::dhruva(&data, &["serve", "--bind", "127.0.0.1:0"]));
    let driver = ChromeDriver::start();
    let first = driver.session(&tmp.path().join(format!("{}-profile", people[0]))).await;
    let second = driver.session(&tmp.path().join(format!("{}-profile", people[1]))).await;

    let outcome = flow(first.clone(), second.clone(), server.base.clone()).await;
    if outcome.is_err() {
        save_evidence(&first, &format!("browser-{test}-{}", people[0])).await;
        save_evidence(&second, &format!("browser-{test}-{}", people[1])).await;
    }
    let _ = first.close().await;
    let _ = second.close().await;
    if let Err(e) = outcome {
        panic!("{e}\nserver output:\n{}", server.output());
    }
}
