//! minigo as a scripting engine: Go programs run by a Rust host, on their
//! own GMP scheduler, in parallel, and stoppable.
//!
//! A [`Vm`] is a configuration (GOMAXPROCS, output sinks, GOGC, the
//! environment, limits, [host packages](HostPackage)) from which programs
//! are compiled ([`Vm::compile`]) and run: [`Vm::run`] runs `main` to its
//! end; [`Vm::start`] initializes the packages and keeps the program
//! alive as an [`Instance`], whose exported functions the host calls
//! ([`Instance::call`]) and whose package variables it reads and sets,
//! from any thread, while the program's goroutines go on running, and
//! share Go channels with it ([`Chan`]).
//!
//! ```
//! let vm = minigo::Vm::builder().gomaxprocs(2).build();
//! let program = vm
//!     .compile("calc.go", r#"package main
//!
//! var Calls int
//!
//! func Sum(xs []int) (int, int) {
//!     Calls++
//!     total := 0
//!     for _, x := range xs {
//!         total += x
//!     }
//!     return total, len(xs)
//! }
//! "#)
//!     .unwrap();
//! let instance = vm.start(&program).unwrap();
//! let (sum, n): (i64, i64) = instance.call("Sum", (vec![1i64, 2, 3],)).unwrap();
//! assert_eq!((sum, n), (6, 3));
//! assert_eq!(instance.get::<i64>("Calls").unwrap(), 1);
//! ```
//!
//! Everything belongs to its `Vm` and its runs: two Vms in one process
//! share nothing, and a run's threads are joined and its heap freed when
//! it ends. A run ends early, with a [`RunError`] and without harm to the
//! host, when it is cancelled ([`CancelHandle`]), when it passes a limit
//! ([`VmBuilder::max_goroutines`], [`VmBuilder::max_heap_bytes`],
//! [`VmBuilder::time_limit`]), or when the program panics.

#![deny(missing_docs)]

mod chan;
mod convert;
mod host;
mod output;

pub use chan::{Chan, ChanError, RecvFuture, SendFuture};
pub use convert::{Args, ConvertError, Fields, FromGo, GoType, Results, ToGo};
pub use host::{GoConst, HostPackage, HostReturn, HostSig, IntoHostFn};
pub use minigo_vm::embed::Value;

use crate::{Diagnostic, SourceFile};
use minigo_vm::embed::{EmbedLink, EndReason, HostFn, Limits, Request};
use output::{Sink, SinkReader, SinkWriter, Tail};
use std::collections::HashMap;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError, Weak};
use std::time::Duration;

/// How a [`Vm`] is set up. Made by [`Vm::builder`].
pub struct VmBuilder {
    gomaxprocs: usize,
    gc_stress: bool,
    gogc: Option<usize>,
    godebug: String,
    env: Vec<(Vec<u8>, Vec<u8>)>,
    args: Vec<String>,
    allow_os: bool,
    limits: Limits,
    time_limit: Option<Duration>,
    stdout: Sink,
    stderr: Sink,
    stdin: Option<SinkReader>,
    packages: Vec<HostPackage>,
}

impl VmBuilder {
    /// How many goroutines run at once, on as many threads (Go's
    /// GOMAXPROCS; by default the CPUs available).
    pub fn gomaxprocs(mut self, n: usize) -> VmBuilder {
        self.gomaxprocs = n.max(1);
        self
    }

    /// Where the program's standard output goes (by default, nowhere).
    pub fn stdout(mut self, w: impl std::io::Write + Send + 'static) -> VmBuilder {
        self.stdout = output::sink(w);
        self
    }

    /// Where the program's standard error goes (by default, nowhere);
    /// panics are reported there as Go reports them, and in the
    /// [`RunError`].
    pub fn stderr(mut self, w: impl std::io::Write + Send + 'static) -> VmBuilder {
        self.stderr = output::sink(w);
        self
    }

    /// What os.Stdin reads (by default, nothing).
    pub fn stdin(mut self, r: impl std::io::Read + Send + 'static) -> VmBuilder {
        self.stdin = Some(output::reader(r));
        self
    }

    /// GOGC: the heap may grow by this percentage of the live heap
    /// between collections (100 by default); `None` turns the collector
    /// off.
    pub fn gogc(mut self, percent: Option<usize>) -> VmBuilder {
        self.gogc = percent;
        self
    }

