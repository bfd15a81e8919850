//! Channels, after Go's runtime/chan.go: `hchan` with a ring buffer, the
//! queues of goroutines waiting to send (`sendq`) and to receive
//! (`recvq`), and one lock.
//!
//! A send to a channel with a waiting receiver hands the value straight
//! to it (Go's `send` copying into the receiver's sudog); a receive from a
//! full buffer with a waiting sender takes the buffer's head and puts the
//! sender's value at the tail (Go's `recv`), so values leave in the order
//! they were sent; close wakes every waiter. The goroutine that completes
//! a waiter's operation readies it, through the scheduler of the running
//! goroutine (`goready`: into its P's runnext, as in Go).
//!
//! Blocking follows Go's gopark protocol. A goroutine that must wait
//! parks first and becomes visible in the wait queue only afterwards: its
//! park callback ([`Chan::enqueue_or_retry`], Go's unlockf) takes the lock
//! again, and either queues the sudog or, when the operation could now go
//! ahead (a partner arrived, or the channel was closed, in between),
//! cancels the park. The goroutine then runs the channel instruction
//! again, which finds its sudog completed or does the operation itself.
//! So no waker ever readies a goroutine that some M still runs.
//!
//! A channel's buffer and its waiting senders' values hold references:
//! the collector scans them (`Chan::scan`), and a receiver's delivered
//! value sits in its sudog, which the receiving goroutine keeps as a root
//! until it has taken it.

use crate::heap::Layout;
use minigo_runtime::GId;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

/// A channel: `make(chan T, cap)`.
#[derive(Debug)]
pub struct Chan {
    /// The element's words and which of them are references.
    pub elem: Layout,
    pub cap: usize,
    state: Mutex<HChan>,
}

#[derive(Debug, Default)]
struct HChan {
    /// The buffered values, `elem.words` words each, oldest first.
    buf: VecDeque<u64>,
    closed: bool,
    recvq: VecDeque<Arc<Sudog>>,
    sendq: VecDeque<Arc<Sudog>>,
    /// Async host tasks to wake at the channel's next change (a value in
    /// or out, a waiter queued, a close), to try their operation again.
    watchers: Vec<std::task::Waker>,
}

/// Wakes the async tasks watching the channel (they only poll again).
fn notify(c: &mut HChan) {
    for w in c.watchers.drain(..) {
        w.wake();
    }
}

/// A goroutine waiting on a channel: who, and the value (a sender's, or
/// the one delivered to a receiver) with how the operation ended.
#[derive(Debug)]
pub struct Sudog {
    pub g: GId,
    slot: Mutex<Slot>,
    /// A select's sudog: the select's shared state and this case's index.
    /// Each of its cases waits in its channel's queue; the first waker to
    /// claim one wins (Go's selectDone CAS), the others skip theirs.
    sel: Option<(Arc<SelectDone>, u32)>,
    /// A host thread's sudog (an embedder's send or receive): what its
    /// thread waits on, since there is no goroutine to ready.
    host: Option<std::sync::Condvar>,
}

/// The goroutine id a host thread's sudog carries: none exists, so
/// readying it does nothing.
pub const HOST_G: GId = GId(u32::MAX);

/// One case of a waiting select: its index, channel, sudog, direction.
#[derive(Debug)]
pub struct SelectWait {
    pub case: usize,
    pub chan: Arc<Chan>,
    pub sg: Arc<Sudog>,
    pub send: bool,
}

/// Which case of a waiting select was completed, if any yet.
#[derive(Debug, Default)]
pub struct SelectDone {
    done: AtomicBool,
    won: AtomicU32,
}

impl SelectDone {
    /// Claims the select for nobody (a host's wait that timed out): true
    /// if no waker had claimed it, which none will now.
    pub fn cancel(&self) -> bool {
        self.done
            .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }

    pub fn winner(&self) -> Option<usize> {
        self.done
            .load(Ordering::Acquire)
            .then(|| self.won.load(Ordering::Acquire) as usize)
    }
}

#[derive(Debug, Default)]
struct Slot {
    elem: Vec<u64>,
    done: Option<Done>,
}

/// How a waiting operation ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Done {
    /// A receive got a value (`ok`), or the zero value of a closed
    /// channel.
    Received { ok: bool },
    /// A send's value was taken.
    Sent,
    /// A send's channel was closed: it panics.
    Closed,
}

