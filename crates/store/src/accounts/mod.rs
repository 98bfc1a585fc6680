//! Accounts, passwords (Argon2id), role grants and API tokens.
//!
//! Every write is audited in its own transaction, naming the account by id only: a username
//! is often a person's name, and passwords and tokens are secrets.

mod grants;
pub mod invitations;
mod password;
pub mod staff;
mod tokens;

pub(crate) use password::warm_up;
pub(crate) use tokens::{random_secret, secret_hash};

use crate::audit::AuditEvent;
use crate::{db, members, Accessor, Store, StoreError};
use dhruva_core::phone::PhoneNumber;
use dhruva_core::policy::{Actor, Grant, Role};
use dhruva_core::registry::Language;
use dhruva_core::{AccountId, CollectiveId, MemberId, PartnerOrgId, Sensitive};
use sqlx::any::AnyRow;
use sqlx::Row as _;
use time::Date;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub id: AccountId,
    pub username: String,
    pub member: Option<MemberId>,
    pub language: Language,
    pub disabled: bool,
}

#[derive(Clone, Debug)]
pub struct NewAccount {
    /// 3–64 characters: lower-case letters, digits, `-`, `_`, `.`.
    pub username: String,
    pub member: Option<MemberId>,
    pub language: Language,
    pub password: Sensitive<String>,
}

/// A role grant as stored: the role and its scope. Turned into a `policy::Grant` by `actor`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleGrant {
    pub role: Role,
    pub collective: Option<CollectiveId>,
    pub partner: Option<PartnerOrgId>,
}

