//! Argon2id, off the async threads, with a dummy hash so unknown logins take as long as
//! known ones.

use crate::StoreError;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier as _, SaltString};
use argon2::Argon2;
use dhruva_core::Sensitive;
use std::sync::OnceLock;

pub(super) const MIN_LENGTH: usize = 10;
/// Hashing a megabyte of "password" on every attempt would be a denial of service.
pub(super) const MAX_LENGTH: usize = 1024;

pub(super) fn check_rules(password: &Sensitive<String>) -> Result<(), StoreError> {
    let length = password.expose().chars().count();
    if length < MIN_LENGTH {
        return Err(StoreError::Invalid(format!("a password has at least {MIN_LENGTH} characters")));
    }
    if length > MAX_LENGTH {
        return Err(StoreError::Invalid(format!("a password has at most {MAX_LENGTH} characters")));
    }
    Ok(())
}

pub(super) async fn hash(password: &Sensitive<String>) -> Result<String, StoreError> {
    let password = password.clone();
    tokio::task::spawn_blocking(move || hash_now(password.expose())).await.map_err(|_| StoreError::PasswordHash)?
}

/// Whether `password` matches `stored`; with no stored hash (unknown login), the same work
/// is done against a dummy hash and the answer is no.
pub(super) async fn verify(password: &Sensitive<String>, stored: Option<String>) -> Result<bool, StoreError> {
    let password = password.clone();
    tokio::task::spawn_blocking(move || {
        let known = stored.is_some();
        let stored = stored.unwrap_or_else(|| dummy_hash().to_owned());
        let Ok(parsed) = PasswordHash::new(&stored) else {
            return false;
        };
        let matches =
            password.expose().chars().count() <= MAX_LENGTH && Argon2::default().verify_password(password.expose().as_bytes(), &parsed).is_ok();
        known && matches
    })
    .await
    .map_err(|_| StoreError::PasswordHash)
}

fn hash_now(password: &str) -> Result<String, StoreError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(|_| StoreError::PasswordHash)
}

/// Computes the dummy hash ahead of the first unknown login. Blocking: call off the async threads.
pub(crate) fn warm_up() {
    dummy_hash();
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    // Same algorithm and parameters as real hashes, so verifying against it costs the same.
    DUMMY.get_or_init(|| hash_now("not anyone's password").unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_its_password_and_nothing_else() {
        let password = Sensitive::new("correct horse battery".to_owned());
        let stored = hash(&password).await.expect("hash");
        assert!(stored.starts_with("$argon2id$"));
        assert!(verify(&password, Some(stored.clone())).await.expect("verify"));
        assert!(!verify(&Sensitive::new("wrong horse battery".to_owned()), Some(stored)).await.expect("verify"));
        assert!(!verify(&password, None).await.expect("verify"));
    }
}
