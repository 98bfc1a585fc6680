//! Activation codes (issue 11, accounts by invitation): a one-time code that lets an account
//! with no usable password yet — or one that needs a reset — choose its password.
//!
//! A code is short and easy to read out over a phone: 10 characters from an alphabet without
//! look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), shown grouped `ACDE-FGHJ-KM`. Typing is
//! forgiving: case, spaces and dashes are ignored. Only a keyed hash (the blind-index key) is
//! stored, never the code. A code expires after [`CODE_LIFETIME_SECONDS`], works once, and a
//! new code for the same account voids the one before. Issuing and redeeming are each one
//! audited transaction; when the account is a member's, she is the subject of both rows, so
//! they show in her history.

use super::password;
use crate::audit::AuditEvent;
use crate::{Accessor, Store, StoreError};
use dhruva_core::{AccountId, MemberId, Sensitive};
use rand::rngs::OsRng;
use rand::Rng as _;
use sqlx::Row as _;
use time::OffsetDateTime;

/// 72 hours.
pub const CODE_LIFETIME_SECONDS: i64 = 72 * 3600;
/// No look-alikes: without 0 O 1 I L 2 Z 5 S 8 B U V. 23 letters and digits, 10 of them: 45 bits.
const ALPHABET: &[u8] = b"34679ACDEFGHJKMNPQRTWXY";
const LENGTH: usize = 10;
/// The blind-index purpose of a code's hash.
const HASH_PURPOSE: &str = "activation-code";
/// What an account made for an invitation has as its password hash until the code is
/// redeemed: never a valid Argon2 hash, so no password matches it.
pub(super) const NO_PASSWORD_YET: &str = "!invited";

/// A freshly issued code: shown once, then only its hash exists.
#[derive(Debug)]
pub struct ActivationCode {
    pub account: AccountId,
    /// Grouped for reading out: `ACDE-FGHJ-KM`.
    pub code: Sensitive<String>,
    pub expires_at: OffsetDateTime,
    /// Whether the account was made for this code (a member who had none).
    pub account_created: bool,
}

impl Store {
    /// A new code for an existing, enabled account; voids any earlier one. `NotFound` for an
    /// unknown or disabled account.
    #[tracing::instrument(skip_all)]
    pub async fn issue_activation_code(&self, by: &Accessor, account: AccountId, now: OffsetDateTime) -> Result<ActivationCode, StoreError> {
        let mut tx = self.begin_audited().await?;
        let row = sqlx::query("SELECT member_id FROM accounts WHERE id = $1 AND disabled = 0").bind(account.0).fetch_optional(tx.conn()).await?;
        let Some(row) = row else { return Err(StoreError::NotFound("account")) };
        let member = row.try_get::<Option<i64>, _>(0)?.map(MemberId);
        let issued = self.store_code(&mut tx, by, account, member, now).await?;
        tx.commit().await?;
        Ok(ActivationCode { account, code: issued.0, expires_at: issued.1, account_created: false })
    }

    /// A new code for a member's account, making her account first if she has none (its
    /// username is her member code, lower-cased; it has no usable password until the code is
    /// redeemed). All in one audited transaction. `NotFound` for an unknown member or a
    /// disabled account.
    #[tracing::instrument(skip_all)]
    pub async fn issue_activation_code_for_member(&self, by: &Accessor, member: MemberId, now: OffsetDateTime) -> Result<ActivationCode, StoreError> {
        let mut tx = self.begin_audited().await?;
        let existing = sqlx::query("SELECT id, disabled FROM accounts WHERE member_id = $1").bind(member.0).fetch_optional(tx.conn()).await?;
        let (account, created) = match existing {
            Some(row) => {
                if row.try_get::<i64, _>(1)? != 0 {
                    return Err(StoreError::NotFound("account"));
                }
                (AccountId(row.try_get(0)?), false)
            }
            None => {
                let Some(code) = sqlx::query("SELECT code FROM members WHERE id = $1").bind(member.0).fetch_optional(tx.conn()).await? else {
                    return Err(StoreError::NotFound("member"));
                };
                let username = super::check_username(&code.try_get::<String, _>(0)?)?;
                let language = self.member_first_language(&mut tx, member).await?;
                let at = tx.at();
                let id: i64 = sqlx::query(
                    "INSERT INTO accounts (username, member_id, password_hash, language, disabled, created_at) \
                     VALUES ($1, $2, $3, $4, 0, $5) RETURNING id",
                )
                .bind(&username)
                .bind(member.0)
                .bind(NO_PASSWORD_YET)
                .bind(language)
                .bind(at)
                .fetch_one(tx.conn())
                .await
                .map_err(|e| if crate::db::violates_unique(&e, "username") { StoreError::Duplicate("username") } else { e.into() })?
                .try_get(0)?;
                let id = AccountId(id);
                tx.append(by, &AuditEvent::new("account_created").account(id).member(member)).await?;
                (id, true)
            }
        };
        let issued = self.store_code(&mut tx, by, account, Some(member), now).await?;
        tx.commit().await?;
        Ok(ActivationCode { account, code: issued.0, expires_at: issued.1, account_created: created })
    }

