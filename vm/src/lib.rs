//! The type checker (`check`), the compiler to register bytecode
//! (`compile`, `bytecode`), the interpreter loop (`interp`), the heap and
//! its collector (`heap`), goroutine stacks (`stack`), the VM's side of
//! the runtime (`exec`, `chan`, `sema`, `timer`), and fmt's formatting
//! (`fmt`, `format`).

pub mod bytecode;
pub mod chan;
pub mod check;
pub mod compile;
pub mod constant;
pub mod embed;
pub mod exec;
pub mod fmt;
pub mod format;
pub mod heap;
pub mod host;
pub mod iface;
pub mod interp;
pub mod natives;
pub mod printargs;
pub mod prompt;
pub mod sema;
mod sortfunc;
pub mod stack;
pub mod timer;
pub mod types;

/// The checker's and compiler's hash maps and sets: foldhash with a fixed
/// seed instead of std's SipHash. Their keys are the program's own ids
/// and names, so flooding resistance buys nothing, and SipHash was a
/// twentieth of `minigo run hello.go`.
pub type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;
pub type HashSet<K> = std::collections::HashSet<K, foldhash::fast::FixedState>;
