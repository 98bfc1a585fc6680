//! A compensation claim's amounts, sealed a second time under the deployment subkey
//! `"case-figures"` (one row per claim), so the federation's figures are built without opening
//! any member's key — and without the amounts lying in the clear beside her member id.

use crate::{Keyring, StoreError};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use dhruva_core::CaseId;
use dhruva_forms::RawAnswers;
use rand::RngCore as _;
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;
use zeroize::Zeroizing;

const SUBKEY: &str = "case-figures";
const FORMAT_VERSION: u8 = 1;
const NONCE_LEN: usize = 24;

/// Rupees, as read from the form items of the same names.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Amounts {
    pub claimed: Option<i64>,
    pub interim: Option<i64>,
    pub awarded: Option<i64>,
    pub received: Option<i64>,
}

impl Amounts {
    /// Reads the amount items of validated details (whole non-negative rupees; the form has
    /// already refused anything else, so a value that does not parse is simply absent).
    pub(crate) fn from_details(details: &RawAnswers) -> Amounts {
        let amount =
            |item: &str| details.get(item).and_then(|v| v.first()).and_then(|s| s.trim().replace(',', "").parse::<i64>().ok()).filter(|n| *n >= 0);
        Amounts {
            claimed: amount("amount_claimed"),
            interim: amount("interim_amount"),
            awarded: amount("amount_awarded"),
            received: amount("amount_received"),
        }
    }
}

/// Binds the sealed amounts to their case, so rows cannot be swapped unnoticed.
fn aad(case: CaseId) -> Vec<u8> {
    format!("dhruva case figures\0case={}", case.0).into_bytes()
}

fn cipher(keys: &Keyring, subkey: &str) -> XChaCha20Poly1305 {
    let key = Zeroizing::new(keys.subkey(subkey));
    XChaCha20Poly1305::new(key.as_ref().into())
}

/// Seals bytes under a deployment subkey (not a member's key): what the deployment itself
/// must be able to read back — a claim's amounts, a figure release's record.
pub(crate) fn seal_under(keys: &Keyring, subkey: &str, aad: &[u8], plain: &[u8]) -> Result<Vec<u8>, StoreError> {
    let mut nonce = [0u8; NONCE_LEN];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let sealed = cipher(keys, subkey)
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain, aad })
        .map_err(|_| StoreError::Invalid("a value is too large to encrypt".to_owned()))?;
    let mut out = Vec::with_capacity(1 + NONCE_LEN + sealed.len());
    out.push(FORMAT_VERSION);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&sealed);
    Ok(out)
}

pub(crate) fn open_under(keys: &Keyring, subkey: &str, aad: &[u8], sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>, StoreError> {
    let (version, rest) = sealed.split_first().ok_or(StoreError::Decrypt)?;
    if *version != FORMAT_VERSION || rest.len() < NONCE_LEN {
        return Err(StoreError::Decrypt);
    }
    let (nonce, body) = rest.split_at(NONCE_LEN);
    Ok(Zeroizing::new(cipher(keys, subkey).decrypt(XNonce::from_slice(nonce), Payload { msg: body, aad }).map_err(|_| StoreError::Decrypt)?))
}

pub(crate) fn seal(keys: &Keyring, case: CaseId, amounts: &Amounts) -> Result<Vec<u8>, StoreError> {
    let plain = Zeroizing::new(serde_json::to_vec(amounts).map_err(|_| StoreError::Invalid("amounts cannot be written".to_owned()))?);
    seal_under(keys, SUBKEY, &aad(case), &plain)
}

pub(crate) fn open(keys: &Keyring, case: CaseId, sealed: &[u8]) -> Result<Amounts, StoreError> {
    let plain = open_under(keys, SUBKEY, &aad(case), sealed)?;
    serde_json::from_slice(&plain).map_err(|_| StoreError::Corrupt { table: "case_figures", detail: "sealed amounts do not parse".to_owned() })
}

/// Writes (or replaces) the claim's sealed amounts.
pub(crate) async fn save(conn: &mut AnyConnection, keys: &Keyring, case: CaseId, amounts: &Amounts) -> Result<(), StoreError> {
    let sealed = seal(keys, case, amounts)?;
    sqlx::query("INSERT INTO case_figures (case_id, figures_ct) VALUES ($1, $2) ON CONFLICT (case_id) DO UPDATE SET figures_ct = $2")
        .bind(case.0)
        .bind(sealed)
        .execute(conn)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MasterKey;

    #[test]
    fn sealed_amounts_open_only_for_their_own_case_and_key() {
        let keys = Keyring::derive(&MasterKey::generate());
        let amounts = Amounts { claimed: Some(300_000), interim: None, awarded: Some(150_000), received: Some(75_000) };
        let sealed = seal(&keys, CaseId(7), &amounts).expect("sealed");
        assert_eq!(open(&keys, CaseId(7), &sealed).expect("opens"), amounts);
        assert!(open(&keys, CaseId(8), &sealed).is_err());
        assert!(open(&Keyring::derive(&MasterKey::generate()), CaseId(7), &sealed).is_err());
        assert!(!sealed.windows(6).any(|w| w == b"300000"), "the amount is not in the clear");
    }

    #[test]
    fn amounts_are_read_from_the_form_items_and_anything_else_is_absent() {
        let mut details = RawAnswers::new();
        details.insert("amount_claimed".to_owned(), vec!["3,00,000".to_owned()]);
        details.insert("amount_awarded".to_owned(), vec!["-5".to_owned()]);
        details.insert("amount_received".to_owned(), vec!["a lot".to_owned()]);
        let amounts = Amounts::from_details(&details);
        assert_eq!(amounts, Amounts { claimed: Some(300_000), ..Amounts::default() });
    }
}
