//! Compiling one function: registers for parameters, results and locals,
//! temporaries allocated stack-wise above them (so a call's frame can start
//! at the first free register), statements and expressions to typed
//! instructions, and jumps patched once their targets are known.

use super::{CompileError, Unit};
use crate::bytecode::{Function, Instr, PrintFormat, PrintKind, PrintStyle, Reg};
use crate::check::{FileInfo, ObjId, ObjKind};
use crate::constant::Value;
use crate::types::{BasicKind, Builtin, TypeId, TypeKind};
use minigo_parser::ast::{
    AssignOp, BinaryOp, Block, BranchKind, CaseClause, Decl, Expr, ExprKind, FuncDecl, Ident, Stmt,
    StmtKind, UnaryOp,
};
use std::collections::HashMap;

type Result<T> = std::result::Result<T, CompileError>;

/// How a scalar type's values are operated on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scalar {
    /// A signed integer of this many bits.
    Int(u8),
    /// An unsigned integer of this many bits.
    Uint(u8),
    Float64,
    Float32,
    Bool,
}

/// A loop (or switch) that `break` and `continue` may leave.
struct Target {
    label: Option<Box<str>>,
    is_loop: bool,
    breaks: Vec<usize>,
    continues: Vec<usize>,
    /// Where `continue` goes once known (the post statement).
    continue_at: Option<usize>,
}

struct FuncCompiler<'u, 'a> {
    unit: &'u mut Unit<'a>,
    file: usize,
    info: &'a FileInfo,
    code: Vec<Instr>,
    lines: Vec<u32>,
    line: u32,
    locals: HashMap<ObjId, Reg>,
    next: u32,
    max: u32,
    results: Vec<TypeId>,
    /// The registers of named results, consecutive.
    named_results: Option<Reg>,
    targets: Vec<Target>,
    /// A label for the next loop statement (`L: for ...`).
    pending_label: Option<Box<str>>,
}

pub(super) fn compile_func<'a>(
    unit: &mut Unit<'a>,
    file: usize,
    obj: ObjId,
    f: &'a FuncDecl,
) -> Result<Function> {
    let checked = unit.checked;
    let info = &checked.files[file];
    let sig_ty = checked.object(obj).ty.unwrap_or(checked.universe.invalid);
    let TypeKind::Func(sig) = checked.types.kind(sig_ty).clone() else {
        return Err(CompileError::unsupported(f.span.lo, "this function is"));
    };
    let mut c = FuncCompiler {
        unit,
        file,
        info,
        code: Vec::new(),
        lines: Vec::new(),
        line: 0,
        locals: HashMap::new(),
        next: 0,
        max: 0,
        results: sig.results.clone(),
        named_results: None,
        targets: Vec::new(),
        pending_label: None,
    };
    c.line = c.line_of(f.span.lo);
    // Parameters occupy the first registers, in order.
    for field in &f.sig.params {
        c.scalar_of(c.type_of_type_expr(&field.ty), field.ty.span.lo)?;
        if field.names.is_empty() {
            c.alloc(1)?;
        }
        for name in &field.names {
            let r = c.alloc(1)?;
            if let Some(&o) = info.defs.get(&name.span.lo) {
                c.locals.insert(o, r);
            }
        }
    }
    // Named results: consecutive registers, zeroed.
    let named: Vec<&Ident> = f.sig.results.iter().flat_map(|r| r.names.iter()).collect();
    if !named.is_empty() {
        let first = c.next as Reg;
        for name in named {
            let r = c.alloc(1)?;
            c.emit(Instr::LoadImm { dst: r, imm: 0 });
            if let Some(&o) = info.defs.get(&name.span.lo) {
                c.locals.insert(o, r);
            }
        }
        c.named_results = Some(first);
    }
    for &t in &sig.results {
        c.scalar_of(t, f.span.lo)?;
    }
    let Some(body) = &f.body else {
        return Err(CompileError::unsupported(
            f.span.lo,
            "functions without bodies are",
        ));
    };
    c.block(body)?;
    // Falling off the end: only functions without results get here.
    c.line = c.line_of(body.rbrace.lo);
    let src = c.named_results.unwrap_or(0);
    c.emit(Instr::Return { src, n: 0 });
    let name = format!("main.{}", f.name.name);
    Ok(Function {
        name,
        code: c.code,
        frame_size: c.max.max(1) as u16,
        n_params: sig.params.len() as u16,
        n_results: sig.results.len() as u16,
        lines: c.lines,
    })
}

