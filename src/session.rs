//! An interactive session: Go typed a piece at a time into one running
//! program (the REPL's engine, usable without a terminal).
//!
//! Each entry is checked together with everything declared before it, as
//! the files of one `package main`: every earlier declaration is a file
//! of its own (`<entry N>`, the text as typed, after a one-line prefix
//! that imports the session's packages), and the entry's statements
//! become the body of a function of another file. Top-level variables
//! of an entry (`x := 1`, `var y T`) become package variables, so later
//! entries, functions and goroutines see them; to learn their types the
//! entry is checked once as written, then again with its variables
//! declared as `var x T` and its `:=` turned into `=` (every rewrite keeps
//! byte offsets, so errors point into the entry as typed).
//!
//! Compilation only adds to the running program (`compile_prompt`): what
//! an entry redefines, and every declaration that mentions it, is
//! compiled again under new indices, while running goroutines keep the
//! code they have. The program runs on its own scheduler from the start
//! (`minigo_vm::prompt`): its main goroutine starts each entry in a
//! goroutine and waits for the next, so goroutines started at the prompt
//! go on running between entries.

use std::collections::HashSet;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use minigo_lexer::{Lexer, Token};
use minigo_parser::ast::{self, AssignOp, Decl, ExprKind, StmtKind};
use minigo_vm::check::{self, Checked, Mode, Sources};
use minigo_vm::compile::{compile_prompt, go_type_string, PromptEntry, PromptState};
use minigo_vm::exec::Runner;
use minigo_vm::interp::{Machine, Output, Room};
use minigo_vm::prompt::{PromptEnds, PromptEvent, PromptLink};

use crate::{Diagnostic, RunOptions, SourceFile, StdImporter, Style};

/// How an entry went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// It ran (a panic in it was printed; the session goes on).
    Ran,
    /// It had errors (printed); nothing of it was kept.
    Failed,
    /// The session's program ended (`os.Exit`) with this status.
    Exit(i32),
}

/// A declaration kept by the session: one file of the program.
#[derive(Clone, Debug)]
struct Record {
    /// The names it declares; a method is `T.m`.
    names: Vec<String>,
    /// The file's name, as tracebacks and messages show it.
    file: String,
    /// The declaration, after `file`'s prefix (blanks keep it where it
    /// was in its entry).
    text: String,
    /// The identifiers it uses (a redefinition of one renews it).
    idents: HashSet<String>,
    /// For a variable: its type, as declared (`var x T`).
    var_type: Option<String>,
}

/// The session's files, checked.
type Checking = Result<(Sources, Checked), Vec<check::TypeError>>;

/// A generated file of an entry: its text and where the entry starts in it.
struct Gen {
    name: String,
    text: String,
    /// Bytes before the entry's text begins (the entry's offset 0).
    prefix: usize,
    /// Whether its positions are the current entry's.
    current: bool,
}

/// Where the package prefix of a file ends: `package main;` and the
/// session's imports, all on line 1.
fn file_prefix(imports: &[(String, String)], extra: &str) -> String {
    let mut p = String::from("package main;");
    if !imports.is_empty() {
        p.push_str("import (");
        for (name, path) in imports {
            p.push_str(&format!("{name} {path:?};"));
        }
        p.push_str(");");
    }
    p.push_str(extra);
    p
}

/// `text` with the bytes of `range` blanked (newlines kept), so that
/// offsets after it stay where they were.
fn blank(text: &mut [u8], range: std::ops::Range<usize>) {
    for b in &mut text[range] {
        if *b != b'\n' {
            *b = b' ';
        }
    }
}

/// The text with everything but `range` blanked.
fn only(text: &str, range: std::ops::Range<usize>) -> String {
    let mut b = text.as_bytes().to_vec();
    let len = b.len();
    blank(&mut b, 0..range.start);
    blank(&mut b, range.end..len);
    String::from_utf8(b).unwrap_or_default()
}

/// The identifiers `text` mentions.
fn idents(text: &str) -> HashSet<String> {
    let mut lx = Lexer::new(text);
    let mut out = HashSet::new();
    loop {
        let t = lx.next_token();
        match t.tok {
            Token::Eof => break,
            Token::Name => {
                out.insert(text[t.span.lo as usize..t.span.hi as usize].to_string());
            }
            _ => {}
        }
    }
    out
}

/// Whether `input` stops inside a block, call, literal, string or
/// comment, so that the prompt should read another line (decided by
/// minigo's lexer: brackets inside strings and comments do not count).
pub fn is_incomplete(input: &str) -> bool {
    let mut lx = Lexer::new(input);
    let mut depth: i64 = 0;
    loop {
        let t = lx.next_token();
        match t.tok {
            Token::Eof => break,
            Token::LParen | Token::LBrack | Token::LBrace => depth += 1,
            Token::RParen | Token::RBrack | Token::RBrace => depth -= 1,
            _ => {}
        }
    }
    let unterminated = lx
        .take_errors()
        .iter()
        .any(|e| e.msg.ends_with("not terminated") && !e.msg.starts_with("rune"));
    depth > 0 || unterminated
}

