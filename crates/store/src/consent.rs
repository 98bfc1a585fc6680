//! Consent as dated history: a grant and its withdrawal are rows, never overwritten.
//!
//! A grant says how it was given (in the app by her, or verbally or on paper to a leader who
//! recorded it) and, for the latter, who witnessed it: the witness's name is sealed under her
//! data key like her own fields. A member under 18 can grant nothing until her guardian's
//! consent is recorded (`dhruva_core::minors`), checked in the granting transaction.
//!
//! Every purpose widens someone else's access (a leader's, a mentor's, the analyst's), so a
//! grant recorded by an account that is not hers is only *pending* (`confirm`): it is not among
//! her current consents, and the policy does not see it, until she confirms it in the app or —
//! for a member without an account — a second office holder of her collective does, with a
//! witness. The operator at the server (`Accessor::cli`: the demo loader, tests' fixtures)
//! records grants as before: it holds the database and the key anyway, and no page reaches it.

mod confirm;

pub use confirm::ConsentState;

use crate::audit::{AuditEvent, AuditedTx};
use crate::{db, guardians, Accessor, Store, StoreError};
use dhruva_core::consent::{ConsentSet, Purpose};
use dhruva_core::minors::{may_hold, Holding};
use dhruva_core::{AccountId, MemberId, Sensitive};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, AnyPool, Row as _};
use std::collections::HashMap;
use time::OffsetDateTime;

/// How she gave consent.
pub const METHODS: &[&str] = &["in_app", "verbal", "paper"];

/// Associated data of a sealed witness's name.
const WITNESS: &str = "consent_witness";

/// One grant of consent, and its withdrawal if it has been withdrawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentRecord {
    pub id: i64,
    pub purpose: Purpose,
    pub method: String,
    pub granted_at: OffsetDateTime,
    /// Who recorded it: herself in the app, or the leader she told.
    pub granted_by: Option<AccountId>,
    pub withdrawn_at: Option<OffsetDateTime>,
    pub withdrawn_by: Option<AccountId>,
    /// Whether a witness was recorded (the name itself comes from [`Store::consent_records`]).
    pub witnessed: bool,
    /// Pending until she (or a second office holder) confirms a grant someone else recorded.
    pub state: ConsentState,
    /// Who confirmed or refused it, and when.
    pub decided_at: Option<OffsetDateTime>,
    pub decided_by: Option<AccountId>,
    /// Whether she has been shown this record (her home page's notice counts the others).
    pub told: bool,
}

/// A consent record with its witness's name, for those allowed to see her consent records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentEntry {
    pub record: ConsentRecord,
    pub witness: Option<Sensitive<String>>,
    /// Who witnessed a second office holder's confirmation.
    pub confirm_witness: Option<Sensitive<String>>,
}

/// A grant to record: the purpose, how it was given, and who witnessed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewConsent {
    pub purpose: Purpose,
    /// One of [`METHODS`].
    pub method: String,
    pub witness: Option<Sensitive<String>>,
}

impl Store {
    /// Records that she granted `purpose` (`method`: "in_app", "verbal", "paper").
    /// Granting what is already granted changes nothing.
    pub async fn grant_consent(&self, by: &Accessor, member: MemberId, purpose: Purpose, method: &str) -> Result<(), StoreError> {
        let new = NewConsent { purpose, method: method.to_owned(), witness: None };
        self.record_consent(by, member, &new).await.map(|_| ())
    }

    /// Records a grant with how it was given and its witness. Returns whether anything was
    /// recorded (`false`: the purpose was already granted or is waiting for her).
    /// `GuardianConsentNeeded` for a member under 18 without her guardian's consent.
    ///
    /// Recorded by her, it is granted at once (and confirms a pending grant of the same
    /// purpose); recorded by another account, it is pending until she confirms it.
    #[tracing::instrument(skip_all)]
    pub async fn record_consent(&self, by: &Accessor, member: MemberId, new: &NewConsent) -> Result<bool, StoreError> {
        let herself = self.reads_own(by, member).await?;
        let mut tx = self.begin_audited().await?;
        let recorded = self.record_consent_in(&mut tx, by, member, new, herself).await?;
        if recorded {
            tx.commit().await?;
        }
        Ok(recorded)
    }

