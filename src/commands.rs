//! `minigo run`, `minigo vet` and `minigo parse`.

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use minigo::{diag, Style};

use crate::cli::ColorChoice;
use crate::read::{load_program, read_source, Op};

/// The parser guards its nesting depth, but a deeply nested file still takes
/// deep recursion; parsing runs on threads with room for it, whatever stack
/// the main thread was given.
const PARSER_STACK: usize = 64 << 20;

/// Decides how diagnostics are drawn on stderr.
pub fn style(choice: ColorChoice) -> Style {
    match choice {
        ColorChoice::Never => Style::Plain,
        ColorChoice::Always => Style::Fancy { color: true },
        ColorChoice::Auto if io::stderr().is_terminal() => {
            // https://no-color.org: present and not empty disables color.
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            Style::Fancy { color: !no_color }
        }
        ColorChoice::Auto => Style::Plain,
    }
}

/// What checking one file printed and whether it was clean.
struct Outcome {
    ok: bool,
    stderr: Vec<u8>,
    /// minigo itself failed (a bug): the exit status is then 101, a Rust
    /// panic's, so that no script mistakes it for an error in the file.
    crashed: bool,
}

impl Outcome {
    fn new(ok: bool, stderr: Vec<u8>) -> Outcome {
        Outcome {
            ok,
            stderr,
            crashed: false,
        }
    }

    fn crashed(path: &Path) -> Outcome {
        let msg = format!(
            "minigo: internal error: checking {} crashed\n",
            path.display()
        );
        Outcome {
            ok: false,
            stderr: msg.into_bytes(),
            crashed: true,
        }
    }
}

/// Exit status 101 if any check crashed, else 0 or 1.
fn exit_code(outcomes: &[Outcome], ok: bool) -> ExitCode {
    if outcomes.iter().any(|o| o.crashed) {
        ExitCode::from(101)
    } else if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// How far a file is checked.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Depth {
    /// Syntax only, as `gofmt -e`.
    Syntax,
    /// Syntax and types, as the compiler before it compiles.
    Program,
}

/// Reads and checks one file, rendering its errors.
fn check_file(path: &Path, op: Op, depth: Depth, style: Style) -> Outcome {
    let mut stderr = Vec::new();
    let src = match read_source(path, op) {
        Ok(src) => src,
        Err(msg) => {
            // Writing to a Vec cannot fail.
            let _ = writeln!(stderr, "{msg}");
            return Outcome::new(false, stderr);
        }
    };
    let checked = match depth {
        Depth::Syntax => minigo::check_source(&src).map(|_| ()),
        Depth::Program => minigo::check_program(&src).map(|_| ()),
    };
    match checked {
        Ok(()) => Outcome::new(true, stderr),
        Err(diags) => {
            let _ = diag::emit(&mut stderr, style, &src, &diags);
            Outcome::new(false, stderr)
        }
    }
}

