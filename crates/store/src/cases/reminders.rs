//! Reminders: each collective's discreet text and channels, the in-app notifications the
//! runner writes, and who to remind. The texts are never about a case (checked on save), so
//! they are stored as they are.

use super::{CaseError, Notification, ReminderSettings};
use crate::audit::AuditEvent;
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::registry::Language;
use dhruva_core::{AccountId, CollectiveId, MemberId};
use sqlx::Row as _;
use std::collections::BTreeMap;

/// The longest reminder text: one SMS.
const MAX_MESSAGE_CHARS: usize = 160;

/// Whether the text names casework (a word from the discreet lists of every language).
fn reveals(text: &str) -> bool {
    dhruva_core::cases::discreet::revealing_word(text).is_some()
}

impl Store {
    /// The collective's setting; the default (no text of its own, in-app only) until one is saved.
    pub async fn reminder_settings(&self, collective: CollectiveId) -> Result<ReminderSettings, StoreError> {
        let row = sqlx::query("SELECT message, sms, email FROM reminder_settings WHERE collective_id = $1")
            .bind(collective.0)
            .fetch_optional(&self.pool)
            .await?;
        match row {
            Some(r) => Ok(ReminderSettings { message: r.try_get(0)?, sms: r.try_get::<i64, _>(1)? != 0, email: r.try_get::<i64, _>(2)? != 0 }),
            None => Ok(ReminderSettings::default()),
        }
    }

    /// Saves the setting. A text that would give casework away to whoever sees her phone is
    /// refused (`RevealingWord`); a blank text means the default.
    #[tracing::instrument(skip_all)]
    pub async fn set_reminder_settings(&self, by: &Accessor, collective: CollectiveId, s: &ReminderSettings) -> Result<(), StoreError> {
        let message = s.message.as_deref().map(|m| crate::error::kept_text(m, "message", MAX_MESSAGE_CHARS, false)).transpose()?;
        let message = message.as_deref().filter(|m| !m.is_empty());
        if let Some(m) = message {
            if reveals(m) {
                return Err(CaseError::RevealingWord.into());
            }
        }
        let mut tx = self.begin_audited().await?;
        sqlx::query(
            "INSERT INTO reminder_settings (collective_id, message, sms, email, updated_at) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (collective_id) DO UPDATE SET message = $2, sms = $3, email = $4, updated_at = $5",
        )
        .bind(collective.0)
        .bind(message)
        .bind(i64::from(s.sms))
        .bind(i64::from(s.email))
        .bind(tx.at())
        .execute(tx.conn())
        .await
        .map_err(super::open::missing_reference)?;
        let detail = format!("sms={};email={};own_text={}", s.sms, s.email, message.is_some());
        tx.append(by, &AuditEvent::new("reminder_settings_changed").collective(collective).detail(detail)).await?;
        tx.commit().await
    }

    /// Writes an in-app notification unless one with the same `dedupe` key was written for
    /// the account already (false then): one reminder a day holds even if two runners race.
    pub async fn notify_in_app(&self, account: AccountId, text: &str, dedupe: &str) -> Result<bool, StoreError> {
        let written = sqlx::query(
            "INSERT INTO notifications (account_id, created_at, text, dedupe) VALUES ($1, $2, $3, $4) ON CONFLICT (account_id, dedupe) DO NOTHING",
        )
        .bind(account.0)
        .bind(db::now_unix())
        .bind(text)
        .bind(dedupe)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(written == 1)
    }

    /// Her notifications, newest first.
    pub async fn notifications(&self, account: AccountId) -> Result<Vec<Notification>, StoreError> {
        let rows = sqlx::query("SELECT id, created_at, text, read_at FROM notifications WHERE account_id = $1 ORDER BY id DESC LIMIT 200")
            .bind(account.0)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(Notification {
                    id: r.try_get(0)?,
                    created_at: db::parse_time(r.try_get(1)?, "notifications")?,
                    text: r.try_get(2)?,
                    read: r.try_get::<Option<i64>, _>(3)?.is_some(),
                })
            })
            .collect()
    }

    pub async fn mark_notifications_read(&self, account: AccountId) -> Result<(), StoreError> {
        sqlx::query("UPDATE notifications SET read_at = $1 WHERE account_id = $2 AND read_at IS NULL")
            .bind(db::now_unix())
            .bind(account.0)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Who to remind: her account (if she has one and it is enabled), its language, and her
    /// collective (the current membership she joined last). Members without either are left out.
    pub async fn reminder_recipients(&self, members: &[MemberId]) -> Result<Vec<(MemberId, AccountId, Language, CollectiveId)>, StoreError> {
        let mut members = members.to_vec();
        members.sort();
        members.dedup();
        let today = db::date_text(self.today());
        let mut found: BTreeMap<MemberId, (AccountId, Language, CollectiveId, String)> = BTreeMap::new();
        for chunk in members.chunks(db::IN_LIST_CHUNK) {
            let sql = format!(
                "SELECT a.member_id, a.id, a.language, ms.collective_id, ms.since FROM accounts a \
                 JOIN members m ON m.id = a.member_id JOIN memberships ms ON ms.member_id = a.member_id \
                 WHERE a.member_id IN ({}) AND a.disabled = 0 AND m.erased_at IS NULL AND ms.since <= $1 AND (ms.until IS NULL OR ms.until > $1) \
                 ORDER BY a.member_id, ms.since, ms.collective_id DESC",
                db::placeholders(2, chunk.len())
            );
            let mut query = sqlx::query(&sql).bind(&today);
            for m in chunk {
                query = query.bind(m.0);
            }
            for row in query.fetch_all(&self.pool).await? {
                let language = Language::from_code(&row.try_get::<String, _>(2)?).unwrap_or(Language::English);
                // Rows come oldest membership first: the last one written wins.
                found.insert(MemberId(row.try_get(0)?), (AccountId(row.try_get(1)?), language, CollectiveId(row.try_get(3)?), row.try_get(4)?));
            }
        }
        Ok(found.into_iter().map(|(m, (a, l, c, _))| (m, a, l, c)).collect())
    }
}
