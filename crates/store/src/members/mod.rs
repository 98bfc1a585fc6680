//! Members: a pseudonymous summary anyone in scope may see, and personal fields that are
//! encrypted under her own data key and audited on every read by someone else.

mod code;
mod facts;
pub mod import;
pub mod memberships;
pub mod offices;
mod personal;
pub mod phone_change;
mod register;

/// A fresh random member code (erasure gives her tombstone one).
pub(crate) use code::fresh as fresh_code;
/// A leader's registration of a member, in one transaction (issue 11).
pub use register::NewRegistration;

use crate::audit::AuditEvent;
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::phone::PhoneNumber;
use dhruva_core::registry::{Language, MemberPersonal, MemberSummary, Membership, OfficeTitle};
use dhruva_core::{CollectiveId, MemberId};
use sqlx::Row as _;
use time::Date;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewMember {
    /// Usually `None` (a random code like `M-7K3Q9H` is made); the demo passes fixed codes
    /// so that loading it twice changes nothing.
    pub code: Option<String>,
    pub collective: CollectiveId,
    pub joined_on: Date,
    pub office: Option<OfficeTitle>,
    pub languages: Vec<Language>,
    pub personal: MemberPersonal,
}

/// Field names (associated data) of her sealed name and phone, for other reads of them.
pub(crate) use personal::{NAME as NAME_FIELD, PHONE as PHONE_FIELD};

/// The purpose string of the phone number's blind index.
pub(crate) const PHONE_INDEX: &str = "phone";

impl Store {
    /// Creates her, her data key, her first membership; records `member_created`. Fails with
    /// `Duplicate` when the code is already registered; a phone number someone else holds is
    /// kept but not indexed, and flagged (`phone_change`: refusing would tell the leader it is
    /// a survivor's number).
    /// A year of birth under 18 makes her a minor (`dhruva_core::minors`): then only her
    /// name may be given (`GuardianConsentNeeded` otherwise), as with
    /// [`Store::create_member_under_18`].
    #[tracing::instrument(skip_all)]
    pub async fn create_member(&self, by: &Accessor, new: NewMember) -> Result<MemberSummary, StoreError> {
        let today = self.today();
        let minor = crate::guardians::minor_by_birth_year(&new.personal, today);
        self.insert_member(by, new, minor).await
    }

    /// Creates her, flagged as needing a guardian's consent or not; refuses a minor's details
    /// beyond the minimum before anything is written.
    pub(crate) async fn insert_member(&self, by: &Accessor, new: NewMember, needs_guardian: bool) -> Result<MemberSummary, StoreError> {
        crate::guardians::check_new(needs_guardian, &new.personal)?;
        let wrapped_key = self.keys.new_wrapped_data_key()?;
        let sealed = personal::seal(&self.keys, &wrapped_key, &new.personal)?;
        let languages = languages_text(&new.languages);

        let mut tx = self.begin_audited().await?;
        memberships::require_collective(tx.conn(), new.collective).await?;
        let code = match &new.code {
            Some(code) => code::check_given(tx.conn(), code).await?,
            None => code::fresh(tx.conn()).await?,
        };
        let at = tx.at();
        let (phone_index, flagged) = phone_change::index_or_flag(tx.conn(), None, sealed.phone_index).await?;
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
        .bind(phone_index)
        .bind(i64::from(needs_guardian))
        .fetch_one(tx.conn())
        .await
        .map_err(duplicate_member)?
        .try_get(0)?;
        let id = MemberId(id);
        sqlx::query("INSERT INTO member_keys (member_id, wrapped_key) VALUES ($1, $2)").bind(id.0).bind(wrapped_key).execute(tx.conn()).await?;
        memberships::insert(tx.conn(), id, new.collective, new.joined_on, new.office).await?;
        let mut created = AuditEvent::new("member_created").member(id).collective(new.collective);
        if needs_guardian {
            created = created.detail("under_18");
        }
        tx.append(by, &created).await?;
        if flagged {
            phone_change::flag(&mut tx, by, id, "registration").await?;
        }
        tx.commit().await?;

        let membership = Membership { collective: new.collective, since: new.joined_on, until: None, office: new.office };
        Ok(MemberSummary { id, code, languages: parse_languages(&languages)?, memberships: vec![membership] })
    }

