//! Builtin function calls (types2's `builtins.go`): `len`, `cap`, `append`,
//! `copy`, `delete`, `make`, `new`, `panic`, `print`, `println`, `recover`,
//! `close`, `complex`, `real`, `imag`, `min`, `max`, `clear`, with their
//! special argument rules and constant results.

use super::operand::{Mode, Operand};
use super::Checker;
use crate::constant::{self, BinaryOp as CBinary, CompareOp, Value};
use crate::types::{BasicKind, Builtin, ChanDir, TypeId, TypeKind};
use minigo_parser::ast::{Expr, ExprKind, UnaryOp};
use minigo_parser::printer::expr_string;

/// A builtin's minimum argument count and whether it takes more
/// (types2's `predeclaredFuncs`).
fn arity(id: Builtin) -> (usize, bool) {
    use Builtin::*;
    match id {
        Append => (1, true),
        Cap | Clear | Close | Imag | Len | New | Panic | Real => (1, false),
        Complex | Copy | Delete => (2, false),
        Make | Max | Min => (1, true),
        Print | Println => (0, true),
        Recover => (0, false),
    }
}

impl<'a> Checker<'a> {
    /// types2's `builtin`: checks the call `call` of builtin `id` (x is the
    /// builtin's operand on entry, the call's result on return); false if
    /// the call is invalid.
    pub(crate) fn builtin(&mut self, x: &mut Operand<'a>, call: &'a Expr, id: Builtin) -> bool {
        let ok = self.builtin_inner(x, call, id);
        // The result stands for the whole call (types2's callExpr sets
        // x.expr after builtin returns; raw_expr records it there).
        x.expr = Some(call);
        if !ok {
            x.mode = Mode::Invalid;
        }
        ok
    }

