//! A wrapper for personal data that must never be printed by accident.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Holds a value that identifies or endangers a person (a name, a phone number, a note).
///
/// `Debug` and `Display` print `[redacted]`, so the value cannot slip into a log line, an
/// error message or a panic. Reading it takes a deliberate call to [`Sensitive::expose`].
#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Sensitive<T>(T);

impl<T> Sensitive<T> {
    pub fn new(value: T) -> Self {
        Sensitive(value)
    }

    /// The value itself. Every call site is a place where personal data leaves the wrapper.
    pub fn expose(&self) -> &T {
        &self.0
    }

    pub fn into_inner(self) -> T {
        self.0
    }

    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Sensitive<U> {
        Sensitive(f(self.0))
    }
}

impl<T> From<T> for Sensitive<T> {
    fn from(value: T) -> Self {
        Sensitive(value)
    }
}

impl<T> fmt::Debug for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl<T> fmt::Display for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_never_show_the_value() {
        let name = Sensitive::new(String::from("Rupa Mondal"));
        assert_eq!(format!("{name:?}"), "[redacted]");
        assert_eq!(format!("{name}"), "[redacted]");
        assert_eq!(format!("{:?}", Some(&name)), "Some([redacted])");
        assert_eq!(name.expose(), "Rupa Mondal");
    }
}
