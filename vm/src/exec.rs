//! The VM on the GMP runtime: goroutines are the runtime's tasks.
//!
//! [`Runner`] is the runtime's `Executor`. `execute` runs one goroutine's
//! slice of time on the current M (`Goroutine::run` against the shared
//! [`Machine`], with the heap held for reading) and turns why it stopped
//! into what the scheduler does next: a safepoint stop is a preemption or,
//! when an allocation found the heap at its goal, a request to stop the
//! world and collect; `runtime.Gosched` yields; the main goroutine's
//! return, `os.Exit`, a panic nobody recovered and a fatal error end the
//! program. The collector runs in `collect`, called by the runtime with
//! the world stopped: every goroutine's registers, every P's cache.
//!
//! Everything here belongs to one run: two runners in one process share
//! nothing.

use crate::bytecode::Program;
use crate::interp::{Env, Exit, Goroutine, Machine, Output, PCache, Panic, Scheduler, TraceFrame};
use crate::timer::VmTimer;
use minigo_runtime::{Config, Ctx, Executor, Outcome, Sched, Stop, TimerCtx, World};
use std::io::Write;
use std::sync::atomic::Ordering;
use std::sync::{Arc, PoisonError};

use crossbeam_utils::sync::{ShardedLock, ShardedLockReadGuard};

/// One program's run: the code, the shared state, where output goes.
pub struct Runner {
    /// Replaced only by a grown copy (a prompt's next entry): every slice
    /// runs against the program as it was when the slice started.
    program: ShardedLock<Arc<Program>>,
    pub machine: Machine,
    pub out: Output,
    /// A goroutine asked for a collection (the others stop the world
    /// only for ReadMemStats's figures).
    pub gc_requested: std::sync::atomic::AtomicBool,
}

impl Runner {
    pub fn new(program: Arc<Program>, machine: Machine, out: Output) -> Runner {
        Runner {
            program: ShardedLock::new(program),
            machine,
            out,
            gc_requested: Default::default(),
        }
    }

    /// The program as it is now.
    pub fn program(&self) -> ShardedLockReadGuard<'_, Arc<Program>> {
        self.program.read().unwrap_or_else(PoisonError::into_inner)
    }

    /// Installs `program`, a grown copy of the one running (the prompt's
    /// next entry): the machine makes room for its new constants, then
    /// slices that start from now on run it, and every P forgets the
    /// methods it looked up (an entry may have declared one again).
    pub fn install(&self, program: Arc<Program>) -> Result<(), String> {
        self.machine.grow(&program)?;
        *self.program.write().unwrap_or_else(PoisonError::into_inner) = program;
        self.machine.program_changed();
        Ok(())
    }
}

impl crate::timer::TimerOps for minigo_runtime::TimerRef<Runner> {
    fn stop(&self) -> bool {
        minigo_runtime::TimerRef::stop(self)
    }
    fn reset(&self, when: std::time::Instant, period: Option<std::time::Duration>) -> bool {
        minigo_runtime::TimerRef::reset(self, when, period)
    }
}

/// The process's resident memory (Linux's /proc/self/statm), what
/// ReadMemStats reports as Sys: the memory minigo holds from the system.
fn resident_bytes() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<u64>().ok())
        .map_or(0, |pages| pages * 4096)
}

/// A P's cache, made on first use (so that taking it out of the P for the
/// length of a slice costs nothing).
#[derive(Default)]
pub struct PSlot(Option<Box<PCache>>);

/// The scheduler as the interpreter sees it, for one slice of time.
struct CtxSched<'c, 'a> {
    ctx: &'c mut Ctx<'a, Runner>,
    /// An embedder's link: its limit on goroutines alive at once.
    embed: Option<&'c crate::embed::EmbedLink>,
}

