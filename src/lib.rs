//! minigo: a Go interpreter with its own GMP scheduler. This crate is the
//! facade for embedding and the home of the CLI.
//!
//! A program goes through [`check_source`] (syntax, gc's errors),
//! [`check_program`] (branches and types, gc's errors), [`compile_program`]
//! (bytecode; constructs the VM cannot run yet are errors naming them) and
//! [`run_program`] (the main goroutine to its end, with Go's exit status).
//!
//! ```
//! let src = "package main\n\nfunc main() {}\n";
//! match minigo::check_syntax("main.go", src) {
//!     Ok(file) => println!("{} declarations", file.decls.len()),
//!     Err(diags) => {
//!         let file = minigo::SourceFile::new("main.go", src).unwrap();
//!         minigo::diag::emit(&mut std::io::stderr(), minigo::Style::Plain, &file, &diags).unwrap();
//!     }
//! }
//! ```

pub mod diag;
pub mod doc;
pub mod embed;
mod fancy;
pub mod session;
pub mod source;

pub use minigo_lexer as lexer;
pub use minigo_parser as parser;
pub use minigo_parser::ast;
pub use minigo_vm::check;

pub use diag::{Diagnostic, Style};
pub use embed::{Instance, Vm, VmBuilder};
pub use source::SourceFile;

/// The version the CLI reports.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Parses one file. The syntax tree when it has no errors; else every error,
/// in source order, in gc's wording.
pub fn check_source(file: &SourceFile) -> Result<ast::File, Vec<Diagnostic>> {
    let (tree, errors) = parse(file);
    if errors.is_empty() {
        return Ok(tree);
    }
    Err(syntax_diagnostics(file, errors))
}

fn parse(file: &SourceFile) -> (ast::File, Vec<parser::ast::SyntaxError>) {
    minigo_parser::parse_file_with_invalid_utf8(file.text(), file.invalid_utf8())
}

fn syntax_diagnostics(file: &SourceFile, errors: Vec<ast::SyntaxError>) -> Vec<Diagnostic> {
    errors
        .into_iter()
        .map(|e| Diagnostic {
            file: file.name().to_string(),
            pos: e.pos,
            msg: e.msg,
        })
        .collect()
}

/// The label and branch errors of `file` (gc's `syntax/branches.go`), in
/// bodies without syntax errors, as gc's parser finds them in
/// `CheckBranches` mode. A position inside a message is printed as gc
/// prints it: the file's name as the go command hands it to gc (`./x.go`),
/// line and column.
fn branch_errors(
    file: &SourceFile,
    tree: &ast::File,
    syntax: &[ast::SyntaxError],
) -> Vec<ast::SyntaxError> {
    let name = check::go_command_file_name(file.name());
    minigo_parser::check_branches_after(tree, syntax, &name, |pos| file.line_col(pos))
}

/// The standard packages minigo provides, for the type checker.
pub struct StdImporter;

impl check::Importer for StdImporter {
    fn api_source(&self, path: &str) -> Option<&str> {
        minigo_stdlib::api_source(path)
    }

    fn impl_source(&self, path: &str) -> Option<&str> {
        minigo_stdlib::impl_source(path)
    }
}

/// A program that passed the type checker: its sources (the program's files
/// first, then the declaration files of the standard packages it imports)
/// and everything the checker found out about them.
#[derive(Debug)]
pub struct CheckedProgram {
    pub sources: check::Sources,
    pub checked: check::Checked,
}

/// The name in a file's package clause (`main` for `package main`), read as
/// the go command reads it before compiling: from the first tokens, without
/// parsing the rest. `None` when the file does not begin with a package
/// clause (parsing it reports why).
pub fn package_name(file: &SourceFile) -> Option<&str> {
    use lexer::Token;
    let mut lexer = lexer::Lexer::with_invalid_utf8(file.text(), file.invalid_utf8());
    if lexer.next_token().tok != Token::Package {
        return None;
    }
    let name = lexer.next_token();
    if name.tok != Token::Name {
        return None;
    }
    file.text()
        .get(name.span.lo as usize..name.span.hi as usize)
}

/// Checks a program of one file as the Go compiler does before compiling
/// it: [`check_package`] of that file alone.
pub fn check_program(file: &SourceFile) -> Result<CheckedProgram, Vec<Diagnostic>> {
    check_package(std::slice::from_ref(file))
}

/// Checks a program (the files of its `package main`, in the order the go
/// command hands them to gc: sorted by name) as the Go compiler does before
/// compiling it: syntax, labels and branches, then types. Errors come in
/// gc's order and wording.
///
/// What gc does, and so what this does:
/// - its parser checks labels and branch statements (`CheckBranches`) in
///   each function body without syntax errors, so a file with syntax errors
///   gets the branch errors of its other bodies too; every file is parsed
///   and its errors reported, file after file;
/// - only syntax errors stop gc before type checking (`noder/irgen.go`):
///   after branch errors the type checker still runs, and its errors are
///   printed with them, sorted by position;
/// - gc stops at its tenth error *reported* (`base.ErrorfAt`), and branch
///   errors are reported before any type error, so with ten or more in all
///   the branch errors are shown first and the type errors only fill up to
///   ten (then the lot is sorted);
/// - gc sorts positions by file first, the files in the order their first
///   error was reported (a file's position base is registered when one of
///   its positions is first needed), then by offset.
pub fn check_package(files: &[SourceFile]) -> Result<CheckedProgram, Vec<Diagnostic>> {
    check_package_with(files, &StdImporter)
}

