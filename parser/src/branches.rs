//! Labels and branch statements, checked as gc checks them: a port of
//! `cmd/compile/internal/syntax/branches.go`.
//!
//! gc runs `checkBranches` from its parser (mode `CheckBranches`) on every
//! function body it parses, function literals included, and only when that
//! body had no syntax errors; types2 then runs with `IgnoreBranchErrors`, so
//! in gc every label and branch error (the fallthrough ones too) comes from
//! here, not from the type checker. gofmt's parser does not do these checks,
//! so [`crate::parse_file`] does not either: the caller runs
//! [`check_branches`] when it checks a program as the compiler does.
//!
//! The errors are not syntax errors to gc's driver: their text does not
//! start with `syntax error`, so they are not subject to the one-per-line
//! rule, do not stop gc before type checking (only syntax errors do,
//! `noder/irgen.go`), and are printed sorted by position together with the
//! syntax and type errors of the package.

use std::collections::HashMap;

use crate::ast::{
    Block, BranchKind, CaseClause, Decl, Expr, ExprKind, Field, File, FuncType, InterfaceElem,
    Stmt, StmtKind, SyntaxError,
};
use crate::printer;

/// Checks the labels and branch statements of every function body in
/// `file` (declared functions and function literals, each on its own, as gc
/// does). Some messages name the position of another statement, which gc
/// prints as `FILE:LINE:COL`: `name` is the file's name as the compiler was
/// given it (`go build` gives `./x.go`), `line_col` maps a byte offset to
/// gc's 1-based line and byte column. The errors come sorted by position,
/// filtered as gc's driver filters them (see [`check_branches_after`]).
pub fn check_branches(
    file: &File,
    name: &str,
    line_col: impl Fn(u32) -> (u32, u32),
) -> Vec<SyntaxError> {
    check_branches_after(file, &[], name, line_col)
}

/// [`check_branches`] for a file that had the syntax errors `syntax`: as gc
/// does, a function body in which a syntax error was found is not checked,
/// since its tree may be incomplete. (gc's `funcBody` compares its error
/// count before and after parsing the body; here a body is skipped when an
/// error lies within its span, which holds everything parsed for it.)
///
/// gc reports a body's errors when its parser finishes the body (so a
/// function literal's before its enclosing function's), and its driver
/// (`base.ErrorfAt`) drops an error with the same text as the error reported
/// just before it on the same line. That filter is applied here in that
/// order; then the errors are sorted by position (stably), as gc prints
/// them. They are not syntax errors to gc: the one-per-line rule for
/// `syntax error: ...` does not apply to them.
pub fn check_branches_after(
    file: &File,
    syntax: &[SyntaxError],
    name: &str,
    line_col: impl Fn(u32) -> (u32, u32),
) -> Vec<SyntaxError> {
    let mut bodies = Vec::new();
    collect_file(file, &mut bodies);
    let pos = |p: u32| {
        let (line, col) = line_col(p);
        format!("{name}:{line}:{col}")
    };
    let mut found = Vec::new();
    for body in bodies {
        let (lo, hi) = (body.span.lo, body.span.hi);
        if syntax.iter().any(|e| lo <= e.pos && e.pos <= hi) {
            continue;
        }
        let mut ls = LabelScope {
            pos: &pos,
            labels: Vec::new(),
            by_name: HashMap::new(),
            blocks: Vec::new(),
            errors: &mut found,
        };
        ls.check_body(body);
    }
    let mut errors: Vec<SyntaxError> = Vec::with_capacity(found.len());
    let mut last: Option<(u32, usize)> = None; // line, index in errors
    for e in found {
        let line = line_col(e.pos).0;
        if let Some((l, i)) = last {
            if l == line && errors[i].msg == e.msg {
                continue;
            }
        }
        last = Some((line, errors.len()));
        errors.push(e);
    }
    // Stable: errors at one position keep the order they were found in.
    errors.sort_by_key(|e| e.pos);
    errors
}

/// A label declaration inside one function body.
struct Label<'a> {
    /// Index of the block containing the declaration.
    parent: usize,
    /// The labeled statement declaring it.
    lstmt: &'a Stmt,
    name: &'a str,
    /// Position of the label's name.
    pos: u32,
    used: bool,
}

