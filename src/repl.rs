//! `minigo` alone: the interactive prompt, a terminal front end for
//! [`minigo::session::Session`].
//!
//! rustyline edits the line: history in `~/.minigo_history`, multi-line
//! entries that go on while a block, call, literal, string or comment is
//! open (minigo's lexer decides, `session::is_incomplete`), and tab
//! completion of keywords, the session's names, packages and their
//! members. While the prompt waits, goroutines started earlier print
//! through rustyline's external printer, line by line above the line being
//! edited; while an entry runs they print straight to the terminal.
//!
//! Ctrl-C while an entry runs interrupts it: SIGINT is blocked in every
//! thread but one, which waits for it (`sigwait`) and sets the session's
//! interrupt flag; the running goroutine dies at its next safepoint. At
//! the prompt (raw mode, no signal) Ctrl-C clears the line and Ctrl-D
//! ends the session. Without a terminal, entries are read from stdin.

use std::io::{BufRead, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use minigo::session::{is_incomplete, Outcome, Session};
use minigo::{RunOptions, Style};
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{Context, Editor, ExternalPrinter, Helper};

const HELP: &str = "\
Type Go: declarations (func, type, var, const, import) are kept and can be
declared again; statements run at once; an expression prints its value and
type. Packages of the standard library import themselves when used.

Commands:
  :help           this text
  :quit           leave (as Ctrl-D does)
  :reset          forget everything declared; a new session
  :load FILE      declare what FILE.go declares (its main is not run)
  :type EXPR      the type of an expression, without running it
  :doc pkg.Name   the declaration of a standard package's member

Ctrl-C stops an entry that runs too long; Tab completes names.
";

const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
    // Predeclared names people type often.
    "append",
    "bool",
    "byte",
    "cap",
    "close",
    "complex128",
    "copy",
    "delete",
    "error",
    "false",
    "float64",
    "int",
    "int64",
    "len",
    "make",
    "new",
    "nil",
    "panic",
    "print",
    "println",
    "recover",
    "rune",
    "string",
    "true",
    "uint",
    "uint64",
];

/// Where the program's output goes: to the terminal while an entry runs,
/// through the external printer (a line at a time) while the prompt waits.
#[derive(Default)]
struct Sink {
    at_prompt: bool,
    printer: Option<Box<dyn ExternalPrinter + Send>>,
    pending: Vec<u8>,
}

struct SinkWriter {
    sink: Arc<Mutex<Sink>>,
    stderr: bool,
}

impl Write for SinkWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut sink = self.sink.lock().unwrap_or_else(PoisonError::into_inner);
        let sink = &mut *sink;
        match (&mut sink.printer, sink.at_prompt) {
            (Some(printer), true) => {
                sink.pending.extend_from_slice(buf);
                if let Some(end) = sink.pending.iter().rposition(|&b| b == b'\n') {
                    let lines: Vec<u8> = sink.pending.drain(..=end).collect();
                    let text = String::from_utf8_lossy(&lines[..lines.len() - 1]).into_owned();
                    let _ = printer.print(text);
                }
                Ok(buf.len())
            }
            _ if self.stderr => std::io::stderr().write(buf),
            _ => std::io::stdout().write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stdout().flush()?;
        std::io::stderr().flush()
    }
}

impl Sink {
    /// The prompt is back: output goes above the line from now on.
    fn to_prompt(sink: &Mutex<Sink>) {
        let _ = std::io::stdout().flush();
        sink.lock()
            .unwrap_or_else(PoisonError::into_inner)
            .at_prompt = true;
    }

    /// An entry runs: output goes straight out, after what was held.
    fn to_terminal(sink: &Mutex<Sink>) {
        let mut s = sink.lock().unwrap_or_else(PoisonError::into_inner);
        s.at_prompt = false;
        if !s.pending.is_empty() {
            let held = std::mem::take(&mut s.pending);
            let _ = std::io::stdout().write_all(&held);
            let _ = std::io::stdout().flush();
        }
    }
}

/// Completion, continuation lines: what rustyline asks of the prompt.
struct PromptHelper {
    /// The session's names, refreshed after each entry.
    names: Arc<Mutex<Vec<String>>>,
    /// Package name → import path, for `pkg.` completion.
    packages: Arc<Mutex<Vec<(String, String)>>>,
}

