//! Embedding: how a Rust host talks to a program that keeps running.
//!
//! An embedded program's main goroutine, once its packages are
//! initialized, is a server (`Native::EmbedServe`), as the prompt's is: in
//! a blocking call, holding an M and no P, it waits for the host's next
//! [`Request`]. A call of a Go function becomes a goroutine of its own
//! (its arguments turned into words there, where the server may
//! allocate), and when that goroutine returns, the executor turns its
//! result words back into [`Value`]s, with the heap held, before the
//! goroutine's registers are gone, and sends them to the caller. So no
//! reference into the heap ever leaves the VM: the host holds owned
//! values, the collector needs no roots for it, and a host thread never
//! blocks a collection.
//!
//! A host function (a bodiless function of a package the embedder
//! registered, `Native::HostFunc`) runs the other way: its arguments are
//! decoded on the goroutine, the Rust function runs as a blocking call
//! (entersyscall: the P stays free for other goroutines if it blocks),
//! and its results are encoded when the goroutine runs again.
//!
//! Conversions follow the runtime types (`RType`) the compiler recorded
//! for each exported function's and variable's type: integers, floats,
//! booleans, strings, slices, arrays, maps with string or scalar keys,
//! structs by field, pointers (nil or the value pointed to). Anything
//! else (funcs, channels, interfaces holding composites) is an error that
//! names the type.
//!
//! The link also carries the run's limits and why it ended early
//! ([`EndReason`]): a cancellation, a limit, the host closing it.

use crate::bytecode::{Program, RType};
use crate::heap::{handle_of, offset_of, ref_word, Heap, Layout, MapKey, MapLayout, Mutator};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError, Weak};

/// A Go value as the host holds it: owned, no reference into the VM.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A nil pointer, slice, map or interface.
    Nil,
    Bool(bool),
    /// Any signed integer type.
    Int(i64),
    /// Any unsigned integer type (uintptr included).
    Uint(u64),
    /// float32 or float64.
    Float(f64),
    /// A string (Go's bytes; invalid UTF-8 becomes U+FFFD).
    Str(String),
    /// A slice or an array.
    List(Vec<Value>),
    /// A map's entries (in the map's order, which Go leaves unspecified).
    Map(Vec<(Value, Value)>),
    /// A struct's fields, by name, in declaration order.
    Struct(Vec<(String, Value)>),
    /// A channel, which the host can send on and receive from.
    Chan(ChanRef),
}

/// The runtime types of a function's parameters and results.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sig {
    pub params: Vec<u32>,
    pub results: Vec<u32>,
    /// The last parameter is `...T`: the host passes it as a list.
    pub variadic: bool,
}

/// A package variable of package main, for the host to read and set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportedVar {
    /// Its first global word.
    pub word: u32,
    pub rtype: u32,
    /// Its words live in a box the global word points to.
    pub boxed: bool,
}

/// What the host can reach in a compiled program.
#[derive(Clone, Debug, Default)]
pub struct Exports {
    /// Package main's functions, by name: function index and signature.
    pub funcs: HashMap<String, (u32, Sig)>,
    /// Package main's variables, by name.
    pub vars: HashMap<String, ExportedVar>,
    /// The bodiless functions of host packages, by function index: their
    /// qualified name (`host/config.Get`) and signature.
    pub host_funcs: HashMap<u32, (String, Sig)>,
    /// The function that initializes the packages, then serves the host
    /// (`u32::MAX` when not compiled for embedding).
    pub serve_entry: u32,
}

/// A Rust function Go code calls.
pub trait HostFn: Send + Sync {
    /// The results, or the message of the panic the call raises in Go.
    fn call(&self, args: Vec<Value>) -> Result<Vec<Value>, String>;

    /// Whether it may block (then it runs as a blocking call, its P free
    /// for other goroutines); one that does not runs on the goroutine's
    /// thread as it is, at about half the cost.
    fn blocking(&self) -> bool {
        true
    }
}

/// Why a Go function called from the host did not return values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CallError {
    /// It panicked: the message Go prints after `panic: ` (with
    /// `runtime error: ` for the runtime's), and the traceback's frames.
    Panic(String),
    /// An argument or result could not be converted.
    Convert(String),
    /// The program ended before the call could finish.
    Ended,
}

/// What a call's goroutine hands back.
pub type CallResult = Result<Vec<Value>, CallError>;

/// What the host asks the server for.
pub enum Request {
    /// Call function `func` in a goroutine of its own.
    Call {
        func: u32,
        sig: Sig,
        args: Vec<Value>,
        reply: Sender<CallResult>,
    },
    /// Read a package variable.
    Get {
        var: ExportedVar,
        reply: Sender<Result<Value, String>>,
    },
    /// Make a channel of `cap` elements of runtime type `elem`.
    MakeChan {
        elem: u32,
        cap: usize,
        reply: Sender<Value>,
    },
    /// End the program (the host is done with it).
    Stop,
    /// Set a package variable.
    Set {
        var: ExportedVar,
        value: Value,
        reply: Sender<Result<(), String>>,
    },
}

/// Why an embedded run ended before its program did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EndReason {
    /// The host cancelled it.
    Cancelled,
    /// It ran longer than its time limit.
    TimeLimit,
    /// A `go` statement would have made more goroutines than this.
    Goroutines(usize),
    /// The live heap after a collection was larger than this.
    Heap(usize),
}

/// The goroutine of a host's call: where its results go.
#[derive(Debug)]
pub struct CallReply {
    pub results: Vec<u32>,
    pub reply: Sender<CallResult>,
}

/// The limits of one run (0: none).
#[derive(Clone, Copy, Debug, Default)]
pub struct Limits {
    pub max_goroutines: usize,
    pub max_heap: usize,
}

/// By function index: the host function each bodiless function of a host
/// package calls.
pub type HostFns = Arc<[Option<Arc<dyn HostFn>>]>;

