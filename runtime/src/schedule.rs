//! One round of scheduling, after proc.go's schedule, findRunnable,
//! stealWork, execute and what runs when a G stops (goexit0, goschedImpl,
//! gopreempt_m, park_m).
//!
//! Go's M never returns from execute: gogo jumps into the G, and the G's
//! mcall(park_m) comes back on the M's g0 stack and calls schedule again.
//! Here the executor's `execute` returns, with a [`Stop`] saying why, and
//! [`Sched::mloop`] is the loop that Go's tail calls make: schedule, then
//! execute, then again.
//!
//! Where a runnable G comes from, in findRunnable's order:
//!
//! 0. the P's timers that are due run first (checkTimers); they may ready
//!    Gs onto this P;
//! 1. every 61st schedtick, the global queue first, so that two Gs
//!    respawning each other on a local queue cannot starve it;
//! 2. the P's local queue (runnext first);
//! 3. the global queue, a fair share of it moved to the local one;
//! 4. other Ps' queues: an M becomes spinning (at most half as many as busy
//!    Ps) and tries to steal half a queue from each P in a random order,
//!    four rounds, the last one also running their due timers and taking
//!    runnext;
//! 5. nothing: give the P back and park the M, or, if timers are armed
//!    and no other M is waiting for the next one, wait for it (Go's M
//!    blocked in netpoll; see time.rs) and look again. A spinning M first stops
//!    spinning and then looks at every queue once more (the "delicate
//!    dance": decrement nmspinning, then check, where whoever submits work
//!    publishes it, then checks nmspinning), so that work submitted while
//!    it was giving up is never left with no M to run it.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use crate::allgs::G;
use crate::executor::{Ctx, Executor, Stop};
use crate::g::GId;
use crate::m::MCtx;
use crate::proc::{ExitReason, Sched};
use crate::runq::RUNQ_SIZE;
use crate::status::{GStatus, PStatus, WaitReason};
use crate::stw::StwKind;

/// What stealWork found.
enum Steal {
    Got(GId, bool),
    /// The world is stopping (or the program ending), or a timer readied
    /// something: go back to the top.
    NewWork,
    Nothing,
}

impl<E: Executor> Sched<E> {
    /// The M's life: schedule and execute until the program ends.
    pub(crate) fn mloop(self: &Arc<Self>, mc: &mut MCtx<E>) {
        while let Some((gp, inherit_time)) = self.schedule(mc) {
            self.execute(mc, gp, inherit_time);
        }
    }

    fn exiting(&self) -> bool {
        self.exiting.load(Ordering::SeqCst)
    }

    /// schedule: find a runnable G; None when the program is ending.
    fn schedule(self: &Arc<Self>, mc: &mut MCtx<E>) -> Option<(GId, bool)> {
        let found = self.find_runnable(mc)?;
        // This M is going to run a G and is not spinning any more; if it
        // was the last spinning M, another may be needed.
        if mc.m.spinning() {
            self.resetspinning(mc);
        }
        Some(found)
    }