impl Completer for PromptHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
            .map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &before[start..];
        let pair = |s: String| Pair {
            display: s.clone(),
            replacement: s,
        };
        if let Some((pkg, member)) = word.split_once('.') {
            let path = {
                let packages = self.packages.lock().unwrap_or_else(PoisonError::into_inner);
                packages
                    .iter()
                    .find(|(n, _)| n == pkg)
                    .map(|(_, p)| p.clone())
            };
            let Some(path) = path else {
                return Ok((pos, Vec::new()));
            };
            let found = minigo::doc::package_members(&path)
                .into_iter()
                .filter(|m| m.starts_with(member))
                .map(pair)
                .collect();
            return Ok((start + pkg.len() + 1, found));
        }
        let mut found: Vec<String> = KEYWORDS
            .iter()
            .map(|k| k.to_string())
            .chain(
                self.names
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .iter()
                    .cloned(),
            )
            .chain(
                self.packages
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .iter()
                    .map(|(n, _)| n.clone()),
            )
            .filter(|c| c.starts_with(word) && !word.is_empty())
            .collect();
        found.sort();
        found.dedup();
        Ok((start, found.into_iter().map(pair).collect()))
    }
}

impl Hinter for PromptHelper {
    type Hint = String;
}

impl Highlighter for PromptHelper {}

impl Validator for PromptHelper {
    fn validate(&self, ctx: &mut ValidationContext) -> rustyline::Result<ValidationResult> {
        let input = ctx.input();
        if !input.starts_with(':') && is_incomplete(input) {
            return Ok(ValidationResult::Incomplete);
        }
        Ok(ValidationResult::Valid(None))
    }
}

impl Helper for PromptHelper {}

/// Every package name the prompt completes: the standard packages (by
/// their last element, the shortest path winning) and the session's.
fn package_names(session: &Session) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for path in minigo::doc::std_packages() {
        let name = path.rsplit('/').next().unwrap_or(path).to_string();
        if let Some(p) = session.package_path(&name) {
            if !out.iter().any(|(n, _)| *n == name) {
                out.push((name, p));
            }
        }
    }
    out
}

/// SIGINT, blocked here before any other thread starts (they inherit the
/// mask), is taken by one thread that waits for it and sets `flag`.
fn catch_interrupts(flag: Arc<AtomicBool>) {
    // SAFETY: sigset_t is plain data; the calls only read and write the
    // set they are given and this thread's mask.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        if libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut()) != 0 {
            return;
        }
        let _ = std::thread::Builder::new()
            .name("minigo-sigint".into())
            .spawn(move || loop {
                let mut sig: libc::c_int = 0;
                if libc::sigwait(&set, &mut sig) == 0 && sig == libc::SIGINT {
                    flag.store(true, Ordering::Relaxed);
                }
            });
    }
}

fn history_path() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".minigo_history"))
}

/// A new session printing through `sink`.
fn new_session(sink: &Arc<Mutex<Sink>>, interrupt: &Arc<AtomicBool>) -> Result<Session, String> {
    let mut options = RunOptions::from_env(|k| std::env::var(k).ok());
    options.args = vec!["minigo".into()];
    options.env = std::env::vars_os()
        .map(|(k, v)| {
            use std::os::unix::ffi::OsStrExt;
            (k.as_bytes().to_vec(), v.as_bytes().to_vec())
        })
        .collect();
    Session::new(
        &options,
        Box::new(std::io::empty()),
        Box::new(SinkWriter {
            sink: sink.clone(),
            stderr: false,
        }),
        Box::new(SinkWriter {
            sink: sink.clone(),
            stderr: true,
        }),
        interrupt.clone(),
    )
}

/// What a line starting with `:` asks; `Some(code)` to leave.
fn command(
    line: &str,
    session: &mut Session,
    sink: &Arc<Mutex<Sink>>,
    interrupt: &Arc<AtomicBool>,
    style: Style,
) -> Result<Option<i32>, String> {
    let (cmd, arg) = line
        .trim()
        .split_once(char::is_whitespace)
        .map_or((line.trim(), ""), |(c, a)| (c, a.trim()));
    let err = &mut std::io::stderr();
    match cmd {
        ":help" | ":h" | ":?" => print!("{HELP}"),
        ":quit" | ":q" | ":exit" => return Ok(Some(0)),
        ":reset" => {
            *session = new_session(sink, interrupt)?;
            println!("(a new session)");
        }
        ":load" => {
            let file = crate::read::read_source(std::path::Path::new(arg), crate::read::Op::Open)?;
            let text = without_package_clause(file.text());
            if let Outcome::Exit(code) = session.eval(&text, err, style) {
                return Ok(Some(code));
            }
        }
        ":type" | ":t" => {
            if let Some(t) = session.type_of(arg, err, style) {
                println!("{t}");
            }
        }
        ":doc" => {
            let (pkg, name) = arg.split_once('.').unwrap_or((arg, ""));
            let path = session
                .package_path(pkg)
                .ok_or_else(|| format!("no package {pkg}"))?;
            if name.is_empty() {
                println!("package {pkg} // import {path:?}\n");
                for m in minigo::doc::package_members(&path) {
                    println!("  {m}");
                }
            } else {
                match minigo::doc::member_doc(&path, name) {
                    Some(d) => println!("{d}"),
                    None => return Err(format!("no {pkg}.{name} in package {path}")),
                }
            }
        }
        _ => return Err(format!("unknown command {cmd}; :help lists them")),
    }
    Ok(None)
}

