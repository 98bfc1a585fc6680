//! Serving: bind, announce the real address, run until Ctrl-C or SIGTERM, then drain
//! connections and close the store so SQLite checkpoints its WAL cleanly.

use crate::config::{ChannelSetting, ReminderSettings, WebSettings};
use anyhow::{Context, Result};
use dhruva_store::Store;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::signal::unix::{signal, Signal, SignalKind};
use tokio::sync::oneshot;

/// How long open requests may take to finish after a shutdown signal. Long enough for a
/// slow phone's upload, short enough that a service manager's stop does not hang.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(10);
/// How often `serve` looks whether a release of the figures is due: a release is due in days,
/// so an hour late is nothing.
const FIGURES_CHECK: Duration = Duration::from_secs(60 * 60);

pub async fn serve(store: Store, web: WebSettings) -> Result<()> {
    warn_about_risky_settings(&web);
    let listener = TcpListener::bind(web.bind).await.with_context(|| format!("cannot listen on {} (is another program using it?)", web.bind))?;
    let addr = listener.local_addr().context("cannot read the address being listened on")?;
    first_figure_release(&store).await;
    first_scorecard_snapshots(&store).await;
    let app = dhruva_web::router(store.clone(), web.config).into_make_service_with_connect_info::<SocketAddr>();
    let reminders = start_reminders(&store, &web.reminders);
    let releases = start_figure_releases(&store, web.figures_every);
    let snapshots = start_scorecard_snapshots(&store, web.figures_every);

    let (stop, stopped) = oneshot::channel::<()>();
    let mut server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                // A dropped sender also means "stop".
                let _ = stopped.await;
            })
            .await
    });

    // Handlers go in before the line below: a supervisor (or a test) may send SIGTERM the
    // moment it reads it, and a signal with no handler yet would kill us without draining.
    let signals = ShutdownSignals::register()?;

    // Tests and scripts wait for exactly this line; it is printed only once accepting.
    println!("Dhruva is listening on http://{addr}");
    println!("{}", how_to_open(addr));
    tracing::info!(%addr, "listening");

    tokio::select! {
        ended = &mut server => {
            reminders.abort();
            releases.abort();
            snapshots.abort();
            store.close().await;
            ended.context("the web server task failed")?.context("the web server stopped")?;
            anyhow::bail!("the web server stopped unexpectedly");
        }
        signal = signals.next() => {
            tracing::info!(signal, "shutting down: finishing open requests");
        }
    }
    let _ = stop.send(());
    match tokio::time::timeout(DRAIN_TIMEOUT, &mut server).await {
        Ok(ended) => ended.context("the web server task failed")?.context("the web server failed while stopping")?,
        Err(_) => {
            tracing::warn!(seconds = DRAIN_TIMEOUT.as_secs(), "requests still open after the drain timeout; closing them");
            server.abort();
        }
    }
    reminders.abort();
    releases.abort();
    snapshots.abort();
    store.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// The reminder runner: in-app always, SMS and email through the logging stand-in when
/// switched on (each collective still decides whether its members get them).
fn start_reminders(store: &Store, settings: &ReminderSettings) -> tokio::task::JoinHandle<()> {
    use dhruva_web::reminders::{self, LoggingNotifier, Notifier};
    let mut notifiers: Vec<Arc<dyn Notifier>> = Vec::new();
    if settings.sms == ChannelSetting::Log {
        notifiers.push(Arc::new(LoggingNotifier::new(reminders::SMS)));
    }
    if settings.email == ChannelSetting::Log {
        notifiers.push(Arc::new(LoggingNotifier::new(reminders::EMAIL)));
    }
    tracing::info!(minutes = settings.every.as_secs() / 60, channels = notifiers.len(), "reminders start");
    reminders::spawn_loop(store.clone(), notifiers, settings.every)
}

/// A deployment upgraded with claims and no release yet gets its first now, before the first
/// request: pages never fall back to figures built live. A failure is logged and serving goes
/// on (the pages then say no figures are published; the schedule tries again).
async fn first_figure_release(store: &Store) {
    match store.ensure_first_figure_release(time::OffsetDateTime::now_utc()).await {
        Ok(Some(release)) => tracing::info!(release = release.id, "the first release of the compensation figures was made"),
        Ok(None) => {}
        Err(e) => tracing::error!(error = %e, "the first release of the compensation figures could not be made"),
    }
}

