//! Goroutines as the scheduler sees them.
//!
//! The runtime never looks inside a goroutine: the VM keeps its frames and
//! registers, and the scheduler's queues pass around a `GId`, an index the
//! VM gives meaning to (Go's queues hold `*g`; here the `g` lives on the
//! VM's side of the line, so the runtime knows nothing about bytecode).

/// An opaque handle to a goroutine: what run queues, and later wait queues
/// and timers, hold in place of Go's `*g` / `guintptr`. Every `u32` is a
/// valid handle; the queues reserve none of them as "no G".
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct GId(pub u32);
