//! The interpreter loop. It runs one goroutine's frames, which live in the
//! goroutine ([`Goroutine`]), not on the Rust stack: a Go call pushes a
//! frame record and moves the register window, so Go recursion never
//! recurses in Rust and a goroutine can stop at any instruction and be
//! resumed later (by another thread, once the scheduler exists).
//!
//! `run` returns why it stopped ([`Exit`]): the goroutine finished, it
//! panicked, or it was asked to yield at a safepoint (every backward jump
//! and every function entry checks the goroutine's preemption flag, the one
//! flag that will serve both the scheduler's preemption and the GC's
//! stop-the-world).

use crate::bytecode::{Instr, PrintStyle, Program};
use crate::chan::{Chan, Done, Ready, SelectDone, SelectWait, Sudog};
use crate::heap::{handle_of, offset_of, ref_word, Handle, Heap};
use crate::heap::{AllocCache, Mutator};
use crate::printargs::{fmt_bytes, print_builtin};
use crate::stack::Stack;
use crossbeam_utils::sync::{ShardedLock, ShardedLockReadGuard};
use minigo_runtime::{GId, WaitReason};
use smallvec::SmallVec;
use std::io::Write;

mod pure_less;
mod sort_call;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::sync::{Mutex, MutexGuard, PoisonError};

/// Go's limit: `runtime: goroutine stack exceeds 1000000000-byte limit`.
pub const MAX_STACK_BYTES: usize = 1_000_000_000;

/// One call's record: which function, where it resumes, where its
/// register window starts (in stack segment `seg`), and, for a frame that
/// starts a segment, where its results go in the caller's (`ret`).
#[derive(Clone, Copy, Debug)]
struct Frame {
    func: u32,
    pc: u32,
    base: usize,
    seg: u32,
    ret: u32,
}

/// A deferred call: the frame that deferred it (its index in the frame
/// stack), the closure and the arguments, evaluated at the defer.
#[derive(Debug)]
struct Deferred {
    depth: usize,
    closure: u64,
    args: SmallVec<[u64; 3]>,
}

/// A print instruction waiting for the `String`/`Error` methods fmt
/// calls: the frame depth it runs at, the results so far (two string
/// words each; collector roots), and whether a call is under way (its
/// result is above the frame's registers when the print runs again).
#[derive(Debug)]
struct FmtLevel {
    depth: usize,
    results: Vec<u64>,
    awaiting: bool,
    /// Whether a panic of the method it awaits is fmt's to recover (its
    /// catchPanic): a print's, not a `panic` value's Error or String.
    catch: bool,
}

/// Set in a frame's saved `pc` while it is unwinding a panic: when a
/// deferred call returns to it, unwinding goes on. The low bits keep the
/// pc of the panic or call site, which tracebacks print.
const UNWINDING: u32 = 1 << 31;

/// Whether back edges and calls check the preemption flag. Only the
/// `no-safepoints` feature turns them off, to measure what the checks
/// cost (issue 8): without them nothing preempts a goroutine, and a
/// collection waits for every running goroutine to block.
const SAFEPOINTS: bool = !cfg!(feature = "no-safepoints");

/// A goroutine's execution state: its registers and its frames.
#[derive(Debug)]
pub struct Goroutine {
    stack: Stack,
    frames: Vec<Frame>,
    /// Deferred calls, innermost last.
    defers: Vec<Deferred>,
    /// The panics under way, innermost last: a panic in a deferred call
    /// does not end the one that called it (Go's `_panic.link` chain).
    panicking: Vec<Unwinding>,
    /// A panic a deferred call recovered, until that call returns (a
    /// panic meanwhile prints it as `[recovered]`).
    recovered: Option<Panic>,
    /// Prints waiting for method results, innermost last.
    fmt_levels: Vec<FmtLevel>,
    /// The sudog of the channel operation it parked in, until that
    /// instruction, run again, takes the result.
    waiting: Option<Arc<Sudog>>,
    /// The select it parked in: which case won, and every case's sudog.
    selecting: Option<Selecting>,
    /// runtime.ReadMemStats asked for the world to stop (`stats_wanted`),
    /// and the figures it found (`stats`).
    stats_wanted: bool,
    stats: Option<[u64; 5]>,
    /// During runtime.Goexit: the index in `panicking` of its unwinding.
    goexit: Option<usize>,
    /// The blocking call it stopped for, until the instruction that asked
    /// for it, run again, takes the result.
    syscall: Option<SysResult>,
    /// Likewise for package os's reads and writes of files (`host.rs`).
    host_call: Option<crate::host::Pending>,
    /// Likewise for the prompt's server, waiting for the next entry.
    prompt_next: Option<crate::prompt::NextEntry>,
    /// The serial of the prompt's entry this goroutine runs (0: none).
    pub prompt_entry: u64,
    /// Likewise for an embedded program's server, waiting for the host.
    embed_next: Option<crate::embed::NextRequest>,
    /// Likewise for a host function's call.
    host_result: Option<crate::embed::HostResult>,
    /// A call the host made: where this goroutine's results go.
    pub embed_call: Option<Box<crate::embed::CallReply>>,
    /// An allocation found the heap at its goal: the goroutine stopped
    /// at its next safepoint for the scheduler to stop the world and
    /// collect (`take_gc_request`).
    gc_wanted: bool,
}

/// A panic under way: which frame's deferred calls it is running (its
/// index in the frame stack; `usize::MAX` before the first), and whether
/// a later panic took over that frame (`aborted`: recovering the later
/// one ends this one too, as in Go).
#[derive(Debug)]
struct Unwinding {
    p: Panic,
    at: usize,
    aborted: bool,
}

/// A Go panic on its way out: the message Go prints after `panic: `.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Panic {
    pub msg: String,
    /// Whether Go prefixes `runtime error: ` and adds `[recovered]`-free
    /// `goroutine N [running]` (a runtime error rather than a user panic).
    pub runtime_error: bool,
    /// The Go functions on the stack when it happened, innermost first,
    /// with the file and line each was at.
    pub traceback: Vec<TraceFrame>,
    /// The value `panic` was called with, as an interface's two words
    /// (recover returns it); `None` for the runtime's own errors.
    pub value: Option<[u64; 2]>,
}

/// Why the dispatch loop stopped without leaving `run`: a panic starts,
/// or a deferred call that ran during unwinding returned.
enum Trap {
    Panic(Panic),
    Unwind,
    Goexit,
}

/// One function of a traceback: its name, and where it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceFrame {
    pub func: String,
    pub file: String,
    pub line: u32,
}

/// Why `run` returned.
#[derive(Debug)]
pub enum Exit {
    Done,
    Panic(Panic),
    /// The goroutine grew its stack past Go's limit.
    StackOverflow,
    /// Stopped at a safepoint because `preempt` was set; `run` resumes it.
    Preempted,
    /// `os.Exit(code)`: the program ends now, deferred calls or not.
    OsExit(i32),
    /// `runtime.Gosched()`: resumable, to be run again later.
    Yield,
    /// `runtime.Goexit()` ran every deferred call: the goroutine is done
    /// (the main one too, unlike a return from main).
    Goexit,
    /// `runtime.GOMAXPROCS(n)` with a new n: resumable once the scheduler
    /// has resized.
    GoMaxProcs(usize),
    /// An unrecoverable error (`fatal error: ...`), as Go's throw.
    Fatal(String),
    /// gopark: the goroutine waits (for `reason`); the callback, run once
    /// it is parked, makes it visible to its waker or, returning false,
    /// cancels the park. It resumes at the instruction that parked.
    Park(WaitReason, Option<Unlock>),
    /// A call that blocks the thread (a read of stdin): the executor makes
    /// it outside `run`, with the heap not held (a collection may run
    /// meanwhile) and the P handed back to the scheduler (entersyscall),
    /// then runs the goroutine again, which resumes at the instruction
    /// that asked and takes the result.
    Syscall(Syscall),
}

/// A blocking call for the executor to make, and where its result goes.
#[derive(Debug)]
pub enum Syscall {
    /// Read at most `max` bytes of standard input.
    ReadStdin { max: usize, result: SysResult },
    /// A read or write of a file the program opened (package os).
    Host(crate::host::Blocking),
    /// The prompt's server waits for the next entry.
    PromptNext {
        link: Arc<crate::prompt::PromptLink>,
        result: crate::prompt::NextEntry,
    },
    /// An embedded program's server waits for the host's next request.
    EmbedNext {
        link: Arc<crate::embed::EmbedLink>,
        result: crate::embed::NextRequest,
    },
    /// A host function runs.
    HostFn(crate::embed::HostCall),
}

/// A blocking call's result: the bytes read (none at end of input), or
/// the error's text.
pub type SysResult = Arc<Mutex<Option<Result<Vec<u8>, String>>>>;

impl Syscall {
    /// Makes the call (blocking the thread).
    pub fn call(self, stdin: &Stdin) {
        match self {
            Syscall::ReadStdin { max, result } => {
                let mut buf = vec![0; max];
                let r = loop {
                    let r = stdin
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .read(&mut buf);
                    match r {
                        Ok(n) => {
                            buf.truncate(n);
                            break Ok(buf);
                        }
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                        Err(e) => break Err(e.to_string()),
                    }
                };
                *result.lock().unwrap_or_else(PoisonError::into_inner) = Some(r);
            }
            Syscall::Host(call) => call.call(),
            Syscall::PromptNext { link, result } => {
                let next = link.next_entry();
                *result.lock().unwrap_or_else(PoisonError::into_inner) = Some(next);
            }
            Syscall::EmbedNext { link, result } => {
                let next = link.next_request();
                *result.lock().unwrap_or_else(PoisonError::into_inner) = Some(next);
            }
            Syscall::HostFn(call) => call.call(),
        }
    }
}

/// A select waiting on its cases: the state its wakers race for, and each
/// case's index, channel and sudog.
#[derive(Debug)]
struct Selecting {
    state: Arc<SelectDone>,
    cases: Arc<[SelectWait]>,
}

/// A park's callback (Go's unlockf): true to stay parked.
pub struct Unlock(pub Box<dyn FnOnce() -> bool + Send>);

impl std::fmt::Debug for Unlock {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("Unlock")
    }
}

/// The state all goroutines of one program share: the heap, the package
/// variables, the program's constant strings. Goroutines on several
/// threads use it at once, through `&Machine`: package variables are
/// relaxed atomics, like the heap's words, so a racy program reads wrong
/// values but never breaks the VM.
#[derive(Debug)]
pub struct Machine {
    /// Running goroutines hold it for reading; a collection, with the
    /// world stopped, for writing.
    /// Sharded (crossbeam's ShardedLock): a reader locks only its own
    /// thread's shard, so the Ms starting slices at a high rate do not
    /// pass one lock word between their caches (with std's RwLock that
    /// was a tenth of a channel ping-pong across two threads).
    pub heap: ShardedLock<Heap>,
    pub globals: Box<[AtomicU64]>,
    /// Picks where map iteration starts (xorshift; seeded per machine).
    rng: AtomicU64,
    /// The reference word of each constant string of the program.
    const_strings: Box<[AtomicU64]>,
    /// The func value of each of the program's `static_funcs`.
    static_funcs: Box<[AtomicU64]>,
    /// At the prompt: the constants the program gained after the machine
    /// was made (roots; the first ones are pinned), how many strings and
    /// static funcs there are, and the allocation cache they came from.
    grown: Mutex<Grown>,
    /// The prompt this machine's session serves, if it is one.
    pub prompt: Option<Arc<crate::prompt::PromptLink>>,
    /// The host this machine's embedded program serves, if it is one.
    pub embed: Option<Arc<crate::embed::EmbedLink>>,
    /// How many times the program was replaced by a grown copy.
    generation: AtomicU64,
    /// The array of every empty non-nil slice (Go's `zerobase`): such a
    /// slice is not `== nil`, whose pointer word is 0.
    zerobase: crate::heap::Handle,
    /// GODEBUG=gctrace=1: a line on stderr per collection.
    pub gctrace: bool,
    /// os.Args: the program's name, then its arguments.
    pub args: Vec<String>,
    started: std::time::Instant,
    /// Time spent collecting so far (gctrace's percentage), in ns.
    gc_time: AtomicU64,
    /// Package sync's semaphores.
    pub sema: Arc<crate::sema::SemTable>,
    /// Package os's environment, working directory and open files.
    pub host: crate::host::Host,
}

impl Machine {
    pub fn new(program: &Program) -> Machine {
        Machine::with_room(program, Room::Exact)
    }

