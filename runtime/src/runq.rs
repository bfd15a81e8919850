//! Run queues: each P's local queue and the global one, after proc.go's
//! runqput, runqget, runqsteal and globrunq*.
//!
//! A P's local queue is Go's: a ring of 256 slots indexed by free-running
//! `u32` counters, `runqhead` and `runqtail`. Only the owner P writes the
//! tail and the slots, so a put is a store plus a store-release of the tail.
//! Anyone may consume: read the slots, then claim them with a CAS on the
//! head. The owner's runqget and a thief's runqgrab therefore race only on
//! that CAS, and a consumer whose slots were overwritten meanwhile always
//! sees its CAS fail, since the producer reuses a slot only after the head
//! has moved past it. Beside the ring sits `runnext`: a G readied by the
//! running G, run next in the rest of its time slice, so a pair of
//! goroutines talking over a channel runs as one unit instead of waiting
//! behind the whole queue each time.
//!
//! The global queue (`schedt.runq`, [`GlobalRunq`]) has no lock of its own.
//! In the scheduler it lives under `sched.lock` with the idle P and M
//! lists, because findRunnable must see it empty and park its P in one
//! critical section, or a G put there in between is never run. runqput
//! reaches it through [`SchedLock`] when the ring is full.
//!
//! The owner's operations take `&mut Runq`; other Ps hold a
//! [`RunqStealer`]. proc.go's "Executed only by the owner P" is thus checked
//! by the compiler, and no sequence of calls from safe code can break the
//! single-producer invariant (a P that moves to another M takes its `Runq`
//! along).
//!
//! Why not crossbeam-deque, which DESIGN.md named: its deques grow without
//! bound and its batch steal takes "about half, at most 32", while Go's
//! scheduling rests on exact bookkeeping: a full queue of 256 spills its
//! older half to the global queue as one batch, in order; a thief takes
//! exactly half, rounded up; runnext is a slot of its own, stolen last.
//! Doing that bookkeeping beside crossbeam would race with its stealers
//! (the 128 spilled Gs would not leave as one batch), and its injector
//! cannot live under sched.lock. Go's ring needs no `unsafe` here (a GId is
//! a `u32`, so each slot is an `AtomicU32`) and maps line for line onto
//! proc.go.

use std::collections::VecDeque;
use std::fmt;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use crate::g::GId;

/// Slots in a P's local run queue: `len(p.runq)`.
pub const RUNQ_SIZE: u32 = 256;

/// The most Gs a [`Batch`] holds: the half of a full ring that runqputslow
/// spills, plus the G being put.
pub const BATCH_CAP: usize = RUNQ_SIZE as usize / 2 + 1;

fn slot(i: u32) -> usize {
    (i % RUNQ_SIZE) as usize
}

// runnext holds a guintptr, where 0 is nil. A G is stored as its id plus
// one, in 64 bits, so that every u32 stays a valid GId.
const NIL: u64 = 0;

fn guintptr(gp: GId) -> u64 {
    u64::from(gp.0) + 1
}

fn gptr(v: u64) -> Option<GId> {
    v.checked_sub(1)
        .and_then(|v| u32::try_from(v).ok())
        .map(GId)
}

/// What the owner and the thieves share: `p.runqhead`, `p.runqtail`,
/// `p.runq` and `p.runnext`.
struct Ring {
    runqhead: AtomicU32,
    runqtail: AtomicU32,
    runq: [AtomicU32; RUNQ_SIZE as usize],
    // Other Ps may CAS it to nil; only the owner sets it to a G.
    runnext: AtomicU64,
}

impl Ring {
    fn new() -> Ring {
        Ring {
            runqhead: AtomicU32::new(0),
            runqtail: AtomicU32::new(0),
            runq: std::array::from_fn(|_| AtomicU32::new(0)),
            runnext: AtomicU64::new(NIL),
        }
    }

    fn runqempty(&self) -> bool {
        // Go's defence: with G1 in runnext and head == tail, runqput may
        // kick G1 into the ring and runqget then empty runnext; seeing
        // head == tail and later runnext == nil would call a non-empty
        // queue empty. Re-reading the tail catches that put.
        loop {
            let head = self.runqhead.load(Ordering::Acquire);
            let tail = self.runqtail.load(Ordering::Acquire);
            let runnext = self.runnext.load(Ordering::Acquire);
            if tail == self.runqtail.load(Ordering::Acquire) {
                return head == tail && runnext == NIL;
            }
        }
    }

    fn runqsize(&self) -> u32 {
        let h = self.runqhead.load(Ordering::Acquire);
        let t = self.runqtail.load(Ordering::Acquire);
        // The head may have moved on, and the tail with it, between the
        // two loads: the difference can pass 256 for a moment.
        t.wrapping_sub(h).min(RUNQ_SIZE)
    }

    /// runqgrab: take half (rounded up) of this queue, at most `max`, into
    /// the ring `batch` starting at `batch_head`; returns how many. The
    /// caller owns `batch` and has `max` free slots there.
    fn runqgrab(
        &self,
        batch: &[AtomicU32; RUNQ_SIZE as usize],
        batch_head: u32,
        max: u32,
        steal_runnext: bool,
    ) -> u32 {
        loop {
            let h = self.runqhead.load(Ordering::Acquire); // synchronize with other consumers
            let t = self.runqtail.load(Ordering::Acquire); // synchronize with the producer
            let mut n = t.wrapping_sub(h);
            n -= n / 2;
            if n == 0 {
                if steal_runnext && max > 0 {
                    let next = self.runnext.load(Ordering::Acquire);
                    if next != NIL {
                        // Go sleeps 3µs here (or yields, where timers are
                        // coarse) when the victim P is running: the G that
                        // readied runnext is often about to block, and its
                        // P will run runnext itself; stealing in that window
                        // bounces Gs between Ps. The P's status is not the
                        // queue's to see, so the scheduler adds that back-off
                        // when it wires this in; without it stealing is
                        // still correct, only more eager.
                        if self
                            .runnext
                            .compare_exchange(next, NIL, Ordering::AcqRel, Ordering::Relaxed)
                            .is_err()
                        {
                            continue;
                        }
                        if let Some(gp) = gptr(next) {
                            batch[slot(batch_head)].store(gp.0, Ordering::Relaxed);
                            return 1;
                        }
                    }
                }
                return 0;
            }
            if n > RUNQ_SIZE / 2 {
                continue; // read inconsistent h and t
            }
            let n = n.min(max);
            if n == 0 {
                return 0;
            }
            for i in 0..n {
                let gp = self.runq[slot(h.wrapping_add(i))].load(Ordering::Relaxed);
                batch[slot(batch_head.wrapping_add(i))].store(gp, Ordering::Relaxed);
            }
            if self
                .runqhead
                .compare_exchange_weak(h, h.wrapping_add(n), Ordering::Release, Ordering::Relaxed)
                .is_ok()
            {
                return n; // the release commits the consume
            }
        }
    }

