use crate::fixtures::*;
use dhruva_store::Store;
use time::macros::datetime;
use time::Duration;

pub async fn sessions_end_when_idle_and_everywhere_at_once(store: &Store) {
    let rupa = account(store, "rupa", None).await;
    let idle = Duration::minutes(30);
    let start = datetime!(2025-06-01 10:00 UTC);
    let phone = store.create_session(rupa, start).await.expect("session");
    let laptop = store.create_session(rupa, start).await.expect("session");
    assert_ne!(phone.expose(), laptop.expose());
    assert_eq!(format!("{phone:?}"), "[redacted]");

    let session = store.touch_session(phone.expose(), start + Duration::minutes(29), idle).await.expect("touch").expect("alive");
    assert_eq!((session.account, session.created_at), (rupa, start));
    let other = store.touch_session(laptop.expose(), start, idle).await.expect("touch").expect("alive");
    assert_ne!(session.id, other.id, "each session has its own public id");
    assert!(!session.id.is_empty() && session.id != *phone.expose());

    // Used at 10:29, so still alive at 10:58 although created at 10:00 …
    let again = store.touch_session(phone.expose(), start + Duration::minutes(58), idle).await.expect("touch");
    assert_eq!(again.map(|s| s.id), Some(session.id.clone()));
    // … and gone after 31 idle minutes, for good.
    assert_eq!(store.touch_session(phone.expose(), start + Duration::minutes(89), idle).await.expect("touch"), None);
    assert_eq!(store.touch_session(phone.expose(), start + Duration::minutes(60), idle).await.expect("touch"), None);

    assert_eq!(store.touch_session("not a token", start, idle).await.expect("touch"), None);
    let tablet = store.create_session(rupa, start).await.expect("session");
    store.end_session(tablet.expose()).await.expect("logout");
    assert_eq!(store.touch_session(tablet.expose(), start, idle).await.expect("touch"), None);

    let third = store.create_session(rupa, start).await.expect("session");
    assert_eq!(store.end_all_sessions(rupa).await.expect("logout everywhere"), 2);
    assert_eq!(store.touch_session(laptop.expose(), start, idle).await.expect("touch"), None);
    assert_eq!(store.touch_session(third.expose(), start, idle).await.expect("touch"), None);

    let stale = store.create_session(rupa, start).await.expect("session");
    store.create_session(rupa, start + Duration::hours(2)).await.expect("session");
    assert_eq!(store.purge_idle_sessions(start + Duration::hours(2), idle).await.expect("purge"), 1);
    assert_eq!(store.touch_session(stale.expose(), start, idle).await.expect("touch"), None);
}

pub async fn a_session_ends_at_its_lifetime_however_active(store: &Store) {
    let rupa = account(store, "rupa", None).await;
    let (idle, lifetime) = (Duration::minutes(30), Duration::hours(12));
    let start = datetime!(2025-06-01 08:00 UTC);
    let cookie = store.create_session(rupa, start).await.expect("session");
    // Used every 20 minutes, never idle …
    let mut at = start;
    while at + Duration::minutes(20) < start + lifetime {
        at += Duration::minutes(20);
        assert!(store.touch_session_within(cookie.expose(), at, idle, lifetime).await.expect("touch").is_some(), "{at}");
    }
    // … and still over twelve hours after login, for good.
    let late = start + lifetime;
    assert_eq!(store.touch_session_within(cookie.expose(), late, idle, lifetime).await.expect("touch"), None);
    assert_eq!(store.touch_session_within(cookie.expose(), at, idle, lifetime).await.expect("touch"), None, "deleted, not just refused");
    // The plain touch keeps the default lifetime of twelve hours.
    let other = store.create_session(rupa, start).await.expect("session");
    assert_eq!(dhruva_store::sessions::DEFAULT_LIFETIME, lifetime);
    assert_eq!(store.touch_session(other.expose(), late, Duration::hours(24)).await.expect("touch"), None);
}
