//! Range over function iterators (Go 1.23): `for k, v := range f { body }`
//! with `f` of type `func(yield func(K, V) bool)` (or one or no values).
//!
//! The scheme is gc's (cmd/compile/internal/rangefunc/rewrite.go), done
//! while compiling instead of as a rewrite of the tree:
//!
//! - The body is compiled as a closure of its own, `func(k K, v V) bool`
//!   (named as gc names it, `main.f-range1`), that captures what it uses of
//!   the enclosing function as a function literal would (`escape.rs` sees
//!   the body as one). Its parameters are the iteration variables (`:=`),
//!   so each iteration has its own, as Go 1.22 wants; with `=` the body
//!   starts by assigning them to the (captured) variables.
//! - The enclosing function calls `f` with that closure. `continue` in the
//!   body returns true, `break` returns false.
//! - What leaves the loop otherwise (`return`, `break`/`continue` of an
//!   outer loop or switch, `goto` out of the body) sets `#next`, a box
//!   shared by every loop of the function and all their bodies, to a code,
//!   and returns false; after `f` returns, the enclosing function reads
//!   `#next` and does what it says (or, if it is a loop body itself and
//!   the target is further out, returns false in its turn). `return x`
//!   first stores the results: in the function's named results (captured
//!   by the bodies), or in a box of `#results` for unnamed ones.
//! - Each loop has a `#state` box, checked as gc's code does
//!   (`runtime.panicrangestate`): a call of the body after it returned
//!   false, after the loop ended, or after it panicked panics with Go's
//!   runtime errors, as does an iterator that swallowed a body's panic.
//! - A `defer` in the body defers to the enclosing function: that function
//!   takes its frame depth (`FrameDepth`) and the body's `DeferPushAt`
//!   files the record under it (gc's deferrangefunc/deferprocat).

use super::*;
use crate::HashSet;

/// What the body of a range-over-func loop knows of the function around it.
pub(in crate::compile) struct RangeCtx {
    /// The box of `#next` (0: go on; -1: return; else a code below).
    next: Reg,
    /// The box of the function's unnamed results, when a body returns
    /// values.
    results: Option<Reg>,
    /// The function's results: their types, and (named) their objects.
    result_types: Vec<TypeId>,
    named: Vec<ObjId>,
    /// The enclosing function's frame depth, when a body defers.
    depth: Option<Reg>,
    /// This loop's `#state` box.
    state: Reg,
    /// This loop, as a target of `break` and `continue`.
    own: OuterTarget,
    /// The loops and switches around it, innermost last.
    outer: Vec<OuterTarget>,
    /// The labels inside the body (a `goto` elsewhere leaves it).
    labels: HashSet<Box<str>>,
    /// What the body's code may leave `#next` saying, for the function
    /// around it to do.
    exits: Vec<Exit>,
}

#[derive(Clone)]
struct OuterTarget {
    label: Option<Box<str>>,
    is_loop: bool,
    uid: u32,
}

#[derive(Clone, PartialEq)]
enum ExitKind {
    Return,
    Break(u32),
    Continue(u32),
    Goto(Box<str>),
}

#[derive(Clone)]
struct Exit {
    code: i16,
    kind: ExitKind,
}

// abi.RF_* states of a loop.
const RF_DONE: i32 = 0;
const RF_READY: i32 = 1;
const RF_PANIC: i32 = 2;
const RF_EXHAUSTED: i32 = 3;

const RETURN: i16 = -1;