    /// [`Store::record_consent`] inside the caller's transaction (a registration records her
    /// consents in the transaction that creates her). `herself`: whether `by` is she.
    pub(crate) async fn record_consent_in(
        &self,
        tx: &mut AuditedTx,
        by: &Accessor,
        member: MemberId,
        new: &NewConsent,
        herself: bool,
    ) -> Result<bool, StoreError> {
        if !METHODS.contains(&new.method.as_str()) {
            return Err(StoreError::Invalid(format!("consent is given {}", METHODS.join(", "))));
        }
        let witness = new.witness.as_ref().map(|w| crate::error::kept_text(w.expose(), "witness", 200, false)).transpose()?;
        let witness = witness.as_deref().filter(|w| !w.is_empty());
        may_hold(guardians::status_in(tx.conn(), member).await?, Holding::Consent(new.purpose))?;
        if herself && confirm::confirm_own_pending_in(tx, by, member, new.purpose).await? {
            return Ok(true);
        }
        let state = if herself || by.account.is_none() { ConsentState::Granted } else { ConsentState::Pending };
        let sealed = match witness {
            Some(w) => Some(self.keys.seal(&guardians::data_key(tx.conn(), member).await?, WITNESS, w.as_bytes())?),
            None => None,
        };
        let at = tx.at();
        let inserted = sqlx::query(
            "INSERT INTO consents (member_id, purpose, method, granted_at, granted_by, witness_ct, state, told_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING id",
        )
        .bind(member.0)
        .bind(new.purpose.code())
        .bind(&new.method)
        .bind(at)
        .bind(by.account.map(|a| a.0))
        .bind(sealed)
        .bind(state.code())
        // What she recorded herself needs no notice; anything else is news to her.
        .bind(herself.then_some(at))
        .fetch_optional(tx.conn())
        .await?;
        if inserted.is_none() {
            return Ok(false);
        }
        // Whether there was a witness is recorded; who it was is not (that is personal).
        let mut detail = format!("purpose={};method={}", new.purpose.code(), new.method);
        if witness.is_some() {
            detail.push_str(";witnessed");
        }
        if state == ConsentState::Pending {
            detail.push_str(";pending");
        }
        tx.append(by, &AuditEvent::new("consent_granted").member(member).detail(detail)).await?;
        Ok(true)
    }

    /// Withdraws a current (or pending) grant; takes effect on the next request.
    pub async fn withdraw_consent(&self, by: &Accessor, member: MemberId, purpose: Purpose) -> Result<(), StoreError> {
        let mut tx = self.begin_audited().await?;
        let at = tx.at();
        let updated = sqlx::query(
            "UPDATE consents SET withdrawn_at = $1, withdrawn_by = $2 \
             WHERE member_id = $3 AND purpose = $4 AND withdrawn_at IS NULL",
        )
        .bind(at)
        .bind(by.account.map(|a| a.0))
        .bind(member.0)
        .bind(purpose.code())
        .execute(tx.conn())
        .await?;
        if updated.rows_affected() == 0 {
            return Ok(());
        }
        let detail = format!("purpose={}", purpose.code());
        tx.append(by, &AuditEvent::new("consent_withdrawn").member(member).detail(detail)).await?;
        tx.commit().await
    }

    /// What she has granted (or confirmed) and not withdrawn; never what is pending.
    pub async fn consents(&self, member: MemberId) -> Result<ConsentSet, StoreError> {
        Ok(current_of(&self.pool, &[member]).await?.remove(&member).unwrap_or_default())
    }

    /// Every grant and withdrawal, oldest first: what she agreed to, when, and who recorded it.
    pub async fn consent_history(&self, member: MemberId) -> Result<Vec<ConsentRecord>, StoreError> {
        let rows = sqlx::query(&format!("{SELECT_CONSENTS} WHERE c.member_id = $1 ORDER BY c.granted_at, c.id"))
            .bind(member.0)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(consent_row).collect()
    }

    /// Her consent history with the witnesses' names, newest first. A read by anyone but
    /// herself is audited as `view_consents`: her choices are hers to know about.
    #[tracing::instrument(skip_all)]
    pub async fn consent_records(&self, by: &Accessor, member: MemberId) -> Result<Vec<ConsentEntry>, StoreError> {
        let sql = format!("{SELECT_CONSENTS} WHERE c.member_id = $1 ORDER BY c.granted_at DESC, c.id DESC");
        if self.reads_own(by, member).await? {
            let rows = sqlx::query(&sql).bind(member.0).fetch_all(&self.pool).await?;
            return rows.iter().map(|r| self.consent_entry(r)).collect();
        }
        let mut tx = self.begin_audited().await?;
        let rows = sqlx::query(&sql).bind(member.0).fetch_all(tx.conn()).await?;
        let entries = rows.iter().map(|r| self.consent_entry(r)).collect::<Result<Vec<_>, _>>()?;
        tx.append(by, &AuditEvent::new("view_consents").member(member)).await?;
        tx.commit().await?;
        Ok(entries)
    }

    /// Whether `by` is the member herself (her own data is not "someone else's").
    pub(crate) async fn reads_own(&self, by: &Accessor, member: MemberId) -> Result<bool, StoreError> {
        let Some(account) = by.account else { return Ok(false) };
        let row = sqlx::query("SELECT member_id FROM accounts WHERE id = $1").bind(account.0).fetch_optional(&self.pool).await?;
        Ok(row.map(|r| r.try_get::<Option<i64>, _>(0)).transpose()?.flatten() == Some(member.0))
    }

