//! The GMP scheduler: G, M, P, run queues, parking, after Go's
//! `runtime/proc.go` and with its names. It knows nothing about bytecode:
//! a goroutine is an opaque task here, run by an [`Executor`] (the VM).
//!
//! - [`proc`]: [`Sched`] (Go's `schedt`), [`Sched::run_main`], goready.
//! - `schedule`: the M's loop: schedule, findRunnable, stealWork, execute
//!   and what each [`Stop`] leads to (goexit0, goschedImpl, park_m).
//! - `m`: Ms: newm, startm, stopm, wakep, the spinning protocol.
//! - `p`: Ps: acquirep/releasep, the idle list, free Gs, goid batches.
//! - `stw`: stopTheWorld/startTheWorld, procresize, preemption.
//! - `exit`: exit, checkdead, the teardown.
//! - [`executor`]: the [`Executor`] trait, [`Stop`], [`Ctx`], [`World`],
//!   [`Outcome`].
//! - `allgs`: the G table. [`g`]: the goroutine handle the queues carry.
//! - [`runq`]: each P's local run queue (256 slots, `runnext`, stealing)
//!   and the global run queue (`schedt.runq`).
//! - [`status`]: G and P statuses, wait reasons, with Go's numbers and
//!   strings. `note`: Go's note, on a futex. [`schedtrace`]:
//!   GODEBUG=schedtrace. [`config`]: GOMAXPROCS and the rest.
//! - [`time`]: per-P timer heaps (checkTimers, addtimer, stop/reset),
//!   [`TimerRef`], [`TimerCtx`], and the M that waits for the next timer.
//!
//! - `sysmon`: the watchdog thread: retake, preemptone, idle deep sleep.
//! - `syscall`: entersyscall, exitsyscall, handoffp (`Stop::Syscall`).
//!
//! Channels live in the VM.

mod allgs;
pub mod config;
pub mod executor;
mod exit;
pub mod g;
mod m;
mod note;
mod p;
pub mod proc;
mod rand;
pub mod runq;
pub mod schedtrace;
mod schedule;
pub mod status;
mod stw;
mod syscall;
mod sysmon;
pub mod time;

pub use config::{default_gomaxprocs, Config, MAX_GOMAXPROCS};
pub use executor::{Ctx, DeadG, Executor, Outcome, Stop, World};
pub use g::GId;
pub use proc::Sched;
pub use schedtrace::{format_schedtrace, SchedTrace};
pub use status::{GStatus, PStatus, WaitReason};
pub use time::{TimerCtx, TimerRef};
