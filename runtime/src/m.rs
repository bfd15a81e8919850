//! M: a worker thread, after proc.go's `m` and the functions that start,
//! park and wake Ms.
//!
//! An M runs Go code only while it holds a P. One with nothing to do
//! releases its P and parks on its note (`stopm`, on the idle M list); one
//! that is needed is woken with a P placed in its `nextp` (`startm`), or,
//! when no idle M exists, a new thread is started for it (`newm`). The
//! calling thread of `run_main` is M0; the others are std threads named
//! `minigo-m<id>`, all joined before run_main returns.
//!
//! Go's policy for how many Ms to keep busy is `wakep`'s: when work is made
//! runnable and there is an idle P but no spinning M, start one spinning M;
//! a spinning M that finds work stops spinning and calls wakep again
//! (`resetspinning`), so Ms are woken one at a time as long as they keep
//! finding work, never a herd of them for one G. See "Worker thread
//! parking/unparking" at the top of proc.go.
//!
//! [`M`] is what other threads see of an M (its note, its nextp handoff
//! slot, the fields schedtrace prints); [`MCtx`] is what the thread itself
//! holds: the P it owns and its random state. Neither is a thread-local:
//! the M's thread passes its MCtx down the scheduler's calls.

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use crate::executor::Executor;
use crate::note::Note;
use crate::p::P;
use crate::proc::{ExitReason, Sched, SchedState};
use crate::rand::{seed, CheapRand, RandomOrder};

/// What other threads see of an M.
pub(crate) struct M<E: Executor> {
    pub id: i64,
    /// `m.park`: the note the M sleeps on while idle.
    pub park: Note,
    /// `m.nextp`: the P handed to the M when it is woken or started.
    pub nextp: Mutex<Option<Box<P<E>>>>,
    /// `m.spinning`: out of work and looking for some. Set by the M itself
    /// or, before waking it, by startm.
    pub spinning: AtomicBool,
    /// `m.blocked`: parked on its note (scheddetail prints it).
    pub blocked: AtomicBool,
    /// `m.curg`: the G it runs, as GId + 1; 0 for nil.
    pub curg: AtomicU64,
    /// `m.p`: the id of the P it holds, -1 for nil.
    pub p: AtomicI64,
    /// In a blocking call (between entersyscall and exitsyscall): the end
    /// of the run does not wait for its thread, which may never return
    /// (a read of a terminal nobody types into).
    pub insyscall: AtomicBool,
}

impl<E: Executor> M<E> {
    pub fn nextp(&self) -> MutexGuard<'_, Option<Box<P<E>>>> {
        self.nextp.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn spinning(&self) -> bool {
        self.spinning.load(Ordering::Relaxed)
    }
}

/// What the M's own thread holds.
pub(crate) struct MCtx<E: Executor> {
    pub m: Arc<M<E>>,
    /// `m.p`: the P this M owns.
    pub p: Option<Box<P<E>>>,
    pub rng: CheapRand,
    /// This M's copy of `stealOrder`.
    pub order: RandomOrder,
}

impl<E: Executor> MCtx<E> {
    pub fn new(m: Arc<M<E>>) -> MCtx<E> {
        let rng = CheapRand::new(seed(m.id));
        MCtx {
            m,
            p: None,
            rng,
            order: RandomOrder::default(),
        }
    }
}

impl<E: Executor> Sched<E> {
    /// allocm + mcommoninit: a new M, numbered `sched.mnext`, on allm.
    pub(crate) fn allocm(&self, st: &mut SchedState<E>) -> Arc<M<E>> {
        let m = Arc::new(M {
            id: st.mnext,
            park: Note::new(),
            nextp: Mutex::new(None),
            spinning: AtomicBool::new(false),
            blocked: AtomicBool::new(false),
            curg: AtomicU64::new(0),
            p: AtomicI64::new(-1),
            insyscall: AtomicBool::new(false),
        });
        st.mnext += 1;
        st.allm.push(Arc::clone(&m));
        m
    }

