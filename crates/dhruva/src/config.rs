//! Settings, merged once: flags > `DHRUVA_*` environment (both already merged by clap) >
//! the optional TOML file > defaults. The rest of the binary only sees [`StoreSettings`]
//! and [`WebSettings`], never where a value came from.

use crate::cli::{LogFormat, StoreArgs, WebArgs};
use anyhow::{bail, Context, Result};
use dhruva_store::{DatabaseUrl, StoreError};
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

const DEFAULT_DATA_DIR: &str = "./dhruva-data";
const DEFAULT_BIND: &str = "127.0.0.1:8080";
const DEFAULT_IDLE_MINUTES: u64 = 30;
/// A day: longer than that, "sessions on shared phones expire" would mean nothing.
const MAX_IDLE_MINUTES: u64 = 24 * 60;
const DEFAULT_LIFETIME_HOURS: u64 = 12;
/// A week: a session that outlives that is a stolen cookie's gift.
const MAX_LIFETIME_HOURS: u64 = 7 * 24;
/// A metrics token shorter than this is guessable.
const MIN_METRICS_TOKEN: usize = 24;

/// The TOML file: the same settings as the flags, in snake case. Unknown keys are refused,
/// because a misspelt `secure_cookies` silently ignored is worse than an error.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub data_dir: Option<PathBuf>,
    pub database_url: Option<String>,
    pub key_dir: Option<PathBuf>,
    pub bind: Option<SocketAddr>,
    pub idle_timeout_minutes: Option<u64>,
    pub session_lifetime_hours: Option<u64>,
    /// The bearer token `/metrics` asks for (`DHRUVA_METRICS_TOKEN`); none: `/metrics` is 404.
    pub metrics_token: Option<String>,
    pub secure_cookies: Option<bool>,
    pub behind_proxy: Option<bool>,
    pub quick_exit_url: Option<String>,
    pub log_format: Option<LogFormat>,
    /// Days audit entries are kept (`dhruva audit prune`, and daily while serving).
    pub audit_retention_days: Option<u32>,
    /// Minutes between reminder passes while serving (`DHRUVA_REMINDER_INTERVAL_MINUTES`).
    pub reminder_interval_minutes: Option<u64>,
    /// `off` or `log` (`DHRUVA_REMINDER_SMS`): no SMS gateway exists yet, only the log.
    pub reminder_sms: Option<String>,
    /// `off` or `log` (`DHRUVA_REMINDER_EMAIL`).
    pub reminder_email: Option<String>,
    /// Days between scheduled releases of the compensation figures (`DHRUVA_FIGURES_EVERY_DAYS`).
    pub figures_every_days: Option<u32>,
}

impl FileConfig {
    /// Reads the file named by `--config`/`DHRUVA_CONFIG`, or nothing when none is named.
    pub fn load(path: Option<&Path>) -> Result<FileConfig> {
        let Some(path) = path else {
            return Ok(FileConfig::default());
        };
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read the configuration file {}", path.display()))?;
        // toml's messages quote the offending line, which may hold a database password.
        toml::from_str(&text).map_err(|e| {
            let at = e.span().map(|s| format!(" (at byte {})", s.start)).unwrap_or_default();
            anyhow::anyhow!("the configuration file {} is not valid{at}: {}", path.display(), e.message())
        })
    }
}

/// Where the data is and how to reach it.
#[derive(Debug)]
pub struct StoreSettings {
    pub data_dir: PathBuf,
    pub key_dir: PathBuf,
    /// Checked; prints only redacted.
    pub database_url: DatabaseUrl,
}

impl StoreSettings {
    pub fn resolve(args: &StoreArgs, file: &FileConfig) -> Result<StoreSettings> {
        let data_dir = args.data_dir.clone().or_else(|| file.data_dir.clone()).unwrap_or_else(|| PathBuf::from(DEFAULT_DATA_DIR));
        let key_dir = args.key_dir.clone().or_else(|| file.key_dir.clone()).unwrap_or_else(|| data_dir.clone());
        let database_url = match args.database_url.as_deref().or(file.database_url.as_deref()) {
            Some(url) => parse_database_url(url)?,
            None => DatabaseUrl::sqlite_in(&data_dir),
        };
        Ok(StoreSettings { data_dir, key_dir, database_url })
    }
}

