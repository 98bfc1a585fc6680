//! The command line as an operator meets it: refusals, the master key, account commands.

mod common;

use common::{dhruva, random_master_key, run};
use std::os::unix::fs::PermissionsExt;
use std::process::Stdio;

#[test]
fn an_unknown_database_url_is_refused_clearly_and_nothing_is_created() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    for command in ["serve", "demo", "migrate"] {
        let r = run(dhruva(&data, &[command, "--database-url", "mysql://dhruva:hunter2-secret@db.example/dhruva"]));
        assert!(!r.status.success(), "{command} accepted a mysql URL");
        assert!(r.stderr.contains("not supported"), "{command}: {}", r.stderr);
        assert!(r.stderr.contains("sqlite://") && r.stderr.contains("postgres://"), "{command}: {}", r.stderr);
        assert!(!r.all_output().contains("hunter2"), "{command} printed the password: {}", r.all_output());
        assert!(!data.exists(), "{command} created the data directory");
    }
    assert_eq!(std::fs::read_dir(tmp.path()).expect("readable").count(), 0, "something was created");
}

#[test]
fn a_bare_file_name_is_not_taken_for_a_database_url() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let r = run(dhruva(&tmp.path().join("data"), &["migrate", "--database-url", "dhruva.db"]));
    assert!(!r.status.success());
    assert!(r.stderr.contains("refused"), "{}", r.stderr);
    assert!(!tmp.path().join("data").exists());
}

#[test]
fn an_unreachable_postgres_is_reported_without_its_password() {
    let tmp = tempfile::tempdir().expect("temp dir");
    // Port 9 (discard) on loopback: nothing listens there.
    let r = run(dhruva(&tmp.path().join("data"), &["migrate", "--database-url", "postgres://dhruva:pg-secret-77@127.0.0.1:9/dhruva"]));
    assert!(!r.status.success());
    assert!(r.stderr.contains("cannot open the database postgres://dhruva:***@127.0.0.1:9/dhruva"), "{}", r.stderr);
    assert!(!r.all_output().contains("pg-secret-77"), "{}", r.all_output());
}

#[test]
fn the_first_start_creates_an_owner_only_master_key_and_says_to_back_it_up() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    let first = run(dhruva(&data, &["migrate"])).assert_ok();
    let key_file = data.join("master.key");
    let mode = std::fs::metadata(&key_file).expect("key file exists").permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "key file mode {mode:o}");
    let data_mode = std::fs::metadata(&data).expect("data dir").permissions().mode();
    assert_eq!(data_mode & 0o077, 0, "data dir mode {data_mode:o}");
    assert!(first.stderr.contains("new master key"), "{}", first.stderr);
    assert!(first.stderr.contains("Back it up"), "{}", first.stderr);

    let key = std::fs::read_to_string(&key_file).expect("key readable");
    assert!(!first.all_output().contains(key.trim()), "the key was printed");

    let second = run(dhruva(&data, &["migrate"])).assert_ok();
    assert!(!second.stderr.contains("new master key"), "{}", second.stderr);
    assert_eq!(std::fs::read_to_string(&key_file).expect("key readable"), key, "the key changed");
}

#[test]
fn a_master_key_from_the_environment_is_used_and_neither_written_nor_printed() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    let key = random_master_key();
    let mut cmd = dhruva(&data, &["migrate"]);
    cmd.env("DHRUVA_MASTER_KEY", &key);
    let r = run(cmd).assert_ok();
    assert!(!data.join("master.key").exists());
    assert!(!r.all_output().contains(&key));
}

#[test]
fn a_malformed_master_key_is_refused_without_being_echoed() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut cmd = dhruva(&tmp.path().join("data"), &["migrate"]);
    cmd.env("DHRUVA_MASTER_KEY", "not-base64-but-secret-ish");
    let r = run(cmd);
    assert!(!r.status.success());
    assert!(r.stderr.contains("DHRUVA_MASTER_KEY is not a valid master key"), "{}", r.stderr);
    assert!(!r.all_output().contains("secret-ish"));
}

#[test]
fn a_configuration_file_with_a_misspelt_setting_is_refused() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let file = tmp.path().join("dhruva.toml");
    std::fs::write(&file, "secure_cookie = false\n").expect("write config");
    let r = run(dhruva(&tmp.path().join("data"), &["migrate", "--config", file.to_str().expect("utf-8 path")]));
    assert!(!r.status.success());
    assert!(r.stderr.contains("dhruva.toml is not valid"), "{}", r.stderr);
    assert!(r.stderr.contains("secure_cookie"), "{}", r.stderr);
}

#[test]
fn a_leader_account_without_its_collective_is_refused_before_any_password_is_asked() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let r = run(dhruva(&tmp.path().join("data"), &["user", "add", "--username", "asha", "--role", "leader"]));
    assert!(!r.status.success());
    assert!(r.stderr.contains("needs --collective"), "{}", r.stderr);
    let r = run(dhruva(&tmp.path().join("data"), &["user", "add", "--username", "asha", "--role", "member"]));
    assert!(r.stderr.contains("needs --member CODE"), "{}", r.stderr);
    let r = run(dhruva(&tmp.path().join("data"), &["user", "add", "--username", "asha", "--role", "leader", "--collective", "Nowhere"]));
    assert!(r.stderr.contains("there is no collective \"Nowhere\""), "{}", r.stderr);
}

#[test]
fn a_password_shorter_than_ten_characters_is_refused() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut cmd = dhruva(&tmp.path().join("data"), &["user", "add", "--username", "ops", "--role", "admin"]);
    cmd.env("DHRUVA_PASSWORD", "short");
    let r = run(cmd);
    assert!(!r.status.success());
    assert!(r.stderr.contains("at least 10 characters"), "{}", r.stderr);
}

#[test]
fn accounts_can_be_added_given_new_passwords_disabled_and_enabled() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    let mut add = dhruva(&data, &["user", "add", "--username", "ops", "--role", "admin"]);
    add.env("DHRUVA_PASSWORD", "a-long-admin-password");
    let r = run(add).assert_ok();
    assert!(r.stdout.contains("Created the account ops"), "{}", r.stdout);
    assert!(!r.all_output().contains("a-long-admin-password"));

    let mut again = dhruva(&data, &["user", "add", "--username", "ops", "--role", "admin"]);
    again.env("DHRUVA_PASSWORD", "a-long-admin-password");
    let r = run(again);
    assert!(!r.status.success());
    assert!(r.stderr.contains("already exists"), "{}", r.stderr);

    // A password piped on standard input, as a script would.
    let mut passwd = dhruva(&data, &["user", "passwd", "ops"]);
    passwd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = passwd.spawn().expect("starts");
    use std::io::Write;
    child.stdin.take().expect("stdin").write_all(b"another-long-password\n").expect("write");
    let out = child.wait_with_output().expect("finishes");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    run(dhruva(&data, &["user", "disable", "ops"])).assert_ok();
    let r = run(dhruva(&data, &["token", "create", "--user", "ops"]));
    assert!(!r.status.success());
    assert!(r.stderr.contains("ops is disabled"), "{}", r.stderr);
    run(dhruva(&data, &["user", "enable", "ops"])).assert_ok();
    let r = run(dhruva(&data, &["token", "create", "--user", "ops"])).assert_ok();
    assert_eq!(r.stdout.lines().count(), 1, "the token is alone on stdout: {}", r.stdout);

    let r = run(dhruva(&data, &["user", "passwd", "nobody"]));
    assert!(r.stderr.contains("there is no account named nobody"), "{}", r.stderr);
}
