//! `dhruva serve` as a service manager and an API client meet it.

mod common;

use common::{demo, dhruva, random_master_key, run, Server, DEMO_PASSWORD};

#[tokio::test]
async fn serving_on_port_zero_announces_the_real_address_and_stops_cleanly_on_sigterm() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let server = Server::start(dhruva(tmp.path(), &["serve", "--bind", "127.0.0.1:0"]));
    assert!(server.base.starts_with("http://127.0.0.1:"), "{}", server.base);
    assert!(!server.base.ends_with(":0"), "the announced port is the bound one: {}", server.base);

    let health = reqwest::get(server.url("/healthz")).await.expect("healthz answers");
    assert!(health.status().is_success(), "{}", health.status());

    let (status, output) = server.terminate();
    assert!(status.success(), "exit {status} after SIGTERM; output:\n{output}");
    assert!(output.contains("Open http://127.0.0.1:"), "{output}");
}

#[tokio::test]
async fn settings_come_from_the_file_unless_the_environment_overrides_them() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let file = tmp.path().join("dhruva.toml");
    std::fs::write(&file, "bind = \"127.0.0.1:0\"\nsecure_cookies = false\n").expect("write config");
    let config = file.to_str().expect("utf-8 path");

    let from_file = Server::start(dhruva(tmp.path(), &["serve", "--config", config]));
    let (_, output) = from_file.terminate();
    assert!(output.contains("WARNING: secure cookies are OFF"), "{output}");

    let mut overridden = dhruva(tmp.path(), &["serve", "--config", config]);
    overridden.env("DHRUVA_SECURE_COOKIES", "true");
    let (_, output) = Server::start(overridden).terminate();
    assert!(!output.contains("secure cookies are OFF"), "{output}");
}

#[tokio::test]
async fn a_token_made_on_the_command_line_opens_the_api_and_a_made_up_one_does_not() {
    let tmp = tempfile::tempdir().expect("temp dir");
    demo(tmp.path());
    let token = run(dhruva(tmp.path(), &["token", "create", "--user", "demo-leader", "--label", "test"])).assert_ok().stdout;
    let token = token.trim();
    assert!(token.len() >= 20, "a token: {token:?}");

    let server = Server::start(dhruva(tmp.path(), &["serve", "--bind", "127.0.0.1:0"]));
    let client = reqwest::Client::new();
    let url = server.url("/api/v1/collectives");
    let ok = client.get(&url).bearer_auth(token).send().await.expect("api answers");
    assert_eq!(ok.status(), reqwest::StatusCode::OK, "{url}");
    let body: serde_json::Value = ok.json().await.expect("json");
    assert!(body.to_string().contains("Alor Pathe Sangha"), "{body}");

    let refused = client.get(&url).bearer_auth("made-up-token-0000000000").send().await.expect("api answers");
    assert_eq!(refused.status(), reqwest::StatusCode::UNAUTHORIZED);
    let anonymous = client.get(&url).send().await.expect("api answers");
    assert_eq!(anonymous.status(), reqwest::StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn neither_the_master_key_nor_passwords_nor_personal_data_are_ever_printed() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let key = random_master_key();
    let mut load = dhruva(tmp.path(), &["demo"]);
    load.env("DHRUVA_MASTER_KEY", &key).env("DHRUVA_DEMO_PASSWORD", DEMO_PASSWORD);
    let loaded = run(load).assert_ok();

    let mut serve = dhruva(tmp.path(), &["serve", "--bind", "127.0.0.1:0"]);
    serve.env("DHRUVA_MASTER_KEY", &key).env("DHRUVA_LOG", "debug");
    let server = Server::start(serve);
    // A failed and a successful-looking request, to make the server log something.
    let client = reqwest::Client::new();
    let _ = client.get(server.url("/login")).send().await.expect("login page");
    let _ = client.get(server.url("/members/1")).send().await.expect("member page");
    let _ = client.get(server.url("/api/v1/collectives")).bearer_auth(DEMO_PASSWORD).send().await.expect("api");
    let (_, served) = server.terminate();

    for output in [loaded.all_output(), served] {
        assert!(!output.contains(&key), "the master key was printed");
        assert!(!output.contains(DEMO_PASSWORD), "the demo password was printed");
        assert!(!output.contains("Moumita"), "a member's name was printed");
        assert!(!output.contains("9000000"), "a phone number was printed");
    }
}

#[tokio::test]
async fn on_postgresql_it_serves_the_demo_and_its_api_the_same_way() {
    let Some(db) = dhruva_store::testing::TestDb::postgres().await else {
        eprintln!("SKIPPED: DHRUVA_TEST_POSTGRES_URL is not set (scripts/test sets it)");
        return;
    };
    let tmp = tempfile::tempdir().expect("temp dir");
    let with_db = |args: &[&str]| {
        let mut cmd = dhruva(tmp.path(), args);
        cmd.arg("--database-url").arg(db.url.expose()).env("DHRUVA_MASTER_KEY", db.master_key.expose());
        cmd
    };
    let mut load = with_db(&["demo"]);
    load.env("DHRUVA_DEMO_PASSWORD", DEMO_PASSWORD);
    run(load).assert_ok();
    let token = run(with_db(&["token", "create", "--user", "demo-analyst"])).assert_ok().stdout;

    let server = Server::start(with_db(&["serve", "--bind", "127.0.0.1:0"]));
    assert!(reqwest::get(server.url("/healthz")).await.expect("healthz").status().is_success());
    let collectives = reqwest::Client::new().get(server.url("/api/v1/collectives")).bearer_auth(token.trim()).send().await.expect("api answers");
    assert_eq!(collectives.status(), reqwest::StatusCode::OK);
    assert!(collectives.text().await.expect("body").contains("Chiguru Sangham"));
    let (status, output) = server.terminate();
    assert!(status.success(), "{output}");
    assert!(!output.contains(db.master_key.expose().as_str()), "the master key was printed");
}

#[tokio::test]
async fn the_first_start_with_claims_releases_the_figures_once_and_the_next_start_does_not() {
    let tmp = tempfile::tempdir().expect("temp dir");
    demo(tmp.path());
    let first = Server::start(dhruva(tmp.path(), &["serve", "--bind", "127.0.0.1:0"]));
    let (status, output) = first.terminate();
    assert!(status.success(), "{output}");
    assert!(output.contains("the first release of the compensation figures was made"), "{output}");
    // A month has not passed: neither the start nor the schedule makes another.
    let again = Server::start(dhruva(tmp.path(), &["serve", "--bind", "127.0.0.1:0", "--figures-every-days", "30"]));
    let (_, output) = again.terminate();
    assert!(!output.contains("compensation figures released"), "{output}");
}
