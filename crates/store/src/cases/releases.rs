//! Compensation figures as dated releases: computed once, stored, served as stored.
//!
//! Figures rebuilt on every request differ between two views a moment apart by exactly the
//! claim added (or erased) in between, so anyone who can open the page twice learns that
//! claim. A release is made in one audited transaction — the claims it reads, the records of
//! every earlier release it is suppressed against, and the row it writes — and every page
//! reads the latest one until the next is made (by the analyst, on the schedule, or at the
//! first start after the upgrade). The transaction takes the audit head's lock first, so two
//! makers queue: the second sees the first's release among the earlier ones, and a check
//! ("none yet", "older than a month") is made again under the lock.

use super::due::claims_on;
use super::figures::{open_under, seal_under};
use crate::audit::AuditEvent;
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::cases::figures::{self, ClaimFacts, FigureKey, FigureRow, Figures, ReleaseRecord};
use dhruva_core::scorecard::{MinCell, Published};
use dhruva_core::{AccountId, CollectiveId, InstitutionId};
use serde::{Deserialize, Serialize};
use sqlx::{AnyConnection, Row as _};
use std::collections::{BTreeMap, BTreeSet};
use time::macros::offset;
use time::{Date, Duration, OffsetDateTime, UtcOffset};

/// The records hold per-claim tokens and values: sealed under a key of their own.
const SUBKEY: &str = "figure-releases";
/// The minimum number of claims a shown figure rests on (the score cards' default).
pub const RELEASE_MIN_CELL: MinCell = MinCell::DEFAULT;
/// Dates on pages are India's (as `dhruva_web::state::today`); a release made at 01:00 IST
/// is "as of" that day, not the day before in UTC.
const INDIA: UtcOffset = offset!(+5:30);

/// Where one collective's claims were when a release was made: what its own page lists
/// beside its row. Kept only for collectives whose own count the release shows — where a
/// withheld collective's few claims are is itself a figure about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReleasePlaces {
    pub collective: CollectiveId,
    /// District codes (`WB-kolkata`).
    pub districts: Vec<String>,
    /// State codes (`WB`).
    pub states: Vec<String>,
    pub authorities: Vec<InstitutionId>,
}

/// One release, as every page serves it.
#[derive(Clone, Debug)]
pub struct FigureRelease {
    pub id: i64,
    pub made_at: OffsetDateTime,
    pub as_of: Date,
    pub figures: Figures,
    pub places: Vec<ReleasePlaces>,
    /// Rows this release withholds, as the most recent earlier release showed them, with that
    /// release's date: already published, so a page may show them, dated (`figures::last_shown`).
    pub held: BTreeMap<FigureKey, (Date, FigureRow)>,
}

impl FigureRelease {
    pub fn places_of(&self, collective: CollectiveId) -> Option<&ReleasePlaces> {
        self.places.iter().find(|p| p.collective == collective)
    }
}

/// A release in the analyst's list of earlier ones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReleaseSummary {
    pub id: i64,
    pub made_at: OffsetDateTime,
    pub as_of: Date,
    /// `None`: made by the schedule or at the first start.
    pub made_by: Option<AccountId>,
}

/// When a release is to be made; checked again under the audit head's lock.
#[derive(Clone, Copy)]
enum When {
    Always,
    /// Claims exist and no release does (the first start after the upgrade).
    First,
    /// The latest release is at least this old, or there is none and claims exist.
    OlderThan(Duration),
}

/// The schedule and the first start act as no one: the operator's own process.
fn scheduler() -> Accessor {
    Accessor::cli()
}

impl Store {
    /// Makes a release now, as `by` (the analyst, after the policy allowed `PublishFigures`).
    #[tracing::instrument(skip_all)]
    pub async fn make_figure_release(&self, by: &Accessor, now: OffsetDateTime) -> Result<FigureRelease, StoreError> {
        self.release_when(by, now, When::Always).await?.ok_or_else(|| StoreError::Invalid("the release was not made".to_owned()))
    }

