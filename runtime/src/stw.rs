//! Stopping the world, after proc.go's stopTheWorldWithSema,
//! startTheWorldWithSema, gcstopm, preemptall and procresize.
//!
//! A goroutine that wants the world stopped (the collector, GOMAXPROCS)
//! returns `Stop::Gc` or `Stop::GoMaxProcs`; its M takes `worldsema` (one
//! stop at a time), sets `sched.gcwaiting`, asks every running G to stop at
//! its next safepoint (its preempt flag), takes the idle Ps, and waits on
//! `sched.stopnote` until every other P has stopped: each M that sees
//! gcwaiting puts its G back on its P's queue (runnext, to run first
//! afterwards), moves its P to `_Pgcstop` (gcstopm) and parks. Then no G
//! runs and every task is in its G, except the requester's, which its M
//! holds; the executor's `collect` sees them all, or procresize changes
//! the number of Ps. startTheWorld hands the Ps with work to Ms again and
//! the requester's task continues on its M.
//!
//! A second requester does not block its M on worldsema (its P would then
//! never stop, and the first stop would wait for it forever): like Go's
//! semacquire, it parks its G on the semaphore's queue and lets its M
//! schedule, which stops its P. The release hands worldsema straight to the
//! first waiter and readies it; when that G is next executed, its M runs
//! the stop it asked for, then continues its task.

use std::collections::VecDeque;
use std::sync::atomic::Ordering;
use std::sync::{Arc, MutexGuard, PoisonError};
use std::time::Duration;

use crate::config::MAX_GOMAXPROCS;
use crate::executor::{Executor, Stop, World};
use crate::g::GId;
use crate::m::{MCtx, M};
use crate::p::{PShared, P};
use crate::proc::{Sched, SchedState};
use crate::status::PStatus;

/// `worldsema`: held by the M stopping the world, from stopTheWorld to
/// after startTheWorld; the Gs waiting for it are parked in order.
#[derive(Default)]
pub(crate) struct WorldSema {
    pub held: bool,
    pub waiters: VecDeque<GId>,
}

/// What a stop-the-world is for (Go's stwReason, as far as minigo has
/// them).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum StwKind {
    /// "GC": the executor's collect runs with the world stopped.
    Gc,
    /// "GOMAXPROCS": procresize to n Ps.
    GoMaxProcs(usize),
}

impl StwKind {
    pub fn from_stop(stop: &Stop) -> Option<StwKind> {
        match *stop {
            Stop::Gc => Some(StwKind::Gc),
            Stop::GoMaxProcs(0) => None,
            Stop::GoMaxProcs(n) => Some(StwKind::GoMaxProcs(n.min(MAX_GOMAXPROCS))),
            _ => None,
        }
    }

    pub fn stop(self) -> Stop {
        match self {
            StwKind::Gc => Stop::Gc,
            StwKind::GoMaxProcs(n) => Stop::GoMaxProcs(n),
        }
    }

    /// As stored in `g.stw`: 0 none, u64::MAX GC, n GOMAXPROCS(n).
    pub fn encode(self) -> u64 {
        match self {
            StwKind::Gc => u64::MAX,
            StwKind::GoMaxProcs(n) => n as u64,
        }
    }

    pub fn decode(v: u64) -> Option<StwKind> {
        match v {
            0 => None,
            u64::MAX => Some(StwKind::Gc),
            n => Some(StwKind::GoMaxProcs(
                usize::try_from(n).map_or(MAX_GOMAXPROCS, |n| n.min(MAX_GOMAXPROCS)),
            )),
        }
    }
}

/// The Ps procresize leaves with runnable Gs, each with the idle M to run
/// it (None: start a new one).
type RunnablePs<E> = Vec<(Box<P<E>>, Option<Arc<M<E>>>)>;