struct BlockInfo<'a> {
    parent: Option<usize>,
    /// Position of the block's start (`{`, or `case`/`default`).
    start: u32,
    /// The labeled statement whose statement this block belongs to.
    lstmt: Option<&'a Stmt>,
}

/// A `goto` not yet matched to a label. Its label's position identifies it
/// (gc compares the statements' pointers).
#[derive(Clone, Copy, PartialEq, Eq)]
struct Goto<'a> {
    name: &'a str,
    pos: u32,
}

/// The statement an unlabeled `break` leaves.
#[derive(Clone, Copy)]
enum Breaks {
    None,
    /// A `for` or `select`: only relevant as a target.
    Loop,
    /// An expression switch (with its number of clauses) or a type switch.
    Switch {
        clauses: usize,
        type_switch: bool,
    },
}

/// gc's `targets`: what an unlabeled branch statement in this context may
/// refer to.
#[derive(Clone, Copy)]
struct Targets {
    breaks: Breaks,
    continues: bool,
    /// Index of the case clause of the immediately enclosing switch whose
    /// statement list this is; `None` in any other block.
    case_index: Option<usize>,
}

struct LabelScope<'a, 'e, P> {
    pos: &'e P,
    /// All label declarations of the body, in source order (gc keeps a map;
    /// the order only affects the order errors are found in, and they are
    /// sorted anyway).
    labels: Vec<Label<'a>>,
    by_name: HashMap<&'a str, usize>,
    blocks: Vec<BlockInfo<'a>>,
    errors: &'e mut Vec<SyntaxError>,
}

