//! Every page of every role, on a 360 px and a 412 px phone, in English, Bengali, Hindi and
//! Telugu: nothing wider than the screen, no word broken inside (a table cell or a value
//! narrower than its longest word), no link or button in the page's content under 44 px tall.
//!
//! Headless Chromium against `dhruva demo` served on port 0. For each role it logs in,
//! switches the language with the footer's buttons and follows the links it is shown, from
//! its home, the menu, its profile and the score cards, visiting two pages of each shape
//! (`/cases/*` once or twice, not all 63 members): about 1,400 pages in three to four
//! minutes for the whole matrix, all four languages at 360 px and at 412 px. With
//! `DHRUVA_SCREENS=1` it also saves 360 px screenshots of key pages in `docs/screens/`. Needs Debian's `chromium` and `chromium-driver`; skipped with a
//! note without them, unless `DHRUVA_TEST_REQUIRE_BROWSER=1` (set by `scripts/test`).

mod common;

use common::browser::{browser_available, e, save_evidence, wait_for, ChromeDriver, Flow};
use fantoccini::{Client, Locator};
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::PathBuf;

const ROLES: [&str; 6] = ["demo-member", "demo-leader", "demo-facilitator", "demo-analyst", "demo-admin", "demo-coordinator"];
/// (width, language): every language on the narrow phone and on the common one.
const MATRIX: [(i64, &str); 8] = [(360, "bn"), (360, "te"), (360, "hi"), (360, "en"), (412, "bn"), (412, "te"), (412, "hi"), (412, "en")];
/// Pages per role and language: enough for every shape of page a role reaches.
const MAX_PAGES: usize = 60;
/// Pages of one shape (a path with its ids replaced) looked at per role.
const PER_SHAPE: usize = 2;

