//! Score card templates: a form whose rating items are the indicators survivors rate
//! institutions on, some only for certain kinds of institution.
//!
//! A template file is a form file with one extra section:
//! `[scorecard.applies_to]` mapping an indicator to the institution types it is asked about
//! (indicators not listed are asked about every type).

use crate::error::FormError;
use crate::model::{Form, ItemKind};
use crate::parse::{build, parse_raw};
use dhruva_core::scorecard::stats::ScaleSpec;
use dhruva_core::scorecard::InstitutionType;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Template {
    pub form: Form,
    pub indicators: Vec<Indicator>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Indicator {
    /// The rating item's name.
    pub code: String,
    pub scale: String,
    /// `None`: asked about every type of institution.
    pub applies_to: Option<Vec<InstitutionType>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawScorecard {
    #[serde(default)]
    applies_to: BTreeMap<String, Vec<String>>,
}

/// The template files shipped in the repository, in the order they are offered.
const BUILTIN_SOURCES: [&str; 2] =
    [include_str!("../../../forms/scorecards/standard.toml"), include_str!("../../../forms/scorecards/care-0-100.toml")];

impl Template {
    pub fn from_toml(text: &str) -> Result<Template, FormError> {
        let mut raw = parse_raw(text)?;
        let section: RawScorecard = match raw.scorecard.take() {
            Some(v) => v.try_into().map_err(|e: toml::de::Error| FormError::Toml { message: e.to_string() })?,
            None => RawScorecard::default(),
        };
        let form = build(raw)?;
        let mut applies = BTreeMap::new();
        for (name, codes) in section.applies_to {
            let is_rating = form.item(&name).is_some_and(|i| matches!(i.kind, ItemKind::Rating { .. }));
            if !is_rating {
                return Err(FormError::NotAnIndicator { name });
            }
            let kinds = codes
                .into_iter()
                .map(|c| InstitutionType::from_code(&c).ok_or(FormError::UnknownInstitutionType { code: c }))
                .collect::<Result<Vec<_>, _>>()?;
            applies.insert(name, kinds);
        }
        let indicators: Vec<Indicator> = form
            .items
            .iter()
            .filter_map(|i| match &i.kind {
                ItemKind::Rating { scale } => Some(Indicator { code: i.name.clone(), scale: scale.clone(), applies_to: applies.remove(&i.name) }),
                _ => None,
            })
            .collect();
        if indicators.is_empty() {
            return Err(FormError::NoIndicators);
        }
        // She skips what she did not experience: a score card never forces an answer (and
        // nothing but what she answered is ever counted).
        if let Some(forced) = form.items.iter().find(|i| i.required && matches!(i.kind, ItemKind::Rating { .. })) {
            return Err(FormError::RequiredIndicator { name: forced.name.clone() });
        }
        Ok(Template { form, indicators })
    }

    pub fn id(&self) -> &str {
        &self.form.id
    }

    /// The indicators asked about an institution of this kind, in the form's order.
    pub fn indicators_for(&self, kind: InstitutionType) -> Vec<&Indicator> {
        self.indicators.iter().filter(|i| i.applies_to.as_ref().is_none_or(|k| k.contains(&kind))).collect()
    }

    pub fn indicator(&self, code: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.code == code)
    }

    /// The indicator's scale as aggregation needs it: each point's value and whether it is
    /// favourable. `None` for an unknown indicator.
    pub fn scale_spec(&self, indicator: &str) -> Option<ScaleSpec> {
        let scale = self.form.scale(&self.indicator(indicator)?.scale)?;
        Some(ScaleSpec {
            values: scale.points.iter().map(|p| p.value).collect(),
            favourable: (0..scale.points.len()).map(|i| scale.is_favourable(i)).collect(),
        })
    }
}

/// Every shipped template, each parsed once. A file that does not parse is left out rather
/// than taking the server down; the tests make sure none is.
pub fn builtin() -> &'static [Template] {
    static BUILTIN: OnceLock<Vec<Template>> = OnceLock::new();
    BUILTIN.get_or_init(|| parse_builtin().into_iter().filter_map(Result::ok).collect())
}

/// The shipped template with this id.
pub fn template(id: &str) -> Option<&'static Template> {
    builtin().iter().find(|t| t.form.id == id)
}

/// Each shipped template file, parsed afresh (for tests and for a start-up check).
pub fn parse_builtin() -> Vec<Result<Template, FormError>> {
    BUILTIN_SOURCES.iter().map(|s| Template::from_toml(s)).collect()
}

#[cfg(test)]
mod tests;
