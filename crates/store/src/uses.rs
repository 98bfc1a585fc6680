//! Uses of members' data that each need a purpose she granted: contact by the federation and
//! inclusion in research. The caller has asked the policy; this reads only the fields the
//! use needs and records every member touched, with the purpose, in the same transaction.

use crate::audit::AuditEvent;
use crate::members::{NAME_FIELD, PHONE_FIELD};
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::{MemberId, Sensitive};
use sqlx::Row as _;
use std::collections::HashMap;

/// What the federation needs to contact her, and nothing more.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub name: Sensitive<String>,
    pub phone: Option<Sensitive<String>>,
}

impl Store {
    /// Her name and phone for federation contact, each member's read audited as
    /// `contact_member` (with `by`'s purpose) before anything is returned.
    #[tracing::instrument(skip_all)]
    pub async fn member_contacts(&self, by: &Accessor, ids: &[MemberId]) -> Result<HashMap<MemberId, Contact>, StoreError> {
        let mut ids = ids.to_vec();
        ids.sort_unstable();
        ids.dedup();
        let mut out = HashMap::with_capacity(ids.len());
        if ids.is_empty() {
            return Ok(out);
        }
        let mut tx = self.begin_audited().await?;
        for chunk in ids.chunks(db::IN_LIST_CHUNK) {
            let sql = format!(
                "SELECT m.id, m.name_ct, m.phone_ct, k.wrapped_key FROM members m JOIN member_keys k ON k.member_id = m.id \
                 WHERE m.id IN ({})",
                db::placeholders(1, chunk.len())
            );
            let mut query = sqlx::query(&sql);
            for id in chunk {
                query = query.bind(id.0);
            }
            for row in query.fetch_all(tx.conn()).await? {
                let key: Vec<u8> = row.try_get(3)?;
                let text = |field: &str, ct: &[u8]| -> Result<Sensitive<String>, StoreError> {
                    let bytes = self.keys.open(&key, field, ct)?.into_inner();
                    String::from_utf8(bytes)
                        .map(Sensitive::new)
                        .map_err(|_| StoreError::Corrupt { table: "members", detail: "a decrypted field is not text".to_owned() })
                };
                let name = text(NAME_FIELD, &row.try_get::<Vec<u8>, _>(1)?)?;
                let phone = row.try_get::<Option<Vec<u8>>, _>(2)?.map(|ct| text(PHONE_FIELD, &ct)).transpose()?;
                out.insert(MemberId(row.try_get(0)?), Contact { name, phone });
            }
        }
        let mut read: Vec<&MemberId> = out.keys().collect();
        read.sort();
        for id in read {
            tx.append(by, &AuditEvent::new("contact_member").member(*id).detail("fields=name,phone")).await?;
        }
        tx.commit().await?;
        Ok(out)
    }

    /// Records that these members' de-identified records went into research export `export`
    /// (a random id naming the export, never her pseudonym in it).
    pub async fn record_research_export(&self, by: &Accessor, ids: &[MemberId], export: &str) -> Result<(), StoreError> {
        if ids.is_empty() {
            return Ok(());
        }
        let mut tx = self.begin_audited().await?;
        for id in ids {
            tx.append(by, &AuditEvent::new("include_in_research").member(*id).detail(format!("export={export}"))).await?;
        }
        tx.commit().await
    }
}
