//! Registers made up for tests and benchmarks: `rows` women, each with a distinct name, most
//! with a distinct mobile number, every fifth without one (recognised by name and year of
//! birth instead). Seeded by `tag`, so two registers with different tags share no one.
//! Testing only.

/// One made-up row: name, phone (empty for every fifth), birth year, languages, joined on, office.
pub fn row(tag: u32, i: usize) -> [String; 6] {
    let n = i + 1;
    let phone = if n.is_multiple_of(5) { String::new() } else { format!("9{:03}{:06}", tag % 1000, n) };
    let birth_year = 1960 + (n % 40);
    let languages = ["bn;en", "hi", "te;hi", "bn"][n % 4].to_owned();
    // Both date forms a register is written in.
    let joined =
        if n.is_multiple_of(2) { format!("2023-{:02}-{:02}", 1 + n % 12, 1 + n % 28) } else { format!("{:02}/{:02}/2022", 1 + n % 28, 1 + n % 12) };
    let office = if n == 1 { "core_team" } else { "" }.to_owned();
    [format!("Sample{tag} Woman {n}"), phone, birth_year.to_string(), languages, joined, office]
}

/// The register as CSV, with the English header. `replace` swaps whole rows (0-based) for
/// the given cells, to make a bad row where a test wants one.
pub fn csv(tag: u32, rows: usize, replace: &[(usize, [&str; 6])]) -> String {
    let mut out = String::from("name,phone,birth_year,languages,joined_on,office\n");
    for i in 0..rows {
        let cells: Vec<String> = match replace.iter().find(|(at, _)| *at == i) {
            Some((_, cells)) => cells.iter().map(|c| (*c).to_owned()).collect(),
            None => row(tag, i).to_vec(),
        };
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// The same register as an .xlsx workbook (inline strings; numbers for phone and year).
pub fn xlsx(tag: u32, rows: usize) -> Vec<u8> {
    use crate::cases::import::hostile::{sheet_of, text_cell};
    use std::fmt::Write as _;
    const COLUMNS: [&str; 6] = ["A", "B", "C", "D", "E", "F"];
    let header = ["name", "phone", "birth_year", "languages", "joined_on", "office"];
    let mut xml = String::from(r#"<row r="1">"#);
    for (c, h) in COLUMNS.iter().zip(header) {
        xml.push_str(&text_cell(&format!("{c}1"), h));
    }
    xml.push_str("</row>");
    for i in 0..rows {
        let r = i + 2;
        let _ = write!(xml, r#"<row r="{r}">"#);
        for (at, (c, value)) in COLUMNS.iter().zip(row(tag, i)).enumerate() {
            if value.is_empty() {
                continue;
            }
            if at == 1 || at == 2 {
                let _ = write!(xml, r#"<c r="{c}{r}"><v>{value}</v></c>"#);
            } else {
                xml.push_str(&text_cell(&format!("{c}{r}"), &value));
            }
        }
        xml.push_str("</row>");
    }
    sheet_of(&format!("A1:F{}", rows + 1), move |w| w.write_all(xml.as_bytes()).expect("write"))
}
