//! Ordinary mistakes on the forms answer 422 with the message beside the field and her typing
//! kept, and write nothing; no posted value, however odd, gets a server error (issue 10).

use crate::app::{App, Page};
use crate::cases_world::{open_through_pages, post_multipart};
use crate::scorecards_rounds::open_round;
use crate::world::World;
use dhruva_store::testing::TestDb;

/// A form's fields as posted, name and value.
type Fields<'a> = Vec<(&'a str, &'a str)>;

/// Strings a hurried thumb, a copy-paste or a crafted post can send.
pub fn fuzz() -> Vec<String> {
    vec![
        String::new(),
        "\0".to_owned(),
        "a\0b".to_owned(),
        "x".repeat(10 * 1024),
        "\u{200F}\u{200E}\u{202B}\u{202C}".to_owned(),
        "\u{200B}\u{FEFF}".to_owned(),
        "\u{202E}উল্টো লেখা\u{202C}".to_owned(),
        "🙂🙏🏽👩‍👧".repeat(3),
        "ক\u{09C7}\u{09BE}".to_owned(),
        "<script>alert(1)</script>".to_owned(),
        "২০২৬-১১-০১".to_owned(),
        "-1".to_owned(),
        "99999999999999999999".to_owned(),
    ]
}

fn no_server_error(page: &Page, what: &str) {
    assert!(!page.status.is_server_error(), "{what} answered {}: {}", page.status, page.body);
}

fn refused_beside(page: &Page, field: &str, message: &str) {
    assert_eq!(page.status, 422, "{}", page.body);
    assert!(page.body.contains(&format!("id=\"{field}-error\">{message}")), "no '{message}' beside {field}: {}", page.body);
}

pub async fn a_meeting_before_the_round_or_without_attendance_is_shown_again_and_nothing_is_kept(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let (round, _) = open_round(app.store(), &w).await;
    let mut leader = app.signed_in("asha").await;
    let path = format!("/rounds/{round}/meeting");
    let form = leader.get(&path).await;
    assert!(form.body.contains("id=\"notes\" name=\"notes\" rows=\"6\" maxlength=\"4000\""), "{}", form.body);

    let early = leader.post(&path, &[("held_on", "2026-10-01"), ("attended_survivor", "12"), ("notes", "ওসি রাজি হয়েছেন")]).await;
    refused_beside(&early, "held_on", "This date is before the round&#39;s period begins");
    assert!(
        early.body.contains("value=\"2026-10-01\"") && early.body.contains("value=\"12\"") && early.body.contains("ওসি রাজি হয়েছেন"),
        "{}",
        early.body
    );

    let nobody = leader.post(&path, &[("held_on", "2026-11-20"), ("notes", "ওসি রাজি হয়েছেন")]).await;
    refused_beside(&nobody, "attendance", "Please write how many came");
    assert!(nobody.body.contains("value=\"2026-11-20\"") && nobody.body.contains("ওসি রাজি হয়েছেন"), "{}", nobody.body);

    assert_eq!(app.store().meeting(dhruva_core::RoundId(round)).await.expect("read"), None, "nothing was kept");

    // In Bengali, beside the field too.
    leader.get("/").await;
    let bn = leader.post("/language", &[("lang", "bn")]).await;
    no_server_error(&bn, "the language switch");
    leader.get(&path).await;
    let early = leader.post(&path, &[("held_on", "2026-10-01"), ("attended_survivor", "12")]).await;
    assert_eq!(early.status, 422);
    assert!(early.body.contains("id=\"held_on-error\">এই তারিখটি পর্ব শুরু হওয়ার আগের"), "{}", early.body);

    let ok = leader.post(&path, &[("held_on", "2026-11-20"), ("attended_survivor", "12"), ("notes", "\u{200F}ক\u{09C7}\u{09BE} ")]).await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    let kept = app.store().meeting(dhruva_core::RoundId(round)).await.expect("read").expect("kept");
    assert_eq!(kept.notes, "\u{0995}\u{09CB}", "trimmed of its mark and normalised to NFC");

    // A meeting's minutes in Bengali fit: 4000 letters go through the form, one more is refused.
    leader.get(&path).await;
    let full = "কথা ".repeat(1000);
    let ok = leader.post(&path, &[("held_on", "2026-11-20"), ("attended_survivor", "12"), ("notes", &full)]).await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    let over = format!("{full}কথা ক");
    let r = leader.post(&path, &[("held_on", "2026-11-20"), ("attended_survivor", "12"), ("notes", &over)]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("id=\"notes-error\">এই লেখাটি") || r.body.contains("id=\"notes-error\">লেখাটি খুব লম্বা"), "{}", r.body);
    assert_eq!(
        app.store().meeting(dhruva_core::RoundId(round)).await.expect("read").expect("kept").notes,
        full.trim(),
        "the longer one was not kept"
    );
}

