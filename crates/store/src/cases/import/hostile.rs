//! Workbooks built to hurt an importer, written here part by part so tests need no fixture
//! files (and a bomb is never held inflated): the far-apart cells, the zip bombs (honest and
//! lying), a sheet of many rows. Testing only.

use std::io::{Cursor, Write};

/// An `.xlsx` archive laid out as Excel writes one (no styles, no shared strings: calamine
/// needs neither). `sheet` writes the first sheet's XML straight into the deflating archive.
pub fn xlsx(sheet: impl FnOnce(&mut dyn Write)) -> Vec<u8> {
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).compression_level(Some(1));
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let part = |zip: &mut zip::ZipWriter<_>, name: &str, text: &str| {
        zip.start_file(name, options).expect("part");
        zip.write_all(text.as_bytes()).expect("write");
    };
    part(
        &mut zip,
        "[Content_Types].xml",
        r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
    );
    part(
        &mut zip,
        "_rels/.rels",
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
    );
    part(
        &mut zip,
        "xl/workbook.xml",
        r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Register" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
    );
    part(
        &mut zip,
        "xl/_rels/workbook.xml.rels",
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
    );
    zip.start_file("xl/worksheets/sheet1.xml", options).expect("sheet");
    sheet(&mut zip);
    zip.finish().expect("finish").into_inner()
}

/// A workbook whose first sheet declares `dimension` and holds what `rows` writes.
pub fn sheet_of(dimension: &str, rows: impl FnOnce(&mut dyn Write)) -> Vec<u8> {
    xlsx(|w| {
        write!(w, r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="{dimension}"/><sheetData>"#).expect("write");
        rows(w);
        write!(w, "</sheetData></worksheet>").expect("write");
    })
}

/// A cell holding `text` (written inline, as the sheet's own string).
pub fn text_cell(at: &str, text: &str) -> String {
    format!(r#"<c r="{at}" t="inlineStr"><is><t>{text}</t></is></c>"#)
}

/// One cell at A1 and one at XFD1048576, the sheet's dimension claiming the whole grid between.
pub fn far_apart_cells() -> Vec<u8> {
    sheet_of("A1:XFD1048576", |w| {
        write!(w, r#"<row r="1">{}</row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>"#, text_cell("A1", "member_code")).expect("write");
    })
}

/// A sheet of one cell holding `megabytes` MiB of text: tens of kilobytes packed.
pub fn zip_bomb(megabytes: usize) -> Vec<u8> {
    sheet_of("A1:A1", |w| {
        write!(w, r#"<row r="1"><c r="A1" t="inlineStr"><is><t>"#).expect("write");
        let chunk = vec![b'a'; 1024 * 1024];
        for _ in 0..megabytes {
            w.write_all(&chunk).expect("write");
        }
        write!(w, "</t></is></c></row>").expect("write");
    })
}

/// [`zip_bomb`] with every size the archive declares, in its local headers and its central
/// directory, saying 1 KiB.
pub fn lying_zip_bomb(megabytes: usize) -> Vec<u8> {
    let mut bomb = zip_bomb(megabytes);
    let small = 1024_u32.to_le_bytes();
    let mut at = 0;
    while let Some(found) = bomb[at..].windows(4).position(|w| w == b"PK\x03\x04" || w == b"PK\x01\x02") {
        let start = at + found;
        let offset = if bomb[start + 2] == 3 { 22 } else { 24 };
        bomb[start + offset..start + offset + 4].copy_from_slice(&small);
        at = start + 4;
    }
    bomb
}

/// A header (`member_code`) and `count` rows under it, each one number in column A.
pub fn rows(count: usize) -> Vec<u8> {
    sheet_of("A1:A1", move |w| {
        write!(w, r#"<row r="1">{}</row>"#, text_cell("A1", "member_code")).expect("write");
        for r in 2..=count + 1 {
            write!(w, r#"<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>"#).expect("write");
        }
    })
}
