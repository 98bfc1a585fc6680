//! Small builders shared by the stories.

use dhruva_core::consent::Purpose;
use dhruva_core::geography::DistrictCode;
use dhruva_core::policy::Role;
use dhruva_core::registry::{parse_personal, Language, MemberPersonal, MemberSummary, Stage, TraffickingKind};
use dhruva_core::{AccountId, CollectiveId, PartnerOrgId, Sensitive};
use dhruva_store::accounts::NewAccount;
use dhruva_store::members::NewMember;
use dhruva_store::registry::NewCollective;
use dhruva_store::testing::TestDb;
use dhruva_store::{Accessor, Backend, Channel, Store};
use sqlx::{AnyConnection, Connection as _, Row as _};
use time::macros::date;
use time::Date;

pub const JOINED: Date = date!(2024 - 01 - 15);
pub const TODAY: Date = date!(2025 - 06 - 01);
pub const PASSWORD: &str = "a long enough password";

pub fn cli() -> Accessor {
    Accessor::cli()
}

pub fn web(account: AccountId, role: Role, purpose: Option<Purpose>) -> Accessor {
    Accessor { account: Some(account), role: Some(role), purpose, channel: Channel::Web }
}

pub fn district(code: &str) -> DistrictCode {
    DistrictCode::parse(code).expect("a district code")
}

pub fn new_collective(name: &str, partners: Vec<PartnerOrgId>) -> NewCollective {
    NewCollective {
        name: name.to_owned(),
        kind: TraffickingKind::Sex,
        stage: Stage::Collective,
        district: district("WB-24-paraganas-south"),
        founded_on: Some(date!(2019 - 03 - 08)),
        partners,
    }
}

pub async fn collective(store: &Store, name: &str) -> CollectiveId {
    store.create_collective(&cli(), &new_collective(name, vec![])).await.expect("collective created")
}

pub fn personal(name: &str, phone: Option<&str>) -> MemberPersonal {
    parse_personal(name, phone, Some(1994), Some("prefers calls after 6 pm"), 2025).expect("valid personal fields")
}

pub async fn member(store: &Store, collective: CollectiveId, name: &str, phone: Option<&str>) -> MemberSummary {
    let new = NewMember {
        code: None,
        collective,
        joined_on: JOINED,
        office: None,
        languages: vec![Language::Bengali, Language::English],
        personal: personal(name, phone),
    };
    store.create_member(&cli(), new).await.expect("member created")
}

pub async fn account(store: &Store, username: &str, member: Option<dhruva_core::MemberId>) -> AccountId {
    let new = NewAccount { username: username.to_owned(), member, language: Language::Bengali, password: Sensitive::new(PASSWORD.to_owned()) };
    store.create_account(&cli(), new).await.expect("account created")
}

pub fn password(text: &str) -> Sensitive<String> {
    Sensitive::new(text.to_owned())
}

/// Every byte the database keeps: SQLite's file and its write-ahead log; on PostgreSQL every
/// row of every public table as JSON text (bytea as hex). `tables` is PostgreSQL's table list
/// (empty on SQLite), so callers can check the dump covered what they expect.
pub struct Stored {
    pub bytes: Vec<u8>,
    pub tables: Vec<String>,
}

pub async fn everything_stored(db: &TestDb) -> Stored {
    match db.store.backend() {
        Backend::Sqlite => {
            let dir = db.dir.as_ref().expect("SQLite has a directory").path();
            let mut bytes = std::fs::read(dir.join("dhruva.db")).expect("database file");
            if let Ok(wal) = std::fs::read(dir.join("dhruva.db-wal")) {
                bytes.extend(wal);
            }
            Stored { bytes, tables: Vec::new() }
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
            let mut dump = String::new();
            for table in &tables {
                let rows = sqlx::query(&format!("SELECT row_to_json(t)::text FROM \"{table}\" t")).fetch_all(&mut conn).await.expect("dump");
                for row in rows {
                    dump.push_str(&row.try_get::<String, _>(0).expect("json"));
                    dump.push('\n');
                }
            }
            let _ = conn.close().await;
            Stored { bytes: dump.into_bytes(), tables }
        }
    }
}
