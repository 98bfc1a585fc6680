//! Stored score cards: what is published is computed once and served as stored.
//!
//! The one road: a round's card is built here, from its sealed tallies, the template's scales
//! and the institutions as the registry places them *at that moment*, inside the transaction
//! that closes the round (`advance_round` calls [`make_round_card_in`]). Nothing rates a
//! closed round, so the card is final; its organisers read it while the round is closed, and
//! publishing serves the same stored card to the public. Moving an institution to another
//! district later, or an erasure, changes no published number. "Change since the previous
//! round" is read between two stored cards by the reader ([`aggregate::set_changes_since`]),
//! so a card never carries figures of a round its reader may not see.
//!
//! The federation's yearly card ([`federation`]) sums only the cells these stored cards
//! showed, and is itself stored, dated, with the rounds it counts.

mod federation;

pub use federation::FederationCard;

use super::{tally, ScorecardError};
use crate::audit::AuditEvent;
use crate::{db, Accessor, Keyring, Store, StoreError};
use dhruva_core::geography::DistrictCode;
use dhruva_core::scorecard::aggregate::{self, IndicatorSpec, InstitutionRef, Ratings, Scorecard};
use dhruva_core::scorecard::{InstitutionType, MinCell};
use dhruva_core::{InstitutionId, RoundId};
use dhruva_forms::scorecard::Template;
use sqlx::{AnyConnection, Row as _};
use time::OffsetDateTime;

/// The minimum cell size stored cards are suppressed with. The deployment has no setting for
/// it yet; the web's `min_cell` reads this same value.
pub const MIN_CELL: MinCell = MinCell::DEFAULT;

/// A round's stored card and when it was made (when the round was closed, or at the upgrade
/// for rounds closed before cards were stored).
#[derive(Clone, Debug, PartialEq)]
pub struct RoundCard {
    pub round: RoundId,
    pub made_at: OffsetDateTime,
    pub card: Scorecard,
}

/// What the start-up step made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SnapshotsMade {
    pub round_cards: usize,
    pub federation_cards: usize,
}

/// Every indicator of the template with the scale aggregation needs; indicators whose scale
/// the template cannot give are left out.
pub fn indicator_specs(template: &Template) -> Vec<IndicatorSpec> {
    template.indicators.iter().filter_map(|i| template.scale_spec(&i.code).map(|scale| IndicatorSpec { code: i.code.clone(), scale })).collect()
}

fn to_json(card: &Scorecard) -> Result<String, StoreError> {
    serde_json::to_string(card).map_err(|e| StoreError::Invalid(format!("a score card cannot be written: {e}")))
}

pub(crate) fn from_json(text: &str, table: &'static str) -> Result<Scorecard, StoreError> {
    serde_json::from_str(text).map_err(|_| StoreError::Corrupt { table, detail: "a stored score card does not parse".to_owned() })
}

fn corrupt(detail: String) -> StoreError {
    StoreError::Corrupt { table: "institutions", detail }
}

/// Builds the round's card from its tallies and stores it, in the caller's transaction.
/// `false` when the round already has one (a card is never replaced).
pub(crate) async fn make_round_card_in(conn: &mut AnyConnection, keys: &Keyring, round: RoundId, at: i64) -> Result<bool, StoreError> {
    let template_id: String = sqlx::query_scalar("SELECT template FROM rounds WHERE id = $1").bind(round.0).fetch_one(&mut *conn).await?;
    let template = dhruva_forms::scorecard::template(&template_id).ok_or(ScorecardError::UnknownTemplate(template_id))?;
    let indicators = indicator_specs(template);
    let rows = sqlx::query(
        "SELECT ri.institution_id, i.kind, i.district_code, t.tally_ct FROM round_institutions ri \
         JOIN institutions i ON i.id = ri.institution_id \
         LEFT JOIN round_tallies t ON t.round_id = ri.round_id AND t.institution_id = ri.institution_id \
         WHERE ri.round_id = $1 ORDER BY ri.institution_id",
    )
    .bind(round.0)
    .fetch_all(&mut *conn)
    .await?;
    let mut ratings = Ratings { institutions: Vec::with_capacity(rows.len()), indicators, tallies: Vec::with_capacity(rows.len()) };
    for row in rows {
        let id = InstitutionId(row.try_get(0)?);
        let kind: String = row.try_get(1)?;
        let district: String = row.try_get(2)?;
        let kind = InstitutionType::from_code(&kind).ok_or_else(|| corrupt(format!("unknown type {kind:?}")))?;
        let district = DistrictCode::parse(&district).map_err(|_| corrupt(format!("bad district {district:?}")))?;
        let tallies = match row.try_get::<Option<Vec<u8>>, _>(3)? {
            Some(sealed) => tally::open(keys, round, id, &sealed)?,
            None => tally::Tallies::new(),
        };
        ratings.tallies.push(ratings.indicators.iter().map(|ind| tallies.get(&ind.code).cloned().unwrap_or_default()).collect());
        ratings.institutions.push(InstitutionRef { id, kind, district });
    }
    let card = aggregate::build(&ratings, MIN_CELL, None);
    let written = sqlx::query("INSERT INTO round_scorecards (round_id, made_at, card) VALUES ($1, $2, $3) ON CONFLICT (round_id) DO NOTHING")
        .bind(round.0)
        .bind(at)
        .bind(to_json(&card)?)
        .execute(&mut *conn)
        .await?;
    Ok(written.rows_affected() == 1)
}

impl Store {
    /// The round's stored card; `None` before it is closed.
    pub async fn round_card(&self, round: RoundId) -> Result<Option<RoundCard>, StoreError> {
        let row = sqlx::query("SELECT made_at, card FROM round_scorecards WHERE round_id = $1").bind(round.0).fetch_optional(&self.pool).await?;
        match row {
            Some(row) => Ok(Some(RoundCard {
                round,
                made_at: db::parse_time(row.try_get(0)?, "round_scorecards")?,
                card: from_json(&row.try_get::<String, _>(1)?, "round_scorecards")?,
            })),
            None => Ok(None),
        }
    }

    /// The start-up step after migrating (`dhruva serve` runs it): a card for every round
    /// closed or published before cards were stored, then a yearly card for every year whose
    /// published rounds have none yet (later ones come from [`Store::make_due_federation_cards`]
    /// on the schedule, or the analyst). Each card made is an audited write of its own.
    /// Idempotent.
    pub async fn make_missing_scorecard_snapshots(&self, by: &Accessor) -> Result<SnapshotsMade, StoreError> {
        let rounds: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM rounds WHERE status IN ('closed', 'published') \
             AND id NOT IN (SELECT round_id FROM round_scorecards) ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut made = SnapshotsMade::default();
        for id in rounds {
            let mut tx = self.begin_audited().await?;
            let at = tx.at();
            if make_round_card_in(tx.conn(), &self.keys, RoundId(id), at).await? {
                tx.append(by, &AuditEvent::new("round_scorecard_made").detail(format!("round={id};on=upgrade"))).await?;
                made.round_cards += 1;
            }
            tx.commit().await?;
        }
        made.federation_cards = self.make_first_federation_cards(by).await?;
        Ok(made)
    }
}
