//! A score card as pages show it: every number formatted, every suppressed cell replaced by
//! words, charts rendered. Templates only place strings, so no template can print a number
//! the aggregation withheld.

use crate::charts::{self, Bar, Series};
use crate::format;
use crate::i18n::Tr;
use dhruva_core::scorecard::aggregate::{Cell, Row, Scorecard};
use dhruva_core::scorecard::{MinCell, Published};
use dhruva_core::InstitutionId;
use dhruva_forms::scorecard::Template;
use dhruva_store::scorecards::{GroupScores, Institution, PlanAction, Round};
use std::collections::BTreeMap;

/// One cell: either numbers, or `note` ("fewer than k raters", "no ratings") and nothing else.
pub struct CellView {
    pub shown: bool,
    pub note: String,
    pub n: String,
    pub mean: String,
    pub median: String,
    pub favourable: String,
    pub change: String,
    pub rank: String,
    /// "62% · 14": the short form for the wide tables by group.
    pub compact: String,
}

pub struct InstitutionLine {
    pub name: String,
    pub kind: String,
    pub cell: CellView,
}

pub struct IndicatorView {
    pub label: String,
    pub chart: String,
    pub rows: Vec<InstitutionLine>,
}

pub struct GroupTable {
    pub id: &'static str,
    pub heading: String,
    pub key_heading: String,
    pub rows: Vec<(String, Vec<CellView>)>,
}

/// One institution with every indicator, for a phone: its name, then one line per
/// indicator (the question above, its numbers below), instead of one table per indicator.
pub struct InstitutionCard {
    pub name: String,
    pub kind: String,
    pub lines: Vec<(String, CellView)>,
}

pub struct CardView {
    pub indicator_labels: Vec<String>,
    pub indicators: Vec<IndicatorView>,
    /// The same cells as `indicators`, grouped by institution (empty for the federation).
    pub institutions: Vec<InstitutionCard>,
    pub groups: Vec<GroupTable>,
}

/// Names the rows need: institutions, district and state names.
pub struct Names<'a> {
    pub institutions: &'a BTreeMap<InstitutionId, Institution>,
    pub districts: &'a BTreeMap<String, String>,
    pub states: &'a BTreeMap<String, String>,
}

pub fn label(tr: &Tr, template: &Template, code: &str) -> String {
    template.form.item(code).map(|i| i.label.get(tr.lang()).to_owned()).unwrap_or_else(|| code.to_owned())
}

fn pct(v: f64) -> String {
    format!("{:.0}%", v * 100.0)
}

fn num(v: f64) -> String {
    let s = format!("{v:.1}");
    s.strip_suffix(".0").map(str::to_owned).unwrap_or(s)
}

fn cell(tr: &Tr, k: MinCell, c: &Published<Cell>, unrated: bool, rank_of: Option<usize>) -> CellView {
    let blank = |note: String| CellView {
        shown: false,
        note,
        n: String::new(),
        mean: String::new(),
        median: String::new(),
        favourable: String::new(),
        change: String::new(),
        rank: String::new(),
        compact: String::new(),
    };
    match c {
        Published::Shown(c) => {
            let s = &c.stats;
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("share", pct(s.share_favourable));
            args.set("low", pct(s.favourable_interval.low));
            args.set("high", pct(s.favourable_interval.high));
            let change = match c.change {
                Some(d) if d > 0.0 => format!("+{}", num(d)),
                Some(d) if d < 0.0 => format!("−{}", num(-d)),
                Some(_) => "0".to_owned(),
                None => tr.t("reports-none"),
            };
            let rank = match (c.rank, rank_of) {
                (Some(r), Some(of)) => {
                    let mut a = fluent_bundle::FluentArgs::new();
                    a.set("rank", r);
                    a.set("of", of);
                    tr.t_with("reports-rank-value", &a)
                }
                _ => tr.t("reports-none"),
            };
            CellView {
                shown: true,
                note: String::new(),
                n: format::indian_number(i64::try_from(s.n).unwrap_or(i64::MAX)),
                mean: num(s.mean),
                median: num(s.median),
                favourable: tr.t_with("reports-favourable-value", &args),
                change,
                rank,
                compact: format!("{} · {}", pct(s.share_favourable), s.n),
            }
        }
        Published::Suppressed if unrated => blank(tr.t("reports-no-ratings")),
        Published::Suppressed => blank(tr.t_args("reports-suppressed", "k", k.get())),
    }
}

fn group_rows(tr: &Tr, k: MinCell, rows: &[Row], name: impl Fn(&str) -> String) -> Vec<(String, Vec<CellView>)> {
    rows.iter()
        .map(|r| {
            let cells = r.cells.iter().enumerate().map(|(j, c)| cell(tr, k, c, r.unrated.get(j).copied().unwrap_or(false), None)).collect();
            (name(&r.key), cells)
        })
        .collect()
}