impl<'a, P: Fn(u32) -> String> LabelScope<'a, '_, P> {
    fn errf(&mut self, pos: u32, msg: String) {
        self.errors.push(SyntaxError { pos, msg });
    }

    /// gc's `checkBranches`.
    fn check_body(&mut self, body: &'a Block) {
        let top = Targets {
            breaks: Breaks::None,
            continues: false,
            case_index: None,
        };
        let fwd = self.block_branches(None, top, None, body.span.lo, &body.stmts);
        // Forward gotos left over found no label: either it was never
        // defined, or it is inside a block the goto cannot jump into.
        for g in fwd {
            if let Some(&l) = self.by_name.get(g.name) {
                self.labels[l].used = true; // no "defined and not used" too
                let start = self.blocks[self.labels[l].parent].start;
                let msg = format!(
                    "goto {} jumps into block starting at {}",
                    g.name,
                    (self.pos)(start)
                );
                self.errf(g.pos, msg);
            } else {
                self.errf(g.pos, format!("label {} not defined", g.name));
            }
        }
        // spec: "It is illegal to define a label that is never used."
        for i in 0..self.labels.len() {
            if !self.labels[i].used {
                let (pos, name) = (self.labels[i].pos, self.labels[i].name);
                self.errf(pos, format!("label {name} defined and not used"));
            }
        }
    }

    /// Declares the label of `s` in block `b`; a label already declared is
    /// reported and the earlier declaration returned.
    fn declare(&mut self, b: usize, s: &'a Stmt, name: &'a str, pos: u32) -> usize {
        if let Some(&alt) = self.by_name.get(name) {
            let msg = format!(
                "label {name} already defined at {}",
                (self.pos)(self.labels[alt].pos)
            );
            self.errf(pos, msg);
            return alt;
        }
        self.labels.push(Label {
            parent: b,
            lstmt: s,
            name,
            pos,
            used: false,
        });
        self.by_name.insert(name, self.labels.len() - 1);
        self.labels.len() - 1
    }

    /// The label `name` if it is declared in block `b` or a block around
    /// it: a valid backward `goto` target.
    fn goto_target(&mut self, mut b: Option<usize>, name: &str) -> bool {
        let Some(&l) = self.by_name.get(name) else {
            return false;
        };
        self.labels[l].used = true; // even if it is not a valid target
        while let Some(i) = b {
            if self.labels[l].parent == i {
                return true;
            }
            b = self.blocks[i].parent;
        }
        false
    }

    /// The innermost enclosing labeled statement labeled `name`:
    /// `Err(())` if the label is not defined, `Ok(None)` if it is but does
    /// not label a statement enclosing `b`.
    fn enclosing_target(
        &mut self,
        mut b: Option<usize>,
        name: &str,
    ) -> Result<Option<&'a Stmt>, ()> {
        let Some(&l) = self.by_name.get(name) else {
            return Err(());
        };
        // even if it is not a valid target (see gc's test/fixedbugs/bug136.go)
        self.labels[l].used = true;
        let lstmt = self.labels[l].lstmt;
        while let Some(i) = b {
            if self.blocks[i].lstmt.is_some_and(|s| std::ptr::eq(s, lstmt)) {
                return Ok(Some(lstmt));
            }
            b = self.blocks[i].parent;
        }
        Ok(None)
    }

    /// gc's `blockBranches`: checks the statement list `body` of a block
    /// starting at `start` and returns its unresolved (forward) gotos.
    fn block_branches(
        &mut self,
        parent: Option<usize>,
        ctxt: Targets,
        lstmt: Option<&'a Stmt>,
        start: u32,
        body: &'a [Stmt],
    ) -> Vec<Goto<'a>> {
        let b = self.blocks.len();
        self.blocks.push(BlockInfo {
            parent,
            start,
            lstmt,
        });

        // The latest variable declaration of this block: its position and
        // what gc prints for it.
        let mut var_decl: Option<(u32, String)> = None;
        let mut fwd: Vec<Goto<'a>> = Vec::new();
        // Forward gotos pending at the latest variable declaration: if one
        // of them finds its label later in this block, it jumps over the
        // declaration (it may still leave the block and be fine).
        let mut bad: Vec<Goto<'a>> = Vec::new();

        // A fallthrough counts as the last statement of a list even when
        // empty statements follow it.
        let list = trim_trailing_empty(body);
        for (index, stmt) in list.iter().enumerate() {
            // The label of the statement being checked, for its blocks.
            let mut lstmt: Option<&'a Stmt> = None;
            let mut s = stmt;
            // Labels in a row (`A: B: for {}`) are unwrapped one by one; the
            // innermost one is the statement's label.
            while let StmtKind::Labeled { label, stmt: inner } = &s.kind {
                if !label.is_blank() {
                    let l = self.declare(b, s, &label.name, label.span.lo);
                    let mut kept = Vec::with_capacity(fwd.len());
                    for g in fwd.drain(..) {
                        if g.name != &*label.name {
                            kept.push(g);
                            continue;
                        }
                        self.labels[l].used = true;
                        if let Some((vpos, vname)) = &var_decl {
                            if bad.contains(&g) {
                                let msg = format!(
                                    "goto {} jumps over declaration of {vname} at {}",
                                    g.name,
                                    (self.pos)(*vpos)
                                );
                                self.errors.push(SyntaxError { pos: g.pos, msg });
                            }
                        }
                    }
                    fwd = kept;
                    lstmt = Some(s);
                }
                s = inner;
            }

            // Unresolved forward gotos of an inner block become forward
            // gotos of this one.
            macro_rules! inner_block {
                ($ctxt:expr, $start:expr, $body:expr) => {{
                    let more = self.block_branches(Some(b), $ctxt, lstmt, $start, $body);
                    fwd.extend(more);
                }};
            }
            let nested = Targets {
                case_index: None,
                ..ctxt
            };

            match &s.kind {
                StmtKind::Decl(Decl::Var(g)) => {
                    // the first variable will do
                    if let Some(spec) = g.specs.first() {
                        if let Some(name) = spec.names.first() {
                            var_decl = Some((spec.span.lo, name.name.to_string()));
                            bad.clone_from(&fwd);
                        }
                    }
                }
                StmtKind::Assign {
                    op: crate::ast::AssignOp::Define,
                    lhs,
                    op_span,
                    ..
                } => {
                    // gc prints the left side as a list (`a, b`) and places
                    // the statement at its operator.
                    let names: Vec<String> = lhs.iter().map(printer::expr_string).collect();
                    var_decl = Some((op_span.lo, names.join(", ")));
                    bad.clone_from(&fwd);
                }
                StmtKind::Branch { kind, label: None } => {
                    let pos = s.span.lo;
                    match kind {
                        BranchKind::Break => {
                            if matches!(ctxt.breaks, Breaks::None) {
                                self.errf(pos, "break is not in a loop, switch, or select".into());
                            }
                        }
                        BranchKind::Continue => {
                            if !ctxt.continues {
                                self.errf(pos, "continue is not in a loop".into());
                            }
                        }
                        BranchKind::Fallthrough => {
                            let mut msg = "fallthrough statement out of place";
                            if let Breaks::Switch {
                                clauses,
                                type_switch,
                            } = ctxt.breaks
                            {
                                if type_switch {
                                    msg = "cannot fallthrough in type switch";
                                } else {
                                    match ctxt.case_index {
                                        // nested in a block, or not the last
                                        // statement: out of place
                                        Some(i) if index + 1 == list.len() => {
                                            if i + 1 == clauses {
                                                msg = "cannot fallthrough final case in switch";
                                            } else {
                                                continue; // fallthrough ok
                                            }
                                        }
                                        _ => {}
                                    }
                                }
                            }
                            self.errf(pos, msg.into());
                        }
                        // The parser always gives a goto a label.
                        BranchKind::Goto => {}
                    }
                }
                StmtKind::Branch {
                    kind,
                    label: Some(label),
                } => {
                    let name = &*label.name;
                    let pos = label.span.lo;
                    match kind {
                        // spec: "If there is a label, it must be that of an
                        // enclosing "for", "switch", or "select" statement,
                        // and that is the one whose execution terminates."
                        BranchKind::Break => match self.enclosing_target(Some(b), name) {
                            Ok(Some(t)) if breakable(t) => {}
                            Ok(_) => self.errf(pos, format!("invalid break label {name}")),
                            Err(()) => self.errf(pos, format!("break label not defined: {name}")),
                        },
                        // spec: "If there is a label, it must be that of an
                        // enclosing "for" statement, and that is the one
                        // whose execution advances."
                        BranchKind::Continue => match self.enclosing_target(Some(b), name) {
                            Ok(Some(t)) if is_loop(t) => {}
                            Ok(_) => self.errf(pos, format!("invalid continue label {name}")),
                            Err(()) => {
                                self.errf(pos, format!("continue label not defined: {name}"))
                            }
                        },
                        BranchKind::Goto => {
                            if !self.goto_target(Some(b), name) {
                                // the label may be declared later
                                fwd.push(Goto { name, pos });
                            }
                        }
                        // The parser never gives a fallthrough a label.
                        BranchKind::Fallthrough => {}
                    }
                }
                StmtKind::Block(blk) => {
                    inner_block!(nested, blk.span.lo, &blk.stmts);
                }
                StmtKind::If { then, els, .. } => {
                    inner_block!(nested, then.span.lo, &then.stmts);
                    if let Some(els) = els {
                        inner_block!(nested, els.span.lo, std::slice::from_ref(&**els));
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                    let inner = Targets {
                        breaks: Breaks::Loop,
                        continues: true,
                        case_index: None,
                    };
                    inner_block!(inner, body.span.lo, &body.stmts);
                }
                StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                    let type_switch = matches!(s.kind, StmtKind::TypeSwitch { .. });
                    for (i, cc) in clauses.iter().enumerate() {
                        let inner = Targets {
                            breaks: Breaks::Switch {
                                clauses: clauses.len(),
                                type_switch,
                            },
                            continues: ctxt.continues,
                            case_index: Some(i),
                        };
                        let CaseClause { body, span, .. } = cc;
                        inner_block!(inner, span.lo, body);
                    }
                }
                StmtKind::Select { clauses, .. } => {
                    let inner = Targets {
                        breaks: Breaks::Loop,
                        continues: ctxt.continues,
                        case_index: None,
                    };
                    for cc in clauses {
                        inner_block!(inner, cc.span.lo, &cc.body);
                    }
                }
                _ => {}
            }
        }
        fwd
    }
}