    /// A machine whose program may grow by `room` (a prompt's session):
    /// its tables of globals and constants are made that large at once, so
    /// that goroutines index them without a lock while they grow.
    pub fn with_room(program: &Program, room: Room) -> Machine {
        let mut heap = Heap::new();
        let mut cache = AllocCache::default();
        let mut mu = heap.mutator(&mut cache);
        let (globals, strings, funcs) = match room {
            Room::Exact => (0, 0, 0),
            Room::Prompt => PROMPT_ROOM,
        };
        let table = |n: usize| -> Box<[AtomicU64]> { (0..n).map(|_| AtomicU64::new(0)).collect() };
        let const_strings = table(program.strings.len().max(strings));
        for (slot, s) in const_strings.iter().zip(&program.strings) {
            if !s.is_empty() {
                slot.store(ref_word(mu.alloc_bytes(s.clone()), 0), Ordering::Relaxed);
            }
        }
        let static_funcs = table(program.static_funcs.len().max(funcs));
        for (slot, &f) in static_funcs.iter().zip(&program.static_funcs) {
            let layout = crate::heap::Layout {
                words: 1,
                refs: std::sync::Arc::new([]),
            };
            slot.store(
                ref_word(mu.alloc_words_from(&[u64::from(f)], layout), 0),
                Ordering::Relaxed,
            );
        }
        let zerobase = mu.alloc_words(
            0,
            crate::heap::Layout {
                words: 1,
                refs: std::sync::Arc::new([]),
            },
        );
        heap.pin_all();
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0x9E37_79B9_7F4A_7C15, |d| d.as_nanos() as u64)
            | 1;
        Machine {
            heap: ShardedLock::new(heap),
            rng: AtomicU64::new(seed),
            globals: table((program.globals as usize).max(globals)),
            const_strings,
            static_funcs,
            grown: Mutex::new(Grown {
                roots: Vec::new(),
                strings: program.strings.len(),
                static_funcs: program.static_funcs.len(),
                cache: AllocCache::default(),
            }),
            prompt: None,
            embed: None,
            generation: AtomicU64::new(0),
            zerobase,
            gctrace: false,
            args: Vec::new(),
            started: std::time::Instant::now(),
            gc_time: AtomicU64::new(0),
            sema: Arc::default(),
            host: crate::host::Host::default(),
        }
    }

    /// The program was replaced (`Runner::install`).
    pub fn program_changed(&self) {
        self.generation.fetch_add(1, Ordering::Relaxed);
    }

    /// Makes room for what `program` (a grown copy of the machine's) added
    /// to the constants: their heap objects, rooted for good. Goroutines
    /// run meanwhile; none uses the new constants before the program that
    /// holds them is installed. An error when the room is used up.
    pub fn grow(&self, program: &Program) -> Result<(), String> {
        if program.strings.len() > self.const_strings.len()
            || program.static_funcs.len() > self.static_funcs.len()
            || program.globals as usize > self.globals.len()
        {
            return Err(
                "the session has no room left for more code; :reset starts a new one".into(),
            );
        }
        let heap = self.heap();
        let mut grown = self.grown.lock().unwrap_or_else(PoisonError::into_inner);
        let grown = &mut *grown;
        let mut mu = heap.mutator(&mut grown.cache);
        for i in grown.strings..program.strings.len() {
            let s = &program.strings[i];
            if !s.is_empty() {
                let w = ref_word(mu.alloc_bytes(s.clone()), 0);
                self.const_strings[i].store(w, Ordering::Relaxed);
                grown.roots.push(w);
            }
        }
        for i in grown.static_funcs..program.static_funcs.len() {
            let layout = crate::heap::Layout {
                words: 1,
                refs: std::sync::Arc::new([]),
            };
            let f = u64::from(program.static_funcs[i]);
            let w = ref_word(mu.alloc_words_from(&[f], layout), 0);
            self.static_funcs[i].store(w, Ordering::Relaxed);
            grown.roots.push(w);
        }
        grown.strings = program.strings.len();
        grown.static_funcs = program.static_funcs.len();
        Ok(())
    }

    /// The heap, for reading while goroutines run.
    pub fn heap(&self) -> ShardedLockReadGuard<'_, Heap> {
        self.heap.read().unwrap_or_else(PoisonError::into_inner)
    }

    /// A collection with the world stopped: `roots` are every goroutine's
    /// (see [`Goroutine::roots`]); the globals are added here.
    /// `reset_caches` hands every P's allocation cache back to the heap
    /// (`Heap::reset_cache`) before it sweeps. Prints gctrace's line to
    /// `out` when asked.
    pub fn collect(
        &self,
        program: &Program,
        mut roots: Vec<u64>,
        stack_bytes: usize,
        reset_caches: impl FnOnce(&mut Heap),
        out: &Output,
        procs: usize,
    ) {
        for &g in &program.global_refs {
            if let Some(w) = self.globals.get(g as usize) {
                roots.push(w.load(Ordering::Relaxed));
            }
        }
        let scanned = stack_bytes + self.globals.len() * 8;
        let mut heap = self.heap.write().unwrap_or_else(PoisonError::into_inner);
        {
            let mut grown = self.grown.lock().unwrap_or_else(PoisonError::into_inner);
            roots.extend_from_slice(&grown.roots);
            heap.reset_cache(&mut grown.cache);
        }
        reset_caches(&mut heap);
        let stats = heap.collect(roots.into_iter(), scanned);
        self.gc_time
            .fetch_add(stats.elapsed.as_nanos() as u64, Ordering::Relaxed);
        if self.gctrace {
            gc_trace(out, self, &heap, stats, stack_bytes, procs);
        }
    }
}

/// How much a machine's tables can grow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Room {
    /// Not at all: a program run as a whole.
    Exact,
    /// As a prompt's session grows ([`PROMPT_ROOM`]).
    Prompt,
}

/// A prompt session's room: global words, constant strings, static funcs.
pub const PROMPT_ROOM: (usize, usize, usize) = (1 << 16, 1 << 16, 1 << 14);

/// The constants a machine gained as its program grew.
#[derive(Debug, Default)]
struct Grown {
    roots: Vec<u64>,
    strings: usize,
    static_funcs: usize,
    cache: AllocCache,
}

/// What a P keeps for the goroutines it runs (Go's mcache): free heap
/// slots, and the interface methods found so far (Go's itab cache).
#[derive(Debug, Default)]
pub struct PCache {
    pub alloc: AllocCache,
    methods: crate::iface::MethodCache,
    /// The machine's program generation the methods were found in.
    generation: u64,
}

impl PCache {
    /// Forgets the methods found in an earlier program than the
    /// machine's (a prompt's entry may have declared one again).
    pub fn sync(&mut self, m: &Machine) {
        let g = m.generation.load(Ordering::Relaxed);
        if g != self.generation {
            self.methods = Default::default();
            self.generation = g;
        }
    }
}

/// Where printed output goes; goroutines on several threads print, one
/// write at a time.
pub struct Output {
    pub stdout: Mutex<Box<dyn Write + Send>>,
    pub stderr: Mutex<Box<dyn Write + Send>>,
    stdin: Stdin,
}

/// Standard input, shared with the blocking calls that read it.
pub type Stdin = Arc<Mutex<Box<dyn std::io::Read + Send>>>;

impl Output {
    /// Standard output and error; standard input is empty.
    pub fn new(stdout: Box<dyn Write + Send>, stderr: Box<dyn Write + Send>) -> Output {
        Output {
            stdout: Mutex::new(stdout),
            stderr: Mutex::new(stderr),
            stdin: Arc::new(Mutex::new(Box::new(std::io::empty()))),
        }
    }

    /// Where os.Stdin reads from.
    pub fn with_stdin(mut self, stdin: Box<dyn std::io::Read + Send>) -> Output {
        self.stdin = Arc::new(Mutex::new(stdin));
        self
    }

    pub fn stdin_handle(&self) -> Stdin {
        self.stdin.clone()
    }

    pub fn stdout(&self) -> MutexGuard<'_, Box<dyn Write + Send>> {
        self.stdout.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn stderr(&self) -> MutexGuard<'_, Box<dyn Write + Send>> {
        self.stderr.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// What the scheduler does for a running goroutine (the `go` statement
/// and package runtime's questions), so that the VM knows no more of the
/// runtime than this.
pub trait Scheduler {
    /// `go f(args)`: a new goroutine that starts with this call. `make`
    /// receives a dead goroutine to reuse (its stack kept), if there is
    /// one.
    fn newproc(&mut self, make: &mut dyn FnMut(Option<Box<Goroutine>>) -> Box<Goroutine>);
    fn num_goroutine(&self) -> usize;
    fn gomaxprocs(&self) -> usize;
    /// The running goroutine, as wait queues name it.
    fn gid(&self) -> GId;
    /// Makes a parked goroutine runnable (to run next on this P).
    fn goready(&mut self, g: GId);
    /// The park callback of a goroutine sleeping until `until`, whose
    /// sudog the timer marks done.
    fn sleep(&mut self, until: std::time::Instant, sg: Arc<Sudog>) -> Unlock;
    /// A runtime timer, not armed yet, that does `what` when it fires.
    fn newtimer(&mut self, what: crate::timer::VmTimer) -> Box<dyn crate::timer::TimerOps>;
}

/// Everything a goroutine runs against, for one slice of its time.
pub struct Env<'a> {
    pub program: &'a Program,
    pub m: &'a Machine,
    pub heap: &'a Heap,
    pub out: &'a Output,
    /// The goroutine's preemption flag (the scheduler's); the VM sets it
    /// too, to stop at the next safepoint when the heap wants collecting.
    pub preempt: &'a AtomicBool,
}

impl Goroutine {
    /// Stopped at a safepoint: out of line, so that the check in the
    /// dispatch loop is a load and a branch, with no code beside it.
    #[cold]
    #[inline(never)]
    fn preempted(&mut self, frame: Frame) -> Exit {
        self.frames.push(frame);
        Exit::Preempted
    }

    /// A goroutine about to call `entry` (a function without parameters).
    pub fn new(program: &Program, entry: u32) -> Goroutine {
        let size = program
            .functions
            .get(entry as usize)
            .map_or(0, |f| f.frame_size as usize);
        Goroutine {
            stack: Stack::new(size),
            frames: vec![Frame {
                func: entry,
                pc: 0,
                base: 0,
                seg: 0,
                ret: 0,
            }],
            defers: Vec::new(),
            panicking: Vec::new(),
            recovered: None,
            fmt_levels: Vec::new(),
            gc_wanted: false,
            waiting: None,
            selecting: None,
            stats_wanted: false,
            stats: None,
            goexit: None,
            syscall: None,
            host_call: None,
            prompt_next: None,
            prompt_entry: 0,
            embed_next: None,
            host_result: None,
            embed_call: None,
        }
    }

    /// A goroutine whose first frame calls function `func` (of closure
    /// `closure`) with argument words `args`: the `go` statement's. A
    /// finished goroutine (`reuse`) gives its stack, as Go reuses a dead
    /// G's.
    pub fn go_call(
        program: &Program,
        reuse: Option<Box<Goroutine>>,
        func: u32,
        closure: u64,
        args: &[u64],
    ) -> Box<Goroutine> {
        let f = &program.functions[func as usize];
        let n_params = f.n_params as usize;
        let size = (f.frame_size as usize).max(n_params + 1);
        let mut g = match reuse {
            Some(mut g) if g.frames.is_empty() => {
                g.defers.clear();
                g.panicking.clear();
                g.recovered = None;
                g.fmt_levels.clear();
                g.gc_wanted = false;
                g.waiting = None;
                g.selecting = None;
                g.stats_wanted = false;
                g.stats = None;
                g.goexit = None;
                g.syscall = None;
                g.host_call = None;
                g.prompt_next = None;
                g.prompt_entry = 0;
                g.embed_next = None;
                g.host_result = None;
                g.embed_call = None;
                g.stack.reset(size);
                g
            }
            _ => Box::new(Goroutine::new(program, func)),
        };
        let cur = &mut g.stack.cur;
        cur[..size].fill(0);
        let n = args.len().min(n_params);
        cur[..n].copy_from_slice(&args[..n]);
        // The closure slot, right after the parameters (as `enter!`).
        cur[n_params] = closure;
        g.frames.clear();
        g.frames.push(Frame {
            func,
            pc: 0,
            base: 0,
            seg: 0,
            ret: 0,
        });
        g
    }

    /// Where each of the goroutine's functions is (a stopped goroutine,
    /// innermost first), as Go's goroutine dumps list them.
    pub fn traceback(&self, program: &Program) -> Vec<TraceFrame> {
        self.panic(program, "", false).traceback
    }

    /// The words a finished goroutine's first function returned.
    pub fn results(&self) -> &[u64] {
        &self.stack.cur
    }

    /// How many stack segments the goroutine has allocated so far.
    pub fn stack_segments_allocated(&self) -> u64 {
        self.stack.segments_allocated()
    }

