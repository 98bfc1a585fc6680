//! `dhruva setup`: the first start of a real deployment, as an operator meets it.

mod common;

use common::{dhruva, run, Server};
use reqwest::header::{HeaderValue, CONTENT_TYPE, COOKIE, SET_COOKIE};

const PASSWORD: &str = "a-long-coordinator-password";

fn setup(data: &std::path::Path, name: &str, username: &str, password: &str) -> common::Run {
    let mut cmd = dhruva(data, &["setup", "--name", name, "--username", username]);
    cmd.env("DHRUVA_PASSWORD", password);
    run(cmd)
}

/// Logs in with a form as a browser would; the status of the login's answer and the home page.
async fn log_in(base: &str, username: &str, password: &str) -> (u16, String) {
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
    let cookies = |r: &reqwest::Response| -> Vec<String> {
        r.headers().get_all(SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).map(|l| l.split(';').next().unwrap_or("").to_owned()).collect()
    };
    let form = http.get(format!("{base}/login")).send().await.expect("login page");
    let mut jar = cookies(&form);
    let body = form.text().await.expect("body");
    let at = body.find("name=\"csrf\" value=\"").expect("the login form's token") + "name=\"csrf\" value=\"".len();
    let token = body[at..].split('"').next().expect("token").to_owned();
    let r = http
        .post(format!("{base}/login"))
        .header(COOKIE, HeaderValue::from_str(&jar.join("; ")).expect("cookie"))
        .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(format!("csrf={token}&login={username}&password={password}"))
        .send()
        .await
        .expect("POST /login");
    let status = r.status().as_u16();
    jar.extend(cookies(&r));
    let home = http.get(format!("{base}/")).header(COOKIE, HeaderValue::from_str(&jar.join("; ")).expect("cookie")).send().await.expect("home");
    (status, home.text().await.expect("home body"))
}

#[test]
fn setup_on_an_empty_deployment_creates_the_federation_and_a_second_setup_is_refused() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    let r = setup(&data, "Sampoorna Federation", "coord", PASSWORD).assert_ok();
    assert!(r.stdout.contains("Sampoorna Federation"), "{}", r.stdout);
    assert!(!r.all_output().contains(PASSWORD), "the password was printed");

    let again = setup(&data, "Another Federation", "coord2", PASSWORD);
    assert!(!again.status.success(), "a second setup must fail");
    assert_eq!(again.stderr.trim().lines().count(), 1, "one line: {}", again.stderr);
    assert!(again.stderr.contains("already set up"), "{}", again.stderr);
    // Nothing was created by the refused run: its username is still free.
    let mut add = dhruva(&data, &["user", "add", "--username", "coord2", "--role", "coordinator"]);
    add.env("DHRUVA_PASSWORD", PASSWORD);
    run(add).assert_ok();
}

#[test]
fn a_password_the_store_refuses_leaves_the_deployment_empty() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    let r = setup(&data, "Sampoorna Federation", "coord", "short");
    assert!(!r.status.success());
    assert!(r.stderr.contains("at least 10 characters"), "{}", r.stderr);
    // Still empty: setting it up now works.
    setup(&data, "Sampoorna Federation", "coord", PASSWORD).assert_ok();
}

#[tokio::test]
async fn serve_on_an_empty_deployment_says_to_run_setup_and_the_coordinator_can_log_in_after_it() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    let mut serve = dhruva(&data, &["serve", "--bind", "127.0.0.1:0", "--secure-cookies", "false"]);
    serve.env("DHRUVA_LOG", "warn");
    let server = Server::start(serve);
    let (_, said) = server.terminate();
    assert_eq!(said.matches("dhruva setup").count(), 1, "{said}");

    setup(&data, "Sampoorna Federation", "coord", PASSWORD).assert_ok();
    let server = Server::start(dhruva(&data, &["serve", "--bind", "127.0.0.1:0", "--secure-cookies", "false"]));
    let base = server.base.trim_end_matches('/').to_owned();
    let (status, home) = log_in(&base, "coord", PASSWORD).await;
    assert_eq!(status, 303, "the coordinator logs in");
    assert!(home.contains("federation coordinator"), "her home names her role: {home}");
    let (status, _) = log_in(&base, "coord", "not-the-password-at-all").await;
    assert_ne!(status, 303, "a wrong password does not log in");
    let (_, said) = server.terminate();
    assert!(!said.contains("dhruva setup"), "a set-up deployment is not told to set up: {said}");
}

#[tokio::test]
async fn setup_records_the_federations_names_and_states_and_refuses_an_unknown_state() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    let with = |states: &str| {
        let mut cmd = dhruva(
            &data,
            &[
                "setup",
                "--name",
                "Sampoorna Federation",
                "--name-bn",
                "সম্পূর্ণা মহাসংঘ",
                "--name-hi",
                "सम्पूर्णा महासंघ",
                "--name-te",
                "సంపూర్ణ సమాఖ్య",
                "--states",
                states,
                "--username",
                "coord",
                "--language",
                "bn",
            ],
        );
        cmd.env("DHRUVA_PASSWORD", PASSWORD);
        run(cmd)
    };
    let refused = with("WB,XX");
    assert!(!refused.status.success(), "an unknown state is refused");
    // (The first run also announces the new master key; the refusal is its last line.)
    let said = refused.stderr.trim().lines().last().unwrap_or("");
    assert!(said.contains("--states: XX is not a state code") && said.contains("nothing was changed"), "{}", refused.stderr);
    let long = "অ".repeat(201);
    let mut too_long = dhruva(&data, &["setup", "--name", "Sampoorna Federation", "--name-bn", &long, "--username", "coord"]);
    too_long.env("DHRUVA_PASSWORD", PASSWORD);
    let too_long = run(too_long);
    assert!(!too_long.status.success() && too_long.stderr.contains("--name-bn"), "{}", too_long.stderr);

    // Nothing was written by the refused runs: the same setup with known states works.
    let r = with("wb, JH").assert_ok();
    assert!(r.stdout.contains("সম্পূর্ণা মহাসংঘ"), "named in the coordinator's language: {}", r.stdout);
    assert!(r.stdout.contains("JH, WB"), "{}", r.stdout);
    let again = with("WB");
    assert!(!again.status.success() && again.stderr.contains("already set up"), "{}", again.stderr);

    // The coordinator sees the federation's name in her language (Bengali) on her home.
    let server = Server::start(dhruva(&data, &["serve", "--bind", "127.0.0.1:0", "--secure-cookies", "false"]));
    let base = server.base.trim_end_matches('/').to_owned();
    let (status, home) = log_in(&base, "coord", PASSWORD).await;
    assert_eq!(status, 303);
    assert!(home.contains("href=\"/partners\""), "her home links the partners: {home}");
    assert!(home.contains("সম্পূর্ণা মহাসংঘ"), "the federation's name in her language: {home}");
    server.terminate();
}
