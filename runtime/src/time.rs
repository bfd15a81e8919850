//! Timers, after Go's runtime/time.go (Go 1.23's design, simplified).
//!
//! Each P has a heap of timers ordered by `when` ([`Timers`], in the P's
//! shared half, behind its own lock, so that any M and any host thread
//! can add to it). A timer is shared ([`TimerRef`] holds an `Arc`) and can
//! be stopped or reset from any thread while the P that owns its heap
//! runs it. Go marks a stopped or moved timer in its state bits and lets
//! the owning P fix its heap later ("zombies", `timerModified`); minigo
//! keeps the lazy deletion but with a sequence number instead of the bits:
//!
//! - every heap entry carries the timer's `seq` at the time it was pushed;
//! - stop and reset bump `seq` (under the timer's lock), which makes the
//!   old entry stale, and count it in its heap's `zombies`; reset pushes a
//!   fresh entry at once, so a timer has at most one live entry, in the
//!   heap its `ts` names;
//! - whoever looks at the head of a heap (check, run, cleanHead) drops
//!   stale entries there; a P whose heap is more than a quarter zombies
//!   sweeps it whole (Go's forced `adjust`).
//!
//! Timers run where Go runs them: `check` at the top of findRunnable for
//! the M's own P and in stealWork's last round for the other Ps. A heap is
//! run by one M at a time (`running`), so a P's timers fire in deadline
//! order; the timer's function ([`Executor::fire`]) is called with no lock
//! held, on the M that runs the heap, with a [`TimerCtx`] for the P that
//! M holds (goready puts the G in that P's runnext, as Go's goroutineReady
//! does).
//!
//! Someone must wait for the next timer when every P is idle. Go's M that
//! finds nothing to do blocks in the network poller until the earliest
//! timer (`sched.lastpoll == 0` says one is there, `sched.pollUntil` until
//! when), and an earlier timer breaks it out (`wakeNetPoller`). minigo has
//! no netpoller yet, so its "poller" is an M sleeping on `sched.pollnote`
//! with a timeout: the same protocol, the note standing in for epoll and
//! `netpollBreak`. checkdead does not declare a deadlock while a timer is
//! armed, and if no M is waiting for it, starts one.
//!
//! Lock order: sched.lock, then a heap's lock, then a timer's lock. No one
//! takes sched.lock while holding the other two, and a timer's function
//! runs with none of them.
//!
//! Times are Go's `when`: nanoseconds since the scheduler's epoch, plus one
//! so that 0 can mean "not armed".

use std::collections::BinaryHeap;
use std::sync::atomic::{AtomicI64, AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, Weak};
use std::time::{Duration, Instant};

use crate::executor::Executor;
use crate::g::GId;
use crate::p::{PShared, P};
use crate::proc::Sched;

/// `maxWhen`.
pub(crate) const MAX_WHEN: i64 = i64::MAX;

/// What a timer's lock protects.
struct TimerState {
    /// When it fires next; 0: not armed (stopped, or a one-shot that
    /// fired).
    when: i64,
    /// Re-arm at when+period after firing; 0: one-shot.
    period: i64,
    /// Bumped by every stop and reset: a heap entry with another seq is
    /// stale.
    seq: u64,
    /// The id of the P whose heap holds the live entry (or held the last
    /// one): where reset puts it again.
    ts: usize,
}

/// A timer, Go's `timer`: shared by its heap and its [`TimerRef`]s.
pub(crate) struct Timer<E: Executor> {
    mu: Mutex<TimerState>,
    /// A copy of `seq`, read without the lock by whoever looks at a heap.
    aseq: AtomicU64,
    /// A copy of `ts`, read without the lock to pick the heap to lock.
    ats: AtomicUsize,
    sched: Weak<Sched<E>>,
    f: E::Timer,
}

impl<E: Executor> Timer<E> {
    fn lock(&self) -> MutexGuard<'_, TimerState> {
        self.mu.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn live(&self, seq: u64) -> bool {
        self.aseq.load(Ordering::Acquire) == seq
    }
}

