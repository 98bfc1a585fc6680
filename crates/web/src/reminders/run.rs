//! One pass of the reminder runner, and the loop `dhruva serve` starts.

use super::{InAppNotifier, Notifier, NotifyError, Recipient, EMAIL, IN_APP, SMS};
use crate::i18n::{Locales, Tr};
use dhruva_core::cases::discreet::revealing_word;
use dhruva_core::registry::Language;
use dhruva_core::{CollectiveId, MemberId};
use dhruva_store::cases::ReminderSettings;
use dhruva_store::{Store, StoreError};
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, OnceLock};
use std::time::Duration;
use time::Date;

/// How far ahead a step counts as "due": the same week the leader's desk shows.
pub const DAYS_AHEAD: i64 = 7;

/// What one pass did, in counts only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunReport {
    /// Members with something due or overdue who have an account to remind.
    pub members: usize,
    /// In-app reminders written this pass.
    pub reminded: usize,
    /// Members who already had today's reminder: nothing sent to them on any channel.
    pub already_reminded: usize,
    /// Messages handed to other channels (SMS, email) this pass.
    pub sent: usize,
    /// Messages another channel could not deliver (not retried: the day's reminder exists).
    pub failed: usize,
}

fn locales() -> &'static Arc<Locales> {
    static LOCALES: OnceLock<Arc<Locales>> = OnceLock::new();
    LOCALES.get_or_init(|| Arc::new(Locales::load()))
}

/// "You have a reminder in Dhruva", in her language.
pub fn default_text(lang: Language) -> String {
    Tr::new(locales().clone(), lang).t("casework-reminder-default")
}

/// The text for her: her collective's words if they are still discreet, else the default.
fn text_for(settings: &ReminderSettings, lang: Language) -> String {
    match settings.message.as_deref().map(str::trim).filter(|m| !m.is_empty()) {
        Some(m) if revealing_word(m).is_none() => m.to_owned(),
        Some(_) => {
            // Saved before the word list grew: the default is safe, the saved text is not.
            tracing::warn!("a collective's reminder text now holds a revealing word; the default was sent");
            default_text(lang)
        }
        None => default_text(lang),
    }
}

fn channel_on(settings: &ReminderSettings, channel: &str) -> bool {
    match channel {
        SMS => settings.sms,
        EMAIL => settings.email,
        // In-app is written before the other channels, once; anything unknown is off.
        _ => false,
    }
}

/// Reminds every member with a step due within a week (or overdue), once per day.
///
/// Reads only dates and ids (`all_due` decrypts nothing), so the runner never holds a word
/// of anyone's case.
#[tracing::instrument(skip_all)]
pub async fn run_once(store: &Store, notifiers: &[Arc<dyn Notifier>], today: Date) -> Result<RunReport, StoreError> {
    let until = today.checked_add(time::Duration::days(DAYS_AHEAD)).unwrap_or(today);
    let due = store.all_due(today, until).await?;
    let members: Vec<MemberId> = due.iter().map(|d| d.member).collect::<BTreeSet<_>>().into_iter().collect();
    let recipients = store.reminder_recipients(&members).await?;
    let in_app = InAppNotifier::new(store.clone());
    let mut settings: HashMap<CollectiveId, ReminderSettings> = HashMap::new();
    let mut report = RunReport { members: recipients.len(), ..RunReport::default() };
    for (member, account, language, collective) in recipients {
        let s = match settings.get(&collective) {
            Some(s) => s.clone(),
            None => {
                let s = store.reminder_settings(collective).await?;
                settings.insert(collective, s.clone());
                s
            }
        };
        let to = Recipient { member, account, language, collective, day: today };
        let text = text_for(&s, language);
        match in_app.record(&to, &text).await {
            Ok(true) => report.reminded += 1,
            Ok(false) => {
                report.already_reminded += 1;
                continue;
            }
            Err(NotifyError::Store(e)) => return Err(e),
            Err(e) => {
                tracing::warn!(code = e.code(), "in-app reminder not written");
                continue;
            }
        }
        for n in notifiers.iter().filter(|n| n.channel() != IN_APP && channel_on(&s, n.channel())) {
            match n.send(&to, &text).await {
                Ok(()) => report.sent += 1,
                Err(e) => {
                    report.failed += 1;
                    tracing::warn!(channel = n.channel(), code = e.code(), "a reminder could not be delivered");
                }
            }
        }
    }
    tracing::info!(members = report.members, reminded = report.reminded, sent = report.sent, failed = report.failed, "reminders run");
    Ok(report)
}

/// What `serve` runs: a pass now, then every `every`. Failures are logged and retried at the
/// next pass; they never stop the service. Passes within a day send nothing new, so an
/// hourly pass only catches steps that became due and members who were added.
pub fn spawn_loop(store: Store, notifiers: Vec<Arc<dyn Notifier>>, every: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every.max(Duration::from_secs(60)));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if let Err(e) = run_once(&store, &notifiers, crate::state::today()).await {
                tracing::warn!(error = %e, "the reminder run failed; trying again at the next pass");
            }
        }
    })
}