/// `close` of a closed channel (which panics).
#[derive(Debug)]
pub struct AlreadyClosed;

/// What a send or receive that does not wait found.
#[derive(Debug, PartialEq, Eq)]
pub enum Ready {
    /// Done; a waiting goroutine that it completed must be readied.
    Now { ok: bool, wake: Option<GId> },
    /// A send on a closed channel.
    Closed,
    /// It must wait.
    Block,
}

impl Sudog {
    pub fn new(g: GId, elem: Vec<u64>) -> Arc<Sudog> {
        Arc::new(Sudog {
            g,
            slot: Mutex::new(Slot { elem, done: None }),
            sel: None,
            host: None,
        })
    }

    /// A host thread's sudog; its claim works as a select's, so that a
    /// wait that times out can take itself back (`SelectDone::cancel`)
    /// before any waker completes it.
    pub fn for_host(elem: Vec<u64>) -> (Arc<Sudog>, Arc<SelectDone>) {
        let sel = Arc::new(SelectDone::default());
        let sg = Arc::new(Sudog {
            g: HOST_G,
            slot: Mutex::new(Slot { elem, done: None }),
            sel: Some((sel.clone(), 0)),
            host: Some(std::sync::Condvar::new()),
        });
        (sg, sel)
    }

    /// A host thread waits until the sudog is completed, or `deadline`
    /// passes (then false).
    pub fn wait_host(&self, deadline: Option<std::time::Instant>) -> bool {
        let Some(cv) = &self.host else {
            return self.slot().done.is_some();
        };
        let mut slot = self.slot();
        while slot.done.is_none() {
            match deadline {
                None => slot = cv.wait(slot).unwrap_or_else(PoisonError::into_inner),
                Some(d) => {
                    let now = std::time::Instant::now();
                    if now >= d {
                        return false;
                    }
                    slot = cv
                        .wait_timeout(slot, d - now)
                        .unwrap_or_else(PoisonError::into_inner)
                        .0;
                }
            }
        }
        true
    }

    /// Whether a waker has completed it.
    pub fn is_done(&self) -> bool {
        self.slot().done.is_some()
    }

    /// The sudog of case `case` of a waiting select.
    pub fn for_select(g: GId, elem: Vec<u64>, sel: Arc<SelectDone>, case: u32) -> Arc<Sudog> {
        Arc::new(Sudog {
            g,
            slot: Mutex::new(Slot { elem, done: None }),
            sel: Some((sel, case)),
            host: None,
        })
    }

    /// Whether a waker may complete this sudog: always a plain one; a
    /// select's only if none of its other cases was completed first.
    fn claim(&self) -> bool {
        match &self.sel {
            None => true,
            Some((st, case)) => {
                let won = st
                    .done
                    .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
                    .is_ok();
                if won {
                    st.won.store(*case, Ordering::Release);
                }
                won
            }
        }
    }

    fn slot(&self) -> MutexGuard<'_, Slot> {
        self.slot.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// How its operation ended, with the received value in `out`; `None`
    /// while nobody has completed it.
    pub fn take(&self, out: &mut [u64]) -> Option<Done> {
        let slot = self.slot();
        let done = slot.done?;
        if let Done::Received { .. } = done {
            for (o, &w) in out.iter_mut().zip(slot.elem.iter()) {
                *o = w;
            }
        }
        Some(done)
    }

    /// The words it holds, for the collector.
    pub fn roots(&self, out: &mut Vec<u64>) {
        out.extend_from_slice(&self.slot().elem);
    }

    /// Completes a waiter that carries no value (a semaphore's).
    pub fn mark(&self, done: Done) {
        self.complete(None, done);
    }

    fn complete(&self, elem: Option<&[u64]>, done: Done) {
        let mut slot = self.slot();
        if let Some(e) = elem {
            slot.elem.clear();
            slot.elem.extend_from_slice(e);
        } else if done == (Done::Received { ok: false }) {
            slot.elem.iter_mut().for_each(|w| *w = 0);
        }
        slot.done = Some(done);
        if let Some(cv) = &self.host {
            cv.notify_all();
        }
    }
}

impl Chan {
    pub fn new(elem: Layout, cap: usize) -> Chan {
        Chan {
            elem,
            cap,
            state: Mutex::new(HChan::default()),
        }
    }

