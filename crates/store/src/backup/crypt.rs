//! The encrypted container: a short clear header, then the stream in sealed chunks.
//!
//! ```text
//! "DHRUVA-BACKUP\n" | version (1) | salt (32) | key check (32)
//! then per chunk: last? (1) | length (4, big-endian) | XChaCha20-Poly1305(≤ 64 KiB)
//! ```
//!
//! The file key is HKDF(`keys.subkey("backup")`, salt), fresh per file, so chunk nonces can
//! simply count: nonce = counter (8) | last flag (1) | zeros. Every chunk binds the header as
//! associated data. A reordered, dropped or changed chunk fails to open; a file cut short
//! has no chunk flagged last; a chunk falsely flagged last fails to open (the flag is in the
//! nonce). The key check (derived from the same key, salted) tells "another master key" apart
//! from damage without decrypting anything.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use rand::rngs::OsRng;
use rand::RngCore;
use sha2::Sha256;
use std::io::{self, Read, Write};
use zeroize::Zeroizing;

const MAGIC: &[u8; 14] = b"DHRUVA-BACKUP\n";
const CONTAINER_VERSION: u8 = 1;
const SALT_LEN: usize = 32;
const CHECK_LEN: usize = 32;
const HEADER_LEN: usize = MAGIC.len() + 1 + SALT_LEN + CHECK_LEN;
/// Plaintext per chunk: small enough to hold in memory, large enough that the 21 bytes of
/// framing and tag per chunk do not matter.
pub(crate) const CHUNK: usize = 64 * 1024;
const TAG_LEN: usize = 16;

/// Why a file cannot be opened, before any chunk is read.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum HeaderProblem {
    NotABackup,
    UnknownVersion(u8),
    AnotherKey,
}

struct FileKey {
    cipher: XChaCha20Poly1305,
    check: [u8; CHECK_LEN],
}

fn file_key(backup_key: &[u8; 32], salt: &[u8]) -> FileKey {
    let hkdf = Hkdf::<Sha256>::new(Some(salt), backup_key);
    let mut key = Zeroizing::new([0u8; 32]);
    let mut check = [0u8; CHECK_LEN];
    if hkdf.expand(b"dhruva backup v1 chunks", key.as_mut()).is_err() || hkdf.expand(b"dhruva backup v1 key check", &mut check).is_err() {
        unreachable!("HKDF-SHA256 can expand 32 bytes");
    }
    FileKey { cipher: XChaCha20Poly1305::new(key.as_ref().into()), check }
}

fn nonce(counter: u64, last: bool) -> XNonce {
    let mut n = [0u8; 24];
    n[..8].copy_from_slice(&counter.to_be_bytes());
    n[8] = u8::from(last);
    XNonce::from(n)
}

fn damaged(why: impl Into<String>) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, why.into())
}

/// Encrypts everything written to it; [`Sealer::finish`] writes the last chunk.
pub(crate) struct Sealer<W: Write> {
    out: W,
    key: FileKey,
    header: [u8; HEADER_LEN],
    buf: Vec<u8>,
    counter: u64,
}

impl<W: Write> Sealer<W> {
    pub(crate) fn new(mut out: W, backup_key: &[u8; 32]) -> io::Result<Self> {
        let mut salt = [0u8; SALT_LEN];
        OsRng.fill_bytes(&mut salt);
        let key = file_key(backup_key, &salt);
        let mut header = [0u8; HEADER_LEN];
        header[..MAGIC.len()].copy_from_slice(MAGIC);
        header[MAGIC.len()] = CONTAINER_VERSION;
        header[MAGIC.len() + 1..MAGIC.len() + 1 + SALT_LEN].copy_from_slice(&salt);
        header[MAGIC.len() + 1 + SALT_LEN..].copy_from_slice(&key.check);
        out.write_all(&header)?;
        Ok(Sealer { out, key, header, buf: Vec::with_capacity(CHUNK + 1), counter: 0 })
    }

