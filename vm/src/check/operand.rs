//! Operands: the result of checking an expression (types2's `operand`):
//! what kind of thing it is (its [`Mode`]), its type, its constant value,
//! and the expression it came from, for messages such as
//! `x (variable of type int)` or `300 (untyped int constant)`.

use super::Checker;
use crate::constant::Value;
use crate::types::{BasicKind, Builtin, TypeId, TypeKind};
use minigo_parser::ast::Expr;
use minigo_parser::printer::expr_string;

/// types2's operand modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// An erroneous operand; it has been reported.
    Invalid,
    /// A call of a function without results.
    NoValue,
    /// A builtin function (only callable).
    Builtin,
    /// A type.
    TypeExpr,
    Constant,
    /// An addressable variable.
    Variable,
    /// `m[k]`: assignable but not addressable; may yield `v, ok`.
    MapIndex,
    Value,
    /// The predeclared `nil` (types2 gives it its own mode).
    NilValue,
    /// A value that may also be used as `v, ok` (type assertion, receive).
    CommaOk,
    /// A value that may also be used as `v, err` (not produced in Go code).
    CommaErr,
}

impl Mode {
    fn word(self) -> &'static str {
        match self {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin => "built-in",
            Mode::TypeExpr => "type",
            Mode::Constant => "constant",
            Mode::Variable => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value => "value",
            Mode::NilValue => "nil",
            Mode::CommaOk => "comma, ok expression",
            Mode::CommaErr => "comma, error expression",
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Operand<'a> {
    pub mode: Mode,
    pub expr: Option<&'a Expr>,
    pub ty: TypeId,
    /// The value of a `Constant` operand (`Unknown` otherwise).
    pub val: Value,
    /// The builtin of a `Builtin` operand.
    pub builtin: Option<Builtin>,
    /// Text that stands for the expression in messages, for operands that
    /// are part of one (`1st function result`).
    pub desc: Option<Box<str>>,
}

impl<'a> Operand<'a> {
    pub fn invalid(expr: Option<&'a Expr>, invalid_type: TypeId) -> Operand<'a> {
        Operand {
            mode: Mode::Invalid,
            expr,
            ty: invalid_type,
            val: Value::Unknown,
            builtin: None,
            desc: None,
        }
    }

    pub fn is_invalid(&self) -> bool {
        self.mode == Mode::Invalid
    }

    /// The byte offset where types2 reports errors about this operand: the
    /// start of its expression.
    pub fn pos(&self) -> u32 {
        self.expr.map_or(0, start_pos)
    }

    /// Whether this is the predeclared `nil` (types2's `isNil`).
    pub fn is_nil(&self) -> bool {
        self.mode == Mode::NilValue
    }
}

/// Where gc reports an error about an expression (syntax.StartPos): its
/// first byte, except for a function type, which gc positions at the `(`.
pub(crate) fn start_pos(e: &Expr) -> u32 {
    match &e.kind {
        minigo_parser::ast::ExprKind::FuncType(ft) => ft.pos,
        _ => e.span.lo,
    }
}

impl Checker<'_> {
    /// The operand as types2 prints it in messages.
    pub(crate) fn operand_string(&self, x: &Operand) -> String {
        if x.mode == Mode::NilValue {
            return match self.types.kind(x.ty) {
                TypeKind::Invalid => "nil (with invalid type)".into(),
                TypeKind::Basic(BasicKind::UntypedNil) => "nil".into(),
                _ => format!("nil (of type {})", self.type_string(x.ty)),
            };
        }
        let expr = match (&x.desc, x.expr) {
            (Some(d), _) => d.to_string(),
            (None, Some(e)) => expr_string(e),
            (None, None) => match x.mode {
                Mode::Builtin => x.builtin.map(|b| b.name().to_string()).unwrap_or_default(),
                Mode::TypeExpr => self.type_string(x.ty),
                Mode::Constant => x.val.to_string(),
                _ => String::new(),
            },
        };
        let mut buf = String::new();
        if !expr.is_empty() {
            buf.push_str(&expr);
            buf.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            Mode::Invalid | Mode::NoValue | Mode::Builtin | Mode::TypeExpr => {}
            _ => {
                if let Some(b) = self.untyped_kind(x.ty) {
                    buf.push_str(b.name());
                    buf.push(' ');
                } else {
                    has_type = true;
                }
            }
        }
        buf.push_str(x.mode.word());
        if x.mode == Mode::Constant {
            let s = x.val.to_string();
            if s != expr {
                buf.push(' ');
                buf.push_str(&s);
            }
        }
        if has_type {
            if self.is_valid(x.ty) {
                let mut desc = String::new();
                let t = self.types.unalias(x.ty);
                // byte and rune are basic types in types2, not aliases.
                let is_basic_alias = x.ty == self.universe.byte || x.ty == self.universe.rune;
                if !is_basic_alias
                    && (self.types.named(t).is_some() || self.types.alias(x.ty).is_some())
                {
                    let what = self.composite_kind(x.ty);
                    if what.is_empty() {
                        if let Some(b) = self.types.basic(x.ty) {
                            desc.push_str(b.name());
                            desc.push(' ');
                        }
                    } else {
                        desc.push_str(what);
                        desc.push(' ');
                    }
                }
                buf.push_str(" of ");
                buf.push_str(&desc);
                buf.push_str("type ");
                buf.push_str(&self.type_string(x.ty));
                if let Some(c) = self.types.type_param(t).and_then(|p| p.constraint) {
                    buf.push_str(" constrained by ");
                    buf.push_str(&self.type_string(c));
                }
            } else {
                buf.push_str(" with invalid type");
            }
        }
        if !expr.is_empty() {
            buf.push(')');
        }
        buf
    }

    /// types2's `compositeKind`: the kind word of a type's structure, empty
    /// for basic types.
    pub(crate) fn composite_kind(&self, t: TypeId) -> &'static str {
        match self.types.under_kind(t) {
            TypeKind::Array { .. } => "array",
            TypeKind::Slice(_) => "slice",
            TypeKind::Struct(_) => "struct",
            TypeKind::Pointer(_) => "pointer",
            TypeKind::Func(_) => "func",
            TypeKind::Interface(_) => "interface",
            TypeKind::Map { .. } => "map",
            TypeKind::Chan { .. } => "chan",
            TypeKind::Tuple(_) => "tuple",
            _ => "",
        }
    }
}
