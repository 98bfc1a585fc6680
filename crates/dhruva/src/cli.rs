//! The command line. Every setting can also come from a `DHRUVA_*` environment variable
//! (clap's `env`) or the TOML file; `config.rs` merges them. Nothing here has a default
//! value, so that "not given" stays distinguishable from "given as the default" and the
//! file can fill the gap.
//!
//! Secrets (passwords, the master key) are deliberately *not* flags: command lines end up
//! in shell history and in `ps` output for every user of the machine.

use clap::builder::BoolishValueParser;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(name = "dhruva", version, about = "Dhruva: a self-hosted platform for survivor-led collectives")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// Log format: `pretty` for people, `json` for log collectors.
    #[arg(long, global = true, env = "DHRUVA_LOG_FORMAT", value_enum)]
    pub log_format: Option<LogFormat>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web service.
    Serve {
        #[command(flatten)]
        store: StoreArgs,
        #[command(flatten)]
        web: WebArgs,
        #[command(flatten)]
        retention: crate::audit::RetentionArgs,
    },
    /// Fill the deployment with clearly fictional demo data and demo accounts.
    Demo {
        #[command(flatten)]
        store: StoreArgs,
        /// Start serving once the demo data is loaded.
        #[arg(long)]
        serve: bool,
        #[command(flatten)]
        web: WebArgs,
        #[command(flatten)]
        retention: crate::audit::RetentionArgs,
    },
    /// First start: create the federation and its first coordinator account (once only).
    /// The password comes from `DHRUVA_PASSWORD` or is asked for.
    Setup {
        /// The federation's name (in English).
        #[arg(long)]
        name: String,
        /// The federation's name in Bengali.
        #[arg(long)]
        name_bn: Option<String>,
        /// The federation's name in Hindi.
        #[arg(long)]
        name_hi: Option<String>,
        /// The federation's name in Telugu.
        #[arg(long)]
        name_te: Option<String>,
        /// The states it works in, as codes separated by commas (WB,JH,...; the codes of
        /// data/india-districts.csv).
        #[arg(long)]
        states: Option<String>,
        /// The username of the federation's first coordinator.
        #[arg(long)]
        username: String,
        /// The coordinator's language.
        #[arg(long, value_enum, default_value = "en")]
        language: LanguageArg,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Manage API tokens.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Act on a member's written request (her rights), as the operator.
    Member {
        #[command(subcommand)]
        command: MemberCommand,
    },
    /// Bring the database schema up to date and exit.
    Migrate {
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Write an encrypted backup of the whole deployment; safe while it is serving.
    Backup(crate::backup::BackupArgs),
    /// Restore a backup into an empty deployment (same master key, same Dhruva version).
    Restore(crate::backup::RestoreArgs),
    /// Verify the audit log, list whose data an account touched, prune old entries.
    Audit {
        #[command(subcommand)]
        command: crate::audit::AuditCommand,
    },
}

/// Where the data lives. Shared by every command that opens the database.
#[derive(Debug, Clone, Args)]
pub struct StoreArgs {
    /// Directory for the SQLite database and the master key file [default: ./dhruva-data].
    #[arg(long, env = "DHRUVA_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// `sqlite://PATH` or `postgres://USER@HOST/DB` [default: dhruva.db in the data dir].
    #[arg(long, env = "DHRUVA_DATABASE_URL", value_name = "URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// Directory holding `master.key` [default: the data dir]. Put it outside what you back
    /// up with the database, so a stolen backup is unreadable.
    #[arg(long, env = "DHRUVA_KEY_DIR", value_name = "DIR")]
    pub key_dir: Option<PathBuf>,
    /// A TOML file with the same settings (lower priority than flags and environment).
    #[arg(long, env = "DHRUVA_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// How the web service behaves.
#[derive(Debug, Clone, Args)]
pub struct WebArgs {
    /// Address to listen on [default: 127.0.0.1:8080]; port 0 picks a free port.
    #[arg(long, env = "DHRUVA_BIND", value_name = "ADDR")]
    pub bind: Option<SocketAddr>,
    /// Minutes of inactivity after which a session ends [default: 30].
    #[arg(long, env = "DHRUVA_IDLE_TIMEOUT_MINUTES", value_name = "MINUTES")]
    pub idle_timeout_minutes: Option<u64>,
    /// Hours after login at which a session ends however active it is [default: 12].
    #[arg(long, env = "DHRUVA_SESSION_LIFETIME_HOURS", value_name = "HOURS")]
    pub session_lifetime_hours: Option<u64>,
    /// Mark session cookies `Secure` [default: true]. Turn off only for plain HTTP on a
    /// trusted network.
    #[arg(long, env = "DHRUVA_SECURE_COOKIES", value_name = "BOOL", action = clap::ArgAction::Set, value_parser = BoolishValueParser::new())]
    pub secure_cookies: Option<bool>,
    /// Trust `X-Forwarded-For` for the client address [default: false]. Only behind a reverse
    /// proxy that sets it, or anyone can pretend to be anyone.
    #[arg(long, env = "DHRUVA_BEHIND_PROXY", value_name = "BOOL", action = clap::ArgAction::Set, value_parser = BoolishValueParser::new())]
    pub behind_proxy: Option<bool>,
    /// Where "quick exit" sends someone: a neutral site.
    #[arg(long, env = "DHRUVA_QUICK_EXIT_URL", value_name = "URL")]
    pub quick_exit_url: Option<String>,
    /// Days between scheduled releases of the compensation figures [default: 30].
    #[arg(long, env = "DHRUVA_FIGURES_EVERY_DAYS", value_name = "DAYS")]
    pub figures_every_days: Option<u32>,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account. The password comes from `DHRUVA_PASSWORD` or is asked for.
    Add {
        #[arg(long)]
        username: String,
        #[arg(long, value_enum)]
        role: RoleArg,
        /// The collective a leader leads (name or id).
        #[arg(long, value_name = "NAME|ID")]
        collective: Option<String>,
        /// The partner organisation a facilitator works for (name or id).
        #[arg(long, value_name = "NAME|ID")]
        partner: Option<String>,
        /// The member code of the person this account belongs to (needed for a member).
        #[arg(long, value_name = "CODE")]
        member: Option<String>,
        #[arg(long, value_enum, default_value = "en")]
        language: LanguageArg,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Set a new password (from `DHRUVA_PASSWORD` or asked for); ends her sessions.
    Passwd {
        username: String,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Disable an account: ends its sessions and revokes its tokens.
    Disable {
        username: String,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Enable a disabled account again.
    Enable {
        username: String,
        #[command(flatten)]
        store: StoreArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create a bearer token for the JSON API. It is printed once and cannot be shown again.
    Create {
        #[arg(long = "user", value_name = "USERNAME")]
        username: String,
        /// What the token is for, to recognise it later.
        #[arg(long, default_value = "cli")]
        label: String,
        #[command(flatten)]
        store: StoreArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum MemberCommand {
    /// Erase a member for ever: her personal data deleted, her data key destroyed, her account
    /// closed. Asks for the code again unless --yes.
    Erase {
        /// Her member code, e.g. M-7K3Q9H.
        #[arg(long, value_name = "CODE")]
        code: String,
        /// Do not ask for confirmation (for scripts).
        #[arg(long)]
        yes: bool,
        #[command(flatten)]
        store: StoreArgs,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Pretty,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RoleArg {
    Member,
    Leader,
    Facilitator,
    Analyst,
    Admin,
    Coordinator,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LanguageArg {
    En,
    Bn,
    Hi,
    Te,
}

impl RoleArg {
    pub fn role(self) -> dhruva_core::policy::Role {
        use dhruva_core::policy::Role;
        match self {
            RoleArg::Member => Role::Member,
            RoleArg::Leader => Role::Leader,
            RoleArg::Facilitator => Role::Facilitator,
            RoleArg::Analyst => Role::Analyst,
            RoleArg::Admin => Role::Admin,
            RoleArg::Coordinator => Role::Coordinator,
        }
    }
}

impl LanguageArg {
    pub fn language(self) -> dhruva_core::registry::Language {
        use dhruva_core::registry::Language;
        match self {
            LanguageArg::En => Language::English,
            LanguageArg::Bn => Language::Bengali,
            LanguageArg::Hi => Language::Hindi,
            LanguageArg::Te => Language::Telugu,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn a_password_cannot_be_given_as_an_argument() {
        let attempt = ["dhruva", "user", "add", "--username", "ops", "--role", "admin", "--password", "hunter2hunter2"];
        assert!(Cli::try_parse_from(attempt).is_err());
    }

    #[test]
    fn yes_and_no_are_understood_for_switches() {
        let cli = Cli::try_parse_from(["dhruva", "serve", "--secure-cookies", "no", "--behind-proxy", "yes"]).expect("parses");
        let Command::Serve { web, .. } = cli.command else { panic!("not serve") };
        assert_eq!((web.secure_cookies, web.behind_proxy), (Some(false), Some(true)));
    }
}
