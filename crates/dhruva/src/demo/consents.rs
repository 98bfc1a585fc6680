//! The demo's consent and transparency: `demo-member` has a mentor (`demo-facilitator`) she
//! agreed to (recorded by `demo-leader`, confirmed by her: `consent_confirm`); a member under 18 is registered with her guardian's consent, then her details.
//! Every step looks before it writes, so a second run adds nothing.

use super::{data, members, Loaded};
use anyhow::{Context, Result};
use dhruva_core::consent::Purpose;
use dhruva_core::minors::{GuardianRelation, GuardianVerification};
use dhruva_core::registry::{Language, MemberPersonal};
use dhruva_core::{MemberId, Sensitive};
use dhruva_store::guardians::GuardianConsent;
use dhruva_store::members::NewMember;
use dhruva_store::{Accessor, Store};

const MINOR_NAME: &str = "Riya Naskar (demo, under 18)";
const MINOR_AGE: i32 = 16;
const GUARDIAN_NAME: &str = "Kalpana Naskar (fictional)";

pub(super) async fn ensure(store: &Store, by: &Accessor, loaded: &Loaded) -> Result<()> {
    let wb = &data::COLLECTIVES[0];
    let member_code = members::code(wb, data::DEMO_MEMBER_POSITION);
    let member = store.member_by_code(&member_code).await?.with_context(|| format!("the demo member {member_code} is missing"))?;
    let facilitator = store
        .account_by_username(data::FACILITATOR_ACCOUNT)
        .await?
        .with_context(|| format!("the account {} is missing", data::FACILITATOR_ACCOUNT))?;
    // Assigning a current mentor again records nothing.
    store.assign_mentor(by, member.id, facilitator.id).await.context("cannot assign the demo mentor")?;
    // Recorded by her leader and confirmed by her (issue 9: consent is hers to confirm).
    super::consent_confirm::ensure(store, member.id).await?;
    ensure_minor(store, by, loaded, wb).await
}

async fn ensure_minor(store: &Store, by: &Accessor, loaded: &Loaded, wb: &data::CollectiveSeed) -> Result<()> {
    // After the collective's seeded members, so her fixed code is nobody else's.
    let code = members::code(wb, wb.given_names.len());
    let id = match store.member_by_code(&code).await? {
        Some(existing) => existing.id,
        None => {
            // Her name and membership only: nothing more is kept before her guardian agrees.
            let new = NewMember {
                code: Some(code.clone()),
                collective: loaded.west_bengal,
                joined_on: wb.founded_on,
                office: None,
                languages: vec![Language::Bengali],
                personal: MemberPersonal { name: Sensitive::new(MINOR_NAME.to_owned()), ..MemberPersonal::default() },
            };
            store.create_member_under_18(by, new).await.with_context(|| format!("cannot create the demo member {code}"))?.id
        }
    };
    if !store.minor_status(id).await?.guardian_consented {
        let mother = GuardianConsent {
            name: Sensitive::new(GUARDIAN_NAME.to_owned()),
            relation: GuardianRelation::Mother,
            verification: GuardianVerification::IdentityDocument,
        };
        store.record_guardian_consent(by, id, &mother).await.context("cannot record the demo guardian's consent")?;
    }
    add_details(store, by, id).await?;
    store.grant_consent(by, id, Purpose::CaseSupport, "paper").await?;
    Ok(())
}

/// Now that her guardian agreed: her year of birth and a note (the same each run, so an
/// unchanged record writes nothing).
async fn add_details(store: &Store, by: &Accessor, id: MemberId) -> Result<()> {
    let this_year = time::OffsetDateTime::now_utc().year();
    let personal = MemberPersonal {
        name: Sensitive::new(MINOR_NAME.to_owned()),
        phone: None,
        birth_year: Some(Sensitive::new(this_year - MINOR_AGE)),
        notes: Some(Sensitive::new(members::NOTE.to_owned())),
    };
    store.update_member_personal(by, id, &personal).await.context("cannot add the demo minor's details")
}
