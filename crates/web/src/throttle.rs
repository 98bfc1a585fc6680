//! Login throttling, in memory. Failures are counted per *account* once the typed login names
//! one (her username and her phone are one bucket), per typed login when it names none (so an
//! unknown login costs the same), and per client address (so many accounts cannot be tried
//! quickly from one).
//!
//! An account is *slowed*, never locked: the first five failures are free, then each failure
//! makes the next try wait longer (doubling, capped at a couple of minutes). A stranger who
//! knows her phone can therefore keep her waiting at most the cap, and the right password
//! still works once the wait is over. The address keeps a hard window: it is the guesser's.
//!
//! What it cannot hide: someone who makes an account slow through one login sees the other
//! login slowed too, so with a username in hand they can test whether a phone belongs to it,
//! a few tries per address per window.
//!
//! Nothing is held as text: buckets are keyed by an HMAC under a secret derived from the
//! master key.

use crate::csrf::{keyed_hmac, HmacSha256};
use dhruva_core::phone::PhoneNumber;
use dhruva_core::AccountId;
use hmac::Mac;
use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// After this many failures on one account (or unknown login), each try waits.
    pub slowed_after: u32,
    /// The wait after the first failure beyond the free ones; it doubles with each further one.
    pub first_delay: Duration,
    /// No wait is longer than this, so nobody can lock another person out.
    pub max_delay: Duration,
    pub per_address: usize,
    /// Failures older than this are forgotten (an account's all at once, from its last failure).
    pub window: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            slowed_after: 5,
            first_delay: Duration::from_secs(2),
            max_delay: Duration::from_secs(120),
            per_address: 20,
            window: Duration::from_secs(15 * 60),
        }
    }
}

/// Whose failures a login attempt counts against.
#[derive(Clone, Copy, Debug)]
pub enum LoginKey<'a> {
    /// The typed login resolved to this account.
    Account(AccountId),
    /// The typed login names no account.
    Typed(&'a str),
}

/// Beyond this many tracked buckets the least recently failed are forgotten, so a flood of
/// made-up names cannot exhaust memory.
const MAX_BUCKETS: usize = 50_000;

type Key = [u8; 16];

#[derive(Clone, Copy)]
struct Strikes {
    failures: u32,
    last: Instant,
}

#[derive(Default)]
struct Buckets {
    logins: HashMap<Key, Strikes>,
    addresses: HashMap<Key, VecDeque<Instant>>,
}

pub struct Throttle {
    hmac: HmacSha256,
    limits: Limits,
    buckets: Mutex<Buckets>,
}

impl Throttle {
    pub fn with_limits(secret: [u8; 32], limits: Limits) -> Self {
        Throttle { hmac: keyed_hmac(&secret), limits, buckets: Mutex::new(Buckets::default()) }
    }

    /// `Err(wait)` while the account (or login) is slowed or the address has used up its
    /// failures. A refused try is not a failure: it never saw the password.
    pub fn check(&self, who: LoginKey<'_>, address: Option<IpAddr>, now: Instant) -> Result<(), Duration> {
        let mut buckets = self.lock();
        let key = self.login_key(who);
        let login_wait = self.login_wait(&mut buckets, key, now);
        let address_wait = address.and_then(|a| self.address_wait(&mut buckets, self.address_key(a), now));
        match login_wait.into_iter().chain(address_wait).max() {
            Some(wait) => Err(wait),
            None => Ok(()),
        }
    }

    pub fn record_failure(&self, who: LoginKey<'_>, address: Option<IpAddr>, now: Instant) {
        let mut buckets = self.lock();
        if buckets.logins.len() + buckets.addresses.len() >= MAX_BUCKETS {
            self.evict(&mut buckets, now);
        }
        let key = self.login_key(who);
        let window = self.limits.window;
        let strikes = buckets.logins.entry(key).or_insert(Strikes { failures: 0, last: now });
        if now.saturating_duration_since(strikes.last) >= window {
            strikes.failures = 0;
        }
        strikes.failures = strikes.failures.saturating_add(1);
        strikes.last = now;
        if let Some(a) = address {
            buckets.addresses.entry(self.address_key(a)).or_default().push_back(now);
        }
    }

