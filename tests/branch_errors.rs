//! Golden label and branch tests: `minigo vet ./NAME.go` must report what gc
//! reported for every program in `tests/branches/` (recorded in `NAME.err`
//! and `NAME.code` by `/work/shared/tools/record-expected.sh`, which runs
//! `go run NAME.go`).
//!
//! These are the errors of gc's `syntax/branches.go`, which gc's parser
//! checks in each function body (and which `minigo parse`, like gofmt,
//! does not). Line, column and text must match gc on every line of every
//! file. Some messages name a second position (`label L already defined at
//! ./x.go:4:1`): gc prints it with the file name as `go run` passed it to the
//! compiler, `./NAME.go`. So minigo is given `./NAME.go` as well, and its
//! output gets what the recording script does to gc's: the first
//! `./NAME.go:` of each line becomes `NAME.go:`.
//!
//! Every file is checked and its differences printed before the test
//! fails, so one run shows the whole picture.

mod common;

use common::{check_all, check_err_lines, golden_files, run_minigo, Outcome};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/branches");

/// `minigo vet ./NAME.go`, its stderr as the recording script leaves gc's.
fn run_vet(name: &str) -> Result<Outcome, String> {
    let outcome = run_minigo(DIR, &["vet", &format!("./{name}")])?;
    // The recording script's `sed "s#\./NAME\.go:#NAME.go:#"`.
    let prefixed = format!("./{name}:");
    let stderr: String = outcome
        .stderr
        .lines()
        .map(|l| l.replacen(&prefixed, &format!("{name}:"), 1) + "\n")
        .collect();
    Ok(Outcome { stderr, ..outcome })
}

#[test]
fn branch_errors_match_gc() {
    let names = golden_files(DIR);
    // No TEXT_DIFFS here: the text must match gc's on every line.
    let tally = check_all(&names, &[], |name, reason| {
        check_err_lines(DIR, name, reason, || run_vet(name))
    });
    let (passed, failed) = (tally.passed, tally.failed);
    println!("{passed} passed, {failed} failed of {}", names.len());
    assert_eq!(failed, 0, "{failed} golden branch-error files failed");
}
