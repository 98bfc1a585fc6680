//! The correspondence log: a letter with its photos round-trips; a bad file refuses the whole
//! entry; the files and words are never stored in the clear; a leader's reading is audited.

use crate::cases::{herself, leader, open, world, World};
use crate::fixtures::*;
use dhruva_core::cases::{CaseKind, Direction, Medium};
use dhruva_core::{CaseId, Sensitive};
use dhruva_store::cases::{Authority, CaseError, NewAttachment, NewCorrespondence, TimelineEntry, MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES};
use dhruva_store::testing::TestDb;
use dhruva_store::{Backend, Store, StoreError};
use time::macros::date;

pub const SUMMARY: &str = "Asked the DLSA secretary why the enquiry has not started";
pub const FILE_NAME: &str = "dlsa-letter-rupa.jpg";
/// Recognisable bytes inside a JPEG, to search the database files for.
pub const PHOTO_MARK: &[u8] = b"PHOTO-OF-RUPAS-LETTER-0123456789";

pub fn jpeg(extra: &[u8]) -> Vec<u8> {
    let mut bytes = b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00".to_vec();
    bytes.extend_from_slice(PHOTO_MARK);
    bytes.extend_from_slice(extra);
    bytes
}

pub fn file(name: &str, media_type: &str, bytes: Vec<u8>) -> NewAttachment {
    NewAttachment { file_name: Sensitive::new(name.to_owned()), media_type: media_type.to_owned(), bytes: Sensitive::new(bytes) }
}

pub fn letter(attachments: Vec<NewAttachment>) -> NewCorrespondence {
    NewCorrespondence {
        on: date!(2025 - 05 - 02),
        direction: Direction::Sent,
        medium: Medium::Letter,
        authority: Authority::Named(Sensitive::new("DLSA South 24 Parganas".to_owned())),
        summary: Sensitive::new(SUMMARY.to_owned()),
        attachments,
    }
}

/// A compensation case with one letter carrying a photo and a PDF.
pub async fn case_with_letter(store: &Store, w: &World) -> CaseId {
    let id = open(store, w, CaseKind::Compensation).await;
    let files = vec![file(FILE_NAME, "image/jpeg", jpeg(b"")), file("reply.pdf", "application/pdf", b"%PDF-1.7\n% Rupa's reply\n".to_vec())];
    store.record_correspondence(&leader(w), id, &letter(files)).await.expect("recorded");
    id
}

/// A compensation case of `member` with one letter and its photo, recorded at the command
/// line (for stories that build their members themselves, such as erasure's).
pub async fn case_with_letter_for(store: &Store, member: dhruva_core::MemberId, collective: dhruva_core::CollectiveId) -> CaseId {
    let new = dhruva_store::cases::NewCase {
        member,
        collective,
        kind: CaseKind::Compensation,
        entitlement: None,
        document: None,
        forum: Some(dhruva_core::cases::CompensationForum::Dlsa),
        authority: Authority::Unknown,
        district: None,
        opened_on: date!(2025 - 01 - 10),
        state: None,
        details: crate::cases::answers(&[("reference", "DLSA/VC/12/2025"), ("amount_claimed", "300000")]),
    };
    let id = store.open_case(&cli(), &new).await.expect("opened");
    store.record_correspondence(&cli(), id, &letter(vec![file(FILE_NAME, "image/jpeg", jpeg(b""))])).await.expect("recorded");
    id
}

fn letters(timeline: &[TimelineEntry]) -> Vec<&TimelineEntry> {
    timeline.iter().filter(|e| matches!(e, TimelineEntry::Correspondence { .. })).collect()
}

