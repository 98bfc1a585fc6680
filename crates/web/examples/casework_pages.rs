//! Benchmark (not a test): the leader's "due this week" desk and the federation's compensation
//! figures with 100,000 cases and 1,000,000 correspondence entries.
//!
//! Builds a SQLite deployment (collectives × members, every member with case-support consent),
//! seeds the cases and letters with the store's testing-only bulk seeder (same sealing as the
//! real paths, without one audit row per row), then requests the pages in-process through the
//! real router with a leader's and an analyst's session, and times the store calls under them.
//!
//! `cargo run --release -p dhruva-web --example casework_pages [-- CASES LETTERS COLLECTIVES MEMBERS]`

use axum::body::Body;
use axum::http::{header, Request};
use dhruva_core::cases::figures;
use dhruva_core::consent::Purpose;
use dhruva_core::geography::DistrictCode;
use dhruva_core::policy::Role;
use dhruva_core::registry::{parse_personal, Language, Stage, TraffickingKind};
use dhruva_core::scorecard::MinCell;
use dhruva_core::{AccountId, CollectiveId, MemberId, Sensitive};
use dhruva_store::accounts::{NewAccount, RoleGrant};
use dhruva_store::members::NewMember;
use dhruva_store::registry::NewCollective;
use dhruva_store::testing::TestDb;
use dhruva_store::{Accessor, Store};
use std::time::{Duration, Instant};
use time::OffsetDateTime;
use tower::ServiceExt as _;

const REQUESTS: usize = 20;

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>().expect("a number"));
    let cases = args.next().unwrap_or(100_000);
    let letters = args.next().unwrap_or(1_000_000);
    let collectives = args.next().unwrap_or(50);
    let members = args.next().unwrap_or(40);
    let db = TestDb::sqlite().await;
    let store = &db.store;
    let by = Accessor::cli();
    let started = Instant::now();

    store.ensure_federation(&by, "Benchmark federation").await.expect("federation");
    let districts = ["WB-24-paraganas-south", "WB-kolkata", "CT-raipur", "AP-east-godavari", "MH-mumbai"];
    let mut ids: Vec<CollectiveId> = Vec::new();
    let mut all_members: Vec<MemberId> = Vec::new();
    for c in 0..collectives {
        let new = NewCollective {
            name: format!("Benchmark collective {c}"),
            kind: TraffickingKind::Mixed,
            stage: Stage::Collective,
            district: DistrictCode::parse(districts[c % districts.len()]).expect("code"),
            founded_on: None,
            partners: vec![],
        };
        let id = store.create_collective(&by, &new).await.expect("collective");
        for m in 0..members {
            let personal = parse_personal(&format!("Member {c}-{m}"), None, Some(1990), None, 2026).expect("personal");
            let new = NewMember {
                code: None,
                collective: id,
                joined_on: time::macros::date!(2024 - 01 - 01),
                office: None,
                languages: vec![Language::Bengali],
                personal,
            };
            let member = store.create_member(&by, new).await.expect("member").id;
            store.grant_consent(&by, member, Purpose::CaseSupport, "paper").await.expect("consent");
            all_members.push(member);
        }
        ids.push(id);
    }
    println!("registry: {collectives} collectives × {members} members in {:.1} s", started.elapsed().as_secs_f64());
    let t = Instant::now();
    store.seed_cases_for_benchmark(&ids, cases, letters).await.expect("seed");
    println!("seeded {cases} cases and {letters} correspondence entries in {:.1} s", t.elapsed().as_secs_f64());
    if let Ok(meta) = std::fs::metadata(db.url.sqlite_path().expect("a SQLite file")) {
        println!("database file: {} MB", meta.len() / 1_000_000);
    }

    let today = OffsetDateTime::now_utc().date();
    let week = today + time::Duration::days(7);
    time_it("store.all_due (the reminder runner's scan, every case)", 5, || async { store.all_due(today, week).await.expect("due").len() }).await;
    let first: Vec<MemberId> = all_members[..members].to_vec();
    time_it("store.due_for_members (one collective, audited per member)", 5, || async {
        store.due_for_members(&by, &first, today, week).await.expect("due").len()
    })
    .await;
    time_it("store.compensation_claims + figures::build (federation)", 5, || async {
        let claims = store.compensation_claims(None).await.expect("claims");
        std::hint::black_box(figures::build(&claims, MinCell::DEFAULT));
        claims.len()
    })
    .await;
    // Pages serve the latest stored release; each run is audited against the ones before it.
    time_it("store.make_figure_release (claims, earlier records, release, audited write)", 3, || async {
        store.make_figure_release(&by, OffsetDateTime::now_utc()).await.expect("release").figures.by_collective.len()
    })
    .await;

    let leader = session(store, "bench-leader", RoleGrant { role: Role::Leader, collective: Some(ids[0]), partner: None }).await;
    let analyst = session(store, "bench-analyst", RoleGrant { role: Role::Analyst, collective: None, partner: None }).await;
    let app = dhruva_web::router(store.clone(), dhruva_web::WebConfig { secure_cookies: false, ..dhruva_web::WebConfig::default() });
    for (who, token, path) in [
        ("leader", &leader, format!("/collectives/{}/casework", ids[0])),
        ("leader", &leader, format!("/collectives/{}/casework/figures", ids[0])),
        ("analyst", &analyst, "/federation/casework".to_owned()),
    ] {
        let mut times = Vec::with_capacity(REQUESTS);
        let mut size = 0;
        for _ in 0..REQUESTS {
            let t = Instant::now();
            let request = Request::get(&path).header(header::COOKIE, format!("dhruva_session={token}")).body(Body::empty()).expect("request");
            let response = app.clone().oneshot(request).await.expect("response");
            assert!(response.status().is_success(), "{path}: {}", response.status());
            size = axum::body::to_bytes(response.into_body(), usize::MAX).await.expect("body").len();
            times.push(t.elapsed());
        }
        times.sort();
        println!(
            "{path} as {who}: median {:.1} ms, p95 {:.1} ms, {} KB (uncompressed)",
            ms(times[REQUESTS / 2]),
            ms(times[REQUESTS * 95 / 100]),
            size / 1024
        );
    }
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    if let Some(hwm) = status.lines().find(|l| l.starts_with("VmHWM")) {
        println!("peak memory: {}", hwm.trim_start_matches("VmHWM:").trim());
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

async fn time_it<F, Fut>(what: &str, runs: usize, f: F)
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = usize>,
{
    let mut times = Vec::with_capacity(runs);
    let mut n = 0;
    for _ in 0..runs {
        let t = Instant::now();
        n = f().await;
        times.push(t.elapsed());
    }
    times.sort();
    println!("{what}: median {:.1} ms over {runs} runs ({n} rows)", ms(times[runs / 2]));
}

/// An account with one grant and a live session; returns the session token.
async fn session(store: &Store, username: &str, grant: RoleGrant) -> String {
    let by = Accessor::cli();
    let new = NewAccount {
        username: username.to_owned(),
        member: None,
        language: Language::English,
        password: Sensitive::new("benchmark-password".to_owned()),
    };
    let id: AccountId = store.create_account(&by, new).await.expect("account");
    store.add_grant(&by, id, &grant).await.expect("grant");
    store.create_session(id, OffsetDateTime::now_utc()).await.expect("session").expose().clone()
}