    fn builtin_inner(&mut self, x: &mut Operand<'a>, call: &'a Expr, id: Builtin) -> bool {
        let ExprKind::Call {
            args: arg_list,
            dots,
            rparen,
            ..
        } = &call.kind
        else {
            return false;
        };
        let name = id.name();

        // append is the only builtin that permits `...` on its last
        // argument.
        if *dots && id != Builtin::Append {
            self.error(
                call.span.lo,
                format!("invalid operation: invalid use of ... with built-in {name}"),
            );
            self.use_exprs(arg_list);
            return false;
        }

        // make and new take a type first; the others ordinary values.
        let mut args: Vec<Operand<'a>> = Vec::new();
        let nargs = match id {
            Builtin::Make | Builtin::New => arg_list.len(),
            _ => {
                args = self.builtin_args(arg_list);
                if args.iter().any(Operand::is_invalid) {
                    return false;
                }
                if let Some(a) = args.first() {
                    *x = a.clone();
                }
                args.len()
            }
        };

        let (min_args, variadic) = arity(id);
        let msg = if nargs < min_args {
            "not enough"
        } else if !variadic && nargs > min_args {
            "too many"
        } else {
            ""
        };
        if !msg.is_empty() {
            self.error(
                call.span.lo,
                format!(
                    "invalid operation: {msg} arguments for {} (expected {min_args}, found {nargs})",
                    expr_string(call)
                ),
            );
            return false;
        }

        match id {
            Builtin::Append => self.builtin_append(x, call, &mut args, *dots, rparen.lo),
            Builtin::Cap | Builtin::Len => {
                let arg = arg_list.first();
                self.builtin_len_cap(x, id, arg)
            }
            Builtin::Clear => {
                if !matches!(
                    self.core_kind(x.ty),
                    TypeKind::Map { .. } | TypeKind::Slice(_)
                ) {
                    let s = self.operand_string(x);
                    self.error(
                        x.pos(),
                        format!("invalid argument: cannot clear {s}: argument must be (or constrained by) map or slice"),
                    );
                    return false;
                }
                x.mode = Mode::NoValue;
                true
            }
            Builtin::Close => {
                let cause = match *self.core_kind(x.ty) {
                    TypeKind::Chan {
                        dir: ChanDir::Recv, ..
                    } => "cannot close receive-only channel",
                    TypeKind::Chan { .. } => "",
                    _ => "cannot close non-channel",
                };
                if !cause.is_empty() {
                    let s = self.operand_string(x);
                    self.error(x.pos(), format!("invalid operation: {cause} {s}"));
                    return false;
                }
                x.mode = Mode::NoValue;
                true
            }
            Builtin::Complex => {
                let mut y = args.get(1).cloned().unwrap_or_else(|| x.clone());
                self.builtin_complex(x, &mut y, call)
            }
            Builtin::Copy => {
                let y = args.get(1).cloned().unwrap_or_else(|| x.clone());
                self.builtin_copy(x, &y)
            }
            Builtin::Delete => {
                let TypeKind::Map { key, .. } = *self.core_kind(x.ty) else {
                    let s = self.operand_string(x);
                    self.error(x.pos(), format!("invalid argument: {s} is not a map"));
                    return false;
                };
                let Some(k) = args.get(1) else { return false };
                *x = k.clone();
                self.assignment(x, Some(key), "argument to delete");
                if x.is_invalid() {
                    return false;
                }
                x.mode = Mode::NoValue;
                true
            }
            Builtin::Imag | Builtin::Real => self.builtin_real_imag(x, id),
            Builtin::Make => self.builtin_make(x, call, arg_list),
            Builtin::Max | Builtin::Min => self.builtin_min_max(x, id, &mut args),
            Builtin::New => {
                let Some(arg) = arg_list.first() else {
                    return false;
                };
                *x = self.expr_or_type(arg);
                self.exclude(x, &[Mode::Builtin]);
                match x.mode {
                    Mode::Invalid => return false,
                    Mode::TypeExpr => {}
                    _ => {
                        // new(expr) (Go 1.26): a pointer to a copy of the
                        // value, which must have a type.
                        if self.is_untyped(x.ty) {
                            self.assignment(x, None, "argument to new");
                            if x.is_invalid() {
                                return false;
                            }
                        }
                    }
                }
                let t = x.ty;
                x.mode = Mode::Value;
                x.ty = self.types.pointer(t);
                x.val = Value::Unknown;
                true
            }
            Builtin::Panic => {
                let any = self.universe.empty_interface;
                self.assignment(x, Some(any), "argument to panic");
                if x.is_invalid() {
                    return false;
                }
                x.mode = Mode::NoValue;
                true
            }
            Builtin::Print | Builtin::Println => {
                let context = format!("argument to built-in {name}");
                for a in args.iter_mut() {
                    self.assignment(a, None, &context);
                    if a.is_invalid() {
                        return false;
                    }
                }
                x.mode = Mode::NoValue;
                true
            }
            Builtin::Recover => {
                x.mode = Mode::Value;
                x.ty = self.universe.empty_interface;
                x.val = Value::Unknown;
                true
            }
        }
    }