    /// GODEBUG (`schedtrace=N`, `scheddetail=1`, `gctrace=1`).
    pub fn godebug(mut self, value: &str) -> VmBuilder {
        self.godebug = value.to_string();
        self
    }

    /// Adds an environment variable the program sees (os.Getenv); the
    /// process's environment is not passed.
    pub fn env(mut self, key: &str, value: &str) -> VmBuilder {
        self.env.push((key.into(), value.into()));
        self
    }

    /// os.Args: the program's name, then its arguments.
    pub fn args<S: Into<String>>(mut self, args: impl IntoIterator<Item = S>) -> VmBuilder {
        self.args = args.into_iter().map(Into::into).collect();
        self
    }

    /// Lets the program use the host's files, directories and process
    /// details through package os (denied by default: such calls fail
    /// with Go's `operation not permitted`).
    pub fn allow_os(mut self, allow: bool) -> VmBuilder {
        self.allow_os = allow;
        self
    }

    /// Ends a run that would have more goroutines than this alive at once
    /// ([`RunError::TooManyGoroutines`]).
    pub fn max_goroutines(mut self, n: usize) -> VmBuilder {
        self.limits.max_goroutines = n;
        self
    }

    /// Ends a run whose live heap, after a collection, is larger than this
    /// ([`RunError::HeapLimit`]); collections start before the heap
    /// reaches it.
    pub fn max_heap_bytes(mut self, n: usize) -> VmBuilder {
        self.limits.max_heap = n;
        self
    }

    /// Ends a run (or an [`Instance`]) that lasts longer than this
    /// ([`RunError::TimeLimit`]).
    pub fn time_limit(mut self, limit: Duration) -> VmBuilder {
        self.time_limit = Some(limit);
        self
    }

    /// Collects garbage at every allocation (a test mode, slow: it finds
    /// values the collector cannot see, as `MINIGO_GCSTRESS=1` does for
    /// `minigo run`).
    pub fn gc_stress(mut self, on: bool) -> VmBuilder {
        self.gc_stress = on;
        self
    }

    /// Makes a host package importable by the programs of this Vm.
    pub fn package(mut self, package: HostPackage) -> VmBuilder {
        self.packages.retain(|p| p.path() != package.path());
        self.packages.push(package);
        self
    }

    /// The Vm this configuration describes.
    pub fn build(self) -> Vm {
        Vm {
            config: Arc::new(self),
            runs: Arc::new(Mutex::new(Vec::new())),
        }
    }
}

/// An embedded Go interpreter: a configuration from which programs are
/// compiled and run. Cheap to clone (the clones share the configuration
/// and cancel the same runs).
#[derive(Clone)]
pub struct Vm {
    config: Arc<VmBuilder>,
    /// The runs going on, for [`CancelHandle`].
    runs: Arc<Mutex<Vec<Weak<EmbedLink>>>>,
}

impl Default for Vm {
    fn default() -> Vm {
        Vm::builder().build()
    }
}

/// A program compiled by a [`Vm`], ready to run any number of times.
#[derive(Clone)]
pub struct Program {
    code: Arc<minigo_vm::bytecode::Program>,
    /// By function index: the host functions its host packages provide.
    host_fns: Vec<Option<Arc<dyn HostFn>>>,
}

impl std::fmt::Debug for Program {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.debug_struct("Program")
            .field("functions", &self.code.functions.len())
            .finish_non_exhaustive()
    }
}

impl Program {
    /// The names of package main's functions the host can call.
    pub fn functions(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.code.exports.funcs.keys().map(|s| s.as_str()).collect();
        names.sort_unstable();
        names
    }
}

/// One error of a program that does not compile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileDiagnostic {
    /// The file's name, as given to [`Vm::compile`].
    pub file: String,
    /// 1-based line and column (columns count bytes, as gc's do).
    pub line: u32,
    /// See `line`.
    pub column: u32,
    /// Byte offset in the file.
    pub offset: u32,
    /// Go's wording: `undefined: x`.
    pub message: String,
}

/// A program that does not compile: every error, and the report as
/// `go run` prints it (`file:line:col: message` lines).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// Each error, in gc's order (at most ten, as gc reports).
    pub diagnostics: Vec<CompileDiagnostic>,
    /// The errors as `go run` prints them.
    pub rendered: String,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(self.rendered.trim_end())
    }
}

