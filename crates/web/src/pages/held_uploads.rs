//! Uploaded registers held between their preview and their confirm, for both imports (cases
//! and members).
//!
//! On a 2G phone uploading a register a second time costs her as much as the first, so the
//! checked file waits in this process's memory for at most [`HOLD`], under a random token the
//! confirm form carries, and only for the account and collective that uploaded it. A register
//! holds names, numbers and member codes: nothing stays past its time, each account holds one
//! file (a new check replaces her earlier one, so one leader cannot push out everyone else's),
//! and at most [`MAX_HELD`] are held at once, the oldest going first. A restart forgets held
//! files; she is then asked to upload again. Each import keeps its own holder, so a token from
//! one can never confirm the other.

use dhruva_core::{AccountId, CollectiveId};
use dhruva_store::cases::import::ImportFormat;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// How long a checked file waits for its confirm.
pub const HOLD: Duration = Duration::from_secs(15 * 60);
/// At most this many files are held at once.
pub const MAX_HELD: usize = 64;

/// A checked file, as it was uploaded.
pub struct Held {
    pub format: ImportFormat,
    pub bytes: Vec<u8>,
    account: AccountId,
    collective: CollectiveId,
    at: Instant,
}

/// One import's held files (a `static` in its page module).
pub struct HeldUploads {
    files: OnceLock<Mutex<HashMap<String, Held>>>,
}

impl HeldUploads {
    pub const fn new() -> Self {
        HeldUploads { files: OnceLock::new() }
    }

    fn files(&self) -> std::sync::MutexGuard<'_, HashMap<String, Held>> {
        self.files.get_or_init(|| Mutex::new(HashMap::new())).lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Holds a checked file for `account` and `collective`; the token her confirm form carries.
    pub fn hold(&self, account: AccountId, collective: CollectiveId, format: ImportFormat, bytes: Vec<u8>) -> String {
        let token = hex::encode(rand::random::<[u8; 16]>());
        let mut files = self.files();
        files.retain(|_, old| old.at.elapsed() < HOLD && old.account != account);
        while files.len() >= MAX_HELD {
            let Some(oldest) = files.iter().min_by_key(|(_, h)| h.at).map(|(k, _)| k.clone()) else { break };
            files.remove(&oldest);
        }
        files.insert(token.clone(), Held { format, bytes, account, collective, at: Instant::now() });
        token
    }

    /// The held file for this token, taken out (a confirm uses it once), if it is this
    /// account's for this collective and has not expired.
    pub fn take(&self, token: &str, account: AccountId, collective: CollectiveId) -> Option<Held> {
        let mut files = self.files();
        files.retain(|_, h| h.at.elapsed() < HOLD);
        files.get(token).filter(|h| h.account == account && h.collective == collective)?;
        files.remove(token)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_file_is_taken_once_and_only_by_its_account_for_its_collective() {
        static HELD: HeldUploads = HeldUploads::new();
        let (rupa, mina, utthan, saans) = (AccountId(1), AccountId(2), CollectiveId(1), CollectiveId(2));
        let token = HELD.hold(rupa, utthan, ImportFormat::Csv, b"name\n".to_vec());
        assert!(HELD.take(&token, mina, utthan).is_none(), "another account");
        assert!(HELD.take(&token, rupa, saans).is_none(), "another collective");
        assert_eq!(HELD.take(&token, rupa, utthan).map(|h| h.bytes), Some(b"name\n".to_vec()));
        assert!(HELD.take(&token, rupa, utthan).is_none(), "a confirm uses it once");
        let first = HELD.hold(rupa, utthan, ImportFormat::Csv, b"a".to_vec());
        let second = HELD.hold(rupa, utthan, ImportFormat::Csv, b"b".to_vec());
        assert!(HELD.take(&first, rupa, utthan).is_none(), "a new check replaces her earlier one");
        assert!(HELD.take(&second, rupa, utthan).is_some());
    }
}
