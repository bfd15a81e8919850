//! Semaphores for package sync, after Go's runtime/sema.go: goroutines
//! that wait on an address queue in a table keyed by it, and a release
//! hands the semaphore to the first of them.
//!
//! Go keeps a semaphore's count in the `uint32` the address points to and
//! its waiters in a treap of sudogs. Package sync never reads that word
//! but through `runtime_Semacquire`/`runtime_Semrelease`, so here the
//! count lives in the table beside the waiters, where one lock covers
//! both: an acquire that finds the count zero parks, and its park callback
//! (Go's unlockf) queues it only if the count is still zero under that
//! lock, else cancels the park so that it tries again. A release either
//! hands the count straight to the first waiter (marking its sudog done,
//! then readying it) or adds to the count. No waiter is lost and none is
//! readied while an M still runs it.

use crate::chan::{Done, Sudog};
use minigo_runtime::GId;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

/// One machine's semaphores, by address (the pointer's reference word).
#[derive(Debug, Default)]
pub struct SemTable {
    sems: Mutex<crate::HashMap<u64, Sem>>,
}

#[derive(Debug, Default)]
struct Sem {
    count: u32,
    waiters: VecDeque<Arc<Sudog>>,
}

impl SemTable {
    fn lock(&self) -> MutexGuard<'_, crate::HashMap<u64, Sem>> {
        self.sems.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// semacquire without waiting: whether the count was positive (and is
    /// now one less).
    pub fn try_acquire(&self, addr: u64) -> bool {
        let mut sems = self.lock();
        match sems.get_mut(&addr) {
            Some(s) if s.count > 0 => {
                s.count -= 1;
                if s.count == 0 && s.waiters.is_empty() {
                    sems.remove(&addr);
                }
                true
            }
            _ => false,
        }
    }

    /// The park callback of an acquire that found the count zero: queue
    /// `sg`, unless a release came in between (then cancel the park).
    pub fn enqueue_or_retry(&self, addr: u64, sg: Arc<Sudog>) -> bool {
        let mut sems = self.lock();
        let s = sems.entry(addr).or_default();
        if s.count > 0 {
            return false;
        }
        s.waiters.push_back(sg);
        true
    }

    /// semrelease: the first waiter gets the semaphore (the goroutine to
    /// ready), or the count grows.
    pub fn release(&self, addr: u64) -> Option<GId> {
        let mut sems = self.lock();
        let s = sems.entry(addr).or_default();
        match s.waiters.pop_front() {
            Some(w) => {
                if s.count == 0 && s.waiters.is_empty() {
                    sems.remove(&addr);
                }
                drop(sems);
                w.mark(Done::Sent);
                Some(w.g)
            }
            None => {
                s.count = s.count.saturating_add(1);
                None
            }
        }
    }
}