impl std::error::Error for CompileError {}

/// Why a run did not end well.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RunError {
    /// The program panicked, or died of a fatal error (a deadlock, a
    /// stack overflow): Go's report, as printed on its standard error.
    Panic(String),
    /// The program called os.Exit with this nonzero status.
    Exit(i32),
    /// Cancelled through a [`CancelHandle`].
    Cancelled,
    /// It ran past [`VmBuilder::time_limit`].
    TimeLimit(Duration),
    /// A `go` statement passed [`VmBuilder::max_goroutines`].
    TooManyGoroutines(usize),
    /// The live heap passed [`VmBuilder::max_heap_bytes`].
    HeapLimit(usize),
    /// The program has no `main` function to run.
    NoMain,
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            RunError::Panic(report) => f.write_str(report.trim_end()),
            RunError::Exit(code) => write!(f, "exit status {code}"),
            RunError::Cancelled => f.write_str("the run was cancelled"),
            RunError::TimeLimit(d) => write!(f, "the run passed its time limit of {d:?}"),
            RunError::TooManyGoroutines(n) => {
                write!(f, "the run passed its limit of {n} goroutines")
            }
            RunError::HeapLimit(n) => write!(f, "the run passed its heap limit of {n} bytes"),
            RunError::NoMain => f.write_str("function main is undeclared in the main package"),
        }
    }
}

impl std::error::Error for RunError {}

/// Why a call of a Go function from the host failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CallError {
    /// Package main has no function of that name.
    NoSuchFunction(String),
    /// The call's arguments or results do not convert (or their count is
    /// wrong).
    Convert(String),
    /// The function panicked (the message Go prints after `panic: `);
    /// the program goes on.
    Panic(String),
    /// The program is over: it ended for this reason (another goroutine
    /// panicked, it was cancelled, it passed a limit).
    Ended(RunError),
}

impl std::fmt::Display for CallError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            CallError::NoSuchFunction(name) => write!(f, "no function {name} in package main"),
            CallError::Convert(e) => f.write_str(e),
            CallError::Panic(msg) => write!(f, "panic: {msg}"),
            CallError::Ended(why) => write!(f, "the program has ended: {why}"),
        }
    }
}

impl std::error::Error for CallError {}

impl From<ConvertError> for CallError {
    fn from(e: ConvertError) -> CallError {
        CallError::Convert(e.0)
    }
}

/// The importer of a Vm's programs: the standard packages and its host
/// packages.
struct VmImporter<'a> {
    host: HashMap<&'a str, (String, String)>,
}

impl minigo_vm::check::Importer for VmImporter<'_> {
    fn api_source(&self, path: &str) -> Option<&str> {
        match self.host.get(path) {
            Some((api, _)) => Some(api),
            None => minigo_stdlib::api_source(path),
        }
    }

    fn impl_source(&self, path: &str) -> Option<&str> {
        match self.host.get(path) {
            Some((_, implementation)) => Some(implementation),
            None => minigo_stdlib::impl_source(path),
        }
    }

    fn is_host(&self, path: &str) -> bool {
        self.host.contains_key(path)
    }
}

impl Vm {
    /// A builder with Go's defaults, no output, and package os's host
    /// access denied.
    pub fn builder() -> VmBuilder {
        VmBuilder {
            gomaxprocs: std::thread::available_parallelism().map_or(1, |n| n.get()),
            gc_stress: false,
            gogc: Some(100),
            godebug: String::new(),
            env: Vec::new(),
            args: vec!["main".into()],
            allow_os: false,
            limits: Limits::default(),
            time_limit: None,
            stdout: output::sink(std::io::sink()),
            stderr: output::sink(std::io::sink()),
            stdin: None,
            packages: Vec::new(),
        }
    }

    /// Compiles a program of one file (package main; `main` is optional
    /// for a program only [started](Vm::start)).
    pub fn compile(&self, name: &str, source: &str) -> Result<Program, CompileError> {
        let file = SourceFile::new(name, source).map_err(|_| CompileError {
            diagnostics: Vec::new(),
            rendered: format!("{name}: file too large\n"),
        })?;
        self.compile_files(&[file])
    }