    /// A correct password clears the account's failures (not the address's: one success from
    /// an address must not reset a guessing run across other names).
    pub fn record_success(&self, who: LoginKey<'_>) {
        let key = self.login_key(who);
        self.lock().logins.remove(&key);
    }

    /// The wait imposed after `failures` failures.
    fn delay(&self, failures: u32) -> Duration {
        let Some(beyond) = failures.checked_sub(self.limits.slowed_after) else { return Duration::ZERO };
        let doubled = self.limits.first_delay.saturating_mul(1u32 << beyond.min(20));
        doubled.min(self.limits.max_delay)
    }

    fn login_wait(&self, buckets: &mut Buckets, key: Key, now: Instant) -> Option<Duration> {
        let strikes = *buckets.logins.get(&key)?;
        if now.saturating_duration_since(strikes.last) >= self.limits.window {
            buckets.logins.remove(&key);
            return None;
        }
        let wait = (strikes.last + self.delay(strikes.failures)).saturating_duration_since(now);
        (!wait.is_zero()).then_some(wait)
    }

    fn address_wait(&self, buckets: &mut Buckets, key: Key, now: Instant) -> Option<Duration> {
        let limit = self.limits.per_address;
        let events = buckets.addresses.get_mut(&key)?;
        while events.front().is_some_and(|t| now.saturating_duration_since(*t) >= self.limits.window) {
            events.pop_front();
        }
        if events.len() < limit {
            return None;
        }
        // The window frees a slot when the failure `limit` places from the end leaves it.
        let freeing = events[events.len() - limit];
        Some((freeing + self.limits.window).saturating_duration_since(now))
    }

    fn evict(&self, buckets: &mut Buckets, now: Instant) {
        let window = self.limits.window;
        buckets.logins.retain(|_, s| now.saturating_duration_since(s.last) < window);
        buckets.addresses.retain(|_, events| events.back().is_some_and(|t| now.saturating_duration_since(*t) < window));
        if buckets.logins.len() + buckets.addresses.len() >= MAX_BUCKETS {
            let mut newest: Vec<(Instant, Key)> = buckets.logins.iter().map(|(k, s)| (s.last, *k)).collect();
            newest.sort_unstable();
            for (_, key) in newest.iter().take(newest.len() / 2) {
                buckets.logins.remove(key);
            }
            let mut newest: Vec<(Instant, Key)> = buckets.addresses.iter().filter_map(|(k, e)| e.back().map(|t| (*t, *k))).collect();
            newest.sort_unstable();
            for (_, key) in newest.iter().take(newest.len() / 2) {
                buckets.addresses.remove(key);
            }
            tracing::warn!("login throttle was full; forgot the oldest half of its entries");
        }
    }