    /// The first release of a deployment that has claims and none yet: at `dhruva serve`'s
    /// start, after migrating, so an upgraded deployment never serves live figures.
    #[tracing::instrument(skip_all)]
    pub async fn ensure_first_figure_release(&self, now: OffsetDateTime) -> Result<Option<FigureRelease>, StoreError> {
        if self.latest_release_time().await?.is_some() {
            return Ok(None);
        }
        self.release_when(&scheduler(), now, When::First).await
    }

    /// The scheduled release: made when the latest is `every` old or older (or there is none
    /// and claims exist); `None` when nothing was due.
    #[tracing::instrument(skip_all)]
    pub async fn figure_release_if_due(&self, now: OffsetDateTime, every: Duration) -> Result<Option<FigureRelease>, StoreError> {
        // A cheap look first: most hours nothing is due, and the audit head stays free.
        if let Some(latest) = self.latest_release_time().await? {
            if now - latest < every {
                return Ok(None);
            }
        }
        self.release_when(&scheduler(), now, When::OlderThan(every)).await
    }

    /// The release every page shows; `None` before the first.
    pub async fn latest_figure_release(&self) -> Result<Option<FigureRelease>, StoreError> {
        let row = sqlx::query("SELECT id, made_at, as_of, figures, places FROM figure_releases ORDER BY id DESC LIMIT 1")
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else { return Ok(None) };
        let parse = |what: &str| corrupt(&format!("a release's {what} do not parse"));
        let figures: Figures = serde_json::from_str(&row.try_get::<String, _>(3)?).map_err(|_| parse("figures"))?;
        let places: Vec<ReleasePlaces> = serde_json::from_str(&row.try_get::<String, _>(4)?).map_err(|_| parse("places"))?;
        let id: i64 = row.try_get(0)?;
        let held = self.held_rows(id, &figures).await?;
        Ok(Some(FigureRelease {
            id,
            made_at: db::parse_time(row.try_get(1)?, "figure_releases")?,
            as_of: db::parse_date(&row.try_get::<String, _>(2)?, "figure_releases")?,
            figures,
            places,
            held,
        }))
    }

    /// The rows release `id` withholds, as the most recent earlier release that showed each had
    /// it. Reads back one release at a time, newest first, and stops once every withheld row
    /// is found (usually the release before).
    async fn held_rows(&self, id: i64, latest: &Figures) -> Result<BTreeMap<FigureKey, (Date, FigureRow)>, StoreError> {
        let mut wanted: BTreeSet<FigureKey> = figures::rows_of(latest).filter(|r| r.claims.shown().is_none()).map(|r| r.key.clone()).collect();
        let mut held = BTreeMap::new();
        let mut before = id;
        while !wanted.is_empty() {
            let row = sqlx::query("SELECT id, as_of, figures FROM figure_releases WHERE id < $1 ORDER BY id DESC LIMIT 1")
                .bind(before)
                .fetch_optional(&self.pool)
                .await?;
            let Some(row) = row else { break };
            before = row.try_get(0)?;
            let as_of = db::parse_date(&row.try_get::<String, _>(1)?, "figure_releases")?;
            let earlier: Figures = serde_json::from_str(&row.try_get::<String, _>(2)?).map_err(|_| corrupt("a release's figures do not parse"))?;
            for (key, (_, shown)) in figures::last_shown(latest, &[&earlier]) {
                if wanted.remove(&key) {
                    held.insert(key, (as_of, shown.clone()));
                }
            }
        }
        Ok(held)
    }

    /// Every release, newest first: dates and who made them, no figures.
    pub async fn figure_releases(&self) -> Result<Vec<ReleaseSummary>, StoreError> {
        let rows = sqlx::query("SELECT id, made_at, as_of, made_by FROM figure_releases ORDER BY id DESC").fetch_all(&self.pool).await?;
        rows.iter()
            .map(|row| {
                Ok(ReleaseSummary {
                    id: row.try_get(0)?,
                    made_at: db::parse_time(row.try_get(1)?, "figure_releases")?,
                    as_of: db::parse_date(&row.try_get::<String, _>(2)?, "figure_releases")?,
                    made_by: row.try_get::<Option<i64>, _>(3)?.map(AccountId),
                })
            })
            .collect()
    }

