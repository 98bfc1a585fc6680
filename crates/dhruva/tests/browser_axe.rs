//! The axe-core accessibility check on every main page of every role, at 412 px in English
//! and Bengali: no serious or critical violation.
//!
//! Headless Chromium against `dhruva demo` served on port 0. For each language and role it
//! logs in, switches the language with the footer's buttons and follows the links it is
//! shown from its home, the menu, its profile and the score cards, one page of each shape
//! (a path with its ids replaced; in Bengali, shapes an earlier role showed are left out, to
//! keep the test near a minute), so home, profile, consents, access log, my data, the cases
//! list and a case, the rating list and form, a round, its score card, the desk, the figures,
//! the federation's pages, login, privacy and the public score cards are each looked at. On
//! each page it injects `axe.min.js` through WebDriver's execute (a script the page did not
//! load: the strict CSP does not apply to it) and runs `axe.run`.
//!
//! axe-core comes from npm, pinned in `tests/axe/package-lock.json`; `scripts/test` installs it
//! with `npm ci`. Without it, or without Debian's `chromium` and `chromium-driver`, the test is
//! skipped with a note, unless `DHRUVA_TEST_REQUIRE_BROWSER=1` (set by `scripts/test`).

mod common;

use common::browser::{browser_available, e, save_evidence, wait_for, ChromeDriver, Flow, PHONE_WIDTH};
use fantoccini::{Client, Locator};
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::PathBuf;

const ROLES: [&str; 6] = ["demo-member", "demo-leader", "demo-facilitator", "demo-analyst", "demo-admin", "demo-coordinator"];
/// Pages per role and language: more than the shapes any role reaches.
const MAX_PAGES: usize = 60;
/// The impacts this test fails on (axe's "minor" and "moderate" are reported, not failed).
const FAILING: [&str; 2] = ["serious", "critical"];

fn axe_path() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/axe/node_modules/axe-core/axe.min.js"))
}

/// axe-core's script, or `None` (with a note) when it is not installed and not required.
fn axe_source() -> Option<String> {
    match std::fs::read_to_string(axe_path()) {
        Ok(source) => Some(source),
        Err(err) => {
            let note = format!("{} cannot be read ({err}); `cd tests/axe && npm ci` installs it", axe_path().display());
            if std::env::var("DHRUVA_TEST_REQUIRE_BROWSER").is_ok_and(|v| v == "1") {
                panic!("the axe-core browser test is required (DHRUVA_TEST_REQUIRE_BROWSER=1) but {note}");
            }
            eprintln!("SKIPPED the axe-core browser test: {note}. scripts/test installs it and makes this test required.");
            None
        }
    }
}

#[tokio::test]
async fn no_main_page_of_any_role_has_a_serious_or_critical_axe_violation_in_english_or_bengali() {
    if !browser_available("the axe-core browser test") {
        return;
    }
    let Some(axe) = axe_source() else { return };
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    common::demo(&data);
    let server = common::Server::start(common::dhruva(&data, &["serve", "--bind", "127.0.0.1:0"]));
    let driver = ChromeDriver::start();

    // The two languages side by side, each in its own browser (2 cores: about half the time).
    let (profile_en, profile_bn) = (tmp.path().join("profile-en"), tmp.path().join("profile-bn"));
    let (en, bn) =
        tokio::join!(one_language(&driver, &profile_en, &server.base, "en", &axe), one_language(&driver, &profile_bn, &server.base, "bn", &axe));
    let (mut checked, mut violations) = (Vec::new(), Vec::new());
    for outcome in [en, bn] {
        match outcome {
            Ok((pages, found)) => {
                checked.extend(pages);
                violations.extend(found);
            }
            Err(err) => panic!("{err}\nserver output:\n{}", server.output()),
        }
    }
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let _ = std::fs::write(dir.join("browser-axe-pages.txt"), checked.join("\n"));
    let lesser = LESSER.lock().expect("lesser lock").iter().cloned().collect::<Vec<_>>();
    let _ = std::fs::write(dir.join("browser-axe-lesser.txt"), lesser.join("\n"));
    eprintln!("{} kinds of moderate or minor findings (not failed on), in {}", lesser.len(), dir.join("browser-axe-lesser.txt").display());
    let (injecting, running) = *TIMES.lock().expect("times lock");
    eprintln!(
        "axe-core looked at {} pages (list in {}); injecting it took {injecting:.1?}, running it {running:.1?}",
        checked.len(),
        dir.join("browser-axe-pages.txt").display()
    );
    // The pages the brief names must each have been reached, or the crawl lost its way.
    for must in [
        "/login",
        "/privacy",
        "/public/scorecards",
        "/profile",
        "/profile/consents",
        "/profile/access-log",
        "/profile/data",
        "/cases/*",
        "/federation/scorecards",
    ] {
        assert!(checked.iter().any(|p| p.split(' ').nth(2) == Some(must)), "axe never looked at {must}:\n{}", checked.join("\n"));
    }
    if !violations.is_empty() {
        let all = dir.join("browser-axe-violations.txt");
        let _ = std::fs::write(&all, violations.join("\n"));
        panic!("{} serious or critical axe-core violations (all in {}):\n{}", violations.len(), all.display(), violations.join("\n"));
    }
}

