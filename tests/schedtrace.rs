//! GODEBUG=schedtrace=N[,scheddetail=1]: minigo prints Go's lines, field
//! for field. The lines real Go printed for the same program
//! (`tests/schedtrace/busy.gotrace*`, recorded with the Go toolchain) give
//! the shapes: each of minigo's lines, with its numbers and flags
//! normalised, must have the shape of one of Go's lines of its kind.

use std::collections::HashSet;
use std::process::Command;

/// A line with its values blanked: digits to `N`, `nil` to `N`, booleans
/// to `B`, a G's wait reason to `(R)`.
fn shape(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            while chars.peek().is_some_and(|d| d.is_ascii_digit()) {
                chars.next();
            }
            out.push('N');
        } else if c == '(' && out.ends_with("status=N") {
            for d in chars.by_ref() {
                if d == ')' {
                    break;
                }
            }
            out.push_str("(R)");
        } else {
            out.push(c);
        }
    }
    out.replace("=nil", "=N")
        .replace("=true", "=B")
        .replace("=false", "=B")
        // The run queue lists one length per P: `[ N N ]`.
        .replace("[ N N ]", "[ Ns ]")
}

fn kind(line: &str) -> &str {
    line.trim_start().get(..1).unwrap_or("")
}

fn check(godebug: &str, golden: &str) {
    let go = std::fs::read_to_string(golden).expect("golden trace");
    let shapes: HashSet<String> = go.lines().map(shape).collect();
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["run", "tests/schedtrace/busy.go"])
        .env("GOMAXPROCS", "2")
        .env("GODEBUG", godebug)
        .output()
        .expect("runs minigo");
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(
        lines.iter().any(|l| l.starts_with("SCHED ")),
        "no schedtrace line in {stderr}"
    );
    let mut kinds = HashSet::new();
    for l in &lines {
        assert!(
            shapes.contains(&shape(l)),
            "minigo's line\n  {l}\nhas no counterpart of its shape in Go's:\n{go}"
        );
        kinds.insert(kind(l).to_string());
    }
    if godebug.contains("scheddetail=1") {
        for k in ["S", "P", "M", "G"] {
            assert!(kinds.contains(k), "no {k} line in {stderr}");
        }
    }
}

#[test]
fn schedtrace_lines_are_gos() {
    check("schedtrace=5", "tests/schedtrace/busy.gotrace-short");
}

#[test]
fn scheddetail_lines_are_gos() {
    check(
        "schedtrace=5,scheddetail=1",
        "tests/schedtrace/busy.gotrace",
    );
}