    /// Compiles a program from a file on disk.
    pub fn compile_file(&self, path: impl AsRef<std::path::Path>) -> Result<Program, CompileError> {
        let path = path.as_ref();
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| CompileError {
            diagnostics: Vec::new(),
            rendered: format!("open {name}: {}\n", go_error_text(&e)),
        })?;
        let file = SourceFile::from_bytes(name.clone(), &bytes).map_err(|_| CompileError {
            diagnostics: Vec::new(),
            rendered: format!("{name}: file too large\n"),
        })?;
        self.compile_files(&[file])
    }

    fn compile_files(&self, files: &[SourceFile]) -> Result<Program, CompileError> {
        let sources: Vec<(String, String)> = self
            .config
            .packages
            .iter()
            .map(|p| (p.api_source(), p.impl_source()))
            .collect();
        let importer = VmImporter {
            host: self
                .config
                .packages
                .iter()
                .map(|p| p.path())
                .zip(sources)
                .collect(),
        };
        let failed = |diags: Vec<Diagnostic>| compile_error(files, diags);
        let checked = crate::check_package_with(files, &importer).map_err(failed)?;
        let code = minigo_vm::compile::compile_embedded(&checked.sources, &checked.checked)
            .map_err(|e| {
                let file = files.get(e.file).or(files.first());
                failed(vec![Diagnostic {
                    file: file.map(|f| f.name().to_string()).unwrap_or_default(),
                    pos: e.pos,
                    msg: e.msg,
                }])
            })?;
        let funcs: HashMap<String, Arc<dyn HostFn>> = self
            .config
            .packages
            .iter()
            .flat_map(|p| p.funcs())
            .collect();
        let mut host_fns = vec![None; code.functions.len()];
        for (&index, (name, _)) in &code.exports.host_funcs {
            if let Some(slot) = host_fns.get_mut(index as usize) {
                *slot = funcs.get(name).cloned();
            }
        }
        Ok(Program {
            code: Arc::new(code),
            host_fns,
        })
    }

    /// Runs the program's `main` (after its packages' initialization) to
    /// the end, as `go run` would: Ok when it returns (or calls
    /// os.Exit(0)).
    pub fn run(&self, program: &Program) -> Result<(), RunError> {
        let entry = program.code.entry;
        if !program.code.exports.funcs.contains_key("main") {
            return Err(RunError::NoMain);
        }
        let run = self.launch(program, entry, None)?;
        run.finish()
    }

    /// Initializes the program's packages and keeps the program running,
    /// for the host to call its functions and use its variables. Its
    /// `main` does not run (call it as any other function if wanted).
    pub fn start(&self, program: &Program) -> Result<Instance, RunError> {
        let (tx, rx) = std::sync::mpsc::channel();
        let entry = program.code.exports.serve_entry;
        let run = self.launch(program, entry, Some((tx.clone(), rx)))?;
        Ok(Instance {
            program: program.clone(),
            requests: Some(tx),
            run: Some(run),
        })
    }

    /// A handle that cancels this Vm's runs from any thread.
    pub fn cancel_handle(&self) -> CancelHandle {
        CancelHandle {
            runs: self.runs.clone(),
        }
    }

    fn launch(
        &self,
        program: &Program,
        entry: u32,
        requests: Option<(Sender<Request>, Receiver<Request>)>,
    ) -> Result<Run, RunError> {
        let c = &*self.config;
        let link = EmbedLink::new(c.limits);
        link.set_host_fns(program.host_fns.clone());
        if let Some((tx, rx)) = requests {
            link.set_requests(tx, rx);
        }
        {
            let mut runs = self.runs.lock().unwrap_or_else(PoisonError::into_inner);
            runs.retain(|r| r.strong_count() > 0);
            runs.push(Arc::downgrade(&link));
        }
        let options = crate::RunOptions {
            gc_stress: c.gc_stress,
            gogc: c.gogc,
            gctrace: c.godebug.split(',').any(|kv| kv.trim() == "gctrace=1"),
            args: c.args.clone(),
            gomaxprocs: c.gomaxprocs,
            godebug: c.godebug.clone(),
            env: c.env.clone(),
            sandbox: !c.allow_os,
        };
        let mut machine = options.machine(&program.code, minigo_vm::interp::Room::Exact);
        if c.limits.max_heap > 0 {
            if let Ok(heap) = machine.heap.get_mut() {
                heap.set_limit(c.limits.max_heap);
            }
        }
        machine.embed = Some(link.clone());
        let tail = Tail::default();
        let stderr = tail.tee(SinkWriter(c.stderr.clone()));
        let mut out = minigo_vm::interp::Output::new(
            Box::new(SinkWriter(c.stdout.clone())),
            Box::new(stderr),
        );
        if let Some(stdin) = &c.stdin {
            out = out.with_stdin(Box::new(stdin.clone()));
        }
        let runner = Arc::new(minigo_vm::exec::Runner::new(
            program.code.clone(),
            machine,
            out,
        ));
        let config = options.config();
        let code = Arc::new(Ended::default());
        let code_set = code.clone();
        let thread = std::thread::Builder::new()
            .name("minigo-run".into())
            .spawn(move || {
                let code = minigo_vm::exec::run_from(runner, config, entry);
                code_set.set(code);
                code
            })
            .map_err(|e| RunError::Panic(format!("fatal error: cannot start a thread: {e}")))?;
        let watchdog = c.time_limit.map(|limit| {
            let link = link.clone();
            let (stop_tx, stop_rx) = std::sync::mpsc::channel::<()>();
            let t = std::thread::Builder::new()
                .name("minigo-watchdog".into())
                .spawn(move || {
                    if let Err(RecvTimeoutError::Timeout) = stop_rx.recv_timeout(limit) {
                        link.end(EndReason::TimeLimit);
                    }
                })
                .ok();
            (stop_tx, t)
        });
        Ok(Run {
            link,
            code,
            thread: Some(thread),
            watchdog,
            tail,
            time_limit: c.time_limit,
        })
    }
}

