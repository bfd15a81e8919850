//! Go's types as the type checker and the compiler see them.
//!
//! Every type lives in one [`TypeTable`] (one per program, so two embedded VMs
//! never share one) and is named by a [`TypeId`]. Composite types are
//! hash-consed: building `[]int` twice gives the same id, so the common
//! identity test is an integer compare; [`TypeTable::identical`] falls back
//! to a structural walk only for the types whose spelling carries more than
//! their identity (parameter names of function types). Defined (named) types
//! are never consed: each declaration makes a new one, as the spec says.

mod table;
mod typestring;
mod universe;

pub use crate::constant::BasicKind;
pub use minigo_parser::ast::ChanDir;
pub use table::{
    Field, Method, NamedMethod, NamedType, Signature, Term, TypeId, TypeKind, TypeParam, TypeTable,
};
pub use universe::{Builtin, Universe, UniverseObj};

#[cfg(test)]
mod tests;
