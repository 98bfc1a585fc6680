//! For benchmarks only (feature `testing`): many cases and correspondence entries written fast,
//! with the same sealing as the real paths (details, summaries under each member's key; amounts
//! under the figures key) but without per-row audit rows or form checks. Never built into the
//! server: a case with no audit row behind it would be a forged record.

use super::figures::{self, Amounts};
use super::seal::{field, seal_details, seal_text};
use crate::{db, guardians, Store, StoreError};
use dhruva_core::cases::workflow::workflow;
use dhruva_core::cases::{CaseKind, CompensationForum, Direction, Entitlement, Medium};
use dhruva_core::{CaseId, CollectiveId, MemberId};
use dhruva_forms::RawAnswers;
use sqlx::Row as _;
use std::collections::HashMap;
use time::{Date, Duration, Month};

/// Rows per transaction: big enough to be fast, small enough not to hold the lock for long.
const CHUNK: usize = 2_000;

impl Store {
    /// Writes `cases` cases spread over the current members of `collectives` (kinds and states
    /// in rotation, dates over the two years before 1 June 2025), then `correspondence` entries
    /// spread over those cases, each with a sealed summary. Returns the cases' ids.
    pub async fn seed_cases_for_benchmark(
        &self,
        collectives: &[CollectiveId],
        cases: usize,
        correspondence: usize,
    ) -> Result<Vec<CaseId>, StoreError> {
        let mut members: Vec<(MemberId, CollectiveId)> = Vec::new();
        for c in collectives {
            let rows = sqlx::query("SELECT member_id FROM memberships WHERE collective_id = $1 AND until IS NULL ORDER BY member_id")
                .bind(c.0)
                .fetch_all(&self.pool)
                .await?;
            for row in rows {
                members.push((MemberId(row.try_get(0)?), *c));
            }
        }
        if members.is_empty() {
            return Err(StoreError::Invalid("the collectives have no members to seed cases for".to_owned()));
        }
        let start = Date::from_calendar_date(2023, Month::June, 1).map_err(|_| StoreError::Invalid("bad start date".to_owned()))?;
        let mut keys: HashMap<MemberId, Vec<u8>> = HashMap::new();
        let mut ids: Vec<(CaseId, MemberId)> = Vec::with_capacity(cases);
        let mut n = 0;
        while n < cases {
            let mut tx = self.begin_write().await?;
            for i in n..(n + CHUNK).min(cases) {
                let (member, collective) = members[i % members.len()];
                let key = match keys.get(&member) {
                    Some(k) => k.clone(),
                    None => {
                        let k = guardians::data_key(&mut tx, member).await?;
                        keys.insert(member, k.clone());
                        k
                    }
                };
                let kind = CaseKind::ALL[i % CaseKind::ALL.len()];
                let flow = workflow(kind);
                let state = flow.states[(i / CaseKind::ALL.len()) % flow.states.len()];
                let opened = start + Duration::days(i64::try_from(i % 700).unwrap_or(0));
                let mut details = RawAnswers::new();
                details.insert("reference".to_owned(), vec![format!("REF/{i}")]);
                if kind == CaseKind::Compensation {
                    details.insert("amount_claimed".to_owned(), vec![format!("{}", 100_000 + (i % 50) * 10_000)]);
                }
                let row = sqlx::query(
                    "INSERT INTO cases (member_id, collective_id, kind, entitlement, forum, document, state, opened_on, state_since, filed_on, \
                     details_ct, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $10, $11) RETURNING id",
                )
                .bind(member.0)
                .bind(collective.0)
                .bind(kind.code())
                .bind((kind == CaseKind::Entitlement).then_some(Entitlement::RationCard.code()))
                .bind((kind == CaseKind::Compensation).then_some(CompensationForum::Dlsa.code()))
                .bind((kind == CaseKind::DocumentRecovery).then_some(dhruva_core::cases::DocumentKind::VoterId.code()))
                .bind(state.code())
                .bind(db::date_text(opened))
                .bind((state == flow.filed).then(|| db::date_text(opened)))
                .bind(Vec::<u8>::new())
                .bind(db::now_unix())
                .fetch_one(&mut *tx)
                .await?;
                let id = CaseId(row.try_get(0)?);
                let sealed = seal_details(&self.keys, &key, &field("cases", id.0, "details"), &details)?;
                sqlx::query("UPDATE cases SET details_ct = $1 WHERE id = $2").bind(sealed).bind(id.0).execute(&mut *tx).await?;
                sqlx::query("INSERT INTO case_events (case_id, to_state, on_date, recorded_at) VALUES ($1, $2, $3, $4)")
                    .bind(id.0)
                    .bind(state.code())
                    .bind(db::date_text(opened))
                    .bind(db::now_unix())
                    .execute(&mut *tx)
                    .await?;
                if kind == CaseKind::Compensation {
                    figures::save(&mut tx, &self.keys, id, &Amounts::from_details(&details)).await?;
                }
                ids.push((id, member));
            }
            tx.commit().await?;
            n = (n + CHUNK).min(cases);
        }

        let mut n = 0;
        while n < correspondence && !ids.is_empty() {
            let mut tx = self.begin_write().await?;
            for i in n..(n + CHUNK).min(correspondence) {
                let (case, member) = ids[i % ids.len()];
                let key = keys.get(&member).cloned().ok_or(StoreError::NotFound("member key"))?;
                let on = start + Duration::days(i64::try_from(i % 730).unwrap_or(0));
                let row = sqlx::query(
                    "INSERT INTO case_correspondence (case_id, on_date, direction, medium, summary_ct, recorded_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(case.0)
                .bind(db::date_text(on))
                .bind(if i % 2 == 0 { Direction::Sent.code() } else { Direction::Received.code() })
                .bind(Medium::ALL[i % Medium::ALL.len()].code())
                .bind(Vec::<u8>::new())
                .bind(db::now_unix())
                .fetch_one(&mut *tx)
                .await?;
                let entry: i64 = row.try_get(0)?;
                let summary =
                    seal_text(&self.keys, &key, &field("case_correspondence", entry, "summary"), "Letter about the application, copy kept")?;
                sqlx::query("UPDATE case_correspondence SET summary_ct = $1 WHERE id = $2").bind(summary).bind(entry).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            n = (n + CHUNK).min(correspondence);
        }
        Ok(ids.into_iter().map(|(id, _)| id).collect())
    }
}