    /// Runs until the goroutine finishes, panics or is preempted.
    // `unwind!` reloads `code` for the deferring frame; some expansions
    // return before reading it, which is fine.
    #[allow(unused_assignments)]
    pub fn run(&mut self, env: &Env, pcache: &mut PCache, sched: &mut dyn Scheduler) -> Exit {
        let Env {
            program,
            m,
            heap,
            out,
            preempt,
        } = *env;
        macro_rules! mu {
            () => {
                Mutator {
                    heap,
                    cache: &mut pcache.alloc,
                }
            };
        }
        let Some(mut frame) = self.frames.pop() else {
            return Exit::Done;
        };
        let mut code: &[Instr] = &program.functions[frame.func as usize].code;
        let mut pc = frame.pc as usize;
        let mut base = frame.base;
        macro_rules! r {
            ($i:expr) => {
                self.stack.cur[base + $i as usize]
            };
        }
        // Runs the next deferred call of the frames being unwound, or, once
        // none is left, ends the goroutine with the panic. Every frame is
        // in `self.frames` when this starts.
        macro_rules! unwind {
            () => {{
                loop {
                    // fmt recovers a panic of an Error, String or GoString
                    // method it called (catchPanic) once the method's
                    // frames have no deferred call left: the print gets
                    // the panic value as that method's result and runs
                    // again.
                    let caught = self.fmt_levels.last().and_then(|l| {
                        let d = l.depth;
                        let ours = l.awaiting
                            && l.catch
                            && self.frames.len() > d + 1
                            && self.defers.last().is_none_or(|r| r.depth <= d)
                            && self.goexit != Some(self.panicking.len().wrapping_sub(1));
                        ours.then_some(d)
                    });
                    if let Some(d) = caught {
                        let Some(u) = self.panicking.pop() else {
                            return self.unwound(program);
                        };
                        let text = crate::printargs::panic_value_text(program, heap, &u.p);
                        let [p, len] = mu!().alloc_string(text);
                        if let Some(l) = self.fmt_levels.last_mut() {
                            l.awaiting = false;
                            l.results.push(p);
                            l.results.push(len | crate::printargs::PANICKED);
                        }
                        self.frames.truncate(d + 1);
                        let Some(f) = self.frames.pop() else {
                            return self.unwound(program);
                        };
                        frame = f;
                        self.stack.unwind_to(frame.seg);
                        code = &program.functions[frame.func as usize].code;
                        base = frame.base;
                        pc = (frame.pc & !UNWINDING) as usize;
                        break;
                    }
                    let Some(rec) = self.defers.pop() else {
                        return self.unwound(program);
                    };
                    // The frames above the one that deferred are done.
                    self.frames.truncate(rec.depth + 1);
                    self.fmt_levels.retain(|l| l.depth < rec.depth);
                    let n = self.panicking.len();
                    for (i, u) in self.panicking.iter_mut().enumerate() {
                        if i + 1 == n {
                            u.at = rec.depth;
                        } else if u.at >= rec.depth && u.at != usize::MAX {
                            u.aborted = true;
                        }
                    }
                    let Some(f) = self.frames.pop() else {
                        return self.unwound(program);
                    };
                    frame = f;
                    self.stack.unwind_to(frame.seg);
                    code = &program.functions[frame.func as usize].code;
                    base = frame.base;
                    pc = (frame.pc | UNWINDING) as usize;
                    if deferred_func(program, heap, rec.closure).is_some() {
                        call_deferred!(rec);
                        break;
                    }
                    // A nil deferred func panics when it is called.
                    self.frames.push(frame);
                    let p = self.panic(program, NIL_DEREF, true);
                    self.frames.pop();
                    self.panicking.push(Unwinding {
                        p,
                        at: usize::MAX,
                        aborted: false,
                    });
                }
            }};
        }
        // Calls a deferred call with its frame right above the current
        // frame's registers.
        macro_rules! call_deferred {
            ($rec:expr) => {{
                let rec: Deferred = $rec;
                let cw = rec.closure;
                let func = deferred_func(program, heap, cw).unwrap_or(0);
                let at = program.functions[frame.func as usize].frame_size as usize;
                let need = base + at + rec.args.len();
                if need > self.stack.cur.len() {
                    self.stack.cur.resize(need.max(self.stack.cur.len() * 2), 0);
                }
                self.stack.cur[base + at..base + at + rec.args.len()].copy_from_slice(&rec.args);
                enter!(func as u32, at, Some(cw));
            }};
        }
        // A panic starts: the deferred calls of every frame run, innermost
        // first, then the goroutine ends with it. A panic in a deferred
        // call during unwinding is chained as Go prints it. Only the one
        // place after the dispatch loop does it (the handlers break out
        // with a `Trap`), so the loop does not carry a copy of the
        // unwinding per instruction that can panic.
        macro_rules! start_panic {
            ($p:expr) => {{
                let mut p: Panic = $p;
                if let Some(mut r) = self.recovered.take() {
                    // Go 1.23: panicking again with the recovered value
                    // prints once, as `[recovered, repanicked]`.
                    if r.value.is_some() && r.value == p.value {
                        p.msg = format!("{} [recovered, repanicked]", p.msg);
                    } else {
                        r.msg = format!("{} [recovered]", r.msg);
                        p = chain_panic(Some(r), p);
                    }
                }
                self.panicking.push(Unwinding {
                    p,
                    at: usize::MAX,
                    aborted: false,
                });
                unwind!();
            }};
        }
        // Enters function `func` with its frame at register `at` of this
        // one (the arguments are there); a closure call passes the closure,
        // which goes in the callee's closure slot, after its parameters.
        macro_rules! enter {
            ($func:expr, $at:expr, $closure:expr) => {{
                let func: u32 = $func;
                let callee = &program.functions[func as usize];
                let mut new_base = base + $at as usize;
                let (mut seg, mut ret) = (frame.seg, 0);
                if new_base + callee.frame_size as usize > self.stack.cur.len() {
                    // The frame does not fit: it starts a new segment.
                    let args = callee.n_params as usize;
                    let size = (callee.frame_size as usize).max(args);
                    if !self.stack.link(new_base, args, size, MAX_STACK_BYTES / 8) {
                        frame.pc = pc as u32;
                        self.frames.push(frame);
                        return Exit::StackOverflow;
                    }
                    (seg, ret) = (seg + 1, new_base as u32);
                    new_base = 0;
                }
                let need = new_base + callee.frame_size as usize;
                // Registers past the arguments start zeroed: the collector
                // must not find stale references there.
                let first_local = new_base + callee.n_params as usize;
                if let Some(locals) = self.stack.cur.get_mut(first_local..need) {
                    locals.fill(0);
                }
                if let Some(cw) = $closure {
                    if let Some(slot) = self.stack.cur.get_mut(first_local) {
                        *slot = cw;
                    }
                }
                // Saved whole, from its fields: storing the pc into the
                // frame and then copying the frame reads back a 16-byte
                // block over a 4-byte store, a store-forwarding stall on
                // every call (a fifth of fib's time).
                self.frames.push(Frame {
                    func: frame.func,
                    pc: pc as u32,
                    base: frame.base,
                    seg: frame.seg,
                    ret: frame.ret,
                });
                frame = Frame {
                    func,
                    pc: 0,
                    base: new_base,
                    seg,
                    ret,
                };
                code = &callee.code;
                pc = 0;
                base = new_base;
                if SAFEPOINTS && preempt.load(Ordering::Relaxed) {
                    return self.preempted(frame);
                }
            }};
        }
        // Allocating `size` bytes may take the heap to its goal: the
        // goroutine then stops at its next safepoint so that the world
        // can stop and collect (not here: other goroutines are running).
        macro_rules! gc_point {
            ($size:expr) => {{
                if !self.gc_wanted && mu!().should_collect($size) {
                    self.gc_wanted = true;
                    preempt.store(true, Ordering::Relaxed);
                }
            }};
        }
        // The array of the slice at `dst` with room for `add` more
        // elements: its own, or a new one grown as Go's growslice grows
        // it, holding the old elements. Yields (handle, offset, cap).
        macro_rules! reserve {
            ($el:expr, $dst:expr, $add:expr) => {{
                let el = $el;
                let n = el.layout.words as usize;
                let (w, len, cap) = (r!($dst), r!($dst + 1) as usize, r!($dst + 2) as usize);
                let (mut h, mut off) = (handle_of(w), offset_of(w) as usize);
                let mut new_cap = cap;
                if len + $add > cap {
                    new_cap = crate::heap::grow_cap(
                        cap,
                        len + $add,
                        el.go_size as usize,
                        el.has_pointers,
                    );
                    gc_point!(new_cap * n * 8);
                    let nh = alloc_array(&mut mu!(), el, new_cap);
                    heap.copy_into(h, off, nh, 0, len * n);
                    h = nh;
                    off = 0;
                }
                (h, off, new_cap)
            }};
        }
        // The key at register `$k` of map `$map`, read as the map hashes
        // it; an unhashable dynamic key panics as Go's does.
        macro_rules! map_key {
            ($map:expr, $k:expr) => {{
                let kstart = base + $k as usize;
                let kw = $map.layout.key_words();
                match read_key(
                    program,
                    heap,
                    &$map.layout,
                    &self.stack.cur[kstart..kstart + kw],
                ) {
                    Ok(key) => key,
                    Err(t) => panic_with!(format!("hash of unhashable type {t}")),
                }
            }};
        }
        // The method results the print instruction at this depth has so
        // far, taking the one a finished call left above the frame.
        macro_rules! fmt_results {
            () => {{
                let depth = self.frames.len();
                while self.fmt_levels.last().is_some_and(|l| l.depth > depth) {
                    self.fmt_levels.pop();
                }
                let top = program.functions[frame.func as usize].frame_size as usize;
                match self.fmt_levels.last_mut() {
                    Some(l) if l.depth == depth => {
                        if l.awaiting {
                            l.awaiting = false;
                            l.results.push(self.stack.cur[base + top]);
                            l.results.push(self.stack.cur[base + top + 1]);
                        }
                        l.results.clone()
                    }
                    _ => Vec::new(),
                }
            }};
        }
        // The print needs method `$call`'s result: call it with its frame
        // above this one's registers, then run the print again.
        macro_rules! fmt_call {
            ($call:expr) => {
                fmt_call!($call, true)
            };
            ($call:expr, $catch:expr) => {{
                let mut call: crate::printargs::MethodCall = $call;
                if let Some(layout) = call.boxed {
                    // A Formatter's value, boxed as an interface holds it.
                    if let Some(el) = program.layouts.get(layout as usize) {
                        let n = el.layout.words as usize;
                        let h = mu!().alloc_words_from(&call.recv[1..1 + n], el.layout.clone());
                        call.recv.splice(1..1 + n, [ref_word(h, 0)]);
                    }
                }
                let depth = self.frames.len();
                match self.fmt_levels.last_mut() {
                    Some(l) if l.depth == depth => {
                        l.awaiting = true;
                        l.catch = $catch;
                    }
                    _ => self.fmt_levels.push(FmtLevel {
                        depth,
                        results: Vec::new(),
                        awaiting: true,
                        catch: $catch,
                    }),
                }
                let at = program.functions[frame.func as usize].frame_size as usize;
                let need = base + at + call.recv.len().max(2);
                if need > self.stack.cur.len() {
                    self.stack.cur.resize(need.max(self.stack.cur.len() * 2), 0);
                }
                self.stack.cur[base + at..base + at + call.recv.len()].copy_from_slice(&call.recv);
                pc -= 1;
                enter!(call.func, at, None);
                continue;
            }};
        }
        // The print at this depth is done with its methods.
        macro_rules! fmt_done {
            () => {{
                let depth = self.frames.len();
                if self.fmt_levels.last().is_some_and(|l| l.depth == depth) {
                    self.fmt_levels.pop();
                }
            }};
        }
        loop {
            let trap = 'dispatch: loop {
                // Stops with `exit`, to run this instruction again when the
                // goroutine resumes (a park, a blocking call, a stop for
                // the scheduler's figures).
                macro_rules! again {
                    ($exit:expr) => {{
                        frame.pc = pc as u32 - 1;
                        self.frames.push(frame);
                        return $exit;
                    }};
                }
                // A runtime error in the current frame (its pc saved first).
                macro_rules! panic_with {
                    ($msg:expr) => {{
                        frame.pc = pc as u32;
                        self.frames.push(frame);
                        break 'dispatch Trap::Panic(self.panic(program, $msg, true));
                    }};
                }
                // The runtime's plainError panics: no `runtime error: `.
                macro_rules! plain_panic {
                    ($msg:expr) => {{
                        frame.pc = pc as u32;
                        self.frames.push(frame);
                        break 'dispatch Trap::Panic(self.panic(program, $msg, false));
                    }};
                }
                let Some(&instr) = code.get(pc) else {
                    // Falling off the end of a function: its compiled code
                    // always ends in a return, so this is a compiler bug; end
                    // the goroutine rather than read garbage.
                    return Exit::Done;
                };
                pc += 1;
                match instr {
                    Instr::Nop => {}
                    Instr::Move { dst, src } => r!(dst) = r!(src),
                    Instr::LoadImm { dst, imm } => r!(dst) = imm as i64 as u64,
                    Instr::LoadConst { dst, idx } => {
                        r!(dst) = program.consts.get(idx as usize).copied().unwrap_or(0)
                    }
                    Instr::AddInt { dst, a, b } => r!(dst) = r!(a).wrapping_add(r!(b)),
                    Instr::SubInt { dst, a, b } => r!(dst) = r!(a).wrapping_sub(r!(b)),
                    Instr::MulInt { dst, a, b } => r!(dst) = r!(a).wrapping_mul(r!(b)),
                    Instr::DivInt { dst, a, b } => {
                        let d = r!(b) as i64;
                        if d == 0 {
                            panic_with!("integer divide by zero")
                        }
                        r!(dst) = (r!(a) as i64).wrapping_div(d) as u64;
                    }
                    Instr::RemInt { dst, a, b } => {
                        let d = r!(b) as i64;
                        if d == 0 {
                            panic_with!("integer divide by zero")
                        }
                        r!(dst) = (r!(a) as i64).wrapping_rem(d) as u64;
                    }
                    Instr::DivUint { dst, a, b } => {
                        let d = r!(b);
                        if d == 0 {
                            panic_with!("integer divide by zero")
                        }
                        r!(dst) = r!(a) / d;
                    }
                    Instr::RemUint { dst, a, b } => {
                        let d = r!(b);
                        if d == 0 {
                            panic_with!("integer divide by zero")
                        }
                        r!(dst) = r!(a) % d;
                    }
                    Instr::AndInt { dst, a, b } => r!(dst) = r!(a) & r!(b),
                    Instr::OrInt { dst, a, b } => r!(dst) = r!(a) | r!(b),
                    Instr::XorInt { dst, a, b } => r!(dst) = r!(a) ^ r!(b),
                    Instr::AndNotInt { dst, a, b } => r!(dst) = r!(a) & !r!(b),
                    Instr::Shl { dst, a, b } => {
                        let s = r!(b);
                        r!(dst) = if s >= 64 { 0 } else { r!(a) << s };
                    }
                    Instr::Shr { dst, a, b } => {
                        let s = r!(b).min(63);
                        r!(dst) = ((r!(a) as i64) >> s) as u64;
                    }
                    Instr::ShrUint { dst, a, b } => {
                        let s = r!(b);
                        r!(dst) = if s >= 64 { 0 } else { r!(a) >> s };
                    }
                    Instr::CheckShift { count } => {
                        if (r!(count) as i64) < 0 {
                            panic_with!("negative shift amount")
                        }
                    }
                    Instr::NegInt { dst, src } => r!(dst) = (r!(src) as i64).wrapping_neg() as u64,
                    Instr::NotInt { dst, src } => r!(dst) = !r!(src),
                    Instr::AddIntImm { dst, a, imm } => {
                        r!(dst) = r!(a).wrapping_add(imm as i64 as u64)
                    }
                    Instr::MulIntImm { dst, a, imm } => {
                        r!(dst) = r!(a).wrapping_mul(imm as i64 as u64)
                    }
                    Instr::DivIntImm { dst, a, imm } => {
                        r!(dst) = (r!(a) as i64).wrapping_div(i64::from(imm)) as u64
                    }
                    Instr::RemIntImm { dst, a, imm } => {
                        r!(dst) = (r!(a) as i64).wrapping_rem(i64::from(imm)) as u64
                    }
                    Instr::AndIntImm { dst, a, imm } => r!(dst) = r!(a) & (imm as i64 as u64),
                    Instr::ShlImm { dst, a, imm } => r!(dst) = r!(a) << (imm & 63),
                    Instr::ShrImm { dst, a, imm } => {
                        r!(dst) = ((r!(a) as i64) >> (imm & 63)) as u64
                    }
                    Instr::ShrUintImm { dst, a, imm } => r!(dst) = r!(a) >> (imm & 63),
                    Instr::AddFloatK { dst, a, k } => {
                        r!(dst) = float_op(r!(a), konst(program, k), |x, y| x + y)
                    }
                    Instr::SubFloatK { dst, a, k } => {
                        r!(dst) = float_op(r!(a), konst(program, k), |x, y| x - y)
                    }
                    Instr::MulFloatK { dst, a, k } => {
                        r!(dst) = float_op(r!(a), konst(program, k), |x, y| x * y)
                    }
                    Instr::DivFloatK { dst, a, k } => {
                        r!(dst) = float_op(r!(a), konst(program, k), |x, y| x / y)
                    }
                    Instr::KSubFloat { dst, a, k } => {
                        r!(dst) = float_op(konst(program, k), r!(a), |x, y| x - y)
                    }
                    Instr::KDivFloat { dst, a, k } => {
                        r!(dst) = float_op(konst(program, k), r!(a), |x, y| x / y)
                    }
                    Instr::Wrap { dst, bits, signed } => {
                        let v = r!(dst);
                        let shift = 64 - u32::from(bits);
                        r!(dst) = if signed {
                            (((v << shift) as i64) >> shift) as u64
                        } else {
                            (v << shift) >> shift
                        };
                    }
                    Instr::AddFloat { dst, a, b } => r!(dst) = float_op(r!(a), r!(b), |x, y| x + y),
                    Instr::SubFloat { dst, a, b } => r!(dst) = float_op(r!(a), r!(b), |x, y| x - y),
                    Instr::MulFloat { dst, a, b } => r!(dst) = float_op(r!(a), r!(b), |x, y| x * y),
                    Instr::DivFloat { dst, a, b } => r!(dst) = float_op(r!(a), r!(b), |x, y| x / y),
                    Instr::NegFloat { dst, src } => r!(dst) = (-f64::from_bits(r!(src))).to_bits(),
                    Instr::RoundF32 { dst } => {
                        r!(dst) = f64::from(f64::from_bits(r!(dst)) as f32).to_bits()
                    }
                    Instr::EqInt { dst, a, b } => r!(dst) = u64::from(r!(a) == r!(b)),
                    Instr::NeInt { dst, a, b } => r!(dst) = u64::from(r!(a) != r!(b)),
                    Instr::LtInt { dst, a, b } => {
                        r!(dst) = u64::from((r!(a) as i64) < (r!(b) as i64))
                    }
                    Instr::LeInt { dst, a, b } => {
                        r!(dst) = u64::from((r!(a) as i64) <= (r!(b) as i64))
                    }
                    Instr::LtUint { dst, a, b } => r!(dst) = u64::from(r!(a) < r!(b)),
                    Instr::LeUint { dst, a, b } => r!(dst) = u64::from(r!(a) <= r!(b)),
                    Instr::EqFloat { dst, a, b } => {
                        r!(dst) = float_cmp(r!(a), r!(b), |x, y| x == y)
                    }
                    Instr::NeFloat { dst, a, b } => {
                        r!(dst) = float_cmp(r!(a), r!(b), |x, y| x != y)
                    }
                    Instr::LtFloat { dst, a, b } => r!(dst) = float_cmp(r!(a), r!(b), |x, y| x < y),
                    Instr::LeFloat { dst, a, b } => {
                        r!(dst) = float_cmp(r!(a), r!(b), |x, y| x <= y)
                    }
                    Instr::Not { dst, src } => r!(dst) = u64::from(r!(src) == 0),
                    Instr::IntToFloat { dst, src } => r!(dst) = (r!(src) as i64 as f64).to_bits(),
                    Instr::UintToFloat { dst, src } => r!(dst) = (r!(src) as f64).to_bits(),
                    Instr::FloatToInt { dst, src } => {
                        r!(dst) = f64::from_bits(r!(src)) as i64 as u64
                    }
                    Instr::FloatToUint { dst, src } => r!(dst) = f64::from_bits(r!(src)) as u64,
                    Instr::Jump { target } => pc = target as usize,
                    Instr::Loop { target } => {
                        pc = target as usize;
                        if SAFEPOINTS && preempt.load(Ordering::Relaxed) {
                            frame.pc = pc as u32;
                            return self.preempted(frame);
                        }
                    }
                    Instr::JumpIfFalse { cond, target } => {
                        if r!(cond) == 0 {
                            pc = target as usize;
                        }
                    }
                    Instr::JumpUnlessInt { cmp, a, b, target } => {
                        if !cmp.holds(r!(a), r!(b)) {
                            pc = target as usize;
                        }
                    }
                    Instr::JumpUnlessIntImm {
                        cmp,
                        a,
                        imm,
                        target,
                    } => {
                        if !cmp.holds(r!(a), imm as i64 as u64) {
                            pc = target as usize;
                        }
                    }
                    Instr::JumpUnlessFloat { cmp, a, b, target } => {
                        if !cmp.holds(f64::from_bits(r!(a)), f64::from_bits(r!(b))) {
                            pc = target as usize;
                        }
                    }
                    Instr::JumpIfTrue { cond, target } => {
                        if r!(cond) != 0 {
                            pc = target as usize;
                        }
                    }
                    Instr::Call { func, base: at } => {
                        enter!(func, at, None);
                    }
                    Instr::CallNative {
                        native,
                        base: at,
                        func,
                    } => {
                        let callee = &program.functions[func as usize];
                        let start = base + at as usize;
                        let end = start + callee.frame_size as usize;
                        if end > self.stack.cur.len() {
                            // No room above the caller's registers (never
                            // for compiled calls): run it in a frame.
                            enter!(func, at, None);
                            continue;
                        }
                        gc_point!(64);
                        let regs = &mut self.stack.cur[start..end];
                        if let crate::natives::Outcome::Panic { msg, runtime_error } =
                            crate::natives::run(program, &mut mu!(), native, regs)
                        {
                            // The panic's traceback has the native's frame.
                            enter!(func, at, None);
                            frame.pc = pc as u32;
                            self.frames.push(frame);
                            break 'dispatch Trap::Panic(self.panic(program, msg, runtime_error));
                        }
                    }
                    Instr::CallClosure { base: at, f } => {
                        let cw = r!(f);
                        if handle_of(cw) == 0 {
                            panic_with!(NIL_DEREF)
                        }
                        let func = heap.read1(handle_of(cw), 0) as u32;
                        if func as usize >= program.functions.len() {
                            panic_with!(NIL_DEREF)
                        }
                        enter!(func, at, Some(cw));
                    }
                    Instr::Return { src, n } => {
                        let Some(caller) = self.frames.pop() else {
                            // The results at the frame's base, for a
                            // nested run (interp/sort_call.rs).
                            for i in 0..n as usize {
                                self.stack.cur[base + i] = self.stack.cur[base + src as usize + i];
                            }
                            return Exit::Done;
                        };
                        if caller.seg != frame.seg {
                            // Back across a segment boundary.
                            self.stack
                                .unlink(base + src as usize, n as usize, frame.ret as usize);
                        } else {
                            for i in 0..n as usize {
                                self.stack.cur[base + i] = self.stack.cur[base + src as usize + i];
                            }
                        }
                        if caller.pc & UNWINDING != 0 {
                            let depth = self.frames.len();
                            if self.panicking.last().is_some_and(|u| u.at == depth) {
                                // A deferred call ran while unwinding: go on.
                                self.frames.push(caller);
                                break 'dispatch Trap::Unwind;
                            }
                            // It recovered: the deferring function returns
                            // normally, through its recovery epilogue.
                            self.recovered = None;
                            frame = caller;
                            code = &program.functions[frame.func as usize].code;
                            pc = program.functions[frame.func as usize]
                                .recover_pc
                                .unwrap_or(u32::MAX) as usize;
                            base = frame.base;
                            continue;
                        }
                        frame = caller;
                        code = &program.functions[frame.func as usize].code;
                        pc = frame.pc as usize;
                        base = frame.base;
                    }
                    Instr::MakeChan { dst, layout, cap } => {
                        let n = r!(cap) as i64;
                        let Some(el) = program.layouts.get(layout as usize) else {
                            continue;
                        };
                        if !(0..1 << 31).contains(&n) {
                            plain_panic!("makechan: size out of range")
                        }
                        gc_point!(96 + n as usize * el.layout.words as usize * 8);
                        let h = mu!().alloc_chan(el.layout.clone(), n as usize);
                        r!(dst) = ref_word(h, 0);
                    }
                    Instr::ChanSend { ch, src } => {
                        let Some(c) = heap.chan(handle_of(r!(ch))) else {
                            // A nil channel: blocks forever.
                            again!(Exit::Park(WaitReason::ChanSendNilChan, None));
                        };
                        // A send that parked comes back here: its sudog
                        // says how it ended (none: its park was cancelled,
                        // it tries again).
                        match self.waiting.take().and_then(|sg| sg.take(&mut [])) {
                            Some(Done::Sent) => continue,
                            Some(Done::Closed) => plain_panic!("send on closed channel"),
                            _ => {}
                        }
                        let from = base + src as usize;
                        let v = &self.stack.cur[from..from + c.elem.words as usize];
                        match c.try_send(v) {
                            Ready::Now { wake, .. } => {
                                if let Some(g) = wake {
                                    sched.goready(g);
                                }
                            }
                            Ready::Closed => plain_panic!("send on closed channel"),
                            Ready::Block => {
                                let sg = Sudog::new(sched.gid(), v.to_vec());
                                self.waiting = Some(sg.clone());
                                let c = c.clone();
                                again!(Exit::Park(
                                    WaitReason::ChanSend,
                                    Some(Unlock(Box::new(move || c.enqueue_or_retry(sg, true)))),
                                ));
                            }
                        }
                    }
                    Instr::ChanRecv { dst, ch, ok } => {
                        let Some(c) = heap.chan(handle_of(r!(ch))) else {
                            again!(Exit::Park(WaitReason::ChanReceiveNilChan, None));
                        };
                        let w = c.elem.words as usize;
                        let out = base + dst as usize;
                        if let Some(sg) = self.waiting.take() {
                            if let Some(Done::Received { ok: got }) =
                                sg.take(&mut self.stack.cur[out..out + w])
                            {
                                if ok {
                                    self.stack.cur[out + w] = u64::from(got);
                                }
                                continue;
                            }
                        }
                        match c.try_recv(&mut self.stack.cur[out..out + w]) {
                            Ready::Now { ok: got, wake } => {
                                if ok {
                                    self.stack.cur[out + w] = u64::from(got);
                                }
                                if let Some(g) = wake {
                                    sched.goready(g);
                                }
                            }
                            Ready::Closed | Ready::Block => {
                                let sg = Sudog::new(sched.gid(), vec![0; w]);
                                self.waiting = Some(sg.clone());
                                let c = c.clone();
                                again!(Exit::Park(
                                    WaitReason::ChanReceive,
                                    Some(Unlock(Box::new(move || c.enqueue_or_retry(sg, false)))),
                                ));
                            }
                        }
                    }
                    Instr::Select { dst, idx } => {
                        let Some(table) = program.selects.get(idx as usize) else {
                            continue;
                        };
                        let n = table.cases.len();
                        // Back from a park: take the other cases' sudogs
                        // out of their queues, then finish the case that
                        // won (none: the park was cancelled; poll again).
                        if let Some(w) = self.selecting.take() {
                            let won = w.state.winner();
                            for c in w.cases.iter().filter(|c| Some(c.case) != won) {
                                c.chan.dequeue(&c.sg);
                            }
                            if let Some(won) = won {
                                let Some(SelectWait { chan: c, sg, .. }) =
                                    w.cases.iter().find(|c| c.case == won)
                                else {
                                    continue;
                                };
                                let case = table.cases[won];
                                let words = c.elem.words as usize;
                                let at = base + case.val as usize;
                                let done = sg.take(&mut self.stack.cur[at..at + words]);
                                if case.send && done == Some(Done::Closed) {
                                    plain_panic!("send on closed channel")
                                }
                                if let (false, true, Some(Done::Received { ok })) =
                                    (case.send, case.ok, done)
                                {
                                    self.stack.cur[at + words] = u64::from(ok);
                                }
                                r!(dst) = won as u64;
                                continue;
                            }
                        }
                        // Poll the cases in a random order, as Go does.
                        let mut order: SmallVec<[usize; 8]> = (0..n).collect();
                        let mut x = m.rng.load(Ordering::Relaxed);
                        for i in (1..n).rev() {
                            x ^= x << 13;
                            x ^= x >> 7;
                            x ^= x << 17;
                            order.swap(i, (x % (i as u64 + 1)) as usize);
                        }
                        m.rng.store(x, Ordering::Relaxed);
                        let mut chosen = None;
                        for &i in &order {
                            let case = table.cases[i];
                            // A nil channel's case is never ready.
                            let Some(c) = heap.chan(handle_of(r!(case.ch))) else {
                                continue;
                            };
                            let words = c.elem.words as usize;
                            let at = base + case.val as usize;
                            let ready = if case.send {
                                c.try_send(&self.stack.cur[at..at + words])
                            } else {
                                c.try_recv(&mut self.stack.cur[at..at + words])
                            };
                            match ready {
                                Ready::Now { ok, wake } => {
                                    if !case.send && case.ok {
                                        self.stack.cur[at + words] = u64::from(ok);
                                    }
                                    if let Some(g) = wake {
                                        sched.goready(g);
                                    }
                                    chosen = Some(i);
                                    break;
                                }
                                Ready::Closed => plain_panic!("send on closed channel"),
                                Ready::Block => {}
                            }
                        }
                        if let Some(i) = chosen {
                            r!(dst) = i as u64;
                            continue;
                        }
                        if table.has_default {
                            r!(dst) = n as u64;
                            continue;
                        }
                        // Wait on every case with a channel.
                        let state = Arc::new(SelectDone::default());
                        let mut cases = Vec::new();
                        for (i, case) in table.cases.iter().enumerate() {
                            let Some(c) = heap.chan(handle_of(r!(case.ch))) else {
                                continue;
                            };
                            let words = c.elem.words as usize;
                            let at = base + case.val as usize;
                            let elem = if case.send {
                                self.stack.cur[at..at + words].to_vec()
                            } else {
                                vec![0; words]
                            };
                            let sg = Sudog::for_select(sched.gid(), elem, state.clone(), i as u32);
                            cases.push(SelectWait {
                                case: i,
                                chan: c.clone(),
                                sg,
                                send: case.send,
                            });
                        }
                        frame.pc = pc as u32 - 1;
                        self.frames.push(frame);
                        if cases.is_empty() {
                            // `select {}`, or only nil channels: forever.
                            let reason = if n == 0 {
                                WaitReason::SelectNoCases
                            } else {
                                WaitReason::Select
                            };
                            return Exit::Park(reason, None);
                        }
                        let cases: Arc<[SelectWait]> = cases.into();
                        let waits = cases.clone();
                        self.selecting = Some(Selecting { state, cases });
                        return Exit::Park(
                            WaitReason::Select,
                            Some(Unlock(Box::new(move || {
                                Chan::select_enqueue_or_retry(&waits)
                            }))),
                        );
                    }
                    Instr::ChanClose { ch } => {
                        let Some(c) = heap.chan(handle_of(r!(ch))) else {
                            plain_panic!("close of nil channel")
                        };
                        match c.close() {
                            Ok(wake) => {
                                for g in wake {
                                    sched.goready(g);
                                }
                            }
                            Err(_) => plain_panic!("close of closed channel"),
                        }
                    }
                    Instr::ChanLen { dst, ch, cap } => {
                        r!(dst) = heap.chan(handle_of(r!(ch))).map_or(0, |c| {
                            if cap {
                                c.cap
                            } else {
                                c.queued()
                            }
                        }) as u64;
                    }
                    Instr::Go { base: at, n } => {
                        let start = base + at as usize;
                        let words = &self.stack.cur[start..start + n as usize];
                        let closure = words[0];
                        let Some(func) = deferred_func(program, heap, closure) else {
                            frame.pc = pc as u32;
                            self.frames.push(frame);
                            return Exit::Fatal("go of nil func value".into());
                        };
                        let args = &words[1..];
                        sched.newproc(&mut |old| {
                            Goroutine::go_call(program, old, func, closure, args)
                        });
                    }
                    Instr::DeferPush { base: at, n } => {
                        let start = base + at as usize;
                        let words = &self.stack.cur[start..start + n as usize];
                        self.defers.push(Deferred {
                            depth: self.frames.len(),
                            closure: words[0],
                            args: SmallVec::from_slice(&words[1..]),
                        });
                    }
                    Instr::DeferPushAt { base: at, n, depth } => {
                        let start = base + at as usize;
                        let words = &self.stack.cur[start..start + n as usize];
                        let depth = r!(depth) as usize;
                        let rec = Deferred {
                            depth,
                            closure: words[0],
                            args: SmallVec::from_slice(&words[1..]),
                        };
                        let i = self.defers.partition_point(|d| d.depth <= depth);
                        self.defers.insert(i, rec);
                    }
                    Instr::FrameDepth { dst } => r!(dst) = self.frames.len() as u64,
                    Instr::RunDefers => {
                        let depth = self.frames.len();
                        if self.defers.last().is_some_and(|d| d.depth == depth) {
                            if let Some(rec) = self.defers.pop() {
                                if deferred_func(program, heap, rec.closure).is_none() {
                                    panic_with!(NIL_DEREF)
                                }
                                // Back to this instruction after the call.
                                pc -= 1;
                                call_deferred!(rec);
                            }
                        }
                    }
                    Instr::MoveN { dst, src, n } => {
                        let (d, s) = (base + dst as usize, base + src as usize);
                        self.stack.cur.copy_within(s..s + n as usize, d);
                    }
                    Instr::LoadGlobal { dst, slot } => {
                        r!(dst) = m
                            .globals
                            .get(slot as usize)
                            .map_or(0, |g| g.load(Ordering::Relaxed))
                    }
                    Instr::StoreGlobal { src, slot } => {
                        let v = r!(src);
                        if let Some(g) = m.globals.get(slot as usize) {
                            g.store(v, Ordering::Relaxed);
                        }
                    }
                    Instr::LoadFunc { dst, idx } => {
                        r!(dst) = m
                            .static_funcs
                            .get(idx as usize)
                            .map_or(0, |f| f.load(Ordering::Relaxed));
                    }
                    Instr::LoadStr { dst, idx } => {
                        r!(dst) = m
                            .const_strings
                            .get(idx as usize)
                            .map_or(0, |f| f.load(Ordering::Relaxed));
                        r!(dst + 1) = program
                            .strings
                            .get(idx as usize)
                            .map_or(0, |s| s.len() as u64);
                    }
                    Instr::Concat { dst, a, b } => {
                        let (alen, blen) = (r!(a + 1) as usize, r!(b + 1) as usize);
                        if alen == 0 {
                            r!(dst) = r!(b);
                            r!(dst + 1) = r!(b + 1);
                        } else if blen == 0 {
                            r!(dst) = r!(a);
                            r!(dst + 1) = r!(a + 1);
                        } else {
                            gc_point!(alen + blen);
                            let mut bytes = Vec::with_capacity(alen + blen);
                            bytes.extend_from_slice(str_bytes(heap, r!(a), alen));
                            bytes.extend_from_slice(str_bytes(heap, r!(b), blen));
                            let h = mu!().alloc_bytes(bytes.into());
                            r!(dst) = ref_word(h, 0);
                            r!(dst + 1) = (alen + blen) as u64;
                        }
                    }
                    Instr::StrIndex { dst, s, i } => {
                        let (len, idx) = (r!(s + 1), r!(i) as i64);
                        if idx < 0 || idx as u64 >= len {
                            panic_with!(index_error(idx, len))
                        }
                        let b = str_bytes(heap, r!(s), len as usize);
                        r!(dst) = u64::from(b.get(idx as usize).copied().unwrap_or(0));
                    }
                    Instr::StrSlice { dst, s, args } => {
                        let len = r!(s + 1) as i64;
                        let (lo, hi) = (r!(args) as i64, r!(args + 1) as i64);
                        let hi = if hi == -1 { len } else { hi };
                        if hi < 0 || hi > len {
                            panic_with!(format!(
                                "slice bounds out of range [:{hi}] with length {len}"
                            ))
                        }
                        if lo < 0 || lo > hi {
                            panic_with!(format!("slice bounds out of range [{lo}:{hi}]"))
                        }
                        let w = r!(s);
                        r!(dst) = if hi == lo {
                            0
                        } else {
                            ref_word(handle_of(w), offset_of(w) + lo as u32)
                        };
                        r!(dst + 1) = (hi - lo) as u64;
                    }
                    Instr::EqStr { dst, a, b } => {
                        let x = str_bytes(heap, r!(a), r!(a + 1) as usize);
                        let y = str_bytes(heap, r!(b), r!(b + 1) as usize);
                        r!(dst) = u64::from(x == y);
                    }
                    Instr::LtStr { dst, a, b } => {
                        let x = str_bytes(heap, r!(a), r!(a + 1) as usize);
                        let y = str_bytes(heap, r!(b), r!(b + 1) as usize);
                        r!(dst) = u64::from(x < y);
                    }
                    Instr::LeStr { dst, a, b } => {
                        let x = str_bytes(heap, r!(a), r!(a + 1) as usize);
                        let y = str_bytes(heap, r!(b), r!(b + 1) as usize);
                        r!(dst) = u64::from(x <= y);
                    }
                    Instr::RuneToStr { dst, src } => {
                        let c = u32::try_from(r!(src) as i64)
                            .ok()
                            .and_then(char::from_u32)
                            .unwrap_or('\u{FFFD}');
                        let mut buf = [0u8; 4];
                        let bytes = c.encode_utf8(&mut buf).as_bytes();
                        gc_point!(bytes.len());
                        let h = mu!().alloc_bytes(bytes.into());
                        r!(dst) = ref_word(h, 0);
                        r!(dst + 1) = bytes.len() as u64;
                    }
                    Instr::DecodeRune { dst, s } => {
                        let i = r!(dst) as usize;
                        let b = str_bytes(heap, r!(s), r!(s + 1) as usize);
                        let (rune, width) = decode_rune(b.get(i..).unwrap_or(&[]));
                        r!(dst + 1) = u64::from(rune);
                        r!(dst + 2) = width as u64;
                    }
                    Instr::MakeSlice { dst, args, layout } => {
                        let Some(el) = program.layouts.get(layout as usize) else {
                            panic_with!("makeslice: len out of range")
                        };
                        let (len, cap) = (r!(args) as i64, r!(args + 1) as i64);
                        let max = (1i64 << 40) / i64::from(el.go_size.max(1));
                        if len < 0 || len > max {
                            panic_with!("makeslice: len out of range")
                        }
                        if cap < len || cap > max {
                            panic_with!("makeslice: cap out of range")
                        }
                        gc_point!(cap as usize * el.layout.words as usize * 8);
                        let h = if cap == 0 {
                            m.zerobase
                        } else {
                            alloc_array(&mut mu!(), el, cap as usize)
                        };
                        r!(dst) = ref_word(h, 0);
                        r!(dst + 1) = len as u64;
                        r!(dst + 2) = cap as u64;
                    }
                    Instr::SliceGet { dst, s, i, words } => {
                        let (len, idx) = (r!(s + 1), r!(i) as i64);
                        if idx < 0 || idx as u64 >= len {
                            panic_with!(index_error(idx, len))
                        }
                        let w = r!(s);
                        if words == 1 {
                            let start = offset_of(w) as usize + idx as usize;
                            r!(dst) = heap.read1(handle_of(w), start);
                            continue;
                        }
                        let n = words as usize;
                        let start = offset_of(w) as usize + idx as usize * n;
                        let to = base + dst as usize;
                        heap.read(handle_of(w), start, &mut self.stack.cur[to..to + n]);
                    }
                    Instr::SliceSet { s, i, src, words } => {
                        let (len, idx) = (r!(s + 1), r!(i) as i64);
                        if idx < 0 || idx as u64 >= len {
                            panic_with!(index_error(idx, len))
                        }
                        let w = r!(s);
                        if words == 1 {
                            let start = offset_of(w) as usize + idx as usize;
                            heap.write1(handle_of(w), start, r!(src));
                            continue;
                        }
                        let n = words as usize;
                        let start = offset_of(w) as usize + idx as usize * n;
                        let from = base + src as usize;
                        heap.write(handle_of(w), start, &self.stack.cur[from..from + n]);
                    }
                    Instr::Append { dst, src, layout } => {
                        let Some(el) = program.layouts.get(layout as usize) else {
                            continue;
                        };
                        let n = el.layout.words as usize;
                        let len = r!(dst + 1) as usize;
                        let (h, off, new_cap) = reserve!(el, dst, 1);
                        let from = base + src as usize;
                        let start = off + len * n;
                        heap.write(h, start, &self.stack.cur[from..from + n]);
                        r!(dst) = ref_word(h, off as u32);
                        r!(dst + 1) = (len + 1) as u64;
                        r!(dst + 2) = new_cap as u64;
                    }
                    Instr::AppendSlice { dst, src, layout }
                    | Instr::AppendString { dst, src, layout } => {
                        let Some(el) = program.layouts.get(layout as usize) else {
                            continue;
                        };
                        let n = el.layout.words as usize;
                        let (sw, slen) = (r!(src), r!(src + 1) as usize);
                        if slen == 0 {
                            continue;
                        }
                        // `src`'s words are read after growing: growing copies
                        // `dst`'s old array, which `src` may share, and never
                        // changes it.
                        let len = r!(dst + 1) as usize;
                        let (h, off, new_cap) = reserve!(el, dst, slen);
                        let start = off + len * n;
                        let soff = offset_of(sw) as usize;
                        heap.copy_into(handle_of(sw), soff, h, start, slen * n);
                        r!(dst) = ref_word(h, off as u32);
                        r!(dst + 1) = (len + slen) as u64;
                        r!(dst + 2) = new_cap as u64;
                    }
                    Instr::CopySlice { dst, args, words } => {
                        let n = words as usize;
                        let (dw, dlen) = (r!(args), r!(args + 1) as usize);
                        let (sw, slen) = (r!(args + 3), r!(args + 4) as usize);
                        let count = dlen.min(slen);
                        if count > 0 && n > 0 {
                            let (soff, doff) = (offset_of(sw) as usize, offset_of(dw) as usize);
                            heap.copy_into(handle_of(sw), soff, handle_of(dw), doff, count * n);
                        }
                        r!(dst) = count as u64;
                    }
                    Instr::CopyString { dst, args } => {
                        let (dw, dlen) = (r!(args), r!(args + 1) as usize);
                        let slen = r!(args + 4) as usize;
                        let count = dlen.min(slen);
                        let sw = r!(args + 3);
                        let (soff, doff) = (offset_of(sw) as usize, offset_of(dw) as usize);
                        heap.copy_into(handle_of(sw), soff, handle_of(dw), doff, count);
                        r!(dst) = count as u64;
                    }
                    Instr::SliceSlice { dst, s, args } => {
                        let (len, cap) = (r!(s + 1) as i64, r!(s + 2) as i64);
                        let (lo, hi, max) =
                            (r!(args) as i64, r!(args + 1) as i64, r!(args + 2) as i64);
                        let three = max != -1;
                        let max = if three { max } else { cap };
                        let hi = if hi == -1 { len } else { hi };
                        if three {
                            if max < 0 || max > cap {
                                panic_with!(format!(
                                    "slice bounds out of range [::{max}] with capacity {cap}"
                                ))
                            }
                            if hi < 0 || hi > max {
                                panic_with!(format!("slice bounds out of range [:{hi}:{max}]"))
                            }
                            if lo < 0 || lo > hi {
                                panic_with!(format!("slice bounds out of range [{lo}:{hi}:]"))
                            }
                        } else {
                            if hi < 0 || hi > cap {
                                panic_with!(format!(
                                    "slice bounds out of range [:{hi}] with capacity {cap}"
                                ))
                            }
                            if lo < 0 || lo > hi {
                                panic_with!(format!("slice bounds out of range [{lo}:{hi}]"))
                            }
                        }
                        let w = r!(s);
                        let n = r!(args + 3) as u32;
                        r!(dst) = ref_word(handle_of(w), offset_of(w) + lo as u32 * n);
                        r!(dst + 1) = (hi - lo) as u64;
                        r!(dst + 2) = (max - lo) as u64;
                    }
                    Instr::StrToBytes { dst, src, layout }
                    | Instr::StrToRunes { dst, src, layout } => {
                        let Some(el) = program.layouts.get(layout as usize) else {
                            continue;
                        };
                        let bytes = str_bytes(heap, r!(src), r!(src + 1) as usize).to_vec();
                        let words: Vec<u64> = if matches!(instr, Instr::StrToBytes { .. }) {
                            bytes.iter().map(|&b| u64::from(b)).collect()
                        } else {
                            let mut out = Vec::new();
                            let mut i = 0;
                            while i < bytes.len() {
                                let (r, w) = decode_rune(&bytes[i..]);
                                out.push(u64::from(r));
                                i += w.max(1);
                            }
                            out
                        };
                        // gc gives a conversion that does not escape a 32-element
                        // buffer on the stack (capacity 32), and others the
                        // allocator's rounded size (rawbyteslice). minigo has no
                        // escape analysis for these and takes the local case for
                        // short strings; a constant's conversion gets exactly its
                        // length (the compiler sets the capacity after this).
                        let size = el.go_size.max(1) as usize;
                        let cap = if words.len() <= 32 {
                            32
                        } else {
                            crate::heap::roundupsize(words.len() * size, true) / size
                        };
                        gc_point!(cap * 8);
                        let h = if cap == 0 {
                            0
                        } else {
                            let h = alloc_array(&mut mu!(), el, cap);
                            heap.write(h, 0, &words);
                            h
                        };
                        r!(dst) = ref_word(h, 0);
                        r!(dst + 1) = words.len() as u64;
                        r!(dst + 2) = cap as u64;
                    }
                    Instr::BytesToStr { dst, src } | Instr::RunesToStr { dst, src } => {
                        let (w, len) = (r!(src), r!(src + 1) as usize);
                        let off = offset_of(w) as usize;
                        let bytes: Vec<u8> = if matches!(instr, Instr::BytesToStr { .. }) {
                            match heap.byte_array_range(handle_of(w), off, len) {
                                Some(b) => b,
                                None => heap
                                    .read_vec(handle_of(w), off, len)
                                    .iter()
                                    .map(|&b| b as u8)
                                    .collect(),
                            }
                        } else {
                            let mut s = String::new();
                            for r in heap.read_vec(handle_of(w), off, len) {
                                s.push(
                                    u32::try_from(r as i64)
                                        .ok()
                                        .and_then(char::from_u32)
                                        .unwrap_or('\u{FFFD}'),
                                );
                            }
                            s.into_bytes()
                        };
                        gc_point!(bytes.len());
                        [r!(dst), r!(dst + 1)] = mu!().alloc_string(bytes);
                    }
                    Instr::MakeMap { dst, layout } => {
                        let Some(l) = program.map_layouts.get(layout as usize) else {
                            continue;
                        };
                        gc_point!(64);
                        let h = mu!().alloc_map(l.clone());
                        r!(dst) = ref_word(h, 0);
                    }
                    Instr::MapGet { dst, m: mr, k } | Instr::MapGetOk { dst, m: mr, k } => {
                        let with_ok = matches!(instr, Instr::MapGetOk { .. });
                        let h = handle_of(r!(mr));
                        let out = base + dst as usize;
                        // A nil map or an absent key reads as the zero value
                        // (and `false`), which the compiler put in `dst` (and
                        // the flag after it) before the lookup.
                        let mut found = false;
                        if let Some(map) = heap.map(h) {
                            let key = map_key!(map, k);
                            let vw = map.layout.val.words as usize;
                            if let Some(slot) = map.find(&key.key()) {
                                let vals = map.vals.get(slot * vw..slot * vw + vw).unwrap_or(&[]);
                                self.stack.cur[out..out + vals.len()].copy_from_slice(vals);
                                found = true;
                            }
                            if with_ok {
                                self.stack.cur[out + vw] = u64::from(found);
                            }
                        }
                    }
                    Instr::MapSet { m: mr, k, v } => {
                        let h = handle_of(r!(mr));
                        let Some(mut map) = heap.map(h) else {
                            frame.pc = pc as u32;
                            self.frames.push(frame);
                            break 'dispatch Trap::Panic(self.panic(
                                program,
                                "assignment to entry in nil map",
                                false,
                            ));
                        };
                        let kw = map.layout.key_words();
                        let kstart = base + k as usize;
                        let key = map_key!(map, k);
                        let vw = map.layout.val.words as usize;
                        let from = base + v as usize;
                        let vals = &self.stack.cur[from..from + vw];
                        {
                            let stored = &self.stack.cur[kstart..kstart + kw];
                            let slot = map.slot_for(&key.key(), stored);
                            // Go stores the key of every assignment (for
                            // floats, +0 then -0 keeps -0).
                            if let Some(old) = map.keys.get_mut(slot * kw..slot * kw + kw) {
                                old.copy_from_slice(stored);
                            }
                            if let Some(dst) = map.vals.get_mut(slot * vw..slot * vw + vw) {
                                dst.copy_from_slice(vals);
                            }
                        }
                    }
                    Instr::MapDelete { m: mr, k } => {
                        let h = handle_of(r!(mr));
                        // Deleting from a nil map does nothing.
                        let Some(mut map) = heap.map(h) else {
                            continue;
                        };
                        let key = map_key!(map, k);
                        map.remove(&key.key());
                    }
                    Instr::MapLen { dst, m: mr } => {
                        r!(dst) = heap.map(handle_of(r!(mr))).map_or(0, |mm| mm.len as u64);
                    }
                    Instr::MapClear { m: mr } => {
                        if let Some(mut map) = heap.map(handle_of(r!(mr))) {
                            map.clear();
                        }
                    }
                    Instr::MapIterInit { it, m: mr } => {
                        let w = r!(mr);
                        let slots = heap.map(handle_of(w)).map_or(0, |mm| mm.live.len() as u64);
                        // A racy update of the seed only picks another
                        // start, which is random anyway.
                        let mut x = m.rng.load(Ordering::Relaxed);
                        x ^= x << 13;
                        x ^= x >> 7;
                        x ^= x << 17;
                        m.rng.store(x, Ordering::Relaxed);
                        r!(it) = w;
                        r!(it + 1) = if slots == 0 { 0 } else { x % slots };
                        r!(it + 2) = 0;
                        r!(it + 3) = slots;
                    }
                    Instr::MapNext { dst, it } => {
                        let (w, start, slots) = (r!(it), r!(it + 1), r!(it + 3));
                        let mut step = r!(it + 2);
                        r!(dst) = 0;
                        if let Some(map) = heap.map(handle_of(w)) {
                            let kw = map.layout.key_words();
                            let vw = map.layout.val.words as usize;
                            while step < slots {
                                let slot = ((start + step) % slots) as usize;
                                step += 1;
                                if !map.live.get(slot).copied().unwrap_or(false) {
                                    continue;
                                }
                                let out = base + dst as usize;
                                self.stack.cur[out] = 1;
                                for i in 0..kw {
                                    self.stack.cur[out + 1 + i] = map.keys[slot * kw + i];
                                }
                                for i in 0..vw {
                                    self.stack.cur[out + 1 + kw + i] = map.vals[slot * vw + i];
                                }
                                break;
                            }
                        }
                        r!(it + 2) = step;
                    }
                    Instr::MathF { dst, src, f } => {
                        r!(dst) = f.apply(f64::from_bits(r!(src))).to_bits()
                    }
                    Instr::New { dst, layout } => {
                        let Some(el) = program.layouts.get(layout as usize) else {
                            continue;
                        };
                        gc_point!(el.layout.words as usize * 8);
                        let h = alloc_array(&mut mu!(), el, 1);
                        r!(dst) = ref_word(h, 0);
                    }
                    Instr::LoadField { dst, p, off, words } => {
                        let w = r!(p);
                        if handle_of(w) == 0 {
                            panic_with!(NIL_DEREF)
                        }
                        let start = offset_of(w) as usize + off as usize;
                        if words == 1 {
                            r!(dst) = heap.read1(handle_of(w), start);
                            continue;
                        }
                        let to = base + dst as usize;
                        heap.read(
                            handle_of(w),
                            start,
                            &mut self.stack.cur[to..to + words as usize],
                        );
                    }
                    Instr::StoreField { p, off, src, words } => {
                        let w = r!(p);
                        if handle_of(w) == 0 {
                            panic_with!(NIL_DEREF)
                        }
                        let start = offset_of(w) as usize + off as usize;
                        if words == 1 {
                            heap.write1(handle_of(w), start, r!(src));
                            continue;
                        }
                        let from = base + src as usize;
                        heap.write(
                            handle_of(w),
                            start,
                            &self.stack.cur[from..from + words as usize],
                        );
                    }
                    Instr::SliceAddr { dst, s, i, words } => {
                        let (len, idx) = (r!(s + 1), r!(i) as i64);
                        if idx < 0 || idx as u64 >= len {
                            panic_with!(index_error(idx, len))
                        }
                        let w = r!(s);
                        let n = u32::from(words);
                        r!(dst) = ref_word(handle_of(w), offset_of(w) + idx as u32 * n);
                    }
                    Instr::Sprint { args, fmt_idx } => {
                        let dst = args;
                        let Some(fmt) = program.formats.get(fmt_idx as usize) else {
                            continue;
                        };
                        let start = base + args as usize;
                        let n: usize = fmt.kinds.iter().map(|k| k.words()).sum();
                        let results = fmt_results!();
                        let values = &self.stack.cur[start..start + n];
                        let bytes = match fmt_bytes(program, heap, fmt, values, &results) {
                            Ok(b) => b,
                            Err(call) => fmt_call!(call),
                        };
                        fmt_done!();
                        gc_point!(bytes.len());
                        [r!(dst), r!(dst + 1)] = mu!().alloc_string(bytes);
                    }
                    Instr::Print { args, fmt_idx } => {
                        let Some(fmt) = program.formats.get(fmt_idx as usize) else {
                            continue;
                        };
                        let start = base + args as usize;
                        let n: usize = fmt.kinds.iter().map(|k| k.words()).sum();
                        if matches!(
                            fmt.style,
                            PrintStyle::BuiltinPrint | PrintStyle::BuiltinPrintln
                        ) {
                            let values = &self.stack.cur[start..start + n];
                            print_builtin(program, heap, fmt, values, out);
                            continue;
                        }
                        let results = fmt_results!();
                        let values = &self.stack.cur[start..start + n];
                        match fmt_bytes(program, heap, fmt, values, &results) {
                            // Go ignores write errors of fmt.Println unless
                            // the caller checks them.
                            Ok(bytes) => drop(out.stdout().write_all(&bytes)),
                            Err(call) => fmt_call!(call),
                        }
                        fmt_done!();
                    }
                    Instr::BoxValue { dst, src, layout } => {
                        let Some(el) = program.layouts.get(layout as usize) else {
                            continue;
                        };
                        let n = el.layout.words as usize;
                        gc_point!(n * 8);
                        let from = base + src as usize;
                        let h = mu!()
                            .alloc_words_from(&self.stack.cur[from..from + n], el.layout.clone());
                        r!(dst) = ref_word(h, 0);
                    }
                    Instr::CallIface { base: at, method } => {
                        let (tw, data) = (r!(at), r!(at + 1));
                        let Some(entry) = pcache.methods.find(program, tw, method) else {
                            panic_with!(NIL_DEREF)
                        };
                        let at_abs = base + at as usize;
                        // The receiver replaces the two interface words: the
                        // arguments move to right after it.
                        if entry.path == 0 && !entry.forward {
                            // The type's own method: the data word, or the
                            // words it points to (no allocation).
                            let Some(callee) = program.functions.get(entry.func as usize) else {
                                panic_with!(NIL_DEREF)
                            };
                            let rw = if entry.direct {
                                1
                            } else {
                                entry.words as usize
                            };
                            let args = (callee.n_params as usize).saturating_sub(rw);
                            // Room to move the arguments; `enter!` finds the
                            // frame its segment.
                            let need = at_abs + rw.max(2) + args;
                            if need > self.stack.cur.len() {
                                self.stack.cur.resize(need.max(self.stack.cur.len() * 2), 0);
                            }
                            self.stack
                                .cur
                                .copy_within(at_abs + 2..at_abs + 2 + args, at_abs + rw);
                            if entry.direct {
                                self.stack.cur[at_abs] = data;
                            } else {
                                if handle_of(data) == 0 {
                                    panic_with!(NIL_DEREF)
                                }
                                let off = offset_of(data) as usize;
                                heap.read(
                                    handle_of(data),
                                    off,
                                    &mut self.stack.cur[at_abs..at_abs + rw],
                                );
                            }
                            enter!(entry.func, at, None);
                            continue;
                        }
                        let start = crate::iface::Start::of_iface(&entry, data);
                        let Some((func, recv)) = crate::iface::resolve(program, heap, entry, start)
                        else {
                            panic_with!(NIL_DEREF)
                        };
                        let Some(callee) = program.functions.get(func as usize) else {
                            panic_with!(NIL_DEREF)
                        };
                        let args = (callee.n_params as usize).saturating_sub(recv.len());
                        let need = at_abs + recv.len().max(2) + args;
                        if need > self.stack.cur.len() {
                            self.stack.cur.resize(need.max(self.stack.cur.len() * 2), 0);
                        }
                        self.stack
                            .cur
                            .copy_within(at_abs + 2..at_abs + 2 + args, at_abs + recv.len());
                        self.stack.cur[at_abs..at_abs + recv.len()].copy_from_slice(&recv);
                        enter!(func, at, None);
                    }
                    Instr::EqIface { dst, a, b } => {
                        let (x, y) = ([r!(a), r!(a + 1)], [r!(b), r!(b + 1)]);
                        match crate::iface::iface_eq(program, heap, &x, &y) {
                            Ok(eq) => r!(dst) = u64::from(eq),
                            Err(name) => panic_with!(format!("comparing uncomparable type {name}")),
                        }
                    }
                    Instr::AssertType { src, idx } => {
                        let tw = r!(src);
                        if let Some(a) = program.asserts.get(idx as usize) {
                            if !crate::iface::assert_holds(program, a, tw) {
                                let msg = crate::iface::assert_error(program, a, tw);
                                frame.pc = pc as u32;
                                self.frames.push(frame);
                                break 'dispatch Trap::Panic(self.panic(program, msg, false));
                            }
                        }
                    }
                    Instr::TestType { dst, src, idx } => {
                        let tw = r!(src);
                        r!(dst) = u64::from(
                            program
                                .asserts
                                .get(idx as usize)
                                .is_some_and(|a| crate::iface::assert_holds(program, a, tw)),
                        );
                    }
                    Instr::PanicIface { src } => {
                        let (tw, data) = (r!(src), r!(src + 1));
                        let results = fmt_results!();
                        let text =
                            match crate::printargs::panic_text(program, heap, tw, data, &results) {
                                Ok(t) => t,
                                Err(call) => fmt_call!(call, false),
                            };
                        fmt_done!();
                        frame.pc = pc as u32;
                        self.frames.push(frame);
                        let mut p = self.panic(program, text, tw == 0);
                        // panic(nil) is a runtime error (*runtime.PanicNilError).
                        p.value = (tw != 0).then_some([tw, data]);
                        break 'dispatch Trap::Panic(p);
                    }
                    Instr::Recover { dst } => {
                        // Only a deferred call the unwinding made itself
                        // (its caller's saved pc is marked) recovers.
                        let depth = self.frames.len().wrapping_sub(1);
                        // Goexit's unwinding is no panic: recover returns
                        // nil and it goes on.
                        let goexit = self.goexit == Some(self.panicking.len().wrapping_sub(1));
                        let direct = self.frames.last().is_some_and(|f| f.pc & UNWINDING != 0)
                            && self.panicking.last().is_some_and(|u| u.at == depth)
                            && !goexit;
                        let (mut tw, mut data) = (0, 0);
                        if direct {
                            if let Some(Unwinding { p, .. }) = self.panicking.pop() {
                                // The panics it aborted end with it.
                                while self.panicking.last().is_some_and(|u| u.aborted) {
                                    self.panicking.pop();
                                }
                                (tw, data) = match p.value {
                                    Some([t, d]) => (t, d),
                                    None => {
                                        // A runtime error: a runtime.Error
                                        // whose Error() is the message.
                                        let prefix = if p.runtime_error {
                                            "runtime error: "
                                        } else {
                                            ""
                                        };
                                        let text = format!("{prefix}{}", p.msg);
                                        gc_point!(text.len() + 16);
                                        let len = text.len() as u64;
                                        let sh = mu!().alloc_bytes(text.into_bytes().into());
                                        let el =
                                            &program.layouts[program.runtime_error_layout as usize];
                                        let bh = mu!().alloc_words_from(
                                            &[ref_word(sh, 0), len],
                                            el.layout.clone(),
                                        );
                                        (u64::from(program.runtime_error_type), ref_word(bh, 0))
                                    }
                                };
                                self.recovered = Some(p);
                            }
                        }
                        r!(dst) = tw;
                        r!(dst + 1) = data;
                    }
                    Instr::Native { native } => {
                        use crate::bytecode::Native;
                        match native {
                            Native::FmtSprint | Native::FmtErrorf => {
                                let (mode, f) = match native {
                                    Native::FmtSprint => (r!(0), 1),
                                    _ => (3, 0),
                                };
                                let (sw, sl) = (r!(f + 2), r!(f + 3) as usize);
                                let format = str_bytes(heap, r!(f), r!(f + 1) as usize).to_vec();
                                let off = offset_of(sw) as usize;
                                let elems = &heap.read_vec(handle_of(sw), off, sl * 2);
                                let results = fmt_results!();
                                let out = match crate::printargs::fmt_dynamic(
                                    program, heap, mode, &format, elems, &results,
                                ) {
                                    Ok(out) => out,
                                    Err(call) => fmt_call!(call),
                                };
                                fmt_done!();
                                gc_point!(out.text.len() + 64);
                                [r!(0), r!(1)] = mu!().alloc_string(out.text);
                                if native == Native::FmtErrorf {
                                    use crate::fmt::Wrapped;
                                    let (kind, idx) = match out.wrapped {
                                        Wrapped::None => (0, Vec::new()),
                                        Wrapped::One(i) => (1, i.into_iter().collect()),
                                        Wrapped::Many(v) => (2, v),
                                    };
                                    r!(2) = kind;
                                    let idx: Vec<u64> = idx.iter().map(|&i| i as u64).collect();
                                    let h = mu!().alloc_words_from(
                                        &idx,
                                        crate::heap::Layout {
                                            words: 1,
                                            refs: std::sync::Arc::new([]),
                                        },
                                    );
                                    r!(3) = ref_word(h, 0);
                                    r!(4) = idx.len() as u64;
                                    r!(5) = idx.len() as u64;
                                }
                            }
                            Native::FmtWriteOut => {
                                let s = str_bytes(heap, r!(1), r!(2) as usize);
                                // Go ignores these write errors unless the
                                // caller checks them.
                                let _ = if r!(0) == 2 {
                                    out.stderr().write_all(s)
                                } else {
                                    out.stdout().write_all(s)
                                };
                            }
                            Native::OsExit => return Exit::OsExit(r!(0) as i32),
                            Native::PromptServe => {
                                let Some(link) = m.prompt.clone() else {
                                    return Exit::Fatal("no prompt to serve".into());
                                };
                                match self.prompt_next.take() {
                                    None => {
                                        let result = crate::prompt::NextEntry::default();
                                        self.prompt_next = Some(result.clone());
                                        again!(Exit::Syscall(Syscall::PromptNext { link, result }));
                                    }
                                    Some(result) => {
                                        let next = result
                                            .lock()
                                            .unwrap_or_else(PoisonError::into_inner)
                                            .take()
                                            .flatten();
                                        // The prompt closed: the session ends.
                                        let Some((func, serial)) = next else {
                                            return Exit::OsExit(0);
                                        };
                                        if program.functions.get(func as usize).is_some() {
                                            sched.newproc(&mut |old| {
                                                let mut g =
                                                    Goroutine::go_call(program, old, func, 0, &[]);
                                                g.prompt_entry = serial;
                                                g
                                            });
                                        }
                                    }
                                }
                            }
                            Native::EmbedServe => {
                                let Some(link) = m.embed.clone() else {
                                    return Exit::Fatal("no host to serve".into());
                                };
                                let next = match self.embed_next.take() {
                                    Some(result) => result
                                        .lock()
                                        .unwrap_or_else(PoisonError::into_inner)
                                        .take()
                                        .flatten(),
                                    // A request already waiting needs no
                                    // blocking call.
                                    None => match link.try_request() {
                                        Ok(request) => Some(request),
                                        Err(std::sync::mpsc::TryRecvError::Empty) => {
                                            let result = crate::embed::NextRequest::default();
                                            self.embed_next = Some(result.clone());
                                            again!(Exit::Syscall(Syscall::EmbedNext {
                                                link,
                                                result
                                            }));
                                        }
                                        Err(std::sync::mpsc::TryRecvError::Disconnected) => None,
                                    },
                                };
                                // The host has gone: the program ends.
                                let Some(request) = next else {
                                    return Exit::OsExit(0);
                                };
                                if let crate::embed::Request::Stop = request {
                                    return Exit::OsExit(0);
                                }
                                crate::embed::serve(program, heap, &mut mu!(), m, sched, request);
                                // The call's goroutine, next on this P,
                                // runs now, on this thread: the host's
                                // call costs no more thread switches.
                                frame.pc = pc as u32;
                                self.frames.push(frame);
                                return Exit::Yield;
                            }
                            Native::HostFunc => {
                                let func = frame.func;
                                let top =
                                    base + program.functions[func as usize].frame_size as usize;
                                let regs = &mut self.stack.cur[base..top];
                                match crate::embed::host_func(
                                    program,
                                    m,
                                    &mut mu!(),
                                    func,
                                    regs,
                                    &mut self.host_result,
                                ) {
                                    crate::embed::HostStep::Done => {}
                                    crate::embed::HostStep::Call(call) => {
                                        again!(Exit::Syscall(Syscall::HostFn(call)))
                                    }
                                    crate::embed::HostStep::Panic(msg) => {
                                        frame.pc = pc as u32;
                                        self.frames.push(frame);
                                        break 'dispatch Trap::Panic(
                                            self.panic(program, msg, false),
                                        );
                                    }
                                }
                            }
                            Native::RuntimeGosched => {
                                frame.pc = pc as u32;
                                self.frames.push(frame);
                                return Exit::Yield;
                            }
                            Native::RuntimeNumGoroutine => r!(0) = sched.num_goroutine() as u64,
                            Native::SortFunc => {
                                let f = &program.functions[frame.func as usize];
                                let at = base + f.frame_size as usize;
                                match self.sort_slice_func(env, pcache, sched, base, at, frame.seg)
                                {
                                    Ok(sorted) => {
                                        r!(0) = u64::from(sorted.is_some());
                                        r!(1) = u64::from(sorted == Some(true));
                                    }
                                    Err(p) => {
                                        frame.pc = pc as u32;
                                        self.frames.push(frame);
                                        break 'dispatch Trap::Panic(p);
                                    }
                                }
                            }
                            Native::SyncSemacquire => {
                                let addr = r!(0);
                                // Back from a park: a release handed it
                                // over (done), or the park was cancelled.
                                let handed = self
                                    .waiting
                                    .take()
                                    .is_some_and(|sg| sg.take(&mut []).is_some());
                                if !handed && !m.sema.try_acquire(addr) {
                                    let sg = Sudog::new(sched.gid(), Vec::new());
                                    self.waiting = Some(sg.clone());
                                    let sema = m.sema.clone();
                                    // The reason, and Go's lifo flag above it.
                                    let reason = match r!(1) & 0xff {
                                        1 => WaitReason::SyncWaitGroupWait,
                                        2 => WaitReason::SyncRWMutexRLock,
                                        3 => WaitReason::SyncRWMutexLock,
                                        _ => WaitReason::SyncMutexLock,
                                    };
                                    let lifo = r!(1) & 0x100 != 0;
                                    again!(Exit::Park(
                                        reason,
                                        Some(Unlock(Box::new(move || {
                                            sema.enqueue_or_retry(addr, sg, lifo)
                                        }))),
                                    ));
                                }
                            }
                            Native::SyncSemrelease => {
                                if let Some(g) = m.sema.release(r!(0)) {
                                    sched.goready(g);
                                }
                            }
                            Native::SyncCanSpin => {
                                // Go's sync_runtime_canSpin, less its look
                                // at idle Ps: a few rounds, on a machine
                                // where the holder can be running.
                                r!(0) = u64::from((r!(0) as i64) < 4 && sched.gomaxprocs() > 1);
                            }
                            Native::SyncDoSpin => {
                                for _ in 0..30 {
                                    std::hint::spin_loop();
                                }
                            }
                            Native::SyncNanotime => {
                                r!(0) = m.started.elapsed().as_nanos() as u64;
                            }
                            Native::SyncNotifyListAdd => {
                                r!(0) = u64::from(m.sema.notify_list_add(r!(0)));
                            }
                            Native::SyncNotifyListWait => {
                                let (addr, t) = (r!(0), r!(1) as u32);
                                let woken = self
                                    .waiting
                                    .take()
                                    .is_some_and(|sg| sg.take(&mut []).is_some());
                                if !woken && !m.sema.notified(addr, t) {
                                    let sg = Sudog::new(sched.gid(), Vec::new());
                                    self.waiting = Some(sg.clone());
                                    let sema = m.sema.clone();
                                    again!(Exit::Park(
                                        WaitReason::SyncCondWait,
                                        Some(Unlock(Box::new(move || {
                                            sema.notify_wait_or_retry(addr, t, sg)
                                        }))),
                                    ));
                                }
                            }
                            Native::SyncNotifyListNotify => {
                                for g in m.sema.notify(r!(0), r!(1) != 0) {
                                    sched.goready(g);
                                }
                            }
                            Native::SyncFatal => {
                                let msg =
                                    String::from_utf8_lossy(str_bytes(heap, r!(0), r!(1) as usize))
                                        .into_owned();
                                frame.pc = pc as u32;
                                self.frames.push(frame);
                                return Exit::Fatal(msg);
                            }
                            Native::TimeSleep => {
                                let d = r!(0) as i64;
                                // Back from the sleep (its sudog done), or
                                // a sleep of no time: on with the program.
                                let woken = self
                                    .waiting
                                    .take()
                                    .is_some_and(|sg| sg.take(&mut []).is_some());
                                if !woken && d > 0 {
                                    let until = std::time::Instant::now()
                                        + std::time::Duration::from_nanos(d as u64);
                                    let sg = Sudog::new(sched.gid(), Vec::new());
                                    self.waiting = Some(sg.clone());
                                    let unlock = sched.sleep(until, sg);
                                    again!(Exit::Park(WaitReason::Sleep, Some(unlock)));
                                }
                            }
                            Native::TimeNewTimer => {
                                // newTimer(t *Timer, seq *uint64, fire func(*Timer, uint64)) *timerHandle
                                let (t, seq, closure) = (r!(0), r!(1), r!(2));
                                let func = heap.read1(handle_of(closure), 0) as u32;
                                let ops = sched.newtimer(crate::timer::VmTimer::Go {
                                    func,
                                    closure,
                                    t,
                                    seq,
                                });
                                gc_point!(64);
                                r!(0) = ref_word(mu!().alloc_timer(ops), 0);
                            }
                            Native::TimeResetTimer | Native::TimeStopTimer => {
                                // resetTimer(h *timerHandle, when, period int64) bool
                                // stopTimer(h *timerHandle) bool
                                let armed = heap.timer(handle_of(r!(0))).is_some_and(|ops| {
                                    if native == Native::TimeStopTimer {
                                        return ops.stop();
                                    }
                                    // `when` is on runtimeNano's clock (TimeNow's
                                    // monotonic reading: since the start, plus 1).
                                    let when = (r!(1) as i64).saturating_sub(1).max(0) as u64;
                                    let when = m.started + std::time::Duration::from_nanos(when);
                                    let period = (r!(2) as i64 > 0)
                                        .then(|| std::time::Duration::from_nanos(r!(2)));
                                    ops.reset(when, period)
                                });
                                r!(0) = u64::from(armed);
                            }
                            Native::TimeNow => {
                                let wall = std::time::SystemTime::now()
                                    .duration_since(std::time::UNIX_EPOCH)
                                    .unwrap_or_default();
                                r!(0) = wall.as_secs();
                                r!(1) = u64::from(wall.subsec_nanos());
                                // Monotonic: since the machine started (only
                                // differences mean anything, as Go's).
                                r!(2) = m.started.elapsed().as_nanos() as u64 + 1;
                            }
                            Native::RuntimeGOMAXPROCS => {
                                let (n, old) = (r!(0) as i64, sched.gomaxprocs());
                                r!(0) = old as u64;
                                if n > 0 && n as usize != old {
                                    frame.pc = pc as u32;
                                    self.frames.push(frame);
                                    return Exit::GoMaxProcs((n as usize).min(256));
                                }
                            }
                            Native::RuntimeMemStats => {
                                // Back from the stop-the-world that took
                                // the figures, or stopping for one.
                                match self.stats.take() {
                                    Some(st) => {
                                        for (i, v) in st.iter().enumerate() {
                                            r!(i) = *v;
                                        }
                                    }
                                    None => {
                                        self.stats_wanted = true;
                                        again!(Exit::Preempted);
                                    }
                                }
                            }
                            Native::RuntimeGoexit => {
                                frame.pc = pc as u32;
                                self.frames.push(frame);
                                break 'dispatch Trap::Goexit;
                            }
                            Native::RuntimeGC => {
                                // Stops at once for the scheduler to collect.
                                self.gc_wanted = true;
                                frame.pc = pc as u32;
                                self.frames.push(frame);
                                return Exit::Preempted;
                            }
                            Native::OsWriteFd => {
                                let (w, len) = (r!(1), r!(2) as usize);
                                let mut words = vec![0; len];
                                heap.read(handle_of(w), offset_of(w) as usize, &mut words);
                                let bytes: Vec<u8> = words.iter().map(|&b| b as u8).collect();
                                let _ = if r!(0) == 2 {
                                    out.stderr().write_all(&bytes)
                                } else {
                                    out.stdout().write_all(&bytes)
                                };
                            }
                            Native::OsReadFd => {
                                // readFd(b []byte) (n int, eof bool, err string)
                                let (b, len) = (r!(0), r!(1) as usize);
                                match self.syscall.take() {
                                    None => {
                                        let result = SysResult::default();
                                        self.syscall = Some(result.clone());
                                        again!(Exit::Syscall(Syscall::ReadStdin {
                                            max: len,
                                            result,
                                        }));
                                    }
                                    Some(result) => {
                                        let got = result
                                            .lock()
                                            .unwrap_or_else(PoisonError::into_inner)
                                            .take()
                                            .unwrap_or_else(|| Err("interrupted".into()));
                                        r!(0) = 0;
                                        r!(1) = 0;
                                        r!(2) = 0;
                                        r!(3) = 0;
                                        match got {
                                            Ok(bytes) if bytes.is_empty() => r!(1) = 1,
                                            Ok(bytes) => {
                                                let words: Vec<u64> =
                                                    bytes.iter().map(|&c| u64::from(c)).collect();
                                                heap.write(
                                                    handle_of(b),
                                                    offset_of(b) as usize,
                                                    &words,
                                                );
                                                r!(0) = bytes.len() as u64;
                                            }
                                            Err(msg) => {
                                                gc_point!(64);
                                                let [p, n] = mu!().alloc_string(msg.into_bytes());
                                                r!(2) = p;
                                                r!(3) = n;
                                            }
                                        }
                                    }
                                }
                            }
                            Native::OsArgs => {
                                gc_point!(64);
                                let strings: Vec<u64> = m
                                    .args
                                    .clone()
                                    .into_iter()
                                    .flat_map(|a| mu!().alloc_string(a.into_bytes()))
                                    .collect();
                                let n = strings.len() / 2;
                                let h = mu!().alloc_words(
                                    n,
                                    crate::heap::Layout {
                                        words: 2,
                                        refs: std::sync::Arc::new([0]),
                                    },
                                );
                                heap.write(h, 0, &strings);
                                r!(0) = ref_word(h, 0);
                                r!(1) = n as u64;
                                r!(2) = n as u64;
                            }
                            native if crate::host::is_host(native) => {
                                gc_point!(256);
                                let top = base
                                    + program.functions[frame.func as usize].frame_size as usize;
                                let regs = &mut self.stack.cur[base..top];
                                if let Some(call) = crate::host::run(
                                    m,
                                    &mut mu!(),
                                    native,
                                    regs,
                                    &mut self.host_call,
                                ) {
                                    again!(Exit::Syscall(Syscall::Host(call)));
                                }
                            }
                            _ => {
                                gc_point!(64);
                                let top = base
                                    + program.functions[frame.func as usize].frame_size as usize;
                                let regs = &mut self.stack.cur[base..top];
                                if let crate::natives::Outcome::Panic { msg, runtime_error } =
                                    crate::natives::run(program, &mut mu!(), native, regs)
                                {
                                    frame.pc = pc as u32;
                                    self.frames.push(frame);
                                    break 'dispatch Trap::Panic(self.panic(
                                        program,
                                        msg,
                                        runtime_error,
                                    ));
                                }
                            }
                        }
                    }
                    Instr::Complex { op, dst, a, b } => {
                        use crate::bytecode::ComplexOp;
                        let x = (f64::from_bits(r!(a)), f64::from_bits(r!(a + 1)));
                        let y = (f64::from_bits(r!(b)), f64::from_bits(r!(b + 1)));
                        let (re, im) = op.apply(x, y);
                        if matches!(op, ComplexOp::Eq | ComplexOp::Ne) {
                            r!(dst) = re as u64;
                        } else {
                            r!(dst) = re.to_bits();
                            r!(dst + 1) = im.to_bits();
                        }
                    }
                    Instr::CheckSliceLen { s, len } => {
                        let have = r!(s + 1);
                        if have < u64::from(len) {
                            panic_with!(format!(
                            "cannot convert slice with length {have} to array or pointer to array with length {len}"
                        ))
                        }
                    }
                    Instr::PanicMsg { msg } => {
                        let text = program
                            .strings
                            .get(msg as usize)
                            .map(|s| String::from_utf8_lossy(s).into_owned())
                            .unwrap_or_default();
                        panic_with!(text)
                    }
                }
            };
            match trap {
                Trap::Panic(p) => start_panic!(p),
                Trap::Unwind => unwind!(),
                Trap::Goexit => {
                    // runtime.Goexit: every deferred call runs, as for a
                    // panic that nothing can recover, then the goroutine
                    // ends.
                    self.goexit = Some(self.panicking.len());
                    self.panicking.push(Unwinding {
                        p: self.panic(program, "", false),
                        at: usize::MAX,
                        aborted: false,
                    });
                    unwind!();
                }
            }
        }
    }

    /// Adds the goroutine's roots to `roots`: the reference registers of
    /// its frames (all pushed: it is stopped), its deferred calls, its
    /// pending prints and panics. Returns the bytes of stack it uses.
    pub fn roots(&self, program: &Program, roots: &mut Vec<u64>) -> usize {
        for f in &self.frames {
            if let Some(func) = program.functions.get(f.func as usize) {
                let seg = self.stack.segment(f.seg);
                for &r in func.ref_regs.iter() {
                    if let Some(&w) = seg.get(f.base + r as usize) {
                        roots.push(w);
                    }
                }
            }
        }
        // Deferred calls' closures and arguments (every word, to be safe:
        // a scalar taken for a handle only keeps an object alive).
        for d in &self.defers {
            roots.push(d.closure);
            roots.extend_from_slice(&d.args);
        }
        for l in &self.fmt_levels {
            roots.extend_from_slice(&l.results);
        }
        let panics = self.panicking.iter().map(|u| &u.p);
        for p in panics.chain(self.recovered.as_ref()) {
            roots.extend(p.value.iter().flatten());
        }
        if let Some(sg) = &self.waiting {
            sg.roots(roots);
        }
        if let Some(sel) = &self.selecting {
            for c in sel.cases.iter() {
                c.sg.roots(roots);
            }
        }
        self.stack_bytes()
    }

    /// The bytes of stack the goroutine uses.
    pub fn stack_bytes(&self) -> usize {
        self.stack.words_in_use() * 8
    }

    /// Whether the goroutine stopped because the heap wants collecting
    /// (and forgets it: the scheduler is about to collect).
    pub fn take_gc_request(&mut self) -> bool {
        std::mem::take(&mut self.gc_wanted)
    }

    /// Whether the goroutine waits for ReadMemStats's figures, taken with
    /// the world stopped.
    pub fn wants_stats(&self) -> bool {
        self.stats_wanted
    }

    /// Hands it ReadMemStats's figures: heap, stacks, sys, NumGC, NextGC.
    pub fn give_stats(&mut self, stats: [u64; 5]) {
        self.stats_wanted = false;
        self.stats = Some(stats);
    }

    /// The panic value for a runtime error at the current frames.
    /// How a goroutine ends once no deferred call is left to run: with
    /// the panics under way, or, after runtime.Goexit with none above it,
    /// as a goroutine that returned.
    fn unwound(&mut self, program: &Program) -> Exit {
        if let Some(at) = self.goexit {
            if self.panicking.len() == at + 1 {
                self.panicking.clear();
                self.goexit = None;
                self.frames.clear();
                return Exit::Goexit;
            }
            // A panic in a deferred call took over from Goexit.
            self.panicking.remove(at);
            self.goexit = None;
        }
        Exit::Panic(self.panic_chain(program))
    }

    /// The panics under way as Go prints them when they end the program:
    /// the first, then each later one on its own `panic:` line.
    fn panic_chain(&mut self, program: &Program) -> Panic {
        let mut chain = None;
        for u in std::mem::take(&mut self.panicking) {
            chain = Some(chain_panic(chain, u.p));
        }
        chain.unwrap_or_else(|| self.panic(program, "", false))
    }

    #[cold]
    #[inline(never)]
    fn panic(&self, program: &Program, msg: impl Into<String>, runtime_error: bool) -> Panic {
        let traceback = self
            .frames
            .iter()
            .rev()
            .map(|f| {
                let func = &program.functions[f.func as usize];
                let at = ((f.pc & !UNWINDING) as usize).saturating_sub(1);
                TraceFrame {
                    func: func.name.clone(),
                    file: program.func_file(func).to_string(),
                    line: func.lines.get(at).copied().unwrap_or(0),
                }
            })
            .collect();
        Panic {
            msg: msg.into(),
            runtime_error,
            traceback,
            value: None,
        }
    }
}