    pub async fn member_summary(&self, id: MemberId) -> Result<Option<MemberSummary>, StoreError> {
        let row =
            sqlx::query("SELECT id, code, languages FROM members WHERE id = $1 AND erased_at IS NULL").bind(id.0).fetch_optional(&self.pool).await?;
        self.summaries(row.into_iter().collect()).await.map(|mut v| v.pop())
    }

    pub async fn member_by_code(&self, code: &str) -> Result<Option<MemberSummary>, StoreError> {
        let row = sqlx::query("SELECT id, code, languages FROM members WHERE code = $1 AND erased_at IS NULL")
            .bind(code.trim().to_ascii_uppercase())
            .fetch_optional(&self.pool)
            .await?;
        self.summaries(row.into_iter().collect()).await.map(|mut v| v.pop())
    }

    /// Current members of a collective, by code.
    pub async fn members_of_collective(&self, collective: CollectiveId, today: Date) -> Result<Vec<MemberSummary>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT m.id, m.code, m.languages FROM members m JOIN memberships ms ON ms.member_id = m.id \
             WHERE m.erased_at IS NULL AND ms.collective_id = $1 AND ms.since <= $2 AND (ms.until IS NULL OR ms.until > $2) ORDER BY m.code",
        )
        .bind(collective.0)
        .bind(db::date_text(today))
        .fetch_all(&self.pool)
        .await?;
        self.summaries(rows).await
    }

    #[tracing::instrument(skip_all)]
    pub async fn set_member_languages(&self, by: &Accessor, id: MemberId, languages: &[Language]) -> Result<(), StoreError> {
        let mut tx = self.begin_audited().await?;
        let updated =
            sqlx::query("UPDATE members SET languages = $1 WHERE id = $2").bind(languages_text(languages)).bind(id.0).execute(tx.conn()).await?;
        if updated.rows_affected() == 0 {
            return Err(StoreError::NotFound("member"));
        }
        tx.append(by, &AuditEvent::new("member_languages_changed").member(id)).await?;
        tx.commit().await
    }

    /// Through the blind index: the phone number is never stored or compared in plaintext.
    #[tracing::instrument(skip_all)]
    pub async fn member_by_phone(&self, phone: &PhoneNumber) -> Result<Option<MemberId>, StoreError> {
        let row = sqlx::query("SELECT id FROM members WHERE phone_bidx = $1")
            .bind(self.keys.blind_index(PHONE_INDEX, phone.canonical()))
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.try_get(0)).transpose()?.map(MemberId))
    }

    /// Summaries for rows of `(id, code, languages)`, in the rows' order.
    async fn summaries(&self, rows: Vec<sqlx::any::AnyRow>) -> Result<Vec<MemberSummary>, StoreError> {
        let mut members = Vec::with_capacity(rows.len());
        for row in &rows {
            let languages: String = row.try_get(2)?;
            members.push(MemberSummary {
                id: MemberId(row.try_get(0)?),
                code: row.try_get(1)?,
                languages: parse_languages(&languages)?,
                memberships: Vec::new(),
            });
        }
        let ids: Vec<MemberId> = members.iter().map(|m| m.id).collect();
        let mut all = memberships::of_members(&self.pool, &ids, self.today()).await?;
        for member in &mut members {
            member.memberships = all.remove(&member.id).unwrap_or_default();
        }
        Ok(members)
    }
}

/// Languages as stored: codes joined by commas, first preference first, no repeats.
fn languages_text(languages: &[Language]) -> String {
    let mut codes: Vec<&str> = Vec::with_capacity(languages.len());
    for language in languages {
        if !codes.contains(&language.code()) {
            codes.push(language.code());
        }
    }
    codes.join(",")
}

fn parse_languages(text: &str) -> Result<Vec<Language>, StoreError> {
    text.split(',')
        .filter(|c| !c.is_empty())
        .map(|c| Language::from_code(c).ok_or_else(|| StoreError::Corrupt { table: "members", detail: format!("unknown language {c:?}") }))
        .collect()
}

fn duplicate_member(e: sqlx::Error) -> StoreError {
    if db::violates_unique(&e, "phone_bidx") {
        StoreError::Duplicate("phone number")
    } else if db::violates_unique(&e, "code") {
        StoreError::Duplicate("member code")
    } else {
        e.into()
    }
}
