//! What the runtime's timers do for the VM (the executor's `Timer`
//! payload), and the handle a Go `time.Timer` keeps on its runtime timer.
//!
//! Go's runtime sends on a timer's channel or starts AfterFunc's goroutine
//! from the timer itself. Here a timer either readies a sleeping goroutine
//! (time.Sleep) or starts a goroutine that runs Go code (`(*Timer).fire`
//! in package time) with the timer and the sequence number it was armed
//! with: Stop and Reset bump that number under the Timer's lock, so a
//! firing that lost the race sends nothing stale.

use crate::chan::Sudog;
use minigo_runtime::GId;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What a runtime timer does when it fires.
#[derive(Debug)]
pub enum VmTimer {
    /// time.Sleep: the sleeper's sudog is marked done and it is readied.
    Ready { g: GId, sg: Arc<Sudog> },
    /// Start a goroutine calling `func` (closure word `closure`) with the
    /// Timer's pointer word `t` and the word at `seq` (a pointer word:
    /// the Timer's sequence number, read when it fires). `t` is a
    /// collector root while the timer is armed.
    Go {
        func: u32,
        closure: u64,
        t: u64,
        seq: u64,
    },
}

/// A Go Timer's hold on its runtime timer (kept in a heap object, so the
/// collector frees it with the Timer).
pub trait TimerOps: Send + Sync {
    /// Disarms it; whether it was armed.
    fn stop(&self) -> bool;
    /// Arms it for `when`, then every `period`; whether it was armed.
    fn reset(&self, when: Instant, period: Option<Duration>) -> bool;
}

impl std::fmt::Debug for dyn TimerOps {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("TimerOps")
    }
}
