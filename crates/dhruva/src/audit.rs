//! `dhruva audit verify | accessed | prune`, the retention setting, and the daily pruning
//! `serve` runs in the background.

use crate::backup::{require_existing_key, when};
use crate::cli::StoreArgs;
use crate::config::{FileConfig, StoreSettings};
use crate::open;
use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand};
use dhruva_store::audit::{AccessedMember, ChainStatus, RetentionDays};
use dhruva_store::{Accessor, Store, StoreError};
use std::time::Duration;
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime};

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check that no audit entry was changed, removed or reordered; names the first one that was.
    Verify {
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Whose data an account (or its API tokens) touched since a time: for telling the people
    /// affected by a breach.
    Accessed {
        /// RFC 3339 (`2025-06-01T09:30:00+05:30`) or a date (`2025-06-01`, from midnight UTC).
        #[arg(long, value_name = "TIME")]
        since: String,
        /// Only this account (its username). Without it, every account and the command line.
        #[arg(long, value_name = "ACCOUNT")]
        by: Option<String>,
        /// One JSON object per line instead of a table.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Remove audit entries older than the retention period now (`serve` does this daily).
    Prune {
        #[command(flatten)]
        retention: RetentionArgs,
        #[command(flatten)]
        store: StoreArgs,
    },
}

impl AuditCommand {
    pub fn store_args(&self) -> &StoreArgs {
        match self {
            AuditCommand::Verify { store } | AuditCommand::Accessed { store, .. } | AuditCommand::Prune { store, .. } => store,
        }
    }
}

#[derive(Debug, Clone, Default, Args)]
pub struct RetentionArgs {
    /// Days audit entries are kept [default: 730; at least 365].
    #[arg(long, env = "DHRUVA_AUDIT_RETENTION_DAYS", value_name = "DAYS")]
    pub audit_retention_days: Option<u32>,
}

/// Flag or environment > file > default; under a year is refused.
pub fn retention(args: &RetentionArgs, file: &FileConfig) -> Result<RetentionDays> {
    match args.audit_retention_days.or(file.audit_retention_days) {
        None => Ok(RetentionDays::default()),
        Some(days) => RetentionDays::new(days).map_err(|e| match e {
            StoreError::Invalid(why) => anyhow::anyhow!("{why}"),
            other => other.into(),
        }),
    }
}

pub async fn run(settings: &StoreSettings, file: &FileConfig, command: AuditCommand) -> Result<()> {
    // Settings first: nothing is opened for a refused retention.
    let retention = match &command {
        AuditCommand::Prune { retention: args, .. } => Some(retention(args, file)?),
        _ => None,
    };
    require_existing_key(settings, "check the audit log")?;
    let store = open::open_store(settings).await?;
    let done = match command {
        AuditCommand::Verify { .. } => verify(&store).await,
        AuditCommand::Accessed { since, by, json, .. } => accessed(&store, &since, by.as_deref(), json).await,
        AuditCommand::Prune { .. } => prune(&store, retention.unwrap_or_default()).await,
    };
    store.close().await;
    done
}

async fn verify(store: &Store) -> Result<()> {
    match store.verify_audit_chain().await? {
        ChainStatus::Intact { rows } => {
            let bounds = store.audit_bounds().await?.context("the audit log has no head")?;
            println!("The audit log is intact: {rows} entries verified, up to entry {}.", bounds.head_seq);
            if bounds.anchor_seq > 0 {
                println!("Entries 1 to {} were removed by retention; the seal proves nothing after them was.", bounds.anchor_seq);
            }
            println!(
                "Newest entry's hash: {}. Note it somewhere outside this machine: a later check can then show the log was not rolled back.",
                bounds.head_hash
            );
            Ok(())
        }
        ChainStatus::Broken { seq, problem } => {
            let what = match store.audit_entry(seq).await? {
                // Only the action code and time: the row may hold whatever someone wrote into it.
                Some(row) => format!(" (recorded as {} at {})", printable(&row.action), when(row.at)),
                None => String::new(),
            };
            bail!("the audit log has been tampered with: entry {seq}{what}: {problem}")
        }
    }
}

fn printable(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).take(64).collect()
}

async fn accessed(store: &Store, since: &str, by: Option<&str>, json: bool) -> Result<()> {
    let since = parse_time(since)?;
    let account = match by {
        Some(username) => Some(store.account_by_username(username).await?.with_context(|| format!("there is no account named {username}"))?),
        None => None,
    };
    let touched = store.audit_accessed(since, account.as_ref().map(|a| a.id)).await?;
    if json {
        for entry in &touched {
            println!("{}", serde_json::to_string(entry)?);
        }
        return Ok(());
    }
    let who = by.map_or_else(|| "anyone".to_owned(), str::to_owned);
    println!("Members' data touched by {who} since {}:", when(since));
    print_accessed(&touched);
    let mut members: Vec<_> = touched.iter().map(|t| t.member).collect();
    members.sort();
    members.dedup();
    println!("{} member(s); {} access(es) in all.", members.len(), touched.iter().map(|t| t.count).sum::<i64>());
    Ok(())
}

