//! What the golden-error harnesses (`syntax_errors`, `branch_errors`,
//! `check_errors`) share: running minigo under a time limit, reading the
//! goldens recorded from gc, the TEXT_DIFFS allow-list, the want/got table
//! and the per-file verdicts and their tally.
//!
//! Each harness includes this file with `mod common;` (Cargo does not build
//! the folders under `tests/` as test crates of their own).

// Each harness uses only part of this module; what one does not use is not
// dead in the others.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// A hang is a failure too, not a stuck test run.
pub const TIME_LIMIT: Duration = Duration::from_secs(10);

/// One `file:line:col: message` line, or a line that is not one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrLine {
    Positioned {
        file: String,
        line: u32,
        col: u32,
        msg: String,
    },
    Other(String),
}

impl ErrLine {
    pub fn parse(text: &str) -> ErrLine {
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

    /// The non-empty lines of `text`, parsed.
    pub fn parse_all(text: &str) -> Vec<ErrLine> {
        text.lines()
            .filter(|l| !l.is_empty())
            .map(ErrLine::parse)
            .collect()
    }

    /// The `file:line:col` part, which must always match.
    pub fn place(&self) -> Option<(&str, u32, u32)> {
        match self {
            ErrLine::Positioned {
                file, line, col, ..
            } => Some((file, *line, *col)),
            ErrLine::Other(_) => None,
        }
    }

    pub fn text(&self) -> String {
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

/// What one run of minigo left behind.
pub struct Outcome {
    pub code: Option<i32>,
    pub stderr: String,
    pub timed_out: bool,
}

/// Runs `minigo ARGS...` in `dir`, killing it after [`TIME_LIMIT`].
pub fn run_minigo(dir: &str, args: &[&str]) -> Result<Outcome, String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(args)
        .current_dir(dir)
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

/// Writes a timeout and a wrong exit code to `report`; says whether there
/// was either.
pub fn report_exit(outcome: &Outcome, want_code: i32, report: &mut String) -> bool {
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
    failed
}

/// Writes minigo's panic, if it panicked, to `report`; says whether it did.
pub fn report_panic(outcome: &Outcome, report: &mut String) -> bool {
    let Some(at) = outcome.stderr.find("panicked at") else {
        return false;
    };
    // The panic message is what matters; the error lines a crashed run
    // printed (if any) would only bury it.
    let panic: Vec<&str> = outcome.stderr[at..].lines().take(2).collect();
    let _ = writeln!(
        report,
        "  minigo panicked at {}",
        panic.join(" | ").trim_start_matches("panicked at ")
    );
    true
}

/// `NAME.err` and `NAME.code` of `name` in `dir`, as recorded; a missing
/// file reads as no errors and exit code 0.
pub fn read_expected(dir: &str, name: &str) -> (String, i32) {
    let base = Path::new(dir).join(name);
    let want_err = fs::read_to_string(base.with_extension("err")).unwrap_or_default();
    let want_code: i32 = fs::read_to_string(base.with_extension("code"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    (want_err, want_code)
}

/// `NAME.go -> reason` from TEXT_DIFFS; malformed lines are errors.
pub fn text_diffs(dir: &Path) -> Result<Vec<(String, String)>, Vec<String>> {
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

/// [`text_diffs`] of `dir`, or a panic that lists what is wrong with it.
pub fn allowed_text_diffs(dir: &str) -> Vec<(String, String)> {
    match text_diffs(Path::new(dir)) {
        Ok(entries) => entries,
        Err(problems) => panic!("bad TEXT_DIFFS:\n{}", problems.join("\n")),
    }
}

/// The `.go` files in `dir`, sorted; there must be some.
pub fn golden_files(dir: &str) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
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
    assert!(!names.is_empty(), "no golden programs in {dir}");
    names
}

/// The want/got table of one file.
pub struct Table {
    pub text: String,
    /// Some line has the right place but other text.
    pub text_differs: bool,
    /// Some line is missing, extra or in the wrong place.
    pub lines_bad: bool,
}

/// Lines up `want` and `got`. A pair at the same place (`same_place`) whose
/// text differs is marked `~` where the file may differ (`allowed`), `!`
/// where not; every other mismatch is a bad line.
pub fn compare<T: PartialEq>(
    want: &[T],
    got: &[T],
    same_place: impl Fn(&T, &T) -> bool,
    text: impl Fn(&T) -> String,
    allowed: bool,
) -> Table {
    let mut text_differs = false;
    let mut lines_bad = false;
    let mut table = String::new();
    for i in 0..want.len().max(got.len()) {
        match (want.get(i), got.get(i)) {
            (Some(w), Some(g)) if w == g => {
                let _ = writeln!(table, "      {}", text(w));
            }
            (Some(w), Some(g)) if same_place(w, g) => {
                text_differs = true;
                let mark = if allowed { "~" } else { "!" };
                let _ = writeln!(table, "  {mark} want {}", text(w));
                let _ = writeln!(table, "  {mark} got  {}", text(g));
            }
            (Some(w), Some(g)) => {
                lines_bad = true;
                let _ = writeln!(table, "  ! want {}", text(w));
                let _ = writeln!(table, "  ! got  {}", text(g));
            }
            (Some(w), None) => {
                lines_bad = true;
                let _ = writeln!(table, "  ! want {}", text(w));
                let _ = writeln!(table, "  ! got  (nothing)");
            }
            (None, Some(g)) => {
                lines_bad = true;
                let _ = writeln!(table, "  ! want (nothing)");
                let _ = writeln!(table, "  ! got  {}", text(g));
            }
            (None, None) => {}
        }
    }
    Table {
        text: table,
        text_differs,
        lines_bad,
    }
}

/// The verdict on one file.
pub struct Verdict {
    pub failed: bool,
    /// Message texts differ, but the file is allowed to.
    pub text_differs: bool,
    pub report: String,
}

impl Verdict {
    /// A failure, with `report` under the `FAIL` line.
    pub fn fail(name: &str, report: String) -> Verdict {
        Verdict {
            failed: true,
            text_differs: false,
            report: format!("FAIL {name}\n{report}"),
        }
    }

    /// The verdict, with the head line it calls for above `report`.
    pub fn new(
        name: &str,
        failed: bool,
        text_differs: bool,
        allowed_reason: Option<&str>,
        report: String,
    ) -> Verdict {
        let head = match (failed, text_differs, allowed_reason) {
            (true, _, _) => format!("FAIL {name}\n"),
            (false, true, Some(reason)) => {
                format!("ok   {name} (text differs, allowed: {reason})\n")
            }
            _ => String::new(),
        };
        Verdict {
            failed,
            text_differs,
            report: head + &report,
        }
    }
}

/// Checks a file whose goldens are read by [`read_expected`] and whose lines
/// are [`ErrLine`]s: the exit code, a panic, then every line. `run` runs
/// minigo on it.
pub fn check_err_lines(
    dir: &str,
    name: &str,
    allowed_reason: Option<&str>,
    run: impl FnOnce() -> Result<Outcome, String>,
) -> Verdict {
    let (want_err, want_code) = read_expected(dir, name);
    let mut report = String::new();
    let outcome = match run() {
        Ok(o) => o,
        Err(e) => {
            return Verdict {
                failed: true,
                text_differs: false,
                report: format!("FAIL {name}: {e}\n"),
            }
        }
    };
    let mut failed = report_exit(&outcome, want_code, &mut report);
    if report_panic(&outcome, &mut report) {
        for w in want_err.lines().filter(|l| !l.is_empty()) {
            let _ = writeln!(report, "  ! want {w}");
        }
        return Verdict::fail(name, report);
    }
    let want = ErrLine::parse_all(&want_err);
    let got = ErrLine::parse_all(&outcome.stderr);
    let table = compare(
        &want,
        &got,
        |w, g| w.place().is_some() && w.place() == g.place(),
        ErrLine::text,
        allowed_reason.is_some(),
    );
    if table.lines_bad || (table.text_differs && allowed_reason.is_none()) {
        failed = true;
    }
    if table.lines_bad || table.text_differs {
        report.push_str(&table.text);
    }
    Verdict::new(name, failed, table.text_differs, allowed_reason, report)
}

/// How the files of one run fared.
#[derive(Default)]
pub struct Tally {
    pub passed: usize,
    pub failed: usize,
    /// Passed with gc's exact text.
    pub exact: usize,
    pub failed_names: Vec<String>,
    pub passed_names: Vec<String>,
    /// Named in TEXT_DIFFS, yet matching gc's text exactly.
    pub stale: Vec<String>,
}

/// Checks each of `names` with `check` (given its TEXT_DIFFS reason, if it
/// has one in `allowed`), printing each verdict's report as it comes.
pub fn check_all(
    names: &[String],
    allowed: &[(String, String)],
    mut check: impl FnMut(&str, Option<&str>) -> Verdict,
) -> Tally {
    let mut tally = Tally::default();
    for name in names {
        let reason = allowed
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, r)| r.as_str());
        let verdict = check(name, reason);
        print!("{}", verdict.report);
        if verdict.failed {
            tally.failed += 1;
            tally.failed_names.push(name.clone());
        } else {
            tally.passed += 1;
            tally.passed_names.push(name.clone());
            if !verdict.text_differs {
                tally.exact += 1;
                if reason.is_some() {
                    tally.stale.push(name.clone());
                }
            }
        }
    }
    tally
}

impl Tally {
    pub fn print_stale(&self) {
        for name in &self.stale {
            println!("note: {name} now matches gc's text exactly; remove it from TEXT_DIFFS");
        }
    }
}