    fn lock(&self) -> MutexGuard<'_, Buckets> {
        // A panic while holding the lock leaves plain data behind, still usable.
        self.buckets.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn login_key(&self, who: LoginKey<'_>) -> Key {
        let normal = match who {
            LoginKey::Account(id) => format!("account:{id}"),
            // One bucket per unknown login however it is typed: `+91 98300-12345` and
            // `9830012345` are the same phone, `Rupa` and `rupa ` the same username.
            LoginKey::Typed(login) => match PhoneNumber::parse(login) {
                Ok(phone) if PhoneNumber::looks_like_phone(login) => format!("phone:{}", phone.canonical()),
                _ => format!("user:{}", login.trim().to_lowercase()),
            },
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
        Throttle::with_limits([1; 32], Limits { first_delay: SECS(1), ..Limits::default() })
    }

    const ADDR: Option<IpAddr> = Some(IpAddr::V4(std::net::Ipv4Addr::new(10, 0, 0, 1)));
    const RUPA: LoginKey<'static> = LoginKey::Account(AccountId(7));
    const SECS: fn(u64) -> Duration = Duration::from_secs;

    #[test]
    fn an_account_is_slowed_more_with_each_failure_but_never_beyond_the_cap() {
        let t = throttle();
        let start = Instant::now();
        let mut now = start;
        for _ in 0..4 {
            assert!(t.check(RUPA, None, now).is_ok(), "the first tries are free");
            t.record_failure(RUPA, None, now);
        }
        let mut waits = Vec::new();
        for _ in 0..12 {
            match t.check(RUPA, None, now) {
                Ok(()) => waits.push(Duration::ZERO),
                Err(wait) => {
                    waits.push(wait);
                    now += wait;
                    assert!(t.check(RUPA, None, now).is_ok(), "the wait is over");
                }
            }
            t.record_failure(RUPA, None, now);
        }
        assert_eq!(waits[..4], [Duration::ZERO, SECS(1), SECS(2), SECS(4)]);
        assert_eq!(waits[11], SECS(120), "capped: {waits:?}");
        assert!(now - start < SECS(15 * 60), "twelve failures cost well under the old lockout");
    }

    #[test]
    fn the_right_password_works_after_five_failures_once_the_short_wait_is_over() {
        let t = throttle();
        let now = Instant::now();
        for _ in 0..5 {
            t.record_failure(RUPA, None, now);
        }
        assert_eq!(t.check(RUPA, None, now), Err(SECS(1)));
        assert!(t.check(RUPA, None, now + SECS(1)).is_ok());
        t.record_success(RUPA);
        assert!(t.check(RUPA, None, now + SECS(1)).is_ok());
        t.record_failure(RUPA, None, now + SECS(1));
        assert!(t.check(RUPA, None, now + SECS(1)).is_ok(), "success cleared her failures");
    }

    #[test]
    fn failures_are_forgotten_a_window_after_the_last_one() {
        let t = throttle();
        let now = Instant::now();
        for _ in 0..10 {
            t.record_failure(RUPA, None, now);
        }
        assert_eq!(t.check(RUPA, None, now + SECS(20)), Err(SECS(12)), "ten failures: 32 s from the last");
        assert!(t.check(RUPA, None, now + SECS(15 * 60)).is_ok());
        t.record_failure(RUPA, None, now + SECS(15 * 60));
        assert!(t.check(RUPA, None, now + SECS(15 * 60)).is_ok(), "counting starts again");
    }

    #[test]
    fn spellings_of_one_unknown_phone_number_share_a_bucket_and_cost_what_an_account_does() {
        let t = throttle();
        let now = Instant::now();
        for login in ["9830012345", "+91 98300 12345", "098300-12345", "98300 12345", "9830012345"] {
            t.record_failure(LoginKey::Typed(login), None, now);
        }
        assert_eq!(t.check(LoginKey::Typed("98300 12345"), None, now), Err(SECS(1)));
        assert!(t.check(LoginKey::Typed("RUPA"), None, now).is_ok());
        assert!(t.check(RUPA, None, now).is_ok(), "an account is not an unknown login");
    }

    #[test]
    fn an_address_is_refused_after_failures_across_many_names() {
        let t = throttle();
        let now = Instant::now();
        for i in 0..20 {
            t.record_failure(LoginKey::Typed(&format!("name{i}")), ADDR, now);
        }
        assert!(t.check(LoginKey::Typed("fresh-name"), ADDR, now).is_err());
        assert!(t.check(LoginKey::Typed("fresh-name"), None, now).is_ok());
        t.record_success(LoginKey::Typed("name1"));
        assert!(t.check(LoginKey::Typed("fresh-name"), ADDR, now).is_err(), "a success does not clear the address");
    }
}
