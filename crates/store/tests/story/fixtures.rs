//! Small builders shared by the stories.

use dhruva_core::consent::Purpose;
use dhruva_core::geography::DistrictCode;
use dhruva_core::policy::Role;
use dhruva_core::registry::{parse_personal, Language, MemberPersonal, MemberSummary, Stage, TraffickingKind};
use dhruva_core::{AccountId, CollectiveId, PartnerOrgId, Sensitive};
use dhruva_store::accounts::NewAccount;
use dhruva_store::members::NewMember;
use dhruva_store::registry::NewCollective;
use dhruva_store::{Accessor, Channel, Store};
use time::macros::date;
use time::Date;

pub const JOINED: Date = date!(2024 - 01 - 15);
pub const TODAY: Date = date!(2025 - 06 - 01);
pub const PASSWORD: &str = "a long enough password";

pub fn cli() -> Accessor {
    Accessor::cli()
}

pub fn web(account: AccountId, role: Role, purpose: Option<Purpose>) -> Accessor {
    Accessor { account: Some(account), role: Some(role), purpose, channel: Channel::Web }
}

pub fn district(code: &str) -> DistrictCode {
    DistrictCode::parse(code).expect("a district code")
}

pub fn new_collective(name: &str, partners: Vec<PartnerOrgId>) -> NewCollective {
    NewCollective {
        name: name.to_owned(),
        kind: TraffickingKind::Sex,
        stage: Stage::Collective,
        district: district("WB-24-paraganas-south"),
        founded_on: Some(date!(2019 - 03 - 08)),
        partners,
    }
}

pub async fn collective(store: &Store, name: &str) -> CollectiveId {
    store.create_collective(&cli(), &new_collective(name, vec![])).await.expect("collective created")
}

pub fn personal(name: &str, phone: Option<&str>) -> MemberPersonal {
    parse_personal(name, phone, Some(1994), Some("prefers calls after 6 pm"), 2025).expect("valid personal fields")
}

pub async fn member(store: &Store, collective: CollectiveId, name: &str, phone: Option<&str>) -> MemberSummary {
    let new = NewMember {
        code: None,
        collective,
        joined_on: JOINED,
        office: None,
        languages: vec![Language::Bengali, Language::English],
        personal: personal(name, phone),
    };
    store.create_member(&cli(), new).await.expect("member created")
}

pub async fn account(store: &Store, username: &str, member: Option<dhruva_core::MemberId>) -> AccountId {
    let new = NewAccount {
        username: username.to_owned(),
        member,
        language: Language::Bengali,
        password: Sensitive::new(PASSWORD.to_owned()),
    };
    store.create_account(&cli(), new).await.expect("account created")
}

pub fn password(text: &str) -> Sensitive<String> {
    Sensitive::new(text.to_owned())
}
