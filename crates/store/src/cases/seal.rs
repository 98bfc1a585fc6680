//! Sealing her words under her data key. The associated data names the table, the row and the
//! column, so a ciphertext copied into another row (or another case's row) does not open.

use crate::{Keyring, StoreError};
use dhruva_core::Sensitive;
use dhruva_forms::RawAnswers;

/// Associated data for one sealed column of one row.
pub(super) fn field(table: &str, id: i64, column: &str) -> String {
    format!("{table}:{id}:{column}")
}

pub(super) fn seal_text(keys: &Keyring, key: &[u8], aad: &str, text: &str) -> Result<Vec<u8>, StoreError> {
    keys.seal(key, aad, text.as_bytes())
}

pub(super) fn seal_optional(keys: &Keyring, key: &[u8], aad: &str, text: Option<&Sensitive<String>>) -> Result<Option<Vec<u8>>, StoreError> {
    text.map(|t| seal_text(keys, key, aad, t.expose())).transpose()
}

pub(super) fn open_text(keys: &Keyring, key: &[u8], aad: &str, sealed: &[u8]) -> Result<Sensitive<String>, StoreError> {
    let bytes = keys.open(key, aad, sealed)?.into_inner();
    String::from_utf8(bytes).map(Sensitive::new).map_err(|_| corrupt("a decrypted text is not UTF-8"))
}

pub(super) fn open_optional(keys: &Keyring, key: &[u8], aad: &str, sealed: Option<Vec<u8>>) -> Result<Option<Sensitive<String>>, StoreError> {
    sealed.map(|s| open_text(keys, key, aad, &s)).transpose()
}

pub(super) fn seal_details(keys: &Keyring, key: &[u8], aad: &str, details: &RawAnswers) -> Result<Vec<u8>, StoreError> {
    let plain = zeroize::Zeroizing::new(serde_json::to_vec(details).map_err(|_| corrupt("details cannot be written"))?);
    keys.seal(key, aad, &plain)
}

pub(super) fn open_details(keys: &Keyring, key: &[u8], aad: &str, sealed: &[u8]) -> Result<Sensitive<RawAnswers>, StoreError> {
    let plain = keys.open(key, aad, sealed)?;
    serde_json::from_slice(plain.expose()).map(Sensitive::new).map_err(|_| corrupt("sealed details do not parse"))
}

/// Deliberately vague: the detail of a bad plaintext must not end up in a log.
pub(super) fn corrupt(detail: &str) -> StoreError {
    StoreError::Corrupt { table: "cases", detail: detail.to_owned() }
}
