//! The demo member rates on a 360 px phone in Bengali: she skips a question on one
//! institution and saves, says "I did not go there" about the next, and sees her progress
//! ("2 of 8 done") and each institution's state on her list change. The faces are drawn
//! by Dhruva (SVG), the same on every phone.
//!
//! Headless Chromium against `dhruva demo` served on port 0; the demo leaves an open round
//! she has not rated. With `DHRUVA_SCREENS=1` it saves 360 px screenshots of the form and
//! her list in `docs/screens/`. Needs Debian's `chromium` and `chromium-driver`; skipped
//! with a note without them, unless `DHRUVA_TEST_REQUIRE_BROWSER=1` (set by `scripts/test`).

mod common;

use common::browser::{browser_available, e, log_in, save_evidence, text_of, wait_for, ChromeDriver, Flow};
use fantoccini::{Client, Locator};
use std::path::PathBuf;

const WIDTH: i64 = 360;

#[tokio::test]
async fn the_member_skips_a_question_and_marks_a_place_she_did_not_go_to_on_a_360_px_phone() {
    if !browser_available("the rating browser test") {
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    common::demo(&data);
    let server = common::Server::start(common::dhruva(&data, &["serve", "--bind", "127.0.0.1:0"]));
    let driver = ChromeDriver::start();
    let c = driver.session_at(&tmp.path().join("member-profile"), WIDTH, 800, 1.0).await;
    let screens = std::env::var("DHRUVA_SCREENS").is_ok_and(|v| v == "1");
    let outcome = flow(&c, &server.base, screens).await;
    if outcome.is_err() {
        save_evidence(&c, "browser-rating-member").await;
    }
    let _ = c.close().await;
    if let Err(err) = outcome {
        panic!("{err}\nserver output:\n{}", server.output());
    }
}

async fn flow(c: &Client, base: &str, screens: bool) -> Flow {
    log_in(c, base, "demo-member").await?;
    wait_for(c, "html[lang=bn] a.rate-link").await?;
    let list = c.find(Locator::Css("a.rate-link")).await.map_err(e("rate link"))?.attr("href").await.map_err(e("its address"))?;
    let list = format!("{base}{}", list.ok_or("the rate link has no address")?);
    c.goto(&list).await.map_err(e("open her list"))?;
    wait_for(c, "#rate-progress").await?;
    let (done_before, total) = done_of(&text_of(c, "#rate-progress").await?)?;

    // The next institution: faces drawn as pictures, a skip choice under every question.
    c.find(Locator::Id("rate-next")).await.map_err(e("next institution"))?.click().await.map_err(e("open it"))?;
    wait_for(c, "html[lang=bn] #rating-submit").await?;
    let first = c.current_url().await.map_err(e("the form's address"))?;
    let first_id = last_number(first.path())?;
    let faces = c.find_all(Locator::Css("label.face svg.face-svg")).await.map_err(e("the faces"))?;
    let radios = c.find_all(Locator::Css("label.face input[type=radio]")).await.map_err(e("the face choices"))?;
    if faces.is_empty() || faces.len() != radios.len() {
        return Err(format!("{} drawn faces for {} face choices", faces.len(), radios.len()));
    }
    let questions = question_names(c).await?;
    if questions.len() < 5 {
        return Err(format!("expected the standard questions, found {}", questions.len()));
    }
    fits(c).await?;
    // A face for every question but the last, which she skips on purpose.
    let (skipped, answered) = questions.split_last().ok_or("no questions")?;
    for name in answered {
        tap(c, &format!("//input[@type='radio'][@name='{name}'][@value='0']/ancestor::label")).await?;
    }
    tap(c, &format!("//input[@type='radio'][@name='{skipped}'][@value='skip']/ancestor::label")).await?;
    if screens {
        screenshot(c, "member-rate-skip-bn-360.png", Some(&format!("{skipped}-skip"))).await;
    }
    c.find(Locator::Id("rating-submit")).await.map_err(e("save"))?.click().await.map_err(e("send"))?;
    wait_for(c, "#rating-saved").await.map_err(|m| format!("her rating with a skip was not saved: {m}"))?;
    let progress = done_of(&text_of(c, "#rate-progress").await?)?;
    if progress != (done_before + 1, total) {
        return Err(format!("after one rating the form says {progress:?} done, not {:?}", (done_before + 1, total)));
    }

    // On to the next one, where she did not go.
    let second = c.current_url().await.map_err(e("the next form's address"))?;
    let second_id = last_number(second.path())?;
    if second_id == first_id {
        return Err("saving did not move her on to the next institution".to_owned());
    }
    c.find(Locator::Id("not-gone")).await.map_err(e("'I did not go there'"))?.click().await.map_err(e("tap it"))?;
    // The page she left also says "saved" (her first rating): wait until she is moved on, or
    // going back to her list races the answer to this tap.
    moved_on_from(c, second.as_str()).await?;
    wait_for(c, "#rating-saved").await.map_err(|m| format!("her 'did not go' was not confirmed: {m}"))?;

    // Her list: two more done, one rated and one not gone.
    c.goto(&list).await.map_err(e("back to her list"))?;
    wait_for(c, "#rate-progress").await?;
    let after = done_of(&text_of(c, "#rate-progress").await?)?;
    if after != (done_before + 2, total) {
        return Err(format!("her list says {after:?} done after two, having said {:?}", (done_before, total)));
    }
    for (id, want) in [(first_id, "done"), (second_id, "not-gone")] {
        let row = c.find(Locator::Id(&format!("rate-row-{id}"))).await.map_err(e("her list's row"))?;
        let state = row.attr("data-state").await.map_err(e("its state"))?.unwrap_or_default();
        if state != want {
            return Err(format!("institution {id} is {state:?} on her list, not {want:?}"));
        }
    }
    fits(c).await?;
    if screens {
        screenshot(c, "member-rate-list-bn-360.png", None).await;
    }

    // She reopens the first: her face choices and her skip are as she left them.
    c.goto(first.as_str()).await.map_err(e("reopen her rating"))?;
    wait_for(c, "#rating-submit").await?;
    let skip_checked = c.find(Locator::Id(&format!("{skipped}-skip"))).await.map_err(e("the skip"))?.prop("checked").await.map_err(e("checked?"))?;
    if skip_checked.as_deref() != Some("true") {
        return Err(format!("the question she skipped is not shown skipped ({skip_checked:?})"));
    }
    Ok(())
}

/// Waits until the browser has left `from` (a form's answer has arrived).
async fn moved_on_from(c: &Client, from: &str) -> Flow {
    let deadline = std::time::Instant::now() + common::browser::WAIT;
    while std::time::Instant::now() < deadline {
        if c.current_url().await.map_err(e("the address"))?.as_str() != from {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    Err(format!("still on {from} after 'I did not go there'"))
}

async fn tap(c: &Client, xpath: &str) -> Flow {
    let label = c.find(Locator::XPath(xpath)).await.map_err(|m| format!("find {xpath}: {m}"))?;
    label.click().await.map_err(|m| format!("tap {xpath}: {m}"))
}

/// The questions on the form, in order (each radio group's name once).
async fn question_names(c: &Client) -> Result<Vec<String>, String> {
    let mut names: Vec<String> = Vec::new();
    for radio in c.find_all(Locator::Css("fieldset.rating input[type=radio]")).await.map_err(e("the choices"))? {
        let name = radio.attr("name").await.map_err(e("a choice's question"))?.unwrap_or_default();
        if !names.contains(&name) {
            names.push(name);
        }
    }
    Ok(names)
}

/// Nothing wider than the 360 px screen.
async fn fits(c: &Client) -> Flow {
    let widths = c.execute("return [document.documentElement.scrollWidth, window.innerWidth];", vec![]).await.map_err(e("measure the page"))?;
    let (scroll, inner) = (widths[0].as_i64().unwrap_or(i64::MAX), widths[1].as_i64().unwrap_or(0));
    if inner != WIDTH || scroll > inner {
        return Err(format!("the page is {scroll}px wide in a {inner}px window"));
    }
    Ok(())
}

/// "(done, total)" from a progress line in Bengali or Latin digits.
fn done_of(line: &str) -> Result<(u64, u64), String> {
    let latin: String = line
        .chars()
        .map(|ch| match ch {
            '০'..='৯' => char::from_digit(ch as u32 - '০' as u32, 10).unwrap_or(ch),
            _ => ch,
        })
        .collect();
    let numbers: Vec<u64> = latin.split(|ch: char| !ch.is_ascii_digit()).filter_map(|s| s.parse().ok()).collect();
    // Bengali says the total first ("৮টির মধ্যে ২টি"), English the count done ("2 of 8").
    match numbers.as_slice() {
        [a, b] if a <= b && !line.contains("মধ্যে") => Ok((*a, *b)),
        [total, done] => Ok((*done, *total)),
        _ => Err(format!("no 'done of total' in {line:?}")),
    }
}

fn last_number(path: &str) -> Result<i64, String> {
    path.rsplit('/').next().and_then(|s| s.parse().ok()).ok_or_else(|| format!("no institution id in {path}"))
}

/// A 360 px screenshot in `docs/screens/`, scrolled to `anchor` when given.
async fn screenshot(c: &Client, name: &str, anchor: Option<&str>) {
    if let Some(id) = anchor {
        let _ = c
            .execute(
                "const el = document.getElementById(arguments[0]); if (el) { el.closest('fieldset').scrollIntoView(); window.scrollBy(0, -40); }",
                vec![serde_json::json!(id)],
            )
            .await;
    }
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/screens"));
    let _ = std::fs::create_dir_all(&dir);
    if let Ok(png) = c.screenshot().await {
        let _ = std::fs::write(dir.join(name), png);
    }
}
