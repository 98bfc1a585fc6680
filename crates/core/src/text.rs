//! Text she types, made one shape before anything checks or keeps it: every form's and every
//! store's text goes through [`clean`].
//!
//! - A NUL character is refused: no keyboard types it, PostgreSQL cannot store it.
//! - Spaces, zero-width characters and direction marks are trimmed from both ends; a value of
//!   nothing else is empty. Inside the text they stay (a zero-width joiner or non-joiner
//!   shapes Bengali, Hindi and Telugu conjuncts).
//! - The rest is normalised to NFC, so the same word typed on two phones is the same text.

use unicode_normalization::UnicodeNormalization;

/// Why a text was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextProblem {
    /// It holds a NUL (or another control character than tab, line feed and carriage return).
    Control,
}

/// Invisible characters that carry nothing alone: zero-width space, joiners, word joiner,
/// the byte-order mark, and the direction marks, embeddings, overrides and isolates.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}' | '\u{180E}')
}

/// The text as kept: NFC, trimmed of spaces and invisible characters at both ends. Empty when
/// nothing visible was typed.
pub fn clean(raw: &str) -> Result<String, TextProblem> {
    if raw.chars().any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r')) {
        return Err(TextProblem::Control);
    }
    let trimmed = raw.trim_matches(|c: char| c.is_whitespace() || is_invisible(c));
    Ok(trimmed.nfc().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nul_and_control_characters_are_refused() {
        assert_eq!(clean("a\0b"), Err(TextProblem::Control));
        assert_eq!(clean("\u{7}"), Err(TextProblem::Control));
        assert_eq!(clean("two\nlines\twith a tab\r\n").as_deref(), Ok("two\nlines\twith a tab"));
    }

    #[test]
    fn invisible_only_is_empty_and_ends_are_trimmed() {
        assert_eq!(clean("\u{200B}\u{200E}\u{200F} \u{FEFF}\u{2067}").as_deref(), Ok(""));
        assert_eq!(clean("\u{200F}রূপা\u{200E} ").as_deref(), Ok("রূপা"));
    }

    #[test]
    fn joiners_inside_indic_words_stay() {
        // র‍্যাব: a zero-width joiner inside shapes the conjunct.
        let word = "র\u{200D}্যাব";
        assert_eq!(clean(word).as_deref(), Ok(word));
    }

    #[test]
    fn text_is_normalised_to_nfc() {
        // ো typed as its two parts (ে + া) becomes the one precomposed letter.
        assert_eq!(clean("\u{0995}\u{09C7}\u{09BE}").as_deref(), Ok("\u{0995}\u{09CB}"));
        assert_eq!(clean("e\u{0301}").as_deref(), Ok("\u{00E9}"));
        assert_eq!(clean("🙂 ok").as_deref(), Ok("🙂 ok"));
    }
}
