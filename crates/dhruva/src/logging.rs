//! Structured logs on stderr (stdout is for what the operator asked for: the listening line,
//! a token, demo logins). Filter with `DHRUVA_LOG` (e.g. `DHRUVA_LOG=dhruva_web=debug,info`);
//! by default `info` for the service and `warn` for one-shot commands, whose own messages
//! already say what happened.

use crate::cli::LogFormat;
use anyhow::{Context, Result};
use std::io::IsTerminal;
use tracing_subscriber::EnvFilter;

pub fn init(format: LogFormat, default_level: &str) -> Result<()> {
    let filter = match std::env::var("DHRUVA_LOG") {
        Ok(spec) if !spec.trim().is_empty() => EnvFilter::try_new(&spec).with_context(|| format!("DHRUVA_LOG is not a valid log filter: {spec}"))?,
        _ => EnvFilter::new(default_level),
    };
    // Colours only for a person at a terminal; escape codes garble files and journald.
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_ansi(std::io::stderr().is_terminal());
    let installed = match format {
        LogFormat::Pretty => builder.try_init(),
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
    };
    installed.map_err(|e| anyhow::anyhow!("could not start logging: {e}"))
}
