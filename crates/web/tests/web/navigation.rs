//! Navigation (issue 10, finding 7): every role's home links every page it may use and each
//! link answers; the privacy notice sends staff to what applies to them; the district is a
//! chooser checked on the server; rosters, contacts and the desk are searched and paged
//! without a script and without a read the policy does not allow; "who saw my data" is
//! grouped by who and what; a case prints as one page, for whoever may open the case.

use crate::app::{App, Page};
use crate::casework_world::{self, AUTHORITY, REFERENCE};
use crate::reports_world;
use crate::world::{World, ASHA_NAME, BINA_NAME};
use dhruva_core::consent::Purpose;
use dhruva_core::registry::{parse_personal, Language};
use dhruva_store::audit::AuditEvent;
use dhruva_store::members::NewMember;
use dhruva_store::testing::TestDb;
use dhruva_store::{Accessor, Channel};
use std::collections::BTreeSet;
use time::macros::date;

/// Every `href` of a page's `<main>` and menu that stays on the site (not the stylesheet).
fn links(page: &Page) -> BTreeSet<String> {
    page.body
        .split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|h| h.replace("&amp;", "&").replace("&#38;", "&"))
        .filter(|h| h.starts_with('/') && !h.starts_with("/static/"))
        .map(|h| h.split('#').next().unwrap_or_default().to_owned())
        .filter(|h| !h.is_empty())
        .collect()
}

/// The part of a page between two markers.
fn between<'a>(body: &'a str, from: &str, to: &str) -> &'a str {
    let start = body.find(from).unwrap_or_else(|| panic!("{from} in {body}"));
    let rest = &body[start..];
    &rest[..rest.find(to).unwrap_or(rest.len())]
}

pub async fn every_roles_home_links_the_pages_it_may_use_and_every_link_answers(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let s = reports_world::seed(app.store(), &w).await;
    reports_world::publish(app.store(), &s).await;
    let u = w.utthan.0;
    let card = format!("/rounds/{}/scorecard", s.round.0);
    let key_pages: [(&str, Vec<String>); 6] = [
        (
            "asha",
            vec![
                format!("/collectives/{u}"),
                format!("/collectives/{u}/casework"),
                format!("/collectives/{u}/phone-changes"),
                format!("/collectives/{u}/rounds"),
                format!("/collectives/{u}/casework/figures"),
                format!("/collectives/{u}/reminders"),
                format!("/collectives/{u}/cases/import"),
                "/requests".into(),
                "/cases".into(),
                "/reminders".into(),
                "/profile".into(),
                "/institutions".into(),
                card.clone(),
                "/public/scorecards".into(),
            ],
        ),
        (
            "bina",
            vec![
                format!("/collectives/{u}"),
                format!("/collectives/{u}/rounds"),
                format!("/collectives/{u}/casework/figures"),
                "/cases".into(),
                "/reminders".into(),
                "/profile".into(),
                card.clone(),
            ],
        ),
        (
            "facilitator",
            vec![
                format!("/collectives/{u}"),
                format!("/collectives/{u}/rounds"),
                format!("/collectives/{u}/casework/figures"),
                "/institutions".into(),
                card.clone(),
            ],
        ),
        (
            "analyst",
            vec![
                "/collectives".into(),
                "/federation/scorecards".into(),
                "/federation/casework".into(),
                "/federation/contacts".into(),
                "/federation/research".into(),
                "/federation/media".into(),
                "/institutions".into(),
                card.clone(),
            ],
        ),
        (
            "admin",
            vec!["/collectives".into(), "/federation/scorecards".into(), "/grievances".into(), "/institutions".into(), "/public/scorecards".into()],
        ),
        ("saans-leader", vec![format!("/collectives/{}", w.saans.0), format!("/collectives/{}/casework", w.saans.0), "/requests".into()]),
    ];
    for (user, wanted) in key_pages {
        let mut b = app.signed_in(user).await;
        let home = b.get("/").await;
        assert_eq!(home.status, 200);
        let found = links(&home);
        for page in &wanted {
            assert!(found.contains(page), "{user}'s home does not link {page}: {found:?}");
        }
        for href in &found {
            let r = b.get(href).await;
            assert_eq!(r.status, 200, "{user}'s home links {href}, which answers {}: {}", r.status, r.body);
        }
    }
    // Nobody is linked to what the policy refuses them.
    let member_home = links(&app.signed_in("bina").await.get("/").await);
    for refused in
        [format!("/collectives/{u}/casework"), format!("/collectives/{u}/phone-changes"), "/federation/scorecards".into(), "/institutions".into()]
    {
        assert!(!member_home.contains(&refused), "a member is offered {refused}");
    }
    let analyst_home = links(&app.signed_in("analyst").await.get("/").await);
    assert!(!analyst_home.contains("/grievances") && !analyst_home.contains("/requests"));

    // The analyst reaches a round's card from the menus too: collectives, a collective, its
    // rounds, the round, its card.
    let mut analyst = app.signed_in("analyst").await;
    assert!(links(&analyst.get("/").await).contains("/federation/scorecards"), "the menu's score cards");
    assert!(links(&analyst.get("/collectives").await).contains(&format!("/collectives/{u}")));
    assert!(links(&analyst.get(&format!("/collectives/{u}")).await).contains(&format!("/collectives/{u}/rounds")));
    assert!(links(&analyst.get(&format!("/collectives/{u}/rounds")).await).contains(&format!("/rounds/{}", s.round.0)));
    assert!(links(&analyst.get(&format!("/rounds/{}", s.round.0)).await).contains(&card));
    assert_eq!(analyst.get(&card).await.status, 200);
}

