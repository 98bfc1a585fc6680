//! Scans and photos attached to a letter: size-limited, type-checked by their first bytes (and
//! the declared type must agree), sealed whole under her data key, and reachable only through
//! a random 128-bit token.

use super::CaseError;
use super::NewAttachment;
use rand::RngCore as _;

/// The largest file accepted: a phone photo of a letter fits, a video does not.
pub const MAX_ATTACHMENT_BYTES: usize = 5 * 1024 * 1024;
/// Files per correspondence entry.
pub const MAX_ATTACHMENTS: usize = 4;

/// The types accepted, each with the first bytes its files start with.
const ALLOWED: [&str; 4] = ["image/jpeg", "image/png", "image/webp", "application/pdf"];

/// What the bytes are, by their magic numbers; `None` for anything else.
pub(crate) fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else {
        None
    }
}

/// The declared type, lower-cased and without parameters (`image/JPEG; q=1` → `image/jpeg`);
/// `image/jpg` and `image/pjpeg` are what some phones send for JPEG.
fn declared(media_type: &str) -> String {
    let base = media_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    match base.as_str() {
        "image/jpg" | "image/pjpeg" => "image/jpeg".to_owned(),
        _ => base,
    }
}

/// Checks every file of an entry before anything is written, so a bad one refuses the whole
/// entry. Returns each file's type as its bytes show it.
pub(super) fn check_all(files: &[NewAttachment]) -> Result<Vec<&'static str>, CaseError> {
    if files.len() > MAX_ATTACHMENTS {
        return Err(CaseError::TooManyAttachments { max: MAX_ATTACHMENTS });
    }
    files.iter().map(check_one).collect()
}

fn check_one(file: &NewAttachment) -> Result<&'static str, CaseError> {
    let bytes = file.bytes.expose();
    if bytes.len() > MAX_ATTACHMENT_BYTES {
        return Err(CaseError::TooLarge { max: MAX_ATTACHMENT_BYTES });
    }
    let declared = declared(&file.media_type);
    if !ALLOWED.contains(&declared.as_str()) {
        return Err(CaseError::TypeNotAllowed);
    }
    match sniff(bytes) {
        None => Err(CaseError::TypeNotAllowed),
        Some(actual) if actual != declared => Err(CaseError::TypeMismatch),
        Some(actual) => Ok(actual),
    }
}

/// A fresh token: 16 random bytes as 32 lower-case hex characters.
pub(super) fn new_token() -> String {
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Whether `token` could be one of ours (checked before any query, so junk never reaches SQL
/// and lookups by prefix or pattern are impossible).
pub(super) fn is_token(token: &str) -> bool {
    token.len() == 32 && token.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Associated data of an attachment's sealed columns: its case and token.
pub(super) fn aad(case: i64, token: &str, column: &str) -> String {
    format!("case_attachments:{case}:{token}:{column}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use dhruva_core::Sensitive;

    fn file(media_type: &str, bytes: &[u8]) -> NewAttachment {
        NewAttachment { file_name: Sensitive::new("letter".to_owned()), media_type: media_type.to_owned(), bytes: Sensitive::new(bytes.to_vec()) }
    }

    #[test]
    fn each_allowed_type_is_recognised_by_its_first_bytes() {
        assert_eq!(check_one(&file("image/jpeg", b"\xFF\xD8\xFF\xE0rest")), Ok("image/jpeg"));
        assert_eq!(check_one(&file("image/jpg", b"\xFF\xD8\xFF\xE0rest")), Ok("image/jpeg"));
        assert_eq!(check_one(&file("image/png", b"\x89PNG\r\n\x1a\nrest")), Ok("image/png"));
        assert_eq!(check_one(&file("image/webp", b"RIFF\0\0\0\0WEBPVP8 ")), Ok("image/webp"));
        assert_eq!(check_one(&file("Application/PDF; charset=binary", b"%PDF-1.7\n")), Ok("application/pdf"));
    }

    #[test]
    fn a_file_that_is_not_what_it_says_or_not_allowed_is_refused() {
        assert_eq!(check_one(&file("image/png", b"\xFF\xD8\xFF\xE0")), Err(CaseError::TypeMismatch));
        assert_eq!(check_one(&file("image/gif", b"GIF89a")), Err(CaseError::TypeNotAllowed));
        assert_eq!(check_one(&file("application/pdf", b"<html>")), Err(CaseError::TypeNotAllowed));
        assert_eq!(check_one(&file("text/html", b"%PDF-1.7")), Err(CaseError::TypeNotAllowed));
    }

    #[test]
    fn size_and_count_are_limited() {
        let mut big = b"%PDF-".to_vec();
        big.resize(MAX_ATTACHMENT_BYTES + 1, 0);
        assert_eq!(check_one(&file("application/pdf", &big)), Err(CaseError::TooLarge { max: MAX_ATTACHMENT_BYTES }));
        big.truncate(MAX_ATTACHMENT_BYTES);
        assert!(check_one(&file("application/pdf", &big)).is_ok(), "exactly the limit is accepted");
        let five = vec![file("application/pdf", b"%PDF-1"); 5];
        assert_eq!(check_all(&five), Err(CaseError::TooManyAttachments { max: MAX_ATTACHMENTS }));
    }

    #[test]
    fn tokens_are_32_hex_characters_and_differ() {
        let (a, b) = (new_token(), new_token());
        assert!(is_token(&a) && is_token(&b));
        assert_ne!(a, b);
        assert!(!is_token("../etc/passwd") && !is_token(&a.to_uppercase()) && !is_token(&a[..31]));
    }
}