    #[cfg(test)]
    fn contents(&self) -> (Option<GId>, Vec<GId>) {
        let h = self.runqhead.load(Ordering::Acquire);
        let t = self.runqtail.load(Ordering::Acquire);
        let ring = (0..t.wrapping_sub(h))
            .map(|i| GId(self.runq[slot(h.wrapping_add(i))].load(Ordering::Relaxed)))
            .collect();
        (gptr(self.runnext.load(Ordering::Acquire)), ring)
    }
}

/// A P's local run queue, as its owner holds it: the only handle that puts
/// Gs in (runqput, runqputbatch, runqsteal into it) and the one that takes
/// runnext for itself (runqget).
pub struct Runq {
    ring: Arc<Ring>,
}

/// Another P's view of a local run queue: it can steal from it and ask
/// whether it is empty.
#[derive(Clone)]
pub struct RunqStealer {
    ring: Arc<Ring>,
}

impl Default for Runq {
    fn default() -> Self {
        Runq::new()
    }
}

impl Runq {
    pub fn new() -> Runq {
        Runq {
            ring: Arc::new(Ring::new()),
        }
    }

    /// The handle other Ps steal through.
    pub fn stealer(&self) -> RunqStealer {
        RunqStealer {
            ring: Arc::clone(&self.ring),
        }
    }

    /// runqput: with `next`, gp goes into runnext and the G it displaces
    /// (if any) to the tail of the queue; without, gp goes to the tail. A
    /// full queue sends half of itself and the G to the global queue.
    ///
    /// Go turns `next` off when there is no sysmon, since a pair of Gs
    /// handing one time slice back and forth through runnext would starve
    /// the rest; that is the caller's decision.
    pub fn runqput<S: SchedLock + ?Sized>(&mut self, mut gp: GId, next: bool, sched: &S) {
        let r = &*self.ring;
        if next {
            // Thieves only clear runnext, so a swap is Go's CAS loop.
            let oldnext = r.runnext.swap(guintptr(gp), Ordering::AcqRel);
            match gptr(oldnext) {
                None => return,
                // Kick the old runnext out to the regular run queue.
                Some(old) => gp = old,
            }
        }
        loop {
            let h = r.runqhead.load(Ordering::Acquire); // synchronize with consumers
            let t = r.runqtail.load(Ordering::Relaxed);
            if t.wrapping_sub(h) < RUNQ_SIZE {
                r.runq[slot(t)].store(gp.0, Ordering::Relaxed);
                // The release makes the slot available for consumption.
                r.runqtail.store(t.wrapping_add(1), Ordering::Release);
                return;
            }
            if self.runqputslow(gp, h, t, sched) {
                return;
            }
            // A consumer took some: now the put above succeeds.
        }
    }

    /// runqputslow: move the older half of a full queue, then gp, to the
    /// global queue as one batch. Fails when a consumer got in first, in
    /// which case the queue is no longer full. Only runqput calls it, from
    /// under its `&mut self`.
    fn runqputslow<S: SchedLock + ?Sized>(&self, gp: GId, h: u32, t: u32, sched: &S) -> bool {
        let r = &*self.ring;
        let n = t.wrapping_sub(h) / 2;
        if n != RUNQ_SIZE / 2 {
            // Go throws "queue is not full". Only this handle moves the
            // tail, so it cannot happen; retrying is the answer that can
            // never lose a G.
            return false;
        }
        let mut batch = Batch::new();
        for i in 0..n {
            batch.gs[i as usize] = GId(r.runq[slot(h.wrapping_add(i))].load(Ordering::Relaxed));
        }
        if r.runqhead
            .compare_exchange(h, h.wrapping_add(n), Ordering::Release, Ordering::Relaxed)
            .is_err()
        {
            return false;
        }
        batch.gs[n as usize] = gp;
        batch.len = n as usize + 1;
        // Go shuffles the batch under the race detector, to shake out
        // assumptions about order; minigo keeps it.
        sched.globrunqputbatch(&mut batch);
        true
    }

    /// runqputbatch: put as many of q's Gs as fit, in order, at the tail;
    /// what does not fit stays in q.
    pub fn runqputbatch(&mut self, q: &mut Batch) {
        let r = &*self.ring;
        let h = r.runqhead.load(Ordering::Acquire);
        let start = r.runqtail.load(Ordering::Relaxed);
        let mut t = start;
        while t.wrapping_sub(h) < RUNQ_SIZE {
            let Some(gp) = q.pop() else { break };
            r.runq[slot(t)].store(gp.0, Ordering::Relaxed);
            t = t.wrapping_add(1);
        }
        if t != start {
            r.runqtail.store(t, Ordering::Release);
        }
    }

    /// runqget: runnext if there is one, else the head of the queue. The
    /// flag is Go's `inheritTime`: true for runnext, which runs in the rest
    /// of the current time slice instead of starting a new one.
    pub fn runqget(&mut self) -> Option<(GId, bool)> {
        let r = &*self.ring;
        let next = r.runnext.load(Ordering::Acquire);
        // Only this P sets runnext to a G, so a failed CAS means a thief
        // took it: no point retrying.
        if next != NIL
            && r.runnext
                .compare_exchange(next, NIL, Ordering::AcqRel, Ordering::Relaxed)
                .is_ok()
        {
            return gptr(next).map(|gp| (gp, true));
        }
        loop {
            let h = r.runqhead.load(Ordering::Acquire); // synchronize with other consumers
            let t = r.runqtail.load(Ordering::Relaxed);
            if t == h {
                return None;
            }
            let gp = GId(r.runq[slot(h)].load(Ordering::Relaxed));
            if r.runqhead
                .compare_exchange_weak(h, h.wrapping_add(1), Ordering::Release, Ordering::Relaxed)
                .is_ok()
            {
                return Some((gp, false)); // the release commits the consume
            }
        }
    }

