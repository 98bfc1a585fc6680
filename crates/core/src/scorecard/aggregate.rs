//! The score card of a round or a federation view (filled in by the score card aggregation work).
