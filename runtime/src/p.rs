//! P: the resource an M needs to run Go code, after proc.go's `p`.
//!
//! A P is split in two by who may touch what. [`P`] is what only its owner
//! uses: the local run queue's producer end, the goid cache, the free G
//! list and the executor's per-P state (Go's mcache lives in P, and the
//! VM's allocation cache lives here for the same reason). Owning a P *is*
//! holding this box: an M keeps it while it runs (`acquirep`), the idle
//! list keeps it while nobody does (`pidleput`), a stopped world keeps it
//! in `sched.stopped`, and startm passes it to the M it wakes through
//! `m.nextp`. So "only the owner touches it" is checked by the compiler.
//!
//! [`PShared`] is what everyone else reads: status, the owning M, the
//! thieves' end of the run queue, the counters schedtrace prints. It lives
//! in `allp`, indexed by P id, for the scheduler's whole life; a P removed
//! by GOMAXPROCS is `_Pdead` but keeps its slot and its box, and comes back
//! if GOMAXPROCS grows (Go never frees a P either).

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU32, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use crate::executor::Executor;
use crate::g::GId;
use crate::m::MCtx;
use crate::proc::{Sched, SchedState};
use crate::runq::{Runq, RunqStealer};
use crate::status::PStatus;
use crate::time::Timers;

/// `_GoidCacheBatch`: goids are handed to a P 16 at a time.
pub(crate) const GOID_CACHE_BATCH: u64 = 16;

/// The part of a P its owner alone uses.
pub(crate) struct P<E: Executor> {
    pub id: usize,
    pub shared: Arc<PShared<E>>,
    pub runq: Runq,
    /// `goidcache`, `goidcacheend`: the next goid and the end of this P's
    /// batch.
    pub goidcache: u64,
    pub goidcacheend: u64,
    /// `gFree`: dead Gs, their tasks kept for reuse.
    pub gfree: Vec<GId>,
    pub plocal: E::PLocal,
}

/// The part of a P anyone may read.
pub(crate) struct PShared<E: Executor> {
    pub id: usize,
    /// A [`PStatus`] as a number.
    pub status: AtomicU32,
    /// `p.m`: the owning M's id, -1 for nil.
    pub m: AtomicI64,
    /// `p.oldm`: the M that last owned it, which procresize prefers.
    pub oldm: AtomicI64,
    pub stealer: RunqStealer,
    /// `schedtick`: incremented by every execute that starts a new time
    /// slice. Written by the owner only; atomic so schedtrace can read it.
    pub schedtick: AtomicU32,
    /// `syscalltick`: incremented each time the P leaves `_Psyscall`.
    pub syscalltick: AtomicU32,
    /// `gFree.size`, for schedtrace.
    pub gfreecnt: AtomicU32,
    /// This P's bit of `idlepMask`: on the idle list, so there is nothing
    /// to steal from it.
    pub idle: AtomicBool,
    /// `p.timers`: its timer heap, which any thread may add to.
    pub timers: Timers<E>,
    /// The P itself while it is `_Psyscall`: its M is in a blocking call
    /// and whoever wins the status CAS out of `_Psyscall` takes it (see
    /// syscall.rs).
    pub sysp: Mutex<Option<Box<P<E>>>>,
}

impl<E: Executor> PShared<E> {
    pub fn status(&self) -> PStatus {
        PStatus::from_u32(self.status.load(Ordering::Acquire))
    }

    pub fn set_status(&self, s: PStatus) {
        self.status.store(s as u32, Ordering::Release);
    }