/// Shared by the host and one embedded machine.
pub struct EmbedLink {
    /// Held by the server while it waits (a blocking call).
    requests: Mutex<Option<Receiver<Request>>>,
    /// Sends the server `Request::Stop`, which wakes it from that wait
    /// when the run ends otherwise.
    stopper: Mutex<Option<Sender<Request>>>,
    /// By function index: the host functions the program calls.
    host_fns: std::sync::OnceLock<HostFns>,
    pub limits: Limits,
    end: Mutex<Option<EndReason>>,
    ended: AtomicBool,
    /// The run's scheduler, while it runs (to end it from outside).
    sched: Mutex<Option<Weak<minigo_runtime::Sched<crate::exec::Runner>>>>,
    /// The heap words of the channels the host holds, with how many
    /// handles hold each: roots for the collector; and the channels, to
    /// wake their host waiters when the run ends.
    pins: Mutex<HashMap<u64, usize>>,
    chans: Mutex<Vec<Weak<crate::chan::Chan>>>,
    /// The sudogs of host threads receiving (their delivered values are
    /// roots until decoded).
    receiving: Mutex<Vec<Arc<crate::chan::Sudog>>>,
}

impl std::fmt::Debug for EmbedLink {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.debug_struct("EmbedLink")
            .field("limits", &self.limits)
            .field("end", &self.end)
            .finish_non_exhaustive()
    }
}

/// The result of the server's blocking wait, for the instruction that
/// asked, run again.
pub type NextRequest = Arc<Mutex<Option<Option<Request>>>>;

/// A host function's result, for the native run again.
pub type HostResult = Arc<Mutex<Option<Result<Vec<Value>, String>>>>;

impl EmbedLink {
    pub fn new(limits: Limits) -> Arc<EmbedLink> {
        Arc::new(EmbedLink {
            requests: Mutex::new(None),
            stopper: Mutex::new(None),
            host_fns: std::sync::OnceLock::new(),
            limits,
            end: Mutex::new(None),
            ended: AtomicBool::new(false),
            sched: Mutex::new(None),
            pins: Mutex::default(),
            chans: Mutex::default(),
            receiving: Mutex::default(),
        })
    }

    /// The run's scheduler, if it is running.
    pub fn sched(&self) -> Option<Arc<minigo_runtime::Sched<crate::exec::Runner>>> {
        self.sched
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref()
            .and_then(Weak::upgrade)
    }

    /// The reference words the host keeps alive, for the collector.
    pub fn roots(&self, out: &mut Vec<u64>) {
        out.extend(
            self.pins
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .keys(),
        );
        for sg in self
            .receiving
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
        {
            sg.roots(out);
        }
    }

    fn pin(&self, word: u64) {
        let first = {
            let mut pins = self.pins.lock().unwrap_or_else(PoisonError::into_inner);
            let was_empty = pins.is_empty();
            *pins.entry(word).or_default() += 1;
            was_empty
        };
        // While the host holds a channel, it may wake a goroutine: no
        // deadlock can be declared (Sched::pending_add).
        if first {
            if let Some(s) = self.sched() {
                s.pending_add();
            }
        }
    }

    fn unpin(&self, word: u64) {
        let last = {
            let mut pins = self.pins.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some(n) = pins.get_mut(&word) {
                *n -= 1;
                if *n == 0 {
                    pins.remove(&word);
                }
            }
            pins.is_empty()
        };
        if last {
            if let Some(s) = self.sched() {
                s.pending_done();
            }
        }
    }

    /// Where the server takes requests from, for the next run.
    pub fn set_requests(&self, tx: Sender<Request>, rx: Receiver<Request>) {
        *self.requests.lock().unwrap_or_else(PoisonError::into_inner) = Some(rx);
        *self.stopper.lock().unwrap_or_else(PoisonError::into_inner) = Some(tx);
    }

    /// The host functions of the program about to run, by function index
    /// (set once, before it runs).
    pub fn set_host_fns(&self, fns: Vec<Option<Arc<dyn HostFn>>>) {
        let _ = self.host_fns.set(fns.into());
    }

    pub fn host_fn(&self, func: u32) -> Option<Arc<dyn HostFn>> {
        self.host_fns.get()?.get(func as usize).cloned().flatten()
    }

    /// Blocks until the host's next request; `None` once it has gone.
    pub fn next_request(&self) -> Option<Request> {
        let rx = self.requests.lock().unwrap_or_else(PoisonError::into_inner);
        spin_recv(rx.as_ref()?).ok()
    }

    /// The host's next request if one is waiting.
    pub fn try_request(&self) -> Result<Request, std::sync::mpsc::TryRecvError> {
        let rx = self.requests.lock().unwrap_or_else(PoisonError::into_inner);
        match rx.as_ref() {
            Some(rx) => rx.try_recv(),
            None => Err(std::sync::mpsc::TryRecvError::Disconnected),
        }
    }

    /// The scheduler of the run starting (or `None` once it is over:
    /// host threads and tasks waiting on channels are woken, to find the
    /// program gone).
    pub fn set_sched(&self, sched: Option<Weak<minigo_runtime::Sched<crate::exec::Runner>>>) {
        if sched.is_none() {
            *self.sched.lock().unwrap_or_else(PoisonError::into_inner) = None;
            // The server may still wait, holding the requests: wake it
            // (its M then leaves, the scheduler being gone). Requests not
            // served are dropped with their replies' senders, so their
            // callers learn the program has ended; later ones cannot be
            // sent.
            let stopper = self
                .stopper
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take();
            if let Some(tx) = stopper {
                let _ = tx.send(Request::Stop);
            }
            drop(
                self.requests
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .take(),
            );
            let chans =
                std::mem::take(&mut *self.chans.lock().unwrap_or_else(PoisonError::into_inner));
            for c in chans.iter().filter_map(Weak::upgrade) {
                c.wake_hosts();
            }
            return;
        }
        let ended = {
            let mut s = self.sched.lock().unwrap_or_else(PoisonError::into_inner);
            *s = sched;
            s.is_some() && self.ended.load(Ordering::SeqCst)
        };
        // Cancelled before it started: it ends as soon as it starts.
        if ended {
            self.shutdown();
        }
    }