/// A run's exit status, set once when its thread is done.
#[derive(Default)]
struct Ended {
    code: Mutex<Option<i32>>,
    set: std::sync::Condvar,
}

impl Ended {
    fn set(&self, code: i32) {
        *self.code.lock().unwrap_or_else(PoisonError::into_inner) = Some(code);
        self.set.notify_all();
    }

    /// Waits for the status, up to `limit`.
    fn wait_for(&self, limit: Duration) -> Option<i32> {
        let code = self.code.lock().unwrap_or_else(PoisonError::into_inner);
        let (code, _) = self
            .set
            .wait_timeout_while(code, limit, |c| c.is_none())
            .unwrap_or_else(PoisonError::into_inner);
        *code
    }

    /// Waits for the status.
    fn wait(&self) -> i32 {
        let mut code = self.code.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            if let Some(c) = *code {
                return c;
            }
            code = self.set.wait(code).unwrap_or_else(PoisonError::into_inner);
        }
    }
}

/// One run's thread and what tells how it ended.
struct Run {
    link: Arc<EmbedLink>,
    /// The run's exit status, once it has ended.
    code: Arc<Ended>,
    thread: Option<std::thread::JoinHandle<i32>>,
    watchdog: Option<(Sender<()>, Option<std::thread::JoinHandle<()>>)>,
    tail: Tail,
    time_limit: Option<Duration>,
}

impl Run {
    /// Waits for the end of the run; how it went.
    fn finish(mut self) -> Result<(), RunError> {
        let code = self.thread.take().map_or(Ok(0), |t| t.join()).unwrap_or(2);
        self.stop_watchdog();
        let why = self.link.take_end();
        self.verdict(code, why)
    }

    fn stop_watchdog(&mut self) {
        if let Some((stop, t)) = self.watchdog.take() {
            drop(stop);
            if let Some(t) = t {
                let _ = t.join();
            }
        }
    }

    fn verdict(&self, code: i32, why: Option<EndReason>) -> Result<(), RunError> {
        match why {
            Some(EndReason::Cancelled) => Err(RunError::Cancelled),
            Some(EndReason::TimeLimit) => {
                Err(RunError::TimeLimit(self.time_limit.unwrap_or_default()))
            }
            Some(EndReason::Goroutines(n)) => Err(RunError::TooManyGoroutines(n)),
            Some(EndReason::Heap(n)) => Err(RunError::HeapLimit(n)),
            None if code == 0 => Ok(()),
            None => match self.tail.report() {
                Some(report) => Err(RunError::Panic(report)),
                None => Err(RunError::Exit(code)),
            },
        }
    }
}

