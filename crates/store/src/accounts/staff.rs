//! The federation's staff, invited (issue 11): an account made for a leader, a facilitator or
//! an analyst with exactly one grant and no usable password, and its activation code — one
//! audited transaction, so a refusal (a taken username, an unknown collective) leaves nothing
//! behind. The lists say which accounts have a code waiting and until when, never the code.
//! Disabling and enabling are [`Store::set_disabled`]: disabling ends her sessions, revokes her
//! tokens and voids her code; enabling brings none of them back.

use super::invitations::{ActivationCode, NO_PASSWORD_YET};
use super::{check_username, grants, RoleGrant};
use crate::audit::AuditEvent;
use crate::error::{kept_text, InputProblem};
use crate::{Accessor, Store, StoreError};
use dhruva_core::phone::PhoneNumber;
use dhruva_core::policy::Role;
use dhruva_core::registry::Language;
use dhruva_core::{AccountId, MemberId};
use sqlx::Row as _;
use time::OffsetDateTime;

/// The longest username, in characters (also the forms' `maxlength`).
pub const MAX_USERNAME_CHARS: usize = 64;
/// The longest display name a username is made from (the name itself is not kept).
pub const MAX_DISPLAY_NAME_CHARS: usize = 200;

/// Who to invite. Either `username` (as she will type it) or, when it is empty,
/// `display_name`, from which one is made (`Rina Das` → `rina.das`, `rina.das-2` if taken).
#[derive(Clone, Debug)]
pub struct NewStaff {
    pub username: String,
    pub display_name: String,
    pub language: Language,
    /// A leader of a collective, a facilitator of a partner organisation, or an analyst.
    pub grant: RoleGrant,
}

/// One account as the staff and account lists show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountState {
    pub id: AccountId,
    pub username: String,
    /// The member the account is hers, if it is a member's.
    pub member: Option<MemberId>,
    pub language: Language,
    /// Stored grants (a member's own role comes from `member`).
    pub grants: Vec<RoleGrant>,
    pub disabled: bool,
    /// Until when an unredeemed code works, if one is waiting (never the code).
    pub code_until: Option<OffsetDateTime>,
}

impl AccountState {
    /// Every role the account holds, a member's included: what `policy::may_manage_staff_roles`
    /// and `may_issue_code_for_roles` are asked about.
    pub fn roles(&self) -> Vec<Role> {
        let mut roles: Vec<Role> = self.member.map(|_| Role::Member).into_iter().collect();
        for g in &self.grants {
            if !roles.contains(&g.role) {
                roles.push(g.role);
            }
        }
        roles
    }

    /// Whether she holds any role beyond a member's (the federation's staff, the admin).
    pub fn is_staff(&self) -> bool {
        !self.grants.is_empty()
    }
}

impl Store {
    /// Makes the account, its one grant and its activation code in one audited transaction.
    /// `Input` for a username that is empty, too long, of other characters, or taken (or an
    /// empty display name with no username), and for a collective or partner that does not
    /// exist or a closed collective (field `scope`); `Invalid` for a role that is not a leader's, facilitator's or
    /// analyst's. Nothing is written when it fails.
    #[tracing::instrument(skip_all)]
    pub async fn invite_staff(&self, by: &Accessor, new: &NewStaff, now: OffsetDateTime) -> Result<ActivationCode, StoreError> {
        if !matches!(new.grant.role, Role::Leader | Role::Facilitator | Role::Analyst) {
            return Err(StoreError::Invalid("staff are invited as a leader, a facilitator or an analyst".to_owned()));
        }
        grants::check_scope(&new.grant).map_err(|_| StoreError::input("scope", InputProblem::Missing))?;
        let typed = kept_text(&new.username, "username", MAX_USERNAME_CHARS, false)?;
        let mut tx = self.begin_audited().await?;
        if let Some(collective) = new.grant.collective {
            // A closed collective has no leader to invite (it keeps its members and history).
            let found = sqlx::query("SELECT closed_on FROM collectives WHERE id = $1").bind(collective.0).fetch_optional(tx.conn()).await?;
            match found {
                None => return Err(StoreError::input("scope", InputProblem::Missing)),
                Some(row) if row.try_get::<Option<String>, _>(0)?.is_some() => {
                    return Err(StoreError::input("scope", InputProblem::Closed));
                }
                Some(_) => {}
            }
        }
        if let Some(partner) = new.grant.partner {
            let found = sqlx::query("SELECT id FROM partners WHERE id = $1").bind(partner.0).fetch_optional(tx.conn()).await?;
            if found.is_none() {
                return Err(StoreError::input("scope", InputProblem::Missing));
            }
        }
        let username = if typed.is_empty() {
            let name = kept_text(&new.display_name, "name", MAX_DISPLAY_NAME_CHARS, false)?;
            if name.is_empty() {
                return Err(StoreError::input("username", InputProblem::Missing));
            }
            let base = username_from_name(&name, new.grant.role);
            let mut chosen = None;
            for n in 1..=99 {
                let candidate = if n == 1 { base.clone() } else { format!("{base}-{n}") };
                let taken = sqlx::query("SELECT id FROM accounts WHERE username = $1").bind(&candidate).fetch_optional(tx.conn()).await?;
                if taken.is_none() {
                    chosen = Some(candidate);
                    break;
                }
            }
            chosen.ok_or(StoreError::input("username", InputProblem::Taken))?
        } else {
            typed_username(&typed)?
        };
        let at = tx.at();
        let id: i64 = sqlx::query(
            "INSERT INTO accounts (username, member_id, password_hash, language, disabled, created_at) \
             VALUES ($1, NULL, $2, $3, 0, $4) RETURNING id",
        )
        .bind(&username)
        .bind(NO_PASSWORD_YET)
        .bind(new.language.code())
        .bind(at)
        .fetch_one(tx.conn())
        .await
        .map_err(|e| if crate::db::violates_unique(&e, "username") { StoreError::input("username", InputProblem::Taken) } else { e.into() })?
        .try_get(0)?;
        let account = AccountId(id);
        tx.append(by, &AuditEvent::new("account_created").account(account)).await?;
        sqlx::query("INSERT INTO grants (account_id, role, collective_id, partner_id) VALUES ($1, $2, $3, $4)")
            .bind(account.0)
            .bind(new.grant.role.code())
            .bind(new.grant.collective.map(|c| c.0))
            .bind(new.grant.partner.map(|p| p.0))
            .execute(tx.conn())
            .await?;
        tx.append(by, &grants::event("grant_added", account, &new.grant)).await?;
        let (code, expires_at) = self.store_code(&mut tx, by, account, None, now).await?;
        tx.commit().await?;
        Ok(ActivationCode { account, code, expires_at, account_created: true })
    }

