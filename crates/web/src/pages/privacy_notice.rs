//! The privacy notice: public, in every language, linked from every page's footer and the
//! login page. What is kept and why, who sees what, for how long, how it is kept safe, and
//! a link to each of her rights.

use super::html;
use crate::error::WebError;
use crate::visit::Visit;
use askama::Template;
use axum::response::Response;
use dhruva_core::policy::{self, Action, Resource, Role};

#[derive(Template)]
#[template(path = "privacy.html")]
struct PrivacyPage {
    v: Visit,
    held: Vec<String>,
    who: Vec<String>,
    safe: Vec<String>,
    rights: Vec<(&'static str, String)>,
    /// A signed-in account that is not a member's: the rights above are members' pages, so
    /// they are listed without links, and what applies to this account is linked instead.
    staff: Option<Vec<(&'static str, String)>>,
}

/// Her rights and where each is exercised (the last four are pages of the rights slice).
pub const RIGHTS: &[(&str, &str)] = &[
    ("/profile/consents", "privacy-right-consents"),
    ("/profile/access-log", "privacy-right-access-log"),
    ("/profile/data", "privacy-right-my-data"),
    ("/profile/requests", "privacy-right-correction"),
    ("/profile/grievances", "privacy-right-grievance"),
    ("/profile/erase", "privacy-right-erase"),
];

fn numbered(v: &Visit, prefix: &str, count: usize) -> Vec<String> {
    (1..=count).map(|i| v.t(&format!("{prefix}-{i}"))).collect()
}

/// For a signed-in account that is not a member: where its own rights and its part in
/// members' rights are (its account page; the queues it answers, as the policy allows).
fn staff_links(v: &Visit) -> Option<Vec<(&'static str, String)>> {
    let who = v.signed_in.as_ref()?;
    if who.actor.member().is_some() {
        return None;
    }
    let mut links = vec![("/profile", v.t("nav-privacy-staff-account"))];
    if who.actor.has_role(Role::Leader) {
        links.push(("/requests", v.t("rights-home-corrections")));
    }
    if policy::decide(&who.actor, Action::AnswerGrievances, Resource::Deployment).allowed {
        links.push(("/grievances", v.t("rights-home-grievances")));
    }
    Some(links)
}

pub async fn show(v: Visit) -> Result<Response, WebError> {
    html(&PrivacyPage {
        staff: staff_links(&v),
        held: numbered(&v, "privacy-held", 5),
        who: numbered(&v, "privacy-who", 5),
        safe: numbered(&v, "privacy-safe", 4),
        rights: RIGHTS.iter().map(|(href, key)| (*href, v.t(key))).collect(),
        v,
    })
}

#[cfg(test)]
mod tests {
    use super::RIGHTS;
    use crate::i18n::{Locales, Tr};
    use dhruva_core::consent::Purpose;
    use dhruva_core::minors::{GuardianRelation, GuardianVerification};
    use dhruva_core::registry::Language;
    use std::sync::Arc;

    /// Keys this slice builds at run time (the literal scan cannot see them).
    fn runtime_keys() -> Vec<String> {
        let mut keys = Vec::new();
        for p in Purpose::ALL {
            keys.push(format!("purpose-{}", p.code()));
            keys.push(format!("purpose-{}-who", p.code()));
        }
        for m in dhruva_store::consent::METHODS {
            keys.push(format!("consent-method-{m}"));
        }
        keys.extend(GuardianRelation::ALL.iter().map(|r| format!("guardian-relation-{}", r.code())));
        keys.extend(GuardianVerification::ALL.iter().map(|r| format!("guardian-verification-{}", r.code())));
        keys.extend(crate::pages::access_log::WHAT_READ.iter().map(|a| format!("access-log-what-{a}")));
        keys.extend(crate::pages::access_log::WHAT_REFUSED.iter().map(|a| format!("access-log-what-refused-{a}")));
        keys.extend(["web", "api", "cli"].iter().map(|c| format!("channel-{c}")));
        for (prefix, n) in [("privacy-held", 5), ("privacy-who", 5), ("privacy-safe", 4)] {
            keys.extend((1..=n).map(|i| format!("{prefix}-{i}")));
        }
        keys.extend(RIGHTS.iter().map(|(_, k)| (*k).to_owned()));
        keys.extend(crate::pages::consents::DAY_PERIODS.iter().map(|k| (*k).to_owned()));
        keys
    }

    /// Keys used only with several arguments (`t_with`), which the literal scan cannot see;
    /// some are the same pattern in every language.
    const PATTERNS: &[&str] = &[
        "consent-record-line",
        "consent-record-withdrawn",
        "guardian-record-line",
        "guardian-record-withdrawn",
        "date-time",
        "access-log-who",
        "mentors-ended",
    ];

    #[test]
    fn every_key_built_at_run_time_exists_and_is_translated() {
        let locales = Arc::new(Locales::load());
        let en = Tr::new(locales.clone(), Language::English);
        for key in PATTERNS {
            assert_ne!(en.t(key), *key, "English lacks {key}");
        }
        for key in runtime_keys() {
            assert_ne!(en.t(&key), key, "English lacks {key}");
            for lang in [Language::Bengali, Language::Hindi, Language::Telugu] {
                let tr = Tr::new(locales.clone(), lang);
                assert_ne!(tr.t(&key), en.t(&key), "{} shows English for {key}", lang.code());
            }
        }
    }
}
