//! Goroutines as the queues see them.
//!
//! The runtime never looks inside a goroutine: the VM keeps its frames and
//! registers in an opaque task. The scheduler keeps each goroutine's `g`
//! (status, goid, preemption flag, the task) in its G table (`allgs.rs`),
//! and its queues pass around a `GId`, the index of that slot, where Go's
//! hold `*g`. The VM keeps GIds in its wait queues and hands them back to
//! goready.

/// An opaque handle to a goroutine: what run queues, and later wait queues
/// and timers, hold in place of Go's `*g` / `guintptr`. Every `u32` is a
/// valid handle; the queues reserve none of them as "no G".
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct GId(pub u32);
