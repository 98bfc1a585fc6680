//! Her ratings: sealed under her own data key, one per (round, institution), and counted into
//! the round's running tally in the same transaction.

use super::rounds::{check_answers_in, current_status};
use super::{tally, ScorecardError};
use crate::audit::AuditEvent;
use crate::{db, guardians, Accessor, Store, StoreError};
use dhruva_core::scorecard::RoundStatus;
use dhruva_core::{CollectiveId, InstitutionId, MemberId, RoundId};
use serde::{Deserialize, Serialize};
use sqlx::{AnyConnection, Row as _};

/// Her answers: (indicator code, index of the point she chose on its scale).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RatingAnswers {
    pub points: Vec<(String, usize)>,
}

/// How she rated is hers alone: `Debug` (logs, panics) never shows it.
impl std::fmt::Debug for RatingAnswers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RatingAnswers([{} answers redacted])", self.points.len())
    }
}

/// One of her ratings, for her own copy of her data. `not_gone`: she said she did not go
/// there (and `answers` is empty).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RatingOfHers {
    pub round: RoundId,
    pub round_title: String,
    pub institution: InstitutionId,
    pub institution_name: String,
    pub collective: CollectiveId,
    pub answers: RatingAnswers,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub not_gone: bool,
}

/// What she said about one institution of a round: her answers (every indicator she did not
/// skip), or that she did not go there. Either way the institution is done on her list; a
/// "did not go" adds nothing to any tally.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RatingMark {
    Rated(RatingAnswers),
    NotGone,
}

/// What is sealed in `ratings.answers_ct`. Ratings sealed before "did not go" existed have no
/// `not_gone` and read as answers; a rating writes exactly the JSON it always did.
#[derive(Serialize, Deserialize)]
struct Sealed {
    points: Vec<(String, usize)>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    not_gone: bool,
}

impl Sealed {
    fn of(mark: &RatingMark) -> Sealed {
        match mark {
            RatingMark::Rated(a) => Sealed { points: a.points.clone(), not_gone: false },
            RatingMark::NotGone => Sealed { points: Vec::new(), not_gone: true },
        }
    }

    fn mark(self) -> RatingMark {
        if self.not_gone {
            RatingMark::NotGone
        } else {
            RatingMark::Rated(RatingAnswers { points: self.points })
        }
    }

    /// The points this mark counted in the tally (none for "did not go").
    fn points(&self) -> &[(String, usize)] {
        if self.not_gone {
            &[]
        } else {
            &self.points
        }
    }
}

/// Associated data of her sealed answers: a rating cannot be moved to another round or
/// institution unnoticed.
fn field(round: RoundId, institution: InstitutionId) -> String {
    format!("scorecard_rating:{}:{}", round.0, institution.0)
}

impl Store {
    /// Records her rating of `institution` in `round`, as a member of `collective`, replacing
    /// any earlier one (whose points are taken back out of the tally in the same
    /// transaction). Refused unless the round is open, the institution is in it, the
    /// collective takes part and she is one of its current members.
    pub async fn record_rating(
        &self,
        by: &Accessor,
        round: RoundId,
        institution: InstitutionId,
        member: MemberId,
        collective: CollectiveId,
        answers: &RatingAnswers,
    ) -> Result<(), StoreError> {
        self.record_mark(by, round, institution, member, collective, &RatingMark::Rated(answers.clone())).await
    }

