//! Run tests: `minigo run` on the programs of `tests/go/` must print what
//! the real Go printed (`NAME.out`), exit as it did (`NAME.code`), and for a
//! program that dies, print its first `panic: `/`fatal error: ` line
//! (`NAME.err`) on stderr.
//!
//! The VM runs a subset of Go so far; `tests/go/RUNS` lists the programs it
//! must run (one path a line, relative to `tests/go/`). The others are run
//! too: one that runs must be right, and one the VM cannot run yet must say
//! so with a "not supported by minigo's VM yet" error, never a wrong answer.
//! The listed programs also run in GC-stress mode (`MINIGO_GCSTRESS=1`: a
//! collection at every allocation).

#[path = "common/pending.rs"]
mod pending;

use std::path::{Path, PathBuf};
use std::process::Command;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/go");
const UNSUPPORTED: &str = "not supported by minigo's VM yet";

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

enum Verdict {
    Pass,
    Unsupported(String),
    Fail(String),
}

fn run_one(path: &Path, gc_stress: bool) -> Verdict {
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .env("MINIGO_GCSTRESS", if gc_stress { "1" } else { "0" })
        .arg("--color=never")
        .arg("run")
        .arg(path)
        .output()
        .expect("run minigo");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if let Some(line) = stderr.lines().find(|l| l.contains(UNSUPPORTED)) {
        if out.status.code() == Some(1) {
            return Verdict::Unsupported(line.to_string());
        }
    }
    let want_out = std::fs::read(path.with_extension("out")).unwrap_or_default();
    let want_code: i32 = std::fs::read_to_string(path.with_extension("code"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let mut problems = Vec::new();
    if out.status.code() != Some(want_code) {
        problems.push(format!(
            "exit code {:?}, want {want_code}",
            out.status.code()
        ));
    }
    if out.stdout != want_out {
        problems.push(format!(
            "stdout differs:\n--- want\n{}--- got\n{}",
            String::from_utf8_lossy(&want_out),
            String::from_utf8_lossy(&out.stdout)
        ));
    }
    if let Ok(want_err) = std::fs::read_to_string(path.with_extension("err")) {
        let want_err = want_err.trim_end();
        if !want_err.is_empty() && !stderr.lines().any(|l| l == want_err) {
            problems.push(format!("stderr lacks {want_err:?}:\n{stderr}"));
        }
    }
    if problems.is_empty() {
        Verdict::Pass
    } else {
        Verdict::Fail(problems.join("\n"))
    }
}

#[test]
fn go_programs_run_as_go_runs_them() {
    let mut files = Vec::new();
    programs(Path::new(DIR), &mut files);
    files.sort();
    let must_run: Vec<String> = std::fs::read_to_string(Path::new(DIR).join("RUNS"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    // Programs written ahead of the features they need (`tests/go/PENDING`:
    // a path, or a whole area as `area/`): while not in RUNS, their failures
    // are printed but do not fail the test.
    let pending = pending::read(Path::new(DIR));
    let is_pending =
        |name: &str| !must_run.iter().any(|r| r == name) && pending::lists(&pending, name);
    let (mut passed, mut failed, mut unsupported, mut pending_failed) = (0, 0, 0, 0);
    let mut missing = Vec::new();
    for f in &files {
        let name = f
            .strip_prefix(DIR)
            .unwrap_or(f)
            .to_string_lossy()
            .trim_start_matches('/')
            .to_string();
        match run_one(f, false) {
            Verdict::Pass => passed += 1,
            Verdict::Unsupported(why) => {
                unsupported += 1;
                if must_run.contains(&name) {
                    missing.push(format!("{name}: {why}"));
                }
            }
            Verdict::Fail(_) if is_pending(&name) => pending_failed += 1,
            Verdict::Fail(why) => {
                failed += 1;
                println!("FAIL {name}\n{why}");
            }
        }
    }
    // The programs that run are run again collecting garbage at every
    // allocation: a missing root shows as a wrong answer or a crash.
    for r in &must_run {
        if let Verdict::Fail(why) = run_one(&Path::new(DIR).join(r), true) {
            failed += 1;
            println!("FAIL {r} (MINIGO_GCSTRESS=1)\n{why}");
        }
    }
    for m in &missing {
        println!("FAIL {m} (listed in RUNS)");
    }
    for r in &must_run {
        assert!(
            files.iter().any(|f| f.ends_with(r)),
            "RUNS names {r}, which is not in tests/go"
        );
    }
    println!(
        "{passed} passed, {} failed ({unsupported} not supported by the VM yet, \
         {pending_failed} pending programs not running yet)",
        failed + missing.len()
    );
    assert!(
        failed == 0 && missing.is_empty(),
        "{failed} programs ran wrongly, {} listed in RUNS did not run",
        missing.len()
    );
    assert!(passed >= must_run.len());
}
