//! Keys and field encryption.
//!
//! Hierarchy: a 32-byte master key lives outside the database (a 0600 key file in the data
//! directory, or `DHRUVA_MASTER_KEY`). HKDF-SHA256 derives from it a key-encryption key, a
//! blind-index key and a secret for the web layer (CSRF). Each member has her own random data
//! key, stored only wrapped (XChaCha20-Poly1305) under the key-encryption key; her personal
//! fields are encrypted under her data key, with the field's name as associated data.
//! Destroying her wrapped key makes every copy of her ciphertext unreadable (erasure).
//!
//! Every ciphertext (a wrapped key or a field) is `version (1 byte) || nonce (24) || sealed`.

mod key_file;

use crate::StoreError;
use base64::Engine as _;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use dhruva_core::Sensitive;
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use rand::rngs::OsRng;
use rand::RngCore;
use sha2::Sha256;
use std::path::Path;
use zeroize::Zeroizing;

const FORMAT_VERSION: u8 = 1;
const NONCE_LEN: usize = 24;
const KEY_LEN: usize = 32;
const HKDF_SALT: &[u8] = b"dhruva keyring v1";
/// Associated data of a wrapped data key, so a field ciphertext can never pass for one.
const WRAP_AAD: &[u8] = b"dhruva member data key";

/// The root secret. Never printed, never stored in the database.
pub struct MasterKey(zeroize::Zeroizing<[u8; 32]>);

impl MasterKey {
    /// Reads `DHRUVA_MASTER_KEY`-style base64 text.
    pub fn from_base64(text: &str) -> Result<Self, StoreError> {
        let bytes = Zeroizing::new(
            base64::engine::general_purpose::STANDARD.decode(text.trim()).map_err(|_| StoreError::MasterKey("it is not base64 text".to_owned()))?,
        );
        let key: [u8; KEY_LEN] = bytes.as_slice().try_into().map_err(|_| StoreError::MasterKey(format!("it must decode to {KEY_LEN} bytes")))?;
        Ok(MasterKey(Zeroizing::new(key)))
    }

    /// Reads `dir/master.key`, creating it (mode 0600, random) on first start.
    /// Returns the key and whether it was newly created.
    pub fn load_or_create(dir: &Path) -> Result<(Self, bool), StoreError> {
        key_file::load_or_create(dir)
    }

    /// A fresh random key (tests).
    pub fn generate() -> Self {
        let mut key = Zeroizing::new([0u8; KEY_LEN]);
        OsRng.fill_bytes(key.as_mut());
        MasterKey(key)
    }

    /// The key as base64 text, for writing the key file or handing it to a child process.
    pub fn to_base64(&self) -> Sensitive<String> {
        Sensitive::new(base64::engine::general_purpose::STANDARD.encode(self.0.as_ref()))
    }
}

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MasterKey([redacted])")
    }
}

/// The keys derived from the master key.
pub struct Keyring {
    key_encryption: Zeroizing<[u8; KEY_LEN]>,
    blind_index: Zeroizing<[u8; KEY_LEN]>,
    /// The root of [`Keyring::subkey`]: other layers never get the master key itself.
    subkey_root: Zeroizing<[u8; KEY_LEN]>,
}

impl Keyring {
    pub fn derive(master: &MasterKey) -> Self {
        let hkdf = Hkdf::<Sha256>::new(Some(HKDF_SALT), master.0.as_ref());
        let expand = |info: &[u8]| {
            let mut out = Zeroizing::new([0u8; KEY_LEN]);
            // Expanding 32 bytes from SHA-256 cannot exceed HKDF's 8160-byte limit.
            if hkdf.expand(info, out.as_mut()).is_err() {
                unreachable!("HKDF-SHA256 can expand 32 bytes");
            }
            out
        };
        Keyring { key_encryption: expand(b"key-encryption"), blind_index: expand(b"blind-index"), subkey_root: expand(b"subkeys") }
    }