    /// Ends the run for `why` (the first reason wins): every goroutine
    /// stops, running ones at their next safepoint.
    pub fn end(&self, why: EndReason) {
        {
            let mut end = self.end.lock().unwrap_or_else(PoisonError::into_inner);
            if end.is_none() {
                *end = Some(why);
            }
        }
        self.ended.store(true, Ordering::SeqCst);
        self.shutdown();
    }

    /// Only marks the run as ended (for the collector, which runs with the
    /// world stopped: the goroutines see it when they next run).
    pub fn mark_ended(&self, why: EndReason) {
        let mut end = self.end.lock().unwrap_or_else(PoisonError::into_inner);
        if end.is_none() {
            *end = Some(why);
        }
        self.ended.store(true, Ordering::SeqCst);
    }

    fn shutdown(&self) {
        let sched = self
            .sched
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref()
            .and_then(Weak::upgrade);
        if let Some(s) = sched {
            s.shutdown(EXIT_ENDED);
        }
    }

    pub fn is_ended(&self) -> bool {
        self.ended.load(Ordering::Relaxed)
    }

    /// Why the run ended early, if it did.
    pub fn reason(&self) -> Option<EndReason> {
        self.end
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Why the run ended early, if it did; clears it for the next run.
    pub fn take_end(&self) -> Option<EndReason> {
        self.ended.store(false, Ordering::SeqCst);
        self.end
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }
}

/// How long a receiver of a host's request or of a call's reply spins
/// before it sleeps: a host calling Go in a loop sends its next request,
/// and a short Go function replies, well within it, and a thread that
/// sleeps costs a wakeup (several microseconds) on each side, as Go's
/// runtime finds for its spinning Ms.
pub const SPIN: std::time::Duration = std::time::Duration::from_micros(50);

/// `rx.recv()`, spinning for up to [`SPIN`] first.
pub fn spin_recv<T>(rx: &Receiver<T>) -> Result<T, std::sync::mpsc::RecvError> {
    let start = std::time::Instant::now();
    // The clock is read every 64 tries: reading it costs more than a try.
    for tries in 0u32.. {
        match rx.try_recv() {
            Ok(v) => return Ok(v),
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                return Err(std::sync::mpsc::RecvError)
            }
            Err(std::sync::mpsc::TryRecvError::Empty)
                if tries % 64 != 63 || start.elapsed() < SPIN =>
            {
                std::hint::spin_loop()
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => break,
        }
    }
    rx.recv()
}

/// The exit status of a run ended early (what the host sees is its
/// [`EndReason`]).
pub const EXIT_ENDED: i32 = 3;

/// Words of a value of runtime type `rt`.
pub fn words_of(program: &Program, rt: u32) -> usize {
    program
        .type_info
        .get(rt as usize)
        .map_or(1, |t| t.words as usize)
}

/// The offsets of the reference words in a value of type `rt`, from `at`.
fn refs_of(program: &Program, rt: u32, at: u32, out: &mut Vec<u32>) {
    match program.rtypes.get(rt as usize) {
        Some(RType::Str { .. } | RType::Slice { .. } | RType::Iface { .. }) => {
            // An interface's data word (its second) may be a box.
            let w = match program.rtypes[rt as usize] {
                RType::Iface { .. } => at + 1,
                _ => at,
            };
            out.push(w);
        }
        Some(RType::Ptr { .. } | RType::Map { .. } | RType::Func { .. } | RType::Chan { .. }) => {
            out.push(at)
        }
        Some(RType::Struct { fields, .. }) => {
            for &(_, off, frt) in fields {
                refs_of(program, frt, at + off, out);
            }
        }
        Some(&RType::Array {
            elem,
            len,
            elem_words,
            bytes: false,
            ..
        }) => {
            for i in 0..len {
                refs_of(program, elem, at + i * elem_words, out);
            }
        }
        _ => {}
    }
}

fn layout_of(program: &Program, rt: u32) -> Layout {
    let mut refs = Vec::new();
    refs_of(program, rt, 0, &mut refs);
    Layout {
        words: words_of(program, rt) as u32,
        refs: refs.into(),
    }
}

fn str_of(heap: &Heap, w: u64, len: usize) -> String {
    let off = offset_of(w) as usize;
    let bytes = heap
        .bytes(handle_of(w))
        .get(off..off.saturating_add(len))
        .unwrap_or(&[]);
    String::from_utf8_lossy(bytes).into_owned()
}

/// The value of type `rt` in `words` (as many as the type has).
pub fn decode(
    program: &Program,
    heap: &Heap,
    link: Option<&Arc<EmbedLink>>,
    rt: u32,
    words: &[u64],
) -> Result<Value, String> {
    let w = |i: usize| words.get(i).copied().unwrap_or(0);
    let Some(t) = program.rtypes.get(rt as usize) else {
        return Err("a value of unknown type".into());
    };
    Ok(match t {
        RType::Int { .. } => Value::Int(w(0) as i64),
        RType::Uint { .. } => Value::Uint(w(0)),
        RType::Float { .. } => Value::Float(f64::from_bits(w(0))),
        RType::Bool { .. } => Value::Bool(w(0) != 0),
        RType::Str { .. } => Value::Str(str_of(heap, w(0), w(1) as usize)),
        &RType::Slice {
            elem, elem_words, ..
        } => {
            if w(0) == 0 {
                return Ok(Value::Nil);
            }
            list(program, heap, link, elem, elem_words, w(0), w(1) as usize)?
        }
        &RType::Array {
            elem,
            len,
            elem_words,
            ..
        } => {
            let mut items = Vec::with_capacity(len as usize);
            for i in 0..len as usize {
                let at = i * elem_words as usize;
                items.push(decode(
                    program,
                    heap,
                    link,
                    elem,
                    &words[at.min(words.len())..],
                )?);
            }
            Value::List(items)
        }
        RType::Struct { fields, .. } => {
            let mut out = Vec::with_capacity(fields.len());
            for (name, off, frt) in fields {
                let at = (*off as usize).min(words.len());
                out.push((
                    name.to_string(),
                    decode(program, heap, link, *frt, &words[at..])?,
                ));
            }
            Value::Struct(out)
        }
        &RType::Ptr { elem, .. } => {
            if w(0) == 0 {
                return Ok(Value::Nil);
            }
            let n = words_of(program, elem);
            let inner = heap.read_vec(handle_of(w(0)), offset_of(w(0)) as usize, n);
            decode(program, heap, link, elem, &inner)?
        }
        &RType::Map { key, val, .. } => {
            if w(0) == 0 {
                return Ok(Value::Nil);
            }
            let Some(m) = heap.map(handle_of(w(0))) else {
                return Ok(Value::Nil);
            };
            let (kw, vw) = (m.layout.key.words as usize, m.layout.val.words as usize);
            let mut entries = Vec::with_capacity(m.len);
            for (i, &live) in m.live.iter().enumerate() {
                if live {
                    let k = m.keys.get(i * kw..(i + 1) * kw).unwrap_or(&[]);
                    let v = m.vals.get(i * vw..(i + 1) * vw).unwrap_or(&[]);
                    entries.push((
                        decode(program, heap, link, key, k)?,
                        decode(program, heap, link, val, v)?,
                    ));
                }
            }
            Value::Map(entries)
        }
        RType::Iface { name } => {
            let tw = w(0);
            if tw == 0 {
                return Ok(Value::Nil);
            }
            let dyn_rt = (tw - 1) as u32;
            let info = program.type_info.get(dyn_rt as usize);
            let inner = match info {
                Some(i) if i.boxed => {
                    let n = i.words as usize;
                    heap.read_vec(handle_of(w(1)), offset_of(w(1)) as usize, n)
                }
                Some(_) => vec![w(1)],
                None => return Err(format!("a value of unknown type in {name}")),
            };
            decode(program, heap, link, dyn_rt, &inner)?
        }
        &RType::Chan { elem, ref name } => {
            if w(0) == 0 {
                return Ok(Value::Nil);
            }
            let (Some(chan), Some(link)) = (heap.chan(handle_of(w(0))), link) else {
                return Err(format!("minigo cannot hand a {name} to the host here"));
            };
            Value::Chan(ChanRef {
                chan: chan.clone(),
                elem,
                pin: Arc::new(Pin::new(link, w(0), chan)),
            })
        }
        other => return Err(format!("minigo cannot hand a {} to the host", other.name())),
    })
}

fn list(
    program: &Program,
    heap: &Heap,
    link: Option<&Arc<EmbedLink>>,
    elem: u32,
    elem_words: u32,
    w: u64,
    len: usize,
) -> Result<Value, String> {
    let ew = elem_words as usize;
    let mut flat = vec![0; len * ew];
    heap.read(handle_of(w), offset_of(w) as usize, &mut flat);
    let mut items = Vec::with_capacity(len);
    for i in 0..len {
        items.push(decode(
            program,
            heap,
            link,
            elem,
            &flat[i * ew..(i + 1) * ew],
        )?);
    }
    Ok(Value::List(items))
}

/// Appends the words of `v` as a value of type `rt` to `out`.
pub fn encode(
    program: &Program,
    mu: &mut Mutator,
    rt: u32,
    v: &Value,
    out: &mut Vec<u64>,
) -> Result<(), String> {
    let Some(t) = program.rtypes.get(rt as usize) else {
        return Err("a value of unknown type".into());
    };
    let mismatch = || format!("cannot use {} as {} value", v.kind(), t.name());
    match (t, v) {
        (RType::Int { name }, &Value::Int(i)) => out.push(fit_int(name, i).ok_or_else(mismatch)?),
        (RType::Int { name }, &Value::Uint(u)) => {
            let i = i64::try_from(u).map_err(|_| mismatch())?;
            out.push(fit_int(name, i).ok_or_else(mismatch)?)
        }
        (RType::Uint { name }, &Value::Uint(u)) => {
            out.push(fit_uint(name, u).ok_or_else(mismatch)?)
        }
        (RType::Uint { name }, &Value::Int(i)) => {
            let u = u64::try_from(i).map_err(|_| mismatch())?;
            out.push(fit_uint(name, u).ok_or_else(mismatch)?)
        }
        (&RType::Float { bits, .. }, &Value::Float(f)) => out.push(float_bits(bits, f)),
        (&RType::Float { bits, .. }, &Value::Int(i)) => out.push(float_bits(bits, i as f64)),
        (RType::Bool { .. }, &Value::Bool(b)) => out.push(u64::from(b)),
        (RType::Str { .. }, Value::Str(s)) => out.extend(mu.alloc_string(s.as_bytes().to_vec())),
        (RType::Slice { .. } | RType::Map { .. } | RType::Ptr { .. }, Value::Nil) => {
            out.extend(std::iter::repeat_n(0, words_of(program, rt)))
        }
        (RType::Iface { .. }, Value::Nil) => out.extend([0, 0]),
        (
            RType::Iface { .. },
            Value::Int(_) | Value::Uint(_) | Value::Float(_) | Value::Bool(_) | Value::Str(_),
        ) => {
            // The dynamic type is the predeclared one the value's kind
            // defaults to, if the program has it.
            let name = match v {
                Value::Int(_) => "int",
                Value::Uint(_) => "uint",
                Value::Float(_) => "float64",
                Value::Bool(_) => "bool",
                _ => "string",
            };
            let Some(dyn_rt) = program.rtypes.iter().position(|t| t.name() == name) else {
                return Err(format!("the program has no {name} type to hold the value"));
            };
            let mut words = Vec::new();
            encode(program, mu, dyn_rt as u32, v, &mut words)?;
            let boxed = program.type_info.get(dyn_rt).is_some_and(|i| i.boxed);
            let data = if boxed {
                ref_word(
                    mu.alloc_words_from(&words, layout_of(program, dyn_rt as u32)),
                    0,
                )
            } else {
                words[0]
            };
            out.extend([dyn_rt as u64 + 1, data]);
        }
        (
            &RType::Slice {
                elem,
                elem_words,
                bytes,
                ..
            },
            Value::List(items),
        ) => {
            let n = items.len();
            if n == 0 {
                // Empty, not nil: Go's zerobase has no handle of its own
                // here; a fresh empty array is as good.
                let h = mu.alloc_words(0, layout_of(program, elem));
                out.extend([ref_word(h, 0), 0, 0]);
                return Ok(());
            }
            let mut words = Vec::with_capacity(n * elem_words as usize);
            for item in items {
                encode(program, mu, elem, item, &mut words)?;
            }
            let h = if bytes {
                mu.alloc_byte_array_from(words.iter().map(|&b| b as u8).collect())
            } else {
                let h = mu.alloc_words(n, layout_of(program, elem));
                mu.write(h, 0, &words);
                h
            };
            out.extend([ref_word(h, 0), n as u64, n as u64]);
        }
        (&RType::Array { elem, len, .. }, Value::List(items)) => {
            if items.len() != len as usize {
                return Err(format!(
                    "cannot use a list of {} as {}",
                    items.len(),
                    t.name()
                ));
            }
            for item in items {
                encode(program, mu, elem, item, out)?;
            }
        }
        (RType::Struct { fields, .. }, Value::Struct(given)) => {
            let at = out.len();
            out.extend(std::iter::repeat_n(0, words_of(program, rt)));
            for (name, fv) in given {
                let Some(&(_, off, frt)) = fields.iter().find(|f| *f.0 == **name) else {
                    return Err(format!("{} has no field {name}", t.name()));
                };
                let mut fw = Vec::new();
                encode(program, mu, frt, fv, &mut fw)?;
                let start = at + off as usize;
                if let Some(dst) = out.get_mut(start..start + fw.len()) {
                    dst.copy_from_slice(&fw);
                }
            }
        }
        (&RType::Chan { elem, .. }, Value::Chan(c)) => {
            let same = c.elem == elem
                || program.rtypes.get(c.elem as usize).map(RType::name)
                    == program.rtypes.get(elem as usize).map(RType::name);
            if !same {
                return Err(mismatch());
            }
            out.push(c.pin.word);
        }
        (RType::Chan { .. }, Value::Nil) => out.push(0),
        (&RType::Ptr { elem, .. }, v) => {
            let mut words = Vec::new();
            encode(program, mu, elem, v, &mut words)?;
            let h = mu.alloc_words_from(&words, layout_of(program, elem));
            out.push(ref_word(h, 0));
        }
        (&RType::Map { key, val, .. }, Value::Map(entries)) => {
            let layout = MapLayout {
                key_str: matches!(program.rtypes.get(key as usize), Some(RType::Str { .. })),
                key_float: matches!(program.rtypes.get(key as usize), Some(RType::Float { .. })),
                key_composite: None,
                key: layout_of(program, key),
                val: layout_of(program, val),
            };
            if !matches!(
                program.rtypes.get(key as usize),
                Some(
                    RType::Str { .. }
                        | RType::Int { .. }
                        | RType::Uint { .. }
                        | RType::Bool { .. }
                        | RType::Float { .. }
                )
            ) {
                return Err(format!("minigo cannot make a {} from the host", t.name()));
            }
            let h = mu.alloc_map(layout);
            let mut kw = Vec::new();
            let mut vw = Vec::new();
            for (k, v) in entries {
                kw.clear();
                vw.clear();
                encode(program, mu, key, k, &mut kw)?;
                encode(program, mu, val, v, &mut vw)?;
                let Some(mut m) = mu.map(h) else { break };
                let bytes;
                let mk = if m.layout.key_str {
                    bytes = str_of(mu, kw[0], kw[1] as usize);
                    MapKey::Bytes(bytes.as_bytes())
                } else if m.layout.key_float {
                    let f = f64::from_bits(kw[0]);
                    if f.is_nan() {
                        MapKey::Nan
                    } else {
                        MapKey::Word((f + 0.0).to_bits())
                    }
                } else {
                    MapKey::Word(kw[0])
                };
                let slot = m.slot_for(&mk, &kw);
                let n = vw.len();
                if let Some(dst) = m.vals.get_mut(slot * n..(slot + 1) * n) {
                    dst.copy_from_slice(&vw);
                }
            }
            out.push(ref_word(h, 0));
        }
        _ => return Err(mismatch()),
    }
    Ok(())
}

/// `i` as a register of integer type `name` holds it, if it fits. (A
/// defined type's runtime type names it, not its size: only the
/// predeclared types are range-checked.)
fn fit_int(name: &str, i: i64) -> Option<u64> {
    let ok = match name {
        "int8" => i8::try_from(i).is_ok(),
        "int16" => i16::try_from(i).is_ok(),
        "int32" | "rune" => i32::try_from(i).is_ok(),
        _ => true,
    };
    ok.then_some(i as u64)
}

fn fit_uint(name: &str, u: u64) -> Option<u64> {
    let ok = match name {
        "uint8" | "byte" => u8::try_from(u).is_ok(),
        "uint16" => u16::try_from(u).is_ok(),
        "uint32" => u32::try_from(u).is_ok(),
        _ => true,
    };
    ok.then_some(u)
}

fn float_bits(bits: u8, f: f64) -> u64 {
    if bits == 32 {
        f64::from(f as f32).to_bits()
    } else {
        f.to_bits()
    }
}

impl Value {
    /// How the value reads in a conversion error.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Nil => "nil",
            Value::Bool(_) => "a bool",
            Value::Int(_) => "an integer",
            Value::Uint(_) => "an unsigned integer",
            Value::Float(_) => "a float",
            Value::Str(_) => "a string",
            Value::List(_) => "a list",
            Value::Map(_) => "a map",
            Value::Struct(_) => "a struct",
            Value::Chan(_) => "a channel",
        }
    }
}

