//! Which database, from its URL. Anything but `sqlite:` or `postgres:` is refused: a typo must
//! never silently create an empty database somewhere else.

use crate::StoreError;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A database URL that has been checked. Its `Debug` hides any password.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl {
    url: String,
    backend: Backend,
}

const ACCEPTED: &str = "use sqlite://PATH, sqlite:PATH, postgres://USER@HOST/DATABASE or postgresql://…";

impl DatabaseUrl {
    /// Accepts `sqlite://PATH`, `sqlite:PATH`, `postgres://…` and `postgresql://…`.
    pub fn parse(url: &str) -> Result<Self, StoreError> {
        let url = url.trim();
        if url.is_empty() {
            return Err(StoreError::UnsupportedUrl(format!("the database URL is empty; {ACCEPTED}")));
        }
        if let Some(rest) = url.strip_prefix("postgres://").or_else(|| url.strip_prefix("postgresql://")) {
            if rest.is_empty() {
                return Err(StoreError::UnsupportedUrl(format!("a PostgreSQL URL needs a server and database; {ACCEPTED}")));
            }
            return Ok(DatabaseUrl { url: url.to_owned(), backend: Backend::Postgres });
        }
        if let Some(rest) = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")) {
            let path = rest.split('?').next().unwrap_or_default();
            if path.is_empty() {
                return Err(StoreError::UnsupportedUrl(format!("a SQLite URL needs a file path; {ACCEPTED}")));
            }
            // A pool of in-memory connections would be several unrelated empty databases.
            if path == ":memory:" || rest.contains("mode=memory") {
                return Err(StoreError::UnsupportedUrl(format!("an in-memory SQLite database would lose everything; {ACCEPTED}")));
            }
            return Ok(DatabaseUrl { url: url.to_owned(), backend: Backend::Sqlite });
        }
        // Name only the scheme: the rest of an unknown URL may hold a password.
        let shown = match url.split_once("://") {
            Some((scheme, _)) if !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) => {
                format!("`{scheme}://` databases are not supported")
            }
            _ => "this is not a database URL".to_owned(),
        };
        Err(StoreError::UnsupportedUrl(format!("{shown}; {ACCEPTED}")))
    }

    /// The default: `dhruva.db` inside the data directory.
    pub fn sqlite_in(data_dir: &Path) -> Self {
        let dir = std::path::absolute(data_dir).unwrap_or_else(|_| data_dir.to_path_buf());
        let path = dir.join("dhruva.db");
        DatabaseUrl { url: format!("sqlite://{}", percent_encode_path(&path.to_string_lossy())), backend: Backend::Sqlite }
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The full URL, password included, for connecting. Never log this.
    pub fn expose(&self) -> &str {
        &self.url
    }

    /// The URL with any password replaced by `***`, safe to print.
    pub fn redacted(&self) -> String {
        redact(&self.url)
    }

    /// What the driver is given: SQLite files are created when missing.
    pub(crate) fn for_connecting(&self) -> String {
        let query = self.url.split_once('?').map(|(_, q)| q);
        match (self.backend, query) {
            (Backend::Postgres, _) => self.url.clone(),
            (Backend::Sqlite, Some(q)) if q.split('&').any(|p| p.starts_with("mode=")) => self.url.clone(),
            (Backend::Sqlite, Some(_)) => format!("{}&mode=rwc", self.url),
            (Backend::Sqlite, None) => format!("{}?mode=rwc", self.url),
        }
    }

    /// The SQLite database file, or `None` for PostgreSQL.
    pub fn sqlite_path(&self) -> Option<PathBuf> {
        if self.backend != Backend::Sqlite {
            return None;
        }
        let rest = self.url.strip_prefix("sqlite://").or_else(|| self.url.strip_prefix("sqlite:"))?;
        let path = rest.split('?').next().unwrap_or_default();
        Some(PathBuf::from(percent_decode(path)))
    }
}

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.redacted())
    }
}

