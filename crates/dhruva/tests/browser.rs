//! What a leader sees on a phone-sized screen, in headless Chromium: logging in, switching
//! to Bengali, opening a member of her collective, and leaving through "quick exit".
//!
//! Needs Debian's `chromium` and `chromium-driver`. Without them the test is skipped with a
//! note, unless `DHRUVA_TEST_REQUIRE_BROWSER=1` (set by `scripts/test`), when it fails.

mod common;

use common::browser::{browser_available, e, is_bengali, save_evidence, text_of, wait_for, ChromeDriver, Flow, WAIT};
use common::{demo, dhruva, Server, DEMO_PASSWORD};
use fantoccini::{Client, Locator};

#[tokio::test]
async fn a_leader_reads_a_member_page_in_bengali_and_quick_exit_leaves_and_logs_out() {
    if !browser_available("the browser test") {
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
        save_evidence(&client, "browser-failure").await;
    }
    let _ = client.close().await;
    if let Err(e) = outcome {
        panic!("{e}\nserver output:\n{}", server.output());
    }
}

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
    c.wait().at_most(WAIT).for_url(neutral.parse().map_err(e("neutral URL"))?).await.map_err(e("quick exit did not land on the neutral site"))?;
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

/// A stand-in for the neutral site "quick exit" goes to, so the test needs no internet.
async fn neutral_site() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind neutral site");
    let addr = listener.local_addr().expect("address");
    let app = axum::Router::new().fallback(|| async { axum::response::Html("<!doctype html><title>Weather</title><p>Sunny.</p>") });
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}/")
}
