//! Keys and field encryption.
//!
//! Hierarchy: a 32-byte master key lives outside the database (a 0600 key file in the data
//! directory, or `DHRUVA_MASTER_KEY`). HKDF-SHA256 derives from it a key-encryption key, a
//! blind-index key and a secret for the web layer (CSRF). Each member has her own random data
//! key, stored only wrapped (XChaCha20-Poly1305) under the key-encryption key; her personal
//! fields are encrypted under her data key, with the field's name as associated data.
//! Destroying her wrapped key makes every copy of her ciphertext unreadable (erasure).

use crate::StoreError;
use dhruva_core::Sensitive;
use std::path::Path;

/// The root secret. Never printed, never stored in the database.
pub struct MasterKey(zeroize::Zeroizing<[u8; 32]>);

impl MasterKey {
    /// Reads `DHRUVA_MASTER_KEY`-style base64 text.
    pub fn from_base64(text: &str) -> Result<Self, StoreError> {
        let _ = text;
        todo!()
    }

    /// Reads `dir/master.key`, creating it (mode 0600, random) on first start.
    /// Returns the key and whether it was newly created.
    pub fn load_or_create(dir: &Path) -> Result<(Self, bool), StoreError> {
        let _ = dir;
        todo!()
    }

    /// A fresh random key (tests).
    pub fn generate() -> Self {
        todo!()
    }
}

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MasterKey([redacted])")
    }
}

/// The keys derived from the master key.
pub struct Keyring {
    _private: (),
}

impl Keyring {
    pub fn derive(master: &MasterKey) -> Self {
        let _ = master;
        todo!()
    }

    /// Keyed blind index of a canonical value (e.g. a phone number), for equality lookups
    /// without storing the plaintext. Hex text.
    pub fn blind_index(&self, purpose: &str, value: &str) -> String {
        let _ = (purpose, value);
        todo!()
    }

    /// A 32-byte secret for another layer (e.g. `"web-csrf"`), derived from the master key.
    pub fn subkey(&self, label: &str) -> [u8; 32] {
        let _ = label;
        todo!()
    }

    /// A new random data key for a member, wrapped under the key-encryption key.
    pub fn new_wrapped_data_key(&self) -> Result<Vec<u8>, StoreError> {
        todo!()
    }

    /// Encrypts `plaintext` under the data key in `wrapped_key`, binding it to `field`.
    pub fn seal(&self, wrapped_key: &[u8], field: &str, plaintext: &[u8]) -> Result<Vec<u8>, StoreError> {
        let _ = (wrapped_key, field, plaintext);
        todo!()
    }

    /// Decrypts what [`Keyring::seal`] produced; fails on a wrong key or tampering.
    pub fn open(&self, wrapped_key: &[u8], field: &str, ciphertext: &[u8]) -> Result<Sensitive<Vec<u8>>, StoreError> {
        let _ = (wrapped_key, field, ciphertext);
        todo!()
    }
}

impl std::fmt::Debug for Keyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Keyring([redacted])")
    }
}
