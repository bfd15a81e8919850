//! One-shot notifications, after lock_futex.go's `note`.
//!
//! A note is a word that is 0 until notewakeup sets it to 1; notesleep
//! waits for that, and noteclear re-arms it. It is how an M parks (`m.park`,
//! slept on in mPark, woken by startm) and how the M stopping the world
//! waits for the last P (`sched.stopnote`). One sleeper and one waker at a
//! time, as in Go; unlike Go, a second wakeup is not fatal (exit wakes every
//! idle M, some of which may have been woken already), it is a no-op.
//!
//! On Linux the sleep is a futex wait on the word itself, exactly as
//! lock_futex.go does it, so a parked M costs nothing and a wakeup is one
//! syscall. Elsewhere a mutex and condition variable stand in.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

pub struct Note {
    key: AtomicU32,
    #[cfg(not(target_os = "linux"))]
    fallback: fallback::Wait,
}

impl Default for Note {
    fn default() -> Self {
        Note::new()
    }
}

impl Note {
    pub fn new() -> Note {
        Note {
            key: AtomicU32::new(0),
            #[cfg(not(target_os = "linux"))]
            fallback: fallback::Wait::default(),
        }
    }

    /// noteclear: re-arm the note. Only the sleeper calls it, after it has
    /// woken, so no wakeup can be lost by it.
    pub fn noteclear(&self) {
        self.key.store(0, Ordering::SeqCst);
    }

    /// notewakeup: wake the sleeper, now or when it next sleeps.
    pub fn notewakeup(&self) {
        if self.key.swap(1, Ordering::SeqCst) != 0 {
            return; // already woken
        }
        self.futexwakeup();
    }

    /// Whether notewakeup has been called since the last noteclear.
    #[cfg(test)]
    pub fn is_woken(&self) -> bool {
        self.key.load(Ordering::SeqCst) != 0
    }

    /// notesleep: wait until notewakeup.
    pub fn notesleep(&self) {
        while self.key.load(Ordering::SeqCst) == 0 {
            self.futexsleep(None);
        }
    }

    /// notetsleep: wait until notewakeup or until `timeout` has passed;
    /// says whether the note was woken.
    pub fn notetsleep(&self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        loop {
            if self.key.load(Ordering::SeqCst) != 0 {
                return true;
            }
            let now = Instant::now();
            if now >= deadline {
                return false;
            }
            self.futexsleep(Some(deadline - now));
        }
    }

    /// futexsleep(&n.key, 0, ns): sleep while the word is 0. Spurious
    /// returns are fine: every caller loops on the word.
    #[cfg(target_os = "linux")]
    fn futexsleep(&self, timeout: Option<Duration>) {
        let ts = timeout.map(|d| libc::timespec {
            tv_sec: libc::time_t::try_from(d.as_secs()).unwrap_or(libc::time_t::MAX),
            // Below 1e9, so it fits every c_long.
            tv_nsec: d.subsec_nanos() as libc::c_long,
        });
        let tsp = ts
            .as_ref()
            .map_or(std::ptr::null(), |t| t as *const libc::timespec);
        // SAFETY: FUTEX_WAIT reads the u32 at the given address, which is
        // this note's AtomicU32, alive for the whole call since we borrow
        // self; the kernel compares it atomically with 0 and does not keep
        // the address after returning. `tsp` is null or points to `ts`,
        // which outlives the call. The syscall has no other memory effects.
        unsafe {
            libc::syscall(
                libc::SYS_futex,
                self.key.as_ptr(),
                libc::FUTEX_WAIT | libc::FUTEX_PRIVATE_FLAG,
                0u32,
                tsp,
                std::ptr::null::<u32>(),
                0u32,
            );
        }
    }

    /// futexwakeup(&n.key, 1).
    #[cfg(target_os = "linux")]
    fn futexwakeup(&self) {
        // SAFETY: FUTEX_WAKE only uses the address as a key to find
        // sleepers; it neither reads nor writes through it. The address is
        // this note's live AtomicU32.
        unsafe {
            libc::syscall(
                libc::SYS_futex,
                self.key.as_ptr(),
                libc::FUTEX_WAKE | libc::FUTEX_PRIVATE_FLAG,
                1u32,
            );
        }
    }

    #[cfg(not(target_os = "linux"))]
    fn futexsleep(&self, timeout: Option<Duration>) {
        self.fallback.sleep(&self.key, timeout);
    }

    #[cfg(not(target_os = "linux"))]
    fn futexwakeup(&self) {
        self.fallback.wake();
    }
}

#[cfg(not(target_os = "linux"))]
mod fallback {
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::{Condvar, Mutex, PoisonError};
    use std::time::Duration;

    #[derive(Default)]
    pub struct Wait {
        lock: Mutex<()>,
        cond: Condvar,
    }

    impl Wait {
        pub fn sleep(&self, key: &AtomicU32, timeout: Option<Duration>) {
            let g = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
            if key.load(Ordering::SeqCst) != 0 {
                return;
            }
            match timeout {
                None => drop(self.cond.wait(g)),
                Some(d) => drop(self.cond.wait_timeout(g, d)),
            }
        }

        pub fn wake(&self) {
            // Taking the lock orders the wakeup after a sleeper's check.
            drop(self.lock.lock().unwrap_or_else(PoisonError::into_inner));
            self.cond.notify_all();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::thread;

    #[test]
    fn wakeup_before_sleep_is_not_lost() {
        let n = Note::new();
        n.notewakeup();
        n.notewakeup(); // a second wakeup is harmless
        n.notesleep();
        assert!(n.is_woken());
        n.noteclear();
        assert!(!n.is_woken());
    }

    #[test]
    fn sleep_until_woken_from_another_thread() {
        for _ in 0..100 {
            let n = Arc::new(Note::new());
            let n2 = Arc::clone(&n);
            let t = thread::spawn(move || n2.notewakeup());
            n.notesleep();
            t.join().unwrap();
        }
    }

    #[test]
    fn timed_sleep_times_out() {
        let n = Note::new();
        let t = Instant::now();
        assert!(!n.notetsleep(Duration::from_millis(20)));
        assert!(t.elapsed() >= Duration::from_millis(20));
        n.notewakeup();
        assert!(n.notetsleep(Duration::from_secs(10)));
    }
}