    async fn latest_release_time(&self) -> Result<Option<OffsetDateTime>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        latest_made_at(&mut conn).await
    }

    async fn release_when(&self, by: &Accessor, now: OffsetDateTime, when: When) -> Result<Option<FigureRelease>, StoreError> {
        let mut tx = self.begin_audited().await?;
        // Looked at again under the lock: another maker may have just released.
        let latest = latest_made_at(tx.conn()).await?;
        match (when, latest) {
            (When::First, Some(_)) => return Ok(None),
            (When::OlderThan(every), Some(latest)) if now - latest < every => return Ok(None),
            _ => {}
        }
        let claims = claims_on(tx.conn(), &self.keys, None).await?;
        // Only the analyst publishes an empty deployment's figures; the schedule waits for claims.
        if latest.is_none() && claims.is_empty() && !matches!(when, When::Always) {
            return Ok(None);
        }
        let earlier = earlier_records(tx.conn(), self).await?;
        let (figures, record) = figures::release(&claims, RELEASE_MIN_CELL, &earlier);
        let places = places(&claims, &figures);
        let as_of = now.to_offset(INDIA).date();
        let unwritable = |what: &str| StoreError::Invalid(format!("a release's {what} cannot be written"));
        let figures_json = serde_json::to_string(&figures).map_err(|_| unwritable("figures"))?;
        let places_json = serde_json::to_string(&places).map_err(|_| unwritable("places"))?;
        let record_json = zeroize::Zeroizing::new(serde_json::to_vec(&record).map_err(|_| unwritable("record"))?);
        // The row id is the record's associated data, so the id comes first and the sealed
        // record follows in the same transaction.
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO figure_releases (made_at, as_of, made_by, figures, places, record_ct) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(now.unix_timestamp())
        .bind(db::date_text(as_of))
        .bind(by.account.map(|a| a.0))
        .bind(&figures_json)
        .bind(&places_json)
        .bind(Vec::<u8>::new())
        .fetch_one(tx.conn())
        .await?;
        let sealed = seal_under(&self.keys, SUBKEY, &aad(id), &record_json)?;
        sqlx::query("UPDATE figure_releases SET record_ct = $1 WHERE id = $2").bind(sealed).bind(id).execute(tx.conn()).await?;
        tx.append(by, &AuditEvent::new("publish_figures").detail(format!("release={id}"))).await?;
        tx.commit().await?;
        tracing::info!(release = id, %as_of, "compensation figures released");
        let made_at = db::parse_time(now.unix_timestamp(), "figure_releases")?;
        let held = self.held_rows(id, &figures).await?;
        Ok(Some(FigureRelease { id, made_at, as_of, figures, places, held }))
    }
}

async fn latest_made_at(conn: &mut AnyConnection) -> Result<Option<OffsetDateTime>, StoreError> {
    let at: Option<i64> = sqlx::query_scalar("SELECT made_at FROM figure_releases ORDER BY id DESC LIMIT 1").fetch_optional(&mut *conn).await?;
    at.map(|t| db::parse_time(t, "figure_releases")).transpose()
}

/// Every earlier release's record, oldest first, opened: what the new one is audited against.
async fn earlier_records(conn: &mut AnyConnection, store: &Store) -> Result<Vec<ReleaseRecord>, StoreError> {
    let rows = sqlx::query("SELECT id, record_ct FROM figure_releases ORDER BY id").fetch_all(&mut *conn).await?;
    let mut records = Vec::with_capacity(rows.len());
    for row in rows {
        let id: i64 = row.try_get(0)?;
        let plain = open_under(&store.keys, SUBKEY, &aad(id), &row.try_get::<Vec<u8>, _>(1)?)?;
        records.push(serde_json::from_slice(&plain).map_err(|_| corrupt("a release's record does not parse"))?);
    }
    Ok(records)
}

