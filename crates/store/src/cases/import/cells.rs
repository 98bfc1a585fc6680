//! What one cell may hold: a code, a date, an amount in rupees, a piece of text. Each reader
//! says what is wrong in one problem; none of them guesses.

use super::sheet::Cell;
use super::CaseImportProblem as P;
use time::{Date, Month};

/// A cell as trimmed text (`None` when blank). Whole numbers read back without a decimal point,
/// so a reference typed as a number stays `1234`, not `1234.0`.
pub(crate) fn text(cell: &Cell) -> Result<Option<String>, P> {
    match cell {
        Cell::Empty => Ok(None),
        Cell::Text(t) => {
            let t = t.trim();
            Ok((!t.is_empty()).then(|| t.to_owned()))
        }
        Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => Ok(Some(format!("{n:.0}"))),
        Cell::Number(n) => Ok(Some(n.to_string())),
        Cell::Date(d) => Ok(Some(d.to_string())),
        Cell::NotUtf8 => Err(P::NotUtf8),
        Cell::Unreadable => Err(P::Unreadable),
    }
}

/// A code (`partly_granted`): case and the spaces or dashes of a typed label are forgiven.
pub(crate) fn code(cell: &Cell) -> Result<Option<String>, P> {
    Ok(text(cell)?.map(|t| t.to_lowercase().split([' ', '-', '_']).filter(|w| !w.is_empty()).collect::<Vec<_>>().join("_")))
}

/// `YYYY-MM-DD`, `DD/MM/YYYY` (or `DD-MM-YYYY`), or a cell the spreadsheet holds as a date.
/// A two-digit year or a month-first date is refused: `03/04/2024` is read day-first, as
/// written in India, and `04/03/24` could be two centuries.
pub(crate) fn date(cell: &Cell) -> Result<Option<Date>, P> {
    match cell {
        Cell::Date(d) => return Ok(Some(*d)),
        Cell::Number(_) => return Err(P::BadDate),
        _ => {}
    }
    let Some(t) = text(cell)? else { return Ok(None) };
    let parts: Vec<&str> = t.split(['-', '/']).collect();
    let [a, b, c] = parts[..] else { return Err(P::BadDate) };
    let (year, month, day) = if a.len() == 4 {
        (a, b, c)
    } else if c.len() == 4 && a.len() <= 2 && b.len() <= 2 {
        (c, b, a)
    } else {
        return Err(P::BadDate);
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(year) && digits(month) && digits(day)) {
        return Err(P::BadDate);
    }
    let number = |s: &str| s.parse::<u16>().map_err(|_| P::BadDate);
    let year = i32::from(number(year)?);
    let month = u8::try_from(number(month)?).ok().and_then(|m| Month::try_from(m).ok()).ok_or(P::BadDate)?;
    let day = u8::try_from(number(day)?).map_err(|_| P::BadDate)?;
    if year < 1900 {
        return Err(P::BadDate);
    }
    Date::from_calendar_date(year, month, day).map(Some).map_err(|_| P::BadDate)
}

/// Above any compensation in India by orders of magnitude; beyond it is a typing slip.
const MAX_RUPEES: i64 = 1_000_000_000_000;

/// Whole rupees: `150000`, `1,50,000` (Indian grouping) or `150,000`, with `₹`, `Rs` or `INR`
/// before it and `.00` after it allowed. Paise, negative amounts and words are refused.
pub(crate) fn rupees(cell: &Cell) -> Result<Option<i64>, P> {
    if let Cell::Number(n) = cell {
        // Whole numbers up to MAX_RUPEES are exact in an f64 both ways.
        #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
        return if n.fract() == 0.0 && *n >= 0.0 && *n <= MAX_RUPEES as f64 { Ok(Some(*n as i64)) } else { Err(P::BadAmount) };
    }
    let Some(t) = text(cell)? else { return Ok(None) };
    let mut t = t.as_str();
    for prefix in ["₹", "rs.", "rs", "inr"] {
        if t.len() >= prefix.len() && t.is_char_boundary(prefix.len()) && t[..prefix.len()].eq_ignore_ascii_case(prefix) {
            t = t[prefix.len()..].trim_start();
            break;
        }
    }
    let whole = t.strip_suffix(".00").or_else(|| t.strip_suffix(".0")).unwrap_or(t);
    // Commas only between digits: `1,50,000` and `150,000`, never `,5` or `1,,0`.
    let groups: Vec<&str> = whole.split(',').collect();
    if groups.iter().any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit())) {
        return Err(P::BadAmount);
    }
    let amount: i64 = groups.concat().parse().map_err(|_| P::BadAmount)?;
    if amount > MAX_RUPEES {
        return Err(P::BadAmount);
    }
    Ok(Some(amount))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn t(s: &str) -> Cell {
        Cell::Text(s.to_owned())
    }

    #[test]
    fn dates_are_read_year_first_or_day_first_and_nothing_else() {
        assert_eq!(date(&t("2024-03-04")), Ok(Some(date!(2024 - 03 - 04))));
        assert_eq!(date(&t(" 04/03/2024 ")), Ok(Some(date!(2024 - 03 - 04))));
        assert_eq!(date(&t("4-3-2024")), Ok(Some(date!(2024 - 03 - 04))));
        assert_eq!(date(&Cell::Date(date!(2023 - 12 - 31))), Ok(Some(date!(2023 - 12 - 31))));
        assert_eq!(date(&Cell::Empty), Ok(None));
        for bad in ["04/03/24", "2024/03/04x", "31/02/2024", "2024-13-01", "March 4, 2024", "13/13/2024", "0001-01-01", "2024-3"] {
            assert_eq!(date(&t(bad)), Err(P::BadDate), "{bad}");
        }
        assert_eq!(date(&Cell::Number(45000.0)), Err(P::BadDate), "a bare serial number is not taken for a date");
    }

    #[test]
    fn amounts_allow_indian_grouping_and_the_rupee_sign() {
        for (s, n) in
            [("150000", 150_000), ("1,50,000", 150_000), ("₹ 1,50,000", 150_000), ("Rs. 25,000.00", 25_000), ("INR 0", 0), ("150,000", 150_000)]
        {
            assert_eq!(rupees(&t(s)), Ok(Some(n)), "{s}");
        }
        assert_eq!(rupees(&Cell::Number(75000.0)), Ok(Some(75_000)));
        for bad in ["-5000", "1,50,000.50", "fifty thousand", ",500", "1,,000", "₹", "1e6"] {
            assert_eq!(rupees(&t(bad)), Err(P::BadAmount), "{bad}");
        }
        assert_eq!(rupees(&Cell::Number(12.5)), Err(P::BadAmount));
    }

    #[test]
    fn codes_forgive_case_spaces_and_dashes_and_numbers_read_back_whole() {
        assert_eq!(code(&t(" Partly granted ")), Ok(Some("partly_granted".to_owned())));
        assert_eq!(code(&t("Document-Recovery")), Ok(Some("document_recovery".to_owned())));
        assert_eq!(text(&Cell::Number(4521.0)), Ok(Some("4521".to_owned())));
        assert_eq!(text(&Cell::NotUtf8), Err(P::NotUtf8));
    }
}