/// Checks a database URL. The store's reasons never quote the URL (it may carry a
/// password); a test below keeps that true.
pub fn parse_database_url(url: &str) -> Result<DatabaseUrl> {
    DatabaseUrl::parse(url).map_err(|e| {
        let why = match e {
            StoreError::UnsupportedUrl(why) => why,
            _ => "it could not be read".to_owned(),
        };
        anyhow::anyhow!("the database URL was refused: {why}. Nothing was created.")
    })
}

/// How the web service behaves.
#[derive(Debug, Clone)]
pub struct WebSettings {
    pub bind: SocketAddr,
    pub config: dhruva_web::WebConfig,
    pub reminders: ReminderSettings,
    /// How old the latest release of the compensation figures may get before `serve` makes
    /// the next one.
    pub figures_every: Duration,
}

const DEFAULT_REMINDER_MINUTES: u64 = 60;
/// Monthly: often enough for advocacy, rarely enough that each release moves by many claims.
const DEFAULT_FIGURES_EVERY_DAYS: u32 = 30;
/// A release older than a year is no longer "the figures" of anything.
const MAX_FIGURES_EVERY_DAYS: u32 = 366;

/// A channel for reminders besides in-app. Only the logging stand-in exists: a deployment
/// that wants real SMS or email plugs a `Notifier` in here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChannelSetting {
    Off,
    Log,
}

/// How the reminder runner behaves while serving.
#[derive(Debug, Clone)]
pub struct ReminderSettings {
    pub every: Duration,
    pub sms: ChannelSetting,
    pub email: ChannelSetting,
}

impl ReminderSettings {
    /// Environment over the file over defaults (hourly, in-app only). `env` is the lookup, so
    /// tests need not touch the process environment.
    pub fn resolve(file: &FileConfig, env: impl Fn(&str) -> Option<String>) -> Result<ReminderSettings> {
        let minutes = match env("DHRUVA_REMINDER_INTERVAL_MINUTES") {
            Some(v) => v.trim().parse::<u64>().map_err(|_| anyhow::anyhow!("DHRUVA_REMINDER_INTERVAL_MINUTES must be a number of minutes"))?,
            None => file.reminder_interval_minutes.unwrap_or(DEFAULT_REMINDER_MINUTES),
        };
        if !(1..=MAX_IDLE_MINUTES).contains(&minutes) {
            bail!("the reminder interval must be between 1 and {MAX_IDLE_MINUTES} minutes (it was {minutes})");
        }
        let channel = |var: &str, from_file: &Option<String>| -> Result<ChannelSetting> {
            match env(var).or_else(|| from_file.clone()).as_deref().map(str::trim) {
                None | Some("off") | Some("") => Ok(ChannelSetting::Off),
                Some("log") => Ok(ChannelSetting::Log),
                Some(_) => bail!("{var} must be off or log (no other SMS or email gateway is built in)"),
            }
        };
        Ok(ReminderSettings {
            every: Duration::from_secs(minutes * 60),
            sms: channel("DHRUVA_REMINDER_SMS", &file.reminder_sms)?,
            email: channel("DHRUVA_REMINDER_EMAIL", &file.reminder_email)?,
        })
    }
}

