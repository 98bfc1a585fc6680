//! Erasure: her key destroyed, her data gone from the files, and a restored old copy of the
//! database erased again by the ledger.

use crate::fixtures::*;
use dhruva_core::consent::Purpose;
use dhruva_core::registry::{parse_personal, Language};
use dhruva_core::{MemberId, Sensitive};
use dhruva_store::erasure::LEDGER_FILE;
use dhruva_store::members::NewMember;
use dhruva_store::testing::TestDb;
use dhruva_store::{Backend, DatabaseUrl, Keyring, MasterKey, Store, StoreError};
use sqlx::{AnyConnection, Connection as _, Row as _};

const NAME: &str = "Rupali Sarkar";
const PHONE: &str = "9733012345";
const NOTES: &str = "Stays with her aunt in Basanti";
const OTHER: &str = "Mousumi Pal";

/// Every byte the database keeps (see `fixtures::everything_stored`).
async fn everything_stored(db: &TestDb) -> Vec<u8> {
    let stored = crate::fixtures::everything_stored(db).await;
    if db.store.backend() == Backend::Postgres {
        assert!(stored.tables.iter().any(|t| t == "grievances"), "{:?}", stored.tables);
    }
    stored.bytes
}

/// How `bytes` would appear in what [`everything_stored`] returns.
fn as_stored(db: &TestDb, bytes: &[u8]) -> Vec<u8> {
    match db.store.backend() {
        Backend::Sqlite => bytes.to_vec(),
        Backend::Postgres => hex::encode(bytes).into_bytes(),
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

async fn raw(db: &TestDb) -> AnyConnection {
    AnyConnection::connect(db.url.expose()).await.expect("raw connection")
}

/// Her key and every ciphertext of hers, as the database holds them.
async fn her_secrets(db: &TestDb, member: MemberId) -> Vec<(String, Vec<u8>)> {
    let mut conn = raw(db).await;
    let mut out = Vec::new();
    let key = sqlx::query("SELECT wrapped_key FROM member_keys WHERE member_id = $1").bind(member.0).fetch_one(&mut conn).await.expect("her key");
    out.push(("wrapped key".to_owned(), key.try_get::<Vec<u8>, _>(0).expect("bytes")));
    let row = sqlx::query("SELECT name_ct, phone_ct, birth_year_ct, notes_ct, phone_bidx FROM members WHERE id = $1")
        .bind(member.0)
        .fetch_one(&mut conn)
        .await
        .expect("her row");
    for (i, column) in ["name_ct", "phone_ct", "birth_year_ct", "notes_ct"].into_iter().enumerate() {
        out.push((column.to_owned(), row.try_get::<Option<Vec<u8>>, _>(i).expect("bytes").expect("filled in")));
    }
    out.push(("phone blind index".to_owned(), row.try_get::<String, _>(4).expect("index").into_bytes()));
    for (table, column) in [
        ("correction_requests", "text_ct"),
        ("grievances", "text_ct"),
        ("cases", "details_ct"),
        ("case_correspondence", "summary_ct"),
        ("case_attachments", "bytes_ct"),
        ("case_attachments", "file_name_ct"),
    ] {
        let filter = if table.starts_with("case_") { "case_id IN (SELECT id FROM cases WHERE member_id = $1)" } else { "member_id = $1" };
        let row = sqlx::query(&format!("SELECT {column} FROM {table} WHERE {filter}")).bind(member.0).fetch_one(&mut conn).await.expect("row");
        out.push((format!("{table}.{column}"), row.try_get::<Vec<u8>, _>(0).expect("bytes")));
    }
    let _ = conn.close().await;
    out
}

struct Seeded {
    her: MemberId,
    code: String,
    other: MemberId,
}

/// Her, with everything a member can have: account, session, token, consent, a correction
/// request, a grievance; and another member of the same collective.
async fn seed(store: &Store) -> Seeded {
    let utthan = collective(store, "Utthan").await;
    let new = NewMember {
        code: None,
        collective: utthan,
        joined_on: JOINED,
        office: Some(dhruva_core::registry::OfficeTitle::President),
        languages: vec![Language::Telugu],
        personal: parse_personal(NAME, Some(PHONE), Some(1990), Some(NOTES), 2025).expect("valid"),
    };
    let her = store.create_member(&cli(), new).await.expect("created");
    let other = member(store, utthan, OTHER, Some("9733054321")).await;
    let account = account(store, "rupali", Some(her.id)).await;
    store.create_session(account, time::OffsetDateTime::now_utc()).await.expect("session");
    store.create_api_token(&cli(), account, "phone").await.expect("token");
    store.grant_consent(&cli(), her.id, Purpose::CaseSupport, "in_app").await.expect("consent");
    let text = Sensitive::new("My birth year is wrong".to_owned());
    store.request_correction(&cli(), her.id, &text).await.expect("request");
    let grievance = Sensitive::new("A leader told my neighbour about my case".to_owned());
    store.raise_grievance(&cli(), her.id, &grievance, TODAY).await.expect("grievance");
    crate::cases_letters::case_with_letter_for(store, her.id, utthan).await;
    Seeded { her: her.id, code: her.code, other: other.id }
}

pub async fn after_erasure_the_database_files_hold_nothing_of_hers(db: &TestDb) {
    let store = &db.store;
    let s = seed(store).await;
    let secrets = her_secrets(db, s.her).await;
    let before = everything_stored(db).await;
    assert!(contains(&before, &as_stored(db, &secrets[0].1)), "the check can see her wrapped key before erasure");
    if let Some(files) = postgres_table_files(db).await.filter(|_| store.backend() == Backend::Postgres) {
        assert!(files.iter().any(|(_, f)| contains(f, &secrets[0].1)), "the check can see her wrapped key in the table files before erasure");
    }

    let receipt = store.erase_member(&cli(), s.her).await.expect("erased");
    assert_eq!((receipt.removed.consents, receipt.removed.correction_requests, receipt.removed.grievances), (1, 1, 1));
    assert_eq!((receipt.removed.sessions, receipt.removed.tokens), (1, 1));
    assert_eq!((receipt.removed.cases, receipt.removed.case_attachments), (1, 1));

    let after = everything_stored(db).await;
    for (what, bytes) in &secrets {
        assert!(!contains(&after, &as_stored(db, bytes)), "her former {what} is still stored");
    }
    let photo = crate::cases_letters::jpeg(b"");
    assert!(!contains(&after, crate::cases_letters::PHOTO_MARK) && !contains(&after, &as_stored(db, &photo)), "her photo is still stored");
    for text in [NAME, PHONE, NOTES, "rupali", &s.code, crate::cases_letters::SUMMARY] {
        assert!(!contains(&after, text.as_bytes()), "{text:?} is still stored");
    }
    let mut conn = raw(db).await;
    let keys = sqlx::query("SELECT COUNT(*) FROM member_keys WHERE member_id = $1").bind(s.her.0).fetch_one(&mut conn).await.expect("count");
    assert_eq!(keys.try_get::<i64, _>(0).expect("n"), 0, "her key row is gone");
    let _ = conn.close().await;
    // The other member is untouched.
    let other = store.member_personal(&cli(), s.other).await.expect("read").expect("present");
    assert_eq!(other.name.expose(), OTHER);
    assert_files_hold_none_of(db, &secrets).await;
}

/// A reader that took its snapshot before the erasure (an autovacuum ANALYZE, a long
/// report) and ends a moment after: the compaction must wait for it, or her dead rows are
/// copied into the rewritten files (PostgreSQL) or stay in the write-ahead log (SQLite).
pub async fn a_reader_older_than_the_erasure_does_not_keep_her_bytes_in_the_files(db: &TestDb) {
    let store = &db.store;
    let s = seed(store).await;
    let secrets = her_secrets(db, s.her).await;
    let mut reader = raw(db).await;
    let begin = match store.backend() {
        Backend::Sqlite => "BEGIN",
        Backend::Postgres => "BEGIN ISOLATION LEVEL REPEATABLE READ",
    };
    sqlx::query(begin).execute(&mut reader).await.expect("begin");
    let seen = sqlx::query("SELECT COUNT(*) FROM member_keys").fetch_one(&mut reader).await.expect("snapshot taken");
    assert!(seen.try_get::<i64, _>(0).expect("n") >= 2);
    let finishing = tokio::spawn(async move {
        tokio::time::sleep(std::time::Duration::from_millis(700)).await;
        sqlx::query("COMMIT").execute(&mut reader).await.expect("commit");
        let _ = reader.close().await;
    });
    store.erase_member(&cli(), s.her).await.expect("erased");
    finishing.await.expect("the reader finished");
    assert_files_hold_none_of(db, &secrets).await;
}

/// Her secrets are in no file of the database: SQLite's after closing the store,
/// PostgreSQL's table and index files after a checkpoint.
async fn assert_files_hold_none_of(db: &TestDb, secrets: &[(String, Vec<u8>)]) {
    match db.store.backend() {
        Backend::Sqlite => {
            db.store.close().await;
            let closed = everything_stored(db).await;
            for (what, bytes) in secrets {
                assert!(!contains(&closed, bytes), "her former {what} is in the file after closing");
            }
        }
        Backend::Postgres => {
            if let Some(files) = postgres_table_files(db).await {
                for (what, bytes) in secrets {
                    let holding: Vec<&str> = files.iter().filter(|(_, f)| contains(f, bytes)).map(|(name, _)| name.as_str()).collect();
                    if !holding.is_empty() {
                        let sessions = postgres_sessions_holding_snapshots(db).await;
                        panic!("her former {what} is still in the files of {holding:?} (a dead row not vacuumed away); sessions holding snapshots now: {sessions:#?}");
                    }
                }
            }
        }
    }
}

/// Every session on the server with a snapshot or a transaction id, for a failure message.
async fn postgres_sessions_holding_snapshots(db: &TestDb) -> Vec<String> {
    let mut conn = raw(db).await;
    let rows = sqlx::query(
        "SELECT concat_ws(' ', datname, backend_type, state, backend_xmin::text, backend_xid::text, xact_start::text, left(query, 80)) \
         FROM pg_stat_activity WHERE backend_xmin IS NOT NULL OR backend_xid IS NOT NULL",
    )
    .fetch_all(&mut conn)
    .await
    .expect("sessions");
    rows.iter().map(|r| r.try_get::<String, _>(0).expect("text")).collect()
}

/// The heap and index files of the tables that held her data, by relation, as on disk after
/// a checkpoint; `None` where the test's role may not read server files.
async fn postgres_table_files(db: &TestDb) -> Option<Vec<(String, Vec<u8>)>> {
    let mut conn = raw(db).await;
    sqlx::query("CHECKPOINT").execute(&mut conn).await.ok()?;
    let files: Vec<(String, String)> = sqlx::query(
        "SELECT c.relname::text, pg_relation_filepath(c.oid)::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname IN ('public', 'pg_toast') AND c.relkind IN ('r', 'i', 't') AND pg_relation_filepath(c.oid) IS NOT NULL \
         AND (n.nspname = 'public' OR c.relname LIKE 'pg_toast_%')",
    )
    .fetch_all(&mut conn)
    .await
    .expect("files")
    .iter()
    .map(|r| (r.try_get(0).expect("name"), r.try_get(1).expect("path")))
    .collect();
    let mut out = Vec::new();
    for (name, file) in files {
        let row = sqlx::query("SELECT pg_read_binary_file($1)").bind(&file).fetch_one(&mut conn).await.ok()?;
        out.push((name, row.try_get::<Vec<u8>, _>(0).expect("bytes")));
    }
    let _ = conn.close().await;
    Some(out)
}

pub async fn after_erasure_she_is_gone_but_still_counted(store: &Store) {
    let s = seed(store).await;
    let counts = store.counts().await.expect("counts");
    let utthan = store.member_summary(s.other).await.expect("read").expect("other").memberships[0].collective;
    store.erase_member(&cli(), s.her).await.expect("erased");

    assert_eq!(store.member_summary(s.her).await.expect("read"), None, "her page is gone for everyone");
    assert_eq!(store.member_by_code(&s.code).await.expect("read"), None);
    assert!(store.member_facts(s.her, TODAY).await.expect("read").is_none());
    let roster: Vec<MemberId> = store.members_of_collective(utthan, TODAY).await.expect("roster").iter().map(|m| m.id).collect();
    assert_eq!(roster, vec![s.other]);
    let phone = dhruva_core::phone::PhoneNumber::parse(PHONE).expect("phone");
    assert_eq!(store.member_by_phone(&phone).await.expect("lookup"), None);
    for login in ["rupali", PHONE] {
        assert_eq!(store.verify_login(login, &password(PASSWORD)).await.expect("checked"), None, "{login} still logs in");
    }
    let account = store.accounts().await.expect("accounts").into_iter().find(|a| a.member == Some(s.her)).expect("her account row");
    assert!(account.disabled && account.username.starts_with("erased-"), "{account:?}");
    assert!(store.actor(account.id, TODAY).await.expect("actor").is_none());
    assert_eq!(store.counts().await.expect("counts"), counts, "the registry still counts her");
    assert!(matches!(store.erase_member(&cli(), s.her).await, Err(StoreError::NotFound(_))), "erased once");

    let rows = store.audit_about_member(s.her).await.expect("audit");
    let erased = rows.iter().find(|r| r.action == "member_erased").expect("the erasure is audited");
    assert!(erased.detail.as_deref().is_some_and(|d| d.contains("grievances=1")), "{erased:?}");
    assert!(matches!(store.verify_audit_chain().await.expect("verify"), dhruva_store::audit::ChainStatus::Intact { .. }));
    let entries = store.erasure_ledger().expect("a ledger").entries().expect("verifies");
    assert_eq!(entries.iter().map(|e| e.member).collect::<Vec<_>>(), vec![s.her]);
}

/// A second store on the same database (or a copy), with the same key and the same ledger.
async fn reopen(db: &TestDb, url: &DatabaseUrl) -> Store {
    let keys = Keyring::derive(&MasterKey::from_base64(db.master_key.expose()).expect("key"));
    let store = Store::open(url, keys).await.expect("opens");
    store.migrate().await.expect("migrates");
    let ledger = db.store.erasure_ledger().expect("a ledger").clone();
    store.with_erasure_ledger(dhruva_store::erasure::ErasureLedger::open(ledger.path().parent().expect("dir")).expect("ledger"))
}

/// A copy of the whole database as it is now: what an old backup holds.
async fn copy_database(db: &TestDb) -> (DatabaseUrl, Option<(String, String)>) {
    match db.store.backend() {
        Backend::Sqlite => {
            let dir = db.dir.as_ref().expect("dir").path();
            let copy_dir = dir.join("old-backup");
            std::fs::create_dir(&copy_dir).expect("dir");
            let target = copy_dir.join("dhruva.db");
            sqlx::query(&format!("VACUUM INTO '{}'", target.display())).execute(&mut raw(db).await).await.expect("copied");
            (DatabaseUrl::sqlite_in(&copy_dir), None)
        }
        Backend::Postgres => {
            // A template copy needs the source to be idle: close our pool, copy, reopen.
            db.store.close().await;
            let url = db.url.expose().to_owned();
            let (base, source) = url.rsplit_once('/').expect("a database name");
            let copy = format!("{source}_old");
            let mut admin = sqlx::PgConnection::connect(&format!("{base}/postgres")).await.expect("admin");
            // A closed connection's server process can take a moment to go away; a straggler
            // is told to go.
            let mut attempts = 0;
            while let Err(e) = sqlx::query(&format!("CREATE DATABASE {copy} TEMPLATE {source}")).execute(&mut admin).await {
                attempts += 1;
                assert!(attempts < 50, "cannot copy the database: {e}");
                sqlx::query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()")
                    .bind(source)
                    .execute(&mut admin)
                    .await
                    .expect("stragglers ended");
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
            let _ = admin.close().await;
            (DatabaseUrl::parse(&format!("{base}/{copy}")).expect("url"), Some((format!("{base}/postgres"), copy)))
        }
    }
}

pub async fn restoring_an_old_copy_and_replaying_the_ledger_erases_her_again(db: &TestDb) {
    let s = seed(&db.store).await;
    let (old_url, drop_after) = copy_database(db).await;
    let store = reopen(db, &db.url).await;
    store.erase_member(&cli(), s.her).await.expect("erased");
    store.close().await;

    let old = reopen(db, &old_url).await;
    assert!(old.member_summary(s.her).await.expect("read").is_some(), "the old copy still has her");
    assert_eq!(old.replay_erasures().await.expect("replayed"), 1);
    assert_eq!(old.member_summary(s.her).await.expect("read"), None, "the ledger erased her again");
    assert!(old.member_summary(s.other).await.expect("read").is_some());
    assert!(matches!(old.member_personal(&cli(), s.her).await, Ok(None)));
    let rows = old.audit_about_member(s.her).await.expect("audit");
    assert!(rows.iter().any(|r| r.action == "member_erased" && r.detail.as_deref().is_some_and(|d| d.ends_with("replayed_from_ledger"))));
    assert_eq!(old.replay_erasures().await.expect("replayed"), 0, "replaying twice changes nothing");
    old.close().await;
    if let Some((admin, copy)) = drop_after {
        let mut admin = sqlx::PgConnection::connect(&admin).await.expect("admin");
        sqlx::query(&format!("DROP DATABASE IF EXISTS {copy} WITH (FORCE)")).execute(&mut admin).await.expect("dropped");
    }
}

pub async fn a_tampered_ledger_is_detected_and_stops_erasure_and_replay(db: &TestDb) {
    let store = &db.store;
    let s = seed(store).await;
    store.erase_member(&cli(), s.her).await.expect("erased");
    let path = store.erasure_ledger().expect("ledger").path().to_owned();
    assert!(path.ends_with(LEDGER_FILE));
    let original = std::fs::read_to_string(&path).expect("ledger text");
    assert!(!original.contains(NAME) && !original.contains(&s.code), "the ledger holds ids and times only");

    let forged = original.replacen(&format!("v1 {} ", s.her.0), &format!("v1 {} ", s.other.0), 1);
    assert_ne!(forged, original);
    std::fs::write(&path, forged).expect("tampered");
    assert!(matches!(store.erasure_ledger().expect("ledger").entries(), Err(StoreError::Ledger(_))));
    assert!(matches!(store.replay_erasures().await, Err(StoreError::Ledger(_))));
    assert!(matches!(store.erase_member(&cli(), s.other).await, Err(StoreError::Ledger(_))));
    assert!(store.member_summary(s.other).await.expect("read").is_some(), "nothing was erased on a broken ledger");

    // Moved aside, the ledger is rebuilt from the database's tombstones.
    std::fs::remove_file(&path).expect("moved aside");
    let store = reopen(db, &db.url).await;
    assert_eq!(store.replay_erasures().await.expect("replayed"), 0);
    let members: Vec<MemberId> = store.erasure_ledger().expect("ledger").entries().expect("verifies").iter().map(|e| e.member).collect();
    assert_eq!(members, vec![s.her]);
}

pub async fn erasure_is_refused_without_a_ledger(db: &TestDb) {
    let s = seed(&db.store).await;
    let keys = Keyring::derive(&MasterKey::from_base64(db.master_key.expose()).expect("key"));
    let bare = Store::open(&db.url, keys).await.expect("opens");
    assert!(matches!(bare.erase_member(&cli(), s.her).await, Err(StoreError::Ledger(_))));
    assert!(bare.member_summary(s.her).await.expect("read").is_some());
    bare.close().await;
}
