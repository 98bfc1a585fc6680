//! Login throttling, in memory: a sliding window of failures per login name and per client
//! address. Both are counted so that one person's account cannot be guessed slowly from many
//! addresses, nor many accounts quickly from one.
//!
//! Login names (often phone numbers) are never held as text: buckets are keyed by an HMAC of
//! the normalised name under a secret derived from the master key.

use crate::csrf::{keyed_hmac, HmacSha256};
use dhruva_core::phone::PhoneNumber;
use hmac::Mac;
use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub per_login: usize,
    pub per_address: usize,
    pub window: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { per_login: 5, per_address: 20, window: Duration::from_secs(15 * 60) }
    }
}

/// Beyond this many tracked buckets the least recently failed are forgotten, so a flood of
/// made-up names cannot exhaust memory.
const MAX_BUCKETS: usize = 50_000;

type Key = [u8; 16];

pub struct Throttle {
    hmac: HmacSha256,
    limits: Limits,
    buckets: Mutex<HashMap<Key, VecDeque<Instant>>>,
}

impl Throttle {
    pub fn new(secret: [u8; 32]) -> Self {
        Self::with_limits(secret, Limits::default())
    }

    pub fn with_limits(secret: [u8; 32], limits: Limits) -> Self {
        Throttle { hmac: keyed_hmac(&secret), limits, buckets: Mutex::new(HashMap::new()) }
    }

    /// `Err(wait)` when either the login or the address has used up its failures.
    pub fn check(&self, login: &str, address: Option<IpAddr>, now: Instant) -> Result<(), Duration> {
        let mut buckets = self.lock();
        let waits = [
            self.wait(&mut buckets, self.login_key(login), self.limits.per_login, now),
            address.and_then(|a| self.wait(&mut buckets, self.address_key(a), self.limits.per_address, now)),
        ];
        match waits.into_iter().flatten().max() {
            Some(wait) => Err(wait),
            None => Ok(()),
        }
    }

    pub fn record_failure(&self, login: &str, address: Option<IpAddr>, now: Instant) {
        let mut buckets = self.lock();
        if buckets.len() >= MAX_BUCKETS {
            self.evict(&mut buckets, now);
        }
        let keys = [Some(self.login_key(login)), address.map(|a| self.address_key(a))];
        for key in keys.into_iter().flatten() {
            buckets.entry(key).or_default().push_back(now);
        }
    }

    /// A correct password clears the name's failures (not the address's: one success from
    /// an address must not reset a guessing run across other names).
    pub fn record_success(&self, login: &str) {
        self.lock().remove(&self.login_key(login));
    }

    fn wait(&self, buckets: &mut HashMap<Key, VecDeque<Instant>>, key: Key, limit: usize, now: Instant) -> Option<Duration> {
        let events = buckets.get_mut(&key)?;
        while events.front().is_some_and(|t| now.duration_since(*t) >= self.limits.window) {
            events.pop_front();
        }
        if events.len() < limit {
            return None;
        }
        // The window frees a slot when the failure `limit` places from the end leaves it.
        let freeing = events[events.len() - limit];
        Some((freeing + self.limits.window).saturating_duration_since(now))
    }

    fn evict(&self, buckets: &mut HashMap<Key, VecDeque<Instant>>, now: Instant) {
        let window = self.limits.window;
        buckets.retain(|_, events| events.back().is_some_and(|t| now.duration_since(*t) < window));
        if buckets.len() >= MAX_BUCKETS {
            let mut newest: Vec<(Instant, Key)> =
                buckets.iter().filter_map(|(k, e)| e.back().map(|t| (*t, *k))).collect();
            newest.sort_unstable();
            for (_, key) in newest.iter().take(buckets.len() / 2) {
                buckets.remove(key);
            }
            tracing::warn!("login throttle was full; forgot the oldest half of its entries");
        }
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<Key, VecDeque<Instant>>> {
        // A panic while holding the lock leaves plain data behind, still usable.
        self.buckets.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn login_key(&self, login: &str) -> Key {
        // One bucket per person, however the name is typed: `+91 98300-12345` and
        // `9830012345` are the same phone, `Rupa` and `rupa ` the same username.
        let normal = match PhoneNumber::parse(login) {
            Ok(phone) if PhoneNumber::looks_like_phone(login) => format!("phone:{}", phone.canonical()),
            _ => format!("user:{}", login.trim().to_lowercase()),
        };
        self.key(normal.as_bytes())
    }

    fn address_key(&self, address: IpAddr) -> Key {
        // IPv6 clients usually own a whole /64; count the prefix, not each address in it.
        let text = match address {
            IpAddr::V4(v4) => format!("ip:{v4}"),
            IpAddr::V6(v6) => {
                let s = v6.segments();
                format!("ip6:{:x}:{:x}:{:x}:{:x}", s[0], s[1], s[2], s[3])
            }
        };
        self.key(text.as_bytes())
    }

    fn key(&self, data: &[u8]) -> Key {
        let mut mac = self.hmac.clone();
        mac.update(data);
        let full = mac.finalize().into_bytes();
        let mut key = [0u8; 16];
        key.copy_from_slice(&full[..16]);
        key
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn throttle() -> Throttle {
        Throttle::with_limits([1; 32], Limits { per_login: 3, per_address: 5, window: Duration::from_secs(600) })
    }

    const ADDR: Option<IpAddr> = Some(IpAddr::V4(std::net::Ipv4Addr::new(10, 0, 0, 1)));

    #[test]
    fn a_login_is_refused_after_its_failures_until_the_window_moves_on() {
        let t = throttle();
        let start = Instant::now();
        for i in 0..3 {
            assert!(t.check("rupa", None, start).is_ok());
            t.record_failure("rupa", None, start + Duration::from_secs(i));
        }
        let wait = t.check("rupa", None, start + Duration::from_secs(10)).expect_err("throttled");
        assert_eq!(wait, Duration::from_secs(590));
        assert!(t.check("someone-else", None, start).is_ok());
        assert!(t.check("rupa", None, start + Duration::from_secs(600)).is_ok());
    }

    #[test]
    fn spellings_of_one_phone_number_share_a_bucket() {
        let t = throttle();
        let now = Instant::now();
        for login in ["9830012345", "+91 98300 12345", "098300-12345"] {
            t.record_failure(login, None, now);
        }
        assert!(t.check("98300 12345", None, now).is_err());
        assert!(t.check("RUPA", None, now).is_ok());
    }

    #[test]
    fn an_address_is_refused_after_failures_across_many_names() {
        let t = throttle();
        let now = Instant::now();
        for i in 0..5 {
            t.record_failure(&format!("name{i}"), ADDR, now);
        }
        assert!(t.check("fresh-name", ADDR, now).is_err());
        assert!(t.check("fresh-name", None, now).is_ok());
    }

    #[test]
    fn success_clears_the_names_failures_but_not_the_addresss() {
        let t = throttle();
        let now = Instant::now();
        for _ in 0..3 {
            t.record_failure("rupa", ADDR, now);
        }
        t.record_success("rupa");
        assert!(t.check("rupa", None, now).is_ok());
        t.record_failure("x", ADDR, now);
        t.record_failure("y", ADDR, now);
        assert!(t.check("z", ADDR, now).is_err());
    }
}
