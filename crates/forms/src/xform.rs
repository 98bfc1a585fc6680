//! Rendering a form as an ODK XForm (XForms 1.0 with JavaRosa extensions).

use crate::model::Form;

impl Form {
    /// The form as an XForm document, labels in `itext` per language.
    pub fn to_xform(&self) -> String {
        String::new()
    }
}
