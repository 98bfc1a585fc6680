//! Her access page is complete only if every read the code can audit is on it. Action codes
//! are strings at each call site, so this reads the source of every crate, finds every
//! `AuditEvent` it can write, and checks each against the catalogue and the catalogue's
//! reads against the one list her page is built from (`READS`).

use dhruva_store::access_log::catalogue::{kind, Kind, AUDIT_ACTIONS, DYNAMIC_SITES};
use dhruva_store::access_log::{DENIED, READS};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const CALL: &str = "AuditEvent::new(";
const CATALOGUE: &str = "crates/store/src/access_log/catalogue.rs";

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every code written as a literal, and the number of other call sites, by file (relative to
/// `crates/`). Only `src` folders: tests write made-up codes.
fn scan() -> (BTreeMap<String, BTreeSet<String>>, BTreeMap<String, usize>) {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the crates folder").to_path_buf();
    let mut files = Vec::new();
    for krate in std::fs::read_dir(&crates).expect("crates").flatten() {
        rust_files(&krate.path().join("src"), &mut files);
    }
    assert!(files.len() > 50, "the scan found only {} files; is it broken?", files.len());
    let (mut literal, mut dynamic) = (BTreeMap::new(), BTreeMap::new());
    for file in files {
        let text = std::fs::read_to_string(&file).expect("source");
        let name = file.strip_prefix(&crates).expect("under crates").to_string_lossy().replace('\\', "/");
        for (at, _) in text.match_indices(CALL) {
            let rest = &text[at + CALL.len()..];
            match rest.strip_prefix('"').and_then(|r| r.split_once('"')) {
                Some((code, _)) => {
                    literal.entry(name.clone()).or_insert_with(BTreeSet::new).insert(code.to_owned());
                }
                None => *dynamic.entry(name.clone()).or_insert(0) += 1,
            }
        }
    }
    (literal, dynamic)
}

#[test]
fn every_audit_action_the_code_can_write_is_classified() {
    let (literal, dynamic) = scan();
    let mut written: BTreeSet<String> = literal.values().flatten().cloned().collect();
    assert!(written.len() > 40, "the scan found only {} codes; is it broken?", written.len());
    let listed: BTreeMap<String, usize> = DYNAMIC_SITES.iter().map(|(f, n, _)| ((*f).to_owned(), *n)).collect();
    assert_eq!(
        dynamic, listed,
        "`AuditEvent::new(<not a string literal>)` sites differ from DYNAMIC_SITES in {CATALOGUE}: list each such \
         site there with the codes it can write"
    );
    for (_, _, codes) in DYNAMIC_SITES {
        written.extend(codes.iter().map(|c| (*c).to_owned()));
    }
    let unknown: Vec<&String> = written.iter().filter(|c| kind(c).is_none()).collect();
    assert!(
        unknown.is_empty(),
        "audit actions {unknown:?} are written but not classified in {CATALOGUE}: add each as Kind::Read (it shows \
         anyone a member's data: also add it to READS in access_log.rs and an access-log-what-<code> string) or Kind::Other"
    );
}

#[test]
fn every_read_in_the_catalogue_is_one_her_page_lists() {
    let catalogued: BTreeSet<&str> = AUDIT_ACTIONS.iter().filter(|(_, k)| *k == Kind::Read).map(|(c, _)| *c).collect();
    let listed: BTreeSet<&str> = READS.iter().copied().collect();
    assert_eq!(catalogued, listed, "the catalogue's reads and READS (what her page lists) differ");
    assert_eq!(READS.len(), listed.len(), "READS names an action twice");
    // A name that says "read" is a read, whatever the list says.
    for (code, k) in AUDIT_ACTIONS {
        let reads_by_name = ["view_", "export_", "contact_", "include_in_"].iter().any(|p| code.starts_with(p));
        assert!(!reads_by_name || *k == Kind::Read, "{code} reads her data by its name but is classified {k:?}");
    }
    let refusals: Vec<&str> = AUDIT_ACTIONS.iter().filter(|(_, k)| *k == Kind::Refusal).map(|(c, _)| *c).collect();
    assert_eq!(refusals, [DENIED]);
    let mut seen = BTreeSet::new();
    assert!(AUDIT_ACTIONS.iter().all(|(c, _)| seen.insert(*c)), "the catalogue names an action twice");
}