    fn lock(&self) -> MutexGuard<'_, HChan> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Words an element takes in the buffer: at least one, so that a
    /// `chan struct{}` counts its values.
    fn unit(&self) -> usize {
        (self.elem.words as usize).max(1)
    }

    /// `len(ch)`.
    pub fn queued(&self) -> usize {
        self.lock().buf.len() / self.unit()
    }

    fn push(&self, c: &mut HChan, v: &[u64]) {
        notify(c);
        let unit = self.unit();
        c.buf
            .extend((0..unit).map(|i| v.get(i).copied().unwrap_or(0)));
    }

    fn pop(&self, c: &mut HChan, out: &mut [u64]) {
        notify(c);
        for i in 0..self.unit() {
            let w = c.buf.pop_front().unwrap_or(0);
            if let Some(o) = out.get_mut(i) {
                *o = w;
            }
        }
    }

    /// chansend without blocking: `v` to a waiting receiver, else into the
    /// buffer if it has room.
    pub fn try_send(&self, v: &[u64]) -> Ready {
        self.try_send_or_watch(v, None)
    }

    /// [`Chan::try_send`]; when it must wait, `waker` (an async host
    /// task's) is woken at the channel's next change, with no change
    /// missed in between.
    pub fn try_send_or_watch(&self, v: &[u64], waker: Option<&std::task::Waker>) -> Ready {
        let mut c = self.lock();
        if c.closed {
            return Ready::Closed;
        }
        while let Some(r) = c.recvq.pop_front() {
            if !r.claim() {
                continue;
            }
            drop(c);
            r.complete(Some(v), Done::Received { ok: true });
            return Ready::Now {
                ok: true,
                wake: Some(r.g),
            };
        }
        if c.buf.len() < self.cap * self.unit() {
            self.push(&mut c, v);
            return Ready::Now {
                ok: true,
                wake: None,
            };
        }
        if let Some(w) = waker {
            if !c.watchers.iter().any(|x| x.will_wake(w)) {
                c.watchers.push(w.clone());
            }
        }
        Ready::Block
    }

    /// chanrecv without blocking: from a waiting sender (through the
    /// buffer if there is one), from the buffer, or the zero value of a
    /// closed channel (`ok` false).
    pub fn try_recv(&self, out: &mut [u64]) -> Ready {
        self.try_recv_or_watch(out, None)
    }

    /// [`Chan::try_recv`], watching as [`Chan::try_send_or_watch`] does.
    pub fn try_recv_or_watch(&self, out: &mut [u64], waker: Option<&std::task::Waker>) -> Ready {
        let mut c = self.lock();
        while let Some(s) = c.sendq.pop_front() {
            if !s.claim() {
                continue;
            }
            let sent = std::mem::take(&mut s.slot().elem);
            if self.cap == 0 {
                for (o, &w) in out.iter_mut().zip(sent.iter()) {
                    *o = w;
                }
            } else {
                // The buffer is full: take its head, put the sender's
                // value at its tail.
                self.pop(&mut c, out);
                self.push(&mut c, &sent);
            }
            drop(c);
            s.complete(None, Done::Sent);
            return Ready::Now {
                ok: true,
                wake: Some(s.g),
            };
        }
        if !c.buf.is_empty() {
            self.pop(&mut c, out);
            return Ready::Now {
                ok: true,
                wake: None,
            };
        }
        if c.closed {
            out.iter_mut().for_each(|o| *o = 0);
            return Ready::Now {
                ok: false,
                wake: None,
            };
        }
        if let Some(w) = waker {
            if !c.watchers.iter().any(|x| x.will_wake(w)) {
                c.watchers.push(w.clone());
            }
        }
        Ready::Block
    }

    /// Whether a send (or a receive) could go ahead now. A queued select
    /// sudog that another case already won makes it look ready, which
    /// only costs the waiter one more try.
    fn ready(&self, c: &HChan, send: bool) -> bool {
        if send {
            c.closed || !c.recvq.is_empty() || c.buf.len() < self.cap * self.unit()
        } else {
            c.closed || !c.sendq.is_empty() || !c.buf.is_empty()
        }
    }

