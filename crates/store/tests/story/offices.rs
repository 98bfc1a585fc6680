//! Offices as dated terms and memberships that end, move and begin again (issue 11,
//! migration 0013): the leader's access follows the office on the handover date; a former
//! holder keeps no explicit leader grant; a move shows in both collectives' histories; an
//! ended membership ends her offices; the upgrade copies the previous version's offices.

use crate::fixtures::*;
use crate::fresh::Fresh;
use dhruva_core::policy::{Grant, Role};
use dhruva_core::registry::{Language, MembershipEnd, OfficeTitle};
use dhruva_core::{AccountId, CollectiveId, MemberId};
use dhruva_store::accounts::RoleGrant;
use dhruva_store::error::InputProblem;
use dhruva_store::members::NewMember;
use dhruva_store::{Backend, MasterKey, Store, StoreError};
use sqlx::migrate::Migrator;
use sqlx::{AnyConnection, Connection as _};
use std::borrow::Cow;
use time::macros::date;
use time::{Date, Duration};

const HANDOVER: Date = date!(2025 - 03 - 01);

async fn holder(store: &Store, collective: CollectiveId, name: &str, office: OfficeTitle) -> MemberId {
    let new = NewMember {
        code: None,
        collective,
        joined_on: JOINED,
        office: Some(office),
        languages: vec![Language::Bengali],
        personal: personal(name, None),
    };
    store.create_member(&cli(), new).await.expect("member with an office").id
}

async fn leads(store: &Store, account: AccountId, collective: CollectiveId, on: Date) -> bool {
    let actor = store.actor(account, on).await.expect("actor").expect("an enabled account");
    actor.grants.contains(&Grant::Leader { collective })
}

fn refused(result: Result<impl std::fmt::Debug, StoreError>, field: &str, problem: InputProblem) {
    match result {
        Err(StoreError::Input { field: f, problem: p }) => assert_eq!((f, p), (field, problem)),
        other => panic!("expected {field} refused with {problem:?}, got {other:?}"),
    }
}

fn open_holders(terms: &[dhruva_store::members::offices::StoredTerm], office: OfficeTitle) -> Vec<MemberId> {
    terms.iter().filter(|t| t.term.office == office && t.term.until.is_none()).map(|t| t.term.member).collect()
}