impl<'a> FuncCompiler<'_, 'a> {
    pub(super) fn new_uid(&mut self) -> u32 {
        self.rf_counter += 1;
        self.rf_counter as u32
    }

    fn new_code(&mut self, pos: u32) -> Result<i16> {
        self.rf_counter += 1;
        i16::try_from(-self.rf_counter).map_err(|_| {
            CompileError::unsupported(pos, "so many jumps out of range-over-func loops are")
        })
    }

    /// `defer` (`go_stmt` false) or `go` of the call at `base..base+n`.
    pub(super) fn emit_push_or_go(&mut self, go_stmt: bool, base: Reg, n: u16) {
        match self.rf.as_ref().and_then(|c| c.depth) {
            Some(depth) if !go_stmt => {
                self.emit(Instr::DeferPushAt { base, n, depth });
            }
            _ => {
                self.emit(push_or_go(go_stmt, base, n));
            }
        }
    }

    /// Whether a `break`/`continue` (with `label`) or `goto label` leaves
    /// the body of the range-over-func loop being compiled.
    pub(super) fn rf_leaves(&mut self, kind: BranchKind, label: Option<&str>) -> bool {
        if self.rf.is_none() {
            return false;
        }
        match kind {
            BranchKind::Break | BranchKind::Continue => self.branch_target(kind, label).is_none(),
            BranchKind::Goto => self
                .rf
                .as_ref()
                .is_some_and(|c| label.is_some_and(|l| !c.labels.contains(l))),
            BranchKind::Fallthrough => false,
        }
    }

    fn store_imm(&mut self, p: Reg, v: i32) -> Result<()> {
        let t = self.alloc(1)?;
        self.emit(Instr::LoadImm { dst: t, imm: v });
        self.store_field(p, 0, t, 1);
        Ok(())
    }

    /// `#state = state; return rv`, from a loop body.
    fn body_return(&mut self, state: i32, rv: bool) -> Result<()> {
        let Some(st) = self.rf.as_ref().map(|c| c.state) else {
            return Ok(());
        };
        self.store_imm(st, state)?;
        let t = self.alloc(1)?;
        self.emit(Instr::LoadImm {
            dst: t,
            imm: rv as i32,
        });
        self.emit(Instr::Return { src: t, n: 1 });
        Ok(())
    }

    /// Leaves the body with `#next = code` for the function around it.
    fn body_exit(&mut self, code: i16, kind: ExitKind) -> Result<()> {
        let Some(next) = self.rf.as_ref().map(|c| c.next) else {
            return Ok(());
        };
        self.store_imm(next, code as i32)?;
        if let Some(c) = self.rf.as_mut() {
            if !c.exits.iter().any(|e| e.code == code) {
                c.exits.push(Exit { code, kind });
            }
        }
        self.body_return(RF_DONE, false)
    }

    /// A `break`, `continue` or `goto` that leaves the loop body.
    pub(super) fn rf_branch(
        &mut self,
        kind: BranchKind,
        label: Option<&str>,
        pos: u32,
    ) -> Result<()> {
        let Some(ctx) = self.rf.as_ref() else {
            return Ok(());
        };
        if kind == BranchKind::Goto {
            let label: Box<str> = label.unwrap_or_default().into();
            let code = self.new_code(pos)?;
            return self.body_exit(code, ExitKind::Goto(label));
        }
        let matches = |t: &OuterTarget| {
            (t.is_loop || kind == BranchKind::Break)
                && (label.is_none() || t.label.as_deref() == label)
        };
        if matches(&ctx.own) {
            return if kind == BranchKind::Break {
                self.body_return(RF_DONE, false)
            } else {
                self.body_return(RF_READY, true)
            };
        }
        let Some(t) = ctx.outer.iter().rev().find(|t| matches(t)).cloned() else {
            return Err(CompileError::unsupported(pos, "this branch statement is"));
        };
        let code = self.new_code(pos)?;
        let kind = if kind == BranchKind::Break {
            ExitKind::Break(t.uid)
        } else {
            ExitKind::Continue(t.uid)
        };
        self.body_exit(code, kind)
    }

    /// `return` in a loop body: the values go to the function's results,
    /// and the function returns once the iterator has.
    pub(super) fn rf_return(&mut self, list: &'a [Expr], pos: u32) -> Result<()> {
        let Some(ctx) = self.rf.as_ref() else {
            return Ok(());
        };
        let (types, named, results) = (ctx.result_types.clone(), ctx.named.clone(), ctx.results);
        if !list.is_empty() {
            let mut kinds = Vec::new();
            for &t in &types {
                kinds.push(self.kind_of(t, pos)?);
            }
            let tuple_call = list.len() == 1
                && matches!(unparen(&list[0]).kind, ExprKind::Call { .. })
                && self
                    .type_of(&list[0])
                    .is_some_and(|t| matches!(self.types().kind(t), TypeKind::Tuple(_)));
            let base = if tuple_call {
                self.call(&list[0])?
            } else {
                let words: u32 = kinds.iter().map(|k| k.words()).sum();
                let base = self.alloc(words)?;
                let mut at = base;
                for ((e, &t), &k) in list.iter().zip(&types).zip(&kinds) {
                    for off in self.unit.ref_offsets(k) {
                        self.refs.insert(at + off as Reg);
                    }
                    self.value_to(e, t, at)?;
                    at += k.words() as Reg;
                }
                base
            };
            let mut at = base;
            let mut off = 0u16;
            for (i, &k) in kinds.iter().enumerate() {
                if let Some(o) = named.get(i) {
                    let Some(&p) = self.locals.get(o) else {
                        return Err(CompileError::unsupported(pos, "this return is"));
                    };
                    self.store_field(p, 0, at, k.words());
                } else if let Some(p) = results {
                    self.store_field(p, off, at, k.words());
                } else {
                    return Err(CompileError::unsupported(pos, "this return is"));
                }
                at += k.words() as Reg;
                off += k.words() as u16;
            }
        }
        self.body_exit(RETURN, ExitKind::Return)
    }

    /// A heap object of `kinds`' words in a new register.
    fn new_words_box(&mut self, kinds: &[Scalar]) -> Result<Reg> {
        let mut refs: Vec<u32> = Vec::new();
        let mut words = 0u32;
        for &k in kinds {
            refs.extend(self.unit.ref_offsets(k).into_iter().map(|r| words + r));
            words += k.words();
        }
        let layout = self.unit.register_layout(crate::bytecode::ElemLayout {
            layout: Layout {
                words: words.max(1),
                refs: refs.clone().into(),
            },
            go_size: 8 * words.max(1),
            has_pointers: !refs.is_empty(),
            bytes: false,
        })?;
        let p = self.alloc_kind(Scalar::Ptr)?;
        self.emit(Instr::New { dst: p, layout });
        Ok(p)
    }

    /// `for key, value := range x { body }` (`define`; else `=`) with `x`
    /// an iterator function: statement `s`.
    pub(super) fn range_func(
        &mut self,
        s: &'a Stmt,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        x: &'a Expr,
        body: &'a Block,
    ) -> Result<()> {
        let pos = s.span.lo;
        let label = self.pending_label.take();
        let unsupported = || CompileError::unsupported(pos, "ranging over this function is");
        let ft = self.type_of(x).ok_or_else(unsupported)?;
        let TypeKind::Func(sig) = self.types().under_kind(ft).clone() else {
            return Err(unsupported());
        };
        let yield_ty = *sig.params.first().ok_or_else(unsupported)?;
        let TypeKind::Func(ysig) = self.types().under_kind(yield_ty).clone() else {
            return Err(unsupported());
        };
        let f = self.alloc_kind(Scalar::Func)?;
        self.expr_into(x, f)?;

        // The state the loop shares with its body: the function's, or,
        // in a body, the one it got from the function around it.
        let returns = super::super::escape::contains_return_values(&body.stmts);
        let (next, results, result_types, named, depth) = match &self.rf {
            Some(c) => (
                c.next,
                c.results,
                c.result_types.clone(),
                c.named.clone(),
                c.depth,
            ),
            None => {
                let next = self.new_words_box(&[Scalar::Int(64)])?;
                let named = self.named_result_objs.clone();
                if returns && !self.named_slots.is_empty() && named.len() != self.named_slots.len()
                {
                    return Err(CompileError::unsupported(
                        pos,
                        "returning from a range-over-func loop in a function with a result named _ is",
                    ));
                }
                let results = if returns && named.is_empty() && !self.result_types.is_empty() {
                    let mut kinds = Vec::new();
                    for t in self.result_types.clone() {
                        kinds.push(self.kind_of(t, pos)?);
                    }
                    Some(self.new_words_box(&kinds)?)
                } else {
                    None
                };
                let depth = if super::super::escape::contains_defer(&body.stmts) {
                    let d = self.alloc(1)?;
                    self.emit(Instr::FrameDepth { dst: d });
                    Some(d)
                } else {
                    None
                };
                (next, results, self.result_types.clone(), named, depth)
            }
        };
        let state = self.new_words_box(&[Scalar::Int(64)])?;
        self.store_imm(state, RF_READY)?;

        // What the body's closure captures: the variables it uses, the
        // named results it may set, then the shared state.
        let mut vars = super::super::escape::range_free_variables(self.unit, self.info, s);
        if returns {
            for &o in &named {
                if !vars.contains(&o) {
                    vars.push(o);
                }
            }
        }
        let mut captures: Vec<Capture> = Vec::new();
        for o in vars {
            let by_value = if self.boxed.contains(&o) {
                None
            } else {
                let t = self
                    .unit
                    .checked
                    .object(o)
                    .ty
                    .unwrap_or(self.unit.checked.universe.invalid);
                Some(self.kind_of(t, pos)?)
            };
            captures.push((o, by_value));
        }
        let mut hidden = vec![(next, Scalar::Ptr)];
        if let Some(r) = results {
            hidden.push((r, Scalar::Ptr));
        }
        if let Some(d) = depth {
            hidden.push((d, Scalar::Int(64)));
        }
        hidden.push((state, Scalar::Ptr));

        let mut outer = match &self.rf {
            Some(c) => {
                let mut o = c.outer.clone();
                o.push(c.own.clone());
                o
            }
            None => Vec::new(),
        };
        outer.extend(self.targets.iter().map(|t| OuterTarget {
            label: t.label.clone(),
            is_loop: t.is_loop,
            uid: t.uid,
        }));
        let own = OuterTarget {
            label,
            is_loop: true,
            uid: self.new_uid(),
        };
        let mut labels = HashSet::default();
        super::super::escape::labels_in(&body.stmts, &mut labels);
        let ctx = RangeCtx {
            next,
            results,
            result_types,
            named,
            depth,
            state,
            own,
            outer,
            labels,
            exits: Vec::new(),
        };

        let index = self.unit.program.functions.len() as u32;
        self.unit.program.functions.push(Function::default());
        self.rf_bodies += 1;
        let name = format!("{}-range{}", self.name, self.rf_bodies);
        let mut params = Vec::new();
        for &t in &ysig.params {
            params.push(self.kind_of(t, pos)?);
        }
        let body_in = BodyIn {
            s,
            key,
            value,
            define,
            body,
            params,
        };
        let (function, ctx, counter) = compile_range_body(
            self.unit,
            self.file,
            name,
            body_in,
            &captures,
            &hidden,
            ctx,
            self.rf_counter,
        )?;
        self.rf_counter = counter;
        self.unit.program.functions[index as usize] = function;

        // f(body)
        let clo = self.alloc_kind(Scalar::Func)?;
        self.range_closure(clo, index, &captures, &hidden)?;
        let base = self.alloc(1)?;
        self.refs.insert(base);
        self.mov(base, clo, 1);
        self.emit(Instr::CallClosure { base, f });

        // if #state == RF_PANIC { panic(rangeMissingPanicError) }
        // #state = RF_EXHAUSTED
        let t = self.alloc(1)?;
        self.load_field(t, state, 0, 1);
        let skip = self.emit(Instr::JumpUnlessIntImm {
            cmp: crate::bytecode::IntCmp::Eq,
            a: t,
            imm: RF_PANIC as i16,
            target: 0,
        });
        self.panic_msg("range function recovered a loop body panic and did not resume panicking");
        let here = self.here();
        self.patch(skip, here);
        self.store_imm(state, RF_EXHAUSTED)?;

        // What #next says.
        if ctx.exits.is_empty() {
            return Ok(());
        }
        let n = self.alloc(1)?;
        self.load_field(n, next, 0, 1);
        let done = self.emit(Instr::JumpUnlessIntImm {
            cmp: crate::bytecode::IntCmp::Ne,
            a: n,
            imm: 0,
            target: 0,
        });
        let mut propagate = false;
        for exit in ctx.exits {
            let skip = self.emit(Instr::JumpUnlessIntImm {
                cmp: crate::bytecode::IntCmp::Eq,
                a: n,
                imm: exit.code,
                target: 0,
            });
            if !self.rf_exit_here(&exit, next, results, pos)? {
                propagate = true;
                if let Some(c) = self.rf.as_mut() {
                    if !c.exits.iter().any(|e| e.code == exit.code) {
                        c.exits.push(exit.clone());
                    }
                }
            }
            let here = self.here();
            self.patch(skip, here);
        }
        if propagate {
            // A target further out: this body stops too.
            self.body_return(RF_DONE, false)?;
        }
        let end = self.here();
        self.patch(done, end);
        Ok(())
    }

    fn panic_msg(&mut self, msg: &str) {
        let msg = self.unit.string_index(msg.as_bytes());
        self.emit(Instr::PanicMsg { msg });
    }

    /// Does what `exit` says, if its target is in this function (then
    /// `#next` goes back to 0); false if it is further out.
    fn rf_exit_here(
        &mut self,
        exit: &Exit,
        next: Reg,
        results: Option<Reg>,
        pos: u32,
    ) -> Result<bool> {
        let in_body = self.rf.is_some();
        match &exit.kind {
            ExitKind::Return => {
                if in_body {
                    return Ok(false);
                }
                match self.rf_results_box_return(results, pos)? {
                    true => {}
                    false => self.return_stmt(&[], pos)?,
                }
                Ok(true)
            }
            ExitKind::Break(uid) | ExitKind::Continue(uid) => {
                let is_break = matches!(exit.kind, ExitKind::Break(_));
                if let Some(i) = self.targets.iter().position(|t| t.uid == *uid) {
                    self.store_imm(next, 0)?;
                    let j = self.emit(Instr::Jump { target: 0 });
                    if is_break {
                        self.targets[i].breaks.push(j);
                    } else {
                        self.targets[i].continues.push(j);
                    }
                    return Ok(true);
                }
                if self.rf.as_ref().is_some_and(|c| c.own.uid == *uid) {
                    self.store_imm(next, 0)?;
                    if is_break {
                        self.body_return(RF_DONE, false)?;
                    } else {
                        self.body_return(RF_READY, true)?;
                    }
                    return Ok(true);
                }
                if !in_body {
                    return Err(CompileError::unsupported(pos, "this branch statement is"));
                }
                Ok(false)
            }
            ExitKind::Goto(label) => {
                let here = !in_body || self.rf.as_ref().is_some_and(|c| c.labels.contains(label));
                if !here {
                    return Ok(false);
                }
                self.store_imm(next, 0)?;
                match self.labels.get(label) {
                    Some(&target) => {
                        self.emit(Instr::Loop {
                            target: target as u32,
                        });
                    }
                    None => {
                        let j = self.emit(Instr::Jump { target: 0 });
                        self.gotos.push((label.clone(), j));
                    }
                }
                Ok(true)
            }
        }
    }

    /// The function returns the unnamed results a loop body stored in
    /// `#results`; false if it has none there.
    fn rf_results_box_return(&mut self, results: Option<Reg>, pos: u32) -> Result<bool> {
        if self.result_types.is_empty() || !self.named_slots.is_empty() {
            return Ok(false);
        }
        let Some(p) = results else {
            return Ok(false);
        };
        let mut kinds = Vec::new();
        for t in self.result_types.clone() {
            kinds.push(self.kind_of(t, pos)?);
        }
        let base = self.alloc(self.result_words)?;
        let mut at = base;
        for k in kinds {
            for off in self.unit.ref_offsets(k) {
                self.refs.insert(at + off as Reg);
            }
            at += k.words() as Reg;
        }
        self.load_field(base, p, 0, self.result_words);
        self.ret(base, self.result_words as u16);
        Ok(true)
    }

    /// `dst = closure(index, captures, hidden)`: the body's closure, with
    /// the captured variables, then the loop's state words.
    fn range_closure(
        &mut self,
        dst: Reg,
        index: u32,
        captures: &[Capture],
        hidden: &[(Reg, Scalar)],
    ) -> Result<()> {
        let mut words_of = self.capture_words(captures)?;
        words_of.extend_from_slice(hidden);
        self.closure_object(dst, index, &words_of)
    }
}

