//! One clock for "today". Dhruva serves India: a day turns at midnight in India (UTC+5:30),
//! not at 05:30 in the morning when it turns in UTC. Every layer asks this module what day
//! an instant falls on, so a page and the store never disagree between 00:00 and 05:30.

use time::macros::offset;
use time::{Date, OffsetDateTime, UtcOffset};

/// India Standard Time.
pub const INDIA: UtcOffset = offset!(+5:30);

/// The date in India at `now`.
pub fn india_today(now: OffsetDateTime) -> Date {
    now.to_offset(INDIA).date()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn the_day_turns_at_midnight_in_india() {
        assert_eq!(india_today(datetime!(2026-12-05 18:29:59 UTC)), date!(2026 - 12 - 05));
        assert_eq!(india_today(datetime!(2026-12-05 18:30 UTC)), date!(2026 - 12 - 06));
        assert_eq!(india_today(datetime!(2026-12-05 23:00 UTC)), date!(2026 - 12 - 06));
    }
}