    /// Records what she said about `institution` in `round`: her answers (at least one; the
    /// indicators she skipped are simply not among them) or that she did not go there,
    /// replacing whatever she said before. Her earlier points are taken back out of the
    /// tally and her new ones (none for "did not go") counted, in one transaction. Refused as
    /// [`Store::record_rating`] is.
    #[tracing::instrument(skip_all)]
    pub async fn record_mark(
        &self,
        by: &Accessor,
        round: RoundId,
        institution: InstitutionId,
        member: MemberId,
        collective: CollectiveId,
        mark: &RatingMark,
    ) -> Result<(), StoreError> {
        // Every audited transaction queues on the audit head, so two ratings of one
        // institution run one after the other and each sees the other's tally.
        let mut tx = self.begin_audited().await?;
        let status = current_status(tx.conn(), round).await?.ok_or(StoreError::NotFound("round"))?;
        if status != RoundStatus::Open {
            return Err(ScorecardError::RoundNotOpen(status.code()).into());
        }
        if !in_round(tx.conn(), "round_institutions", "institution_id", round, institution.0).await? {
            return Err(ScorecardError::InstitutionNotInRound.into());
        }
        if let RatingMark::Rated(answers) = mark {
            check_answers_in(tx.conn(), round, institution, &answers.points).await?;
        }
        if !in_round(tx.conn(), "round_collectives", "collective_id", round, collective.0).await? {
            return Err(ScorecardError::CollectiveNotTakingPart.into());
        }
        if !is_current_member(tx.conn(), member, collective, self.today()).await? {
            return Err(ScorecardError::NotTakingPart.into());
        }
        let key = guardians::data_key(tx.conn(), member).await?;
        let aad = field(round, institution);
        let earlier = sqlx::query("SELECT answers_ct FROM ratings WHERE round_id = $1 AND institution_id = $2 AND member_id = $3")
            .bind(round.0)
            .bind(institution.0)
            .bind(member.0)
            .fetch_optional(tx.conn())
            .await?;
        let earlier: Option<Sealed> = match earlier {
            Some(row) => Some(decode(self.keys.open(&key, &aad, &row.try_get::<Vec<u8>, _>(0)?)?.expose())?),
            None => None,
        };

        let (mut tallies, version) = match tally::load_for_update(tx.conn(), self.backend, &self.keys, round, institution).await? {
            Some((t, v)) => (t, Some(v)),
            None => (tally::Tallies::new(), None),
        };
        let now = Sealed::of(mark);
        for (code, point) in earlier.iter().flat_map(Sealed::points) {
            tallies.entry(code.clone()).or_default().unrecord(*point);
        }
        for (code, point) in now.points() {
            tallies.entry(code.clone()).or_default().record(*point);
        }
        tally::save(tx.conn(), &self.keys, round, institution, &tallies, version).await?;

        let plain = zeroize::Zeroizing::new(serde_json::to_vec(&now).map_err(|e| StoreError::Invalid(format!("answers cannot be written: {e}")))?);
        let sealed = self.keys.seal(&key, &aad, &plain)?;
        sqlx::query(
            "INSERT INTO ratings (round_id, institution_id, member_id, collective_id, answers_ct, rated_at) VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (round_id, institution_id, member_id) DO UPDATE SET collective_id = $4, answers_ct = $5, rated_at = $6",
        )
        .bind(round.0)
        .bind(institution.0)
        .bind(member.0)
        .bind(collective.0)
        .bind(sealed)
        .bind(tx.at())
        .execute(tx.conn())
        .await?;
        // Which round and institution, and whether it replaced one: never a point, nor
        // whether she went there.
        let mut detail = format!("round={};institution={}", round.0, institution.0);
        if earlier.is_some() {
            detail.push_str(";replaced");
        }
        tx.append(by, &AuditEvent::new("rating_recorded").member(member).collective(collective).detail(detail)).await?;
        tx.commit().await
    }

    /// Her rating of one institution in one round, decrypted (for her alone: the web layer
    /// asks the policy, `ViewRatings`, first). A "did not go" reads as no answers; see
    /// [`Store::my_mark`] to tell the two apart.
    pub async fn my_rating(&self, member: MemberId, round: RoundId, institution: InstitutionId) -> Result<Option<RatingAnswers>, StoreError> {
        Ok(self.my_mark(member, round, institution).await?.map(|m| match m {
            RatingMark::Rated(a) => a,
            RatingMark::NotGone => RatingAnswers { points: Vec::new() },
        }))
    }