pub async fn a_handover_moves_the_leaders_access_on_its_date(store: &Store) {
    store.load_bundled_districts().await.expect("districts");
    let utthan = collective(store, "Utthan").await;
    let saans = collective(store, "Saans").await;
    let gita = holder(store, utthan, "Gita Das", OfficeTitle::Secretary).await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await.id;
    let mina = member(store, saans, "Mina Khatun", None).await.id;
    let gita_account = account(store, "gita", Some(gita)).await;
    let rupa_account = account(store, "rupa", Some(rupa)).await;

    // Before any handover the secretary leads, through her term alone (no stored grant).
    assert!(store.grants(gita_account).await.expect("grants").is_empty());
    assert!(leads(store, gita_account, utthan, HANDOVER).await);
    assert!(!leads(store, rupa_account, utthan, HANDOVER).await);

    let by = web(gita_account, Role::Leader, None);
    store.hand_over_office(&by, utthan, OfficeTitle::Secretary, rupa, HANDOVER).await.expect("handed over");

    let day_before = HANDOVER - Duration::days(1);
    assert!(leads(store, gita_account, utthan, day_before).await, "the former secretary leads until the day before");
    assert!(!leads(store, gita_account, utthan, HANDOVER).await, "and not from the handover date");
    assert!(!leads(store, rupa_account, utthan, day_before).await, "the new secretary does not lead before it");
    assert!(leads(store, rupa_account, utthan, HANDOVER).await, "and leads from the handover date");

    let terms = store.office_terms_of_collective(utthan).await.expect("terms");
    assert_eq!(open_holders(&terms, OfficeTitle::Secretary), vec![rupa]);
    let gitas = store.office_terms_of_member(gita).await.expect("her terms");
    assert_eq!((gitas.len(), gitas[0].term.since, gitas[0].term.until), (1, JOINED, Some(HANDOVER)));
    let rupas = store.office_terms_of_member(rupa).await.expect("her terms");
    assert_eq!((rupas[0].term.since, rupas[0].handed_over_by), (HANDOVER, Some(gita_account)));
    // Her membership now says which office she holds.
    let summary = store.member_summary(rupa).await.expect("read").expect("there");
    assert_eq!(summary.memberships[0].office, Some(OfficeTitle::Secretary));

    // Each holder's history names her and the collective, never more than the office.
    let handed = store.audit_about_member(rupa).await.expect("audit");
    let row = handed.iter().find(|r| r.action == "office_handed_over").expect("the handover is audited");
    assert_eq!((row.subject_collective, row.detail.as_deref()), (Some(utthan), Some("office=secretary")));
    let ended = store.audit_about_member(gita).await.expect("audit");
    assert!(ended.iter().any(|r| r.action == "office_term_ended" && r.subject_collective == Some(utthan)));

    // What a leader can type wrong is refused beside the field, and nothing is written.
    let before = store.office_terms_of_collective(utthan).await.expect("terms");
    refused(store.hand_over_office(&by, utthan, OfficeTitle::Secretary, rupa, date!(2025 - 04 - 01)).await, "member", InputProblem::AlreadyHolds);
    refused(store.hand_over_office(&by, utthan, OfficeTitle::Secretary, mina, date!(2025 - 04 - 01)).await, "member", InputProblem::NotAMember);
    refused(store.hand_over_office(&by, utthan, OfficeTitle::Secretary, gita, date!(2025 - 02 - 01)).await, "from", InputProblem::BeforeTerm);
    refused(store.hand_over_office(&by, utthan, OfficeTitle::Secretary, gita, HANDOVER).await, "from", InputProblem::BeforeTerm);
    refused(store.hand_over_office(&by, utthan, OfficeTitle::Secretary, gita, date!(2023 - 01 - 01)).await, "member", InputProblem::NotAMember);
    let far = time::OffsetDateTime::now_utc().date() + Duration::days(400);
    refused(store.hand_over_office(&by, utthan, OfficeTitle::Secretary, gita, far).await, "from", InputProblem::TooFarAhead);
    assert_eq!(store.office_terms_of_collective(utthan).await.expect("terms"), before);
    assert!(matches!(store.hand_over_office(&by, CollectiveId(9999), OfficeTitle::Secretary, gita, HANDOVER).await, Err(StoreError::NotFound(_))));

    // An office with a holder is not given again with a new membership: it changes hands.
    let before = store.members_of_collective(utthan, HANDOVER).await.expect("roster").len();
    let second = NewMember {
        code: None,
        collective: utthan,
        joined_on: JOINED,
        office: Some(OfficeTitle::Secretary),
        languages: vec![Language::Bengali],
        personal: personal("Second Secretary", None),
    };
    refused(store.create_member(&cli(), second).await, "office", InputProblem::OfficeHeld);
    assert_eq!(store.members_of_collective(utthan, HANDOVER).await.expect("roster").len(), before, "nothing written");

    // The core team may have several members; it gives no leader's access.
    store.hand_over_office(&by, utthan, OfficeTitle::CoreTeam, gita, HANDOVER).await.expect("core team");
    store.hand_over_office(&by, utthan, OfficeTitle::CoreTeam, rupa, HANDOVER).await.expect("core team too");
    refused(store.hand_over_office(&by, utthan, OfficeTitle::CoreTeam, gita, HANDOVER).await, "member", InputProblem::AlreadyHolds);
    let terms = store.office_terms_of_collective(utthan).await.expect("terms");
    assert_eq!(open_holders(&terms, OfficeTitle::CoreTeam).len(), 2);
    assert!(!leads(store, gita_account, utthan, HANDOVER).await);

    // Ending a term by itself (the president steps down) ends the access on that day.
    store.hand_over_office(&by, utthan, OfficeTitle::President, gita, HANDOVER).await.expect("a first president");
    let president = store
        .office_terms_of_collective(utthan)
        .await
        .expect("terms")
        .into_iter()
        .find(|t| t.term.office == OfficeTitle::President)
        .expect("her term");
    refused(store.end_office_term(&by, president.id, HANDOVER).await, "until", InputProblem::BeforeTerm);
    store.end_office_term(&by, president.id, date!(2025 - 05 - 01)).await.expect("ended");
    assert!(leads(store, gita_account, utthan, date!(2025 - 04 - 30)).await);
    assert!(!leads(store, gita_account, utthan, date!(2025 - 05 - 01)).await);
    assert!(matches!(store.end_office_term(&by, president.id, date!(2025 - 06 - 01)).await, Err(StoreError::NotFound(_))));
}