pub async fn the_privacy_notice_sends_staff_to_what_applies_to_them(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    let rights = ["/profile/consents", "/profile/access-log", "/profile/data", "/profile/requests", "/profile/grievances", "/profile/erase"];
    // A member (Bina) and a leader who is a member (Asha): each right is a link that opens.
    for user in ["bina", "asha"] {
        let mut b = app.signed_in(user).await;
        let notice = b.get("/privacy").await;
        let found = links(&notice);
        for path in rights {
            assert!(found.contains(path), "{user} is not linked to {path}");
            assert_eq!(b.get(path).await.status, 200, "{user}: {path}");
        }
    }
    // Staff: no right is a dead link; what applies to each is linked, and opens.
    for (user, theirs) in [
        ("facilitator", vec!["/profile"]),
        ("analyst", vec!["/profile"]),
        ("admin", vec!["/profile", "/grievances"]),
        ("saans-leader", vec!["/profile", "/requests"]),
    ] {
        let mut b = app.signed_in(user).await;
        let notice = b.get("/privacy").await;
        assert_eq!(notice.status, 200);
        assert!(notice.body.contains("id=\"privacy-staff\""), "{user}: {}", notice.body);
        let found = links(&notice);
        for path in rights {
            assert!(!found.contains(path), "{user} is sent to {path}, which is not there for staff");
        }
        for path in theirs {
            assert!(found.contains(path), "{user} is not linked to {path}");
            assert_eq!(b.get(path).await.status, 200, "{user}: {path}");
        }
        for href in found {
            assert_eq!(b.get(&href).await.status, 200, "{user}: the notice links {href}");
        }
    }
    // Before logging in the rights stay linked (each asks her to log in first).
    let anonymous = app.browser().get("/privacy").await;
    assert!(rights.iter().all(|p| anonymous.body.contains(&format!("href=\"{p}\""))));
}