/// A file's text with its package clause blanked (for `:load`).
fn without_package_clause(text: &str) -> String {
    let (file, _) = minigo_parser::parse_file(text);
    let span = file.package.span;
    let mut b = text.as_bytes().to_vec();
    if let Some(kw) = text[..span.lo as usize].rfind("package") {
        for c in &mut b[kw..span.hi as usize] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    }
    String::from_utf8(b).unwrap_or_default()
}

/// `minigo` with no command.
pub fn main(style: Style) -> ExitCode {
    use std::io::IsTerminal;
    let interrupt = Arc::new(AtomicBool::new(false));
    let tty = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    if tty {
        catch_interrupts(interrupt.clone());
    }
    let sink = Arc::new(Mutex::new(Sink::default()));
    let mut session = match new_session(&sink, &interrupt) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("minigo: {e}");
            return ExitCode::from(2);
        }
    };
    let code = if tty {
        interactive(&mut session, &sink, &interrupt, style)
    } else {
        piped(&mut session, &sink, &interrupt, style)
    };
    drop(session);
    ExitCode::from(code.clamp(0, 255) as u8)
}

fn interactive(
    session: &mut Session,
    sink: &Arc<Mutex<Sink>>,
    interrupt: &Arc<AtomicBool>,
    style: Style,
) -> i32 {
    let config = rustyline::Config::builder()
        .auto_add_history(false)
        .max_history_size(10_000)
        .map(|b| b.build())
        .unwrap_or_default();
    let mut editor: Editor<PromptHelper, rustyline::history::DefaultHistory> =
        match Editor::with_config(config) {
            Ok(e) => e,
            Err(e) => {
                eprintln!("minigo: {e}");
                return 2;
            }
        };
    let names = Arc::new(Mutex::new(session.names()));
    let packages = Arc::new(Mutex::new(package_names(session)));
    editor.set_helper(Some(PromptHelper {
        names: names.clone(),
        packages: packages.clone(),
    }));
    if let Ok(p) = editor.create_external_printer() {
        sink.lock().unwrap_or_else(PoisonError::into_inner).printer = Some(Box::new(p));
    }
    let history = history_path();
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    println!(
        "minigo {} — Go at the prompt. :help for help, Ctrl-D to leave.",
        minigo::VERSION
    );
    let code = loop {
        Sink::to_prompt(sink);
        let line = editor.readline("minigo> ");
        Sink::to_terminal(sink);
        let line = match line {
            Ok(l) => l,
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break 0,
            Err(e) => {
                eprintln!("minigo: {e}");
                break 1;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let _ = editor.add_history_entry(line.as_str());
        if let Some(h) = &history {
            let _ = editor.append_history(h);
        }
        if let Some(code) = entry(&line, session, sink, interrupt, style) {
            break code;
        }
        *names.lock().unwrap_or_else(PoisonError::into_inner) = session.names();
        *packages.lock().unwrap_or_else(PoisonError::into_inner) = package_names(session);
    };
    code
}

/// One entry or command; `Some(code)` when the session is over.
fn entry(
    line: &str,
    session: &mut Session,
    sink: &Arc<Mutex<Sink>>,
    interrupt: &Arc<AtomicBool>,
    style: Style,
) -> Option<i32> {
    if line.trim_start().starts_with(':') {
        return match command(line, session, sink, interrupt, style) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("{e}");
                None
            }
        };
    }
    match session.eval(line, &mut std::io::stderr(), style) {
        Outcome::Exit(code) => Some(code),
        Outcome::Ran | Outcome::Failed => None,
    }
}

/// Entries from a pipe: lines joined while an entry is incomplete.
fn piped(
    session: &mut Session,
    sink: &Arc<Mutex<Sink>>,
    interrupt: &Arc<AtomicBool>,
    style: Style,
) -> i32 {
    let stdin = std::io::stdin();
    let mut pending = String::new();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        pending.push_str(&line);
        pending.push('\n');
        if !pending.trim_start().starts_with(':') && is_incomplete(&pending) {
            continue;
        }
        let text = std::mem::take(&mut pending);
        if let Some(code) = entry(text.trim_end(), session, sink, interrupt, style) {
            return code;
        }
    }
    if !pending.trim().is_empty() {
        if let Some(code) = entry(pending.trim_end(), session, sink, interrupt, style) {
            return code;
        }
    }
    0
}