pub async fn a_former_holders_explicit_leader_grant_goes_at_the_handover(store: &Store) {
    store.load_bundled_districts().await.expect("districts");
    let utthan = collective(store, "Utthan").await;
    let saans = collective(store, "Saans").await;
    let gita = holder(store, utthan, "Gita Das", OfficeTitle::Secretary).await;
    let rupa = member(store, utthan, "Rupa Mondal", None).await.id;
    let gita_account = account(store, "gita", Some(gita)).await;
    // Made a leader by hand too (as `dhruva user add --role leader` did), here and elsewhere.
    let here = RoleGrant { role: Role::Leader, collective: Some(utthan), partner: None };
    let elsewhere = RoleGrant { role: Role::Leader, collective: Some(saans), partner: None };
    store.add_grant(&cli(), gita_account, &here).await.expect("granted");
    store.add_grant(&cli(), gita_account, &elsewhere).await.expect("granted");
    let actor = store.actor(gita_account, HANDOVER).await.expect("actor").expect("enabled");
    assert_eq!(actor.grants.iter().filter(|g| **g == Grant::Leader { collective: utthan }).count(), 1, "one grant, not two");

    store.hand_over_office(&cli(), utthan, OfficeTitle::Secretary, rupa, HANDOVER).await.expect("handed over");
    assert_eq!(store.grants(gita_account).await.expect("grants"), vec![elsewhere], "the grant for this collective went");
    assert!(!leads(store, gita_account, utthan, HANDOVER).await);
    assert!(!leads(store, gita_account, utthan, date!(2025 - 12 - 31)).await, "a former secretary keeps no leader access");
    assert!(leads(store, gita_account, saans, HANDOVER).await, "another collective's grant stays");
    let about = store.audit_about_account(gita_account).await.expect("audit");
    let removed = about.iter().find(|r| r.action == "grant_removed").expect("the removal is audited");
    assert_eq!((removed.subject_member, removed.subject_collective), (Some(gita), Some(utthan)));
}

pub async fn a_move_shows_in_both_histories(store: &Store) {
    store.load_bundled_districts().await.expect("districts");
    let utthan = collective(store, "Utthan").await;
    let saans = collective(store, "Saans").await;
    let rupa = holder(store, utthan, "Rupa Mondal", OfficeTitle::Treasurer).await;
    let rupa_account = account(store, "rupa", Some(rupa)).await;
    let moved_on = date!(2025 - 04 - 01);

    refused(store.move_member(&cli(), rupa, utthan, utthan, moved_on).await, "to", InputProblem::AlreadyMember);
    refused(store.move_member(&cli(), rupa, utthan, saans, JOINED).await, "date", InputProblem::BeforeMembership);
    assert!(matches!(store.move_member(&cli(), rupa, saans, utthan, moved_on).await, Err(StoreError::NotFound(_))));
    assert_eq!(store.membership_history(rupa).await.expect("history").len(), 1, "nothing written by a refusal");

    store.move_member(&cli(), rupa, utthan, saans, moved_on).await.expect("moved");
    let history = store.membership_history(rupa).await.expect("history");
    assert_eq!(history.len(), 2);
    assert_eq!(
        (history[0].collective, history[0].until, history[0].ended_reason, history[0].moved_to),
        (utthan, Some(moved_on), Some(MembershipEnd::Moved), Some(saans))
    );
    assert_eq!((history[1].collective, history[1].since, history[1].until), (saans, moved_on, None));

    let day_before = moved_on - Duration::days(1);
    let codes = |members: Vec<dhruva_core::registry::MemberSummary>| members.into_iter().map(|m| m.id).collect::<Vec<_>>();
    assert_eq!(codes(store.members_of_collective(utthan, day_before).await.expect("roster")), vec![rupa]);
    assert!(codes(store.members_of_collective(utthan, moved_on).await.expect("roster")).is_empty());
    assert_eq!(codes(store.members_of_collective(saans, moved_on).await.expect("roster")), vec![rupa]);
    assert!(leads(store, rupa_account, utthan, day_before).await);
    assert!(!leads(store, rupa_account, utthan, moved_on).await, "her office stayed behind");
    assert_eq!(store.office_terms_of_member(rupa).await.expect("terms")[0].term.until, Some(moved_on));

    let audit = store.audit_about_member(rupa).await.expect("audit");
    let out = audit.iter().find(|r| r.action == "membership_ended").expect("the old collective's row");
    assert_eq!((out.subject_collective, out.detail.clone()), (Some(utthan), Some(format!("reason=moved;to={saans}"))));
    let into = audit.iter().find(|r| r.action == "membership_added" && r.subject_collective == Some(saans)).expect("the new one's");
    assert_eq!(into.detail, Some(format!("moved_from={utthan}")));

    // Moving again, into a collective she already belongs to, is refused.
    store.add_membership(&cli(), rupa, utthan, date!(2025 - 05 - 01), None).await.expect("back in Utthan too");
    refused(store.move_member(&cli(), rupa, saans, utthan, date!(2025 - 05 - 10)).await, "to", InputProblem::AlreadyMember);
    // Nobody moves into a collective that has closed.
    let closed = collective(store, "Purono").await;
    store.close_collective(&cli(), closed, date!(2025 - 05 - 01), "merged", TODAY).await.expect("closed");
    assert!(matches!(store.move_member(&cli(), rupa, saans, closed, date!(2025 - 05 - 10)).await, Err(StoreError::Invalid(_))));
    assert_eq!(store.membership_history(rupa).await.expect("history").len(), 3, "nothing written");
}

