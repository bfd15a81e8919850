//! The scheduler, after Go's runtime/proc.go: `schedt` and how a program
//! starts and ends.
//!
//! The scheduler's job is to distribute ready-to-run goroutines over
//! worker threads. The main concepts are Go's:
//!
//! - G: a goroutine (`allgs.rs`), whose state the executor keeps as an
//!   opaque task;
//! - M: a worker thread (`m.rs`);
//! - P: a processor, the resource needed to run Go code (`p.rs`); there are
//!   GOMAXPROCS of them, each with its local run queue (`runq.rs`).
//!
//! An M loops in `schedule` (`schedule.rs`): find a runnable G (its P's
//! queue, the global queue, other Ps' queues), execute it until it stops,
//! do what its stop asks (requeue it, park it, free it, stop the world),
//! repeat; with nothing to run it gives its P back and parks. The world is
//! stopped for the collector and for GOMAXPROCS in `stw.rs`, and the
//! program ends in `exit.rs` (exit, checkdead).
//!
//! All of a scheduler's state hangs off one [`Sched`]: no globals, no
//! thread-locals, so any number of schedulers can run in one process. What
//! Go keeps under `sched.lock` is `SchedState`, behind a mutex; what Go
//! reads without the lock (nmspinning, npidle, gcwaiting, the global
//! queue's size) is atomics beside it.

use std::any::Any;
use std::ops::{Deref, DerefMut};
use std::sync::atomic::{
    AtomicBool, AtomicI32, AtomicI64, AtomicU32, AtomicU64, AtomicUsize, Ordering,
};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, PoisonError, Weak};
use std::thread::JoinHandle;
use std::time::Instant;

use crate::allgs::AllGs;
use crate::config::{Config, MAX_GOMAXPROCS};
use crate::executor::{Executor, Outcome};
use crate::g::GId;
use crate::m::{MCtx, M};
use crate::note::Note;
use crate::p::{PShared, P};
use crate::runq::{Batch, GlobalRunq, SchedLock};
use crate::status::{GStatus, WaitReason};
use crate::stw::WorldSema;

/// Why the scheduler is shutting down.
pub(crate) enum ExitReason {
    /// A goroutine called exit (main returned, os.Exit, a fatal panic).
    Exit(i32),
    /// checkdead: every goroutine is blocked for good.
    Deadlock,
    /// checkdead: no goroutine left at all (main called runtime.Goexit).
    NoGoroutines,
    /// The executor panicked on an M; run_main re-raises it.
    Panic,
    /// A fatal error of the runtime's (Go's throw): what it prints.
    Fatal(String),
}

/// What Go keeps under `sched.lock`.
pub(crate) struct SchedState<E: Executor> {
    /// `sched.runq`: the global run queue.
    pub runq: GlobalRunq,
    /// `sched.pidle`: idle Ps, a stack as Go's list is.
    pub pidle: Vec<Box<P<E>>>,
    /// `sched.midle`: idle Ms, parked on their notes.
    pub midle: Vec<Arc<M<E>>>,
    pub nmidle: i32,
    /// Ms locked to a G and idle (LockOSThread is not supported: 0).
    pub nmidlelocked: i32,
    /// System Ms that checkdead does not count (sysmon, later).
    pub nmsys: i32,
    /// Ms created so far; the next M's id.
    pub mnext: i64,
    /// Ms whose thread has exited.
    pub nmfreed: i64,
    /// Ps a stopTheWorld still waits for.
    pub stopwait: i32,
    /// Ps in `_Pgcstop`, owned by the M that stopped the world.
    pub stopped: Vec<Box<P<E>>>,
    /// Ps in `_Pdead`, kept for when GOMAXPROCS grows again.
    pub pdead: Vec<Box<P<E>>>,
    /// GOMAXPROCS for the next startTheWorld (0: unchanged).
    pub newprocs: usize,
    /// `allm`, indexed by M id.
    pub allm: Vec<Arc<M<E>>>,
    /// The threads of every M, joined by run_main.
    pub threads: Vec<(Arc<M<E>>, JoinHandle<()>)>,
    pub exit: Option<ExitReason>,
    pub panic: Option<Box<dyn Any + Send>>,
}

