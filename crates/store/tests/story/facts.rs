//! A roster's facts, read for all its members at once, are each member's own facts.

use crate::fixtures::*;
use dhruva_core::consent::Purpose;
use dhruva_core::registry::OfficeTitle;
use dhruva_core::CollectiveId;
use dhruva_store::Store;
use time::macros::date;

async fn batch_matches_one_by_one(store: &Store, collective: CollectiveId) -> usize {
    let batch = store.members_facts_of_collective(collective, TODAY).await.expect("batch");
    let listed = store.members_of_collective(collective, TODAY).await.expect("list");
    assert_eq!(batch.iter().map(|(s, _)| s.clone()).collect::<Vec<_>>(), listed, "the same members, in the same order");
    for (summary, facts) in &batch {
        let own = store.member_facts(summary.id, TODAY).await.expect("read").expect("found");
        assert_eq!(facts, &own, "{}", summary.code);
    }
    batch.len()
}

pub async fn a_rosters_facts_equal_each_members_own_facts(store: &Store) {
    let sanjog = store.create_partner(&cli(), "Sanjog", None).await.expect("partner");
    let jabala = store.create_partner(&cli(), "Jabala", None).await.expect("partner");
    let utthan = store.create_collective(&cli(), &new_collective("Utthan", vec![jabala, sanjog])).await.expect("collective");
    let saans = store.create_collective(&cli(), &new_collective("Saans", vec![sanjog])).await.expect("collective");
    let alone = collective(store, "Alone").await;
    let empty = collective(store, "Empty").await;

    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    let mina = member(store, utthan, "Mina Das", None).await;
    let lata = member(store, utthan, "Lata Sen", None).await;
    let gita = member(store, saans, "Gita Roy", None).await;
    let later = member(store, alone, "Tara Bibi", None).await;
    // Rupa is in two collectives, Mina left Utthan for Saans, Gita also joins Alone next year.
    store.add_membership(&cli(), rupa.id, saans, date!(2025 - 01 - 01), Some(OfficeTitle::Secretary)).await.expect("joined");
    store.add_membership(&cli(), rupa.id, alone, date!(2025 - 02 - 01), None).await.expect("joined");
    store.end_membership(&cli(), mina.id, utthan, date!(2025 - 03 - 01), dhruva_core::registry::MembershipEnd::Left).await.expect("left");
    store.add_membership(&cli(), mina.id, saans, date!(2025 - 03 - 01), None).await.expect("joined");
    store.add_membership(&cli(), gita.id, alone, date!(2026 - 01 - 01), None).await.expect("will join");
    // Consents: granted, granted and withdrawn, several at once.
    store.grant_consent(&cli(), rupa.id, Purpose::Mentoring, "paper").await.expect("consent");
    store.grant_consent(&cli(), rupa.id, Purpose::CaseSupport, "verbal").await.expect("consent");
    store.grant_consent(&cli(), lata.id, Purpose::Research, "in_app").await.expect("consent");
    store.withdraw_consent(&cli(), lata.id, Purpose::Research).await.expect("withdrawn");
    store.grant_consent(&cli(), gita.id, Purpose::Media, "paper").await.expect("consent");

    assert_eq!(batch_matches_one_by_one(store, utthan).await, 2, "Rupa and Lata");
    assert_eq!(batch_matches_one_by_one(store, saans).await, 3, "Rupa, Mina and Gita");
    assert_eq!(batch_matches_one_by_one(store, alone).await, 2, "Rupa and Tara, not yet Gita");
    assert_eq!(batch_matches_one_by_one(store, empty).await, 0);

    // Spot checks that the facts are the right ones, not merely the same.
    let saans_roster = store.members_facts_of_collective(saans, TODAY).await.expect("batch");
    let (_, rupa_facts) = saans_roster.iter().find(|(s, _)| s.id == rupa.id).expect("Rupa is in Saans");
    let ids: Vec<CollectiveId> = rupa_facts.collectives.iter().map(|c| c.id).collect();
    assert_eq!(ids, [utthan, saans, alone]);
    assert_eq!(rupa_facts.collectives[0].partners, [sanjog, jabala], "by id");
    assert_eq!(rupa_facts.consents.purposes(), [Purpose::CaseSupport, Purpose::Mentoring]);
    let (_, mina_facts) = saans_roster.iter().find(|(s, _)| s.id == mina.id).expect("Mina is in Saans");
    assert_eq!(mina_facts.collectives.iter().map(|c| c.id).collect::<Vec<_>>(), [saans]);
    let alone_roster = store.members_facts_of_collective(alone, TODAY).await.expect("batch");
    let (_, tara) = alone_roster.iter().find(|(s, _)| s.id == later.id).expect("Tara is in Alone");
    assert!(tara.collectives[0].partners.is_empty() && tara.consents.purposes().is_empty());
}

