//! The federation's yearly score cards, stored as dated snapshots.
//!
//! A yearly card counts the rounds published by the time it is made whose period ends in the
//! year, and is built by `scorecard::combine` from their *stored* cards' shown cells only —
//! never from tallies — so it is a linear consequence of the public round cards. It is made
//! on the analyst's demand and on `dhruva serve`'s schedule (when the year's published rounds
//! are no longer the ones its latest card counts), and read as stored.

use super::{from_json, indicator_specs, make_round_card_in, to_json, MIN_CELL};
use crate::audit::AuditEvent;
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::scorecard::aggregate::Scorecard;
use dhruva_core::scorecard::combine::combine;
use dhruva_core::RoundId;
use sqlx::Row as _;
use std::collections::{BTreeMap, BTreeSet};
use time::{Date, Month, OffsetDateTime};

/// One yearly snapshot: when it was made, the rounds it counts, one card per template.
#[derive(Clone, Debug, PartialEq)]
pub struct FederationCard {
    pub id: i64,
    pub year: i32,
    pub made_at: OffsetDateTime,
    /// The published rounds counted, by id.
    pub rounds: Vec<RoundId>,
    /// Template id → the card summed over that template's rounds.
    pub cards: Vec<(String, Scorecard)>,
}

fn year_bounds(year: i32) -> Result<(String, String), StoreError> {
    let day = |m, d| Date::from_calendar_date(year, m, d).map(db::date_text).map_err(|_| StoreError::Invalid(format!("no year {year}")));
    Ok((day(Month::January, 1)?, day(Month::December, 31)?))
}