/// `minigo run PROGRAM [args]`: find the program's files (`-`, a
/// directory, or files: see [`crate::read::load_program`]), check, compile
/// and run them. Errors in the program exit with 1 (as `go run` does for
/// compile errors); a panic exits with 2, as Go's runtime does.
pub fn run(files: &[PathBuf], args: &[OsString], style: Style) -> ExitCode {
    let paths = files.to_vec();
    // The front end recurses over the tree: give it the parser's stack.
    let compiled = thread::Builder::new()
        .stack_size(PARSER_STACK)
        .spawn(move || -> Result<minigo_vm::bytecode::Program, Vec<u8>> {
            let mut stderr = Vec::new();
            let program = match load_program(&paths) {
                Ok(program) => program,
                Err(msg) => {
                    let _ = writeln!(stderr, "{msg}");
                    return Err(stderr);
                }
            };
            let files = &program.files;
            let result = minigo::check_package(files)
                .and_then(|checked| minigo::compile_package(files, &checked));
            result.map_err(|diags| {
                let _ = diag::emit_package(&mut stderr, style, files, &diags);
                stderr
            })
        })
        .ok()
        .and_then(|h| h.join().ok());
    let program = match compiled {
        Some(Ok(program)) => program,
        Some(Err(stderr)) => {
            let _ = io::stderr().write_all(&stderr);
            return ExitCode::FAILURE;
        }
        None => {
            let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
            let _ = writeln!(
                io::stderr(),
                "minigo: internal error: checking {} crashed",
                names.join(" ")
            );
            return ExitCode::from(101);
        }
    };
    // os.Args[0] is the program: go run's is a temporary binary named
    // after the package; minigo's is the first file, the directory, or `-`,
    // as given.
    let arg0 = files.first().map(|f| f.as_os_str()).unwrap_or_default();
    let mut stderr = io::stderr().lock();
    let mut options = minigo::RunOptions::from_env(|k| std::env::var(k).ok());
    options.args = std::iter::once(arg0)
        .chain(args.iter().map(|a| a.as_os_str()))
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    // os.Environ starts as the process's environment.
    options.env = std::env::vars_os()
        .map(|(k, v)| {
            use std::os::unix::ffi::OsStringExt;
            (k.into_vec(), v.into_vec())
        })
        .collect();
    // MINIGO_DISASM=1: the program's bytecode on stderr, for VM work.
    if std::env::var_os("MINIGO_DISASM").is_some_and(|v| v == "1") {
        for (i, f) in program.functions.iter().enumerate() {
            let _ = writeln!(
                stderr,
                "func {i} {} (frame {}, params {})",
                f.name, f.frame_size, f.n_params
            );
            for (pc, instr) in f.code.iter().enumerate() {
                let _ = writeln!(stderr, "  {pc:4} {instr:?}");
            }
        }
    }
    drop(stderr);
    let stdout = Box::new(io::BufWriter::new(io::stdout()));
    let status = minigo::run_program(
        std::sync::Arc::new(program),
        &options,
        Box::new(io::stdin()),
        stdout,
        Box::new(io::stderr()),
    );
    ExitCode::from(status.clamp(0, 255) as u8)
}

/// `minigo vet FILE`: syntax and type errors, silent and 0 when there are
/// none.
pub fn vet(file: &Path, style: Style) -> ExitCode {
    let outcomes = check_all(
        std::slice::from_ref(&file.to_path_buf()),
        Op::Open,
        Depth::Program,
        style,
    );
    let mut err = io::stderr().lock();
    let mut ok = true;
    for outcome in &outcomes {
        ok &= outcome.ok;
        let _ = err.write_all(&outcome.stderr);
    }
    exit_code(&outcomes, ok)
}

/// `minigo parse FILE...`: silent and 0 when every file parses; else every
/// file's errors, in the order the files were named, and 1.
pub fn parse(files: &[PathBuf], style: Style) -> ExitCode {
    let outcomes = check_all(files, Op::Open, Depth::Syntax, style);
    let mut err = io::BufWriter::new(io::stderr().lock());
    let mut ok = true;
    for outcome in &outcomes {
        ok &= outcome.ok;
        let _ = err.write_all(&outcome.stderr);
    }
    let _ = err.flush();
    exit_code(&outcomes, ok)
}

/// Checks files on as many threads as there are cores, each taking the next
/// unclaimed file, so one large file does not hold up the rest. The outcomes
/// come back in the order of `files`.
fn check_all(files: &[PathBuf], op: Op, depth: Depth, style: Style) -> Vec<Outcome> {
    let workers = thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len())
        .max(1);
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(path) = files.get(i) else { break };
            // A panic is a bug in minigo; the hook has printed it. The file
            // is reported and the others are still checked.
            let outcome =
                panic::catch_unwind(AssertUnwindSafe(|| check_file(path, op, depth, style)));
            done.push((i, outcome.unwrap_or_else(|_| Outcome::crashed(path))));
        }
        done
    };
    let mut slots: Vec<Option<Outcome>> = files.iter().map(|_| None).collect();
    thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                thread::Builder::new()
                    .stack_size(PARSER_STACK)
                    .spawn_scoped(s, work)
            })
            .collect();
        for handle in handles {
            let done = match handle {
                // Workers catch panics; should one die anyway, its files are
                // reported below as crashed.
                Ok(h) => h.join().unwrap_or_default(),
                // No thread to be had: do the work here.
                Err(_) => work(),
            };
            for (i, outcome) in done {
                if let Some(slot) = slots.get_mut(i) {
                    *slot = Some(outcome);
                }
            }
        }
    });
    slots
        .into_iter()
        .zip(files)
        .map(|(slot, path)| slot.unwrap_or_else(|| Outcome::crashed(path)))
        .collect()
}
