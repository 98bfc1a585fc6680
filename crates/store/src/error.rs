use thiserror::Error;

/// What can go wrong in storage. Messages never contain personal data.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("unsupported database URL: {0}")]
    UnsupportedUrl(String),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// `url` is redacted (no password).
    #[error("cannot connect to {url}: {reason}")]
    Connect { url: String, reason: String },
    #[error("migration failed: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("the master key is missing or unreadable: {0}")]
    MasterKey(String),
    #[error("a stored value could not be decrypted (wrong master key, or the data was tampered with)")]
    Decrypt,
    #[error("{0} already exists")]
    Duplicate(&'static str),
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("invalid input: {0}")]
    Invalid(String),
    #[error("password hashing failed")]
    PasswordHash,
    /// She is under 18 and no guardian's consent is recorded: only the minimum is kept.
    #[error("{0}")]
    GuardianConsentNeeded(#[from] dhruva_core::minors::GuardianConsentNeeded),
    /// The erasure ledger is missing, unwritable or fails its MAC check (no personal data).
    #[error("erasure ledger: {0}")]
    Ledger(String),
    /// The backup's key check does not match this deployment's master key.
    #[error("this backup was made with another master key: restore it where the master key of the deployment it came from is configured (its master.key file, or DHRUVA_MASTER_KEY)")]
    BackupKey,
    /// Cut short, changed, damaged, or not a Dhruva backup at all (never quotes its contents).
    #[error("the backup cannot be used: {0}")]
    BackupDamaged(String),
    #[error("the backup's schema (migrations {backup}) differs from this deployment's (migrations {here}): restore it with the Dhruva version that made it, then upgrade")]
    SchemaMismatch { backup: String, here: String },
    #[error("restore goes only into an empty deployment, and this one holds data ({0}); restore into a new data directory or database")]
    NotEmpty(String),
    #[error("cannot {action} {path}: {reason}")]
    File { action: &'static str, path: String, reason: String },
    /// A score card write that does not fit the round (its status, institutions, collectives).
    #[error("{0}")]
    Scorecard(#[from] crate::scorecards::ScorecardError),
    /// A case write that does not fit the case (its kind, workflow, form or files).
    #[error("{0}")]
    Case(#[from] crate::cases::CaseError),
    #[error("corrupt row in {table}: {detail}")]
    Corrupt { table: &'static str, detail: String },
    /// Something she typed does not fit: which form field, and why (never the value), so a
    /// page can say it beside the field and show her typing again.
    #[error("the field {field} does not fit: {}", problem.code())]
    Input { field: &'static str, problem: InputProblem },
}

/// Why a typed value was refused. Each code is a translation key's last part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputProblem {
    /// Empty (or only spaces, zero-width characters and direction marks).
    Missing,
    /// Offices and memberships (issue 11): she is not a member of the collective on that date.
    NotAMember,
    /// A date on or before the day the current term began.
    BeforeTerm,
    /// A date on or before the day her membership began.
    BeforeMembership,
    /// She already holds this office.
    AlreadyHolds,
    /// The office has a holder: it changes hands only by a handover.
    OfficeHeld,
    /// She is already a member of that collective.
    AlreadyMember,
    /// A date further ahead than a handover or a move may be planned.
    TooFarAhead,
    /// Registry (issue 11): a date that has not come yet, where only a past date fits.
    Future,
    /// A date before one it must follow (a stage before the last one, a link before its end).
    TooEarly,
    /// A code that names nothing known (a district, a state).
    Unknown,
    /// The collective is closed: it takes no new stage or partner.
    Closed,
    /// Longer than the field's limit, in characters.
    TooLong { max: usize },
    /// A date before the round's period starts.
    BeforeRound,
    /// A meeting with nobody counted as attending, or a role counted twice.
    NoAttendance,
    /// A hearing's next date before the hearing itself.
    BeforeHearing,
    /// A NUL or another control character no keyboard types.
    Control,
    /// Already used by someone else (a username).
    Taken,
    /// Characters or a shape the field does not take (a username: 3 to 64 lower-case letters,
    /// digits, '-', '_', '.', not like a phone number).
    Format,
}

impl InputProblem {
    pub fn code(&self) -> &'static str {
        match self {
            InputProblem::Missing => "missing",
            InputProblem::NotAMember => "not-member",
            InputProblem::BeforeTerm => "before-term",
            InputProblem::BeforeMembership => "before-membership",
            InputProblem::AlreadyHolds => "already-holds",
            InputProblem::OfficeHeld => "office-held",
            InputProblem::AlreadyMember => "already-member",
            InputProblem::TooFarAhead => "too-far-ahead",
            InputProblem::Future => "future",
            InputProblem::TooEarly => "too-early",
            InputProblem::Unknown => "unknown",
            InputProblem::Closed => "closed",
            InputProblem::TooLong { .. } => "too-long",
            InputProblem::BeforeRound => "before-round",
            InputProblem::NoAttendance => "no-attendance",
            InputProblem::BeforeHearing => "before-hearing",
            InputProblem::Control => "control",
            InputProblem::Taken => "taken",
            InputProblem::Format => "format",
        }
    }
}

impl StoreError {
    pub fn input(field: &'static str, problem: InputProblem) -> StoreError {
        StoreError::Input { field, problem }
    }
}

/// A text she typed as the store keeps it ([`dhruva_core::text::clean`]: NFC, invisible ends
/// trimmed), or refused naming its form field: a control character, empty when `required`,
/// more than `max` characters. The pages check the same first; this is the store's own guard.
pub(crate) fn kept_text(value: &str, field: &'static str, max: usize, required: bool) -> Result<String, StoreError> {
    let value = dhruva_core::text::clean(value).map_err(|_| StoreError::input(field, InputProblem::Control))?;
    if required && value.is_empty() {
        return Err(StoreError::input(field, InputProblem::Missing));
    }
    if value.chars().count() > max {
        return Err(StoreError::input(field, InputProblem::TooLong { max }));
    }
    Ok(value)
}