impl<E: Executor> Sched<E> {
    pub(crate) fn worldsema(&self) -> MutexGuard<'_, crate::stw::WorldSema> {
        self.worldsema
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// With worldsema held: stop the world, do what `kind` asks, start the
    /// world, release worldsema. False when the program is ending instead.
    pub(crate) fn stw_and_run(
        &self,
        mc: &mut MCtx<E>,
        task: &mut E::Task,
        gp: GId,
        kind: StwKind,
    ) -> bool {
        let stopped = self.stop_the_world(mc);
        if stopped {
            match kind {
                StwKind::Gc => self.collect(mc, gp, task),
                StwKind::GoMaxProcs(n) => self.lock().newprocs = n,
            }
            self.start_the_world(mc);
        }
        self.release_worldsema(mc);
        stopped
    }

    /// semrelease(&worldsema) with handoff: the first waiter gets it and is
    /// readied on this P.
    fn release_worldsema(&self, mc: &mut MCtx<E>) {
        let next = {
            let mut ws = self.worldsema();
            let next = ws.waiters.pop_front();
            if next.is_none() {
                ws.held = false;
            }
            next
        };
        if let Some(gp) = next {
            match mc.p.as_deref_mut() {
                Some(p) => self.ready(p, gp),
                None => self.goready(gp),
            }
        }
    }

    /// stopTheWorldWithSema. Returns with every P in `_Pgcstop`, the
    /// caller's included (it keeps it), or false if the program is ending.
    fn stop_the_world(&self, mc: &mut MCtx<E>) -> bool {
        let mut st = self.lock();
        if self.exiting.load(Ordering::SeqCst) {
            return false;
        }
        self.stopnote.noteclear();
        st.stopwait = self.gomaxprocs() as i32;
        self.gcwaiting.store(true, Ordering::SeqCst);
        self.preemptall(&st, mc.m.id);
        // Stop current P.
        if let Some(p) = mc.p.as_deref() {
            p.shared.set_status(PStatus::GcStop);
        }
        st.stopwait -= 1;
        // Stop Ps in a syscall: their Ms run no Go code (entersyscall
        // stops those that enter one from now on).
        for id in 0..self.gomaxprocs() {
            let Some(ps) = self.pshared(id) else {
                continue;
            };
            if ps.status() == PStatus::Syscall && ps.cas_status(PStatus::Syscall, PStatus::GcStop) {
                if let Some(p) = ps.take_sysp() {
                    p.shared.inc_syscalltick();
                    st.stopped.push(p);
                    st.stopwait -= 1;
                }
            }
        }
        // Stop idle Ps.
        while let Some(p) = self.pidleget(&mut st) {
            p.shared.set_status(PStatus::GcStop);
            st.stopped.push(p);
            st.stopwait -= 1;
        }
        let wait = st.stopwait > 0;
        drop(st);

        // Wait for remaining Ps to stop voluntarily: wait 100µs, then
        // preempt again in case of races (a G that started just as its M
        // was asked, say).
        if wait {
            loop {
                if self.stopnote.notetsleep(Duration::from_micros(100)) {
                    self.stopnote.noteclear();
                    break;
                }
                if self.exiting.load(Ordering::SeqCst) {
                    return false;
                }
                let st = self.lock();
                self.preemptall(&st, mc.m.id);
            }
        }
        !self.exiting.load(Ordering::SeqCst)
    }

    /// startTheWorldWithSema: procresize (to the new GOMAXPROCS if one was
    /// asked for), then hand every P with work to an M and wake one more
    /// in case there is more work than that.
    fn start_the_world(&self, mc: &mut MCtx<E>) {
        let (runnable, mut destroyed) = {
            let mut st = self.lock();
            let procs = match std::mem::take(&mut st.newprocs) {
                0 => self.gomaxprocs(),
                n => n,
            };
            let r = self.procresize(&mut st, mc, procs);
            self.gcwaiting.store(false, Ordering::SeqCst);
            r
        };
        // p.destroy's last step, the executor's, without sched.lock
        // (worldsema, still held, keeps other stops and resizes away).
        if !destroyed.is_empty() {
            for p in &mut destroyed {
                self.executor.pdestroy(&mut p.plocal);
            }
            self.lock().pdead.append(&mut destroyed);
        }
        for (p, m) in runnable {
            match m {
                Some(m) => {
                    *m.nextp() = Some(p);
                    m.park.notewakeup();
                }
                None => {
                    let mut st = self.lock();
                    if let Err(p) = self.newm(&mut st, p, false) {
                        self.p_orphaned(&mut st, p);
                    }
                }
            }
        }
        // Wake an additional M in case there are excess runnable Gs in
        // local queues or the global queue.
        self.wakep();
        self.wake_sysmon();
    }

