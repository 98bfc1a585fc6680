//! Benchmark (not a test): importing a paper register of members at the federation's size, and
//! a collective's page with 500 members.
//!
//! 1. The register import through the store's real path (`Store::import_members`: the sheet
//!    reader, every check, then one audited transaction with a data key, sealed fields, the
//!    phone's blind index, a membership and an audit row per woman): a dry run, the import,
//!    and the same file again (every row refused as a duplicate), each in a fresh collective
//!    per run, as CSV and as XLSX. On SQLite always; on PostgreSQL too when
//!    `DHRUVA_TEST_POSTGRES_URL` names a server (as `scripts/test` sets it).
//! 2. A collective's page (`/collectives/{id}`) with 500 members, as her leader with the
//!    mentoring consent of every member (so every name is shown: the heaviest roster), through
//!    the real router with `Accept-Encoding: gzip`: its compressed size plus the compressed
//!    stylesheet against the 30 KB budget, and its time. The roster is paged (25 a page).
//!
//! `cargo run --release -p dhruva-web --example member_import [-- ROWS RUNS ROSTER]`
//! (defaults: 3,000 rows, 5 runs, 500 members).

use axum::body::Body;
use axum::http::{header, Request};
use dhruva_core::consent::Purpose;
use dhruva_core::geography::DistrictCode;
use dhruva_core::policy::Role;
use dhruva_core::registry::{Language, Stage, TraffickingKind};
use dhruva_core::{AccountId, CollectiveId, Sensitive};
use dhruva_store::accounts::{NewAccount, RoleGrant};
use dhruva_store::members::import::{sample, ImportFormat, ImportWords, MemberImport};
use dhruva_store::registry::NewCollective;
use dhruva_store::testing::TestDb;
use dhruva_store::{Accessor, Store};
use std::time::{Duration, Instant};
use time::OffsetDateTime;
use tower::ServiceExt as _;

const REQUESTS: usize = 30;

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>().expect("a number"));
    let rows = args.next().unwrap_or(3_000);
    let runs = args.next().unwrap_or(5);
    let roster = args.next().unwrap_or(500);
    println!(
        "machine: {} cores; register of {rows} rows, {runs} runs each (median, min–max)",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );

    let sqlite = TestDb::sqlite().await;
    import_bench("SQLite", &sqlite.store, rows, runs).await;
    if let Some(pg) = TestDb::postgres().await {
        import_bench("PostgreSQL", &pg.store, rows, runs).await;
    } else {
        println!("PostgreSQL: skipped (DHRUVA_TEST_POSTGRES_URL not set)");
    }
    roster_page(&sqlite.store, roster).await;
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    if let Some(hwm) = status.lines().find(|l| l.starts_with("VmHWM")) {
        println!("peak memory: {}", hwm.trim_start_matches("VmHWM:").trim());
    }
}

async fn collective(store: &Store, name: &str) -> CollectiveId {
    let new = NewCollective {
        name: name.to_owned(),
        kind: TraffickingKind::Mixed,
        stage: Stage::Collective,
        district: DistrictCode::parse("WB-24-paraganas-south").expect("code"),
        founded_on: None,
        partners: vec![],
    };
    store.create_collective(&Accessor::cli(), &new).await.expect("collective")
}

async fn import_bench(backend: &str, store: &Store, rows: usize, runs: usize) {
    let by = Accessor::cli();
    let today = OffsetDateTime::now_utc().date();
    let words = ImportWords::default();
    for format in [ImportFormat::Csv, ImportFormat::Xlsx] {
        let (mut dry, mut commit, mut again) = (Vec::new(), Vec::new(), Vec::new());
        let mut size = 0;
        for run in 0..runs {
            // A new register (no one in it is in Dhruva yet) and a new collective each run.
            let tag = u32::try_from(100 + run).expect("small") + if format == ImportFormat::Xlsx { 50 } else { 0 };
            let file = match format {
                ImportFormat::Csv => sample::csv(tag, rows, &[]).into_bytes(),
                ImportFormat::Xlsx => sample::xlsx(tag, rows),
            };
            size = file.len();
            let c = collective(store, &format!("{backend} {format:?} run {run}")).await;
            let t = Instant::now();
            let outcome = store.import_members(&by, c, format, &file, &words, today, false).await.expect("dry run");
            dry.push(t.elapsed());
            assert_eq!(outcome, MemberImport::Preview { good: rows });
            let t = Instant::now();
            let outcome = store.import_members(&by, c, format, &file, &words, today, true).await.expect("import");
            commit.push(t.elapsed());
            assert!(matches!(outcome, MemberImport::Imported { count, .. } if count == rows), "{outcome:?}");
            let t = Instant::now();
            let outcome = store.import_members(&by, c, format, &file, &words, today, true).await.expect("again");
            again.push(t.elapsed());
            assert!(matches!(&outcome, MemberImport::Rejected { errors, .. } if errors.len() == rows));
        }
        println!(
            "{backend}, {format:?} ({} KB): dry run {}; import {}; the same file again (all {rows} refused) {}",
            size / 1024,
            summary(&mut dry),
            summary(&mut commit),
            summary(&mut again)
        );
    }
}

