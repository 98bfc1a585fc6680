//! Exact rational arithmetic and row-space membership for the attacker (independent of the
//! library's modular audit).

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Frac {
    num: i128,
    den: i128,
}

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 {
        a.abs()
    } else {
        gcd(b, a % b)
    }
}

impl Frac {
    pub const ZERO: Frac = Frac { num: 0, den: 1 };
    pub const ONE: Frac = Frac { num: 1, den: 1 };

    fn new(num: i128, den: i128) -> Frac {
        let g = gcd(num, den).max(1);
        let s = if den < 0 { -1 } else { 1 };
        Frac { num: s * num / g, den: s * den / g }
    }
    pub fn is_zero(self) -> bool {
        self.num == 0
    }
    fn sub(self, o: Frac) -> Frac {
        Frac::new(self.num * o.den - o.num * self.den, self.den * o.den)
    }
    fn mul(self, o: Frac) -> Frac {
        Frac::new(self.num * o.num, self.den * o.den)
    }
    fn div(self, o: Frac) -> Frac {
        Frac::new(self.num * o.den, self.den * o.num)
    }
}

impl std::ops::Add for Frac {
    type Output = Frac;
    fn add(self, o: Frac) -> Frac {
        Frac::sub(self, Frac::sub(Frac::ZERO, o))
    }
}

impl std::ops::Sub for Frac {
    type Output = Frac;
    fn sub(self, o: Frac) -> Frac {
        Frac::sub(self, o)
    }
}

/// Whether `target` is a rational combination of `rows`: reduce rows to echelon form, then
/// reduce the target by them; it is in the row space iff nothing is left.
pub fn determined(rows: &[Vec<Frac>], target: &[Frac]) -> bool {
    let mut basis: Vec<Vec<Frac>> = Vec::new();
    let reduce = |basis: &[Vec<Frac>], mut v: Vec<Frac>| -> Vec<Frac> {
        for b in basis {
            let Some(p) = b.iter().position(|x| !x.is_zero()) else { continue };
            if !v[p].is_zero() {
                let f = v[p].div(b[p]);
                for (x, &y) in v.iter_mut().zip(b) {
                    *x = x.sub(f.mul(y));
                }
            }
        }
        v
    };
    for r in rows {
        let v = reduce(&basis, r.clone());
        if v.iter().any(|x| !x.is_zero()) {
            // Keep pivots distinct and in order of first use: clear v's pivot from earlier rows.
            let p = v.iter().position(|x| !x.is_zero()).expect("a non-zero entry exists in a non-zero row");
            for b in basis.iter_mut() {
                if !b[p].is_zero() {
                    let f = b[p].div(v[p]);
                    for (x, &y) in b.iter_mut().zip(&v) {
                        *x = x.sub(f.mul(y));
                    }
                }
            }
            basis.push(v);
        }
    }
    reduce(&basis, target.to_vec()).iter().all(|x| x.is_zero())
}
