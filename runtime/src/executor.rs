//! The line between the scheduler and whatever runs goroutines.
//!
//! The scheduler never looks inside a goroutine. An [`Executor`] (the VM)
//! keeps a goroutine's frames and registers in its `Task`, runs a task when
//! the scheduler says so, and returns a [`Stop`] saying why it stopped, the
//! way a Go goroutine enters the scheduler through mcall (gopark, Gosched,
//! goexit) or a preemption. While it runs, the task reaches the scheduler
//! through its [`Ctx`]: start goroutines, ready parked ones, read its
//! preemption flag, use the P's cache. With the world stopped, the
//! executor's `collect` sees every P and every live task through a
//! [`World`].

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::allgs::G;
use crate::g::GId;
use crate::p::P;
use crate::proc::Sched;
use crate::status::{GStatus, WaitReason};
use crate::time::{TimerCtx, TimerRef};
use std::time::{Duration, Instant};

/// What runs goroutines: the VM, or a test's mock.
pub trait Executor: Send + Sync + Sized + 'static {
    /// A goroutine's private state (the VM's frames and registers).
    type Task: Send + 'static;
    /// Per-P state owned by the executor. Go's mcache lives in P; the VM
    /// keeps its allocation cache here, reached through [`Ctx::plocal`]
    /// without any lock, since only the M holding the P runs.
    type PLocal: Send + Default + 'static;
    /// What a timer does when it fires, as the executor sees it (Go's
    /// timer `f` and `arg`: ready a sleeping G, send on a channel, start
    /// a goroutine for time.AfterFunc). Shared between the timer's heap
    /// and its handles, so it is immutable and `Sync`.
    type Timer: Send + Sync + 'static;

    /// Runs `task` on the current M until it stops; says why.
    fn execute(&self, task: &mut Self::Task, ctx: &mut Ctx<'_, Self>) -> Stop;

    /// Called by the M that stopped the world for [`Stop::Gc`], with every
    /// P's PLocal and every live goroutine's task. None is running: the
    /// tasks are the requester's (stopped at `Stop::Gc`), and the runnable,
    /// waiting and preempted ones. Dead Gs' tasks (kept on free lists for
    /// reuse) are not included.
    fn collect(&self, world: &mut World<'_, Self>);

    /// Called when GOMAXPROCS shrinks, on the PLocal of each P removed,
    /// with the world stopped (Go's p.destroy frees the P's mcache). The
    /// P, PLocal and all, is kept: [`World::for_each_plocal`] still visits
    /// it, and if GOMAXPROCS grows again the P comes back with it. The
    /// default does nothing.
    fn pdestroy(&self, _plocal: &mut Self::PLocal) {}

    /// A timer fires (Go's `f(arg, seq, delay)` in unlockAndRun), on an M
    /// holding a P, with no lock held; `ctx` is that P. It must not
    /// block. A periodic timer has already been re-armed. The default
    /// does nothing.
    fn fire(&self, _f: &Self::Timer, _ctx: &mut TimerCtx<'_, Self>) {}
}

/// Why a task stopped.
pub enum Stop {
    /// The goroutine returned (goexit0): its G, and its task for reuse,
    /// go to the P's free list. For goroutine 1 this is runtime.Goexit in
    /// main; main returning is `Exit(0)`.
    Done,
    /// runtime.Gosched (goschedImpl): the G goes to the global run queue.
    Yield,
    /// Stopped at a safepoint because [`Ctx::preempt`] was set
    /// (gopreempt_m): to the global queue; if the world is stopping, to
    /// this P's runnext, to run first afterwards; if the program is
    /// ending, nowhere. The executor need not know which.
    Preempted,
    /// The task wants the world stopped for a collection:
    /// stopTheWorld("GC"), [`Executor::collect`], startTheWorld, and then
    /// the same task continues on this M (its `execute` is called again).
    Gc,
    /// runtime.GOMAXPROCS(n), n > 0 (0 only reads it: the task just
    /// continues): stopTheWorld, procresize(n), startTheWorld, then the
    /// same task continues.
    GoMaxProcs(usize),
    /// gopark: the task is saved into its G, which becomes `_Gwaiting` with
    /// the reason, and THEN the callback runs (Go's unlockf in park_m). A G
    /// must become visible to wakers (who call goready) only from the
    /// callback, typically by releasing the lock of the wait queue it was
    /// put on, or by putting it there: then no waker can ready a G some M
    /// still runs. A callback that returns false cancels the park (the G
    /// did not become visible; it runs again next, as in Go). `None`: the
    /// G is already where its waker will find it (or nowhere: `select {}`).
    Park(WaitReason, Option<Box<dyn FnOnce() -> bool + Send>>),
    /// entersyscall, `f()`, exitsyscall: `f` makes a call that blocks the
    /// OS thread (a read from stdin, a host function that waits). The
    /// task is saved in its G (`_Gsyscall`, visible to the collector)
    /// while `f` runs on this M without a P, which sysmon may hand to
    /// another M meanwhile and a stop-the-world takes as stopped. Then the
    /// same task continues (its `execute` is called again), on this M if
    /// a P is free, else later, from the global queue. `f` cannot reach
    /// the task: it passes its result through what it captures. See
    /// syscall.rs for why this is a stop and not a call on [`Ctx`].
    Syscall(Box<dyn FnOnce()>),
    /// The whole program ends now (main returned, os.Exit, a fatal panic):
    /// every other goroutine stops at its next safepoint and
    /// [`Sched::run_main`] returns [`Outcome::Exit`].
    Exit(i32),
}

/// How a program ended.
pub enum Outcome<T> {
    /// A goroutine returned [`Stop::Exit`].
    Exit(i32),
    /// "fatal error: all goroutines are asleep - deadlock!": every
    /// goroutine not dead, with its task for the dump, goroutine 1 first
    /// (goid order).
    Deadlock(Vec<DeadG<T>>),
    /// "no goroutines (main called runtime.Goexit) - deadlock!": the last
    /// goroutine returned and none is left (main ended with Goexit).
    NoGoroutines,
    /// Another fatal error of the runtime's: the text Go prints on stderr
    /// before the goroutine dump, e.g. `runtime: program exceeds
    /// 10000-thread limit\nfatal error: thread exhaustion`. Go exits 2.
    Fatal(String),
}

/// A goroutine left when the program deadlocked.
pub struct DeadG<T> {
    pub goid: u64,
    pub status: GStatus,
    pub reason: WaitReason,
    pub task: T,
}

/// What a running task can do: its view of the scheduler, the M and P
/// running it.
pub struct Ctx<'a, E: Executor> {
    sched: &'a Arc<Sched<E>>,
    p: &'a mut P<E>,
    gp: GId,
    g: &'a G<E::Task>,
}

impl<'a, E: Executor> Ctx<'a, E> {
    pub(crate) fn new(
        sched: &'a Arc<Sched<E>>,
        p: &'a mut P<E>,
        gp: GId,
        g: &'a G<E::Task>,
    ) -> Ctx<'a, E> {
        Ctx { sched, p, gp, g }
    }

    /// newproc: start a goroutine. `make` builds its task; it receives the
    /// task of a dead G being reused (gfget), if any, so the executor can
    /// keep its stack. The new G goes to runnext on this P, to run when
    /// the current one stops, and an idle P gets an M if none is spinning
    /// (wakep). Returns the goid.
    pub fn newproc(&mut self, make: impl FnOnce(Option<E::Task>) -> E::Task) -> u64 {
        self.newproc1(make).1
    }

    /// newproc, also returning the new G's handle.
    pub fn newproc1(&mut self, make: impl FnOnce(Option<E::Task>) -> E::Task) -> (GId, u64) {
        let (gp, goid) = self.sched.newproc1(self.p, make);
        self.p.runq.runqput(gp, true, &**self.sched);
        self.sched.wakep();
        (gp, goid)
    }

    /// The current goroutine's goid.
    pub fn goid(&self) -> u64 {
        self.g.goid.load(Ordering::Relaxed)
    }

    /// The current G's handle, for wait queues: what [`Ctx::goready`] and
    /// [`Sched::goready`] take.
    pub fn gid(&self) -> GId {
        self.gp
    }

    /// The current G's preemption flag. The executor checks it at back
    /// edges and calls and returns [`Stop::Preempted`] when set; it is
    /// cleared each time the G is scheduled. The executor may set it too.
    /// It borrows the G, not the Ctx, so it can be held while the Ctx is
    /// used mutably.
    pub fn preempt(&self) -> &'a AtomicBool {
        &self.g.preempt
    }

    /// The executor's state in the current P.
    pub fn plocal(&mut self) -> &mut E::PLocal {
        &mut self.p.plocal
    }

    /// The current P's id, `0..gomaxprocs`.
    pub fn p_id(&self) -> usize {
        self.p.id
    }

    /// runtime.NumGoroutine.
    pub fn num_goroutine(&self) -> usize {
        self.sched.num_goroutine()
    }

    /// runtime.GOMAXPROCS(0).
    pub fn gomaxprocs(&self) -> usize {
        self.sched.gomaxprocs()
    }

    /// goready: make a parked G runnable. It goes to runnext on this P,
    /// to run as soon as the current G stops (in the rest of its time
    /// slice), and an idle P gets an M if none is spinning.
    pub fn goready(&mut self, gp: GId) {
        self.sched.ready(self.p, gp);
    }

    /// The scheduler; clone the `Arc` to ready goroutines from other
    /// threads.
    pub fn sched(&self) -> &Arc<Sched<E>> {
        self.sched
    }

    /// addtimer: a timer on this P's heap, armed for `when` and, with a
    /// period, every `period` after (a Ticker). When it fires, the
    /// executor's [`Executor::fire`] gets `f`.
    pub fn addtimer(
        &mut self,
        when: Instant,
        period: Option<Duration>,
        f: E::Timer,
    ) -> TimerRef<E> {
        let t = self.newtimer(f);
        t.reset(when, period);
        t
    }

    /// A timer on this P's heap, not armed yet ([`TimerRef::reset`] arms
    /// it; Go's time.Sleep resets the G's timer in gopark's unlockf, once
    /// the G is parked and may be readied).
    pub fn newtimer(&mut self, f: E::Timer) -> TimerRef<E> {
        self.sched.newtimer_on(self.p.id, f)
    }
}

