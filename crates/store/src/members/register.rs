//! A leader registers a member (issue 11): her record, her membership and the consents she
//! gave at registration, written in ONE audited transaction — so a refusal anywhere (a
//! consent the minors' rule forbids, a number already registered, a witness too long) leaves
//! nothing behind.
//!
//! Phone first: before anything else the leader asks whether the number is already in Dhruva
//! ([`Store::phone_registered_for_registration`]). The answer is yes or no, never where or
//! whose; each question is an audit row naming the leader and the collective (never the
//! number), so the grievance officer can see a leader asking too often. Unlike
//! [`Store::create_member`] (which keeps a number someone else holds, unindexed and flagged),
//! a registration refuses such a number with `Duplicate("phone number")`: the member should
//! log in with her own account rather than be registered twice.
//!
//! Her consents are recorded through the same road as a leader's recording on her consent page
//! (`Store::record_consent_in`): recorded by a leader they are *pending*, hers only once she
//! confirms them (or a second office holder does, for a member without an account). A member
//! under 18 (her year of birth says she may be, or the leader says so) keeps only her name and
//! membership until her guardian's consent is recorded: a phone, a year of birth or any consent
//! is refused with `GuardianConsentNeeded`, before or inside the transaction.

use super::{duplicate_member, languages_text, memberships, parse_languages, personal, PHONE_INDEX};
use crate::audit::AuditEvent;
use crate::consent::NewConsent;
use crate::{Accessor, Store, StoreError};
use dhruva_core::phone::PhoneNumber;
use dhruva_core::registry::{Language, MemberPersonal, MemberSummary, Membership, OfficeTitle};
use dhruva_core::{CollectiveId, MemberId};
use sqlx::Row as _;
use time::Date;

/// Everything a registration writes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewRegistration {
    pub collective: CollectiveId,
    pub joined_on: Date,
    /// An office she holds: her first term in it opens on the day she joined, through the
    /// membership's own road (as for [`Store::create_member`]); an office someone else holds is
    /// refused beside the field (`Input { field: "office" }`): it changes hands by a handover.
    pub office: Option<OfficeTitle>,
    /// First preference first (the language her consents were asked in).
    pub languages: Vec<Language>,
    pub personal: MemberPersonal,
    /// The leader says she is under 18 (her year of birth may say so too).
    pub under_18: bool,
    /// The consents she gave at registration, each recorded as her grant with its witness.
    pub consents: Vec<NewConsent>,
}

impl Store {
    /// Whether `phone` is already some member's number anywhere in Dhruva — yes or no, never
    /// whose or where. Audited (`registration_phone_checked`, the collective asked for, never
    /// the number) in its own transaction: asking is itself worth knowing about.
    #[tracing::instrument(skip_all)]
    pub async fn phone_registered_for_registration(&self, by: &Accessor, collective: CollectiveId, phone: &PhoneNumber) -> Result<bool, StoreError> {
        let mut tx = self.begin_audited().await?;
        memberships::require_collective(tx.conn(), collective).await?;
        let found = sqlx::query("SELECT id FROM members WHERE phone_bidx = $1")
            .bind(self.keys.blind_index(PHONE_INDEX, phone.canonical()))
            .fetch_optional(tx.conn())
            .await?
            .is_some();
        tx.append(by, &AuditEvent::new("registration_phone_checked").collective(collective)).await?;
        tx.commit().await?;
        Ok(found)
    }

    /// Registers her: member, data key, membership, consents and their audit rows in one
    /// transaction. `Duplicate("phone number")` when the number is already registered (nothing
    /// written, nothing said about whose it is); `GuardianConsentNeeded` when she is under 18
    /// (from `under_18` or her year of birth, as of `today`) and a phone, a year of birth or a
    /// consent is given; `NotFound("collective")`; any refusal of a consent (its method, its
    /// witness) undoes the whole registration.
    #[tracing::instrument(skip_all)]
    pub async fn register_member(&self, by: &Accessor, new: NewRegistration, today: Date) -> Result<MemberSummary, StoreError> {
        let minor = new.under_18 || crate::guardians::minor_by_birth_year(&new.personal, today);
        crate::guardians::check_new(minor, &new.personal)?;
        if new.languages.is_empty() {
            return Err(StoreError::Invalid("she speaks at least one language".to_owned()));
        }
        let wrapped_key = self.keys.new_wrapped_data_key()?;
        let sealed = personal::seal(&self.keys, &wrapped_key, &new.personal)?;
        let languages = languages_text(&new.languages);

        let mut tx = self.begin_audited().await?;
        memberships::require_collective(tx.conn(), new.collective).await?;
        // Inside the writing transaction, which holds the audit head: two registrations of one
        // number cannot both see it free.
        if let Some(index) = &sealed.phone_index {
            let taken = sqlx::query("SELECT id FROM members WHERE phone_bidx = $1").bind(index).fetch_optional(tx.conn()).await?;
            if taken.is_some() {
                return Err(StoreError::Duplicate("phone number"));
            }
        }
        let code = super::code::fresh(tx.conn()).await?;
        let at = tx.at();
        let id: i64 = sqlx::query(
            "INSERT INTO members (code, languages, created_at, name_ct, phone_ct, birth_year_ct, notes_ct, phone_bidx, needs_guardian) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(&code)
        .bind(&languages)
        .bind(at)
        .bind(sealed.name)
        .bind(sealed.phone)
        .bind(sealed.birth_year)
        .bind(sealed.notes)
        .bind(sealed.phone_index)
        .bind(i64::from(minor))
        .fetch_one(tx.conn())
        .await
        .map_err(duplicate_member)?
        .try_get(0)?;
        let id = MemberId(id);
        sqlx::query("INSERT INTO member_keys (member_id, wrapped_key) VALUES ($1, $2)").bind(id.0).bind(wrapped_key).execute(tx.conn()).await?;
        memberships::require_taking_members(tx.conn(), new.collective, new.joined_on, self.today()).await?;
        memberships::insert(tx.conn(), id, new.collective, new.joined_on, new.office).await?;
        let detail = if minor { "registered;under_18" } else { "registered" };
        tx.append(by, &AuditEvent::new("member_created").member(id).collective(new.collective).detail(detail)).await?;
        // Her consents, through the consent page's own road: pending until she confirms them
        // (the minors' rule is checked there too, on the row just written).
        for consent in &new.consents {
            self.record_consent_in(&mut tx, by, id, consent, false).await?;
        }
        tx.commit().await?;

        let membership = Membership { collective: new.collective, since: new.joined_on, until: None, office: new.office };
        Ok(MemberSummary { id, code, languages: parse_languages(&languages)?, memberships: vec![membership] })
    }
}