/// Checks hourly, beside the reminders, whether the latest release of the compensation
/// figures is `every` old, and makes the next one if so (the store checks again under its
/// lock, so two servers on one database make one release).
fn start_figure_releases(store: &Store, every: Duration) -> tokio::task::JoinHandle<()> {
    let store = store.clone();
    let every = time::Duration::try_from(every).unwrap_or(time::Duration::days(30));
    tracing::info!(days = every.whole_days(), "scheduled releases of the figures start");
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(FIGURES_CHECK);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if let Err(e) = store.figure_release_if_due(time::OffsetDateTime::now_utc(), every).await {
                tracing::warn!(error = %e, "the scheduled release of the figures failed; trying again at the next check");
            }
        }
    })
}

/// Score cards published before stored snapshots existed get theirs before the first request
/// (a closed or published round's card; a yearly card for each year with published rounds),
/// so no page ever builds one live. A failure is logged and serving goes on: those pages
/// show no card until the next start.
async fn first_scorecard_snapshots(store: &Store) {
    match store.make_missing_scorecard_snapshots(&dhruva_store::Accessor::cli()).await {
        Ok(made) if made.round_cards + made.federation_cards > 0 => {
            tracing::info!(rounds = made.round_cards, years = made.federation_cards, "stored score cards made for earlier rounds");
        }
        Ok(_) => {}
        Err(e) => tracing::error!(error = %e, "stored score cards for earlier rounds could not be made"),
    }
}

/// The federation's yearly score cards follow the figures' schedule (one publication
/// schedule, `figures_every_days`): checked hourly, a year's card is remade once it is that
/// old and the year's published rounds changed.
fn start_scorecard_snapshots(store: &Store, every: Duration) -> tokio::task::JoinHandle<()> {
    let store = store.clone();
    let every = time::Duration::try_from(every).unwrap_or(time::Duration::days(30));
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(FIGURES_CHECK);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            let by = dhruva_store::Accessor::cli();
            if let Err(e) = store.make_due_federation_cards(&by, time::OffsetDateTime::now_utc(), every).await {
                tracing::warn!(error = %e, "the scheduled federation score cards failed; trying again at the next check");
            }
        }
    })
}

fn how_to_open(addr: SocketAddr) -> String {
    if addr.ip().is_unspecified() {
        format!("Open http://<this machine's address>:{port}/ in a browser (listening on every network interface).", port = addr.port())
    } else {
        format!("Open http://{addr}/ in a browser and log in. Stop with Ctrl-C.")
    }
}

fn warn_about_risky_settings(web: &WebSettings) {
    if !web.config.secure_cookies {
        eprintln!(
            "WARNING: secure cookies are OFF. Session cookies will be sent over plain HTTP, where anyone on\n\
             the network can read them and act as the person logged in. Use this only on a trusted local\n\
             network while testing; in production serve over HTTPS and leave secure cookies on."
        );
        tracing::warn!("secure cookies are off");
    }
    if !web.bind.ip().is_loopback() && !web.config.behind_proxy && web.config.secure_cookies {
        // Browsers drop `Secure` cookies over plain HTTP except on loopback: logins would
        // silently fail for everyone reaching this address directly.
        tracing::warn!(
            bind = %web.bind,
            "listening beyond this machine without HTTPS: put an HTTPS reverse proxy in front (and set behind_proxy), \
             or people will not stay logged in"
        );
    }
    if web.config.behind_proxy {
        tracing::info!("trusting X-Forwarded-For: make sure only the reverse proxy can reach this address");
    }
}

/// SIGINT (Ctrl-C) and SIGTERM, registered up front.
struct ShutdownSignals {
    interrupt: Signal,
    terminate: Signal,
}

impl ShutdownSignals {
    fn register() -> Result<Self> {
        Ok(ShutdownSignals {
            interrupt: signal(SignalKind::interrupt()).context("cannot listen for Ctrl-C")?,
            terminate: signal(SignalKind::terminate()).context("cannot listen for SIGTERM")?,
        })
    }

    async fn next(mut self) -> &'static str {
        tokio::select! {
            _ = self.interrupt.recv() => "interrupt",
            _ = self.terminate.recv() => "terminate",
        }
    }
}
