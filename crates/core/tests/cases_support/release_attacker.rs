//! The attacker against a *sequence* of published releases of the casework figures. She has
//! every release (and every view built from one: the collective, district, state and
//! authority rows are all views of it), knows which claims sit in which combination of
//! collective × district × authority at each release (more than any reader), and solves exactly
//! over the rationals. She is written apart from the library: her unknowns are the
//! combinations' contents at each release, keyed by the actual contributions.
//!
//! She wins if she determines any of (unless the releases before the one it belongs to already
//! did — a row withheld now but unchanged since it was shown is no news):
//! - a withheld row of any release (that has contributors);
//! - a combination's content with fewer than k contributors (counts and amounts);
//! - the change of a combination between two releases where fewer than k contributors differ;
//! - the change of a row between two releases where fewer than k contributors differ.

use crate::attacker::{in_row, rows};
use crate::rational::{determined, Frac};
use dhruva_core::cases::figures::{ClaimFacts, FigureKey, FigureRow, Figures};
use dhruva_core::cases::CaseState;
use dhruva_core::scorecard::{MinCell, Published};
use std::collections::BTreeMap;

type Contents = Vec<([u8; 16], i64)>;
type Combo = (i64, Option<String>, Option<i64>);

fn combo(c: &ClaimFacts) -> Combo {
    (c.collective.0, c.district.as_ref().map(|d| d.as_str().to_owned()), c.authority.map(|a| a.0))
}

/// One thing a release publishes per row: what each claim contributes, whether a row shows it,
/// and whether a small combination of it is protected on its own.
/// What a claim contributes to one measure (`None`: nothing).
pub type Contribution = Box<dyn Fn(&ClaimFacts) -> Option<i64>>;

pub struct Measure {
    pub name: String,
    pub value: Contribution,
    pub shown: Box<dyn Fn(&FigureRow) -> bool>,
    pub protect_leaves: bool,
}

pub fn measures() -> Vec<Measure> {
    let mut out = vec![
        Measure { name: "claims".into(), value: Box::new(|_| Some(1)), shown: Box::new(|r| r.claims.shown().is_some()), protect_leaves: true },
        Measure { name: "claimed".into(), value: Box::new(|c| c.claimed), shown: Box::new(|r| r.claimed.shown().is_some()), protect_leaves: true },
        Measure { name: "awarded".into(), value: Box::new(|c| c.awarded), shown: Box::new(|r| r.awarded.shown().is_some()), protect_leaves: true },
        Measure { name: "received".into(), value: Box::new(|c| c.received), shown: Box::new(|r| r.received.shown().is_some()), protect_leaves: true },
    ];
    for &s in CaseState::ALL {
        out.push(Measure {
            name: format!("{s:?}"),
            value: Box::new(move |c| (c.state == s).then_some(1)),
            shown: Box::new(move |r| r.by_status.iter().any(|(t, p)| *t == s && matches!(p, Published::Shown(_)))),
            protect_leaves: false,
        });
    }
    out
}

fn differing(a: &Contents, b: &Contents) -> usize {
    let left: BTreeMap<[u8; 16], i64> = a.iter().copied().collect();
    let right: BTreeMap<[u8; 16], i64> = b.iter().copied().collect();
    left.iter().filter(|(t, v)| right.get(*t) != Some(*v)).count() + right.keys().filter(|t| !left.contains_key(*t)).count()
}

fn all_keys(releases: &[(Vec<ClaimFacts>, Figures)]) -> Vec<FigureKey> {
    let mut keys: Vec<FigureKey> = releases.iter().flat_map(|(_, f)| rows(f).into_iter().map(|r| r.key.clone())).collect();
    keys.sort();
    keys.dedup();
    keys
}

