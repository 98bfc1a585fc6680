use crate::fixtures::*;
use dhruva_core::registry::{parse_personal, Language};
use dhruva_core::Sensitive;
use dhruva_store::members::NewMember;
use dhruva_store::testing::TestDb;
use dhruva_store::Backend;
use sqlx::{AnyConnection, Connection as _, Row as _};
use time::macros::datetime;

const NAME: &str = "Shrabanti Mukhopadhyay";
const BENGALI_NAME: &str = "শ্রাবন্তী মুখোপাধ্যায়";
const PHONE: &str = "9123456780";
const NOTES: &str = "Lives near the Canning railway station";

/// Every byte the database keeps: SQLite's file and its write-ahead log, or, on PostgreSQL,
/// every row of every table as text.
async fn everything_stored(db: &TestDb) -> Vec<u8> {
    match db.store.backend() {
        Backend::Sqlite => {
            let dir = db.dir.as_ref().expect("SQLite has a directory").path();
            let mut bytes = std::fs::read(dir.join("dhruva.db")).expect("database file");
            if let Ok(wal) = std::fs::read(dir.join("dhruva.db-wal")) {
                bytes.extend(wal);
            }
            assert!(bytes.len() > 100_000, "the database and its log hold the data");
            bytes
        }
        Backend::Postgres => {
            let mut conn = AnyConnection::connect(db.url.expose()).await.expect("raw connection");
            let tables: Vec<String> = sqlx::query("SELECT tablename::text FROM pg_tables WHERE schemaname = 'public'")
                .fetch_all(&mut conn)
                .await
                .expect("tables")
                .iter()
                .map(|r| r.try_get(0).expect("name"))
                .collect();
            assert!(tables.iter().any(|t| t == "members"), "{tables:?}");
            let mut dump = String::new();
            for table in tables {
                let rows = sqlx::query(&format!("SELECT row_to_json(t)::text FROM \"{table}\" t"))
                    .fetch_all(&mut conn)
                    .await
                    .expect("dump");
                for row in rows {
                    dump.push_str(&row.try_get::<String, _>(0).expect("json"));
                    dump.push('\n');
                }
            }
            assert!(dump.contains("\"code\":\"WB-kolkata\""), "the dump holds every table");
            dump.into_bytes()
        }
    }
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
    let stranger = dhruva_store::Store::open(&db.url, dhruva_store::Keyring::derive(&dhruva_store::MasterKey::generate()))
        .await
        .expect("opens");
    assert!(matches!(stranger.member_personal(&cli(), rupa.id).await, Err(dhruva_store::StoreError::Decrypt)));
    assert!(matches!(stranger.member_names(&cli(), &[rupa.id]).await, Err(dhruva_store::StoreError::Decrypt)));
    let phone = dhruva_core::phone::PhoneNumber::parse("9830012345").expect("phone");
    assert_eq!(stranger.member_by_phone(&phone).await.expect("lookup"), None);
    // The pseudonymous registry is still there for whoever holds the right key.
    assert_eq!(stranger.member_summary(rupa.id).await.expect("read").map(|m| m.code), Some(rupa.code));
    stranger.close().await;
}