/// A heap entry, Go's `timerWhen`.
struct TimerWhen<E: Executor> {
    when: i64,
    seq: u64,
    t: Arc<Timer<E>>,
}

impl<E: Executor> TimerWhen<E> {
    fn live(&self) -> bool {
        self.t.live(self.seq)
    }
}

// BinaryHeap is a max-heap: the earliest `when` is the greatest.
impl<E: Executor> Ord for TimerWhen<E> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        other.when.cmp(&self.when)
    }
}

impl<E: Executor> PartialOrd for TimerWhen<E> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<E: Executor> PartialEq for TimerWhen<E> {
    fn eq(&self, other: &Self) -> bool {
        self.when == other.when
    }
}

impl<E: Executor> Eq for TimerWhen<E> {}

/// What a heap's lock protects.
pub(crate) struct TimersInner<E: Executor> {
    heap: BinaryHeap<TimerWhen<E>>,
    /// An M is running this heap's timers (it unlocks the heap while a
    /// timer's function runs): others leave the heap to it.
    running: bool,
    /// The P was destroyed by GOMAXPROCS: its timers moved to another
    /// P's heap, and nothing may be added here until it comes back.
    dead: bool,
}

/// A P's timers, Go's `timers`.
pub(crate) struct Timers<E: Executor> {
    mu: Mutex<TimersInner<E>>,
    /// `len`: the heap's size at the last unlock.
    pub len: AtomicU32,
    /// Stale entries in the heap.
    zombies: AtomicI64,
    /// `minWhenHeap`: heap[0].when at the last unlock, 0 for none. Stale
    /// entries count: at worst an M wakes early and drops them.
    min_when_heap: AtomicI64,
}

/// A heap locked; unlocking publishes `len` and `minWhenHeap`, as Go's
/// `timers.unlock` does.
pub(crate) struct TimersLocked<'a, E: Executor> {
    guard: MutexGuard<'a, TimersInner<E>>,
    ts: &'a Timers<E>,
}

impl<E: Executor> std::ops::Deref for TimersLocked<'_, E> {
    type Target = TimersInner<E>;
    fn deref(&self) -> &TimersInner<E> {
        &self.guard
    }
}

impl<E: Executor> std::ops::DerefMut for TimersLocked<'_, E> {
    fn deref_mut(&mut self) -> &mut TimersInner<E> {
        &mut self.guard
    }
}

impl<E: Executor> Drop for TimersLocked<'_, E> {
    fn drop(&mut self) {
        let ts = self.ts;
        ts.len.store(self.guard.heap.len() as u32, Ordering::SeqCst);
        ts.min_when_heap.store(
            self.guard.heap.peek().map_or(0, |tw| tw.when),
            Ordering::SeqCst,
        );
    }
}

/// What `run` found at the head of a heap.
enum Run<E: Executor> {
    /// A due timer, taken (and re-armed if periodic): fire it, with how
    /// late it is.
    Fire(Arc<Timer<E>>, i64),
    /// The next timer is due then.
    Next(i64),
    /// No timers.
    Empty,
}

impl<E: Executor> Default for Timers<E> {
    fn default() -> Self {
        Timers {
            mu: Mutex::new(TimersInner {
                heap: BinaryHeap::new(),
                running: false,
                dead: false,
            }),
            len: AtomicU32::new(0),
            zombies: AtomicI64::new(0),
            min_when_heap: AtomicI64::new(0),
        }
    }
}