/// The stopped world, as [`Executor::collect`] sees it.
pub struct World<'a, E: Executor> {
    sched: &'a Sched<E>,
    cur: GId,
    cur_task: &'a mut E::Task,
    ps: Vec<&'a mut P<E>>,
}

impl<'a, E: Executor> World<'a, E> {
    pub(crate) fn new(
        sched: &'a Sched<E>,
        cur: GId,
        cur_task: &'a mut E::Task,
        ps: Vec<&'a mut P<E>>,
    ) -> World<'a, E> {
        World {
            sched,
            cur,
            cur_task,
            ps,
        }
    }

    /// Every live goroutine's task, once each, in G slot order; the
    /// requester's among them.
    pub fn for_each_task(&mut self, mut f: impl FnMut(&mut E::Task)) {
        self.for_each_g(|_, _, task| f(task));
    }

    /// Every live goroutine's task with its handle and goid.
    pub fn for_each_g(&mut self, mut f: impl FnMut(GId, u64, &mut E::Task)) {
        for (gp, g) in self.sched.allgs.iter() {
            if matches!(g.readgstatus(), GStatus::Idle | GStatus::Dead) {
                continue;
            }
            let goid = g.goid.load(Ordering::Relaxed);
            if gp == self.cur {
                f(gp, goid, self.cur_task);
                continue;
            }
            if let Some(task) = g.task().as_mut() {
                f(gp, goid, task);
            }
        }
    }

    /// Every P's PLocal, in P id order: the GOMAXPROCS live ones and those
    /// removed by an earlier shrink (see [`Executor::pdestroy`]).
    pub fn for_each_plocal(&mut self, mut f: impl FnMut(&mut E::PLocal)) {
        for p in &mut self.ps {
            f(&mut p.plocal);
        }
    }

    /// Every armed timer's payload (GC roots), P by P; stopped timers and
    /// one-shot timers that fired are not armed.
    pub fn for_each_timer(&mut self, mut f: impl FnMut(&E::Timer)) {
        for p in &self.ps {
            self.sched.for_each_timer_on(&p.shared, &mut f);
        }
    }

    /// runtime.NumGoroutine.
    pub fn num_goroutine(&self) -> usize {
        self.sched.num_goroutine()
    }

    pub fn gomaxprocs(&self) -> usize {
        self.sched.gomaxprocs()
    }
}
