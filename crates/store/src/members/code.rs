//! Member codes: `M-` and six Crockford base-32 characters, safe to say aloud or write down
//! (no I/L/O/U to confuse with 1/0 or to spell words).

use crate::StoreError;
use rand::Rng as _;
use sqlx::AnyConnection;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH: usize = 6;
/// A billion codes make a collision rare; several in a row means something is wrong.
const ATTEMPTS: usize = 8;

pub(super) fn random() -> String {
    let mut rng = rand::thread_rng();
    let mut code = String::from("M-");
    for _ in 0..LENGTH {
        code.push(char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]));
    }
    code
}

/// A code nobody has. Runs inside the member-creating transaction, which holds the write
/// lock (SQLite) or the audit head (PostgreSQL), so no one else can take it meanwhile.
pub(crate) async fn fresh(conn: &mut AnyConnection) -> Result<String, StoreError> {
    for _ in 0..ATTEMPTS {
        let code = random();
        if !taken(conn, &code).await? {
            return Ok(code);
        }
    }
    Err(StoreError::Duplicate("member code"))
}

/// A code chosen by the caller (the demo): upper-case letters, digits and dashes.
pub(super) async fn check_given(conn: &mut AnyConnection, code: &str) -> Result<String, StoreError> {
    let code = code.trim().to_ascii_uppercase();
    let well_formed = (2..=32).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-');
    if !well_formed {
        return Err(StoreError::Invalid("a member code has 2 to 32 letters, digits and dashes".to_owned()));
    }
    if taken(conn, &code).await? {
        return Err(StoreError::Duplicate("member code"));
    }
    Ok(code)
}

async fn taken(conn: &mut AnyConnection, code: &str) -> Result<bool, StoreError> {
    Ok(sqlx::query("SELECT id FROM members WHERE code = $1").bind(code).fetch_optional(conn).await?.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_codes_use_the_unambiguous_alphabet() {
        for _ in 0..200 {
            let code = random();
            assert_eq!(code.len(), 8);
            assert!(code.starts_with("M-"));
            assert!(code[2..].bytes().all(|b| ALPHABET.contains(&b)), "{code}");
        }
    }
}