pub async fn the_district_is_chosen_from_the_list_and_checked_on_the_server(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    let count = || async { app.store().institutions(&dhruva_store::scorecards::InstitutionFilter::default()).await.expect("list").len() };
    // The federation's admin chooses among every state's districts, grouped by state.
    let mut admin = app.signed_in("admin").await;
    let form = admin.get("/institutions/new").await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("<select id=\"district\" name=\"district\" required"), "{}", form.body);
    assert!(form.body.contains("<optgroup label=\"West Bengal\">") && form.body.contains("<optgroup label=\"Maharashtra\">"));
    assert!(form.body.contains("<option value=\"WB-kolkata\">Kolkata</option>"));
    assert!(!form.body.contains("<input id=\"district\""), "no typed code");
    // Utthan's leader: only her collective's state.
    let mut asha = app.signed_in("asha").await;
    let form = asha.get("/institutions/new").await;
    assert!(form.body.contains("<optgroup label=\"West Bengal\">") && !form.body.contains("<optgroup label=\"Maharashtra\">"), "{}", form.body);
    let before = count().await;
    // A district that is not in the list, or one of a state she was not offered: 422 beside
    // the field, her typing kept, nothing written.
    for district in ["WB-atlantis", "MH-akola", "not a code", ""] {
        let r = asha.post("/institutions/new", &[("kind", "police_station"), ("name", "Bowbazar Thana"), ("district", district)]).await;
        assert_eq!(r.status, 422, "{district}: {}", r.body);
        assert!(r.body.contains("id=\"district-error\"") && r.body.contains("Choose one of the districts in the list."), "{}", r.body);
        assert!(r.body.contains("aria-describedby=\"district-error\""));
        assert!(r.body.contains("value=\"Bowbazar Thana\""), "her typing is kept");
    }
    assert_eq!(count().await, before, "nothing was written");
    let r = asha.post("/institutions/new", &[("kind", "police_station"), ("name", "Bowbazar Thana"), ("district", "WB-kolkata")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(count().await, before + 1);
    // The admin may choose any state's district.
    let r = admin.post("/institutions/new", &[("kind", "police_station"), ("name", "Akola Thana"), ("district", "MH-akola")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    // The registry's filter is a chooser too.
    assert!(admin.get("/institutions").await.body.contains("<option value=\"MH-akola\">Akola</option>"));
}

/// Thirty more members of Utthan, "Member 00" … "Member 29", each agreeing to the
/// federation's contact.
async fn thirty_more(app: &App, w: &World) {
    let cli = Accessor::cli();
    for i in 0..30 {
        let personal = parse_personal(&format!("Member {i:02}"), None, Some(1995), None, 2026).expect("valid");
        let new = NewMember {
            code: None,
            collective: w.utthan,
            joined_on: date!(2024 - 02 - 01),
            office: None,
            languages: vec![Language::Bengali],
            personal,
        };
        let m = app.store().create_member(&cli, new).await.expect("member");
        app.store().grant_consent(&cli, m.id, Purpose::FederationContact, "paper").await.expect("consent");
    }
    app.store().grant_consent(&cli, w.bina, Purpose::FederationContact, "paper").await.expect("consent");
}

fn member_links(page: &Page) -> usize {
    page.body.matches("class=\"member-link\"").count()
}

/// The `href` of the first link with this class.
fn link_of(page: &Page, class: &str) -> Option<String> {
    let marker = format!("class=\"{class}\" rel=\"");
    let at = page.body.find(&marker)?;
    let rest = &page.body[at..];
    let h = &rest[rest.find("href=\"")? + 6..];
    Some(h[..h.find('"')?].replace("&amp;", "&").replace("&#38;", "&"))
}

async fn audit_len(app: &App, member: dhruva_core::MemberId) -> usize {
    app.store().audit_about_member(member).await.expect("audit").len()
}

pub async fn rosters_contacts_and_the_desk_are_searched_and_paged_without_a_script(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    thirty_more(&app, &w).await;
    let roster = format!("/collectives/{}", w.utthan.0);

    // Her leader: 33 members, 25 a page, names searched.
    let mut asha = app.signed_in("asha").await;
    let first = asha.get(&roster).await;
    assert_eq!(member_links(&first), 25);
    assert!(first.body.contains("1–25 of 33"), "{}", first.body);
    assert!(first.body.contains("<form method=\"post\" action=\"/collectives/"), "a posted search: a name never goes into an address");
    assert!(link_of(&first, "pager-previous").is_none());
    let next = link_of(&first, "pager-next").expect("a next page");
    let second = asha.get(&next).await;
    assert_eq!(member_links(&second), 8);
    assert!(link_of(&second, "pager-next").is_none() && link_of(&second, "pager-previous").is_some());
    let found = asha.post(&roster, &[("q", "bina")]).await;
    assert_eq!(member_links(&found), 1, "{}", found.body);
    assert!(found.body.contains(BINA_NAME) && found.body.contains("value=\"bina\""));
    let found = asha.post(&roster, &[("q", &w.bina_code.to_lowercase())]).await;
    assert_eq!(member_links(&found), 1, "by code, whatever the case");
    let found = asha.post(&roster, &[("q", "Member 1")]).await;
    assert_eq!(member_links(&found), 10, "Member 10 … 19");
    let none = asha.post(&roster, &[("q", "zzzz")]).await;
    assert_eq!(none.status, 200);
    assert!(none.body.contains("id=\"search-none\"") && member_links(&none) == 0);
    // A search shows all it found, with no paging link that would carry the term.
    let many = asha.post(&roster, &[("q", "Member")]).await;
    assert_eq!(member_links(&many), 30, "{}", many.body);
    assert!(link_of(&many, "pager-next").is_none() && !many.body.contains("q=Member"));
    let ignored = asha.get(&format!("{roster}?q=bina")).await;
    assert_eq!(member_links(&ignored), 25, "a term in the address is not read");
    assert_eq!(asha.get(&format!("{roster}?page=x&q=%00")).await.status, 200, "a broken link is still the page");
    assert_eq!(asha.post(&roster, &[("q", "a\0b"), ("page", "x")]).await.status, 200, "an odd search is still the page");

    // The facilitator sees codes and only the name she was allowed (Asha's, her mentee's):
    // Bina's name is not searched, and searching it reads nothing more than the page does.
    let mut facilitator = app.signed_in("facilitator").await;
    facilitator.get(&roster).await;
    let before = audit_len(&app, w.bina).await;
    let page = facilitator.post(&roster, &[("q", "Bina")]).await;
    assert_eq!(page.status, 200);
    assert_eq!(member_links(&page), 0, "her name is not searched for one who may not see it");
    assert!(!page.body.contains(BINA_NAME));
    assert_eq!(audit_len(&app, w.bina).await, before, "the search read nothing of hers");
    let page = facilitator.post(&roster, &[("q", &w.bina_code)]).await;
    assert_eq!(member_links(&page), 1, "by her code");
    let page = facilitator.post(&roster, &[("q", "asha")]).await;
    assert_eq!(member_links(&page), 1, "the name she was allowed");
    assert!(page.body.contains(ASHA_NAME) && page.body.contains("Find a member by name or code"));

    // The federation's contacts: 31 who agreed, paged, searched by name or code.
    let mut analyst = app.signed_in("analyst").await;
    let contacts = analyst.get("/federation/contacts").await;
    let rows = |p: &Page| between(&p.body, "<tbody>", "</tbody>").matches("<tr>").count();
    assert_eq!(rows(&contacts), 25);
    assert!(contacts.body.contains("1–25 of 31"), "{}", contacts.body);
    let rest = analyst.get(&link_of(&contacts, "pager-next").expect("next")).await;
    assert_eq!(rows(&rest), 6);
    let bina = analyst.post("/federation/contacts", &[("q", "Sardar")]).await;
    assert_eq!(rows(&bina), 1);
    assert!(bina.body.contains(BINA_NAME));
    assert!(analyst.post("/federation/contacts", &[("q", "nobody")]).await.body.contains("id=\"search-none\""));

    // The desk: Bina's and Dipa's due steps, found by code or name.
    casework_world::seed(app.store(), &w).await;
    app.store().grant_consent(&Accessor::cli(), w.dipa, Purpose::CaseSupport, "paper").await.expect("consent");
    let desk = format!("/collectives/{}/casework", w.utthan.0);
    let all = asha.get(&desk).await;
    assert!(all.body.contains("Dipa Halder") && all.body.contains(BINA_NAME), "{}", all.body);
    let only_dipa = asha.post(&desk, &[("q", "dipa")]).await;
    assert_eq!(only_dipa.status, 200);
    assert!(only_dipa.body.contains("Dipa Halder") && !only_dipa.body.contains(BINA_NAME), "{}", only_dipa.body);
    let only_bina = asha.post(&desk, &[("q", &w.bina_code)]).await;
    assert!(only_bina.body.contains(BINA_NAME) && !only_bina.body.contains("Dipa Halder"));
    assert!(only_bina.body.contains(&format!("value=\"{}\"", w.bina_code)), "her search is kept in the box");
}

pub async fn who_saw_my_data_is_grouped_by_who_and_what_with_each_day_behind_it(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let leader = Accessor { account: Some(w.leader), role: Some(dhruva_core::policy::Role::Leader), purpose: None, channel: Channel::Web };
    for _ in 0..3 {
        app.store().record(&leader, AuditEvent::new("view_member_name").member(w.bina)).await.expect("read");
    }
    let facilitator =
        Accessor { account: Some(w.facilitator), role: Some(dhruva_core::policy::Role::Facilitator), purpose: None, channel: Channel::Web };
    app.store().record(&facilitator, AuditEvent::new("view_member_name").member(w.bina)).await.expect("read");
    let mut bina = app.signed_in("bina").await;
    let page = bina.get("/profile/access-log").await;
    let list = between(&page.body, "id=\"access-log\"", "</ul>");
    let groups: Vec<&str> = list.split("<li>").skip(1).collect();
    assert_eq!(groups.len(), 2, "one line per reader and what: {list}");
    let by_leader = groups.iter().find(|g| g.contains("asha")).expect("the leader's line");
    assert!(by_leader.contains("3 times in all"), "{by_leader}");
    assert!(by_leader.contains("<details") && by_leader.contains("3 times that day"), "the day behind it: {by_leader}");
    let by_facilitator = groups.iter().find(|g| g.contains("facilitator")).expect("the facilitator's line");
    assert!(!by_facilitator.contains("in all"), "once is not counted: {by_facilitator}");
}

/// The `<main>` of a page, without the form tokens that differ between two answers.
fn main_of(p: &Page) -> String {
    let main = between(&p.body, "<main>", "</main>");
    main.split("name=\"csrf\" value=\"").map(|part| part.split_once('"').map_or(part, |(_, rest)| rest)).collect()
}

pub async fn a_case_prints_on_one_page_for_whoever_may_open_it_and_is_not_found_for_anyone_else(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let c = casework_world::seed(app.store(), &w).await;
    let path = format!("/cases/{}/summary", c.bina_legal.0);
    let mut bina = app.signed_in("bina").await;
    let case = bina.get(&format!("/cases/{}", c.bina_legal.0)).await;
    assert!(case.body.contains(&format!("href=\"{path}\"")), "her case page links its summary: {}", case.body);
    let page = bina.get(&path).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(page.header("cache-control"), Some("no-store"));
    for text in ["id=\"case-print\"", REFERENCE, AUTHORITY, "Next hearing", "Case opened", "Key dates", "What is due next"] {
        assert!(page.body.contains(text), "{text} missing: {}", page.body);
    }
    assert!(page.body.contains(&format!("href=\"/cases/{}\"", c.bina_legal.0)), "the way back to the case");
    // In her language.
    bina.post("/language", &[("lang", "bn"), ("back", &path)]).await;
    let bn = bina.get(&path).await;
    assert!(bn.body.contains("<html lang=\"bn\">") && bn.body.contains("পরের শুনানি"), "{}", bn.body);

    // Her leader, with her case-support consent: the same road as the case page, audited.
    let before = audit_len(&app, w.bina).await;
    let mut asha = app.signed_in("asha").await;
    assert_eq!(asha.get(&path).await.status, 200);
    assert!(audit_len(&app, w.bina).await > before, "the leader's read is in Bina's log");
    // Dipa did not ask for case support: her case is "not found" to the leader, like a case
    // that does not exist; a member of another collective finds nothing either.
    let missing = asha.get("/cases/999999/summary").await;
    assert_eq!(missing.status, 404);
    let dipas = asha.get(&format!("/cases/{}/summary", c.dipa_legal.0)).await;
    assert_eq!(dipas.status, 404);
    assert_eq!(main_of(&dipas), main_of(&missing));
    let mut chitra = app.signed_in("chitra").await;
    let refused = chitra.get(&path).await;
    let missing = chitra.get("/cases/999999/summary").await;
    assert_eq!((refused.status.as_u16(), missing.status.as_u16()), (404, 404));
    assert_eq!(main_of(&refused), main_of(&missing));
    assert!(!refused.body.contains(REFERENCE));
    let stranger = app.browser().get(&path).await;
    assert!(stranger.status != 200 && !stranger.body.contains(REFERENCE), "logged out: {}", stranger.status);
}
