//! Activation codes (issue 11): a one-time code sets the password of an account with none yet
//! (or one that needs a reset). Works once; refused once expired; a new code voids the one
//! before; a wrong code is refused and writes nothing. Only a keyed hash is stored.

use crate::fixtures::*;
use dhruva_store::accounts::invitations::CODE_LIFETIME_SECONDS;
use dhruva_store::{Store, StoreError};
use time::{Duration, OffsetDateTime};

fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

pub async fn an_activation_code_sets_her_password_once_and_is_in_her_history(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", Some("9830012345")).await;
    let issued = store.issue_activation_code_for_member(&cli(), rupa.id, now()).await.expect("issued");
    assert!(issued.account_created, "she had no account");
    let account = store.account(issued.account).await.expect("read").expect("made");
    assert_eq!((account.username.clone(), account.member), (rupa.code.to_lowercase(), Some(rupa.id)));
    let code = issued.code.expose().clone();
    assert_eq!(code.len(), 12, "grouped ABCD-EFGH-JK: {code}");
    assert!(issued.expires_at - now() > Duration::hours(71) && issued.expires_at - now() <= Duration::hours(72));
    // No password works before the code is redeemed.
    assert_eq!(store.verify_login(&account.username, &password("!invited")).await.expect("login"), None);

    // A password that breaks the rules does not use the code up.
    assert!(matches!(store.redeem_activation_code(&code, &password("short"), now()).await, Err(StoreError::Invalid(_))));
    let typed = format!(" {} ", code.to_lowercase().replace('-', " "));
    assert_eq!(store.redeem_activation_code(&typed, &password("her own new password"), now()).await.expect("redeemed"), Some(issued.account));
    assert_eq!(store.verify_login("9830012345", &password("her own new password")).await.expect("login"), Some(issued.account));
    // Used once: never again.
    assert_eq!(store.redeem_activation_code(&code, &password("someone else's password"), now()).await.expect("asked"), None);
    assert_eq!(store.verify_login("9830012345", &password("her own new password")).await.expect("login"), Some(issued.account));

    let actions: Vec<String> = store.audit_about_member(rupa.id).await.expect("audit").into_iter().map(|r| r.action).collect();
    for action in ["account_created", "activation_code_issued", "account_activated"] {
        assert_eq!(actions.iter().filter(|a| *a == action).count(), 1, "{action} once in her history: {actions:?}");
    }

    // A reset for an account that has a password: the same account, no new one.
    let again = store.issue_activation_code_for_member(&cli(), rupa.id, now()).await.expect("reissued");
    assert_eq!((again.account, again.account_created), (issued.account, false));
}

pub async fn an_expired_activation_code_is_refused(store: &Store) {
    let admin = account(store, "admin", None).await;
    let issued_at = now() - Duration::seconds(CODE_LIFETIME_SECONDS + 1);
    let issued = store.issue_activation_code(&cli(), admin, issued_at).await.expect("issued");
    assert_eq!(store.redeem_activation_code(issued.code.expose(), &password("a brand new password"), now()).await.expect("asked"), None);
    assert_eq!(store.verify_login("admin", &password(PASSWORD)).await.expect("login"), Some(admin), "old password kept");
    // One second before the end it still works.
    let issued = store.issue_activation_code(&cli(), admin, now()).await.expect("issued");
    let just_before = issued.expires_at - Duration::seconds(1);
    assert_eq!(store.redeem_activation_code(issued.code.expose(), &password("a brand new password"), just_before).await.expect("asked"), Some(admin));
}

pub async fn a_second_activation_code_voids_the_first(store: &Store) {
    let admin = account(store, "admin", None).await;
    let first = store.issue_activation_code(&cli(), admin, now()).await.expect("first");
    let second = store.issue_activation_code(&cli(), admin, now()).await.expect("second");
    assert_ne!(first.code.expose(), second.code.expose());
    assert_eq!(store.redeem_activation_code(first.code.expose(), &password("a brand new password"), now()).await.expect("asked"), None);
    assert_eq!(store.redeem_activation_code(second.code.expose(), &password("a brand new password"), now()).await.expect("asked"), Some(admin));
}

pub async fn a_wrong_activation_code_is_refused_and_writes_nothing(store: &Store) {
    let admin = account(store, "admin", None).await;
    let issued = store.issue_activation_code(&cli(), admin, now()).await.expect("issued");
    let before = store.audit_recent(1000).await.expect("audit").len();
    for wrong in ["ACDE-FGHJ-KM", "", "not a code at all", "ACDE-FGHJ-K0"] {
        if wrong == issued.code.expose() {
            continue;
        }
        assert_eq!(store.redeem_activation_code(wrong, &password("a brand new password"), now()).await.expect("asked"), None, "{wrong}");
    }
    assert_eq!(store.audit_recent(1000).await.expect("audit").len(), before, "nothing recorded");
    assert_eq!(store.verify_login("admin", &password(PASSWORD)).await.expect("login"), Some(admin));
    // The right one still works after the wrong ones.
    assert_eq!(store.redeem_activation_code(issued.code.expose(), &password("a brand new password"), now()).await.expect("asked"), Some(admin));
    // A disabled account cannot be given a code.
    store.set_disabled(&cli(), admin, true).await.expect("disabled");
    assert!(matches!(store.issue_activation_code(&cli(), admin, now()).await, Err(StoreError::NotFound(_))));
    // A code given before she was disabled does not come back to life when she is re-enabled.
    store.set_disabled(&cli(), admin, false).await.expect("enabled");
    let pending = store.issue_activation_code(&cli(), admin, now()).await.expect("issued");
    store.set_disabled(&cli(), admin, true).await.expect("disabled");
    store.set_disabled(&cli(), admin, false).await.expect("enabled again");
    assert_eq!(store.redeem_activation_code(pending.code.expose(), &password("another new password"), now()).await.expect("asked"), None);
}
