//! `dhruva demo`: loads the fictional deployment in `data.rs` and the demo accounts.
//!
//! Idempotent by lookup, not by a marker: every organisation is found by name and every
//! member by her fixed code before anything is created, so an interrupted run can simply be
//! run again, and a second run changes nothing but the demo passwords.

mod accounts;
mod cases;
mod consent_confirm;
mod consents;
mod data;
mod members;
mod scorecards;

use anyhow::{bail, Context, Result};
use dhruva_core::geography::DistrictCode;
use dhruva_core::registry::MemberPersonal;
use dhruva_core::{CollectiveId, PartnerOrgId, Sensitive};
use dhruva_store::members::NewMember;
use dhruva_store::registry::NewCollective;
use dhruva_store::{Accessor, Store};

pub use accounts::DemoPassword;

/// What was loaded, for the closing message.
struct Loaded {
    /// The first collective (West Bengal), whose people hold the demo accounts.
    west_bengal: CollectiveId,
    partners: Vec<PartnerOrgId>,
}

/// `serving_next`: whether `dhruva serve` follows at once (`demo --serve`), for the message.
pub async fn run(store: &Store, password: &DemoPassword, serving_next: bool) -> Result<()> {
    let by = Accessor::cli();
    let loaded = load_registry(store, &by).await?;
    accounts::ensure(store, &by, &loaded, password).await?;
    consents::ensure(store, &by, &loaded).await?;
    let wb = &data::COLLECTIVES[0];
    let member_id = |position| async move {
        let code = members::code(wb, position);
        store.member_by_code(&code).await?.map(|m| m.id).with_context(|| format!("the demo member {code} is missing"))
    };
    let (member, leader) = (member_id(data::DEMO_MEMBER_POSITION).await?, member_id(data::DEMO_LEADER_POSITION).await?);
    scorecards::ensure(store, &by, loaded.west_bengal, member, leader).await?;
    // After the score cards: the cases are with the institutions they registered.
    cases::ensure(store, &by, loaded.west_bengal, member).await?;
    let counts = store.counts().await?;
    accounts::print_logins(&counts, password, serving_next);
    Ok(())
}

async fn load_registry(store: &Store, by: &Accessor) -> Result<Loaded> {
    // Never rename a real deployment's federation or mix fictional people into real ones.
    let federation = store.federation().await?;
    let foreign = match federation {
        Some(existing) => existing.name != data::FEDERATION,
        None => store.counts().await?.collectives > 0,
    };
    if foreign {
        bail!(
            "this deployment already holds real data (a federation or collectives not made by the demo); \
             the demo goes only into an empty deployment or one made by `dhruva demo` \
             (use another --data-dir or --database-url)"
        );
    }
    store.ensure_federation(by, data::FEDERATION).await.context("cannot create the demo federation")?;

    let mut partners = Vec::new();
    for p in &data::PARTNERS {
        let id = match store.partner_by_name(p.name).await? {
            Some(existing) => existing.id,
            None => store
                .create_partner(by, p.name, Some(&district(p.district)?))
                .await
                .with_context(|| format!("cannot create the demo partner {}", p.name))?,
        };
        partners.push(id);
    }

    let mut collectives = Vec::new();
    for seed in &data::COLLECTIVES {
        let id = match store.collective_by_name(seed.name).await? {
            Some(existing) => existing.id,
            None => {
                let new = NewCollective {
                    name: seed.name.to_owned(),
                    kind: seed.kind,
                    stage: seed.stage,
                    district: district(seed.district)?,
                    founded_on: Some(seed.founded_on),
                    partners: seed.partners.iter().map(|&i| partners[i]).collect(),
                };
                store.create_collective(by, &new).await.with_context(|| format!("cannot create {}", seed.name))?
            }
        };
        load_members(store, by, seed, id).await?;
        collectives.push(id);
    }
    Ok(Loaded { west_bengal: collectives[0], partners })
}

#[tracing::instrument(skip_all)]
async fn load_members(store: &Store, by: &Accessor, seed: &data::CollectiveSeed, collective: CollectiveId) -> Result<()> {
    for m in members::members_of(seed) {
        let id = match store.member_by_code(&m.code).await? {
            Some(existing) => existing.id,
            None => {
                let new = NewMember {
                    code: Some(m.code.clone()),
                    collective,
                    joined_on: m.joined_on,
                    office: m.office,
                    languages: m.languages.clone(),
                    personal: MemberPersonal {
                        name: Sensitive::new(m.name),
                        phone: m.phone.map(Sensitive::new),
                        birth_year: Some(Sensitive::new(m.birth_year)),
                        notes: Some(Sensitive::new(members::NOTE.to_owned())),
                    },
                };
                // The code, never the name: this message may be shown or logged.
                store.create_member(by, new).await.with_context(|| format!("cannot create the demo member {}", m.code))?.id
            }
        };
        for purpose in &m.consents {
            store.grant_consent(by, id, *purpose, "paper").await?;
        }
    }
    Ok(())
}

fn district(code: &str) -> Result<DistrictCode> {
    DistrictCode::parse(code).with_context(|| format!("the demo data names a malformed district code {code}"))
}
