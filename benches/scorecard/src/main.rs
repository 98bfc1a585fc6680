//! Synthetic national score card data — 800 districts, 20,000 institutions, 10,000,000
//! ratings of 7 indicators on a 5-point scale — then the time and peak memory to tally the
//! ratings from scratch and build the full federation score card with suppression.
//!
//! `cargo run --release --manifest-path benches/scorecard/Cargo.toml -- [CSV_PATH]`
//! writes the ratings as CSV (for `pandas_groupby.py`) when a path is given.

use dhruva_core::geography::DistrictCode;
use dhruva_core::scorecard::aggregate::{build, IndicatorSpec, InstitutionRef, Ratings, Scorecard};
use dhruva_core::scorecard::combine::combine;
use dhruva_core::scorecard::stats::{ScaleSpec, Tally};
use dhruva_core::scorecard::{InstitutionType, MinCell, Published};
use dhruva_core::InstitutionId;
use std::io::{BufWriter, Write};
use std::time::Instant;

const STATES: usize = 36;
const DISTRICTS: usize = 800;
const INSTITUTIONS: usize = 20_000;
const RATINGS: usize = 10_000_000;
const INDICATORS: [&str; 7] =
    ["responsiveness", "timeliness", "respect", "information", "outcome", "safety", "no_payment"];