/// Constant `k` of the program (the compiler only names ones it made).
#[inline(always)]
fn konst(program: &Program, k: u16) -> u64 {
    program.consts.get(k as usize).copied().unwrap_or(0)
}

fn float_op(a: u64, b: u64, f: impl Fn(f64, f64) -> f64) -> u64 {
    f(f64::from_bits(a), f64::from_bits(b)).to_bits()
}

fn float_cmp(a: u64, b: u64, f: impl Fn(f64, f64) -> bool) -> u64 {
    u64::from(f(f64::from_bits(a), f64::from_bits(b)))
}

/// The bytes of the string with reference word `w` and length `len`.
pub(crate) fn str_bytes(heap: &Heap, w: u64, len: usize) -> &[u8] {
    let off = offset_of(w) as usize;
    heap.bytes(handle_of(w) as Handle)
        .get(off..off.saturating_add(len))
        .unwrap_or(&[])
}

/// A map key read from registers, owned (string bytes copied out of the
/// heap) so that the map can then be borrowed mutably.
enum KeyBuf {
    Word(u64),
    Bytes(Vec<u8>),
    /// NaN: equal to nothing, so never found and always a new entry.
    Nan,
}

impl KeyBuf {
    fn key(&self) -> crate::heap::MapKey<'_> {
        match self {
            KeyBuf::Word(w) => crate::heap::MapKey::Word(*w),
            KeyBuf::Bytes(b) => crate::heap::MapKey::Bytes(b),
            KeyBuf::Nan => crate::heap::MapKey::Nan,
        }
    }
}