    /// `atomic.Cas(&pp.status, old, new)`.
    pub fn cas_status(&self, old: PStatus, new: PStatus) -> bool {
        self.status
            .compare_exchange(old as u32, new as u32, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }
}

impl<E: Executor> P<E> {
    /// `new(p)` + `pp.init(id)`: a fresh P, in `_Pgcstop` as Go's init
    /// leaves it (procresize only makes Ps with the world stopped).
    pub fn new(id: usize) -> P<E> {
        let runq = Runq::new();
        let shared = Arc::new(PShared {
            id,
            status: AtomicU32::new(PStatus::GcStop as u32),
            m: AtomicI64::new(-1),
            oldm: AtomicI64::new(-1),
            stealer: runq.stealer(),
            schedtick: AtomicU32::new(0),
            syscalltick: AtomicU32::new(0),
            gfreecnt: AtomicU32::new(0),
            idle: AtomicBool::new(false),
            timers: Timers::default(),
            sysp: Mutex::new(None),
        });
        P {
            id,
            shared,
            runq,
            goidcache: 0,
            goidcacheend: 0,
            gfree: Vec::new(),
            plocal: E::PLocal::default(),
        }
    }

    pub fn schedtick(&self) -> u32 {
        self.shared.schedtick.load(Ordering::Relaxed)
    }

    pub fn inc_schedtick(&self) {
        let t = self.shared.schedtick.load(Ordering::Relaxed);
        self.shared
            .schedtick
            .store(t.wrapping_add(1), Ordering::Relaxed);
    }
}

impl<E: Executor> Sched<E> {
    /// acquirep: associate p and the current M. (Go's wirep checks that
    /// the P is idle and the M has none; here the M's `Option` and the box
    /// make that structural.)
    pub(crate) fn acquirep(&self, mc: &mut MCtx<E>, p: Box<P<E>>) {
        p.shared.m.store(mc.m.id, Ordering::SeqCst);
        p.shared.oldm.store(mc.m.id, Ordering::Relaxed);
        p.shared.set_status(PStatus::Running);
        mc.m.p.store(p.id as i64, Ordering::SeqCst);
        // wirep's "already in go": every caller releases first.
        debug_assert!(mc.p.is_none(), "acquirep: M already has a P");
        mc.p = Some(p);
    }

    /// releasep: disassociate the current M and its P, which is returned
    /// in `_Pidle`.
    pub(crate) fn releasep(&self, mc: &mut MCtx<E>) -> Option<Box<P<E>>> {
        let p = mc.p.take()?;
        mc.m.p.store(-1, Ordering::SeqCst);
        p.shared.m.store(-1, Ordering::SeqCst);
        p.shared.set_status(PStatus::Idle);
        Some(p)
    }

    /// pidleput: put p on the idle list. Its run queue must be empty (Go
    /// throws otherwise; callers here never pass one that is not).
    pub(crate) fn pidleput(&self, st: &mut SchedState<E>, p: Box<P<E>>) {
        p.shared.set_status(PStatus::Idle);
        p.shared.idle.store(true, Ordering::SeqCst);
        st.pidle.push(p);
        self.npidle.fetch_add(1, Ordering::SeqCst);
    }

    /// pidleget: take a P off the idle list, acquiring ownership.
    pub(crate) fn pidleget(&self, st: &mut SchedState<E>) -> Option<Box<P<E>>> {
        let p = st.pidle.pop()?;
        p.shared.idle.store(false, Ordering::SeqCst);
        self.npidle.fetch_sub(1, Ordering::SeqCst);
        // A P goes to work: sysmon has something to watch again.
        self.wake_sysmon();
        Some(p)
    }

    /// pidlegetSpinning: pidleget for an M that found work (or wants a
    /// spinning M). When there is no P it sets needspinning, so that a
    /// non-spinning M about to drop its P becomes spinning instead (the
    /// "delicate dance" in findRunnable).
    pub(crate) fn pidleget_spinning(&self, st: &mut SchedState<E>) -> Option<Box<P<E>>> {
        let p = self.pidleget(st);
        if p.is_none() {
            self.needspinning.store(1, Ordering::SeqCst);
        }
        p
    }