async fn roster_page(store: &Store, roster: usize) {
    let by = Accessor::cli();
    let today = OffsetDateTime::now_utc().date();
    let c = collective(store, "Roster collective").await;
    let file = sample::csv(900, roster, &[]);
    let MemberImport::Imported { members, .. } =
        store.import_members(&by, c, ImportFormat::Csv, file.as_bytes(), &ImportWords::default(), today, true).await.expect("import")
    else {
        panic!("not imported")
    };
    for m in &members {
        store.grant_consent(&by, *m, Purpose::Mentoring, "paper").await.expect("consent");
    }
    let leader = session(store, "roster-leader", RoleGrant { role: Role::Leader, collective: Some(c), partner: None }).await;
    let app = dhruva_web::router(store.clone(), dhruva_web::WebConfig { secure_cookies: false, ..dhruva_web::WebConfig::default() });
    let get = |path: String| {
        let app = app.clone();
        let leader = leader.clone();
        async move {
            let request = Request::get(&path)
                .header(header::COOKIE, format!("dhruva_session={leader}"))
                .header(header::ACCEPT_ENCODING, "gzip")
                .body(Body::empty())
                .expect("request");
            let response = app.oneshot(request).await.expect("response");
            assert!(response.status().is_success(), "{path}: {}", response.status());
            let gzipped = response.headers().get(header::CONTENT_ENCODING).is_some_and(|v| v == "gzip");
            let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.expect("body");
            (gzipped, bytes)
        }
    };
    for path in [format!("/collectives/{}", c.0), format!("/collectives/{}?page=20", c.0)] {
        let mut times = Vec::with_capacity(REQUESTS);
        let mut gzipped = 0;
        for _ in 0..REQUESTS {
            let t = Instant::now();
            let (is_gzip, bytes) = get(path.clone()).await;
            times.push(t.elapsed());
            assert!(is_gzip, "the page is compressed");
            gzipped = bytes.len();
        }
        // The page's stylesheet, compressed, counts against the budget too.
        let plain = Request::get(&path).header(header::COOKIE, format!("dhruva_session={leader}")).body(Body::empty()).expect("request");
        let html = axum::body::to_bytes(app.clone().oneshot(plain).await.expect("response").into_body(), usize::MAX).await.expect("body");
        let html = String::from_utf8_lossy(&html).into_owned();
        let names_shown = html.matches("class=\"member-link\"").count();
        let at = html.find("/static/dhruva.").expect("the stylesheet");
        let css_url = html[at..at + html[at..].find('"').expect("quoted")].to_owned();
        let (_, css) = get(css_url).await;
        let total = gzipped + css.len();
        println!(
            "{path} with {roster} members ({names_shown} listed on the page, names shown: {}): {} B html + {} B css gzipped = {:.1} KB of 30 KB; {} ({} KB uncompressed)",
            html.contains("Sample900 Woman"),
            gzipped,
            css.len(),
            total as f64 / 1024.0,
            summary(&mut times),
            html.len() / 1024
        );
        assert!(total <= 30 * 1024, "over the 30 KB budget");
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn summary(times: &mut [Duration]) -> String {
    times.sort();
    format!("{:.0} ms ({:.0}–{:.0})", ms(times[times.len() / 2]), ms(times[0]), ms(times[times.len() - 1]))
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
