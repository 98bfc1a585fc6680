//! From the uploaded bytes to a grid of cells: CSV (UTF-8, comma-separated, as spreadsheets
//! save it) or an Excel workbook (.xlsx; the first sheet). The file's content decides, not its
//! name: an .xlsx saved under a .csv name is read as a workbook, because what the leader sees in
//! her spreadsheet is what should be imported. Older workbooks (.xls, .xlsb) and .ods are
//! refused with "save it as .xlsx or CSV": their readers build the whole sheet as one dense
//! grid, which a file of a few bytes can make gigabytes wide.
//!
//! # The budget of one upload
//!
//! No file may stop the service or starve the others, so a file is read within these limits,
//! and past any of them it is refused with a message naming the limit (and nothing is written):
//!
//! | limit | value | problem |
//! | --- | --- | --- |
//! | rows with anything in them, under the header | [`MAX_ROWS`] = 5,000 | `too-many-rows` |
//! | the column of any cell with something in it | [`MAX_COLUMNS`] = 50 (column AX) | `too-many-columns` |
//! | cells with something in them | [`MAX_CELLS`] = 150,000 | `too-many-cells` |
//! | bytes a workbook really inflates to, all its parts together | [`MAX_UNPACKED_BYTES`] = 16 MiB | `too-big-unpacked` |
//! | parts in a workbook's archive | [`MAX_PARTS`] = 1,000 | `too-big-unpacked` |
//!
//! (The web caps the upload itself at 4 MiB.) A workbook's sheet is read as a stream of the cells
//! it actually holds (calamine's `XlsxCellReader`), never as the dense rectangle between its
//! first and last cell, so one cell at A1 and one at XFD1048576 cost two cells, and the second is
//! refused for its column. Before calamine opens a workbook, every part of its archive is
//! inflated into nothing while the real bytes are counted, stopping at the budget: the sizes an
//! archive declares can lie, the inflated bytes cannot. What calamine then keeps (the shared
//! strings) is bounded by those bytes. So one upload holds at most: the file twice (≤ 4 MiB
//! each; it is copied to be read off the async threads), calamine's shared strings (≤ 16 MiB of
//! text, plus a `String` header for each, at most about 1.3 million of them), and the cells kept
//! (≤ 150,000) — well under 100 MB however the file is made, where a dense range could ask for
//! terabytes. The messages in `locales/*/casework.ftl`
//! (`case-import-too-*`) state these numbers: change them together.

use super::{CaseImportProblem as P, CaseRowError, ImportFormat};
use calamine::{Data, Reader as _};
use std::collections::BTreeMap;
use std::io::{Cursor, Read as _};
use time::{Date, Month};

/// More rows than any collective's register; a bigger file is a mistake or an attack.
pub const MAX_ROWS: usize = 5_000;
/// Columns a register may use: its own columns and room for a few notes beside them (a column
/// the import does not know is refused anyway, but by name, which needs the column read).
pub const MAX_COLUMNS: usize = 50;
/// Cells with something in them, all rows together.
pub const MAX_CELLS: usize = 150_000;
/// The bytes a workbook may really inflate to, every part of its archive counted.
pub const MAX_UNPACKED_BYTES: u64 = 16 * 1024 * 1024;
/// The parts (files) a workbook's archive may hold; Excel writes about a dozen.
pub const MAX_PARTS: usize = 1_000;

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
    let rows = if bytes.starts_with(ZIP) {
        workbook(bytes)?
    } else if bytes.starts_with(CFB) {
        return Err(fatal(1, P::OtherWorkbook));
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
    let mut held_cells = 0_usize;
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
        let mut cells: Vec<Cell> = record
            .iter()
            .map(|field| match std::str::from_utf8(field) {
                Ok(text) if text.trim().is_empty() => Cell::Empty,
                Ok(text) => Cell::Text(text.to_owned()),
                Err(_) => Cell::NotUtf8,
            })
            .collect();
        // Trailing empty fields (a spreadsheet saves the commas of formatted columns) count
        // for nothing; the limits are those of a workbook.
        while cells.last().is_some_and(Cell::is_empty) {
            cells.pop();
        }
        if cells.len() > MAX_COLUMNS {
            return Err(fatal(row, P::TooManyColumns));
        }
        held_cells += cells.iter().filter(|c| !c.is_empty()).count();
        if held_cells > MAX_CELLS {
            return Err(fatal(row, P::TooManyCells));
        }
        rows.push(SheetRow { row, cells });
        if rows.len() > MAX_ROWS + 1 {
            // Enough to say the file is too long; the rest need not be read.
            break;
        }
    }
    Ok(rows)
}

