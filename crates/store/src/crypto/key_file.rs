//! The master key file: created once, privately and atomically; refused when others can read it.

use super::MasterKey;
use crate::StoreError;
use rand::rngs::OsRng;
use rand::RngCore;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::Path;
use zeroize::Zeroizing;

pub(super) const KEY_FILE: &str = "master.key";

pub(super) fn load_or_create(dir: &Path) -> Result<(MasterKey, bool), StoreError> {
    let path = dir.join(KEY_FILE);
    if let Some(key) = load(&path)? {
        return Ok((key, false));
    }
    let key = MasterKey::generate();
    match write_new(dir, &path, &key) {
        Ok(()) => Ok((key, true)),
        // Another process created it between our look and our write: use theirs.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => match load(&path)? {
            Some(key) => Ok((key, false)),
            None => Err(StoreError::MasterKey(format!("{} vanished while being created", path.display()))),
        },
        Err(e) => Err(StoreError::MasterKey(format!("could not create {}: {e}", path.display()))),
    }
}

/// `None` when there is no key file yet.
fn load(path: &Path) -> Result<Option<MasterKey>, StoreError> {
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(StoreError::MasterKey(format!("could not open {}: {e}", path.display()))),
    };
    let metadata = file.metadata().map_err(|e| StoreError::MasterKey(format!("could not inspect {}: {e}", path.display())))?;
    if !metadata.is_file() {
        return Err(StoreError::MasterKey(format!("{} is not a regular file", path.display())));
    }
    refuse_if_shared(path, &metadata)?;
    let mut text = Zeroizing::new(String::new());
    file.read_to_string(&mut text).map_err(|e| StoreError::MasterKey(format!("could not read {}: {e}", path.display())))?;
    MasterKey::from_base64(&text).map(Some).map_err(|e| match e {
        StoreError::MasterKey(why) => StoreError::MasterKey(format!("{} is not a valid key file: {why}", path.display())),
        other => other,
    })
}

#[cfg(unix)]
fn refuse_if_shared(path: &Path, metadata: &fs::Metadata) -> Result<(), StoreError> {
    use std::os::unix::fs::PermissionsExt;
    let mode = metadata.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(StoreError::MasterKey(format!(
            "{} can be read or changed by other users (mode {mode:o}); refusing to use it. \
             Run `chmod 600 {}`, and treat the key as exposed if anyone else could log in to this machine",
            path.display(),
            path.display()
        )));
    }
    Ok(())
}

#[cfg(not(unix))]
fn refuse_if_shared(_path: &Path, _metadata: &fs::Metadata) -> Result<(), StoreError> {
    Ok(())
}

/// Writes the key to a private temporary file, then links it into place: `link` never
/// replaces an existing file, and readers never see a half-written key.
fn write_new(dir: &Path, path: &Path, key: &MasterKey) -> io::Result<()> {
    create_private_dir(dir)?;
    let mut suffix = [0u8; 8];
    OsRng.fill_bytes(&mut suffix);
    let temp = dir.join(format!(".{KEY_FILE}.{}.tmp", hex::encode(suffix)));
    let result = write_private(&temp, key).and_then(|()| fs::hard_link(&temp, path));
    // The temporary name is only a staging place; the key lives on under `path` if linked.
    let _ = fs::remove_file(&temp);
    result?;
    File::open(dir)?.sync_all()
}

fn write_private(temp: &Path, key: &MasterKey) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(temp)?;
    #[cfg(unix)]
    {
        // The umask can only remove bits; make the mode exactly 0600 whatever it was.
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(fs::Permissions::from_mode(0o600))?;
    }
    let text = key.to_base64();
    file.write_all(text.expose().as_bytes())?;
    file.write_all(b"\n")?;
    file.sync_all()
}

fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}