    /// A P given up for the stop-the-world under way (by its M, or taken
    /// from a syscall): it joins the stopped ones, and the last one wakes
    /// the M that is stopping the world.
    pub(crate) fn gcstop_p(&self, st: &mut SchedState<E>, p: Box<P<E>>) {
        p.shared.set_status(PStatus::GcStop);
        st.stopped.push(p);
        st.stopwait -= 1;
        if st.stopwait == 0 {
            self.stopnote.notewakeup();
        }
    }

    /// gcstopm: stop the current M for stopTheWorld; returns when the
    /// world is restarted (with a P, maybe another one).
    pub(crate) fn gcstopm(&self, mc: &mut MCtx<E>) {
        if mc.m.spinning() {
            mc.m.spinning.store(false, Ordering::Relaxed);
            // startTheWorld will unpark threads as necessary.
            self.nmspinning.fetch_sub(1, Ordering::SeqCst);
        }
        if let Some(p) = self.releasep(mc) {
            let mut st = self.lock();
            self.gcstop_p(&mut st, p);
        }
        self.stopm(mc);
    }

    /// preemptall: ask the G running on every running P, except the
    /// caller's, to stop at its next safepoint.
    pub(crate) fn preemptall(&self, st: &SchedState<E>, self_m: i64) {
        for id in 0..self.gomaxprocs() {
            if let Some(ps) = self.pshared(id) {
                if ps.status() == PStatus::Running {
                    self.preemptone(st, ps, self_m);
                }
            }
        }
    }

    /// preemptone: best effort, as in Go. It may miss the G (it just
    /// stopped, and the next one clears its flag: execute checks
    /// gcwaiting and exiting again after clearing) or hit the wrong one (a
    /// spurious preemption costs a trip through the scheduler).
    pub(crate) fn preemptone(&self, st: &SchedState<E>, ps: &PShared<E>, self_m: i64) -> bool {
        let mid = ps.m.load(Ordering::SeqCst);
        if mid < 0 || mid == self_m {
            return false;
        }
        let Some(m) = usize::try_from(mid).ok().and_then(|i| st.allm.get(i)) else {
            return false;
        };
        let curg = m.curg.load(Ordering::SeqCst);
        let Some(gp) = curg.checked_sub(1).and_then(|g| u32::try_from(g).ok()) else {
            return false;
        };
        match self.allgs.get(GId(gp)) {
            Some(g) => {
                g.preempt.store(true, Ordering::SeqCst);
                true
            }
            None => false,
        }
    }

    /// The collector's stop: hand the executor every P's PLocal and every
    /// live task.
    fn collect(&self, mc: &mut MCtx<E>, gp: GId, task: &mut E::Task) {
        // The stopped and dead Ps are taken out of sched.lock's care while
        // the executor works, so that the lock stays free for goready from
        // other threads and for schedtrace. With the world stopped and
        // worldsema held, nothing else touches these lists.
        let (mut stopped, mut dead) = {
            let mut st = self.lock();
            (
                std::mem::take(&mut st.stopped),
                std::mem::take(&mut st.pdead),
            )
        };
        if let Some(own) = mc.p.as_deref_mut() {
            let mut ps: Vec<&mut P<E>> = stopped
                .iter_mut()
                .chain(dead.iter_mut())
                .map(|p| &mut **p)
                .collect();
            ps.push(own);
            ps.sort_by_key(|p| p.id);
            let mut world = World::new(self, gp, task, ps);
            self.executor.collect(&mut world);
        }
        let mut st = self.lock();
        st.stopped.append(&mut stopped);
        st.pdead.append(&mut dead);
    }