/// [`check_package`] with the packages `importer` provides (an embedder's
/// host packages besides the standard ones).
pub fn check_package_with(
    files: &[SourceFile],
    importer: &dyn check::Importer,
) -> Result<CheckedProgram, Vec<Diagnostic>> {
    let mut trees = Vec::with_capacity(files.len());
    let mut reported: Vec<Diagnostic> = Vec::new();
    let mut syntax_errors = false;
    for file in files {
        let (tree, syntax) = parse(file);
        let branches = branch_errors(file, &tree, &syntax);
        syntax_errors |= !syntax.is_empty();
        let mut all = syntax;
        all.extend(branches);
        all.sort_by_key(|e| e.pos); // stable: one position keeps gc's order
        reported.extend(syntax_diagnostics(file, all));
        trees.push(tree);
    }
    if syntax_errors {
        return Err(reported);
    }
    let program = files
        .iter()
        .zip(trees)
        .map(|(file, tree)| {
            let lines = minigo_lexer::LineMap::new(file.text());
            (file.name().to_string(), lines, tree)
        })
        .collect();
    let typed = check::Sources::load(program, importer)
        .and_then(|sources| check::check(&sources).map(|checked| (sources, checked)));
    match typed {
        Ok((sources, checked)) if reported.is_empty() => Ok(CheckedProgram { sources, checked }),
        Ok(_) => Err(reported),
        Err(errors) => {
            let room = diag::ERROR_LIMIT.saturating_sub(reported.len());
            reported.extend(type_diagnostics(files, errors).into_iter().take(room));
            Err(sort_like_gc(reported))
        }
    }
}

/// Sorts diagnostics as gc's `FlushErrors` does: by file, files in the
/// order of their first diagnostic here, then by position (stably).
fn sort_like_gc(mut diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut order: Vec<&str> = Vec::new();
    for d in &diags {
        if !order.contains(&d.file.as_str()) {
            order.push(&d.file);
        }
    }
    let rank: Vec<usize> = diags
        .iter()
        .map(|d| order.iter().position(|f| *f == d.file).unwrap_or_default())
        .collect();
    let mut keyed: Vec<(usize, Diagnostic)> = rank.into_iter().zip(diags.drain(..)).collect();
    keyed.sort_by_key(|(rank, d)| (*rank, d.pos));
    keyed.into_iter().map(|(_, d)| d).collect()
}

/// Compiles a checked program of one file to bytecode: [`compile_package`].
pub fn compile_program(
    file: &SourceFile,
    program: &CheckedProgram,
) -> Result<minigo_vm::bytecode::Program, Vec<Diagnostic>> {
    compile_package(std::slice::from_ref(file), program)
}

/// Compiles a checked program (`files` as given to [`check_package`]) to
/// bytecode. A construct the VM does not run yet is a diagnostic naming
/// it, at its position.
pub fn compile_package(
    files: &[SourceFile],
    program: &CheckedProgram,
) -> Result<minigo_vm::bytecode::Program, Vec<Diagnostic>> {
    minigo_vm::compile::compile(&program.sources, &program.checked).map_err(|e| {
        let file = files.get(e.file).or(files.first());
        vec![Diagnostic {
            file: file.map(|f| f.name().to_string()).unwrap_or_default(),
            pos: e.pos,
            msg: e.msg,
        }]
    })
}

/// How a program runs.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// Collect garbage at every allocation (a test mode that finds missing
    /// roots).
    pub gc_stress: bool,
    /// GOGC: heap growth between collections, in percent of the live heap;
    /// `None` turns the collector off (GOGC=off).
    pub gogc: Option<usize>,
    /// GODEBUG=gctrace=1: one line on stderr per collection.
    pub gctrace: bool,
    /// os.Args: the program's name, then its arguments.
    pub args: Vec<String>,
    /// GOMAXPROCS: how many goroutines run at once (Ps).
    pub gomaxprocs: usize,
    /// GODEBUG, for the runtime's settings (schedtrace, scheddetail).
    pub godebug: String,
    /// The environment os.Getenv and os.Environ see, as (key, value)
    /// pairs in order: the program's own (Setenv changes it, not the
    /// process's). The CLI passes the process's environment.
    pub env: Vec<(Vec<u8>, Vec<u8>)>,
    /// No host access for package os: opening, statting, creating,
    /// removing or renaming files and directories, Chdir, pipes,
    /// ownership, links and the hostname fail with EPERM ("open x:
    /// operation not permitted"); the standard streams, `env` and Getwd
    /// stay. For embedded VMs; the CLI's runs are not sandboxed.
    pub sandbox: bool,
}