    fn consent_entry(&self, row: &AnyRow) -> Result<ConsentEntry, StoreError> {
        let record = consent_row(row)?;
        let key = row.try_get::<Option<Vec<u8>>, _>(8)?;
        let open = |ct: Option<Vec<u8>>, field: &str| -> Result<Option<Sensitive<String>>, StoreError> {
            let (Some(ct), Some(key)) = (ct, key.as_ref()) else { return Ok(None) };
            let bytes = self.keys.open(key, field, &ct)?.into_inner();
            let text =
                String::from_utf8(bytes).map_err(|_| StoreError::Corrupt { table: "consents", detail: "a witness's name is not text".to_owned() })?;
            Ok(Some(Sensitive::new(text)))
        };
        let witness = open(row.try_get(7)?, WITNESS)?;
        let confirm_witness = open(row.try_get(13)?, confirm::CONFIRM_WITNESS)?;
        Ok(ConsentEntry { record, witness, confirm_witness })
    }
}

const SELECT_CONSENTS: &str = "SELECT c.purpose, c.method, c.granted_at, c.granted_by, c.withdrawn_at, c.withdrawn_by, c.id, \
     c.witness_ct, k.wrapped_key, c.state, c.decided_at, c.decided_by, c.told_at, c.decided_witness_ct \
     FROM consents c LEFT JOIN member_keys k ON k.member_id = c.member_id";

/// Withdraws every current or pending grant (her guardian withdrew, so nothing rests on
/// consent any more), inside the caller's transaction. Returns the purposes withdrawn, for its audit rows.
pub(crate) async fn withdraw_all_in(conn: &mut AnyConnection, by: &Accessor, member: MemberId, at: i64) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query("SELECT purpose FROM consents WHERE member_id = $1 AND withdrawn_at IS NULL ORDER BY purpose")
        .bind(member.0)
        .fetch_all(&mut *conn)
        .await?;
    let purposes = rows.iter().map(|r| r.try_get::<String, _>(0)).collect::<Result<Vec<_>, _>>()?;
    sqlx::query("UPDATE consents SET withdrawn_at = $1, withdrawn_by = $2 WHERE member_id = $3 AND withdrawn_at IS NULL")
        .bind(at)
        .bind(by.account.map(|a| a.0))
        .bind(member.0)
        .execute(&mut *conn)
        .await?;
    Ok(purposes)
}

/// The current consents of each of these members (absent: none), for many at once.
pub(crate) async fn current_of(pool: &AnyPool, members: &[MemberId]) -> Result<HashMap<MemberId, ConsentSet>, StoreError> {
    let mut purposes: HashMap<MemberId, Vec<Purpose>> = HashMap::new();
    for chunk in members.chunks(db::IN_LIST_CHUNK) {
        let sql = format!(
            "SELECT member_id, purpose FROM consents WHERE member_id IN ({}) AND withdrawn_at IS NULL AND state = 'granted'",
            db::placeholders(1, chunk.len())
        );
        let mut query = sqlx::query(&sql);
        for member in chunk {
            query = query.bind(member.0);
        }
        for row in query.fetch_all(pool).await? {
            purposes.entry(MemberId(row.try_get(0)?)).or_default().push(purpose(&row.try_get::<String, _>(1)?)?);
        }
    }
    Ok(purposes.into_iter().map(|(member, p)| (member, ConsentSet::of(&p))).collect())
}

fn consent_row(row: &AnyRow) -> Result<ConsentRecord, StoreError> {
    Ok(ConsentRecord {
        purpose: purpose(&row.try_get::<String, _>(0)?)?,
        method: row.try_get(1)?,
        granted_at: db::parse_time(row.try_get(2)?, "consents")?,
        granted_by: row.try_get::<Option<i64>, _>(3)?.map(AccountId),
        withdrawn_at: row.try_get::<Option<i64>, _>(4)?.map(|t| db::parse_time(t, "consents")).transpose()?,
        withdrawn_by: row.try_get::<Option<i64>, _>(5)?.map(AccountId),
        id: row.try_get(6)?,
        witnessed: row.try_get::<Option<Vec<u8>>, _>(7)?.is_some(),
        state: ConsentState::from_code(&row.try_get::<String, _>(9)?)
            .ok_or_else(|| StoreError::Corrupt { table: "consents", detail: "unknown consent state".to_owned() })?,
        decided_at: row.try_get::<Option<i64>, _>(10)?.map(|t| db::parse_time(t, "consents")).transpose()?,
        decided_by: row.try_get::<Option<i64>, _>(11)?.map(AccountId),
        told: row.try_get::<Option<i64>, _>(12)?.is_some(),
    })
}

fn purpose(code: &str) -> Result<Purpose, StoreError> {
    Purpose::from_code(code).ok_or_else(|| StoreError::Corrupt { table: "consents", detail: format!("unknown purpose {code:?}") })
}
