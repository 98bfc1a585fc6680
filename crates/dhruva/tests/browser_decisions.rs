//! Steps that cannot be taken back, on a phone (issue 10, finding 3): the leader closes the
//! demo's open round only through its confirmation page (cancelling first changes nothing) and
//! publishes it only through its own, which warns when most of the stored card is withheld;
//! the member's case page leads with where her case is, its forms behind one "Update this
//! case" button; she marks her ration card "rejected" through the confirmation page and takes
//! the move back with the undo.
//!
//! Two headless Chromium sessions against `dhruva demo` served on port 0 (both accounts read
//! Bengali). In the demo, `demo-leader` leads the collective that organises the open round,
//! and `demo-member`'s ration-card application is under verification. Needs Debian's
//! `chromium` and `chromium-driver`; skipped with a note without them, unless
//! `DHRUVA_TEST_REQUIRE_BROWSER=1` (set by `scripts/test`).

mod common;

use common::browser::{e, fits_the_phone, log_in, on_two_phones, text_of, wait_for, Flow};
use fantoccini::{Client, Locator};

#[tokio::test]
async fn closing_and_publishing_need_their_confirmation_and_her_case_move_is_undone() {
    on_two_phones("decisions", ["leader", "member"], |leader, member, base| async move { flow(&leader, &member, &base).await }).await;
}

async fn flow(leader: &Client, member: &Client, base: &str) -> Flow {
    // The member's home leads to the open round (the leader's round page).
    log_in(member, base, "demo-member").await?;
    wait_for(member, "a.rate-link").await?;
    let rate = member.find(Locator::Css("a.rate-link")).await.map_err(e("rate link"))?.attr("href").await.map_err(e("its address"))?;
    let round_page = format!("{base}{}", rate.ok_or("the rate link has no address")?.trim_end_matches("/rate"));
    leader_closes_and_publishes(leader, base, &round_page).await?;
    member_moves_her_case_and_undoes_it(member, base).await
}

async fn click(c: &Client, css: &str) -> Flow {
    c.find(Locator::Css(css)).await.map_err(|m| format!("find {css}: {m}"))?.click().await.map_err(|m| format!("tap {css}: {m}"))
}

async fn href(c: &Client, css: &str) -> Result<String, String> {
    let a = c.find(Locator::Css(css)).await.map_err(|m| format!("find {css}: {m}"))?;
    a.attr("href").await.map_err(|m| format!("{css}'s address: {m}"))?.ok_or_else(|| format!("{css} has no address"))
}

async fn leader_closes_and_publishes(leader: &Client, base: &str, round_page: &str) -> Flow {
    log_in(leader, base, "demo-leader").await?;
    leader.goto(round_page).await.map_err(e("open the round"))?;
    wait_for(leader, "#round-status").await?;
    let open = text_of(leader, "#round-status").await?;
    if !href(leader, "a#round-advance").await?.ends_with("/advance?from=open") {
        return Err("the close button does not lead to the confirmation page".to_owned());
    }
    // The button shows what closing means; going back changes nothing.
    click(leader, "a#round-advance").await?;
    wait_for(leader, "#confirm-advance").await.map_err(|m| format!("no confirmation page for closing: {m}"))?;
    fits_the_phone(leader).await?;
    if leader.find_all(Locator::Css("#confirm-meaning li")).await.map_err(e("what closing means"))?.len() < 3 {
        return Err("the closing page does not say what closing means".to_owned());
    }
    click(leader, "#confirm-cancel").await?;
    wait_for(leader, "#round-status").await?;
    if text_of(leader, "#round-status").await? != open {
        return Err("going back from the confirmation page changed the round".to_owned());
    }
    // Now for real.
    click(leader, "a#round-advance").await?;
    wait_for(leader, "#confirm-advance").await?;
    click(leader, "#confirm-advance").await?;
    wait_for(leader, "#round-status").await?;
    let closed = text_of(leader, "#round-status").await?;
    if closed == open {
        return Err(format!("the round is still {open:?} after confirming"));
    }
    // Publishing: its own confirmation page, with what the stored card will hide.
    if !href(leader, "a#round-advance").await?.ends_with("/advance?from=closed") {
        return Err("after closing, the next button is not publishing through its confirmation".to_owned());
    }
    click(leader, "a#round-advance").await?;
    wait_for(leader, "#confirm-advance").await.map_err(|m| format!("no confirmation page for publishing: {m}"))?;
    fits_the_phone(leader).await?;
    check_withheld_warning(leader).await?;
    if text_of(leader, "#round-status").await.is_ok() {
        return Err("the publishing page is the round page: nothing was asked".to_owned());
    }
    click(leader, "#confirm-advance").await?;
    wait_for(leader, "#round-status").await?;
    let published = text_of(leader, "#round-status").await?;
    if published == closed || leader.find(Locator::Css("#round-advance")).await.is_ok() {
        return Err(format!("the round is {published:?} and still has a step to take"));
    }
    Ok(())
}

