//! Blocking calls, after proc.go's entersyscall, exitsyscall,
//! exitsyscallfast, exitsyscall0 and handoffp (in their Go 1.21 form,
//! where a P in a syscall is `_Psyscall`).
//!
//! A goroutine about to make a call that blocks its OS thread (a read
//! from stdin, a host function that waits) returns `Stop::Syscall(f)`.
//! Its M then:
//!
//! 1. entersyscall: saves the task in its G, now `_Gsyscall`, and parks
//!    its P, now `_Psyscall`, in the P's `sysp` slot, where another
//!    thread may take it: sysmon's retake hands it off to another M
//!    (handoffp) if the call lasts a sysmon tick and other work waits, and
//!    a stop-the-world takes it as stopped (Go's stopTheWorldWithSema);
//! 2. runs `f` on its own thread, holding no P;
//! 3. exitsyscall: takes its old P back if it is still `_Psyscall`
//!    (exitsyscallfast), else an idle P; with either it goes on with the
//!    task. With no P at all (exitsyscall0), the G goes to the global
//!    queue, runnable, and the M parks until it is needed again.
//!
//! Why a `Stop` and not `Ctx::entersyscall`/`exitsyscall` around the call
//! inside `execute`: a running task's `Ctx` borrows its M's P (`&mut P`)
//! for the whole of `execute`, so the P could not be handed to another M
//! while the task's frame is still on the Rust stack; and that frame would
//! hold the task, where the collector of a stop-the-world during the call
//! could not see it, and where exitsyscall0 could not put it back on a
//! queue (the M would have to wait for a P with the task on its stack).
//! Returning first leaves the task in its G, as Go leaves a G in a
//! syscall on its own stack, scannable, and makes the P movable. `f`
//! cannot touch the task: it hands its result over through what it
//! captures (the executor reads it when the task continues).
//!
//! A P changes hands out of `_Psyscall` by a compare-and-swap of its
//! status (to `_Prunning` by its M, `_Pidle` by retake, `_Pgcstop` by a
//! stop-the-world): the winner takes the box from `sysp`. The box is put
//! there before the status becomes `_Psyscall`, so the winner finds it.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use crate::allgs::G;
use crate::executor::Executor;
use crate::g::GId;
use crate::m::MCtx;
use crate::p::{PShared, P};
use crate::proc::Sched;
use crate::status::{GStatus, PStatus};
use crate::sysmon::SysmonTick;

impl<E: Executor> PShared<E> {
    /// Takes the P out of the syscall slot.
    pub(crate) fn take_sysp(&self) -> Option<Box<P<E>>> {
        self.sysp
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take()
    }

    pub(crate) fn inc_syscalltick(&self) {
        self.syscalltick.fetch_add(1, Ordering::Relaxed);
    }
}

impl<E: Executor> Sched<E> {
    /// entersyscall: the G (its task already saved in it) goes
    /// `_Gsyscall`, the M gives up its P, which waits `_Psyscall` in its
    /// slot. Returns the P's shared half, to find it again.
    pub(crate) fn entersyscall(&self, mc: &mut MCtx<E>, g: &G<E::Task>) -> Option<Arc<PShared<E>>> {
        let p = mc.p.take()?;
        mc.m.p.store(-1, Ordering::SeqCst);
        p.shared.m.store(-1, Ordering::SeqCst);
        g.setgstatus(GStatus::Syscall);
        let ps = Arc::clone(&p.shared);
        *ps.sysp
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(p);
        ps.set_status(PStatus::Syscall);
        // sysmon may be asleep with nothing to watch: now it has.
        self.wake_sysmon();
        if self.gcwaiting.load(Ordering::SeqCst) {
            // entersyscall_gcwait: a stop-the-world is waiting for this
            // P; it is stopped now.
            let mut st = self.lock();
            if st.stopwait > 0 && ps.cas_status(PStatus::Syscall, PStatus::GcStop) {
                if let Some(p) = ps.take_sysp() {
                    p.shared.inc_syscalltick();
                    self.gcstop_p(&mut st, p);
                }
            }
        }
        Some(ps)
    }

