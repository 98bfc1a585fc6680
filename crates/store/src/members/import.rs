//! Importing a collective's existing paper register of members (CSV or an .xlsx workbook).
//!
//! The file is read by the casework import's sheet reader (`cases::import::sheet`), with its
//! per-upload budget (rows, columns, cells, really inflated bytes) and its cell readers, so a
//! hostile file costs this upload what a hostile case register costs. Then every row is
//! checked — its cells, duplicates within the file, and against Dhruva — before anything is
//! written. One bad row anywhere means nothing is imported; every bad row is reported with the
//! row number her spreadsheet shows and a problem code (translated by the web as
//! `mimport-problem-<code>`). No error and no log line ever quotes a cell: the cells are her
//! name, her phone, her age.
//!
//! # Columns
//!
//! A header row names the columns, in any order: `name` (required), `phone`, `birth_year`,
//! `languages` (codes such as `bn;hi`), `joined_on` (required; `YYYY-MM-DD`, `DD/MM/YYYY` or
//! `DD-MM-YYYY`, or a date cell) and `office` (`president`, `secretary`, `treasurer`,
//! `core_team`). The caller may pass other words ([`ImportWords`]): the web passes each
//! column's header words in four languages from `member_import.ftl`, and the offices' and
//! languages' names as every language writes them (`সম্পাদক`, `বাংলা`).
//!
//! # Duplicates
//!
//! - A phone number already in Dhruva (the phone's blind index on `members`), or given on an
//!   earlier row of the file, makes the row bad. The message says "already in Dhruva", never
//!   whose it is or where.
//! - A row without a phone is recognised by a keyed blind index of (collective, her folded
//!   name, her year of birth), kept in `register_import_keys` (migration 0015) for every
//!   member imported without a phone. Two such rows in the file, or one already imported,
//!   make the row bad. So importing the same register twice refuses every row of the second
//!   time as a duplicate, and nothing is doubled.
//!
//! # Under 18
//!
//! A row whose year of birth says she may be under 18 (`dhruva_core::minors::may_be_minor`)
//! is refused with its own problem (`under-18`): register her on the member page, where her
//! guardian's consent is asked. The import cannot ask for or record that consent, and keeping
//! her as a minor would mean either keeping her phone and year of birth without it (which the
//! minors rule forbids) or silently dropping what the leader typed in the register. A refused
//! row is one she sees and can act on; a dropped field is not.
//!
//! # Writing
//!
//! Everything in one audited transaction: per member her own data key, her sealed name, phone
//! and year of birth, the phone's blind index, her membership from `joined_on`, her row key
//! when she has no phone, and one `member_created` audit row (detail `import`) naming her —
//! one per member rather than one summary, because her own "who saw my data" page and the
//! breach report (`audit accessed`) find what was done about *her* by the rows that name her.
//! The checks run again inside the write transaction, so a member registered between the
//! preview and the import is caught, and nothing is written.

#[cfg(any(test, feature = "testing"))]
pub mod sample;

use crate::audit::AuditEvent;
use crate::cases::import::cells;
use crate::cases::import::sheet::{self, Cell, Sheet, SheetRow};
use crate::cases::import::CaseImportProblem;
pub use crate::cases::import::ImportFormat;
use crate::{Accessor, Keyring, Store, StoreError};
use dhruva_core::minors::may_be_minor;
use dhruva_core::phone::PhoneNumber;
use dhruva_core::registry::{Language, MemberPersonal, OfficeTitle};
use dhruva_core::{CollectiveId, MemberId, Sensitive};
use serde::Serialize;
use sqlx::{AnyConnection, Row as _};
use std::collections::{BTreeMap, HashMap, HashSet};
use thiserror::Error;
use time::Date;

