//! sysmon, after proc.go's sysmon and retake: the scheduler's watchdog.
//!
//! A thread of its own with no P (it runs no goroutine), started with the
//! run and joined at its end. It wakes every 20 µs, and after 50 rounds
//! in a row in which it did nothing, doubles the pause up to 10 ms. Each
//! round it:
//!
//! - retakes: a P that has run the same schedtick (one G, or a chain of
//!   runnext Gs sharing its time slice) for more than 10 ms gets its G's
//!   preempt flag set (preemptone), which the executor checks at back
//!   edges and calls, so the G stops with `Stop::Preempted` and goes to
//!   the global queue; a P whose M is in a blocking call (`_Psyscall`)
//!   for a sysmon tick while there is other work is handed off to another
//!   M (handoffp; see syscall.rs);
//! - starts an M for timers that are overdue when no M waits for them
//!   (Go 1.14's sysmon did this; later Go relies on the netpoller), and
//!   wakes a P when the global queue has Gs and nobody is looking;
//! - when the overdue timers are on Ps that all run Gs, preempts those
//!   Gs so that their Ms run the timers (Go does not: it waits for the
//!   10 ms time slice to end). To see them in time, sysmon's pause never
//!   runs past the next timer.
//!
//! When every P is idle (or the world is stopped) there is nothing to
//! watch: sysmon sleeps deeply on `sched.sysmonnote` until the next timer
//! is due (`sysmonwait`), and whoever takes a P off the idle list, or
//! enters a blocking call, wakes it. An idle program costs no CPU.
//!
//! Go's sysmon also prints schedtrace; minigo keeps a thread of its own
//! for that (schedtrace.rs), so sysmon may sleep deeply with it on.
//!
//! What retake remembers about each P (Go's `p.sysmontick`) only sysmon
//! reads and writes, so it lives on sysmon's stack, not in the P.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use crate::executor::Executor;
use crate::proc::Sched;
use crate::status::PStatus;
use crate::time::MAX_WHEN;

/// `forcePreemptNS`: the time slice a G gets before it is preempted.
pub(crate) const FORCE_PREEMPT_NS: i64 = 10_000_000;

/// `forcegcperiod / 2`: the longest deep sleep (Go wakes to force a GC
/// every two minutes; minigo has no forced GC but keeps the bound).
const MAX_DEEP_SLEEP: Duration = Duration::from_secs(60);

/// `sysmontick`.
#[derive(Clone, Copy, Default)]
pub(crate) struct SysmonTick {
    pub schedtick: u32,
    pub schedwhen: i64,
    pub syscalltick: u32,
    pub syscallwhen: i64,
}

impl<E: Executor> Sched<E> {
    /// Starts sysmon's thread.
    pub(crate) fn start_sysmon(&self) -> Option<JoinHandle<()>> {
        let sched = self.this.upgrade()?;
        std::thread::Builder::new()
            .name("minigo-sysmon".into())
            .stack_size(256 << 10)
            .spawn(move || sched.sysmon())
            .ok()
    }

    /// How many rounds sysmon has made (it counts one each time it wakes).
    pub fn sysmon_wakeups(&self) -> u64 {
        self.sysmonwakeups.load(Ordering::Relaxed)
    }

    /// Wake sysmon from its deep sleep, if it is in one: work started
    /// again. Called with sched.lock held or not.
    pub(crate) fn wake_sysmon(&self) {
        if self.sysmonwait.load(Ordering::SeqCst) {
            self.sysmonwait.store(false, Ordering::SeqCst);
            self.sysmonnote.notewakeup();
        }
    }

