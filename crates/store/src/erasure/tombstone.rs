//! What erasing does to the rows, inside the erasure's transaction.
//!
//! Her data key is deleted (every ciphertext of hers, anywhere, becomes noise) and so is
//! every row that is about her alone. Her `members` row stays as a tombstone so that the
//! audit log's references and the collectives' counts still hold; it keeps nothing that
//! could single her out in a small collective (see `super` for what is kept and why).

use crate::{members, StoreError};
use dhruva_core::{AccountId, MemberId};
use sqlx::{AnyConnection, Row as _};
use time::{Date, Month, OffsetDateTime, Time};

/// What was removed, for the receipt and the audit row (counts only).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Removed {
    pub account: Option<AccountId>,
    pub consents: u64,
    pub guardian_consents: u64,
    pub mentor_assignments: u64,
    pub correction_requests: u64,
    pub grievances: u64,
    /// Her score card ratings (the rounds' sealed tallies keep her as a count).
    pub ratings: u64,
    /// Her cases, with their history, hearings, deadlines, letters and attached files.
    pub cases: u64,
    pub case_attachments: u64,
    pub ended_memberships: u64,
    pub sessions: u64,
    pub tokens: u64,
}

impl Removed {
    pub(super) fn detail(&self) -> String {
        format!(
            "consents={};guardian_consents={};mentors={};corrections={};grievances={};ended_memberships={};sessions={};tokens={};ratings={};cases={};case_attachments={}",
            self.consents,
            self.guardian_consents,
            self.mentor_assignments,
            self.correction_requests,
            self.grievances,
            self.ended_memberships,
            self.sessions,
            self.tokens,
            self.ratings,
            self.cases,
            self.case_attachments
        )
    }
}

/// The tables whose rows are about her alone and go entirely: consent history (with the
/// sealed name of a witness), her guardian's consent, mentor assignments, her requests.
const HER_ROWS: [&str; 5] = ["consents", "guardian_consents", "mentor_assignments", "correction_requests", "grievances"];

/// Whether she is there and not yet erased; `None` if there is no such member.
pub(super) async fn is_erased(conn: &mut AnyConnection, member: MemberId) -> Result<Option<bool>, StoreError> {
    let row = sqlx::query("SELECT erased_at FROM members WHERE id = $1").bind(member.0).fetch_optional(conn).await?;
    Ok(row.map(|r| r.try_get::<Option<i64>, _>(0)).transpose()?.map(|at| at.is_some()))
}

/// Erases her rows; `at` is the erasure's time (unix seconds). The caller has checked she
/// exists and is not erased, and holds the write transaction.
pub(super) async fn erase_rows(conn: &mut AnyConnection, member: MemberId, at: i64) -> Result<Removed, StoreError> {
    let mut removed = Removed::default();
    // First the key: from here on nothing of hers can be decrypted, whatever else happens.
    sqlx::query("DELETE FROM member_keys WHERE member_id = $1").bind(member.0).execute(&mut *conn).await?;

    let created: i64 = sqlx::query("SELECT created_at FROM members WHERE id = $1").bind(member.0).fetch_one(&mut *conn).await?.try_get(0)?;
    let code = members::fresh_code(conn).await?;
    sqlx::query(
        "UPDATE members SET code = $1, languages = '', created_at = $2, name_ct = $3, phone_ct = NULL, birth_year_ct = NULL, \
         notes_ct = NULL, phone_bidx = NULL, needs_guardian = 0, erased_at = $4 WHERE id = $5",
    )
    .bind(code)
    .bind(start_of_year(created))
    // `name_ct` is NOT NULL in the first migration: an empty value holds nothing.
    .bind(Vec::<u8>::new())
    .bind(at)
    .bind(member.0)
    .execute(&mut *conn)
    .await?;

    for table in HER_ROWS {
        let deleted = sqlx::query(&format!("DELETE FROM {table} WHERE member_id = $1")).bind(member.0).execute(&mut *conn).await?;
        let count = deleted.rows_affected();
        match table {
            "consents" => removed.consents = count,
            "guardian_consents" => removed.guardian_consents = count,
            "mentor_assignments" => removed.mentor_assignments = count,
            "correction_requests" => removed.correction_requests = count,
            _ => removed.grievances = count,
        }
    }

    // Her requests for a new number (the number itself was sealed under her key).
    sqlx::query("DELETE FROM phone_changes WHERE member_id = $1").bind(member.0).execute(&mut *conn).await?;
    // The keyed index of her name and year of birth from a register import (migration 0015).
    sqlx::query("DELETE FROM register_import_keys WHERE member_id = $1").bind(member.0).execute(&mut *conn).await?;

    // Her ratings say which institutions she rated and (under her destroyed key) how; the
    // rounds' sealed tallies keep her as one count among many, which cannot single her out.
    removed.ratings = sqlx::query("DELETE FROM ratings WHERE member_id = $1").bind(member.0).execute(&mut *conn).await?.rows_affected();

    // Her cases and everything under them: the words and files were sealed under her key,
    // but the rows themselves (which authority, which dates) are about her alone.
    let (cases, attachments) = erase_cases(conn, member).await?;
    removed.cases = cases;
    removed.case_attachments = attachments;

    // Ended memberships are history about her alone; open ones keep her in her collectives'
    // counts, without the office she held or the day she joined.
    let ended = sqlx::query("DELETE FROM memberships WHERE member_id = $1 AND until IS NOT NULL").bind(member.0).execute(&mut *conn).await?;
    removed.ended_memberships = ended.rows_affected();
    // The offices she held (a collective has one president) would say who she was.
    sqlx::query("DELETE FROM office_terms WHERE member_id = $1").bind(member.0).execute(&mut *conn).await?;
    sqlx::query("UPDATE memberships SET office = NULL, since = SUBSTR(since, 1, 4) || '-01-01' WHERE member_id = $1")
        .bind(member.0)
        .execute(&mut *conn)
        .await?;

    removed.account = close_account(conn, member, &mut removed).await?;
    Ok(removed)
}

