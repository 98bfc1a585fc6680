//! The erasure ledger: a small append-only file, next to the master key, naming every member
//! who was erased and when. A backup taken before an erasure still holds her rows; restoring
//! it and replaying this ledger erases her again.
//!
//! One line per erasure: `v1 <member id> <unix seconds> <mac>`, nothing personal. Each MAC is
//! HMAC-SHA256 under a subkey of the master key over the entry and the MAC of the line before
//! it, so an edited, inserted, removed or reordered line breaks the chain where it happened.
//! (Cutting lines off the end cannot be seen in the file alone; the database's tombstones
//! are the second witness, see `Store::replay_erasures`.)
//!
//! Appends take an exclusive `flock` and re-read the file first, so `dhruva member erase` at
//! the command line and the running server can both append without breaking the chain.

use super::ErasureEntry;
use crate::StoreError;
use dhruva_core::MemberId;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::fs::{self, File, OpenOptions};
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use time::OffsetDateTime;
use zeroize::Zeroizing;

/// The file's name in the key directory.
pub const LEDGER_FILE: &str = "erasures.ledger";
/// The label of the MAC key under `Keyring::subkey`.
pub(crate) const MAC_LABEL: &str = "erasure-ledger";
const VERSION: &str = "v1";
const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// A handle on the ledger file. Cheap to clone; clones share the MAC key once a store has
/// been given the ledger ([`crate::Store::with_erasure_ledger`]).
#[derive(Clone)]
pub struct ErasureLedger {
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    /// Set by the first store the ledger is attached to: the MAC key is derived from the
    /// master key, which the ledger file's directory need not hold.
    key: OnceLock<Zeroizing<[u8; 32]>>,
    /// Serialises appends within this process; `flock` does it across processes.
    appending: Mutex<()>,
}

impl std::fmt::Debug for ErasureLedger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ErasureLedger").field("path", &self.inner.path).finish_non_exhaustive()
    }
}

fn ledger_error(what: impl std::fmt::Display) -> StoreError {
    StoreError::Ledger(what.to_string())
}

impl ErasureLedger {
    /// Opens `dir/erasures.ledger`, creating the directory (0700) and an empty file (0600)
    /// if needed, so that a deployment that cannot write its ledger fails at start, not at
    /// the first erasure. Entries are checked when read or appended to.
    pub fn open(dir: &Path) -> Result<ErasureLedger, StoreError> {
        create_private_dir(dir).map_err(|e| ledger_error(format!("cannot create {}: {e}", dir.display())))?;
        let path = dir.join(LEDGER_FILE);
        let file = open_for_append(&path)?;
        let metadata = file.metadata().map_err(|e| ledger_error(format!("cannot inspect {}: {e}", path.display())))?;
        if !metadata.is_file() {
            return Err(ledger_error(format!("{} is not a regular file", path.display())));
        }
        Ok(ErasureLedger { inner: Arc::new(Inner { path, key: OnceLock::new(), appending: Mutex::new(()) }) })
    }

    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    /// Every entry, oldest first, after checking the whole MAC chain. An error names the
    /// first line that does not verify.
    pub fn entries(&self) -> Result<Vec<ErasureEntry>, StoreError> {
        let key = self.key()?;
        let text = fs::read_to_string(&self.inner.path).map_err(|e| ledger_error(format!("cannot read {}: {e}", self.inner.path.display())))?;
        Ok(parse(&text, key)?.entries)
    }

    /// Gives the ledger its MAC key (the first key given wins: one ledger, one master key).
    pub(crate) fn set_key(&self, key: [u8; 32]) {
        let _ = self.inner.key.set(Zeroizing::new(key));
    }

    fn key(&self) -> Result<&[u8; 32], StoreError> {
        self.inner
            .key
            .get()
            .map(|k| &**k)
            .ok_or_else(|| ledger_error("the erasure ledger has no key yet: attach it to a store with Store::with_erasure_ledger"))
    }

