//! Type checker, compiler to register bytecode, interpreter, heap and GC (later issues).

pub mod bytecode;
pub mod check;
pub mod compile;
pub mod constant;
pub mod fmt;
pub mod format;
pub mod heap;
pub mod interp;
pub mod types;