    /// The arguments of a builtin with ordinary arguments (types2's
    /// `exprList`): a single call may stand for all of them, `f()` giving
    /// several values.
    fn builtin_args(&mut self, list: &'a [Expr]) -> Vec<Operand<'a>> {
        if let [e] = list {
            let mut x = self.raw_expr(e, None).0;
            self.exclude(&mut x, &[Mode::NoValue, Mode::Builtin, Mode::TypeExpr]);
            if !x.is_invalid() {
                if let TypeKind::Tuple(elems) = self.types.kind(x.ty).clone() {
                    return elems
                        .into_iter()
                        .map(|t| Operand {
                            mode: Mode::Value,
                            expr: Some(e),
                            ty: t,
                            val: Value::Unknown,
                            builtin: None,
                            desc: None,
                        })
                        .collect();
                }
            }
            return vec![x];
        }
        list.iter().map(|e| self.expr(None, e)).collect()
    }

    /// types2's `sliceElem`: the element type of x's slice type, or the
    /// message of why x is no slice.
    fn slice_elem(&self, x: &Operand<'a>) -> Result<TypeId, String> {
        match *self.core_kind(x.ty) {
            TypeKind::Slice(e) => Ok(e),
            _ if x.is_nil() => Err("argument must be a slice; have untyped nil".into()),
            _ => Err(format!(
                "argument must be a slice; have {}",
                self.operand_string(x)
            )),
        }
    }

    /// `append(s S, x ...E) S`, and `append(bytes, s...)` for a string s.
    fn builtin_append(
        &mut self,
        x: &mut Operand<'a>,
        call: &'a Expr,
        args: &mut [Operand<'a>],
        dots: bool,
        rparen: u32,
    ) -> bool {
        let elem = match self.slice_elem(x) {
            Ok(e) => e,
            Err(msg) => {
                self.error(x.pos(), format!("invalid append: {msg}"));
                return false;
            }
        };
        // append([]byte, string...) appends the string's bytes.
        if args.len() == 2 && dots {
            let bytes = self.types.slice(self.universe.byte);
            if self.assignable_to(x, bytes, None) && self.is_string(args[1].ty) {
                x.mode = Mode::Value;
                return true;
            }
        }
        // The general case, checked as a call of func(S, ...E) S (types2
        // runs check.arguments with such a signature; its messages follow).
        let s_ty = x.ty;
        let slice_e = self.types.slice(elem);
        let arg_list: &'a [Expr] = match &call.kind {
            ExprKind::Call { args, .. } => args,
            _ => &[],
        };
        let nargs = args.len();
        if dots {
            if arg_list.len() == 1 && nargs > 1 {
                self.error(
                    rparen,
                    format!(
                        "cannot use ... with {nargs}-valued {}",
                        arg_list.first().map(expr_string).unwrap_or_default()
                    ),
                );
            } else if nargs != 2 {
                let (qualifier, at) = if nargs > 2 {
                    ("too many", args[2].pos())
                } else {
                    ("not enough", args[nargs - 1].pos())
                };
                let have: Vec<TypeId> = args.iter().map(|a| a.ty).collect();
                let have = self.types_summary(&have, false, true);
                let want = self.types_summary(&[s_ty, slice_e], true, false);
                self.error(
                    at,
                    format!(
                        "{qualifier} arguments in call to append\n\thave {have}\n\twant {want}"
                    ),
                );
            } else {
                self.assignment(&mut args[1], Some(slice_e), "argument to append");
            }
        } else {
            for a in args.iter_mut().skip(1) {
                self.assignment(a, Some(elem), "argument to append");
            }
        }
        // Errors in the arguments do not change the result's type.
        x.mode = Mode::Value;
        true
    }

    /// Whether len or cap accepts a value of x's (non-parameter) type.
    fn len_cap_ok(&self, x: &Operand<'a>, id: Builtin) -> bool {
        let mut u = self.types.underlying(x.ty);
        if let TypeKind::Pointer(p) = *self.types.kind(u) {
            if let TypeKind::Array { .. } = self.types.under_kind(p) {
                u = self.types.underlying(p);
            }
        }
        match *self.types.kind(u) {
            TypeKind::Basic(b) => b.is_string() && id == Builtin::Len,
            TypeKind::Array { .. } | TypeKind::Slice(_) | TypeKind::Chan { .. } => true,
            TypeKind::Map { .. } => id == Builtin::Len,
            _ => false,
        }
    }

    /// `len(x)` and `cap(x)`: constant for constant strings (len only) and
    /// for arrays when x has no calls or receives (x is then not
    /// evaluated).
    fn builtin_len_cap(&mut self, x: &mut Operand<'a>, id: Builtin, arg: Option<&'a Expr>) -> bool {
        let mut mode = Mode::Invalid;
        let mut val = Value::Unknown;
        // A type parameter's values have a length if every type of its
        // set does.
        if let Some(terms) = self.type_set_terms(x.ty) {
            let all = !terms.is_empty()
                && terms.iter().all(|term| {
                    let mut y = x.clone();
                    y.ty = term.ty;
                    y.mode = Mode::Value;
                    self.len_cap_ok(&y, id)
                });
            if all {
                x.mode = Mode::Value;
                x.ty = self.universe.basic(crate::types::BasicKind::Int);
                x.val = Value::Unknown;
                return true;
            }
        }
        let mut u = self.types.underlying(x.ty);
        if let TypeKind::Pointer(p) = *self.types.kind(u) {
            if let TypeKind::Array { .. } = self.types.under_kind(p) {
                u = self.types.underlying(p);
            }
        }
        match *self.types.kind(u) {
            TypeKind::Basic(b) if b.is_string() && id == Builtin::Len => {
                if x.mode == Mode::Constant {
                    mode = Mode::Constant;
                    val = Value::make_uint64(x.val.string_len() as u64);
                } else {
                    mode = Mode::Value;
                }
            }
            TypeKind::Array { len, .. } => {
                mode = Mode::Value;
                if !arg.is_some_and(|a| self.has_call_or_recv(a)) {
                    mode = Mode::Constant;
                    val = Value::make_uint64(len);
                }
            }
            TypeKind::Slice(_) | TypeKind::Chan { .. } => mode = Mode::Value,
            TypeKind::Map { .. } if id == Builtin::Len => mode = Mode::Value,
            _ => {}
        }
        if mode == Mode::Invalid {
            if self.is_valid(self.types.underlying(x.ty)) {
                let s = self.operand_string(x);
                self.error(
                    x.pos(),
                    format!("invalid argument: {s} for built-in {}", id.name()),
                );
            }
            return false;
        }
        x.mode = mode;
        x.ty = self.universe.basic(BasicKind::Int);
        x.val = val;
        true
    }

    /// types2's `hasCallOrRecv` for the argument of len or cap, computed
    /// from what was recorded for it: a function call (not a conversion,
    /// nor a builtin with a constant result) or a receive, outside function
    /// literals (whose bodies are not part of the expression's value).
    pub(crate) fn has_call_or_recv(&self, e: &Expr) -> bool {
        let recorded_mode = |e: &Expr| -> Option<Mode> {
            if let Some(u) = self.untyped.get(&(self.ctx.file, e.id)) {
                return Some(u.mode);
            }
            self.info[self.ctx.file].type_of(e.id).map(|t| t.mode)
        };
        match &e.kind {
            ExprKind::Call { fun, args, .. } => {
                if recorded_mode(e) == Some(Mode::Constant) {
                    return false;
                }
                if recorded_mode(fun) == Some(Mode::TypeExpr) {
                    return args.iter().any(|a| self.has_call_or_recv(a));
                }
                true
            }
            ExprKind::Unary {
                op: UnaryOp::Recv, ..
            } => true,
            ExprKind::Unary { x, .. } | ExprKind::Paren(x) => self.has_call_or_recv(x),
            ExprKind::Binary { x, y, .. } => self.has_call_or_recv(x) || self.has_call_or_recv(y),
            ExprKind::Selector { x, .. } | ExprKind::TypeAssert { x, .. } => {
                self.has_call_or_recv(x)
            }
            ExprKind::Index { x, index } => {
                self.has_call_or_recv(x) || index.iter().any(|i| self.has_call_or_recv(i))
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.has_call_or_recv(x)
                    || [lo, hi, max]
                        .into_iter()
                        .flatten()
                        .any(|i| self.has_call_or_recv(i))
            }
            ExprKind::CompositeLit { elems, .. } => {
                elems.iter().any(|el| self.has_call_or_recv(el))
            }
            ExprKind::KeyValue { key, value } => {
                self.has_call_or_recv(key) || self.has_call_or_recv(value)
            }
            _ => false,
        }
    }

    /// `complex(re, im)`: both floats of one type (untyped constants meet
    /// as untyped floats).
    fn builtin_complex(
        &mut self,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        call: &'a Expr,
    ) -> bool {
        let float64 = self.universe.basic(BasicKind::Float64);
        match (self.is_untyped(x.ty), self.is_untyped(y.ty)) {
            (false, false) => {}
            (true, false) => {
                let t = y.ty;
                self.convert_untyped(x, t);
            }
            (false, true) => {
                let t = x.ty;
                self.convert_untyped(y, t);
            }
            (true, true) => {
                if x.mode == Mode::Constant && y.mode == Mode::Constant {
                    let uf = self.universe.basic(BasicKind::UntypedFloat);
                    for o in [&mut *x, &mut *y] {
                        if self.is_numeric(o.ty) && o.val.imag().sign() == 0 {
                            o.ty = uf;
                        }
                    }
                } else {
                    // A non-constant untyped operand is a shift, which
                    // this makes fail as types2 does.
                    self.convert_untyped(x, float64);
                    self.convert_untyped(y, float64);
                }
            }
        }
        if x.is_invalid() || y.is_invalid() {
            return false;
        }
        if !self.identical(x.ty, y.ty) {
            let (xs, ys) = (self.type_string(x.ty), self.type_string(y.ty));
            self.error(
                x.pos(),
                format!(
                    "invalid operation: {} (mismatched types {xs} and {ys})",
                    expr_string(call)
                ),
            );
            return false;
        }
        let res = match self.types.basic(x.ty) {
            Some(BasicKind::Float32) => BasicKind::Complex64,
            Some(BasicKind::Float64) => BasicKind::Complex128,
            Some(BasicKind::UntypedFloat) => BasicKind::UntypedComplex,
            _ => {
                let ts = self.type_string(x.ty);
                self.error(
                    x.pos(),
                    format!("invalid argument: arguments have type {ts}, expected floating-point"),
                );
                return false;
            }
        };
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            let im = Value::make_imag(&y.val.to_float());
            x.val = constant::binary_op(&x.val.to_float(), CBinary::Add, &im);
        } else {
            x.mode = Mode::Value;
        }
        x.ty = self.universe.basic(res);
        true
    }