pub async fn an_action_due_before_the_round_is_shown_again_and_nothing_is_kept(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let (round, _) = open_round(app.store(), &w).await;
    let mut leader = app.signed_in("asha").await;
    let path = format!("/rounds/{round}/actions");
    let form = leader.get(&path).await;
    assert!(form.body.contains("id=\"responsible\" name=\"responsible\" value=\"\" maxlength=\"200\""), "{}", form.body);
    let early = leader.post(&path, &[("action", "Open the women's desk"), ("responsible", "OC Canning"), ("due", "2026-01-31")]).await;
    refused_beside(&early, "due", "This date is before the round");
    assert!(
        early.body.contains("value=\"Open the women&#39;s desk\"")
            && early.body.contains("value=\"OC Canning\"")
            && early.body.contains("value=\"2026-01-31\""),
        "{}",
        early.body
    );
    let long = "দ".repeat(201);
    let too_long = leader.post(&path, &[("action", "Open the desk"), ("responsible", &long), ("due", "2026-12-01")]).await;
    refused_beside(&too_long, "responsible", "This is too long");
    let blank = leader.post(&path, &[("action", "\u{200B}\u{200E}"), ("responsible", "OC"), ("due", "2026-12-01")]).await;
    refused_beside(&blank, "action", "Please fill this in.");
    assert!(app.store().action_plan(dhruva_core::RoundId(round)).await.expect("plan").is_empty(), "nothing was kept");
}

pub async fn a_round_title_or_institution_name_over_200_characters_is_shown_again_and_nothing_is_kept(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let places = crate::scorecards_rounds::institutions(app.store()).await;
    let mut leader = app.signed_in("asha").await;
    let path = format!("/collectives/{}/rounds/new", w.utthan);
    let form = leader.get(&path).await;
    assert!(form.body.contains("id=\"title\" name=\"title\" value=\"\" maxlength=\"200\""), "{}", form.body);
    let long = "শীতকালীন পর্ব ".repeat(20);
    let a = places[0].0.to_string();
    let utthan = w.utthan.0.to_string();
    let r = leader
        .post(
            &path,
            &[
                ("title", &long),
                ("start", "2026-11-01"),
                ("end", "2026-12-31"),
                ("template", "standard"),
                ("collectives", &utthan),
                ("institutions", &a),
            ],
        )
        .await;
    refused_beside(&r, "title", "This is too long");
    assert!(
        r.body.contains(long.trim()) && r.body.contains("value=\"2026-11-01\"") && r.body.contains(&format!("value=\"{a}\" checked")),
        "{}",
        r.body
    );
    assert!(app.store().rounds_of_collective(w.utthan).await.expect("rounds").is_empty(), "nothing was kept");

    let mut admin = app.signed_in("admin").await;
    let form = admin.get("/institutions/new").await;
    assert!(form.body.contains("maxlength=\"200\""), "{}", form.body);
    let name = "থানা ".repeat(41);
    let r = admin.post("/institutions/new", &[("kind", "police_station"), ("name", &name), ("district", "WB-kolkata")]).await;
    refused_beside(&r, "name", "This is too long");
    assert!(r.body.contains(name.trim()) && r.body.contains("value=\"WB-kolkata\""), "{}", r.body);
    let r = admin.post("/institutions/new", &[("kind", "police_station"), ("name", "\u{200B}\u{202B}"), ("district", "WB-kolkata")]).await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert_eq!(app.store().institutions(&dhruva_store::scorecards::InstitutionFilter::default()).await.expect("list").len(), 2, "nothing was kept");
}