    /// runqsteal: move half (rounded up) of p2's queue into this one and
    /// return the last G taken, to run now; p2's runnext is taken only when
    /// its queue is empty and `steal_runnext` is set (findRunnable's last
    /// round). The scheduler steals into an empty queue, where half of any
    /// victim fits; into a fuller one it takes no more than there is room
    /// for (Go would throw).
    pub fn runqsteal(&mut self, p2: &RunqStealer, steal_runnext: bool) -> Option<GId> {
        let r = &*self.ring;
        let t = r.runqtail.load(Ordering::Relaxed);
        // The head only moves forward, so the room can only grow meanwhile.
        let h = r.runqhead.load(Ordering::Acquire);
        let room = RUNQ_SIZE.saturating_sub(t.wrapping_sub(h));
        let n = p2.ring.runqgrab(&r.runq, t, room, steal_runnext);
        let n = n.checked_sub(1)?;
        let gp = GId(r.runq[slot(t.wrapping_add(n))].load(Ordering::Relaxed));
        if n != 0 {
            // The release makes the stolen Gs available for consumption.
            r.runqtail.store(t.wrapping_add(n), Ordering::Release);
        }
        Some(gp)
    }

    /// runqempty: no G in the queue nor in runnext. Never true spuriously.
    pub fn runqempty(&self) -> bool {
        self.ring.runqempty()
    }

    /// The queue's length without runnext: schedtrace's `runqsize`.
    pub fn runqsize(&self) -> u32 {
        self.ring.runqsize()
    }
}

impl RunqStealer {
    /// runqempty: no G in the queue nor in runnext. Never true spuriously.
    pub fn runqempty(&self) -> bool {
        self.ring.runqempty()
    }

    /// The queue's length without runnext: schedtrace's `runqsize`.
    pub fn runqsize(&self) -> u32 {
        self.ring.runqsize()
    }
}

impl fmt::Debug for Ring {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Runq")
            .field("runqsize", &self.runqsize())
            .field("runnext", &gptr(self.runnext.load(Ordering::Acquire)))
            .finish()
    }
}

impl fmt::Debug for Runq {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.ring.fmt(f)
    }
}

impl fmt::Debug for RunqStealer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.ring.fmt(f)
    }
}

/// A short FIFO of Gs moving between queues as one unit: Go's `gQueue` as
/// runqputslow and globrunqgetbatch use it, kept on the stack.
#[derive(Clone)]
pub struct Batch {
    gs: [GId; BATCH_CAP],
    head: usize,
    len: usize,
}

impl Default for Batch {
    fn default() -> Self {
        Batch::new()
    }
}

impl Batch {
    pub const fn new() -> Batch {
        Batch {
            gs: [GId(0); BATCH_CAP],
            head: 0,
            len: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Adds gp at the tail; gives it back when the batch holds
    /// [`BATCH_CAP`] Gs already.
    pub fn push_back(&mut self, gp: GId) -> Result<(), GId> {
        if self.len == BATCH_CAP {
            return Err(gp);
        }
        self.gs[(self.head + self.len) % BATCH_CAP] = gp;
        self.len += 1;
        Ok(())
    }

    /// Removes the G at the head.
    pub fn pop(&mut self) -> Option<GId> {
        if self.len == 0 {
            return None;
        }
        let gp = self.gs[self.head];
        self.head = (self.head + 1) % BATCH_CAP;
        self.len -= 1;
        Some(gp)
    }

    /// The Gs from head to tail.
    pub fn iter(&self) -> impl Iterator<Item = GId> + '_ {
        (0..self.len).map(move |i| self.gs[(self.head + i) % BATCH_CAP])
    }
}

impl fmt::Debug for Batch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// The global run queue, `schedt.runq`: a FIFO the scheduler keeps under
/// `sched.lock` (Go's `assertLockHeld` is the `&mut` here).
#[derive(Debug, Default)]
pub struct GlobalRunq {
    runq: VecDeque<GId>,
}

impl GlobalRunq {
    pub fn new() -> GlobalRunq {
        GlobalRunq::default()
    }

    /// `sched.runq.size`.
    pub fn size(&self) -> usize {
        self.runq.len()
    }

    pub fn is_empty(&self) -> bool {
        self.runq.is_empty()
    }

    /// globrunqput: gp at the tail.
    pub fn globrunqput(&mut self, gp: GId) {
        self.runq.push_back(gp);
    }

    /// globrunqputhead: gp at the head, to run before the rest.
    pub fn globrunqputhead(&mut self, gp: GId) {
        self.runq.push_front(gp);
    }

    /// globrunqputbatch: all of batch at the tail, in order; empties batch.
    pub fn globrunqputbatch(&mut self, batch: &mut Batch) {
        self.runq.extend(batch.iter());
        *batch = Batch::new();
    }

    /// globrunqget: the G at the head (schedule's fairness check every
    /// 61st tick takes just one).
    pub fn globrunqget(&mut self) -> Option<GId> {
        self.runq.pop_front()
    }

