//! Golden syntax-error tests: `minigo parse NAME.go` must report what gc
//! reported for every program in `tests/syntax/` (recorded in `NAME.err` and
//! `NAME.code` by `/work/shared/tools/record-expected.sh`).
//!
//! Line and column must match gc on every line of every file. The message
//! text must match too, except for the files named in
//! `tests/syntax/TEXT_DIFFS`, one a line as `NAME.go: reason` (`#` starts a
//! comment). Every file is checked and its differences printed before the
//! test fails, so one run shows the whole picture.

use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/syntax");
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

    /// The `file:line:col` part, which must always match.
    fn place(&self) -> Option<(&str, u32, u32)> {
        match self {
            ErrLine::Positioned {
                file, line, col, ..
            } => Some((file, *line, *col)),
            ErrLine::Other(_) => None,
        }
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

/// What one run of `minigo parse` left behind.
struct Outcome {
    code: Option<i32>,
    stderr: String,
    timed_out: bool,
}

fn run_minigo(name: &str) -> Result<Outcome, String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("parse")
        .arg(name)
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
    Ok(Outcome {
        code: status.code(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        timed_out,
    })
}

/// `NAME.go -> reason` from TEXT_DIFFS; malformed lines are errors.
fn text_diffs(dir: &Path) -> Result<Vec<(String, String)>, Vec<String>> {
    let Ok(text) = fs::read_to_string(dir.join("TEXT_DIFFS")) else {
        return Ok(Vec::new());
    };
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split_once(':') {
            Some((name, reason)) if !reason.trim().is_empty() => {
                let name = name.trim().to_string();
                if !dir.join(&name).is_file() {
                    problems.push(format!("TEXT_DIFFS:{}: no file {name}", i + 1));
                }
                entries.push((name, reason.trim().to_string()));
            }
            _ => problems.push(format!(
                "TEXT_DIFFS:{}: expected `NAME.go: reason`, got `{line}`",
                i + 1
            )),
        }
    }
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(problems)
    }
}

/// The verdict on one file.
struct Verdict {
    failed: bool,
    /// Message texts differ, but the file is allowed to.
    text_differs: bool,
    report: String,
}

fn check_file(name: &str, allowed_reason: Option<&str>) -> Verdict {
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
                text_differs: false,
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
            text_differs: false,
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
    let mut text_differs = false;
    let mut lines_bad = false;
    let mut table = String::new();
    for i in 0..want.len().max(got.len()) {
        match (want.get(i), got.get(i)) {
            (Some(w), Some(g)) if w == g => {
                let _ = writeln!(table, "      {}", w.text());
            }
            (Some(w), Some(g)) if w.place().is_some() && w.place() == g.place() => {
                text_differs = true;
                let mark = if allowed_reason.is_some() { "~" } else { "!" };
                let _ = writeln!(table, "  {mark} want {}", w.text());
                let _ = writeln!(table, "  {mark} got  {}", g.text());
            }
            (Some(w), Some(g)) => {
                lines_bad = true;
                let _ = writeln!(table, "  ! want {}", w.text());
                let _ = writeln!(table, "  ! got  {}", g.text());
            }
            (Some(w), None) => {
                lines_bad = true;
                let _ = writeln!(table, "  ! want {}", w.text());
                let _ = writeln!(table, "  ! got  (nothing)");
            }
            (None, Some(g)) => {
                lines_bad = true;
                let _ = writeln!(table, "  ! want (nothing)");
                let _ = writeln!(table, "  ! got  {}", g.text());
            }
            (None, None) => {}
        }
    }
    if lines_bad || (text_differs && allowed_reason.is_none()) {
        failed = true;
    }
    if lines_bad || text_differs {
        report.push_str(&table);
    }
    let head = match (failed, text_differs, allowed_reason) {
        (true, _, _) => format!("FAIL {name}\n"),
        (false, true, Some(reason)) => format!("ok   {name} (text differs, allowed: {reason})\n"),
        _ => String::new(),
    };
    Verdict {
        failed,
        text_differs,
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
fn syntax_errors_match_gc() {
    let names = golden_files();
    assert!(!names.is_empty(), "no golden programs in {DIR}");
    let allowed = match text_diffs(Path::new(DIR)) {
        Ok(entries) => entries,
        Err(problems) => panic!("bad TEXT_DIFFS:\n{}", problems.join("\n")),
    };
    let (mut passed, mut failed, mut exact) = (0, 0, 0);
    let mut stale = Vec::new();
    for name in &names {
        let reason = allowed
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, r)| r.as_str());
        let verdict = check_file(name, reason);
        print!("{}", verdict.report);
        if verdict.failed {
            failed += 1;
        } else {
            passed += 1;
            if !verdict.text_differs {
                exact += 1;
                if reason.is_some() {
                    stale.push(name.as_str());
                }
            }
        }
    }
    for name in &stale {
        println!("note: {name} now matches gc's text exactly; remove it from TEXT_DIFFS");
    }
    println!(
        "{passed} passed, {failed} failed ({exact} of {} with gc's exact text)",
        names.len()
    );
    assert_eq!(failed, 0, "{failed} golden syntax-error files failed");
}
