//! De-identifying a research export. Names, phones and codes never go in; but a row's
//! collective, languages and year of joining can still single her out (3 of 16 rows of the
//! demo were unique on them). So every row is generalised until it shares these
//! quasi-identifiers with at least k − 1 others, and a row that still cannot is withheld.
//!
//! Generalisation is full-domain (the same level for every row): the collective may become its
//! district, its state or nothing; the languages her first language, their number or nothing;
//! the year of joining a five-year span, a decade or nothing. Of the 64 combinations, the one
//! chosen withholds the fewest rows among those that keep the most detail: it withholds at
//! most a tenth of the rows if any combination can, and then generalises least. Because rows
//! are withheld whole classes at a time, every row published has k − 1 twins — which the
//! property test checks on any input.
//!
//! What it does not claim: the k rows of a class may share a value outside the
//! quasi-identifiers (there is none in the export today), and someone who knows that her
//! record is in the export learns her class.

use crate::geography::DistrictCode;
use crate::registry::Language;
use crate::scorecard::MinCell;
use serde::Serialize;
use std::collections::HashMap;

/// What an outsider might know about a member: where, which languages, since when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuasiIds {
    pub collective: String,
    pub district: DistrictCode,
    /// In her order of preference.
    pub languages: Vec<Language>,
    pub joined_year: i32,
}

/// How far each quasi-identifier is generalised (0 = as it is).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Levels {
    /// 0 collective (with district), 1 district, 2 state, 3 nothing.
    pub place: u8,
    /// 0 all her languages, 1 her first, 2 how many, 3 nothing.
    pub languages: u8,
    /// 0 the year, 1 a five-year span, 2 a decade, 3 nothing.
    pub joined: u8,
}

impl Levels {
    const TOP: u8 = 3;

    fn height(self) -> u8 {
        self.place + self.languages + self.joined
    }

    fn all() -> impl Iterator<Item = Levels> {
        (0..=Self::TOP)
            .flat_map(|place| (0..=Self::TOP).flat_map(move |languages| (0..=Self::TOP).map(move |joined| Levels { place, languages, joined })))
    }
}

/// One published row: only the fields its level keeps. Two rows with the same value here
/// cannot be told apart by their quasi-identifiers.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct GeneralRow {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collective: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// All her languages, by code in alphabetical order (her order of preference is a
    /// detail of its own).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_language: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language_count: Option<usize>,
    /// "2021", "2020–2024" or "2020–2029".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub joined: Option<String>,
}

/// The rows as published: `rows[i]` is input row i generalised, or `None` when withheld.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generalised {
    pub levels: Levels,
    pub rows: Vec<Option<GeneralRow>>,
}

impl Generalised {
    pub fn withheld(&self) -> usize {
        self.rows.iter().filter(|r| r.is_none()).count()
    }
}

/// Generalises `rows` so that every published row shares its quasi-identifiers with at least
/// k − 1 other published rows; see the module's documentation for the choice.
pub fn generalise(rows: &[QuasiIds], k: MinCell) -> Generalised {
    let k = k.get() as usize;
    let limit = rows.len() / 10;
    let mut best: Option<(bool, u8, usize, Levels)> = None;
    for levels in Levels::all() {
        let withheld = withheld_at(rows, levels, k);
        // Within the limit beats over it; then less generalised; then fewer withheld.
        let key = (withheld > limit, levels.height(), withheld, levels);
        let better = match &best {
            None => true,
            Some(b) => match (key.0, b.0) {
                (false, true) => true,
                (true, false) => false,
                (false, false) => (key.1, key.2, key.3) < (b.1, b.2, b.3),
                // No combination is within the limit: withhold as few as possible.
                (true, true) => (key.2, key.1, key.3) < (b.2, b.1, b.3),
            },
        };
        if better {
            best = Some(key);
        }
    }
    let levels = best.map_or(Levels { place: Levels::TOP, languages: Levels::TOP, joined: Levels::TOP }, |b| b.3);
    let general: Vec<GeneralRow> = rows.iter().map(|r| generalise_row(r, levels)).collect();
    let keep: Vec<bool> = {
        let counts = class_sizes(&general);
        general.iter().map(|g| counts.get(g).is_some_and(|n| *n >= k)).collect()
    };
    let rows = general.into_iter().zip(keep).map(|(g, keep)| keep.then_some(g)).collect();
    Generalised { levels, rows }
}

