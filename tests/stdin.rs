//! Programs that read standard input (issue 9: bufio.Scanner and
//! bufio.Reader over os.Stdin, fmt.Scan, Scanln and Scanf): each
//! `tests/stdin/NAME.go` runs with `NAME.in` as its standard input and
//! must print what the real Go printed, `NAME.out`, recorded with
//! `cd tests/stdin && go run NAME.go < NAME.in > NAME.out`.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/stdin");

/// Runs `NAME.go` with `NAME.in` written to a pipe as its stdin (then
/// closed); fails on a hang (20 s) or a difference from `NAME.out`.
fn run(name: &str) -> Result<(), String> {
    let dir = Path::new(DIR);
    let input = std::fs::read(dir.join(format!("{name}.in"))).map_err(|e| e.to_string())?;
    let want =
        std::fs::read_to_string(dir.join(format!("{name}.out"))).map_err(|e| e.to_string())?;
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("--color=never")
        .arg("run")
        .arg(dir.join(format!("{name}.go")))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut stdin = child.stdin.take().expect("stdin");
    // Written from a thread: a program that reads slowly must not block us.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let deadline = Instant::now() + Duration::from_secs(20);
    while child.try_wait().map_err(|e| e.to_string())?.is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            return Err(format!("{name}: minigo hung"));
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let _ = writer.join();
    let got = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        return Err(format!(
            "{name}: exit {:?}, stderr: {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    if got != want {
        return Err(format!(
            "{name}: stdout differs\n--- want\n{want}--- got\n{got}"
        ));
    }
    Ok(())
}

#[test]
fn programs_reading_stdin_print_what_go_printed() {
    let mut names: Vec<String> = std::fs::read_dir(DIR)
        .expect("tests/stdin")
        .flatten()
        .filter_map(|e| {
            let p = e.path();
            (p.extension().is_some_and(|x| x == "go"))
                .then(|| p.file_stem().unwrap().to_string_lossy().into_owned())
        })
        .collect();
    names.sort();
    assert!(names.len() >= 5, "the programs are missing: {names:?}");
    let failures: Vec<String> = names.iter().filter_map(|n| run(n).err()).collect();
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}