impl<'a> FuncCompiler<'_, 'a> {
    // ----- emission ------------------------------------------------------------------------

    fn emit(&mut self, i: Instr) -> usize {
        self.code.push(i);
        self.lines.push(self.line);
        self.code.len() - 1
    }

    fn here(&self) -> usize {
        self.code.len()
    }

    fn patch(&mut self, at: usize, target: usize) {
        let t = target as u32;
        match &mut self.code[at] {
            Instr::Jump { target } | Instr::Loop { target } => *target = t,
            Instr::JumpIfFalse { target, .. } | Instr::JumpIfTrue { target, .. } => *target = t,
            _ => {}
        }
    }

    fn line_of(&self, pos: u32) -> u32 {
        self.unit.src.files[self.file].lines.line_col(pos).0
    }

    fn alloc(&mut self, n: u32) -> Result<Reg> {
        let r = self.next;
        self.next += n;
        if self.next > u16::MAX as u32 {
            return Err(CompileError {
                pos: 0,
                msg: "function too large: more than 65535 registers".into(),
            });
        }
        self.max = self.max.max(self.next);
        Ok(r as Reg)
    }

    // ----- types -------------------------------------------------------------------------------

    fn types(&self) -> &'a crate::types::TypeTable {
        &self.unit.checked.types
    }

    fn type_of(&self, e: &Expr) -> Option<TypeId> {
        self.info.type_of(e.id).map(|tv| tv.ty)
    }

    fn type_of_type_expr(&self, e: &Expr) -> TypeId {
        self.type_of(e)
            .unwrap_or(self.unit.checked.universe.invalid)
    }

    fn scalar_of(&self, t: TypeId, pos: u32) -> Result<Scalar> {
        let what = |c: &Self| format!("values of type {} are", c.types().type_string(t));
        let Some(b) = self.types().basic(t) else {
            return Err(CompileError::unsupported(pos, &what(self)));
        };
        Ok(match b {
            BasicKind::Int | BasicKind::Int64 => Scalar::Int(64),
            BasicKind::Int32 | BasicKind::UntypedRune => Scalar::Int(32),
            BasicKind::Int16 => Scalar::Int(16),
            BasicKind::Int8 => Scalar::Int(8),
            BasicKind::Uint | BasicKind::Uint64 | BasicKind::Uintptr => Scalar::Uint(64),
            BasicKind::Uint32 => Scalar::Uint(32),
            BasicKind::Uint16 => Scalar::Uint(16),
            BasicKind::Uint8 => Scalar::Uint(8),
            BasicKind::Float64 | BasicKind::UntypedFloat => Scalar::Float64,
            BasicKind::Float32 => Scalar::Float32,
            BasicKind::Bool | BasicKind::UntypedBool => Scalar::Bool,
            BasicKind::UntypedInt => Scalar::Int(64),
            _ => return Err(CompileError::unsupported(pos, &what(self))),
        })
    }

    fn expr_scalar(&self, e: &Expr) -> Result<Scalar> {
        let t = self
            .type_of(e)
            .ok_or_else(|| CompileError::unsupported(e.span.lo, "this expression is"))?;
        self.scalar_of(t, e.span.lo)
    }

    // ----- statements ----------------------------------------------------------------------------

    fn block(&mut self, b: &'a Block) -> Result<()> {
        self.stmts(&b.stmts)
    }

    fn stmts(&mut self, list: &'a [Stmt]) -> Result<()> {
        for s in list {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> Result<()> {
        self.line = self.line_of(s.span.lo);
        let mark = self.next;
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Block(b) => self.block(b)?,
            StmtKind::Expr(e) => self.expr_stmt(e)?,
            StmtKind::IncDec { x, inc } => {
                let dst = self.var_reg(x)?;
                let sc = self.expr_scalar(x)?;
                self.inc_dec(dst, sc, *inc, x.span.lo)?;
            }
            StmtKind::Assign { op, lhs, rhs, .. } => self.assign(*op, lhs, rhs, s.span.lo)?,
            StmtKind::Decl(Decl::Var(g)) => {
                for spec in &g.specs {
                    if spec.values.len() > 1 && spec.values.len() != spec.names.len() {
                        return Err(CompileError::unsupported(s.span.lo, "this declaration is"));
                    }
                    for (i, name) in spec.names.iter().enumerate() {
                        let r = self.alloc(1)?;
                        match spec.values.get(i) {
                            Some(v) => {
                                self.expr_into(v, r)?;
                            }
                            None => {
                                self.emit(Instr::LoadImm { dst: r, imm: 0 });
                            }
                        }
                        if let Some(&o) = self.info.defs.get(&name.span.lo) {
                            self.locals.insert(o, r);
                        }
                    }
                }
                // Locals live until the function ends.
                return Ok(());
            }
            StmtKind::Decl(Decl::Const(_)) => {} // folded where used
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(init) = init {
                    self.stmt(init)?;
                }
                let c = self.expr_any(cond)?;
                let jf = self.emit(Instr::JumpIfFalse { cond: c, target: 0 });
                self.next = self.next.max(self.locals_top());
                self.block(then)?;
                match els {
                    Some(e) => {
                        let j = self.emit(Instr::Jump { target: 0 });
                        let here = self.here();
                        self.patch(jf, here);
                        self.stmt(e)?;
                        let end = self.here();
                        self.patch(j, end);
                    }
                    None => {
                        let end = self.here();
                        self.patch(jf, end);
                    }
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                if let Some(init) = init {
                    self.stmt(init)?;
                }
                let label = self.pending_label.take();
                let top = self.here();
                let mut exit = None;
                if let Some(cond) = cond {
                    let c = self.expr_any(cond)?;
                    exit = Some(self.emit(Instr::JumpIfFalse { cond: c, target: 0 }));
                }
                self.targets.push(Target {
                    label,
                    is_loop: true,
                    breaks: Vec::new(),
                    continues: Vec::new(),
                    continue_at: None,
                });
                self.block(body)?;
                let cont = self.here();
                if let Some(post) = post {
                    self.stmt(post)?;
                }
                self.emit(Instr::Loop { target: top as u32 });
                let end = self.here();
                if let Some(x) = exit {
                    self.patch(x, end);
                }
                let t = self
                    .targets
                    .pop()
                    .unwrap_or_else(|| unreachable!("pushed above"));
                let _ = t.continue_at;
                for b in t.breaks {
                    self.patch(b, end);
                }
                for c in t.continues {
                    self.patch(c, cont);
                }
            }
            StmtKind::Switch {
                init, tag, clauses, ..
            } => self.switch(init.as_deref(), tag.as_ref(), clauses)?,
            StmtKind::Labeled { label, stmt } => {
                self.pending_label = Some(label.name.clone());
                self.stmt(stmt)?;
                self.pending_label = None;
            }
            StmtKind::Branch { kind, label } => {
                let label = label.as_ref().map(|l| &*l.name);
                match kind {
                    BranchKind::Break => {
                        let j = self.emit(Instr::Jump { target: 0 });
                        let t = self
                            .targets
                            .iter_mut()
                            .rev()
                            .find(|t| label.is_none() || t.label.as_deref() == label);
                        match t {
                            Some(t) => t.breaks.push(j),
                            None => {
                                return Err(CompileError::unsupported(s.span.lo, "this break is"))
                            }
                        }
                    }
                    BranchKind::Continue => {
                        let j = self.emit(Instr::Jump { target: 0 });
                        let t = self.targets.iter_mut().rev().find(|t| {
                            t.is_loop && (label.is_none() || t.label.as_deref() == label)
                        });
                        match t {
                            Some(t) => t.continues.push(j),
                            None => {
                                return Err(CompileError::unsupported(
                                    s.span.lo,
                                    "this continue is",
                                ))
                            }
                        }
                    }
                    BranchKind::Goto => {
                        return Err(CompileError::unsupported(s.span.lo, "goto is"))
                    }
                    BranchKind::Fallthrough => {
                        return Err(CompileError::unsupported(s.span.lo, "fallthrough is"))
                    }
                }
            }
            StmtKind::Return(list) => self.return_stmt(list, s.span.lo)?,
            StmtKind::Range { .. } => {
                return Err(CompileError::unsupported(s.span.lo, "range loops are"))
            }
            StmtKind::Go(_) => {
                return Err(CompileError::unsupported(s.span.lo, "go statements are"))
            }
            StmtKind::Defer(_) => return Err(CompileError::unsupported(s.span.lo, "defer is")),
            StmtKind::Select { .. } => {
                return Err(CompileError::unsupported(s.span.lo, "select is"))
            }
            StmtKind::Send { .. } => {
                return Err(CompileError::unsupported(s.span.lo, "channels are"))
            }
            StmtKind::TypeSwitch { .. } => {
                return Err(CompileError::unsupported(s.span.lo, "type switches are"))
            }
            StmtKind::Decl(_) => {
                return Err(CompileError::unsupported(s.span.lo, "this declaration is"))
            }
            StmtKind::Bad => return Err(CompileError::unsupported(s.span.lo, "this statement is")),
        }
        // Temporaries die with their statement; locals declared by it stay.
        self.next = mark.max(self.locals_top());
        Ok(())
    }

    /// One past the highest register holding a local variable.
    fn locals_top(&self) -> u32 {
        self.locals
            .values()
            .map(|&r| r as u32 + 1)
            .max()
            .unwrap_or(0)
    }

    fn inc_dec(&mut self, dst: Reg, sc: Scalar, inc: bool, pos: u32) -> Result<()> {
        match sc {
            Scalar::Int(_) | Scalar::Uint(_) => {
                self.emit(Instr::AddIntImm {
                    dst,
                    a: dst,
                    imm: if inc { 1 } else { -1 },
                });
                self.wrap(dst, sc);
            }
            Scalar::Float64 | Scalar::Float32 => {
                let one = self.alloc(1)?;
                let idx = self.unit.const_index(1.0f64.to_bits());
                self.emit(Instr::LoadConst { dst: one, idx });
                self.emit(if inc {
                    Instr::AddFloat {
                        dst,
                        a: dst,
                        b: one,
                    }
                } else {
                    Instr::SubFloat {
                        dst,
                        a: dst,
                        b: one,
                    }
                });
                if sc == Scalar::Float32 {
                    self.emit(Instr::RoundF32 { dst });
                }
            }
            Scalar::Bool => return Err(CompileError::unsupported(pos, "this statement is")),
        }
        Ok(())
    }

    fn wrap(&mut self, dst: Reg, sc: Scalar) {
        match sc {
            Scalar::Int(bits) if bits < 64 => {
                self.emit(Instr::Wrap {
                    dst,
                    bits,
                    signed: true,
                });
            }
            Scalar::Uint(bits) if bits < 64 => {
                self.emit(Instr::Wrap {
                    dst,
                    bits,
                    signed: false,
                });
            }
            _ => {}
        }
    }

    /// The register of an assignable local variable.
    fn var_reg(&mut self, e: &Expr) -> Result<Reg> {
        let mut e = e;
        while let ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        if let ExprKind::Name(_) = &e.kind {
            if let Some(obj) = self.info.use_of(e.id) {
                if let Some(&r) = self.locals.get(&obj) {
                    return Ok(r);
                }
                if matches!(self.unit.checked.object(obj).kind, ObjKind::Var { .. }) {
                    return Err(CompileError::unsupported(
                        e.span.lo,
                        "package-level variables are",
                    ));
                }
            }
        }
        Err(CompileError::unsupported(
            e.span.lo,
            "assigning to this expression is",
        ))
    }

    fn assign(&mut self, op: AssignOp, lhs: &'a [Expr], rhs: &'a [Expr], pos: u32) -> Result<()> {
        match op {
            AssignOp::Define => {
                if lhs.len() != rhs.len() {
                    return Err(CompileError::unsupported(
                        pos,
                        "multi-value assignments are",
                    ));
                }
                // Evaluate all right sides first (`a, b := b, a`).
                let mut temps = Vec::new();
                for r in rhs {
                    let t = self.alloc(1)?;
                    self.expr_into(r, t)?;
                    temps.push(t);
                }
                for (l, t) in lhs.iter().zip(temps) {
                    let ExprKind::Name(n) = &l.kind else { continue };
                    if &**n == "_" {
                        continue;
                    }
                    match self.info.defs.get(&l.span.lo) {
                        Some(&o) if !self.locals.contains_key(&o) => {
                            // A new variable: it keeps the temporary.
                            self.locals.insert(o, t);
                        }
                        _ => {
                            let dst = self.var_reg(l)?;
                            self.emit(Instr::Move { dst, src: t });
                        }
                    }
                }
            }
            AssignOp::Assign => {
                if lhs.len() != rhs.len() {
                    return Err(CompileError::unsupported(
                        pos,
                        "multi-value assignments are",
                    ));
                }
                if lhs.len() == 1 {
                    if is_blank(&lhs[0]) {
                        self.expr_any(&rhs[0])?;
                        return Ok(());
                    }
                    let dst = self.var_reg(&lhs[0])?;
                    self.expr_into(&rhs[0], dst)?;
                    return Ok(());
                }
                let mut temps = Vec::new();
                for r in rhs {
                    let t = self.alloc(1)?;
                    self.expr_into(r, t)?;
                    temps.push(t);
                }
                for (l, t) in lhs.iter().zip(temps) {
                    if is_blank(l) {
                        continue;
                    }
                    let dst = self.var_reg(l)?;
                    self.emit(Instr::Move { dst, src: t });
                }
            }
            AssignOp::Op(bop) => {
                let (Some(l), Some(r)) = (lhs.first(), rhs.first()) else {
                    return Ok(());
                };
                let dst = self.var_reg(l)?;
                let sc = self.expr_scalar(l)?;
                let y = self.expr_any(r)?;
                self.binary_op(bop, sc, dst, dst, y, pos)?;
            }
        }
        Ok(())
    }

    fn return_stmt(&mut self, list: &'a [Expr], pos: u32) -> Result<()> {
        if list.is_empty() {
            let src = self.named_results.unwrap_or(0);
            self.emit(Instr::Return {
                src,
                n: self.results.len() as u16,
            });
            return Ok(());
        }
        if list.len() != self.results.len() {
            return Err(CompileError::unsupported(
                pos,
                "returning a call's several results is",
            ));
        }
        let base = self.alloc(list.len() as u32)?;
        for (i, e) in list.iter().enumerate() {
            self.expr_into(e, base + i as Reg)?;
        }
        self.emit(Instr::Return {
            src: base,
            n: list.len() as u16,
        });
        Ok(())
    }

    fn switch(
        &mut self,
        init: Option<&'a Stmt>,
        tag: Option<&'a Expr>,
        clauses: &'a [CaseClause],
    ) -> Result<()> {
        if let Some(init) = init {
            self.stmt(init)?;
        }
        let label = self.pending_label.take();
        let tag_reg = match tag {
            Some(t) => {
                let r = self.alloc(1)?;
                self.expr_into(t, r)?;
                Some((r, self.expr_scalar(t)?))
            }
            None => None,
        };
        // Each case's test jumps to its body; the bodies follow in order.
        let mut body_jumps: Vec<Vec<usize>> = Vec::new();
        let mut default = None;
        for (i, clause) in clauses.iter().enumerate() {
            let mut jumps = Vec::new();
            if clause.default {
                default = Some(i);
            }
            for e in &clause.exprs {
                let mark = self.next;
                let c = match tag_reg {
                    Some((t, sc)) => {
                        let v = self.expr_any(e)?;
                        let dst = self.alloc(1)?;
                        self.compare(BinaryOp::Eql, sc, dst, t, v, e.span.lo)?;
                        dst
                    }
                    None => self.expr_any(e)?,
                };
                jumps.push(self.emit(Instr::JumpIfTrue { cond: c, target: 0 }));
                self.next = mark;
            }
            body_jumps.push(jumps);
        }
        let to_default = self.emit(Instr::Jump { target: 0 });
        self.targets.push(Target {
            label,
            is_loop: false,
            breaks: Vec::new(),
            continues: Vec::new(),
            continue_at: None,
        });
        let mut ends = Vec::new();
        let mut starts = Vec::new();
        for (i, clause) in clauses.iter().enumerate() {
            let start = self.here();
            starts.push(start);
            for &j in &body_jumps[i] {
                self.patch(j, start);
            }
            self.stmts(&clause.body)?;
            ends.push(self.emit(Instr::Jump { target: 0 }));
        }
        let end = self.here();
        match default {
            Some(d) => self.patch(to_default, starts[d]),
            None => self.patch(to_default, end),
        }
        for e in ends {
            self.patch(e, end);
        }
        let t = self
            .targets
            .pop()
            .unwrap_or_else(|| unreachable!("pushed above"));
        for b in t.breaks {
            self.patch(b, end);
        }
        // A `continue` inside a switch belongs to an enclosing loop.
        if let Some(outer) = self.targets.iter_mut().rev().find(|t| t.is_loop) {
            outer.continues.extend(t.continues);
        }
        Ok(())
    }

    fn expr_stmt(&mut self, e: &'a Expr) -> Result<()> {
        match &e.kind {
            ExprKind::Call { .. } => {
                self.call(e, None)?;
                Ok(())
            }
            ExprKind::Paren(x) => self.expr_stmt(x),
            _ => Err(CompileError::unsupported(e.span.lo, "this statement is")),
        }
    }

    // ----- expressions -----------------------------------------------------------------------------

    /// Compiles `e` into some register (a local's own register when `e`
    /// names one) and returns it.
    fn expr_any(&mut self, e: &'a Expr) -> Result<Reg> {
        if let ExprKind::Name(_) = &e.kind {
            if let Some(obj) = self.info.use_of(e.id) {
                if let Some(&r) = self.locals.get(&obj) {
                    if self.constant_of(e).is_none() {
                        return Ok(r);
                    }
                }
            }
        }
        if let ExprKind::Paren(x) = &e.kind {
            return self.expr_any(x);
        }
        let r = self.alloc(1)?;
        self.expr_into(e, r)?;
        Ok(r)
    }

    fn constant_of(&self, e: &Expr) -> Option<&'a Value> {
        self.info.type_of(e.id).and_then(|tv| tv.val.as_ref())
    }

    /// Loads a constant of scalar kind `sc` into `dst`.
    fn load_const(&mut self, dst: Reg, v: &Value, sc: Scalar) {
        let bits = match sc {
            Scalar::Bool => u64::from(v.bool_val()),
            Scalar::Float64 | Scalar::Float32 => v.to_float().float64_val().0.to_bits(),
            Scalar::Int(_) => v.to_int().int64_val().0 as u64,
            Scalar::Uint(_) => v.to_int().uint64_val().0,
        };
        match i32::try_from(bits as i64) {
            Ok(imm) if !matches!(sc, Scalar::Float64 | Scalar::Float32) => {
                self.emit(Instr::LoadImm { dst, imm });
            }
            _ => {
                let idx = self.unit.const_index(bits);
                self.emit(Instr::LoadConst { dst, idx });
            }
        }
    }

    /// Compiles `e` with its value left in `dst`.
    fn expr_into(&mut self, e: &'a Expr, dst: Reg) -> Result<()> {
        if let Some(v) = self.constant_of(e) {
            let sc = self.expr_scalar(e)?;
            self.load_const(dst, v, sc);
            return Ok(());
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr_into(x, dst),
            ExprKind::Name(_) => {
                let obj = self
                    .info
                    .use_of(e.id)
                    .ok_or_else(|| CompileError::unsupported(e.span.lo, "this name is"))?;
                match self.locals.get(&obj) {
                    Some(&r) => {
                        if r != dst {
                            self.emit(Instr::Move { dst, src: r });
                        }
                        Ok(())
                    }
                    None => Err(CompileError::unsupported(e.span.lo, "this value is")),
                }
            }
            ExprKind::Unary { op, x } => {
                let sc = self.expr_scalar(e)?;
                let v = self.expr_any(x)?;
                match (op, sc) {
                    (UnaryOp::Pos, _) => {
                        self.emit(Instr::Move { dst, src: v });
                    }
                    (UnaryOp::Neg, Scalar::Float64 | Scalar::Float32) => {
                        self.emit(Instr::NegFloat { dst, src: v });
                    }
                    (UnaryOp::Neg, Scalar::Int(_) | Scalar::Uint(_)) => {
                        self.emit(Instr::NegInt { dst, src: v });
                        self.wrap(dst, sc);
                    }
                    (UnaryOp::Xor, Scalar::Int(_) | Scalar::Uint(_)) => {
                        self.emit(Instr::NotInt { dst, src: v });
                        self.wrap(dst, sc);
                    }
                    (UnaryOp::Not, Scalar::Bool) => {
                        self.emit(Instr::Not { dst, src: v });
                    }
                    _ => return Err(CompileError::unsupported(e.span.lo, "this operator is")),
                }
                Ok(())
            }
            ExprKind::Binary { op, x, y, op_span } => match op {
                BinaryOp::AndAnd | BinaryOp::OrOr => {
                    self.expr_into(x, dst)?;
                    let j = if *op == BinaryOp::AndAnd {
                        self.emit(Instr::JumpIfFalse {
                            cond: dst,
                            target: 0,
                        })
                    } else {
                        self.emit(Instr::JumpIfTrue {
                            cond: dst,
                            target: 0,
                        })
                    };
                    self.expr_into(y, dst)?;
                    let end = self.here();
                    self.patch(j, end);
                    Ok(())
                }
                _ if is_comparison(*op) => {
                    let sc = self.expr_scalar(x)?;
                    let a = self.expr_any(x)?;
                    let b = self.expr_any(y)?;
                    self.compare(*op, sc, dst, a, b, op_span.lo)
                }
                _ => {
                    let sc = self.expr_scalar(e)?;
                    let a = self.expr_any(x)?;
                    let b = self.expr_any(y)?;
                    self.binary_op(*op, sc, dst, a, b, op_span.lo)
                }
            },
            ExprKind::Call { .. } => {
                self.call(e, Some(dst))?;
                Ok(())
            }
            _ => Err(CompileError::unsupported(e.span.lo, "this expression is")),
        }
    }

    fn binary_op(
        &mut self,
        op: BinaryOp,
        sc: Scalar,
        dst: Reg,
        a: Reg,
        b: Reg,
        pos: u32,
    ) -> Result<()> {
        let float = matches!(sc, Scalar::Float64 | Scalar::Float32);
        let unsigned = matches!(sc, Scalar::Uint(_));
        let i = match op {
            BinaryOp::Add if float => Instr::AddFloat { dst, a, b },
            BinaryOp::Sub if float => Instr::SubFloat { dst, a, b },
            BinaryOp::Mul if float => Instr::MulFloat { dst, a, b },
            BinaryOp::Quo if float => Instr::DivFloat { dst, a, b },
            _ if float => return Err(CompileError::unsupported(pos, "this operator is")),
            BinaryOp::Add => Instr::AddInt { dst, a, b },
            BinaryOp::Sub => Instr::SubInt { dst, a, b },
            BinaryOp::Mul => Instr::MulInt { dst, a, b },
            BinaryOp::Quo if unsigned => Instr::DivUint { dst, a, b },
            BinaryOp::Rem if unsigned => Instr::RemUint { dst, a, b },
            BinaryOp::Quo => Instr::DivInt { dst, a, b },
            BinaryOp::Rem => Instr::RemInt { dst, a, b },
            BinaryOp::And => Instr::AndInt { dst, a, b },
            BinaryOp::Or => Instr::OrInt { dst, a, b },
            BinaryOp::Xor => Instr::XorInt { dst, a, b },
            BinaryOp::AndNot => Instr::AndNotInt { dst, a, b },
            BinaryOp::Shl | BinaryOp::Shr => {
                return Err(CompileError::unsupported(pos, "shifts are"));
            }
            _ => return Err(CompileError::unsupported(pos, "this operator is")),
        };
        self.emit(i);
        if sc == Scalar::Float32 {
            self.emit(Instr::RoundF32 { dst });
        }
        self.wrap(dst, sc);
        Ok(())
    }

    fn compare(
        &mut self,
        op: BinaryOp,
        sc: Scalar,
        dst: Reg,
        a: Reg,
        b: Reg,
        pos: u32,
    ) -> Result<()> {
        let float = matches!(sc, Scalar::Float64 | Scalar::Float32);
        let unsigned = matches!(sc, Scalar::Uint(_));
        // `a > b` is `b < a`.
        let i = match op {
            BinaryOp::Eql if float => Instr::EqFloat { dst, a, b },
            BinaryOp::Neq if float => Instr::NeFloat { dst, a, b },
            BinaryOp::Lss if float => Instr::LtFloat { dst, a, b },
            BinaryOp::Leq if float => Instr::LeFloat { dst, a, b },
            BinaryOp::Gtr if float => Instr::LtFloat { dst, a: b, b: a },
            BinaryOp::Geq if float => Instr::LeFloat { dst, a: b, b: a },
            BinaryOp::Eql => Instr::EqInt { dst, a, b },
            BinaryOp::Neq => Instr::NeInt { dst, a, b },
            BinaryOp::Lss if unsigned => Instr::LtUint { dst, a, b },
            BinaryOp::Leq if unsigned => Instr::LeUint { dst, a, b },
            BinaryOp::Gtr if unsigned => Instr::LtUint { dst, a: b, b: a },
            BinaryOp::Geq if unsigned => Instr::LeUint { dst, a: b, b: a },
            BinaryOp::Lss => Instr::LtInt { dst, a, b },
            BinaryOp::Leq => Instr::LeInt { dst, a, b },
            BinaryOp::Gtr => Instr::LtInt { dst, a: b, b: a },
            BinaryOp::Geq => Instr::LeInt { dst, a: b, b: a },
            _ => return Err(CompileError::unsupported(pos, "this comparison is")),
        };
        self.emit(i);
        Ok(())
    }

    /// A call; its single result (if any) in `dst`.
    fn call(&mut self, e: &'a Expr, dst: Option<Reg>) -> Result<()> {
        let ExprKind::Call {
            fun, args, dots, ..
        } = &e.kind
        else {
            return Err(CompileError::unsupported(e.span.lo, "this call is"));
        };
        if *dots {
            return Err(CompileError::unsupported(e.span.lo, "calls with ... are"));
        }
        let mut callee = &**fun;
        while let ExprKind::Paren(x) = &callee.kind {
            callee = x;
        }
        // A conversion T(x).
        if self
            .info
            .type_of(callee.id)
            .is_some_and(|tv| tv.mode == crate::check::Mode::TypeExpr)
        {
            let Some(dst) = dst else { return Ok(()) };
            let (Some(arg), Some(to)) = (args.first(), self.type_of(e)) else {
                return Err(CompileError::unsupported(e.span.lo, "this conversion is"));
            };
            let from = self.expr_scalar(arg)?;
            let to = self.scalar_of(to, e.span.lo)?;
            let v = self.expr_any(arg)?;
            return self.convert(dst, v, from, to);
        }
        let obj = match &callee.kind {
            ExprKind::Name(_) | ExprKind::Selector { .. } => self.info.use_of(callee.id),
            _ => None,
        };
        let Some(obj) = obj else {
            return Err(CompileError::unsupported(
                e.span.lo,
                "calls of function values are",
            ));
        };
        let checked = self.unit.checked;
        let o = checked.object(obj);
        if let ObjKind::Builtin(b) = o.kind {
            return match b {
                Builtin::Println => self.print(args, PrintStyle::BuiltinPrintln),
                Builtin::Print => self.print(args, PrintStyle::BuiltinPrint),
                _ => Err(CompileError::unsupported(
                    e.span.lo,
                    &format!("the builtin {} is", b.name()),
                )),
            };
        }
        if let Some(pkg) = o.pkg.filter(|&p| p != self.unit.src.main_package()) {
            let path = &self.unit.src.packages[pkg].path;
            return match (path.as_str(), &*o.name) {
                ("fmt", "Println") => self.print(args, PrintStyle::FmtPrintln),
                ("fmt", "Print") => self.print(args, PrintStyle::FmtPrint),
                _ => Err(CompileError::unsupported(
                    e.span.lo,
                    &format!("{path}.{} is", o.name),
                )),
            };
        }
        let Some(&index) = self.unit.funcs.get(&obj) else {
            return Err(CompileError::unsupported(
                e.span.lo,
                "calls of function values are",
            ));
        };
        let base = self.alloc(args.len().max(1) as u32)?;
        for (i, a) in args.iter().enumerate() {
            self.expr_into(a, base + i as Reg)?;
        }
        // The callee's frame overwrites everything from `base` up.
        self.emit(Instr::Call { func: index, base });
        if let Some(dst) = dst {
            if dst != base {
                self.emit(Instr::Move { dst, src: base });
            }
        }
        Ok(())
    }

    fn convert(&mut self, dst: Reg, v: Reg, from: Scalar, to: Scalar) -> Result<()> {
        use Scalar::*;
        match (from, to) {
            (Int(_) | Uint(_), Int(_) | Uint(_)) => {
                if v != dst {
                    self.emit(Instr::Move { dst, src: v });
                }
                self.wrap(dst, to);
            }
            (Int(_), Float64 | Float32) => {
                self.emit(Instr::IntToFloat { dst, src: v });
                if to == Float32 {
                    self.emit(Instr::RoundF32 { dst });
                }
            }
            (Uint(_), Float64 | Float32) => {
                self.emit(Instr::UintToFloat { dst, src: v });
                if to == Float32 {
                    self.emit(Instr::RoundF32 { dst });
                }
            }
            (Float64 | Float32, Int(_)) => {
                self.emit(Instr::FloatToInt { dst, src: v });
                self.wrap(dst, to);
            }
            (Float64 | Float32, Uint(_)) => {
                self.emit(Instr::FloatToUint { dst, src: v });
                self.wrap(dst, to);
            }
            (Float64 | Float32, Float64 | Float32) => {
                if v != dst {
                    self.emit(Instr::Move { dst, src: v });
                }
                if to == Float32 {
                    self.emit(Instr::RoundF32 { dst });
                }
            }
            (Bool, Bool) => {
                if v != dst {
                    self.emit(Instr::Move { dst, src: v });
                }
            }
            _ => return Err(CompileError::unsupported(0, "this conversion is")),
        }
        Ok(())
    }

    /// `println(...)`, `fmt.Println(...)` and their `Print` forms, for
    /// scalar arguments and string constants.
    fn print(&mut self, args: &'a [Expr], style: PrintStyle) -> Result<()> {
        let base = self.alloc(args.len().max(1) as u32)?;
        let mut kinds = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let r = base + i as Reg;
            if let Some(v) = self.constant_of(a) {
                if v.kind() == crate::constant::Kind::String {
                    let idx = self.unit.string_index(v.string_val());
                    kinds.push(PrintKind::ConstString(idx));
                    continue;
                }
            }
            // An untyped constant argument of fmt's ...any takes its
            // default type, as the checker recorded.
            let sc = self.expr_scalar(a)?;
            self.expr_into(a, r)?;
            kinds.push(match sc {
                Scalar::Int(_) => PrintKind::Int,
                Scalar::Uint(_) => PrintKind::Uint,
                Scalar::Float64 => PrintKind::Float64,
                Scalar::Float32 => PrintKind::Float32,
                Scalar::Bool => PrintKind::Bool,
            });
        }
        let fmt_idx = self.unit.format_index(PrintFormat { style, kinds });
        self.emit(Instr::Print {
            args: base,
            fmt_idx,
        });
        Ok(())
    }
}

fn is_blank(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Name(n) if &**n == "_")
}

fn is_comparison(op: BinaryOp) -> bool {
    matches!(
        op,
        BinaryOp::Eql
            | BinaryOp::Neq
            | BinaryOp::Lss
            | BinaryOp::Leq
            | BinaryOp::Gtr
            | BinaryOp::Geq
    )
}
