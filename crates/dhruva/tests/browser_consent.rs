//! A member withdraws mentoring consent on a phone-sized screen, in Bengali, and on her
//! mentor's very next request her name and details are no longer shown to the mentor.
//!
//! Two separate headless Chromium sessions (412×915, a common Android phone) against `dhruva
//! demo` served on port 0: `demo-facilitator` is `demo-member`'s assigned mentor and she has
//! agreed to mentoring. Needs Debian's `chromium` and `chromium-driver`; without them the test
//! is skipped with a note, unless `DHRUVA_TEST_REQUIRE_BROWSER=1` (set by `scripts/test`).

mod common;

use common::browser::{e, fits_the_phone, is_bengali, log_in, on_two_phones, text_of, wait_for, wait_for_xpath, Flow};
use fantoccini::{Client, Locator};

/// `demo-member`'s fixed code in the demo.
const MEMBER_CODE: &str = "M-WB0010";

#[tokio::test]
async fn a_member_withdraws_mentoring_on_her_phone_and_her_mentor_loses_her_profile_at_once() {
    on_two_phones("consent", ["mentor", "member"], |mentor, member, base| async move { flow(&mentor, &member, &base).await }).await;
}

async fn flow(mentor: &Client, member: &Client, base: &str) -> Flow {
    // The mentor opens her page and sees her name.
    log_in(mentor, base, "demo-facilitator").await?;
    wait_for(mentor, "a.collective-link").await?;
    mentor.find(Locator::Css("a.collective-link")).await.map_err(e("collective link"))?.click().await.map_err(e("open collective"))?;
    let link = format!("//a[contains(@class,'member-link')][.//span[normalize-space(text())='{MEMBER_CODE}']]");
    wait_for_xpath(mentor, &link).await?;
    mentor.find(Locator::XPath(&link)).await.map_err(e("her link"))?.click().await.map_err(e("open her page"))?;
    wait_for(mentor, "#member-code").await?;
    let her_page = mentor.current_url().await.map_err(e("her page's address"))?;
    let name = text_of(mentor, "#member-name").await.map_err(|m| format!("as her mentor with her consent, her name shows: {m}"))?;
    if name.is_empty() || name.contains(MEMBER_CODE) {
        return Err(format!("#member-name shows {name:?}"));
    }

    // On her own phone, in Bengali, she stops mentoring with one tap.
    log_in(member, base, "demo-member").await?;
    member.goto(&format!("{base}/profile/consents")).await.map_err(e("open her choices"))?;
    wait_for(member, "html[lang=bn] #consent-mentoring-withdraw").await?;
    let heading = text_of(member, "#consent-mentoring h2").await?;
    if !heading.chars().any(is_bengali) {
        return Err(format!("the mentoring choice is not in Bengali: {heading:?}"));
    }
    fits_the_phone(member).await?;
    let button = member.find(Locator::Id("consent-mentoring-withdraw")).await.map_err(e("the stop button"))?;
    if !button.is_displayed().await.map_err(e("is the button shown"))? {
        return Err("the stop button is not visible on the phone-sized screen".into());
    }
    button.click().await.map_err(e("tap stop"))?;
    wait_for(member, "#consent-mentoring-grant").await.map_err(|m| format!("after stopping, she can agree again: {m}"))?;
    let status = text_of(member, "#consent-mentoring p.no").await?;
    if !status.chars().any(is_bengali) {
        return Err(format!("the new state is not shown in Bengali: {status:?}"));
    }

    // The mentor's very next request: her code still, her name and details no more.
    mentor.goto(her_page.as_str()).await.map_err(e("reload her page"))?;
    wait_for(mentor, "#member-code").await?;
    let names = mentor.find_all(Locator::Css("#member-name")).await.map_err(e("look for her name"))?;
    if !names.is_empty() {
        return Err("after she withdrew, her mentor still sees #member-name".into());
    }
    let body = text_of(mentor, "body").await?;
    if body.contains(&name) {
        return Err("after she withdrew, her name is still on her mentor's page".into());
    }
    Ok(())
}
