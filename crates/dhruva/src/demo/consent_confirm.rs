//! Consent as she confirms it (issue 9). `demo-leader` records that `demo-member` agreed, in
//! person, to mentoring; `demo-member` confirms it herself, as she would on her choices page,
//! so her mentor works as before. `demo-leader` has also recorded her agreement to federation
//! contact, which waits on her choices page (and her home page says so) for her to confirm or
//! refuse. Looks before it writes: a second run adds nothing.

use super::data;
use anyhow::{Context, Result};
use dhruva_core::consent::Purpose;
use dhruva_core::policy::Role;
use dhruva_core::{MemberId, Sensitive};
use dhruva_store::consent::{ConsentState, NewConsent};
use dhruva_store::{Accessor, Channel, Store};

const WITNESS: &str = "Mamata Bag (fictional)";

async fn as_account(store: &Store, username: &str, role: Role) -> Result<Accessor> {
    let account = store.account_by_username(username).await?.with_context(|| format!("the account {username} is missing"))?;
    Ok(Accessor { account: Some(account.id), role: Some(role), purpose: None, channel: Channel::Web })
}

pub(super) async fn ensure(store: &Store, member: MemberId) -> Result<()> {
    let as_leader = as_account(store, data::LEADER_ACCOUNT, Role::Leader).await?;
    let as_her = as_account(store, data::MEMBER_ACCOUNT, Role::Member).await?;
    let history = store.consent_history(member).await?;
    let recorded = |purpose| history.iter().any(|r| r.purpose == purpose);
    let told = |purpose, method: &str| NewConsent { purpose, method: method.to_owned(), witness: Some(Sensitive::new(WITNESS.to_owned())) };
    if !recorded(Purpose::Mentoring) {
        store.record_consent(&as_leader, member, &told(Purpose::Mentoring, "verbal")).await.context("cannot record the demo mentoring consent")?;
        let waiting = store.consent_history(member).await?;
        let id = waiting
            .iter()
            .find(|r| r.purpose == Purpose::Mentoring && r.state == ConsentState::Pending)
            .map(|r| r.id)
            .context("the recorded mentoring consent is not waiting for her")?;
        store.confirm_consent(&as_her, member, id).await.context("demo-member cannot confirm her mentoring consent")?;
    }
    if !recorded(Purpose::FederationContact) {
        store
            .record_consent(&as_leader, member, &told(Purpose::FederationContact, "paper"))
            .await
            .context("cannot record the demo contact consent")?;
    }
    Ok(())
}
