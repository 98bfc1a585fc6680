//! Her new phone number, without an oracle on anyone else's.
//!
//! A number is unique through its blind index, so any write that could be refused for "already
//! registered" tells the writer that the number belongs to a survivor somewhere. Two rules
//! remove that answer:
//!
//! 1. She does not change her number herself: she *asks*, and her collective's leader confirms
//!    it (until a code can be sent to the number, the leader is the proof that it is hers).
//!    Asking always answers the same, whatever the number; requests are throttled per account
//!    and audited.
//! 2. No write ever fails on a number in use — not her leader's confirmation, not a leader's
//!    registration or correction. The number is kept (sealed, as given) but not indexed, so the
//!    index stays unique and sign-in by phone keeps finding only the first holder, and the write
//!    is flagged for the grievance officer (`phone_in_use` in the audit log, naming her code,
//!    never the number or the other holder). Refusing a leader with "cannot be used" would have
//!    kept the oracle for leaders, who register members anyway: a leader typing numbers into
//!    registration could test any number, one request each. Accepting and flagging tells her
//!    nothing, and two members who truly share a phone (sisters, a mother and daughter) can
//!    both be registered.
//!
//! What remains: a member whose confirmed number was flagged cannot sign in with it, which she
//! can notice — once per request, each needing a leader's confirmation, throttled and in the
//! audit log for the grievance officer to see.

use crate::audit::{AuditEvent, AuditedTx};
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::minors::{may_hold, Holding};
use dhruva_core::phone::PhoneNumber;
use dhruva_core::{CollectiveId, MemberId};
use sqlx::{AnyConnection, Row as _};
use time::{Date, OffsetDateTime};

/// Associated data of a requested number, sealed under her data key.
const REQUESTED: &str = "phone_change";
/// Requests one account may make in a day: enough for a typo and a second thought.
pub const REQUESTS_PER_DAY: i64 = 3;

/// What became of her asking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneRequest {
    /// Recorded, waiting for her leader (an earlier waiting request is replaced).
    Requested,
    /// Too many requests from this account today; nothing was written.
    TooMany,
}

/// Where her latest request stands, for her own profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhoneRequestStatus {
    pub requested_at: OffsetDateTime,
    /// `pending`, `confirmed`, `refused` or `cancelled`.
    pub state: &'static str,
}

/// A request waiting in her collective, as a leader sees it: who and when, never the number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingPhoneChange {
    pub id: i64,
    pub member: MemberId,
    pub code: String,
    pub requested_at: OffsetDateTime,
}

const STATES: [&str; 4] = ["pending", "confirmed", "refused", "cancelled"];

/// The index to store for a number: `None` (and `true`, flag it) when another member holds
/// it already. Called inside the writing transaction, which holds the audit head, so two
/// writers cannot both see the index free.
pub(crate) async fn index_or_flag(
    conn: &mut AnyConnection,
    member: Option<MemberId>,
    index: Option<String>,
) -> Result<(Option<String>, bool), StoreError> {
    let Some(index) = index else { return Ok((None, false)) };
    let row = sqlx::query("SELECT id FROM members WHERE phone_bidx = $1").bind(&index).fetch_optional(conn).await?;
    let taken = row.map(|r| r.try_get::<i64, _>(0)).transpose()?.is_some_and(|holder| Some(MemberId(holder)) != member);
    Ok(if taken { (None, true) } else { (Some(index), false) })
}

/// The flag for the grievance officer: her code and where it came from, nothing else.
pub(crate) async fn flag(tx: &mut AuditedTx, by: &Accessor, member: MemberId, source: &str) -> Result<(), StoreError> {
    tx.append(by, &AuditEvent::new("phone_in_use").member(member).detail(format!("source={source}"))).await
}

impl Store {
    /// She asks for `phone` to become her number. Only she may ask (`NotFound` otherwise);
    /// the answer never depends on whether the number is anyone else's.
    #[tracing::instrument(skip_all)]
    pub async fn request_phone_change(&self, by: &Accessor, member: MemberId, phone: &PhoneNumber) -> Result<PhoneRequest, StoreError> {
        let (Some(account), true) = (by.account, self.reads_own(by, member).await?) else { return Err(StoreError::NotFound("member")) };
        let mut tx = self.begin_audited().await?;
        let at = tx.at();
        let today: i64 = sqlx::query("SELECT COUNT(*) FROM phone_changes WHERE requested_by = $1 AND requested_at > $2")
            .bind(account.0)
            .bind(at - 86_400)
            .fetch_one(tx.conn())
            .await?
            .try_get(0)?;
        if today >= REQUESTS_PER_DAY {
            return Ok(PhoneRequest::TooMany);
        }
        may_hold(crate::guardians::status_in(tx.conn(), member).await?, Holding::Phone)?;
        let sealed = self.keys.seal(&crate::guardians::data_key(tx.conn(), member).await?, REQUESTED, phone.canonical().as_bytes())?;
        sqlx::query("UPDATE phone_changes SET state = 'cancelled', decided_at = $1, decided_by = $2, phone_ct = NULL WHERE member_id = $3 AND state = 'pending'")
            .bind(at)
            .bind(account.0)
            .bind(member.0)
            .execute(tx.conn())
            .await?;
        sqlx::query("INSERT INTO phone_changes (member_id, requested_at, requested_by, phone_ct) VALUES ($1, $2, $3, $4)")
            .bind(member.0)
            .bind(at)
            .bind(account.0)
            .bind(sealed)
            .execute(tx.conn())
            .await?;
        tx.append(by, &AuditEvent::new("phone_change_requested").member(member)).await?;
        tx.commit().await?;
        Ok(PhoneRequest::Requested)
    }

