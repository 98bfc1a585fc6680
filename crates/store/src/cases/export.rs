//! Her cases for her own copy of her data (`Store::member_export`): each case decrypted with
//! its whole timeline. Attachments appear as metadata (name, type, size, token), not as their
//! bytes: a few scans would make the document many megabytes of base64, and each file can be
//! downloaded from the case's page with the token shown.

use super::read::{CaseRow, CASE_COLUMNS};
use super::seal::{field, open_details, open_optional};
use super::timeline::timeline_in;
use super::{Case, TimelineEntry};
use crate::{guardians, Store, StoreError};
use dhruva_core::MemberId;
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
pub struct ExportedCase {
    pub case: Case,
    pub timeline: Vec<TimelineEntry>,
}

impl Store {
    /// Every case of hers, oldest first, decrypted; no audit row of its own (the export is
    /// audited as a whole). Empty once she is erased.
    pub(crate) async fn cases_for_export(&self, member: MemberId) -> Result<Vec<ExportedCase>, StoreError> {
        let today = self.today();
        let mut conn = self.pool.acquire().await?;
        let rows =
            sqlx::query(&format!("SELECT {CASE_COLUMNS}, c.details_ct, c.authority_name_ct FROM cases c WHERE c.member_id = $1 ORDER BY c.id"))
                .bind(member.0)
                .fetch_all(&mut *conn)
                .await?;
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let key = guardians::data_key(&mut conn, member).await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            use sqlx::Row as _;
            let case = CaseRow::from_row(&row)?;
            let details = open_details(&self.keys, &key, &field("cases", case.id.0, "details"), &row.try_get::<Vec<u8>, _>(12)?)?;
            let authority_name = open_optional(&self.keys, &key, &field("cases", case.id.0, "authority_name"), row.try_get(13)?)?;
            let inputs = super::read::deadline_inputs(&mut conn, &[case.id]).await?;
            let (history, overrides) = inputs.get(&case.id).map(|(h, o)| (h.as_slice(), o.as_slice())).unwrap_or((&[], &[]));
            let summary = case.summary(history, overrides, today);
            let timeline = timeline_in(&mut conn, &self.keys, &key, &case).await?;
            out.push(ExportedCase { case: Case { summary, authority_name, details }, timeline });
        }
        Ok(out)
    }
}
