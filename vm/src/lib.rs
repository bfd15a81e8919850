//! The type checker (`check`), the compiler to register bytecode
//! (`compile`, `bytecode`), the interpreter loop (`interp`), the heap and
//! its collector (`heap`), goroutine stacks (`stack`), and fmt's
//! formatting (`fmt`, `format`).

pub mod bytecode;
pub mod check;
pub mod compile;
pub mod constant;
pub mod fmt;
pub mod format;
pub mod heap;
pub mod iface;
pub mod interp;
pub mod natives;
pub mod printargs;
pub mod stack;
pub mod types;