/// The key in words `w` of a map laid out as `layout`: a string's bytes,
/// one word (a float as a number: -0 == +0), or a composite key's
/// canonical encoding. `Err`: the type of an unhashable dynamic key.
fn read_key(
    program: &Program,
    heap: &Heap,
    layout: &crate::heap::MapLayout,
    w: &[u64],
) -> Result<KeyBuf, String> {
    if let Some(rt) = layout.key_composite {
        let mut out = Vec::new();
        let nan = crate::iface::key_bytes(program, heap, rt, w, &mut out)?;
        return Ok(if nan { KeyBuf::Nan } else { KeyBuf::Bytes(out) });
    }
    let (w0, w1) = (
        w.first().copied().unwrap_or(0),
        w.get(1).copied().unwrap_or(0),
    );
    Ok(read_scalar_key(heap, layout, w0, w1))
}

fn read_scalar_key(heap: &Heap, layout: &crate::heap::MapLayout, w0: u64, w1: u64) -> KeyBuf {
    if layout.key_str {
        return KeyBuf::Bytes(str_bytes(heap, w0, w1 as usize).to_vec());
    }
    if layout.key_float {
        let f = f64::from_bits(w0);
        if f.is_nan() {
            return KeyBuf::Nan;
        }
        if f == 0.0 {
            return KeyBuf::Word(0);
        }
    }
    KeyBuf::Word(w0)
}

