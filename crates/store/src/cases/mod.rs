//! Casework: her entitlement applications, compensation claims, legal cases and document
//! recoveries, with their history, hearings, deadlines, correspondence and attachments.
//!
//! Privacy rule: what the workflow, the due-date lists and the federation's figures need is in
//! the clear (kinds, catalogue items, states, dates, registry institutions, districts); every
//! word she or a leader writes, and every attached file, is sealed under HER data key with the
//! row's identity as associated data, so erasing her key erases it and a sealed value cannot be
//! moved to another row unnoticed. A compensation claim's amounts are sealed a second time
//! under a deployment subkey (`figures`) so the federation's figures need no member's key.
//! Writes are audited with ids only; a decrypting read by anyone but herself is audited too.

mod attachments;
#[cfg(feature = "testing")]
mod bench_seed;
mod change;
mod details;
mod due;
mod export;
mod figures;
pub mod import;
mod letters;
mod open;
mod read;
pub(crate) mod releases;
mod reminders;
mod seal;
mod timeline;

pub use attachments::{MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES};
pub use change::{UndoableMove, UNDO_WINDOW_SECONDS};
pub use export::ExportedCase;
/// The import slice's entry point (also `Store::insert_case`).
#[allow(unused_imports)]
pub(crate) use open::insert_case;
pub use releases::{FigureRelease, ReleasePlaces, ReleaseSummary, RELEASE_MIN_CELL};

use dhruva_core::cases::deadlines::Deadline;
use dhruva_core::cases::{CaseKind, CaseState, CompensationForum, Direction, DocumentKind, Entitlement, Medium, TransitionError};
use dhruva_core::geography::DistrictCode;
use dhruva_core::{AccountId, CaseId, CollectiveId, CorrespondenceId, InstitutionId, MemberId, Sensitive};
use dhruva_forms::{AnswerError, RawAnswers};
use serde::Serialize;
use thiserror::Error;
use time::{Date, OffsetDateTime};

/// Why a case write was refused. Messages hold codes and limits, never a value she typed.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum CaseError {
    #[error("{0}")]
    Transition(#[from] TransitionError),
    /// The catalogue item does not fit the kind (or is missing), or a hearing on a case that
    /// is not a legal one.
    #[error("this does not fit this kind of case")]
    WrongKindForThis,
    #[error("no deadline rule of this case has that name")]
    UnknownRule,
    #[error("a reason is needed")]
    ReasonRequired,
    #[error("the date is in the future")]
    DateInFuture,
    #[error("the date is before the case's last change")]
    DateBeforeLastChange,
    /// Someone else changed the case's state first (the page was stale).
    #[error("the case's state has changed meanwhile")]
    StaleState,
    #[error("a file is larger than {max} bytes")]
    TooLarge { max: usize },
    #[error("only JPEG, PNG, WebP images and PDF documents can be attached")]
    TypeNotAllowed,
    #[error("a file's contents do not match its declared type")]
    TypeMismatch,
    #[error("at most {max} files can be attached to one entry")]
    TooManyAttachments { max: usize },
    /// The details do not fit the kind's form: which items, and why (never what was typed).
    #[error("the details do not fit the form ({} problems)", .0.len())]
    Details(Vec<AnswerError>),
    /// A reminder text that would give casework away to whoever sees her phone.
    #[error("the reminder text contains a word that reveals casework")]
    RevealingWord,
    /// The undo came later than [`UNDO_WINDOW_SECONDS`] after the move.
    #[error("the time to undo this move has passed")]
    UndoExpired,
    /// Only the account that made a move may undo it.
    #[error("this move was made by someone else")]
    UndoNotYours,
    /// Something was recorded on the case after the move (another move, a hearing, a letter,
    /// a moved date), or the move was already undone.
    #[error("the case has changed since this move")]
    UndoAfterLaterEvent,
    /// No such move on this case (or it is not a move: the opening, or an undo).
    #[error("there is no move to undo")]
    UndoNothing,
}

/// The longest summary of a letter, a visit or a call, in characters.
pub const MAX_SUMMARY_CHARS: usize = 4000;

impl CaseError {
    /// A stable code, for translation keys and the API.
    pub fn code(&self) -> &'static str {
        match self {
            CaseError::Transition(e) => e.code(),
            CaseError::WrongKindForThis => "wrong-kind",
            CaseError::UnknownRule => "unknown-rule",
            CaseError::ReasonRequired => "reason-required",
            CaseError::DateInFuture => "date-in-future",
            CaseError::DateBeforeLastChange => "date-before-last-change",
            CaseError::StaleState => "stale-state",
            CaseError::TooLarge { .. } => "too-large",
            CaseError::TypeNotAllowed => "type-not-allowed",
            CaseError::TypeMismatch => "type-mismatch",
            CaseError::TooManyAttachments { .. } => "too-many-attachments",
            CaseError::Details(_) => "details",
            CaseError::RevealingWord => "revealing-word",
            CaseError::UndoExpired => "undo-expired",
            CaseError::UndoNotYours => "undo-not-yours",
            CaseError::UndoAfterLaterEvent => "undo-after-later-event",
            CaseError::UndoNothing => "undo-nothing",
        }
    }
}

/// Who the case (or a letter) is with: a registry institution, a name she gives, or not known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Authority {
    Registry(InstitutionId),
    Named(Sensitive<String>),
    Unknown,
}

