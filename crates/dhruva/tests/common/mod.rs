//! Running the real `dhruva` binary from tests: one-shot commands and a server on port 0.
#![allow(dead_code)] // each test file uses a different part of this module

pub mod browser;

use dhruva_store::Store;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub const DEMO_PASSWORD: &str = "demo-password-for-tests";

/// Settings a developer's shell may carry; a test must see none of them unless it says so.
const INHERITED: &[&str] = &[
    "DHRUVA_DATA_DIR",
    "DHRUVA_DATABASE_URL",
    "DHRUVA_KEY_DIR",
    "DHRUVA_CONFIG",
    "DHRUVA_BIND",
    "DHRUVA_MASTER_KEY",
    "DHRUVA_PASSWORD",
    "DHRUVA_DEMO_PASSWORD",
    "DHRUVA_SECURE_COOKIES",
    "DHRUVA_BEHIND_PROXY",
    "DHRUVA_IDLE_TIMEOUT_MINUTES",
    "DHRUVA_QUICK_EXIT_URL",
    "DHRUVA_LOG_FORMAT",
    "DHRUVA_LOG",
    "DHRUVA_AUDIT_RETENTION_DAYS",
];

/// `dhruva ARGS --data-dir DIR`, with a clean environment and stdin closed.
pub fn dhruva(data_dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dhruva"));
    for var in INHERITED {
        cmd.env_remove(var);
    }
    cmd.args(args).arg("--data-dir").arg(data_dir).stdin(Stdio::null());
    cmd
}

pub struct Run {
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn all_output(&self) -> String {
        format!("{}\n{}", self.stdout, self.stderr)
    }

    pub fn assert_ok(self) -> Run {
        assert!(self.status.success(), "dhruva failed: {}\nstdout:\n{}\nstderr:\n{}", self.status, self.stdout, self.stderr);
        self
    }
}

pub fn run(mut cmd: Command) -> Run {
    let Output { status, stdout, stderr } = cmd.output().expect("the dhruva binary runs");
    Run { status, stdout: String::from_utf8_lossy(&stdout).into_owned(), stderr: String::from_utf8_lossy(&stderr).into_owned() }
}

/// `dhruva demo` with the test password.
pub fn demo(data_dir: &Path) -> Run {
    let mut cmd = dhruva(data_dir, &["demo"]);
    cmd.env("DHRUVA_DEMO_PASSWORD", DEMO_PASSWORD);
    run(cmd).assert_ok()
}

/// A random master key in the form `DHRUVA_MASTER_KEY` takes.
pub fn random_master_key() -> String {
    use base64::Engine;
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// A running `dhruva serve` (or `demo --serve`), killed when dropped.
pub struct Server {
    child: Child,
    pub base: String,
    output: Arc<Mutex<String>>,
    readers: Vec<std::thread::JoinHandle<()>>,
}

/// How long to wait for the listening line before calling the start a failure. Not a
/// performance assertion: a guard so a broken start fails instead of hanging the suite.
const START_GUARD: Duration = Duration::from_secs(300);

impl Server {
    pub fn start(mut cmd: Command) -> Server {
        let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("dhruva starts");
        let output = Arc::new(Mutex::new(String::new()));
        let (found, listening) = mpsc::channel::<String>();

        let stdout = child.stdout.take().expect("piped stdout");
        let out = Arc::clone(&output);
        let stdout_reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(addr) = line.strip_prefix("Dhruva is listening on ") {
                    let _ = found.send(addr.to_owned());
                }
                out.lock().expect("output lock").push_str(&(line + "\n"));
            }
        });
        let mut stderr = child.stderr.take().expect("piped stderr");
        let err = Arc::clone(&output);
        let stderr_reader = std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stderr.read(&mut buf) {
                if n == 0 {
                    break;
                }
                err.lock().expect("output lock").push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });

        match listening.recv_timeout(START_GUARD) {
            Ok(base) => Server { child, base, output, readers: vec![stdout_reader, stderr_reader] },
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("dhruva never printed its listening line; output:\n{}", output.lock().expect("output lock"));
            }
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The server process's id (for reading its `/proc/<pid>/status`).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Everything it printed so far, stdout and stderr.
    pub fn output(&self) -> String {
        self.output.lock().expect("output lock").clone()
    }

    /// Stops it as a service manager would (SIGTERM) and returns how it exited.
    pub fn terminate(mut self) -> (ExitStatus, String) {
        let status = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status().expect("kill runs");
        assert!(status.success(), "could not signal dhruva");
        let exit = self.child.wait().expect("dhruva exits");
        // The readers end at end-of-file, once everything printed while stopping is in.
        for reader in self.readers.drain(..) {
            let _ = reader.join();
        }
        (exit, self.output())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Everything a duplicate would change.
pub async fn census(store: &Store) -> Vec<(String, usize)> {
    let counts = store.counts().await.expect("counts");
    let today = time::OffsetDateTime::now_utc().date();
    let mut rows = vec![
        ("collectives".to_owned(), counts.collectives as usize),
        ("members".to_owned(), counts.members as usize),
        ("accounts".to_owned(), counts.accounts as usize),
        ("partners".to_owned(), store.partners().await.expect("partners").len()),
    ];
    for c in store.collectives().await.expect("collectives") {
        let members = store.members_of_collective(c.id, today).await.expect("members");
        let memberships: usize = members.iter().map(|m| m.memberships.len()).sum();
        rows.push((format!("{} members", c.name), members.len()));
        rows.push((format!("{} memberships", c.name), memberships));
        let mut consents = 0;
        for m in &members {
            consents += store.consents(m.id).await.expect("consents").purposes().len();
        }
        rows.push((format!("{} consents", c.name), consents));
        // Counted without reading anyone's cases: a census writes nothing to the audit log.
        let cases = store.count_cases_of_collective(c.id).await.expect("cases");
        rows.push((format!("{} cases", c.name), cases as usize));
    }
    for username in ["demo-member", "demo-leader", "demo-facilitator", "demo-analyst", "demo-admin"] {
        let account = store.account_by_username(username).await.expect("lookup").expect("account exists");
        rows.push((format!("{username} grants"), store.grants(account.id).await.expect("grants").len()));
    }
    rows
}
