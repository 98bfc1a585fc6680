//! Her personal fields: sealed before they are written; opened for someone else only in a
//! transaction that also records the reading, and returned only once that has committed.

use super::PHONE_INDEX;
use crate::audit::AuditEvent;
use crate::{db, Accessor, Keyring, Store, StoreError};
use dhruva_core::phone::PhoneNumber;
use dhruva_core::registry::MemberPersonal;
use dhruva_core::{MemberId, Sensitive};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row as _};
use std::collections::HashMap;

/// Field names: the associated data of each ciphertext, and the words in audit details.
pub(crate) const NAME: &str = "name";
pub(crate) const PHONE: &str = "phone";
const BIRTH_YEAR: &str = "birth_year";
const NOTES: &str = "notes";

/// `IN (…)` lists are cut to this size, well under either backend's parameter limit.
const CHUNK: usize = 500;

pub(super) struct Sealed {
    pub name: Vec<u8>,
    pub phone: Option<Vec<u8>>,
    pub birth_year: Option<Vec<u8>>,
    pub notes: Option<Vec<u8>>,
    pub phone_index: Option<String>,
}

pub(super) fn seal(keys: &Keyring, wrapped_key: &[u8], personal: &MemberPersonal) -> Result<Sealed, StoreError> {
    let name = personal.name.expose().trim();
    if name.is_empty() {
        return Err(StoreError::Invalid("her name is needed".to_owned()));
    }
    let phone = personal.phone.as_ref().map(|p| PhoneNumber::parse(p.expose()).map_err(|e| StoreError::Invalid(e.to_string()))).transpose()?;
    let seal = |field: &str, value: &[u8]| keys.seal(wrapped_key, field, value);
    Ok(Sealed {
        name: seal(NAME, name.as_bytes())?,
        phone: phone.as_ref().map(|p| seal(PHONE, p.canonical().as_bytes())).transpose()?,
        birth_year: personal.birth_year.as_ref().map(|y| seal(BIRTH_YEAR, y.expose().to_string().as_bytes())).transpose()?,
        notes: personal.notes.as_ref().map(|n| seal(NOTES, n.expose().as_bytes())).transpose()?,
        phone_index: phone.as_ref().map(|p| keys.blind_index(PHONE_INDEX, p.canonical())),
    })
}

impl Store {
    /// Decrypts the names of several members (a roster). Each read of a name that is not
    /// the reader's own is audited as `view_member_name`.
    #[tracing::instrument(skip_all)]
    pub async fn member_names(&self, by: &Accessor, ids: &[MemberId]) -> Result<HashMap<MemberId, Sensitive<String>>, StoreError> {
        let mut ids = ids.to_vec();
        ids.sort();
        ids.dedup();
        let own = self.own_member(by).await?;
        if ids.iter().all(|id| Some(*id) == own) {
            let mut conn = self.pool.acquire().await?;
            return self.open_names(&mut conn, &ids).await;
        }

        let mut tx = self.begin_audited().await?;
        let names = self.open_names(tx.conn(), &ids).await?;
        let mut seen: Vec<&MemberId> = names.keys().filter(|id| Some(**id) != own).collect();
        seen.sort();
        for id in seen {
            tx.append(by, &AuditEvent::new("view_member_name").member(*id)).await?;
        }
        tx.commit().await?;
        Ok(names)
    }

    /// Decrypts all her personal fields; audited as `view_member_personal` unless she is
    /// reading her own.
    #[tracing::instrument(skip_all)]
    pub async fn member_personal(&self, by: &Accessor, id: MemberId) -> Result<Option<MemberPersonal>, StoreError> {
        if self.own_member(by).await? == Some(id) {
            let mut conn = self.pool.acquire().await?;
            return self.open_personal(&mut conn, id).await;
        }
        let mut tx = self.begin_audited().await?;
        let Some(personal) = self.open_personal(tx.conn(), id).await? else {
            return Ok(None);
        };
        tx.append(by, &AuditEvent::new("view_member_personal").member(id)).await?;
        tx.commit().await?;
        Ok(Some(personal))
    }

    /// Replaces her personal fields (and the phone's blind index); audited with the names of
    /// the fields that changed. A number someone else holds is kept unindexed and flagged,
    /// never refused (`phone_change` says why).
    #[tracing::instrument(skip_all)]
    pub async fn update_member_personal(&self, by: &Accessor, id: MemberId, personal: &MemberPersonal) -> Result<(), StoreError> {
        let mut tx = self.begin_audited().await?;
        let current = self.open_personal(tx.conn(), id).await?.ok_or(StoreError::NotFound("member"))?;
        let wrapped_key = wrapped_key(tx.conn(), id).await?;
        let sealed = seal(&self.keys, &wrapped_key, personal)?;
        let changed = changed_fields(&current, personal);
        if changed.is_empty() {
            return Ok(());
        }
        let today = self.today();
        crate::guardians::check_update(tx.conn(), id, personal, &changed, today).await?;
        // An unchanged number keeps whatever index it has (a flagged one stays unindexed).
        let (phone_index, flagged) = match changed.contains(&PHONE) {
            true => super::phone_change::index_or_flag(tx.conn(), Some(id), sealed.phone_index).await?,
            false => (current_index(tx.conn(), id).await?, false),
        };
        sqlx::query("UPDATE members SET name_ct = $1, phone_ct = $2, birth_year_ct = $3, notes_ct = $4, phone_bidx = $5 WHERE id = $6")
            .bind(sealed.name)
            .bind(sealed.phone)
            .bind(sealed.birth_year)
            .bind(sealed.notes)
            .bind(phone_index)
            .bind(id.0)
            .execute(tx.conn())
            .await
            .map_err(super::duplicate_member)?;
        tx.append(by, &AuditEvent::new("edit_member_personal").member(id).detail(changed.join(","))).await?;
        if flagged {
            super::phone_change::flag(&mut tx, by, id, "edit").await?;
        }
        tx.commit().await
    }

