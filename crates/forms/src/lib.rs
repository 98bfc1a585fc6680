//! One declarative form model, XLSForm-like, read from TOML files kept in the repository.
//!
//! Score card templates use it now; instruments and case intake will use it later. A form is
//! data, not code, so a programme officer can write one (see `forms/README.md`), and it can be
//! rendered as an ODK XForm for collection tools that speak that format.

pub mod cases;
mod error;
pub mod expr;
#[cfg(test)]
mod fixtures;
mod model;
mod parse;
pub mod providers;
pub mod scorecard;
mod validate;
mod xform;

pub use error::FormError;
pub use expr::{Expr, ExprError};
pub use model::{Choice, Form, Item, ItemKind, Mood, Scale, ScalePoint, Text, FACES};
pub use validate::{Answer, AnswerError, AnswerProblem, Answers, RawAnswers};