    /// What she said about one institution in one round, decrypted (for her alone, as
    /// [`Store::my_rating`]).
    #[tracing::instrument(skip_all)]
    pub async fn my_mark(&self, member: MemberId, round: RoundId, institution: InstitutionId) -> Result<Option<RatingMark>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let row = sqlx::query("SELECT answers_ct FROM ratings WHERE round_id = $1 AND institution_id = $2 AND member_id = $3")
            .bind(round.0)
            .bind(institution.0)
            .bind(member.0)
            .fetch_optional(&mut *conn)
            .await?;
        let Some(row) = row else { return Ok(None) };
        let key = guardians::data_key(&mut conn, member).await?;
        let plain = self.keys.open(&key, &field(round, institution), &row.try_get::<Vec<u8>, _>(0)?)?;
        decode(plain.expose()).map(|s| Some(s.mark()))
    }

    /// What she said about each institution of a round she has said anything about, in
    /// institution order: `true` where she did not go there. For her own list (the web layer
    /// asks the policy, `ViewRatings`, first); decrypted with her key.
    #[tracing::instrument(skip_all)]
    pub async fn my_marks(&self, member: MemberId, round: RoundId) -> Result<Vec<(InstitutionId, bool)>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let rows = sqlx::query("SELECT institution_id, answers_ct FROM ratings WHERE member_id = $1 AND round_id = $2 ORDER BY institution_id")
            .bind(member.0)
            .bind(round.0)
            .fetch_all(&mut *conn)
            .await?;
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let key = guardians::data_key(&mut conn, member).await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let institution = InstitutionId(row.try_get(0)?);
            let plain = self.keys.open(&key, &field(round, institution), &row.try_get::<Vec<u8>, _>(1)?)?;
            out.push((institution, decode(plain.expose())?.not_gone));
        }
        Ok(out)
    }

    /// The institutions she has rated in a round.
    pub async fn my_rated_institutions(&self, member: MemberId, round: RoundId) -> Result<Vec<InstitutionId>, StoreError> {
        let ids: Vec<i64> = sqlx::query_scalar("SELECT institution_id FROM ratings WHERE member_id = $1 AND round_id = $2 ORDER BY institution_id")
            .bind(member.0)
            .bind(round.0)
            .fetch_all(&self.pool)
            .await?;
        Ok(ids.into_iter().map(InstitutionId).collect())
    }

    /// Per collective taking part: how many of its members have taken part (said something
    /// about at least one institution: answers, or that she did not go there — she has
    /// answered the round either way) and how many current members it has. Counts only, never
    /// who; no score card figure is read from it.
    pub async fn round_progress(&self, round: RoundId) -> Result<Vec<(CollectiveId, u64, u64)>, StoreError> {
        let today = db::date_text(self.today());
        let rows = sqlx::query(
            "SELECT rc.collective_id, \
               (SELECT COUNT(DISTINCT r.member_id) FROM ratings r WHERE r.round_id = rc.round_id AND r.collective_id = rc.collective_id), \
               (SELECT COUNT(DISTINCT ms.member_id) FROM memberships ms JOIN members m ON m.id = ms.member_id \
                 WHERE ms.collective_id = rc.collective_id AND m.erased_at IS NULL AND ms.since <= $2 AND (ms.until IS NULL OR ms.until > $2)) \
             FROM round_collectives rc WHERE rc.round_id = $1 ORDER BY rc.collective_id",
        )
        .bind(round.0)
        .bind(today)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let count = |i: usize| -> Result<u64, StoreError> { Ok(u64::try_from(row.try_get::<i64, _>(i)?).unwrap_or(0)) };
                Ok((CollectiveId(row.try_get(0)?), count(1)?, count(2)?))
            })
            .collect()
    }

    /// Every rating of hers, decrypted, for her export. Empty once she is erased.
    pub async fn ratings_of_member(&self, member: MemberId) -> Result<Vec<RatingOfHers>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let rows = sqlx::query(
            "SELECT r.round_id, rd.title, r.institution_id, i.name, r.collective_id, r.answers_ct FROM ratings r \
             JOIN rounds rd ON rd.id = r.round_id JOIN institutions i ON i.id = r.institution_id \
             WHERE r.member_id = $1 ORDER BY r.round_id DESC, r.institution_id",
        )
        .bind(member.0)
        .fetch_all(&mut *conn)
        .await?;
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let key = guardians::data_key(&mut conn, member).await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let (round, institution) = (RoundId(row.try_get(0)?), InstitutionId(row.try_get(2)?));
            let plain = self.keys.open(&key, &field(round, institution), &row.try_get::<Vec<u8>, _>(5)?)?;
            let sealed = decode(plain.expose())?;
            let not_gone = sealed.not_gone;
            let answers = match sealed.mark() {
                RatingMark::Rated(a) => a,
                RatingMark::NotGone => RatingAnswers { points: Vec::new() },
            };
            out.push(RatingOfHers {
                round,
                round_title: row.try_get(1)?,
                institution,
                institution_name: row.try_get(3)?,
                collective: CollectiveId(row.try_get(4)?),
                answers,
                not_gone,
            });
        }
        Ok(out)
    }
}

fn decode(plain: &[u8]) -> Result<Sealed, StoreError> {
    serde_json::from_slice(plain).map_err(|_| StoreError::Corrupt { table: "ratings", detail: "sealed answers do not parse".to_owned() })
}

/// Whether `id` is among the round's institutions or collectives (`table`, `column` are
/// constants of this module, never input).
async fn in_round(conn: &mut AnyConnection, table: &str, column: &str, round: RoundId, id: i64) -> Result<bool, StoreError> {
    let found =
        sqlx::query(&format!("SELECT 1 FROM {table} WHERE round_id = $1 AND {column} = $2")).bind(round.0).bind(id).fetch_optional(conn).await?;
    Ok(found.is_some())
}

/// She is not erased and her membership of the collective is current today (the web layer
/// checks the policy too; this is the safety net).
async fn is_current_member(conn: &mut AnyConnection, member: MemberId, collective: CollectiveId, today: time::Date) -> Result<bool, StoreError> {
    let today = db::date_text(today);
    let found = sqlx::query(
        "SELECT 1 FROM memberships ms JOIN members m ON m.id = ms.member_id \
         WHERE ms.member_id = $1 AND ms.collective_id = $2 AND m.erased_at IS NULL AND ms.since <= $3 AND (ms.until IS NULL OR ms.until > $3)",
    )
    .bind(member.0)
    .bind(collective.0)
    .bind(today)
    .fetch_optional(conn)
    .await?;
    Ok(found.is_some())
}
