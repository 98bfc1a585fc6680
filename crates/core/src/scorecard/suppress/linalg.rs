//! Row spaces over the integers modulo the prime 2^61 − 1, kept in reduced row echelon form.
//!
//! Why modular arithmetic is sound enough here: a target is recoverable over the rationals
//! iff it lies in the rational row space. Working modulo p can only go wrong by finding the
//! rank of the equations *lower* than it is, which happens only if p divides every maximal
//! nonzero minor. The score card's groups are two laminar families (total ⊃ state ⊃
//! district, and the partition by type), whose incidence matrix is totally unimodular: every
//! minor is 0 or ±1, so no prime divides one and the audit is exact. For arbitrary tables a
//! miss needs a minor divisible by a 61-bit prime; the property tests check against an
//! independent rational elimination.

use std::collections::BTreeMap;

const P: u64 = (1 << 61) - 1;

fn mul(a: u64, b: u64) -> u64 {
    ((a as u128 * b as u128) % P as u128) as u64
}

fn sub(a: u64, b: u64) -> u64 {
    if a >= b {
        a - b
    } else {
        a + P - b
    }
}

fn inverse(a: u64) -> u64 {
    // Fermat: a^(p−2) is a's inverse for a ≠ 0 mod p.
    let (mut base, mut exp, mut acc) = (a % P, P - 2, 1u64);
    while exp > 0 {
        if exp & 1 == 1 {
            acc = mul(acc, base);
        }
        base = mul(base, base);
        exp >>= 1;
    }
    acc
}

type Row = BTreeMap<usize, u64>;

/// The row space of the equations seen so far, as reduced row echelon rows keyed by pivot.
#[derive(Clone, Default)]
pub(super) struct RowSpace {
    rows: BTreeMap<usize, Row>,
}

impl RowSpace {
    /// What is left of `v` after taking away its part in the row space: empty iff `v` is in it.
    /// Every basis row is zero at the other pivots, so one pass over v's own pivot columns
    /// removes all of them.
    fn residue(&self, v: &Row) -> Row {
        let mut out = v.clone();
        for (&col, &coef) in v {
            if let Some(basis) = self.rows.get(&col) {
                for (&c, &b) in basis {
                    let slot = out.entry(c).or_insert(0);
                    *slot = sub(*slot, mul(coef, b));
                }
            }
        }
        out.retain(|_, x| *x != 0);
        out
    }

    /// Adds an equation whose unknowns (with coefficient 1) are `cols`.
    pub(super) fn add(&mut self, cols: &[usize]) {
        let row: Row = cols.iter().map(|&c| (c, 1)).collect();
        let mut new = self.residue(&row);
        let Some((&pivot, &lead)) = new.iter().next() else { return };
        let inv = inverse(lead);
        for x in new.values_mut() {
            *x = mul(*x, inv);
        }
        // Keep the basis reduced: clear the new pivot column from every other row.
        for basis in self.rows.values_mut() {
            if let Some(coef) = basis.get(&pivot).copied() {
                for (&c, &x) in &new {
                    let slot = basis.entry(c).or_insert(0);
                    *slot = sub(*slot, mul(coef, x));
                }
                basis.retain(|_, x| *x != 0);
            }
        }
        self.rows.insert(pivot, new);
    }

    /// Whether the sum of the unknowns in `cols` is determined by the equations.
    pub(super) fn contains(&self, cols: &[usize]) -> bool {
        let v: Row = cols.iter().map(|&c| (c, 1)).collect();
        self.residue(&v).is_empty()
    }

    /// Whether a combination with coefficients +1 and −1 (`(col, negative)`) is determined:
    /// the change of a value between two releases is one.
    pub(super) fn contains_signed(&self, terms: &[(usize, bool)]) -> bool {
        let mut v = Row::new();
        for &(c, negative) in terms {
            let slot = v.entry(c).or_insert(0);
            *slot = if negative { sub(*slot, 1) } else { (*slot + 1) % P };
        }
        v.retain(|_, x| *x != 0);
        self.residue(&v).is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_difference_of_two_equations_is_in_the_row_space() {
        let mut space = RowSpace::default();
        space.add(&[0, 1, 2]);
        space.add(&[1, 2]);
        assert!(space.contains(&[0]));
        assert!(!space.contains(&[1]));
        assert!(space.contains(&[1, 2]));
    }

    #[test]
    fn crossing_totals_reveal_a_cell_only_when_the_system_pins_it() {
        // A 2×2 table with row and column totals: rank 3 of 4 unknowns, no cell pinned.
        let mut space = RowSpace::default();
        for eq in [[0, 1], [2, 3], [0, 2], [1, 3]] {
            space.add(&eq);
        }
        assert!((0..4).all(|c| !space.contains(&[c])));
        space.add(&[0]);
        assert!((0..4).all(|c| space.contains(&[c])));
    }

    #[test]
    fn a_change_between_two_releases_is_determined_only_when_both_sides_cancel_out() {
        let mut space = RowSpace::default();
        // Release 1 publishes a + b; release 2 publishes a' + b (b unchanged).
        space.add(&[0, 2]);
        space.add(&[1, 2]);
        assert!(space.contains_signed(&[(1, false), (0, true)]));
        assert!(!space.contains_signed(&[(1, false), (2, true)]));
        assert!(space.contains_signed(&[(0, false), (0, true)]), "the empty combination is known");
    }

    #[test]
    fn inverse_undoes_multiplication() {
        for a in [1, 2, 3, 12345, P - 1] {
            assert_eq!(mul(a, inverse(a)), 1);
        }
    }
}
