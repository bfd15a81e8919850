//! Range clauses (types2's `range.go`): `for k, v := range x` over
//! integers (Go 1.22), strings, arrays and pointers to arrays, slices,
//! maps, channels and iterator functions (Go 1.23), with the iteration variables
//! declared (`:=`) or assigned (`=`). Go 1.22's per-iteration variables are
//! the compiler's business: here a `:=` declares one variable per name.

use super::object::{ObjId, ObjKind, VarKind};
use super::operand::{Mode, Operand};
use super::scope::ScopeKind;
use super::Checker;
use crate::constant::Value;
use crate::types::{BasicKind, ChanDir, TypeId, TypeKind};
use minigo_parser::ast::{Block, Expr, ExprKind};
use minigo_parser::printer::expr_string;

/// What ranging over a type yields (types2's `rangeKeyVal` results).
struct KeyVal {
    /// None: the clause permits no such iteration variable.
    key: Option<TypeId>,
    val: Option<TypeId>,
    /// Why x cannot be ranged over; `Some("")` without a reason.
    bad: Option<String>,
}

impl<'a> Checker<'a> {
    /// types2's `rangeStmt`: `for key, value = range x { body }` (`define`
    /// for `:=`); `for_pos` is the `for` keyword, where a `:=` without new
    /// variables is reported; `extra` is a third iteration variable, which
    /// is always an error.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn range_stmt(
        &mut self,
        for_pos: u32,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        extra: Option<&'a Expr>,
        range_var: &'a Expr,
        body: &'a Block,
        define: bool,
    ) {
        // spec: "The range expression x is evaluated before beginning the
        // loop, with one exception: if at most one iteration variable is
        // present and x or len(x) is constant, the range expression is not
        // evaluated."
        let mut x = self.expr(None, range_var);
        if !x.is_invalid() && value.is_none() && !self.has_call_or_recv(range_var) {
            if let Some(len) = self.array_len(x.ty) {
                // As types2 does for the compiler: record the range
                // expression (inside any parentheses) as the constant len(x),
                // so that its side effects are not computed.
                let mut inner = range_var;
                while let ExprKind::Paren(p) = &inner.kind {
                    inner = p;
                }
                let int = self.universe.basic(BasicKind::Int);
                let val =
                    i64::try_from(len).map_or_else(|_| Value::make_uint64(len), Value::make_int64);
                self.record_type_and_value(inner, Mode::Constant, int, Some(val));
            }
        }

        // Determine the key and value types.
        let (mut key_ty, mut val_ty) = (None, None);
        if !x.is_invalid() {
            let kv = self.range_key_val(x.ty);
            let s = self.operand_string(&x);
            match (&kv.bad, key, value) {
                (Some(cause), _, _) if !cause.is_empty() => {
                    self.soft_error(x.pos(), format!("cannot range over {s}: {cause}"));
                }
                (Some(_), _, _) if self.type_set_terms(x.ty).is_some_and(|t| t.is_empty()) => {
                    self.soft_error(x.pos(), format!("cannot range over {s}: no specific type"))
                }
                (Some(_), _, _) => self.soft_error(x.pos(), format!("cannot range over {s}")),
                (None, Some(k), _) if kv.key.is_none() => self.soft_error(
                    k.span.lo,
                    format!("range over {s} permits no iteration variables"),
                ),
                (None, _, Some(v)) if kv.val.is_none() => self.soft_error(
                    v.span.lo,
                    format!("range over {s} permits only one iteration variable"),
                ),
                _ => {
                    if let Some(e) = extra {
                        self.soft_error(
                            e.span.lo,
                            "range clause permits at most two iteration variables",
                        );
                    }
                }
            }
            key_ty = kv.key;
            val_ty = kv.val;
        }

        // The for statement's block opens after the range clause: the
        // iteration variables declared with := go in it (go.dev/issue/51437).
        self.open_scope(ScopeKind::Block);

        let lhs = [key, value];
        let rhs = [key_ty, val_ty];
        let range_over_int = !x.is_invalid() && self.is_integer(x.ty);

        if define {
            let mut vars: Vec<ObjId> = Vec::new();
            for (i, lhs) in lhs.iter().enumerate() {
                let Some(lhs) = *lhs else { continue };
                let obj = match &lhs.kind {
                    ExprKind::Name(name) => {
                        let obj = self.new_local_var(name, lhs.span.lo);
                        self.record_def(lhs.span.lo, obj);
                        // `_` variables don't count as new variables.
                        if &**name != "_" {
                            vars.push(obj);
                        }
                        obj
                    }
                    _ => {
                        self.error(lhs.span.lo, format!("cannot declare {}", expr_string(lhs)));
                        self.new_local_var("_", lhs.span.lo)
                    }
                };
                // Initialize the iteration variable, if any.
                let typ = rhs.get(i).copied().flatten();
                let Some(typ) = typ.filter(|&t| self.is_valid(t)) else {
                    self.obj_mut(obj).ty = Some(self.universe.invalid);
                    // No complaint about an unused variable of no type.
                    self.mark_used(obj);
                    continue;
                };
                if range_over_int {
                    // At most one iteration variable: the integer itself.
                    self.init_var(obj, &mut x, "range clause");
                } else {
                    // The error is on the variable: "assignment", not
                    // "range clause".
                    let mut y = self.iteration_value(lhs, typ);
                    self.init_var(obj, &mut y, "assignment");
                }
            }
            if vars.is_empty() {
                self.error(for_pos, "no new variables on left side of :=");
            } else {
                for obj in vars {
                    let pos = self.obj(obj).pos;
                    self.declare_local(pos, obj);
                }
            }
        } else if key.is_some() {
            // An ordinary assignment.
            for (i, lhs) in lhs.iter().enumerate() {
                let Some(lhs) = *lhs else { continue };
                let typ = rhs.get(i).copied().flatten();
                let Some(typ) = typ.filter(|&t| self.is_valid(t)) else {
                    continue;
                };
                if range_over_int {
                    // types2's assignVar with the range operand itself.
                    let t = self.lhs_var(lhs);
                    if t.is_some_and(|t| !self.is_valid(t)) {
                        x.mode = Mode::Invalid;
                        continue;
                    }
                    self.assignment(&mut x, t, "range clause");
                    // An untyped x now has the variable's type, which must
                    // be an integer type (go.dev/issue/67027).
                    if !x.is_invalid() && !self.is_integer(x.ty) {
                        let ts = self.type_string(x.ty);
                        self.soft_error(
                            lhs.span.lo,
                            format!("cannot use iteration variable of type {ts}"),
                        );
                    }
                } else {
                    let y = self.iteration_value(lhs, typ);
                    self.assign_var(lhs, None, Some(y), "assignment");
                }
            }
        } else if range_over_int {
            // No iteration variables: an untyped x must still take its
            // default type (as in `_ = x`).
            self.assignment(&mut x, None, "range clause");
        }

        self.block_stmt(body);
        self.close_scope();
    }

    /// The value assigned to an iteration variable: there is no better
    /// expression for messages than the variable itself.
    fn iteration_value(&self, lhs: &'a Expr, ty: TypeId) -> Operand<'a> {
        Operand {
            mode: Mode::Value,
            expr: Some(lhs),
            ty,
            val: Value::Unknown,
            builtin: None,
            desc: None,
        }
    }

    fn new_local_var(&mut self, name: &str, pos: u32) -> ObjId {
        self.new_object(
            name,
            ObjKind::Var {
                kind: VarKind::Local,
                used: false,
            },
            None,
            Some(self.ctx.file),
            pos,
        )
    }

    /// The length of an array or pointer-to-array type.
    fn array_len(&self, t: TypeId) -> Option<u64> {
        let t = self.array_ptr_deref(t);
        match self.core_kind(t) {
            TypeKind::Array { len, .. } => Some(*len),
            _ => None,
        }
    }

    /// types2's `arrayPtrDeref`: the array a pointer to an array points
    /// to; any other type unchanged.
    fn array_ptr_deref(&self, t: TypeId) -> TypeId {
        if let TypeKind::Pointer(base) = self.core_kind(t) {
            if matches!(self.types.under_kind(*base), TypeKind::Array { .. }) {
                return *base;
            }
        }
        t
    }

    /// types2's `rangeKeyVal`: the key and value types of ranging over a
    /// value of type `orig`.
    fn range_key_val(&mut self, orig: TypeId) -> KeyVal {
        let bad = |cause: String| KeyVal {
            key: None,
            val: None,
            bad: Some(cause),
        };
        let ok = |key: Option<TypeId>, val: Option<TypeId>| KeyVal {
            key,
            val,
            bad: None,
        };
        // A channel must permit receive operations.
        if let TypeKind::Chan {
            dir: ChanDir::Send, ..
        } = self.types.under_kind(orig)
        {
            let ts = self.type_string(orig);
            return bad(format!("receive from send-only channel {ts}"));
        }
        let int = self.universe.basic(BasicKind::Int);
        let core = self.core_type(orig).unwrap_or(orig);
        let rtyp = self.array_ptr_deref(core);
        match self.types.kind(rtyp).clone() {
            TypeKind::Basic(_) => {
                if self.is_string(rtyp) {
                    // `rune` by name
                    return ok(Some(int), Some(self.universe.rune));
                }
                if self.is_integer(rtyp) {
                    return ok(Some(orig), None);
                }
            }
            TypeKind::Array { elem, .. } | TypeKind::Slice(elem) => {
                return ok(Some(int), Some(elem));
            }
            TypeKind::Map { key, value } => return ok(Some(key), Some(value)),
            TypeKind::Chan { elem, .. } => return ok(Some(elem), None),
            TypeKind::Func(sig) => {
                const MUST: &str = "func must be func(yield func(...) bool)";
                if sig.params.len() != 1 {
                    return bad(format!("{MUST}: wrong argument count"));
                }
                if !sig.results.is_empty() {
                    return bad(format!("{MUST}: unexpected results"));
                }
                let yield_ty = sig.params[0];
                let TypeKind::Func(cb) = self.types.under_kind(yield_ty).clone() else {
                    return bad(format!("{MUST}: argument is not func"));
                };
                if cb.params.len() > 2 {
                    return bad(format!("{MUST}: yield func has too many parameters"));
                }
                let bool_ty = self.universe.basic(BasicKind::Bool);
                let returns_bool = cb.results.len() == 1 && self.identical(cb.results[0], bool_ty);
                if !returns_bool {
                    // see go.dev/issues/71131, go.dev/issues/71164
                    if cb.results.len() == 1 && self.is_boolean(cb.results[0]) {
                        return bad(format!(
                            "{MUST}: yield func returns user-defined boolean, not bool"
                        ));
                    }
                    return bad(format!("{MUST}: yield func does not return bool"));
                }
                if cb.variadic {
                    let ts = self.type_string(self.types.underlying(yield_ty));
                    return bad(format!("yield func of type {ts} cannot be variadic"));
                }
                return KeyVal {
                    key: cb.params.first().copied(),
                    val: cb.params.get(1).copied(),
                    bad: None,
                };
            }
            _ => {}
        }
        bad(String::new())
    }
}
