//! Score cards as files (CSV, JSON) and as the API's body: aggregates only. A suppressed cell
//! is `{"status":"suppressed"}` in JSON and empty numbers in CSV; nothing here has a field
//! that could hold one person's answer.

use super::view::label;
use crate::error::WebError;
use crate::i18n::Tr;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use dhruva_core::scorecard::aggregate::{Cell, Scorecard};
use dhruva_core::scorecard::Published;
use dhruva_core::InstitutionId;
use dhruva_forms::scorecard::Template;
use dhruva_store::scorecards::{Institution, Round};
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// One cell of a score card.
#[derive(Serialize, ToSchema)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum CellOut {
    Shown {
        n: u64,
        mean: f64,
        median: f64,
        /// Raters per point of the scale, in the scale's order.
        distribution: Vec<u64>,
        share_favourable: f64,
        favourable_low: f64,
        favourable_high: f64,
        mean_low: f64,
        mean_high: f64,
        /// Mean minus the previous round's mean, where both are shown.
        change: Option<f64>,
        /// Among shown institutions of the same type (1 = best); institution rows only.
        rank: Option<u32>,
    },
    /// Withheld: too few raters here, or a cell from which such a one could be worked out.
    Suppressed,
    /// Nobody rated this.
    NoRatings,
}

#[derive(Serialize, ToSchema)]
pub struct RowOut {
    /// A state or district code, an institution type code, or `total`.
    pub key: String,
    pub name: String,
    pub cells: Vec<CellOut>,
}

#[derive(Serialize, ToSchema)]
pub struct InstitutionOut {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub district: String,
    pub cells: Vec<CellOut>,
}

#[derive(Serialize, ToSchema)]
pub struct IndicatorOut {
    pub code: String,
    pub label: String,
}

/// A score card: one cell per indicator in each row, in the order of `indicators`.
#[derive(Serialize, ToSchema)]
pub struct ScorecardOut {
    pub title: String,
    pub template: String,
    pub period_start: String,
    pub period_end: String,
    pub status: String,
    /// The minimum number of raters for a cell to be shown.
    pub k: u32,
    pub indicators: Vec<IndicatorOut>,
    pub total: RowOut,
    pub by_state: Vec<RowOut>,
    pub by_district: Vec<RowOut>,
    pub by_type: Vec<RowOut>,
    pub by_institution: Vec<InstitutionOut>,
}

fn cell_out(c: &Published<Cell>, unrated: bool) -> CellOut {
    match c {
        Published::Shown(c) => CellOut::Shown {
            n: c.stats.n,
            mean: c.stats.mean,
            median: c.stats.median,
            distribution: c.stats.distribution.clone(),
            share_favourable: c.stats.share_favourable,
            favourable_low: c.stats.favourable_interval.low,
            favourable_high: c.stats.favourable_interval.high,
            mean_low: c.stats.mean_interval.low,
            mean_high: c.stats.mean_interval.high,
            change: c.change,
            rank: c.rank,
        },
        Published::Suppressed if unrated => CellOut::NoRatings,
        Published::Suppressed => CellOut::Suppressed,
    }
}

fn cells(cs: &[Published<Cell>], unrated: &[bool]) -> Vec<CellOut> {
    cs.iter().enumerate().map(|(j, c)| cell_out(c, unrated.get(j).copied().unwrap_or(false))).collect()
}

/// Everything the files need besides the score card.
pub struct Context<'a> {
    pub tr: &'a Tr,
    pub template: &'a Template,
    pub institutions: &'a BTreeMap<InstitutionId, Institution>,
    pub districts: &'a BTreeMap<String, String>,
    pub states: &'a BTreeMap<String, String>,
}

