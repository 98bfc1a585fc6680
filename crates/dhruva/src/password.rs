//! Reading a new password without it ever being a command-line argument (those are visible
//! to every user of the machine through `ps` and end up in shell history).

use anyhow::{bail, Context, Result};
use dhruva_core::Sensitive;
use std::io::{BufRead, IsTerminal};

/// What the store requires; checked here too so the message comes before any work is done.
pub const MIN_PASSWORD_CHARS: usize = 10;

/// From the environment variable `env_var` if set, else asked twice on the terminal, else
/// one line read from standard input (for scripts: `printf '%s\n' "$PW" | dhruva user …`).
pub fn read_new_password(env_var: &str, for_whom: &str) -> Result<Sensitive<String>> {
    let password = match std::env::var(env_var) {
        Ok(p) if !p.is_empty() => p,
        _ if std::io::stdin().is_terminal() => {
            let first = rpassword::prompt_password(format!("New password for {for_whom}: ")).context("cannot read the password from the terminal")?;
            let second = rpassword::prompt_password("The same password again: ").context("cannot read the password from the terminal")?;
            if first != second {
                bail!("the two passwords are different; nothing was changed");
            }
            first
        }
        _ => {
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line).context("cannot read the password from standard input")?;
            line.trim_end_matches(['\n', '\r']).to_owned()
        }
    };
    check(&password, env_var)?;
    Ok(Sensitive::new(password))
}

pub fn check(password: &str, source: &str) -> Result<()> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        bail!(
            "a password needs at least {MIN_PASSWORD_CHARS} characters (set {source}, type one at the prompt, \
             or pipe one line on standard input)"
        );
    }
    Ok(())
}

/// A password for demo accounts: long, random, and easy to type from a printout (no
/// characters that look alike).
pub fn random_password() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rngs::OsRng;
    (0..16).map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())])).collect()
}