    /// `real(c)` and `imag(c)`.
    fn builtin_real_imag(&mut self, x: &mut Operand<'a>, id: Builtin) -> bool {
        if self.is_untyped(x.ty) {
            if x.mode == Mode::Constant {
                // An untyped numeric constant is also a complex one.
                if self.is_numeric(x.ty) {
                    x.ty = self.universe.basic(BasicKind::UntypedComplex);
                }
            } else {
                // A non-constant untyped operand is a shift: complex128
                // makes it fail as types2 does.
                let c = self.universe.basic(BasicKind::Complex128);
                self.convert_untyped(x, c);
                if x.is_invalid() {
                    return false;
                }
            }
        }
        let res = match self.types.basic(x.ty) {
            Some(BasicKind::Complex64) => BasicKind::Float32,
            Some(BasicKind::Complex128) => BasicKind::Float64,
            Some(BasicKind::UntypedComplex) => BasicKind::UntypedFloat,
            _ => {
                let ts = self.type_string(x.ty);
                self.error(
                    x.pos(),
                    format!("invalid argument: argument has type {ts}, expected complex type"),
                );
                return false;
            }
        };
        if x.mode == Mode::Constant {
            x.val = if id == Builtin::Real {
                x.val.real()
            } else {
                x.val.imag()
            };
        } else {
            x.mode = Mode::Value;
        }
        x.ty = self.universe.basic(res);
        true
    }

