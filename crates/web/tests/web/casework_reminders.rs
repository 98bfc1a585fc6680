//! Discreet reminders: what the runner sends, in every language, and what she sees.

use crate::app::{App, Browser};
use crate::casework_world::{self, today, AMOUNT, AUTHORITY, COURT, NOTE_WORD, REFERENCE};
use crate::world::{World, PASSWORD};
use dhruva_core::cases::discreet::revealing_word;
use dhruva_core::registry::{parse_personal, Language};
use dhruva_core::{AccountId, Sensitive};
use dhruva_store::accounts::NewAccount;
use dhruva_store::cases::{Authority, NewCase, NewHearing, ReminderSettings};
use dhruva_store::members::NewMember;
use dhruva_store::testing::TestDb;
use dhruva_store::{Accessor, Store};
use dhruva_web::reminders::{run_once, InAppNotifier, LoggingNotifier, Notifier, EMAIL, SMS};
use std::sync::Arc;
use time::Duration;

/// Words about cases in the four languages, besides the core's list: none may be sent.
const CASE_WORDS: [&str; 16] = [
    "case",
    "court",
    "hearing",
    "compensation",
    "trafficking",
    "police",
    "lawyer",
    "legal",
    "মামলা",
    "আদালত",
    "কেস",
    "শুনানি",
    "अदालत",
    "केस",
    "కేసు",
    "కోర్టు",
];

/// A member of Utthan with an account in `lang` and a hearing next week.
async fn member_speaking(store: &Store, w: &World, lang: Language, username: &str) -> AccountId {
    let cli = Accessor::cli();
    let personal = parse_personal(&format!("Speaker {username}"), None, Some(1992), None, 2026).expect("valid");
    let new =
        NewMember { code: None, collective: w.utthan, joined_on: time::macros::date!(2024 - 01 - 15), office: None, languages: vec![lang], personal };
    let m = store.create_member(&cli, new).await.expect("member").id;
    let account = NewAccount { username: username.to_owned(), member: Some(m), language: lang, password: Sensitive::new(PASSWORD.to_owned()) };
    let id = store.create_account(&cli, account).await.expect("account");
    let case = NewCase {
        member: m,
        collective: w.utthan,
        kind: dhruva_core::cases::CaseKind::Legal,
        entitlement: None,
        document: None,
        forum: None,
        authority: Authority::Named(Sensitive::new(AUTHORITY.to_owned())),
        district: None,
        opened_on: today() - Duration::days(40),
        state: None,
        details: Sensitive::new([("reference".to_owned(), vec![REFERENCE.to_owned()])].into_iter().collect()),
    };
    let c = store.open_case(&cli, &case).await.expect("case");
    let h = NewHearing {
        held_on: today() - Duration::days(5),
        court: Some(Sensitive::new(COURT.to_owned())),
        next_on: Some(today() + Duration::days(2)),
        note: None,
    };
    store.add_hearing(&cli, c, &h).await.expect("hearing");
    id
}

pub async fn no_reminder_in_any_language_carries_a_word_of_the_cases_it_reminds_about(db: TestDb) {
    let app = App::start(db).await;
    let store = app.store();
    let w = World::seed(store).await;
    let cased = casework_world::seed(store, &w).await;
    let mut accounts = vec![w.bina_account];
    for (lang, name) in [(Language::Bengali, "speaks-bn"), (Language::Hindi, "speaks-hi"), (Language::Telugu, "speaks-te")] {
        accounts.push(member_speaking(store, &w, lang, name).await);
    }
    let on = ReminderSettings { message: None, sms: true, email: true };
    store.set_reminder_settings(&Accessor::cli(), w.utthan, &on).await.expect("channels on");
    let sms = LoggingNotifier::new(SMS);
    let email = LoggingNotifier::new(EMAIL);
    let notifiers: Vec<Arc<dyn Notifier>> = vec![Arc::new(InAppNotifier::new(store.clone())), Arc::new(sms.clone()), Arc::new(email.clone())];

    let first = run_once(store, &notifiers, today()).await.expect("a pass");
    assert_eq!(first.reminded, 4, "Bina and three speakers (Dipa has no account): {first:?}");
    let mut texts: Vec<String> = sms.sent().into_iter().chain(email.sent()).map(|s| s.text).collect();
    assert_eq!(sms.sent().len(), first.reminded, "one SMS per reminded member");
    for a in &accounts {
        let mine = store.notifications(*a).await.expect("notifications");
        assert_eq!(mine.len(), 1, "one in-app reminder each");
        texts.extend(mine.into_iter().map(|n| n.text));
    }
    let dates: Vec<String> = [cased.due_on, cased.overdue_on, today() + Duration::days(2)]
        .iter()
        .flat_map(|d| [d.to_string(), format!("{:02}/{:02}/{}", d.day(), u8::from(d.month()), d.year()), format!("{} {}", d.day(), d.month())])
        .collect();
    for text in &texts {
        let lower = text.to_lowercase();
        for word in [REFERENCE, NOTE_WORD, AUTHORITY, COURT, AMOUNT, "Zebra", "Sealdah", "98,76,54"] {
            assert!(!lower.contains(&word.to_lowercase()), "{word:?} in a reminder: {text}");
        }
        for word in CASE_WORDS {
            let found = if word.is_ascii() { lower.split(|c: char| !c.is_alphanumeric()).any(|w| w == word) } else { text.contains(word) };
            assert!(!found, "{word:?} in a reminder: {text}");
        }
        for d in &dates {
            assert!(!text.contains(d.as_str()), "a date in a reminder: {text}");
        }
        assert_eq!(revealing_word(text), None, "a revealing word in {text}");
        assert!(!text.chars().any(|c| c.is_ascii_digit()), "no number of any kind: {text}");
    }
    let sent_texts: Vec<String> = sms.sent().into_iter().map(|s| s.text).collect();
    assert!(sent_texts.iter().any(|t| t == "You have a reminder in Dhruva"), "{sent_texts:?}");
    assert!(sent_texts.iter().any(|t| t.contains("ধ্রুব")), "Bengali for the Bengali speaker: {sent_texts:?}");

    let second = run_once(store, &notifiers, today()).await.expect("a second pass");
    assert_eq!((second.reminded, second.sent), (0, 0), "the same day sends nothing again: {second:?}");
    assert_eq!(sms.sent().len(), first.reminded, "no second SMS");
    for a in &accounts {
        assert_eq!(store.notifications(*a).await.expect("notifications").len(), 1, "no second in-app reminder");
    }
}

pub async fn she_sees_her_reminders_on_her_home_page_and_opening_them_marks_them_read(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    casework_world::seed(app.store(), &w).await;
    run_once(app.store(), &[], today()).await.expect("a pass");
    let mut bina = Browser::new(&app.base);
    assert_eq!(bina.login("bina", PASSWORD).await.status, 303);
    let home = bina.get("/").await;
    assert!(home.body.contains("Reminders (1 new)"), "{}", home.body);
    let list = bina.get("/reminders").await;
    assert_eq!(list.status, 200);
    assert!(list.body.contains("You have a reminder in Dhruva"), "{}", list.body);
    assert!(list.body.contains("<strong>New</strong>"), "shown as new the first time");
    let again = bina.get("/reminders").await;
    assert!(!again.body.contains("<strong>New</strong>"), "read once opened");
    assert!(bina.get("/").await.body.contains(">Reminders</a>"), "the badge has no count left");
}
