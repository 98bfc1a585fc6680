//! Cross-site request forgery protection for every state-changing form.
//!
//! A form carries `csrf` = HMAC(key, binding), where the binding is the session id once
//! signed in, or before that a random value the browser also holds in a cookie (the
//! double-submit pattern, made unforgeable by the HMAC). The token is masked with a fresh
//! random pad on every page so that gzip cannot leak it byte by byte (BREACH).
//! Independently, requests a browser marks as cross-site are refused outright.

use axum::http::{header, HeaderMap};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::digest::KeyInit;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

pub type HmacSha256 = Hmac<Sha256>;
const MAC_LEN: usize = 32;

pub struct CsrfKey(HmacSha256);

/// What a token is tied to.
#[derive(Clone, Copy, Debug)]
pub enum Binding<'a> {
    Session(&'a str),
    Anonymous(&'a str),
}

impl CsrfKey {
    pub fn new(key: [u8; 32]) -> Self {
        CsrfKey(keyed_hmac(&key))
    }

    fn mac(&self, binding: Binding<'_>) -> HmacSha256 {
        let mut mac = self.0.clone();
        match binding {
            Binding::Session(id) => {
                mac.update(b"session\0");
                mac.update(id.as_bytes());
            }
            Binding::Anonymous(v) => {
                mac.update(b"anonymous\0");
                mac.update(v.as_bytes());
            }
        }
        mac
    }

    /// A token for one rendered page: `pad || (pad XOR mac)`, base64url.
    pub fn token(&self, binding: Binding<'_>) -> String {
        let mac = self.mac(binding).finalize().into_bytes();
        let mut out = [0u8; 2 * MAC_LEN];
        rand::thread_rng().fill_bytes(&mut out[..MAC_LEN]);
        for i in 0..MAC_LEN {
            out[MAC_LEN + i] = out[i] ^ mac[i];
        }
        URL_SAFE_NO_PAD.encode(out)
    }

    /// Whether `token` was made by [`CsrfKey::token`] for this binding. Constant time.
    pub fn verify(&self, binding: Binding<'_>, token: &str) -> bool {
        let Ok(raw) = URL_SAFE_NO_PAD.decode(token.as_bytes()) else {
            return false;
        };
        if raw.len() != 2 * MAC_LEN {
            return false;
        }
        let unmasked: Vec<u8> = (0..MAC_LEN).map(|i| raw[i] ^ raw[MAC_LEN + i]).collect();
        self.mac(binding).verify_slice(&unmasked).is_ok()
    }
}

/// HMAC-SHA256 keyed with a 32-byte secret. HMAC zero-pads short keys to its 64-byte block,
/// so passing the padded block through the infallible constructor is the same function as
/// `new_from_slice(key)` without a `Result` that can never be an error.
pub fn keyed_hmac(key: &[u8; 32]) -> HmacSha256 {
    let mut block = [0u8; 64];
    block[..32].copy_from_slice(key);
    <HmacSha256 as KeyInit>::new(&block.into())
}

/// A fresh random value for the pre-login cookie.
pub fn new_anonymous_value() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Whether a cookie value looks like one we made (so junk is replaced, not trusted).
pub fn is_well_formed(value: &str) -> bool {
    value.len() == 43 && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Whether the browser says this request comes from another site. Modern browsers send
/// `Sec-Fetch-Site`; older ones at least an `Origin` we can compare with `Host`.
pub fn is_cross_site(headers: &HeaderMap, behind_proxy: bool) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        // "none" is a user action such as a bookmark; "same-site" is a sibling subdomain,
        // which is as foreign to us as any other site.
        return !matches!(site, "same-origin" | "none");
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    if origin == "null" {
        // Sent by privacy modes and after redirects: no evidence either way; the token decides.
        return false;
    }
    let host = behind_proxy.then(|| headers.get("x-forwarded-host")).flatten().or_else(|| headers.get(header::HOST)).and_then(|v| v.to_str().ok());
    let origin_host = origin.split_once("://").map(|(_, rest)| rest).unwrap_or(origin);
    host != Some(origin_host)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn key() -> CsrfKey {
        CsrfKey::new([7; 32])
    }

    #[test]
    fn a_token_verifies_only_for_its_own_binding() {
        let t = key().token(Binding::Session("s1"));
        assert!(key().verify(Binding::Session("s1"), &t));
        assert!(!key().verify(Binding::Session("s2"), &t));
        assert!(!key().verify(Binding::Anonymous("s1"), &t));
        assert!(!CsrfKey::new([8; 32]).verify(Binding::Session("s1"), &t));
    }

    #[test]
    fn tokens_differ_on_every_page_but_all_verify() {
        let (a, b) = (key().token(Binding::Anonymous("x")), key().token(Binding::Anonymous("x")));
        assert_ne!(a, b);
        assert!(key().verify(Binding::Anonymous("x"), &a) && key().verify(Binding::Anonymous("x"), &b));
    }

    #[test]
    fn garbage_tokens_are_refused() {
        for t in ["", "abc", "!!!!", &"A".repeat(86)] {
            assert!(!key().verify(Binding::Session("s1"), t), "{t}");
        }
    }

    #[test]
    fn the_padded_key_gives_standard_hmac() {
        let mut a = keyed_hmac(&[9; 32]);
        let mut b = <HmacSha256 as Mac>::new_from_slice(&[9; 32]).expect("any length");
        a.update(b"x");
        b.update(b"x");
        assert_eq!(a.finalize().into_bytes(), b.finalize().into_bytes());
    }

    #[test]
    fn anonymous_values_are_well_formed() {
        assert!(is_well_formed(&new_anonymous_value()));
        assert!(!is_well_formed("short"));
    }

    #[test]
    fn cross_site_requests_are_recognised() {
        let mut h = HeaderMap::new();
        h.insert(header::HOST, HeaderValue::from_static("dhruva.example"));
        assert!(!is_cross_site(&h, false));
        h.insert(header::ORIGIN, HeaderValue::from_static("https://dhruva.example"));
        assert!(!is_cross_site(&h, false));
        h.insert(header::ORIGIN, HeaderValue::from_static("https://evil.example"));
        assert!(is_cross_site(&h, false));
        h.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        assert!(!is_cross_site(&h, false), "Sec-Fetch-Site is the better witness");
        h.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert!(is_cross_site(&h, false));
    }
}
