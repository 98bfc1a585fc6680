use crate::fixtures::*;
use dhruva_core::registry::{parse_personal, Language};
use dhruva_core::Sensitive;
use dhruva_store::members::NewMember;
use dhruva_store::testing::TestDb;
use dhruva_store::Backend;
use time::macros::datetime;

const NAME: &str = "Shrabanti Mukhopadhyay";
const BENGALI_NAME: &str = "শ্রাবন্তী মুখোপাধ্যায়";
const PHONE: &str = "9123456780";
const NOTES: &str = "Lives near the Canning railway station";

/// Every byte the database keeps, checked to be the real thing before it is searched.
async fn everything_stored(db: &TestDb) -> Vec<u8> {
    let stored = crate::fixtures::everything_stored(db).await;
    match db.store.backend() {
        Backend::Sqlite => assert!(stored.bytes.len() > 100_000, "the database and its log hold the data"),
        Backend::Postgres => {
            assert!(stored.tables.iter().any(|t| t == "members"), "{:?}", stored.tables);
            assert!(String::from_utf8_lossy(&stored.bytes).contains("\"code\":\"WB-kolkata\""), "the dump holds every table");
        }
    }
    stored.bytes
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

pub async fn names_and_phone_numbers_are_never_stored_in_plaintext(db: &TestDb) {
    let store = &db.store;
    let utthan = collective(store, "Utthan").await;
    let full_name = format!("{NAME} ({BENGALI_NAME})");
    let new = NewMember {
        code: None,
        collective: utthan,
        joined_on: JOINED,
        office: None,
        languages: vec![Language::Bengali],
        personal: parse_personal(&full_name, Some("+91 91234 56780"), Some(1991), Some(NOTES), 2025).expect("valid"),
    };
    let member = store.create_member(&cli(), new).await.expect("created");
    account(store, "shrabanti", Some(member.id)).await;
    store.member_names(&cli(), &[member.id]).await.expect("read");
    // The member's own record reads back, so the values did reach the database …
    let personal = store.member_personal(&cli(), member.id).await.expect("read").expect("found");
    assert_eq!(personal.name.expose(), &full_name);

    // … but only as ciphertext.
    for (label, bytes) in [("while open", everything_stored(db).await)] {
        for needle in [NAME, "Mukhopadhyay", "Shrabanti", BENGALI_NAME, PHONE, "91234 56780", NOTES, "Canning"] {
            assert!(!contains(&bytes, needle), "{needle:?} is stored in plaintext ({label})");
        }
        assert!(contains(&bytes, &member.code), "the check looks at the right data ({label})");
    }
    if store.backend() == Backend::Sqlite {
        store.close().await;
        let bytes = everything_stored(db).await;
        for needle in [NAME, BENGALI_NAME, PHONE, NOTES] {
            assert!(!contains(&bytes, needle), "{needle:?} is stored in plaintext after a checkpoint");
        }
    }
}

pub async fn secrets_are_stored_only_as_hashes(db: &TestDb) {
    let store = &db.store;
    let admin = account(store, "admin", None).await;
    let token = store.create_api_token(&cli(), admin, "laptop").await.expect("token");
    let session = store.create_session(admin, datetime!(2025-06-01 10:00 UTC)).await.expect("session");
    let bytes = everything_stored(db).await;
    let secrets: [&Sensitive<String>; 2] = [&token, &session];
    for secret in secrets {
        assert!(!contains(&bytes, secret.expose()), "a token is stored as it is");
        assert!(!contains(&bytes, &secret.expose()[8..]), "part of a token is stored");
    }
    assert!(!contains(&bytes, PASSWORD), "a password is stored as it is");
    assert!(contains(&bytes, "$argon2id$"), "passwords are stored as Argon2id hashes");
}

pub async fn another_master_key_reads_nothing(db: &TestDb) {
    let utthan = collective(&db.store, "Utthan").await;
    let rupa = member(&db.store, utthan, "Rupa Mondal", Some("9830012345")).await;
    let stranger = dhruva_store::Store::open(&db.url, dhruva_store::Keyring::derive(&dhruva_store::MasterKey::generate())).await.expect("opens");
    // Refused as undecryptable, or before that: its audit row is refused, the head's seal
    // not being under this key (`audit_head_checked`).
    fn refused<T>(r: Result<T, dhruva_store::StoreError>) -> bool {
        matches!(r, Err(dhruva_store::StoreError::Decrypt | dhruva_store::StoreError::Corrupt { table: "audit_head", .. }))
    }
    assert!(refused(stranger.member_personal(&cli(), rupa.id).await));
    assert!(refused(stranger.member_names(&cli(), &[rupa.id]).await));
    let phone = dhruva_core::phone::PhoneNumber::parse("9830012345").expect("phone");
    assert_eq!(stranger.member_by_phone(&phone).await.expect("lookup"), None);
    // The pseudonymous registry is still there for whoever holds the right key.
    assert_eq!(stranger.member_summary(rupa.id).await.expect("read").map(|m| m.code), Some(rupa.code));
    stranger.close().await;
}
