//! Every write to an account is in the audit log, naming the account by id, saying who
//! wrote it, and holding no password, token, username or label.

use crate::fixtures::*;
use dhruva_core::policy::Role;
use dhruva_core::registry::Language;
use dhruva_core::{AccountId, Sensitive};
use dhruva_store::accounts::{NewAccount, RoleGrant};
use dhruva_store::audit::{AuditRow, ChainStatus};
use dhruva_store::{Store, StoreError};
use time::macros::datetime;

const NEW_PASSWORD: &str = "another long password";
const USERNAME: &str = "rupa.mondal";
const LABEL: &str = "Rupa Mondal's phone";

fn actions(rows: &[AuditRow]) -> Vec<&str> {
    rows.iter().map(|r| r.action.as_str()).collect()
}

async fn newest(store: &Store) -> AuditRow {
    store.audit_recent(1).await.expect("audit").remove(0)
}

async fn row_count(store: &Store) -> i64 {
    match store.verify_audit_chain().await.expect("verify") {
        ChainStatus::Intact { rows } => rows,
        broken => panic!("the chain broke: {broken:?}"),
    }
}

pub async fn every_write_to_an_account_is_audited_by_id_with_who_wrote_it(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let sanjog = store.create_partner(&cli(), "Sanjog", None).await.expect("partner");
    let rupa = member(store, utthan, "Rupa Mondal", Some("9830012345")).await;
    let admin = account(store, "admin", None).await;
    let as_admin = web(admin, Role::Admin, None);

    let new = NewAccount { username: USERNAME.to_owned(), member: Some(rupa.id), language: Language::Bengali, password: password(PASSWORD) };
    let hers = store.create_account(&as_admin, new).await.expect("created");
    let created = newest(store).await;
    assert_eq!((created.action.as_str(), created.subject_account, created.subject_member), ("account_created", Some(hers), Some(rupa.id)));
    assert_eq!((created.account, created.role.as_deref(), created.channel.as_str()), (Some(admin), Some("admin"), "web"));
    assert_eq!(created.detail, None);
    // An account that can read her record is part of her history.
    assert_eq!(actions(&store.audit_about_member(rupa.id).await.expect("audit")), ["account_created", "member_created"]);

    store.set_password(&as_admin, hers, &password(NEW_PASSWORD)).await.expect("password");
    store.set_account_language(&as_admin, hers, Language::Telugu).await.expect("language");
    assert_eq!(newest(store).await.detail.as_deref(), Some("language=te"));

    let leads = RoleGrant { role: Role::Leader, collective: Some(utthan), partner: None };
    store.add_grant(&as_admin, hers, &leads).await.expect("grant");
    let granted = newest(store).await;
    assert_eq!((granted.detail.as_deref(), granted.subject_collective), (Some(format!("role=leader;collective={utthan}").as_str()), Some(utthan)));
    let facilitates = RoleGrant { role: Role::Facilitator, collective: None, partner: Some(sanjog) };
    store.add_grant(&as_admin, hers, &facilitates).await.expect("grant");
    assert_eq!(newest(store).await.detail, Some(format!("role=facilitator;partner={sanjog}")));

    let token = store.create_api_token(&as_admin, hers, LABEL).await.expect("token");
    let detail = newest(store).await.detail.expect("a detail");
    assert!(detail.starts_with("token=") && detail[6..].parse::<i64>().is_ok(), "{detail}");
    assert_eq!(store.revoke_api_tokens(&as_admin, hers).await.expect("revoked"), 1);
    assert_eq!(newest(store).await.detail.as_deref(), Some("tokens=1"));
    store.remove_grant(&as_admin, hers, &facilitates).await.expect("removed");
    assert_eq!(newest(store).await.detail, Some(format!("role=facilitator;partner={sanjog}")));

    store.create_session(hers, datetime!(2025-06-01 10:00 UTC)).await.expect("session");
    let second = store.create_api_token(&cli(), hers, "laptop").await.expect("token");
    store.set_disabled(&cli(), hers, true).await.expect("disabled");
    let disabled = newest(store).await;
    assert_eq!((disabled.action.as_str(), disabled.detail.as_deref()), ("account_disabled", Some("sessions=1;tokens=1;codes=0")));
    assert_eq!((disabled.account, disabled.channel.as_str()), (None, "cli"));
    store.set_disabled(&cli(), hers, false).await.expect("enabled");

    assert_eq!(
        actions(&store.audit_about_account(hers).await.expect("audit")),
        [
            "account_enabled",
            "account_disabled",
            "token_created",
            "grant_removed",
            "tokens_revoked",
            "token_created",
            "grant_added",
            "grant_added",
            "language_changed",
            "password_changed",
            "account_created",
        ]
    );
    assert!(store.audit_about_account(hers).await.expect("audit").iter().all(|r| r.subject_account == Some(hers)));

    // Nothing secret or personal in any row, whichever way it is printed.
    for row in store.audit_recent(1000).await.expect("audit") {
        let text = format!("{row:?} {}", serde_json::to_string(&row).expect("json"));
        for secret in [PASSWORD, NEW_PASSWORD, token.expose(), &token.expose()[8..], second.expose(), USERNAME, "Rupa", LABEL, "laptop"] {
            assert!(!text.contains(secret), "audit row {} ({}) holds a secret or personal value", row.seq, row.action);
        }
    }
    assert!(matches!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { .. }));
}