/// Every role in `lang`, in a browser of its own: the pages before logging in, then each
/// role's crawl. Returns the pages looked at and the violations found.
async fn one_language(
    driver: &ChromeDriver,
    profile: &std::path::Path,
    base: &str,
    lang: &str,
    axe: &str,
) -> Result<(Vec<String>, Vec<String>), String> {
    let c = driver.session_at(profile, PHONE_WIDTH, 915, 1.0).await;
    let (mut checked, mut violations) = (Vec::new(), Vec::new());
    let outcome = async {
        c.goto(&format!("{base}/login")).await.map_err(e("open /login"))?;
        canary(&c, axe).await?;
        switch_language(&c, lang).await?;
        crawl(&c, base, "anonymous", lang, &["/login", "/privacy", "/public/scorecards"], axe, &mut checked, &mut violations).await?;
        // Two pages no link leads to: the login form shown again after a wrong password (its
        // message beside the field), and "not found".
        c.goto(&format!("{base}/login")).await.map_err(e("open /login"))?;
        c.find(Locator::Css("input[name=login]")).await.map_err(e("login field"))?.send_keys("nobody-by-this-name").await.map_err(e("type login"))?;
        c.find(Locator::Css("input[name=password]"))
            .await
            .map_err(e("password field"))?
            .send_keys("not-a-password")
            .await
            .map_err(e("type password"))?;
        c.execute("document.documentElement.dataset.before = 'refused'", vec![]).await.map_err(e("mark the page"))?;
        c.find(Locator::Id("login-submit")).await.map_err(e("login button"))?.click().await.map_err(e("click login"))?;
        wait_for(&c, "html:not([data-before]) input[name=password]").await?;
        for (what, path) in [("the login page after a wrong password", "/login"), ("not found", "/no-such-page")] {
            if path != "/login" {
                c.goto(&format!("{base}{path}")).await.map_err(e("open a page that is not there"))?;
            }
            checked.push(format!("anonymous {lang} {path} ({what})"));
            for problem in run_axe(&c, axe).await.map_err(|err| format!("axe on {what}: {err}"))? {
                violations.push(format!("anonymous {lang} {path} ({what}): {problem}"));
            }
        }
        for role in ROLES {
            c.delete_all_cookies().await.map_err(e("forget the last person"))?;
            log_in(&c, base, role).await?;
            switch_language(&c, lang).await?;
            crawl(&c, base, role, lang, &["/", "/profile", "/collectives", "/federation/scorecards"], axe, &mut checked, &mut violations).await?;
        }
        Ok::<(), String>(())
    }
    .await;
    if outcome.is_err() {
        save_evidence(&c, &format!("browser-axe-{lang}")).await;
    }
    let _ = c.close().await;
    outcome.map(|()| (checked, violations))
}

