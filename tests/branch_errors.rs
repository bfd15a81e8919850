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

use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/branches");
/// A hang is a failure too, not a stuck test run.
const TIME_LIMIT: Duration = Duration::from_secs(10);

/// One `file:line:col: message` line, or a line that is not one.
#[derive(Debug, Clone, PartialEq, Eq)]
enum ErrLine {
    Positioned {
        file: String,
        line: u32,
        col: u32,
        msg: String,
    },
    Other(String),
}

impl ErrLine {
    fn parse(text: &str) -> ErrLine {
        let mut parts = text.splitn(4, ':');
        if let (Some(file), Some(line), Some(col), Some(rest)) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        {
            if let (Ok(line), Ok(col), Some(msg)) =
                (line.parse(), col.parse(), rest.strip_prefix(' '))
            {
                return ErrLine::Positioned {
                    file: file.to_string(),
                    line,
                    col,
                    msg: msg.to_string(),
                };
            }
        }
        ErrLine::Other(text.to_string())
    }

    fn text(&self) -> String {
        match self {
            ErrLine::Positioned {
                file,
                line,
                col,
                msg,
            } => format!("{file}:{line}:{col}: {msg}"),
            ErrLine::Other(s) => s.clone(),
        }
    }
}

/// What one run of `minigo vet` left behind.
struct Outcome {
    code: Option<i32>,
    stderr: String,
    timed_out: bool,
}

fn run_minigo(name: &str) -> Result<Outcome, String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("vet")
        .arg(format!("./{name}"))
        .current_dir(DIR)
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start minigo: {e}"))?;
    // Read stderr on a thread so a chatty child cannot block on a full pipe
    // while we wait for it.
    let mut pipe = child.stderr.take().ok_or("no stderr pipe")?;
    let reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > TIME_LIMIT => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().map_err(|e| e.to_string())?;
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for minigo: {e}")),
        }
    };
    let stderr = reader.join().map_err(|_| "stderr reader panicked")?;
    // The recording script's `sed "s#\./NAME\.go:#NAME.go:#"`.
    let prefixed = format!("./{name}:");
    let stderr: String = String::from_utf8_lossy(&stderr)
        .lines()
        .map(|l| l.replacen(&prefixed, &format!("{name}:"), 1) + "\n")
        .collect();
    Ok(Outcome {
        code: status.code(),
        stderr,
        timed_out,
    })
}

/// The verdict on one file.
struct Verdict {
    failed: bool,
    report: String,
}

fn check_file(name: &str) -> Verdict {
    let base = Path::new(DIR).join(name);
    let want_err = fs::read_to_string(base.with_extension("err")).unwrap_or_default();
    let want_code: i32 = fs::read_to_string(base.with_extension("code"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let mut report = String::new();
    let outcome = match run_minigo(name) {
        Ok(o) => o,
        Err(e) => {
            return Verdict {
                failed: true,
                report: format!("FAIL {name}: {e}\n"),
            }
        }
    };
    let mut failed = false;
    if outcome.timed_out {
        failed = true;
        let _ = writeln!(report, "  timed out after {TIME_LIMIT:?}");
    }
    if outcome.code != Some(want_code) {
        failed = true;
        let got = outcome
            .code
            .map_or_else(|| "killed by a signal".to_string(), |c| c.to_string());
        let _ = writeln!(report, "  exit code: got {got}, want {want_code}");
    }
    if let Some(at) = outcome.stderr.find("panicked at") {
        // The panic message is what matters; the error lines a crashed run
        // printed (if any) would only bury it.
        let panic: Vec<&str> = outcome.stderr[at..].lines().take(2).collect();
        let _ = writeln!(
            report,
            "  minigo panicked at {}",
            panic.join(" | ").trim_start_matches("panicked at ")
        );
        for w in want_err.lines().filter(|l| !l.is_empty()) {
            let _ = writeln!(report, "  ! want {w}");
        }
        return Verdict {
            failed: true,
            report: format!("FAIL {name}\n{report}"),
        };
    }
    let want: Vec<ErrLine> = want_err
        .lines()
        .filter(|l| !l.is_empty())
        .map(ErrLine::parse)
        .collect();
    let got: Vec<ErrLine> = outcome
        .stderr
        .lines()
        .filter(|l| !l.is_empty())
        .map(ErrLine::parse)
        .collect();
    let mut lines_bad = false;
    let mut table = String::new();
    for i in 0..want.len().max(got.len()) {
        match (want.get(i), got.get(i)) {
            (Some(w), Some(g)) if w == g => {
                let _ = writeln!(table, "      {}", w.text());
            }
            (w, g) => {
                lines_bad = true;
                let show =
                    |l: Option<&ErrLine>| l.map_or_else(|| "(nothing)".to_string(), ErrLine::text);
                let _ = writeln!(table, "  ! want {}", show(w));
                let _ = writeln!(table, "  ! got  {}", show(g));
            }
        }
    }
    if lines_bad {
        failed = true;
        report.push_str(&table);
    }
    let head = if failed {
        format!("FAIL {name}\n")
    } else {
        String::new()
    };
    Verdict {
        failed,
        report: head + &report,
    }
}

fn golden_files() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(DIR)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p: &PathBuf| p.extension().is_some_and(|x| x == "go"))
                .filter_map(|p| p.file_name().and_then(|n| n.to_str()).map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn branch_errors_match_gc() {
    let names = golden_files();
    assert!(!names.is_empty(), "no golden programs in {DIR}");
    let (mut passed, mut failed) = (0, 0);
    for name in &names {
        let verdict = check_file(name);
        print!("{}", verdict.report);
        if verdict.failed {
            failed += 1;
        } else {
            passed += 1;
        }
    }
    println!("{passed} passed, {failed} failed of {}", names.len());
    assert_eq!(failed, 0, "{failed} golden branch-error files failed");
}