impl WebSettings {
    pub fn resolve(args: &WebArgs, file: &FileConfig) -> Result<WebSettings> {
        let bind = match args.bind.or(file.bind) {
            Some(b) => b,
            None => DEFAULT_BIND.parse().context("the default bind address is malformed")?,
        };
        let minutes = args.idle_timeout_minutes.or(file.idle_timeout_minutes).unwrap_or(DEFAULT_IDLE_MINUTES);
        if !(1..=MAX_IDLE_MINUTES).contains(&minutes) {
            bail!("the idle timeout must be between 1 and {MAX_IDLE_MINUTES} minutes (it was {minutes})");
        }
        let hours = args.session_lifetime_hours.or(file.session_lifetime_hours).unwrap_or(DEFAULT_LIFETIME_HOURS);
        if !(1..=MAX_LIFETIME_HOURS).contains(&hours) {
            bail!("the session lifetime must be between 1 and {MAX_LIFETIME_HOURS} hours (it was {hours})");
        }
        let metrics_token = metrics_token(file, |k| std::env::var(k).ok())?;
        let defaults = dhruva_web::WebConfig::default();
        let quick_exit_url = args.quick_exit_url.clone().or_else(|| file.quick_exit_url.clone()).unwrap_or(defaults.quick_exit_url);
        if !(quick_exit_url.starts_with("https://") || quick_exit_url.starts_with("http://")) {
            bail!("the quick exit URL must be a full http:// or https:// address, such as https://www.google.com");
        }
        let reminders = ReminderSettings::resolve(file, |k| std::env::var(k).ok())?;
        let config = dhruva_web::WebConfig {
            idle_timeout: Duration::from_secs(minutes * 60),
            secure_cookies: args.secure_cookies.or(file.secure_cookies).unwrap_or(defaults.secure_cookies),
            behind_proxy: args.behind_proxy.or(file.behind_proxy).unwrap_or(defaults.behind_proxy),
            quick_exit_url,
            session_lifetime: Duration::from_secs(hours * 60 * 60),
            metrics_token,
            reminder_sms: reminders.sms != ChannelSetting::Off,
            reminder_email: reminders.email != ChannelSetting::Off,
            ..defaults
        };
        let figures_days = args.figures_every_days.or(file.figures_every_days).unwrap_or(DEFAULT_FIGURES_EVERY_DAYS);
        if !(1..=MAX_FIGURES_EVERY_DAYS).contains(&figures_days) {
            bail!("the days between releases of the figures must be between 1 and {MAX_FIGURES_EVERY_DAYS} (it was {figures_days})");
        }
        let figures_every = Duration::from_secs(u64::from(figures_days) * 24 * 60 * 60);
        Ok(WebSettings { bind, config, reminders, figures_every })
    }
}