    /// The member whose account is reading, if any: her own data is not "someone else's".
    pub(crate) async fn own_member(&self, by: &Accessor) -> Result<Option<MemberId>, StoreError> {
        let Some(account) = by.account else { return Ok(None) };
        let row = sqlx::query("SELECT member_id FROM accounts WHERE id = $1").bind(account.0).fetch_optional(&self.pool).await?;
        Ok(row.map(|r| r.try_get::<Option<i64>, _>(0)).transpose()?.flatten().map(MemberId))
    }

    async fn open_names(&self, conn: &mut AnyConnection, ids: &[MemberId]) -> Result<HashMap<MemberId, Sensitive<String>>, StoreError> {
        let mut names = HashMap::with_capacity(ids.len());
        for chunk in ids.chunks(CHUNK) {
            let sql = format!(
                "SELECT m.id, m.name_ct, k.wrapped_key FROM members m JOIN member_keys k ON k.member_id = m.id WHERE m.id IN ({})",
                db::placeholders(1, chunk.len())
            );
            let mut query = sqlx::query(&sql);
            for id in chunk {
                query = query.bind(id.0);
            }
            for row in query.fetch_all(&mut *conn).await? {
                let wrapped_key: Vec<u8> = row.try_get(2)?;
                let name = self.open_text(&wrapped_key, NAME, &row.try_get::<Vec<u8>, _>(1)?)?;
                names.insert(MemberId(row.try_get(0)?), name);
            }
        }
        Ok(names)
    }

    async fn open_personal(&self, conn: &mut AnyConnection, id: MemberId) -> Result<Option<MemberPersonal>, StoreError> {
        let row = sqlx::query(
            "SELECT m.name_ct, m.phone_ct, m.birth_year_ct, m.notes_ct, k.wrapped_key \
             FROM members m JOIN member_keys k ON k.member_id = m.id WHERE m.id = $1",
        )
        .bind(id.0)
        .fetch_optional(conn)
        .await?;
        row.map(|row| self.open_row(&row)).transpose()
    }

    fn open_row(&self, row: &AnyRow) -> Result<MemberPersonal, StoreError> {
        let key: Vec<u8> = row.try_get(4)?;
        let optional = |i: usize, field: &str| -> Result<Option<Sensitive<String>>, StoreError> {
            row.try_get::<Option<Vec<u8>>, _>(i)?.map(|ct| self.open_text(&key, field, &ct)).transpose()
        };
        let birth_year = optional(2, BIRTH_YEAR)?.map(|y| y.expose().parse::<i32>().map(Sensitive::new).map_err(|_| corrupt())).transpose()?;
        Ok(MemberPersonal {
            name: self.open_text(&key, NAME, &row.try_get::<Vec<u8>, _>(0)?)?,
            phone: optional(1, PHONE)?,
            birth_year,
            notes: optional(3, NOTES)?,
        })
    }

    fn open_text(&self, wrapped_key: &[u8], field: &str, ciphertext: &[u8]) -> Result<Sensitive<String>, StoreError> {
        let bytes = self.keys.open(wrapped_key, field, ciphertext)?.into_inner();
        String::from_utf8(bytes).map(Sensitive::new).map_err(|_| corrupt())
    }
}

async fn current_index(conn: &mut AnyConnection, id: MemberId) -> Result<Option<String>, StoreError> {
    let row = sqlx::query("SELECT phone_bidx FROM members WHERE id = $1").bind(id.0).fetch_one(conn).await?;
    Ok(row.try_get(0)?)
}

async fn wrapped_key(conn: &mut AnyConnection, id: MemberId) -> Result<Vec<u8>, StoreError> {
    let row = sqlx::query("SELECT wrapped_key FROM member_keys WHERE member_id = $1")
        .bind(id.0)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound("member"))?;
    Ok(row.try_get(0)?)
}

/// Names of the fields whose values differ; the values themselves never leave this function.
fn changed_fields(old: &MemberPersonal, new: &MemberPersonal) -> Vec<&'static str> {
    let canonical_phone =
        |p: &Option<Sensitive<String>>| p.as_ref().map(|p| PhoneNumber::parse(p.expose()).map(|p| p.canonical().to_owned()).unwrap_or_default());
    let mut changed = Vec::new();
    if old.name.expose().trim() != new.name.expose().trim() {
        changed.push(NAME);
    }
    if canonical_phone(&old.phone) != canonical_phone(&new.phone) {
        changed.push(PHONE);
    }
    if old.birth_year != new.birth_year {
        changed.push(BIRTH_YEAR);
    }
    if old.notes != new.notes {
        changed.push(NOTES);
    }
    changed
}

/// Deliberately vague: the detail of a bad plaintext must not end up in a log.
fn corrupt() -> StoreError {
    StoreError::Corrupt { table: "members", detail: "a decrypted field is not in the expected form".to_owned() }
}
