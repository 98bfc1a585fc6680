//! Choosing the authority a case or a letter is with: an institution of the score card
//! registry in her collectives' districts, or a name she writes, or neither.

use crate::error::WebError;
use crate::i18n::Tr;
use dhruva_core::InstitutionId;
use dhruva_store::cases::Authority;
use dhruva_store::scorecards::Institution;

/// One institution in the `<select name="institution">`.
pub struct InstitutionOption {
    pub id: i64,
    pub label: String,
    pub selected: bool,
}

/// The authority part of a form: the registry list, and the name box for anyone else.
pub struct AuthorityChoice {
    pub options: Vec<InstitutionOption>,
    pub name: String,
}

impl AuthorityChoice {
    pub fn new(tr: &Tr, institutions: &[Institution], chosen: Option<InstitutionId>, name: &str) -> Self {
        let options = institutions
            .iter()
            .map(|i| InstitutionOption {
                id: i.id.0,
                label: format!("{} ({})", i.name, tr.label("institution-type", i.kind.code())),
                selected: chosen == Some(i.id),
            })
            .collect();
        AuthorityChoice { options, name: name.to_owned() }
    }

    /// Re-filled from what she posted.
    pub fn posted(tr: &Tr, institutions: &[Institution], institution: &str, name: &str) -> Self {
        let chosen = institution.trim().parse().ok().map(InstitutionId);
        AuthorityChoice::new(tr, institutions, chosen, name)
    }
}

/// What she chose: an institution offered to her, else the name she wrote, else not known.
/// An institution id that was not offered is a forged or stale form: refused, not guessed.
pub fn parse(institutions: &[Institution], institution: &str, name: &str) -> Result<Authority, WebError> {
    let institution = institution.trim();
    if !institution.is_empty() {
        let id = institution.parse().map(InstitutionId).map_err(|_| WebError::BadRequest)?;
        if !institutions.iter().any(|i| i.id == id) {
            return Err(WebError::BadRequest);
        }
        return Ok(Authority::Registry(id));
    }
    Ok(match super::words(name) {
        Some(n) => Authority::Named(n),
        None => Authority::Unknown,
    })
}
