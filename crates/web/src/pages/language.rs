//! The language switcher: remembered in a cookie, and on her account when signed in.

use super::PageForm;
use crate::cookies::{self, Lifetime};
use crate::error::WebError;
use crate::state::AppState;
use crate::visit::{back_path, Visit};
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use dhruva_core::registry::Language;
use dhruva_store::{Accessor, Channel};
use serde::Deserialize;

#[derive(Deserialize, Debug)]
pub struct LanguageForm {
    lang: String,
    #[serde(default)]
    back: String,
}

pub async fn switch(State(app): State<AppState>, v: Visit, PageForm(form): PageForm<LanguageForm>) -> Result<Response, WebError> {
    let lang = Language::from_code(&form.lang).ok_or(WebError::BadRequest)?;
    if let Some(s) = &v.signed_in {
        app.store.set_account_language(&Accessor::account_holder(s.account.id, Channel::Web), s.account.id, lang).await?;
    }
    let mut response = Redirect::to(&back_path(&form.back)).into_response();
    if let Some(c) = cookies::set(cookies::LANG, lang.code(), app.config.secure_cookies, true, Lifetime::Year) {
        response.headers_mut().append(header::SET_COOKIE, c);
    }
    Ok(response)
}
