//! The running tallies: per (round, institution), how many raters gave each point of each
//! indicator, kept in one row sealed under a deployment subkey so the database alone never
//! says how anyone rated. Updated in the rating's own transaction (see `ratings`).
//!
//! Why one sealed blob rather than a counter per point: counters in the clear would show,
//! next to the ratings table's timestamps, which point the member who rated at 10:02 gave.

use crate::{Backend, Keyring, Store, StoreError};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use dhruva_core::scorecard::stats::Tally;
use dhruva_core::{InstitutionId, RoundId};
use rand::RngCore as _;
use sqlx::{AnyConnection, Row as _};
use std::collections::BTreeMap;
use zeroize::Zeroizing;

/// Indicator code → raters per point.
pub type Tallies = BTreeMap<String, Tally>;

const SUBKEY: &str = "scorecard-tallies";
const FORMAT_VERSION: u8 = 1;
const NONCE_LEN: usize = 24;

/// Binds a sealed tally to its round and institution, so rows cannot be swapped unnoticed.
fn aad(round: RoundId, institution: InstitutionId) -> Vec<u8> {
    format!("dhruva scorecard tally\0round={}\0institution={}", round.0, institution.0).into_bytes()
}

fn cipher(keys: &Keyring) -> XChaCha20Poly1305 {
    let key = Zeroizing::new(keys.subkey(SUBKEY));
    XChaCha20Poly1305::new(key.as_ref().into())
}

pub(crate) fn seal(keys: &Keyring, round: RoundId, institution: InstitutionId, tallies: &Tallies) -> Result<Vec<u8>, StoreError> {
    let plain = Zeroizing::new(serde_json::to_vec(tallies).map_err(|e| StoreError::Invalid(format!("a tally cannot be written: {e}")))?);
    let mut nonce = [0u8; NONCE_LEN];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let sealed = cipher(keys)
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: &plain, aad: &aad(round, institution) })
        .map_err(|_| StoreError::Invalid("a tally is too large to encrypt".to_owned()))?;
    let mut out = Vec::with_capacity(1 + NONCE_LEN + sealed.len());
    out.push(FORMAT_VERSION);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&sealed);
    Ok(out)
}

pub(crate) fn open(keys: &Keyring, round: RoundId, institution: InstitutionId, sealed: &[u8]) -> Result<Tallies, StoreError> {
    let (version, rest) = sealed.split_first().ok_or(StoreError::Decrypt)?;
    if *version != FORMAT_VERSION || rest.len() < NONCE_LEN {
        return Err(StoreError::Decrypt);
    }
    let (nonce, body) = rest.split_at(NONCE_LEN);
    let plain = Zeroizing::new(
        cipher(keys).decrypt(XNonce::from_slice(nonce), Payload { msg: body, aad: &aad(round, institution) }).map_err(|_| StoreError::Decrypt)?,
    );
    serde_json::from_slice(&plain).map_err(|_| StoreError::Corrupt { table: "round_tallies", detail: "a tally does not parse".to_owned() })
}

/// The tally and its version, locked for this transaction: PostgreSQL takes the row lock
/// (`FOR UPDATE`); SQLite's transaction already holds the one write lock (`BEGIN IMMEDIATE`).
pub(crate) async fn load_for_update(
    conn: &mut AnyConnection,
    backend: Backend,
    keys: &Keyring,
    round: RoundId,
    institution: InstitutionId,
) -> Result<Option<(Tallies, i64)>, StoreError> {
    let lock = if backend == Backend::Postgres { " FOR UPDATE" } else { "" };
    let row = sqlx::query(&format!("SELECT tally_ct, version FROM round_tallies WHERE round_id = $1 AND institution_id = $2{lock}"))
        .bind(round.0)
        .bind(institution.0)
        .fetch_optional(conn)
        .await?;
    match row {
        Some(row) => Ok(Some((open(keys, round, institution, &row.try_get::<Vec<u8>, _>(0)?)?, row.try_get(1)?))),
        None => Ok(None),
    }
}

/// Writes the tally back. `version` is what [`load_for_update`] saw (`None`: there was no
/// row); the update also checks it, so a lost update is an error, never silent.
pub(crate) async fn save(
    conn: &mut AnyConnection,
    keys: &Keyring,
    round: RoundId,
    institution: InstitutionId,
    tallies: &Tallies,
    version: Option<i64>,
) -> Result<(), StoreError> {
    let sealed = seal(keys, round, institution, tallies)?;
    let written = match version {
        Some(v) => {
            sqlx::query("UPDATE round_tallies SET tally_ct = $1, version = version + 1 WHERE round_id = $2 AND institution_id = $3 AND version = $4")
                .bind(sealed)
                .bind(round.0)
                .bind(institution.0)
                .bind(v)
                .execute(conn)
                .await?
                .rows_affected()
        }
        None => sqlx::query("INSERT INTO round_tallies (round_id, institution_id, tally_ct, version) VALUES ($1, $2, $3, 1)")
            .bind(round.0)
            .bind(institution.0)
            .bind(sealed)
            .execute(conn)
            .await?
            .rows_affected(),
    };
    if written == 1 {
        Ok(())
    } else {
        Err(StoreError::Corrupt { table: "round_tallies", detail: "the tally changed under a locked transaction".to_owned() })
    }
}

impl Store {
    /// Every institution of the round with its tallies (empty before anyone rated it).
    pub async fn round_tallies(&self, round: RoundId) -> Result<Vec<(InstitutionId, BTreeMap<String, Tally>)>, StoreError> {
        let rows = sqlx::query(
            "SELECT ri.institution_id, t.tally_ct FROM round_institutions ri \
             LEFT JOIN round_tallies t ON t.round_id = ri.round_id AND t.institution_id = ri.institution_id \
             WHERE ri.round_id = $1 ORDER BY ri.institution_id",
        )
        .bind(round.0)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let institution = InstitutionId(row.try_get(0)?);
            let tallies = match row.try_get::<Option<Vec<u8>>, _>(1)? {
                Some(sealed) => open(&self.keys, round, institution, &sealed)?,
                None => Tallies::new(),
            };
            out.push((institution, tallies));
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MasterKey;

    #[test]
    fn a_sealed_tally_opens_only_for_its_own_round_and_institution() {
        let keys = Keyring::derive(&MasterKey::generate());
        let mut tallies = Tallies::new();
        tallies.entry("safety".to_owned()).or_default().record(3);
        let sealed = seal(&keys, RoundId(1), InstitutionId(2), &tallies).expect("sealed");
        assert_eq!(open(&keys, RoundId(1), InstitutionId(2), &sealed).expect("opens"), tallies);
        assert!(open(&keys, RoundId(1), InstitutionId(3), &sealed).is_err());
        assert!(open(&keys, RoundId(2), InstitutionId(2), &sealed).is_err());
        let other = Keyring::derive(&MasterKey::generate());
        assert!(open(&other, RoundId(1), InstitutionId(2), &sealed).is_err());
        assert!(!sealed.windows(6).any(|w| w == b"safety"), "the indicator is not in the clear");
    }
}