    /// procresize: change the number of Ps to `nprocs`, with the world
    /// stopped (or not yet started) and sched.lock held. The current M
    /// keeps its P if it survives, else takes P0. Removed Ps give their
    /// Gs to the global queue; they are returned for the executor's
    /// pdestroy and then kept, `_Pdead`, for reuse. Returns the Ps that
    /// have runnable Gs, each with an idle M when one is available.
    pub(crate) fn procresize(
        &self,
        st: &mut SchedState<E>,
        mc: &mut MCtx<E>,
        nprocs: usize,
    ) -> (RunnablePs<E>, Vec<Box<P<E>>>) {
        let old = self.gomaxprocs();
        let nprocs = nprocs.clamp(1, MAX_GOMAXPROCS);
        let n = old.max(nprocs);

        // Every P but the current M's, by id.
        let mut slots: Vec<Option<Box<P<E>>>> = (0..n).map(|_| None).collect();
        let others: Vec<Box<P<E>>> = st.stopped.drain(..).chain(st.pidle.drain(..)).collect();
        self.npidle.store(0, Ordering::SeqCst);
        for p in others {
            p.shared.idle.store(false, Ordering::SeqCst);
            let id = p.id;
            match slots.get_mut(id) {
                Some(slot @ None) => *slot = Some(p),
                _ => st.pdead.push(p),
            }
        }

        // Initialize new Ps (or bring back dead ones).
        for (i, slot) in slots.iter_mut().enumerate().take(nprocs).skip(old) {
            let p = match st.pdead.iter().position(|p| p.id == i) {
                Some(j) => st.pdead.swap_remove(j),
                None => {
                    let p = Box::new(P::new(i));
                    // Only ever set once: a P, once made, is never lost.
                    if let Some(slot) = self.allp.get(i) {
                        let _ = slot.set(Arc::clone(&p.shared));
                    }
                    p
                }
            };
            p.shared.set_status(PStatus::GcStop);
            self.revive_timers(&p.shared);
            *slot = Some(p);
        }

        let keep = mc.p.as_ref().is_some_and(|p| p.id < nprocs);
        if keep {
            // Continue to use the current P.
            if let Some(p) = mc.p.as_deref() {
                p.shared.set_status(PStatus::Running);
            }
        } else {
            // Release the current P and acquire P0.
            if let Some(p) = self.releasep(mc) {
                let id = p.id;
                if let Some(slot) = slots.get_mut(id) {
                    *slot = Some(p);
                }
            }
            if let Some(p0) = slots.first_mut().and_then(Option::take) {
                p0.shared.set_status(PStatus::Idle);
                self.acquirep(mc, p0);
            }
        }

        // Release resources from unused Ps. Their timers move to the
        // current P.
        let mut destroyed = Vec::new();
        let cur_shared = mc.p.as_ref().map(|p| Arc::clone(&p.shared));
        for slot in slots.iter_mut().skip(nprocs) {
            if let Some(mut p) = slot.take() {
                if let Some(dst) = &cur_shared {
                    self.take_timers(dst, &p.shared);
                }
                self.pdestroy(st, &mut p);
                destroyed.push(p);
            }
        }

        self.gomaxprocs.store(nprocs, Ordering::SeqCst);

        // Assign Ms to Ps with runnable goroutines, preferring the M that
        // ran the P last; the rest of the Ps are idle.
        let cur = mc.p.as_ref().map(|p| p.id);
        let mut runnable = Vec::new();
        let mut need_m = Vec::new();
        let mut idle = Vec::new();
        for i in (0..nprocs).rev() {
            if Some(i) == cur {
                continue;
            }
            let Some(p) = slots.get_mut(i).and_then(Option::take) else {
                continue;
            };
            p.shared.set_status(PStatus::Idle);
            if p.runq.runqempty() {
                idle.push(p);
                continue;
            }
            match self.mget_specific(st, p.shared.oldm.load(Ordering::Relaxed)) {
                Some(m) => runnable.push((p, Some(m))),
                None => need_m.push(p),
            }
        }
        for p in need_m {
            let m = self.mget(st);
            runnable.push((p, m));
        }
        // Lowest id first, so the idle list hands out the highest first,
        // as Go's does.
        for p in idle.into_iter().rev() {
            self.pidleput(st, p);
        }
        (runnable, destroyed)
    }
}
