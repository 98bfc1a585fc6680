use crate::fixtures::*;
use dhruva_core::geography::StateCode;
use dhruva_core::registry::Stage;
use dhruva_store::{Store, StoreError};

pub async fn the_registry_holds_a_federation_partners_and_collectives(store: &Store) {
    assert_eq!(store.federation().await.expect("read"), None);
    store.ensure_federation(&cli(), "Federation of survivor collectives").await.expect("federation");
    store.ensure_federation(&cli(), "ILFAT").await.expect("renamed");
    assert_eq!(store.federation().await.expect("read").map(|f| f.name), Some("ILFAT".to_owned()));

    let sanjog = store.create_partner(&cli(), "Sanjog", Some(&district("WB-kolkata"))).await.expect("partner");
    let other = store.create_partner(&cli(), "Another NGO", None).await.expect("partner");
    assert!(matches!(store.create_partner(&cli(), " Sanjog ", None).await, Err(StoreError::Duplicate(_))));
    let found = store.partner_by_name("Sanjog").await.expect("read").expect("found");
    assert_eq!((found.id, found.district), (sanjog, Some(district("WB-kolkata"))));
    let names: Vec<String> = store.partners().await.expect("read").into_iter().map(|p| p.name).collect();
    assert_eq!(names, ["Another NGO", "Sanjog"]);

    let id = store.create_collective(&cli(), &new_collective("Utthan", vec![sanjog])).await.expect("collective");
    let utthan = store.collective(id).await.expect("read").expect("found");
    assert_eq!(utthan.name, "Utthan");
    assert_eq!(utthan.partners, vec![sanjog]);
    assert_eq!(utthan.founded_on, new_collective("x", vec![]).founded_on);
    assert_eq!(store.collective_by_name("Utthan").await.expect("read"), Some(utthan.clone()));
    assert!(matches!(store.create_collective(&cli(), &new_collective("Utthan", vec![])).await, Err(StoreError::Duplicate("collective"))));

    let mut changed = new_collective("Utthan", vec![sanjog, other]);
    changed.stage = Stage::RegisteredOrganisation;
    store.update_collective(&cli(), id, &changed).await.expect("updated");
    let facts = store.collective_facts(id).await.expect("read").expect("found");
    assert_eq!(facts.partners, vec![sanjog, other]);
    assert_eq!(store.collective(id).await.expect("read").map(|c| c.stage), Some(Stage::RegisteredOrganisation));
    assert!(matches!(store.update_collective(&cli(), dhruva_core::CollectiveId(9999), &changed).await, Err(StoreError::NotFound(_))));

    collective(store, "Saans").await;
    let names: Vec<String> = store.collectives().await.expect("read").into_iter().map(|c| c.name).collect();
    assert_eq!(names, ["Saans", "Utthan"]);
    assert_eq!(store.collective(dhruva_core::CollectiveId(9999)).await.expect("read"), None);
    assert_eq!(store.counts().await.expect("counts").collectives, 2);
}

pub async fn collectives_must_be_in_a_known_district_with_known_partners(store: &Store) {
    let mut nowhere = new_collective("Nowhere", vec![]);
    nowhere.district = district("WB-atlantis");
    // What a person typed is refused by its form field (the pages say it beside the field).
    assert!(matches!(store.create_collective(&cli(), &nowhere).await, Err(StoreError::Input { field: "district", .. })));
    let unknown_partner = new_collective("Unsupported", vec![dhruva_core::PartnerOrgId(4242)]);
    assert!(matches!(store.create_collective(&cli(), &unknown_partner).await, Err(StoreError::Invalid(_))));
    assert!(matches!(store.create_collective(&cli(), &new_collective("  ", vec![])).await, Err(StoreError::Input { field: "name", .. })));
    assert_eq!(store.counts().await.expect("counts").collectives, 0);
}

pub async fn districts_are_loaded_once_and_new_ones_can_be_added(store: &Store) {
    let wb = StateCode::parse("WB").expect("state");
    let states = store.states().await.expect("states");
    assert!(states.len() >= 30, "{} states", states.len());
    assert!(states.iter().any(|s| s.code == wb && s.name == "West Bengal"));
    let kolkata = store.district(&district("WB-kolkata")).await.expect("read").expect("bundled");
    assert_eq!((kolkata.name.as_str(), &kolkata.state), ("Kolkata", &wb));
    let before = store.districts_of(&wb).await.expect("districts").len();
    assert!(before >= 20);

    assert_eq!(store.load_bundled_districts().await.expect("reload"), 0);
    let code = store.add_district(&wb, "Sundarban (New)").await.expect("added");
    assert_eq!(code.as_str(), "WB-sundarban-new");
    assert_eq!(store.districts_of(&wb).await.expect("districts").len(), before + 1);
    assert!(matches!(store.add_district(&wb, "Sundarban New").await, Err(StoreError::Duplicate(_))));
    let nowhere = StateCode::parse("ZZ").expect("well-formed");
    assert!(matches!(store.add_district(&nowhere, "Somewhere").await, Err(StoreError::Invalid(_))));
    assert!(matches!(store.add_district(&wb, " ").await, Err(StoreError::Invalid(_))));
}

pub async fn migrating_again_changes_nothing(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    member(store, utthan, "Rupa Mondal", Some("9830012345")).await;
    let wb = StateCode::parse("WB").expect("state");
    let districts = store.districts_of(&wb).await.expect("districts").len();
    let counts = store.counts().await.expect("counts");

    store.migrate().await.expect("second migration");
    store.migrate().await.expect("third migration");

    assert_eq!(store.districts_of(&wb).await.expect("districts").len(), districts);
    assert_eq!(store.counts().await.expect("counts"), counts);
    assert!(matches!(store.verify_audit_chain().await.expect("verify"), dhruva_store::audit::ChainStatus::Intact { .. }));
}