    fn seal(&mut self, len: usize, last: bool) -> io::Result<()> {
        let sealed = self
            .key
            .cipher
            .encrypt(&nonce(self.counter, last), Payload { msg: &self.buf[..len], aad: &self.header })
            .map_err(|_| io::Error::other("a backup chunk could not be encrypted"))?;
        let sealed_len = u32::try_from(sealed.len()).map_err(|_| io::Error::other("a backup chunk is too large"))?;
        self.out.write_all(&[u8::from(last)])?;
        self.out.write_all(&sealed_len.to_be_bytes())?;
        self.out.write_all(&sealed)?;
        self.buf.drain(..len);
        self.counter += 1;
        Ok(())
    }

    /// Seals what is left as the last chunk (possibly empty) and returns the writer.
    pub(crate) fn finish(mut self) -> io::Result<W> {
        self.seal(self.buf.len(), true)?;
        self.out.flush()?;
        Ok(self.out)
    }
}

impl<W: Write> Write for Sealer<W> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        // Strictly more than a chunk: what remains at the end always makes the last chunk.
        while self.buf.len() > CHUNK {
            self.seal(CHUNK, false)?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Decrypts and authenticates chunk by chunk. Reading past the last chunk gives end of
/// file; a file that ends without one, or goes on after it, is an error.
pub(crate) struct Opener<R: Read> {
    input: R,
    key: FileKey,
    header: [u8; HEADER_LEN],
    counter: u64,
    plain: Vec<u8>,
    pos: usize,
    finished: bool,
}

impl<R: Read> Opener<R> {
    /// Reads and checks the clear header. `Err(Ok(problem))` when the header itself is
    /// refused, `Err(Err(io))` when it could not be read.
    pub(crate) fn new(mut input: R, backup_key: &[u8; 32]) -> Result<Self, Result<HeaderProblem, io::Error>> {
        let mut header = [0u8; HEADER_LEN];
        match input.read_exact(&mut header) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Err(Ok(HeaderProblem::NotABackup)),
            Err(e) => return Err(Err(e)),
        }
        if &header[..MAGIC.len()] != MAGIC {
            return Err(Ok(HeaderProblem::NotABackup));
        }
        if header[MAGIC.len()] != CONTAINER_VERSION {
            return Err(Ok(HeaderProblem::UnknownVersion(header[MAGIC.len()])));
        }
        let key = file_key(backup_key, &header[MAGIC.len() + 1..MAGIC.len() + 1 + SALT_LEN]);
        if key.check[..] != header[MAGIC.len() + 1 + SALT_LEN..] {
            return Err(Ok(HeaderProblem::AnotherKey));
        }
        Ok(Opener { input, key, header, counter: 0, plain: Vec::new(), pos: 0, finished: false })
    }

    fn next_chunk(&mut self) -> io::Result<()> {
        let mut frame = [0u8; 5];
        self.input.read_exact(&mut frame).map_err(|e| cut_short(e, self.counter))?;
        let last = match frame[0] {
            0 => false,
            1 => true,
            _ => return Err(damaged(format!("part {} of the backup is damaged", self.counter + 1))),
        };
        let len = u32::from_be_bytes([frame[1], frame[2], frame[3], frame[4]]) as usize;
        if !(TAG_LEN..=CHUNK + TAG_LEN).contains(&len) {
            return Err(damaged(format!("part {} of the backup is damaged", self.counter + 1)));
        }
        let mut sealed = vec![0u8; len];
        self.input.read_exact(&mut sealed).map_err(|e| cut_short(e, self.counter))?;
        self.plain = self
            .key
            .cipher
            .decrypt(&nonce(self.counter, last), Payload { msg: &sealed, aad: &self.header })
            .map_err(|_| damaged(format!("part {} of the backup was changed, damaged or moved", self.counter + 1)))?;
        self.pos = 0;
        self.counter += 1;
        if last {
            self.finished = true;
            let mut extra = [0u8; 1];
            if self.input.read(&mut extra)? != 0 {
                return Err(damaged("something was appended after the end of the backup"));
            }
        }
        Ok(())
    }

    /// Reads (and authenticates) whatever the reader above did not need, up to the last
    /// chunk: only then is the whole file known to be complete and unchanged.
    pub(crate) fn finish(mut self) -> io::Result<()> {
        let mut sink = [0u8; 8192];
        while self.read(&mut sink)? != 0 {}
        Ok(())
    }
}

