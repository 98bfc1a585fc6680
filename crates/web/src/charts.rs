//! Server-rendered SVG charts for score cards: small inline `<svg>` fragments, so a page costs
//! one request and works without JavaScript on a cheap phone, and prints as vectors.
//!
//! The functions are pure: they take what is to be shown and return markup. They never
//! receive a suppressed value — callers pass `None`, and a `None` item is left out of the
//! drawing entirely (no bar, no point, no number), so a chart cannot leak what a table hides.
//! Text is escaped here; colours are presentation attributes and classes, because the
//! Content-Security-Policy (`style-src 'self'`) forbids inline `style`.

use std::fmt::Write as _;

/// Width of every chart in user units; the stylesheet scales it to the column.
const WIDTH: f64 = 320.0;
/// Room on the left for labels (institution names, indicator names).
const LABEL_W: f64 = 120.0;
const ROW_H: f64 = 22.0;
const BAR_H: f64 = 12.0;
/// Space at the bottom for the 0 / 50 / 100 % axis.
const AXIS_H: f64 = 16.0;
/// Labels longer than this are cut with an ellipsis; the table beside gives them in full.
const LABEL_CHARS: usize = 18;

/// One bar: the share favourable (0..=1) and its 95 % interval.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub share: f64,
    pub low: f64,
    pub high: f64,
}

/// One line of a trend: a value (0..=1) per round, `None` where nothing may be shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: String,
    pub points: Vec<Option<f64>>,
}

/// Text for SVG/HTML: the five characters that could end an attribute or start markup.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn short(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        label.to_owned()
    } else {
        let cut: String = label.chars().take(LABEL_CHARS - 1).collect();
        format!("{cut}…")
    }
}

/// Clamped to 0..=1, and NaN treated as 0, so no coordinate can be absurd.
fn unit(v: f64) -> f64 {
    if v.is_nan() {
        0.0
    } else {
        v.clamp(0.0, 1.0)
    }
}

fn percent(v: f64) -> String {
    format!("{:.0}%", unit(v) * 100.0)
}

/// The x coordinate of a share on the plotting area.
fn x_of(share: f64) -> f64 {
    LABEL_W + unit(share) * (WIDTH - LABEL_W - 8.0)
}

