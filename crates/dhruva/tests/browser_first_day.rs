//! Day one for a real federation (issue 11), from an EMPTY deployment — no `dhruva demo`:
//! `dhruva setup` makes the federation and its coordinator; the coordinator logs in, adds a
//! collective in West Bengal and a partner organisation, links them and invites the
//! collective's first leader; the leader redeems her code on a 412 px phone in Bengali and
//! registers three members on the pages (one of them under 18, who goes to her guardian's
//! page), one of them as secretary, and gives the secretary a code; the secretary redeems it,
//! logs in with her mobile number and sees her home and her collective's offices; then the
//! leader hands the secretary's office to another member from today, and on the former
//! secretary's next request the offices page is refused while the new secretary, who redeems
//! her own code, reaches it.
//!
//! Four headless Chromium sessions (four people, four phones). Needs Debian's `chromium` and
//! `chromium-driver`; skipped with a note without them, unless `DHRUVA_TEST_REQUIRE_BROWSER=1`
//! (set by `scripts/test`).

mod common;

use common::browser::{browser_available, e, fits_the_phone, is_bengali, save_evidence, text_of, wait_for, ChromeDriver, Flow};
use common::{dhruva, run, Server};
use fantoccini::{Client, Locator};

const COORDINATOR_PASSWORD: &str = "coordinator-first-day-2026";
const LEADER_PASSWORD: &str = "rupa-leads-utthan-2026";
const SECRETARY_PASSWORD: &str = "mina-keeps-the-books";
const NEW_SECRETARY_PASSWORD: &str = "sathi-takes-over-now";