    /// globrunqgetbatch: a G to run and a batch to put on the local queue
    /// (runqputbatch, after unlocking sched.lock). They number at most `n`,
    /// this P's fair share `size/gomaxprocs + 1`, and half a local queue,
    /// so that the batch fits an empty one and leaves room for new Gs.
    /// Callers pass `RUNQ_SIZE / 2` as Go does.
    pub fn globrunqgetbatch(&mut self, n: u32, gomaxprocs: u32) -> Option<(GId, Batch)> {
        let size = self.runq.len();
        let share = size / gomaxprocs.max(1) as usize + 1;
        let n = (n as usize)
            .min(size)
            .min(share)
            .min(RUNQ_SIZE as usize / 2);
        if n == 0 {
            return None;
        }
        let gp = self.runq.pop_front()?;
        let mut q = Batch::new();
        for _ in 1..n {
            let Some(gp1) = self.runq.pop_front() else {
                break;
            };
            if let Err(gp1) = q.push_back(gp1) {
                self.runq.push_front(gp1);
                break;
            }
        }
        Some((gp, q))
    }
}

/// What runqputslow needs from the scheduler: take `sched.lock` and move a
/// batch onto `sched.runq`. A trait rather than a `Mutex<GlobalRunq>`
/// because the scheduler keeps the global queue under the same lock as its
/// idle lists.
pub trait SchedLock {
    /// `lock(&sched.lock); globrunqputbatch(batch); unlock(&sched.lock)`.
    fn globrunqputbatch(&self, batch: &mut Batch);
}

impl SchedLock for Mutex<GlobalRunq> {
    fn globrunqputbatch(&self, batch: &mut Batch) {
        // Nothing panics while holding this lock, so a poisoned one (a
        // panic elsewhere in the holder's code) still guards a whole queue.
        self.lock()
            .unwrap_or_else(PoisonError::into_inner)
            .globrunqputbatch(batch);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, AtomicU8};
    use std::sync::Barrier;
    use std::thread;
    use std::time::{Duration, Instant};

    fn g(i: u32) -> GId {
        GId(i)
    }

    fn ids(range: std::ops::Range<u32>) -> Vec<GId> {
        range.map(GId).collect()
    }

    fn glob(q: &Mutex<GlobalRunq>) -> Vec<GId> {
        q.lock().unwrap().runq.iter().copied().collect()
    }

    fn drain(pp: &mut Runq) -> Vec<(GId, bool)> {
        std::iter::from_fn(|| pp.runqget()).collect()
    }

    /// xorshift64*: the tests' randomness, reproducible from a seed.
    struct Rng(u64);

    impl Rng {
        fn new(seed: u64) -> Rng {
            Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
        }

        fn below(&mut self, n: u32) -> u32 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            ((self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 32) % u64::from(n)) as u32
        }
    }

    #[test]
    fn handles_cross_threads() {
        fn send_sync<T: Send + Sync>() {}
        send_sync::<Runq>();
        send_sync::<RunqStealer>();
        send_sync::<GlobalRunq>();
        send_sync::<Batch>();
    }

    #[test]
    fn local_queue_is_fifo() {
        let sched = Mutex::new(GlobalRunq::new());
        let mut pp = Runq::new();
        assert!(pp.runqempty());
        assert_eq!(pp.runqget(), None);
        for i in 0..10 {
            pp.runqput(g(i), false, &sched);
        }
        assert_eq!(pp.runqsize(), 10);
        assert!(!pp.runqempty());
        let got: Vec<_> = drain(&mut pp).into_iter().collect();
        let want: Vec<_> = (0..10).map(|i| (g(i), false)).collect();
        assert_eq!(got, want);
        assert!(pp.runqempty());
        assert!(glob(&sched).is_empty());
    }

    #[test]
    fn fifo_across_counter_wraparound() {
        // The counters run freely; a queue near u32::MAX must behave.
        let sched = Mutex::new(GlobalRunq::new());
        let mut pp = Runq::new();
        pp.ring.runqhead.store(u32::MAX - 5, Ordering::Relaxed);
        pp.ring.runqtail.store(u32::MAX - 5, Ordering::Relaxed);
        for i in 0..300 {
            pp.runqput(g(i), false, &sched);
        }
        assert_eq!(glob(&sched), [ids(0..128), vec![g(256)]].concat());
        let got: Vec<_> = drain(&mut pp).into_iter().map(|(gp, _)| gp).collect();
        assert_eq!(got, [ids(128..256), ids(257..300)].concat());
    }

    #[test]
    fn runnext_is_taken_first_and_flagged() {
        let sched = Mutex::new(GlobalRunq::new());
        let mut pp = Runq::new();
        pp.runqput(g(1), false, &sched);
        pp.runqput(g(2), false, &sched);
        pp.runqput(g(3), true, &sched);
        assert_eq!(pp.runqsize(), 2, "runnext is not counted in runqsize");
        assert_eq!(drain(&mut pp), [(g(3), true), (g(1), false), (g(2), false)]);
    }

    #[test]
    fn runnext_only_is_not_empty() {
        let sched = Mutex::new(GlobalRunq::new());
        let mut pp = Runq::new();
        pp.runqput(g(7), true, &sched);
        assert!(!pp.runqempty());
        assert!(!pp.stealer().runqempty());
        assert_eq!(pp.runqget(), Some((g(7), true)));
        assert!(pp.runqempty());
    }

    #[test]
    fn old_runnext_is_kicked_to_the_tail() {
        let sched = Mutex::new(GlobalRunq::new());
        let mut pp = Runq::new();
        pp.runqput(g(1), false, &sched);
        pp.runqput(g(2), true, &sched);
        pp.runqput(g(3), true, &sched); // kicks 2 behind 1
        pp.runqput(g(4), false, &sched);
        assert_eq!(
            drain(&mut pp),
            [(g(3), true), (g(1), false), (g(2), false), (g(4), false)]
        );
    }

    #[test]
    fn overflow_moves_half_and_the_new_g_to_the_global_queue() {
        let sched = Mutex::new(GlobalRunq::new());
        let mut pp = Runq::new();
        for i in 0..256 {
            pp.runqput(g(i), false, &sched);
        }
        assert_eq!(pp.runqsize(), 256);
        assert!(glob(&sched).is_empty(), "256 fit without spilling");
        pp.runqput(g(256), false, &sched);
        assert_eq!(glob(&sched), [ids(0..128), vec![g(256)]].concat());
        assert_eq!(pp.runqsize(), 128);
        let got: Vec<_> = drain(&mut pp).into_iter().map(|(gp, _)| gp).collect();
        assert_eq!(got, ids(128..256));
    }

