//! Ordinary mistakes on the forms answer 422 with the message beside the field and her typing
//! kept, and write nothing; no posted value, however odd, gets a server error (issue 10).

use crate::app::{App, Browser, Page};
use crate::scorecards_rounds::open_round;
use crate::world::World;
use dhruva_store::testing::TestDb;

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
    assert!(early.body.contains("value=\"2026-10-01\"") && early.body.contains("value=\"12\"") && early.body.contains("ওসি রাজি হয়েছেন"), "{}", early.body);

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
    assert!(early.body.contains("value=\"Open the women&#39;s desk\"") && early.body.contains("value=\"OC Canning\"") && early.body.contains("value=\"2026-01-31\""), "{}", early.body);
    let long = "দ".repeat(201);
    let too_long = leader.post(&path, &[("action", "Open the desk"), ("responsible", &long), ("due", "2026-12-01")]).await;
    refused_beside(&too_long, "responsible", "This is too long");
    let blank = leader.post(&path, &[("action", "\u{200B}\u{200E}"), ("responsible", "OC"), ("due", "2026-12-01")]).await;
    refused_beside(&blank, "action", "Please fill this in.");
    assert!(app.store().action_plan(dhruva_core::RoundId(round)).await.expect("plan").is_empty(), "nothing was kept");
}
