//! Calls and selectors (types2's `call.go`): function and method calls with
//! their argument rules (variadics, `f(g())`, `...`), conversions `T(x)` and
//! builtin calls dispatched from here, qualified identifiers `pkg.Name`,
//! field and method selection with promotion through embedding, method
//! values and method expressions.

use super::expr::ExprKindResult;
use super::info::{Selection, SelectionKind};
use super::lookup::{Found, Lookup};
use super::object::ObjKind;
use super::operand::{Mode, Operand};
use super::Checker;
use crate::constant::Value;
use crate::types::{Builtin, TypeId, TypeKind};
use minigo_parser::ast::{Expr, ExprKind, Ident};
use minigo_parser::printer::expr_string;

/// Whether a builtin's call may stand alone as a statement (types2's
/// `predeclaredFuncs[id].kind`).
fn builtin_kind(b: Builtin) -> ExprKindResult {
    use Builtin::*;
    match b {
        Append | Cap | Complex | Imag | Len | Make | Max | Min | New | Real => {
            ExprKindResult::Expression
        }
        Clear | Close | Copy | Delete | Panic | Print | Println | Recover => {
            ExprKindResult::Statement
        }
    }
}

/// types2's `isValidName`: a selector made by the parser's error recovery
/// (`_` or worse) is not worth an `undefined` error.
fn is_valid_name(s: &str) -> bool {
    s.chars()
        .enumerate()
        .all(|(i, c)| c.is_alphabetic() || c == '_' || (i > 0 && c.is_numeric()))
}

impl<'a> Checker<'a> {
    /// types2's `callExpr`: a conversion, a builtin call or a function or
    /// method call. The result is recorded by `raw_expr`.
    pub(crate) fn call_expr(&mut self, e: &'a Expr) -> (Operand<'a>, ExprKindResult) {
        let ExprKind::Call {
            fun, args, dots, ..
        } = &e.kind
        else {
            return (
                Operand::invalid(Some(e), self.universe.invalid),
                ExprKindResult::Statement,
            );
        };
        if let Some(x) = self.generic_call(e, fun, args, *dots) {
            return (x, ExprKindResult::Statement);
        }
        let mut x = self.expr_or_type(fun);
        match x.mode {
            Mode::Invalid => {
                self.use_exprs(args);
                x.expr = Some(e);
                return (x, ExprKindResult::Statement);
            }
            Mode::TypeExpr => {
                return (
                    self.conversion_call(e, x.ty, args, *dots),
                    ExprKindResult::Conversion,
                )
            }
            Mode::Builtin => {
                let Some(id) = x.builtin else {
                    x.mode = Mode::Invalid;
                    x.expr = Some(e);
                    return (x, ExprKindResult::Statement);
                };
                if !self.builtin(&mut x, e, id) {
                    x.mode = Mode::Invalid;
                }
                x.expr = Some(e);
                return (x, builtin_kind(id));
            }
            _ => {}
        }

        // An ordinary function or method call.
        let TypeKind::Func(sig) = self.core_kind(x.ty).clone() else {
            let xs = self.operand_string(&x);
            let ts = self.type_string(x.ty);
            self.error(
                x.pos(),
                format!("invalid operation: cannot call {xs}: {ts} is not a function"),
            );
            return (
                Operand::invalid(Some(e), self.universe.invalid),
                ExprKindResult::Statement,
            );
        };
        let arg_ops = self.generic_expr_list(args);
        self.arguments(e, fun, &sig, args, *dots, &arg_ops);
        (self.call_result(e, &sig), ExprKindResult::Statement)
    }