pub async fn a_hearings_next_date_before_it_or_a_letter_summary_over_its_limit_is_shown_again_and_nothing_is_kept(db: TestDb) {
    let app = App::start(db).await;
    World::seed(app.store()).await;
    let mut bina = app.signed_in("bina").await;
    let id = open_through_pages(&mut bina, "/cases", "legal", &[]).await;
    let case = bina.get(&format!("/cases/{id}/update")).await;
    assert!(case.body.contains("id=\"court\" name=\"court\" type=\"text\" value=\"\" maxlength=\"200\""), "{}", case.body);
    let back = bina
        .post(
            &format!("/cases/{id}/hearings"),
            &[("held_on", "2026-01-20"), ("court", "শিয়ালদহ আদালত"), ("next_on", "2026-01-02"), ("note", "পরের বার সাক্ষী")],
        )
        .await;
    refused_beside(&back, "next_on", "The next date cannot be before the hearing.");
    for typed in ["value=\"2026-01-20\"", "value=\"শিয়ালদহ আদালত\"", "value=\"2026-01-02\"", "value=\"পরের বার সাক্ষী\""]
    {
        assert!(back.body.contains(typed), "{typed} kept: {}", back.body);
    }
    let long_court = bina.post(&format!("/cases/{id}/hearings"), &[("held_on", "2026-01-20"), ("court", &"আ".repeat(201))]).await;
    refused_beside(&long_court, "court", "This is too long");
    let after = bina.get(&format!("/cases/{id}")).await;
    assert!(!after.body.contains("শিয়ালদহ আদালত"), "no hearing was kept: {}", after.body);
    // A move's note past the page's maxlength, from a direct post: refused, the case stays.
    let note = "ন".repeat(501);
    let moved = bina
        .post(&format!("/cases/{id}/state"), &[("from", "complaint_made"), ("to", "fir_registered"), ("on", "2026-01-12"), ("note", &note)])
        .await;
    assert!(moved.status.is_client_error() && moved.body.contains("This is too long"), "{}", moved.body);
    assert!(bina.get(&format!("/cases/{id}")).await.body.contains("data-state=\"complaint_made\""), "the case did not move");

    let page = bina.get(&format!("/cases/{id}/letters")).await;
    assert!(page.body.contains("maxlength=\"4000\""), "{}", page.body);
    let csrf = page.csrf().expect("a token");
    let long = "চিঠি".repeat(2500);
    let fields =
        [("on", "2026-01-11"), ("direction", "sent"), ("medium", "letter"), ("institution", ""), ("authority_name", ""), ("summary", long.as_str())];
    let r = post_multipart(&app, &bina, &format!("/cases/{id}/letters"), Some(&csrf), &fields, &[]).await;
    refused_beside(&r, "summary", "This is too long");
    assert!(r.body.contains(&long), "her summary is shown again");
    let after = bina.get(&format!("/cases/{id}")).await;
    assert!(!after.body.contains("চিঠিচিঠি"), "no letter was kept");
}