impl Store {
    /// Makes the year's card now, from the stored cards of the rounds published so far whose
    /// period ends in `year`. An audited write.
    pub async fn make_federation_card(&self, by: &Accessor, year: i32) -> Result<FederationCard, StoreError> {
        let (from, to) = year_bounds(year)?;
        let mut tx = self.begin_audited().await?;
        let at = tx.at();
        let ids: Vec<i64> =
            sqlx::query_scalar("SELECT id FROM rounds WHERE status = 'published' AND period_end >= $1 AND period_end <= $2 ORDER BY id")
                .bind(&from)
                .bind(&to)
                .fetch_all(tx.conn())
                .await?;
        // A round published before cards were stored and not yet caught by the start-up step.
        for id in &ids {
            make_round_card_in(tx.conn(), &self.keys, RoundId(*id), at).await?;
        }
        let rows = sqlx::query(
            "SELECT r.id, r.template, s.card FROM rounds r JOIN round_scorecards s ON s.round_id = r.id \
             WHERE r.status = 'published' AND r.period_end >= $1 AND r.period_end <= $2 ORDER BY r.id",
        )
        .bind(&from)
        .bind(&to)
        .fetch_all(tx.conn())
        .await?;
        let mut by_template: BTreeMap<String, Vec<Scorecard>> = BTreeMap::new();
        let mut rounds = Vec::new();
        for row in rows {
            let template: String = row.try_get(1)?;
            // A template no longer shipped cannot be given scales: its rounds are not counted.
            if dhruva_forms::scorecard::template(&template).is_none() {
                continue;
            }
            rounds.push(RoundId(row.try_get(0)?));
            by_template.entry(template).or_default().push(from_json(&row.try_get::<String, _>(2)?, "round_scorecards")?);
        }
        let mut cards = Vec::new();
        for (template_id, round_cards) in by_template {
            let Some(template) = dhruva_forms::scorecard::template(&template_id) else { continue };
            let refs: Vec<&Scorecard> = round_cards.iter().collect();
            cards.push((template_id, combine(&indicator_specs(template), MIN_CELL, &refs)));
        }
        let id: i64 = sqlx::query_scalar("INSERT INTO federation_scorecards (year, made_at) VALUES ($1, $2) RETURNING id")
            .bind(i64::from(year))
            .bind(at)
            .fetch_one(tx.conn())
            .await?;
        for (template, card) in &cards {
            sqlx::query("INSERT INTO federation_scorecard_cards (snapshot_id, template, card) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(template)
                .bind(to_json(card)?)
                .execute(tx.conn())
                .await?;
        }
        for r in &rounds {
            sqlx::query("INSERT INTO federation_scorecard_rounds (snapshot_id, round_id) VALUES ($1, $2)")
                .bind(id)
                .bind(r.0)
                .execute(tx.conn())
                .await?;
        }
        let detail = format!("snapshot={id};year={year};rounds={}", rounds.len());
        tx.append(by, &AuditEvent::new("federation_scorecard_made").detail(detail)).await?;
        tx.commit().await?;
        Ok(FederationCard { id, year, made_at: db::parse_time(at, "federation_scorecards")?, rounds, cards })
    }

    /// The year's latest card; `None` when none was made.
    pub async fn federation_card(&self, year: i32) -> Result<Option<FederationCard>, StoreError> {
        let row = sqlx::query("SELECT id, made_at FROM federation_scorecards WHERE year = $1 ORDER BY id DESC LIMIT 1")
            .bind(i64::from(year))
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else { return Ok(None) };
        let id: i64 = row.try_get(0)?;
        let made_at = db::parse_time(row.try_get(1)?, "federation_scorecards")?;
        let rounds: Vec<i64> = sqlx::query_scalar("SELECT round_id FROM federation_scorecard_rounds WHERE snapshot_id = $1 ORDER BY round_id")
            .bind(id)
            .fetch_all(&self.pool)
            .await?;
        let rows = sqlx::query("SELECT template, card FROM federation_scorecard_cards WHERE snapshot_id = $1 ORDER BY template")
            .bind(id)
            .fetch_all(&self.pool)
            .await?;
        let mut cards = Vec::with_capacity(rows.len());
        for row in rows {
            cards.push((row.try_get(0)?, from_json(&row.try_get::<String, _>(1)?, "federation_scorecard_cards")?));
        }
        Ok(Some(FederationCard { id, year, made_at, rounds: rounds.into_iter().map(RoundId).collect(), cards }))
    }

    /// The schedule's step, run by `dhruva serve` (it checks hourly): a new card for every
    /// year whose latest card is at least `every` old and no longer counts exactly the year's
    /// published rounds, or that has none. A year with nothing new gets no new card, so its
    /// date says when its figures last changed. Returns how many cards were made.
    pub async fn make_due_federation_cards(&self, by: &Accessor, now: OffsetDateTime, every: time::Duration) -> Result<usize, StoreError> {
        self.make_federation_cards_where(by, |latest| latest.made_at + every <= now).await
    }

    /// The start-up step's part: a card for every year with published rounds and none yet.
    pub(super) async fn make_first_federation_cards(&self, by: &Accessor) -> Result<usize, StoreError> {
        self.make_federation_cards_where(by, |_| false).await
    }

    /// A card for each year with published rounds that has none, or whose latest card counts
    /// other rounds than the year's published ones and `old_enough` says may be replaced.
    async fn make_federation_cards_where(&self, by: &Accessor, old_enough: impl Fn(&FederationCard) -> bool) -> Result<usize, StoreError> {
        let mut published: BTreeMap<i32, BTreeSet<RoundId>> = BTreeMap::new();
        for r in self.published_rounds().await? {
            if dhruva_forms::scorecard::template(&r.template).is_some() {
                published.entry(r.period_end.year()).or_default().insert(r.id);
            }
        }
        let mut made = 0;
        for (year, rounds) in published {
            let due = match self.federation_card(year).await? {
                None => true,
                Some(latest) => latest.rounds.iter().copied().collect::<BTreeSet<_>>() != rounds && old_enough(&latest),
            };
            if due {
                self.make_federation_card(by, year).await?;
                made += 1;
            }
        }
        Ok(made)
    }
}
