//! `dhruva user …` and `dhruva token create`: account administration from the command line,
//! for the first admin and for recovery when nobody can log in.

use crate::cli::{LanguageArg, RoleArg};
use crate::password::read_new_password;
use anyhow::{bail, Context, Result};
use dhruva_core::policy::Role;
use dhruva_core::{CollectiveId, MemberId, PartnerOrgId};
use dhruva_store::accounts::{Account, NewAccount, RoleGrant};
use dhruva_store::{Accessor, Store};

const PASSWORD_ENV: &str = "DHRUVA_PASSWORD";

pub struct AddUser {
    pub username: String,
    pub role: RoleArg,
    pub collective: Option<String>,
    pub partner: Option<String>,
    pub member: Option<String>,
    pub language: LanguageArg,
}

pub async fn add(store: &Store, req: AddUser) -> Result<()> {
    let role = req.role.role();
    // Everything that can be checked is checked before asking for a password.
    let grant = role_grant(store, role, req.collective.as_deref(), req.partner.as_deref()).await?;
    let member = match req.member.as_deref() {
        Some(code) => Some(member_by_code(store, code).await?),
        None if role == Role::Member => {
            bail!("a member account needs --member CODE: the member code of the person it belongs to")
        }
        None => None,
    };
    if store.account_by_username(&req.username).await?.is_some() {
        bail!("an account named {0} already exists (to change its password: dhruva user passwd {0})", req.username);
    }
    let password = read_new_password(PASSWORD_ENV, &req.username)?;
    let by = Accessor::cli();
    let id = store
        .create_account(&by, NewAccount { username: req.username.clone(), member, language: req.language.language(), password })
        .await
        .with_context(|| format!("cannot create the account {}", req.username))?;
    store.add_grant(&by, id, &grant).await.context("the account was created but its role could not be granted")?;
    // An account that belongs to a member is also that member: she can read her own profile.
    if member.is_some() && role != Role::Member {
        store
            .add_grant(&by, id, &RoleGrant { role: Role::Member, collective: None, partner: None })
            .await
            .context("the account was created but could not be linked to its member")?;
    }
    println!("Created the account {} ({}).", req.username, role.code());
    Ok(())
}

pub async fn passwd(store: &Store, username: &str) -> Result<()> {
    let account = existing(store, username).await?;
    let password = read_new_password(PASSWORD_ENV, username)?;
    store.set_password(&Accessor::cli(), account.id, &password).await.context("cannot set the password")?;
    let ended = store.end_all_sessions(account.id).await.context("the password was changed but sessions could not be ended")?;
    println!("Changed the password of {username}; ended {ended} session(s).");
    Ok(())
}

pub async fn set_disabled(store: &Store, username: &str, disabled: bool) -> Result<()> {
    let account = existing(store, username).await?;
    store.set_disabled(&Accessor::cli(), account.id, disabled).await?;
    if disabled {
        println!("Disabled {username}: its sessions are ended and its API tokens revoked.");
    } else {
        println!("Enabled {username}. Create a new API token if one is needed.");
    }
    Ok(())
}

pub async fn create_token(store: &Store, username: &str, label: &str) -> Result<()> {
    let account = existing(store, username).await?;
    if account.disabled {
        bail!("{username} is disabled; enable it first (dhruva user enable {username})");
    }
    let token = store.create_api_token(&Accessor::cli(), account.id, label).await.context("cannot create the token")?;
    eprintln!(
        "API token for {username} (label {label:?}). It is shown only this once: keep it like a password.\n\
         Use it as the header `Authorization: Bearer <token>`. Disabling the account revokes it."
    );
    // Alone on stdout, so `TOKEN=$(dhruva token create --user …)` captures exactly the token.
    println!("{}", token.expose());
    Ok(())
}

async fn existing(store: &Store, username: &str) -> Result<Account> {
    store.account_by_username(username).await?.with_context(|| format!("there is no account named {username}"))
}

async fn member_by_code(store: &Store, code: &str) -> Result<MemberId> {
    let summary = store.member_by_code(code).await?;
    Ok(summary.with_context(|| format!("there is no member with the code {code}"))?.id)
}

/// The grant for `role`, with the scope it needs and nothing it does not.
async fn role_grant(store: &Store, role: Role, collective: Option<&str>, partner: Option<&str>) -> Result<RoleGrant> {
    let mut grant = RoleGrant { role, collective: None, partner: None };
    match (role, collective, partner) {
        (Role::Leader, Some(c), None) => grant.collective = Some(find_collective(store, c).await?),
        (Role::Leader, None, _) => bail!("a leader account needs --collective NAME|ID: the collective she leads"),
        (Role::Facilitator, None, Some(p)) => grant.partner = Some(find_partner(store, p).await?),
        (Role::Facilitator, _, None) => {
            bail!("a facilitator account needs --partner NAME|ID: the partner organisation she works for")
        }
        (_, Some(_), _) => bail!("--collective applies only to leaders"),
        (_, _, Some(_)) => bail!("--partner applies only to facilitators"),
        _ => {}
    }
    Ok(grant)
}

async fn find_collective(store: &Store, name_or_id: &str) -> Result<CollectiveId> {
    let found = match name_or_id.parse::<i64>() {
        Ok(id) => store.collective(CollectiveId(id)).await?,
        Err(_) => store.collective_by_name(name_or_id).await?,
    };
    if let Some(c) = found {
        return Ok(c.id);
    }
    let known: Vec<String> = store.collectives().await?.into_iter().map(|c| format!("{} ({})", c.name, c.id)).collect();
    bail!("there is no collective {name_or_id:?}; known collectives: {}", list_or_none(&known))
}

async fn find_partner(store: &Store, name_or_id: &str) -> Result<PartnerOrgId> {
    let partners = store.partners().await?;
    let wanted_id = name_or_id.parse::<i64>().ok().map(PartnerOrgId);
    if let Some(p) = partners.iter().find(|p| Some(p.id) == wanted_id || p.name == name_or_id) {
        return Ok(p.id);
    }
    let known: Vec<String> = partners.iter().map(|p| format!("{} ({})", p.name, p.id)).collect();
    bail!("there is no partner organisation {name_or_id:?}; known partners: {}", list_or_none(&known))
}

fn list_or_none(items: &[String]) -> String {
    if items.is_empty() {
        "none yet".to_owned()
    } else {
        items.join(", ")
    }
}