/// The tables under a case, children first; each row names its case in `case_id`.
const CASE_CHILDREN: [&str; 6] =
    ["case_attachments", "case_figures", "case_correspondence", "case_hearings", "case_deadline_overrides", "case_events"];

/// Deletes her cases and every row under them; returns (cases, attachments) deleted.
async fn erase_cases(conn: &mut AnyConnection, member: MemberId) -> Result<(u64, u64), StoreError> {
    let mut attachments = 0;
    for table in CASE_CHILDREN {
        let deleted = sqlx::query(&format!("DELETE FROM {table} WHERE case_id IN (SELECT id FROM cases WHERE member_id = $1)"))
            .bind(member.0)
            .execute(&mut *conn)
            .await?
            .rows_affected();
        if table == "case_attachments" {
            attachments = deleted;
        }
    }
    let cases = sqlx::query("DELETE FROM cases WHERE member_id = $1").bind(member.0).execute(&mut *conn).await?.rows_affected();
    Ok((cases, attachments))
}

/// Her account stays (the audit log names it) but can never be used again and no longer
/// says who she was: a random username, no password, no roles, no sessions, no tokens.
async fn close_account(conn: &mut AnyConnection, member: MemberId, removed: &mut Removed) -> Result<Option<AccountId>, StoreError> {
    let Some(row) = sqlx::query("SELECT id FROM accounts WHERE member_id = $1").bind(member.0).fetch_optional(&mut *conn).await? else {
        return Ok(None);
    };
    let account = AccountId(row.try_get(0)?);
    removed.sessions = sqlx::query("DELETE FROM sessions WHERE account_id = $1").bind(account.0).execute(&mut *conn).await?.rows_affected();
    sqlx::query("DELETE FROM notifications WHERE account_id = $1").bind(account.0).execute(&mut *conn).await?;
    removed.tokens = sqlx::query("DELETE FROM api_tokens WHERE account_id = $1").bind(account.0).execute(&mut *conn).await?.rows_affected();
    sqlx::query("DELETE FROM grants WHERE account_id = $1").bind(account.0).execute(&mut *conn).await?;
    // A code given to log in must not outlive her.
    sqlx::query("DELETE FROM activation_codes WHERE account_id = $1").bind(account.0).execute(&mut *conn).await?;
    // A username is often her name; '!' is never a valid Argon2 hash, so no password matches.
    sqlx::query("UPDATE accounts SET username = $1, password_hash = '!erased', language = 'en', disabled = 1 WHERE id = $2")
        .bind(format!("erased-{}", hex::encode(rand::random::<[u8; 8]>())))
        .bind(account.0)
        .execute(&mut *conn)
        .await?;
    Ok(Some(account))
}

/// 1 January of the year `unix` falls in (UTC): when she registered, to the year only.
fn start_of_year(unix: i64) -> i64 {
    let Ok(t) = OffsetDateTime::from_unix_timestamp(unix) else { return unix };
    match Date::from_calendar_date(t.year(), Month::January, 1) {
        Ok(day) => t.replace_date(day).replace_time(Time::MIDNIGHT).unix_timestamp(),
        Err(_) => unix,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn registration_is_kept_to_the_year_only() {
        let joined = datetime!(2024-08-17 13:45:10 UTC).unix_timestamp();
        assert_eq!(start_of_year(joined), datetime!(2024-01-01 00:00 UTC).unix_timestamp());
    }

    #[test]
    fn the_audit_detail_holds_counts_only() {
        let removed = Removed { consents: 2, sessions: 1, ..Removed::default() };
        assert_eq!(
            removed.detail(),
            "consents=2;guardian_consents=0;mentors=0;corrections=0;grievances=0;ended_memberships=0;sessions=1;tokens=0;ratings=0;cases=0;case_attachments=0"
        );
    }
}
