//! Score cards as stored snapshots: a round's card is made once when it closes and served
//! unchanged after; the federation's yearly card sums only what round cards showed and is
//! itself stored with its date and rounds; both travel through a backup; and a deployment
//! from before snapshots gets its cards at start.

use crate::fixtures::*;
use crate::fresh::{key_of, Fresh};
use crate::scorecards::{answers, institution, new_round, open_round, SOUTH};
use dhruva_core::scorecard::aggregate::Scorecard;
use dhruva_core::scorecard::{InstitutionType, Published, RoundStatus};
use dhruva_core::{InstitutionId, MemberId, RoundId};
use dhruva_store::audit::ChainStatus;
use dhruva_store::testing::TestDb;
use dhruva_store::{Backend, MasterKey, Store};
use sqlx::migrate::Migrator;
use sqlx::{AnyConnection, Connection as _};
use std::borrow::Cow;

fn shown_n(card: &Scorecard, institution: InstitutionId) -> Option<u64> {
    let row = card.by_institution.iter().find(|r| r.id == institution).expect("the institution is on the card");
    row.cells.iter().find_map(Published::shown).map(|c| c.stats.n)
}

async fn rate(store: &Store, round: RoundId, institution: InstitutionId, members: &[MemberId], collective: dhruva_core::CollectiveId) {
    for (i, m) in members.iter().enumerate() {
        store.record_rating(&cli(), round, institution, *m, collective, &answers(&[("safety", i % 5)])).await.expect("rated");
    }
}

pub async fn a_rounds_card_is_made_when_it_closes_and_served_unchanged_after(db: &TestDb) {
    let store = &db.store;
    let s = open_round(store, 6).await;
    rate(store, s.round, s.police, &s.members, s.collective).await;
    assert!(store.round_card(s.round).await.expect("read").is_none(), "no card while the round is open");
    store.advance_round(&cli(), s.round, RoundStatus::Open).await.expect("closed");
    let closed = store.round_card(s.round).await.expect("read").expect("a card once closed");
    assert_eq!(shown_n(&closed.card, s.police), Some(6));
    assert_eq!(shown_n(&closed.card, s.dlsa), None, "nobody rated it");

    // The registry moves the police station to Kolkata: the stored card does not regroup.
    sqlx::query("UPDATE institutions SET district_code = 'WB-kolkata' WHERE id = $1")
        .bind(s.police.0)
        .execute(&mut raw(db).await)
        .await
        .expect("moved");
    store.advance_round(&cli(), s.round, RoundStatus::Closed).await.expect("published");
    let published = store.round_card(s.round).await.expect("read").expect("still there");
    assert_eq!(published, closed, "publication serves the card made at closing");
    assert!(published.card.by_district.iter().all(|r| r.key == SOUTH), "grouped where the institutions were at closing");
    let made = store.make_missing_scorecard_snapshots(&cli()).await.expect("start-up step");
    assert_eq!(made.round_cards, 0, "no round is missing its card");
    assert!(matches!(store.verify_audit_chain().await.expect("verify"), ChainStatus::Intact { .. }));
}

async fn raw(db: &TestDb) -> AnyConnection {
    AnyConnection::connect(db.url.expose()).await.expect("raw connection")
}

/// Two published rounds of 2025 on the same police station: six raters, then one alone.
async fn two_published_rounds(store: &Store) -> (RoundId, RoundId, InstitutionId) {
    let s = open_round(store, 6).await;
    rate(store, s.round, s.police, &s.members, s.collective).await;
    store.advance_round(&cli(), s.round, RoundStatus::Open).await.expect("closed");
    store.advance_round(&cli(), s.round, RoundStatus::Closed).await.expect("published");
    let lone = store.plan_round(&cli(), &new_round(s.collective, vec![s.collective], vec![s.police])).await.expect("planned");
    store.advance_round(&cli(), lone, RoundStatus::Planned).await.expect("opened");
    rate(store, lone, s.police, &s.members[..1], s.collective).await;
    store.advance_round(&cli(), lone, RoundStatus::Open).await.expect("closed");
    store.advance_round(&cli(), lone, RoundStatus::Closed).await.expect("published");
    (s.round, lone, s.police)
}

pub async fn the_yearly_card_sums_only_shown_round_cells_and_is_remade_only_when_its_rounds_change(store: &Store) {
    let month = time::Duration::days(30);
    let now = time::OffsetDateTime::now_utc();
    assert_eq!(store.make_due_federation_cards(&cli(), now, month).await.expect("schedule"), 0, "nothing published, nothing made");
    let (big, lone, police) = two_published_rounds(store).await;
    assert_eq!(store.make_due_federation_cards(&cli(), now, month).await.expect("schedule"), 1, "a year without a card gets one");
    let year = store.federation_card(2025).await.expect("read").expect("made");
    assert_eq!(year.rounds, vec![big, lone]);
    let (template, card) = &year.cards[0];
    assert_eq!(template, "standard");
    let total = card.total.cells.iter().find_map(Published::shown).expect("the big round's total is shown");
    assert_eq!(total.stats.n, 6, "the lone rater's withheld round adds nothing");
    assert!(card.by_district.is_empty() && card.by_institution.is_empty());
    let later = now + month + time::Duration::days(1);
    assert_eq!(store.make_due_federation_cards(&cli(), later, month).await.expect("schedule"), 0, "nothing new, no new card");

    // The analyst asks: a new snapshot, the latest one read from now on.
    let asked = store.make_federation_card(&cli(), 2025).await.expect("made on demand");
    assert!(asked.id > year.id);
    assert_eq!(store.federation_card(2025).await.expect("read"), Some(asked.clone()));
    assert_eq!(asked.cards, year.cards, "the same published rounds give the same card");
    assert!(store.federation_card(2024).await.expect("read").is_none());

    // A third round is published: the schedule waits until the latest card is `every` old.
    let collective = store.round(big).await.expect("read").expect("there").organiser;
    let third = store.plan_round(&cli(), &new_round(collective, vec![collective], vec![police])).await.expect("planned");
    store.advance_round(&cli(), third, RoundStatus::Planned).await.expect("opened");
    store.advance_round(&cli(), third, RoundStatus::Open).await.expect("closed");
    store.advance_round(&cli(), third, RoundStatus::Closed).await.expect("published");
    assert_eq!(store.make_due_federation_cards(&cli(), now, month).await.expect("schedule"), 0, "not a month yet");
    assert_eq!(store.make_due_federation_cards(&cli(), later, month).await.expect("schedule"), 1);
    assert_eq!(store.federation_card(2025).await.expect("read").expect("made").rounds, vec![big, lone, third]);
}