/// Whether the labeled statement `t` labels a `for`, `switch` or `select`.
fn breakable(t: &Stmt) -> bool {
    match &t.kind {
        StmtKind::Labeled { stmt, .. } => matches!(
            stmt.kind,
            StmtKind::For { .. }
                | StmtKind::Range { .. }
                | StmtKind::Switch { .. }
                | StmtKind::TypeSwitch { .. }
                | StmtKind::Select { .. }
        ),
        _ => false,
    }
}

/// Whether the labeled statement `t` labels a `for`.
fn is_loop(t: &Stmt) -> bool {
    match &t.kind {
        StmtKind::Labeled { stmt, .. } => {
            matches!(stmt.kind, StmtKind::For { .. } | StmtKind::Range { .. })
        }
        _ => false,
    }
}

fn trim_trailing_empty(list: &[Stmt]) -> &[Stmt] {
    let n = list
        .iter()
        .rposition(|s| !matches!(s.kind, StmtKind::Empty))
        .map_or(0, |i| i + 1);
    &list[..n]
}

// Finding the function bodies: declared functions' and every function
// literal's, wherever it appears (package-level initializers, array lengths,
// other bodies), each after the literals inside it, in the order gc's parser
// finishes them. Iterative where trees nest deeply would be nicer, but the
// parser bounds nesting (`MAX_DEPTH`) and callers run on large stacks.