impl Scheduler for CtxSched<'_, '_> {
    fn newproc(&mut self, make: &mut dyn FnMut(Option<Box<Goroutine>>) -> Box<Goroutine>) {
        if let Some(link) = self.embed {
            let limit = link.limits.max_goroutines;
            if limit > 0 && self.ctx.num_goroutine() >= limit {
                // The run ends: this goroutine stops at its next safepoint.
                link.end(crate::embed::EndReason::Goroutines(limit));
                self.ctx.preempt().store(true, Ordering::Relaxed);
                return;
            }
        }
        self.ctx.newproc(make);
    }
    fn num_goroutine(&self) -> usize {
        self.ctx.num_goroutine()
    }
    fn gomaxprocs(&self) -> usize {
        self.ctx.gomaxprocs()
    }
    fn gid(&self) -> minigo_runtime::GId {
        self.ctx.gid()
    }
    fn goready(&mut self, g: minigo_runtime::GId) {
        self.ctx.goready(g);
    }
    fn sleep(
        &mut self,
        until: std::time::Instant,
        sg: std::sync::Arc<crate::chan::Sudog>,
    ) -> crate::interp::Unlock {
        // Armed once the sleeper is parked, so that the timer cannot ready
        // it while this M still runs it.
        let sched = self.ctx.sched().clone();
        let g = self.ctx.gid();
        crate::interp::Unlock(Box::new(move || {
            sched.addtimer(until, None, VmTimer::Ready { g, sg });
            true
        }))
    }
    fn newtimer(&mut self, what: VmTimer) -> Box<dyn crate::timer::TimerOps> {
        Box::new(self.ctx.newtimer(what))
    }
}

impl Executor for Runner {
    /// Boxed, so that the scheduler moves a pointer, not the frames'
    /// bookkeeping, each time it takes a goroutine out of its G and back.
    type Task = Box<Goroutine>;
    type PLocal = PSlot;
    type Timer = VmTimer;

    fn fire(&self, f: &VmTimer, ctx: &mut TimerCtx<'_, Runner>) {
        match *f {
            VmTimer::Ready { g, ref sg } => {
                sg.mark(crate::chan::Done::Sent);
                ctx.goready(g);
            }
            VmTimer::Go {
                func,
                closure,
                t,
                seq,
            } => {
                let seq = {
                    let heap = self.machine.heap();
                    heap.read1(
                        crate::heap::handle_of(seq),
                        crate::heap::offset_of(seq) as usize,
                    )
                };
                let program = self.program();
                ctx.newproc(|old| Goroutine::go_call(&program, old, func, closure, &[t, seq]));
            }
        }
    }

    fn execute(&self, g: &mut Box<Goroutine>, ctx: &mut Ctx<'_, Runner>) -> Stop {
        let prompt = self.machine.prompt.as_deref();
        if let Some(link) = prompt.filter(|l| l.interrupted(g.prompt_entry)) {
            return self.interrupted(g, link);
        }
        let embed = self.machine.embed.as_deref();
        if embed.is_some_and(|l| l.is_ended()) {
            return Stop::Exit(crate::embed::EXIT_ENDED);
        }
        let program = self.program();
        let mut cache = ctx.plocal().0.take().unwrap_or_default();
        cache.sync(&self.machine);
        let exit = {
            let heap = self.machine.heap();
            let env = Env {
                program: &program,
                m: &self.machine,
                heap: &heap,
                out: &self.out,
                preempt: ctx.preempt(),
            };
            g.run(&env, &mut cache, &mut CtxSched { ctx, embed })
        };
        ctx.plocal().0 = Some(cache);
        let goid = ctx.goid();
        if let Some(link) = prompt {
            if let Some(stop) = self.prompt_exit(g, goid, &exit, &program, link) {
                return stop;
            }
        }
        if let Some(link) = embed {
            if link.limits.max_heap > 0 && self.machine.heap().over_limit.load(Ordering::Relaxed) {
                link.mark_ended(crate::embed::EndReason::Heap(link.limits.max_heap));
            }
            if link.is_ended() {
                return Stop::Exit(crate::embed::EXIT_ENDED);
            }
            if g.embed_call.is_some() {
                if let Some(stop) = self.call_exit(g, &exit, &program) {
                    return stop;
                }
            }
        }
        match exit {
            Exit::Preempted => {
                ctx.preempt().store(false, Ordering::Relaxed);
                if g.take_gc_request() {
                    self.gc_requested.store(true, Ordering::Relaxed);
                    Stop::Gc
                } else if g.wants_stats() {
                    Stop::Gc
                } else {
                    Stop::Preempted
                }
            }
            Exit::Yield => Stop::Yield,
            // Even main's: the program goes on until no goroutine is left.
            Exit::Goexit => Stop::Done,
            Exit::Park(reason, unlock) => Stop::Park(reason, unlock.map(|u| u.0)),
            // Made with the heap released, the P handed back meanwhile.
            Exit::Syscall(call) => {
                // What was printed before a read (a prompt) shows first.
                let _ = self.out.stdout().flush();
                let stdin = self.out.stdin_handle();
                Stop::Syscall(Box::new(move || call.call(&stdin)))
            }
            Exit::GoMaxProcs(n) => Stop::GoMaxProcs(n),
            // The program ends when main returns, whatever else runs.
            Exit::Done if goid == 1 => Stop::Exit(0),
            Exit::Done => Stop::Done,
            Exit::OsExit(code) => Stop::Exit(code),
            Exit::Panic(p) => {
                self.print_panic(&p, goid);
                Stop::Exit(2)
            }
            Exit::StackOverflow => {
                let mut e = self.out.stderr();
                let _ = writeln!(
                    e,
                    "runtime: goroutine stack exceeds {}-byte limit\nfatal error: stack overflow\n\ngoroutine {goid} [running]:",
                    crate::interp::MAX_STACK_BYTES
                );
                Stop::Exit(2)
            }
            Exit::Fatal(msg) => {
                let frames = g.traceback(&program);
                let mut e = self.out.stderr();
                let _ = writeln!(e, "fatal error: {msg}\n\ngoroutine {goid} [running]:");
                write_traceback(&mut *e, &frames);
                Stop::Exit(2)
            }
        }
    }