#[tokio::test]
async fn a_federation_starts_from_nothing_and_the_secretarys_access_moves_with_her_office() {
    if !browser_available("the first-day browser test") {
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    let mut setup = dhruva(&data, &["setup", "--name", "Sampoorna Federation", "--username", "coord"]);
    setup.env("DHRUVA_PASSWORD", COORDINATOR_PASSWORD);
    run(setup).assert_ok();
    let server = Server::start(dhruva(&data, &["serve", "--bind", "127.0.0.1:0"]));
    let driver = ChromeDriver::start();
    let people = ["coordinator", "leader", "secretary", "new-secretary"];
    let mut phones = Vec::new();
    for person in people {
        phones.push(driver.session(&tmp.path().join(format!("{person}-profile"))).await);
    }

    let outcome = first_day(&phones, &server.base).await;
    if outcome.is_err() {
        for (phone, person) in phones.iter().zip(people) {
            save_evidence(phone, &format!("browser-first-day-{person}")).await;
        }
    }
    for phone in phones {
        let _ = phone.close().await;
    }
    if let Err(e) = outcome {
        panic!("{e}\nserver output:\n{}", server.output());
    }
}

async fn first_day(phones: &[Client], base: &str) -> Flow {
    let [coordinator, leader, secretary, new_secretary] = phones else { return Err("four phones".into()) };
    let (collective, code) = coordinator_sets_up(coordinator, base).await?;
    leader_activates_in_bengali(leader, base, &code).await?;
    let registered = leader_registers(leader, base, &collective).await?;
    let secretary_code = give_code(leader, base, &registered.secretary).await?;
    member_activates(secretary, base, &secretary_code, SECRETARY_PASSWORD, &registered.secretary_phone).await?;
    let offices = format!("{base}/collectives/{collective}/offices");
    secretary.goto(&offices).await.map_err(e("the secretary opens her collective's offices"))?;
    wait_for(secretary, "#offices-current").await.map_err(|m| format!("the secretary does not reach the offices page: {m}"))?;

    hand_over(leader, base, &collective, &registered.other).await?;
    // The very next request of the former secretary: a member's access, nothing more.
    secretary.goto(&offices).await.map_err(e("the former secretary reloads the offices"))?;
    wait_for(secretary, "main").await?;
    if secretary.find(Locator::Css("#offices-current")).await.is_ok() {
        return Err("the former secretary still reaches the offices page after the handover".into());
    }
    secretary.goto(&format!("{base}/")).await.map_err(e("her home"))?;
    wait_for(secretary, "a[href='/profile']").await.map_err(|m| format!("the former secretary lost her own home: {m}"))?;

    let new_code = give_code(leader, base, &registered.other).await?;
    member_activates(new_secretary, base, &new_code, NEW_SECRETARY_PASSWORD, &registered.other_phone).await?;
    new_secretary.goto(&offices).await.map_err(e("the new secretary opens the offices"))?;
    wait_for(new_secretary, "#offices-current").await.map_err(|m| format!("the new secretary does not reach the offices page: {m}"))
}

/// Taps a link or button that loads a new page, and waits until the new page is there (the
/// old one is marked first, so an element both pages share is never read from the old one).
async fn click(c: &Client, css: &str) -> Flow {
    c.execute("document.documentElement.dataset.before = 'tap'", vec![]).await.map_err(e("mark the page"))?;
    c.find(Locator::Css(css)).await.map_err(|m| format!("find {css}: {m}"))?.click().await.map_err(|m| format!("tap {css}: {m}"))?;
    wait_for(c, "html:not([data-before]) body").await.map_err(|m| format!("after tapping {css}: {m}"))
}

async fn type_into(c: &Client, css: &str, text: &str) -> Flow {
    let field = c.find(Locator::Css(css)).await.map_err(|m| format!("find {css}: {m}"))?;
    field.clear().await.map_err(|m| format!("clear {css}: {m}"))?;
    field.send_keys(text).await.map_err(|m| format!("type into {css}: {m}"))
}

async fn choose_label(c: &Client, css: &str, label: &str) -> Flow {
    let select = c.find(Locator::Css(css)).await.map_err(|m| format!("find {css}: {m}"))?;
    select.select_by_label(label).await.map_err(|m| format!("choose {label:?} in {css}: {m}"))
}

async fn choose_value(c: &Client, css: &str, value: &str) -> Flow {
    let select = c.find(Locator::Css(css)).await.map_err(|m| format!("find {css}: {m}"))?;
    select.select_by_value(value).await.map_err(|m| format!("choose {value:?} in {css}: {m}"))
}

/// The first option of a `<select>` whose value starts with `prefix` (a West Bengal district).
async fn choose_value_starting(c: &Client, css: &str, prefix: &str) -> Flow {
    let script = format!(
        "const s = document.querySelector({css:?}); const o = Array.from(s.options).find(o => o.value.startsWith({prefix:?})); \
         if (!o) return false; s.value = o.value; return true;"
    );
    let found = c.execute(&script, vec![]).await.map_err(e("choose an option"))?;
    if found.as_bool() != Some(true) {
        return Err(format!("no option starting {prefix:?} in {css}"));
    }
    Ok(())
}

async fn current_path(c: &Client) -> Result<String, String> {
    let url = c.current_url().await.map_err(e("the address"))?;
    Ok(url.path().to_owned())
}

async fn log_in_as(c: &Client, base: &str, login: &str, password: &str) -> Flow {
    c.goto(&format!("{base}/login")).await.map_err(e("open /login"))?;
    type_into(c, "input[name=login]", login).await?;
    type_into(c, "input[name=password]", password).await?;
    click(c, "#login-submit").await?;
    wait_for(c, "a[href='/profile']").await.map_err(|m| format!("{login} did not get past the login page: {m}"))
}

/// The coordinator adds the collective and its partner and invites its first leader; returns
/// the collective's id and the leader's activation code.
async fn coordinator_sets_up(c: &Client, base: &str) -> Result<(String, String), String> {
    log_in_as(c, base, "coord", COORDINATOR_PASSWORD).await?;
    click(c, "a[href='/collectives/new']").await.map_err(|m| format!("the coordinator's home does not offer a new collective: {m}"))?;
    wait_for(c, "#collective-submit").await?;
    type_into(c, "#name", "Utthan Sangha").await?;
    choose_value_starting(c, "#district", "WB-").await?;
    choose_value(c, "#kind", "sex").await?;
    choose_value(c, "#stage", "collective").await?;
    click(c, "#collective-submit").await?;
    wait_for(c, "#collective-registry").await.map_err(|m| format!("no collective page after creating it: {m}"))?;
    let path = current_path(c).await?;
    let collective = path.strip_prefix("/collectives/").ok_or_else(|| format!("landed on {path}, not the collective"))?.to_owned();

    c.goto(&format!("{base}/")).await.map_err(e("home"))?;
    click(c, "a[href='/partners']").await.map_err(|m| format!("the coordinator's home does not lead to partners: {m}"))?;
    click(c, "#partner-new").await?;
    type_into(c, "#name", "Saathi Trust").await?;
    click(c, "#partner-submit").await?;
    wait_for(c, "#partner-link").await.map_err(|m| format!("no partner page after creating it: {m}"))?;
    choose_label(c, "#collective", "Utthan Sangha").await?;
    click(c, "#partner-link-submit").await?;
    wait_for(c, "#partner-links").await?;
    if !text_of(c, "#partner-links").await?.contains("Utthan Sangha") {
        return Err("the partner's page does not list the collective it was linked to".into());
    }

    c.goto(&format!("{base}/")).await.map_err(e("home"))?;
    click(c, "a[href='/staff']").await.map_err(|m| format!("the coordinator's home does not lead to the staff desk: {m}"))?;
    click(c, "#staff-invite").await?;
    wait_for(c, "#staff-submit").await?;
    choose_value(c, "#role", "leader").await?;
    choose_label(c, "#scope", "Utthan Sangha").await?;
    type_into(c, "#username", "rupa").await?;
    if c.find(Locator::Css("#name")).await.is_ok() {
        type_into(c, "#name", "Rupa").await?;
    }
    choose_value(c, "#language", "bn").await?;
    click(c, "#staff-submit").await?;
    wait_for(c, "#invite-code").await.map_err(|m| format!("no code after inviting the leader: {m}"))?;
    let code = text_of(c, "#invite-code").await?;
    Ok((collective, code))
}

/// Bengali from the first page: chosen at the top of the login page, kept through activation.
async fn leader_activates_in_bengali(c: &Client, base: &str, code: &str) -> Flow {
    c.goto(&format!("{base}/login")).await.map_err(e("open /login"))?;
    click(c, "#languages button[name=lang][value=bn]").await?;
    wait_for(c, "html[lang=bn]").await?;
    c.goto(&format!("{base}/activate")).await.map_err(e("open /activate"))?;
    wait_for(c, "#activate-submit").await?;
    fits_the_phone(c).await.map_err(|m| format!("/activate in Bengali: {m}"))?;
    let heading = text_of(c, "h1").await?;
    if !heading.chars().any(is_bengali) {
        return Err(format!("the activation page is not in Bengali: {heading:?}"));
    }
    type_into(c, "#code", code).await?;
    type_into(c, "#password", LEADER_PASSWORD).await?;
    type_into(c, "#password_again", LEADER_PASSWORD).await?;
    click(c, "#activate-submit").await?;
    wait_for(c, "main").await?;
    if c.find(Locator::Css("a[href='/profile']")).await.is_err() {
        log_in_as(c, base, "rupa", LEADER_PASSWORD).await?;
    }
    wait_for(c, "html[lang=bn]").await.map_err(|m| format!("her home is not in Bengali: {m}"))?;
    fits_the_phone(c).await.map_err(|m| format!("the leader's home: {m}"))
}

struct Registered {
    secretary: String,
    secretary_phone: String,
    other: String,
    other_phone: String,
}

/// Registers one member through the three steps; returns her page's path after saving.
async fn register(c: &Client, base: &str, collective: &str, who: Who<'_>) -> Result<String, String> {
    c.goto(&format!("{base}/collectives/{collective}")).await.map_err(e("the collective page"))?;
    click(c, &format!("a[href='/collectives/{collective}/members/new']"))
        .await
        .map_err(|m| format!("no 'register a member' on the collective page: {m}"))?;
    wait_for(c, "#register-phone-next").await?;
    fits_the_phone(c).await.map_err(|m| format!("registration, phone step: {m}"))?;
    type_into(c, "#phone", who.phone).await?;
    click(c, "#register-phone-next").await?;
    wait_for(c, "#register-details-next").await.map_err(|m| format!("{}'s number was not taken: {m}", who.name))?;
    fits_the_phone(c).await.map_err(|m| format!("registration, details step: {m}"))?;
    type_into(c, "#name", who.name).await?;
    type_into(c, "#birth_year", &who.birth_year.to_string()).await?;
    let bengali = c.find(Locator::Css("input[name=languages][value=bn]")).await.map_err(e("the Bengali language box"))?;
    if !bengali.is_selected().await.map_err(e("is Bengali ticked"))? {
        bengali.click().await.map_err(e("tick Bengali"))?;
    }
    // She joined when the collective began meeting, before Dhruva (a date field is set as its
    // value: what typing into it means depends on the phone's locale).
    c.execute("document.getElementById('joined').value = '2024-04-01'", vec![]).await.map_err(e("set the date she joined"))?;
    if let Some(office) = who.office {
        choose_value(c, "#office", office).await?;
    }
    click(c, "#register-details-next").await?;
    wait_for(c, "#register-save").await.map_err(|m| format!("no consent step for {}: {m}", who.name))?;
    fits_the_phone(c).await.map_err(|m| format!("registration, consent step: {m}"))?;
    if !who.minor {
        // She agrees to her leaders helping with her cases; the rest she leaves unticked.
        if let Ok(case_support) = c.find(Locator::Css("input[name=consent][value=case_support]")).await {
            case_support.click().await.map_err(e("tick case support"))?;
        }
    }
    click(c, "#register-save").await?;
    wait_for(c, "main h1").await?;
    current_path(c).await
}

#[derive(Clone, Copy)]
struct Who<'a> {
    name: &'a str,
    phone: &'a str,
    birth_year: i32,
    office: Option<&'a str>,
    minor: bool,
}