    #[test]
    fn overflow_through_runnext_spills_the_kicked_g() {
        let sched = Mutex::new(GlobalRunq::new());
        let mut pp = Runq::new();
        pp.runqput(g(1000), true, &sched);
        for i in 0..256 {
            pp.runqput(g(i), false, &sched);
        }
        pp.runqput(g(2000), true, &sched); // 1000 is kicked into a full ring
        assert_eq!(glob(&sched), [ids(0..128), vec![g(1000)]].concat());
        assert_eq!(pp.runqget(), Some((g(2000), true)));
        assert_eq!(pp.runqsize(), 128);
    }

    #[test]
    fn steal_takes_half_rounded_up_in_order() {
        let sched = Mutex::new(GlobalRunq::new());
        for len in [1u32, 2, 3, 10, 11, 255, 256] {
            let mut victim = Runq::new();
            let mut thief = Runq::new();
            for i in 0..len {
                victim.runqput(g(i), false, &sched);
            }
            let n = len - len / 2;
            // The last G stolen is the one to run; the others wait in order.
            assert_eq!(
                thief.runqsteal(&victim.stealer(), false),
                Some(g(n - 1)),
                "len {len}"
            );
            let stolen: Vec<_> = drain(&mut thief).into_iter().map(|(gp, _)| gp).collect();
            assert_eq!(stolen, ids(0..n - 1), "len {len}");
            let left: Vec<_> = drain(&mut victim).into_iter().map(|(gp, _)| gp).collect();
            assert_eq!(left, ids(n..len), "len {len}");
        }
        assert!(glob(&sched).is_empty());
    }

    #[test]
    fn steal_leaves_runnext_while_the_queue_has_gs() {
        let sched = Mutex::new(GlobalRunq::new());
        let mut victim = Runq::new();
        let mut thief = Runq::new();
        victim.runqput(g(1), false, &sched);
        victim.runqput(g(2), false, &sched);
        victim.runqput(g(9), true, &sched);
        assert_eq!(thief.runqsteal(&victim.stealer(), true), Some(g(1)));
        assert!(thief.runqempty());
        assert_eq!(drain(&mut victim), [(g(9), true), (g(2), false)]);
    }

    #[test]
    fn runnext_is_stolen_only_from_an_empty_queue_when_allowed() {
        let sched = Mutex::new(GlobalRunq::new());
        let mut victim = Runq::new();
        let mut thief = Runq::new();
        assert_eq!(thief.runqsteal(&victim.stealer(), true), None);
        victim.runqput(g(5), true, &sched);
        assert_eq!(thief.runqsteal(&victim.stealer(), false), None);
        assert_eq!(victim.runqsize(), 0);
        assert!(!victim.runqempty(), "runnext must still be there");
        assert_eq!(thief.runqsteal(&victim.stealer(), true), Some(g(5)));
        assert!(victim.runqempty());
        assert!(
            thief.runqempty(),
            "the stolen runnext runs, it is not queued"
        );
        assert_eq!(victim.runqget(), None);
    }

    #[test]
    fn steal_into_a_full_queue_takes_only_what_fits() {
        let sched = Mutex::new(GlobalRunq::new());
        let mut victim = Runq::new();
        let mut thief = Runq::new();
        for i in 0..100 {
            victim.runqput(g(i), false, &sched);
        }
        for i in 1000..1253 {
            thief.runqput(g(i), false, &sched);
        }
        // Room for 3: two queued, one returned.
        assert_eq!(thief.runqsteal(&victim.stealer(), true), Some(g(2)));
        assert_eq!(thief.runqsize(), 255);
        assert_eq!(victim.runqsize(), 97);
        thief.runqput(g(1253), false, &sched);
        assert_eq!(thief.runqsteal(&victim.stealer(), true), None, "no room");
        assert_eq!(victim.runqsize(), 97);
        let got: Vec<_> = drain(&mut thief).into_iter().map(|(gp, _)| gp).collect();
        assert_eq!(got, [ids(1000..1253), ids(0..2), vec![g(1253)]].concat());
        assert!(glob(&sched).is_empty());
    }

    #[test]
    fn stealing_from_oneself_rotates_the_queue() {
        let sched = Mutex::new(GlobalRunq::new());
        let mut pp = Runq::new();
        for i in 0..10 {
            pp.runqput(g(i), false, &sched);
        }
        let me = pp.stealer();
        assert_eq!(pp.runqsteal(&me, false), Some(g(4)));
        let got: Vec<_> = drain(&mut pp).into_iter().map(|(gp, _)| gp).collect();
        assert_eq!(got, [ids(5..10), ids(0..4)].concat());
    }

    #[test]
    fn global_queue_order_and_head() {
        let mut q = GlobalRunq::new();
        assert_eq!(q.globrunqget(), None);
        q.globrunqput(g(1));
        q.globrunqput(g(2));
        q.globrunqputhead(g(0));
        let mut b = Batch::new();
        for i in 3..6 {
            b.push_back(g(i)).unwrap();
        }
        q.globrunqputbatch(&mut b);
        assert!(b.is_empty(), "globrunqputbatch clears the batch");
        assert_eq!(q.size(), 6);
        let got: Vec<_> = std::iter::from_fn(|| q.globrunqget()).collect();
        assert_eq!(got, ids(0..6));
        assert!(q.is_empty());
    }

    #[test]
    fn global_batch_get_respects_the_limits() {
        // (queue size, n, gomaxprocs) -> how many come out:
        // min(n, size, size/gomaxprocs + 1, 128).
        let cases = [
            (0, 128, 1, 0),
            (1, 128, 1, 1),
            (3, 128, 1, 3),
            (100, 128, 4, 26),
            (10, 128, 8, 2),
            (7, 128, 8, 1),
            (1000, 128, 1, 128),
            (1000, 500, 1, 128),
            (1000, 5, 1, 5),
            (1000, 128, 3, 128),
            (1000, 128, 16, 63),
            (50, 128, 0, 50), // gomaxprocs 0 counts as 1
            (50, 0, 1, 0),
        ];
        for (size, n, gomaxprocs, want) in cases {
            let mut q = GlobalRunq::new();
            for i in 0..size {
                q.globrunqput(g(i));
            }
            let got = q.globrunqgetbatch(n, gomaxprocs);
            let taken = match &got {
                None => vec![],
                Some((gp, b)) => std::iter::once(*gp).chain(b.iter()).collect(),
            };
            assert_eq!(
                taken,
                ids(0..want),
                "size {size} n {n} gomaxprocs {gomaxprocs}"
            );
            assert_eq!(q.size(), (size - want) as usize);
            if let Some(next) = q.globrunqget() {
                assert_eq!(next, g(want), "the rest stays in order");
            }
        }
    }