    /// Appends one entry and waits until it is on disk (fsync). Called before the erasure's
    /// database transaction commits, so no committed erasure is ever missing from the ledger.
    pub(crate) async fn append(&self, entry: ErasureEntry) -> Result<(), StoreError> {
        let ledger = self.clone();
        tokio::task::spawn_blocking(move || ledger.append_now(entry)).await.map_err(|_| ledger_error("the erasure ledger append was interrupted"))?
    }

    fn append_now(&self, entry: ErasureEntry) -> Result<(), StoreError> {
        let key = self.key()?;
        let path = &self.inner.path;
        let io = |e: std::io::Error| ledger_error(format!("cannot write {}: {e}", path.display()));
        // A poisoned lock only means another append panicked; the file lock still guards it.
        let _in_process = self.inner.appending.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut file = open_for_append(path)?;
        lock_exclusive(&file).map_err(io)?;
        let mut text = String::new();
        file.read_to_string(&mut text).map_err(io)?;
        let parsed = parse(&text, key)?;
        if let Some(torn_at) = parsed.torn_tail {
            // A line cut short by a crash before its fsync: its erasure never committed.
            tracing::warn!("the erasure ledger ended in an incomplete line (a crash while writing it); removing it");
            file.set_len(torn_at as u64).map_err(io)?;
        }
        let line = format_line(key, &parsed.last_mac, &entry);
        file.write_all(line.as_bytes()).map_err(io)?;
        file.sync_all().map_err(io)?;
        if text.is_empty() {
            // The first entry: make sure the file's own directory entry is durable too.
            if let Some(dir) = path.parent() {
                File::open(dir).and_then(|d| d.sync_all()).map_err(io)?;
            }
        }
        Ok(())
    }
}

fn open_for_append(path: &Path) -> Result<File, StoreError> {
    let mut options = OpenOptions::new();
    options.read(true).append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map_err(|e| ledger_error(format!("cannot open {}: {e}", path.display())))
}

#[cfg(unix)]
fn lock_exclusive(file: &File) -> std::io::Result<()> {
    rustix::fs::flock(file, rustix::fs::FlockOperation::LockExclusive).map_err(std::io::Error::from)
}