fn cut_short(e: io::Error, parts_read: u64) -> io::Error {
    if e.kind() == io::ErrorKind::UnexpectedEof {
        damaged(format!("the backup is cut short: it ends after {parts_read} parts without its last one"))
    } else {
        e
    }
}

impl<R: Read> Read for Opener<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.pos == self.plain.len() {
            if self.finished {
                return Ok(0);
            }
            self.next_chunk()?;
        }
        let n = out.len().min(self.plain.len() - self.pos);
        out[..n].copy_from_slice(&self.plain[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: [u8; 32] = [7; 32];

    fn sealed(plain: &[u8]) -> Vec<u8> {
        let mut s = Sealer::new(Vec::new(), &KEY).expect("header");
        s.write_all(plain).expect("write");
        s.finish().expect("finish")
    }

    fn open(file: &[u8], key: &[u8; 32]) -> Result<Vec<u8>, String> {
        let mut o = Opener::new(file, key).map_err(|e| format!("{e:?}"))?;
        let mut out = Vec::new();
        o.read_to_end(&mut out).map_err(|e| e.to_string())?;
        Ok(out)
    }

    fn plain(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i % 251) as u8).collect()
    }

    #[test]
    fn what_is_sealed_opens_again_at_every_size_around_chunk_boundaries() {
        for len in [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 5] {
            assert_eq!(open(&sealed(&plain(len)), &KEY).expect("opens"), plain(len), "length {len}");
        }
    }

    #[test]
    fn another_key_is_told_apart_from_damage() {
        let file = sealed(b"hello");
        assert!(open(&file, &[8; 32]).expect_err("refused").contains("AnotherKey"));
        assert!(open(b"PK\x03\x04 a zip file", &KEY).expect_err("refused").contains("NotABackup"));
    }

    #[test]
    fn a_cut_flipped_reordered_or_extended_file_is_refused() {
        let file = sealed(&plain(3 * CHUNK + 100));
        let frame = 5 + CHUNK + TAG_LEN;
        for cut in [HEADER_LEN + 3, HEADER_LEN + frame, HEADER_LEN + 2 * frame, file.len() - 1] {
            assert!(open(&file[..cut], &KEY).is_err(), "cut at {cut}");
        }
        for at in [HEADER_LEN - 1, HEADER_LEN, HEADER_LEN + 7, HEADER_LEN + frame + 100, file.len() - 1] {
            let mut flipped = file.clone();
            flipped[at] ^= 0x20;
            assert!(open(&flipped, &KEY).is_err(), "flip at {at}");
        }
        let mut swapped = file[..HEADER_LEN].to_vec();
        swapped.extend_from_slice(&file[HEADER_LEN + frame..HEADER_LEN + 2 * frame]);
        swapped.extend_from_slice(&file[HEADER_LEN..HEADER_LEN + frame]);
        swapped.extend_from_slice(&file[HEADER_LEN + 2 * frame..]);
        assert!(open(&swapped, &KEY).is_err(), "swapped chunks");
        let mut longer = file.clone();
        longer.push(0);
        assert!(open(&longer, &KEY).is_err(), "appended byte");
    }

    #[test]
    fn the_file_holds_no_plaintext() {
        let file = sealed(b"Rupa Mondal 9830012345");
        assert!(!file.windows(4).any(|w| w == b"Rupa" || w == b"9830"));
    }
}