fn withheld_at(rows: &[QuasiIds], levels: Levels, k: usize) -> usize {
    let general: Vec<GeneralRow> = rows.iter().map(|r| generalise_row(r, levels)).collect();
    class_sizes(&general).values().filter(|n| **n < k).sum()
}

fn class_sizes(rows: &[GeneralRow]) -> HashMap<&GeneralRow, usize> {
    let mut counts = HashMap::new();
    for row in rows {
        *counts.entry(row).or_insert(0) += 1;
    }
    counts
}

fn generalise_row(row: &QuasiIds, levels: Levels) -> GeneralRow {
    let (collective, district, state) = match levels.place {
        0 => (Some(row.collective.clone()), Some(row.district.as_str().to_owned()), None),
        1 => (None, Some(row.district.as_str().to_owned()), None),
        2 => (None, None, Some(row.district.state().as_str().to_owned())),
        _ => (None, None, None),
    };
    let (languages, first_language, language_count) = match levels.languages {
        0 => {
            let mut codes: Vec<String> = row.languages.iter().map(|l| l.code().to_owned()).collect();
            codes.sort();
            codes.dedup();
            (Some(codes), None, None)
        }
        1 => (None, Some(row.languages.first().map_or("none", |l| l.code()).to_owned()), None),
        2 => (None, None, Some(row.languages.len())),
        _ => (None, None, None),
    };
    let joined = match levels.joined {
        0 => Some(row.joined_year.to_string()),
        1 => Some(span(row.joined_year, 5)),
        2 => Some(span(row.joined_year, 10)),
        _ => None,
    };
    GeneralRow { collective, district, state, languages, first_language, language_count, joined }
}

fn span(year: i32, width: i32) -> String {
    let from = year - year.rem_euclid(width);
    format!("{from}–{}", from + width - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(collective: &str, district: &str, languages: &[Language], joined_year: i32) -> QuasiIds {
        QuasiIds {
            collective: collective.to_owned(),
            district: DistrictCode::parse(district).expect("district"),
            languages: languages.to_vec(),
            joined_year,
        }
    }

    #[test]
    fn five_identical_rows_keep_every_detail() {
        let rows = vec![row("Utthan", "WB-kolkata", &[Language::Bengali], 2021); 5];
        let g = generalise(&rows, MinCell::DEFAULT);
        assert_eq!(g.levels, Levels { place: 0, languages: 0, joined: 0 });
        assert_eq!(g.withheld(), 0);
        assert_eq!(g.rows[0].as_ref().and_then(|r| r.collective.as_deref()), Some("Utthan"));
    }

    #[test]
    fn fewer_rows_than_k_are_all_withheld() {
        let rows = vec![row("Utthan", "WB-kolkata", &[Language::Bengali], 2021); 4];
        assert_eq!(generalise(&rows, MinCell::DEFAULT).withheld(), 4);
    }

    #[test]
    fn small_collectives_give_way_to_their_state_and_years_to_spans() {
        let mut rows = Vec::new();
        for (i, collective) in ["Utthan", "Saans", "Jabala", "Aloka", "Mukti"].iter().enumerate() {
            rows.push(row(collective, "WB-kolkata", &[Language::Bengali, Language::Hindi], 2020 + i as i32 % 3));
            rows.push(row(collective, "WB-howrah", &[Language::Bengali], 2021));
        }
        let g = generalise(&rows, MinCell::DEFAULT);
        assert_eq!(g.withheld(), 0, "{:?}", g.levels);
        assert!(g.levels.place >= 1, "no collective has five members: {:?}", g.levels);
        for r in g.rows.iter().flatten() {
            assert_eq!(r.collective, None);
        }
    }

    #[test]
    fn spans_are_aligned_and_say_their_years() {
        assert_eq!(span(2021, 5), "2020–2024");
        assert_eq!(span(2025, 10), "2020–2029");
        assert_eq!(span(2019, 5), "2015–2019");
    }
}