    fn collect(&self, world: &mut World<'_, Runner>) {
        // A stop for ReadMemStats alone needs the stacks' sizes, not roots.
        let gc = self.gc_requested.swap(false, Ordering::Relaxed);
        let program = self.program();
        let mut roots = Vec::new();
        let mut stack_bytes = 0;
        world.for_each_task(|g| {
            stack_bytes += if gc {
                g.roots(&program, &mut roots)
            } else {
                g.stack_bytes()
            }
        });
        if gc {
            // What the embedder holds (channels, values being received).
            if let Some(link) = self.machine.embed.as_deref() {
                link.roots(&mut roots);
            }
            // What armed timers will hand the goroutines they start.
            world.for_each_timer(|t| {
                if let VmTimer::Go { closure, t, .. } = *t {
                    roots.extend([closure, t]);
                }
            });
        }
        // ReadMemStats's figures, for whoever asked, with the world stopped
        // as Go takes them.
        {
            let heap = self.machine.heap();
            world.for_each_plocal(|p| {
                if let Some(c) = p.0.as_deref_mut() {
                    heap.flush_bytes(&mut c.alloc);
                }
            });
            let stats = [
                heap.live_bytes() as u64,
                stack_bytes as u64,
                resident_bytes(),
                heap.collections,
                heap.goal() as u64,
            ];
            world.for_each_task(|g| {
                if g.wants_stats() {
                    g.give_stats(stats);
                }
            });
        }
        if !gc {
            return;
        }
        let procs = world.gomaxprocs();
        let reset_caches = |heap: &mut crate::heap::Heap| {
            world.for_each_plocal(|p| {
                if let Some(c) = p.0.as_deref_mut() {
                    heap.reset_cache(&mut c.alloc);
                }
            });
        };
        self.machine
            .collect(&program, roots, stack_bytes, reset_caches, &self.out, procs);
        if let Some(link) = self.machine.embed.as_deref() {
            let heap = self.machine.heap();
            let over =
                heap.over_limit.load(Ordering::Relaxed) || heap.live_bytes() > link.limits.max_heap;
            drop(heap);
            if link.limits.max_heap > 0 && over {
                // The goroutines see it when they next run.
                link.mark_ended(crate::embed::EndReason::Heap(link.limits.max_heap));
            }
        }
    }
}

impl Runner {
    /// An interrupted entry of the prompt ends here (its deferred calls
    /// do not run).
    fn interrupted(&self, g: &Goroutine, link: &crate::prompt::PromptLink) -> Stop {
        link.report(crate::prompt::PromptEvent::Interrupted {
            serial: g.prompt_entry,
        });
        Stop::Done
    }