    /// The operand of a call with signature `sig` (whether or not the
    /// arguments were right).
    pub(crate) fn call_result(
        &mut self,
        e: &'a Expr,
        sig: &crate::types::Signature,
    ) -> Operand<'a> {
        let mut x = Operand::invalid(Some(e), self.universe.invalid);
        match sig.results.len() {
            0 => {
                x.mode = Mode::NoValue;
                x.ty = self.types.tuple(Vec::new());
            }
            1 => {
                x.mode = Mode::Value;
                x.ty = sig.results[0];
            }
            _ => {
                x.mode = Mode::Value;
                x.ty = self.types.tuple(sig.results.clone());
            }
        }
        x
    }

    /// The conversion `T(args)` (types2's `callExpr`, case `typexpr`).
    fn conversion_call(
        &mut self,
        e: &'a Expr,
        t: TypeId,
        args: &'a [Expr],
        dots: bool,
    ) -> Operand<'a> {
        let invalid = Operand::invalid(Some(e), self.universe.invalid);
        if !self.is_valid(t) {
            self.use_exprs(args);
            return invalid;
        }
        let ts = self.type_string(t);
        match args {
            [] => {
                self.error(e.span.lo, format!("missing argument in conversion to {ts}"));
                invalid
            }
            [arg] => {
                let mut x = self.expr(Some(t), arg);
                if x.is_invalid() {
                    x.expr = Some(e);
                    return x;
                }
                if dots {
                    self.error(
                        arg.span.lo,
                        format!("invalid use of ... in conversion to {ts}"),
                    );
                    return invalid;
                }
                self.conversion(&mut x, t);
                x.expr = Some(e);
                x
            }
            [.., last] => {
                self.use_exprs(args);
                self.error(
                    last.span.lo,
                    format!("too many arguments in conversion to {ts}"),
                );
                invalid
            }
        }
    }

    /// types2's `genericExprList` without generics: the arguments'
    /// operands; a single call argument may stand for several values
    /// (`f(g())`).
    pub(crate) fn generic_expr_list(&mut self, args: &'a [Expr]) -> Vec<Operand<'a>> {
        if let [arg] = args {
            let mut x = self.raw_expr(arg, None).0;
            self.exclude(&mut x, &[Mode::NoValue, Mode::Builtin, Mode::TypeExpr]);
            if !x.is_invalid() {
                if let TypeKind::Tuple(elems) = self.types.kind(x.ty).clone() {
                    // Each result is a value of the call, printed as it.
                    return elems
                        .into_iter()
                        .map(|t| Operand {
                            mode: Mode::Value,
                            expr: Some(arg),
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
        args.iter()
            .map(|arg| {
                let mut x = self.raw_expr(arg, None).0;
                self.exclude(&mut x, &[Mode::NoValue, Mode::Builtin, Mode::TypeExpr]);
                self.single_value(&mut x);
                x
            })
            .collect()
    }

    /// types2's `arguments`: the argument count against the signature
    /// (with `...` and variadic parameters), then each argument's
    /// assignability to its parameter.
    pub(crate) fn arguments(
        &mut self,
        call: &'a Expr,
        fun: &'a Expr,
        sig: &crate::types::Signature,
        arg_exprs: &'a [Expr],
        ddd: bool,
        args: &[Operand<'a>],
    ) {
        let nargs = args.len();
        let mut npars = sig.params.len();
        // The parameter types the arguments are assigned to: for a variadic
        // call without `...`, one element-typed parameter per extra
        // argument.
        let mut params: Vec<TypeId> = sig.params.clone();
        if sig.variadic {
            if ddd {
                if arg_exprs.len() == 1 && nargs > 1 {
                    // f(g()...) is not permitted if g() is multi-valued.
                    let a = expr_string(&arg_exprs[0]);
                    self.error(
                        call.span.lo,
                        format!("cannot use ... with {nargs}-valued {a}"),
                    );
                    return;
                }
            } else if nargs + 1 >= npars {
                if let Some(&last) = sig.params.last() {
                    let elem = match self.types.kind(last) {
                        TypeKind::Slice(e) => *e,
                        _ => self.universe.invalid,
                    };
                    params.truncate(npars.saturating_sub(1));
                    while params.len() < nargs {
                        params.push(elem);
                    }
                    npars = nargs;
                }
            } else {
                npars -= 1; // for the message below
            }
        } else if ddd {
            let f = expr_string(fun);
            self.error(
                call.span.lo,
                format!("cannot use ... in call to non-variadic {f}"),
            );
            return;
        }

        if nargs != npars {
            let mut at = call.span.lo;
            let qualifier = if nargs > npars {
                at = args[npars].pos(); // at the first extra argument
                "too many"
            } else {
                if nargs > 0 {
                    at = args[nargs - 1].pos(); // at the last argument
                }
                "not enough"
            };
            let have: Vec<TypeId> = args.iter().map(|a| a.ty).collect();
            let have = self.types_summary(&have, false, ddd);
            let want = self.types_summary(&sig.params, sig.variadic, false);
            let f = expr_string(fun);
            self.error(
                at,
                format!("{qualifier} arguments in call to {f}\n\thave {have}\n\twant {want}"),
            );
            return;
        }

        if !args.is_empty() {
            let context = format!("argument to {}", expr_string(fun));
            for (a, &p) in args.iter().zip(&params) {
                let mut a = a.clone();
                self.assignment(&mut a, Some(p), &context);
            }
        }
    }

    // ----- selectors ---------------------------------------------------------------------------

    /// types2's `selector`: `x.sel`. `want_type` when a type is expected.
    pub(crate) fn selector(&mut self, e: &'a Expr, want_type: bool) -> Operand<'a> {
        let ExprKind::Selector { x: base, sel } = &e.kind else {
            return Operand::invalid(Some(e), self.universe.invalid);
        };
        // A package name can only appear in a qualified identifier: handle
        // it here rather than giving operands a package mode.
        if let ExprKind::Name(pkg_name) = &base.kind {
            if let Some(obj) = self.lookup_parent(self.ctx.scope, pkg_name) {
                if let ObjKind::PkgName { pkg, .. } = self.obj(obj).kind {
                    self.record_use(base, obj);
                    self.mark_used(obj);
                    return self.qualified_ident(e, pkg, sel);
                }
            }
        }

        let mut x = self.expr_or_type(base);
        match x.mode {
            Mode::Builtin => {
                let xs = self.operand_string(&x);
                self.error(
                    self.selector_dot(e),
                    format!("invalid use of {xs} in selector expression"),
                );
                return Operand::invalid(Some(e), self.universe.invalid);
            }
            Mode::Invalid => return Operand::invalid(Some(e), self.universe.invalid),
            _ => {}
        }
        if want_type {
            self.error(sel.span.lo, format!("{} is not a type", expr_string(e)));
            return Operand::invalid(Some(e), self.universe.invalid);
        }

        let name = &*sel.name;
        let pkg = Some(self.pkg);
        let addressable = x.mode == Mode::Variable;
        let (found, index, indirect) =
            match self.lookup_field_or_method(x.ty, addressable, pkg, name, false) {
                Lookup::Found {
                    found,
                    index,
                    indirect,
                } => (found, index, indirect),
                r => {
                    self.selector_error(base, sel, &x, r);
                    return Operand::invalid(Some(e), self.universe.invalid);
                }
            };

        let obj = self.found_obj(&found);
        match found {
            Found::Field { ty, .. } => {
                if x.mode == Mode::TypeExpr {
                    let ts = self.type_string(x.ty);
                    self.error(
                        base.span.lo,
                        format!("operand for field selector {name} must be value of type {ts}"),
                    );
                    return Operand::invalid(Some(e), self.universe.invalid);
                }
                self.record_selection(
                    e,
                    Selection {
                        kind: SelectionKind::FieldVal,
                        recv: x.ty,
                        obj,
                        index,
                        indirect,
                    },
                );
                self.mark_used(obj);
                x.mode = if x.mode == Mode::Variable || indirect {
                    Mode::Variable
                } else {
                    Mode::Value
                };
                x.ty = ty;
            }
            Found::Method { .. } | Found::IfaceMethod { .. } => {
                // The method's signature may not be resolved yet.
                let sig = self.found_sig(&found).unwrap_or(self.universe.invalid);
                self.add_decl_dep(obj);
                if x.mode == Mode::TypeExpr {
                    // A method expression: the receiver becomes the first
                    // parameter.
                    self.record_selection(
                        e,
                        Selection {
                            kind: SelectionKind::MethodExpr,
                            recv: x.ty,
                            obj,
                            index,
                            indirect,
                        },
                    );
                    let recv_name = match self.obj(obj).kind {
                        ObjKind::Func { recv: Some(r) } => self.obj(r).name.to_string(),
                        _ => String::new(),
                    };
                    x.ty = self.method_expr_sig(sig, x.ty, &recv_name);
                } else {
                    // A method value: the signature without its receiver,
                    // which signatures here never include.
                    self.record_selection(
                        e,
                        Selection {
                            kind: SelectionKind::MethodVal,
                            recv: x.ty,
                            obj,
                            index,
                            indirect,
                        },
                    );
                    x.ty = sig;
                }
                x.mode = Mode::Value;
                if !self.is_valid(x.ty) {
                    return Operand::invalid(Some(e), self.universe.invalid);
                }
            }
        }
        x.val = Value::Unknown;
        x.builtin = None;
        x.desc = None;
        x.expr = Some(e);
        x
    }

    /// Where types2 reports errors at a selector expression itself (its
    /// `Pos()`): the dot, which follows the operand (a newline cannot
    /// come between them).
    fn selector_dot(&self, e: &Expr) -> u32 {
        match &e.kind {
            ExprKind::Selector { x, .. } => x.span.hi,
            _ => e.span.lo,
        }
    }

    /// The error of a selection whose lookup failed.
    fn selector_error(&mut self, base: &'a Expr, sel: &Ident, x: &Operand<'a>, r: Lookup) {
        // No further error if the type was already invalid
        // (go.dev/issue/49541).
        if !self.is_valid(self.types.underlying(x.ty)) {
            return;
        }
        let name = &*sel.name;
        let bs = expr_string(base);
        match r {
            Lookup::Ambiguous => {
                self.error(sel.span.lo, format!("ambiguous selector {bs}.{name}"));
            }
            Lookup::PtrRecv => {
                let ts = self.type_string(x.ty);
                if x.mode == Mode::TypeExpr {
                    self.error(
                        sel.span.lo,
                        format!(
                            "invalid method expression {ts}.{name} (needs pointer receiver (*{ts}).{name})"
                        ),
                    );
                } else {
                    self.error(
                        sel.span.lo,
                        format!("cannot call pointer method {name} on {ts}"),
                    );
                }
            }
            _ => {
                let why = if self.is_interface_ptr(x.ty) {
                    self.interface_ptr_error(x.ty)
                } else {
                    let addressable = x.mode == Mode::Variable;
                    let alt = match self.lookup_field_or_method(
                        x.ty,
                        addressable,
                        Some(self.pkg),
                        name,
                        true,
                    ) {
                        Lookup::Found { found, .. } => Some(found),
                        _ => None,
                    };
                    self.lookup_error(x.ty, name, alt.as_ref(), false)
                };
                self.error(sel.span.lo, format!("{bs}.{name} undefined ({why})"));
            }
        }
    }

    /// A qualified identifier `pkg.Name` (types2's `selector`, package
    /// case): the imported package's object, recorded on the selector.
    fn qualified_ident(&mut self, e: &'a Expr, pkg: usize, sel: &Ident) -> Operand<'a> {
        let invalid = Operand::invalid(Some(e), self.universe.invalid);
        let name = &*sel.name;
        let Some(&scope) = self.package_scopes.get(pkg) else {
            return invalid;
        };
        let Some(exp) = self.scopes[scope.index()].lookup(name) else {
            if is_valid_name(name) {
                // Suggest an exported object whose name differs in case
                // only (the first in name order, as types2's sorted scope).
                let mut alts: Vec<&str> = self.scopes[scope.index()]
                    .names
                    .keys()
                    .map(|k| &**k)
                    .filter(|k| {
                        k.chars().next().is_some_and(char::is_uppercase)
                            && k.to_lowercase() == name.to_lowercase()
                    })
                    .collect();
                alts.sort_unstable();
                let es = expr_string(e);
                match alts.first() {
                    Some(alt) => {
                        let msg = format!("undefined: {es} (but have {alt})");
                        self.error(sel.span.lo, msg);
                    }
                    None => self.error(sel.span.lo, format!("undefined: {es}")),
                }
            }
            return invalid;
        };
        if !self.obj(exp).is_exported() {
            let pname = self
                .src
                .packages
                .get(pkg)
                .map(|p| p.name.clone())
                .unwrap_or_default();
            self.error(
                sel.span.lo,
                format!("name {name} not exported by package {pname}"),
            );
            // ok to continue
        }
        self.record_use(e, exp);
        // An object of a package being checked (through a dot import of
        // this very package cannot happen) is resolved already; the
        // program's own package is never imported.
        if self.obj(exp).ty.is_none() {
            self.obj_decl(exp);
        }
        let ty = self.obj(exp).ty.unwrap_or(self.universe.invalid);
        let mut x = Operand::invalid(Some(e), self.universe.invalid);
        match self.obj(exp).kind.clone() {
            ObjKind::Const(val) => {
                x.mode = Mode::Constant;
                x.val = val;
            }
            ObjKind::TypeName => x.mode = Mode::TypeExpr,
            ObjKind::Var { .. } => x.mode = Mode::Variable,
            ObjKind::Func { .. } => x.mode = Mode::Value,
            ObjKind::Builtin(b) => {
                x.mode = Mode::Builtin;
                x.builtin = Some(b);
            }
            _ => return invalid,
        }
        if x.mode != Mode::TypeExpr && x.mode != Mode::Builtin && !self.is_valid(ty) {
            return invalid;
        }
        x.ty = ty;
        x
    }
}
