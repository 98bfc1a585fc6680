//! The login page as a first-week user meets it, in headless Chromium whose browser asks for
//! English (issue 10, finding 5): she chooses Bengali at the top, a wrong password keeps her
//! username, she logs in with only the password retyped, taps "Exit now", and the login page
//! she comes back to is in Bengali. Then the language choice at the top, in Telugu, on a
//! 360 px phone: it fits, and each button is a full tap target.
//!
//! Needs Debian's `chromium` and `chromium-driver` (skipped with a note otherwise, unless
//! `DHRUVA_TEST_REQUIRE_BROWSER=1`).

mod common;

use common::browser::{browser_available, e, is_bengali, save_evidence, text_of, wait_for, ChromeDriver, Flow, WAIT};
use common::{demo, dhruva, Server, DEMO_PASSWORD};
use fantoccini::{Client, Locator};

#[tokio::test]
async fn her_language_outlives_exit_now_and_a_wrong_password_keeps_her_username() {
    if !browser_available("the welcome browser test") {
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    demo(&data);
    let neutral = neutral_site().await;
    // Plain HTTP on loopback: cookies without `Secure`, as `--secure-cookies false` serves them.
    let server = Server::start(dhruva(&data, &["serve", "--bind", "127.0.0.1:0", "--quick-exit-url", &neutral]));
    let driver = ChromeDriver::start();

    let client = driver.session(&tmp.path().join("phone")).await;
    let outcome = welcome_flow(&client, &server.base, &neutral).await;
    if outcome.is_err() {
        save_evidence(&client, "browser-welcome").await;
    }
    let _ = client.close().await;

    let small = driver.session_at(&tmp.path().join("small-phone"), 360, 740, 1.0).await;
    let fits = telugu_choice_fits(&small, &server.base).await;
    if fits.is_err() {
        save_evidence(&small, "browser-welcome-360-te").await;
    }
    let _ = small.close().await;

    if let Err(e) = outcome.and(fits) {
        panic!("{e}\nserver output:\n{}", server.output());
    }
}

async fn lang_of(c: &Client) -> Result<String, String> {
    let v = c.execute("return document.documentElement.lang;", vec![]).await.map_err(e("read <html lang>"))?;
    Ok(v.as_str().unwrap_or_default().to_owned())
}

async fn value_of(c: &Client, css: &str) -> Result<String, String> {
    let el = c.find(Locator::Css(css)).await.map_err(|err| format!("find {css}: {err}"))?;
    Ok(el.prop("value").await.map_err(|err| format!("value of {css}: {err}"))?.unwrap_or_default())
}

async fn choose(c: &Client, lang: &str) -> Flow {
    c.execute("document.documentElement.dataset.before = 'switch'", vec![]).await.map_err(e("mark the page"))?;
    let button = format!("#languages button[name=lang][value={lang}]");
    c.find(Locator::Css(&button)).await.map_err(e("the language choice at the top"))?.click().await.map_err(e("tap the language"))?;
    wait_for(c, &format!("html[lang={lang}]:not([data-before])")).await
}

async fn welcome_flow(c: &Client, base: &str, neutral: &str) -> Flow {
    c.goto(&format!("{base}/login")).await.map_err(e("open /login"))?;
    wait_for(c, "input[name=login]").await?;
    let first = lang_of(c).await?;
    if first != "en" {
        return Err(format!("this browser should ask for English, but the login page came in {first:?}"));
    }
    // The language choice is at the top: before the page's heading.
    let order = c
        .execute("const l = document.getElementById('languages'), m = document.querySelector('main'); return !!l && !!m && (l.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;", vec![])
        .await
        .map_err(e("compare positions"))?;
    if order.as_bool() != Some(true) {
        return Err("the language choice is not above the page".into());
    }

    // She chooses Bengali before logging in.
    choose(c, "bn").await?;

    // A wrong password: the page answers in Bengali, her username is still there, the password is not.
    c.find(Locator::Css("input[name=login]")).await.map_err(e("login field"))?.send_keys("demo-leader").await.map_err(e("type login"))?;
    c.find(Locator::Css("input[name=password]"))
        .await
        .map_err(e("password field"))?
        .send_keys("not her password")
        .await
        .map_err(e("type password"))?;
    c.execute("document.documentElement.dataset.before = 'login'", vec![]).await.map_err(e("mark the page"))?;
    c.find(Locator::Id("login-submit")).await.map_err(e("login button"))?.click().await.map_err(e("tap log in"))?;
    wait_for(c, "html:not([data-before]) p.error").await?;
    let error = text_of(c, "p.error").await?;
    if !error.chars().any(is_bengali) {
        return Err(format!("the refusal is not in Bengali: {error:?}"));
    }
    let kept = value_of(c, "input[name=login]").await?;
    if kept != "demo-leader" {
        return Err(format!("after a wrong password the username field holds {kept:?}, not what she typed"));
    }
    let password = value_of(c, "input[name=password]").await?;
    if !password.is_empty() {
        return Err("the password came back into the page".into());
    }
    let help = text_of(c, "#login-help").await?;
    if !help.contains("সংঘের নেত্রী") {
        return Err(format!("the login page does not say who can help, in Bengali: {help:?}"));
    }

    // She retypes only the password.
    c.find(Locator::Css("input[name=password]")).await.map_err(e("password field"))?.send_keys(DEMO_PASSWORD).await.map_err(e("type password"))?;
    c.find(Locator::Id("login-submit")).await.map_err(e("login button"))?.click().await.map_err(e("tap log in"))?;
    wait_for(c, "a[href='/profile']").await.map_err(|m| format!("she did not get in with her kept username: {m}"))?;

    // Exit now: away at once.
    c.find(Locator::Id("quick-exit")).await.map_err(e("#quick-exit"))?.click().await.map_err(e("tap Exit now"))?;
    c.wait().at_most(WAIT).for_url(neutral.parse().map_err(e("neutral URL"))?).await.map_err(e("Exit now did not land on the neutral site"))?;

    // Back to Dhruva: logged out, and the login page is in Bengali although the browser asks for English.
    c.goto(&format!("{base}/")).await.map_err(e("open Dhruva again"))?;
    wait_for(c, "input[name=password]").await.map_err(|m| format!("after Exit now she is not asked to log in: {m}"))?;
    let after = lang_of(c).await?;
    if after != "bn" {
        return Err(format!("after Exit now the login page is in {after:?}, not Bengali"));
    }
    let heading = text_of(c, "h1").await?;
    if !heading.chars().any(is_bengali) {
        return Err(format!("the login heading is not Bengali: {heading:?}"));
    }
    let cookies = c.get_all_cookies().await.map_err(e("read cookies"))?;
    let names: Vec<String> = cookies.iter().map(|k| k.name().to_owned()).collect();
    if names.iter().any(|n| n.contains("session")) {
        return Err(format!("a session cookie outlived Exit now: {names:?}"));
    }
    let lang = cookies.iter().find(|k| k.name() == "dhruva_lang").ok_or_else(|| format!("no language cookie after Exit now: {names:?}"))?;
    if lang.value() != "bn" || lang.http_only() != Some(true) {
        return Err(format!("the language cookie is {:?} (HttpOnly {:?})", lang.value(), lang.http_only()));
    }
    Ok(())
}

/// At 360 px in Telugu the choice at the top fits the screen, its buttons are at least 44 px
/// tall and none is cut, and it takes little of the screen.
async fn telugu_choice_fits(c: &Client, base: &str) -> Flow {
    c.goto(&format!("{base}/login")).await.map_err(e("open /login"))?;
    wait_for(c, "#languages").await?;
    choose(c, "te").await?;
    let measured = c
        .execute(
            "const f = document.getElementById('languages').getBoundingClientRect();
             const b = [...document.querySelectorAll('#languages button')].map(x => { const r = x.getBoundingClientRect(); return [r.left, r.right, r.height, x.scrollWidth <= x.clientWidth + 1]; });
             return [document.documentElement.scrollWidth, window.innerWidth, f.height, b];",
            vec![],
        )
        .await
        .map_err(e("measure the language choice"))?;
    let (scroll, inner, height) =
        (measured[0].as_f64().unwrap_or(f64::MAX), measured[1].as_f64().unwrap_or(0.0), measured[2].as_f64().unwrap_or(f64::MAX));
    if inner != 360.0 || scroll > inner {
        return Err(format!("the Telugu login page is {scroll}px wide in a {inner}px window"));
    }
    let buttons = measured[3].as_array().cloned().unwrap_or_default();
    if buttons.len() != 4 {
        return Err(format!("{} language buttons, not 4", buttons.len()));
    }
    for b in &buttons {
        let (left, right, h, whole) =
            (b[0].as_f64().unwrap_or(-1.0), b[1].as_f64().unwrap_or(f64::MAX), b[2].as_f64().unwrap_or(0.0), b[3].as_bool() == Some(true));
        if left < 0.0 || right > inner || h < 44.0 || !whole {
            return Err(format!("a language button at {left}..{right}, {h}px tall, text whole: {whole}"));
        }
    }
    // Small: at most two rows of buttons (each 44 px and a gap) above the page.
    if height > 110.0 {
        return Err(format!("the language choice takes {height}px of the screen"));
    }
    Ok(())
}

/// A stand-in for the neutral site "Exit now" goes to, so the test needs no internet.
async fn neutral_site() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind neutral site");
    let addr = listener.local_addr().expect("address");
    let app = axum::Router::new().fallback(|| async { axum::response::Html("<!doctype html><title>Weather</title><p>Sunny.</p>") });
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}/")
}