    /// How a goroutine of a prompt's session stopped, where that differs
    /// from a program's: an interrupted entry dies; an entry's end is
    /// reported; a panic or fatal error ends the goroutine, not the
    /// session.
    fn prompt_exit(
        &self,
        g: &Goroutine,
        goid: u64,
        exit: &Exit,
        program: &Program,
        link: &crate::prompt::PromptLink,
    ) -> Option<Stop> {
        use crate::prompt::PromptEvent;
        let serial = g.prompt_entry;
        let done = |panicked| {
            if serial != 0 {
                link.report(PromptEvent::Done { serial, panicked });
            }
            Some(Stop::Done)
        };
        match exit {
            Exit::Preempted if link.interrupted(serial) => Some(self.interrupted(g, link)),
            Exit::Done | Exit::Goexit => done(false),
            Exit::Panic(p) => {
                let _ = self.out.stdout().flush();
                self.print_panic(p, goid);
                done(true)
            }
            Exit::StackOverflow | Exit::Fatal(_) => {
                let _ = self.out.stdout().flush();
                let msg = match exit {
                    Exit::Fatal(msg) => msg.clone(),
                    _ => "stack overflow".into(),
                };
                let mut e = self.out.stderr();
                let _ = writeln!(e, "fatal error: {msg}\n\ngoroutine {goid} [running]:");
                write_traceback(&mut *e, &g.traceback(program));
                drop(e);
                done(true)
            }
            _ => None,
        }
    }

    /// How the goroutine of a host's call stopped: its results (or its
    /// panic) go back to the host; the program goes on.
    fn call_exit(&self, g: &mut Goroutine, exit: &Exit, program: &Program) -> Option<Stop> {
        use crate::embed::CallError;
        let msg = match exit {
            Exit::Done | Exit::Goexit => None,
            Exit::Panic(p) => Some(if p.runtime_error {
                format!("runtime error: {}", p.msg)
            } else {
                p.msg.clone()
            }),
            Exit::StackOverflow => Some("stack overflow".into()),
            Exit::Fatal(msg) => Some(msg.clone()),
            _ => return None,
        };
        let call = g.embed_call.take()?;
        match msg {
            None => {
                let heap = self.machine.heap();
                let link = self.machine.embed.as_ref();
                crate::embed::reply_results(program, &heap, link, *call, g.results());
            }
            Some(msg) => {
                let _ = call.reply.send(Err(CallError::Panic(msg)));
            }
        }
        Some(Stop::Done)
    }

    fn print_panic(&self, p: &Panic, goid: u64) {
        let prefix = if p.runtime_error {
            "runtime error: "
        } else {
            ""
        };
        let mut e = self.out.stderr();
        let _ = writeln!(e, "panic: {prefix}{}\n\ngoroutine {goid} [running]:", p.msg);
        write_traceback(&mut *e, &p.traceback);
    }
}

/// `main.f(...)` / `\tprog.go:LINE` pairs, innermost first, as Go's
/// traceback lists the goroutine's functions.
pub fn write_traceback(out: &mut dyn Write, frames: &[TraceFrame]) {
    for f in frames {
        if f.func == "runtime.main" {
            continue;
        }
        let args = if f.func == "main.main" { "()" } else { "(...)" };
        let _ = writeln!(out, "{}{args}\n\t{}:{}", f.func, f.file, f.line);
    }
}

/// Runs `runner`'s program from its entry on the scheduler; the exit
/// status Go's would have.
pub fn run(runner: Runner, config: Config) -> i32 {
    run_shared(Arc::new(runner), config)
}

/// [`run`] for a runner others hold too (the prompt installs programs in
/// its session's).
pub fn run_shared(runner: Arc<Runner>, config: Config) -> i32 {
    let entry = runner.program().entry;
    run_from(runner, config, entry)
}

