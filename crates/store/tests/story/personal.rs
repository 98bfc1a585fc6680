use crate::fixtures::*;
use dhruva_core::consent::Purpose;
use dhruva_core::phone::PhoneNumber;
use dhruva_core::policy::Role;
use dhruva_core::Sensitive;
use dhruva_store::audit::AuditRow;
use dhruva_store::{Store, StoreError};

fn actions(rows: &[AuditRow]) -> Vec<&str> {
    rows.iter().map(|r| r.action.as_str()).collect()
}

pub async fn reading_someone_elses_name_or_details_is_audited(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", Some("9830012345")).await;
    let mina = member(store, utthan, "Mina Das", None).await;
    let leader = account(store, "leader", None).await;
    let as_leader = web(leader, Role::Leader, Some(Purpose::CaseSupport));

    let names = store.member_names(&as_leader, &[rupa.id, mina.id, rupa.id, dhruva_core::MemberId(9999)]).await.expect("names");
    assert_eq!(names.len(), 2);
    assert_eq!(names.get(&rupa.id).map(|n| n.expose().as_str()), Some("Rupa Mondal"));
    assert_eq!(names.get(&mina.id).map(|n| n.expose().as_str()), Some("Mina Das"));

    let about_rupa = store.audit_about_member(rupa.id).await.expect("audit");
    assert_eq!(actions(&about_rupa), ["view_member_name", "member_created"]);
    let seen = &about_rupa[0];
    assert_eq!(seen.account, Some(leader));
    assert_eq!(seen.role.as_deref(), Some("leader"));
    assert_eq!(seen.purpose.as_deref(), Some("case_support"));
    assert_eq!(seen.channel, "web");
    assert_eq!(actions(&store.audit_about_member(mina.id).await.expect("audit")), ["view_member_name", "member_created"]);

    let details = store.member_personal(&as_leader, rupa.id).await.expect("read").expect("found");
    assert_eq!(details.name.expose(), "Rupa Mondal");
    assert_eq!(actions(&store.audit_about_member(rupa.id).await.expect("audit"))[0], "view_member_personal");

    // Someone who does not exist leaves no trace and returns nothing.
    let rows = store.audit_recent(100).await.expect("audit").len();
    assert_eq!(store.member_personal(&as_leader, dhruva_core::MemberId(9999)).await.expect("read"), None);
    assert_eq!(store.audit_recent(100).await.expect("audit").len(), rows);

    // The operator at the command line is someone else too.
    store.member_names(&cli(), &[mina.id]).await.expect("names");
    let newest = store.audit_recent(1).await.expect("audit");
    assert_eq!((newest[0].action.as_str(), newest[0].account, newest[0].channel.as_str()), ("view_member_name", None, "cli"));
}

pub async fn reading_her_own_details_is_not_audited(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", Some("9830012345")).await;
    let mina = member(store, utthan, "Mina Das", None).await;
    let her_account = account(store, "rupa", Some(rupa.id)).await;
    let as_rupa = web(her_account, Role::Member, None);

    let own = store.member_personal(&as_rupa, rupa.id).await.expect("read").expect("found");
    assert_eq!(own.phone.as_ref().map(|p| p.expose().as_str()), Some("9830012345"));
    let names = store.member_names(&as_rupa, &[rupa.id]).await.expect("names");
    assert_eq!(names.get(&rupa.id).map(|n| n.expose().as_str()), Some("Rupa Mondal"));
    let history = ["account_created", "member_created"];
    assert_eq!(actions(&store.audit_about_member(rupa.id).await.expect("audit")), history);

    // Her own name in a roster is not audited; the others' are.
    store.member_names(&as_rupa, &[rupa.id, mina.id]).await.expect("names");
    assert_eq!(actions(&store.audit_about_member(rupa.id).await.expect("audit")), history);
    assert_eq!(actions(&store.audit_about_member(mina.id).await.expect("audit")), ["view_member_name", "member_created"]);
}

pub async fn an_update_is_audited_with_field_names_never_values(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", Some("9830012345")).await;
    let mina = member(store, utthan, "Mina Das", Some("9830054321")).await;
    let her_account = account(store, "rupa", Some(rupa.id)).await;
    let as_rupa = web(her_account, Role::Member, None);

    let mut changed = store.member_personal(&as_rupa, rupa.id).await.expect("read").expect("found");
    changed.phone = Some(Sensitive::new("7001112223".to_owned()));
    changed.notes = Some(Sensitive::new("moved to Howrah".to_owned()));
    store.update_member_personal(&as_rupa, rupa.id, &changed).await.expect("updated");

    let newest = &store.audit_about_member(rupa.id).await.expect("audit")[0];
    assert_eq!((newest.action.as_str(), newest.detail.as_deref()), ("edit_member_personal", Some("phone,notes")));
    assert_eq!(newest.account, Some(her_account));
    let reread = store.member_personal(&as_rupa, rupa.id).await.expect("read").expect("found");
    assert_eq!(reread, changed);
    let phone = |p: &str| PhoneNumber::parse(p).expect("phone");
    assert_eq!(store.member_by_phone(&phone("7001112223")).await.expect("lookup"), Some(rupa.id));
    assert_eq!(store.member_by_phone(&phone("9830012345")).await.expect("lookup"), None);

    // Saving the same values writes nothing.
    let rows = store.audit_recent(1000).await.expect("audit").len();
    store.update_member_personal(&as_rupa, rupa.id, &changed).await.expect("no-op");
    assert_eq!(store.audit_recent(1000).await.expect("audit").len(), rows);

    // Another member's phone is kept, unindexed and flagged — never refused, which would say
    // whose it is not; the first holder keeps the index. Saving it again changes nothing.
    let mut clash = changed.clone();
    clash.phone = Some(Sensitive::new("9830054321".to_owned()));
    store.update_member_personal(&as_rupa, rupa.id, &clash).await.expect("kept");
    assert_eq!(store.member_personal(&as_rupa, rupa.id).await.expect("read"), Some(clash.clone()));
    assert_eq!(store.member_by_phone(&phone("9830054321")).await.expect("lookup"), Some(mina.id));
    assert_eq!(store.member_by_phone(&phone("7001112223")).await.expect("lookup"), None);
    let flags: Vec<_> = store.audit_recent(1000).await.expect("audit").into_iter().filter(|r| r.action == "phone_in_use").collect();
    assert_eq!((flags.len(), flags[0].detail.as_deref()), (1, Some("source=edit")));
    store.update_member_personal(&as_rupa, rupa.id, &clash).await.expect("no-op");
    assert_eq!(store.audit_recent(1000).await.expect("audit").len(), rows + 2);

    let missing = store.update_member_personal(&as_rupa, dhruva_core::MemberId(9999), &changed).await;
    assert!(matches!(missing, Err(StoreError::NotFound(_))));

    for row in store.audit_recent(1000).await.expect("audit") {
        let text = format!("{row:?}");
        for value in ["Rupa", "Mina", "7001112223", "9830012345", "Howrah"] {
            assert!(!text.contains(value), "audit row {} holds a personal value", row.seq);
        }
    }
}