/// A goroutine scheduler: Go's `schedt` with `allp`, `allgs` and `allm`.
///
/// Made and run by [`Sched::run_main`]; reachable from a running goroutine
/// through [`crate::Ctx::sched`], and from other threads through a clone of
/// that `Arc` (to ready goroutines with [`Sched::goready`]).
pub struct Sched<E: Executor> {
    pub(crate) this: Weak<Sched<E>>,
    pub(crate) executor: Arc<E>,
    lock: Mutex<SchedState<E>>,
    /// `sched.runq.size`, readable without the lock: the cheap emptiness
    /// check schedule and findRunnable make before taking it. Kept equal to
    /// the queue's size by [`Locked`]'s drop.
    pub(crate) runqsize: AtomicUsize,
    pub(crate) npidle: AtomicI32,
    pub(crate) nmspinning: AtomicI32,
    pub(crate) needspinning: AtomicU32,
    pub(crate) gcwaiting: AtomicBool,
    /// Set once, under sched.lock, when the program ends: every M leaves
    /// its loop.
    pub(crate) exiting: AtomicBool,
    pub(crate) gomaxprocs: AtomicUsize,
    /// `sched.goidgen`: the last goid handed out in a batch.
    pub(crate) goidgen: AtomicU64,
    /// Gs not dead: Go's gcount, kept as a counter.
    pub(crate) ngoroutine: AtomicUsize,
    /// Wakeups that may still come from outside the Ms (timers, host
    /// threads): while nonzero, checkdead reports nothing.
    pub(crate) pending: AtomicUsize,
    pub(crate) allgs: AllGs<E::Task>,
    /// `allp`, indexed by P id; a slot is filled the first time a P with
    /// that id is made and never changes.
    pub(crate) allp: Box<[OnceLock<Arc<PShared<E>>>]>,
    /// `sched.gFree`: the global list of dead Gs.
    pub(crate) gfree: Mutex<Vec<GId>>,
    pub(crate) ngfree: AtomicUsize,
    /// `sched.stopnote`: the stopping M waits on it for the last P.
    pub(crate) stopnote: Note,
    /// run_main's thread waits on it for the end of the run.
    pub(crate) exitnote: Note,
    /// `worldsema`: one stop-the-world at a time.
    pub(crate) worldsema: Mutex<WorldSema>,
    pub(crate) m_stack_size: usize,
    /// `sched.maxmcount`: more Ms than this is a fatal error.
    pub(crate) maxmcount: usize,
    /// Stops the schedtrace thread.
    pub(crate) tracestop: Note,
    /// Time zero of the timers' `when`s.
    pub(crate) epoch: Instant,
    /// `sched.lastpoll`: 0 while an M waits for the next timer (Go's M
    /// blocked in netpoll; see time.rs), else when the last one stopped.
    pub(crate) lastpoll: AtomicI64,
    /// `sched.pollUntil`: when that M will wake up.
    pub(crate) poll_until: AtomicI64,
    /// What that M sleeps on; notewakeup is Go's netpollBreak.
    pub(crate) pollnote: Note,
    /// Round-robin choice of a P for timers made outside any P.
    pub(crate) timerhome: AtomicUsize,
    /// `sched.sysmonwait`: sysmon sleeps deeply on `sysmonnote`.
    pub(crate) sysmonwait: AtomicBool,
    pub(crate) sysmonnote: Note,
    /// sysmon's rounds, for tests and diagnostics.
    pub(crate) sysmonwakeups: AtomicU64,
}

/// sched.lock held. Dropping it publishes the global queue's size to
/// `runqsize` first, so the lock-free emptiness checks never miss a G put
/// there under the lock.
pub(crate) struct Locked<'a, E: Executor> {
    guard: MutexGuard<'a, SchedState<E>>,
    runqsize: &'a AtomicUsize,
}