    /// Redeems a code: sets the password (the usual rules and hashing), uses the code up and
    /// ends the account's sessions, in one audited transaction. `Ok(None)` for a wrong,
    /// expired or used code, or a disabled account (nothing written); `Invalid` for a password
    /// that breaks the rules (checked first, so the code is not used up).
    #[tracing::instrument(skip_all)]
    pub async fn redeem_activation_code(
        &self,
        code: &str,
        new_password: &Sensitive<String>,
        now: OffsetDateTime,
    ) -> Result<Option<AccountId>, StoreError> {
        password::check_rules(new_password)?;
        let Some(normal) = normalise_code(code) else {
            return Ok(None);
        };
        let hash = password::hash(new_password).await?;
        let mut tx = self.begin_audited().await?;
        let row = sqlx::query(
            "DELETE FROM activation_codes WHERE code_hash = $1 AND expires_at > $2 \
             AND account_id IN (SELECT id FROM accounts WHERE disabled = 0) RETURNING account_id",
        )
        .bind(self.keys.blind_index(HASH_PURPOSE, &normal))
        .bind(now.unix_timestamp())
        .fetch_optional(tx.conn())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let account = AccountId(row.try_get(0)?);
        let member = sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2 RETURNING member_id")
            .bind(hash)
            .bind(account.0)
            .fetch_one(tx.conn())
            .await?
            .try_get::<Option<i64>, _>(0)?
            .map(MemberId);
        let sessions = sqlx::query("DELETE FROM sessions WHERE account_id = $1").bind(account.0).execute(tx.conn()).await?;
        let mut event = AuditEvent::new("account_activated").account(account).detail(format!("sessions={}", sessions.rows_affected()));
        if let Some(member) = member {
            event = event.member(member);
        }
        tx.append(&Accessor::account_holder(account, crate::Channel::Web), &event).await?;
        tx.commit().await?;
        Ok(Some(account))
    }

    pub(super) async fn store_code(
        &self,
        tx: &mut crate::audit::AuditedTx,
        by: &Accessor,
        account: AccountId,
        member: Option<MemberId>,
        now: OffsetDateTime,
    ) -> Result<(Sensitive<String>, OffsetDateTime), StoreError> {
        let raw = new_code();
        let expires_at = now + time::Duration::seconds(CODE_LIFETIME_SECONDS);
        sqlx::query(
            "INSERT INTO activation_codes (account_id, code_hash, issued_at, expires_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (account_id) DO UPDATE SET code_hash = excluded.code_hash, issued_at = excluded.issued_at, \
             expires_at = excluded.expires_at",
        )
        .bind(account.0)
        .bind(self.keys.blind_index(HASH_PURPOSE, &raw))
        .bind(now.unix_timestamp())
        .bind(expires_at.unix_timestamp())
        .execute(tx.conn())
        .await?;
        let mut event = AuditEvent::new("activation_code_issued").account(account);
        if let Some(member) = member {
            event = event.member(member);
        }
        tx.append(by, &event).await?;
        Ok((Sensitive::new(grouped(&raw)), expires_at))
    }

    async fn member_first_language(&self, tx: &mut crate::audit::AuditedTx, member: MemberId) -> Result<String, StoreError> {
        let row = sqlx::query("SELECT languages FROM members WHERE id = $1").bind(member.0).fetch_one(tx.conn()).await?;
        let languages: String = row.try_get(0)?;
        let first = languages.split(',').next().unwrap_or("en").trim();
        Ok(if dhruva_core::registry::Language::from_code(first).is_some() { first.to_owned() } else { "en".to_owned() })
    }
}

fn new_code() -> String {
    let mut rng = OsRng;
    (0..LENGTH).map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())])).collect()
}

/// `ACDEFGHJKM` → `ACDE-FGHJ-KM`.
fn grouped(raw: &str) -> String {
    let chars: Vec<char> = raw.chars().collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// What she typed, as stored: upper case, spaces and dashes dropped. `None` if it cannot be
/// a code (wrong length or a character outside the alphabet), so nothing is asked.
pub fn normalise_code(typed: &str) -> Option<String> {
    let normal: String = typed.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
    (normal.len() == LENGTH && normal.bytes().all(|b| ALPHABET.contains(&b))).then_some(normal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_grouped_from_the_alphabet_and_read_back_forgivingly() {
        let raw = new_code();
        assert_eq!(raw.len(), LENGTH);
        let shown = grouped(&raw);
        assert_eq!(shown.len(), 12);
        assert_eq!(&shown[4..5], "-");
        assert_eq!(normalise_code(&shown.to_lowercase()), Some(raw.clone()));
        assert_eq!(normalise_code(&format!(" {} ", shown.replace('-', " "))), Some(raw));
        assert_eq!(normalise_code("ABCD-EFGH-0K"), None, "0 is not in the alphabet");
        assert_eq!(normalise_code("ACDE"), None);
        for b in b"0O1IL2Z5S8BUV" {
            assert!(!ALPHABET.contains(b), "{} looks like another character", char::from(*b));
        }
    }
}