    /// `copy(dst, src []E) int`, and `copy([]byte, string)`.
    fn builtin_copy(&mut self, x: &mut Operand<'a>, y: &Operand<'a>) -> bool {
        let dst_e = match self.slice_elem(x) {
            Ok(e) => e,
            Err(msg) => {
                self.error(x.pos(), format!("invalid copy: {msg}"));
                return false;
            }
        };
        let bytes = self.types.slice(self.universe.byte);
        let byte_src = match *self.core_kind(y.ty) {
            TypeKind::Slice(e) => self.identical(e, self.universe.byte),
            TypeKind::Basic(b) => b.is_string(),
            _ => false,
        };
        let special = byte_src && self.assignable_to(x, bytes, None);
        if !special {
            let src_e = match self.slice_elem(y) {
                Ok(e) => e,
                // A string source gives a better message as bytes.
                Err(_) if self.is_string(y.ty) => self.universe.byte,
                Err(msg) => {
                    self.error(y.pos(), format!("invalid copy: {msg}"));
                    return false;
                }
            };
            if !self.identical(dst_e, src_e) {
                let (xs, ys) = (self.operand_string(x), self.operand_string(y));
                let (ds, ss) = (self.type_string(dst_e), self.type_string(src_e));
                self.error(
                    x.pos(),
                    format!("invalid copy: arguments {xs} and {ys} have different element types {ds} and {ss}"),
                );
                return false;
            }
        }
        x.mode = Mode::Value;
        x.ty = self.universe.basic(BasicKind::Int);
        x.val = Value::Unknown;
        true
    }