/// Counts the facts read's steps (each query traced from its own line) on this thread.
mod steps {
    use std::sync::{Arc, Mutex};
    use tracing::span::{Attributes, Id, Record};
    use tracing::{Event, Metadata, Subscriber};

    #[derive(Clone, Default)]
    pub struct Steps(pub Arc<Mutex<Vec<&'static str>>>);

    impl Subscriber for Steps {
        fn enabled(&self, _: &Metadata<'_>) -> bool {
            true
        }
        fn new_span(&self, _: &Attributes<'_>) -> Id {
            Id::from_u64(1)
        }
        fn record(&self, _: &Id, _: &Record<'_>) {}
        fn record_follows_from(&self, _: &Id, _: &Id) {}
        fn event(&self, event: &Event<'_>) {
            if event.metadata().target() == "dhruva_store::facts" {
                self.0.lock().expect("steps").push(event.metadata().name());
            }
        }
        fn enter(&self, _: &Id) {}
        fn exit(&self, _: &Id) {}
    }
}

async fn steps_of(store: &Store, id: dhruva_core::MemberId) -> (Vec<&'static str>, bool) {
    let steps = steps::Steps::default();
    let guard = tracing::subscriber::set_default(steps.clone());
    let (_, exists) = store.member_facts_or_stand_in(id, TODAY).await.expect("read");
    drop(guard);
    let taken = steps.0.lock().expect("steps").clone();
    (taken, exists)
}

pub async fn a_missing_members_facts_take_the_same_steps_as_a_present_ones(store: &Store) {
    let sanjog = store.create_partner(&cli(), "Sanjog", None).await.expect("partner");
    let utthan = store.create_collective(&cli(), &new_collective("Utthan", vec![sanjog])).await.expect("collective");
    let rupa = member(store, utthan, "Rupa Mondal", None).await;
    let gone = member(store, utthan, "Mina Das", None).await;
    store.end_membership(&cli(), gone.id, utthan, date!(2025 - 03 - 01), dhruva_core::registry::MembershipEnd::Left).await.expect("left");

    let (present, exists) = steps_of(store, rupa.id).await;
    assert!(exists);
    assert_eq!(present.len(), 5, "her row, memberships, partners, consents, mentors: {present:?}");
    let (former, exists) = steps_of(store, gone.id).await;
    assert!(exists);
    assert_eq!(former, present, "a former member (no current collective) costs the same");
    let (missing, exists) = steps_of(store, dhruva_core::MemberId(rupa.id.0 + 1000)).await;
    assert!(!exists);
    assert_eq!(missing, present, "'does not exist' reads what 'not yours' reads");
    assert_eq!(store.member_facts(dhruva_core::MemberId(rupa.id.0 + 1000), TODAY).await.expect("read"), None);
}

/// 23:00 UTC on the 5th is 04:30 on the 6th in India.
fn late_evening_in_utc() -> time::OffsetDateTime {
    time::macros::datetime!(2026-12-05 23:00 UTC)
}

/// One clock (issue 12): at 23:00 UTC the day has begun in India, and a date-dependent answer
/// of the store is the one the pages give for that same instant. She joined "today" as every
/// page counts it (India's date); the store's own reading of today — who is reminded — counts
/// her too, where a UTC date would still say she has not joined.
pub async fn at_23_utc_the_store_and_the_pages_agree_on_which_day_it_is(store: &Store) {
    let store = store.clone().with_clock(late_evening_in_utc);
    let india = dhruva_core::clock::india_today(late_evening_in_utc());
    assert_eq!(india, date!(2026 - 12 - 06));
    assert_eq!(store.today(), india, "the store's today is India's");
    let utthan = collective(&store, "Utthan").await;
    let new = dhruva_store::members::NewMember {
        code: None,
        collective: utthan,
        joined_on: india,
        office: None,
        languages: vec![dhruva_core::registry::Language::Bengali],
        personal: personal("Mina Das", None),
    };
    let mina = store.create_member(&cli(), new).await.expect("member");
    account(&store, "mina", Some(mina.id)).await;
    // The pages ask with their today (India's date at this instant)…
    let facts = store.member_facts(mina.id, india).await.expect("read").expect("she exists");
    assert_eq!(facts.collectives.iter().map(|c| c.id).collect::<Vec<_>>(), vec![utthan]);
    // …and the store, asked without a date, answers for the same day.
    let recipients = store.reminder_recipients(&[mina.id]).await.expect("read");
    assert_eq!(recipients.iter().map(|r| (r.0, r.3)).collect::<Vec<_>>(), vec![(mina.id, utthan)], "the reminder job sees her as the pages do");
}