    /// newm: start a thread for a new M that will run p (spinning if the
    /// caller counted it in nmspinning). The thread is started under
    /// sched.lock, so that exit, which sets `exiting` under the same lock,
    /// knows every thread there will ever be and can join them all; and
    /// the new M counts as running from here on (Go reserves its id before
    /// unlocking for the same reason: checkdead must not see zero running
    /// Ms while this one is on its way). Gives p back if no thread could
    /// be started.
    pub(crate) fn newm(
        &self,
        st: &mut SchedState<E>,
        p: Box<P<E>>,
        spinning: bool,
    ) -> Result<(), Box<P<E>>> {
        if self.exiting.load(Ordering::SeqCst) {
            return Err(p);
        }
        let Some(sched) = self.this.upgrade() else {
            return Err(p);
        };
        // checkmcount.
        if (st.mnext - st.nmfreed) as usize >= self.maxmcount {
            let msg = format!(
                "runtime: program exceeds {}-thread limit\nfatal error: thread exhaustion",
                self.maxmcount
            );
            self.exit_locked(st, -1, ExitReason::Fatal(msg));
            return Err(p);
        }
        let m = self.allocm(st);
        m.spinning.store(spinning, Ordering::Relaxed);
        *m.nextp() = Some(p);
        let m2 = Arc::clone(&m);
        let spawned = std::thread::Builder::new()
            .name(format!("minigo-m{}", m.id))
            .stack_size(self.m_stack_size)
            .spawn(move || sched.mstart(m2));
        match spawned {
            Ok(h) => {
                st.threads.push((m, h));
                Ok(())
            }
            Err(_) => {
                // Go throws ("newosproc"); minigo runs on with the Ms it
                // has, and forgets this one.
                st.allm.pop();
                st.mnext -= 1;
                let p = m.nextp().take();
                match p {
                    Some(p) => Err(p),
                    None => Ok(()),
                }
            }
        }
    }

    /// mstart: the body of every M's thread but M0's. Takes the P startm
    /// left in nextp and runs the scheduler until the program ends. A
    /// panic in the executor ends the program (the payload is re-raised by
    /// run_main) instead of leaving the other Ms waiting for this one.
    fn mstart(self: Arc<Self>, m: Arc<M<E>>) {
        self.mstart1(MCtx::new(m));
    }