/// A host function's call, made by the executor as a blocking call.
pub struct HostCall {
    pub f: Arc<dyn HostFn>,
    pub args: Vec<Value>,
    pub result: HostResult,
}

impl std::fmt::Debug for HostCall {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.debug_struct("HostCall")
            .field("args", &self.args)
            .finish_non_exhaustive()
    }
}

impl HostCall {
    /// Makes the call (it may block the thread). A Rust panic in the host
    /// function becomes a Go panic, not a crash of the VM.
    pub fn call(self) {
        let HostCall { f, args, result } = self;
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f.call(args)))
            .unwrap_or_else(|p| {
                let msg = p
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| p.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "host function panicked".into());
                Err(msg)
            });
        *result.lock().unwrap_or_else(PoisonError::into_inner) = Some(r);
    }
}

impl std::fmt::Debug for Request {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            Request::Call { func, args, .. } => f
                .debug_struct("Call")
                .field("func", func)
                .field("args", args)
                .finish_non_exhaustive(),
            Request::Get { var, .. } => f.debug_struct("Get").field("var", var).finish(),
            Request::Stop => f.write_str("Stop"),
            Request::MakeChan { elem, cap, .. } => f
                .debug_struct("MakeChan")
                .field("elem", elem)
                .field("cap", cap)
                .finish_non_exhaustive(),
            Request::Set { var, value, .. } => f
                .debug_struct("Set")
                .field("var", var)
                .field("value", value)
                .finish(),
        }
    }
}