/// `DHRUVA_METRICS_TOKEN` over the file's `metrics_token`. Not a flag: a flag shows in `ps`.
fn metrics_token(file: &FileConfig, env: impl Fn(&str) -> Option<String>) -> Result<Option<dhruva_core::Sensitive<String>>> {
    let Some(token) = env("DHRUVA_METRICS_TOKEN").or_else(|| file.metrics_token.clone()) else { return Ok(None) };
    let token = token.trim().to_owned();
    if token.is_empty() {
        return Ok(None);
    }
    if token.len() < MIN_METRICS_TOKEN || !token.bytes().all(|b| b.is_ascii_graphic()) {
        bail!("the metrics token must be at least {MIN_METRICS_TOKEN} printable characters without spaces (try: openssl rand -hex 24)");
    }
    Ok(Some(dhruva_core::Sensitive::new(token)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_args() -> (StoreArgs, WebArgs) {
        (
            StoreArgs { data_dir: None, database_url: None, key_dir: None, config: None },
            WebArgs {
                bind: None,
                idle_timeout_minutes: None,
                session_lifetime_hours: None,
                secure_cookies: None,
                behind_proxy: None,
                quick_exit_url: None,
                figures_every_days: None,
            },
        )
    }

    #[test]
    fn flags_win_over_the_file_and_the_file_over_defaults() {
        let (_, mut web) = no_args();
        let file: FileConfig = toml::from_str("idle_timeout_minutes = 10\nsecure_cookies = false\nbind = \"0.0.0.0:9000\"").expect("valid toml");
        web.idle_timeout_minutes = Some(5);
        let s = WebSettings::resolve(&web, &file).expect("valid");
        assert_eq!(s.config.idle_timeout, Duration::from_secs(300));
        assert!(!s.config.secure_cookies);
        assert_eq!(s.bind.to_string(), "0.0.0.0:9000");
        assert!(!s.config.behind_proxy);
    }

    #[test]
    fn reminders_run_hourly_in_app_only_unless_told_otherwise() {
        let none = |_: &str| None;
        let s = ReminderSettings::resolve(&FileConfig::default(), none).expect("defaults");
        assert_eq!(s.every, Duration::from_secs(3600));
        assert_eq!((s.sms, s.email), (ChannelSetting::Off, ChannelSetting::Off));
        let file: FileConfig = toml::from_str("reminder_interval_minutes = 15\nreminder_sms = \"log\"").expect("valid toml");
        let env = |k: &str| (k == "DHRUVA_REMINDER_EMAIL").then(|| "log".to_owned());
        let s = ReminderSettings::resolve(&file, env).expect("valid");
        assert_eq!(s.every, Duration::from_secs(900));
        assert_eq!((s.sms, s.email), (ChannelSetting::Log, ChannelSetting::Log));
        let bad = |k: &str| (k == "DHRUVA_REMINDER_SMS").then(|| "twilio".to_owned());
        assert!(ReminderSettings::resolve(&FileConfig::default(), bad).is_err());
    }

    #[test]
    fn figures_are_released_monthly_unless_the_flag_or_the_file_says_otherwise() {
        let (_, mut web) = no_args();
        let day = Duration::from_secs(24 * 60 * 60);
        assert_eq!(WebSettings::resolve(&web, &FileConfig::default()).expect("defaults").figures_every, day * 30);
        let file: FileConfig = toml::from_str("figures_every_days = 7").expect("valid toml");
        assert_eq!(WebSettings::resolve(&web, &file).expect("valid").figures_every, day * 7);
        web.figures_every_days = Some(14);
        assert_eq!(WebSettings::resolve(&web, &file).expect("valid").figures_every, day * 14);
        web.figures_every_days = Some(0);
        assert!(WebSettings::resolve(&web, &file).is_err(), "zero would make a release at every pass");
    }

    #[test]
    fn unknown_keys_in_the_file_are_refused() {
        assert!(toml::from_str::<FileConfig>("secure_cookie = false").is_err());
    }

    #[test]
    fn sessions_live_twelve_hours_unless_told_otherwise_and_never_zero_or_for_ever() {
        let (_, mut web) = no_args();
        let s = WebSettings::resolve(&web, &FileConfig::default()).expect("defaults");
        assert_eq!(s.config.session_lifetime, Duration::from_secs(12 * 3600));
        let file: FileConfig = toml::from_str("session_lifetime_hours = 4").expect("valid toml");
        assert_eq!(WebSettings::resolve(&web, &file).expect("valid").config.session_lifetime, Duration::from_secs(4 * 3600));
        for hours in [0, 24 * 365] {
            web.session_lifetime_hours = Some(hours);
            assert!(WebSettings::resolve(&web, &FileConfig::default()).is_err(), "{hours}");
        }
    }

    #[test]
    fn the_metrics_token_comes_from_the_environment_or_the_file_and_must_be_long() {
        let none = |_: &str| None;
        assert!(metrics_token(&FileConfig::default(), none).expect("none").is_none());
        let file: FileConfig = toml::from_str("metrics_token = \"from-the-file-0123456789abcdef\"").expect("valid toml");
        let token = metrics_token(&file, none).expect("valid").expect("some");
        assert_eq!(token.expose(), "from-the-file-0123456789abcdef");
        assert_eq!(format!("{token:?}"), "[redacted]");
        let env = |k: &str| (k == "DHRUVA_METRICS_TOKEN").then(|| "from-the-environment-0123456789".to_owned());
        assert_eq!(metrics_token(&file, env).expect("valid").expect("some").expose(), "from-the-environment-0123456789");
        let short = |_: &str| Some("secret".to_owned());
        assert!(metrics_token(&FileConfig::default(), short).is_err());
    }

    #[test]
    fn an_idle_timeout_of_zero_is_refused() {
        let (_, mut web) = no_args();
        web.idle_timeout_minutes = Some(0);
        assert!(WebSettings::resolve(&web, &FileConfig::default()).is_err());
    }

    #[test]
    fn a_refused_database_url_never_echoes_its_password() {
        let err = parse_database_url("mysql://dhruva:hunter2-secret@db/dhruva").expect_err("refused");
        let text = format!("{err:#}");
        assert!(text.contains("not supported"), "{text}");
        assert!(!text.contains("hunter2"), "{text}");
    }
}
