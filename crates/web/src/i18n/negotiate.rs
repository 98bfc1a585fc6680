//! Picking a language from `Accept-Language`, among the few Dhruva speaks.

use dhruva_core::registry::Language;

/// The most preferred language we have, from a header such as `bn-IN,bn;q=0.9,en;q=0.5`.
/// Region and script subtags are ignored: `hi-IN` is Hindi.
pub fn from_accept_language(header: &str) -> Option<Language> {
    let mut best: Option<(u16, Language)> = None;
    for item in header.split(',').take(20) {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let quality = parts.find_map(|p| p.trim().strip_prefix("q=")).map_or(Some(1000), parse_quality);
        let Some(quality) = quality.filter(|q| *q > 0) else {
            continue;
        };
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        let Some(lang) = Language::from_code(&primary) else {
            continue;
        };
        // Strictly greater: among equal weights the first listed wins, as the header intends.
        if best.is_none_or(|(q, _)| quality > q) {
            best = Some((quality, lang));
        }
    }
    best.map(|(_, lang)| lang)
}

/// `q` values are 0 to 1 with up to three decimals; kept as thousandths.
fn parse_quality(q: &str) -> Option<u16> {
    let value: f32 = q.trim().parse().ok()?;
    (0.0..=1.0).contains(&value).then(|| (value * 1000.0).round() as u16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_highest_weighted_known_language_wins() {
        assert_eq!(from_accept_language("bn-IN,bn;q=0.9,en;q=0.5"), Some(Language::Bengali));
        assert_eq!(from_accept_language("fr, en;q=0.4, te;q=0.8"), Some(Language::Telugu));
        assert_eq!(from_accept_language("hi_IN"), Some(Language::Hindi));
        assert_eq!(from_accept_language("en, bn"), Some(Language::English));
    }

    #[test]
    fn unknown_or_refused_languages_give_nothing() {
        assert_eq!(from_accept_language("fr, de;q=0.5"), None);
        assert_eq!(from_accept_language("bn;q=0"), None);
        assert_eq!(from_accept_language(""), None);
        assert_eq!(from_accept_language("bn;q=abc"), None);
    }
}