/// The columns a register may have, in the order the page lists them.
pub const COLUMNS: [&str; 6] = ["name", "phone", "birth_year", "languages", "joined_on", "office"];
/// Without these a row means nothing.
pub const REQUIRED: [&str; 2] = ["name", "joined_on"];
/// Longest name kept.
pub const MAX_NAME_CHARS: usize = 200;
/// The purpose of the row key's blind index.
const ROW_KEY_INDEX: &str = "register-import-row";
/// `IN (…)` lists are cut to this size, well under either backend's parameter limit.
const CHUNK: usize = 500;

/// One problem. `row` is 1-based and counts the header, as her spreadsheet shows it;
/// `column` is the column's code, or `None` for the whole row or file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MemberRowError {
    pub row: usize,
    pub column: Option<&'static str>,
    pub problem: MemberImportProblem,
}

/// What is wrong. Never the value itself: it is personal and errors get logged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Error)]
#[serde(rename_all = "snake_case")]
pub enum MemberImportProblem {
    #[error("the file is empty or has no rows under its header")]
    Empty,
    #[error("the file is not a spreadsheet (CSV or Excel)")]
    NotASpreadsheet,
    #[error("the text is not UTF-8")]
    NotUtf8,
    #[error("the file has too many rows")]
    TooManyRows,
    #[error("a cell is beyond the columns a register may use")]
    TooManyColumns,
    #[error("the file has too many cells")]
    TooManyCells,
    #[error("the workbook unpacks to too many bytes")]
    TooBigUnpacked,
    #[error("an older or other kind of workbook")]
    OtherWorkbook,
    #[error("a required column is missing from the header")]
    MissingColumn,
    #[error("the header names a column the import does not know")]
    UnknownColumn,
    #[error("the header names a column twice")]
    DuplicateColumn,
    #[error("the cell holds an error or a value that cannot be read")]
    Unreadable,
    #[error("a required value is missing")]
    MissingValue,
    #[error("the name is too long")]
    NameTooLong,
    #[error("not a mobile number")]
    BadPhone,
    #[error("not a year of birth")]
    BadBirthYear,
    #[error("under 18: register her on the member page, with her guardian")]
    Under18,
    #[error("not a language code")]
    UnknownLanguage,
    #[error("not a date")]
    BadDate,
    #[error("the date is in the future")]
    DateInFuture,
    #[error("not an office")]
    UnknownOffice,
    #[error("the same phone number is on an earlier row")]
    PhoneTwiceInFile,
    #[error("the phone number is already registered in Dhruva")]
    PhoneRegistered,
    #[error("the same name and year of birth, without a phone, are on an earlier row")]
    TwiceInFile,
    #[error("a member with this name and year of birth was already imported")]
    AlreadyImported,
    #[error("the same office (other than the core team) is on an earlier row")]
    OfficeTwiceInFile,
    #[error("someone in the collective holds this office: it changes hands by a handover")]
    OfficeHeld,
}