    /// A P whose new owner could not take it (a thread that failed to
    /// start, say): stop it if the world is stopping, else make it idle,
    /// its Gs moved to the global queue so that none is stranded.
    pub(crate) fn p_orphaned(&self, st: &mut SchedState<E>, mut p: Box<P<E>>) {
        while let Some((gp, _)) = p.runq.runqget() {
            st.runq.globrunqput(gp);
        }
        p.shared.m.store(-1, Ordering::SeqCst);
        if self.gcwaiting.load(Ordering::SeqCst) {
            self.gcstop_p(st, p);
        } else {
            self.pidleput(st, p);
        }
    }

    /// gfput: put a dead G on the P's free list; past 64, move all but 31
    /// to the global list, so that a P that only frees Gs does not hoard
    /// them and one that only makes Gs finds some.
    pub(crate) fn gfput(&self, p: &mut P<E>, gp: GId) {
        p.gfree.push(gp);
        if p.gfree.len() >= 64 {
            let mut global = self.gfree.lock().unwrap_or_else(PoisonError::into_inner);
            while p.gfree.len() >= 32 {
                let Some(gp) = p.gfree.pop() else { break };
                global.push(gp);
            }
            self.ngfree.store(global.len(), Ordering::Relaxed);
        }
        p.shared
            .gfreecnt
            .store(p.gfree.len() as u32, Ordering::Relaxed);
    }

    /// gfget: a dead G from the P's free list, refilled with up to 32 from
    /// the global list when empty.
    pub(crate) fn gfget(&self, p: &mut P<E>) -> Option<GId> {
        if p.gfree.is_empty() && self.ngfree.load(Ordering::Relaxed) > 0 {
            let mut global = self.gfree.lock().unwrap_or_else(PoisonError::into_inner);
            while p.gfree.len() < 32 {
                let Some(gp) = global.pop() else { break };
                p.gfree.push(gp);
            }
            self.ngfree.store(global.len(), Ordering::Relaxed);
        }
        let gp = p.gfree.pop();
        p.shared
            .gfreecnt
            .store(p.gfree.len() as u32, Ordering::Relaxed);
        gp
    }

    /// gfpurge: move all of the P's free Gs to the global list (the P is
    /// being destroyed).
    pub(crate) fn gfpurge(&self, p: &mut P<E>) {
        let mut global = self.gfree.lock().unwrap_or_else(PoisonError::into_inner);
        global.append(&mut p.gfree);
        self.ngfree.store(global.len(), Ordering::Relaxed);
        p.shared.gfreecnt.store(0, Ordering::Relaxed);
    }

    /// The next goid from the P's batch; a new batch of 16 from
    /// `sched.goidgen` when it runs out. goidgen starts at 0, so the first
    /// batch is 1..=16 and the main goroutine is 1.
    pub(crate) fn goid(&self, p: &mut P<E>) -> u64 {
        if p.goidcache == p.goidcacheend {
            let end =
                self.goidgen.fetch_add(GOID_CACHE_BATCH, Ordering::Relaxed) + GOID_CACHE_BATCH;
            p.goidcache = end - (GOID_CACHE_BATCH - 1);
            p.goidcacheend = p.goidcache + GOID_CACHE_BATCH;
        }
        let goid = p.goidcache;
        p.goidcache += 1;
        goid
    }

    /// p.destroy, for a P that GOMAXPROCS removes: its runnable Gs go to
    /// the head of the global queue in their order (runnext first), its
    /// free Gs to the global free list. The executor's `pdestroy` is
    /// called on its PLocal afterwards, by the caller, without the lock.
    pub(crate) fn pdestroy(&self, st: &mut SchedState<E>, p: &mut P<E>) {
        let mut gs = Vec::new();
        while let Some((gp, _)) = p.runq.runqget() {
            gs.push(gp);
        }
        for &gp in gs.iter().rev() {
            st.runq.globrunqputhead(gp);
        }
        self.gfpurge(p);
        p.shared.m.store(-1, Ordering::SeqCst);
        p.shared.idle.store(false, Ordering::SeqCst);
        p.shared.set_status(PStatus::Dead);
    }
}
