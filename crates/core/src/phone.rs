//! Indian mobile numbers, parsed once at the edge into one canonical form.

use crate::Sensitive;
use thiserror::Error;

/// A 10-digit Indian mobile number (first digit 6–9), stored without the `+91` prefix.
#[derive(Clone, PartialEq, Eq)]
pub struct PhoneNumber(Sensitive<String>);

#[derive(Debug, Error, PartialEq, Eq)]
pub enum PhoneError {
    #[error("a mobile number has 10 digits")]
    WrongLength,
    #[error("an Indian mobile number starts with 6, 7, 8 or 9")]
    BadPrefix,
    #[error("a mobile number holds only digits, spaces, dashes and an optional +91")]
    BadCharacter,
}

impl PhoneNumber {
    /// Accepts `98300 12345`, `+91-98300-12345`, `09830012345` and the like.
    pub fn parse(input: &str) -> Result<Self, PhoneError> {
        let mut digits = String::with_capacity(12);
        for (i, c) in input.trim().chars().enumerate() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' | '(' | ')' => {}
                '+' if i == 0 => {}
                _ => return Err(PhoneError::BadCharacter),
            }
        }
        let national = if digits.len() == 12 && digits.starts_with("91") {
            &digits[2..]
        } else if digits.len() == 11 && digits.starts_with('0') {
            &digits[1..]
        } else {
            &digits[..]
        };
        if national.len() != 10 {
            return Err(PhoneError::WrongLength);
        }
        if !matches!(national.as_bytes()[0], b'6'..=b'9') {
            return Err(PhoneError::BadPrefix);
        }
        Ok(PhoneNumber(Sensitive::new(national.to_owned())))
    }

    /// The canonical 10 digits: what is encrypted, and what the blind index is computed over.
    pub fn canonical(&self) -> &str {
        self.0.expose()
    }

    /// Whether a login name looks like a phone number rather than a username.
    pub fn looks_like_phone(input: &str) -> bool {
        let digits = input.chars().filter(char::is_ascii_digit).count();
        digits >= 10 && input.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c))
    }
}

impl std::fmt::Debug for PhoneNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PhoneNumber([redacted])")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_spellings_of_one_number_are_the_same_number() {
        for input in ["9830012345", "98300 12345", "+91 98300-12345", "09830012345", "919830012345"] {
            assert_eq!(PhoneNumber::parse(input).map(|p| p.canonical().to_owned()), Ok("9830012345".into()), "{input}");
        }
    }

    #[test]
    fn landlines_short_numbers_and_letters_are_refused() {
        assert_eq!(PhoneNumber::parse("12345"), Err(PhoneError::WrongLength));
        assert_eq!(PhoneNumber::parse("0331234567"), Err(PhoneError::BadPrefix));
        assert_eq!(PhoneNumber::parse("98300abcde"), Err(PhoneError::BadCharacter));
    }

    #[test]
    fn debug_hides_the_number() {
        let p = PhoneNumber::parse("9830012345").expect("valid");
        assert!(!format!("{p:?}").contains("98300"));
    }
}