    #[test]
    fn global_batch_goes_into_the_local_queue_in_order() {
        let sched = Mutex::new(GlobalRunq::new());
        let mut pp = Runq::new();
        for i in 0..250 {
            pp.runqput(g(i), false, &sched);
        }
        let mut q = GlobalRunq::new();
        for i in 1000..1100 {
            q.globrunqput(g(i));
        }
        let (gp, mut batch) = q.globrunqgetbatch(RUNQ_SIZE / 2, 1).unwrap();
        assert_eq!(gp, g(1000));
        assert_eq!(batch.len(), 99);
        pp.runqputbatch(&mut batch);
        // Six fit; the rest stay in the batch, in order.
        assert_eq!(batch.iter().collect::<Vec<_>>(), ids(1007..1100));
        let got: Vec<_> = drain(&mut pp).into_iter().map(|(gp, _)| gp).collect();
        assert_eq!(got, [ids(0..250), ids(1001..1007)].concat());
    }

    #[test]
    fn batch_is_a_bounded_fifo() {
        let mut b = Batch::new();
        assert_eq!(b.pop(), None);
        for i in 0..BATCH_CAP as u32 {
            b.push_back(g(i)).unwrap();
        }
        assert_eq!(b.push_back(g(999)), Err(g(999)));
        assert_eq!(b.pop(), Some(g(0)));
        b.push_back(g(999)).unwrap(); // wraps around
        let got: Vec<_> = std::iter::from_fn(|| b.pop()).collect();
        assert_eq!(got, [ids(1..BATCH_CAP as u32), vec![g(999)]].concat());
    }

    /// Go's semantics written plainly, to check every operation against.
    #[derive(Default, Clone, Debug, PartialEq)]
    struct ModelP {
        runnext: Option<GId>,
        runq: VecDeque<GId>,
    }

    #[derive(Default)]
    struct Model {
        ps: [ModelP; 2],
        glob: VecDeque<GId>,
        overflows: u32,
    }

    impl Model {
        fn runqput(&mut self, p: usize, mut gp: GId, next: bool) {
            if next {
                match self.ps[p].runnext.replace(gp) {
                    None => return,
                    Some(old) => gp = old,
                }
            }
            let q = &mut self.ps[p].runq;
            if q.len() < RUNQ_SIZE as usize {
                q.push_back(gp);
            } else {
                self.glob.extend(q.drain(..RUNQ_SIZE as usize / 2));
                self.glob.push_back(gp);
                self.overflows += 1;
            }
        }

        fn runqget(&mut self, p: usize) -> Option<(GId, bool)> {
            let pp = &mut self.ps[p];
            if let Some(gp) = pp.runnext.take() {
                return Some((gp, true));
            }
            pp.runq.pop_front().map(|gp| (gp, false))
        }

        fn runqsteal(&mut self, p: usize, p2: usize, steal_runnext: bool) -> Option<GId> {
            let room = RUNQ_SIZE as usize - self.ps[p].runq.len();
            let len = self.ps[p2].runq.len();
            if len == 0 {
                if steal_runnext && room > 0 {
                    return self.ps[p2].runnext.take();
                }
                return None;
            }
            let n = (len - len / 2).min(room);
            if n == 0 {
                return None;
            }
            let mut stolen: Vec<GId> = self.ps[p2].runq.drain(..n).collect();
            let gp = stolen.pop();
            self.ps[p].runq.extend(stolen);
            gp
        }

        fn globrunqgetbatch(&mut self, p: usize, n: u32, gomaxprocs: u32) -> Option<GId> {
            let size = self.glob.len();
            let n = (n as usize)
                .min(size)
                .min(size / gomaxprocs.max(1) as usize + 1)
                .min(128);
            let mut taken: VecDeque<GId> = self.glob.drain(..n).collect();
            let gp = taken.pop_front()?;
            let room = RUNQ_SIZE as usize - self.ps[p].runq.len();
            let fit = taken.len().min(room);
            self.ps[p].runq.extend(taken.drain(..fit));
            while let Some(left) = taken.pop_back() {
                self.glob.push_front(left);
            }
            Some(gp)
        }
    }