    /// findRunnable: blocks until there is a G to run (returned with
    /// whether it inherits the time slice), or the program ends (None).
    fn find_runnable(self: &Arc<Self>, mc: &mut MCtx<E>) -> Option<(GId, bool)> {
        'top: loop {
            if self.exiting() {
                return None;
            }
            if mc.p.is_none() {
                // Woken without a P: only exit does that, and it was
                // checked above; park again rather than run without one.
                self.stopm(mc);
                continue 'top;
            }
            if self.gcwaiting.load(Ordering::SeqCst) {
                self.gcstopm(mc);
                continue 'top;
            }
            let Some(p) = mc.p.as_deref_mut() else {
                continue 'top;
            };

            // now and pollUntil are saved for work stealing later, which
            // may steal timers. It's important that between now and then,
            // nothing blocks, so these numbers remain mostly relevant.
            let (now, mut poll_until, _) = self.check_timers(p, None, 0);

            // Check the global runnable queue once in a while to ensure
            // fairness.
            if p.schedtick() % 61 == 0 && self.runqsize.load(Ordering::SeqCst) > 0 {
                if let Some(gp) = self.lock().runq.globrunqget() {
                    return Some((gp, false));
                }
            }

            // local runq
            if let Some(found) = p.runq.runqget() {
                return Some(found);
            }

            // global runq
            if self.runqsize.load(Ordering::SeqCst) > 0 {
                let got = self
                    .lock()
                    .runq
                    .globrunqgetbatch(RUNQ_SIZE / 2, self.gomaxprocs() as u32);
                if let Some((gp, mut batch)) = got {
                    p.runq.runqputbatch(&mut batch);
                    // The batch fits an empty local queue; were it not to,
                    // nothing may be lost.
                    if !batch.is_empty() {
                        let mut st = self.lock();
                        while let Some(gp) = batch.pop() {
                            st.runq.globrunqput(gp);
                        }
                    }
                    return Some((gp, false));
                }
            }

            // Spinning Ms: steal work from other Ps. Limit the number of
            // spinning Ms to half the number of busy Ps, so that a
            // program with little parallelism does not burn GOMAXPROCS
            // CPUs looking for work.
            let busy = self.gomaxprocs() as i32 - self.npidle.load(Ordering::SeqCst);
            if mc.m.spinning() || 2 * self.nmspinning.load(Ordering::SeqCst) < busy {
                if !mc.m.spinning() {
                    self.become_spinning(mc);
                }
                let (found, _, w) = self.steal_work(mc, now);
                match found {
                    Steal::Got(gp, inherit) => return Some((gp, inherit)),
                    // There may be new timer or GC work; restart to
                    // discover.
                    Steal::NewWork => continue 'top,
                    Steal::Nothing => {}
                }
                if w != 0 && (poll_until == 0 || w < poll_until) {
                    poll_until = w;
                }
            }

            // We have nothing to do: return P and block.
            let mut st = self.lock();
            if self.gcwaiting.load(Ordering::SeqCst) || self.exiting() {
                drop(st);
                continue 'top;
            }
            if !st.runq.is_empty() {
                let got = st
                    .runq
                    .globrunqgetbatch(RUNQ_SIZE / 2, self.gomaxprocs() as u32);
                drop(st);
                if let Some((gp, mut batch)) = got {
                    if let Some(p) = mc.p.as_deref_mut() {
                        p.runq.runqputbatch(&mut batch);
                    }
                    return Some((gp, false));
                }
                continue 'top;
            }
            if !mc.m.spinning() && self.needspinning.load(Ordering::SeqCst) == 1 {
                // See the delicate dance below: a spinning M found work
                // but no P for it; instead of dropping ours, look again.
                self.become_spinning(mc);
                drop(st);
                continue 'top;
            }
            if let Some(p) = self.releasep(mc) {
                self.pidleput(&mut st, p);
            }
            drop(st);

            // Delicate dance: the M goes from spinning to non-spinning,
            // perhaps while new work is submitted. Drop nmspinning first,
            // then check every source again (SeqCst: a #StoreLoad
            // barrier between the two). The other way round, work
            // submitted after the check but before the decrement would
            // see a spinning M and wake nobody.
            let was_spinning = mc.m.spinning();
            if was_spinning {
                mc.m.spinning.store(false, Ordering::Relaxed);
                self.nmspinning.fetch_sub(1, Ordering::SeqCst);

                // Check the global queue again.
                let mut st = self.lock();
                if !st.runq.is_empty() {
                    if let Some(mut pp) = self.pidleget_spinning(&mut st) {
                        let got = st
                            .runq
                            .globrunqgetbatch(RUNQ_SIZE / 2, self.gomaxprocs() as u32);
                        match got {
                            Some((gp, mut batch)) => {
                                drop(st);
                                pp.runq.runqputbatch(&mut batch);
                                self.acquirep(mc, pp);
                                self.become_spinning(mc);
                                return Some((gp, false));
                            }
                            None => self.pidleput(&mut st, pp),
                        }
                    }
                }
                drop(st);

                // And the Ps' queues.
                if let Some(pp) = self.check_runqs_no_p() {
                    self.acquirep(mc, pp);
                    self.become_spinning(mc);
                    continue 'top;
                }

                // Finally, check for timer creation or expiry concurrently
                // with transitioning from spinning to non-spinning.
                poll_until = self.check_timers_no_p(poll_until);
            }

            // Wait for the next timer: Go's netpoll(delay), here a sleep
            // on sched.pollnote (see time.rs). One M at a time does it
            // (lastpoll 0); the others park.
            if poll_until != 0 && self.lastpoll.swap(0, Ordering::SeqCst) != 0 {
                self.poll_until.store(poll_until, Ordering::SeqCst);
                let delay = poll_until.saturating_sub(self.nanotime());
                if delay > 0 && !self.exiting() {
                    mc.m.blocked.store(true, Ordering::Relaxed);
                    self.pollnote.notetsleep(Duration::from_nanos(delay as u64));
                    mc.m.blocked.store(false, Ordering::Relaxed);
                }
                self.pollnote.noteclear();
                self.poll_until.store(0, Ordering::SeqCst);
                self.lastpoll.store(self.nanotime(), Ordering::SeqCst);
                let pp = {
                    let mut st = self.lock();
                    self.pidleget(&mut st)
                };
                if let Some(pp) = pp {
                    self.acquirep(mc, pp);
                    if was_spinning {
                        self.become_spinning(mc);
                    }
                    continue 'top;
                }
            } else if poll_until != 0 {
                // Another M waits for the timers: make sure it wakes up
                // for ours.
                let poller_until = self.poll_until.load(Ordering::SeqCst);
                if poller_until == 0 || poller_until > poll_until {
                    self.pollnote.notewakeup();
                }
            }

            self.stopm(mc);
        }
    }

    /// stealWork: four rounds over the other Ps in a random order, taking
    /// half of the first non-empty queue found; on the last round, run
    /// the other Ps' due timers first, and take runnext as the last
    /// resort. Also returns the time it used and the next timer it saw.
    fn steal_work(self: &Arc<Self>, mc: &mut MCtx<E>, mut now: i64) -> (Steal, i64, i64) {
        const STEAL_TRIES: usize = 4;
        let nprocs = self.gomaxprocs() as u32;
        let mut poll_until = 0;
        let mut ran_timer = false;
        mc.order.reset(nprocs);
        for i in 0..STEAL_TRIES {
            let steal_timers_or_runnext = i == STEAL_TRIES - 1;
            let mut e = mc.order.start(mc.rng.next_u32());
            while !e.done() {
                if self.gcwaiting.load(Ordering::SeqCst) || self.exiting() {
                    return (Steal::NewWork, now, poll_until);
                }
                let pos = e.position() as usize;
                e.next();
                let Some(p) = mc.p.as_deref_mut() else {
                    return (Steal::NewWork, now, poll_until);
                };
                if pos == p.id {
                    continue;
                }
                let Some(p2) = self.pshared(pos) else {
                    continue;
                };

                // Steal timers from p2, once, on the last pass before
                // checking runnext, which is the last resort.
                if steal_timers_or_runnext && p2.timers.len.load(Ordering::SeqCst) > 0 {
                    let (tnow, w, ran) = self.check_timers(p, Some(p2), now);
                    now = tnow;
                    if w != 0 && (poll_until == 0 || w < poll_until) {
                        poll_until = w;
                    }
                    if ran {
                        // Running the timers may have made Gs ready on
                        // this P's queue.
                        if let Some((gp, inherit)) = p.runq.runqget() {
                            return (Steal::Got(gp, inherit), now, poll_until);
                        }
                        ran_timer = true;
                    }
                }

                // Don't bother to attempt to steal if p2 is idle.
                if p2.idle.load(Ordering::SeqCst) {
                    continue;
                }
                if steal_timers_or_runnext
                    && p2.stealer.runqsize() == 0
                    && !p2.stealer.runqempty()
                    && p2.status() == PStatus::Running
                {
                    // Only runnext is left, and its P is running: the G
                    // that readied it is probably about to block, and its P
                    // to run it itself. Back off a little before stealing
                    // it, as runqgrab does, so the pair is not split.
                    std::thread::sleep(Duration::from_micros(3));
                }
                if let Some(gp) = p.runq.runqsteal(&p2.stealer, steal_timers_or_runnext) {
                    return (Steal::Got(gp, false), now, poll_until);
                }
            }
        }
        // No goroutines found to steal. Regardless, running a timer may
        // have made some goroutine ready that we missed.
        let found = if ran_timer {
            Steal::NewWork
        } else {
            Steal::Nothing
        };
        (found, now, poll_until)
    }

    /// checkRunqsNoP: after dropping its P, a formerly spinning M looks at
    /// every P's queue once more; if one has work, it takes an idle P to
    /// go and steal it.
    fn check_runqs_no_p(&self) -> Option<Box<crate::p::P<E>>> {
        let nprocs = self.gomaxprocs();
        for id in 0..nprocs {
            let Some(p2) = self.pshared(id) else {
                continue;
            };
            if !p2.idle.load(Ordering::SeqCst) && !p2.stealer.runqempty() {
                // Can't get a P: don't bother checking the remaining Ps.
                return self.pidleget_spinning(&mut self.lock());
            }
        }
        None
    }

    /// execute: run gp on this M until it stops, then do what the stop
    /// asks. With `inherit_time` (gp came from runnext) it runs in the
    /// rest of the current time slice: schedtick is not incremented.
    fn execute(self: &Arc<Self>, mc: &mut MCtx<E>, gp: GId, inherit_time: bool) {
        let Some(g) = self.allgs.get(gp) else {
            return;
        };
        // Assign gp.m before entering _Grunning so running Gs have an M.
        mc.m.curg.store(u64::from(gp.0) + 1, Ordering::SeqCst);
        g.m.store(mc.m.id, Ordering::Relaxed);
        if !g.casgstatus(GStatus::Runnable, GStatus::Running) {
            // A G on a run queue is runnable; anything else is a bug in
            // whoever queued it. Drop it from the queue rather than run
            // it twice.
            debug_assert!(false, "execute: G {} is {:?}", gp.0, g.readgstatus());
            self.dropg(mc, g);
            return;
        }
        // Clear the preemption request, then look again: a stop-the-world
        // or exit that started after this M last looked, and whose
        // preemptall saw the previous G (or none) on this M, must still
        // reach this one. curg was stored before (SeqCst), so either
        // preemptall sees gp or this load sees the flag.
        g.preempt.store(false, Ordering::SeqCst);
        if self.gcwaiting.load(Ordering::SeqCst) || self.exiting() {
            g.preempt.store(true, Ordering::SeqCst);
        }
        if !inherit_time {
            if let Some(p) = mc.p.as_deref() {
                p.inc_schedtick();
            }
        }
        let Some(mut task) = g.task().take() else {
            // Runnable with no task: nothing to run.
            debug_assert!(false, "execute: G {} has no task", gp.0);
            self.dropg(mc, g);
            return;
        };

        // A stop-the-world this G asked for while another was under way:
        // it was parked for worldsema, which was handed to it; run the
        // stop before the task continues.
        let mut pending = StwKind::decode(g.stw.swap(0, Ordering::Relaxed));
        loop {
            let (stop, have_sema) = match pending.take() {
                Some(kind) => (kind.stop(), true),
                None => {
                    let Some(p) = mc.p.as_deref_mut() else {
                        // Cannot happen: an M executes only with a P.
                        *g.task() = Some(task);
                        self.dropg(mc, g);
                        g.setgstatus(GStatus::Runnable);
                        self.lock().runq.globrunqput(gp);
                        return;
                    };
                    let mut ctx = Ctx::new(self, p, gp, g);
                    (self.executor.execute(&mut task, &mut ctx), false)
                }
            };
            match stop {
                Stop::Done => return self.goexit0(mc, gp, g, task),
                Stop::Yield => return self.gosched_impl(mc, gp, g, task, false),
                Stop::Preempted => return self.gosched_impl(mc, gp, g, task, true),
                Stop::Park(reason, unlockf) => {
                    return self
                        .park_m(mc, gp, g, task, reason, move || unlockf.is_none_or(|f| f()))
                }
                Stop::Syscall(f) => {
                    // The task waits in its G, where the collector sees
                    // it, while f blocks this thread without a P.
                    *g.task() = Some(task);
                    let oldp = self.entersyscall(mc, g);
                    // Announced before looking at `exiting` (see join_ms):
                    // once the program is ending, no call is made.
                    mc.m.insyscall.store(true, Ordering::SeqCst);
                    let r = if self.exiting() {
                        Ok(())
                    } else {
                        std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
                    };
                    mc.m.insyscall.store(false, Ordering::SeqCst);
                    let running = self.exitsyscall(mc, gp, g, oldp.as_ref());
                    if let Err(payload) = r {
                        std::panic::resume_unwind(payload);
                    }
                    if !running {
                        // Queued; this M parked and has been woken for
                        // something else.
                        return;
                    }
                    let Some(t) = g.task().take() else {
                        // Only a run that ended during the call (run_main
                        // dropped its tasks) leaves the G without one.
                        debug_assert!(self.exiting(), "exitsyscall: G {} has no task", gp.0);
                        self.dropg(mc, g);
                        return;
                    };
                    task = t;
                    if self.exiting() {
                        *g.task() = Some(task);
                        self.dropg(mc, g);
                        g.setgstatus(GStatus::Runnable);
                        return;
                    }
                    if self.gcwaiting.load(Ordering::SeqCst) {
                        g.preempt.store(true, Ordering::SeqCst);
                    }
                }
                Stop::Exit(code) => {
                    *g.task() = Some(task);
                    self.dropg(mc, g);
                    g.setgstatus(GStatus::Runnable);
                    let mut st = self.lock();
                    self.exit_locked(&mut st, mc.m.id, ExitReason::Exit(code));
                    return;
                }
                Stop::Gc | Stop::GoMaxProcs(_) => {
                    let Some(kind) = StwKind::from_stop(&stop) else {
                        continue; // GOMAXPROCS(0): nothing to do
                    };
                    if !have_sema {
                        let mut ws = self.worldsema();
                        if ws.held {
                            // semacquire(&worldsema): another stop is
                            // under way or queued. Park until it hands
                            // worldsema over, remembering what to do then.
                            // The waiter is queued under the semaphore's
                            // lock, which park_m drops only once the G is
                            // saved and _Gwaiting.
                            g.stw.store(kind.encode(), Ordering::Relaxed);
                            ws.waiters.push_back(gp);
                            return self.park_m(
                                mc,
                                gp,
                                g,
                                task,
                                WaitReason::Semacquire,
                                move || {
                                    drop(ws);
                                    true
                                },
                            );
                        }
                        ws.held = true;
                    }
                    if !self.stw_and_run(mc, &mut task, gp, kind) {
                        // The program is ending.
                        *g.task() = Some(task);
                        self.dropg(mc, g);
                        g.setgstatus(GStatus::Runnable);
                        return;
                    }
                    // The same task continues on this M.
                }
            }
        }
    }

    /// dropg: the M no longer runs a G.
    pub(crate) fn dropg(&self, mc: &mut MCtx<E>, g: &G<E::Task>) {
        mc.m.curg.store(0, Ordering::SeqCst);
        g.m.store(-1, Ordering::Relaxed);
    }

    /// goexit0 (gdestroy): the G returned. It becomes `_Gdead` and goes on
    /// the P's free list with its task, which the next newproc on this P
    /// hands back to the executor to reuse.
    fn goexit0(&self, mc: &mut MCtx<E>, gp: GId, g: &G<E::Task>, task: E::Task) {
        *g.task() = Some(task);
        self.dropg(mc, g);
        g.waitreason
            .store(WaitReason::Zero as u8, Ordering::Relaxed);
        g.setgstatus(GStatus::Dead);
        self.ngoroutine.fetch_sub(1, Ordering::Relaxed);
        if let Some(p) = mc.p.as_deref_mut() {
            self.gfput(p, gp);
        } else {
            let mut global = self
                .gfree
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            global.push(gp);
            self.ngfree.store(global.len(), Ordering::Relaxed);
        }
    }

    /// goschedImpl: runtime.Gosched (or a preemption, gopreempt_m): the G
    /// goes to the global queue, behind everything already waiting there,
    /// so the M picks something else. Preempted for a stop-the-world, it
    /// stays on this P, in runnext, to run first once the world restarts;
    /// preempted because the program is ending, it is just left runnable.
    fn gosched_impl(
        &self,
        mc: &mut MCtx<E>,
        gp: GId,
        g: &G<E::Task>,
        task: E::Task,
        preempted: bool,
    ) {
        // The task is saved before the G is on any queue: whoever takes it
        // from there finds it.
        *g.task() = Some(task);
        self.dropg(mc, g);
        g.setgstatus(GStatus::Runnable);
        if self.exiting() {
            return;
        }
        let p = mc.p.as_deref_mut();
        match p {
            Some(p) if preempted && self.gcwaiting.load(Ordering::SeqCst) => {
                p.runq.runqput(gp, true, self);
            }
            _ => self.lock().runq.globrunqput(gp),
        }
        self.wakep();
    }

    /// park_m: the G parks. Its task is saved and it is `_Gwaiting` before
    /// `unlockf` runs, so that whoever can find it once unlockf has run
    /// (by releasing the lock of the wait queue the G is on) and readies it
    /// finds a G no M runs, with its task in place.
    fn park_m(
        &self,
        mc: &mut MCtx<E>,
        gp: GId,
        g: &G<E::Task>,
        task: E::Task,
        reason: WaitReason,
        unlockf: impl FnOnce() -> bool,
    ) {
        *g.task() = Some(task);
        g.waitreason.store(reason as u8, Ordering::Relaxed);
        self.dropg(mc, g);
        g.setgstatus(GStatus::Waiting);
        // An unlockf that returns false cancels the park (Go's park_m):
        // it did not make the G visible to any waker, so the G is this
        // M's to run again, next.
        if !unlockf() && g.casgstatus(GStatus::Waiting, GStatus::Runnable) {
            g.waitreason
                .store(WaitReason::Zero as u8, Ordering::Relaxed);
            match mc.p.as_deref_mut() {
                Some(p) => p.runq.runqput(gp, true, self),
                None => self.lock().runq.globrunqput(gp),
            }
        }
    }
}