/// Where a package variable's words are: the global words themselves, or
/// the box the first one points to.
fn var_words(
    m: &crate::interp::Machine,
    heap: &Heap,
    program: &Program,
    var: &ExportedVar,
) -> Vec<u64> {
    let n = words_of(program, var.rtype);
    let word = |i: usize| {
        m.globals
            .get(var.word as usize + i)
            .map_or(0, |w| w.load(Ordering::Relaxed))
    };
    if var.boxed {
        let b = word(0);
        heap.read_vec(handle_of(b), offset_of(b) as usize, n)
    } else {
        (0..n).map(word).collect()
    }
}

/// Serves one request of the host, on the server goroutine.
pub fn serve(
    program: &Program,
    heap: &Heap,
    mu: &mut Mutator,
    m: &crate::interp::Machine,
    sched: &mut dyn crate::interp::Scheduler,
    request: Request,
) {
    match request {
        Request::Call {
            func,
            sig,
            args,
            reply,
        } => {
            if program.functions.get(func as usize).is_none() {
                let _ = reply.send(Err(CallError::Convert("no such function".into())));
                return;
            }
            let mut words = Vec::new();
            for (i, (rt, v)) in sig.params.iter().zip(&args).enumerate() {
                if let Err(e) = encode(program, mu, *rt, v, &mut words) {
                    let _ = reply.send(Err(CallError::Convert(format!("argument {}: {e}", i + 1))));
                    return;
                }
            }
            let mut call = Some(Box::new(CallReply {
                results: sig.results,
                reply,
            }));
            sched.newproc(&mut |old| {
                let mut g = crate::interp::Goroutine::go_call(program, old, func, 0, &words);
                g.embed_call = call.take();
                g
            });
        }
        Request::MakeChan { elem, cap, reply } => {
            let v = match &m.embed {
                Some(link) => make_chan(program, mu, link, elem, cap),
                None => Value::Nil,
            };
            let _ = reply.send(v);
        }
        Request::Stop => {}
        Request::Get { var, reply } => {
            let words = var_words(m, heap, program, &var);
            let _ = reply.send(decode(program, heap, m.embed.as_ref(), var.rtype, &words));
        }
        Request::Set { var, value, reply } => {
            let mut words = Vec::new();
            if let Err(e) = encode(program, mu, var.rtype, &value, &mut words) {
                let _ = reply.send(Err(e));
                return;
            }
            if var.boxed {
                let b = m
                    .globals
                    .get(var.word as usize)
                    .map_or(0, |w| w.load(Ordering::Relaxed));
                heap.write(handle_of(b), offset_of(b) as usize, &words);
            } else {
                for (i, w) in words.iter().enumerate() {
                    if let Some(g) = m.globals.get(var.word as usize + i) {
                        g.store(*w, Ordering::Relaxed);
                    }
                }
            }
            let _ = reply.send(Ok(()));
        }
    }
}