    /// `make(T, args)` for slices (length, optional capacity), maps and
    /// channels (optional size).
    fn builtin_make(&mut self, x: &mut Operand<'a>, call: &'a Expr, arg_list: &'a [Expr]) -> bool {
        let Some(arg0) = arg_list.first() else {
            return false;
        };
        let t = self.var_type(arg0);
        if !self.is_valid(t) {
            return false;
        }
        let min = match self.core_kind(t) {
            TypeKind::Slice(_) => 2,
            TypeKind::Map { .. } | TypeKind::Chan { .. } => 1,
            _ => {
                self.error(
                    arg0.span.lo,
                    format!(
                        "invalid argument: cannot make {}: type must be slice, map, or channel",
                        expr_string(arg0)
                    ),
                );
                return false;
            }
        };
        let nargs = arg_list.len();
        if nargs < min || min + 1 < nargs {
            self.error(
                call.span.lo,
                format!(
                    "invalid operation: {} expects {min} or {} arguments; found {nargs}",
                    expr_string(call),
                    min + 1
                ),
            );
            return false;
        }
        let mut sizes = Vec::new();
        for arg in arg_list.iter().skip(1) {
            let (_, size) = self.index(arg, -1);
            if size >= 0 {
                sizes.push(size);
            }
        }
        if let ([len, cap], Some(at)) = (sizes.as_slice(), arg_list.get(1)) {
            if len > cap {
                self.error(at.span.lo, "invalid argument: length and capacity swapped");
            }
        }
        x.mode = Mode::Value;
        x.ty = t;
        x.val = Value::Unknown;
        true
    }

    /// `min(x, ...)` and `max(x, ...)` of ordered operands of one type;
    /// constant when all are.
    fn builtin_min_max(
        &mut self,
        x: &mut Operand<'a>,
        id: Builtin,
        args: &mut [Operand<'a>],
    ) -> bool {
        let op = if id == Builtin::Max {
            CompareOp::Gtr
        } else {
            CompareOp::Lss
        };
        for i in 0..args.len() {
            let mut a = args[i].clone();
            if a.is_invalid() {
                return false;
            }
            if !self.is_ordered(a.ty) {
                let s = self.operand_string(&a);
                self.error(a.pos(), format!("invalid argument: {s} cannot be ordered"));
                return false;
            }
            if i > 0 {
                self.match_types(x, &mut a);
                if x.is_invalid() {
                    return false;
                }
                if !self.identical(x.ty, a.ty) {
                    let (xs, ys) = (self.type_string(x.ty), self.type_string(a.ty));
                    let ae = a.expr.map(expr_string).unwrap_or_default();
                    self.error(
                        a.pos(),
                        format!("invalid argument: mismatched types {xs} (previous argument) and {ys} (type of {ae})"),
                    );
                    return false;
                }
                if x.mode == Mode::Constant && a.mode == Mode::Constant {
                    if constant::compare(&a.val, op, &x.val) {
                        *x = a.clone();
                    }
                } else {
                    x.mode = Mode::Value;
                }
            }
            args[i] = a;
        }
        // A non-constant result must have a type: untyped operands get
        // their default type, as for an assignment to interface{}.
        if x.mode != Mode::Constant {
            x.mode = Mode::Value;
            let any = self.universe.empty_interface;
            let context = format!("argument to built-in {}", id.name());
            self.assignment(x, Some(any), &context);
            if x.is_invalid() {
                return false;
            }
        }
        let t = x.ty;
        for a in args.iter() {
            if let Some(e) = a.expr {
                self.update_expr_type(e, t, true);
            }
        }
        true
    }
}
