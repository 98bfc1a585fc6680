//! The providers' own wording for a score card's self-assessment.
//!
//! The survivors' form asks her about her visit ("did they listen to you?"). The officials
//! who run the service assess the same indicators on the same scales, but their questions are
//! about their own office ("do your staff listen to survivors?"). Each shipped template has a
//! file `forms/scorecards/<template>-providers.toml` with a label and a hint per indicator in
//! every language, and an introduction; the self-assessment page reads its words from there.
//! Answers are stored by indicator and point exactly as before, so nothing else changes.

use crate::error::FormError;
use crate::model::Text;
use crate::parse::REQUIRED_LANGUAGES;
use crate::scorecard::Template;
use dhruva_core::registry::Language;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The files shipped, compiled in: one per template.
const BUILTIN_SOURCES: [&str; 2] =
    [include_str!("../../../forms/scorecards/standard-providers.toml"), include_str!("../../../forms/scorecards/care-0-100-providers.toml")];

/// Providers' words for one template.
#[derive(Clone, Debug, PartialEq)]
pub struct ProviderWording {
    pub template: String,
    pub intro: Text,
    /// By indicator code.
    pub items: BTreeMap<String, ProviderItem>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ProviderItem {
    pub label: Text,
    pub hint: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWording {
    template: String,
    intro: BTreeMap<String, String>,
    items: Vec<RawItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    name: String,
    label: BTreeMap<String, String>,
    hint: BTreeMap<String, String>,
}

/// Every language, not only the forms' required two: officials read it in their own.
fn all_languages(map: BTreeMap<String, String>, what: impl Fn() -> String) -> Result<Text, FormError> {
    for code in map.keys() {
        if Language::from_code(code).is_none() {
            return Err(FormError::UnknownLanguage { what: what(), code: code.clone() });
        }
    }
    let text = Text(map.into_iter().map(|(k, v)| (k, v.trim().to_owned())).collect());
    for lang in REQUIRED_LANGUAGES.iter().chain(&[Language::Hindi, Language::Telugu]) {
        if text.exact(*lang).is_none_or(str::is_empty) {
            return Err(FormError::MissingText { what: what(), language: lang.code() });
        }
    }
    Ok(text)
}

impl ProviderWording {
    /// Reads a wording file and checks it against the templates it may belong to: it names
    /// one of them, every indicator of that template has words, and it names nothing else.
    pub fn from_toml(source: &str, templates: &[Template]) -> Result<ProviderWording, FormError> {
        let raw: RawWording = toml::from_str(source).map_err(|e| FormError::Toml { message: e.to_string() })?;
        let template =
            templates.iter().find(|t| t.id() == raw.template).ok_or_else(|| FormError::UnknownTemplate { template: raw.template.clone() })?;
        let intro = all_languages(raw.intro, || "providers' introduction".to_owned())?;
        let mut items = BTreeMap::new();
        for item in raw.items {
            if template.indicator(&item.name).is_none() {
                return Err(FormError::NotAnIndicator { name: item.name });
            }
            if items.contains_key(&item.name) {
                return Err(FormError::DuplicateItem { name: item.name });
            }
            let name = item.name.clone();
            let label = all_languages(item.label, || format!("providers' label of `{name}`"))?;
            let hint = all_languages(item.hint, || format!("providers' hint of `{name}`"))?;
            items.insert(item.name, ProviderItem { label, hint });
        }
        if let Some(missing) = template.indicators.iter().find(|i| !items.contains_key(&i.code)) {
            return Err(FormError::ProviderWordingMissing { indicator: missing.code.clone() });
        }
        Ok(ProviderWording { template: raw.template, intro, items })
    }
}

/// Each shipped wording file, parsed afresh against the shipped templates.
pub fn parse_builtin() -> Vec<Result<ProviderWording, FormError>> {
    let templates = crate::scorecard::builtin();
    BUILTIN_SOURCES.iter().map(|s| ProviderWording::from_toml(s, templates)).collect()
}

/// The providers' words for this template, if it has them (a file that does not parse is
/// left out rather than taking the server down; the tests make sure none is).
pub fn for_template(id: &str) -> Option<&'static ProviderWording> {
    static BUILTIN: OnceLock<Vec<ProviderWording>> = OnceLock::new();
    BUILTIN.get_or_init(|| parse_builtin().into_iter().filter_map(Result::ok).collect()).iter().find(|w| w.template == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: [Language; 4] = [Language::English, Language::Bengali, Language::Hindi, Language::Telugu];

    #[test]
    fn every_shipped_template_has_providers_words_for_every_indicator_in_every_language() {
        for result in parse_builtin() {
            result.expect("a providers' wording file parses");
        }
        for template in crate::scorecard::builtin() {
            let wording = for_template(template.id()).unwrap_or_else(|| panic!("{} has providers' words", template.id()));
            for indicator in &template.indicators {
                let words = &wording.items[&indicator.code];
                for lang in LANGS {
                    assert!(
                        !words.label.get(lang).is_empty() && !words.hint.get(lang).is_empty(),
                        "{} {} {}",
                        template.id(),
                        indicator.code,
                        lang.code()
                    );
                }
            }
        }
    }

    #[test]
    fn providers_are_never_asked_the_survivors_questions_word_for_word() {
        for template in crate::scorecard::builtin() {
            let wording = for_template(template.id()).expect("words");
            for indicator in &template.indicators {
                let item = template.form.item(&indicator.code).expect("an item");
                let survivors = item.hint.as_ref().expect("survivors' hint");
                let providers = &wording.items[&indicator.code].hint;
                for lang in LANGS {
                    assert_ne!(
                        providers.get(lang),
                        survivors.get(lang),
                        "{} {} in {}: the same question",
                        template.id(),
                        indicator.code,
                        lang.code()
                    );
                }
                // Spoken to the office, not to a woman about her visit.
                let en = providers.get(Language::English).to_lowercase();
                for phrase in ["did they", "when you went", "did you get", "did you feel"] {
                    assert!(!en.contains(phrase), "{} {}: {en}", template.id(), indicator.code);
                }
            }
        }
    }

    #[test]
    fn a_wording_file_missing_an_indicator_or_naming_a_stranger_is_refused() {
        let templates = crate::scorecard::builtin();
        let text = include_str!("../../../forms/scorecards/standard-providers.toml");
        let cut = text.split("[[items]]\nname = \"shelter_conditions\"").next().expect("the file");
        assert_eq!(ProviderWording::from_toml(cut, templates), Err(FormError::ProviderWordingMissing { indicator: "shelter_conditions".into() }));
        let stranger = text.replace("name = \"safety\"", "name = \"weather\"");
        assert_eq!(ProviderWording::from_toml(&stranger, templates), Err(FormError::NotAnIndicator { name: "weather".into() }));
        let no_telugu = text.replacen(", te = \"ఈ సేవ", ", xx_te = \"ఈ సేవ", 1);
        assert!(matches!(ProviderWording::from_toml(&no_telugu, templates), Err(FormError::UnknownLanguage { .. })));
        let other = text.replace("template = \"standard\"", "template = \"nonesuch\"");
        assert_eq!(ProviderWording::from_toml(&other, templates), Err(FormError::UnknownTemplate { template: "nonesuch".into() }));
    }
}
