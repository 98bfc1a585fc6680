//! Numbers and dates the way they are written in India.

use crate::i18n::Tr;
use time::Date;

/// Indian digit grouping: the last three digits, then groups of two (lakh, crore):
/// `1234567` → `12,34,567`.
pub fn indian_number(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 2 + 1);
    if n < 0 {
        out.push('-');
    }
    let len = digits.len();
    for (i, c) in digits.chars().enumerate() {
        let remaining = len - i;
        // A comma goes before the last three digits and before every second digit above them.
        if i > 0 && remaining >= 3 && (remaining - 3) % 2 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Rupees from paise, e.g. `₹12,34,567.50`; whole rupees drop the paise.
pub fn rupees(paise: i64) -> String {
    let sign = if paise < 0 { "-" } else { "" };
    let abs = paise.unsigned_abs();
    let whole = indian_number(i64::try_from(abs / 100).unwrap_or(i64::MAX));
    match abs % 100 {
        0 => format!("{sign}₹{whole}"),
        p => format!("{sign}₹{whole}.{p:02}"),
    }
}

/// A date with the month's name in the reader's language: `24 নভেম্বর 2026`.
pub(crate) fn date(tr: &Tr, d: Date) -> String {
    format!("{} {} {}", d.day(), tr.t(&format!("month-{}", u8::from(d.month()))), d.year())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locales;
    use dhruva_core::registry::Language;
    use std::sync::Arc;
    use time::macros::date;

    #[test]
    fn numbers_are_grouped_in_lakhs_and_crores() {
        let cases = [
            (0, "0"),
            (7, "7"),
            (999, "999"),
            (1000, "1,000"),
            (12345, "12,345"),
            (100000, "1,00,000"),
            (1234567, "12,34,567"),
            (10000000, "1,00,00,000"),
            (123456789, "12,34,56,789"),
            (-1234567, "-12,34,567"),
        ];
        for (n, want) in cases {
            assert_eq!(indian_number(n), want, "{n}");
        }
        assert_eq!(indian_number(i64::MIN), "-92,23,37,20,36,85,47,75,808");
    }

    #[test]
    fn rupees_show_paise_only_when_there_are_some() {
        assert_eq!(rupees(123456700), "₹12,34,567");
        assert_eq!(rupees(50), "₹0.50");
        assert_eq!(rupees(-100005), "-₹1,000.05");
    }

    #[test]
    fn dates_name_the_month_in_the_readers_language() {
        let locales = Arc::new(Locales::load());
        let bn = Tr::new(locales.clone(), Language::Bengali);
        assert_eq!(date(&bn, date!(2026 - 11 - 24)), "24 নভেম্বর 2026");
        let en = Tr::new(locales, Language::English);
        assert_eq!(date(&en, date!(2026 - 01 - 05)), "5 January 2026");
    }
}