fn axis(out: &mut String, y: f64) {
    for (v, anchor) in [(0.0, "start"), (0.5, "middle"), (1.0, "end")] {
        let x = x_of(v);
        let _ = write!(out, r##"<line x1="{x:.1}" y1="0" x2="{x:.1}" y2="{y:.1}" stroke="#ccc" stroke-width="0.5"/>"##);
        let _ = write!(out, r##"<text x="{x:.1}" y="{:.1}" font-size="9" text-anchor="{anchor}" fill="#555">{}</text>"##, y + 11.0, percent(v));
    }
}

/// A horizontal bar chart of the share favourable per item, the interval as a whisker.
/// Items given as `None` are not drawn at all. `title` names the chart for screen readers.
pub fn bar_chart(title: &str, bars: &[Option<Bar>]) -> String {
    let shown: Vec<&Bar> = bars.iter().flatten().collect();
    let plot_h = ROW_H * shown.len().max(1) as f64;
    let height = plot_h + AXIS_H;
    let mut out = String::with_capacity(256 + shown.len() * 320);
    let _ = write!(
        out,
        r#"<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:.0} {height:.0}" role="img" aria-label="{}">"#,
        escape(title)
    );
    let _ = write!(out, "<title>{}</title>", escape(title));
    axis(&mut out, plot_h);
    for (i, bar) in shown.iter().enumerate() {
        let top = i as f64 * ROW_H;
        let mid = top + ROW_H / 2.0;
        let end = x_of(bar.share);
        let (low, high) = (x_of(bar.low.min(bar.high)), x_of(bar.high.max(bar.low)));
        let _ = write!(
            out,
            r##"<g class="bar"><text x="{:.1}" y="{:.1}" font-size="10" text-anchor="end" fill="#1d1d1f">{}</text>"##,
            LABEL_W - 4.0,
            mid + 3.5,
            escape(&short(&bar.label))
        );
        let _ = write!(
            out,
            r##"<rect x="{LABEL_W:.1}" y="{:.1}" width="{:.1}" height="{BAR_H:.1}" fill="#0b5394"><title>{}: {}</title></rect>"##,
            mid - BAR_H / 2.0,
            end - LABEL_W,
            escape(&bar.label),
            percent(bar.share)
        );
        let _ = write!(
            out,
            r##"<path d="M{low:.1} {mid:.1}H{high:.1}M{low:.1} {:.1}V{:.1}M{high:.1} {:.1}V{:.1}" stroke="#1d1d1f" stroke-width="1.2" fill="none"/></g>"##,
            mid - 4.0,
            mid + 4.0,
            mid - 4.0,
            mid + 4.0
        );
    }
    out.push_str("</svg>");
    out
}

/// Small multiples, one row per series: the value in each round as a point on a line, rounds
/// left (oldest) to right (newest). A `None` point is not drawn and breaks the line.
pub fn trend_chart(title: &str, rounds: &[String], series: &[Series]) -> String {
    let columns = rounds.len().max(1);
    let step = if columns > 1 { (WIDTH - LABEL_W - 16.0) / (columns - 1) as f64 } else { 0.0 };
    let x = |i: usize| LABEL_W + 8.0 + step * i as f64;
    let plot_h = ROW_H * series.len().max(1) as f64;
    let height = plot_h + AXIS_H;
    let mut out = String::with_capacity(256 + series.len() * 200);
    let _ = write!(
        out,
        r#"<svg class="chart trend" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:.0} {height:.0}" role="img" aria-label="{}">"#,
        escape(title)
    );
    let _ = write!(out, "<title>{}</title>", escape(title));
    for (i, round) in rounds.iter().enumerate() {
        let anchor = if columns == 1 {
            "middle"
        } else if i == 0 {
            "start"
        } else if i + 1 == columns {
            "end"
        } else {
            "middle"
        };
        let _ = write!(
            out,
            r##"<text x="{:.1}" y="{:.1}" font-size="9" text-anchor="{anchor}" fill="#555">{}</text>"##,
            x(i),
            plot_h + 11.0,
            escape(&short(round))
        );
    }
    for (row, s) in series.iter().enumerate() {
        let top = row as f64 * ROW_H;
        // Each row's own band: 0 % at its bottom, 100 % at its top.
        let y = |v: f64| top + ROW_H - 3.0 - unit(v) * (ROW_H - 6.0);
        let _ = write!(
            out,
            r##"<g class="series"><text x="{:.1}" y="{:.1}" font-size="10" text-anchor="end" fill="#1d1d1f">{}</text>"##,
            LABEL_W - 4.0,
            top + ROW_H / 2.0 + 3.5,
            escape(&short(&s.label))
        );
        let _ = write!(
            out,
            r##"<line x1="{LABEL_W:.1}" y1="{:.1}" x2="{WIDTH:.0}" y2="{:.1}" stroke="#ddd" stroke-width="0.5"/>"##,
            top + ROW_H,
            top + ROW_H
        );
        let mut path = String::new();
        let mut pen_down = false;
        for (i, p) in s.points.iter().enumerate().take(columns) {
            match p {
                Some(v) => {
                    let _ = write!(path, "{}{:.1} {:.1}", if pen_down { "L" } else { "M" }, x(i), y(*v));
                    pen_down = true;
                }
                None => pen_down = false,
            }
        }
        if !path.is_empty() {
            let _ = write!(out, r##"<path d="{path}" stroke="#0b5394" stroke-width="1.5" fill="none"/>"##);
        }
        for (i, p) in s.points.iter().enumerate().take(columns) {
            if let Some(v) = p {
                let _ = write!(out, r##"<circle cx="{:.1}" cy="{:.1}" r="2.5" fill="#0b5394"><title>{}</title></circle>"##, x(i), y(*v), percent(*v));
            }
        }
        out.push_str("</g>");
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks that every tag is closed in order and attributes are quoted: enough to know
    /// the fragment is well-formed XML without pulling a parser into the web crate.
    fn assert_well_formed(svg: &str) {
        let mut stack: Vec<String> = Vec::new();
        let mut rest = svg;
        while let Some(open) = rest.find('<') {
            assert!(!rest[..open].contains('>'), "a stray '>' in text: {svg}");
            let close = rest[open..].find('>').expect("tag closed") + open;
            let tag = &rest[open + 1..close];
            assert_eq!(tag.matches('"').count() % 2, 0, "unbalanced quotes in <{tag}>");
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(stack.pop().as_deref(), Some(name), "mismatched </{name}> in {svg}");
            } else if !tag.ends_with('/') {
                stack.push(tag.split_whitespace().next().expect("a name").to_owned());
            }
            rest = &rest[close + 1..];
        }
        assert!(stack.is_empty(), "unclosed {stack:?}");
        assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"));
    }

    fn bar(label: &str, share: f64) -> Option<Bar> {
        Some(Bar { label: label.to_owned(), share, low: (share - 0.1).max(0.0), high: (share + 0.1).min(1.0) })
    }

    /// The widths of the bars' rectangles, in order.
    fn widths(svg: &str) -> Vec<f64> {
        svg.split("<rect ")
            .skip(1)
            .map(|r| {
                let at = r.find("width=\"").expect("a width") + 7;
                r[at..at + r[at..].find('"').expect("quoted")].parse().expect("a number")
            })
            .collect()
    }

    #[test]
    fn a_bar_chart_is_well_formed_and_carries_no_script_or_style() {
        let svg = bar_chart("Respect <& dignity>", &[bar("Thana \"A\"", 0.4), bar("DLSA", 0.9)]);
        assert_well_formed(&svg);
        for banned in ["<script", "style=", " on", "javascript:", "<style"] {
            assert!(!svg.contains(banned), "{banned} in {svg}");
        }
        assert!(svg.contains("Respect &lt;&amp; dignity&gt;"));
        assert!(svg.contains("Thana &quot;A&quot;"));
    }

    #[test]
    fn bars_are_proportional_to_the_share_favourable() {
        let w = widths(&bar_chart("t", &[bar("a", 0.25), bar("b", 0.5), bar("c", 1.0), bar("d", 0.0)]));
        assert_eq!(w.len(), 4);
        assert!((w[1] - 2.0 * w[0]).abs() < 0.2, "{w:?}");
        assert!((w[2] - 4.0 * w[0]).abs() < 0.2, "{w:?}");
        assert_eq!(w[3], 0.0);
    }

    #[test]
    fn a_suppressed_item_leaves_no_trace_in_the_chart() {
        let with = bar_chart("t", &[bar("Shown one", 0.5), None, bar("Other", 0.7)]);
        let without = bar_chart("t", &[bar("Shown one", 0.5), bar("Other", 0.7)]);
        assert_eq!(with, without, "a None bar changes nothing, not even the spacing");
        assert_eq!(widths(&with).len(), 2);
    }

    #[test]
    fn odd_values_are_kept_inside_the_chart() {
        let w = widths(&bar_chart("t", &[bar("nan", f64::NAN), bar("big", 7.0), bar("neg", -1.0)]));
        assert_eq!(w[0], 0.0);
        assert!(w[1] <= WIDTH - LABEL_W);
        assert_eq!(w[2], 0.0);
    }

    #[test]
    fn a_trend_is_well_formed_and_skips_rounds_with_nothing_shown() {
        let rounds = vec!["2024".to_owned(), "2025".to_owned(), "2026".to_owned()];
        let series = vec![
            Series { label: "Timeliness".to_owned(), points: vec![Some(0.2), None, Some(0.6)] },
            Series { label: "Safety <b>".to_owned(), points: vec![Some(0.5), Some(0.5), Some(0.5)] },
        ];
        let svg = trend_chart("Trend", &rounds, &series);
        assert_well_formed(&svg);
        assert_eq!(svg.matches("<circle ").count(), 5, "the suppressed point is not drawn");
        // The first line is broken where nothing is shown: two moves, no line segment.
        let first = svg.split("<path d=\"").nth(1).expect("a path");
        let first = &first[..first.find('"').expect("quoted")];
        assert_eq!(first.matches('M').count(), 2, "{first}");
        assert!(!first.contains('L'), "{first}");
        assert!(svg.contains("Safety &lt;b&gt;"));
    }

    #[test]
    fn long_labels_are_shortened_but_the_full_one_stays_in_the_tooltip() {
        let long = "District Legal Services Authority, North 24 Parganas";
        let svg = bar_chart("t", &[bar(long, 0.5)]);
        assert!(svg.contains(&format!("<title>{long}: 50%</title>")));
        assert!(svg.contains("District Legal Se…"));
    }
}