impl<E: Executor> Timers<E> {
    pub fn lock(&self) -> TimersLocked<'_, E> {
        TimersLocked {
            guard: self.mu.lock().unwrap_or_else(PoisonError::into_inner),
            ts: self,
        }
    }

    /// wakeTime: when the earliest timer is due, 0 for none.
    pub fn wake_time(&self) -> i64 {
        self.min_when_heap.load(Ordering::SeqCst)
    }

    /// cleanHead: drop stale entries at the head.
    fn clean_head(&self, inner: &mut TimersInner<E>) {
        while inner.heap.peek().is_some_and(|tw| !tw.live()) {
            inner.heap.pop();
            self.zombies.fetch_sub(1, Ordering::Relaxed);
        }
    }

    /// adjust(force): drop every stale entry.
    fn clean_all(&self, inner: &mut TimersInner<E>) {
        let before = inner.heap.len();
        inner.heap.retain(TimerWhen::live);
        let removed = (before - inner.heap.len()) as i64;
        self.zombies.fetch_sub(removed, Ordering::Relaxed);
    }

    /// run: look at the first timer; take it if it is due. Stale entries
    /// on the way are dropped.
    fn run(&self, inner: &mut TimersInner<E>, now: i64) -> Run<E> {
        loop {
            let Some(top) = inner.heap.peek() else {
                return Run::Empty;
            };
            if !top.live() {
                inner.heap.pop();
                self.zombies.fetch_sub(1, Ordering::Relaxed);
                continue;
            }
            if top.when > now {
                // Fast path: not ready to run.
                return Run::Next(top.when);
            }
            let Some(tw) = inner.heap.pop() else {
                return Run::Empty;
            };
            let t = tw.t;
            let mut s = t.lock();
            if s.seq != tw.seq {
                // Stopped or reset since we looked.
                drop(s);
                self.zombies.fetch_sub(1, Ordering::Relaxed);
                continue;
            }
            let delay = now - s.when;
            if s.period > 0 {
                // Leave in heap but adjust next time to fire: Go's
                // catch-up rule, the first when+k*period after now.
                let next = s
                    .period
                    .checked_mul(1 + delay / s.period)
                    .and_then(|d| s.when.checked_add(d))
                    .unwrap_or(MAX_WHEN);
                s.when = next;
                s.seq += 1;
                t.aseq.store(s.seq, Ordering::Release);
                inner.heap.push(TimerWhen {
                    when: next,
                    seq: s.seq,
                    t: Arc::clone(&t),
                });
            } else {
                s.when = 0;
            }
            drop(s);
            return Run::Fire(t, delay);
        }
    }

    fn has_live(&self) -> bool {
        self.lock().heap.iter().any(TimerWhen::live)
    }
}

/// A handle on a timer: stop or reset it from any thread. Clones share
/// the timer. Dropping every handle does not stop an armed timer; it
/// fires and, if it is one-shot, is freed.
pub struct TimerRef<E: Executor> {
    t: Arc<Timer<E>>,
}

impl<E: Executor> Clone for TimerRef<E> {
    fn clone(&self) -> Self {
        TimerRef {
            t: Arc::clone(&self.t),
        }
    }
}

impl<E: Executor> TimerRef<E> {
    /// t.stop, time.Timer.Stop: disarm it. True if it was armed (it had
    /// not fired yet, or it is periodic); false if it had fired or been
    /// stopped already. A firing already under way is not undone.
    pub fn stop(&self) -> bool {
        match self.t.sched.upgrade() {
            Some(sched) => sched.stoptimer(&self.t),
            None => false,
        }
    }

    /// t.reset, time.Timer.Reset: arm it for `when` (and every `period`
    /// after), on the heap it was on. Says whether it was armed before.
    /// A `period` of zero is no period. After the run has ended it does
    /// nothing and returns false.
    pub fn reset(&self, when: Instant, period: Option<Duration>) -> bool {
        match self.t.sched.upgrade() {
            Some(sched) => {
                let home = self.t.ats.load(Ordering::Relaxed);
                sched.modtimer(&self.t, when, period, home)
            }
            None => false,
        }
    }

    /// Whether it is armed.
    pub fn active(&self) -> bool {
        self.t.lock().when > 0
    }

    /// The executor's payload.
    pub fn payload(&self) -> &E::Timer {
        &self.t.f
    }
}