/// The function a deferred closure calls, if the closure is a valid one.
fn deferred_func(program: &Program, heap: &Heap, closure: u64) -> Option<u32> {
    if handle_of(closure) == 0 {
        return None;
    }
    let f = heap
        .words(handle_of(closure))
        .first()?
        .load(Ordering::Relaxed);
    ((f as usize) < program.functions.len()).then_some(f as u32)
}

/// Go's gctrace line: `gc N @Ts P%: clock phases ms clock, cpu phases ms
/// cpu, start->end->live MB, goal MB goal, stacks, globals, P`. The
/// collector stops the world for all of it, so the whole pause is the
/// mark phase and the two stop-the-world phases are zero. `stack_bytes`:
/// the scanned goroutines' stack segments.
fn gc_trace(
    out: &Output,
    m: &Machine,
    heap: &Heap,
    s: crate::heap::GcStats,
    stack_bytes: usize,
    procs: usize,
) {
    let since = m.started.elapsed().as_secs_f64();
    let ms = s.elapsed.as_secs_f64() * 1000.0;
    let pct = if since > 0.0 {
        (m.gc_time.load(Ordering::Relaxed) as f64 / 1e9 / since * 100.0).round() as u64
    } else {
        0
    };
    let mb = |b: usize| b >> 20;
    let _ = writeln!(
        out.stderr(),
        "gc {} @{since:.3}s {pct}%: 0+{ms:.3}+0 ms clock, 0+0/{ms:.3}/0+0 ms cpu, {}->{}->{} MB, {} MB goal, {} MB stacks, {} MB globals, {procs} P",
        heap.collections,
        mb(s.before),
        mb(s.before),
        mb(s.after),
        mb(s.goal),
        mb(stack_bytes),
        mb(m.globals.len() * 8),
    );
}