    fn sysmon(self: Arc<Self>) {
        let mut ticks = vec![SysmonTick::default(); crate::config::MAX_GOMAXPROCS];
        // How many cycles in succession we had not woken up somebody.
        let mut idle = 0u32;
        let mut delay = 20u64;
        loop {
            if idle == 0 {
                // Start with 20us sleep...
                delay = 20;
            } else if idle > 50 {
                // ...start doubling the sleep after 1ms...
                delay *= 2;
            }
            // ...up to 10ms.
            delay = delay.min(10_000);
            // But no later than the next timer while Ps are busy: if it
            // falls due while every M runs a G, sysmon is the one to see.
            let next = self.check_timers_no_p(0);
            if next != 0 {
                let until = (next - self.nanotime()) / 1000;
                delay = delay.min(until.max(20) as u64);
            }
            // usleep(delay), on the note so that exit can cut it short.
            if self.sysmonnote.notetsleep(Duration::from_micros(delay)) {
                self.sysmonnote.noteclear();
            }
            if self.exiting.load(Ordering::SeqCst) {
                return;
            }
            self.sysmonwakeups.fetch_add(1, Ordering::Relaxed);

            // Nothing to watch while every P is idle or the world is
            // stopped: sleep until the next timer, or until a P starts
            // working again.
            let now = self.nanotime();
            if self.gcwaiting.load(Ordering::SeqCst)
                || self.npidle.load(Ordering::SeqCst) as usize == self.gomaxprocs()
            {
                let mut st = self.lock();
                if self.gcwaiting.load(Ordering::SeqCst)
                    || self.npidle.load(Ordering::SeqCst) as usize == self.gomaxprocs()
                {
                    let mut syscall_wake = false;
                    let next = match self.check_timers_no_p(0) {
                        0 => MAX_WHEN,
                        w => w,
                    };
                    if next > now {
                        self.sysmonwait.store(true, Ordering::SeqCst);
                        drop(st);
                        let sleep = Duration::from_nanos((next - now) as u64).min(MAX_DEEP_SLEEP);
                        syscall_wake = self.sysmonnote.notetsleep(sleep);
                        st = self.lock();
                        self.sysmonwait.store(false, Ordering::SeqCst);
                        self.sysmonnote.noteclear();
                    }
                    if syscall_wake {
                        idle = 0;
                        delay = 20;
                    }
                }
                drop(st);
                if self.exiting.load(Ordering::SeqCst) {
                    return;
                }
            }

            // Update now in case we blocked on sysmonnote or sched.lock.
            let now = self.nanotime();
            let mut woke = false;

            // Timers that should have already run, with no M waiting for
            // them (perhaps every P runs a G that does not stop): try to
            // start an M to run them.
            if self.lastpoll.load(Ordering::SeqCst) != 0 {
                let next = self.check_timers_no_p(0);
                if next != 0 && next < now && self.npidle.load(Ordering::SeqCst) > 0 {
                    self.startm(None, false);
                    woke = true;
                }
            }
            // Gs on the global queue and nobody looking for them.
            if self.runqsize.load(Ordering::SeqCst) > 0
                && self.npidle.load(Ordering::SeqCst) > 0
                && self.nmspinning.load(Ordering::SeqCst) == 0
            {
                self.wakep();
                woke = true;
            }

            // Timers overdue on Ps whose M runs a G, with no idle P to
            // start an M on: preempt those Gs, so that their Ms run the
            // timers now rather than at the end of a 10 ms time slice.
            if self.lastpoll.load(Ordering::SeqCst) != 0
                && self.npidle.load(Ordering::SeqCst) == 0
                && self.preempt_for_timers(now) != 0
            {
                woke = true;
            }

            // Retake Ps blocked in syscalls and preempt long running Gs.
            if self.retake(now, &mut ticks) != 0 || woke {
                idle = 0;
            } else {
                idle += 1;
            }
        }
    }

    /// Preempts the G of every running P whose earliest timer is due:
    /// Go leaves such a timer until the G stops or is preempted after its
    /// 10 ms slice (so a 1 ms sleep beside a spinning goroutine wakes up
    /// to 20 ms late); minigo stops the G at its next safepoint, and the
    /// M runs the timers when it schedules. Returns how many it asked.
    fn preempt_for_timers(&self, now: i64) -> u32 {
        let mut n = 0;
        for id in 0..self.gomaxprocs() {
            let Some(ps) = self.pshared(id) else {
                continue;
            };
            let w = ps.timers.wake_time();
            if w == 0 || w > now || ps.status() != PStatus::Running {
                continue;
            }
            let st = self.lock();
            if self.preemptone(&st, ps, -1) {
                n += 1;
            }
        }
        n
    }

    /// retake: preempt Gs that have run for more than 10 ms on the same
    /// schedtick, hand off Ps whose M is blocked in a syscall. Returns how
    /// many Ps it took from syscalls, and how many Gs it preempted with
    /// others waiting behind them.
    fn retake(&self, now: i64, ticks: &mut [SysmonTick]) -> u32 {
        let mut n = 0;
        for id in 0..self.gomaxprocs() {
            let Some(ps) = self.pshared(id) else {
                continue;
            };
            let Some(pd) = ticks.get_mut(id) else {
                continue;
            };
            let s = ps.status();
            if s != PStatus::Running && s != PStatus::Syscall {
                continue;
            }
            // Preempt G if it's running on the same schedtick for too
            // long. This could be from a single long-running goroutine or
            // a sequence of goroutines run via runnext, which share a
            // single schedtick time slice.
            let t = ps.schedtick.load(Ordering::Relaxed);
            let mut sysretake = false;
            if pd.schedtick != t {
                pd.schedtick = t;
                pd.schedwhen = now;
            } else if pd.schedwhen + FORCE_PREEMPT_NS <= now {
                if s == PStatus::Running {
                    // Go counts only handoffs as work done, and so do
                    // these, unless Gs wait behind the preempted one:
                    // then the next slice's end matters as much, and
                    // sysmon keeps its short pause. Beside a goroutine
                    // that simply runs on, it keeps its long one (Go's
                    // resets to 20 µs each slice, ~4,000 wakeups a
                    // second).
                    let st = self.lock();
                    let waiting =
                        !ps.stealer.runqempty() || self.runqsize.load(Ordering::SeqCst) > 0;
                    if self.preemptone(&st, ps, -1) && waiting {
                        n += 1;
                    }
                    // Once per time slice; if the G ignores it, again in
                    // another 10 ms.
                    pd.schedwhen = now;
                }
                // If the P is in a syscall, preemptone doesn't work: the
                // G is not running Go code. Take the P instead.
                sysretake = true;
            }
            if s == PStatus::Syscall && self.retake_syscall(ps, pd, now, sysretake) {
                n += 1;
            }
        }
        n
    }
}