#[cfg(not(unix))]
fn lock_exclusive(_file: &File) -> std::io::Result<()> {
    Ok(())
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

fn mac(key: &[u8; 32], prev: &str, member: i64, at: i64) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"));
    mac.update(b"dhruva erasure ledger v1\0");
    mac.update(prev.as_bytes());
    mac.update(format!("\0{member}\0{at}").as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

fn format_line(key: &[u8; 32], prev: &str, entry: &ErasureEntry) -> String {
    let at = entry.erased_at.unix_timestamp();
    format!("{VERSION} {} {at} {}\n", entry.member.0, mac(key, prev, entry.member.0, at))
}

struct Parsed {
    entries: Vec<ErasureEntry>,
    last_mac: String,
    /// Where an unterminated last line begins, if there is one.
    torn_tail: Option<usize>,
}

fn parse(text: &str, key: &[u8; 32]) -> Result<Parsed, StoreError> {
    let mut entries = Vec::new();
    let mut last_mac = GENESIS.to_owned();
    let mut offset = 0;
    let mut torn_tail = None;
    for (number, line) in text.split_inclusive('\n').enumerate() {
        let start = offset;
        offset += line.len();
        let Some(line) = line.strip_suffix('\n') else {
            torn_tail = Some(start);
            break;
        };
        let tampered = |why: &str| {
            ledger_error(format!(
                "line {} of the erasure ledger {why}: the file was changed outside Dhruva (or the master key is not the one it \
                 was written with). Keep a copy for investigation; moving it aside and restarting rebuilds it from the \
                 database's erased members",
                number + 1
            ))
        };
        let fields: Vec<&str> = line.split(' ').collect();
        let [VERSION, member, at, stored_mac] = fields.as_slice() else {
            return Err(tampered("is not in the ledger's format"));
        };
        let (Ok(member), Ok(at)) = (member.parse::<i64>(), at.parse::<i64>()) else {
            return Err(tampered("is not in the ledger's format"));
        };
        let expected = mac(key, &last_mac, member, at);
        // Both are hex of a MAC the reader can compute anyway: a plain comparison leaks nothing.
        if expected != *stored_mac {
            return Err(tampered("does not match its MAC (an entry was edited, inserted, removed or reordered)"));
        }
        let erased_at = OffsetDateTime::from_unix_timestamp(at).map_err(|_| tampered("has an impossible time"))?;
        entries.push(ErasureEntry { member: MemberId(member), erased_at });
        last_mac = expected;
    }
    Ok(Parsed { entries, last_mac, torn_tail })
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn ledger(dir: &Path) -> ErasureLedger {
        let ledger = ErasureLedger::open(dir).expect("opens");
        ledger.set_key([7; 32]);
        ledger
    }

    fn entry(member: i64) -> ErasureEntry {
        ErasureEntry { member: MemberId(member), erased_at: datetime!(2025-06-01 10:00 UTC) }
    }

    async fn three(dir: &Path) -> ErasureLedger {
        let l = ledger(dir);
        for m in [3, 9, 4] {
            l.append(entry(m)).await.expect("appends");
        }
        l
    }

    #[tokio::test]
    async fn entries_are_read_back_in_order() {
        let dir = tempfile::tempdir().expect("tempdir");
        let l = three(dir.path()).await;
        let members: Vec<i64> = l.entries().expect("verifies").iter().map(|e| e.member.0).collect();
        assert_eq!(members, [3, 9, 4]);
        assert_eq!(l.entries().expect("verifies")[0].erased_at, datetime!(2025-06-01 10:00 UTC));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(l.path()).expect("file").permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }

    #[tokio::test]
    async fn an_edited_removed_or_reordered_line_is_detected() {
        let dir = tempfile::tempdir().expect("tempdir");
        let l = three(dir.path()).await;
        let original = fs::read_to_string(l.path()).expect("text");
        let lines: Vec<&str> = original.lines().collect();
        let edited = original.replacen("v1 9 ", "v1 8 ", 1);
        let removed = format!("{}\n{}\n", lines[0], lines[2]);
        let reordered = format!("{}\n{}\n{}\n", lines[1], lines[0], lines[2]);
        for (what, text) in [("edited", edited), ("removed", removed), ("reordered", reordered)] {
            fs::write(l.path(), text).expect("write");
            let err = l.entries().expect_err(what);
            assert!(err.to_string().contains("line "), "{what}: {err}");
            assert!(l.append(entry(5)).await.is_err(), "{what}: nothing is appended to a broken ledger");
        }
    }

    #[tokio::test]
    async fn another_key_cannot_verify_or_forge_entries() {
        let dir = tempfile::tempdir().expect("tempdir");
        three(dir.path()).await;
        let stranger = ErasureLedger::open(dir.path()).expect("opens");
        assert!(stranger.entries().is_err(), "no key, no verification");
        stranger.set_key([8; 32]);
        assert!(stranger.entries().is_err());
    }

    #[tokio::test]
    async fn a_line_torn_by_a_crash_is_dropped_and_the_chain_goes_on() {
        let dir = tempfile::tempdir().expect("tempdir");
        let l = three(dir.path()).await;
        let mut text = fs::read_to_string(l.path()).expect("text");
        text.push_str("v1 12 17");
        fs::write(l.path(), text).expect("write");
        assert_eq!(l.entries().expect("a torn tail is not tampering").len(), 3);
        l.append(entry(12)).await.expect("appends");
        let members: Vec<i64> = l.entries().expect("verifies").iter().map(|e| e.member.0).collect();
        assert_eq!(members, [3, 9, 4, 12]);
    }

    #[tokio::test]
    async fn two_handles_on_one_file_keep_one_chain() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (a, b) = (ledger(dir.path()), ledger(dir.path()));
        a.append(entry(1)).await.expect("a");
        b.append(entry(2)).await.expect("b");
        a.append(entry(3)).await.expect("a again");
        assert_eq!(b.entries().expect("verifies").len(), 3);
    }
}
