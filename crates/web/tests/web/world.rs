//! A small, fictional federation seeded through the store API, the same for every test.
//!
//! Utthan (supported by the partner Sanjog) has Asha (its leader, who consented to
//! mentoring, with Sanjog's facilitator assigned as her mentor), Bina (who consented to
//! nothing) and Dipa. Saans (no partner) has Chitra.

use dhruva_core::consent::Purpose;
use dhruva_core::geography::DistrictCode;
use dhruva_core::policy::Role;
use dhruva_core::registry::{parse_personal, Language, OfficeTitle, Stage, TraffickingKind};
use dhruva_core::{AccountId, CollectiveId, MemberId, PartnerOrgId, Sensitive};
use dhruva_store::accounts::{NewAccount, RoleGrant};
use dhruva_store::members::NewMember;
use dhruva_store::registry::NewCollective;
use dhruva_store::{Accessor, Store};
use time::macros::date;

pub const PASSWORD: &str = "correct horse battery";
pub const ASHA_NAME: &str = "Asha Mondal";
pub const ASHA_PHONE: &str = "9830012345";
pub const BINA_NAME: &str = "Bina Sardar";
pub const CHITRA_NAME: &str = "Chitra Naskar";

pub struct World {
    pub utthan: CollectiveId,
    pub saans: CollectiveId,
    pub sanjog: PartnerOrgId,
    pub asha: MemberId,
    pub asha_code: String,
    pub bina: MemberId,
    pub bina_code: String,
    pub chitra: MemberId,
    pub chitra_code: String,
    pub leader: AccountId,
    pub bina_account: AccountId,
    pub dipa: MemberId,
    pub facilitator: AccountId,
}

fn cli() -> Accessor {
    Accessor::cli()
}

async fn member(store: &Store, collective: CollectiveId, name: &str, phone: Option<&str>, office: Option<OfficeTitle>) -> (MemberId, String) {
    let new = NewMember {
        code: None,
        collective,
        joined_on: date!(2024 - 01 - 15),
        office,
        languages: vec![Language::Bengali],
        personal: parse_personal(name, phone, Some(1994), Some("prefers calls after 6 pm"), 2025).expect("valid"),
    };
    let m = store.create_member(&cli(), new).await.expect("member created");
    (m.id, m.code)
}

pub async fn account(store: &Store, username: &str, member: Option<MemberId>, grant: Option<RoleGrant>) -> AccountId {
    let new = NewAccount { username: username.to_owned(), member, language: Language::English, password: Sensitive::new(PASSWORD.to_owned()) };
    let id = store.create_account(&cli(), new).await.expect("account created");
    if let Some(g) = grant {
        store.add_grant(&cli(), id, &g).await.expect("grant added");
    }
    id
}

fn collective(name: &str, partners: Vec<PartnerOrgId>) -> NewCollective {
    NewCollective {
        name: name.to_owned(),
        kind: TraffickingKind::Sex,
        stage: Stage::Collective,
        district: DistrictCode::parse("WB-kolkata").expect("code"),
        founded_on: Some(date!(2019 - 03 - 08)),
        partners,
    }
}

impl World {
    pub async fn seed(store: &Store) -> World {
        store.ensure_federation(&cli(), "Test federation").await.expect("federation");
        let sanjog = store.create_partner(&cli(), "Sanjog", None).await.expect("partner");
        let utthan = store.create_collective(&cli(), &collective("Utthan", vec![sanjog])).await.expect("collective");
        let saans = store.create_collective(&cli(), &collective("Saans", vec![])).await.expect("collective");
        let (asha, asha_code) = member(store, utthan, ASHA_NAME, Some(ASHA_PHONE), Some(OfficeTitle::President)).await;
        let (bina, bina_code) = member(store, utthan, BINA_NAME, Some("9830054321"), None).await;
        let (dipa, _) = member(store, utthan, "Dipa Halder", None, None).await;
        let (chitra, chitra_code) = member(store, saans, CHITRA_NAME, None, None).await;
        store.grant_consent(&cli(), asha, Purpose::Mentoring, "paper").await.expect("consent");

        let grant = |role, collective, partner| Some(RoleGrant { role, collective, partner });
        let leader = account(store, "asha", Some(asha), grant(Role::Leader, Some(utthan), None)).await;
        let bina_account = account(store, "bina", Some(bina), None).await;
        account(store, "chitra", Some(chitra), None).await;
        account(store, "saans-leader", None, grant(Role::Leader, Some(saans), None)).await;
        let facilitator = account(store, "facilitator", None, grant(Role::Facilitator, None, Some(sanjog))).await;
        store.assign_mentor(&cli(), asha, facilitator).await.expect("mentor assigned");
        account(store, "analyst", None, grant(Role::Analyst, None, None)).await;
        account(store, "admin", None, grant(Role::Admin, None, None)).await;
        World { utthan, saans, sanjog, asha, asha_code, bina, bina_code, chitra, chitra_code, leader, bina_account, dipa, facilitator }
    }
}
