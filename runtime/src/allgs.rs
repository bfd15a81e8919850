//! The G table: every goroutine the scheduler ever made, Go's `allgs`.
//!
//! A G is addressed by its [`GId`], the index of its slot. Slots never move
//! and are never freed while the scheduler lives: a dead G goes to a free
//! list and newproc reuses it (gfget), as Go reuses `g` structs, so the
//! table is as large as the most goroutines alive at once, not the total.
//!
//! The table grows while Ms read it, without a lock on the read side: it is
//! a list of buckets of doubling size (64, 128, 256, ...), each created once
//! (`OnceLock`) and never moved, so `&G` stays valid for the scheduler's
//! life. `allglen` counts the slots handed out; a reader that scans
//! `0..allglen` (checkdead, schedtrace, the world for the collector) may see
//! a slot whose bucket is still being made, and skips it: such a G is not
//! yet published (newproc stores its status last).
//!
//! What a G holds is what the scheduler needs, Go's `g` minus the stack:
//! the status word, the goid, the preemption flag the VM polls, the wait
//! reason, the M running it (for scheddetail), a pending stop-the-world
//! request (see `stw.rs`), and the task: the VM's frames and registers,
//! taken out by the M that executes the G and put back when it stops.

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU32, AtomicU64, AtomicU8, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock, PoisonError};

use crate::g::GId;
use crate::status::{GStatus, WaitReason};

/// Slots in the first bucket; bucket k holds `FIRST << k`.
const FIRST: u64 = 64;
/// Enough buckets for every u32 index: FIRST * (2^27 - 1) > 2^32.
const NBUCKETS: usize = 27;

/// A goroutine, Go's `g`, as far as the scheduler is concerned.
pub(crate) struct G<T> {
    /// `atomicstatus`: a [`GStatus`] as a number.
    pub status: AtomicU32,
    pub goid: AtomicU64,
    /// `preempt` (and `stackguard0 = stackPreempt`): the VM checks it at
    /// every back edge and call and stops with `Stop::Preempted`.
    pub preempt: AtomicBool,
    /// `waitreason`, a [`WaitReason`] as a number. As in Go it stays after
    /// the G is readied and is cleared when the G exits.
    pub waitreason: AtomicU8,
    /// `g.m`: the id of the M running it, -1 for nil.
    pub m: AtomicI64,
    /// A stop-the-world this G asked for while another was under way: it
    /// parked waiting for worldsema and runs the stop when it is next
    /// executed (see `stw.rs`). 0 for none.
    pub stw: AtomicU64,
    /// The executor's state; `None` while an M executes the G.
    pub task: Mutex<Option<T>>,
}

impl<T> G<T> {
    fn new() -> G<T> {
        G {
            status: AtomicU32::new(GStatus::Idle as u32),
            goid: AtomicU64::new(0),
            preempt: AtomicBool::new(false),
            waitreason: AtomicU8::new(WaitReason::Zero as u8),
            m: AtomicI64::new(-1),
            stw: AtomicU64::new(0),
            task: Mutex::new(None),
        }
    }

    /// readgstatus.
    pub fn readgstatus(&self) -> GStatus {
        GStatus::from_u32(self.status.load(Ordering::Acquire))
    }

    /// casgstatus, minus Go's throw: says whether the G was in `old`.
    pub fn casgstatus(&self, old: GStatus, new: GStatus) -> bool {
        self.status
            .compare_exchange(old as u32, new as u32, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }

    /// Sets the status unconditionally, for transitions only the owner of
    /// the G makes (the M running it, or newproc on a G it holds).
    pub fn setgstatus(&self, new: GStatus) {
        self.status.store(new as u32, Ordering::Release);
    }

    pub fn waitreason(&self) -> WaitReason {
        WaitReason::from_u8(self.waitreason.load(Ordering::Relaxed))
    }

    /// The task slot. Nothing panics while holding it in the scheduler, and
    /// a panic elsewhere leaves a whole `Option<T>`, so poisoning is
    /// ignored.
    pub fn task(&self) -> MutexGuard<'_, Option<T>> {
        self.task.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Go's `allgs` and `allglen`.
pub(crate) struct AllGs<T> {
    buckets: [OnceLock<Box<[G<T>]>>; NBUCKETS],
    allglen: AtomicU32,
}

fn locate(i: u32) -> (usize, usize) {
    let j = u64::from(i) / FIRST + 1;
    let k = 63 - j.leading_zeros() as usize;
    let start = FIRST * ((1u64 << k) - 1);
    (k, (u64::from(i) - start) as usize)
}

impl<T> AllGs<T> {
    pub fn new() -> AllGs<T> {
        AllGs {
            buckets: std::array::from_fn(|_| OnceLock::new()),
            allglen: AtomicU32::new(0),
        }
    }

    /// The G in slot `gp`, if that slot exists.
    pub fn get(&self, gp: GId) -> Option<&G<T>> {
        if gp.0 >= self.allglen.load(Ordering::Acquire) {
            return None;
        }
        let (k, off) = locate(gp.0);
        self.buckets[k].get().and_then(|b| b.get(off))
    }

    /// malg + allgadd: a new slot, in `_Gidle`. None only when 2^32 Gs
    /// exist, which memory runs out long before.
    pub fn allgadd(&self) -> Option<(GId, &G<T>)> {
        let i = self
            .allglen
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| n.checked_add(1))
            .ok()?;
        let (k, off) = locate(i);
        let bucket = self.buckets[k].get_or_init(|| {
            let n = (FIRST << k) as usize;
            (0..n).map(|_| G::new()).collect()
        });
        bucket.get(off).map(|g| (GId(i), g))
    }

    /// How many slots exist: `allglen`.
    pub fn len(&self) -> u32 {
        self.allglen.load(Ordering::Acquire)
    }

    /// forEachG: every slot made so far, in slot order.
    pub fn iter(&self) -> impl Iterator<Item = (GId, &G<T>)> + '_ {
        (0..self.len()).filter_map(move |i| self.get(GId(i)).map(|g| (GId(i), g)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_map_onto_doubling_buckets() {
        assert_eq!(locate(0), (0, 0));
        assert_eq!(locate(63), (0, 63));
        assert_eq!(locate(64), (1, 0));
        assert_eq!(locate(191), (1, 127));
        assert_eq!(locate(192), (2, 0));
        let (k, off) = locate(u32::MAX);
        assert!(k < NBUCKETS);
        assert!((off as u64) < (FIRST << k));
    }

    #[test]
    fn slots_stay_put_while_the_table_grows() {
        let t: AllGs<u32> = AllGs::new();
        let (g0, first) = t.allgadd().unwrap();
        assert_eq!(g0, GId(0));
        *first.task() = Some(7);
        let p = first as *const G<u32>;
        for _ in 0..1000 {
            t.allgadd().unwrap();
        }
        assert_eq!(t.len(), 1001);
        let again = t.get(g0).unwrap();
        assert_eq!(again as *const G<u32>, p);
        assert_eq!(*again.task(), Some(7));
        assert!(t.get(GId(1001)).is_none());
        assert_eq!(t.iter().count(), 1001);
    }
}