/// What a firing timer's function can do: its view of the P whose M runs
/// the timers.
pub struct TimerCtx<'a, E: Executor> {
    sched: &'a Arc<Sched<E>>,
    p: &'a mut P<E>,
    delay: Duration,
}

impl<E: Executor> TimerCtx<'_, E> {
    /// goready (goroutineReady): the G goes to runnext on this P.
    pub fn goready(&mut self, gp: GId) {
        self.sched.ready(self.p, gp);
    }

    /// newproc, as time.AfterFunc's `go f()`: the new G goes to runnext on
    /// this P. Returns the goid.
    pub fn newproc(&mut self, make: impl FnOnce(Option<E::Task>) -> E::Task) -> u64 {
        let (gp, goid) = self.sched.newproc1(self.p, make);
        self.p.runq.runqput(gp, true, &**self.sched);
        self.sched.wakep();
        goid
    }

    /// The executor's state in this P.
    pub fn plocal(&mut self) -> &mut E::PLocal {
        &mut self.p.plocal
    }

    /// This P's id.
    pub fn p_id(&self) -> usize {
        self.p.id
    }

    /// How late the timer fires (Go's `delay`: now - when).
    pub fn delay(&self) -> Duration {
        self.delay
    }

    pub fn sched(&self) -> &Arc<Sched<E>> {
        self.sched
    }
}

impl<E: Executor> Sched<E> {
    /// nanotime, as a `when`.
    pub(crate) fn nanotime(&self) -> i64 {
        self.when_at(Instant::now())
    }

    /// An instant as a `when`: at least 1, at most maxWhen.
    pub(crate) fn when_at(&self, at: Instant) -> i64 {
        let d = at.saturating_duration_since(self.epoch);
        i64::try_from(d.as_nanos())
            .unwrap_or(MAX_WHEN)
            .saturating_add(1)
    }

    /// The P whose heap a timer made outside any P goes to: the Ps take
    /// turns.
    fn timer_home(&self) -> usize {
        self.timerhome.fetch_add(1, Ordering::Relaxed) % self.gomaxprocs().max(1)
    }

    /// A new timer, not armed, that will live on P `home`'s heap.
    pub(crate) fn newtimer_on(&self, home: usize, f: E::Timer) -> TimerRef<E> {
        TimerRef {
            t: Arc::new(Timer {
                mu: Mutex::new(TimerState {
                    when: 0,
                    period: 0,
                    seq: 0,
                    ts: home,
                }),
                aseq: AtomicU64::new(0),
                ats: AtomicUsize::new(home),
                sched: self.this.clone(),
                f,
            }),
        }
    }

    /// A new timer, not armed, from any thread: arm it with
    /// [`TimerRef::reset`]. (Go's `time.Sleep` makes the G's timer first
    /// and resets it in gopark's unlockf, once the G is parked; that is
    /// what this is for.)
    pub fn newtimer(&self, f: E::Timer) -> TimerRef<E> {
        self.newtimer_on(self.timer_home(), f)
    }

    /// addtimer from any thread (a host thread, say): a timer armed for
    /// `when`, and every `period` after it, on one of the Ps' heaps.
    pub fn addtimer(&self, when: Instant, period: Option<Duration>, f: E::Timer) -> TimerRef<E> {
        let t = self.newtimer(f);
        t.reset(when, period);
        t
    }

