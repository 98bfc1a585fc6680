//! A collective's reminder settings: the one discreet text its members get, and whether it
//! also goes by SMS or email — offered only where the deployment has a gateway for it.

use super::super::rounds::common::unprocessable;
use super::super::{html, Id, PageForm, SignedInPage};
use crate::access::Access;
use crate::error::WebError;
use crate::reminders::default_text;
use crate::state::AppState;
use crate::visit::Visit;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use dhruva_core::cases::discreet::revealing_word;
use dhruva_core::CollectiveId;
use dhruva_store::cases::ReminderSettings;
use dhruva_store::Channel;
use serde::Deserialize;

/// One SMS: a longer text would be split, and cost twice.
pub const MAX_LEN: usize = 160;

#[derive(Template)]
#[template(path = "casework/settings.html")]
struct SettingsPage {
    v: Visit,
    collective_id: i64,
    message: String,
    sms: bool,
    email: bool,
    hint: String,
    max_len: usize,
    saved: bool,
    error: Option<String>,
    /// The channels this deployment can send by: only these are offered.
    offer_sms: bool,
    offer_email: bool,
}

fn page(app: &AppState, v: Visit, collective_id: i64, s: &ReminderSettings, saved: bool, error: Option<String>) -> SettingsPage {
    let hint = v.tr.t_args("casework-settings-message-hint", "default", default_text(v.tr.lang()));
    let (offer_sms, offer_email) = (app.config.reminder_sms, app.config.reminder_email);
    SettingsPage {
        collective_id,
        message: s.message.clone().unwrap_or_default(),
        sms: s.sms && offer_sms,
        email: s.email && offer_email,
        hint,
        max_len: MAX_LEN,
        saved,
        error,
        offer_sms,
        offer_email,
        v,
    }
}

pub async fn form(State(app): State<AppState>, p: SignedInPage, Id(id): Id) -> Result<Response, WebError> {
    let SignedInPage { v, who } = p;
    let s = Access::new(&app, &who.actor, Channel::Web).reminder_settings(CollectiveId(id)).await?;
    html(&page(&app, v, id, &s, false, None))
}

#[derive(Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    message: String,
    /// A checkbox: present ("on") when ticked, absent otherwise.
    #[serde(default)]
    sms: Option<String>,
    #[serde(default)]
    email: Option<String>,
}

pub async fn submit(State(app): State<AppState>, p: SignedInPage, Id(id): Id, PageForm(f): PageForm<SettingsForm>) -> Result<Response, WebError> {
    let SignedInPage { v, who } = p;
    let access = Access::new(&app, &who.actor, Channel::Web);
    let message = f.message.trim();
    let s = ReminderSettings { message: (!message.is_empty()).then(|| message.to_owned()), sms: f.sms.is_some(), email: f.email.is_some() };
    // Asked before the store (which refuses too) so the page can name the word to avoid.
    let error = match revealing_word(message) {
        Some(word) => Some(v.tr.t_args("casework-settings-revealing", "word", word)),
        None if message.chars().count() > MAX_LEN => Some(v.tr.t_args("casework-settings-too-long", "max", MAX_LEN)),
        // A channel nothing here can send by is refused, not silently kept.
        None if (s.sms && !app.config.reminder_sms) || (s.email && !app.config.reminder_email) => Some(v.t("welcome-reminders-no-gateway")),
        None => None,
    };
    if let Some(error) = error {
        // The right to change the settings is checked before anything is shown back.
        access.reminder_settings(CollectiveId(id)).await?;
        return unprocessable(&page(&app, v, id, &s, false, Some(error)));
    }
    match access.set_reminder_settings(CollectiveId(id), &s).await? {
        Ok(()) => html(&page(&app, v, id, &s, true, None)),
        Err(_) => {
            let error = Some(v.t("casework-settings-refused"));
            unprocessable(&page(&app, v, id, &s, false, error))
        }
    }
}