/// Masks the password in `user:password@host` and in a `password=` query parameter.
fn redact(url: &str) -> String {
    let (scheme, rest) = match url.split_once("://") {
        Some(parts) => parts,
        None => return url.to_owned(),
    };
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let authority = match authority.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _password)) => format!("{user}:***@{host}"),
            None => format!("{userinfo}@{host}"),
        },
        None => authority.to_owned(),
    };
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let query: Vec<String> = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((key, _)) if key.eq_ignore_ascii_case("password") => format!("{key}=***"),
                    _ => pair.to_owned(),
                })
                .collect();
            format!("{path}?{}", query.join("&"))
        }
        None => tail.to_owned(),
    };
    format!("{scheme}://{authority}{tail}")
}

/// Escapes what would otherwise end the path part of a URL (the driver decodes it again).
fn percent_encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        match c {
            '%' => out.push_str("%25"),
            ' ' => out.push_str("%20"),
            '#' => out.push_str("%23"),
            '?' => out.push_str("%3F"),
            _ => out.push(c),
        }
    }
    out
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok()).and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(url: &str) -> String {
        match DatabaseUrl::parse(url) {
            Err(StoreError::UnsupportedUrl(message)) => message,
            other => panic!("{url:?} was not refused: {other:?}"),
        }
    }

    #[test]
    fn sqlite_and_postgres_urls_are_accepted() {
        for (url, backend) in [
            ("sqlite://data/dhruva.db", Backend::Sqlite),
            ("sqlite:dhruva.db", Backend::Sqlite),
            ("sqlite:///var/lib/dhruva/dhruva.db", Backend::Sqlite),
            ("postgres://dhruva@localhost/dhruva", Backend::Postgres),
            ("postgresql://dhruva:secret@db.example:5432/dhruva", Backend::Postgres),
        ] {
            assert_eq!(DatabaseUrl::parse(url).map(|u| u.backend()).ok(), Some(backend), "{url}");
        }
    }

    #[test]
    fn other_urls_are_refused_with_the_accepted_forms_named() {
        for url in ["mysql://root:hunter2@localhost/db", "foo", "", "sqlite:", "sqlite::memory:", "postgres://"] {
            let message = refusal(url);
            assert!(message.contains("sqlite://PATH") && message.contains("postgres://"), "{message}");
            assert!(!message.contains("hunter2"), "{message}");
        }
        assert!(refusal("mysql://x").contains("mysql://"));
    }

    #[test]
    fn redaction_hides_passwords_only() {
        let url = DatabaseUrl::parse("postgres://dhruva:s3cret@db:5432/dhruva?sslmode=require&password=other").expect("valid");
        assert_eq!(url.redacted(), "postgres://dhruva:***@db:5432/dhruva?sslmode=require&password=***");
        assert_eq!(format!("{url:?}"), url.redacted());
        let plain = DatabaseUrl::parse("postgres://dhruva@db/dhruva").expect("valid");
        assert_eq!(plain.redacted(), "postgres://dhruva@db/dhruva");
    }

    #[test]
    fn the_default_sqlite_url_is_an_absolute_file_that_is_created_when_missing() {
        let url = DatabaseUrl::sqlite_in(Path::new("/srv/my data"));
        assert_eq!(url.expose(), "sqlite:///srv/my%20data/dhruva.db");
        assert_eq!(url.for_connecting(), "sqlite:///srv/my%20data/dhruva.db?mode=rwc");
        assert_eq!(DatabaseUrl::parse(url.expose()).map(|u| u.backend()).ok(), Some(Backend::Sqlite));
        assert_eq!(url.sqlite_path(), Some(PathBuf::from("/srv/my data/dhruva.db")));
        let relative = DatabaseUrl::parse("sqlite:data/x.db?mode=ro").expect("valid");
        assert_eq!(relative.sqlite_path(), Some(PathBuf::from("data/x.db")));
        assert_eq!(relative.for_connecting(), "sqlite:data/x.db?mode=ro");
    }
}
