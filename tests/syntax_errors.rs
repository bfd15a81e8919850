//! Golden syntax-error tests: `minigo parse NAME.go` must report what gc
//! reported for every program in `tests/syntax/` (recorded in `NAME.err` and
//! `NAME.code` by `/work/shared/tools/record-expected.sh`).
//!
//! Line and column must match gc on every line of every file. The message
//! text must match too, except for the files named in
//! `tests/syntax/TEXT_DIFFS`, one a line as `NAME.go: reason` (`#` starts a
//! comment). Every file is checked and its differences printed before the
//! test fails, so one run shows the whole picture.

mod common;

use common::{allowed_text_diffs, check_all, check_err_lines, golden_files, run_minigo};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/syntax");

#[test]
fn syntax_errors_match_gc() {
    let names = golden_files(DIR);
    let allowed = allowed_text_diffs(DIR);
    let tally = check_all(&names, &allowed, |name, reason| {
        check_err_lines(DIR, name, reason, || run_minigo(DIR, &["parse", name]))
    });
    tally.print_stale();
    let (passed, failed, exact) = (tally.passed, tally.failed, tally.exact);
    println!(
        "{passed} passed, {failed} failed ({exact} of {} with gc's exact text)",
        names.len()
    );
    assert_eq!(failed, 0, "{failed} golden syntax-error files failed");
}
