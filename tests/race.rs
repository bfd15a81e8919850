//! A racy Go program never crashes the interpreter: goroutines on several
//! Ms write interfaces, slices, strings, maps and pointers that others
//! read with no synchronization. The reads may see torn values (a type
//! word from one write, a data word from another); minigo may panic as
//! Go would on a bad value, but must never crash, hang or report an
//! internal error.

use std::process::Command;

#[test]
fn torn_values_do_not_crash_the_vm() {
    for procs in ["2", "4"] {
        let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
            .args(["run", "tests/race/torn_values.go"])
            .env("GOMAXPROCS", procs)
            .output()
            .expect("runs minigo");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let stdout = String::from_utf8_lossy(&out.stdout);
        match out.status.code() {
            Some(0) => assert_eq!(stdout, "survived 200000 reads\n"),
            // A Go panic on a torn value is allowed; a Rust one is not.
            Some(2) => assert!(
                stderr.starts_with("panic: ") && !stderr.contains("RUST_BACKTRACE"),
                "GOMAXPROCS={procs}: {stderr}"
            ),
            other => panic!("GOMAXPROCS={procs}: exit {other:?}: {stderr}"),
        }
    }
}
