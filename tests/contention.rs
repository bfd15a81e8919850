//! The park protocol under contention: goroutines on many Ms block and
//! wake each other over shared channels, again and again; every run must
//! end with every value received once (a lost wakeup hangs or deadlocks
//! the program, a double wakeup corrupts the count or crashes the VM).

use std::process::Command;
use std::time::{Duration, Instant};

fn run(prog: &str, gomaxprocs: &str) -> (String, Option<i32>, Duration) {
    let started = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["run", prog])
        .env("GOMAXPROCS", gomaxprocs)
        .output()
        .expect("runs minigo");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code(),
        started.elapsed(),
    )
}

fn check(prog: &str) {
    let want = std::fs::read_to_string(prog.replace(".go", ".out")).expect(".out");
    for procs in ["1", "2", "4", "8"] {
        for _ in 0..3 {
            let (got, code, took) = run(prog, procs);
            assert_eq!(code, Some(0), "GOMAXPROCS={procs}: {got}");
            assert_eq!(got, want, "GOMAXPROCS={procs}");
            assert!(
                took < Duration::from_secs(60),
                "GOMAXPROCS={procs}: {took:?}"
            );
        }
    }
}

#[test]
fn channels_under_contention_lose_and_duplicate_nothing() {
    check("tests/go/chans/contention.go");
}

/// Selects race for the same values: exactly one case of one select gets
/// each (the selectDone claim), and the losing cases' sudogs leave their
/// queues.
#[test]
fn selects_under_contention_lose_and_duplicate_nothing() {
    check("tests/go/select/contention.go");
}