/// Every form of the score card cycle and of a case, posted with each odd string in each text
/// field: never a 5xx.
pub async fn no_form_answers_a_server_error_to_odd_text(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let (round, institution) = open_round(app.store(), &w).await;
    let mut leader = app.signed_in("asha").await;
    let mut admin = app.signed_in("admin").await;
    let mut bina = app.signed_in("bina").await;
    let case = open_through_pages(&mut bina, "/cases", "legal", &[]).await;
    let utthan = w.utthan.0.to_string();
    let inst = institution.to_string();
    leader.get(&format!("/rounds/{round}/actions")).await;
    let action = leader.post(&format!("/rounds/{round}/actions"), &[("action", "Open the desk"), ("responsible", "OC"), ("due", "2026-12-01")]).await;
    assert_eq!(action.status, 303, "{}", action.body);
    let action_id = app.store().action_plan(dhruva_core::RoundId(round)).await.expect("plan")[0].id;
    for s in fuzz() {
        let s = s.as_str();
        let cases: [(u8, String, Fields); 11] = [
            (0, format!("/rounds/{round}/meeting"), vec![("held_on", s), ("attended_survivor", s), ("notes", s)]),
            (0, format!("/rounds/{round}/meeting"), vec![("held_on", "2026-11-20"), ("attended_survivor", "3"), ("notes", s)]),
            (0, format!("/rounds/{round}/actions"), vec![("action", s), ("responsible", s), ("due", s), ("institution", s)]),
            (0, format!("/rounds/{round}/actions/{action_id}"), vec![("status", "done"), ("note", s)]),
            (0, format!("/rounds/{round}/focus-group/{institution}"), vec![("reasons", s)]),
            (
                0,
                format!("/collectives/{utthan}/rounds/new"),
                vec![
                    ("title", s),
                    ("start", "2026-11-01"),
                    ("end", "2026-12-31"),
                    ("template", "standard"),
                    ("collectives", &utthan),
                    ("institutions", &inst),
                ],
            ),
            (1, "/institutions/new".to_owned(), vec![("kind", "police_station"), ("name", s), ("district", "WB-kolkata")]),
            (2, format!("/cases/{case}/hearings"), vec![("held_on", "2026-01-20"), ("court", s), ("next_on", s), ("note", s)]),
            (2, format!("/cases/{case}/state"), vec![("from", "complaint_made"), ("to", "fir_registered"), ("on", "2026-01-12"), ("note", s)]),
            (2, format!("/cases/{case}/hearings"), vec![("held_on", s), ("court", "x")]),
            (
                2,
                "/cases/new".to_owned(),
                vec![("kind", "legal"), ("opened_on", "2026-01-10"), ("authority_name", s), ("police_station", s), ("sections", s)],
            ),
        ];
        for (who, path, fields) in cases {
            let b = match who {
                0 => &mut leader,
                1 => &mut admin,
                _ => &mut bina,
            };
            let get = path
                .rsplit_once('/')
                .map(|(p, last)| if last == "hearings" || last == "state" { p.to_owned() } else { path.clone() })
                .unwrap_or_default();
            let get = if get.contains("/actions/") { format!("/rounds/{round}/actions") } else { get };
            b.get(&get).await;
            let r = b.post(&path, &fields).await;
            let what = format!("{path} with {:?}", s.chars().take(20).collect::<String>());
            no_server_error(&r, &what);
            assert!(![403, 404].contains(&r.status.as_u16()), "{what} did not reach its form: {}", r.status);
        }
        let page = bina.get(&format!("/cases/{case}/letters")).await;
        let csrf = page.csrf().expect("a token");
        let fields = [("on", "2026-01-11"), ("direction", "sent"), ("medium", "letter"), ("institution", s), ("authority_name", s), ("summary", s)];
        let r = post_multipart(&app, &bina, &format!("/cases/{case}/letters"), Some(&csrf), &fields, &[]).await;
        no_server_error(&r, "a letter");
        assert!(![403, 404].contains(&r.status.as_u16()), "the letter did not reach its form: {}", r.status);
    }
    let kept = app.store().meeting(dhruva_core::RoundId(round)).await.expect("read");
    assert!(kept.is_none_or(|m| !m.notes.contains('\0')), "no NUL was kept");
}

