//! What the checker hands the compiler, per file (types2's `Info`): the type
//! and mode of every expression, constant values folded, the object every
//! identifier denotes, and how every selector `x.f` resolves. Expressions
//! are indexed by their dense [`ExprId`]; declared names (which are
//! [`Ident`](minigo_parser::ast::Ident)s without an id) by byte offset.

use super::object::ObjId;
use super::operand::Mode;
use crate::constant::Value;
use crate::types::TypeId;
use crate::HashMap;
use minigo_parser::ast::ExprId;

/// The checked facts of one expression.
#[derive(Clone, Debug)]
pub struct TypeAndValue {
    pub mode: Mode,
    /// The final type: untyped constants get the type their context gave
    /// them (`x + 1` with `x int` records `1` as `int`), or their default
    /// type where none did.
    pub ty: TypeId,
    /// The value of a constant expression, already converted to `ty`.
    pub val: Option<Value>,
}

/// How `x.f` resolves (types2's `Selection`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    pub kind: SelectionKind,
    /// The type of `x` (the receiver type for method expressions).
    pub recv: TypeId,
    /// The field or method.
    pub obj: ObjId,
    /// The path through embedded fields: the field indices from `x`'s type
    /// to the struct holding `f`, then `f`'s own index for a field.
    pub index: Vec<usize>,
    /// Whether a pointer was dereferenced on the way.
    pub indirect: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelectionKind {
    FieldVal,
    /// `x.m` with `x` a value: a method value (or a call).
    MethodVal,
    /// `T.m`: a method expression.
    MethodExpr,
}

/// The side tables of one file.
#[derive(Clone, Debug, Default)]
pub struct FileInfo {
    /// The `ExprId` of `types[0]` and `uses[0]`: 0 for a file's tables; an
    /// instance of a generic function keeps only the range of its
    /// declaration's expressions.
    pub base: u32,
    /// Per expression (by `ExprId`); `None` for expressions never checked
    /// (such as a type's parts inside a failed declaration).
    pub types: Vec<Option<TypeAndValue>>,
    /// The object an identifier expression (`ExprKind::Name`), or the
    /// package member of a qualified identifier `pkg.Name` (recorded on
    /// the selector expression), denotes.
    pub uses: Vec<Option<ObjId>>,
    /// The object each declared name defines, by the name's byte offset.
    pub defs: HashMap<u32, ObjId>,
    /// Selector expressions that select a field or method (not qualified
    /// identifiers), by the selector's `ExprId`.
    pub selections: HashMap<ExprId, Selection>,
    /// The variable a type switch declares in each clause, by the clause's
    /// byte offset (types2's `Implicits`).
    pub implicits: HashMap<u32, ObjId>,
}

impl FileInfo {
    pub fn new(expr_count: u32) -> FileInfo {
        let n = expr_count as usize;
        FileInfo {
            types: vec![None; n],
            uses: vec![None; n],
            ..FileInfo::default()
        }
    }

    pub fn type_of(&self, id: ExprId) -> Option<&TypeAndValue> {
        let i = id.0.checked_sub(self.base)? as usize;
        self.types.get(i).and_then(Option::as_ref)
    }

    pub fn use_of(&self, id: ExprId) -> Option<ObjId> {
        let i = id.0.checked_sub(self.base)? as usize;
        self.uses.get(i).copied().flatten()
    }

    pub(crate) fn type_slot(&mut self, id: ExprId) -> Option<&mut Option<TypeAndValue>> {
        let i = id.0.checked_sub(self.base)? as usize;
        self.types.get_mut(i)
    }

    pub(crate) fn use_slot(&mut self, id: ExprId) -> Option<&mut Option<ObjId>> {
        let i = id.0.checked_sub(self.base)? as usize;
        self.uses.get_mut(i)
    }

    /// Drops the entries before the first and after the last one
    /// recorded (an instance's tables cover only its declaration).
    pub(crate) fn compress(&mut self) {
        let used = |i: usize| self.types[i].is_some() || self.uses[i].is_some();
        let n = self.types.len().min(self.uses.len());
        let Some(lo) = (0..n).find(|&i| used(i)) else {
            self.types.clear();
            self.uses.clear();
            return;
        };
        let hi = (0..n).rev().find(|&i| used(i)).unwrap_or(lo);
        self.types = self.types[lo..=hi].to_vec();
        self.uses = self.uses[lo..=hi].to_vec();
        self.base += lo as u32;
    }
}