impl Drop for Run {
    fn drop(&mut self) {
        if let Some(t) = self.thread.take() {
            self.link.end(EndReason::Cancelled);
            let _ = t.join();
        }
        self.stop_watchdog();
    }
}

/// A program kept running by [`Vm::start`]: call its functions, read and
/// set its variables. Dropping it stops every goroutine of the program
/// and joins its threads.
pub struct Instance {
    program: Program,
    /// Dropped to tell the server the host has gone.
    requests: Option<Sender<Request>>,
    run: Option<Run>,
}

impl Instance {
    /// Calls package main's function `name` with `args` (`()`, a value, or
    /// a tuple) in a goroutine of its own, and waits for its results
    /// (`()`, a value, or a tuple). Calls from several threads run at
    /// once.
    pub fn call<R: Results>(&self, name: &str, args: impl Args) -> Result<R, CallError> {
        let values = self.call_values(name, args.into_values())?;
        Ok(R::from_values(values)?)
    }

    /// [`Instance::call`] with Go values as they come.
    pub fn call_values(&self, name: &str, mut args: Vec<Value>) -> Result<Vec<Value>, CallError> {
        let Some((func, sig)) = self.program.code.exports.funcs.get(name) else {
            return Err(CallError::NoSuchFunction(name.to_string()));
        };
        if sig.variadic && args.len() + 1 >= sig.params.len() {
            // As in Go, no variadic arguments is a nil slice.
            let rest = args.split_off(sig.params.len() - 1);
            args.push(if rest.is_empty() {
                Value::Nil
            } else {
                Value::List(rest)
            });
        }
        if args.len() != sig.params.len() {
            return Err(CallError::Convert(format!(
                "{name} takes {} arguments, not {}",
                sig.params.len(),
                args.len()
            )));
        }
        let (tx, rx) = std::sync::mpsc::channel();
        let request = Request::Call {
            func: *func,
            sig: sig.clone(),
            args,
            reply: tx,
        };
        self.send(request)?;
        match minigo_vm::embed::spin_recv(&rx) {
            Ok(Ok(values)) => Ok(values),
            Ok(Err(minigo_vm::embed::CallError::Panic(msg))) => Err(CallError::Panic(msg)),
            Ok(Err(minigo_vm::embed::CallError::Convert(msg))) => Err(CallError::Convert(msg)),
            Ok(Err(minigo_vm::embed::CallError::Ended)) | Err(_) => Err(self.ended()),
        }
    }

    /// The value of package main's variable `name`.
    pub fn get<T: FromGo>(&self, name: &str) -> Result<T, CallError> {
        let var = self.var(name)?;
        let (tx, rx) = std::sync::mpsc::channel();
        self.send(Request::Get { var, reply: tx })?;
        match minigo_vm::embed::spin_recv(&rx) {
            Ok(Ok(v)) => Ok(T::from_go(v)?),
            Ok(Err(e)) => Err(CallError::Convert(e)),
            Err(_) => Err(self.ended()),
        }
    }

    /// Sets package main's variable `name`.
    pub fn set(&self, name: &str, value: impl ToGo) -> Result<(), CallError> {
        let var = self.var(name)?;
        let (tx, rx) = std::sync::mpsc::channel();
        self.send(Request::Set {
            var,
            value: value.to_go(),
            reply: tx,
        })?;
        match minigo_vm::embed::spin_recv(&rx) {
            Ok(r) => r.map_err(CallError::Convert),
            Err(_) => Err(self.ended()),
        }
    }

    /// A new channel of `cap` elements of type `T` (`make(chan T, cap)`),
    /// to hand to Go. The program must use the element type somewhere
    /// (its runtime type is how values convert).
    pub fn make_chan<T: GoType + ToGo + FromGo>(&self, cap: usize) -> Result<Chan<T>, CallError> {
        let name = T::go_type();
        let elem = self
            .program
            .code
            .rtypes
            .iter()
            .position(|t| t.name() == name)
            .ok_or_else(|| CallError::Convert(format!("the program has no type {name}")))?;
        let (tx, rx) = std::sync::mpsc::channel();
        self.send(Request::MakeChan {
            elem: elem as u32,
            cap,
            reply: tx,
        })?;
        match minigo_vm::embed::spin_recv(&rx) {
            Ok(Value::Chan(c)) => Ok(Chan::from_ref(c)),
            Ok(_) => Err(CallError::Convert("no channel made".into())),
            Err(_) => Err(self.ended()),
        }
    }

