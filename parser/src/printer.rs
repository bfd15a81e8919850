//! Expressions and simple statements as gc's `syntax.String` prints them
//! (its "short form": function and composite literal bodies become `…`),
//! for the error messages that quote source.

use crate::ast::{
    AssignOp, ChanDir, Expr, ExprKind, Field, FuncType, InterfaceElem, Stmt, StmtKind, UnaryOp,
};

pub fn expr_string(x: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, x);
    out
}

/// A list as gc prints a `ListExpr`, with a lone binary expression
/// parenthesized (gc's `emphasize`).
pub fn emphasize_list(list: &[Expr]) -> String {
    let mut out = String::new();
    if let [x @ Expr {
        kind: ExprKind::Binary { .. },
        ..
    }] = list
    {
        out.push('(');
        expr(&mut out, x);
        out.push(')');
    } else {
        expr_list(&mut out, list);
    }
    out
}

pub fn stmt_string(s: &Stmt) -> String {
    let mut out = String::new();
    match &s.kind {
        StmtKind::Expr(x) => expr(&mut out, x),
        StmtKind::Send { ch, value } => {
            expr(&mut out, ch);
            out.push_str(" <- ");
            expr(&mut out, value);
        }
        StmtKind::IncDec { x, inc } => {
            expr(&mut out, x);
            out.push_str(if *inc { "++" } else { "--" });
        }
        StmtKind::Assign { op, lhs, rhs, .. } => {
            expr_list(&mut out, lhs);
            match op {
                AssignOp::Assign => out.push_str(" = "),
                AssignOp::Define => out.push_str(" := "),
                AssignOp::Op(op) => {
                    out.push(' ');
                    out.push_str(op.as_str());
                    out.push_str("= ");
                }
            }
            expr_list(&mut out, rhs);
        }
        _ => {}
    }
    out
}

fn expr_list(out: &mut String, list: &[Expr]) {
    for (i, x) in list.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, x);
    }
}

fn unary_op(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Pos => "+",
        UnaryOp::Neg => "-",
        UnaryOp::Not => "!",
        UnaryOp::Xor => "^",
        UnaryOp::Deref => "*",
        UnaryOp::Addr => "&",
        UnaryOp::Recv => "<-",
        UnaryOp::Tilde => "~",
    }
}

fn expr(out: &mut String, x: &Expr) {
    match &x.kind {
        ExprKind::Bad => out.push_str("<bad expr>"),
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::BasicLit(l) => out.push_str(&l.raw),
        ExprKind::CompositeLit { ty, elems, .. } => {
            if let Some(t) = ty {
                expr(out, t);
            }
            out.push('{');
            if !elems.is_empty() {
                out.push('…');
            }
            out.push('}');
        }
        ExprKind::KeyValue { key, value } => {
            expr(out, key);
            out.push_str(": ");
            expr(out, value);
        }
        ExprKind::FuncLit(f) => {
            out.push_str("func");
            signature(out, &f.sig);
            out.push_str(" {");
            if !f.body.stmts.is_empty() {
                out.push('…');
            }
            out.push('}');
        }
        ExprKind::Paren(x) => {
            out.push('(');
            expr(out, x);
            out.push(')');
        }
        ExprKind::Selector { x, sel } => {
            expr(out, x);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index { x, index } => {
            expr(out, x);
            out.push('[');
            expr_list(out, index);
            out.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            expr(out, x);
            out.push('[');
            if let Some(lo) = lo {
                expr(out, lo);
            }
            out.push(':');
            if let Some(hi) = hi {
                expr(out, hi);
            }
            if let Some(max) = max {
                out.push(':');
                expr(out, max);
            }
            out.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            expr(out, x);
            out.push_str(".(");
            expr(out, ty);
            out.push(')');
        }
        ExprKind::TypeSwitchGuard { x } => {
            expr(out, x);
            out.push_str(".(type)");
        }
        ExprKind::Call {
            fun, args, dots, ..
        } => {
            expr(out, fun);
            out.push('(');
            expr_list(out, args);
            if *dots {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Unary { op, x } => {
            out.push_str(unary_op(*op));
            expr(out, x);
        }
        ExprKind::Binary { op, x, y, .. } => {
            expr(out, x);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            expr(out, y);
        }
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            match len {
                Some(len) => expr(out, len),
                None => out.push_str("..."),
            }
            out.push(']');
            expr(out, elem);
        }
        ExprKind::SliceType { elem } => {
            out.push_str("[]");
            expr(out, elem);
        }
        ExprKind::DotsType { elem } => {
            out.push_str("...");
            expr(out, elem);
        }
        ExprKind::StructType { fields } => {
            out.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                field(out, f);
                if let Some(tag) = &f.tag {
                    out.push(' ');
                    out.push_str(&tag.raw);
                }
            }
            out.push('}');
        }
        ExprKind::FuncType(sig) => {
            out.push_str("func");
            signature(out, sig);
        }
        ExprKind::InterfaceType { elems } => {
            out.push_str("interface{");
            for (i, e) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                match e {
                    InterfaceElem::Method { name, sig } => {
                        out.push_str(&name.name);
                        signature(out, sig);
                    }
                    InterfaceElem::Embed(t) => expr(out, t),
                }
            }
            out.push('}');
        }
        ExprKind::MapType { key, value } => {
            out.push_str("map[");
            expr(out, key);
            out.push(']');
            expr(out, value);
        }
        ExprKind::ChanType { dir, elem } => {
            if *dir == ChanDir::Recv {
                out.push_str("<-");
            }
            out.push_str("chan");
            if *dir == ChanDir::Send {
                out.push_str("<-");
            }
            out.push(' ');
            let recv_elem = matches!(
                elem.kind,
                ExprKind::ChanType {
                    dir: ChanDir::Recv,
                    ..
                }
            );
            if *dir == ChanDir::Both && recv_elem {
                // don't print chan (<-chan T) as chan <-chan T
                out.push('(');
                expr(out, elem);
                out.push(')');
            } else {
                expr(out, elem);
            }
        }
    }
}

fn field(out: &mut String, f: &Field) {
    for (i, n) in f.names.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&n.name);
    }
    if !f.names.is_empty() {
        out.push(' ');
    }
    expr(out, &f.ty);
}

fn params(out: &mut String, list: &[Field]) {
    out.push('(');
    for (i, f) in list.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        field(out, f);
    }
    out.push(')');
}

fn signature(out: &mut String, sig: &FuncType) {
    params(out, &sig.params);
    match sig.results.as_slice() {
        [] => {}
        [r] if r.names.is_empty() => {
            out.push(' ');
            expr(out, &r.ty);
        }
        list => {
            out.push(' ');
            params(out, list);
        }
    }
}