const POINTS: usize = 5;
const SKIPPED: u8 = u8::MAX;

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
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn below(&mut self, n: usize) -> usize {
        (self.unit() * n as f64) as usize
    }
}

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn state_code(s: usize) -> String {
    let b = |x: usize| char::from(b'A' + x as u8);
    format!("{}{}", b(s / 26), b(s % 26))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut rng = Rng(2026);
    let districts: Vec<DistrictCode> =
        (0..DISTRICTS).map(|d| DistrictCode::parse(&format!("{}-d{d}", state_code(d % STATES)))).collect::<Result<_, _>>()?;
    let kinds = InstitutionType::ALL;
    // Most institutions are rated often; one in twenty hardly at all, so suppression has
    // real work (a few per cent of cells under k, and their complements).
    let mut weight = Vec::with_capacity(INSTITUTIONS);
    let mut quality = Vec::with_capacity(INSTITUTIONS);
    let institutions: Vec<InstitutionRef> = (0..INSTITUTIONS)
        .map(|i| {
            weight.push(if rng.unit() < 0.05 { rng.unit() * 0.012 } else { 0.2 + 1.6 * rng.unit() });
            quality.push(rng.unit());
            InstitutionRef {
                id: InstitutionId(i as i64 + 1),
                kind: kinds[rng.below(kinds.len())],
                district: districts[rng.below(DISTRICTS)].clone(),
            }
        })
        .collect();
    let mut cumulative = Vec::with_capacity(INSTITUTIONS);
    let mut acc = 0.0;
    for w in &weight {
        acc += w;
        cumulative.push(acc);
    }
    let started = Instant::now();
    let mut inst_of = Vec::with_capacity(RATINGS);
    let mut points = Vec::with_capacity(RATINGS);
    for _ in 0..RATINGS {
        let x = rng.unit() * acc;
        let i = cumulative.partition_point(|&c| c <= x).min(INSTITUTIONS - 1);
        inst_of.push(i as u32);
        let mut p = [SKIPPED; INDICATORS.len()];
        for slot in &mut p {
            // One answer in ten is "don't know"; otherwise near the institution's quality.
            if rng.unit() >= 0.1 {
                let v = quality[i] * 4.0 + (rng.unit() + rng.unit() - 1.0) * 2.0;
                *slot = v.round().clamp(0.0, 4.0) as u8;
            }
        }
        points.push(p);
    }
    eprintln!("generated in {:.2} s", started.elapsed().as_secs_f64());
    if let Some(path) = std::env::args().nth(1) {
        let t = Instant::now();
        let mut out = BufWriter::new(std::fs::File::create(&path)?);
        writeln!(out, "institution_id,type,district,state,{}", INDICATORS.join(","))?;
        for (i, p) in inst_of.iter().zip(&points) {
            let inst = &institutions[*i as usize];
            write!(out, "{},{},{},{}", inst.id, inst.kind.code(), inst.district, inst.district.state())?;
            for &v in p {
                if v == SKIPPED { write!(out, ",")? } else { write!(out, ",{}", v + 1)? }
            }
            writeln!(out)?;
        }
        out.flush()?;
        eprintln!("wrote {path} in {:.2} s", t.elapsed().as_secs_f64());
    }
    let rss_before = peak_rss_mb();

    let t = Instant::now();
    let mut flat = vec![0u64; INSTITUTIONS * INDICATORS.len() * POINTS];
    for (i, p) in inst_of.iter().zip(&points) {
        let base = *i as usize * INDICATORS.len() * POINTS;
        for (j, &v) in p.iter().enumerate() {
            if v != SKIPPED {
                flat[base + j * POINTS + v as usize] += 1;
            }
        }
    }
    let tallies: Vec<Vec<Tally>> = flat
        .chunks(INDICATORS.len() * POINTS)
        .map(|inst| inst.chunks(POINTS).map(|c| Tally(c.to_vec())).collect())
        .collect();
    let tally_s = t.elapsed().as_secs_f64();

    let scale = ScaleSpec { values: vec![1.0, 2.0, 3.0, 4.0, 5.0], favourable: vec![false, false, false, true, true] };
    let ratings = Ratings {
        institutions,
        indicators: INDICATORS.iter().map(|c| IndicatorSpec { code: (*c).to_owned(), scale: scale.clone() }).collect(),
        tallies,
    };
    let t = Instant::now();
    let card = build(&ratings, MinCell::default(), None);
    let build_s = t.elapsed().as_secs_f64();

    // (shown, withheld, unrated) over rows' cells.
    let count = |rows: &mut dyn Iterator<Item = (&Vec<Published<_>>, &Vec<bool>)>| {
        rows.flat_map(|(c, u)| c.iter().zip(u)).fold((0, 0, 0), |(s, w, e), (c, &unrated)| match (c.shown(), unrated) {
            (Some(_), _) => (s + 1, w, e),
            (None, false) => (s, w + 1, e),
            (None, true) => (s, w, e + 1),
        })
    };
    let (shown, hidden, unrated) = count(&mut card.by_institution.iter().map(|r| (&r.cells, &r.unrated)));
    let groups = card.by_state.iter().chain(&card.by_district).chain(&card.by_type);
    let (gshown, ghidden, gunrated) = count(&mut groups.map(|r| (&r.cells, &r.unrated)));
    println!("ratings: {RATINGS}, institutions: {INSTITUTIONS}, districts: {DISTRICTS}, states: {STATES}, indicators: {}", INDICATORS.len());
    println!("institution cells: {shown} shown, {hidden} withheld, {unrated} unrated; group cells: {gshown} shown, {ghidden} withheld, {gunrated} unrated");
    println!("tally 10M ratings: {:.3} s", tally_s);
    println!("build (stats + suppression + rank): {:.3} s", build_s);
    println!("total recomputation: {:.3} s", tally_s + build_s);
    // Issue 9: the card is a snapshot — stored once as JSON, served by reading it back — and
    // the federation's yearly card sums the shown cells of the year's round snapshots.
    let t = Instant::now();
    let stored = serde_json::to_string(&card)?;
    let store_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let served: Scorecard = serde_json::from_str(&stored)?;
    let serve_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let _total_only: serde_json::Value = serde_json::from_str(&stored)?;
    let value_s = t.elapsed().as_secs_f64();
    let rounds: Vec<&Scorecard> = std::iter::repeat(&served).take(12).collect();
    let t = Instant::now();
    let yearly = combine(&ratings.indicators, MinCell::default(), &rounds);
    let combine_s = t.elapsed().as_secs_f64();
    println!("snapshot as JSON: {:.1} MB, written in {:.3} s, read back in {:.3} s ({:.3} s as an untyped value)", stored.len() as f64 / 1e6, store_s, serve_s, value_s);
    println!("yearly card from 12 national round snapshots: {:.3} s ({} state rows)", combine_s, yearly.by_state.len());
    println!("peak RSS: {:.0} MB after generating, {:.0} MB at the end", rss_before, peak_rss_mb());
    Ok(())
}
