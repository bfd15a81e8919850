//! Blocking calls (issue 8): a goroutine blocked reading standard input
//! holds an M, not the program. With GOMAXPROCS=1 the other goroutines go
//! on (sysmon hands the P off), and the program ends when main returns
//! even though the read never does.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn minigo() -> Command {
    Command::new(env!("CARGO_BIN_EXE_minigo"))
}

/// Runs `file` with GOMAXPROCS=1 and `env`, its stdin a pipe kept open
/// and never written (a read blocks for good); fails if it has not ended
/// within 20 s, since a hang is what these tests are about.
fn run_with_stdin_held_open(file: &str, env: &[(&str, &str)]) -> std::process::Output {
    let mut child = minigo()
        .args(["run", file])
        .env("GOMAXPROCS", "1")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("minigo runs");
    let stdin = child.stdin.take();
    let deadline = Instant::now() + Duration::from_secs(20);
    while child.try_wait().expect("wait").is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("{file}: minigo hung: the blocked read stopped the program");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let out = child.wait_with_output().expect("output");
    drop(stdin);
    out
}

#[test]
fn a_goroutine_blocked_on_stdin_does_not_stop_the_others() {
    let out = run_with_stdin_held_open("tests/blocking/stdin_blocked.go", &[]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("tick 50\n"),
        "the counter stopped: {stdout}"
    );
    assert!(
        stdout.ends_with("main done while the read still blocks\n"),
        "{stdout}"
    );
    assert!(!stdout.contains("read returned"), "{stdout}");
}

#[test]
fn stdin_is_read_to_its_end() {
    let mut child = minigo()
        .args(["run", "tests/blocking/stdin_echo.go"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("minigo runs");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(b"line one\nline two\n").expect("write");
    drop(stdin);
    let out = child.wait_with_output().expect("output");
    assert!(out.status.success());
    // Recorded from Go with the same input:
    // printf 'line one\nline two\n' | go run stdin_echo.go > stdin_echo.out
    let want = std::fs::read_to_string("tests/blocking/stdin_echo.out").expect("recorded");
    assert_eq!(String::from_utf8_lossy(&out.stdout), want);
}

#[test]
fn schedtrace_shows_threads_grow_for_blocked_readers() {
    let out = run_with_stdin_held_open(
        "tests/blocking/four_readers.go",
        &[("GODEBUG", "schedtrace=20")],
    );
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "done\n");
    let trace = String::from_utf8_lossy(&out.stderr);
    let most = trace
        .lines()
        .filter_map(|l| {
            l.split("threads=")
                .nth(1)?
                .split(' ')
                .next()?
                .parse::<u32>()
                .ok()
        })
        .max()
        .unwrap_or(0);
    // Four Ms in their reads, one for main.
    assert!(most >= 5, "threads never grew:\n{trace}");
}
