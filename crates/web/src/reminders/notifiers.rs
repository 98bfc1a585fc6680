//! The two notifiers that exist: in-app (the store's notifications) and logging (what an SMS
//! or email gateway would be handed, kept in memory for tests and operators).

use super::{BoxFuture, Notifier, NotifyError, Recipient, IN_APP};
use dhruva_core::{AccountId, MemberId};
use dhruva_store::Store;
use std::sync::{Arc, Mutex};

/// Her reminders on her home page and at `/reminders`.
#[derive(Clone)]
pub struct InAppNotifier {
    store: Store,
}

impl InAppNotifier {
    pub fn new(store: Store) -> Self {
        InAppNotifier { store }
    }

    /// Records today's reminder; `false` when she already has it (nothing written).
    pub async fn record(&self, to: &Recipient, text: &str) -> Result<bool, NotifyError> {
        Ok(self.store.notify_in_app(to.account, text, &to.dedupe_key()).await?)
    }
}

impl Notifier for InAppNotifier {
    fn channel(&self) -> &'static str {
        IN_APP
    }

    fn send<'a>(&'a self, to: &'a Recipient, text: &'a str) -> BoxFuture<'a, Result<(), NotifyError>> {
        Box::pin(async move { self.record(to, text).await.map(|_| ()) })
    }
}

/// One message a [`LoggingNotifier`] was handed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sent {
    pub channel: &'static str,
    pub member: MemberId,
    pub account: AccountId,
    pub text: String,
}

/// Stands in for an SMS or email gateway: keeps what it would send and logs that it did,
/// without whom or what (the log outlives the message).
#[derive(Clone)]
pub struct LoggingNotifier {
    channel: &'static str,
    sent: Arc<Mutex<Vec<Sent>>>,
}

impl LoggingNotifier {
    pub fn new(channel: &'static str) -> Self {
        LoggingNotifier { channel, sent: Arc::new(Mutex::new(Vec::new())) }
    }

    /// Everything handed to it so far, oldest first.
    pub fn sent(&self) -> Vec<Sent> {
        // A poisoned lock only means another thread panicked mid-push; what is there is whole.
        self.sent.lock().map(|s| s.clone()).unwrap_or_else(|p| p.into_inner().clone())
    }
}

impl Notifier for LoggingNotifier {
    fn channel(&self) -> &'static str {
        self.channel
    }

    fn send<'a>(&'a self, to: &'a Recipient, text: &'a str) -> BoxFuture<'a, Result<(), NotifyError>> {
        Box::pin(async move {
            let entry = Sent { channel: self.channel, member: to.member, account: to.account, text: text.to_owned() };
            match self.sent.lock() {
                Ok(mut s) => s.push(entry),
                Err(p) => p.into_inner().push(entry),
            }
            tracing::info!(channel = self.channel, "reminder handed to the logging notifier");
            Ok(())
        })
    }
}
