//! Role grants as stored, and their translation into the policy's `Grant`.

use super::RoleGrant;
use crate::audit::AuditEvent;
use crate::{Accessor, Store, StoreError};
use dhruva_core::policy::{Grant, Role};
use dhruva_core::{AccountId, CollectiveId, PartnerOrgId};
use sqlx::{AnyPool, Row as _};

pub(super) fn check_scope(grant: &RoleGrant) -> Result<(), StoreError> {
    let fits = match grant.role {
        Role::Leader => grant.collective.is_some() && grant.partner.is_none(),
        Role::Facilitator => grant.partner.is_some() && grant.collective.is_none(),
        Role::Analyst | Role::Admin | Role::Coordinator | Role::Member => grant.collective.is_none() && grant.partner.is_none(),
    };
    if fits {
        Ok(())
    } else {
        Err(StoreError::Invalid(format!(
            "a {} grant needs {}",
            grant.role.code(),
            match grant.role {
                Role::Leader => "a collective and no partner",
                Role::Facilitator => "a partner organisation and no collective",
                Role::Analyst | Role::Admin | Role::Coordinator | Role::Member => "no collective and no partner",
            }
        )))
    }
}

pub(super) async fn insert(store: &Store, by: &Accessor, id: AccountId, grant: &RoleGrant) -> Result<(), StoreError> {
    let mut tx = store.begin_audited().await?;
    let account = sqlx::query("SELECT member_id FROM accounts WHERE id = $1")
        .bind(id.0)
        .fetch_optional(tx.conn())
        .await?
        .ok_or(StoreError::NotFound("account"))?;
    // Being a member comes from the account's link to her, so there is nothing to store.
    if grant.role == Role::Member {
        return match account.try_get::<Option<i64>, _>(0)? {
            Some(_) => Ok(()),
            None => Err(StoreError::Invalid("the member role comes from linking the account to a member".to_owned())),
        };
    }
    if let Some(collective) = grant.collective {
        let found = sqlx::query("SELECT id FROM collectives WHERE id = $1").bind(collective.0).fetch_optional(tx.conn()).await?;
        if found.is_none() {
            return Err(StoreError::Invalid(format!("unknown collective {collective}")));
        }
    }
    if let Some(partner) = grant.partner {
        let found = sqlx::query("SELECT id FROM partners WHERE id = $1").bind(partner.0).fetch_optional(tx.conn()).await?;
        if found.is_none() {
            return Err(StoreError::Invalid(format!("unknown partner organisation {partner}")));
        }
    }
    let inserted = sqlx::query("INSERT INTO grants (account_id, role, collective_id, partner_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
        .bind(id.0)
        .bind(grant.role.code())
        .bind(grant.collective.map(|c| c.0))
        .bind(grant.partner.map(|p| p.0))
        .execute(tx.conn())
        .await?;
    // Granting what is already granted changes nothing, so there is nothing to record.
    if inserted.rows_affected() == 0 {
        return Ok(());
    }
    tx.append(by, &event("grant_added", id, grant)).await?;
    tx.commit().await
}

pub(super) async fn remove(store: &Store, by: &Accessor, id: AccountId, grant: &RoleGrant) -> Result<(), StoreError> {
    let mut tx = store.begin_audited().await?;
    let deleted = sqlx::query(
        "DELETE FROM grants WHERE account_id = $1 AND role = $2 \
         AND COALESCE(collective_id, 0) = $3 AND COALESCE(partner_id, 0) = $4",
    )
    .bind(id.0)
    .bind(grant.role.code())
    .bind(grant.collective.map_or(0, |c| c.0))
    .bind(grant.partner.map_or(0, |p| p.0))
    .execute(tx.conn())
    .await?;
    if deleted.rows_affected() == 0 {
        return Ok(());
    }
    tx.append(by, &event("grant_removed", id, grant)).await?;
    tx.commit().await
}

/// The role and its scope, by code and id: enough to say who may now see what.
pub(super) fn event(action: &str, id: AccountId, grant: &RoleGrant) -> AuditEvent {
    let mut event = AuditEvent::new(action).account(id);
    let mut detail = format!("role={}", grant.role.code());
    if let Some(collective) = grant.collective {
        event = event.collective(collective);
        detail.push_str(&format!(";collective={collective}"));
    }
    if let Some(partner) = grant.partner {
        detail.push_str(&format!(";partner={partner}"));
    }
    event.detail(detail)
}

pub(super) async fn of_account(pool: &AnyPool, id: AccountId) -> Result<Vec<RoleGrant>, StoreError> {
    let rows = sqlx::query("SELECT role, collective_id, partner_id FROM grants WHERE account_id = $1 ORDER BY id").bind(id.0).fetch_all(pool).await?;
    rows.iter()
        .map(|row| {
            let role: String = row.try_get(0)?;
            Ok(RoleGrant {
                role: Role::from_code(&role).ok_or_else(|| corrupt(format!("unknown role {role:?}")))?,
                collective: row.try_get::<Option<i64>, _>(1)?.map(CollectiveId),
                partner: row.try_get::<Option<i64>, _>(2)?.map(PartnerOrgId),
            })
        })
        .collect()
}

pub(super) fn to_policy(grant: &RoleGrant) -> Result<Grant, StoreError> {
    match (grant.role, grant.collective, grant.partner) {
        (Role::Leader, Some(collective), None) => Ok(Grant::Leader { collective }),
        (Role::Facilitator, None, Some(partner)) => Ok(Grant::Facilitator { partner }),
        (Role::Analyst, None, None) => Ok(Grant::Analyst),
        (Role::Admin, None, None) => Ok(Grant::Admin),
        (Role::Coordinator, None, None) => Ok(Grant::Coordinator),
        _ => Err(corrupt(format!("a {} grant with the wrong scope", grant.role.code()))),
    }
}

fn corrupt(detail: String) -> StoreError {
    StoreError::Corrupt { table: "grants", detail }
}