    /// A handle that cancels this instance from any thread.
    pub fn cancel_handle(&self) -> CancelHandle {
        let link = self.run.as_ref().map(|r| Arc::downgrade(&r.link));
        CancelHandle {
            runs: Arc::new(Mutex::new(link.into_iter().collect())),
        }
    }

    /// Ends the program (its goroutines stop) and says how it had gone:
    /// Ok if it was still running well.
    pub fn stop(mut self) -> Result<(), RunError> {
        // The server, told the host is done, ends the program.
        if let Some(tx) = self.requests.take() {
            let _ = tx.send(Request::Stop);
        }
        self.run.take().map_or(Ok(()), Run::finish)
    }

    fn var(&self, name: &str) -> Result<minigo_vm::embed::ExportedVar, CallError> {
        self.program
            .code
            .exports
            .vars
            .get(name)
            .cloned()
            .ok_or_else(|| CallError::NoSuchFunction(name.to_string()))
    }

    fn send(&self, request: Request) -> Result<(), CallError> {
        match &self.requests {
            Some(tx) if tx.send(request).is_ok() => Ok(()),
            _ => Err(self.ended()),
        }
    }

    /// How the program ended (it has, or is ending).
    fn ended(&self) -> CallError {
        let Some(run) = &self.run else {
            return CallError::Ended(RunError::Cancelled);
        };
        // The run may still be ending; its verdict is final once its
        // thread is done.
        let code = run.code.wait();
        let verdict = run.verdict(code, run.link.reason());
        CallError::Ended(verdict.err().unwrap_or(RunError::Exit(0)))
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        // Told the host is done, the server ends the program, and every M
        // is joined; if it cannot soon (a goroutine in a host function
        // that does not return), Run's drop cancels the run.
        if let Some(tx) = self.requests.take() {
            let _ = tx.send(Request::Stop);
        }
        if let Some(run) = &self.run {
            run.code.wait_for(Duration::from_millis(200));
        }
        self.run = None;
    }
}

/// Cancels runs from any thread: every goroutine stops (running ones at
/// their next safepoint, within a few milliseconds), and the run ends
/// with [`RunError::Cancelled`]. Runs started after the cancel are not
/// affected.
#[derive(Clone)]
pub struct CancelHandle {
    runs: Arc<Mutex<Vec<Weak<EmbedLink>>>>,
}

impl CancelHandle {
    /// Cancels the runs (a run already over is left alone).
    pub fn cancel(&self) {
        let runs: Vec<Arc<EmbedLink>> = self
            .runs
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .filter_map(Weak::upgrade)
            .collect();
        for link in runs {
            link.end(EndReason::Cancelled);
        }
    }
}

/// An I/O error as Go words it (`no such file or directory`).
fn go_error_text(e: &std::io::Error) -> String {
    let text = match e.raw_os_error() {
        Some(code) => std::io::Error::from_raw_os_error(code).to_string(),
        None => e.to_string(),
    };
    let text = match text.find(" (os error") {
        Some(at) => &text[..at],
        None => &text,
    };
    let mut chars = text.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_lowercase().chain(chars).collect())
}

fn compile_error(files: &[SourceFile], diags: Vec<Diagnostic>) -> CompileError {
    let mut rendered = Vec::new();
    let _ = crate::diag::emit_package(&mut rendered, crate::Style::Plain, files, &diags);
    let diagnostics = diags
        .iter()
        .map(|d| {
            let file = files.iter().find(|f| f.name() == d.file).or(files.first());
            let (line, column) = file.map_or((0, 0), |f| f.line_col(d.pos));
            CompileDiagnostic {
                file: d.file.clone(),
                line,
                column,
                offset: file.map_or(d.pos, |f| f.file_offset(d.pos)),
                message: d.msg.clone(),
            }
        })
        .collect();
    CompileError {
        diagnostics,
        rendered: String::from_utf8_lossy(&rendered).into_owned(),
    }
}