    /// exitsyscall: back from the call. True: this M holds a P again and
    /// the G is `_Grunning` (its task still in the G, for the caller to
    /// take). False: no P was free; the G is runnable on the global queue
    /// and this M has parked and been woken again (exitsyscall0 + stopm).
    pub(crate) fn exitsyscall(
        &self,
        mc: &mut MCtx<E>,
        gp: GId,
        g: &G<E::Task>,
        oldp: Option<&Arc<PShared<E>>>,
    ) -> bool {
        // exitsyscallfast: try to re-acquire the last P.
        if let Some(ps) = oldp {
            if ps.status() == PStatus::Syscall && ps.cas_status(PStatus::Syscall, PStatus::Running)
            {
                if let Some(p) = ps.take_sysp() {
                    p.shared.inc_syscalltick();
                    self.acquirep(mc, p);
                    g.setgstatus(GStatus::Running);
                    return true;
                }
            }
        }
        // Try to get any other idle P.
        if self.npidle.load(Ordering::SeqCst) > 0 {
            let p = {
                let mut st = self.lock();
                self.pidleget(&mut st)
            };
            if let Some(p) = p {
                self.acquirep(mc, p);
                g.setgstatus(GStatus::Running);
                return true;
            }
        }
        // exitsyscall0: no P. Under sched.lock, so that a handoffp that
        // is giving its P away sees this G on the global queue, or this
        // sees its P on the idle list.
        g.setgstatus(GStatus::Runnable);
        self.dropg(mc, g);
        let p = {
            let mut st = self.lock();
            match self.pidleget(&mut st) {
                Some(p) => Some(p),
                None => {
                    st.runq.globrunqput(gp);
                    None
                }
            }
        };
        if let Some(p) = p {
            self.acquirep(mc, p);
            mc.m.curg.store(u64::from(gp.0) + 1, Ordering::SeqCst);
            g.m.store(mc.m.id, Ordering::Relaxed);
            g.setgstatus(GStatus::Running);
            return true;
        }
        self.stopm(mc);
        false
    }

    /// retake's half for a P in a syscall: take it if it has been there
    /// for more than one sysmon tick (at least 20 µs) and there is other
    /// work, or for 10 ms whatever, and hand it off.
    pub(crate) fn retake_syscall(
        &self,
        ps: &PShared<E>,
        pd: &mut SysmonTick,
        now: i64,
        sysretake: bool,
    ) -> bool {
        let t = ps.syscalltick.load(Ordering::Relaxed);
        if !sysretake && pd.syscalltick != t {
            pd.syscalltick = t;
            pd.syscallwhen = now;
            return false;
        }
        // On the one hand we don't want to retake Ps if there is no other
        // work to do, but on the other hand we want to retake them
        // eventually because they can prevent the sysmon thread from deep
        // sleep.
        if ps.stealer.runqempty()
            && self.runqsize.load(Ordering::SeqCst) == 0
            && self.nmspinning.load(Ordering::SeqCst) + self.npidle.load(Ordering::SeqCst) > 0
            && pd.syscallwhen + crate::sysmon::FORCE_PREEMPT_NS > now
        {
            return false;
        }
        if !ps.cas_status(PStatus::Syscall, PStatus::Idle) {
            return false;
        }
        let Some(p) = ps.take_sysp() else {
            return false;
        };
        p.shared.inc_syscalltick();
        self.handoffp(p);
        true
    }

    /// handoffp: hand off P from a syscall or locked M. It must start an M
    /// in any situation where findRunnable would return a G to run on it.
    pub(crate) fn handoffp(&self, p: Box<P<E>>) {
        // If it has local work, start it straight away.
        if !p.runq.runqempty() || self.runqsize.load(Ordering::SeqCst) > 0 {
            self.startm(Some(p), false);
            return;
        }
        // No local work, check that there are no spinning/idle M's,
        // otherwise our help is not required.
        if self.nmspinning.load(Ordering::SeqCst) + self.npidle.load(Ordering::SeqCst) == 0
            && self
                .nmspinning
                .compare_exchange(0, 1, Ordering::SeqCst, Ordering::SeqCst)
                .is_ok()
        {
            self.needspinning.store(0, Ordering::SeqCst);
            self.startm(Some(p), true);
            return;
        }
        let mut st = self.lock();
        if self.gcwaiting.load(Ordering::SeqCst) {
            self.gcstop_p(&mut st, p);
            return;
        }
        if !st.runq.is_empty() {
            drop(st);
            self.startm(Some(p), false);
            return;
        }
        // If this is the last running P and nobody waits for the timers,
        // need to wake up another M to do it.
        if self.npidle.load(Ordering::SeqCst) as usize + 1 == self.gomaxprocs()
            && self.lastpoll.load(Ordering::SeqCst) != 0
            && self.check_timers_no_p(0) != 0
        {
            drop(st);
            self.startm(Some(p), false);
            return;
        }
        let when = p.shared.timers.wake_time();
        self.pidleput(&mut st, p);
        drop(st);
        if when != 0 {
            self.wake_net_poller(when);
        }
    }
}