/// [`run_shared`] from function `entry` (an embedded program's server,
/// `Exports::serve_entry`, or its main). A machine with an embedder's
/// link registers the run's scheduler there, so that the host can end
/// the run from its own threads.
pub fn run_from(runner: Arc<Runner>, config: Config, entry: u32) -> i32 {
    let main = {
        let program = runner.program();
        Box::new(Goroutine::new(&program, entry))
    };
    let link = runner.machine.embed.clone();
    let outcome = Sched::run_main_with(runner.clone(), config, main, |sched| {
        if let Some(link) = &link {
            link.set_sched(Some(Arc::downgrade(sched)));
        }
    });
    if let Some(link) = &link {
        link.set_sched(None);
    }
    let _ = runner.out.stdout().flush();
    match outcome {
        Outcome::Exit(code) => code,
        Outcome::Deadlock(gs) => {
            let mut e = runner.out.stderr();
            let _ = writeln!(e, "fatal error: all goroutines are asleep - deadlock!");
            for g in gs {
                let _ = writeln!(e, "\ngoroutine {} [{}]:", g.goid, g.status.header(g.reason));
                write_traceback(&mut *e, &g.task.traceback(&runner.program()));
            }
            2
        }
        Outcome::Fatal(msg) => {
            let _ = writeln!(runner.out.stderr(), "{msg}");
            2
        }
        Outcome::NoGoroutines => {
            let mut e = runner.out.stderr();
            let _ = writeln!(
                e,
                "fatal error: no goroutines (main called runtime.Goexit) - deadlock!"
            );
            2
        }
    }
}

/// Runs goroutine `g` alone, without the scheduler, until it stops for
/// good (tests that look inside one goroutine use it). A `go` statement
/// there is a fatal error; collections happen as usual.
pub fn run_alone(program: &Program, machine: &Machine, out: &Output, g: &mut Goroutine) -> Exit {
    struct Alone(bool);
    impl Scheduler for Alone {
        fn newproc(&mut self, _: &mut dyn FnMut(Option<Box<Goroutine>>) -> Box<Goroutine>) {
            self.0 = true;
        }
        fn num_goroutine(&self) -> usize {
            1
        }
        fn gomaxprocs(&self) -> usize {
            1
        }
        fn gid(&self) -> minigo_runtime::GId {
            minigo_runtime::GId(0)
        }
        fn goready(&mut self, _: minigo_runtime::GId) {}
        fn sleep(
            &mut self,
            until: std::time::Instant,
            sg: std::sync::Arc<crate::chan::Sudog>,
        ) -> crate::interp::Unlock {
            // Alone, a sleep is the thread's own; the park is cancelled.
            std::thread::sleep(until.saturating_duration_since(std::time::Instant::now()));
            sg.mark(crate::chan::Done::Sent);
            crate::interp::Unlock(Box::new(|| false))
        }
        fn newtimer(&mut self, _: VmTimer) -> Box<dyn crate::timer::TimerOps> {
            // Nothing runs timers here: one that never fires.
            struct Never;
            impl crate::timer::TimerOps for Never {
                fn stop(&self) -> bool {
                    false
                }
                fn reset(&self, _: std::time::Instant, _: Option<std::time::Duration>) -> bool {
                    false
                }
            }
            Box::new(Never)
        }
    }
    let preempt = std::sync::atomic::AtomicBool::new(false);
    let mut cache = PCache::default();
    loop {
        let mut alone = Alone(false);
        let exit = {
            let heap = machine.heap();
            let env = Env {
                program,
                m: machine,
                heap: &heap,
                out,
                preempt: &preempt,
            };
            g.run(&env, &mut cache, &mut alone)
        };
        if alone.0 {
            return Exit::Fatal("go statement in a goroutine run alone".into());
        }
        match exit {
            Exit::Goexit => return Exit::Done,
            Exit::Preempted | Exit::Yield | Exit::GoMaxProcs(_) => {
                preempt.store(false, Ordering::Relaxed);
                if g.take_gc_request() {
                    let mut roots = Vec::new();
                    let stack = g.roots(program, &mut roots);
                    let reset = |heap: &mut crate::heap::Heap| heap.reset_cache(&mut cache.alloc);
                    machine.collect(program, roots, stack, reset, out, 1);
                }
            }
            // Nothing can wake it: nobody else runs.
            Exit::Park(..) => return Exit::Fatal("all goroutines are asleep - deadlock!".into()),
            other => return other,
        }
    }
}