/// The standard package a name at the prompt means when the session has
/// not imported it (`strings`, `rand` for math/rand).
fn std_package_named(name: &str) -> Option<&'static str> {
    let mut found: Vec<&'static str> = minigo_stdlib::api_packages()
        .iter()
        .copied()
        .filter(|p| p.rsplit('/').next() == Some(name))
        .collect();
    found.sort_by_key(|p| (p.len(), *p));
    found.first().copied()
}

/// A type as Go source says it in package main: `T`, `[]strings.Builder`.
fn type_source(types: &minigo_vm::types::TypeTable, t: minigo_vm::types::TypeId) -> String {
    let s = go_type_string(types, t);
    // `main.T` → `T`, where `main.` starts a name.
    let mut out = String::with_capacity(s.len());
    let mut rest = s.as_str();
    while let Some(at) = rest.find("main.") {
        let before = rest[..at].chars().next_back();
        out.push_str(&rest[..at]);
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            out.push_str("main.");
        }
        rest = &rest[at + 5..];
    }
    out.push_str(rest);
    out
}

/// Prints errors at offsets of the entry `input`, against its text.
fn emit_entry_errors(
    out: &mut dyn Write,
    style: Style,
    entry_name: &str,
    input: &str,
    errors: impl IntoIterator<Item = (usize, String)>,
) {
    let diags: Vec<Diagnostic> = errors
        .into_iter()
        .map(|(pos, msg)| Diagnostic {
            file: entry_name.to_string(),
            pos: pos.min(input.len()) as u32,
            msg,
        })
        .collect();
    if let Ok(f) = SourceFile::new(entry_name, input) {
        let _ = crate::diag::emit(out, style, &f, &diags);
    }
}

/// A Go string literal of `s`.
fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The static types of the values an expression entry shows: the
/// expression's (`_ = (x)` in the entry's function), or a call's results;
/// none for calls of fmt's printing functions, whose results nobody
/// wants to see.
fn shown_types(
    file: &ast::File,
    run_name: &str,
    info: &check::FileInfo,
    checked: &Checked,
) -> Vec<String> {
    let body = file.decls.iter().find_map(|d| match d {
        Decl::Func(f) if *f.name.name == *run_name => f.body.as_ref(),
        _ => None,
    });
    let Some(stmt) = body.and_then(|b| b.stmts.iter().find(|s| !matches!(s.kind, StmtKind::Empty)))
    else {
        return Vec::new();
    };
    let e = match &stmt.kind {
        StmtKind::Expr(e) => {
            if let ExprKind::Call { fun, .. } = &e.kind {
                if let ExprKind::Selector { x, sel } = &fun.kind {
                    let printing = ["Print", "Fprint"].iter().any(|p| sel.name.starts_with(p));
                    if matches!(&x.kind, ExprKind::Name(n) if &**n == "fmt") && printing {
                        return Vec::new();
                    }
                }
            }
            e
        }
        StmtKind::Assign { rhs, .. } => match rhs.first() {
            Some(e) => e,
            None => return Vec::new(),
        },
        _ => return Vec::new(),
    };
    let Some(tv) = info.types.get(e.id.0 as usize).cloned().flatten() else {
        return Vec::new();
    };
    if tv.mode == Mode::NoValue {
        return Vec::new();
    }
    match checked.types.kind(tv.ty) {
        minigo_vm::types::TypeKind::Tuple(v) => {
            v.iter().map(|&t| type_source(&checked.types, t)).collect()
        }
        _ => vec![type_source(&checked.types, tv.ty)],
    }
}

/// One interactive session.
pub struct Session {
    /// The session's imports: local name, path.
    imports: Vec<(String, String)>,
    records: Vec<Record>,
    state: PromptState,
    runner: Arc<Runner>,
    link: Arc<PromptLink>,
    ends: PromptEnds,
    thread: Option<std::thread::JoinHandle<()>>,
    /// Entries typed so far (files are named by it).
    entries: u64,
    /// Entries run so far.
    serial: u64,
    /// Set (by a Ctrl-C handler) to interrupt the running entry.
    interrupt: Arc<AtomicBool>,
    ended: Option<i32>,
}

