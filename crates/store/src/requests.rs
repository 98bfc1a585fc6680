//! What she asks of the people who hold her data: corrections ("this is wrong about me") and
//! grievances (the DPDP Act's complaint to the deployment's grievance officer).
//!
//! Her words, and the note or answer she gets back, are sealed under her own data key: they
//! are as personal as her name, and erasing her erases them. Every write and every reading
//! by someone else is in the audit log, in the same transaction.

mod corrections;
mod grievances;

pub use corrections::{CorrectionOutcome, CorrectionRequest, CorrectionStatus, OpenCorrection};
pub use grievances::{grievance_due_on, Grievance, GrievanceSummary, GRIEVANCE_DAYS};

use crate::{Keyring, StoreError};
use dhruva_core::{MemberId, Sensitive};
use sqlx::{AnyConnection, Row as _};

/// Longest text accepted for a request, a note or an answer (in characters).
pub const MAX_TEXT: usize = 2000;

/// Her wrapped data key, if she exists and is not erased.
async fn wrapped_key(conn: &mut AnyConnection, member: MemberId) -> Result<Vec<u8>, StoreError> {
    let row = sqlx::query("SELECT k.wrapped_key FROM member_keys k JOIN members m ON m.id = k.member_id WHERE m.id = $1 AND m.erased_at IS NULL")
        .bind(member.0)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound("member"))?;
    Ok(row.try_get(0)?)
}

/// Checks a text and seals it under her key, bound to `field`.
fn seal_text(keys: &Keyring, wrapped_key: &[u8], field: &str, text: &Sensitive<String>) -> Result<Vec<u8>, StoreError> {
    let text = crate::error::kept_text(text.expose(), "text", MAX_TEXT, true)?;
    keys.seal(wrapped_key, field, text.as_bytes())
}

fn open_text(keys: &Keyring, wrapped_key: &[u8], field: &str, ciphertext: &[u8]) -> Result<Sensitive<String>, StoreError> {
    let bytes = keys.open(wrapped_key, field, ciphertext)?.into_inner();
    String::from_utf8(bytes).map(Sensitive::new).map_err(|_| StoreError::Decrypt)
}