impl<E: Executor> Deref for Locked<'_, E> {
    type Target = SchedState<E>;
    fn deref(&self) -> &SchedState<E> {
        &self.guard
    }
}

impl<E: Executor> DerefMut for Locked<'_, E> {
    fn deref_mut(&mut self) -> &mut SchedState<E> {
        &mut self.guard
    }
}

impl<E: Executor> Drop for Locked<'_, E> {
    fn drop(&mut self) {
        self.runqsize
            .store(self.guard.runq.size(), Ordering::SeqCst);
    }
}

impl<E: Executor> SchedLock for Sched<E> {
    fn globrunqputbatch(&self, batch: &mut Batch) {
        self.lock().runq.globrunqputbatch(batch);
    }
}

impl<E: Executor> Sched<E> {
    fn new(
        this: Weak<Sched<E>>,
        executor: Arc<E>,
        m_stack_size: usize,
        max_threads: usize,
    ) -> Sched<E> {
        Sched {
            this,
            executor,
            lock: Mutex::new(SchedState {
                runq: GlobalRunq::new(),
                pidle: Vec::new(),
                midle: Vec::new(),
                nmidle: 0,
                nmidlelocked: 0,
                nmsys: 0,
                mnext: 0,
                nmfreed: 0,
                stopwait: 0,
                stopped: Vec::new(),
                pdead: Vec::new(),
                newprocs: 0,
                allm: Vec::new(),
                threads: Vec::new(),
                exit: None,
                panic: None,
            }),
            runqsize: AtomicUsize::new(0),
            npidle: AtomicI32::new(0),
            nmspinning: AtomicI32::new(0),
            needspinning: AtomicU32::new(0),
            gcwaiting: AtomicBool::new(false),
            exiting: AtomicBool::new(false),
            gomaxprocs: AtomicUsize::new(0),
            goidgen: AtomicU64::new(0),
            ngoroutine: AtomicUsize::new(0),
            pending: AtomicUsize::new(0),
            allgs: AllGs::new(),
            allp: (0..MAX_GOMAXPROCS).map(|_| OnceLock::new()).collect(),
            gfree: Mutex::new(Vec::new()),
            ngfree: AtomicUsize::new(0),
            stopnote: Note::new(),
            exitnote: Note::new(),
            worldsema: Mutex::new(WorldSema::default()),
            m_stack_size: m_stack_size.max(64 << 10),
            maxmcount: max_threads.max(1),
            tracestop: Note::new(),
            epoch: Instant::now(),
            // Nonzero: no M waits for a timer yet.
            lastpoll: AtomicI64::new(1),
            poll_until: AtomicI64::new(0),
            pollnote: Note::new(),
            timerhome: AtomicUsize::new(0),
            sysmonwait: AtomicBool::new(false),
            sysmonnote: Note::new(),
            sysmonwakeups: AtomicU64::new(0),
        }
    }