    /// Keyed blind index of a canonical value (e.g. a phone number), for equality lookups
    /// without storing the plaintext. Hex text.
    pub fn blind_index(&self, purpose: &str, value: &str) -> String {
        let mut mac =
            <Hmac<Sha256> as Mac>::new_from_slice(self.blind_index.as_ref()).unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"));
        mac.update(purpose.as_bytes());
        mac.update(&[0]);
        mac.update(value.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    /// A 32-byte secret for another layer (e.g. `"web-csrf"`), derived from the master key.
    pub fn subkey(&self, label: &str) -> [u8; 32] {
        let mut out = [0u8; KEY_LEN];
        let Ok(hkdf) = Hkdf::<Sha256>::from_prk(self.subkey_root.as_ref()) else {
            unreachable!("a 32-byte PRK is long enough for HKDF-SHA256");
        };
        if hkdf.expand(label.as_bytes(), &mut out).is_err() {
            unreachable!("HKDF-SHA256 can expand 32 bytes");
        }
        out
    }

    /// A new random data key for a member, wrapped under the key-encryption key.
    pub fn new_wrapped_data_key(&self) -> Result<Vec<u8>, StoreError> {
        let mut data_key = Zeroizing::new([0u8; KEY_LEN]);
        OsRng.fill_bytes(data_key.as_mut());
        encrypt(&self.key_encryption, WRAP_AAD, data_key.as_ref())
    }

    /// Encrypts `plaintext` under the data key in `wrapped_key`, binding it to `field`.
    pub fn seal(&self, wrapped_key: &[u8], field: &str, plaintext: &[u8]) -> Result<Vec<u8>, StoreError> {
        let data_key = self.unwrap_data_key(wrapped_key)?;
        encrypt(&data_key, field.as_bytes(), plaintext)
    }

    /// Decrypts what [`Keyring::seal`] produced; fails on a wrong key or tampering.
    pub fn open(&self, wrapped_key: &[u8], field: &str, ciphertext: &[u8]) -> Result<Sensitive<Vec<u8>>, StoreError> {
        let data_key = self.unwrap_data_key(wrapped_key)?;
        decrypt(&data_key, field.as_bytes(), ciphertext).map(Sensitive::new)
    }

    fn unwrap_data_key(&self, wrapped_key: &[u8]) -> Result<Zeroizing<[u8; KEY_LEN]>, StoreError> {
        let bytes = Zeroizing::new(decrypt(&self.key_encryption, WRAP_AAD, wrapped_key)?);
        let key: [u8; KEY_LEN] = bytes.as_slice().try_into().map_err(|_| StoreError::Decrypt)?;
        Ok(Zeroizing::new(key))
    }
}

impl std::fmt::Debug for Keyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Keyring([redacted])")
    }
}

fn encrypt(key: &[u8; KEY_LEN], aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, StoreError> {
    let cipher = XChaCha20Poly1305::new(key.into());
    let mut nonce = [0u8; NONCE_LEN];
    OsRng.fill_bytes(&mut nonce);
    let sealed = cipher
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: plaintext, aad })
        .map_err(|_| StoreError::Invalid("a value is too large to encrypt".to_owned()))?;
    let mut out = Vec::with_capacity(1 + NONCE_LEN + sealed.len());
    out.push(FORMAT_VERSION);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&sealed);
    Ok(out)
}

fn decrypt(key: &[u8; KEY_LEN], aad: &[u8], ciphertext: &[u8]) -> Result<Vec<u8>, StoreError> {
    let (version, rest) = ciphertext.split_first().ok_or(StoreError::Decrypt)?;
    if *version != FORMAT_VERSION || rest.len() < NONCE_LEN {
        return Err(StoreError::Decrypt);
    }
    let (nonce, sealed) = rest.split_at(NONCE_LEN);
    XChaCha20Poly1305::new(key.into()).decrypt(XNonce::from_slice(nonce), Payload { msg: sealed, aad }).map_err(|_| StoreError::Decrypt)
}

#[cfg(test)]
mod tests;