fn workbook(bytes: &[u8]) -> Result<Vec<SheetRow>, CaseRowError> {
    // What the archive declares first (cheap, refuses an honest bomb without inflating it),
    // then what it really inflates to (a lying one).
    if unpacked_size(bytes).is_none_or(|size| size > MAX_UNPACKED_BYTES) {
        return Err(fatal(1, if unpacked_size(bytes).is_none() { P::NotASpreadsheet } else { P::TooBigUnpacked }));
    }
    let parts = inflated_within_budget(bytes)?;
    let mut book: calamine::Xlsx<_> = match calamine::open_workbook_from_rs(Cursor::new(bytes)) {
        Ok(book) => book,
        // An .ods or .xlsb is a zip too: say what to do with it rather than "not a spreadsheet".
        Err(_) if parts.iter().any(|p| p == "content.xml" || p == "xl/workbook.bin") => return Err(fatal(1, P::OtherWorkbook)),
        Err(_) => return Err(fatal(1, P::NotASpreadsheet)),
    };
    let Some(first) = book.sheet_names().into_iter().next() else { return Err(fatal(1, P::Empty)) };
    let mut reader = book.worksheet_cells_reader(&first).map_err(|_| fatal(1, P::NotASpreadsheet))?;
    // Only the rows and cells with something in them are kept, so what is held is bounded by
    // the limits, whatever the sheet's dimensions say.
    let mut rows: BTreeMap<usize, Vec<Cell>> = BTreeMap::new();
    let mut cells = 0_usize;
    while let Some(found) = reader.next_cell().map_err(|_| fatal(1, P::NotASpreadsheet))? {
        let (row, column) = found.get_position();
        let value = cell(&Data::from(found.get_value().clone()));
        if value.is_empty() {
            continue;
        }
        let row = usize::try_from(row).unwrap_or(usize::MAX).saturating_add(1);
        let column = usize::try_from(column).unwrap_or(usize::MAX);
        if column >= MAX_COLUMNS {
            return Err(fatal(row, P::TooManyColumns));
        }
        cells += 1;
        if cells > MAX_CELLS {
            return Err(fatal(row, P::TooManyCells));
        }
        if !rows.contains_key(&row) && rows.len() > MAX_ROWS {
            // The header and MAX_ROWS rows under it are held already.
            return Err(fatal(row, P::TooManyRows));
        }
        let held = rows.entry(row).or_default();
        if held.len() <= column {
            held.resize(column + 1, Cell::Empty);
        }
        held[column] = value;
    }
    Ok(rows.into_iter().map(|(row, cells)| SheetRow { row, cells }).collect())
}