impl Store {
    /// Hashes the password (Argon2id, off the async threads). `Duplicate` if the username
    /// is taken, `Invalid` for a bad username or a password under 10 characters.
    #[tracing::instrument(skip_all)]
    pub async fn create_account(&self, by: &Accessor, new: NewAccount) -> Result<AccountId, StoreError> {
        let username = check_username(&new.username)?;
        password::check_rules(&new.password)?;
        let hash = password::hash(&new.password).await?;
        let mut tx = self.begin_audited().await?;
        if let Some(member) = new.member {
            let found = sqlx::query("SELECT id FROM members WHERE id = $1").bind(member.0).fetch_optional(tx.conn()).await?;
            if found.is_none() {
                return Err(StoreError::NotFound("member"));
            }
        }
        let at = tx.at();
        let id: i64 = sqlx::query(
            "INSERT INTO accounts (username, member_id, password_hash, language, disabled, created_at) \
             VALUES ($1, $2, $3, $4, 0, $5) RETURNING id",
        )
        .bind(&username)
        .bind(new.member.map(|m| m.0))
        .bind(hash)
        .bind(new.language.code())
        .bind(at)
        .fetch_one(tx.conn())
        .await
        .map_err(|e| {
            if db::violates_unique(&e, "username") {
                StoreError::Duplicate("username")
            } else if db::violates_unique(&e, "member_id") {
                StoreError::Duplicate("account for this member")
            } else {
                e.into()
            }
        })?
        .try_get(0)?;
        let id = AccountId(id);
        // Linked to a member, the account can read her record: that belongs in her history.
        let mut event = AuditEvent::new("account_created").account(id);
        if let Some(member) = new.member {
            event = event.member(member);
        }
        tx.append(by, &event).await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn account(&self, id: AccountId) -> Result<Option<Account>, StoreError> {
        let row = sqlx::query(&format!("{SELECT_ACCOUNT} WHERE id = $1")).bind(id.0).fetch_optional(&self.pool).await?;
        row.as_ref().map(account_row).transpose()
    }

    pub async fn account_by_username(&self, username: &str) -> Result<Option<Account>, StoreError> {
        if username.contains('\0') {
            return Ok(None);
        }
        let row = sqlx::query(&format!("{SELECT_ACCOUNT} WHERE username = $1")).bind(normalise_username(username)).fetch_optional(&self.pool).await?;
        row.as_ref().map(account_row).transpose()
    }

    /// The account of a member, if she has one.
    pub async fn account_of_member(&self, member: MemberId) -> Result<Option<Account>, StoreError> {
        let row = sqlx::query(&format!("{SELECT_ACCOUNT} WHERE member_id = $1")).bind(member.0).fetch_optional(&self.pool).await?;
        row.as_ref().map(account_row).transpose()
    }

    pub async fn accounts(&self) -> Result<Vec<Account>, StoreError> {
        let rows = sqlx::query(&format!("{SELECT_ACCOUNT} ORDER BY username")).fetch_all(&self.pool).await?;
        rows.iter().map(account_row).collect()
    }

    #[tracing::instrument(skip_all)]
    pub async fn set_password(&self, by: &Accessor, id: AccountId, password: &Sensitive<String>) -> Result<(), StoreError> {
        password::check_rules(password)?;
        let hash = password::hash(password).await?;
        let mut tx = self.begin_audited().await?;
        let updated = sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2").bind(hash).bind(id.0).execute(tx.conn()).await?;
        if updated.rows_affected() == 0 {
            return Err(StoreError::NotFound("account"));
        }
        tx.append(by, &AuditEvent::new("password_changed").account(id)).await?;
        tx.commit().await
    }

    /// Disabling also ends every session and revokes every token of the account. When the
    /// account is a member's, she is the subject of the audit row, so it shows in her history.
    pub async fn set_disabled(&self, by: &Accessor, id: AccountId, disabled: bool) -> Result<(), StoreError> {
        let mut tx = self.begin_audited().await?;
        let updated = sqlx::query("UPDATE accounts SET disabled = $1 WHERE id = $2 RETURNING member_id")
            .bind(i64::from(disabled))
            .bind(id.0)
            .fetch_optional(tx.conn())
            .await?;
        let Some(updated) = updated else {
            return Err(StoreError::NotFound("account"));
        };
        let member = updated.try_get::<Option<i64>, _>(0)?.map(MemberId);
        let event = if disabled {
            let sessions = sqlx::query("DELETE FROM sessions WHERE account_id = $1").bind(id.0).execute(tx.conn()).await?;
            let tokens = sqlx::query("DELETE FROM api_tokens WHERE account_id = $1").bind(id.0).execute(tx.conn()).await?;
            // An activation code given before would otherwise work again if she is re-enabled
            // within its 72 hours: re-enabling asks for a new code.
            let codes = sqlx::query("DELETE FROM activation_codes WHERE account_id = $1").bind(id.0).execute(tx.conn()).await?;
            let detail = format!("sessions={};tokens={};codes={}", sessions.rows_affected(), tokens.rows_affected(), codes.rows_affected());
            AuditEvent::new("account_disabled").account(id).detail(detail)
        } else {
            AuditEvent::new("account_enabled").account(id)
        };
        let event = match member {
            Some(member) => event.member(member),
            None => event,
        };
        tx.append(by, &event).await?;
        tx.commit().await
    }

    pub async fn set_account_language(&self, by: &Accessor, id: AccountId, language: Language) -> Result<(), StoreError> {
        let mut tx = self.begin_audited().await?;
        let updated = sqlx::query("UPDATE accounts SET language = $1 WHERE id = $2").bind(language.code()).bind(id.0).execute(tx.conn()).await?;
        if updated.rows_affected() == 0 {
            return Err(StoreError::NotFound("account"));
        }
        let event = AuditEvent::new("language_changed").account(id).detail(format!("language={}", language.code()));
        tx.append(by, &event).await?;
        tx.commit().await
    }

    /// Adds a grant unless the same one exists (then nothing is written or recorded).
    /// `Invalid` if the scope does not fit the role (a leader needs a collective, a
    /// facilitator a partner, others neither).
    pub async fn add_grant(&self, by: &Accessor, id: AccountId, grant: &RoleGrant) -> Result<(), StoreError> {
        grants::check_scope(grant)?;
        grants::insert(self, by, id, grant).await
    }

    pub async fn grants(&self, id: AccountId) -> Result<Vec<RoleGrant>, StoreError> {
        grants::of_account(&self.pool, id).await
    }

    /// Removes a grant (e.g. a leader steps down). Removing one that is not there does
    /// nothing and records nothing.
    pub async fn remove_grant(&self, by: &Accessor, id: AccountId, grant: &RoleGrant) -> Result<(), StoreError> {
        grants::remove(self, by, id, grant).await
    }

    /// Checks a login (username, or a phone number through the blind index) and password.
    /// Unknown logins are compared against a dummy hash so the time taken reveals nothing.
    /// `None` for any failure, a disabled account included.
    #[tracing::instrument(skip_all)]
    pub async fn verify_login(&self, login: &str, password: &Sensitive<String>) -> Result<Option<AccountId>, StoreError> {
        let found = self.find_login(login).await?;
        let matches = password::verify(password, found.as_ref().map(|(_, hash, _)| hash.clone())).await?;
        Ok(match found {
            Some((id, _, disabled)) if matches && !disabled => Some(id),
            _ => None,
        })
    }

    /// The account a typed login names (username or phone), password unchecked — for the
    /// login throttle, which counts failures per account. One query whether or not it exists.
    /// Never tell the person typing: that would make it an oracle.
    #[tracing::instrument(skip_all)]
    pub async fn account_of_login(&self, login: &str) -> Result<Option<AccountId>, StoreError> {
        Ok(self.find_login(login).await?.map(|(id, _, _)| id))
    }

    async fn find_login(&self, login: &str) -> Result<Option<(AccountId, String, bool)>, StoreError> {
        // A login with a NUL names nobody (and PostgreSQL refuses a NUL in text): not asked.
        let Ok(login) = dhruva_core::text::clean(login) else { return Ok(None) };
        let login = login.as_str();
        let row = if PhoneNumber::looks_like_phone(login) {
            match PhoneNumber::parse(login) {
                Ok(phone) => {
                    sqlx::query(
                        "SELECT a.id, a.password_hash, a.disabled FROM accounts a JOIN members m ON m.id = a.member_id \
                         WHERE m.phone_bidx = $1",
                    )
                    .bind(self.keys.blind_index(members::PHONE_INDEX, phone.canonical()))
                    .fetch_optional(&self.pool)
                    .await?
                }
                Err(_) => None,
            }
        } else {
            sqlx::query("SELECT id, password_hash, disabled FROM accounts WHERE username = $1")
                .bind(normalise_username(login))
                .fetch_optional(&self.pool)
                .await?
        };
        Ok(match row {
            Some(row) => Some((AccountId(row.try_get(0)?), row.try_get::<String, _>(1)?, row.try_get::<i64, _>(2)? != 0)),
            None => None,
        })
    }

    /// The actor for the policy: the account's grants, with a member's current collectives.
    /// `None` for an unknown or disabled account.
    pub async fn actor(&self, id: AccountId, today: Date) -> Result<Option<Actor>, StoreError> {
        let Some(account) = self.account(id).await? else { return Ok(None) };
        if account.disabled {
            return Ok(None);
        }
        let mut grants = Vec::new();
        if let Some(member) = account.member {
            let rows = sqlx::query(
                "SELECT DISTINCT collective_id FROM memberships \
                 WHERE member_id = $1 AND since <= $2 AND (until IS NULL OR until > $2) ORDER BY collective_id",
            )
            .bind(member.0)
            .bind(db::date_text(today))
            .fetch_all(&self.pool)
            .await?;
            let collectives = rows.iter().map(|r| r.try_get(0).map(CollectiveId)).collect::<Result<_, _>>()?;
            grants.push(Grant::Member { member, collectives });
            // The leader's access follows a leading office held that day (issue 11).
            let terms = members::offices::terms_of(&self.pool, member).await?;
            grants.extend(dhruva_core::offices::leader_grants(&terms, today));
        }
        for stored in self.grants(id).await? {
            let grant = grants::to_policy(&stored)?;
            if !grants.contains(&grant) {
                grants.push(grant);
            }
        }
        Ok(Some(Actor { account: id, grants }))
    }
}

const SELECT_ACCOUNT: &str = "SELECT id, username, member_id, language, disabled FROM accounts";

fn account_row(row: &AnyRow) -> Result<Account, StoreError> {
    let language: String = row.try_get(3)?;
    Ok(Account {
        id: AccountId(row.try_get(0)?),
        username: row.try_get(1)?,
        member: row.try_get::<Option<i64>, _>(2)?.map(MemberId),
        language: Language::from_code(&language)
            .ok_or_else(|| StoreError::Corrupt { table: "accounts", detail: format!("unknown language {language:?}") })?,
        disabled: row.try_get::<i64, _>(4)? != 0,
    })
}

fn normalise_username(username: &str) -> String {
    username.trim().to_lowercase()
}

fn check_username(username: &str) -> Result<String, StoreError> {
    let username = normalise_username(username);
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.');
    if !(3..=64).contains(&username.len()) || !username.chars().all(allowed) {
        return Err(StoreError::Invalid("a username has 3 to 64 characters: lower-case letters, digits, '-', '_' and '.'".to_owned()));
    }
    // Logins that look like phone numbers are looked up as phone numbers.
    if PhoneNumber::looks_like_phone(&username) {
        return Err(StoreError::Invalid("a username must not look like a phone number".to_owned()));
    }
    Ok(username)
}