/// The publishing page counts what the stored card withholds: the warning stands out exactly
/// when more than half is withheld; otherwise the count is one of the lines of what it means.
async fn check_withheld_warning(leader: &Client) -> Flow {
    let warning = match leader.find(Locator::Css("#confirm-warning")).await {
        Ok(w) => Some(w.text().await.map_err(e("the warning"))?),
        Err(_) => None,
    };
    let line = match &warning {
        Some(w) => w.clone(),
        None => {
            let mut found = None;
            for li in leader.find_all(Locator::Css("#confirm-meaning li")).await.map_err(e("what publishing means"))? {
                let text = li.text().await.map_err(e("a line"))?;
                if numbers(&text).len() >= 3 {
                    found = Some(text);
                }
            }
            found.ok_or("the publishing page does not say how much of the card will be hidden")?
        }
    };
    let n = numbers(&line);
    // In every language the two counts come first and k last; the order of the two differs.
    let (withheld, total) = (n[0].min(n[1]), n[0].max(n[1]));
    if total == 0 || n[n.len() - 1] != 5 {
        return Err(format!("the hidden count is not read from the card: {line:?}"));
    }
    eprintln!("publishing page: {withheld} of {total} withheld, warning shown: {}", warning.is_some());
    match (warning.is_some(), withheld * 2 > total) {
        (true, true) | (false, false) => Ok(()),
        (shown, most) => Err(format!("warning shown: {shown}, but {withheld} of {total} withheld (most: {most}): {line:?}")),
    }
}

fn numbers(text: &str) -> Vec<u64> {
    text.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).filter_map(|s| s.parse().ok()).collect()
}

async fn member_moves_her_case_and_undoes_it(member: &Client, base: &str) -> Flow {
    member.goto(&format!("{base}/cases")).await.map_err(e("her cases"))?;
    wait_for(member, "a.case-link").await?;
    let mut links = Vec::new();
    for a in member.find_all(Locator::Css("a.case-link")).await.map_err(e("her cases"))? {
        links.push(a.attr("href").await.map_err(e("a case's address"))?.unwrap_or_default());
    }
    // Her ration card: the case under verification.
    let mut ration = None;
    for link in links {
        member.goto(&format!("{base}{link}")).await.map_err(e("open a case"))?;
        wait_for(member, "#case-state").await?;
        if member.find(Locator::Css("#case-state[data-state=under_verification]")).await.is_ok() {
            ration = Some(link);
            break;
        }
    }
    let ration = ration.ok_or("none of her cases is under verification")?;
    // Her page leads with where it is and what comes next; one button holds the forms.
    fits_the_phone(member).await?;
    let order = member
        .execute(
            "const now = document.getElementById('case-now'), tl = document.getElementById('timeline');\
             return [!!now, !!tl && !!now && !!(now.compareDocumentPosition(tl) & Node.DOCUMENT_POSITION_FOLLOWING),\
                     document.querySelectorAll('#case-update').length, document.querySelectorAll('form[action$=\"/state\"]').length];",
            vec![],
        )
        .await
        .map_err(e("read her case page"))?;
    if order != serde_json::json!([true, true, 1, 0]) {
        return Err(format!(
            "her case page does not lead with where it is behind one update button (now, before the timeline, buttons, move forms): {order}"
        ));
    }
    for css in ["#case-next-date", "#case-next-steps"] {
        if text_of(member, css).await?.is_empty() {
            return Err(format!("{css} says nothing"));
        }
    }
    click(member, "#case-update").await?;
    wait_for(member, "button.case-move-rejected").await?;
    fits_the_phone(member).await?;
    click(member, "button.case-move-rejected").await?;
    wait_for(member, "#confirm-move").await.map_err(|m| format!("marking it rejected asked nothing: {m}"))?;
    fits_the_phone(member).await?;
    click(member, "#confirm-move").await?;
    wait_for(member, "#case-state[data-state=rejected]").await.map_err(|m| format!("the confirmed move was not made: {m}"))?;
    let entries = member.find_all(Locator::Css("li.timeline-entry")).await.map_err(e("the timeline"))?.len();
    // A wrong tap, taken back.
    click(member, "#case-undo-button").await?;
    wait_for(member, "#case-undone").await.map_err(|m| format!("the undo was not confirmed: {m}"))?;
    if member.find(Locator::Css("#case-state[data-state=under_verification]")).await.is_err() {
        return Err("after the undo her case is not back under verification".to_owned());
    }
    if !member.current_url().await.map_err(e("where she is"))?.as_str().contains(&ration) {
        return Err("the undo did not bring her back to her case".to_owned());
    }
    let after = member.find_all(Locator::Css("li.timeline-entry")).await.map_err(e("the timeline"))?.len();
    if after != entries + 1 || member.find(Locator::Css("li.timeline-entry.undo")).await.is_err() {
        return Err(format!("the undo is not its own entry on the timeline ({entries} entries before, {after} after)"));
    }
    if member.find(Locator::Css("#case-undo")).await.is_ok() {
        return Err("an undo is offered again after the undo".to_owned());
    }
    fits_the_phone(member).await
}