/// Everything she recovers that she must not, described.
pub fn leaks(releases: &[(Vec<ClaimFacts>, Figures)], k: MinCell) -> Vec<String> {
    let k = k.get() as usize;
    let small = |n: usize| n > 0 && n < k;
    let keys = all_keys(releases);
    let mut found = Vec::new();
    for m in measures() {
        // Unknowns: (combination, contents) as seen at any release.
        let mut unknowns: Vec<(Combo, Contents)> = Vec::new();
        let mut first_seen: Vec<usize> = Vec::new();
        let mut at: Vec<BTreeMap<Combo, usize>> = Vec::new();
        for (claims, _) in releases {
            let mut by_combo: BTreeMap<Combo, Contents> = BTreeMap::new();
            for c in claims {
                if let Some(v) = (m.value)(c) {
                    by_combo.entry(combo(c)).or_default().push((c.token, v));
                }
            }
            let mut here = BTreeMap::new();
            for (cb, mut contents) in by_combo {
                contents.sort();
                let id = match unknowns.iter().position(|u| u.0 == cb && u.1 == contents) {
                    Some(i) => i,
                    None => {
                        unknowns.push((cb.clone(), contents));
                        first_seen.push(at.len());
                        unknowns.len() - 1
                    }
                };
                here.insert(cb, id);
            }
            at.push(here);
        }
        let n = unknowns.len();
        if n == 0 {
            continue;
        }
        let row_vec = |t: usize, key: &FigureKey| -> Vec<Frac> {
            let mut v = vec![Frac::ZERO; n];
            for c in releases[t].0.iter().filter(|c| in_row(key, c) && (m.value)(c).is_some()) {
                v[at[t][&combo(c)]] = Frac::ONE;
            }
            v
        };
        let row_contents = |t: usize, key: &FigureKey| -> Contents {
            let mut all: Contents = releases[t].0.iter().filter(|c| in_row(key, c)).filter_map(|c| (m.value)(c).map(|v| (c.token, v))).collect();
            all.sort();
            all
        };
        let mut equations = Vec::new();
        // Per release, how many equations the releases before it gave.
        let mut before = Vec::new();
        for (t, (_, f)) in releases.iter().enumerate() {
            before.push(equations.len());
            for r in rows(f).into_iter().filter(|r| (m.shown)(r)) {
                equations.push(row_vec(t, &r.key));
            }
        }
        let mut target = |what: String, as_of: usize, v: Vec<Frac>| {
            if v.iter().any(|x| !x.is_zero()) && determined(&equations, &v) && !determined(&equations[..before[as_of]], &v) {
                found.push(format!("{}: {what}", m.name));
            }
        };
        for (t, (_, f)) in releases.iter().enumerate() {
            for r in rows(f).into_iter().filter(|r| !(m.shown)(r)) {
                target(format!("withheld {:?} in release {t}", r.key), t, row_vec(t, &r.key));
            }
        }
        if m.protect_leaves {
            for (u, (cb, contents)) in unknowns.iter().enumerate() {
                let one = |i: usize| if i == u { Frac::ONE } else { Frac::ZERO };
                if small(contents.len()) {
                    target(format!("small combination {cb:?}"), first_seen[u], (0..n).map(one).collect());
                }
                for (w, (cb2, contents2)) in unknowns.iter().enumerate().skip(u + 1) {
                    if cb2 == cb && small(differing(contents, contents2)) {
                        let v = (0..n)
                            .map(|i| {
                                if i == w {
                                    Frac::ONE
                                } else if i == u {
                                    Frac::ZERO - Frac::ONE
                                } else {
                                    Frac::ZERO
                                }
                            })
                            .collect();
                        target(format!("change of combination {cb:?}"), first_seen[u].max(first_seen[w]), v);
                    }
                }
            }
        }
        for key in &keys {
            for t1 in 0..releases.len() {
                for t2 in t1 + 1..releases.len() {
                    if small(differing(&row_contents(t1, key), &row_contents(t2, key))) {
                        let (a, b) = (row_vec(t1, key), row_vec(t2, key));
                        target(format!("change of {key:?} from release {t1} to {t2}"), t2, b.iter().zip(&a).map(|(x, y)| *x - *y).collect());
                    }
                }
            }
        }
    }
    found
}