    /// Every operation in random order, against the model above.
    #[test]
    fn random_sequences_match_the_model() {
        // Weights of runqput, runqget, runqsteal, globrunqgetbatch,
        // globrunqput, globrunqputhead; each sums to 100.
        const FILL: [u32; 6] = [60, 10, 12, 8, 5, 5];
        const DRAIN: [u32; 6] = [20, 45, 15, 12, 4, 4];
        for seed in 1..=6u64 {
            let mut rng = Rng::new(seed);
            let sched = Mutex::new(GlobalRunq::new());
            let mut ps = [Runq::new(), Runq::new()];
            let stealers = [ps[0].stealer(), ps[1].stealer()];
            let mut model = Model::default();
            let mut next_id = 0u32;
            for step in 0..12_000 {
                let p = rng.below(2) as usize;
                // Phases of filling and draining, so that the rings
                // overflow and empty again and the global queue stays short.
                let weights = if (step / 1500) % 2 == 0 { FILL } else { DRAIN };
                let mut roll = rng.below(100);
                let op = weights
                    .iter()
                    .position(|&w| {
                        let hit = roll < w;
                        roll = roll.saturating_sub(w);
                        hit
                    })
                    .unwrap_or(0);
                let what = match op {
                    0 => {
                        let next = rng.below(3) == 0;
                        ps[p].runqput(g(next_id), next, &sched);
                        model.runqput(p, g(next_id), next);
                        next_id += 1;
                        format!("runqput({next})")
                    }
                    1 => {
                        assert_eq!(ps[p].runqget(), model.runqget(p), "seed {seed} step {step}");
                        "runqget".into()
                    }
                    2 => {
                        // Mostly another P; now and then itself.
                        let p2 = if rng.below(8) == 0 { p } else { 1 - p };
                        let srn = rng.below(2) == 0;
                        assert_eq!(
                            ps[p].runqsteal(&stealers[p2], srn),
                            model.runqsteal(p, p2, srn),
                            "seed {seed} step {step} runqsteal({p2}, {srn})"
                        );
                        "runqsteal".into()
                    }
                    3 => {
                        let n = rng.below(200);
                        let gomaxprocs = rng.below(5);
                        let mut q = sched.lock().unwrap();
                        let got = q.globrunqgetbatch(n, gomaxprocs).map(|(gp, mut batch)| {
                            ps[p].runqputbatch(&mut batch);
                            let left: Vec<_> = batch.iter().collect();
                            for &gp in left.iter().rev() {
                                q.globrunqputhead(gp);
                            }
                            gp
                        });
                        drop(q);
                        assert_eq!(
                            got,
                            model.globrunqgetbatch(p, n, gomaxprocs),
                            "seed {seed} step {step}"
                        );
                        "globrunqgetbatch".into()
                    }
                    4 => {
                        sched.lock().unwrap().globrunqput(g(next_id));
                        model.glob.push_back(g(next_id));
                        next_id += 1;
                        "globrunqput".into()
                    }
                    _ => {
                        sched.lock().unwrap().globrunqputhead(g(next_id));
                        model.glob.push_front(g(next_id));
                        next_id += 1;
                        "globrunqputhead".into()
                    }
                };
                for (i, pp) in ps.iter().enumerate() {
                    let (runnext, runq) = pp.ring.contents();
                    let want = &model.ps[i];
                    assert_eq!(runnext, want.runnext, "seed {seed} step {step} {what} P{i}");
                    assert!(
                        runq.iter().eq(want.runq.iter()),
                        "seed {seed} step {step} {what} P{i}"
                    );
                    assert_eq!(pp.runqsize() as usize, want.runq.len());
                    assert_eq!(
                        pp.runqempty(),
                        want.runnext.is_none() && want.runq.is_empty()
                    );
                }
                assert!(
                    sched.lock().unwrap().runq.iter().eq(model.glob.iter()),
                    "seed {seed} step {step} {what} global queue"
                );
            }
            assert!(
                model.overflows > 10,
                "seed {seed}: the sequence must overflow the ring"
            );
        }
    }

    /// A sched.lock that counts the batches runqputslow sends it.
    struct CountingSched {
        runq: Mutex<GlobalRunq>,
        batches: AtomicU32,
    }

    impl SchedLock for CountingSched {
        fn globrunqputbatch(&self, batch: &mut Batch) {
            assert_eq!(batch.len(), BATCH_CAP, "runqputslow spills 128 + 1");
            self.batches.fetch_add(1, Ordering::Relaxed);
            self.runq.globrunqputbatch(batch);
        }
    }

    /// Eight Ps get and steal concurrently, four of them also creating Gs
    /// and draining the global queue, the other four living on stealing. A G
    /// that runs is put back on the queue of the P that ran it, as a G that
    /// yields is, until it has run RUNS times, so Gs wander between Ps; in
    /// the end every G must have run exactly RUNS times: a lost one runs
    /// fewer, a duplicated one more.
    #[test]
    fn concurrent_put_get_steal_loses_and_duplicates_nothing() {
        assert!(
            (1..=5).any(put_get_steal_round),
            "five rounds and nothing was stolen, or no ring overflowed"
        );
    }

    /// One round of the test above, which returns whether every path was
    /// taken: how the OS schedules eight threads on few cores decides how
    /// much they overlap, and now and then a round runs nearly serially.
    fn put_get_steal_round(seed: u64) -> bool {
        const PROCS: u32 = 8;
        const PRODUCERS: u32 = PROCS / 2;
        const TOTAL: u32 = 100_000;
        const PER_P: u32 = TOTAL / PRODUCERS;
        const RUNS: u8 = 3;

        let mut runqs: Vec<Runq> = (0..PROCS).map(|_| Runq::new()).collect();
        let stealers: Vec<RunqStealer> = runqs.iter().map(Runq::stealer).collect();
        let sched = CountingSched {
            runq: Mutex::new(GlobalRunq::new()),
            batches: AtomicU32::new(0),
        };
        let runs: Vec<AtomicU8> = (0..TOTAL).map(|_| AtomicU8::new(0)).collect();
        let runs_total = AtomicU32::new(0);
        let steals = AtomicU32::new(0);
        let give_up = AtomicBool::new(false);
        let deadline = Instant::now() + Duration::from_secs(20);
        let start = Barrier::new(PROCS as usize);

        thread::scope(|s| {
            for (me, pp) in (0..PROCS).zip(runqs.iter_mut()) {
                let (stealers, sched, runs, runs_total, steals, give_up, start) = (
                    &stealers,
                    &sched,
                    &runs,
                    &runs_total,
                    &steals,
                    &give_up,
                    &start,
                );
                s.spawn(move || {
                    let mut rng = Rng::new(seed * 16 + u64::from(me));
                    let (mut next_id, end) = if me < PRODUCERS {
                        (me * PER_P, (me + 1) * PER_P)
                    } else {
                        (0, 0)
                    };
                    let steal = |pp: &mut Runq, rng: &mut Rng| {
                        for round in 0..4 {
                            let victim = rng.below(PROCS);
                            if victim == me {
                                continue;
                            }
                            let victim = &stealers[victim as usize];
                            if let Some(gp) = pp.runqsteal(victim, round == 3) {
                                steals.fetch_add(1, Ordering::Relaxed);
                                return Some(gp);
                            }
                        }
                        None
                    };
                    // findRunnable, cut down: local, global, steal; only
                    // the producers look at the global queue, so that the
                    // others must steal (and steals happen, whatever the
                    // OS's scheduling).
                    let find_runnable = |pp: &mut Runq, rng: &mut Rng| {
                        if let Some((gp, _)) = pp.runqget() {
                            return Some(gp);
                        }
                        if me >= PRODUCERS {
                            return steal(pp, rng);
                        }
                        let mut q = sched.runq.lock().unwrap();
                        if let Some((gp, mut batch)) = q.globrunqgetbatch(RUNQ_SIZE / 2, PROCS) {
                            drop(q);
                            pp.runqputbatch(&mut batch);
                            assert!(batch.is_empty(), "a batch fits an empty queue");
                            return Some(gp);
                        }
                        drop(q);
                        steal(pp, rng)
                    };
                    start.wait();
                    loop {
                        if next_id < end && rng.below(2) == 0 {
                            // Now and then a burst longer than the ring, to
                            // overflow it.
                            let most = if rng.below(16) == 0 { 300 } else { 40 };
                            for _ in 0..1 + rng.below(most) {
                                if next_id == end {
                                    break;
                                }
                                pp.runqput(g(next_id), rng.below(4) == 0, sched);
                                next_id += 1;
                            }
                        }
                        for _ in 0..1 + rng.below(100) {
                            let Some(gp) = find_runnable(pp, &mut rng) else {
                                thread::yield_now();
                                break;
                            };
                            let before = runs[gp.0 as usize].fetch_add(1, Ordering::Relaxed);
                            runs_total.fetch_add(1, Ordering::Relaxed);
                            if before + 1 < RUNS {
                                pp.runqput(gp, rng.below(4) == 0, sched);
                            }
                        }
                        if next_id == end
                            && runs_total.load(Ordering::Relaxed) >= TOTAL * u32::from(RUNS)
                        {
                            break;
                        }
                        // A lost G would keep everyone looking forever.
                        if give_up.load(Ordering::Relaxed) || Instant::now() > deadline {
                            give_up.store(true, Ordering::Relaxed);
                            break;
                        }
                    }
                });
            }
        });

        let wrong: Vec<_> = (0..TOTAL)
            .map(|i| (i, runs[i as usize].load(Ordering::Relaxed)))
            .filter(|&(_, n)| n != RUNS)
            .collect();
        assert!(
            wrong.is_empty(),
            "{} Gs did not run {RUNS} times; the first (id, runs): {:?}",
            wrong.len(),
            &wrong[..wrong.len().min(10)]
        );
        assert!(!give_up.load(Ordering::Relaxed));
        for (i, pp) in runqs.iter().enumerate() {
            assert!(pp.runqempty(), "P{i} still has Gs");
        }
        assert!(sched.runq.lock().unwrap().is_empty());
        sched.batches.load(Ordering::Relaxed) > 0 && steals.load(Ordering::Relaxed) > 0
    }