impl Session {
    /// A session whose program prints to `stdout` and `stderr` and reads
    /// `stdin`; `interrupt`, once set, stops the entry running.
    pub fn new(
        options: &RunOptions,
        stdin: Box<dyn std::io::Read + Send>,
        stdout: Box<dyn Write + Send>,
        stderr: Box<dyn Write + Send>,
        interrupt: Arc<AtomicBool>,
    ) -> Result<Session, String> {
        let mut session = Session {
            imports: Vec::new(),
            records: Vec::new(),
            state: PromptState::default(),
            runner: Arc::new(Runner::new(
                Arc::default(),
                Machine::new(&Default::default()),
                Output::new(Box::new(std::io::sink()), Box::new(std::io::sink())),
            )),
            link: PromptLink::new().0,
            ends: PromptLink::new().1,
            thread: None,
            entries: 0,
            serial: 0,
            interrupt,
            ended: None,
        };
        // The empty program: the prompt's server alone.
        let gen = Gen {
            name: "<session>".into(),
            text: "package main\n".into(),
            prefix: 0,
            current: false,
        };
        let (sources, checked) = session
            .check(std::slice::from_ref(&gen))
            .map_err(|e| format!("{e:?}"))?;
        let renew = Default::default();
        let (state, _) = compile_prompt(
            &sources,
            &checked,
            &PromptState::default(),
            &PromptEntry {
                renew: &renew,
                run: None,
            },
        )
        .map_err(|e| e.msg)?;
        let (link, ends) = PromptLink::new();
        let mut machine = options.machine(&state.program, Room::Prompt);
        machine.prompt = Some(link.clone());
        let out = Output::new(stdout, stderr).with_stdin(stdin);
        let runner = Arc::new(Runner::new(state.program.clone(), machine, out));
        let config = options.config();
        let ended = ends.ended.clone();
        let r = runner.clone();
        let thread = std::thread::Builder::new()
            .name("minigo-session".into())
            .spawn(move || {
                let code = minigo_vm::exec::run_shared(r, config);
                let _ = ended.send(PromptEvent::Ended(code));
            })
            .map_err(|e| e.to_string())?;
        session.state = state;
        session.runner = runner;
        session.link = link;
        session.ends = ends;
        session.thread = Some(thread);
        Ok(session)
    }

