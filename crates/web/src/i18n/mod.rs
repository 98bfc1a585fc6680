//! Translations: Fluent files per language under `locales/<lang>/`, compiled into the binary.
//! Each language's files are concatenated into one bundle (a key may be defined only once
//! across them); files are split by area so that areas can grow independently.
//!
//! Every user-facing string comes from these files, looked up by key. Keys for coded enums
//! are `<prefix>-<code>` (`stage-peer_group`), so adding a variant means adding a line per
//! language, which the tests below enforce.

mod negotiate;

pub use negotiate::from_accept_language;

use dhruva_core::registry::Language;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

/// The files of one language, in order. A new area adds its file to this list.
macro_rules! locale_files {
    ($lang:literal) => {
        concat!(
            include_str!(concat!("../../../../locales/", $lang, "/dhruva.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $lang, "/privacy.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $lang, "/rights.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $lang, "/reports.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $lang, "/scorecards.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $lang, "/casework.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $lang, "/cases.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $lang, "/figures.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $lang, "/decisions.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $lang, "/rating.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $lang, "/welcome.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $lang, "/navigation.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $lang, "/federation_setup.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $lang, "/invitations.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $lang, "/registry.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $lang, "/registration.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $lang, "/member_import.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $lang, "/offices.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $lang, "/staff.ftl")),
        )
    };
}

const SOURCES: &[(Language, &str)] = &[
    (Language::English, locale_files!("en")),
    (Language::Bengali, locale_files!("bn")),
    (Language::Hindi, locale_files!("hi")),
    (Language::Telugu, locale_files!("te")),
];

type Bundle = FluentBundle<FluentResource>;

pub struct Locales {
    bundles: Vec<(Language, Bundle)>,
}

impl Locales {
    pub fn load() -> Self {
        let bundles = SOURCES.iter().map(|(lang, source)| (*lang, bundle(*lang, source))).collect();
        Locales { bundles }
    }

    fn bundle(&self, lang: Language) -> Option<&Bundle> {
        self.bundles.iter().find(|(l, _)| *l == lang).map(|(_, b)| b)
    }

    fn format(&self, lang: Language, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let bundle = self.bundle(lang)?;
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(key, lang = lang.code(), "translation formatted with errors");
        }
        Some(text.into_owned())
    }
}

fn bundle(lang: Language, source: &str) -> Bundle {
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Bidi isolation marks (U+2068/9) show as boxes on cheap phones and all our scripts run
    // left to right.
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, errors)| {
        tracing::error!(lang = lang.code(), errors = errors.len(), "translation file has syntax errors");
        partial
    });
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::error!(lang = lang.code(), errors = errors.len(), "translation file has duplicate keys");
    }
    bundle
}

/// A translator for one language. Cheap to clone.
#[derive(Clone)]
pub struct Tr {
    locales: Arc<Locales>,
    lang: Language,
}

impl Tr {
    pub fn new(locales: Arc<Locales>, lang: Language) -> Self {
        Tr { locales, lang }
    }

    pub fn lang(&self) -> Language {
        self.lang
    }

    /// The text for `key`; English if this language lacks it; the key itself as a last resort
    /// (visible, so a missing string gets noticed, and never personal).
    pub fn t(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The text for `key` with one argument, e.g. a count that also picks the plural form.
    pub fn t_args(&self, key: &str, name: &str, value: impl Into<FluentValue<'static>>) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), value.into());
        self.format(key, Some(&args))
    }

    /// The text for `key` with several arguments.
    pub fn t_with(&self, key: &str, args: &FluentArgs<'_>) -> String {
        self.format(key, Some(args))
    }

    /// The label of a coded value, e.g. `label("stage", "peer_group")`.
    pub fn label(&self, prefix: &str, code: &str) -> String {
        self.t(&format!("{prefix}-{code}"))
    }

    /// Every language, named in itself (`বাংলা`), for the switcher.
    pub fn self_names(&self) -> Vec<(&'static str, String)> {
        self.locales.bundles.iter().map(|(lang, _)| (lang.code(), Tr::new(self.locales.clone(), *lang).t("language-self-name"))).collect()
    }

    fn format(&self, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        self.locales.format(self.lang, key, args).or_else(|| self.locales.format(Language::English, key, args)).unwrap_or_else(|| {
            tracing::warn!(key, "missing translation");
            key.to_owned()
        })
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod words;