impl Default for RunOptions {
    /// Go's defaults: GOGC=100, no trace.
    fn default() -> RunOptions {
        RunOptions {
            gc_stress: false,
            gogc: Some(100),
            gctrace: false,
            args: Vec::new(),
            gomaxprocs: cpus(),
            godebug: String::new(),
            env: Vec::new(),
            sandbox: false,
        }
    }
}

/// The CPUs available to the process: GOMAXPROCS's default.
fn cpus() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

impl RunOptions {
    /// A machine for `program`, as these options set it up.
    pub fn machine(
        &self,
        program: &minigo_vm::bytecode::Program,
        room: minigo_vm::interp::Room,
    ) -> minigo_vm::interp::Machine {
        let mut machine = minigo_vm::interp::Machine::with_room(program, room);
        if let Ok(heap) = machine.heap.get_mut() {
            heap.stress = self.gc_stress;
            heap.gogc = self.gogc;
        }
        machine.gctrace = self.gctrace;
        machine.args = self.args.clone();
        machine.host.set_env(self.env.iter().cloned());
        machine.host.set_sandboxed(self.sandbox);
        machine
    }

    /// The scheduler's settings: GOMAXPROCS and GODEBUG's.
    pub fn config(&self) -> minigo_runtime::Config {
        let mut config = minigo_runtime::Config {
            gomaxprocs: self.gomaxprocs,
            ..minigo_runtime::Config::default()
        };
        config.apply_godebug(&self.godebug);
        config
    }

    /// The options Go's environment variables ask for: GOGC (a percentage,
    /// or `off`), GOMAXPROCS (a positive number, else the CPUs), GODEBUG's
    /// gctrace=1, schedtrace=N and scheddetail=1, and minigo's
    /// MINIGO_GCSTRESS=1.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> RunOptions {
        let gogc = match var("GOGC").as_deref().map(str::trim) {
            Some("off") => None,
            // Go ignores a malformed GOGC.
            Some(v) => Some(v.parse::<usize>().unwrap_or(100)),
            None => Some(100),
        };
        let gctrace = var("GODEBUG").is_some_and(|v| {
            v.split(',')
                .any(|kv| kv.trim().strip_prefix("gctrace=").is_some_and(|n| n != "0"))
        });
        RunOptions {
            gc_stress: var("MINIGO_GCSTRESS").is_some_and(|v| v == "1"),
            gogc,
            gctrace,
            args: Vec::new(),
            gomaxprocs: var("GOMAXPROCS")
                .and_then(|v| v.trim().parse::<usize>().ok())
                .filter(|&n| n > 0)
                .unwrap_or_else(cpus),
            godebug: var("GODEBUG").unwrap_or_default(),
            env: Vec::new(),
            sandbox: false,
        }
    }
}

/// Runs a compiled program's main goroutine to the end, reading os.Stdin
/// from `stdin` and writing what it prints to `stdout` and `stderr`; the
/// exit status Go's would have: 0, or 2
/// after a panic or a fatal error (reported on `stderr` as Go reports it).
pub fn run_program(
    program: std::sync::Arc<minigo_vm::bytecode::Program>,
    options: &RunOptions,
    stdin: Box<dyn std::io::Read + Send>,
    stdout: Box<dyn std::io::Write + Send>,
    stderr: Box<dyn std::io::Write + Send>,
) -> i32 {
    use minigo_vm::interp::{Output, Room};
    let machine = options.machine(&program, Room::Exact);
    let config = options.config();
    let out = Output::new(stdout, stderr).with_stdin(stdin);
    let runner = minigo_vm::exec::Runner::new(program, machine, out);
    minigo_vm::exec::run(runner, config)
}

/// Type errors as diagnostics of the program's files. An error located in
/// a standard package's declaration file would be a bug in minigo; it is
/// reported at the top of the program with the file it is in.
fn type_diagnostics(files: &[SourceFile], errors: Vec<check::TypeError>) -> Vec<Diagnostic> {
    let first = files.first().map(SourceFile::name).unwrap_or_default();
    errors
        .into_iter()
        .map(|e| match files.get(e.file) {
            Some(file) => Diagnostic {
                file: file.name().to_string(),
                pos: e.pos,
                msg: e.msg,
            },
            None => Diagnostic {
                file: first.to_string(),
                pos: 0,
                msg: format!(
                    "internal error in a standard package's declarations: {}",
                    e.msg
                ),
            },
        })
        .collect()
}

/// [`check_source`] for a file already held as a string. Diagnostics whose
/// position is needed as line and column go through
/// [`SourceFile::line_col`]; see [`diag::emit`] to print them as gc does.
pub fn check_syntax(name: &str, src: &str) -> Result<ast::File, Vec<Diagnostic>> {
    match SourceFile::new(name, src) {
        Ok(file) => check_source(&file),
        Err(source::TooLarge) => Err(vec![too_large(name)]),
    }
}

/// The diagnostic for a file beyond the front end's 4 GiB of positions.
fn too_large(name: &str) -> Diagnostic {
    Diagnostic {
        file: name.to_string(),
        pos: 0,
        msg: "file too large".to_string(),
    }
}