/// The loop a body closure is compiled for.
struct BodyIn<'a> {
    s: &'a Stmt,
    key: Option<&'a Expr>,
    value: Option<&'a Expr>,
    define: bool,
    body: &'a Block,
    /// The kinds of the yield function's parameters.
    params: Vec<Scalar>,
}

/// Compiles a loop body as `func(params) bool`; returns it, the context
/// with the exits its code uses, and the counter for uids and codes.
#[allow(clippy::too_many_arguments)]
fn compile_range_body<'a>(
    unit: &mut Unit<'a>,
    file: usize,
    name: String,
    b: BodyIn<'a>,
    captures: &[Capture],
    hidden: &[(Reg, Scalar)],
    mut ctx: RangeCtx,
    counter: i32,
) -> Result<(Function, Box<RangeCtx>, i32)> {
    let checked = unit.checked;
    let mut c = FuncCompiler::new(unit, file);
    c.name = name.clone();
    let pos = b.s.span.lo;
    c.line = c.line_of(pos);
    c.rf_counter = counter;
    (c.boxed, c.assigned) =
        super::super::escape::escaping_locals(c.unit, c.info, b.body, &ctx.named);
    let types = &checked.types;
    for (&at, &o) in &c.info.defs {
        if at < pos || at > b.body.span.hi {
            continue;
        }
        let obj = checked.object(o);
        if matches!(obj.kind, ObjKind::Var { .. })
            && obj.ty.is_some_and(|t| holds_array(types, t, 0))
        {
            c.boxed.insert(o);
        }
    }
    let mut params = Vec::new();
    for &k in &b.params {
        params.push((c.alloc_kind(k)?, k));
    }
    let n_params = c.next;
    let closure = c.alloc_kind(Scalar::Ptr)?;
    let mut off = 1;
    for &(o, by_value) in captures {
        let kind = by_value.unwrap_or(Scalar::Ptr);
        let r = c.alloc_kind(kind)?;
        c.load_field(r, closure, off, kind.words());
        off += kind.words() as u16;
        c.set_local(o, r, kind.words());
        if by_value.is_none() {
            c.boxed.insert(o);
        }
    }
    let mut regs = Vec::new();
    for &(_, kind) in hidden {
        let r = c.alloc_kind(kind)?;
        c.load_field(r, closure, off, kind.words());
        off += kind.words() as u16;
        regs.push(r);
    }
    let mut regs = regs.into_iter();
    ctx.next = regs.next().unwrap_or(0);
    if ctx.results.is_some() {
        ctx.results = regs.next();
    }
    if ctx.depth.is_some() {
        ctx.depth = regs.next();
    }
    ctx.state = regs.next().unwrap_or(0);
    let state = ctx.state;
    c.rf = Some(Box::new(ctx));
    c.result_words = 1;
    c.result_types = vec![checked.universe.basic(BasicKind::Bool)];

    // tmp := #state; #state = RF_PANIC; if tmp != RF_READY { panicrangestate(tmp) }
    let t = c.alloc(1)?;
    c.load_field(t, state, 0, 1);
    c.store_imm(state, RF_PANIC)?;
    let ready = c.emit(Instr::JumpUnlessIntImm {
        cmp: crate::bytecode::IntCmp::Ne,
        a: t,
        imm: RF_READY as i16,
        target: 0,
    });
    for (st, msg) in [
        (
            RF_DONE,
            "range function continued iteration after function for loop body returned false",
        ),
        (
            RF_EXHAUSTED,
            "range function continued iteration after whole loop exit",
        ),
    ] {
        let skip = c.emit(Instr::JumpUnlessIntImm {
            cmp: crate::bytecode::IntCmp::Eq,
            a: t,
            imm: st as i16,
            target: 0,
        });
        c.panic_msg(msg);
        let here = c.here();
        c.patch(skip, here);
    }
    c.panic_msg("range function continued iteration after loop body panic");
    let here = c.here();
    c.patch(ready, here);

    // The iteration variables.
    let op = if b.define {
        AssignOp::Define
    } else {
        AssignOp::Assign
    };
    for (e, &(r, k)) in [b.key, b.value].into_iter().zip(&params) {
        let Some(e) = e.filter(|e| !is_blank(e)) else {
            continue;
        };
        if b.define {
            if let Some(&o) = c.info.defs.get(&e.span.lo) {
                c.bind_local(o, r, k)?;
            }
        } else {
            c.store_to(op, e, r, k)?;
        }
    }
    c.next = c.next.max(c.locals_top());
    c.block(b.body)?;
    // Falling off the end: the next iteration.
    c.line = c.line_of(b.body.rbrace.lo);
    c.body_return(RF_READY, true)?;
    if c.too_large {
        return Err(CompileError::unsupported(
            pos,
            "functions of more than 65535 instructions are",
        ));
    }
    let ctx =
        c.rf.take()
            .ok_or_else(|| CompileError::unsupported(pos, "this loop is"))?;
    let counter = c.rf_counter;
    Ok((c.finish(name, n_params, 1), ctx, counter))
}