/// The check can fail: on the login page, an image without a text alternative and a button
/// without a name are found as the critical violations they are (so axe-core ran, past the
/// page's strict CSP, and its findings are read).
async fn canary(c: &Client, axe: &str) -> Flow {
    c.execute("const i = document.createElement('img'); i.src = '/favicon.ico'; document.querySelector('main').append(i); const b = document.createElement('button'); document.querySelector('main').append(b);", vec![])
        .await
        .map_err(e("plant the canary"))?;
    let found = run_axe(c, axe).await?;
    for id in ["image-alt (critical)", "button-name (critical)"] {
        if !found.iter().any(|v| v.starts_with(id)) {
            return Err(format!("axe-core did not find the planted {id}: {found:?}"));
        }
    }
    Ok(())
}

async fn log_in(c: &Client, base: &str, username: &str) -> Flow {
    c.goto(&format!("{base}/login")).await.map_err(e("open /login"))?;
    c.find(Locator::Css("input[name=login]")).await.map_err(e("login field"))?.send_keys(username).await.map_err(e("type login"))?;
    c.find(Locator::Css("input[name=password]"))
        .await
        .map_err(e("password field"))?
        .send_keys(common::DEMO_PASSWORD)
        .await
        .map_err(e("type password"))?;
    c.find(Locator::Id("login-submit")).await.map_err(e("login button"))?.click().await.map_err(e("click login"))?;
    wait_for(c, "a[href='/profile']").await.map_err(|m| format!("{username} did not get past the login page: {m}"))
}

async fn switch_language(c: &Client, lang: &str) -> Flow {
    c.execute("document.documentElement.dataset.before = 'switch'", vec![]).await.map_err(e("mark the page"))?;
    let button = format!("button[name=lang][value={lang}]");
    c.find(Locator::Css(&button)).await.map_err(e("language switcher"))?.click().await.map_err(e("click language"))?;
    wait_for(c, &format!("html[lang={lang}]:not([data-before])")).await
}

/// Follows the links a role is shown, breadth first from `seeds`, one page of each shape,
/// and runs axe-core on each.
#[allow(clippy::too_many_arguments)]
async fn crawl(
    c: &Client,
    base: &str,
    role: &str,
    lang: &str,
    seeds: &[&str],
    axe: &str,
    checked: &mut Vec<String>,
    violations: &mut Vec<String>,
) -> Flow {
    let mut queue: VecDeque<String> = seeds.iter().map(|s| (*s).to_owned()).collect();
    let mut seen: BTreeSet<String> = queue.iter().cloned().collect();
    let mut shapes: BTreeMap<String, usize> = queue.iter().map(|s| (shape(s), 1)).collect();
    let mut count = 0;
    while let Some(path) = queue.pop_front() {
        if count >= MAX_PAGES {
            break;
        }
        c.goto(&format!("{base}{path}")).await.map_err(|err| format!("open {path}: {err}"))?;
        let page = c.execute(LOOK, vec![]).await.map_err(|err| format!("look at {path}: {err}"))?;
        let bare = path.split('?').next().unwrap_or(&path);
        if !page["ok"].as_bool().unwrap_or(false) || page["path"].as_str() != Some(bare) {
            // A "not found" or "not allowed" page for a seed this role may not use, or a
            // redirect (to the login page, say) to a page looked at on its own.
            continue;
        }
        count += 1;
        checked.push(format!("{role} {lang} {} {path}", shape(&path)));
        for problem in run_axe(c, axe).await.map_err(|err| format!("axe on {path}: {err}"))? {
            violations.push(format!("{role} {lang} {path}: {problem}"));
        }
        for link in page["links"].as_array().into_iter().flatten().filter_map(|l| l.as_str()) {
            let link = link.split('#').next().unwrap_or(link).to_owned();
            if link.is_empty() || seen.contains(&link) || !worth_visiting(&link) {
                continue;
            }
            seen.insert(link.clone());
            // In Bengali, a page of a shape an earlier role's crawl looked at is left out (each
            // role's seeds are still looked at): what the language changes (the words, their
            // length, the `lang`) is the same on it; English checks every role's every shape.
            let key = shape(&link);
            if lang != "en" && checked.iter().any(|p| p.split(' ').nth(1) == Some(lang) && p.split(' ').nth(2) == Some(key.as_str())) {
                continue;
            }
            let n = shapes.entry(key).or_insert(0);
            if *n < 1 {
                *n += 1;
                queue.push_back(link);
            }
        }
    }
    Ok(())
}