    /// One P readies Gs through runnext, as a goroutine that wakes another
    /// and blocks does, over and over, while three thieves steal from it
    /// with `steal_runnext`: the owner's runqget, its runqput kicking the
    /// old runnext out and the thieves' runqgrab race on runnext itself.
    /// Every G must run exactly once.
    #[test]
    fn concurrent_runnext_steals_lose_and_duplicate_nothing() {
        // On two busy cores the owner can finish a whole round before a
        // thief is scheduled while only runnext is left; a round without
        // such a steal proves nothing either way, so allow more of them.
        assert!(
            (1..=20).any(runnext_round),
            "twenty rounds and no runnext was stolen"
        );
    }

    /// One round of the test above; returns whether a thief took a lone G
    /// (mostly runnext), the race the test is about.
    fn runnext_round(seed: u64) -> bool {
        const THIEVES: usize = 3;
        const TOTAL: u32 = 100_000;

        let sched = Mutex::new(GlobalRunq::new());
        let mut owner = Runq::new();
        let victim = owner.stealer();
        let runs: Vec<AtomicU8> = (0..TOTAL).map(|_| AtomicU8::new(0)).collect();
        let runs_total = AtomicU32::new(0);
        let single_steals = AtomicU32::new(0);
        let give_up = AtomicBool::new(false);
        let deadline = Instant::now() + Duration::from_secs(20);
        let start = Barrier::new(THIEVES + 1);
        let run = |gp: GId| {
            runs[gp.0 as usize].fetch_add(1, Ordering::Relaxed);
            runs_total.fetch_add(1, Ordering::Relaxed)
        };
        // The owner's ring overflows now and then.
        let globrunqget = || sched.lock().unwrap().globrunqget();
        let done = || {
            if Instant::now() > deadline {
                give_up.store(true, Ordering::Relaxed);
            }
            runs_total.load(Ordering::Relaxed) >= TOTAL || give_up.load(Ordering::Relaxed)
        };

        thread::scope(|s| {
            let (run, done, start, sched, globrunqget) =
                (&run, &done, &start, &sched, &globrunqget);
            s.spawn(move || {
                let mut rng = Rng::new(seed);
                start.wait();
                for id in 0..TOTAL {
                    owner.runqput(g(id), true, sched);
                    // Keep the ring short, so that runnext is often all
                    // there is to steal.
                    while rng.below(2) != 0 || owner.runqsize() > 4 {
                        let Some((gp, _)) = owner.runqget() else {
                            break;
                        };
                        run(gp);
                    }
                }
                while !done() {
                    match owner.runqget().map(|(gp, _)| gp).or_else(globrunqget) {
                        Some(gp) => _ = run(gp),
                        None => thread::yield_now(),
                    }
                }
            });
            for _ in 0..THIEVES {
                let (victim, single_steals) = (&victim, &single_steals);
                s.spawn(move || {
                    let mut pp = Runq::new();
                    start.wait();
                    while !done() {
                        if let Some(gp) = pp.runqget().map(|(gp, _)| gp).or_else(globrunqget) {
                            run(gp);
                        } else if let Some(gp) = pp.runqsteal(victim, true) {
                            if pp.runqempty() {
                                single_steals.fetch_add(1, Ordering::Relaxed);
                            }
                            run(gp);
                        } else {
                            thread::yield_now();
                        }
                    }
                });
            }
        });

        let wrong: Vec<_> = (0..TOTAL)
            .map(|i| (i, runs[i as usize].load(Ordering::Relaxed)))
            .filter(|&(_, n)| n != 1)
            .collect();
        assert!(
            wrong.is_empty(),
            "{} Gs did not run once; the first (id, runs): {:?}",
            wrong.len(),
            &wrong[..wrong.len().min(10)]
        );
        assert!(!give_up.load(Ordering::Relaxed));
        assert!(sched.lock().unwrap().is_empty());
        single_steals.load(Ordering::Relaxed) > 0
    }
}