pub fn scorecard_out(cx: &Context<'_>, round: Option<&Round>, card: &Scorecard) -> ScorecardOut {
    let named = |rows: &[dhruva_core::scorecard::aggregate::Row], name: &dyn Fn(&str) -> String| -> Vec<RowOut> {
        rows.iter().map(|r| RowOut { key: r.key.clone(), name: name(&r.key), cells: cells(&r.cells, &r.unrated) }).collect()
    };
    let lookup = |m: &BTreeMap<String, String>, k: &str| m.get(k).cloned().unwrap_or_else(|| k.to_owned());
    ScorecardOut {
        title: round.map(|r| r.title.clone()).unwrap_or_default(),
        template: cx.template.id().to_owned(),
        period_start: round.map(|r| r.period_start.to_string()).unwrap_or_default(),
        period_end: round.map(|r| r.period_end.to_string()).unwrap_or_default(),
        status: round.map(|r| r.status.code().to_owned()).unwrap_or_default(),
        k: card.k.get(),
        indicators: card.indicators.iter().map(|c| IndicatorOut { code: c.clone(), label: label(cx.tr, cx.template, c) }).collect(),
        total: RowOut { key: card.total.key.clone(), name: cx.tr.t("reports-total"), cells: cells(&card.total.cells, &card.total.unrated) },
        by_state: named(&card.by_state, &|k| lookup(cx.states, k)),
        by_district: named(&card.by_district, &|k| lookup(cx.districts, k)),
        by_type: named(&card.by_type, &|k| cx.tr.label("institution-type", k)),
        by_institution: card
            .by_institution
            .iter()
            .map(|i| InstitutionOut {
                id: i.id.0,
                name: cx.institutions.get(&i.id).map(|x| x.name.clone()).unwrap_or_default(),
                kind: i.kind.code().to_owned(),
                district: i.district.to_string(),
                cells: cells(&i.cells, &i.unrated),
            })
            .collect(),
    }
}

/// A CSV field, quoted when it must be, and never starting a spreadsheet formula.
fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_owned() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn fmt(v: f64) -> String {
    format!("{v:.4}")
}

/// One line per row and indicator; a suppressed or unrated cell has its status and no numbers.
pub fn csv(out: &ScorecardOut) -> String {
    let mut s = String::from("template,level,key,name,indicator,status,n,mean,median,share_favourable,favourable_low,favourable_high,change,rank\n");
    let mut line = |level: &str, key: &str, name: &str, cs: &[CellOut]| {
        for (ind, c) in out.indicators.iter().zip(cs) {
            let head = [out.template.as_str(), level, key, name, &ind.code].map(field).join(",");
            let rest = match c {
                CellOut::Shown { n, mean, median, share_favourable, favourable_low, favourable_high, change, rank, .. } => format!(
                    "shown,{n},{},{},{},{},{},{},{}",
                    fmt(*mean),
                    fmt(*median),
                    fmt(*share_favourable),
                    fmt(*favourable_low),
                    fmt(*favourable_high),
                    change.map(fmt).unwrap_or_default(),
                    rank.map(|r| r.to_string()).unwrap_or_default()
                ),
                CellOut::Suppressed => "suppressed,,,,,,,,".to_owned(),
                CellOut::NoRatings => "no_ratings,,,,,,,,".to_owned(),
            };
            s.push_str(&format!("{head},{rest}\n"));
        }
    };
    line("total", &out.total.key, &out.total.name, &out.total.cells);
    for (level, rows) in [("state", &out.by_state), ("district", &out.by_district), ("type", &out.by_type)] {
        for r in rows {
            line(level, &r.key, &r.name, &r.cells);
        }
    }
    for i in &out.by_institution {
        line("institution", &i.id.to_string(), &i.name, &i.cells);
    }
    s
}

/// A file to download, never cached (a shared phone keeps nothing it need not).
pub fn download(body: String, content_type: &'static str, filename: &str) -> Result<Response, WebError> {
    let disposition =
        HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")).map_err(|_| WebError::Internal("a file name is not a header"))?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        body,
    )
        .into_response())
}

pub fn json_body(out: &impl Serialize) -> Result<String, WebError> {
    serde_json::to_string_pretty(out).map_err(|_| WebError::Internal("a score card could not be written as JSON"))
}