#[tokio::test]
async fn every_page_of_every_role_fits_a_360_and_412_px_phone_in_every_language() {
    if !browser_available("the phone-layout browser test") {
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    common::demo(&data);
    let server = common::Server::start(common::dhruva(&data, &["serve", "--bind", "127.0.0.1:0"]));
    let driver = ChromeDriver::start();
    let screens = std::env::var("DHRUVA_SCREENS").is_ok_and(|v| v == "1");

    let mut problems: Vec<String> = Vec::new();
    let mut visited = 0;
    for (n, (width, lang)) in MATRIX.into_iter().enumerate() {
        let c = driver.session_at(&tmp.path().join(format!("profile-{n}")), width, 800, 1.0).await;
        let outcome = one_phone(&c, &server.base, width, lang, screens && width == 360, &mut problems).await;
        match outcome {
            Ok(count) => visited += count,
            Err(err) => {
                save_evidence(&c, &format!("browser-phone-{lang}-{width}")).await;
                let _ = c.close().await;
                panic!("{err}\nserver output:\n{}", server.output());
            }
        }
        let _ = c.close().await;
    }
    eprintln!("looked at {visited} pages");
    let shapes = VISITED.lock().expect("visited lock").iter().cloned().collect::<Vec<_>>().join("\n");
    let _ = std::fs::write(std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser-phone-pages.txt"), shapes);
    assert!(visited >= 40, "only {visited} pages were looked at: the crawl lost its way");
    if !problems.is_empty() {
        let all = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser-phone-problems.txt");
        let _ = std::fs::write(&all, problems.join("\n"));
        eprintln!("all problems in {}", all.display());
        let shown = problems.iter().take(80).cloned().collect::<Vec<_>>().join("\n");
        panic!("{} problems on phones (first 80):\n{shown}", problems.len());
    }
}

/// One phone: every role in `lang` at `width`; returns how many pages it looked at.
async fn one_phone(c: &Client, base: &str, width: i64, lang: &str, screens: bool, problems: &mut Vec<String>) -> Result<usize, String> {
    let mut count = 0;
    // Every cold visit asks for /favicon.ico: it is Dhruva's star, not a 404.
    c.goto(&format!("{base}/favicon.ico")).await.map_err(e("open /favicon.ico"))?;
    let icon = c.execute("return document.documentElement.localName;", vec![]).await.map_err(e("read the favicon"))?;
    if icon.as_str() != Some("svg") {
        problems.push(format!("/favicon.ico is not an SVG image but {icon}"));
    }
    // Before logging in: the login page and the public score cards.
    c.goto(&format!("{base}/login")).await.map_err(e("open /login"))?;
    switch_language(c, lang).await?;
    count += crawl(c, base, "anonymous", width, lang, &["/login", "/public/scorecards", "/privacy"], screens, problems).await?;
    for role in ROLES {
        c.delete_all_cookies().await.map_err(e("forget the last person"))?;
        log_in(c, base, role).await?;
        switch_language(c, lang).await?;
        count += crawl(c, base, role, width, lang, &["/", "/profile", "/collectives", "/federation/scorecards"], screens, problems).await?;
    }
    c.delete_all_cookies().await.map_err(e("log out"))?;
    Ok(count)
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

/// Every role's page shapes looked at, for whoever wonders what the crawl reached.
static VISITED: std::sync::Mutex<BTreeSet<String>> = std::sync::Mutex::new(BTreeSet::new());

/// Follows the links a role is shown, breadth first from `seeds`, and measures each page.
#[allow(clippy::too_many_arguments)]
async fn crawl(
    c: &Client,
    base: &str,
    role: &str,
    width: i64,
    lang: &str,
    seeds: &[&str],
    screens: bool,
    problems: &mut Vec<String>,
) -> Result<usize, String> {
    let mut queue: VecDeque<String> = seeds.iter().map(|s| (*s).to_owned()).collect();
    let mut seen: BTreeSet<String> = queue.iter().cloned().collect();
    let mut shapes: BTreeMap<String, usize> = BTreeMap::new();
    let mut count = 0;
    while let Some(path) = queue.pop_front() {
        if count >= MAX_PAGES {
            break;
        }
        c.goto(&format!("{base}{path}")).await.map_err(|err| format!("open {path}: {err}"))?;
        let found = c.execute(MEASURE, vec![]).await.map_err(|err| format!("measure {path}: {err}"))?;
        count += 1;
        VISITED.lock().expect("visited lock").insert(format!("{role} {lang} {width}px {path} {}px tall", found["height"]));
        let page_lang = found["lang"].as_str().unwrap_or("");
        let status_ok = found["ok"].as_bool().unwrap_or(false);
        if !status_ok {
            // A "not found" or "not allowed" page for a seed this role may not use.
            continue;
        }
        if page_lang != lang && !path.starts_with("/public/scorecards/") {
            problems.push(format!("{role} {lang} {width}px {path}: the page is in {page_lang:?}"));
        }
        for p in found["problems"].as_array().into_iter().flatten() {
            problems.push(format!("{role} {lang} {width}px {path}: {}", p.as_str().unwrap_or("?")));
        }
        if screens {
            screenshot(c, role, lang, &path).await;
        }
        for link in found["links"].as_array().into_iter().flatten().filter_map(|l| l.as_str()) {
            let link = link.split('#').next().unwrap_or(link).to_owned();
            if link.is_empty() || seen.contains(&link) || !worth_visiting(&link) {
                continue;
            }
            seen.insert(link.clone());
            let n = shapes.entry(shape(&link)).or_insert(0);
            if *n < PER_SHAPE {
                *n += 1;
                queue.push_back(link);
            }
        }
    }
    Ok(count)
}

/// Pages, not files or actions: downloads, letters' photos and the exits are left alone.
fn worth_visiting(path: &str) -> bool {
    let bare = path.split('?').next().unwrap_or(path);
    path.starts_with('/')
        && !path.starts_with("//")
        && ![".csv", ".json", ".xlsx", ".xml", ".pdf", ".jpg", ".png", ".zip", "/file", "/photo", "/download"].iter().any(|end| bare.ends_with(end))
        && !["/logout", "/exit", "/static/", "/api/", "/attachments/"].iter().any(|p| bare.starts_with(p))
}

/// A path with its ids (any segment holding a digit) replaced, so one member or case
/// stands for all.
fn shape(path: &str) -> String {
    let bare = path.split('?').next().unwrap_or(path);
    bare.split('/').map(|seg| if seg.chars().any(|ch| ch.is_ascii_digit()) || seg.len() > 24 { "*" } else { seg }).collect::<Vec<_>>().join("/")
}

/// Key pages kept as 360 px screenshots in `docs/screens/` (role, page shape, language).
const SCREENS: [(&str, &str, &str); 26] = [
    ("anonymous", "/login", "hi"),
    ("anonymous", "/login", "te"),
    ("demo-member", "/cases/*/update", "bn"),
    ("demo-member", "/cases/*/summary", "hi"),
    ("demo-member", "/reminders", "bn"),
    ("demo-member", "/profile/access-log", "bn"),
    ("demo-leader", "/rounds/*/advance", "bn"),
    ("demo-member", "/", "bn"),
    ("demo-member", "/cases/*", "bn"),
    ("demo-member", "/profile/data", "te"),
    ("demo-member", "/profile/consents", "bn"),
    ("demo-leader", "/", "te"),
    ("demo-leader", "/collectives/*", "bn"),
    ("demo-leader", "/members/*", "te"),
    ("demo-leader", "/collectives/*/casework", "bn"),
    ("demo-leader", "/collectives/*/casework/figures", "te"),
    ("demo-leader", "/cases/*", "en"),
    ("demo-leader", "/rounds/*/scorecard", "bn"),
    ("anonymous", "/public/scorecards/*", "bn"),
    ("demo-analyst", "/federation/casework", "hi"),
    ("demo-coordinator", "/", "bn"),
    ("demo-coordinator", "/staff/new", "hi"),
    ("demo-leader", "/collectives/*/members/new", "bn"),
    ("demo-leader", "/collectives/*/members/import", "te"),
    ("demo-leader", "/collectives/*/offices", "bn"),
    ("demo-leader", "/members/*/membership", "bn"),
];

/// Saves the screen of a key page, scrolled to its first table or list of values when that
/// is below the first screen, as `docs/screens/<role>-<page>-<lang>-360.png`.
async fn screenshot(c: &Client, role: &str, lang: &str, path: &str) {
    let key = shape(path);
    if !SCREENS.iter().any(|(r, s, l)| *r == role && *s == key && *l == lang) {
        return;
    }
    let page = key.trim_matches('/').replace(['/', '*'], "-").split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-");
    let page = if page.is_empty() { "home".to_owned() } else { page };
    let name = format!("{}-{page}-{lang}-360.png", role.trim_start_matches("demo-"));
    static TAKEN: std::sync::Mutex<BTreeSet<String>> = std::sync::Mutex::new(BTreeSet::new());
    if !TAKEN.lock().expect("screens lock").insert(name.clone()) {
        return; // one screen per page shape, role and language
    }
    let _ = c
        .execute("const t = document.querySelector('main table, main dl'); if (t && t.getBoundingClientRect().top > 500) { t.scrollIntoView(); window.scrollBy(0, -80); }", vec![])
        .await;
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/screens"));
    let _ = std::fs::create_dir_all(&dir);
    if let Ok(png) = c.screenshot().await {
        let _ = std::fs::write(dir.join(name), png);
    }
}

/// Measures the page in the browser. Returns its language, whether it is a page of the app
/// (not an error), the links in it and what is wrong:
/// - an element whose box goes past the screen's edge (only the outermost is named);
/// - a word drawn on two lines (broken inside) or past its cell's edge, in cells, values,
///   labels, list items, headings, links and buttons;
/// - a link or button in `main` under 44 px tall (links inside a sentence excepted, as in
///   WCAG's target-size rule).
const MEASURE: &str = r#"
const W = window.innerWidth, out = [];
const name = el => {
  let s = el.tagName.toLowerCase();
  if (el.id) s += '#' + el.id;
  if (el.className && typeof el.className === 'string') s += '.' + el.className.trim().split(/\s+/).join('.');
  const t = (el.innerText || el.getAttribute('aria-label') || el.value || '').trim().replace(/\s+/g, ' ');
  return s + ' "' + t.slice(0, 40) + '"';
};
const hidden = el => { for (let a = el; a; a = a.parentElement) { const r = a.getBoundingClientRect(); if (r.width <= 1 || r.height <= 1) return true; if (getComputedStyle(a).visibility === 'hidden') return true; } return false; };
if (document.documentElement.scrollWidth > W) out.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + 'px in ' + W + 'px');
const wide = [];
for (const el of document.body.querySelectorAll('*')) {
  if (wide.some(w => w.contains(el))) continue;
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) continue;
  if ((r.right > W + 1 || r.left < -1) && !hidden(el)) { wide.push(el); out.push('wider than the screen: ' + name(el) + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right) + 'px'); }
}
const words = new Set();
for (const cell of document.body.querySelectorAll('td, th, dd, dt, li, p, h1, h2, h3, a, button, label, legend, small, strong')) {
  if (hidden(cell)) continue;
  const box = cell.getBoundingClientRect();
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue, re = /[^\s\-\u2010]+/g;
    let m;
    while ((m = re.exec(text))) {
      const range = document.createRange();
      range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
      const rects = [...range.getClientRects()].filter(r => r.width > 0);
      if (!rects.length) continue;
      const tops = rects.map(r => r.top), lineHeight = Math.min(...rects.map(r => r.height));
      const key = m[0] + '@' + Math.round(rects[0].top);
      if (words.has(key)) continue;
      if (Math.max(...tops) - Math.min(...tops) > lineHeight / 2) { words.add(key); out.push('word broken inside ' + name(cell) + ': "' + m[0] + '"'); continue; }
      if (Math.max(...rects.map(r => r.right)) > box.right + 1 && getComputedStyle(cell).overflowX === 'visible') { words.add(key); out.push('word wider than its ' + name(cell) + ': "' + m[0] + '"'); }
    }
  }
}
const inSentence = a => { const p = a.parentElement; return p && ['P', 'SMALL', 'LI', 'DD', 'TD', 'LABEL', 'SPAN'].includes(p.tagName) && p.innerText.trim().length > a.innerText.trim().length + 20 && getComputedStyle(a).display === 'inline'; };
for (const el of document.querySelectorAll('main a[href], main button, main select, main summary, main input[type=submit], main input[type=text], main input[type=date], main input[type=number], main textarea')) {
  if (hidden(el)) continue;
  const r = el.getBoundingClientRect();
  if (r.height < 44 && !(el.tagName === 'A' && inSentence(el))) out.push('under 44 px tall (' + Math.round(r.height) + 'px): ' + name(el));
}
const links = [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'));
const ok = !!document.querySelector('header.top') && !document.querySelector('main .not-found, main #error');
return { lang: document.documentElement.lang, ok, links, problems: out, height: document.documentElement.scrollHeight };
"#;
