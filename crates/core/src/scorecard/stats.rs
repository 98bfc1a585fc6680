//! Per-cell statistics from a tally: how many rated, mean, median, distribution, share
//! favourable, and intervals that say how sure each number is.

use serde::{Deserialize, Serialize};

/// One indicator's scale as aggregation sees it: the value of each point, in order, and
/// whether that point counts as favourable.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScaleSpec {
    pub values: Vec<f64>,
    pub favourable: Vec<bool>,
}

/// How many raters gave each point of a scale.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally(pub Vec<u64>);

impl Tally {
    pub fn n(&self) -> u64 {
        self.0.iter().sum()
    }

    pub fn record(&mut self, point: usize) {
        if self.0.len() <= point {
            self.0.resize(point + 1, 0);
        }
        self.0[point] += 1;
    }

    /// Takes back one rating (she changed her answer). Never below zero.
    pub fn unrecord(&mut self, point: usize) {
        if let Some(c) = self.0.get_mut(point) {
            *c = c.saturating_sub(1);
        }
    }

    pub fn add(&mut self, other: &Tally) {
        if self.0.len() < other.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a += b;
        }
    }
}
