//! Lexical blocks (Go spec, "Declarations and scope"): the universe, one
//! block per package, per file (imports), per function and per nested
//! block. Statements are checked in order, so a lookup during checking sees
//! exactly the names declared before it; package-level names are all
//! collected before any body is checked.

use super::object::ObjId;
use crate::HashMap;
use minigo_parser::ast::Name;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScopeId(pub u32);

impl ScopeId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Universe,
    Package,
    File,
    /// A function's parameters and results, and its body's top level.
    Func,
    Block,
}

#[derive(Clone, Debug)]
pub struct Scope {
    pub parent: Option<ScopeId>,
    pub kind: ScopeKind,
    pub names: HashMap<Name, ObjId>,
    /// Objects in declaration order (for `declared and not used`, reported
    /// in source order).
    pub order: Vec<ObjId>,
}

impl Scope {
    pub fn new(parent: Option<ScopeId>, kind: ScopeKind) -> Scope {
        Scope {
            parent,
            kind,
            names: HashMap::default(),
            order: Vec::new(),
        }
    }

    pub fn lookup(&self, name: &str) -> Option<ObjId> {
        self.names.get(name).copied()
    }
}