/// What a host function's native does next.
pub enum HostStep {
    /// Its results are in the registers.
    Done,
    /// Make this blocking call, then run the native again.
    Call(HostCall),
    /// Panic with this message.
    Panic(String),
}

/// Runs the host function `func` on its frame `regs`: first its call (the
/// arguments decoded), then, run again, its results.
pub fn host_func(
    program: &Program,
    m: &crate::interp::Machine,
    mu: &mut Mutator,
    func: u32,
    regs: &mut [u64],
    pending: &mut Option<HostResult>,
) -> HostStep {
    let Some((name, sig)) = program.exports.host_funcs.get(&func) else {
        return HostStep::Panic(format!("host function {func} is not registered"));
    };
    let result = match pending.take() {
        Some(result) => result,
        None => {
            let Some(f) = m.embed.as_deref().and_then(|l| l.host_fn(func)) else {
                return HostStep::Panic(format!("{name} is not provided by the host"));
            };
            let mut args = Vec::with_capacity(sig.params.len());
            let mut at = 0;
            for &rt in &sig.params {
                let n = words_of(program, rt);
                match decode(
                    program,
                    mu,
                    m.embed.as_ref(),
                    rt,
                    &regs[at.min(regs.len())..(at + n).min(regs.len())],
                ) {
                    Ok(v) => args.push(v),
                    Err(e) => return HostStep::Panic(format!("{name}: {e}")),
                }
                at += n;
            }
            let result = HostResult::default();
            let call = HostCall { f, args, result };
            if call.f.blocking() {
                *pending = Some(call.result.clone());
                return HostStep::Call(call);
            }
            // Quick and non-blocking: right here, on the goroutine's thread.
            let result = call.result.clone();
            call.call();
            result
        }
    };
    let r = result
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .take()
        .unwrap_or_else(|| Err(format!("{name} did not return")));
    let values = match r {
        Ok(values) => values,
        Err(msg) => return HostStep::Panic(msg),
    };
    if values.len() != sig.results.len() {
        return HostStep::Panic(format!(
            "{name} returned {} values, want {}",
            values.len(),
            sig.results.len()
        ));
    }
    let mut words = Vec::new();
    for (rt, v) in sig.results.iter().zip(&values) {
        if let Err(e) = encode(program, mu, *rt, v, &mut words) {
            return HostStep::Panic(format!("{name}: result: {e}"));
        }
    }
    let n = words.len().min(regs.len());
    regs[..n].copy_from_slice(&words[..n]);
    HostStep::Done
}

