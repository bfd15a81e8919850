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
//! readied while an M still runs it. A Mutex waiter that has waited
//! before queues at the front (Go's `lifo`), so that it is woken first.
//!
//! sync.Cond's notify lists (Go's notifyList in sema.go) live in a second
//! table: a waiter takes a ticket (`notify_list_add`), and later waits
//! for it unless it has been notified meanwhile; NotifyOne wakes the
//! holder of the oldest ticket not yet notified, NotifyAll every one.
//! An entry goes when every ticket has been notified and no one waits;
//! a list made afresh for that address (or any) starts its tickets past
//! every ticket handed out before (`Notify::floor`), so that a goroutine
//! still holding a notified ticket of the old list, about to wait, finds
//! it notified, and does not wait for a ticket of the new list.

use crate::chan::{Done, Sudog};
use minigo_runtime::GId;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

/// One machine's semaphores, by address (the pointer's reference word).
#[derive(Debug, Default)]
pub struct SemTable {
    sems: Mutex<crate::HashMap<u64, Sem>>,
    notify: Mutex<Notify>,
}

#[derive(Debug, Default)]
struct Notify {
    lists: crate::HashMap<u64, NotifyList>,
    /// Where a new list's tickets start: past every ticket of the lists
    /// removed so far.
    floor: u32,
}

impl Notify {
    /// Drops the list at `addr` once all its tickets are notified and no
    /// one waits.
    fn done_with(&mut self, addr: u64) {
        if let Some(l) = self.lists.get(&addr) {
            if l.waiters.is_empty() && l.wait == l.notify {
                if less(self.floor, l.wait) {
                    self.floor = l.wait;
                }
                self.lists.remove(&addr);
            }
        }
    }
}

#[derive(Debug, Default)]
struct NotifyList {
    /// The next ticket to hand out.
    wait: u32,
    /// The next ticket to notify.
    notify: u32,
    /// Parked holders of tickets, with their tickets.
    waiters: Vec<(u32, Arc<Sudog>)>,
}

/// Whether ticket `a` comes before `b` (tickets wrap around).
fn less(a: u32, b: u32) -> bool {
    (a.wrapping_sub(b) as i32) < 0
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
    /// `lifo`: at the head of the queue.
    pub fn enqueue_or_retry(&self, addr: u64, sg: Arc<Sudog>, lifo: bool) -> bool {
        let mut sems = self.lock();
        let s = sems.entry(addr).or_default();
        if s.count > 0 {
            return false;
        }
        if lifo {
            s.waiters.push_front(sg);
        } else {
            s.waiters.push_back(sg);
        }
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

impl SemTable {
    fn lock_notify(&self) -> MutexGuard<'_, Notify> {
        self.notify.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// notifyListAdd: a ticket for a waiter about to wait.
    pub fn notify_list_add(&self, addr: u64) -> u32 {
        let mut n = self.lock_notify();
        let floor = n.floor;
        let l = n.lists.entry(addr).or_insert_with(|| NotifyList {
            wait: floor,
            notify: floor,
            waiters: Vec::new(),
        });
        let t = l.wait;
        l.wait = t.wrapping_add(1);
        t
    }

    /// Whether ticket `t` has been notified (notifyListWait returns at
    /// once, and the list may be done with).
    pub fn notified(&self, addr: u64, t: u32) -> bool {
        let mut n = self.lock_notify();
        match n.lists.get(&addr) {
            Some(l) if !less(t, l.notify) => false,
            Some(_) => {
                n.done_with(addr);
                true
            }
            None => true,
        }
    }

    /// The park callback of notifyListWait: queue `sg` with its ticket,
    /// unless the ticket was notified in between (cancel the park).
    pub fn notify_wait_or_retry(&self, addr: u64, t: u32, sg: Arc<Sudog>) -> bool {
        let mut n = self.lock_notify();
        let Some(l) = n.lists.get_mut(&addr) else {
            return false;
        };
        if less(t, l.notify) {
            return false;
        }
        l.waiters.push((t, sg));
        true
    }

    /// notifyListNotifyOne / notifyListNotifyAll: the goroutines to ready.
    pub fn notify(&self, addr: u64, all: bool) -> Vec<GId> {
        let mut n = self.lock_notify();
        let Some(l) = n.lists.get_mut(&addr) else {
            return Vec::new();
        };
        let woken: Vec<Arc<Sudog>> = if all {
            l.notify = l.wait;
            std::mem::take(&mut l.waiters)
                .into_iter()
                .map(|(_, sg)| sg)
                .collect()
        } else if l.wait == l.notify {
            Vec::new()
        } else {
            // The oldest ticket not yet notified; its holder may not be
            // parked yet, and then finds it notified when it waits.
            let t = l.notify;
            l.notify = t.wrapping_add(1);
            match l.waiters.iter().position(|&(wt, _)| wt == t) {
                Some(i) => vec![l.waiters.swap_remove(i).1],
                None => Vec::new(),
            }
        };
        n.done_with(addr);
        drop(n);
        woken
            .into_iter()
            .map(|sg| {
                sg.mark(Done::Sent);
                sg.g
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notified_ticket_stays_notified_when_its_list_is_made_anew() {
        let t = SemTable::default();
        let a = t.notify_list_add(8);
        // NotifyOne before the holder waits: the list is done with.
        assert!(t.notify(8, false).is_empty());
        // Another waiter comes along first, on a new list.
        let b = t.notify_list_add(8);
        assert!(t.notified(8, a), "the old ticket was notified");
        assert!(!t.notified(8, b));
        assert!(t.notify(8, false).is_empty());
        assert!(t.notified(8, b));
    }
}
