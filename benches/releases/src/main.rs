//! Compensation figures published as releases at federation size: a first release, then a
//! month later a second one after a share of claims changed (new claims, decisions, awards,
//! erasures), audited against the first; a third after another month, audited against both.
//! Prints the time of each release, its record's size as JSON, and what it showed.
//!
//! `cargo run --release --manifest-path benches/releases/Cargo.toml -- CLAIMS COLLECTIVES [CHANGED_PER_MILLE]`

use dhruva_core::cases::figures::{release, ClaimFacts, Figures, ReleaseRecord};
use dhruva_core::cases::CaseState;
use dhruva_core::geography::DistrictCode;
use dhruva_core::scorecard::{MinCell, Published};
use dhruva_core::{CollectiveId, InstitutionId};
use std::time::Instant;

/// SplitMix64: seeded, tiny, and good enough for synthetic data.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const STATES: [CaseState; 5] = [CaseState::Filed, CaseState::Enquiry, CaseState::Granted, CaseState::Rejected, CaseState::Paid];

fn claim(rng: &mut Rng, n: u64, collectives: usize) -> ClaimFacts {
    let collective = rng.below(collectives);
    // A collective works in one district and before two or three authorities of its state.
    let district = DistrictCode::parse(&format!("S{}-d{}", (b'A' + (collective % 26) as u8) as char, collective / 2)).expect("district code");
    let filed = time::Date::from_calendar_date(2025, time::Month::January, 1).expect("date") + time::Duration::days(rng.below(300) as i64);
    let decided = (rng.below(2) == 0).then(|| filed + time::Duration::days(rng.below(200) as i64));
    ClaimFacts {
        token: (u128::from(n) + 1).to_be_bytes(),
        collective: CollectiveId(collective as i64),
        district: Some(district),
        authority: Some(InstitutionId((collective * 3 / 2 + rng.below(3)) as i64)),
        state: STATES[rng.below(STATES.len())],
        filed_on: Some(filed),
        decided_on: decided,
        legal_due: Some(filed + time::Duration::days(60)),
        claimed: Some(100_000 * (1 + rng.below(20) as i64)),
        awarded: decided.map(|_| 50_000 * (1 + rng.below(20) as i64)),
        received: None,
    }
}

fn shown_rows(f: &Figures) -> (usize, usize) {
    let rows: Vec<_> = std::iter::once(&f.total).chain(&f.by_collective).chain(&f.by_district).chain(&f.by_state).chain(&f.by_authority).collect();
    (rows.iter().filter(|r| matches!(r.claims, Published::Shown(_))).count(), rows.len())
}

fn main() {
    let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let (n, collectives, per_mille) = (args.first().copied().unwrap_or(25_000), args.get(1).copied().unwrap_or(300), args.get(2).copied().unwrap_or(20));
    let k = MinCell::DEFAULT;
    let mut rng = Rng(2026);
    let mut next = 0u64;
    let mut claims: Vec<ClaimFacts> = (0..n)
        .map(|_| {
            next += 1;
            claim(&mut rng, next, collectives)
        })
        .collect();
    let mut records: Vec<ReleaseRecord> = Vec::new();
    println!("{n} claims, {collectives} collectives, {per_mille}‰ changed between releases");
    for month in 0..3 {
        if month > 0 {
            let changes = n * per_mille / 1000;
            for _ in 0..changes {
                let i = rng.below(claims.len());
                match rng.below(4) {
                    0 => {
                        claims.swap_remove(i);
                    }
                    1 => claims[i].state = STATES[rng.below(STATES.len())],
                    2 => claims[i].awarded = Some(50_000 * (1 + rng.below(20) as i64)),
                    _ => {
                        next += 1;
                        claims.push(claim(&mut rng, next, collectives));
                    }
                }
            }
        }
        let started = Instant::now();
        let (figures, record) = release(&claims, k, &records);
        let took = started.elapsed();
        let json = serde_json::to_string(&record).expect("record serialises");
        let (shown, rows) = shown_rows(&figures);
        println!("release {}: {:.2} s, record {:.1} MB as JSON, {shown} of {rows} rows' counts shown", month + 1, took.as_secs_f64(), json.len() as f64 / 1e6);
        records.push(serde_json::from_str(&json).expect("record parses"));
    }
}