#[cfg(feature = "testing")]
impl Store {
    /// Every release's record, opened, as JSON (tests look for what must not be there).
    pub async fn figure_release_records_json(&self) -> Result<Vec<String>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let records = earlier_records(&mut conn, self).await?;
        records.iter().map(|r| serde_json::to_string(r).map_err(|_| corrupt("a release's record does not serialise"))).collect()
    }

    /// How release records know a case, as JSON writes it: `[token,`.
    pub fn claim_token_text(&self, case: dhruva_core::CaseId) -> String {
        format!("[{},", u128::from_be_bytes(super::due::claim_token(&self.keys, case)))
    }
}

/// Erasure: her compensation claims become unrecognisable in every release's record (fresh
/// random tokens and fingerprints, the same across records, so the next release's audit is
/// exactly what it would have been). Runs in the erasure's transaction, before her cases go.
pub(crate) async fn forget_member_in_releases(conn: &mut AnyConnection, store: &Store, member: dhruva_core::MemberId) -> Result<u64, StoreError> {
    let cases: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM cases WHERE member_id = $1 AND kind = 'compensation'").bind(member.0).fetch_all(&mut *conn).await?;
    if cases.is_empty() {
        return Ok(0);
    }
    let tokens: Vec<figures::ClaimToken> = cases.into_iter().map(|c| super::due::claim_token(&store.keys, dhruva_core::CaseId(c))).collect();
    let rows = sqlx::query("SELECT id, record_ct FROM figure_releases ORDER BY id").fetch_all(&mut *conn).await?;
    let mut fresh = figures::Forgotten::default();
    let mut random = || rand::random::<u64>();
    let mut rewritten = 0;
    for row in rows {
        let id: i64 = row.try_get(0)?;
        let plain = open_under(&store.keys, SUBKEY, &aad(id), &row.try_get::<Vec<u8>, _>(1)?)?;
        let mut record: ReleaseRecord = serde_json::from_slice(&plain).map_err(|_| corrupt("a release's record does not parse"))?;
        record.forget(&tokens, &mut fresh, &mut random);
        let json = serde_json::to_vec(&record).map_err(|_| corrupt("a release's record does not serialise"))?;
        let sealed = seal_under(&store.keys, SUBKEY, &aad(id), &json)?;
        sqlx::query("UPDATE figure_releases SET record_ct = $1 WHERE id = $2").bind(sealed).bind(id).execute(&mut *conn).await?;
        rewritten += 1;
    }
    Ok(rewritten)
}

/// Binds a sealed record to its release, so records cannot be swapped or reordered unnoticed.
fn aad(id: i64) -> Vec<u8> {
    format!("dhruva figure release\0id={id}").into_bytes()
}

/// Where each collective whose own count is shown had its claims.
fn places(claims: &[ClaimFacts], figures: &Figures) -> Vec<ReleasePlaces> {
    let shown: BTreeSet<CollectiveId> = figures
        .by_collective
        .iter()
        .filter_map(|r| match (&r.key, &r.claims) {
            (FigureKey::Collective(c), Published::Shown(_)) => Some(*c),
            _ => None,
        })
        .collect();
    shown
        .into_iter()
        .map(|c| {
            let mine: Vec<&ClaimFacts> = claims.iter().filter(|x| x.collective == c).collect();
            let districts: BTreeSet<String> = mine.iter().filter_map(|x| x.district.as_ref()).map(|d| d.as_str().to_owned()).collect();
            let states: BTreeSet<String> = mine.iter().filter_map(|x| x.district.as_ref()).map(|d| d.state().as_str().to_owned()).collect();
            let authorities: BTreeSet<InstitutionId> = mine.iter().filter_map(|x| x.authority).collect();
            ReleasePlaces {
                collective: c,
                districts: districts.into_iter().collect(),
                states: states.into_iter().collect(),
                authorities: authorities.into_iter().collect(),
            }
        })
        .collect()
}

fn corrupt(detail: &str) -> StoreError {
    StoreError::Corrupt { table: "figure_releases", detail: detail.to_owned() }
}
