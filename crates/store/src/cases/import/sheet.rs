//! From the uploaded bytes to a grid of cells: CSV (UTF-8, comma-separated, as spreadsheets
//! save it) or a workbook (.xlsx, and the .xls / .xlsb / .ods calamine also reads; the first
//! sheet). The file's content decides, not its name: an .xlsx saved under a .csv name is read
//! as a workbook, because what the leader sees in her spreadsheet is what should be imported.

use super::{CaseImportProblem as P, CaseRowError, ImportFormat};
use calamine::{Data, Reader as _};
use std::io::Cursor;
use time::{Date, Month};

/// More rows than any collective's register; a bigger file is a mistake or an attack.
pub const MAX_ROWS: usize = 5_000;
/// What a workbook may expand to. The web caps the upload; a compressed workbook could still
/// unpack to gigabytes (a "zip bomb"), so the sizes its directory declares are checked first.
const MAX_UNPACKED_BYTES: u64 = 64 * 1024 * 1024;

/// One cell as read. Text may be personal: this type has no `Debug`.
#[derive(Clone, PartialEq)]
pub(crate) enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// A cell the spreadsheet itself holds as a date.
    Date(Date),
    /// A CSV field whose bytes are not UTF-8.
    NotUtf8,
    /// An error value (`#N/A`, `#REF!`), a time without a date, a date out of range.
    Unreadable,
}

impl Cell {
    pub(crate) fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }
}

/// One row as the person sees it: `row` is 1-based, as her spreadsheet numbers it.
pub(crate) struct SheetRow {
    pub row: usize,
    pub cells: Vec<Cell>,
}

/// The header (the first row with anything in it) and the rows under it, blank rows dropped.
pub(crate) struct Sheet {
    pub header: SheetRow,
    pub rows: Vec<SheetRow>,
}

fn fatal(row: usize, problem: P) -> CaseRowError {
    CaseRowError { row, column: None, problem }
}

/// Reads the file, or says in one problem why it cannot be read at all.
pub(crate) fn read(format: ImportFormat, bytes: &[u8]) -> Result<Sheet, CaseRowError> {
    const ZIP: &[u8] = b"PK\x03\x04";
    const CFB: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"; // legacy .xls
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(fatal(1, P::Empty));
    }
    let rows = if bytes.starts_with(ZIP) || bytes.starts_with(CFB) {
        workbook(bytes)?
    } else if format == ImportFormat::Xlsx {
        return Err(fatal(1, P::NotASpreadsheet));
    } else {
        csv_rows(bytes)?
    };
    let mut rows = rows.into_iter().filter(|r| !r.cells.iter().all(Cell::is_empty));
    let Some(header) = rows.next() else { return Err(fatal(1, P::Empty)) };
    let rows: Vec<SheetRow> = rows.collect();
    if rows.is_empty() {
        return Err(fatal(header.row + 1, P::Empty));
    }
    if rows.len() > MAX_ROWS {
        return Err(fatal(header.row + MAX_ROWS + 1, P::TooManyRows));
    }
    Ok(Sheet { header, rows })
}

fn csv_rows(bytes: &[u8]) -> Result<Vec<SheetRow>, CaseRowError> {
    // Spreadsheets that save "Unicode text" write UTF-16; say so rather than "not a spreadsheet".
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(fatal(1, P::NotUtf8));
    }
    // A text file has no NUL bytes; an image, a PDF or an archive has them early on.
    if bytes.iter().take(8192).any(|b| *b == 0) || bytes.starts_with(b"%PDF") {
        return Err(fatal(1, P::NotASpreadsheet));
    }
    // A byte-order mark from a spreadsheet is not part of the first column's name.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes);
    let mut rows = Vec::new();
    let mut record = csv::ByteRecord::new();
    // The row is the line the record starts on, counted here: the reader's own position
    // does not count the blank lines it skips before a record.
    let (mut counted_to, mut line) = (0_usize, 1_usize);
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(_) => return Err(fatal(line, P::NotASpreadsheet)),
        }
        let mut start = record.position().map_or(counted_to, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX)).min(bytes.len());
        while matches!(bytes.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        line += bytes.get(counted_to..start).map_or(0, |skipped| skipped.iter().filter(|b| **b == b'\n').count());
        counted_to = start;
        let row = line;
        let cells = record
            .iter()
            .map(|field| match std::str::from_utf8(field) {
                Ok(text) if text.trim().is_empty() => Cell::Empty,
                Ok(text) => Cell::Text(text.to_owned()),
                Err(_) => Cell::NotUtf8,
            })
            .collect();
        rows.push(SheetRow { row, cells });
        if rows.len() > MAX_ROWS + 1 {
            // Enough to say the file is too long; the rest need not be read.
            break;
        }
    }
    Ok(rows)
}

fn workbook(bytes: &[u8]) -> Result<Vec<SheetRow>, CaseRowError> {
    if bytes.starts_with(b"PK") && unpacked_size(bytes).is_none_or(|size| size > MAX_UNPACKED_BYTES) {
        return Err(fatal(1, P::NotASpreadsheet));
    }
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|_| fatal(1, P::NotASpreadsheet))?;
    let range = match book.worksheet_range_at(0) {
        Some(Ok(range)) => range,
        Some(Err(_)) => return Err(fatal(1, P::NotASpreadsheet)),
        None => return Err(fatal(1, P::Empty)),
    };
    let Some((first_row, _)) = range.start() else { return Ok(Vec::new()) };
    let first_row = usize::try_from(first_row).unwrap_or(usize::MAX);
    let mut rows = Vec::new();
    for (i, cells) in range.rows().enumerate() {
        rows.push(SheetRow { row: first_row.saturating_add(i).saturating_add(1), cells: cells.iter().map(cell).collect() });
        if rows.len() > MAX_ROWS + 1 {
            break;
        }
    }
    Ok(rows)
}

fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) if s.trim().is_empty() => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        // Whole numbers are exact in an f64 far beyond any amount or reference number.
        #[allow(clippy::cast_precision_loss)]
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Text(if *b { "TRUE" } else { "FALSE" }.to_owned()),
        Data::DateTime(dt) if dt.is_datetime() && dt.as_f64() >= 1.0 => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            Month::try_from(m).ok().and_then(|m| Date::from_calendar_date(i32::from(y), m, d).ok()).map_or(Cell::Unreadable, Cell::Date)
        }
        // ODS keeps dates as ISO text; the date part is what counts.
        Data::DateTimeIso(s) => Cell::Text(s.get(..10).unwrap_or(s).to_owned()),
        Data::DateTime(_) | Data::DurationIso(_) | Data::Error(_) => Cell::Unreadable,
    }
}

/// The total size a zip archive's central directory declares for its files, or `None` when
/// the directory cannot be found (then it is no workbook calamine could read either).
fn unpacked_size(bytes: &[u8]) -> Option<u64> {
    const END: &[u8] = b"PK\x05\x06";
    const ENTRY: &[u8] = b"PK\x01\x02";
    let u16_at = |at: usize| bytes.get(at..at + 2).map(|b| u16::from_le_bytes([b[0], b[1]]));
    let u32_at = |at: usize| bytes.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
    // The end record is in the last 64 KiB + 22 bytes (its comment is at most 64 KiB).
    let search_from = bytes.len().saturating_sub(22 + 65_535);
    let end = (search_from..bytes.len().saturating_sub(21)).rev().find(|&i| bytes[i..].starts_with(END))?;
    let entries = u16_at(end + 10)?;
    let mut at = usize::try_from(u32_at(end + 16)?).ok()?;
    let mut total: u64 = 0;
    for _ in 0..entries {
        if !bytes.get(at..)?.starts_with(ENTRY) {
            return None;
        }
        let size = u32_at(at + 24)?;
        // 0xFFFFFFFF means the real size is in a ZIP64 field: far too big for a register.
        if size == u32::MAX {
            return None;
        }
        total = total.saturating_add(u64::from(size));
        let name = usize::from(u16_at(at + 28)?);
        let extra = usize::from(u16_at(at + 30)?);
        let comment = usize::from(u16_at(at + 32)?);
        at = at.checked_add(46 + name + extra + comment)?;
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(format: ImportFormat, bytes: &[u8]) -> Option<(usize, P)> {
        read(format, bytes).err().map(|e| (e.row, e.problem))
    }

    #[test]
    fn empty_files_header_only_files_and_binary_files_are_named() {
        assert_eq!(problem(ImportFormat::Csv, b""), Some((1, P::Empty)));
        assert_eq!(problem(ImportFormat::Csv, b" \n\r\n"), Some((1, P::Empty)));
        assert_eq!(problem(ImportFormat::Csv, b"member_code,kind\n,\n"), Some((2, P::Empty)));
        assert_eq!(problem(ImportFormat::Csv, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some((1, P::NotASpreadsheet)));
        assert_eq!(problem(ImportFormat::Csv, b"\xFF\xFEm\0e\0"), Some((1, P::NotUtf8)));
        assert_eq!(problem(ImportFormat::Xlsx, b"member_code,kind\nM-1,legal\n"), Some((1, P::NotASpreadsheet)));
        assert_eq!(problem(ImportFormat::Xlsx, b"PK\x03\x04 not really a zip"), Some((1, P::NotASpreadsheet)));
    }

    #[test]
    fn rows_are_numbered_as_the_spreadsheet_numbers_them() {
        let sheet = read(ImportFormat::Csv, b"\xEF\xBB\xBFa,b\n\n1,\"two\nlines\"\n3,4\n").expect("read");
        assert!(sheet.header.cells == [Cell::Text("a".to_owned()), Cell::Text("b".to_owned())]);
        assert_eq!(sheet.rows.iter().map(|r| r.row).collect::<Vec<_>>(), [3, 5]);
    }

    #[test]
    fn a_workbook_whose_directory_declares_gigabytes_is_not_unpacked() {
        let good = include_bytes!("../../../tests/fixtures/cases/good.xlsx");
        assert!(unpacked_size(good).is_some_and(|size| size < 100_000), "the real one is small");
        let mut bomb = good.to_vec();
        let entry = bomb.windows(4).position(|w| w == b"PK\x01\x02").expect("a central directory");
        bomb[entry + 24..entry + 28].copy_from_slice(&0xF000_0000_u32.to_le_bytes());
        assert_eq!(problem(ImportFormat::Xlsx, &bomb), Some((1, P::NotASpreadsheet)));
    }

    #[test]
    fn a_file_longer_than_any_register_is_refused() {
        let mut csv = String::from("a\n");
        for _ in 0..=MAX_ROWS {
            csv.push_str("x\n");
        }
        assert_eq!(problem(ImportFormat::Csv, csv.as_bytes()), Some((MAX_ROWS + 2, P::TooManyRows)));
    }
}
