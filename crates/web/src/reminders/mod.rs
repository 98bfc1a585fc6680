//! Discreet reminders: once a day, every member with a case step due this week (or overdue)
//! gets one message that says nothing about it — "You have a reminder in Dhruva", or her
//! collective's own words — in-app always, by SMS or email only where her collective chose so.
//!
//! The text never comes from a case: a phone is often shared, and a message that says
//! "court" or "compensation" can put her in danger. [`run_once`] only ever sends the
//! collective's setting (re-checked with `revealing_word`, in case the word list grew since it
//! was saved) or the translated default.
//!
//! Channels are pluggable through [`Notifier`]; only [`InAppNotifier`] and [`LoggingNotifier`]
//! exist. The in-app reminder is the day's record: the store keeps one per account and day,
//! and a member whose in-app reminder for today exists is skipped on every channel, so a
//! second run the same day sends nothing anywhere.

mod notifiers;
mod run;

pub use notifiers::{InAppNotifier, LoggingNotifier, Sent};
pub use run::{default_text, run_once, spawn_loop, RunReport, DAYS_AHEAD};

use dhruva_core::registry::Language;
use dhruva_core::{AccountId, CollectiveId, MemberId};
use dhruva_store::StoreError;
use std::future::Future;
use std::pin::Pin;
use time::Date;

/// The same type as `futures_util::future::BoxFuture`, spelt out so this crate needs no
/// extra dependency for it.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Whom a reminder goes to. No name, phone or address: a channel that needs one looks it up
/// itself, under its own audit, when it is built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recipient {
    pub member: MemberId,
    pub account: AccountId,
    pub language: Language,
    pub collective: CollectiveId,
    /// The day the reminder is for: what makes "once a day" checkable.
    pub day: Date,
}

impl Recipient {
    /// The key the store de-duplicates in-app reminders on (per account).
    pub fn dedupe_key(&self) -> String {
        format!("reminder-{}", self.day)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    /// The channel could not deliver; the reason stays in the channel's own log.
    #[error("the {0} channel could not deliver")]
    Undelivered(&'static str),
    #[error("storage failed: {0}")]
    Store(#[from] StoreError),
}

impl NotifyError {
    pub fn code(&self) -> &'static str {
        match self {
            NotifyError::Undelivered(_) => "undelivered",
            NotifyError::Store(_) => "store",
        }
    }
}

/// A way to reach her. `send` gets only the discreet text.
pub trait Notifier: Send + Sync {
    /// `in_app`, `sms` or `email`: which of the collective's switches governs it.
    fn channel(&self) -> &'static str;
    fn send<'a>(&'a self, to: &'a Recipient, text: &'a str) -> BoxFuture<'a, Result<(), NotifyError>>;
}

/// The channels a collective can switch on besides in-app.
pub const SMS: &str = "sms";
pub const EMAIL: &str = "email";
pub const IN_APP: &str = "in_app";