    /// Her latest request, if she made one.
    pub async fn my_phone_request(&self, member: MemberId) -> Result<Option<PhoneRequestStatus>, StoreError> {
        let row = sqlx::query("SELECT requested_at, state FROM phone_changes WHERE member_id = $1 ORDER BY id DESC LIMIT 1")
            .bind(member.0)
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else { return Ok(None) };
        let state: String = row.try_get(1)?;
        let state = STATES
            .into_iter()
            .find(|s| *s == state)
            .ok_or_else(|| StoreError::Corrupt { table: "phone_changes", detail: "unknown state".to_owned() })?;
        Ok(Some(PhoneRequestStatus { requested_at: db::parse_time(row.try_get(0)?, "phone_changes")?, state }))
    }

    /// Requests waiting from current members of a collective, oldest first.
    pub async fn pending_phone_changes(&self, collective: CollectiveId, today: Date) -> Result<Vec<PendingPhoneChange>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT p.id, p.member_id, m.code, p.requested_at FROM phone_changes p JOIN members m ON m.id = p.member_id \
             JOIN memberships ms ON ms.member_id = p.member_id \
             WHERE p.state = 'pending' AND m.erased_at IS NULL AND ms.collective_id = $1 AND ms.since <= $2 AND (ms.until IS NULL OR ms.until > $2) \
             ORDER BY p.requested_at, p.id",
        )
        .bind(collective.0)
        .bind(db::date_text(today))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(PendingPhoneChange {
                    id: r.try_get(0)?,
                    member: MemberId(r.try_get(1)?),
                    code: r.try_get(2)?,
                    requested_at: db::parse_time(r.try_get(3)?, "phone_changes")?,
                })
            })
            .collect()
    }

    /// A leader confirms (`true`) or refuses her request. Confirming makes it her number —
    /// flagged, not refused, if someone else holds it (see the module's note). `NotFound`
    /// unless it is hers and waiting; `Invalid` for her own request.
    #[tracing::instrument(skip_all)]
    pub async fn decide_phone_change(&self, by: &Accessor, member: MemberId, id: i64, confirm: bool) -> Result<(), StoreError> {
        if self.reads_own(by, member).await? {
            return Err(StoreError::Invalid("another leader confirms her own new number".to_owned()));
        }
        let mut tx = self.begin_audited().await?;
        let row = sqlx::query("SELECT phone_ct FROM phone_changes WHERE id = $1 AND member_id = $2 AND state = 'pending'")
            .bind(id)
            .bind(member.0)
            .fetch_optional(tx.conn())
            .await?
            .ok_or(StoreError::NotFound("phone change"))?;
        let at = tx.at();
        let state = if confirm { "confirmed" } else { "refused" };
        if confirm {
            let key = crate::guardians::data_key(tx.conn(), member).await?;
            let requested = self.keys.open(&key, REQUESTED, &row.try_get::<Vec<u8>, _>(0)?)?;
            let text = std::str::from_utf8(requested.expose()).map_err(|_| corrupt())?;
            let phone = PhoneNumber::parse(text).map_err(|_| corrupt())?;
            may_hold(crate::guardians::status_in(tx.conn(), member).await?, Holding::Phone)?;
            let index = Some(self.keys.blind_index(super::PHONE_INDEX, phone.canonical()));
            let (index, flagged) = index_or_flag(tx.conn(), Some(member), index).await?;
            let sealed = self.keys.seal(&key, super::PHONE_FIELD, phone.canonical().as_bytes())?;
            sqlx::query("UPDATE members SET phone_ct = $1, phone_bidx = $2 WHERE id = $3")
                .bind(sealed)
                .bind(index)
                .bind(member.0)
                .execute(tx.conn())
                .await?;
            if flagged {
                flag(&mut tx, by, member, "change").await?;
            }
        }
        sqlx::query("UPDATE phone_changes SET state = $1, decided_at = $2, decided_by = $3, phone_ct = NULL WHERE id = $4")
            .bind(state)
            .bind(at)
            .bind(by.account.map(|a| a.0))
            .bind(id)
            .execute(tx.conn())
            .await?;
        tx.append(by, &AuditEvent::new(&format!("phone_change_{state}")).member(member)).await?;
        tx.commit().await
    }
}

fn corrupt() -> StoreError {
    StoreError::Corrupt { table: "phone_changes", detail: "a requested number is not in the expected form".to_owned() }
}