    /// The M's life on its thread, from whatever P it was given (M0's
    /// own, or the one in nextp).
    pub(crate) fn mstart1(self: Arc<Self>, mut mc: MCtx<E>) {
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let nextp = mc.m.nextp().take();
            if let Some(p) = nextp {
                self.acquirep(&mut mc, p);
            }
            self.mloop(&mut mc);
        }));
        if let Err(payload) = r {
            let mut st = self.lock();
            st.panic.get_or_insert(payload);
            self.exit_locked(&mut st, mc.m.id, ExitReason::Panic);
        }
        self.mexit(&mut mc);
    }

    /// mput: put an M on the idle list, then check for deadlock: this may
    /// have been the last running M.
    pub(crate) fn mput(&self, st: &mut SchedState<E>, m: Arc<M<E>>) {
        st.midle.push(m);
        st.nmidle += 1;
        self.checkdead(st);
    }

    /// mget: an idle M, if any.
    pub(crate) fn mget(&self, st: &mut SchedState<E>) -> Option<Arc<M<E>>> {
        let m = st.midle.pop()?;
        st.nmidle -= 1;
        Some(m)
    }

    /// mgetSpecific: take M `id` off the idle list, if it is there.
    pub(crate) fn mget_specific(&self, st: &mut SchedState<E>, id: i64) -> Option<Arc<M<E>>> {
        let i = st.midle.iter().position(|m| m.id == id)?;
        st.nmidle -= 1;
        Some(st.midle.swap_remove(i))
    }

    /// stopm: park this M until startm gives it a P (or the program ends,
    /// when it comes back without one).
    pub(crate) fn stopm(&self, mc: &mut MCtx<E>) {
        {
            let mut st = self.lock();
            if self.exiting.load(Ordering::SeqCst) {
                return;
            }
            self.mput(&mut st, Arc::clone(&mc.m));
        }
        // mPark.
        mc.m.blocked.store(true, Ordering::Relaxed);
        mc.m.park.notesleep();
        mc.m.park.noteclear();
        mc.m.blocked.store(false, Ordering::Relaxed);
        let nextp = mc.m.nextp().take();
        if let Some(p) = nextp {
            self.acquirep(mc, p);
        }
    }

    /// startm: schedule some M to run p (an idle one, or a new one), or,
    /// with `p == None`, an idle P if there is one. With `spinning`, the
    /// caller has counted the M in nmspinning and p must be given.
    pub(crate) fn startm(&self, p: Option<Box<P<E>>>, spinning: bool) {
        let mut st = self.lock();
        let p = match p {
            Some(p) => p,
            None => match self.pidleget(&mut st) {
                Some(p) => p,
                None => return,
            },
        };
        if self.exiting.load(Ordering::SeqCst) {
            if spinning {
                self.nmspinning.fetch_sub(1, Ordering::SeqCst);
            }
            self.p_orphaned(&mut st, p);
            return;
        }
        match self.mget(&mut st) {
            None => {
                if let Err(p) = self.newm(&mut st, p, spinning) {
                    if spinning {
                        self.nmspinning.fetch_sub(1, Ordering::SeqCst);
                    }
                    self.p_orphaned(&mut st, p);
                }
            }
            Some(nmp) => {
                drop(st);
                // The caller incremented nmspinning, so set m.spinning in
                // the new M.
                nmp.spinning.store(spinning, Ordering::Relaxed);
                *nmp.nextp() = Some(p);
                nmp.park.notewakeup();
            }
        }
    }

    /// wakep: try to add one more P to execute Gs, because one was just
    /// made runnable. Conservative: only if there is an idle P and no M is
    /// spinning already (that one will find the work, and wake the next M
    /// when it stops spinning).
    pub(crate) fn wakep(&self) {
        if self.exiting.load(Ordering::Relaxed) {
            return;
        }
        // No idle P: nobody to wake. Go goes on to take sched.lock to find
        // that out, on every goready while all Ps are busy; the answer can
        // change only through pidleput, under that lock, by an M that then
        // looks for work itself (a spinning one checks every queue again,
        // below), so the early return loses nothing that Go's locked
        // check would have caught in the same interleaving.
        if self.npidle.load(Ordering::SeqCst) == 0 {
            return;
        }
        // The load is the #StoreLoad half of the submission pattern: the
        // work was published before it, and a spinning M decrements
        // nmspinning before its final look at the queues.
        if self.nmspinning.load(Ordering::SeqCst) != 0
            || self
                .nmspinning
                .compare_exchange(0, 1, Ordering::SeqCst, Ordering::SeqCst)
                .is_err()
        {
            return;
        }
        let p = {
            let mut st = self.lock();
            match self.pidleget_spinning(&mut st) {
                Some(p) => p,
                None => {
                    self.nmspinning.fetch_sub(1, Ordering::SeqCst);
                    return;
                }
            }
        };
        self.startm(Some(p), true);
    }

    /// becomeSpinning.
    pub(crate) fn become_spinning(&self, mc: &mut MCtx<E>) {
        mc.m.spinning.store(true, Ordering::Relaxed);
        self.nmspinning.fetch_add(1, Ordering::SeqCst);
        self.needspinning.store(0, Ordering::SeqCst);
    }

    /// resetspinning: this M found work and stops spinning; if it was the
    /// last spinning one, another may be needed for the rest of the work.
    pub(crate) fn resetspinning(&self, mc: &mut MCtx<E>) {
        mc.m.spinning.store(false, Ordering::Relaxed);
        self.nmspinning.fetch_sub(1, Ordering::SeqCst);
        self.wakep();
    }
}