    /// The names declared so far and the packages imported, for
    /// completion.
    pub fn names(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .records
            .iter()
            .flat_map(|r| r.names.iter().filter(|n| !n.contains('.')).cloned())
            .chain(self.imports.iter().map(|(n, _)| n.clone()))
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// The import path of a package name the session knows (imported, or
    /// a standard package it would import).
    pub fn package_path(&self, name: &str) -> Option<String> {
        self.imports
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, p)| p.clone())
            .or_else(|| std_package_named(name).map(String::from))
    }

    /// Whether the session's program has ended (os.Exit), with its status.
    pub fn ended(&self) -> Option<i32> {
        self.ended
    }

    /// Checks the session's files (and the standard packages they import).
    fn check(&self, files: &[Gen]) -> Checking {
        let mut program = Vec::new();
        for f in files {
            let (tree, syntax) = minigo_parser::parse_file(&f.text);
            if let Some(e) = syntax.first() {
                return Err(vec![check::TypeError {
                    file: program.len(),
                    pos: e.pos,
                    msg: e.msg.clone(),
                    soft: false,
                }]);
            }
            program.push((f.name.clone(), minigo_lexer::LineMap::new(&f.text), tree));
        }
        let mut sources = Sources::load(program, &StdImporter)?;
        sources.prompt = true;
        let checked = check::check(&sources)?;
        Ok((sources, checked))
    }

    /// Checks `files`, importing a standard package the first time an
    /// entry uses it (`strings.Fields` with no `import "strings"`):
    /// `files` are rebuilt with the new imports.
    fn check_importing(&mut self, build: &dyn Fn(&Session) -> Vec<Gen>) -> (Vec<Gen>, Checking) {
        loop {
            let files = build(self);
            let result = self.check(&files);
            let Err(errors) = &result else {
                return (files, result);
            };
            let mut added = false;
            for e in errors {
                let Some(name) = e.msg.strip_prefix("undefined: ") else {
                    continue;
                };
                if self.imports.iter().any(|(n, _)| n == name) {
                    continue;
                }
                if let Some(path) = std_package_named(name) {
                    self.imports.push((name.to_string(), path.to_string()));
                    added = true;
                }
            }
            if !added {
                return (files, result);
            }
        }
    }

    /// The files of every kept declaration but those `dropped`.
    fn record_files(&self, dropped: &HashSet<usize>) -> Vec<Gen> {
        let prefix = file_prefix(&self.imports, "");
        // The imports alone: the package has a file even before anything
        // is declared.
        let base = Gen {
            name: "<session>".into(),
            text: prefix.clone(),
            prefix: prefix.len(),
            current: false,
        };
        std::iter::once(base)
            .chain(
                self.records
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !dropped.contains(i))
                    .map(|(_, r)| Gen {
                        name: r.file.clone(),
                        text: format!("{prefix}{}", r.text),
                        prefix: prefix.len(),
                        current: false,
                    }),
            )
            .collect()
    }

    /// Prints errors: those in this entry's files against its text,
    /// others (in an earlier declaration an entry broke) as plain lines.
    fn report(
        &self,
        out: &mut dyn Write,
        style: Style,
        entry_name: &str,
        input: &str,
        files: &[Gen],
        errors: &[check::TypeError],
    ) {
        let mut diags = Vec::new();
        for e in errors.iter().take(crate::diag::ERROR_LIMIT) {
            match files.get(e.file) {
                Some(f) if f.current => diags.push(Diagnostic {
                    file: entry_name.to_string(),
                    pos: (e.pos as usize).saturating_sub(f.prefix).min(input.len()) as u32,
                    msg: e.msg.clone(),
                }),
                Some(f) => {
                    let lines = minigo_lexer::LineMap::new(&f.text);
                    let (line, mut col) = lines.line_col(e.pos);
                    if line == 1 {
                        col = col.saturating_sub(f.prefix as u32);
                    }
                    let _ = writeln!(
                        out,
                        "{}:{line}:{col}: {} (in an earlier declaration)",
                        f.name, e.msg
                    );
                }
                None => {
                    let _ = writeln!(out, "{}", e.msg);
                }
            }
        }
        if !diags.is_empty() {
            if let Ok(file) = SourceFile::new(entry_name, input) {
                let _ = crate::diag::emit(out, style, &file, &diags);
            }
        }
    }

    /// Runs one entry: declarations, statements or an expression (whose
    /// value and type are printed). Errors and notes go to `diag`.
    pub fn eval(&mut self, input: &str, diag: &mut dyn Write, style: Style) -> Outcome {
        if let Some(code) = self.ended {
            return Outcome::Exit(code);
        }
        if input.trim().is_empty() {
            return Outcome::Ran;
        }
        // A Ctrl-C from now on (while the entry compiles, too) is for it.
        self.interrupt.store(false, Ordering::Relaxed);
        self.entries += 1;
        let n = self.entries;
        let entry_name = format!("<entry {n}>");
        let saved_imports = self.imports.clone();
        // A bug of minigo's is a message, and the session goes on.
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.eval_entry(input, n, &entry_name, diag, style)
        }))
        .unwrap_or_else(|_| {
            let _ = writeln!(diag, "minigo: internal error (a bug) in this entry");
            Outcome::Failed
        });
        if outcome == Outcome::Failed {
            self.imports = saved_imports;
        }
        outcome
    }

    fn eval_entry(
        &mut self,
        input: &str,
        n: u64,
        entry_name: &str,
        diag: &mut dyn Write,
        style: Style,
    ) -> Outcome {
        let parsed = match self.split(input, entry_name, diag, style) {
            Some(p) => p,
            None => return Outcome::Failed,
        };
        let Split {
            hoisted,
            imports,
            stmts,
        } = parsed;
        for (name, path, pos) in imports {
            if minigo_stdlib::api_source(&path).is_none() {
                let msg = format!("package {path} is not in std");
                emit_entry_errors(diag, style, entry_name, input, [(pos as usize, msg)]);
                return Outcome::Failed;
            }
            self.imports.retain(|(n, _)| *n != name);
            self.imports.push((name, path));
        }
        let run_name = format!("__minigo_entry_{n}");
        // The records this entry's declarations replace.
        let declared: HashSet<String> = hoisted.iter().flat_map(|h| h.names.clone()).collect();
        let replaced: HashSet<usize> = self
            .records
            .iter()
            .enumerate()
            .filter(|(_, r)| r.names.iter().any(|n| declared.contains(n)))
            .map(|(i, _)| i)
            .collect();
        let hoisted_files = |s: &Session| -> Vec<Gen> {
            let prefix = file_prefix(&s.imports, "");
            hoisted
                .iter()
                .map(|h| Gen {
                    name: entry_name.to_string(),
                    text: format!("{prefix}{}", h.text),
                    prefix: prefix.len(),
                    current: true,
                })
                .collect()
        };
        let stmt_body = stmts.as_ref().map(|s| s.text.clone());
        let expr = stmts.as_ref().and_then(|s| s.expr.clone());
        // First as written: the statements (an expression as `_ = (x)`,
        // or as itself when it is a call), to learn what they declare.
        let phase1 = |s: &Session| -> Vec<Gen> {
            let mut files = s.record_files(&replaced);
            files.extend(hoisted_files(s));
            if let Some(body) = &stmt_body {
                let head = match &expr {
                    Some(e) if !e.call.get() => format!("func {run_name}() {{__minigo_v0 := "),
                    _ => format!("func {run_name}() {{"),
                };
                let tail = "\n}";
                let prefix = file_prefix(&s.imports, &head);
                files.push(Gen {
                    name: entry_name.to_string(),
                    text: format!("{prefix}{body}{tail}"),
                    prefix: prefix.len(),
                    current: true,
                });
            }
            files
        };
        let (mut files, mut result) = self.check_importing(&phase1);
        // A call whose value is not used as a statement (`len(s)`, a
        // conversion) is shown as a value.
        if let (Some(e), Err(errors)) = (&expr, &result) {
            if e.call.get() && errors.iter().any(|e| e.msg.ends_with("is not used")) {
                e.call.set(false);
                (files, result) = self.check_importing(&phase1);
            }
        }
        let (sources, checked) = match result {
            Ok(r) => r,
            Err(errors) => {
                self.report(diag, style, entry_name, input, &files, &errors);
                return Outcome::Failed;
            }
        };
        // The entry's statements, made to assign the session's variables.
        let mut new_vars: Vec<(String, String)> = Vec::new();
        let mut body = stmt_body.clone().unwrap_or_default().into_bytes();
        let mut shown: Vec<String> = Vec::new();
        if let Some(stmts) = &stmts {
            let entry_file = files.len() - 1;
            let info = &checked.files[entry_file];
            let prefix = files[entry_file].prefix as u32;
            if expr.is_some() {
                shown = shown_types(&sources.files[entry_file].ast, &run_name, info, &checked);
            }
            for v in &stmts.vars {
                let Some(&obj) = info.defs.get(&(v.pos + prefix)) else {
                    continue;
                };
                let Some(t) = checked.object(obj).ty else {
                    continue;
                };
                let ts = type_source(&checked.types, t);
                new_vars.push((v.name.clone(), ts));
            }
            for r in &stmts.rewrites {
                blank(&mut body, r.clone());
            }
            for &op in &stmts.defines {
                body[op] = b' ';
                body[op + 1] = b'=';
            }
        }
        // Without variables to declare or a value to show, the second
        // check would see the same files: the first one's result stands.
        let unchanged = new_vars.is_empty()
            && shown.is_empty()
            && stmts
                .as_ref()
                .is_none_or(|s| s.rewrites.is_empty() && s.defines.is_empty());
        let first = unchanged.then_some((files, sources, checked));
        let body = String::from_utf8(body).unwrap_or_default();
        // Variables: kept where an earlier entry declared them with the
        // same type; declared anew otherwise.
        let mut var_records = Vec::new();
        let mut renew: HashSet<String> = declared.clone();
        for (name, ts) in &new_vars {
            let same = self.records.iter().any(|r| {
                r.names.first() == Some(name) && r.var_type.as_deref() == Some(ts.as_str())
            });
            if same && !declared.contains(name) {
                continue;
            }
            renew.insert(name.clone());
            var_records.push(Record {
                names: vec![name.clone()],
                file: entry_name.to_string(),
                text: format!("var {name} {ts}"),
                idents: idents(ts),
                var_type: Some(ts.clone()),
            });
        }
        let replaced: HashSet<usize> = self
            .records
            .iter()
            .enumerate()
            .filter(|(_, r)| r.names.iter().any(|n| renew.contains(n)))
            .map(|(i, _)| i)
            .collect();
        // What mentions a renewed name is renewed too.
        let mut renewed_records: HashSet<usize> = HashSet::new();
        loop {
            let simple: HashSet<&str> = renew
                .iter()
                .map(|n| n.rsplit('.').next().unwrap_or(n))
                .collect();
            let more: Vec<usize> = self
                .records
                .iter()
                .enumerate()
                .filter(|(i, r)| {
                    !replaced.contains(i)
                        && !renewed_records.contains(i)
                        && r.idents.iter().any(|id| simple.contains(id.as_str()))
                })
                .map(|(i, _)| i)
                .collect();
            if more.is_empty() {
                break;
            }
            for i in more {
                renewed_records.insert(i);
                renew.extend(self.records[i].names.iter().cloned());
            }
        }
        let var_files = |s: &Session| -> Vec<Gen> {
            let prefix = file_prefix(&s.imports, "");
            var_records
                .iter()
                .map(|r| Gen {
                    name: entry_name.to_string(),
                    text: format!("{prefix}{}", r.text),
                    prefix: prefix.len(),
                    current: false,
                })
                .collect()
        };
        let has_run = stmts.is_some();
        let phase2 = |s: &Session| -> Vec<Gen> {
            let mut files = s.record_files(&replaced);
            files.extend(hoisted_files(s));
            files.extend(var_files(s));
            if has_run {
                let (head, tail) = if !shown.is_empty() {
                    let vars: Vec<String> =
                        (0..shown.len()).map(|i| format!("__minigo_v{i}")).collect();
                    let verbs = vec!["%v"; shown.len()].join(" ");
                    let types = shown.join(", ").replace('%', "%%");
                    let format = go_quote(&format!("{verbs} ({types})\n"));
                    let list = vars.join(", ");
                    (
                        format!("func {run_name}() {{{list} := "),
                        format!("\n__minigo_fmt.Printf({format}, {list})\n}}"),
                    )
                } else {
                    (format!("func {run_name}() {{"), "\n}".to_string())
                };
                let fmt = if shown.is_empty() {
                    ""
                } else {
                    "import __minigo_fmt \"fmt\";"
                };
                let prefix = file_prefix(&s.imports, &format!("{fmt}{head}"));
                files.push(Gen {
                    name: entry_name.to_string(),
                    text: format!("{prefix}{body}{tail}"),
                    prefix: prefix.len(),
                    current: true,
                });
            }
            files
        };
        let (files, sources, checked) = match first {
            Some(checked) => checked,
            None => match self.check_importing(&phase2) {
                (files, Ok((sources, checked))) => (files, sources, checked),
                (files, Err(errors)) => {
                    self.report(diag, style, entry_name, input, &files, &errors);
                    return Outcome::Failed;
                }
            },
        };
        let run = has_run.then_some(run_name.as_str());
        let compiled = compile_prompt(
            &sources,
            &checked,
            &self.state,
            &PromptEntry { renew: &renew, run },
        );
        let (state, entry) = match compiled {
            Ok(r) => r,
            Err(e) => {
                let error = check::TypeError {
                    file: e.file,
                    pos: e.pos,
                    msg: e.msg,
                    soft: false,
                };
                self.report(diag, style, entry_name, input, &files, &[error]);
                return Outcome::Failed;
            }
        };
        if let Err(msg) = self.runner.install(state.program.clone()) {
            let _ = writeln!(diag, "{msg}");
            return Outcome::Failed;
        }
        // Kept: the session now holds this entry's declarations.
        for (i, r) in self.records.iter().enumerate() {
            if renewed_records.contains(&i) && r.var_type.is_some() {
                let name = &r.names[0];
                let _ = writeln!(
                    diag,
                    "note: {name} is reset to its zero value (its type changed)"
                );
            }
        }
        let mut kept: Vec<Record> = self
            .records
            .drain(..)
            .enumerate()
            .filter(|(i, _)| !replaced.contains(i))
            .map(|(_, r)| r)
            .collect();
        kept.extend(hoisted.into_iter().map(|h| Record {
            names: h.names,
            file: entry_name.to_string(),
            idents: idents(&h.text),
            text: h.text,
            var_type: None,
        }));
        kept.extend(var_records);
        self.records = kept;
        self.state = state;
        self.run_entry(entry, diag)
    }

    /// Starts the entry's goroutine and waits for it: done, panicked,
    /// interrupted (Ctrl-C) or the program's end.
    fn run_entry(&mut self, entry: u32, diag: &mut dyn Write) -> Outcome {
        self.serial += 1;
        let serial = self.serial;
        if self.ends.entries.send((entry, serial)).is_err() {
            return self.finish();
        }
        let mut interrupted: Option<Instant> = None;
        loop {
            match self.ends.events.recv_timeout(Duration::from_millis(20)) {
                Ok(PromptEvent::Done { serial: s, .. }) if s == serial => break,
                Ok(PromptEvent::Interrupted { serial: s }) if s == serial => {
                    let _ = self.runner.out.stdout().flush();
                    let _ = writeln!(diag, "interrupted");
                    break;
                }
                Ok(PromptEvent::Ended(code)) => {
                    self.ended = Some(code);
                    let _ = self.runner.out.stdout().flush();
                    return Outcome::Exit(code);
                }
                Ok(_) => {}
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                    if self.interrupt.swap(false, Ordering::Relaxed) && interrupted.is_none() {
                        self.link.interrupt(serial);
                        interrupted = Some(Instant::now());
                    }
                    // A goroutine parked for good never reaches a
                    // safepoint: the prompt leaves it behind.
                    if interrupted.is_some_and(|t| t.elapsed() > Duration::from_millis(300)) {
                        let _ = self.runner.out.stdout().flush();
                        let _ = writeln!(
                            diag,
                            "interrupted (the entry's goroutine is blocked; it ends if it wakes)"
                        );
                        break;
                    }
                }
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return self.finish(),
            }
        }
        let _ = self.runner.out.stdout().flush();
        Outcome::Ran
    }

    fn finish(&mut self) -> Outcome {
        let code = self.ended.unwrap_or(0);
        self.ended = Some(code);
        Outcome::Exit(code)
    }

    /// The type of an expression, as `:type` prints it.
    pub fn type_of(&mut self, input: &str, diag: &mut dyn Write, style: Style) -> Option<String> {
        let entry_name = "<type>";
        let saved = self.imports.clone();
        let head = "func __minigo_type() {__minigo_v0 := ";
        let build = |s: &Session| -> Vec<Gen> {
            let mut files = s.record_files(&HashSet::new());
            let prefix = file_prefix(&s.imports, head);
            files.push(Gen {
                name: entry_name.into(),
                text: format!("{prefix}{input}\n}}"),
                prefix: prefix.len(),
                current: true,
            });
            files
        };
        let (files, result) = self.check_importing(&build);
        self.imports = saved;
        let (sources, checked) = match result {
            Ok(r) => r,
            Err(errors) => {
                self.report(diag, style, entry_name, input, &files, &errors);
                return None;
            }
        };
        let file = files.len() - 1;
        let Some(Decl::Func(f)) = sources.files[file].ast.decls.last() else {
            return None;
        };
        let stmt = f.body.as_ref()?.stmts.first()?;
        let StmtKind::Assign { rhs, .. } = &stmt.kind else {
            return None;
        };
        let e = rhs.first()?;
        let tv = checked.files[file]
            .types
            .get(e.id.0 as usize)
            .cloned()
            .flatten()?;
        let ts = match checked.types.kind(tv.ty) {
            minigo_vm::types::TypeKind::Tuple(v) => {
                let parts: Vec<String> =
                    v.iter().map(|&t| type_source(&checked.types, t)).collect();
                format!("({})", parts.join(", "))
            }
            _ if tv.val.is_some() => {
                format!("{} (constant)", checked.types.type_string(tv.ty))
            }
            _ => type_source(&checked.types, tv.ty),
        };
        Some(ts)
    }

    /// Splits an entry into the declarations it hoists (functions, types,
    /// constants), its imports and its statements.
    fn split(
        &self,
        input: &str,
        entry_name: &str,
        diag: &mut dyn Write,
        style: Style,
    ) -> Option<Split> {
        const PKG: &str = "package main;";
        let (file, errors) = minigo_parser::parse_file(&format!("{PKG}{input}"));
        let off = |p: u32| (p as usize).saturating_sub(PKG.len());
        let is_decls = errors.is_empty() && (!file.decls.is_empty() || !file.imports.is_empty());
        let mut hoisted = Vec::new();
        let mut imports = Vec::new();
        let mut rest = input.as_bytes().to_vec();
        let import_of = |spec: &ast::ImportSpec| {
            let raw = &spec.path.raw;
            let path = raw.trim_matches(|c| c == '"' || c == '`').to_string();
            let name = match &spec.name {
                Some(n) => n.name.to_string(),
                None => path.rsplit('/').next().unwrap_or(&path).to_string(),
            };
            (name, path, off(spec.path.span.lo) as u32)
        };
        if is_decls {
            let mut var_only = true;
            for spec in &file.imports {
                imports.push(import_of(spec));
                blank(&mut rest, off(spec.span.lo)..off(spec.span.hi));
            }
            // `import` keywords and parentheses around the specs.
            blank_import_keywords(input, &mut rest, &file);
            for d in &file.decls {
                let span = decl_span(d);
                let range = off(span.lo)..off(span.hi);
                match d {
                    Decl::Var(_) => continue,
                    Decl::Import(g) => {
                        for spec in &g.specs {
                            imports.push(import_of(spec));
                        }
                    }
                    _ => {
                        var_only = false;
                        hoisted.push(Hoisted {
                            names: decl_names(d),
                            text: only(input, range.clone()),
                        });
                    }
                }
                blank(&mut rest, range);
            }
            let rest_text = String::from_utf8(rest).unwrap_or_default();
            if rest_text.trim().is_empty() {
                return Some(Split {
                    hoisted,
                    imports,
                    stmts: None,
                });
            }
            let _ = var_only;
            let stmts =
                self.statements(&rest_text, input, entry_name, diag, style, &mut hoisted)?;
            return Some(Split {
                hoisted,
                imports,
                stmts: Some(stmts),
            });
        }
        let stmts = self.statements(input, input, entry_name, diag, style, &mut hoisted)?;
        Some(Split {
            hoisted,
            imports,
            stmts: Some(stmts),
        })
    }

    /// Parses `text` (the entry, with what it hoisted so far blanked) as
    /// statements: hoists its top-level type and constant declarations,
    /// finds the variables it declares and what turns them into
    /// assignments.
    fn statements(
        &self,
        text: &str,
        input: &str,
        entry_name: &str,
        diag: &mut dyn Write,
        style: Style,
        hoisted: &mut Vec<Hoisted>,
    ) -> Option<Stmts> {
        const HEAD: &str = "package main;func f() {";
        let (file, errors) = minigo_parser::parse_file(&format!("{HEAD}{text}\n}}"));
        let off = |p: u32| (p as usize).saturating_sub(HEAD.len());
        let mut errors = errors;
        if errors.is_empty() {
            errors = minigo_parser::check_branches_after(&file, &[], entry_name, |_| (0, 0));
        }
        if !errors.is_empty() {
            let errors = errors.iter().map(|e| (off(e.pos), e.msg.clone()));
            emit_entry_errors(diag, style, entry_name, input, errors);
            return None;
        }
        let Some(Decl::Func(f)) = file.decls.first() else {
            return None;
        };
        let body = f.body.as_ref()?;
        let mut out = Stmts {
            text: text.to_string(),
            vars: Vec::new(),
            rewrites: Vec::new(),
            defines: Vec::new(),
            expr: None,
        };
        let mut bytes = text.as_bytes().to_vec();
        let real: Vec<&ast::Stmt> = body
            .stmts
            .iter()
            .filter(|s| !matches!(s.kind, StmtKind::Empty))
            .collect();
        if let [one] = real.as_slice() {
            if let StmtKind::Expr(e) = &one.kind {
                let call = matches!(e.kind, ExprKind::Call { .. });
                out.expr = Some(ExprEntry {
                    call: std::cell::Cell::new(call),
                });
            }
        }
        for s in &body.stmts {
            match &s.kind {
                StmtKind::Decl(d @ (Decl::Type(_) | Decl::Const(_))) => {
                    let span = decl_span(d);
                    let range = off(span.lo)..off(span.hi);
                    hoisted.push(Hoisted {
                        names: decl_names(d),
                        text: only(input, range.clone()),
                    });
                    blank(&mut bytes, range);
                }
                StmtKind::Decl(Decl::Var(g)) => {
                    // `var x T = v` → `x = v`; `var x T` → nothing (a new
                    // variable is zero).
                    let lo = off(g.span.lo);
                    out.rewrites.push(lo..lo + 3);
                    if g.grouped {
                        for (i, b) in text.as_bytes()[lo..off(g.span.hi)].iter().enumerate() {
                            if *b == b'(' || (*b == b')' && lo + i + 1 == off(g.span.hi)) {
                                out.rewrites.push(lo + i..lo + i + 1);
                                if *b == b'(' {
                                    break;
                                }
                            }
                        }
                        let hi = off(g.span.hi);
                        if hi > 0 && text.as_bytes().get(hi - 1) == Some(&b')') {
                            out.rewrites.push(hi - 1..hi);
                        }
                    }
                    for spec in &g.specs {
                        for n in &spec.names {
                            if &*n.name != "_" {
                                out.vars.push(VarDef {
                                    name: n.name.to_string(),
                                    pos: n.span.lo - HEAD.len() as u32,
                                });
                            }
                        }
                        if spec.values.is_empty() {
                            out.rewrites.push(off(spec.span.lo)..off(spec.span.hi));
                        } else if let Some(t) = &spec.ty {
                            out.rewrites.push(off(t.span.lo)..off(t.span.hi));
                        }
                    }
                }
                StmtKind::Assign {
                    op: AssignOp::Define,
                    lhs,
                    op_span,
                    ..
                } => {
                    for e in lhs {
                        if let ExprKind::Name(n) = &e.kind {
                            if &**n != "_" {
                                out.vars.push(VarDef {
                                    name: n.to_string(),
                                    pos: e.span.lo - HEAD.len() as u32,
                                });
                            }
                        }
                    }
                    out.defines.push(off(op_span.lo));
                }
                _ => {}
            }
        }
        out.text = String::from_utf8(bytes).unwrap_or_default();
        Some(out)
    }
}