fn collect_file<'a>(file: &'a File, out: &mut Vec<&'a Block>) {
    for d in &file.decls {
        collect_decl(d, out);
    }
}

fn collect_decl<'a>(d: &'a Decl, out: &mut Vec<&'a Block>) {
    match d {
        Decl::Const(g) => {
            for s in &g.specs {
                collect_opt(s.ty.as_ref(), out);
                collect_exprs(&s.values, out);
            }
        }
        Decl::Var(g) => {
            for s in &g.specs {
                collect_opt(s.ty.as_ref(), out);
                collect_exprs(&s.values, out);
            }
        }
        Decl::Type(g) => {
            for s in &g.specs {
                collect_fields(&s.tparams, out);
                collect_expr(&s.ty, out);
            }
        }
        Decl::Func(f) => {
            if let Some(r) = &f.recv {
                collect_fields(&r.params, out);
            }
            collect_fields(&f.tparams, out);
            collect_sig(&f.sig, out);
            if let Some(body) = &f.body {
                collect_stmts(&body.stmts, out);
                out.push(body);
            }
        }
        Decl::Import(_) => {}
    }
}

fn collect_fields<'a>(fields: &'a [Field], out: &mut Vec<&'a Block>) {
    for f in fields {
        collect_expr(&f.ty, out);
    }
}

fn collect_sig<'a>(sig: &'a FuncType, out: &mut Vec<&'a Block>) {
    collect_fields(&sig.params, out);
    collect_fields(&sig.results, out);
}

fn collect_opt<'a>(x: Option<&'a Expr>, out: &mut Vec<&'a Block>) {
    if let Some(x) = x {
        collect_expr(x, out);
    }
}

fn collect_exprs<'a>(xs: &'a [Expr], out: &mut Vec<&'a Block>) {
    for x in xs {
        collect_expr(x, out);
    }
}

fn collect_expr<'a>(x: &'a Expr, out: &mut Vec<&'a Block>) {
    match &x.kind {
        ExprKind::Bad | ExprKind::Name(_) | ExprKind::BasicLit(_) => {}
        ExprKind::CompositeLit { ty, elems, .. } => {
            collect_opt(ty.as_deref(), out);
            collect_exprs(elems, out);
        }
        ExprKind::KeyValue { key, value } => {
            collect_expr(key, out);
            collect_expr(value, out);
        }
        ExprKind::FuncLit(f) => {
            collect_sig(&f.sig, out);
            collect_stmts(&f.body.stmts, out);
            out.push(&f.body);
        }
        ExprKind::Paren(x)
        | ExprKind::TypeSwitchGuard { x }
        | ExprKind::Unary { x, .. }
        | ExprKind::SliceType { elem: x }
        | ExprKind::DotsType { elem: x }
        | ExprKind::ChanType { elem: x, .. } => collect_expr(x, out),
        ExprKind::Selector { x, .. } => collect_expr(x, out),
        ExprKind::Index { x, index } => {
            collect_expr(x, out);
            collect_exprs(index, out);
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            collect_expr(x, out);
            collect_opt(lo.as_deref(), out);
            collect_opt(hi.as_deref(), out);
            collect_opt(max.as_deref(), out);
        }
        ExprKind::TypeAssert { x, ty } => {
            collect_expr(x, out);
            collect_expr(ty, out);
        }
        ExprKind::Call { fun, args, .. } => {
            collect_expr(fun, out);
            collect_exprs(args, out);
        }
        ExprKind::Binary { x, y, .. } => {
            collect_expr(x, out);
            collect_expr(y, out);
        }
        ExprKind::ArrayType { len, elem } => {
            collect_opt(len.as_deref(), out);
            collect_expr(elem, out);
        }
        ExprKind::StructType { fields } => collect_fields(fields, out),
        ExprKind::FuncType(sig) => collect_sig(sig, out),
        ExprKind::InterfaceType { elems } => {
            for e in elems {
                match e {
                    InterfaceElem::Method { sig, .. } => collect_sig(sig, out),
                    InterfaceElem::Embed(x) => collect_expr(x, out),
                }
            }
        }
        ExprKind::MapType { key, value } => {
            collect_expr(key, out);
            collect_expr(value, out);
        }
    }
}

