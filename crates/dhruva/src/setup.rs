//! `dhruva setup`: the first start of a real deployment. It names the federation (in English,
//! and in Bengali, Hindi and Telugu if given), records the states it works in, creates its
//! first coordinator account, and refuses to run again once the federation exists.

use crate::cli::LanguageArg;
use crate::password::read_new_password;
use anyhow::{bail, Context, Result};
use dhruva_core::geography::StateCode;
use dhruva_core::policy::Role;
use dhruva_core::registry::Language;
use dhruva_store::accounts::{NewAccount, RoleGrant};
use dhruva_store::registry::{FederationSetup, MAX_REGISTRY_NAME};
use dhruva_store::{Accessor, Store};

const PASSWORD_ENV: &str = "DHRUVA_PASSWORD";

pub struct Setup {
    pub name: String,
    pub name_bn: Option<String>,
    pub name_hi: Option<String>,
    pub name_te: Option<String>,
    /// Comma-separated state codes (`WB,JH`).
    pub states: Option<String>,
    pub username: String,
    pub language: LanguageArg,
}

/// A name as kept, or the flag's one-line refusal.
fn checked(flag: &str, name: &str, required: bool) -> Result<String> {
    let Ok(name) = dhruva_core::text::clean(name) else { bail!("{flag}: the name holds a character that cannot be kept") };
    if required && name.is_empty() {
        bail!("{flag}: the federation's name cannot be empty");
    }
    if name.chars().count() > MAX_REGISTRY_NAME {
        bail!("{flag}: the federation's name has at most {MAX_REGISTRY_NAME} characters");
    }
    Ok(name)
}

/// The states named by `--states`, each one the registry knows, or a refusal naming the
/// unknown ones.
async fn states(store: &Store, list: Option<&str>) -> Result<Vec<StateCode>> {
    let known: Vec<StateCode> = store.states().await?.into_iter().map(|s| s.code).collect();
    let mut chosen = Vec::new();
    let mut unknown = Vec::new();
    for code in list.unwrap_or("").split(',').map(str::trim).filter(|c| !c.is_empty()) {
        match StateCode::parse(&code.to_ascii_uppercase()) {
            Ok(state) if known.contains(&state) => {
                if !chosen.contains(&state) {
                    chosen.push(state);
                }
            }
            _ => unknown.push(code.to_owned()),
        }
    }
    if !unknown.is_empty() {
        bail!("--states: {} is not a state code of data/india-districts.csv (such as WB, JH, OD); nothing was changed", unknown.join(", "));
    }
    Ok(chosen)
}

pub async fn setup(store: &Store, req: Setup) -> Result<()> {
    // Everything that can be checked is checked before asking for a password, and before
    // anything is written.
    if let Some(federation) = store.federation().await? {
        bail!("this deployment is already set up (the federation {:?}); nothing was changed", federation.name);
    }
    let name = checked("--name", &req.name, true)?;
    let mut names = Vec::new();
    for (flag, language, value) in
        [("--name-bn", Language::Bengali, &req.name_bn), ("--name-hi", Language::Hindi, &req.name_hi), ("--name-te", Language::Telugu, &req.name_te)]
    {
        if let Some(value) = value {
            names.push((language, checked(flag, value, false)?));
        }
    }
    let states = states(store, req.states.as_deref()).await?;
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
    let setup = FederationSetup { name: name.clone(), names, states };
    store.create_federation(&by, &setup).await.context("the coordinator account was created but the federation could not be")?;
    let profile = store.federation_profile().await?.context("the federation was created but cannot be read back")?;
    let language = req.language.language();
    println!("Set up the federation {:?} with its coordinator account {:?}.", profile.name_in(language), req.username);
    if !profile.names.is_empty() {
        let others: Vec<String> = profile.names.iter().map(|(l, n)| format!("{}: {n}", l.code())).collect();
        println!("Its names: {}.", others.join("; "));
    }
    if !profile.states.is_empty() {
        let codes: Vec<&str> = profile.states.iter().map(|s| s.as_str()).collect();
        println!("It works in: {}.", codes.join(", "));
    }
    println!("Next: dhruva serve, then log in as {:?}.", req.username);
    Ok(())
}

/// Said once when `dhruva serve` starts on a deployment nobody has set up yet.
pub async fn hint_if_not_set_up(store: &Store) {
    if let Ok(None) = store.federation().await {
        eprintln!("This deployment is not set up yet: run `dhruva setup --name NAME --username NAME` to create the federation and its coordinator.");
    }
}
