//! Benchmark (not a test): the latency of a published score card page at national size.
//!
//! Builds a SQLite deployment with every district of India, 20,000 institutions in one
//! published round and running tallies standing for 10,000,000 ratings (written directly:
//! storing 10 M sealed ratings one by one would take hours and is not what a page reads),
//! then requests the public page and its JSON export in-process through the real router.
//!
//! `cargo run --release -p dhruva-web --example scorecard_page [-- INSTITUTIONS RATINGS REQUESTS]`
//!
//! Since issue 9 the round's card is built once, when the round closes (timed below), and
//! every request reads that stored snapshot.

use axum::body::Body;
use axum::http::Request;
use dhruva_core::geography::DistrictCode;
use dhruva_core::registry::{Stage, TraffickingKind};
use dhruva_core::scorecard::stats::Tally;
use dhruva_core::scorecard::{InstitutionType, RoundStatus};
use dhruva_forms::scorecard::template;
use dhruva_store::registry::NewCollective;
use dhruva_store::scorecards::{ImportOutcome, InstitutionFilter, NewRound, Tallies};
use dhruva_store::testing::TestDb;
use dhruva_store::Accessor;
use std::time::{Duration, Instant};
use tower::ServiceExt as _;

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<u64>().expect("a number"));
    let institutions = args.next().unwrap_or(20_000);
    let ratings = args.next().unwrap_or(10_000_000);
    let requests = args.next().unwrap_or(30) as usize;
    let db = TestDb::sqlite().await;
    let store = &db.store;
    let by = Accessor::cli();
    let started = Instant::now();

    let districts: Vec<String> = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/india-districts.csv"))
        .expect("districts")
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(2).map(str::to_owned))
        .collect();
    store.ensure_federation(&by, "Benchmark federation").await.expect("federation");
    let organiser = store
        .create_collective(
            &by,
            &NewCollective {
                name: "Benchmark collective".into(),
                kind: TraffickingKind::Mixed,
                stage: Stage::Collective,
                district: DistrictCode::parse(&districts[0]).expect("code"),
                founded_on: None,
                partners: vec![],
            },
        )
        .await
        .expect("collective");
    let mut csv = String::from("type,name,district_code\n");
    for i in 0..institutions {
        let kind = InstitutionType::ALL[i as usize % InstitutionType::ALL.len()];
        csv.push_str(&format!("{},Institution {i},{}\n", kind.code(), districts[i as usize % districts.len()]));
    }
    match store.import_institutions_csv(&by, csv.as_bytes()).await.expect("import") {
        ImportOutcome::Imported(n) => assert_eq!(n as u64, institutions),
        ImportOutcome::Rejected(errors) => panic!("import rejected: {:?}", &errors[..errors.len().min(3)]),
    }
    let all = store.institutions(&InstitutionFilter::default()).await.expect("list");
    let round = store
        .plan_round(
            &by,
            &NewRound {
                organiser,
                collectives: vec![organiser],
                institutions: all.iter().map(|i| i.id).collect(),
                template: "standard".into(),
                title: "National benchmark round".into(),
                period_start: time::macros::date!(2026 - 01 - 01),
                period_end: time::macros::date!(2026 - 06 - 30),
                previous: None,
            },
        )
        .await
        .expect("round");

    // Raters per institution vary from a handful (suppressed) to about twice the mean.
    let tpl = template("standard").expect("template");
    let mean = ratings / institutions;
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut seeded = Vec::with_capacity(all.len());
    let mut total = 0u64;
    for inst in &all {
        let raters = if next() % 20 == 0 { next() % 6 } else { next() % (2 * mean + 1) };
        total += raters;
        let mut tallies = Tallies::new();
        for indicator in tpl.indicators_for(inst.kind) {
            let points = tpl.form.scales.iter().find(|s| s.name == indicator.scale).map_or(5, |s| s.points.len());
            let mut tally = Tally(vec![0; points]);
            for _ in 0..raters {
                tally.record((next() % points as u64) as usize);
            }
            tallies.insert(indicator.code.clone(), tally);
        }
        seeded.push((inst.id, tallies));
    }
    store.seed_tallies_for_benchmark(round, &seeded).await.expect("tallies");
    for from in [RoundStatus::Planned, RoundStatus::Open, RoundStatus::Closed] {
        let t = Instant::now();
        store.advance_round(&by, round, from).await.expect("advance");
        if from == RoundStatus::Open {
            println!("closing the round (its score card snapshot built and stored): {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
        }
    }
    let slug = store.round(round).await.expect("read").and_then(|r| r.public_slug).expect("published");
    println!(
        "deployment: {} districts, {} institutions, {total} ratings; built in {:.1} s",
        districts.len(),
        all.len(),
        started.elapsed().as_secs_f64()
    );

    let t = Instant::now();
    let tallies = store.round_tallies(round).await.expect("tallies");
    println!("round_tallies (open {} sealed tallies): {:.1} ms", tallies.len(), t.elapsed().as_secs_f64() * 1e3);

    let app = dhruva_web::router(store.clone(), dhruva_web::WebConfig::default());
    for path in [format!("/public/scorecards/{slug}"), format!("/public/scorecards/{slug}.json"), format!("/public/scorecards/{slug}.csv")] {
        let mut times = Vec::with_capacity(requests);
        let mut size = 0;
        for _ in 0..requests {
            let t = Instant::now();
            let response = app.clone().oneshot(Request::get(&path).body(Body::empty()).expect("request")).await.expect("response");
            assert!(response.status().is_success(), "{path}: {}", response.status());
            size = axum::body::to_bytes(response.into_body(), usize::MAX).await.expect("body").len();
            times.push(t.elapsed());
        }
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        let shown = path.replace(&slug, "{slug}");
        println!(
            "{shown}: median {:.1} ms, p95 {:.1} ms, {} KB (uncompressed)",
            ms(times[requests / 2]),
            ms(times[(requests * 95 / 100).min(requests - 1)]),
            size / 1024
        );
    }
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    if let Some(hwm) = status.lines().find(|l| l.starts_with("VmHWM")) {
        println!("peak memory: {}", hwm.trim_start_matches("VmHWM:").trim());
    }
}