fn member_id(path: &str) -> Result<String, String> {
    path.strip_prefix("/members/")
        .and_then(|rest| rest.split('/').next())
        .map(str::to_owned)
        .ok_or_else(|| format!("after registering she landed on {path}, not her page"))
}

async fn leader_registers(c: &Client, base: &str, collective: &str) -> Result<Registered, String> {
    let this_year = time::OffsetDateTime::now_utc().year();
    let mina = Who { name: "মিনা দাস", phone: "98300 11111", birth_year: 1994, office: Some("secretary"), minor: false };
    let path = register(c, base, collective, mina).await?;
    let secretary = member_id(&path)?;
    let sathi = Who { name: "সাথী মণ্ডল", phone: "+91 98300 22222", birth_year: 1990, office: None, minor: false };
    let other = member_id(&register(c, base, collective, sathi).await?)?;
    // Under 18 this year: her registration leads to her guardian's consent.
    let tumpa = Who { name: "টুম্পা", phone: "9830033333", birth_year: this_year - 16, office: None, minor: true };
    let minor_path = register(c, base, collective, tumpa).await?;
    if !minor_path.ends_with("/guardian") {
        return Err(format!("registering a girl under 18 led to {minor_path}, not her guardian's page"));
    }
    Ok(Registered { secretary, secretary_phone: "9830011111".into(), other, other_phone: "9830022222".into() })
}