/// Her rights, her consents, her profile, a guardian and the leader's queues: the forms a
/// member and her leader fill most often take any text without a server error.
pub async fn no_rights_consent_or_profile_form_answers_a_server_error_to_odd_text(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut leader = app.signed_in("asha").await;
    let mut admin = app.signed_in("admin").await;
    let mut bina = app.signed_in("bina").await;
    bina.get("/profile/requests").await;
    assert_eq!(bina.post("/profile/requests", &[("text", "My birth year is wrong")]).await.status, 303);
    let request = app.store().correction_requests(&dhruva_store::Accessor::cli(), w.bina).await.expect("hers")[0].id;
    bina.get("/profile/grievances").await;
    assert_eq!(bina.post("/profile/grievances", &[("text", "Nobody answered")]).await.status, 303);
    let grievance = app.store().grievances_of(w.bina).await.expect("hers")[0].id;
    let (bina_id, dipa, utthan) = (w.bina.0, w.dipa.0, w.utthan.0);
    for s in fuzz() {
        let s = s.as_str();
        // (who, page with the form, where it posts, fields)
        let cases: Vec<(u8, String, String, Fields)> = vec![
            (2, "/profile/edit".into(), "/profile/edit".into(), vec![("name", s), ("phone", s), ("birth_year", s), ("notes", s)]),
            (2, "/profile/requests".into(), "/profile/requests".into(), vec![("text", s)]),
            (2, "/profile/grievances".into(), "/profile/grievances".into(), vec![("text", s)]),
            (2, "/profile/consents".into(), "/profile/consents".into(), vec![("purpose", s), ("decision", s)]),
            (2, "/profile/consents".into(), "/profile/consents/pending".into(), vec![("id", s), ("decision", s)]),
            (2, "/profile/mentors".into(), "/profile/mentors".into(), vec![("account", s), ("op", s)]),
            (2, "/profile".into(), "/language".into(), vec![("lang", s), ("back", s)]),
            (
                0,
                format!("/members/{bina_id}/edit"),
                format!("/members/{bina_id}/edit"),
                vec![("name", s), ("phone", s), ("birth_year", s), ("notes", s)],
            ),
            (
                0,
                format!("/members/{bina_id}/consents"),
                format!("/members/{bina_id}/consents"),
                vec![("purpose", "mentoring"), ("method", "paper"), ("witness", s)],
            ),
            (
                0,
                format!("/members/{bina_id}/consents"),
                format!("/members/{bina_id}/consents"),
                vec![("purpose", s), ("method", s), ("witness", "Rina")],
            ),
            (0, format!("/members/{bina_id}/consents"), format!("/members/{bina_id}/consents/withdraw"), vec![("purpose", s), ("id", s)]),
            (0, format!("/members/{bina_id}/consents"), format!("/members/{bina_id}/consents/confirm"), vec![("id", s), ("witness", s)]),
            (0, format!("/members/{dipa}/guardian"), format!("/members/{dipa}/guardian"), vec![("name", s), ("relation", s), ("verification", s)]),
            (0, format!("/members/{dipa}/guardian"), format!("/members/{dipa}/guardian/minor"), vec![("minor", s)]),
            (0, format!("/members/{bina_id}/requests"), format!("/members/{bina_id}/requests/{request}"), vec![("outcome", "declined"), ("note", s)]),
            (0, format!("/members/{bina_id}/requests"), format!("/members/{bina_id}/requests/{request}"), vec![("outcome", s), ("note", s)]),
            (0, format!("/members/{bina_id}/mentors"), format!("/members/{bina_id}/mentors"), vec![("account", s), ("op", s)]),
            (
                0,
                format!("/collectives/{utthan}/phone-changes"),
                format!("/collectives/{utthan}/phone-changes"),
                vec![("id", s), ("decision", s), ("member", s)],
            ),
            (1, format!("/grievances/{grievance}"), format!("/grievances/{grievance}"), vec![("text", s)]),
        ];
        for (who, get, path, fields) in cases {
            let b = match who {
                0 => &mut leader,
                1 => &mut admin,
                _ => &mut bina,
            };
            b.get(&get).await;
            let r = b.post(&path, &fields).await;
            let what = format!("{path} with {:?}", s.chars().take(20).collect::<String>());
            no_server_error(&r, &what);
        }
    }
    let texts = app.store().correction_requests(&dhruva_store::Accessor::cli(), w.bina).await.expect("hers");
    assert!(texts.iter().all(|r| !r.text.expose().contains('\0')), "no NUL was kept in a request");
}