fn print_accessed(touched: &[AccessedMember]) {
    let account = |t: &AccessedMember| match (&t.username, t.account) {
        (Some(name), _) => name.clone(),
        (None, Some(id)) => format!("account #{}", id.0),
        (None, None) => "(command line)".to_owned(),
    };
    let member = |t: &AccessedMember| t.member_code.clone().unwrap_or_else(|| format!("#{} (gone)", t.member.0));
    let aw = touched.iter().map(|t| account(t).len()).max().unwrap_or(0).max(7);
    let mw = touched.iter().map(|t| member(t).len()).max().unwrap_or(0).max(6);
    println!("  {:<aw$}  {:<mw$}  {:>5}  {:<20}  {:<20}  actions (channels)", "account", "member", "count", "first", "last");
    for t in touched {
        println!(
            "  {:<aw$}  {:<mw$}  {:>5}  {:<20}  {:<20}  {} ({})",
            account(t),
            member(t),
            t.count,
            when(t.first),
            when(t.last),
            t.actions.join(", "),
            t.channels.join(", ")
        );
    }
}

/// RFC 3339, or a bare date taken as midnight UTC.
fn parse_time(text: &str) -> Result<OffsetDateTime> {
    if let Ok(t) = OffsetDateTime::parse(text.trim(), &Rfc3339) {
        return Ok(t);
    }
    Date::parse(text.trim(), format_description!("[year]-[month]-[day]"))
        .map(|d| d.midnight().assume_utc())
        .map_err(|_| anyhow::anyhow!("--since {text:?} is neither a date (2025-06-01) nor an RFC 3339 time (2025-06-01T09:30:00+05:30)"))
}

async fn prune(store: &Store, retention: RetentionDays) -> Result<()> {
    let report = store.prune_audit(&Accessor::cli(), retention, OffsetDateTime::now_utc()).await?;
    if report.removed == 0 {
        println!("Nothing to remove: no audit entry is older than {} days (before {}).", retention.days(), when(report.cutoff));
    } else {
        println!(
            "Removed {} audit entries older than {} days (before {}); the log now begins after entry {}.",
            report.removed,
            retention.days(),
            when(report.cutoff),
            report.anchor_seq
        );
    }
    match store.verify_audit_chain().await? {
        ChainStatus::Intact { rows } => {
            println!("The remaining {rows} entries verify.");
            Ok(())
        }
        ChainStatus::Broken { seq, problem } => bail!("the audit log does not verify at entry {seq}: {problem}"),
    }
}

/// What `serve` runs: a pruning now, then once a day. Failures are logged and retried the
/// next day; they never stop the service.
pub fn prune_daily(store: Store, retention: RetentionDays) -> tokio::task::JoinHandle<()> {
    const DAY: Duration = Duration::from_secs(24 * 60 * 60);
    tokio::spawn(async move {
        let mut daily = tokio::time::interval(DAY);
        daily.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            daily.tick().await;
            match store.prune_audit(&Accessor::cli(), retention, OffsetDateTime::now_utc()).await {
                Ok(report) if report.removed > 0 => {
                    tracing::info!(removed = report.removed, anchor = report.anchor_seq, days = retention.days(), "old audit entries removed");
                }
                Ok(_) => tracing::debug!("no audit entry past retention"),
                Err(e) => tracing::warn!(error = %e, "audit pruning failed; trying again tomorrow"),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_takes_a_date_or_an_rfc_3339_time() {
        assert_eq!(parse_time("2025-06-01").expect("date").unix_timestamp(), 1_748_736_000);
        assert_eq!(parse_time("2025-06-01T05:30:00+05:30").expect("time").unix_timestamp(), 1_748_736_000);
        assert!(parse_time("01/06/2025").is_err());
    }

    #[test]
    fn retention_comes_from_the_flag_then_the_file_and_is_at_least_a_year() {
        let file: FileConfig = toml::from_str("audit_retention_days = 400").expect("toml");
        assert_eq!(retention(&RetentionArgs::default(), &file).expect("file").days(), 400);
        assert_eq!(retention(&RetentionArgs { audit_retention_days: Some(500) }, &file).expect("flag").days(), 500);
        assert_eq!(retention(&RetentionArgs::default(), &FileConfig::default()).expect("default").days(), 730);
        let refused = retention(&RetentionArgs { audit_retention_days: Some(90) }, &file).expect_err("refused");
        assert!(refused.to_string().contains("365"), "{refused}");
    }
}
