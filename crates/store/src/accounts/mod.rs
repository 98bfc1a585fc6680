//! Accounts, passwords (Argon2id), role grants and API tokens.

use crate::{Store, StoreError};
use dhruva_core::policy::{Actor, Role};
use dhruva_core::registry::Language;
use dhruva_core::{AccountId, CollectiveId, MemberId, PartnerOrgId, Sensitive};
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
    pub async fn create_account(&self, new: NewAccount) -> Result<AccountId, StoreError> {
        let _ = new;
        todo!()
    }

    pub async fn account(&self, id: AccountId) -> Result<Option<Account>, StoreError> {
        let _ = id;
        todo!()
    }

    pub async fn account_by_username(&self, username: &str) -> Result<Option<Account>, StoreError> {
        let _ = username;
        todo!()
    }

    pub async fn accounts(&self) -> Result<Vec<Account>, StoreError> {
        todo!()
    }

    pub async fn set_password(&self, id: AccountId, password: &Sensitive<String>) -> Result<(), StoreError> {
        let _ = (id, password);
        todo!()
    }

    /// Disabling also ends every session and revokes every token of the account.
    pub async fn set_disabled(&self, id: AccountId, disabled: bool) -> Result<(), StoreError> {
        let _ = (id, disabled);
        todo!()
    }

    pub async fn set_account_language(&self, id: AccountId, language: Language) -> Result<(), StoreError> {
        let _ = (id, language);
        todo!()
    }

    /// Adds a grant unless the same one exists. `Invalid` if the scope does not fit the role
    /// (a leader needs a collective, a facilitator a partner, others neither).
    pub async fn add_grant(&self, id: AccountId, grant: &RoleGrant) -> Result<(), StoreError> {
        let _ = (id, grant);
        todo!()
    }

    pub async fn grants(&self, id: AccountId) -> Result<Vec<RoleGrant>, StoreError> {
        let _ = id;
        todo!()
    }

    /// Checks a login (username, or a phone number through the blind index) and password.
    /// Unknown logins are compared against a dummy hash so the time taken reveals nothing.
    /// `None` for any failure, a disabled account included.
    pub async fn verify_login(&self, login: &str, password: &Sensitive<String>) -> Result<Option<AccountId>, StoreError> {
        let _ = (login, password);
        todo!()
    }

    /// The actor for the policy: the account's grants, with a member's current collectives.
    /// `None` for an unknown or disabled account.
    pub async fn actor(&self, id: AccountId, today: Date) -> Result<Option<Actor>, StoreError> {
        let _ = (id, today);
        todo!()
    }

    /// A new bearer token for the JSON API, shown once; only its hash is stored.
    pub async fn create_api_token(&self, id: AccountId, label: &str) -> Result<Sensitive<String>, StoreError> {
        let _ = (id, label);
        todo!()
    }

    /// The account a bearer token belongs to, if the token is valid and the account enabled.
    pub async fn account_for_token(&self, token: &str) -> Result<Option<AccountId>, StoreError> {
        let _ = token;
        todo!()
    }
}
