//! How a program ends: exit, checkdead, and the teardown run_main does.
//!
//! Go ends a program by exiting the process, so its Ms never return. An
//! embedded scheduler must instead stop every thread it started and give
//! the embedder back its thread, so exit here is a state: `sched.exiting`,
//! set once under sched.lock, after which every M leaves its loop at the
//! next point it looks (the top of findRunnable, each steal attempt, the
//! end of every G it runs: running Gs are preempted, idle Ms are woken).
//! run_main, on M0, then joins every thread and builds the [`Outcome`].
//!
//! checkdead is Go's: when the last running M is about to park (mput), no G
//! can ever run again unless something outside the Ms readies one; if some
//! Gs are still alive they are all blocked for good, a deadlock. Go
//! returns early while any P has timers, and so does minigo (making sure
//! an M waits for them); the `pending` count (`Sched::pending_add`) holds
//! it off for wakeups from outside the scheduler.

use std::sync::atomic::Ordering;

use crate::executor::{DeadG, Executor, Outcome};
use crate::m::MCtx;
use crate::proc::{ExitReason, Sched, SchedState};
use crate::status::GStatus;

impl<E: Executor> Sched<E> {
    /// Start ending the program (the first reason wins): every M leaves
    /// its loop. `self_m` is the caller's M, which needs no preempting.
    pub(crate) fn exit_locked(&self, st: &mut SchedState<E>, self_m: i64, why: ExitReason) {
        if st.exit.is_some() {
            return;
        }
        st.exit = Some(why);
        self.exiting.store(true, Ordering::SeqCst);
        self.preemptall(st, self_m);
        for m in st.midle.drain(..) {
            m.park.notewakeup();
        }
        st.nmidle = 0;
        // An M waiting for the world to stop waits no more, nor one
        // waiting for a timer.
        self.stopnote.notewakeup();
        self.pollnote.notewakeup();
        self.sysmonnote.notewakeup();
        self.exitnote.notewakeup();
    }

    /// Ends the run from outside the Ms (an embedder cancelling it): as
    /// if a goroutine had exited with `code`. Running goroutines stop at
    /// their next safepoint, parked ones are left as they are; run_main
    /// returns `Outcome::Exit(code)` once every M has left (an M in a
    /// blocking call leaves when the call returns).
    pub fn shutdown(&self, code: i32) {
        let mut st = self.lock();
        self.exit_locked(&mut st, -1, ExitReason::Exit(code));
    }

    /// checkdead, with sched.lock held: is there a running M, or could a G
    /// still become runnable? If not, end the program as Go's fatal
    /// "all goroutines are asleep - deadlock!" (or, with no goroutine left
    /// at all, "no goroutines (main called runtime.Goexit) - deadlock!").
    pub(crate) fn checkdead(&self, st: &mut SchedState<E>) {
        if self.exiting.load(Ordering::SeqCst) {
            return;
        }
        // Timers and other wakeups from outside the Ms.
        if self.pending.load(Ordering::SeqCst) > 0 {
            return;
        }
        let mcount = (st.mnext - st.nmfreed) as i32;
        let run = mcount - st.nmidle - st.nmidlelocked - st.nmsys;
        if run > 0 {
            return;
        }
        let mut grunning = 0;
        for (_, g) in self.allgs.iter() {
            match g.readgstatus() {
                GStatus::Waiting | GStatus::Preempted => grunning += 1,
                // Go throws "checkdead: runnable g". Here a G readied from
                // outside the Ms (Sched::goready) is runnable a moment
                // before it is queued and an M woken for it: not dead.
                GStatus::Runnable | GStatus::Running | GStatus::Syscall => return,
                GStatus::Idle | GStatus::Dead => {}
            }
        }
        if grunning == 0 {
            // Possible if main goroutine calls runtime·Goexit().
            self.exit_locked(st, -1, ExitReason::NoGoroutines);
            return;
        }
        // There are no goroutines running, so we can look at the P's
        // timers: an armed one will ready something. Go leaves it to
        // sysmon to start an M for it; here, the M waiting for timers
        // being the one that runs (there is none now: it would count as
        // running), start one on an idle P, which will wait for it.
        if self.timers_armed() {
            if let Some(p) = self.pidleget(st) {
                match self.mget(st) {
                    Some(m) => {
                        *m.nextp() = Some(p);
                        m.park.notewakeup();
                    }
                    None => {
                        if let Err(p) = self.newm(st, p, false) {
                            self.pidleput(st, p);
                        }
                    }
                }
            }
            return;
        }
        self.exit_locked(st, -1, ExitReason::Deadlock);
    }