/// The leader gives a member a code from her page; returns the code.
async fn give_code(c: &Client, base: &str, member: &str) -> Result<String, String> {
    c.goto(&format!("{base}/members/{member}/code")).await.map_err(e("the code page"))?;
    click(c, "#give-code-submit").await?;
    wait_for(c, "#invite-code").await.map_err(|m| format!("no code for member {member}: {m}"))?;
    fits_the_phone(c).await.map_err(|m| format!("the code page: {m}"))?;
    text_of(c, "#invite-code").await
}

/// She redeems her code, then logs in with her mobile number as she typed it.
async fn member_activates(c: &Client, base: &str, code: &str, password: &str, phone: &str) -> Flow {
    c.goto(&format!("{base}/activate")).await.map_err(e("open /activate"))?;
    type_into(c, "#code", code).await?;
    type_into(c, "#password", password).await?;
    type_into(c, "#password_again", password).await?;
    click(c, "#activate-submit").await?;
    wait_for(c, "main").await?;
    if c.find(Locator::Css("a[href='/profile']")).await.is_ok() {
        // Activation signed her in; sign out to show the number works as her login.
        click(c, "form[action='/logout'] button").await?;
        wait_for(c, "input[name=login]").await?;
    }
    log_in_as(c, base, phone, password).await?;
    fits_the_phone(c).await.map_err(|m| format!("her home: {m}"))
}

/// The leader hands the secretary's office to `to` from today, through its confirmation.
async fn hand_over(c: &Client, base: &str, collective: &str, to: &str) -> Flow {
    c.goto(&format!("{base}/collectives/{collective}/offices")).await.map_err(e("the offices page"))?;
    click(c, "#offices-handover-link").await?;
    wait_for(c, "#handover-next").await?;
    fits_the_phone(c).await.map_err(|m| format!("the handover page: {m}"))?;
    choose_value(c, "#office", "secretary").await?;
    choose_value(c, "#member", to).await?;
    click(c, "#handover-next").await?;
    wait_for(c, "#handover-confirm").await.map_err(|m| format!("no confirmation for the handover: {m}"))?;
    fits_the_phone(c).await.map_err(|m| format!("the handover confirmation: {m}"))?;
    click(c, "#handover-confirm").await?;
    wait_for(c, "#offices-current").await?;
    let current = text_of(c, "#offices-current").await?;
    if !current.contains("সাথী মণ্ডল") {
        return Err(format!("after the handover the current offices read {current:?}"));
    }
    Ok(())
}