impl MemberImportProblem {
    /// The translation key's suffix (`mimport-problem-bad-phone`).
    pub fn code(self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::NotASpreadsheet => "not-a-spreadsheet",
            Self::NotUtf8 => "not-utf8",
            Self::TooManyRows => "too-many-rows",
            Self::TooManyColumns => "too-many-columns",
            Self::TooManyCells => "too-many-cells",
            Self::TooBigUnpacked => "too-big-unpacked",
            Self::OtherWorkbook => "other-workbook",
            Self::MissingColumn => "missing-column",
            Self::UnknownColumn => "unknown-column",
            Self::DuplicateColumn => "duplicate-column",
            Self::Unreadable => "unreadable",
            Self::MissingValue => "missing-value",
            Self::NameTooLong => "name-too-long",
            Self::BadPhone => "bad-phone",
            Self::BadBirthYear => "bad-birth-year",
            Self::Under18 => "under-18",
            Self::UnknownLanguage => "unknown-language",
            Self::BadDate => "bad-date",
            Self::DateInFuture => "date-in-future",
            Self::UnknownOffice => "unknown-office",
            Self::PhoneTwiceInFile => "phone-twice-in-file",
            Self::PhoneRegistered => "phone-registered",
            Self::TwiceInFile => "twice-in-file",
            Self::AlreadyImported => "already-imported",
            Self::OfficeTwiceInFile => "office-twice-in-file",
            Self::OfficeHeld => "office-held",
        }
    }

    pub const ALL: [MemberImportProblem; 27] = [
        Self::Empty,
        Self::NotASpreadsheet,
        Self::NotUtf8,
        Self::TooManyRows,
        Self::TooManyColumns,
        Self::TooManyCells,
        Self::TooBigUnpacked,
        Self::OtherWorkbook,
        Self::MissingColumn,
        Self::UnknownColumn,
        Self::DuplicateColumn,
        Self::Unreadable,
        Self::MissingValue,
        Self::NameTooLong,
        Self::BadPhone,
        Self::BadBirthYear,
        Self::Under18,
        Self::UnknownLanguage,
        Self::BadDate,
        Self::DateInFuture,
        Self::UnknownOffice,
        Self::PhoneTwiceInFile,
        Self::PhoneRegistered,
        Self::TwiceInFile,
        Self::AlreadyImported,
        Self::OfficeTwiceInFile,
        Self::OfficeHeld,
    ];

    /// Whether the whole file was refused before any row was read (the file, or its header).
    pub fn is_about_the_file(self) -> bool {
        matches!(
            self,
            Self::Empty
                | Self::NotASpreadsheet
                | Self::NotUtf8
                | Self::TooManyRows
                | Self::TooManyColumns
                | Self::TooManyCells
                | Self::TooBigUnpacked
                | Self::OtherWorkbook
                | Self::MissingColumn
                | Self::DuplicateColumn
        )
    }

    /// The casework reader's problems, as this import names them.
    fn from_case(p: CaseImportProblem) -> Self {
        use CaseImportProblem as C;
        match p {
            C::Empty => Self::Empty,
            C::NotUtf8 => Self::NotUtf8,
            C::TooManyRows => Self::TooManyRows,
            C::TooManyColumns => Self::TooManyColumns,
            C::TooManyCells => Self::TooManyCells,
            C::TooBigUnpacked => Self::TooBigUnpacked,
            C::OtherWorkbook => Self::OtherWorkbook,
            C::BadDate => Self::BadDate,
            C::Unreadable => Self::Unreadable,
            _ => Self::NotASpreadsheet,
        }
    }
}

/// The outcome. `good` counts the rows that passed every check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum MemberImport {
    /// Every row is good; nothing was written.
    Preview { good: usize },
    /// Every row was imported, in one transaction.
    Imported { count: usize, members: Vec<MemberId> },
    /// Nothing was written: these problems, sorted by row.
    Rejected { good: usize, errors: Vec<MemberRowError> },
}

/// A row whose every cell is well formed. Holds her data: no `Debug`.
struct Parsed {
    row: usize,
    name: String,
    phone: Option<PhoneNumber>,
    birth_year: Option<i32>,
    languages: Vec<Language>,
    joined_on: Date,
    office: Option<OfficeTitle>,
    /// The phone's blind index, or the row key when there is no phone.
    phone_index: Option<String>,
    row_key: Option<String>,
}

/// Where each known column is in the sheet.
type Columns = BTreeMap<&'static str, usize>;

/// Words a register may use besides the codes, in any language (the web passes each language's
/// words from its translations). Keys are compared as [`header_word`] folds them.
#[derive(Clone, Debug, Default)]
pub struct ImportWords {
    /// A header word → the column's code (`যোগদানের তারিখ` → `joined_on`).
    pub headers: HashMap<String, &'static str>,
    /// An office's name → the office (`সম্পাদক` → secretary).
    pub offices: HashMap<String, OfficeTitle>,
    /// A language's name → the language (`বাংলা` → Bengali).
    pub languages: HashMap<String, Language>,
}