pub async fn stored_score_cards_travel_through_a_backup(db: &TestDb) {
    let store = &db.store;
    let (big, _, _) = two_published_rounds(store).await;
    let year = store.make_federation_card(&cli(), 2025).await.expect("made");
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("dhruva.backup");
    let report = store.backup(&file).await.expect("backup");
    let rows = |t: &str| report.tables.iter().find(|c| c.table == t).map(|c| c.rows);
    for (table, expected) in
        [("round_scorecards", 2), ("federation_scorecards", 1), ("federation_scorecard_cards", 1), ("federation_scorecard_rounds", 2)]
    {
        assert_eq!(rows(table), Some(expected), "{table}: {:?}", report.tables);
    }
    let Some(target) = Fresh::on(store.backend(), &key_of(db), true).await else { return };
    target.store.restore(&file).await.expect("restores");
    assert_eq!(target.store.round_card(big).await.expect("read"), store.round_card(big).await.expect("read"));
    assert_eq!(target.store.federation_card(2025).await.expect("read"), Some(year));
}

fn migrations_before_snapshots(backend: Backend) -> Migrator {
    let all = match backend {
        Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
        Backend::Postgres => sqlx::migrate!("./migrations/postgres"),
    };
    Migrator {
        migrations: Cow::Owned(all.migrations.iter().filter(|m| m.version < 8).cloned().collect()),
        ignore_missing: false,
        locking: true,
        no_tx: false,
    }
}

async fn closed_and_published_rounds_from_before_snapshots_get_their_cards_at_start(backend: Backend) {
    let master = MasterKey::generate();
    let Some(old) = Fresh::on(backend, &master, false).await else { return };
    let mut conn = AnyConnection::connect(old.url.expose()).await.expect("raw connection");
    migrations_before_snapshots(backend).run(&mut conn).await.expect("migrations before 0008 apply");

    // The previous version's rounds: rated while open, then closed and published (its
    // status change, written here by hand, made no card).
    let store = &old.store;
    store.load_bundled_districts().await.expect("districts");
    let utthan = collective(store, "Utthan").await;
    let mut members = Vec::new();
    for i in 0..5 {
        members.push(member(store, utthan, &format!("Member {i}"), None).await.id);
    }
    let police = institution(store, InstitutionType::PoliceStation, "Canning Police Station", SOUTH).await;
    let mut rounds = Vec::new();
    for _ in 0..2 {
        let round = store.plan_round(&cli(), &new_round(utthan, vec![utthan], vec![police])).await.expect("planned");
        store.advance_round(&cli(), round, RoundStatus::Planned).await.expect("opened");
        rate(store, round, police, &members, utthan).await;
        rounds.push(round);
    }
    sqlx::query("UPDATE rounds SET status = 'closed' WHERE id = $1").bind(rounds[0].0).execute(&mut conn).await.expect("closed");
    sqlx::query("UPDATE rounds SET status = 'published', public_slug = 'old-slug' WHERE id = $1")
        .bind(rounds[1].0)
        .execute(&mut conn)
        .await
        .expect("published");
    let _ = conn.close().await;
    let rows_before = match store.verify_audit_chain().await.expect("verify") {
        ChainStatus::Intact { rows } => rows,
        broken => panic!("{broken:?}"),
    };

    store.migrate().await.expect("0008 applies over the data");
    let made = store.make_missing_scorecard_snapshots(&cli()).await.expect("start-up step");
    assert_eq!((made.round_cards, made.federation_cards), (2, 1));
    for round in &rounds {
        let card = store.round_card(*round).await.expect("read").expect("a card at start");
        assert_eq!(shown_n(&card.card, police), Some(5));
    }
    let year = store.federation_card(2025).await.expect("read").expect("the year's card");
    assert_eq!(year.rounds, vec![rounds[1]], "only the published round is counted");
    match store.verify_audit_chain().await.expect("verify") {
        ChainStatus::Intact { rows } => assert_eq!(rows, rows_before + 3, "each card made is one audited write"),
        broken => panic!("{broken:?}"),
    }
    let again = store.make_missing_scorecard_snapshots(&cli()).await.expect("again");
    assert_eq!((again.round_cards, again.federation_cards), (0, 0), "the start-up step is idempotent");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn on_sqlite_closed_and_published_rounds_from_before_snapshots_get_their_cards_at_start() {
    closed_and_published_rounds_from_before_snapshots_get_their_cards_at_start(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn on_postgres_closed_and_published_rounds_from_before_snapshots_get_their_cards_at_start() {
    closed_and_published_rounds_from_before_snapshots_get_their_cards_at_start(Backend::Postgres).await;
}