pub async fn account_writes_that_change_nothing_or_fail_record_nothing(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let someone = account(store, "someone", None).await;
    let analyst = RoleGrant { role: Role::Analyst, collective: None, partner: None };
    store.add_grant(&cli(), someone, &analyst).await.expect("grant");
    let before = row_count(store).await;

    store.add_grant(&cli(), someone, &analyst).await.expect("the same grant again");
    store.remove_grant(&cli(), someone, &RoleGrant { role: Role::Admin, collective: None, partner: None }).await.expect("not there");
    assert_eq!(store.revoke_api_tokens(&cli(), someone).await.expect("none to revoke"), 0);
    let nobody = AccountId(9999);
    let new = |username: &str| NewAccount { username: username.to_owned(), member: None, language: Language::English, password: password(PASSWORD) };
    assert!(matches!(store.create_account(&cli(), new("someone")).await, Err(StoreError::Duplicate(_))));
    assert!(matches!(store.create_account(&cli(), new("x")).await, Err(StoreError::Invalid(_))));
    assert!(matches!(store.set_password(&cli(), nobody, &password(PASSWORD)).await, Err(StoreError::NotFound(_))));
    assert!(matches!(store.set_disabled(&cli(), nobody, true).await, Err(StoreError::NotFound(_))));
    assert!(matches!(store.set_account_language(&cli(), nobody, Language::Hindi).await, Err(StoreError::NotFound(_))));
    assert!(matches!(store.create_api_token(&cli(), nobody, "x").await, Err(StoreError::NotFound(_))));
    let leads_nowhere = RoleGrant { role: Role::Leader, collective: Some(dhruva_core::CollectiveId(9999)), partner: None };
    assert!(matches!(store.add_grant(&cli(), someone, &leads_nowhere).await, Err(StoreError::Invalid(_))));
    let leads = RoleGrant { role: Role::Leader, collective: Some(utthan), partner: None };
    assert!(matches!(store.add_grant(&cli(), nobody, &leads).await, Err(StoreError::NotFound(_))));
    let weak = NewAccount { password: Sensitive::new("short".to_owned()), ..new("weak") };
    assert!(matches!(store.create_account(&cli(), weak).await, Err(StoreError::Invalid(_))));

    assert_eq!(row_count(store).await, before, "a write that did nothing left an audit row");
    assert_eq!(store.counts().await.expect("counts").accounts, 1);
}

pub async fn naming_the_federation_is_audited_once_per_change(store: &Store) {
    store.ensure_federation(&cli(), "Federation of survivor collectives").await.expect("federation");
    assert_eq!(newest(store).await.action, "federation_created");
    store.ensure_federation(&cli(), " Federation of survivor collectives ").await.expect("same name");
    assert_eq!(row_count(store).await, 1, "the same name again is not a change");
    store.ensure_federation(&cli(), "ILFAT").await.expect("renamed");
    assert_eq!((newest(store).await.action.as_str(), newest(store).await.channel.as_str()), ("federation_renamed", "cli"));
    assert_eq!(row_count(store).await, 2);
}
