//! The `dhruva` binary: one executable that serves the web application, loads demo data and
//! administers accounts. It only wires the other crates together; rules live in `core`,
//! storage in `store`, HTTP in `web`.

mod audit;
mod backup;
mod cli;
mod config;
mod demo;
mod erase;
mod logging;
mod open;
mod password;
mod serve;
mod setup;
mod users;

use anyhow::Result;
use clap::Parser;
use cli::{Cli, Command, LogFormat, MemberCommand, StoreArgs, TokenCommand, UserCommand};
use config::{FileConfig, StoreSettings, WebSettings};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = tokio::runtime::Runtime::new().map_err(anyhow::Error::from).and_then(|runtime| runtime.block_on(run(cli)));
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // `{:#}` prints the chain on one line: "cannot open …: connection refused".
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<()> {
    let file = FileConfig::load(store_args(&cli.command).config.as_deref())?;
    let serving = matches!(cli.command, Command::Serve { .. } | Command::Demo { serve: true, .. });
    logging::init(cli.log_format.or(file.log_format).unwrap_or(LogFormat::Pretty), if serving { "info" } else { "warn" })?;
    let store_settings = StoreSettings::resolve(store_args(&cli.command), &file)?;

    match cli.command {
        Command::Serve { web, retention, .. } => {
            // Settings are checked before the database is touched.
            let web = WebSettings::resolve(&web, &file)?;
            let retention = audit::retention(&retention, &file)?;
            let store = open::open_store(&store_settings).await?;
            let _pruning = audit::prune_daily(store.clone(), retention);
            setup::hint_if_not_set_up(&store).await;
            serve::serve(store, web).await
        }
        Command::Setup { name, name_bn, name_hi, name_te, states, username, language, .. } => {
            let store = open::open_store(&store_settings).await?;
            let done = setup::setup(&store, setup::Setup { name, name_bn, name_hi, name_te, states, username, language }).await;
            store.close().await;
            done
        }
        Command::Demo { serve, web, retention, .. } => {
            let web = serve.then(|| WebSettings::resolve(&web, &file)).transpose()?;
            let retention = audit::retention(&retention, &file)?;
            let password = demo::DemoPassword::from_env()?;
            let store = open::open_store(&store_settings).await?;
            let loaded = demo::run(&store, &password, web.is_some()).await;
            match (loaded, web) {
                (Ok(()), Some(web)) => {
                    let _pruning = audit::prune_daily(store.clone(), retention);
                    serve::serve(store, web).await
                }
                (loaded, _) => {
                    store.close().await;
                    loaded
                }
            }
        }
        Command::Migrate { .. } => {
            let store = open::open_store(&store_settings).await?;
            store.close().await;
            println!("The database {} is up to date.", store_settings.database_url.redacted());
            Ok(())
        }
        Command::User { command } => {
            let store = open::open_store(&store_settings).await?;
            let done = match command {
                UserCommand::Add { username, role, collective, partner, member, language, .. } => {
                    users::add(&store, users::AddUser { username, role, collective, partner, member, language }).await
                }
                UserCommand::Passwd { username, .. } => users::passwd(&store, &username).await,
                UserCommand::Disable { username, .. } => users::set_disabled(&store, &username, true).await,
                UserCommand::Enable { username, .. } => users::set_disabled(&store, &username, false).await,
            };
            store.close().await;
            done
        }
        Command::Member { command: MemberCommand::Erase { code, yes, .. } } => {
            let store = open::open_store(&store_settings).await?;
            let done = erase::erase(&store, &code, yes).await;
            store.close().await;
            done
        }
        Command::Backup(args) => backup::backup(&store_settings, &args.out).await,
        Command::Restore(args) => backup::restore(&store_settings, &args.file).await,
        Command::Audit { command } => audit::run(&store_settings, &file, command).await,
        Command::Token { command: TokenCommand::Create { username, label, .. } } => {
            let store = open::open_store(&store_settings).await?;
            let done = users::create_token(&store, &username, &label).await;
            store.close().await;
            done
        }
    }
}

fn store_args(command: &Command) -> &StoreArgs {
    match command {
        Command::Serve { store, .. } | Command::Demo { store, .. } | Command::Migrate { store } | Command::Setup { store, .. } => store,
        Command::User { command } => match command {
            UserCommand::Add { store, .. }
            | UserCommand::Passwd { store, .. }
            | UserCommand::Disable { store, .. }
            | UserCommand::Enable { store, .. } => store,
        },
        Command::Token { command: TokenCommand::Create { store, .. } } => store,
        Command::Backup(args) => &args.store,
        Command::Restore(args) => &args.store,
        Command::Audit { command } => command.store_args(),
        Command::Member { command: MemberCommand::Erase { store, .. } } => store,
    }
}