    /// t.modify / t.reset: (re-)arm `t` on P `home`'s heap (P0's if that
    /// P is gone), its previous entry, if any, left as a zombie. Says
    /// whether it was armed.
    pub(crate) fn modtimer(
        &self,
        t: &Arc<Timer<E>>,
        when: Instant,
        period: Option<Duration>,
        home: usize,
    ) -> bool {
        let when = self.when_at(when);
        let period = period.map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(MAX_WHEN));
        let mut id = home;
        loop {
            let Some(ps) = self.pshared(id).or_else(|| self.pshared(0)) else {
                return false;
            };
            let ts = &ps.timers;
            let mut inner = ts.lock();
            if self.exiting.load(Ordering::SeqCst) {
                // The run is over (or ending): timers are being dropped.
                drop(inner);
                return self.stoptimer(t);
            }
            if inner.dead && ps.id != 0 {
                // Its P was destroyed; P0 never is.
                id = 0;
                continue;
            }
            ts.clean_head(&mut inner);
            let mut s = t.lock();
            let pending = s.when > 0;
            if pending {
                // The old entry is a zombie now.
                if let Some(old) = self.pshared(s.ts) {
                    old.timers.zombies.fetch_add(1, Ordering::Relaxed);
                }
            }
            s.seq += 1;
            t.aseq.store(s.seq, Ordering::Release);
            s.when = when;
            s.period = period;
            s.ts = ps.id;
            t.ats.store(ps.id, Ordering::Relaxed);
            let first = inner.heap.peek().map_or(0, |tw| tw.when);
            let wake = first == 0 || when < first;
            inner.heap.push(TimerWhen {
                when,
                seq: s.seq,
                t: Arc::clone(t),
            });
            drop(s);
            drop(inner);
            if wake {
                self.wake_net_poller(when);
            }
            return pending;
        }
    }

    /// t.stop: disarm; the heap entry stays, a zombie, for its P to drop.
    pub(crate) fn stoptimer(&self, t: &Timer<E>) -> bool {
        let mut s = t.lock();
        let pending = s.when > 0;
        if pending {
            if let Some(ps) = self.pshared(s.ts) {
                ps.timers.zombies.fetch_add(1, Ordering::Relaxed);
            }
            s.seq += 1;
            t.aseq.store(s.seq, Ordering::Release);
            // The M waiting for timers may be waiting for this one: let
            // it look again (it may be the last thing that could run).
            if self.lastpoll.load(Ordering::SeqCst) == 0
                && self.poll_until.load(Ordering::SeqCst) == s.when
            {
                self.pollnote.notewakeup();
            }
            s.when = 0;
        }
        pending
    }

    /// wakeNetPoller: someone must be there for a timer due at `when`.
    /// If an M waits for the next timer (the poller) and would wake after
    /// `when`, break its sleep; if none does, wake an idle P's M, which
    /// will look at the timers and become the poller.
    pub(crate) fn wake_net_poller(&self, when: i64) {
        if self.lastpoll.load(Ordering::SeqCst) == 0 {
            // This can have a spurious wakeup but should never miss one.
            let poller_until = self.poll_until.load(Ordering::SeqCst);
            if poller_until == 0 || poller_until > when {
                self.pollnote.notewakeup();
            }
        } else {
            self.wakep();
        }
    }

    /// ts.check: run the timers of P `p2`'s heap that are due, on P `p`
    /// (the caller's own heap if `p2` is None). `now` 0: read the clock
    /// if needed. Returns the time it used, when the next timer is due (0:
    /// none, or not this M's business: another M is running them), and
    /// whether it ran any.
    pub(crate) fn check_timers(
        self: &Arc<Self>,
        p: &mut P<E>,
        p2: Option<&Arc<PShared<E>>>,
        mut now: i64,
    ) -> (i64, i64, bool) {
        let ps = match p2 {
            Some(ps) => Arc::clone(ps),
            None => {
                if p.shared.timers.wake_time() == 0 {
                    // No timers to run or adjust.
                    return (now, 0, false);
                }
                Arc::clone(&p.shared)
            }
        };
        let ts = &ps.timers;
        let next = ts.wake_time();
        if next == 0 {
            return (now, 0, false);
        }
        if now == 0 {
            now = self.nanotime();
        }
        // If this is the local P, and there are a lot of deleted timers,
        // clear them out.
        let local = ps.id == p.id;
        let force = local
            && ts.zombies.load(Ordering::Relaxed) > i64::from(ts.len.load(Ordering::Relaxed)) / 4;
        if now < next && !force {
            // Next timer is not ready to run, and we don't need to clear
            // deleted timers; but a stale head must not make this M wait
            // for a timer that was stopped.
            if ts.zombies.load(Ordering::Relaxed) > 0 {
                let mut inner = ts.lock();
                ts.clean_head(&mut inner);
                return (now, inner.heap.peek().map_or(0, |tw| tw.when), false);
            }
            return (now, next, false);
        }
        let mut inner = ts.lock();
        if inner.running {
            return (now, 0, false);
        }
        if force {
            ts.clean_all(&mut inner);
        }
        inner.running = true;
        let mut ran = false;
        let mut poll_until = 0;
        loop {
            match ts.run(&mut inner, now) {
                Run::Fire(t, delay) => {
                    drop(inner);
                    let mut ctx = TimerCtx {
                        sched: self,
                        p: &mut *p,
                        delay: Duration::from_nanos(delay.max(0) as u64),
                    };
                    self.executor.fire(&t.f, &mut ctx);
                    drop(t);
                    ran = true;
                    inner = ts.lock();
                }
                Run::Next(w) => {
                    poll_until = w;
                    break;
                }
                Run::Empty => break,
            }
        }
        inner.running = false;
        drop(inner);
        (now, poll_until, ran)
    }

    /// checkTimersNoP: the earliest timer over every P, or `poll_until`
    /// if that is earlier (0: none).
    pub(crate) fn check_timers_no_p(&self, mut poll_until: i64) -> i64 {
        for id in 0..self.gomaxprocs() {
            if let Some(ps) = self.pshared(id) {
                if ps.timers.zombies.load(Ordering::Relaxed) > 0 {
                    let mut inner = ps.timers.lock();
                    ps.timers.clean_head(&mut inner);
                }
                let w = ps.timers.wake_time();
                if w != 0 && (poll_until == 0 || w < poll_until) {
                    poll_until = w;
                }
            }
        }
        poll_until
    }

    /// Whether any P's heap has an armed timer (checkdead's question).
    pub(crate) fn timers_armed(&self) -> bool {
        (0..self.gomaxprocs()).any(|id| self.pshared(id).is_some_and(|ps| ps.timers.has_live()))
    }

    /// ts.take: P `src` is being destroyed; its armed timers move to P
    /// `dst`'s heap. With the world stopped (host threads may still
    /// stop and reset timers: they lock as usual).
    pub(crate) fn take_timers(&self, dst: &PShared<E>, src: &PShared<E>) {
        let entries: Vec<TimerWhen<E>> = {
            let mut inner = src.timers.lock();
            inner.dead = true;
            std::mem::take(&mut inner.heap).into_vec()
        };
        src.timers.zombies.store(0, Ordering::Relaxed);
        let mut moved = Vec::new();
        for tw in entries {
            let mut s = tw.t.lock();
            if s.seq == tw.seq {
                s.ts = dst.id;
                tw.t.ats.store(dst.id, Ordering::Relaxed);
                drop(s);
                moved.push(tw);
            }
        }
        let mut inner = dst.timers.lock();
        inner.heap.extend(moved);
    }

    /// A P comes back (GOMAXPROCS grew): timers may be added to it again.
    pub(crate) fn revive_timers(&self, ps: &PShared<E>) {
        let mut inner = ps.timers.lock();
        inner.dead = false;
        ps.timers.zombies.store(0, Ordering::Relaxed);
    }

    /// The run is over: drop every heap's entries (the timers themselves
    /// go when their last handle does).
    pub(crate) fn clear_timers(&self) {
        for slot in self.allp.iter() {
            if let Some(ps) = slot.get() {
                let old = std::mem::take(&mut ps.timers.lock().heap);
                drop(old);
            }
        }
    }

    /// The payload of every armed timer on `ps`'s heap.
    pub(crate) fn for_each_timer_on(&self, ps: &PShared<E>, f: &mut dyn FnMut(&E::Timer)) {
        let inner = ps.timers.lock();
        for tw in inner.heap.iter().filter(|tw| tw.live()) {
            f(&tw.t.f);
        }
    }
}
