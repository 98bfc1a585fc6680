//! Her cases in her own copy of her data, and gone with her when she is erased.

use crate::cases::{herself, leader, open, world};
use crate::cases_letters::{case_with_letter, FILE_NAME, SUMMARY};
use crate::fixtures::*;
use dhruva_core::cases::CaseKind;
use dhruva_store::cases::{ReminderSettings, TimelineEntry};
use dhruva_store::{Store, StoreError};

pub async fn her_export_holds_her_cases_with_their_timelines_and_nobody_elses(store: &Store) {
    let w = world(store).await;
    let id = case_with_letter(store, &w).await;
    let mina = member(store, w.utthan, "Mina Das", None).await;
    let mut hers = crate::cases::new_case(&w, CaseKind::Legal);
    hers.member = mina.id;
    hers.details = crate::cases::answers(&[("reference", "MINAS-OWN-FIR")]);
    store.open_case(&cli(), &hers).await.expect("Mina's case");

    let export = store.member_export(&herself(&w), w.rupa.id).await.expect("exported");
    assert_eq!(export.cases.len(), 1);
    let case = &export.cases[0];
    assert_eq!(case.case.summary.id, id);
    let letter = case.timeline.iter().find(|e| matches!(e, TimelineEntry::Correspondence { .. })).expect("the letter");
    let TimelineEntry::Correspondence { attachments, .. } = letter else { unreachable!() };
    assert_eq!(attachments.len(), 2, "files are listed by name, type, size and token");
    let json = serde_json::to_string(&export).expect("serialises");
    for expected in [SUMMARY, FILE_NAME, "DLSA/VC/12/2025", "compensation", "case_correspondence_recorded"] {
        assert!(json.contains(expected), "{expected:?} missing");
    }
    assert!(!json.contains("MINAS-OWN-FIR"), "Mina's case is hers");
    assert!(!format!("{export:?}").contains(SUMMARY), "Debug stays redacted");
}

pub async fn after_erasure_her_cases_files_and_reminders_are_gone_and_the_figures_drop_her_claim(store: &Store) {
    let w = world(store).await;
    let id = case_with_letter(store, &w).await;
    open(store, &w, CaseKind::Legal).await;
    let timeline = store.case_timeline(&herself(&w), id, TODAY).await.expect("timeline");
    let token = timeline
        .iter()
        .find_map(|e| match e {
            TimelineEntry::Correspondence { attachments, .. } => attachments.first().map(|a| a.token.clone()),
            _ => None,
        })
        .expect("a file");
    store.notify_in_app(w.rupa_account, "You have a reminder in Dhruva", "2025-06-01").await.expect("notified");
    assert_eq!(store.compensation_claims(Some(w.utthan)).await.expect("claims").len(), 1);

    let receipt = store.erase_member(&cli(), w.rupa.id).await.expect("erased");
    assert_eq!((receipt.removed.cases, receipt.removed.case_attachments), (2, 2));
    assert_eq!(store.case_owner(id).await.expect("owner"), None);
    assert!(store.case(&leader(&w), id).await.expect("read").is_none());
    assert_eq!(store.attachment_owner(&token).await.expect("owner"), None);
    assert!(store.attachment(&leader(&w), &token).await.expect("read").is_none());
    assert!(store.cases_of_member(&leader(&w), w.rupa.id, TODAY).await.expect("list").is_empty());
    assert!(store.compensation_claims(Some(w.utthan)).await.expect("claims").is_empty());
    assert!(store.all_due(TODAY, TODAY).await.expect("due").is_empty());
    assert!(store.notifications(w.rupa_account).await.expect("notifications").is_empty());
    assert!(matches!(store.member_export(&cli(), w.rupa.id).await, Err(StoreError::NotFound(_))));
}

pub async fn a_reminder_text_that_gives_casework_away_is_refused(store: &Store) {
    let w = world(store).await;
    assert_eq!(store.reminder_settings(w.utthan).await.expect("default"), ReminderSettings::default());
    let revealing = ReminderSettings { message: Some("Your court hearing is tomorrow".to_owned()), sms: true, email: false };
    match store.set_reminder_settings(&leader(&w), w.utthan, &revealing).await {
        Err(StoreError::Case(e)) => assert_eq!(e.code(), "revealing-word"),
        other => panic!("{other:?}"),
    }
    assert_eq!(store.reminder_settings(w.utthan).await.expect("unchanged"), ReminderSettings::default());
    let discreet = ReminderSettings { message: Some("Time for a cup of tea with us".to_owned()), sms: true, email: false };
    store.set_reminder_settings(&leader(&w), w.utthan, &discreet).await.expect("saved");
    assert_eq!(store.reminder_settings(w.utthan).await.expect("read"), discreet);

    // One in-app reminder per key; read once seen.
    assert!(store.notify_in_app(w.rupa_account, "Time for a cup of tea with us", "day:2025-06-01").await.expect("sent"));
    assert!(!store.notify_in_app(w.rupa_account, "Time for a cup of tea with us", "day:2025-06-01").await.expect("deduplicated"));
    let unread = store.notifications(w.rupa_account).await.expect("list");
    assert_eq!((unread.len(), unread[0].read), (1, false));
    store.mark_notifications_read(w.rupa_account).await.expect("read");
    assert!(store.notifications(w.rupa_account).await.expect("list")[0].read);
    let recipients = store.reminder_recipients(&[w.rupa.id]).await.expect("recipients");
    assert_eq!(recipients, vec![(w.rupa.id, w.rupa_account, dhruva_core::registry::Language::Bengali, w.utthan)]);
}
