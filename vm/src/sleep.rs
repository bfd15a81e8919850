//! time.Sleep, until the runtime has Go's per-P timer heaps (issue 7):
//! one thread per program keeps the sleeping goroutines in a heap by
//! deadline, sleeps on a condition variable until the earliest one, and
//! readies each goroutine whose time has come.
//!
//! A sleeping goroutine parks first; its park callback puts it in the
//! heap and tells the scheduler a wakeup is pending (`pending_add`), so
//! checkdead does not take a program that only sleeps for a deadlock, as
//! Go's does not while timers are armed. The thread is started by the
//! first sleep and stopped and joined when the program ends (`stop`), so
//! no thread outlives its run.

use crate::chan::{Done, Sudog};
use minigo_runtime::{Executor, Sched};
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::Instant;

/// One program's sleepers and the thread that wakes them.
#[derive(Default)]
pub struct Sleepers {
    state: Arc<(Mutex<State>, Condvar)>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

#[derive(Default)]
struct State {
    /// By deadline, then by arrival.
    heap: BinaryHeap<Reverse<(Instant, u64, SudogRef)>>,
    seq: u64,
    stop: bool,
}

/// A sudog ordered by nothing (the deadline and sequence decide).
struct SudogRef(Arc<Sudog>);

impl PartialEq for SudogRef {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}
impl Eq for SudogRef {}
impl PartialOrd for SudogRef {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for SudogRef {
    fn cmp(&self, _: &Self) -> std::cmp::Ordering {
        std::cmp::Ordering::Equal
    }
}

fn lock(m: &Mutex<State>) -> MutexGuard<'_, State> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Sleepers {
    /// The park callback of a goroutine sleeping until `until`: it is
    /// queued, the wakeup announced, the thread started if need be.
    pub fn park<E: Executor>(
        &self,
        sched: &Arc<Sched<E>>,
        until: Instant,
        sg: Arc<Sudog>,
    ) -> Box<dyn FnOnce() -> bool + Send> {
        self.start(sched);
        let state = self.state.clone();
        let sched = sched.clone();
        Box::new(move || {
            let (m, cv) = &*state;
            let mut st = lock(m);
            if st.stop {
                return true;
            }
            sched.pending_add();
            st.seq += 1;
            let seq = st.seq;
            st.heap.push(Reverse((until, seq, SudogRef(sg))));
            cv.notify_one();
            true
        })
    }

    fn start<E: Executor>(&self, sched: &Arc<Sched<E>>) {
        let mut thread = self.thread.lock().unwrap_or_else(PoisonError::into_inner);
        if thread.is_some() {
            return;
        }
        let state = self.state.clone();
        let sched = sched.clone();
        *thread = std::thread::Builder::new()
            .name("minigo-timers".into())
            .spawn(move || wake_sleepers(&state, &sched))
            .ok();
    }

    /// Stops the thread (the program is over) and waits for it.
    pub fn stop(&self) {
        {
            let (m, cv) = &*self.state;
            lock(m).stop = true;
            cv.notify_all();
        }
        let thread = self
            .thread
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(t) = thread {
            let _ = t.join();
        }
    }
}

fn wake_sleepers<E: Executor>(state: &(Mutex<State>, Condvar), sched: &Sched<E>) {
    let (m, cv) = state;
    let mut st = lock(m);
    loop {
        if st.stop {
            return;
        }
        let now = Instant::now();
        match st.heap.peek() {
            None => st = cv.wait(st).unwrap_or_else(PoisonError::into_inner),
            Some(Reverse((at, _, _))) if *at > now => {
                let wait = *at - now;
                st = cv
                    .wait_timeout(st, wait)
                    .unwrap_or_else(PoisonError::into_inner)
                    .0;
            }
            Some(_) => {
                if let Some(Reverse((_, _, SudogRef(sg)))) = st.heap.pop() {
                    // Not under the lock: pending_done may run checkdead.
                    drop(st);
                    sg.mark(Done::Sent);
                    sched.goready(sg.g);
                    sched.pending_done();
                    st = lock(m);
                }
            }
        }
    }
}