impl Drop for Session {
    /// The prompt closes: the server ends the program.
    fn drop(&mut self) {
        let (tx, _) = std::sync::mpsc::channel();
        drop(std::mem::replace(&mut self.ends.entries, tx));
        if self.ended.is_none() {
            if let Some(t) = self.thread.take() {
                let _ = t.join();
            }
        }
    }
}

struct Split {
    hoisted: Vec<Hoisted>,
    /// Local name, path, offset in the entry.
    imports: Vec<(String, String, u32)>,
    stmts: Option<Stmts>,
}

struct Hoisted {
    names: Vec<String>,
    text: String,
}

struct Stmts {
    /// The statements, with hoisted declarations blanked.
    text: String,
    vars: Vec<VarDef>,
    /// Ranges to blank in phase 2 (`var` keywords, types, value-less specs).
    rewrites: Vec<std::ops::Range<usize>>,
    /// Offsets of `:=` operators, to become ` =`.
    defines: Vec<usize>,
    expr: Option<ExprEntry>,
}

#[derive(Clone)]
struct ExprEntry {
    /// Whether it is a call (a statement as it is; its results, if any,
    /// are shown).
    call: std::cell::Cell<bool>,
}

struct VarDef {
    name: String,
    /// Offset in the entry.
    pos: u32,
}

