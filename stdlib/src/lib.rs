//! Go standard library packages (later issues).