/// Injects axe-core (once per page) and runs it; returns each serious or critical violation
/// as "id (impact): help — targets".
async fn run_axe(c: &Client, axe: &str) -> Result<Vec<String>, String> {
    let started = std::time::Instant::now();
    c.execute(axe, vec![]).await.map_err(|err| format!("inject axe-core: {err}"))?;
    let injected = started.elapsed();
    let result = c.execute_async(RUN, vec![]).await.map_err(|err| format!("run axe-core: {err}"))?;
    if let Ok(mut t) = TIMES.lock() {
        t.0 += injected;
        t.1 += started.elapsed() - injected;
    }
    if let Some(err) = result.get("error").and_then(|v| v.as_str()) {
        return Err(err.to_owned());
    }
    let mut out = Vec::new();
    for v in result["violations"].as_array().into_iter().flatten() {
        let impact = v["impact"].as_str().unwrap_or("");
        let targets: Vec<String> = v["nodes"].as_array().into_iter().flatten().map(|n| n["target"].to_string()).collect();
        let found = format!("{} ({impact}): {} — {}", v["id"].as_str().unwrap_or("?"), v["help"].as_str().unwrap_or(""), targets.join(", "));
        if FAILING.contains(&impact) {
            out.push(found);
        } else if let Ok(mut lesser) = LESSER.lock() {
            lesser.insert(found);
        }
    }
    Ok(out)
}

/// The moderate and minor violations seen (not failed on), for whoever improves the pages next.
static LESSER: std::sync::Mutex<BTreeSet<String>> = std::sync::Mutex::new(BTreeSet::new());

/// Time spent injecting axe-core and running it, all pages together.
static TIMES: std::sync::Mutex<(std::time::Duration, std::time::Duration)> =
    std::sync::Mutex::new((std::time::Duration::ZERO, std::time::Duration::ZERO));

/// Runs axe on the whole document; WebDriver's async callback is the last argument.
const RUN: &str = r#"
const done = arguments[arguments.length - 1];
axe.run(document, { resultTypes: ['violations'] })
  .then(r => done({ violations: r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => ({ target: n.target })) })) }))
  .catch(err => done({ error: String(err) }));
"#;

/// Whether the page is one of the app's (not an error page), and its links.
const LOOK: &str = r#"
const links = [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'));
const ok = !!document.querySelector('header.top') && !document.querySelector('main .not-found, main #error');
return { ok, links, path: location.pathname };
"#;

/// Pages, not files or actions: downloads, letters' photos and the exits are left alone.
fn worth_visiting(path: &str) -> bool {
    let bare = path.split('?').next().unwrap_or(path);
    path.starts_with('/')
        && !path.starts_with("//")
        && ![".csv", ".json", ".xlsx", ".xml", ".pdf", ".jpg", ".png", ".zip", "/file", "/photo", "/download"].iter().any(|end| bare.ends_with(end))
        && !["/logout", "/exit", "/static/", "/api/", "/attachments/"].iter().any(|p| bare.starts_with(p))
}

/// A path with its ids (any segment holding a digit, or a long token) replaced, so one
/// member or case stands for all.
fn shape(path: &str) -> String {
    let bare = path.split('?').next().unwrap_or(path);
    bare.split('/').map(|seg| if seg.chars().any(|ch| ch.is_ascii_digit()) || seg.len() > 24 { "*" } else { seg }).collect::<Vec<_>>().join("/")
}
