//! `dhruva setup`: the first start of a real deployment. It names the federation and creates
//! its first coordinator account, and refuses to run again once the federation exists.

use crate::cli::LanguageArg;
use crate::password::read_new_password;
use anyhow::{bail, Context, Result};
use dhruva_core::policy::Role;
use dhruva_store::accounts::{NewAccount, RoleGrant};
use dhruva_store::{Accessor, Store};

const PASSWORD_ENV: &str = "DHRUVA_PASSWORD";

pub struct Setup {
    pub name: String,
    pub username: String,
    pub language: LanguageArg,
}

pub async fn setup(store: &Store, req: Setup) -> Result<()> {
    // Everything that can be checked is checked before asking for a password, and before
    // anything is written.
    if let Some(federation) = store.federation().await? {
        bail!("this deployment is already set up (the federation {:?}); nothing was changed", federation.name);
    }
    let name = req.name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        bail!("--name: the federation's name has 1 to 200 characters");
    }
    if req.username.trim().is_empty() {
        bail!("--username: the coordinator's username cannot be empty");
    }
    if store.account_by_username(&req.username).await?.is_some() {
        bail!("an account named {} already exists; nothing was changed", req.username);
    }
    let password = read_new_password(PASSWORD_ENV, &req.username)?;
    let by = Accessor::cli();
    // The account first: a password or username the store refuses leaves nothing behind.
    let id = store
        .create_account(&by, NewAccount { username: req.username.clone(), member: None, language: req.language.language(), password })
        .await
        .with_context(|| format!("cannot create the account {}; nothing was changed", req.username))?;
    store
        .add_grant(&by, id, &RoleGrant { role: Role::Coordinator, collective: None, partner: None })
        .await
        .context("the account was created but could not be made the coordinator")?;
    store.ensure_federation(&by, name).await.context("the coordinator account was created but the federation could not be")?;
    println!("Set up the federation {name:?} with its coordinator account {:?}.", req.username);
    println!("Next: dhruva serve, then log in as {:?}.", req.username);
    Ok(())
}

/// Said once when `dhruva serve` starts on a deployment nobody has set up yet.
pub async fn hint_if_not_set_up(store: &Store) {
    if let Ok(None) = store.federation().await {
        eprintln!("This deployment is not set up yet: run `dhruva setup --name NAME --username NAME` to create the federation and its coordinator.");
    }
}