/// Her case's details, a deadline moved, a leader's case for a member, the reminder text and
/// her password at erasure: no posted value gets a server error, and a wrong password erases
/// nothing.
pub async fn no_case_erasure_or_reminder_form_answers_a_server_error_to_odd_text(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let mut leader = app.signed_in("asha").await;
    let mut bina = app.signed_in("bina").await;
    let case = open_through_pages(&mut bina, "/cases", "compensation", &[("item", "dlsa"), ("amount_claimed", "150000")]).await;
    let page = bina.get(&format!("/cases/{case}/update")).await;
    let from = page.body.split("name=\"from\" value=\"").nth(1).and_then(|r| r.split('"').next()).expect("a move form").to_owned();
    assert_eq!(bina.post(&format!("/cases/{case}/state"), &[("from", &from), ("to", "filed"), ("on", "2026-01-12")]).await.status, 303);
    let (bina_id, utthan) = (w.bina.0, w.utthan.0);
    for s in fuzz() {
        let s = s.as_str();
        let cases: Vec<(u8, String, String, Fields)> = vec![
            (
                2,
                format!("/cases/{case}/edit"),
                format!("/cases/{case}/edit"),
                vec![("amount_claimed", s), ("amount_awarded", s), ("reference", s), ("notes", s)],
            ),
            (2, format!("/cases/{case}"), format!("/cases/{case}/deadlines/lsa_decision"), vec![("due", s), ("reason", s)]),
            (2, format!("/cases/{case}"), format!("/cases/{case}/deadlines/lsa_decision"), vec![("due", "2026-04-30"), ("reason", s)]),
            (
                2,
                format!("/cases/{case}"),
                format!("/cases/{case}/deadlines/{}", if s.is_empty() { "x" } else { "no_such_rule" }),
                vec![("due", "2026-04-30"), ("reason", "x")],
            ),
            (2, "/cases/new".into(), "/cases/new".into(), vec![("kind", s), ("opened_on", s)]),
            (2, "/profile/erase".into(), "/profile/erase".into(), vec![("password", s)]),
            (
                0,
                format!("/members/{bina_id}/cases/new"),
                format!("/members/{bina_id}/cases/new"),
                vec![("kind", "compensation"), ("item", s), ("opened_on", "2026-01-10"), ("amount_claimed", s)],
            ),
            (
                0,
                format!("/collectives/{utthan}/reminders"),
                format!("/collectives/{utthan}/reminders"),
                vec![("message", s), ("sms", s), ("email", s)],
            ),
        ];
        for (who, get, path, fields) in cases {
            let b = if who == 0 { &mut leader } else { &mut bina };
            b.get(&get).await;
            let r = b.post(&path, &fields).await;
            let what = format!("{path} with {:?}", s.chars().take(20).collect::<String>());
            no_server_error(&r, &what);
        }
    }
    assert_eq!(bina.get("/profile").await.status, 200, "a wrong password erased nothing: she is still signed in");
}

/// The names of the choices a form page asks for (each radio group once), from its HTML.
fn radio_names(page: &Page) -> Vec<String> {
    let mut names = Vec::new();
    for part in page.body.split("type=\"radio\"").skip(1) {
        let tag_end = part.find('>').unwrap_or(part.len());
        if let Some(name) = part[..tag_end].split("name=\"").nth(1).and_then(|r| r.split('"').next()) {
            if !names.iter().any(|n: &String| n == name) {
                names.push(name.to_owned());
            }
        }
    }
    names
}

/// Her rating, the providers' self-assessment, "I did not go there" and the login: any value
/// in any of their fields answers without a server error, and no odd post becomes a rating.
pub async fn no_rating_self_assessment_or_login_answers_a_server_error_to_odd_text(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let (round, institution) = open_round(app.store(), &w).await;
    let mut bina = app.signed_in("bina").await;
    let mut facilitator = app.signed_in("facilitator").await;
    let rate = format!("/rounds/{round}/rate/{institution}");
    let questions = radio_names(&bina.get(&rate).await);
    assert!(questions.len() >= 5, "the rating form's questions: {questions:?}");
    let assess = format!("/rounds/{round}/self-assessment/{institution}");
    let asked = radio_names(&facilitator.get(&assess).await);
    for s in fuzz() {
        let s = s.as_str();
        let rating: Vec<(&str, &str)> = questions.iter().map(|q| (q.as_str(), s)).collect();
        bina.get(&rate).await;
        let r = bina.post(&rate, &rating).await;
        no_server_error(&r, &format!("a rating of {:?}", s.chars().take(20).collect::<String>()));
        assert!([413, 422].contains(&r.status.as_u16()), "no face and no skip is not a rating: {} {}", r.status, r.body);
        if r.status.as_u16() == 413 {
            // The unread body ends this connection (hyper says so): her next form goes down a new one.
            assert_eq!(r.header("connection"), Some("close"), "a 413 tells the client to open a new connection");
        }
        let r = bina.post(&format!("{rate}/not-gone"), &[("confirm", s)]).await;
        no_server_error(&r, "did not go");
        let mut answers: Vec<(&str, &str)> = asked.iter().map(|q| (q.as_str(), s)).collect();
        answers.push(("reasons", s));
        facilitator.get(&assess).await;
        let r = facilitator.post(&assess, &answers).await;
        no_server_error(&r, &format!("a self-assessment of {:?}", s.chars().take(20).collect::<String>()));
        assert!(![403, 404].contains(&r.status.as_u16()), "the self-assessment did not reach its form: {}", r.status);
        let mut visitor = app.browser();
        visitor.get("/login").await;
        let r = visitor.post("/login", &[("login", s), ("password", s)]).await;
        no_server_error(&r, "a login");
        assert_ne!(r.status, 303, "no odd login gets in");
    }
}