/// The whole score card as the page shows it. `with_institutions` is off for the federation
/// view, which groups only.
pub fn card_view(tr: &Tr, template: &Template, card: &Scorecard, names: &Names<'_>, with_institutions: bool) -> CardView {
    let k = card.k;
    let indicator_labels: Vec<String> = card.indicators.iter().map(|c| label(tr, template, c)).collect();
    let mut indicators = Vec::new();
    let mut institutions: Vec<InstitutionCard> = Vec::new();
    if with_institutions {
        institutions = card
            .by_institution
            .iter()
            .map(|inst| InstitutionCard {
                name: names.institutions.get(&inst.id).map(|i| i.name.clone()).unwrap_or_else(|| inst.id.to_string()),
                kind: tr.label("institution-type", inst.kind.code()),
                lines: Vec::with_capacity(indicator_labels.len()),
            })
            .collect();
        for (j, label) in indicator_labels.iter().enumerate() {
            let mut rows = Vec::new();
            let mut bars = Vec::new();
            for (i, inst) in card.by_institution.iter().enumerate() {
                let Some(c) = inst.cells.get(j) else { continue };
                let name = names.institutions.get(&inst.id).map(|i| i.name.clone()).unwrap_or_else(|| inst.id.to_string());
                // Ranks are among shown institutions of the same type.
                let of = card.by_institution.iter().filter(|o| o.kind == inst.kind && o.cells.get(j).and_then(Published::shown).is_some()).count();
                bars.push(c.shown().map(|c| Bar {
                    label: name.clone(),
                    share: c.stats.share_favourable,
                    low: c.stats.favourable_interval.low,
                    high: c.stats.favourable_interval.high,
                }));
                let unrated = inst.unrated.get(j).copied().unwrap_or(false);
                if let Some(ic) = institutions.get_mut(i) {
                    ic.lines.push((label.clone(), cell(tr, k, c, unrated, Some(of))));
                }
                rows.push(InstitutionLine { name, kind: tr.label("institution-type", inst.kind.code()), cell: cell(tr, k, c, unrated, Some(of)) });
            }
            let chart = if bars.iter().any(Option::is_some) {
                charts::bar_chart(&tr.t_args("reports-chart-title", "indicator", label.clone()), &bars)
            } else {
                String::new()
            };
            indicators.push(IndicatorView { label: label.clone(), chart, rows });
        }
    }
    let total = group_rows(tr, k, std::slice::from_ref(&card.total), |_| tr.t("reports-total"));
    let mut groups = vec![GroupTable { id: "by-total", heading: tr.t("reports-total"), key_heading: tr.t("reports-total"), rows: total }];
    groups.push(GroupTable {
        id: "by-type",
        heading: tr.t("reports-by-type"),
        key_heading: tr.t("reports-col-type"),
        rows: group_rows(tr, k, &card.by_type, |key| tr.label("institution-type", key)),
    });
    if with_institutions {
        groups.push(GroupTable {
            id: "by-district",
            heading: tr.t("reports-by-district"),
            key_heading: tr.t("reports-col-district"),
            rows: group_rows(tr, k, &card.by_district, |key| names.districts.get(key).cloned().unwrap_or_else(|| key.to_owned())),
        });
    }
    groups.push(GroupTable {
        id: "by-state",
        heading: tr.t("reports-by-state"),
        key_heading: tr.t("reports-col-state"),
        rows: group_rows(tr, k, &card.by_state, |key| names.states.get(key).cloned().unwrap_or_else(|| key.to_owned())),
    });
    CardView { indicator_labels, indicators, institutions, groups }
}

/// The trend across rounds: one line per indicator, the total's share favourable.
pub fn trend_chart(tr: &Tr, template: &Template, trend: &[(Round, Scorecard)]) -> Option<String> {
    if trend.len() < 2 {
        return None;
    }
    let (_, last) = trend.last()?;
    let rounds: Vec<String> = trend.iter().map(|(r, _)| format!("{}-{:02}", r.period_end.year(), u8::from(r.period_end.month()))).collect();
    let series = last
        .indicators
        .iter()
        .map(|code| Series {
            label: label(tr, template, code),
            points: trend
                .iter()
                .map(|(_, c)| {
                    c.indicators
                        .iter()
                        .position(|i| i == code)
                        .and_then(|j| c.total.cells.get(j))
                        .and_then(Published::shown)
                        .map(|c| c.stats.share_favourable)
                })
                .collect(),
        })
        .collect::<Vec<_>>();
    Some(charts::trend_chart(&tr.t("reports-trend-title"), &rounds, &series))
}

/// A focus group's or the providers' scores, each point in words.
pub struct ScoresLine {
    pub who: String,
    pub institution: String,
    pub scores: String,
    pub reasons: String,
}

pub fn scores_line(tr: &Tr, template: &Template, who: String, institution: String, g: &GroupScores, with_reasons: bool) -> ScoresLine {
    let scores = g
        .points
        .iter()
        .map(|(code, point)| {
            let word = template
                .form
                .item(code)
                .and_then(|i| template.form.scale_of(i))
                .and_then(|s| s.points.get(*point))
                .map(|p| p.label.get(tr.lang()).to_owned())
                .unwrap_or_else(|| point.to_string());
            format!("{}: {word}", label(tr, template, code))
        })
        .collect::<Vec<_>>()
        .join("; ");
    ScoresLine { who, institution, scores, reasons: if with_reasons { g.reasons.clone() } else { String::new() } }
}

pub struct ActionLine {
    pub action: String,
    pub responsible: String,
    pub due: String,
    pub status: String,
    pub note: String,
}

pub fn action_lines(tr: &Tr, institutions: &BTreeMap<InstitutionId, Institution>, plan: &[PlanAction]) -> Vec<ActionLine> {
    plan.iter()
        .map(|a| {
            let institution = a.institution.and_then(|i| institutions.get(&i)).map(|i| i.name.clone());
            let responsible = match (institution, a.responsible.is_empty()) {
                (Some(i), false) => format!("{i} · {}", a.responsible),
                (Some(i), true) => i,
                (None, _) => a.responsible.clone(),
            };
            ActionLine {
                action: a.action.clone(),
                responsible,
                due: format::date(tr, a.due),
                status: tr.label("reports-action-status", a.status.code()),
                note: a.note.clone().unwrap_or_default(),
            }
        })
        .collect()
}
