//! A research export is k-anonymous on its quasi-identifiers whatever the members: every row
//! it publishes shares collective/place, languages and joining year with k − 1 others, and a
//! row is only ever withheld, never altered into someone else's.

use dhruva_core::geography::DistrictCode;
use dhruva_core::registry::Language;
use dhruva_core::research::{generalise, GeneralRow, QuasiIds};
use dhruva_core::scorecard::MinCell;
use proptest::prelude::*;
use std::collections::HashMap;

const DISTRICTS: &[&str] = &["WB-kolkata", "WB-howrah", "WB-south-24-parganas", "TG-hyderabad", "MH-mumbai"];
const COLLECTIVES: &[&str] = &["Utthan", "Saans", "Jabala", "Aloka", "Mukti", "Sakhi", "Asha", "Disha"];
const LANGUAGES: &[Language] = &[Language::English, Language::Bengali, Language::Hindi, Language::Telugu];

fn member() -> impl Strategy<Value = QuasiIds> {
    (0..COLLECTIVES.len(), proptest::collection::vec(0..LANGUAGES.len(), 1..=3), 2008..2027i32).prop_map(|(c, langs, year)| {
        // A collective sits in one district.
        let district = DistrictCode::parse(DISTRICTS[c % DISTRICTS.len()]).expect("district");
        let mut languages: Vec<Language> = Vec::new();
        for l in langs {
            if !languages.contains(&LANGUAGES[l]) {
                languages.push(LANGUAGES[l]);
            }
        }
        QuasiIds { collective: COLLECTIVES[c].to_owned(), district, languages, joined_year: year }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_published_row_shares_its_quasi_identifiers_with_at_least_k_minus_one_others(
        rows in proptest::collection::vec(member(), 0..60),
        k in 3u32..8,
    ) {
        let k = MinCell::new(k).expect("k ≥ 3");
        let g = generalise(&rows, k);
        prop_assert_eq!(g.rows.len(), rows.len(), "one answer per row, in order");
        let mut classes: HashMap<&GeneralRow, usize> = HashMap::new();
        for r in g.rows.iter().flatten() {
            *classes.entry(r).or_default() += 1;
        }
        for (row, n) in &classes {
            prop_assert!(*n >= k.get() as usize, "{row:?} is shared by only {n}");
        }
        // Nothing is made up: a kept field is the member's own value.
        for (input, output) in rows.iter().zip(&g.rows) {
            let Some(out) = output else { continue };
            if let Some(c) = &out.collective {
                prop_assert_eq!(c, &input.collective);
            }
            if let Some(d) = &out.district {
                prop_assert_eq!(d.as_str(), input.district.as_str());
            }
            if let Some(s) = &out.state {
                let state = input.district.state();
                prop_assert_eq!(s.as_str(), state.as_str());
            }
            if let Some(year) = &out.joined {
                prop_assert!(year.starts_with(&input.joined_year.to_string()) || year.contains('–'));
            }
        }
        // Withholding is the last resort: with k or more members nothing is withheld beyond
        // what a single class of everyone would need (none), unless it keeps detail.
        if rows.len() >= k.get() as usize {
            prop_assert!(g.withheld() <= rows.len() / 10 || g.levels.place + g.levels.languages + g.levels.joined == 9);
        } else {
            prop_assert_eq!(g.withheld(), rows.len(), "fewer than k members: no row can be published");
        }
    }
}

#[test]
fn the_demo_like_export_of_sixteen_has_no_unique_row() {
    let mut rows = Vec::new();
    let plan: &[(&str, &str, &[Language], i32)] = &[
        ("Utthan", "WB-kolkata", &[Language::Bengali], 2019),
        ("Utthan", "WB-kolkata", &[Language::Bengali, Language::Hindi], 2020),
        ("Utthan", "WB-kolkata", &[Language::Bengali], 2020),
        ("Utthan", "WB-kolkata", &[Language::Bengali], 2021),
        ("Utthan", "WB-kolkata", &[Language::Bengali], 2021),
        ("Utthan", "WB-kolkata", &[Language::Bengali, Language::English], 2022),
        ("Saans", "WB-howrah", &[Language::Bengali], 2020),
        ("Saans", "WB-howrah", &[Language::Bengali], 2021),
        ("Saans", "WB-howrah", &[Language::Hindi], 2021),
        ("Saans", "WB-howrah", &[Language::Bengali], 2022),
        ("Jabala", "WB-kolkata", &[Language::Bengali], 2018),
        ("Jabala", "WB-kolkata", &[Language::Bengali], 2019),
        ("Mukti", "TG-hyderabad", &[Language::Telugu], 2021),
        ("Mukti", "TG-hyderabad", &[Language::Telugu, Language::English], 2022),
        ("Mukti", "TG-hyderabad", &[Language::Telugu], 2022),
        ("Mukti", "TG-hyderabad", &[Language::Telugu], 2023),
    ];
    for (c, d, l, y) in plan {
        rows.push(QuasiIds {
            collective: (*c).to_owned(),
            district: DistrictCode::parse(d).expect("district"),
            languages: l.to_vec(),
            joined_year: *y,
        });
    }
    let g = generalise(&rows, MinCell::DEFAULT);
    let kept: Vec<&GeneralRow> = g.rows.iter().flatten().collect();
    for r in &kept {
        assert!(kept.iter().filter(|o| **o == *r).count() >= 5, "{r:?}");
    }
    assert!(g.withheld() <= 1, "at most a tenth withheld: {} at {:?}", g.withheld(), g.levels);
}