fn decl_span(d: &Decl) -> ast::Span {
    match d {
        Decl::Const(g) => g.span,
        Decl::Var(g) => g.span,
        Decl::Type(g) => g.span,
        Decl::Func(f) => f.span,
        Decl::Import(g) => g.span,
    }
}

/// The names a declaration declares; a method is `T.m`.
fn decl_names(d: &Decl) -> Vec<String> {
    match d {
        Decl::Const(g) => g
            .specs
            .iter()
            .flat_map(|s| s.names.iter().map(|n| n.name.to_string()))
            .collect(),
        Decl::Var(g) => g
            .specs
            .iter()
            .flat_map(|s| s.names.iter().map(|n| n.name.to_string()))
            .collect(),
        Decl::Type(g) => g.specs.iter().map(|s| s.name.name.to_string()).collect(),
        Decl::Func(f) => match f.recv.as_ref().and_then(|r| r.params.first()) {
            Some(recv) => {
                let t = recv_base(&recv.ty).unwrap_or_default();
                vec![format!("{t}.{}", f.name.name)]
            }
            None => vec![f.name.name.to_string()],
        },
        Decl::Import(_) => Vec::new(),
    }
}

/// `T` of a receiver type `T`, `*T`, `(T)`.
fn recv_base(e: &ast::Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Name(n) => Some(n.to_string()),
        ExprKind::Paren(x) | ExprKind::Unary { x, .. } => recv_base(x),
        _ => None,
    }
}

/// Blanks the `import` keywords and the parentheses of grouped imports.
fn blank_import_keywords(input: &str, rest: &mut [u8], file: &ast::File) {
    let _ = file;
    let mut lx = Lexer::new(input);
    let mut in_import = false;
    loop {
        let t = lx.next_token();
        let range = t.span.lo as usize..t.span.hi as usize;
        match t.tok {
            Token::Eof => break,
            Token::Import => {
                blank(rest, range);
                in_import = true;
            }
            Token::LParen | Token::RParen if in_import => blank(rest, range),
            Token::Semi | Token::String | Token::Name if in_import => {}
            _ => in_import = false,
        }
    }
}
