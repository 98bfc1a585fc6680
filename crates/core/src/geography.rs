//! India's states and districts, referred to by stable codes.
//!
//! A state code is its ISO 3166-2:IN suffix (`WB`); a district code is the state code and a
//! slug of the district's name (`WB-kolkata`). Codes never change once issued, so districts
//! added later (or renamed) keep references valid.

use serde::{Deserialize, Serialize};
use std::fmt;
use thiserror::Error;

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DistrictCode(String);

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct StateCode(String);

#[derive(Debug, Error, PartialEq, Eq)]
pub enum GeographyError {
    #[error("a state code is two capital letters, such as WB")]
    BadStateCode,
    #[error("a district code is a state code, a dash and lower-case words joined by dashes, such as WB-kolkata")]
    BadDistrictCode,
}

impl StateCode {
    pub fn parse(s: &str) -> Result<Self, GeographyError> {
        if s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase()) {
            Ok(StateCode(s.to_owned()))
        } else {
            Err(GeographyError::BadStateCode)
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl DistrictCode {
    pub fn parse(s: &str) -> Result<Self, GeographyError> {
        let (state, slug) = s.split_once('-').ok_or(GeographyError::BadDistrictCode)?;
        StateCode::parse(state).map_err(|_| GeographyError::BadDistrictCode)?;
        let slug_ok = !slug.is_empty()
            && !slug.starts_with('-')
            && !slug.ends_with('-')
            && !slug.contains("--")
            && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if slug_ok {
            Ok(DistrictCode(s.to_owned()))
        } else {
            Err(GeographyError::BadDistrictCode)
        }
    }

    /// Makes the code for a district added later: the state code and a slug of its name.
    pub fn for_new_district(state: &StateCode, name: &str) -> Result<Self, GeographyError> {
        let mut slug = String::new();
        for c in name.chars().flat_map(char::to_lowercase) {
            if c.is_ascii_alphanumeric() {
                slug.push(c);
            } else if !slug.is_empty() && !slug.ends_with('-') {
                slug.push('-');
            }
        }
        let slug = slug.trim_end_matches('-');
        DistrictCode::parse(&format!("{}-{}", state.as_str(), slug))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn state(&self) -> StateCode {
        StateCode(self.0[..2].to_owned())
    }
}

macro_rules! string_conversions {
    ($t:ident) => {
        impl TryFrom<String> for $t {
            type Error = GeographyError;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                $t::parse(&s)
            }
        }
        impl From<$t> for String {
            fn from(c: $t) -> String {
                c.0
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}
string_conversions!(StateCode);
string_conversions!(DistrictCode);

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct State {
    pub code: StateCode,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct District {
    pub code: DistrictCode,
    pub name: String,
    pub state: StateCode,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn district_codes_carry_their_state() {
        let code = DistrictCode::parse("WB-24-paraganas-north").expect("valid");
        assert_eq!(code.state().as_str(), "WB");
    }

    #[test]
    fn malformed_codes_are_refused() {
        for bad in ["", "WB", "wb-kolkata", "WB-", "WB-Kolkata", "WB--x", "W-kolkata", "WB-kol kata"] {
            assert!(DistrictCode::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn new_districts_get_a_slug_code() {
        let wb = StateCode::parse("WB").expect("valid");
        let code = DistrictCode::for_new_district(&wb, "Jhargram (New)").expect("valid");
        assert_eq!(code.as_str(), "WB-jhargram-new");
    }
}
