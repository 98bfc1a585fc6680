//! A leader records a letter sent to the legal services authority, with a photo of it, from
//! her desk of what is due this week; the member sees it on her case's timeline, in Bengali,
//! on her phone, photo included.
//!
//! Two headless Chromium sessions against `dhruva demo` served on port 0. In the demo,
//! `demo-member` has asked for case support and her compensation claim before the district
//! authority reaches its legal time this week. Needs Debian's `chromium` and
//! `chromium-driver`; skipped with a note without them, unless `DHRUVA_TEST_REQUIRE_BROWSER=1`
//! (set by `scripts/test`).

mod common;

use common::browser::{e, fits_the_phone, is_bengali, log_in, on_two_phones, text_of, wait_for, wait_for_xpath, Flow};
use fantoccini::{Client, Locator};

/// `demo-member`'s fixed code in the demo.
const MEMBER_CODE: &str = "M-WB0010";
/// What the leader writes; the member must find exactly this on her timeline.
const SUMMARY: &str = "Reminder to the authority about the enquiry report, sent by registered post (browser test)";

#[tokio::test]
async fn a_leader_records_a_letter_with_its_photo_and_the_member_sees_it_on_her_timeline_in_bengali() {
    on_two_phones("casework", ["leader", "member"], |leader, member, base| async move { flow(&leader, &member, &base).await }).await;
}

async fn flow(leader: &Client, member: &Client, base: &str) -> Flow {
    let case_path = leader_records_the_letter(leader, base).await?;
    member_sees_it(member, base, &case_path).await
}

/// From her collective's page to the desk, to the claim due this week, to the letter form.
/// Returns the case's path.
async fn leader_records_the_letter(leader: &Client, base: &str) -> Result<String, String> {
    log_in(leader, base, "demo-leader").await?;
    wait_for(leader, "a.collective-link").await?;
    leader.find(Locator::Css("a.collective-link")).await.map_err(e("collective link"))?.click().await.map_err(e("open collective"))?;
    wait_for(leader, "#casework-links a[href$='/casework']").await?;
    leader.find(Locator::Css("#casework-links a[href$='/casework']")).await.map_err(e("desk link"))?.click().await.map_err(e("open desk"))?;
    let row = format!("//section[@id='due-week']//tr[@data-kind='compensation'][contains(., '{MEMBER_CODE}')]");
    wait_for_xpath(leader, &row).await.map_err(|m| format!("her claim is not on the desk as due this week: {m}"))?;
    let letter_link = format!("{row}//a[contains(@href, '/letters')]");
    let href = leader.find(Locator::XPath(&letter_link)).await.map_err(e("record-a-letter link"))?.attr("href").await.map_err(e("its address"))?;
    let href = href.ok_or("the record-a-letter link has no address")?;
    let case_path = href.trim_end_matches("/letters").to_owned();
    leader.find(Locator::XPath(&letter_link)).await.map_err(e("record-a-letter link"))?.click().await.map_err(e("open the form"))?;

    wait_for(leader, "form#letter-form").await?;
    fits_the_phone(leader).await?;
    select_value(leader, "direction", "sent").await?;
    select_value(leader, "medium", "letter").await?;
    // The district legal services authority, from the registry.
    let option = "//select[@name='institution']/option[contains(., 'District Legal Services Authority')]";
    leader.find(Locator::XPath(option)).await.map_err(e("the authority in the list"))?.click().await.map_err(e("choose it"))?;
    leader.find(Locator::Css("textarea[name=summary]")).await.map_err(e("summary"))?.send_keys(SUMMARY).await.map_err(e("type summary"))?;
    let photo = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/letter-photo.jpg");
    leader
        .find(Locator::Css("input[type=file][name=attachment]"))
        .await
        .map_err(e("file input"))?
        .send_keys(photo)
        .await
        .map_err(e("attach photo"))?;
    leader.find(Locator::Id("letter-submit")).await.map_err(e("save"))?.click().await.map_err(e("send"))?;
    wait_for(leader, "ol#timeline").await.map_err(|m| format!("the letter was not saved: {m}"))?;
    let timeline = text_of(leader, "ol#timeline").await?;
    if !timeline.contains(SUMMARY) {
        return Err(format!("the leader's timeline does not show the letter: {timeline:?}"));
    }
    Ok(case_path)
}

/// She opens her cases from her home page and finds the letter and its photo.
async fn member_sees_it(member: &Client, base: &str, case_path: &str) -> Flow {
    log_in(member, base, "demo-member").await?;
    wait_for(member, "html[lang=bn] #my-cases").await?;
    member.find(Locator::Id("my-cases")).await.map_err(e("my cases"))?.click().await.map_err(e("open my cases"))?;
    let link = format!("a.case-link[href='{case_path}']");
    wait_for(member, &link).await.map_err(|m| format!("the claim is not among her cases: {m}"))?;
    member.find(Locator::Css(&link)).await.map_err(e("her claim"))?.click().await.map_err(e("open it"))?;
    wait_for(member, "html[lang=bn] ol#timeline").await?;
    fits_the_phone(member).await?;

    let entry = format!("//li[contains(@class, 'timeline-entry')][contains(., '{SUMMARY}')]");
    wait_for_xpath(member, &entry).await.map_err(|m| format!("the letter is not on her timeline: {m}"))?;
    let title = member.find(Locator::XPath(&format!("{entry}/strong"))).await.map_err(e("the entry's title"))?.text().await.map_err(e("its text"))?;
    if !title.chars().any(is_bengali) {
        return Err(format!("the letter's entry on her timeline is not in Bengali: {title:?}"));
    }
    let heading = text_of(member, "h1").await?;
    if !heading.chars().any(is_bengali) {
        return Err(format!("her case page's heading is not in Bengali: {heading:?}"));
    }
    // The photo is there and her browser could load it (the URL works for her).
    let thumb = format!("{entry}//a[contains(@class, 'attachment')]//img[contains(@class, 'attachment-thumb')]");
    wait_for_xpath(member, &thumb).await.map_err(|m| format!("the photo is not on the entry: {m}"))?;
    let loaded = member
        .execute(
            "const img = document.evaluate(arguments[0], document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;\
             img.loading = 'eager'; img.scrollIntoView();\
             return img.complete ? img.naturalWidth : 0;",
            vec![serde_json::Value::String(thumb.clone())],
        )
        .await
        .map_err(e("check the photo"))?;
    if loaded.as_u64().unwrap_or(0) == 0 {
        // Lazy images load once scrolled to; give it one more look after that.
        tokio::time::sleep(std::time::Duration::from_secs(2)).await;
        let again = member
            .execute(
                "const img = document.evaluate(arguments[0], document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue; return img.naturalWidth;",
                vec![serde_json::Value::String(thumb)],
            )
            .await
            .map_err(e("check the photo again"))?;
        if again.as_u64().unwrap_or(0) == 0 {
            return Err("her browser could not load the photo of the letter".to_owned());
        }
    }
    Ok(())
}

async fn select_value(c: &Client, name: &str, value: &str) -> Flow {
    let css = format!("select[name={name}] option[value='{value}']");
    c.find(Locator::Css(&css)).await.map_err(|m| format!("{css}: {m}"))?.click().await.map_err(|m| format!("choose {value}: {m}"))
}