impl ImportWords {
    /// The same words with their keys folded as the import compares them.
    fn folded(&self) -> ImportWords {
        ImportWords {
            headers: self.headers.iter().map(|(k, v)| (header_word(k), *v)).collect(),
            offices: self.offices.iter().map(|(k, v)| (header_word(k), *v)).collect(),
            languages: self.languages.iter().map(|(k, v)| (header_word(k), *v)).collect(),
        }
    }
}

/// A header word as compared: case, spaces, dashes and underscores forgiven, NFC.
fn header_word(text: &str) -> String {
    let clean = dhruva_core::text::clean(text).unwrap_or_default();
    clean.to_lowercase().split([' ', '-', '_']).filter(|w| !w.is_empty()).collect::<Vec<_>>().join("_")
}

/// Her name as compared for duplicates: NFC, lower case, spaces collapsed, dots dropped.
fn folded_name(name: &str) -> String {
    name.to_lowercase().replace('.', " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

fn columns(header: &SheetRow, aliases: &HashMap<String, &'static str>, errors: &mut Vec<MemberRowError>) -> Option<Columns> {
    let mut found = Columns::new();
    let before = errors.len();
    for (at, cell) in header.cells.iter().enumerate() {
        let word = match cells::text(cell) {
            Ok(Some(word)) => header_word(&word),
            Ok(None) => continue,
            Err(p) => {
                errors.push(MemberRowError { row: header.row, column: None, problem: MemberImportProblem::from_case(p) });
                continue;
            }
        };
        let column = COLUMNS.iter().copied().find(|c| *c == word).or_else(|| aliases.get(&word).copied());
        match column {
            Some(column) if found.contains_key(column) => {
                errors.push(MemberRowError { row: header.row, column: Some(column), problem: MemberImportProblem::DuplicateColumn });
            }
            Some(column) => {
                found.insert(column, at);
            }
            None => errors.push(MemberRowError { row: header.row, column: None, problem: MemberImportProblem::UnknownColumn }),
        }
    }
    for column in REQUIRED {
        if !found.contains_key(column) {
            errors.push(MemberRowError { row: header.row, column: Some(column), problem: MemberImportProblem::MissingColumn });
        }
    }
    (errors.len() == before).then_some(found)
}

/// Checks every row without the database: cells, age, duplicates within the file.
fn parse(sheet: &Sheet, keys: &Keyring, collective: CollectiveId, words: &ImportWords, today: Date, errors: &mut Vec<MemberRowError>) -> Vec<Parsed> {
    let Some(columns) = columns(&sheet.header, &words.headers, errors) else { return Vec::new() };
    let named: HashSet<usize> = columns.values().copied().collect();
    let mut phones = HashSet::new();
    let mut row_keys = HashSet::new();
    let mut offices = HashSet::new();
    let mut parsed = Vec::with_capacity(sheet.rows.len());
    for row in &sheet.rows {
        let before = errors.len();
        if row.cells.iter().enumerate().any(|(at, c)| !named.contains(&at) && !c.is_empty()) {
            errors.push(MemberRowError { row: row.row, column: None, problem: MemberImportProblem::UnknownColumn });
        }
        let Some(mut p) = one_row(row, &columns, words, today, errors) else { continue };
        if errors.len() > before {
            continue;
        }
        // One holder per office, except the core team (`dhruva_core::offices`).
        if let Some(office) = p.office.filter(|o| *o != OfficeTitle::CoreTeam) {
            if !offices.insert(office) {
                errors.push(MemberRowError { row: p.row, column: Some("office"), problem: MemberImportProblem::OfficeTwiceInFile });
                continue;
            }
        }
        match &p.phone {
            Some(phone) => {
                if !phones.insert(phone.canonical().to_owned()) {
                    errors.push(MemberRowError { row: p.row, column: Some("phone"), problem: MemberImportProblem::PhoneTwiceInFile });
                    continue;
                }
                p.phone_index = Some(keys.blind_index(super::PHONE_INDEX, phone.canonical()));
            }
            None => {
                let key = row_key(keys, collective, &p.name, p.birth_year);
                if !row_keys.insert(key.clone()) {
                    errors.push(MemberRowError { row: p.row, column: Some("name"), problem: MemberImportProblem::TwiceInFile });
                    continue;
                }
                p.row_key = Some(key);
            }
        }
        parsed.push(p);
    }
    parsed
}

/// The keyed blind index a row without a phone is recognised by.
fn row_key(keys: &Keyring, collective: CollectiveId, name: &str, birth_year: Option<i32>) -> String {
    let year = birth_year.map(|y| y.to_string()).unwrap_or_default();
    keys.blind_index(ROW_KEY_INDEX, &format!("{}\u{0}{}\u{0}{year}", collective.0, folded_name(name)))
}

/// One row's cells; reports each bad one. `None` when a required cell could not be read.
fn one_row(row: &SheetRow, columns: &Columns, words: &ImportWords, today: Date, errors: &mut Vec<MemberRowError>) -> Option<Parsed> {
    use MemberImportProblem as P;
    let cell = |column: &str| columns.get(column).and_then(|at| row.cells.get(*at)).unwrap_or(&Cell::Empty);
    let mut report = |column: &'static str, problem: P| errors.push(MemberRowError { row: row.row, column: Some(column), problem });
    let text = |column: &'static str, report: &mut dyn FnMut(&'static str, P)| match cells::text(cell(column)) {
        Ok(t) => t,
        Err(p) => {
            report(column, P::from_case(p));
            None
        }
    };

    let name = match text("name", &mut report).map(|n| dhruva_core::text::clean(&n)) {
        None => {
            report("name", P::MissingValue);
            None
        }
        Some(Err(_)) => {
            report("name", P::Unreadable);
            None
        }
        Some(Ok(n)) if n.is_empty() => {
            report("name", P::MissingValue);
            None
        }
        Some(Ok(n)) if n.chars().count() > MAX_NAME_CHARS => {
            report("name", P::NameTooLong);
            None
        }
        Some(Ok(n)) => Some(n),
    };
    let phone = match text("phone", &mut report) {
        None => None,
        Some(t) => match PhoneNumber::parse(&t) {
            Ok(p) => Some(p),
            Err(_) => {
                report("phone", P::BadPhone);
                None
            }
        },
    };
    let birth_year = match text("birth_year", &mut report) {
        None => None,
        Some(t) => match t.trim().parse::<i32>() {
            Ok(y) if (1900..=today.year()).contains(&y) => {
                if may_be_minor(y, today) {
                    report("birth_year", P::Under18);
                }
                Some(y)
            }
            _ => {
                report("birth_year", P::BadBirthYear);
                None
            }
        },
    };
    let mut languages = Vec::new();
    if let Some(t) = text("languages", &mut report) {
        for code in t.split([';', ',', ' ', '/']).map(str::trim).filter(|c| !c.is_empty()) {
            match Language::from_code(&code.to_ascii_lowercase()).or_else(|| words.languages.get(&header_word(code)).copied()) {
                Some(l) if !languages.contains(&l) => languages.push(l),
                Some(_) => {}
                None => {
                    report("languages", P::UnknownLanguage);
                    break;
                }
            }
        }
    }
    let joined_on = match cells::date(cell("joined_on")) {
        Ok(Some(d)) if d > today => {
            report("joined_on", P::DateInFuture);
            None
        }
        Ok(Some(d)) => Some(d),
        Ok(None) => {
            report("joined_on", P::MissingValue);
            None
        }
        Err(p) => {
            report("joined_on", P::from_case(p));
            None
        }
    };
    let office = match cells::text(cell("office")) {
        Ok(None) => None,
        Ok(Some(text)) => match OfficeTitle::from_code(&header_word(&text)).or_else(|| words.offices.get(&header_word(&text)).copied()) {
            Some(o) => Some(o),
            None => {
                report("office", P::UnknownOffice);
                None
            }
        },
        Err(p) => {
            report("office", P::from_case(p));
            None
        }
    };
    Some(Parsed { row: row.row, name: name?, phone, birth_year, languages, joined_on: joined_on?, office, phone_index: None, row_key: None })
}

/// Which of these blind index values `column` of `table` already holds.
async fn already_held(conn: &mut AnyConnection, table: &str, column: &str, values: &[&str]) -> Result<HashSet<String>, StoreError> {
    let mut held = HashSet::new();
    for chunk in values.chunks(CHUNK) {
        let marks = (1..=chunk.len()).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ");
        let sql = format!("SELECT {column} FROM {table} WHERE {column} IN ({marks})");
        let mut query = sqlx::query(&sql);
        for v in chunk {
            query = query.bind(*v);
        }
        for row in query.fetch_all(&mut *conn).await? {
            held.insert(row.try_get::<String, _>(0)?);
        }
    }
    Ok(held)
}

/// Checks the parsed rows against what Dhruva already holds; keeps the good ones.
async fn against_database(
    conn: &mut AnyConnection,
    collective: CollectiveId,
    parsed: Vec<Parsed>,
    errors: &mut Vec<MemberRowError>,
) -> Result<Vec<Parsed>, StoreError> {
    let phones: Vec<&str> = parsed.iter().filter_map(|p| p.phone_index.as_deref()).collect();
    let held_phones = already_held(conn, "members", "phone_bidx", &phones).await?;
    let keys: Vec<&str> = parsed.iter().filter_map(|p| p.row_key.as_deref()).collect();
    let held_keys = already_held(conn, "register_import_keys", "row_key", &keys).await?;
    // Offices someone holds now (an office changes hands by a handover, not by an import).
    let mut held_offices = HashSet::new();
    for row in sqlx::query("SELECT DISTINCT office FROM office_terms WHERE collective_id = $1 AND until IS NULL AND office <> $2")
        .bind(collective.0)
        .bind(OfficeTitle::CoreTeam.code())
        .fetch_all(&mut *conn)
        .await?
    {
        held_offices.insert(row.try_get::<String, _>(0)?);
    }
    let mut good = Vec::with_capacity(parsed.len());
    for p in parsed {
        if p.phone_index.as_ref().is_some_and(|i| held_phones.contains(i)) {
            errors.push(MemberRowError { row: p.row, column: Some("phone"), problem: MemberImportProblem::PhoneRegistered });
        } else if p.row_key.as_ref().is_some_and(|k| held_keys.contains(k)) {
            errors.push(MemberRowError { row: p.row, column: Some("name"), problem: MemberImportProblem::AlreadyImported });
        } else if p.office.is_some_and(|o| held_offices.contains(o.code())) {
            errors.push(MemberRowError { row: p.row, column: Some("office"), problem: MemberImportProblem::OfficeHeld });
        } else {
            good.push(p);
        }
    }
    Ok(good)
}

fn rejected(errors: Vec<MemberRowError>) -> MemberImport {
    MemberImport::Rejected { good: 0, errors }
}

impl Store {
    /// Checks a register of members and, with `commit`, imports it: every member in one
    /// audited transaction, or none. `words` are the header, office and language words the
    /// register may use besides the codes. `today` bounds the dates and says who is under 18.
    #[tracing::instrument(skip_all)]
    #[allow(clippy::too_many_arguments)]
    pub async fn import_members(
        &self,
        by: &Accessor,
        collective: CollectiveId,
        format: ImportFormat,
        bytes: &[u8],
        words: &ImportWords,
        today: Date,
        commit: bool,
    ) -> Result<MemberImport, StoreError> {
        // Read off the async threads, as the case import does: bounded, but work for a core,
        // and a reader that panics on a malformed file costs this upload only.
        let owned = bytes.to_vec();
        let sheet = match tokio::task::spawn_blocking(move || sheet::read(format, &owned)).await {
            Ok(Ok(sheet)) => sheet,
            Ok(Err(e)) => return Ok(rejected(vec![MemberRowError { row: e.row, column: None, problem: MemberImportProblem::from_case(e.problem) }])),
            Err(_) => return Ok(rejected(vec![MemberRowError { row: 1, column: None, problem: MemberImportProblem::NotASpreadsheet }])),
        };
        let words = words.folded();
        let mut errors = Vec::new();
        let parsed = parse(&sheet, &self.keys, collective, &words, today, &mut errors);
        drop(sheet);

        // The write transaction is taken before the database checks, so nothing registered
        // meanwhile can slip between checking and inserting.
        let mut tx = self.begin_audited().await?;
        super::memberships::require_collective(tx.conn(), collective).await?;
        let good = against_database(tx.conn(), collective, parsed, &mut errors).await?;
        if !errors.is_empty() {
            errors.sort_by_key(|e| (e.row, e.column));
            return Ok(MemberImport::Rejected { good: good.len(), errors });
        }
        if !commit {
            return Ok(MemberImport::Preview { good: good.len() });
        }
        let at = tx.at();
        let mut members = Vec::with_capacity(good.len());
        for p in good {
            let personal = MemberPersonal {
                name: Sensitive::new(p.name),
                phone: p.phone.as_ref().map(|ph| Sensitive::new(ph.canonical().to_owned())),
                birth_year: p.birth_year.map(Sensitive::new),
                notes: None,
            };
            let wrapped_key = self.keys.new_wrapped_data_key()?;
            let sealed = super::personal::seal(&self.keys, &wrapped_key, &personal)?;
            let code = super::code::fresh(tx.conn()).await?;
            let id: i64 = sqlx::query(
                "INSERT INTO members (code, languages, created_at, name_ct, phone_ct, birth_year_ct, notes_ct, phone_bidx, needs_guardian) \
                 VALUES ($1, $2, $3, $4, $5, $6, NULL, $7, 0) RETURNING id",
            )
            .bind(&code)
            .bind(super::languages_text(&p.languages))
            .bind(at)
            .bind(sealed.name)
            .bind(sealed.phone)
            .bind(sealed.birth_year)
            .bind(sealed.phone_index)
            .fetch_one(tx.conn())
            .await
            .map_err(super::duplicate_member)?
            .try_get(0)?;
            let id = MemberId(id);
            sqlx::query("INSERT INTO member_keys (member_id, wrapped_key) VALUES ($1, $2)").bind(id.0).bind(wrapped_key).execute(tx.conn()).await?;
            super::memberships::require_taking_members(tx.conn(), collective, p.joined_on, self.today()).await?;
            super::memberships::insert(tx.conn(), id, collective, p.joined_on, p.office).await?;
            if let Some(key) = &p.row_key {
                sqlx::query("INSERT INTO register_import_keys (member_id, row_key, imported_at) VALUES ($1, $2, $3)")
                    .bind(id.0)
                    .bind(key)
                    .bind(at)
                    .execute(tx.conn())
                    .await?;
            }
            tx.append(by, &AuditEvent::new("member_created").member(id).collective(collective).detail("import")).await?;
            members.push(id);
        }
        tx.commit().await?;
        Ok(MemberImport::Imported { count: members.len(), members })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_words_and_names_fold_the_way_a_register_writes_them() {
        assert_eq!(header_word(" Birth-Year "), "birth_year");
        assert_eq!(header_word("Joined on"), "joined_on");
        assert_eq!(folded_name("  Rupa   MONDAL "), "rupa mondal");
        assert_eq!(folded_name("R. Mondal"), "r mondal");
    }

    #[test]
    fn every_problem_has_its_own_code() {
        let codes: HashSet<&str> = MemberImportProblem::ALL.iter().map(|p| p.code()).collect();
        assert_eq!(codes.len(), MemberImportProblem::ALL.len());
    }
}
