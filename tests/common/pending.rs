//! `tests/go/PENDING`: programs written ahead of the features they need
//! (a path relative to tests/go, or a whole area as `area/`). run_go and
//! check_valid report their failures without failing.

use std::path::Path;

/// The entries of `dir/PENDING`.
pub fn read(dir: &Path) -> Vec<String> {
    std::fs::read_to_string(dir.join("PENDING"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// Whether program `name` (relative to tests/go) is listed.
pub fn lists(pending: &[String], name: &str) -> bool {
    pending
        .iter()
        .any(|p| p == name || (p.ends_with('/') && name.starts_with(p.as_str())))
}
