//! Saving her details, where a new phone number of her own is a request her leader confirms
//! (`dhruva_store::members::phone_change` says why): the answer to her is the same whatever
//! the number, and a leader's confirmation answers the same whether the number is in use.

use super::Access;
use crate::error::WebError;
use dhruva_core::phone::PhoneNumber;
use dhruva_core::policy::{Action, Resource};
use dhruva_core::registry::MemberPersonal;
use dhruva_core::{CollectiveId, MemberId};
use dhruva_store::members::phone_change::{PendingPhoneChange, PhoneRequest};
use dhruva_store::StoreError;

/// What saving her details did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Saved as given.
    AsGiven,
    /// Saved, except her new number, which waits for her leader.
    PhoneRequested,
    /// She asked for too many new numbers today: nothing was saved.
    TooMany,
}

fn canonical(phone: Option<&dhruva_core::Sensitive<String>>) -> Option<PhoneNumber> {
    phone.and_then(|p| PhoneNumber::parse(p.expose()).ok())
}

impl Access<'_> {
    /// Saves her personal fields. A leader (with her consent) saves them as given — a number
    /// someone else holds is kept and flagged by the store, never refused; she herself saves
    /// everything but a new number, which becomes a request.
    #[tracing::instrument(skip_all)]
    pub async fn save_personal(&self, id: MemberId, personal: &MemberPersonal) -> Result<Saved, WebError> {
        let (_, d) = self.require_on_member(id, Action::EditMemberPersonal).await?;
        let by = self.accessor(&d);
        if self.actor.member() != Some(id) {
            self.app.store.update_member_personal(&by, id, personal).await?;
            return Ok(Saved::AsGiven);
        }
        let current = self.app.store.member_personal(&by, id).await?.ok_or(WebError::NotFound)?;
        let old = canonical(current.phone.as_ref());
        let Some(new) = canonical(personal.phone.as_ref()).filter(|n| old.as_ref().map(PhoneNumber::canonical) != Some(n.canonical())) else {
            // No new number (the same one, or none: removing hers tells nothing about anyone).
            self.app.store.update_member_personal(&by, id, personal).await?;
            return Ok(Saved::AsGiven);
        };
        if self.app.store.request_phone_change(&by, id, &new).await? == PhoneRequest::TooMany {
            return Ok(Saved::TooMany);
        }
        let rest = MemberPersonal { phone: current.phone, ..personal.clone() };
        self.app.store.update_member_personal(&by, id, &rest).await?;
        Ok(Saved::PhoneRequested)
    }

    /// The requests waiting in a collective that this actor may confirm: her code and when,
    /// never the number.
    pub async fn pending_phone_changes(&self, collective: CollectiveId) -> Result<Vec<PendingPhoneChange>, WebError> {
        self.require_on_collective(collective, Action::ViewCollective).await?;
        let mut mine = Vec::new();
        for request in self.app.store.pending_phone_changes(collective, crate::state::today()).await? {
            let Some(facts) = self.app.store.member_facts(request.member, crate::state::today()).await? else { continue };
            // Her own request is for another leader to confirm.
            if self.actor.member() != Some(request.member) && self.decide(Action::ConfirmPhoneChange, Resource::Member(&facts)).allowed {
                mine.push(request);
            }
        }
        Ok(mine)
    }

    /// A leader confirms or refuses her request. The answer is the same whether or not the
    /// number is someone else's.
    #[tracing::instrument(skip_all)]
    pub async fn decide_phone_change(&self, member: MemberId, request: i64, confirm: bool) -> Result<(), WebError> {
        let (_, d) = self.require_on_member(member, Action::ConfirmPhoneChange).await?;
        match self.app.store.decide_phone_change(&self.accessor(&d), member, request, confirm).await {
            Err(StoreError::Invalid(_)) => Err(WebError::Forbidden),
            other => Ok(other?),
        }
    }
}