pub async fn an_ended_membership_ends_her_offices_and_she_may_rejoin(store: &Store) {
    store.load_bundled_districts().await.expect("districts");
    let utthan = collective(store, "Utthan").await;
    let saans = collective(store, "Saans").await;
    let gita = holder(store, utthan, "Gita Das", OfficeTitle::Secretary).await;
    let gita_account = account(store, "gita", Some(gita)).await;
    let ended_on = date!(2025 - 02 - 01);

    refused(store.end_membership(&cli(), gita, utthan, JOINED, MembershipEnd::Left).await, "until", InputProblem::BeforeMembership);
    assert!(matches!(store.end_membership(&cli(), gita, utthan, ended_on, MembershipEnd::Moved).await, Err(StoreError::Invalid(_))));
    store.end_membership(&cli(), gita, utthan, ended_on, MembershipEnd::Left).await.expect("ended");
    assert!(matches!(store.end_membership(&cli(), gita, utthan, ended_on, MembershipEnd::Left).await, Err(StoreError::NotFound(_))));
    let history = store.membership_history(gita).await.expect("history");
    assert_eq!((history[0].until, history[0].ended_reason, history[0].moved_to), (Some(ended_on), Some(MembershipEnd::Left), None));
    assert_eq!(store.office_terms_of_member(gita).await.expect("terms")[0].term.until, Some(ended_on));
    assert!(store.office_terms_of_collective(utthan).await.expect("terms").iter().all(|t| t.term.until.is_some()), "nobody holds it now");
    assert!(!leads(store, gita_account, utthan, ended_on).await);
    assert_eq!(store.former_members_of_collective(utthan).await.expect("former")[0].0, gita);

    // She comes back: a new membership row, after the old one ended; not twice.
    refused(store.rejoin(&cli(), gita, utthan, date!(2025 - 01 - 01)).await, "since", InputProblem::BeforeMembership);
    assert!(matches!(store.rejoin(&cli(), gita, saans, date!(2025 - 03 - 01)).await, Err(StoreError::NotFound(_))));
    store.rejoin(&cli(), gita, utthan, date!(2025 - 03 - 01)).await.expect("rejoined");
    refused(store.rejoin(&cli(), gita, utthan, date!(2025 - 04 - 01)).await, "since", InputProblem::AlreadyMember);
    let history = store.membership_history(gita).await.expect("history");
    assert_eq!((history.len(), history[1].since, history[1].until), (2, date!(2025 - 03 - 01), None));
    assert!(store.former_members_of_collective(utthan).await.expect("former").is_empty());
    // Rejoining gives back no office: a handover does.
    assert!(!leads(store, gita_account, utthan, date!(2025 - 03 - 01)).await);
    let audit = store.audit_about_member(gita).await.expect("audit");
    assert!(audit.iter().any(|r| r.action == "membership_ended" && r.detail.as_deref() == Some("reason=left")));
    assert!(audit.iter().any(|r| r.action == "membership_added" && r.detail.as_deref() == Some("rejoined")));
}

// ---- The upgrade: a database of the previous version keeps its offices. ----

fn migrations_before_offices(backend: Backend) -> Migrator {
    let all = match backend {
        Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
        Backend::Postgres => sqlx::migrate!("./migrations/postgres"),
    };
    Migrator {
        migrations: Cow::Owned(all.migrations.iter().filter(|m| m.version < 13).cloned().collect()),
        ignore_missing: false,
        locking: true,
        no_tx: false,
    }
}

async fn raw(conn: &mut AnyConnection, sql: &str) {
    sqlx::query(sql).execute(&mut *conn).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
}