    /// lock(&sched.lock). Nothing in the scheduler panics while holding
    /// it, and a panic elsewhere (in the executor, on an M) only ends the
    /// program, so a poisoned lock is taken as it is.
    pub(crate) fn lock(&self) -> Locked<'_, E> {
        Locked {
            guard: self.lock.lock().unwrap_or_else(PoisonError::into_inner),
            runqsize: &self.runqsize,
        }
    }

    /// Runs a program: `main` becomes goroutine 1, run first by M0 (Go's
    /// rt0_go: schedinit, newproc(main), mstart), whose thread this starts;
    /// the calling thread waits. Other Ms are started as work appears.
    /// Returns when a goroutine exits the program or checkdead finds that
    /// none can run again; by then every thread the scheduler started has
    /// been joined, but for those stuck in a blocking call (see join_ms).
    /// A panic in the executor is re-raised here, after the same joins.
    pub fn run_main(executor: Arc<E>, config: Config, main: E::Task) -> Outcome<E::Task> {
        Sched::run_main_with(executor, config, main, |_| {})
    }

    /// [`Sched::run_main`], handing `started` the scheduler before its
    /// first M starts: an embedder keeps it (a `Weak`, so that it does
    /// not outlive the run) to ready goroutines from its own threads or
    /// to end the run from outside ([`Sched::shutdown`]).
    pub fn run_main_with(
        executor: Arc<E>,
        config: Config,
        main: E::Task,
        started: impl FnOnce(&Arc<Sched<E>>),
    ) -> Outcome<E::Task> {
        let Config {
            gomaxprocs,
            schedtrace_ms,
            scheddetail,
            trace_out,
            m_stack_size,
            max_threads,
        } = config;
        let sched =
            Arc::new_cyclic(|this| Sched::new(this.clone(), executor, m_stack_size, max_threads));
        let m0 = {
            let mut st = sched.lock();
            sched.allocm(&mut st)
        };
        let mut mc = MCtx::new(m0);

        // schedinit: procresize(gomaxprocs), after which M0 holds P0 and
        // the other Ps are idle.
        let (_, destroyed) = {
            let mut st = sched.lock();
            sched.procresize(&mut st, &mut mc, gomaxprocs)
        };
        debug_assert!(destroyed.is_empty());

        // newproc(runtime.main), put at the tail rather than in runnext: in
        // Go, main.main runs after runtime.main has parked and been readied
        // by the init goroutines, so it starts its own time slice (schedtick
        // 1), and the first Gosched does not meet the every-61st-tick check
        // of the global queue.
        if let Some(p) = mc.p.as_deref_mut() {
            let (gp, _) = sched.newproc1(p, |_| main);
            p.runq.runqput(gp, false, &*sched);
        }

        started(&sched);
        let tracer =
            schedtrace_ms.and_then(|ms| sched.start_schedtrace(ms, scheddetail, trace_out));
        let sysmon = sched.start_sysmon();

        // mstart on M0, on a thread of its own: the calling thread only
        // waits for the end, so that it can return even while an M is
        // stuck in a blocking call (a read of a terminal).
        let m0 = {
            let sched = Arc::clone(&sched);
            std::thread::Builder::new()
                .name("minigo-m0".into())
                .stack_size(m_stack_size)
                .spawn(move || sched.mstart1(mc))
        };
        match m0 {
            Ok(h) => {
                let m = {
                    let st = sched.lock();
                    st.allm.first().cloned()
                };
                match m {
                    Some(m) => sched.lock().threads.push((m, h)),
                    None => {
                        let _ = h.join();
                    }
                }
            }
            Err(_) => {
                let msg = "runtime: failed to create new OS thread\nfatal error: newosproc".into();
                let mut st = sched.lock();
                sched.exit_locked(&mut st, -1, ExitReason::Fatal(msg));
            }
        }
        sched.exitnote.notesleep();
        if let Some(t) = sysmon {
            // Woken by exit; it starts no M once exiting is set.
            let _ = t.join();
        }
        sched.join_ms();
        if let Some(t) = tracer {
            sched.tracestop.notewakeup();
            let _ = t.join();
        }
        sched.outcome()
    }

    /// goready from outside an M (a host thread, a timer): the G goes to
    /// the global queue and an M is woken for it if none is looking. From
    /// a running goroutine, [`crate::Ctx::goready`] is cheaper (the G goes
    /// to runnext on the current P). `gp` must be parked (`_Gwaiting`);
    /// anything else is a caller bug and is ignored (and asserted in debug
    /// builds).
    pub fn goready(&self, gp: GId) {
        let Some(g) = self.allgs.get(gp) else {
            return;
        };
        if !g.casgstatus(GStatus::Waiting, GStatus::Runnable) {
            debug_assert!(false, "goready: G {} is {:?}", gp.0, g.readgstatus());
            return;
        }
        self.lock().runq.globrunqput(gp);
        self.wakep();
    }

    /// ready(gp, next=true) on the P `p`: the readied G runs next, in the
    /// rest of the current time slice.
    pub(crate) fn ready(&self, p: &mut P<E>, gp: GId) {
        let Some(g) = self.allgs.get(gp) else {
            return;
        };
        if !g.casgstatus(GStatus::Waiting, GStatus::Runnable) {
            debug_assert!(false, "goready: G {} is {:?}", gp.0, g.readgstatus());
            return;
        }
        p.runq.runqput(gp, true, self);
        self.wakep();
    }

    /// newproc1: a new G in `_Grunnable`, reusing a dead one if the P has
    /// one (gfget; its old task goes to `make`, so the executor can keep
    /// its stack), with a goid from the P's batch. The caller queues it.
    pub(crate) fn newproc1(
        &self,
        p: &mut P<E>,
        make: impl FnOnce(Option<E::Task>) -> E::Task,
    ) -> (GId, u64) {
        let (gp, g) = match self
            .gfget(p)
            .and_then(|gp| self.allgs.get(gp).map(|g| (gp, g)))
        {
            Some(found) => found,
            None => match self.allgs.allgadd() {
                Some(new) => {
                    new.1.setgstatus(GStatus::Dead);
                    new
                }
                None => {
                    // 2^32 goroutines at once: memory runs out long
                    // before, as it does in Go, which dies the same way.
                    eprintln!("fatal error: too many goroutines");
                    std::process::abort();
                }
            },
        };
        let old = g.task().take();
        let task = make(old);
        *g.task() = Some(task);
        g.preempt.store(false, Ordering::Relaxed);
        g.waitreason
            .store(WaitReason::Zero as u8, Ordering::Relaxed);
        g.stw.store(0, Ordering::Relaxed);
        g.m.store(-1, Ordering::Relaxed);
        let goid = self.goid(p);
        g.goid.store(goid, Ordering::Relaxed);
        self.ngoroutine.fetch_add(1, Ordering::Relaxed);
        // Publishes the G: a Release store after everything above.
        g.setgstatus(GStatus::Runnable);
        (gp, goid)
    }

    /// The status of G `gp` (None for a slot that does not exist).
    pub fn gstatus(&self, gp: GId) -> Option<GStatus> {
        self.allgs.get(gp).map(|g| g.readgstatus())
    }

    /// The wait reason of G `gp`: why it is parked, or why it last was.
    pub fn waitreason(&self, gp: GId) -> Option<WaitReason> {
        self.allgs.get(gp).map(|g| g.waitreason())
    }

    /// The goid of G `gp` (its current incarnation's).
    pub fn goid_of(&self, gp: GId) -> Option<u64> {
        self.allgs.get(gp).map(|g| g.goid.load(Ordering::Relaxed))
    }

    /// The executor the scheduler runs goroutines with.
    pub fn executor(&self) -> &Arc<E> {
        &self.executor
    }

    /// runtime.NumGoroutine: Gs not dead.
    pub fn num_goroutine(&self) -> usize {
        self.ngoroutine.load(Ordering::Relaxed)
    }

    pub fn gomaxprocs(&self) -> usize {
        self.gomaxprocs.load(Ordering::Relaxed)
    }

    /// How many G slots exist (`allglen`): the most goroutines that were
    /// alive at once, give or take the free lists' slack.
    pub fn allglen(&self) -> usize {
        self.allgs.len() as usize
    }

    /// Announces a wakeup that may come from outside the Ms: a host thread
    /// that will call [`Sched::goready`] (armed timers need none: checkdead
    /// looks at the timer heaps, as Go's does). Until the matching
    /// [`Sched::pending_done`], checkdead reports no deadlock.
    pub fn pending_add(&self) {
        self.pending.fetch_add(1, Ordering::SeqCst);
    }

    /// The wakeup announced by [`Sched::pending_add`] has happened (after
    /// its goready) or will not. When it was the last one and every M is
    /// idle, checkdead runs now, since no M parking later will run it.
    pub fn pending_done(&self) {
        let prev = self
            .pending
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1));
        if prev == Ok(1) {
            let mut st = self.lock();
            self.checkdead(&mut st);
        }
    }

    /// The shared half of P `id`.
    pub(crate) fn pshared(&self, id: usize) -> Option<&Arc<PShared<E>>> {
        self.allp.get(id).and_then(OnceLock::get)
    }
}