    /// The park callback of a blocked send (`send` true) or receive: queue
    /// the sudog, unless the operation could go ahead now; then the park
    /// is cancelled (false) and the goroutine tries again.
    pub fn enqueue_or_retry(&self, sg: Arc<Sudog>, send: bool) -> bool {
        let mut c = self.lock();
        if self.ready(&c, send) {
            return false;
        }
        if send {
            c.sendq.push_back(sg);
        } else {
            c.recvq.push_back(sg);
        }
        notify(&mut c);
        true
    }

    /// The park callback of a blocked select: with the channels locked in
    /// address order (each once), queue every case's sudog, unless one of
    /// the cases could go ahead now (then the park is cancelled).
    pub fn select_enqueue_or_retry(cases: &[SelectWait]) -> bool {
        let mut order: Vec<&Arc<Chan>> = cases.iter().map(|w| &w.chan).collect();
        order.sort_by_key(|c| Arc::as_ptr(c) as usize);
        order.dedup_by_key(|c| Arc::as_ptr(c) as usize);
        let mut guards: Vec<(usize, MutexGuard<'_, HChan>)> = order
            .iter()
            .map(|c| (Arc::as_ptr(c) as usize, c.lock()))
            .collect();
        let ready = cases.iter().any(|w| {
            let at = Arc::as_ptr(&w.chan) as usize;
            guards
                .iter()
                .find(|(p, _)| *p == at)
                .is_some_and(|(_, g)| w.chan.ready(g, w.send))
        });
        if ready {
            return false;
        }
        for w in cases {
            let at = Arc::as_ptr(&w.chan) as usize;
            if let Some((_, g)) = guards.iter_mut().find(|(p, _)| *p == at) {
                if w.send {
                    g.sendq.push_back(w.sg.clone());
                } else {
                    g.recvq.push_back(w.sg.clone());
                }
                notify(g);
            }
        }
        true
    }

    /// The program has ended: every host thread waiting on the channel
    /// is completed (as if by a close) and every async host task woken,
    /// so that none waits for good.
    pub fn wake_hosts(&self) {
        let mut c = self.lock();
        notify(&mut c);
        let mut hosts = Vec::new();
        c.recvq
            .retain(|s| s.host.is_none() || (hosts.push((s.clone(), false)), false).1);
        c.sendq
            .retain(|s| s.host.is_none() || (hosts.push((s.clone(), true)), false).1);
        drop(c);
        for (s, send) in hosts {
            if s.claim() {
                let done = if send {
                    Done::Closed
                } else {
                    Done::Received { ok: false }
                };
                s.complete(None, done);
            }
        }
    }

    /// Takes a select's sudog back out of the queues (a case that lost).
    pub fn dequeue(&self, sg: &Arc<Sudog>) {
        let mut c = self.lock();
        c.recvq.retain(|x| !Arc::ptr_eq(x, sg));
        c.sendq.retain(|x| !Arc::ptr_eq(x, sg));
    }

    /// closechan: every waiter is completed (receivers get the zero value
    /// and `ok` false, senders will panic); the goroutines to ready.
    /// `Err` if it was closed already.
    pub fn close(&self) -> Result<Vec<GId>, AlreadyClosed> {
        let mut c = self.lock();
        if c.closed {
            return Err(AlreadyClosed);
        }
        c.closed = true;
        notify(&mut c);
        let recvq = std::mem::take(&mut c.recvq);
        let sendq = std::mem::take(&mut c.sendq);
        drop(c);
        let mut wake = Vec::with_capacity(recvq.len() + sendq.len());
        for r in recvq {
            if r.claim() {
                r.complete(None, Done::Received { ok: false });
                wake.push(r.g);
            }
        }
        for s in sendq {
            if s.claim() {
                s.complete(None, Done::Closed);
                wake.push(s.g);
            }
        }
        Ok(wake)
    }

    /// The reference words the channel holds (buffered values, waiting
    /// senders' values), for the collector.
    pub fn roots(&self, out: &mut Vec<u64>) {
        let c = self.lock();
        let unit = self.unit();
        if !self.elem.refs.is_empty() {
            for (i, &x) in c.buf.iter().enumerate() {
                if self.elem.refs.contains(&((i % unit) as u32)) {
                    out.push(x);
                }
            }
        }
        for s in &c.sendq {
            s.roots(out);
        }
    }
}