    /// Every account, by username, with its grants, state and waiting code.
    pub async fn account_states(&self, now: OffsetDateTime) -> Result<Vec<AccountState>, StoreError> {
        self.account_states_where("", None, now).await
    }

    /// One account as the lists show it.
    pub async fn account_state(&self, id: AccountId, now: OffsetDateTime) -> Result<Option<AccountState>, StoreError> {
        Ok(self.account_states_where("WHERE a.id = $2", Some(id), now).await?.pop())
    }

    /// The accounts that hold a role beyond a member's (leaders, facilitators, analysts, the
    /// coordinator, the admin), by username.
    pub async fn staff_states(&self, now: OffsetDateTime) -> Result<Vec<AccountState>, StoreError> {
        Ok(self.account_states(now).await?.into_iter().filter(AccountState::is_staff).collect())
    }

    async fn account_states_where(&self, filter: &str, id: Option<AccountId>, now: OffsetDateTime) -> Result<Vec<AccountState>, StoreError> {
        let sql = format!(
            "SELECT a.id, a.username, a.member_id, a.language, a.disabled, c.expires_at FROM accounts a \
             LEFT JOIN activation_codes c ON c.account_id = a.id AND c.expires_at > $1 {filter} ORDER BY a.username"
        );
        let mut query = sqlx::query(&sql).bind(now.unix_timestamp());
        if let Some(id) = id {
            query = query.bind(id.0);
        }
        let rows = query.fetch_all(&self.pool).await?;
        let mut states = Vec::with_capacity(rows.len());
        for row in &rows {
            let account = super::account_row(row)?;
            let code_until = match row.try_get::<Option<i64>, _>(5)? {
                Some(t) => Some(
                    OffsetDateTime::from_unix_timestamp(t)
                        .map_err(|_| StoreError::Corrupt { table: "activation_codes", detail: "expiry out of range".to_owned() })?,
                ),
                None => None,
            };
            states.push(AccountState {
                id: account.id,
                username: account.username,
                member: account.member,
                language: account.language,
                grants: Vec::new(),
                disabled: account.disabled,
                code_until,
            });
        }
        // Grants in one query for the lot.
        let grant_rows = sqlx::query("SELECT account_id, role, collective_id, partner_id FROM grants ORDER BY id").fetch_all(&self.pool).await?;
        for row in &grant_rows {
            let account = AccountId(row.try_get(0)?);
            let Some(state) = states.iter_mut().find(|s| s.id == account) else { continue };
            let role: String = row.try_get(1)?;
            state.grants.push(RoleGrant {
                role: Role::from_code(&role).ok_or_else(|| StoreError::Corrupt { table: "grants", detail: format!("unknown role {role:?}") })?,
                collective: row.try_get::<Option<i64>, _>(2)?.map(dhruva_core::CollectiveId),
                partner: row.try_get::<Option<i64>, _>(3)?.map(dhruva_core::PartnerOrgId),
            });
        }
        Ok(states)
    }
}

/// A typed username checked as a person's field: too long, or of characters a username does
/// not take, each said beside the field.
fn typed_username(typed: &str) -> Result<String, StoreError> {
    if typed.chars().count() > MAX_USERNAME_CHARS {
        return Err(StoreError::input("username", InputProblem::TooLong { max: MAX_USERNAME_CHARS }));
    }
    check_username(typed).map_err(|_| StoreError::input("username", InputProblem::Format))
}

/// `Rina Das` → `rina.das`; a name with too few Latin letters or digits (one in Bengali
/// script) gives the role and a random number (`leader-4821`), which she can be told.
fn username_from_name(name: &str, role: Role) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('.') {
            out.push('.');
        }
    }
    let mut out: String = out.trim_end_matches('.').chars().take(48).collect();
    out = out.trim_end_matches('.').to_owned();
    if out.len() < 3 || PhoneNumber::looks_like_phone(&out) || check_username(&out).is_err() {
        use rand::Rng as _;
        out = format!("{}-{}", role.code(), rand::rngs::OsRng.gen_range(1000..10000));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_are_made_from_latin_names_or_else_from_the_role() {
        assert_eq!(username_from_name("Rina  Das", Role::Leader), "rina.das");
        assert_eq!(username_from_name(" Mary-Ann O'Neil ", Role::Analyst), "mary.ann.o.neil");
        let bengali = username_from_name("রীনা দাস", Role::Facilitator);
        assert!(bengali.starts_with("facilitator-") && bengali.len() == "facilitator-".len() + 4, "{bengali}");
        assert!(check_username(&bengali).is_ok());
    }
}
