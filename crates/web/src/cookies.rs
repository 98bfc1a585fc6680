//! The three cookies Dhruva sets, and nothing else: the session, the pre-login CSRF value and
//! the chosen language.

use axum::http::{header, HeaderMap, HeaderValue};
use cookie::{Cookie, SameSite};

/// Cookie names. With `Secure` the `__Host-` prefix makes the browser refuse any copy set by
/// a sibling subdomain or over plain HTTP (which would defeat the double-submit CSRF check);
/// browsers reject that prefix without `Secure`, so plain HTTP uses the bare names.
#[derive(Clone, Copy, Debug)]
pub struct CookieNames {
    pub session: &'static str,
    pub csrf: &'static str,
}

pub const LANG: &str = "dhruva_lang";

pub fn names(secure: bool) -> CookieNames {
    if secure {
        CookieNames { session: "__Host-dhruva_session", csrf: "__Host-dhruva_csrf" }
    } else {
        CookieNames { session: "dhruva_session", csrf: "dhruva_csrf" }
    }
}

/// The value of a cookie sent by the browser, if any.
pub fn read(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| Cookie::split_parse(v.to_owned()))
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_owned())
}

/// How long a cookie lives in the browser.
#[derive(Clone, Copy, Debug)]
pub enum Lifetime {
    /// Gone when the browser closes: sessions, on phones that are shared.
    BrowserSession,
    /// A year: only for the language, which is not a secret.
    Year,
    /// Expire it now.
    Expired,
}

pub fn set(name: &str, value: &str, secure: bool, http_only: bool, lifetime: Lifetime) -> Option<HeaderValue> {
    let mut c = Cookie::build((name.to_owned(), value.to_owned())).path("/").secure(secure).http_only(http_only).same_site(SameSite::Lax).build();
    match lifetime {
        Lifetime::BrowserSession => {}
        Lifetime::Year => c.set_max_age(cookie::time::Duration::days(365)),
        Lifetime::Expired => c.set_max_age(cookie::time::Duration::ZERO),
    }
    // Cookie values we set are base64url or language codes, always valid header text.
    HeaderValue::from_str(&c.to_string()).ok()
}

pub fn expire(name: &str, secure: bool) -> Option<HeaderValue> {
    set(name, "", secure, true, Lifetime::Expired)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cookie_is_found_among_several() {
        let mut h = HeaderMap::new();
        h.insert(header::COOKIE, HeaderValue::from_static("a=1; dhruva_lang=bn; b=2"));
        assert_eq!(read(&h, LANG).as_deref(), Some("bn"));
        assert_eq!(read(&h, "missing"), None);
    }

    #[test]
    fn session_cookies_are_http_only_lax_and_host_scoped() {
        let v = set(names(true).session, "tok", true, true, Lifetime::BrowserSession).expect("valid");
        let v = v.to_str().expect("ascii");
        for part in ["__Host-dhruva_session=tok", "HttpOnly", "Secure", "SameSite=Lax", "Path=/"] {
            assert!(v.contains(part), "{v} lacks {part}");
        }
        assert!(!v.contains("Max-Age"), "{v}");
    }
}
