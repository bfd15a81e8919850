//! Declared entities (types2's `Object`s): constants, type names,
//! variables, functions, package names, labels and the predeclared
//! builtins, all in one arena per program and named by [`ObjId`].

use crate::constant::Value;
use crate::types::{Builtin, TypeId};
use minigo_parser::ast::Name;

/// An object in the checker's arena.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

impl ObjId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Where a variable was declared; the compiler allocates each kind
/// differently (locals in registers or on the heap when captured, package
/// variables as globals).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarKind {
    /// A package-level variable.
    Package,
    /// A local variable (`var x`, `x :=`, a range or type-switch variable).
    Local,
    /// A method's receiver.
    Recv,
    Param,
    Result,
    /// A struct field; `embedded` for an embedded field.
    Field {
        embedded: bool,
    },
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    /// A constant with its value (`Unknown` after an error).
    Const(Value),
    TypeName,
    Var {
        kind: VarKind,
        /// Read somewhere (for `declared and not used`).
        used: bool,
    },
    /// A function or method. `recv` is the receiver variable of a method.
    Func {
        recv: Option<ObjId>,
    },
    /// An imported package, by index into the program's packages.
    PkgName {
        pkg: usize,
        used: bool,
    },
    Builtin(Builtin),
    Nil,
    Label {
        used: bool,
    },
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: Name,
    pub kind: ObjKind,
    /// `None` while the declaration is being resolved (and for package
    /// names, builtins and labels, which have no type).
    pub ty: Option<TypeId>,
    /// The declaring file (an index into the program's files) and the
    /// byte offset of the name in it; `None` for predeclared objects.
    pub file: Option<usize>,
    pub pos: u32,
    /// The declaring package; `None` for the universe.
    pub pkg: Option<usize>,
}

impl Object {
    pub fn is_exported(&self) -> bool {
        self.name.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn is_var(&self) -> bool {
        matches!(self.kind, ObjKind::Var { .. })
    }

    /// gc's word for the kind of object, as in `x (variable of type int)`
    /// (see `Checker::object_kind` for types2's longer `objectKind`).
    pub fn kind_word(&self) -> &'static str {
        match self.kind {
            ObjKind::Const(_) => "constant",
            ObjKind::TypeName => "type",
            ObjKind::Var { .. } => "variable",
            ObjKind::Func { .. } => "func",
            ObjKind::PkgName { .. } => "package",
            ObjKind::Builtin(_) => "built-in",
            ObjKind::Nil => "nil",
            ObjKind::Label { .. } => "label",
        }
    }
}

impl super::Checker<'_> {
    /// types2's `objectKind`: the kind of object in `x (local variable) is
    /// not a type` and similar messages.
    pub(crate) fn object_kind(&self, obj: ObjId) -> &'static str {
        let o = self.obj(obj);
        match &o.kind {
            ObjKind::PkgName { .. } => "package name",
            ObjKind::Const(_) => "constant",
            ObjKind::TypeName => {
                if o.ty.is_some_and(|t| self.types.alias(t).is_some()) {
                    "type alias"
                } else {
                    "defined type"
                }
            }
            ObjKind::Var { kind, .. } => match kind {
                VarKind::Package => "package-level variable",
                VarKind::Local => "local variable",
                VarKind::Recv => "receiver",
                VarKind::Param => "parameter",
                VarKind::Result => "result variable",
                VarKind::Field { .. } => "struct field",
            },
            ObjKind::Func { recv } => {
                if recv.is_some() {
                    "method"
                } else {
                    "function"
                }
            }
            ObjKind::Label { .. } => "label",
            ObjKind::Builtin(_) => "built-in function",
            ObjKind::Nil => "untyped nil",
        }
    }
}
