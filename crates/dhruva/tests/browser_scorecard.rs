//! A member rates an institution in Bengali on a phone-sized screen; her leader sees the
//! round's progress go up by one, and never her answers.
//!
//! Two headless Chromium sessions against `dhruva demo` served on port 0. The demo's open
//! round has been rated by some members but not by `demo-member` or `demo-leader`. Needs
//! Debian's `chromium` and `chromium-driver`; skipped with a note without them, unless
//! `DHRUVA_TEST_REQUIRE_BROWSER=1` (set by `scripts/test`).

mod common;

use common::browser::{e, fits_the_phone, is_bengali, log_in, on_two_phones, text_of, wait_for, Flow};
use fantoccini::{Client, Locator};

#[tokio::test]
async fn a_member_rates_in_bengali_on_her_phone_and_her_leader_sees_the_count_but_not_her_rating() {
    on_two_phones("scorecard", ["member", "leader"], |member, leader, base| async move { flow(&member, &leader, &base).await }).await;
}

async fn flow(member: &Client, leader: &Client, base: &str) -> Flow {
    // Her home page (Bengali is her account's language) leads to the open round.
    log_in(member, base, "demo-member").await?;
    wait_for(member, "html[lang=bn] a.rate-link").await?;
    let rate_list = member.find(Locator::Css("a.rate-link")).await.map_err(e("rate link"))?.attr("href").await.map_err(e("its address"))?;
    let rate_list = rate_list.ok_or("the rate link has no address")?;
    let round_page = format!("{base}{}", rate_list.trim_end_matches("/rate"));

    // Her leader looks at the round before she rates.
    log_in(leader, base, "demo-leader").await?;
    leader.goto(&round_page).await.map_err(e("open the round"))?;
    wait_for(leader, "#round-progress").await?;
    let before = numbers(&text_of(leader, "#round-progress").await?);

    // She rates the next institution in a few taps.
    member.goto(&format!("{base}{rate_list}")).await.map_err(e("open the list"))?;
    wait_for(member, "#rate-next").await?;
    member.find(Locator::Id("rate-next")).await.map_err(e("next institution"))?.click().await.map_err(e("open it"))?;
    wait_for(member, "html[lang=bn] #rating-submit").await?;
    let form_page = member.current_url().await.map_err(e("the form's address"))?;
    // The institution's name is as registered; the questions and the button are in her language.
    for css in ["legend", "#rating-submit"] {
        let text = text_of(member, css).await?;
        if !text.chars().any(is_bengali) {
            return Err(format!("{css} on the rating page is not in Bengali: {text:?}"));
        }
    }
    fits_the_phone(member).await?;
    let chosen = choose_second_best_everywhere(member).await?;
    member.find(Locator::Id("rating-submit")).await.map_err(e("submit"))?.click().await.map_err(e("send"))?;
    wait_for(member, "#rating-saved").await.map_err(|m| format!("her rating was not confirmed: {m}"))?;

    // She sees her own answers again when she reopens it.
    member.goto(form_page.as_str()).await.map_err(e("reopen her rating"))?;
    wait_for(member, "#rating-submit").await?;
    let checked = member.find_all(Locator::Css("input[type=radio]:checked")).await.map_err(e("her answers"))?;
    if checked.len() != chosen {
        return Err(format!("she answered {chosen} questions but sees {} answers", checked.len()));
    }

    // Her leader: one more has rated; her answers are nowhere.
    leader.goto(&round_page).await.map_err(e("reload the round"))?;
    wait_for(leader, "#round-progress").await?;
    let after = numbers(&text_of(leader, "#round-progress").await?);
    let changed: Vec<(u64, u64)> = before.iter().zip(&after).filter(|(b, a)| b != a).map(|(b, a)| (*b, *a)).collect();
    if before.len() != after.len() || changed.len() != 1 || changed[0].1 != changed[0].0 + 1 {
        return Err(format!("the leader's progress went from {before:?} to {after:?}: not one count up by one"));
    }
    // The leader is a member too: the same institution's form shows her own (empty) rating.
    leader.goto(form_page.as_str()).await.map_err(e("the leader opens the same form"))?;
    wait_for(leader, "#rating-submit").await?;
    let seen = leader.find_all(Locator::Css("input[type=radio]:checked")).await.map_err(e("answers shown to the leader"))?;
    if !seen.is_empty() {
        return Err(format!("the leader's form shows {} checked answers: someone else's rating leaked", seen.len()));
    }
    Ok(())
}

/// Taps the second-best face (or the second choice) of every question; returns how many.
async fn choose_second_best_everywhere(c: &Client) -> Result<usize, String> {
    let radios = c.find_all(Locator::Css("input[type=radio]")).await.map_err(e("the faces"))?;
    let mut names: Vec<(String, Vec<String>)> = Vec::new();
    for radio in radios {
        let name = radio.attr("name").await.map_err(e("a face's question"))?.unwrap_or_default();
        let value = radio.attr("value").await.map_err(e("a face's value"))?.unwrap_or_default();
        match names.iter_mut().find(|(n, _)| *n == name) {
            Some((_, values)) => values.push(value),
            None => names.push((name, vec![value])),
        }
    }
    if names.len() < 5 {
        return Err(format!("expected the standard indicators, found {} questions", names.len()));
    }
    for (name, values) in &names {
        let value = if values.len() > 2 { &values[values.len() - 2] } else { &values[values.len() - 1] };
        // She taps the face (the label), as on a phone; the radio itself may be visually hidden.
        let label = format!("//input[@type='radio'][@name='{name}'][@value='{value}']/ancestor::label");
        let face = c.find(Locator::XPath(&label)).await.map_err(|m| format!("the face {value} of {name}: {m}"))?;
        face.click().await.map_err(|m| format!("tap {name}: {m}"))?;
    }
    Ok(names.len())
}

/// The numbers in a progress line, in Bengali or Latin digits (the word order differs by
/// language, so the test compares lines rather than picking "the" count).
fn numbers(progress: &str) -> Vec<u64> {
    let latin: String = progress
        .chars()
        .map(|c| match c {
            '০'..='৯' => char::from_digit(c as u32 - '০' as u32, 10).unwrap_or(c),
            _ => c,
        })
        .collect();
    latin.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).filter_map(|s| s.parse().ok()).collect()
}
