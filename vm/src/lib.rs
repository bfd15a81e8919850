//! Type checker, compiler to register bytecode, interpreter, heap and GC (later issues).

pub mod check;
pub mod constant;
pub mod types;
