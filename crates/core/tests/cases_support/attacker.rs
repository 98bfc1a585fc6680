//! The attacker against casework figures. She knows every claim's collective, district and
//! authority, which combinations have claims in which state and which have amounts (more than
//! a reader would), sees every published figure, and solves exactly over the rationals.

use crate::rational::{determined, Frac};
use dhruva_core::cases::figures::{ClaimFacts, FigureKey, FigureRow, Figures};
use dhruva_core::cases::CaseState;
use dhruva_core::scorecard::{MinCell, Published};
use dhruva_core::{CollectiveId, InstitutionId};

pub fn rows(f: &Figures) -> Vec<&FigureRow> {
    [&f.total].into_iter().chain(&f.by_collective).chain(&f.by_district).chain(&f.by_state).chain(&f.by_authority).collect()
}

pub fn in_row(key: &FigureKey, c: &ClaimFacts) -> bool {
    match key {
        FigureKey::Total => true,
        FigureKey::Collective(id) => c.collective == *id,
        FigureKey::District(d) => c.district.as_ref() == Some(d),
        FigureKey::State(s) => c.district.as_ref().is_some_and(|d| d.state().as_str() == s),
        FigureKey::Authority(a) => c.authority == Some(*a),
    }
}

type Combo = (CollectiveId, Option<String>, Option<InstitutionId>);

fn combo(c: &ClaimFacts) -> Combo {
    (c.collective, c.district.as_ref().map(|d| d.as_str().to_owned()), c.authority)
}

/// Unknowns: one per distinct value of `unit` among `claims`, each with its first claim (every
/// row and status is a function of the unit, so the first claim speaks for all) and its size.
fn unknowns<U: PartialEq + Clone>(claims: &[&ClaimFacts], unit: impl Fn(&ClaimFacts) -> U) -> Vec<(U, usize, u64)> {
    let mut out: Vec<(U, usize, u64)> = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        let u = unit(c);
        match out.iter_mut().find(|(v, _, _)| *v == u) {
            Some(slot) => slot.2 += 1,
            None => out.push((u, i, 1)),
        }
    }
    out
}

struct Attack<'a> {
    claims: Vec<&'a ClaimFacts>,
    firsts: Vec<usize>,
    equations: Vec<Vec<Frac>>,
    leaks: Vec<String>,
}

impl<'a> Attack<'a> {
    fn vector(&self, pred: &dyn Fn(&ClaimFacts) -> bool) -> Vec<Frac> {
        self.firsts.iter().map(|&i| if pred(self.claims[i]) { Frac::ONE } else { Frac::ZERO }).collect()
    }
    fn target(&mut self, what: String, pred: &dyn Fn(&ClaimFacts) -> bool) {
        let v = self.vector(pred);
        if v.iter().any(|x| !x.is_zero()) && determined(&self.equations, &v) {
            self.leaks.push(what);
        }
    }
}

/// Withheld row counts and small combinations that the shown row counts pin down; withheld
/// status counts that the same state's shown counts pin down; and rows whose withheld states
/// the row's count minus its shown states gives away (one alone, or fewer than k together).
pub fn count_leaks(all: &[ClaimFacts], f: &Figures, k: MinCell) -> Vec<String> {
    let kk = u64::from(k.get());
    let claims: Vec<&ClaimFacts> = all.iter().collect();
    let combos = unknowns(&claims, combo);
    let mut a = Attack { firsts: combos.iter().map(|u| u.1).collect(), claims: claims.clone(), equations: Vec::new(), leaks: Vec::new() };
    for r in rows(f).into_iter().filter(|r| r.claims.shown().is_some()) {
        a.equations.push(a.vector(&|c| in_row(&r.key, c)));
    }
    for r in rows(f).into_iter().filter(|r| r.claims == Published::Suppressed) {
        a.target(format!("count of {:?}", r.key), &|c| in_row(&r.key, c));
    }
    for (unit, _, _) in combos.iter().filter(|u| u.2 < kk) {
        a.target(format!("small combination {unit:?}"), &|c| combo(c) == *unit);
    }
    let mut leaks = a.leaks;
    for &s in CaseState::ALL {
        let in_state: Vec<&ClaimFacts> = claims.iter().copied().filter(|c| c.state == s).collect();
        let units = unknowns(&in_state, combo);
        let mut a = Attack { firsts: units.iter().map(|u| u.1).collect(), claims: in_state, equations: Vec::new(), leaks: Vec::new() };
        let shown = |r: &FigureRow| r.by_status.iter().any(|(t, p)| *t == s && p.shown().is_some());
        for r in rows(f).into_iter().filter(|r| shown(r)) {
            a.equations.push(a.vector(&|c| in_row(&r.key, c)));
        }
        for r in rows(f).into_iter().filter(|r| !shown(r)) {
            a.target(format!("{s:?} in {:?}", r.key), &|c| in_row(&r.key, c));
        }
        leaks.extend(a.leaks);
    }
    for r in rows(f).into_iter().filter(|r| r.claims.shown().is_some()) {
        let hidden: Vec<CaseState> = r.by_status.iter().filter(|(_, p)| p.shown().is_none()).map(|(s, _)| *s).collect();
        let sum = all.iter().filter(|c| in_row(&r.key, c) && hidden.contains(&c.state)).count() as u64;
        if hidden.len() == 1 || (!hidden.is_empty() && sum < kk) {
            leaks.push(format!("{:?}: its count minus its shown states gives {hidden:?} away", r.key));
        }
    }
    leaks
}

/// Withheld amounts, and the amounts of small combinations, that the published amounts pin down.
pub fn amount_leaks(all: &[ClaimFacts], f: &Figures, k: MinCell) -> Vec<String> {
    type Measure = (&'static str, fn(&ClaimFacts) -> Option<i64>, fn(&FigureRow) -> &Published<i64>);
    let measures: [Measure; 3] =
        [("claimed", |c| c.claimed, |r| &r.claimed), ("awarded", |c| c.awarded, |r| &r.awarded), ("received", |c| c.received, |r| &r.received)];
    let mut leaks = Vec::new();
    for (name, pick, published) in measures {
        let claims: Vec<&ClaimFacts> = all.iter().filter(|c| pick(c).is_some()).collect();
        let units = unknowns(&claims, combo);
        let mut a = Attack { firsts: units.iter().map(|u| u.1).collect(), claims, equations: Vec::new(), leaks: Vec::new() };
        for r in rows(f) {
            if published(r).shown().is_some() {
                a.equations.push(a.vector(&|c| in_row(&r.key, c)));
            }
        }
        for r in rows(f) {
            if *published(r) == Published::Suppressed {
                a.target(format!("{name} of {:?}", r.key), &|c| in_row(&r.key, c));
            }
        }
        for (unit, _, n) in &units {
            if *n < u64::from(k.get()) {
                a.target(format!("{name} of small combination {unit:?}"), &|c| combo(c) == *unit);
            }
        }
        leaks.extend(a.leaks);
    }
    leaks
}
