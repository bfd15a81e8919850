//! Every valid program of `tests/go/` (each recorded with the real Go
//! toolchain, so gc accepts it) must type-check cleanly: `minigo vet` silent,
//! exit status 0. They become run tests once the VM runs programs.

#[path = "common/pending.rs"]
mod pending;

use std::path::{Path, PathBuf};
use std::process::Command;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/go");

fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            programs(&path, out);
        } else if path.extension().is_some_and(|e| e == "go") {
            out.push(path);
        }
    }
}

#[test]
fn valid_programs_check_cleanly() {
    let mut files = Vec::new();
    programs(Path::new(DIR), &mut files);
    files.sort();
    assert!(
        files.len() >= 100,
        "expected at least 100 programs in {DIR}"
    );
    // Programs written ahead of the features they need (`tests/go/PENDING`,
    // as tests/run_go.rs reads it): reported, but they do not fail.
    let pending = pending::read(Path::new(DIR));
    let mut failures = Vec::new();
    let mut pending_failed = 0;
    for f in &files {
        let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
            .arg("--color=never")
            .arg("vet")
            .arg(f)
            .output()
            .expect("run minigo");
        if !out.status.success() || !out.stderr.is_empty() {
            let name = f.strip_prefix(DIR).unwrap_or(f).display().to_string();
            let rel = name.trim_start_matches('/');
            if pending::lists(&pending, rel) {
                pending_failed += 1;
                eprintln!("pending: {rel}");
                continue;
            }
            let err = String::from_utf8_lossy(&out.stderr);
            let first: Vec<&str> = err.lines().take(3).collect();
            failures.push(format!(
                "{name}: {:?}\n    {}",
                out.status.code(),
                first.join("\n    ")
            ));
        }
    }
    let passed = files.len() - failures.len() - pending_failed;
    for f in &failures {
        eprintln!("FAIL {f}");
    }
    eprintln!(
        "{passed} passed, {} failed, {pending_failed} pending",
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} valid programs did not check cleanly",
        failures.len(),
        files.len()
    );
}
