//! Headers every response carries.
//!
//! The Content-Security-Policy allows our own stylesheet and nothing else: no script at all,
//! no frames, forms only to ourselves — and to the quick-exit site, because browsers apply
//! `form-action` to the redirect that answers a form, and quick exit is a form answered by a
//! redirect there. Anything not explicitly cacheable (the stylesheet) is `no-store`, so that
//! on a shared phone the back button or the cache shows nothing after logging out or a quick
//! exit.

use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

/// The policy, with the origin of the quick-exit URL allowed as a form target.
pub fn content_security_policy(quick_exit_url: &str) -> HeaderValue {
    let exit = origin(quick_exit_url).map(|o| format!(" {o}")).unwrap_or_default();
    if exit.is_empty() {
        tracing::warn!("the quick-exit URL has no usable origin; browsers may block quick exit's redirect");
    }
    let csp =
        format!("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'{exit}; frame-ancestors 'none'; base-uri 'none'");
    HeaderValue::from_str(&csp).unwrap_or_else(|_| {
        HeaderValue::from_static("default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
    })
}

/// `https://host[:port]` of an http(s) URL, if it is plainly one (nothing that could smuggle
/// another directive into the policy).
fn origin(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    if scheme != "https" && scheme != "http" {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next()?;
    let plain = !authority.is_empty() && !authority.contains('@') && authority.bytes().all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b));
    plain.then(|| format!("{scheme}://{}", authority.to_ascii_lowercase()))
}

const PERMISSIONS: &str = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

pub async fn headers(State(app): State<AppState>, req: Request, next: Next) -> Response {
    let mut response = next.run(req).await;
    let h = response.headers_mut();
    // A response with a policy of its own (an attached file: `sandbox`) keeps it, and gets
    // ours beside it; browsers enforce both.
    if h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.append(header::CONTENT_SECURITY_POLICY, app.csp.clone());
    } else {
        h.insert(header::CONTENT_SECURITY_POLICY, app.csp.clone());
    }
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert("permissions-policy", HeaderValue::from_static(PERMISSIONS));
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    h.insert("cross-origin-resource-policy", HeaderValue::from_static("same-origin"));
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_exit_origin_is_the_only_other_form_target() {
        let csp = content_security_policy("https://www.google.com/search?q=weather");
        assert!(csp.to_str().expect("ascii").contains("form-action 'self' https://www.google.com;"), "{csp:?}");
        let local = content_security_policy("http://127.0.0.1:8081/neutral");
        assert!(local.to_str().expect("ascii").contains("form-action 'self' http://127.0.0.1:8081;"));
    }

    #[test]
    fn odd_quick_exit_urls_add_nothing_to_the_policy() {
        for url in ["javascript:alert(1)", "https://a.example; script-src *", "https://user@a.example/", "ftp://a.example"] {
            let csp = content_security_policy(url);
            assert!(csp.to_str().expect("ascii").contains("form-action 'self';"), "{url}: {csp:?}");
        }
    }
}
