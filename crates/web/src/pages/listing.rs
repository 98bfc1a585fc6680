//! Search and paging for long lists of members (a roster, the federation's contacts, the
//! casework desk): pages are plain links, the search a POST form. Nothing needs JavaScript.
//!
//! The search is posted, never put in the address: a term is often a member's name, and an
//! address ends up in the phone's history, a proxy's access log and a `Referer`. Its answer
//! is the page itself with every match (up to [`MAX_FOUND`]), so it needs no paging links that
//! would carry the term.
//!
//! The search runs in memory over what the page has already been allowed to show: a member
//! code always, a name only where the policy gave this reader the name (names are sealed, so
//! there is nothing to search in the database, and a search never asks for a name the page
//! would not show). The term is never logged: no handler records its query string.

use crate::i18n::Tr;

/// Rows per page: a light page on 2G, a short scroll on a phone.
pub const PER_PAGE: usize = 25;

/// The most matches a search shows; a term that finds more asks her to type more of it.
pub const MAX_FOUND: usize = 100;

/// The longest search term kept; a longer one is cut (no code or name is this long).
const MAX_TERM_CHARS: usize = 100;

/// What a list page takes: `?page=…` in its address, `q` (the search) only from its POST
/// form. Anything unreadable is "no search, page 1".
#[derive(serde::Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub page: String,
}

/// The search term as she typed it, cleaned like every text (NFC, invisible-only is empty).
pub fn term(raw: &str) -> String {
    crate::validate::clean_lossy(raw).chars().filter(|c| !c.is_control()).take(MAX_TERM_CHARS).collect::<String>().trim().to_owned()
}

/// A page number counted from 1; anything else is page 1.
pub fn page_number(raw: &str) -> usize {
    raw.trim().parse::<usize>().ok().filter(|p| *p >= 1).map_or(1, |p| p.min(100_000))
}

/// Whether a member matches the term: by her code always, by her name only where it is shown.
pub fn matches(term: &str, code: &str, name: Option<&str>) -> bool {
    if term.is_empty() {
        return true;
    }
    let t = term.to_lowercase();
    code.to_lowercase().contains(&t) || name.is_some_and(|n| n.to_lowercase().contains(&t))
}

/// One page of a list: which rows, and the links around it.
pub struct Pager {
    /// "21–25 of 25", or "Nothing found for …" when a search found nothing.
    pub line: String,
    pub previous: Option<String>,
    pub next: Option<String>,
}

impl Pager {
    pub fn is_needed(&self) -> bool {
        self.previous.is_some() || self.next.is_some()
    }
}

/// The matches of a search: the first [`MAX_FOUND`], no paging links (they would carry the
/// term in an address).
pub fn found<T>(tr: &Tr, rows: Vec<T>) -> (Vec<T>, Pager) {
    let (shown, mut pager) = page_sized(tr, rows, 1, MAX_FOUND, |_| String::new());
    pager.next = None;
    pager.previous = None;
    (shown, pager)
}

/// A page of the list without a search, or the matches of a posted one.
pub fn page_or_found<T>(tr: &Tr, rows: Vec<T>, term: &str, page: usize, size: usize, href: impl Fn(usize) -> String) -> (Vec<T>, Pager) {
    if term.is_empty() {
        page_sized(tr, rows, page, size, href)
    } else {
        found(tr, rows)
    }
}

/// Cuts `rows` to page `page` of `size` rows, with links built by `href(page)`.
pub fn page_sized<T>(tr: &Tr, rows: Vec<T>, page: usize, size: usize, href: impl Fn(usize) -> String) -> (Vec<T>, Pager) {
    let total = rows.len();
    let pages = total.div_ceil(size).max(1);
    let page = page.min(pages);
    let first = (page - 1) * size;
    let shown: Vec<T> = rows.into_iter().skip(first).take(size).collect();
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("first", if total == 0 { 0 } else { first + 1 });
    args.set("last", first + shown.len());
    args.set("total", total);
    let pager = Pager {
        line: tr.t_with("nav-list-showing", &args),
        previous: (page > 1).then(|| href(page - 1)),
        next: (page < pages).then(|| href(page + 1)),
    };
    (shown, pager)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_always_matches_a_name_only_where_shown() {
        assert!(matches("", "AB12", None));
        assert!(matches("ab1", "AB12", None));
        assert!(!matches("asha", "AB12", None), "a hidden name is not searched");
        assert!(matches("asha", "AB12", Some("Asha Mondal")));
        assert!(matches("আশা", "AB12", Some("আশা মণ্ডল")));
    }

    #[test]
    fn a_term_is_cleaned_and_cut() {
        assert_eq!(term("  \u{200B}  "), "");
        assert_eq!(term(" Asha\u{0} "), "Asha");
        assert_eq!(term(&"x".repeat(500)).len(), MAX_TERM_CHARS);
        assert_eq!(page_number("x"), 1);
        assert_eq!(page_number("0"), 1);
        assert_eq!(page_number("3"), 3);
    }
}
