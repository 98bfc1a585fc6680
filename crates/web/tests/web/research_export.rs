//! The research file, as the analyst downloads it: every row shares its place, languages and
//! year of joining with at least k − 1 others; a collective too small to hide in is never named.

use crate::app::App;
use crate::world::World;
use dhruva_core::consent::Purpose;
use dhruva_core::registry::{parse_personal, Language};
use dhruva_core::{CollectiveId, MemberId};
use dhruva_store::members::NewMember;
use dhruva_store::testing::TestDb;
use dhruva_store::{Accessor, Store};
use std::collections::HashMap;
use time::macros::date;

async fn agreeing_member(store: &Store, collective: CollectiveId, i: usize, languages: Vec<Language>, joined_on: time::Date) -> MemberId {
    let new = NewMember {
        code: None,
        collective,
        joined_on,
        office: None,
        languages,
        personal: parse_personal(&format!("Research Member {i}"), None, None, None, 2026).expect("valid"),
    };
    let m = store.create_member(&Accessor::cli(), new).await.expect("member");
    store.grant_consent(&Accessor::cli(), m.id, Purpose::Research, "paper").await.expect("consent");
    m.id
}

pub async fn every_row_of_the_research_file_has_four_twins_and_a_small_collective_is_never_named(db: TestDb) {
    let app = App::start(db).await;
    let w = World::seed(app.store()).await;
    let store = app.store();
    for i in 0..6 {
        let languages = if i % 3 == 0 { vec![Language::Bengali, Language::Hindi] } else { vec![Language::Bengali] };
        agreeing_member(store, w.utthan, i, languages, if i % 2 == 0 { date!(2023 - 03 - 01) } else { date!(2024 - 07 - 01) }).await;
    }
    for i in 6..8 {
        agreeing_member(store, w.saans, i, vec![Language::Hindi], date!(2021 - 02 - 01)).await;
    }
    let mut analyst = app.signed_in("analyst").await;
    let file = analyst.get("/federation/research.json").await;
    assert_eq!(file.status, 200);
    let json = file.json();
    let rows = json["members"].as_array().expect("members").clone();
    assert_eq!(rows.len() + json["withheld"].as_u64().expect("withheld") as usize, 8, "{json}");
    assert!(rows.len() >= 5, "most rows are published: {json}");
    let mut classes: HashMap<String, usize> = HashMap::new();
    for row in &rows {
        let mut tuple = row.as_object().expect("a row").clone();
        tuple.remove("pseudonym");
        *classes.entry(serde_json::Value::Object(tuple).to_string()).or_default() += 1;
    }
    for (tuple, n) in &classes {
        assert!(*n >= 5, "{tuple} is shared by {n}: {json}");
    }
    assert!(!file.body.contains("Saans"), "two members cannot hide behind their collective's name: {json}");
    let page = analyst.get("/federation/research").await;
    assert!(page.body.contains("At least 5 members share each row"), "{}", page.body);
}