#[derive(Clone, Debug)]
pub struct NewCase {
    pub member: MemberId,
    pub collective: CollectiveId,
    pub kind: CaseKind,
    /// Required iff the kind is `entitlement`.
    pub entitlement: Option<Entitlement>,
    /// Required iff the kind is `document_recovery`.
    pub document: Option<DocumentKind>,
    /// Required iff the kind is `compensation`.
    pub forum: Option<CompensationForum>,
    pub authority: Authority,
    pub district: Option<DistrictCode>,
    pub opened_on: Date,
    /// `None` = the workflow's initial state; a register's import may start elsewhere.
    pub state: Option<CaseState>,
    /// Validated against `dhruva_forms::cases::form(kind)`.
    pub details: Sensitive<RawAnswers>,
}

/// What lists show: nothing sealed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CaseSummary {
    pub id: CaseId,
    pub member: MemberId,
    pub collective: CollectiveId,
    pub kind: CaseKind,
    pub entitlement: Option<Entitlement>,
    pub document: Option<DocumentKind>,
    pub forum: Option<CompensationForum>,
    pub state: CaseState,
    pub opened_on: Date,
    pub state_since: Date,
    pub authority: Option<InstitutionId>,
    pub district: Option<DistrictCode>,
    /// The earliest date of a deadline not yet met (overdue ones included).
    pub next_due: Option<Date>,
    /// Deadlines not met whose date has passed.
    pub overdue: u32,
}

#[derive(Clone, Debug, Serialize)]
pub struct Case {
    pub summary: CaseSummary,
    pub authority_name: Option<Sensitive<String>>,
    pub details: Sensitive<RawAnswers>,
}

#[derive(Clone, Debug)]
pub struct NewHearing {
    pub held_on: Date,
    pub court: Option<Sensitive<String>>,
    pub next_on: Option<Date>,
    pub note: Option<Sensitive<String>>,
}

#[derive(Clone, Debug)]
pub struct NewAttachment {
    pub file_name: Sensitive<String>,
    /// As declared by the browser; must agree with the file's first bytes.
    pub media_type: String,
    pub bytes: Sensitive<Vec<u8>>,
}

#[derive(Clone, Debug)]
pub struct NewCorrespondence {
    pub on: Date,
    pub direction: Direction,
    pub medium: Medium,
    pub authority: Authority,
    pub summary: Sensitive<String>,
    pub attachments: Vec<NewAttachment>,
}

/// An attachment as a timeline shows it: the token is its only handle (32 random hex chars).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AttachmentMeta {
    pub token: String,
    pub media_type: String,
    pub size: u64,
    pub file_name: Sensitive<String>,
}

/// One attachment, decrypted.
#[derive(Clone, Debug)]
pub struct Attachment {
    pub case: CaseId,
    pub member: MemberId,
    pub media_type: String,
    pub file_name: Sensitive<String>,
    pub bytes: Sensitive<Vec<u8>>,
}

/// One line of a case's timeline; sorted by date, then by recording order.
#[derive(Clone, Debug, Serialize)]
pub enum TimelineEntry {
    Opened {
        on: Date,
        by: Option<AccountId>,
    },
    StateChanged {
        on: Date,
        from: CaseState,
        to: CaseState,
        by: Option<AccountId>,
        note: Option<Sensitive<String>>,
        /// This entry takes back an earlier move (the short undo): `to` is where the case was.
        undo: bool,
        /// This move was later taken back by an undo (it stays in the history).
        undone: bool,
    },
    Hearing {
        on: Date,
        court: Option<Sensitive<String>>,
        next_on: Option<Date>,
        note: Option<Sensitive<String>>,
        by: Option<AccountId>,
    },
    Correspondence {
        id: CorrespondenceId,
        on: Date,
        direction: Direction,
        medium: Medium,
        authority: Option<InstitutionId>,
        authority_name: Option<Sensitive<String>>,
        summary: Sensitive<String>,
        attachments: Vec<AttachmentMeta>,
        by: Option<AccountId>,
    },
    Deadline {
        deadline: Deadline,
        /// The override's reason, when the deadline was moved.
        reason: Option<Sensitive<String>>,
    },
}

impl TimelineEntry {
    /// The date the entry is placed at (a deadline at its due date).
    pub fn date(&self) -> Date {
        match self {
            TimelineEntry::Opened { on, .. }
            | TimelineEntry::StateChanged { on, .. }
            | TimelineEntry::Hearing { on, .. }
            | TimelineEntry::Correspondence { on, .. } => *on,
            TimelineEntry::Deadline { deadline, .. } => deadline.due,
        }
    }
}

/// What is due.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum DueWhat {
    /// A deadline rule, by id.
    Deadline(&'static str),
    /// The next date of a legal case's hearing.
    Hearing,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DueItem {
    pub case: CaseId,
    pub member: MemberId,
    pub collective: CollectiveId,
    pub kind: CaseKind,
    pub what: DueWhat,
    pub due: Date,
    pub overdue: bool,
}

/// A collective's reminder setting. The text is discreet by construction (checked on save).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ReminderSettings {
    /// `None` = the default text in her language.
    pub message: Option<String>,
    pub sms: bool,
    pub email: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Notification {
    pub id: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    pub text: String,
    pub read: bool,
}