/// The results of a call's goroutine, which has just returned: its
/// result words are at the bottom of its stack.
pub fn reply_results(
    program: &Program,
    heap: &Heap,
    link: Option<&Arc<EmbedLink>>,
    call: CallReply,
    words: &[u64],
) {
    let mut values = Vec::with_capacity(call.results.len());
    let mut at = 0;
    for &rt in &call.results {
        let n = words_of(program, rt);
        match decode(
            program,
            heap,
            link,
            rt,
            words.get(at..at + n).unwrap_or(&[]),
        ) {
            Ok(v) => values.push(v),
            Err(e) => {
                let _ = call.reply.send(Err(CallError::Convert(e)));
                return;
            }
        }
        at += n;
    }
    let _ = call.reply.send(Ok(values));
}

/// A channel held by the host: the channel, its element's runtime type,
/// and the pin that keeps its heap object (and what its buffer holds)
/// alive while any clone of the handle lives.
#[derive(Clone, Debug)]
pub struct ChanRef {
    pub chan: Arc<crate::chan::Chan>,
    pub elem: u32,
    pin: Arc<Pin>,
}

impl PartialEq for ChanRef {
    fn eq(&self, other: &ChanRef) -> bool {
        Arc::ptr_eq(&self.chan, &other.chan)
    }
}

/// One root the host holds.
#[derive(Debug)]
struct Pin {
    link: Arc<EmbedLink>,
    word: u64,
}

impl Pin {
    fn new(link: &Arc<EmbedLink>, word: u64, chan: &Arc<crate::chan::Chan>) -> Pin {
        link.pin(word);
        let mut chans = link.chans.lock().unwrap_or_else(PoisonError::into_inner);
        chans.retain(|c| c.strong_count() > 0);
        chans.push(Arc::downgrade(chan));
        drop(chans);
        Pin {
            link: link.clone(),
            word,
        }
    }
}

impl Drop for Pin {
    fn drop(&mut self) {
        self.link.unpin(self.word);
    }
}

/// Why a host's channel operation did not go through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChanError {
    /// A send on a closed channel, or a close of a closed one.
    Closed,
    /// The deadline passed first.
    Timeout,
    /// The program is over.
    Ended,
    /// The value does not convert to the channel's element type.
    Convert(String),
}

impl ChanRef {
    fn runner(&self) -> Result<Arc<crate::exec::Runner>, ChanError> {
        let sched = self.pin.link.sched().ok_or(ChanError::Ended)?;
        Ok(sched.executor().clone())
    }

    /// Readies the goroutines an operation completed (from the host's
    /// thread: through the global run queue).
    fn wake(&self, gs: impl IntoIterator<Item = minigo_runtime::GId>) {
        if let Some(s) = self.pin.link.sched() {
            for g in gs {
                if g != crate::chan::HOST_G {
                    s.goready(g);
                }
            }
        }
    }

    /// `ch <- v` from a host thread: waits for room or a receiver until
    /// `deadline` (forever if `None`).
    pub fn send(&self, v: &Value, deadline: Option<std::time::Instant>) -> Result<(), ChanError> {
        use crate::chan::{Ready, Sudog};
        let runner = self.runner()?;
        let (sg, sel) = {
            let program = runner.program();
            let heap = runner.machine.heap();
            let mut cache = crate::heap::AllocCache::default();
            let mut words = Vec::new();
            {
                let mut mu = heap.mutator(&mut cache);
                encode(&program, &mut mu, self.elem, v, &mut words).map_err(ChanError::Convert)?;
            }
            heap.flush_bytes(&mut cache);
            // With the heap held, no collection runs before the value is
            // in the channel (its buffer, a receiver, or the send queue,
            // where the collector finds it).
            let mut parked = None;
            loop {
                match self.chan.try_send(&words) {
                    Ready::Now { wake, .. } => {
                        drop(heap);
                        self.wake(wake);
                        return Ok(());
                    }
                    Ready::Closed => return Err(ChanError::Closed),
                    Ready::Block => {}
                }
                let (sg, sel) = parked
                    .take()
                    .unwrap_or_else(|| Sudog::for_host(words.clone()));
                if self.chan.enqueue_or_retry(sg.clone(), true) {
                    break (sg, sel);
                }
                parked = Some((sg, sel));
            }
        };
        if !sg.wait_host(deadline) {
            if sel.cancel() {
                self.chan.dequeue(&sg);
                return Err(ChanError::Timeout);
            }
            // A receiver claimed it first: it completes it now.
            sg.wait_host(None);
        }
        let mut none = [];
        match sg.take(&mut none) {
            Some(crate::chan::Done::Sent) => Ok(()),
            _ if self.pin.link.sched().is_none() => Err(ChanError::Ended),
            _ => Err(ChanError::Closed),
        }
    }