/// A new array of `len` elements of layout `el`: a byte array for bytes
/// and bools, else words.
fn alloc_array(heap: &mut Mutator, el: &crate::bytecode::ElemLayout, len: usize) -> Handle {
    if el.bytes {
        heap.alloc_byte_array(len)
    } else {
        heap.alloc_words(len, el.layout.clone())
    }
}

/// A panic during the unwinding of another, as Go prints the two.
fn chain_panic(first: Option<Panic>, p: Panic) -> Panic {
    match first {
        None => p,
        Some(first) => {
            let prefix = if p.runtime_error {
                "runtime error: "
            } else {
                ""
            };
            Panic {
                msg: format!("{}\n\tpanic: {prefix}{}", first.msg, p.msg),
                runtime_error: first.runtime_error,
                traceback: p.traceback,
                value: p.value,
            }
        }
    }
}

/// Go's panic text for a nil pointer dereference.
const NIL_DEREF: &str = "invalid memory address or nil pointer dereference";

/// Go's `index out of range` panic text.
#[cold]
fn index_error(idx: i64, len: u64) -> String {
    if idx < 0 {
        format!("index out of range [{idx}]")
    } else {
        format!("index out of range [{idx}] with length {len}")
    }
}

/// Go's `utf8.DecodeRune`: the rune and its width; an invalid byte is
/// U+FFFD of width 1.
fn decode_rune(b: &[u8]) -> (u32, usize) {
    let Some(&b0) = b.first() else {
        return (0xFFFD, 0);
    };
    if b0 < 0x80 {
        return (u32::from(b0), 1);
    }
    let width = match b0 {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return (0xFFFD, 1),
    };
    match b.get(..width).and_then(|s| std::str::from_utf8(s).ok()) {
        Some(s) => (s.chars().next().map_or(0xFFFD, u32::from), width),
        None => (0xFFFD, 1),
    }
}
