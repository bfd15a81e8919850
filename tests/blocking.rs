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

#[test]
fn a_goroutine_blocked_on_stdin_does_not_stop_the_others() {
    let start = Instant::now();
    let mut child = minigo()
        .args(["run", "tests/blocking/stdin_blocked.go"])
        .env("GOMAXPROCS", "1")
        // A pipe kept open and never written: the read blocks for good.
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("minigo runs");
    let stdin = child.stdin.take();
    // Wait, but not forever: a hang is the failure this test is about.
    let deadline = start + Duration::from_secs(20);
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("minigo hung: the blocked read stopped the program");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    drop(stdin);
    let out = child.wait_with_output().expect("output");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        status.success(),
        "exit {status:?}, stderr: {}",
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
    let mut child = minigo()
        .args(["run", "tests/blocking/four_readers.go"])
        .env("GOMAXPROCS", "1")
        .env("GODEBUG", "schedtrace=20")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("minigo runs");
    let stdin = child.stdin.take();
    let out = child.wait_with_output().expect("output");
    drop(stdin);
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