pub async fn a_letter_with_its_photos_round_trips_and_the_token_is_the_only_handle(store: &Store) {
    let w = world(store).await;
    let id = case_with_letter(store, &w).await;
    let timeline = store.case_timeline(&herself(&w), id, TODAY).await.expect("timeline");
    let [TimelineEntry::Correspondence { on, direction, medium, authority, authority_name, summary, attachments, by, .. }] = letters(&timeline)[..]
    else {
        panic!("one letter: {timeline:?}");
    };
    assert_eq!((*on, *direction, *medium, *authority, *by), (date!(2025 - 05 - 02), Direction::Sent, Medium::Letter, None, Some(w.leader_account)));
    assert_eq!(authority_name.as_ref().map(|n| n.expose().as_str()), Some("DLSA South 24 Parganas"));
    assert_eq!(summary.expose(), SUMMARY);
    assert_eq!(attachments.len(), 2);
    assert_eq!((attachments[0].media_type.as_str(), attachments[0].file_name.expose().as_str()), ("image/jpeg", FILE_NAME));
    assert_eq!(attachments[0].size, jpeg(b"").len() as u64);
    for a in attachments {
        assert_eq!(a.token.len(), 32);
        assert!(a.token.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(store.attachment_owner(&a.token).await.expect("owner"), Some((id, w.rupa.id)));
    }
    let photo = store.attachment(&herself(&w), &attachments[0].token).await.expect("read").expect("there");
    assert_eq!((photo.case, photo.member, photo.media_type.as_str()), (id, w.rupa.id, "image/jpeg"));
    assert_eq!(photo.bytes.expose(), &jpeg(b""));
    assert_eq!(photo.file_name.expose(), FILE_NAME);

    // Anything that is not a token names nothing, without reaching the database's patterns.
    let token = &attachments[0].token;
    for guess in [&token[..31], &token.to_uppercase(), "%", "' OR 1=1 --", &format!("{}%", &token[..8])] {
        assert_eq!(store.attachment_owner(guess).await.expect("lookup"), None, "{guess}");
        assert!(store.attachment(&herself(&w), guess).await.expect("lookup").is_none(), "{guess}");
    }
}

pub async fn an_oversize_or_mistyped_file_refuses_the_whole_entry(store: &Store) {
    let w = world(store).await;
    let id = open(store, &w, CaseKind::Legal).await;
    let good = || file("ok.jpg", "image/jpeg", jpeg(b""));
    let mut big = jpeg(b"");
    big.resize(MAX_ATTACHMENT_BYTES + 1, 7);
    let cases: Vec<(Vec<NewAttachment>, CaseError)> = vec![
        (vec![good(), file("big.jpg", "image/jpeg", big)], CaseError::TooLarge { max: MAX_ATTACHMENT_BYTES }),
        (vec![good(), file("x.png", "image/png", jpeg(b""))], CaseError::TypeMismatch),
        (vec![good(), file("page.html", "text/html", b"<html>".to_vec())], CaseError::TypeNotAllowed),
        (vec![file("fake.pdf", "application/pdf", b"MZ\x90\x00 not a pdf".to_vec())], CaseError::TypeNotAllowed),
        ((0..=MAX_ATTACHMENTS).map(|_| good()).collect(), CaseError::TooManyAttachments { max: MAX_ATTACHMENTS }),
    ];
    for (files, expected) in cases {
        match store.record_correspondence(&herself(&w), id, &letter(files)).await {
            Err(StoreError::Case(e)) => assert_eq!(e, expected),
            other => panic!("expected {expected:?}, got {other:?}"),
        }
    }
    let timeline = store.case_timeline(&herself(&w), id, TODAY).await.expect("timeline");
    assert!(letters(&timeline).is_empty(), "no entry was half-written");
    let exactly_four: Vec<_> = (0..MAX_ATTACHMENTS).map(|_| good()).collect();
    store.record_correspondence(&herself(&w), id, &letter(exactly_four)).await.expect("four files are fine");
    let future = NewCorrespondence { on: date!(2999 - 01 - 01), ..letter(vec![]) };
    assert!(matches!(store.record_correspondence(&herself(&w), id, &future).await, Err(StoreError::Case(CaseError::DateInFuture))));
}

pub async fn a_leaders_reading_of_her_case_is_audited_with_the_case_support_purpose(store: &Store) {
    let w = world(store).await;
    let id = case_with_letter(store, &w).await;
    let views = |rows: &[dhruva_store::audit::AuditRow]| rows.iter().filter(|r| r.action == "view_cases").count();
    let before = store.audit_about_member(w.rupa.id).await.expect("audit");
    // Her own reading is not "someone else's".
    store.case(&herself(&w), id).await.expect("read");
    store.case_timeline(&herself(&w), id, TODAY).await.expect("read");
    store.cases_of_member(&herself(&w), w.rupa.id, TODAY).await.expect("her list");
    assert_eq!(views(&store.audit_about_member(w.rupa.id).await.expect("audit")), views(&before));

    store.case(&leader(&w), id).await.expect("read").expect("there");
    let timeline = store.case_timeline(&leader(&w), id, TODAY).await.expect("read");
    let TimelineEntry::Correspondence { attachments, .. } = letters(&timeline)[0] else { unreachable!() };
    store.attachment(&leader(&w), &attachments[0].token).await.expect("read").expect("there");
    store.cases_of_member(&leader(&w), w.rupa.id, TODAY).await.expect("the leader lists her cases");
    let rows = store.audit_about_member(w.rupa.id).await.expect("audit");
    let leader_views: Vec<_> = rows.iter().filter(|r| r.action == "view_cases").collect();
    assert_eq!(leader_views.len(), views(&before) + 4, "case, timeline, file and list");
    for row in leader_views {
        assert_eq!((row.account, row.role.as_deref(), row.purpose.as_deref()), (Some(w.leader_account), Some("leader"), Some("case_support")));
        let detail = row.detail.clone().unwrap_or_default();
        assert!(!detail.contains("DLSA") && !detail.contains("Rupa") && !detail.contains(".jpg"), "{detail}");
    }
    // Every write was audited too, with ids only.
    let writes: Vec<_> = rows.iter().filter(|r| r.action.starts_with("case_")).collect();
    assert!(writes.iter().any(|r| r.action == "case_opened") && writes.iter().any(|r| r.action == "case_correspondence_recorded"));
    for r in writes {
        assert!(!r.detail.clone().unwrap_or_default().contains(SUMMARY));
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// How `bytes` would appear in a PostgreSQL dump (bytea as hex) or the SQLite file.
pub fn as_stored(backend: Backend, bytes: &[u8]) -> Vec<u8> {
    match backend {
        Backend::Sqlite => bytes.to_vec(),
        Backend::Postgres => hex::encode(bytes).into_bytes(),
    }
}

pub async fn case_words_and_attached_files_are_never_stored_in_plaintext(db: &TestDb) {
    let store = &db.store;
    let w = world(store).await;
    let id = case_with_letter(store, &w).await;
    let photo = store.case_timeline(&herself(&w), id, TODAY).await.expect("timeline");
    assert_eq!(letters(&photo).len(), 1, "the values did reach the database");
    let stored = everything_stored(db).await;
    if store.backend() == Backend::Postgres {
        assert!(stored.tables.iter().any(|t| t == "case_attachments"), "{:?}", stored.tables);
    }
    let needles: [&[u8]; 6] = [PHOTO_MARK, SUMMARY.as_bytes(), FILE_NAME.as_bytes(), b"DLSA South 24 Parganas", b"DLSA/VC/12/2025", b"Rupa's reply"];
    for needle in needles {
        for form in [needle.to_vec(), as_stored(store.backend(), needle)] {
            assert!(!contains(&stored.bytes, &form), "{:?} is stored in plaintext", String::from_utf8_lossy(needle));
        }
    }
    assert!(contains(&stored.bytes, b"compensation"), "the check looks at the right data");
}