    /// mexit: the M's loop is over. Its P (and any P handed to it too
    /// late) goes back on the idle list, where it is dropped with the
    /// scheduler.
    pub(crate) fn mexit(&self, mc: &mut MCtx<E>) {
        let p = self.releasep(mc);
        let nextp = mc.m.nextp().take();
        let mut st = self.lock();
        st.pidle.extend(p);
        st.pidle.extend(nextp);
        st.nmfreed += 1;
        mc.m.curg.store(0, Ordering::SeqCst);
    }

    /// Join every M's thread. No thread is started once `exiting` is set
    /// (newm checks it under sched.lock, where exit sets it), so when the
    /// list is empty it stays empty. An M in a blocking call is not waited
    /// for (Go's exit does not wait for threads either): its thread is let
    /// go, and ends by itself if the call ever returns. Whether an M is in
    /// one is decided safely: it announces the call (`insyscall`) before
    /// it looks at `exiting`, which exit set before this looks at
    /// `insyscall` (both SeqCst), so either this sees the announcement or
    /// that M sees the exit and makes no call.
    pub(crate) fn join_ms(&self) {
        loop {
            let threads = std::mem::take(&mut self.lock().threads);
            if threads.is_empty() {
                return;
            }
            for (m, t) in threads {
                if m.insyscall.load(Ordering::SeqCst) {
                    continue;
                }
                // The Ms catch their own panics, so this is Ok.
                let _ = t.join();
            }
        }
    }

    /// What run_main returns, once every M is gone. Tasks not returned
    /// are dropped here, on the embedder's thread.
    pub(crate) fn outcome(&self) -> Outcome<E::Task> {
        let (why, panic) = {
            let mut st = self.lock();
            (st.exit.take(), st.panic.take())
        };
        if let Some(payload) = panic {
            self.drop_tasks();
            std::panic::resume_unwind(payload);
        }
        let outcome = match why {
            Some(ExitReason::Exit(code)) => Outcome::Exit(code),
            Some(ExitReason::NoGoroutines) => Outcome::NoGoroutines,
            Some(ExitReason::Fatal(msg)) => Outcome::Fatal(msg),
            Some(ExitReason::Deadlock | ExitReason::Panic) | None => {
                Outcome::Deadlock(self.dead_gs())
            }
        };
        self.drop_tasks();
        outcome
    }

    /// Every G not dead, with its task, in goid order: goroutine 1 first,
    /// as Go's dump prints them.
    fn dead_gs(&self) -> Vec<DeadG<E::Task>> {
        let mut gs: Vec<DeadG<E::Task>> = self
            .allgs
            .iter()
            .filter_map(|(_, g)| {
                let status = g.readgstatus();
                if matches!(status, GStatus::Idle | GStatus::Dead) {
                    return None;
                }
                let task = g.task().take()?;
                Some(DeadG {
                    goid: g.goid.load(Ordering::Relaxed),
                    status,
                    reason: g.waitreason(),
                    task,
                })
            })
            .collect();
        gs.sort_by_key(|d| d.goid);
        gs
    }

    /// The tasks that are left, and the timers: the run is over.
    fn drop_tasks(&self) {
        self.clear_timers();
        for (_, g) in self.allgs.iter() {
            drop(g.task().take());
        }
    }
}
