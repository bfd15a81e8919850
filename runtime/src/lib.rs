//! The GMP scheduler: G, M, P, run queues, parking, after Go's
//! `runtime/proc.go` and with its names. It knows nothing about bytecode:
//! a goroutine is an opaque [`g::GId`] here.
//!
//! - [`g`]: the goroutine handle the queues carry.
//! - [`runq`]: each P's local run queue (256 slots, `runnext`, stealing)
//!   and the global run queue (`schedt.runq`).
//!
//! M, P, parking, channels, timers and sysmon arrive in later issues.

pub mod g;
pub mod runq;