    /// `<-ch` from a host thread: the value, or `None` once the channel
    /// is closed and drained; waits until `deadline` (forever if `None`).
    pub fn recv(&self, deadline: Option<std::time::Instant>) -> Result<Option<Value>, ChanError> {
        use crate::chan::{Done, Ready, Sudog};
        let runner = self.runner()?;
        let link = &self.pin.link;
        let n = {
            let program = runner.program();
            words_of(&program, self.elem).max(1)
        };
        let mut out = vec![0; n];
        let program = runner.program();
        let decoded = |heap: &Heap, out: &[u64]| {
            decode(&program, heap, Some(link), self.elem, out).map_err(ChanError::Convert)
        };
        let heap = runner.machine.heap();
        let (sg, sel) = loop {
            // With the heap held, no collection runs between taking a
            // value out of the channel and decoding it.
            match self.chan.try_recv(&mut out) {
                Ready::Now { ok, wake } => {
                    let v = if ok { Some(decoded(&heap, &out)) } else { None };
                    drop(heap);
                    self.wake(wake);
                    return v.transpose();
                }
                Ready::Closed => return Ok(None),
                Ready::Block => {}
            }
            let (sg, sel) = Sudog::for_host(vec![0; n]);
            link.receiving
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(sg.clone());
            if self.chan.enqueue_or_retry(sg.clone(), false) {
                break (sg, sel);
            }
            self.forget(&sg);
        };
        drop(heap);
        if !sg.wait_host(deadline) {
            if sel.cancel() {
                self.chan.dequeue(&sg);
                self.forget(&sg);
                return Err(ChanError::Timeout);
            }
            sg.wait_host(None);
        }
        // Still a root (`receiving`) until decoded.
        let r = match sg.take(&mut out) {
            Some(Done::Received { ok: true }) => decoded(&runner.machine.heap(), &out).map(Some),
            _ if self.pin.link.sched().is_none() => Err(ChanError::Ended),
            _ => Ok(None),
        };
        self.forget(&sg);
        r
    }

    /// One step of an async send: done, or pending until the channel
    /// next changes (then `waker` is woken to try again).
    pub fn poll_send(
        &self,
        v: &Value,
        waker: &std::task::Waker,
    ) -> std::task::Poll<Result<(), ChanError>> {
        use crate::chan::Ready;
        use std::task::Poll;
        let Ok(runner) = self.runner() else {
            return Poll::Ready(Err(ChanError::Ended));
        };
        let program = runner.program();
        let heap = runner.machine.heap();
        let mut cache = crate::heap::AllocCache::default();
        let mut words = Vec::new();
        let encoded = {
            let mut mu = heap.mutator(&mut cache);
            encode(&program, &mut mu, self.elem, v, &mut words)
        };
        heap.flush_bytes(&mut cache);
        if let Err(e) = encoded {
            return Poll::Ready(Err(ChanError::Convert(e)));
        }
        match self.chan.try_send_or_watch(&words, Some(waker)) {
            Ready::Now { wake, .. } => {
                drop(heap);
                self.wake(wake);
                Poll::Ready(Ok(()))
            }
            Ready::Closed => Poll::Ready(Err(ChanError::Closed)),
            Ready::Block => Poll::Pending,
        }
    }

    /// One step of an async receive, as [`ChanRef::poll_send`].
    pub fn poll_recv(
        &self,
        waker: &std::task::Waker,
    ) -> std::task::Poll<Result<Option<Value>, ChanError>> {
        use crate::chan::Ready;
        use std::task::Poll;
        let Ok(runner) = self.runner() else {
            return Poll::Ready(Err(ChanError::Ended));
        };
        let program = runner.program();
        let heap = runner.machine.heap();
        let mut out = vec![0; words_of(&program, self.elem).max(1)];
        match self.chan.try_recv_or_watch(&mut out, Some(waker)) {
            Ready::Now { ok, wake } => {
                let v = ok.then(|| {
                    decode(&program, &heap, Some(&self.pin.link), self.elem, &out)
                        .map_err(ChanError::Convert)
                });
                drop(heap);
                self.wake(wake);
                Poll::Ready(v.transpose())
            }
            Ready::Closed | Ready::Block => Poll::Pending,
        }
    }

    fn forget(&self, sg: &Arc<crate::chan::Sudog>) {
        self.pin
            .link
            .receiving
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .retain(|x| !Arc::ptr_eq(x, sg));
    }

    /// `close(ch)` from the host.
    pub fn close(&self) -> Result<(), ChanError> {
        match self.chan.close() {
            Ok(wake) => {
                self.wake(wake);
                Ok(())
            }
            Err(crate::chan::AlreadyClosed) => Err(ChanError::Closed),
        }
    }
}

/// A new channel of `cap` elements of runtime type `elem`, made by the
/// server for the host.
pub fn make_chan(
    program: &Program,
    mu: &mut Mutator,
    link: &Arc<EmbedLink>,
    elem: u32,
    cap: usize,
) -> Value {
    let h = mu.alloc_chan(layout_of(program, elem), cap);
    let word = ref_word(h, 0);
    let chan = mu.chan(h).cloned();
    match chan {
        Some(chan) => Value::Chan(ChanRef {
            pin: Arc::new(Pin::new(link, word, &chan)),
            chan,
            elem,
        }),
        None => Value::Nil,
    }
}

impl std::fmt::Display for ChanError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            ChanError::Closed => f.write_str("the channel is closed"),
            ChanError::Timeout => f.write_str("the channel operation timed out"),
            ChanError::Ended => f.write_str("the program has ended"),
            ChanError::Convert(e) => f.write_str(e),
        }
    }
}

impl std::error::Error for ChanError {}
