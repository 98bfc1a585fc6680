//! The six demo accounts, one per role, all with the same password.

use super::{data, members, Loaded};
use crate::password;
use anyhow::{Context, Result};
use dhruva_core::policy::Role;
use dhruva_core::registry::Language;
use dhruva_core::{MemberId, Sensitive};
use dhruva_store::accounts::{NewAccount, RoleGrant};
use dhruva_store::registry::RegistryCounts;
use dhruva_store::{Accessor, Store};

const PASSWORD_ENV: &str = "DHRUVA_DEMO_PASSWORD";

/// The demo password, and whether the operator chose it (then it is never printed: it may
/// be one she uses elsewhere, and terminal output ends up in logs).
pub struct DemoPassword {
    value: Sensitive<String>,
    generated: bool,
}

impl DemoPassword {
    /// `DHRUVA_DEMO_PASSWORD`, or a random one to print.
    pub fn from_env() -> Result<DemoPassword> {
        match std::env::var(PASSWORD_ENV) {
            Ok(p) if !p.is_empty() => {
                password::check(&p, PASSWORD_ENV)?;
                Ok(DemoPassword { value: Sensitive::new(p), generated: false })
            }
            _ => Ok(DemoPassword { value: Sensitive::new(password::random_password()), generated: true }),
        }
    }
}

struct DemoAccount {
    username: &'static str,
    language: Language,
    member: Option<MemberId>,
    grants: Vec<RoleGrant>,
}

fn grant(role: Role) -> RoleGrant {
    RoleGrant { role, collective: None, partner: None }
}

async fn demo_accounts(store: &Store, loaded: &Loaded) -> Result<Vec<DemoAccount>> {
    let wb = &data::COLLECTIVES[0];
    let member_of = |position| {
        let code = members::code(wb, position);
        async move {
            let found = store.member_by_code(&code).await?;
            found.map(|m| m.id).with_context(|| format!("the demo member {code} is missing"))
        }
    };
    let member = member_of(data::DEMO_MEMBER_POSITION).await?;
    let leader = member_of(data::DEMO_LEADER_POSITION).await?;
    Ok(vec![
        DemoAccount { username: data::MEMBER_ACCOUNT, language: Language::Bengali, member: Some(member), grants: vec![grant(Role::Member)] },
        DemoAccount {
            username: data::LEADER_ACCOUNT,
            language: Language::Bengali,
            member: Some(leader),
            grants: vec![grant(Role::Member), RoleGrant { collective: Some(loaded.west_bengal), ..grant(Role::Leader) }],
        },
        DemoAccount {
            username: data::FACILITATOR_ACCOUNT,
            language: Language::English,
            member: None,
            grants: vec![RoleGrant { partner: Some(loaded.partners[0]), ..grant(Role::Facilitator) }],
        },
        DemoAccount { username: data::ANALYST_ACCOUNT, language: Language::English, member: None, grants: vec![grant(Role::Analyst)] },
        DemoAccount { username: data::ADMIN_ACCOUNT, language: Language::English, member: None, grants: vec![grant(Role::Admin)] },
        DemoAccount { username: data::COORDINATOR_ACCOUNT, language: Language::Bengali, member: None, grants: vec![grant(Role::Coordinator)] },
    ])
}

/// Creates the accounts, or resets an existing one's password so the printed one works.
pub(super) async fn ensure(store: &Store, by: &Accessor, loaded: &Loaded, password: &DemoPassword) -> Result<()> {
    for account in demo_accounts(store, loaded).await? {
        let id = match store.account_by_username(account.username).await? {
            Some(existing) => {
                store.set_password(by, existing.id, &password.value).await?;
                if existing.disabled {
                    store.set_disabled(by, existing.id, false).await?;
                }
                existing.id
            }
            None => store
                .create_account(
                    by,
                    NewAccount {
                        username: account.username.to_owned(),
                        member: account.member,
                        language: account.language,
                        password: password.value.clone(),
                    },
                )
                .await
                .with_context(|| format!("cannot create the account {}", account.username))?,
        };
        for g in &account.grants {
            store.add_grant(by, id, g).await.with_context(|| format!("cannot grant {} its role", account.username))?;
        }
    }
    Ok(())
}

pub(super) fn print_logins(counts: &RegistryCounts, password: &DemoPassword, serving_next: bool) {
    println!(
        "Demo data is ready: {} collectives, {} members, {} accounts. Every person and organisation in it is fictional.",
        counts.collectives, counts.members, counts.accounts
    );
    if serving_next {
        println!("Log in at the address printed below as:");
    } else {
        println!("Start it with `dhruva serve` (same --data-dir or --database-url), then log in at http://127.0.0.1:8080/login as:");
    }
    for (username, about) in [
        (data::MEMBER_ACCOUNT, "a member (Bengali)"),
        (data::LEADER_ACCOUNT, "a collective's secretary (Bengali)"),
        (data::FACILITATOR_ACCOUNT, "a partner organisation's facilitator"),
        (data::ANALYST_ACCOUNT, "the federation's analyst"),
        (data::ADMIN_ACCOUNT, "the deployment's admin"),
        (data::COORDINATOR_ACCOUNT, "the federation's coordinator (Bengali)"),
    ] {
        println!("  {username:<18} {about}");
    }
    if password.generated {
        println!("Password for all of them: {}", password.value.expose());
        println!("(Set DHRUVA_DEMO_PASSWORD to choose it instead; each run resets the demo passwords.)");
    } else {
        println!("Password for all of them: the value of DHRUVA_DEMO_PASSWORD.");
    }
}