/// Inflates every part of the archive into nothing, counting the real bytes and stopping at
/// [`MAX_UNPACKED_BYTES`] (all parts together) or [`MAX_PARTS`]. Returns the parts' names.
fn inflated_within_budget(bytes: &[u8]) -> Result<Vec<String>, CaseRowError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| fatal(1, P::NotASpreadsheet))?;
    if archive.len() > MAX_PARTS {
        return Err(fatal(1, P::TooBigUnpacked));
    }
    let mut left = MAX_UNPACKED_BYTES;
    let mut names = Vec::with_capacity(archive.len());
    for i in 0..archive.len() {
        let part = archive.by_index(i).map_err(|_| fatal(1, P::NotASpreadsheet))?;
        names.push(part.name().to_owned());
        // One byte more than is left tells "over the budget" from "exactly at it".
        let read = std::io::copy(&mut part.take(left + 1), &mut std::io::sink()).map_err(|_| fatal(1, P::NotASpreadsheet))?;
        if read > left {
            return Err(fatal(1, P::TooBigUnpacked));
        }
        left -= read;
    }
    Ok(names)
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
        assert_eq!(problem(ImportFormat::Xlsx, &bomb), Some((1, P::TooBigUnpacked)));
    }

    use crate::cases::import::hostile::{far_apart_cells, lying_zip_bomb, rows, sheet_of, text_cell, zip_bomb};

    #[test]
    fn a_workbook_written_here_is_read_as_a_register() {
        let book = sheet_of("A1:B2", |w| {
            write!(
                w,
                r#"<row r="1">{}{}</row><row r="2">{}<c r="B2"><v>45</v></c></row>"#,
                text_cell("A1", "member_code"),
                text_cell("B1", "kind"),
                text_cell("A2", "M-1")
            )
            .expect("write");
        });
        let sheet = read(ImportFormat::Xlsx, &book).expect("read");
        assert!(sheet.header.cells == [Cell::Text("member_code".to_owned()), Cell::Text("kind".to_owned())]);
        assert_eq!(sheet.rows.len(), 1);
        assert!(sheet.rows[0].row == 2 && sheet.rows[0].cells == [Cell::Text("M-1".to_owned()), Cell::Number(45.0)]);
    }

    #[test]
    fn one_cell_at_a1_and_one_at_xfd1048576_is_refused_without_the_grid_between() {
        // The sheet's dimension claims the whole grid (17 billion cells); calamine's dense
        // range would have allocated it. Read as a stream, it is two cells, the second
        // refused for its column. This returning at all is the point: the process survives.
        assert_eq!(problem(ImportFormat::Xlsx, &far_apart_cells()), Some((1_048_576, P::TooManyColumns)));
        // Far apart in one column only, it is a header and one row.
        let tall = sheet_of("A1:A1048576", |w| {
            write!(w, r#"<row r="1">{}</row><row r="1048576">{}</row>"#, text_cell("A1", "member_code"), text_cell("A1048576", "M-1"))
                .expect("write");
        });
        let sheet = read(ImportFormat::Xlsx, &tall).expect("two rows");
        assert_eq!(sheet.rows.iter().map(|r| r.row).collect::<Vec<_>>(), [1_048_576]);
        // Formatted but empty cells far out cost nothing and are not counted.
        let formatted = sheet_of("A1:XFD2", |w| {
            write!(w, r#"<row r="1">{}<c r="XFD1" s="1"/></row><row r="2">{}</row>"#, text_cell("A1", "member_code"), text_cell("A2", "M-1"))
                .expect("write");
        });
        assert!(read(ImportFormat::Xlsx, &formatted).is_ok());
    }

    #[test]
    fn an_honest_zip_bomb_is_refused_by_what_it_declares_and_by_what_it_inflates_to() {
        let bomb = zip_bomb(24);
        assert!(bomb.len() < 1024 * 1024, "a bomb: {} bytes", bomb.len());
        assert!(unpacked_size(&bomb).is_some_and(|size| size > MAX_UNPACKED_BYTES), "its directory says so");
        assert_eq!(problem(ImportFormat::Xlsx, &bomb), Some((1, P::TooBigUnpacked)));
        assert_eq!(inflated_within_budget(&bomb).err().map(|e| e.problem), Some(P::TooBigUnpacked), "counting alone refuses it too");
    }

    #[test]
    fn a_zip_bomb_whose_sizes_lie_is_refused_by_the_bytes_it_really_inflates_to() {
        let bomb = lying_zip_bomb(24);
        assert!(unpacked_size(&bomb).is_some_and(|size| size < 100_000), "the directory lies");
        assert_eq!(problem(ImportFormat::Xlsx, &bomb), Some((1, P::TooBigUnpacked)));
    }

    #[test]
    fn a_hundred_thousand_rows_are_refused_past_the_row_limit_and_five_thousand_are_read() {
        assert_eq!(problem(ImportFormat::Xlsx, &rows(100_000)), Some((MAX_ROWS + 2, P::TooManyRows)));
        assert_eq!(read(ImportFormat::Xlsx, &rows(MAX_ROWS)).map(|s| s.rows.len()).ok(), Some(MAX_ROWS));
    }

    #[test]
    fn too_many_columns_or_cells_are_refused_in_csv_as_in_a_workbook() {
        let wide = format!("a\n{}x\n", ",".repeat(MAX_COLUMNS));
        assert_eq!(problem(ImportFormat::Csv, wide.as_bytes()), Some((2, P::TooManyColumns)));
        // Trailing empty fields are what spreadsheets save; they count for nothing.
        let trailing = format!("a\nx{}\n", ",".repeat(MAX_COLUMNS * 2));
        assert!(read(ImportFormat::Csv, trailing.as_bytes()).is_ok());
        let full_row = vec!["x"; MAX_COLUMNS].join(",");
        let mut many = String::from("a\n");
        for _ in 0..=MAX_CELLS / MAX_COLUMNS {
            many.push_str(&full_row);
            many.push('\n');
        }
        assert_eq!(problem(ImportFormat::Csv, many.as_bytes()).map(|(_, p)| p), Some(P::TooManyCells));
    }

    #[test]
    fn older_workbooks_are_refused_with_what_to_do() {
        assert_eq!(problem(ImportFormat::Xlsx, b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 an old .xls"), Some((1, P::OtherWorkbook)));
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("mimetype", zip::write::SimpleFileOptions::default()).expect("part");
        std::io::Write::write_all(&mut zip, b"application/vnd.oasis.opendocument.spreadsheet").expect("write");
        zip.start_file("content.xml", zip::write::SimpleFileOptions::default()).expect("part");
        std::io::Write::write_all(&mut zip, b"<office:document-content/>").expect("write");
        let ods = zip.finish().expect("finish").into_inner();
        assert_eq!(problem(ImportFormat::Xlsx, &ods), Some((1, P::OtherWorkbook)));
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