async fn a_deployment_from_before_offices_keeps_its_office_holders(backend: Backend) {
    let master = MasterKey::generate();
    let Some(old) = Fresh::on(backend, &master, false).await else { return };
    let mut conn = AnyConnection::connect(old.url.expose()).await.expect("raw connection");
    migrations_before_offices(backend).run(&mut conn).await.expect("migrations 0001-0012 apply");

    // The previous version's rows, as it wrote them: offices on memberships.
    raw(&mut conn, "INSERT INTO states (code, name) VALUES ('WB', 'West Bengal')").await;
    raw(&mut conn, "INSERT INTO districts (code, state_code, name) VALUES ('WB-x', 'WB', 'X')").await;
    raw(&mut conn, "INSERT INTO collectives (name, kind, stage, district_code, created_at) VALUES ('Utthan', 'sex', 'collective', 'WB-x', 0)").await;
    // Fresh ids count from 1 on both backends: these are members 1 to 6.
    for code in ["M-AAAAAA", "M-BBBBBB", "M-CCCCCC", "M-DDDDDD", "M-EEEEEE", "M-FFFFFF"] {
        sqlx::query("INSERT INTO members (code, languages, created_at, name_ct) VALUES ($1, 'bn', 0, $2)")
            .bind(code)
            .bind(vec![0u8; 8])
            .execute(&mut conn)
            .await
            .expect("an old member");
    }
    for (member, since, until, office) in [
        (1, "2020-01-01", None, Some("president")),
        (2, "2020-01-01", None, Some("secretary")),
        (3, "2020-01-01", None, Some("core_team")),
        (4, "2020-01-01", None, Some("core_team")),
        (5, "2019-01-01", Some("2022-01-01"), Some("treasurer")),
        // Two open presidents: the newer one's start ends the older one's term.
        (6, "2021-06-01", None, Some("president")),
        (5, "2023-01-01", None, None),
    ] {
        sqlx::query("INSERT INTO memberships (member_id, collective_id, since, until, office) VALUES ($1, 1, $2, $3, $4)")
            .bind(member)
            .bind(since)
            .bind(until)
            .bind(office)
            .execute(&mut conn)
            .await
            .expect("an old membership");
    }
    raw(
        &mut conn,
        "INSERT INTO accounts (username, member_id, password_hash, language, disabled, created_at) VALUES ('secretary', 2, '!', 'bn', 0, 0)",
    )
    .await;
    let _ = conn.close().await;

    let store = &old.store;
    store.migrate().await.expect("0013 applies over the data");
    let utthan = CollectiveId(1);
    let terms = store.office_terms_of_collective(utthan).await.expect("terms");
    assert_eq!(open_holders(&terms, OfficeTitle::President), vec![MemberId(6)]);
    assert_eq!(open_holders(&terms, OfficeTitle::Secretary), vec![MemberId(2)]);
    let mut core = open_holders(&terms, OfficeTitle::CoreTeam);
    core.sort();
    assert_eq!(core, vec![MemberId(3), MemberId(4)]);
    assert!(open_holders(&terms, OfficeTitle::Treasurer).is_empty(), "her membership ended, and her term with it");
    let first_president = store.office_terms_of_member(MemberId(1)).await.expect("terms");
    assert_eq!((first_president[0].term.since, first_president[0].term.until), (date!(2020 - 01 - 01), Some(date!(2021 - 06 - 01))));
    let secretary = terms.iter().find(|t| t.term.member == MemberId(2)).expect("her term");
    assert_eq!((secretary.term.since, secretary.term.until), (date!(2020 - 01 - 01), None));
    let old_treasurer = store.office_terms_of_member(MemberId(5)).await.expect("terms");
    assert_eq!(old_treasurer.len(), 1);
    assert_eq!((old_treasurer[0].term.since, old_treasurer[0].term.until), (date!(2019 - 01 - 01), Some(date!(2022 - 01 - 01))));

    // The secretary still leads, now through her term; the memberships say their offices.
    assert!(leads(store, AccountId(1), utthan, date!(2025 - 06 - 01)).await);
    let summary = store.member_summary(MemberId(2)).await.expect("read").expect("there");
    assert_eq!(summary.memberships[0].office, Some(OfficeTitle::Secretary));
    // And the offices change hands as in a new deployment.
    store.hand_over_office(&cli(), utthan, OfficeTitle::Secretary, MemberId(3), date!(2025 - 03 - 01)).await.expect("handed over");
    assert!(!leads(store, AccountId(1), utthan, date!(2025 - 03 - 01)).await);
    store.migrate().await.expect("migrating again changes nothing");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn on_sqlite_a_deployment_from_before_offices_keeps_its_office_holders() {
    a_deployment_from_before_offices_keeps_its_office_holders(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn on_postgres_a_deployment_from_before_offices_keeps_its_office_holders() {
    a_deployment_from_before_offices_keeps_its_office_holders(Backend::Postgres).await;
}
