//! Primary and complementary suppression (filled in by the score card aggregation work).
