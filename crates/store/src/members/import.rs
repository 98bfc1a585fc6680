//! (issue 11 slice: being built)