fn collect_stmts<'a>(stmts: &'a [Stmt], out: &mut Vec<&'a Block>) {
    for s in stmts {
        collect_stmt(s, out);
    }
}

fn collect_opt_stmt<'a>(s: Option<&'a Stmt>, out: &mut Vec<&'a Block>) {
    if let Some(s) = s {
        collect_stmt(s, out);
    }
}

fn collect_stmt<'a>(s: &'a Stmt, out: &mut Vec<&'a Block>) {
    match &s.kind {
        StmtKind::Empty | StmtKind::Bad | StmtKind::Branch { .. } => {}
        StmtKind::Labeled { stmt, .. } => collect_stmt(stmt, out),
        StmtKind::Block(b) => collect_stmts(&b.stmts, out),
        StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) => collect_expr(x, out),
        StmtKind::IncDec { x, .. } => collect_expr(x, out),
        StmtKind::Send { ch, value } => {
            collect_expr(ch, out);
            collect_expr(value, out);
        }
        StmtKind::Assign { lhs, rhs, .. } => {
            collect_exprs(lhs, out);
            collect_exprs(rhs, out);
        }
        StmtKind::Return(xs) => collect_exprs(xs, out),
        StmtKind::Decl(d) => collect_decl(d, out),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            collect_opt_stmt(init.as_deref(), out);
            collect_expr(cond, out);
            collect_stmts(&then.stmts, out);
            collect_opt_stmt(els.as_deref(), out);
        }
        StmtKind::Switch {
            init, tag, clauses, ..
        } => {
            collect_opt_stmt(init.as_deref(), out);
            collect_opt(tag.as_ref(), out);
            for cc in clauses {
                collect_exprs(&cc.exprs, out);
                collect_stmts(&cc.body, out);
            }
        }
        StmtKind::TypeSwitch {
            init, x, clauses, ..
        } => {
            collect_opt_stmt(init.as_deref(), out);
            collect_expr(x, out);
            for cc in clauses {
                collect_exprs(&cc.exprs, out);
                collect_stmts(&cc.body, out);
            }
        }
        StmtKind::Select { clauses, .. } => {
            for cc in clauses {
                collect_opt_stmt(cc.comm.as_deref(), out);
                collect_stmts(&cc.body, out);
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            collect_opt_stmt(init.as_deref(), out);
            collect_opt(cond.as_ref(), out);
            collect_opt_stmt(post.as_deref(), out);
            collect_stmts(&body.stmts, out);
        }
        StmtKind::Range {
            key,
            value,
            extra,
            x,
            body,
            ..
        } => {
            collect_opt(key.as_ref(), out);
            collect_opt(value.as_ref(), out);
            collect_exprs(extra, out);
            collect_expr(x, out);
            collect_stmts(&body.stmts, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use minigo_lexer::LineMap;

    /// The branch errors of `src` as `line:col: msg`, positions in messages
    /// printed with the name `x.go`.
    fn check(src: &str) -> Vec<String> {
        let (file, syntax) = crate::parse_file(src);
        let lines = LineMap::new(src);
        check_branches_after(&file, &syntax, "x.go", |p| lines.line_col(p))
            .into_iter()
            .map(|e| {
                let (l, c) = lines.line_col(e.pos);
                format!("{l}:{c}: {}", e.msg)
            })
            .collect()
    }

    #[test]
    fn parse_file_does_not_check_branches() {
        let (_, errors) = crate::parse_file("package p\nfunc f() {\n\tbreak\nL:\n}\n");
        assert!(errors.is_empty(), "{errors:?}");
    }

    #[test]
    fn errors_are_sorted_and_positions_formatted_by_the_caller() {
        let src = "package p\nfunc f() {\n\tgoto M\nL:\n\tfor {\n\t}\nL:\n\tbreak\n}\n";
        assert_eq!(
            check(src),
            [
                "3:7: label M not defined",
                "4:1: label L defined and not used",
                "7:1: label L already defined at x.go:4:1",
                "8:2: break is not in a loop, switch, or select",
            ]
        );
    }

    #[test]
    fn function_literals_are_bodies_of_their_own() {
        let src = "package p\nvar v = func() {\nL:\n\tfor {\n\t\t_ = func() { break L }\n\t\tbreak L\n\t}\n}\n";
        assert_eq!(check(src), ["5:22: break label not defined: L"]);
    }

    #[test]
    fn gotos_over_declarations_and_into_blocks() {
        let src =
            "package p\nfunc f() {\n\tgoto A\n\tx, y := 1, 2\nA:\n\tgoto B\n\t{\n\tB:\n\t}\n}\n";
        assert_eq!(
            check(src),
            [
                "3:7: goto A jumps over declaration of x, y at x.go:4:7",
                "6:7: goto B jumps into block starting at x.go:7:2",
            ]
        );
    }

    #[test]
    fn fallthrough_placement() {
        let src = "package p\nfunc f(x int, v any) {\n\tswitch x {\n\tcase 1:\n\t\tfallthrough\n\tcase 2:\n\t\tfallthrough\n\t}\n\tswitch v.(type) {\n\tcase int:\n\t\tfallthrough\n\tdefault:\n\t}\n\tfallthrough\n}\n";
        assert_eq!(
            check(src),
            [
                "7:3: cannot fallthrough final case in switch",
                "11:3: cannot fallthrough in type switch",
                "14:2: fallthrough statement out of place",
            ]
        );
    }

    #[test]
    fn equal_errors_on_one_line_are_reported_once() {
        let src = "package p\nfunc f() {\n\tbreak; break\n\tcontinue; break\n}\n";
        assert_eq!(
            check(src),
            [
                "3:2: break is not in a loop, switch, or select",
                "4:2: continue is not in a loop",
                "4:12: break is not in a loop, switch, or select",
            ]
        );
    }

    #[test]
    fn bodies_with_syntax_errors_are_not_checked() {
        let src = "package p\nfunc f() {\nL:\n\tx :=\n}\nfunc g() {\nM:\n}\n";
        assert_eq!(check(src), ["7:1: label M defined and not used"]);
    }

    #[test]
    fn labeled_break_and_continue_targets() {
        let src = "package p\nfunc f(ch chan int) {\nS:\n\tselect {\n\tcase <-ch:\n\t\tbreak S\n\tdefault:\n\t\tcontinue S\n\t}\nI:\n\tif true {\n\t\tbreak I\n\t}\n}\n";
        assert_eq!(
            check(src),
            [
                "8:12: invalid continue label S",
                "12:9: invalid break label I",
            ]
        );
    }

    #[test]
    fn never_panics_on_deep_or_broken_input() {
        // Deeply nested blocks and function literals, on the 8 MiB stack the
        // parser's depth limit is sized for.
        let run = || {
            let n = crate::MAX_DEPTH as usize / 2 - 10;
            let blocks = format!(
                "package p\nfunc f() {{{}{}}}\n",
                "{".repeat(n),
                "}".repeat(n)
            );
            assert!(check(&blocks).is_empty());
            let k = 400;
            let lits = format!(
                "package p\nvar v = {}L:{}\n",
                "func() {".repeat(k),
                "}".repeat(k)
            );
            assert_eq!(check(&lits).len(), 1);
            let _ = check("package p\nfunc f() { goto }\nfunc g() { L: L: L: goto L }\n");
        };
        let t = std::thread::Builder::new().stack_size(8 << 20).spawn(run);
        assert!(t.expect("thread").join().is_ok());
    }
}
