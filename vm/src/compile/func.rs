//! Compiling one function: registers for parameters, results and locals,
//! temporaries allocated stack-wise above them (so a call's frame can start
//! at the first free register), statements and expressions to typed
//! instructions, and jumps patched once their targets are known.
//!
//! A value takes as many registers as its kind has words (strings two,
//! slices three). Every register that ever holds a reference word is in
//! the function's `ref_regs`, the frame layout the collector scans; the
//! interpreter zeroes a frame's registers on entry, so a reference register
//! holds a valid reference or nil whenever the collector looks.

use super::{CompileError, Unit};
use crate::bytecode::{Function, Instr, PrintFormat, PrintKind, PrintStyle, Reg};
use crate::check::{FileInfo, ObjId, ObjKind};
use crate::constant::Value;
use crate::heap::Layout;
use crate::types::{BasicKind, Builtin, TypeId, TypeKind};
use crate::HashMap;
mod rangefunc;

use minigo_parser::ast::{
    AssignOp, BinaryOp, Block, BranchKind, CaseClause, Decl, Expr, ExprId, ExprKind, FuncDecl,
    Ident, Stmt, StmtKind, UnaryOp,
};
use std::collections::BTreeSet;

type Result<T> = std::result::Result<T, CompileError>;

/// How a type's values are held and operated on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scalar {
    /// A signed integer of this many bits.
    Int(u8),
    /// An unsigned integer of this many bits.
    Uint(u8),
    Float64,
    Float32,
    Bool,
    /// A string: reference word and length.
    Str,
    /// A slice: reference word, length, capacity; its elements' kind is
    /// `elem` words wide, laid out as the program's layout `layout`.
    Slice {
        elem_words: u8,
        layout: u16,
    },
    /// A struct or an array held inline: its fields' (elements') words
    /// in order; `layout` says which are references.
    Struct {
        layout: u16,
        words: u32,
    },
    /// A pointer: a reference word (handle and word offset).
    Ptr,
    /// A func value: a reference to a closure object (the function's index,
    /// then the boxes of the variables it captured).
    Func,
    /// A map: a reference to a map object; `layout` indexes the program's
    /// map layouts.
    Map {
        layout: u16,
    },
    /// A channel: a reference to a channel object; `layout` is its
    /// element's (program.layouts).
    Chan {
        layout: u16,
    },
    /// complex64 (64) or complex128 (128): the real part's float64 bits,
    /// then the imaginary part's (complex64's parts float32 values).
    Complex(u8),
    /// An interface: a type word (the dynamic type's runtime type index
    /// plus one; 0 for nil) and a data word (the value itself when it is
    /// one word and not a string, else a reference to a box holding it).
    Iface,
}

impl Scalar {
    /// Registers a value of this kind takes.
    pub(super) fn words(self) -> u32 {
        match self {
            Scalar::Str | Scalar::Iface | Scalar::Complex(_) => 2,
            Scalar::Slice { .. } => 3,
            Scalar::Struct { words, .. } => words,
            _ => 1,
        }
    }

    fn is_int(self) -> bool {
        matches!(self, Scalar::Int(_) | Scalar::Uint(_))
    }

    fn is_float(self) -> bool {
        matches!(self, Scalar::Float64 | Scalar::Float32)
    }
}

/// An instruction with a constant operand (`FuncCompiler::constant_form`):
/// an integer one with its immediate and shift count, or a float one
/// with its constant's index.
#[derive(Clone, Copy)]
enum ConstantForm {
    Int(IntMake, i16, u8),
    Float(FloatMake, u16),
}

type IntMake = fn(Reg, Reg, i16, u8) -> Instr;
type FloatMake = fn(Reg, Reg, u16) -> Instr;

/// Where an assignment stores.
#[derive(Clone, Copy, Debug)]
enum Place {
    Reg(Reg, Scalar),
    Global(u32, Scalar),
    SliceElem {
        s: Reg,
        i: Reg,
        kind: Scalar,
    },
    /// Through a pointer in a register, at a word offset.
    Field {
        p: Reg,
        off: u32,
        kind: Scalar,
    },
    /// A map entry `m[k]`.
    MapElem {
        m: Reg,
        k: Reg,
        kind: Scalar,
    },
}

/// A loop (or switch) that `break` and `continue` may leave.
struct Target {
    label: Option<Box<str>>,
    is_loop: bool,
    /// Names it for a range-over-func body's `break`/`continue` of it.
    uid: u32,
    breaks: Vec<usize>,
    continues: Vec<usize>,
}

pub(super) struct FuncCompiler<'u, 'a> {
    pub(super) unit: &'u mut Unit<'a>,
    file: usize,
    info: &'a FileInfo,
    code: Vec<Instr>,
    lines: Vec<u32>,
    line: u32,
    locals: HashMap<ObjId, Reg>,
    /// One past each local's last register.
    local_ends: HashMap<ObjId, u32>,
    /// Locals whose address is taken: their register holds a pointer to a
    /// heap box (escape analysis at its simplest).
    boxed: crate::HashSet<ObjId>,
    /// Locals assigned after their declaration (see `escape`).
    assigned: crate::HashSet<ObjId>,
    /// Constants of a loop condition already in a register.
    hoisted: HashMap<ExprId, Reg>,
    next: u32,
    max: u32,
    refs: BTreeSet<Reg>,
    /// Words of the function's results, and their types.
    result_words: u32,
    result_types: Vec<TypeId>,
    /// The registers of named results, consecutive.
    named_results: Option<Reg>,
    targets: Vec<Target>,
    /// A label for the next loop statement (`L: for ...`).
    pending_label: Option<Box<str>>,
    /// The function has defer statements: every return runs the deferred
    /// calls first.
    has_defer: bool,
    /// The format and argument words of the last print emitted (for
    /// deferred prints).
    last_print: Option<(u32, u32)>,
    /// The function's name and how many function literals it holds so
    /// far: closures are named as Go names them (`main.f.func1`, and
    /// `main.f.func1.1` for one inside that).
    name: String,
    closures: u32,
    /// Where each label's statement starts, and the gotos that jump to a
    /// label not seen yet (patched when the function is finished).
    labels: HashMap<Box<str>, usize>,
    gotos: Vec<(Box<str>, usize)>,
    /// Each named result's register and kind, in order; and those a
    /// closure captures or whose address is taken, with their box: a
    /// return stores into them, runs the deferred calls (which may change
    /// them), then loads them into the registers it returns.
    named_slots: Vec<(Reg, Scalar)>,
    boxed_results: Vec<(Reg, Scalar, Reg)>,
    /// Where the recovery epilogue starts.
    recover_pc: Option<u32>,
    /// A fused jump's target did not fit its 16 bits.
    too_large: bool,
    /// The call being compiled is an expression statement's.
    results_unused: bool,
    /// The objects of the named results (with a name, not `_`).
    named_result_objs: Vec<ObjId>,
    /// Compiling the body of a range-over-func loop (`rangefunc.rs`).
    rf: Option<Box<rangefunc::RangeCtx>>,
    /// The last number handed out for a target's uid or a `#next` code,
    /// and how many range-over-func bodies this function has.
    rf_counter: i32,
    rf_bodies: u32,
}

/// A variable a function literal captures: through its box (`None`), or
/// by value (its kind), when it is never assigned after its declaration.
pub(super) type Capture = (ObjId, Option<Scalar>);

/// Whether `name` is a function literal's (`main.f.func1`, `main.f.func1.2`).
fn is_closure_name(name: &str) -> bool {
    name.rsplit('.').next().is_some_and(|last| {
        last.bytes().all(|b| b.is_ascii_digit())
            || last
                .strip_prefix("func")
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    })
}

pub(super) fn compile_func<'a>(
    unit: &mut Unit<'a>,
    pkg: &str,
    file: usize,
    obj: ObjId,
    f: &'a FuncDecl,
) -> Result<Function> {
    let name = func_name(unit, pkg, file, f);
    compile_decl(unit, file, obj, f, name)
}

/// An instance of a generic function or method, named as Go's
/// tracebacks name it: `main.Map[...]`, `main.(*List[...]).Push`.
pub(super) fn compile_instance<'a>(
    unit: &mut Unit<'a>,
    pkg: &str,
    file: usize,
    obj: ObjId,
    f: &'a FuncDecl,
) -> Result<Function> {
    let name = func_name(unit, pkg, file, f);
    let name = match f.recv {
        None => format!("{name}[...]"),
        Some(_) => match (name.find('['), name.rfind(']')) {
            (Some(i), Some(j)) if i < j => format!("{}[...]{}", &name[..i], &name[j + 1..]),
            _ => name,
        },
    };
    compile_decl(unit, file, obj, f, name)
}

/// A declared function's body, as function object `obj` (with its
/// signature).
fn compile_decl<'a>(
    unit: &mut Unit<'a>,
    file: usize,
    obj: ObjId,
    f: &'a FuncDecl,
    name: String,
) -> Result<Function> {
    let checked = unit.checked;
    let sig_ty = checked.object(obj).ty.unwrap_or(checked.universe.invalid);
    let Some(body) = &f.body else {
        return Err(CompileError::unsupported(
            f.span.lo,
            "functions without bodies are",
        ));
    };
    let recv = f.recv.as_ref().map(|r| &r.params[..]).unwrap_or(&[]);
    compile_body(unit, file, name, recv, &f.sig, sig_ty, body, &[], f.span.lo)
}

/// A function's name as Go's tracebacks print it: `main.f`,
/// `main.(*T).m`, `main.T.m`.
pub(super) fn func_name(unit: &mut Unit, pkg: &str, file: usize, f: &FuncDecl) -> String {
    let c = FuncCompiler::new(unit, file);
    match f.recv.as_ref().and_then(|r| r.params.first()) {
        Some(recv) => {
            let t = c.type_of_type_expr(&recv.ty);
            let ts = c.types().type_string(t);
            let ts = ts.rsplit_once('.').map_or(&*ts, |(_, n)| n).to_string();
            let ptr = matches!(c.types().kind(t), TypeKind::Pointer(_));
            let base = ts.trim_start_matches('*');
            if ptr {
                format!("{pkg}.(*{base}).{}", f.name.name)
            } else {
                format!("{pkg}.{base}.{}", f.name.name)
            }
        }
        None => format!("{pkg}.{}", f.name.name),
    }
}

/// A function of a standard package that the VM provides: its
/// parameters are the frame's first registers, where it leaves its
/// results, as a compiled function would.
pub(super) fn native_func(
    unit: &mut Unit,
    pkg: &str,
    file: usize,
    obj: ObjId,
    f: &FuncDecl,
    native: crate::bytecode::Native,
) -> Result<Function> {
    let checked = unit.checked;
    let sig_ty = checked.object(obj).ty.unwrap_or(checked.universe.invalid);
    let TypeKind::Func(sig) = checked.types.kind(sig_ty).clone() else {
        return Err(CompileError::unsupported(f.span.lo, "this function is"));
    };
    let (params, mut refs) = words_and_refs(unit, &sig.params)?;
    let (results, result_refs) = words_and_refs(unit, &sig.results)?;
    refs.extend(result_refs);
    refs.sort_unstable();
    refs.dedup();
    // A traceback through the native shows its declaration.
    let line = unit
        .src
        .files
        .get(file)
        .map_or(0, |sf| sf.lines.line_col(f.span.lo).0);
    Ok(Function {
        file: file as u32,
        name: format!("{pkg}.{}", f.name.name),
        code: vec![
            Instr::Native { native },
            Instr::Return {
                src: 0,
                n: results as u16,
            },
        ],
        frame_size: params.max(results).max(1) as u16,
        n_params: params as u16,
        n_results: sig.results.len() as u16,
        lines: vec![line, line],
        ref_regs: refs.into_iter().map(|r| r as Reg).collect(),
        recover_pc: None,
    })
}

/// A select case's receiving assignment, the registers the value (then
/// the flag) land in, and the value's kind.
type ReceiveInto<'a> = (&'a Stmt, Reg, Scalar);

/// The channel a select case's receive reads: `<-ch` as the statement, or
/// as the right side of its assignment.
fn receive_operand(comm: &Stmt) -> Option<&Expr> {
    match &comm.kind {
        StmtKind::Expr(e) => receive_operand_expr(e),
        StmtKind::Assign { rhs, .. } if rhs.len() == 1 => receive_operand_expr(&rhs[0]),
        _ => None,
    }
}

fn receive_operand_expr(e: &Expr) -> Option<&Expr> {
    match &unparen(e).kind {
        ExprKind::Unary {
            op: UnaryOp::Recv,
            x,
        } => Some(x),
        _ => None,
    }
}

/// The instruction that hands a call, evaluated, to `defer` or `go`.
fn push_or_go(go_stmt: bool, base: Reg, n: u16) -> Instr {
    if go_stmt {
        Instr::Go { base, n }
    } else {
        Instr::DeferPush { base, n }
    }
}

/// The words that values of types `ts` take in consecutive registers, and
/// which of those words hold references.
fn words_and_refs(unit: &mut Unit, ts: &[TypeId]) -> Result<(u32, Vec<u32>)> {
    let (mut words, mut refs) = (0u32, Vec::new());
    for &t in ts {
        let k = kind_of(unit, t, 0)?;
        refs.extend(unit.ref_offsets(k).into_iter().map(|o| words + o));
        words += k.words();
    }
    Ok((words, refs))
}

/// Where a generated method thunk finds the receiver.
#[derive(Clone, Copy)]
enum RecvFrom {
    /// Bound in the method value's closure.
    Bound,
    /// Through the pointer that is the first parameter.
    Deref,
    /// The first parameter itself (`I.m` of an interface type `I`: the
    /// interface value is the receiver).
    Param,
}

/// Compiles a function body: a declared function, a method (`recv`), or
/// a function literal that captured the variables `captures` (their boxes
/// are in its closure object, loaded at entry).
#[allow(clippy::too_many_arguments)]
pub(super) fn compile_body<'a>(
    unit: &mut Unit<'a>,
    file: usize,
    name: String,
    recv: &'a [minigo_parser::ast::Field],
    sig_ast: &'a minigo_parser::ast::FuncType,
    sig_ty: TypeId,
    body: &'a Block,
    captures: &[Capture],
    pos: u32,
) -> Result<Function> {
    let checked = unit.checked;
    let TypeKind::Func(sig) = checked.types.kind(sig_ty).clone() else {
        return Err(CompileError::unsupported(pos, "this function is"));
    };
    let mut c = FuncCompiler::new(unit, file);
    c.name = name.clone();
    c.line = c.line_of(pos);
    let named_results: Vec<ObjId> = sig_ast
        .results
        .iter()
        .flat_map(|r| r.names.iter())
        .filter_map(|n| c.info.defs.get(&n.span.lo).copied())
        .collect();
    (c.boxed, c.assigned) = super::escape::escaping_locals(c.unit, c.info, body, &named_results);
    c.named_result_objs = named_results;
    // Arrays (and structs holding them) live in boxes: their elements are
    // reached through the slice instructions, which need an address.
    let types = &checked.types;
    for (&at, &o) in &c.info.defs {
        if at < pos || at > body.span.hi {
            continue;
        }
        let obj = checked.object(o);
        if matches!(obj.kind, ObjKind::Var { .. })
            && obj.ty.is_some_and(|t| holds_array(types, t, 0))
        {
            c.boxed.insert(o);
        }
    }
    let f_sig = sig_ast;
    // The receiver and the parameters occupy the first registers, in order.
    let mut params = Vec::new();
    for field in recv.iter().chain(f_sig.params.iter()) {
        let kind = c.kind_of(c.type_of_type_expr(&field.ty), field.ty.span.lo)?;
        if field.names.is_empty() {
            c.alloc_kind(kind)?;
        }
        for name in &field.names {
            let r = c.alloc_kind(kind)?;
            if let Some(&o) = c.info.defs.get(&name.span.lo) {
                params.push((o, r, kind));
            }
        }
    }
    let n_params = c.next;
    // The closure slot: the interpreter puts the called closure here.
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
    for (o, r, kind) in params {
        c.bind_local(o, r, kind)?;
    }
    let mut result_words = 0;
    for &t in &sig.results {
        result_words += c.kind_of(t, pos)?.words();
    }
    c.result_words = result_words;
    c.result_types = sig.results.clone();
    // Named results: consecutive registers, zeroed with the frame.
    let named: Vec<(&Ident, TypeId)> = f_sig
        .results
        .iter()
        .flat_map(|r| r.names.iter().map(move |n| (n, r)))
        .map(|(n, r)| (n, c.type_of_type_expr(&r.ty)))
        .collect();
    if !named.is_empty() {
        let first = c.next as Reg;
        let mut bind = Vec::new();
        for (name, t) in named {
            let kind = c.kind_of(t, name.span.lo)?;
            let r = c.alloc_kind(kind)?;
            c.named_slots.push((r, kind));
            bind.push((name, r, kind));
        }
        // The result registers are consecutive; boxes come after them.
        for (name, r, kind) in bind {
            if let Some(&o) = c.info.defs.get(&name.span.lo) {
                c.bind_local(o, r, kind)?;
                if c.boxed.contains(&o) {
                    let p = c.locals[&o];
                    c.boxed_results.push((r, kind, p));
                }
            }
        }
        c.named_results = Some(first);
    }
    c.has_defer = super::escape::contains_defer(&body.stmts);
    c.block(body)?;
    // Falling off the end: only functions without results get here.
    c.line = c.line_of(body.rbrace.lo);
    c.ret(0, 0);
    if c.has_defer {
        c.recovery_epilogue()?;
    }
    if c.too_large {
        return Err(CompileError::unsupported(
            pos,
            "functions of more than 65535 instructions are",
        ));
    }
    Ok(c.finish(name, n_params, sig.results.len()))
}

impl<'u, 'a> FuncCompiler<'u, 'a> {
    pub(super) fn new(unit: &'u mut Unit<'a>, file: usize) -> FuncCompiler<'u, 'a> {
        let info = unit.info_for(file);
        FuncCompiler {
            unit,
            file,
            info,
            code: Vec::new(),
            lines: Vec::new(),
            line: 0,
            locals: HashMap::default(),
            local_ends: HashMap::default(),
            boxed: crate::HashSet::default(),
            assigned: crate::HashSet::default(),
            hoisted: HashMap::default(),
            next: 0,
            max: 0,
            refs: BTreeSet::new(),
            result_words: 0,
            result_types: Vec::new(),
            named_results: None,
            targets: Vec::new(),
            pending_label: None,
            has_defer: false,
            last_print: None,
            name: String::new(),
            closures: 0,
            labels: HashMap::default(),
            gotos: Vec::new(),
            named_slots: Vec::new(),
            boxed_results: Vec::new(),
            recover_pc: None,
            results_unused: false,
            too_large: false,
            named_result_objs: Vec::new(),
            rf: None,
            rf_counter: 1,
            rf_bodies: 0,
        }
    }

    /// Names the function for its closures' names (package initializers
    /// are `main.init`).
    /// Compiles the next code from `file` (the entry function runs every
    /// package's initializers).
    pub(super) fn set_file(&mut self, file: usize) {
        self.file = file;
        self.info = self.unit.info_for(file);
    }

    pub(super) fn set_name(&mut self, name: &str) {
        self.name = name.into();
    }

    pub(super) fn finish(mut self, name: String, n_params: u32, n_results: usize) -> Function {
        // The checker saw that every goto's label exists in the function.
        for (label, at) in std::mem::take(&mut self.gotos) {
            if let Some(&target) = self.labels.get(&label) {
                self.patch(at, target);
            }
        }
        Function {
            file: self.file as u32,
            name,
            code: self.code,
            frame_size: self.max.max(1) as u16,
            n_params: n_params as u16,
            n_results: n_results as u16,
            lines: self.lines,
            ref_regs: self.refs.into_iter().collect(),
            recover_pc: self.recover_pc,
        }
    }

    // ----- emission ------------------------------------------------------------------------

    pub(super) fn emit(&mut self, i: Instr) -> usize {
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
            Instr::JumpUnlessInt { target, .. }
            | Instr::JumpUnlessIntImm { target, .. }
            | Instr::JumpUnlessFloat { target, .. } => {
                match u16::try_from(t) {
                    Ok(t) => *target = t,
                    // Only in functions of more than 65535 instructions.
                    Err(_) => self.too_large = true,
                }
            }
            _ => {}
        }
    }

    /// Compiles `cond` and the jumps (to be patched) taken when it is
    /// false.
    fn jump_unless(&mut self, cond: &'a Expr) -> Result<Vec<usize>> {
        self.cond_jump(cond, false)
    }

    /// Compiles `cond` and the jumps (to be patched) taken when it equals
    /// `when`: an integer or float comparison fuses into one instruction,
    /// `!`, `&&` and `||` into the jumps around it.
    fn cond_jump(&mut self, cond: &'a Expr, when: bool) -> Result<Vec<usize>> {
        use crate::bytecode::{FloatCmp, IntCmp};
        match &unparen(cond).kind {
            ExprKind::Unary {
                op: UnaryOp::Not,
                x,
            } => return self.cond_jump(x, !when),
            ExprKind::Binary {
                op: op @ (BinaryOp::AndAnd | BinaryOp::OrOr),
                x,
                y,
                ..
            } if self.constant_of(cond).is_none() => {
                // `x && y` is false when x is; `x || y` is true when x is.
                let short = *op == BinaryOp::OrOr;
                if when == short {
                    let mut jumps = self.cond_jump(x, when)?;
                    jumps.extend(self.cond_jump(y, when)?);
                    return Ok(jumps);
                }
                let past = self.cond_jump(x, short)?;
                let jumps = self.cond_jump(y, when)?;
                let here = self.here();
                for j in past {
                    self.patch(j, here);
                }
                return Ok(jumps);
            }
            ExprKind::Binary { op, x, y, .. }
                if is_comparison(*op) && self.constant_of(cond).is_none() =>
            {
                let is_iface = |this: &Self, e: &Expr| {
                    this.type_of(e)
                        .is_some_and(|t| this.types().is_interface(t))
                };
                let plain = !is_iface(self, x) && !is_iface(self, y);
                let kind = self.type_of(x).and_then(|t| self.kind_of(t, 0).ok());
                match kind {
                    Some(k @ (Scalar::Int(_) | Scalar::Uint(_))) if plain => {
                        let unsigned = matches!(k, Scalar::Uint(_));
                        let cmp = match (op, unsigned) {
                            (BinaryOp::Lss, false) => IntCmp::Lt,
                            (BinaryOp::Leq, false) => IntCmp::Le,
                            (BinaryOp::Gtr, false) => IntCmp::Gt,
                            (BinaryOp::Geq, false) => IntCmp::Ge,
                            (BinaryOp::Lss, true) => IntCmp::LtU,
                            (BinaryOp::Leq, true) => IntCmp::LeU,
                            (BinaryOp::Gtr, true) => IntCmp::GtU,
                            (BinaryOp::Geq, true) => IntCmp::GeU,
                            (BinaryOp::Eql, _) => IntCmp::Eq,
                            _ => IntCmp::Ne,
                        };
                        let cmp = if when { cmp.negate() } else { cmp };
                        // Against a small constant: the constant in the
                        // instruction (an unsigned one only when it is not
                        // negative).
                        let imm = self
                            .constant_of(y)
                            .and_then(|v| i16::try_from(v.to_int().int64_val().0).ok())
                            .filter(|&c| !unsigned || c >= 0);
                        let a = self.expr_any(x)?;
                        if let Some(imm) = imm {
                            return Ok(vec![self.emit(Instr::JumpUnlessIntImm {
                                cmp,
                                a,
                                imm,
                                target: 0,
                            })]);
                        }
                        let b = self.expr_any(y)?;
                        return Ok(vec![self.emit(Instr::JumpUnlessInt {
                            cmp,
                            a,
                            b,
                            target: 0,
                        })]);
                    }
                    Some(Scalar::Float64 | Scalar::Float32) if plain => {
                        let cmp = match op {
                            BinaryOp::Lss => FloatCmp::Lt,
                            BinaryOp::Leq => FloatCmp::Le,
                            BinaryOp::Gtr => FloatCmp::Gt,
                            BinaryOp::Geq => FloatCmp::Ge,
                            BinaryOp::Eql => FloatCmp::Eq,
                            _ => FloatCmp::Ne,
                        };
                        let cmp = if when { cmp.negate() } else { cmp };
                        let a = self.expr_any(x)?;
                        let b = self.expr_any(y)?;
                        return Ok(vec![self.emit(Instr::JumpUnlessFloat {
                            cmp,
                            a,
                            b,
                            target: 0,
                        })]);
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        let c = self.expr_any(cond)?;
        Ok(vec![if when {
            self.emit(Instr::JumpIfTrue { cond: c, target: 0 })
        } else {
            self.emit(Instr::JumpIfFalse { cond: c, target: 0 })
        }])
    }

    fn line_of(&self, pos: u32) -> u32 {
        self.unit.src.files[self.file].lines.line_col(pos).0
    }

    fn alloc(&mut self, n: u32) -> Result<Reg> {
        let r = self.next;
        self.next += n;
        if self.next > u16::MAX as u32 - 8 {
            return Err(CompileError {
                file: 0,
                pos: 0,
                msg: "function too large for minigo's VM: more than 65000 registers".into(),
            });
        }
        self.max = self.max.max(self.next);
        Ok(r as Reg)
    }

    /// Registers for a value of `kind`, its reference words recorded in
    /// the frame layout.
    pub(super) fn alloc_kind(&mut self, kind: Scalar) -> Result<Reg> {
        let r = self.alloc(kind.words())?;
        for off in self.unit.ref_offsets(kind) {
            self.refs.insert(r + off as Reg);
        }
        Ok(r)
    }

    /// Loads `words` words at word offset `off` of the object `p` points
    /// to (panicking on nil even for none), in `field_pieces`.
    pub(super) fn load_field(&mut self, dst: Reg, p: Reg, off: u16, words: u32) {
        let Some(pieces) = field_pieces(off, dst, words) else {
            self.too_large = true;
            return;
        };
        for (off, dst, words) in pieces {
            self.emit(Instr::LoadField { dst, p, off, words });
        }
    }

    /// Stores `words` words from `src` at word offset `off` of the object
    /// `p` points to, in `field_pieces`.
    pub(super) fn store_field(&mut self, p: Reg, off: u16, src: Reg, words: u32) {
        let Some(pieces) = field_pieces(off, src, words) else {
            self.too_large = true;
            return;
        };
        for (off, src, words) in pieces {
            self.emit(Instr::StoreField { p, off, src, words });
        }
    }

    fn mov(&mut self, dst: Reg, src: Reg, words: u32) {
        if dst == src {
            return;
        }
        if words == 1 {
            self.emit(Instr::Move { dst, src });
        } else {
            self.emit(Instr::MoveN {
                dst,
                src,
                n: words as u16,
            });
        }
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

    pub(super) fn kind_of(&mut self, t: TypeId, pos: u32) -> Result<Scalar> {
        kind_of(self.unit, t, pos)
    }

    /// Kept for the statement code's name: the kind of an expression.
    fn expr_scalar(&mut self, e: &Expr) -> Result<Scalar> {
        let t = self
            .type_of(e)
            .ok_or_else(|| CompileError::unsupported(e.span.lo, "this expression is"))?;
        self.kind_of(t, e.span.lo)
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
                let place = self.place(x)?;
                let sc = self.expr_scalar(x)?;
                let v = self.load_place(place)?;
                self.inc_dec(v, sc, *inc, x.span.lo)?;
                self.store_place(place, v);
            }
            StmtKind::Assign {
                op,
                lhs,
                rhs,
                op_span,
            } => self.assign(*op, lhs, rhs, op_span.lo)?,
            StmtKind::Decl(Decl::Var(g)) => {
                for spec in &g.specs {
                    if spec.values.len() == 1 && spec.names.len() > 1 {
                        self.define_from_call(&spec.names, &spec.values[0])?;
                        continue;
                    }
                    for (i, name) in spec.names.iter().enumerate() {
                        let Some(&o) = self.info.defs.get(&name.span.lo) else {
                            continue;
                        };
                        let t = self
                            .unit
                            .checked
                            .object(o)
                            .ty
                            .unwrap_or(self.unit.checked.universe.invalid);
                        let kind = self.kind_of(t, name.span.lo)?;
                        if spec.values.is_empty() && self.boxed.contains(&o) {
                            // A new box is zero already: the zero value
                            // need not pass through registers (a large
                            // array would not fit them).
                            let layout = self.unit.layout_of(kind)?;
                            let p = self.alloc_kind(Scalar::Ptr)?;
                            self.emit(Instr::New { dst: p, layout });
                            self.set_local(o, p, 1);
                            continue;
                        }
                        let r = self.alloc_kind(kind)?;
                        match spec.values.get(i) {
                            Some(v) => self.value_to(v, t, r)?,
                            None => self.zero(r, kind),
                        }
                        self.bind_local(o, r, kind)?;
                    }
                }
                // Locals live until the function ends.
                return Ok(());
            }
            StmtKind::Decl(Decl::Const(_)) => {} // folded where used
            // The checker resolved the type; code needs nothing of it.
            StmtKind::Decl(Decl::Type(_)) => {}
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(init) = init {
                    self.stmt(init)?;
                }
                // `if c { break }`, `if c { continue }`: one jump, taken
                // when c holds.
                if let ([only], None) = (&then.stmts[..], els) {
                    if let StmtKind::Branch {
                        kind: kind @ (BranchKind::Break | BranchKind::Continue),
                        label,
                    } = &only.kind
                    {
                        let label = label.as_ref().map(|l| &*l.name);
                        if self.branch_target(*kind, label).is_some() {
                            let jumps = self.cond_jump(cond, true)?;
                            if let Some(t) = self.branch_target(*kind, label) {
                                match kind {
                                    BranchKind::Break => t.breaks.extend(jumps),
                                    _ => t.continues.extend(jumps),
                                }
                            }
                            return Ok(());
                        }
                    }
                }
                let jf = self.jump_unless(cond)?;
                self.next = self.next.max(self.locals_top());
                self.block(then)?;
                match els {
                    Some(e) => {
                        let j = self.emit(Instr::Jump { target: 0 });
                        let here = self.here();
                        for jf in jf {
                            self.patch(jf, here);
                        }
                        self.stmt(e)?;
                        let end = self.here();
                        self.patch(j, end);
                    }
                    None => {
                        let end = self.here();
                        for jf in jf {
                            self.patch(jf, end);
                        }
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
                // `i < 1000000`: a bound too large for the instruction is
                // loaded once, before the loop, not on every iteration.
                let hoisted = match cond.as_ref().map(|c| &unparen(c).kind) {
                    Some(ExprKind::Binary { op, x, y, .. }) if is_comparison(*op) => {
                        self.hoist_constant(x, y)?
                    }
                    _ => None,
                };
                let top = self.here();
                let mut exit = Vec::new();
                if let Some(cond) = cond {
                    exit = self.jump_unless(cond)?;
                }
                if let Some(id) = hoisted {
                    self.hoisted.remove(&id);
                }
                self.next = self.next.max(self.locals_top());
                self.push_target(label, true);
                self.block(body)?;
                let cont = self.here();
                // Go 1.22: each iteration has its own loop variables. A
                // variable in a box (captured, or its address taken) gets
                // a new box, holding the value so far, before the post
                // statement.
                if let Some(init) = init {
                    self.renew_loop_boxes(init)?;
                }
                if let Some(post) = post {
                    self.stmt(post)?;
                }
                self.emit(Instr::Loop { target: top as u32 });
                let end = self.here();
                for x in exit {
                    self.patch(x, end);
                }
                self.pop_target(end, cont);
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
                ..
            } if super::escape::is_range_func(self.unit, self.info, x) => {
                self.range_func(s, key.as_ref(), value.as_ref(), *define, x, body)?
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
                ..
            } => self.range(key.as_ref(), value.as_ref(), *define, x, body, s.span.lo)?,
            StmtKind::Switch {
                init, tag, clauses, ..
            } => self.switch(init.as_deref(), tag.as_ref(), clauses)?,
            StmtKind::Labeled { label, stmt } => {
                self.labels.insert(label.name.clone(), self.here());
                self.pending_label = Some(label.name.clone());
                self.stmt(stmt)?;
                self.pending_label = None;
            }
            StmtKind::Branch { kind, label } => {
                let label = label.as_ref().map(|l| &*l.name);
                if self.rf_leaves(*kind, label) {
                    return self.rf_branch(*kind, label, s.span.lo);
                }
                match kind {
                    BranchKind::Break => {
                        let j = self.emit(Instr::Jump { target: 0 });
                        match self.branch_target(*kind, label) {
                            Some(t) => t.breaks.push(j),
                            None => {
                                return Err(CompileError::unsupported(s.span.lo, "this break is"))
                            }
                        }
                    }
                    BranchKind::Continue => {
                        let j = self.emit(Instr::Jump { target: 0 });
                        match self.branch_target(*kind, label) {
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
                        let Some(label) = label else {
                            return Err(CompileError::unsupported(s.span.lo, "this goto is"));
                        };
                        match self.labels.get(label) {
                            // Backward: a loop, so it checks for preemption.
                            Some(&target) => {
                                let target = target as u32;
                                self.emit(Instr::Loop { target });
                            }
                            None => {
                                let j = self.emit(Instr::Jump { target: 0 });
                                self.gotos.push((label.into(), j));
                            }
                        }
                    }
                    // Compiled by `switch`: the clause's body ends
                    // without a jump to the end.
                    BranchKind::Fallthrough => {}
                }
            }
            StmtKind::Return(list) if self.rf.is_some() => self.rf_return(list, s.span.lo)?,
            StmtKind::Return(list) => self.return_stmt(list, s.span.lo)?,
            StmtKind::Go(call) => self.defer_stmt(call, s.span.lo, true)?,
            StmtKind::Defer(call) => self.defer_stmt(call, s.span.lo, false)?,
            StmtKind::Select { clauses, .. } => self.select(clauses, s.span.lo)?,
            StmtKind::Send { ch, value } => self.send_stmt(ch, value, s.span.lo)?,
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
                ..
            } => self.type_switch(init.as_deref(), bind.as_ref(), x, clauses)?,
            StmtKind::Decl(_) => {
                return Err(CompileError::unsupported(
                    s.span.lo,
                    "local type declarations are",
                ))
            }
            StmtKind::Bad => return Err(CompileError::unsupported(s.span.lo, "this statement is")),
        }
        // Temporaries die with their statement; locals declared by it stay.
        self.next = mark.max(self.locals_top());
        Ok(())
    }

    /// For a loop condition `x cmp y` on integers with `y` a constant that
    /// no instruction can hold: `y` in a register loaded now, which the
    /// condition then reads (`hoisted`); the loop body's temporaries are
    /// all above it.
    fn hoist_constant(&mut self, x: &Expr, y: &Expr) -> Result<Option<ExprId>> {
        let (Some(v), None) = (self.constant_of(y), self.constant_of(x)) else {
            return Ok(None);
        };
        let kind = self.expr_scalar(y)?;
        let small = i16::try_from(v.to_int().int64_val().0).is_ok();
        if !kind.is_int() || small {
            return Ok(None);
        }
        let r = self.alloc_kind(kind)?;
        self.load_const(r, v, kind)?;
        self.hoisted.insert(y.id, r);
        Ok(Some(y.id))
    }

    /// The loop or switch a `break` (any) or `continue` (a loop) with
    /// `label` leaves.
    fn branch_target(&mut self, kind: BranchKind, label: Option<&str>) -> Option<&mut Target> {
        let loops_only = kind == BranchKind::Continue;
        self.targets.iter_mut().rev().find(|t| {
            (t.is_loop || !loops_only) && (label.is_none() || t.label.as_deref() == label)
        })
    }

    fn push_target(&mut self, label: Option<Box<str>>, is_loop: bool) {
        let uid = self.new_uid();
        self.targets.push(Target {
            label,
            is_loop,
            uid,
            breaks: Vec::new(),
            continues: Vec::new(),
        });
    }

    fn pop_target(&mut self, end: usize, cont: usize) {
        let Some(t) = self.targets.pop() else { return };
        for b in t.breaks {
            self.patch(b, end);
        }
        for c in t.continues {
            self.patch(c, cont);
        }
    }

    /// One past the highest register holding a local variable.
    /// Binds local `o` to the `words` registers from `r`.
    fn set_local(&mut self, o: ObjId, r: Reg, words: u32) {
        self.locals.insert(o, r);
        self.local_ends.insert(o, r as u32 + words);
    }

    /// The first register above every local (a statement's temporaries
    /// are freed down to it, never below a local's last word).
    fn locals_top(&self) -> u32 {
        self.local_ends.values().copied().max().unwrap_or(0).max(
            self.named_results
                .map_or(0, |r| r as u32 + self.result_words),
        )
    }

    fn zero(&mut self, r: Reg, kind: Scalar) {
        for k in 0..kind.words() as Reg {
            self.emit(Instr::LoadImm { dst: r + k, imm: 0 });
        }
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
            _ => return Err(CompileError::unsupported(pos, "this statement is")),
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

    /// Makes the value at `r` the local variable `o`; a variable whose
    /// address is taken moves into a heap box, and `o`'s register then
    /// holds the box's pointer.
    fn bind_local(&mut self, o: ObjId, r: Reg, kind: Scalar) -> Result<()> {
        if !self.boxed.contains(&o) {
            self.set_local(o, r, kind.words());
            return Ok(());
        }
        let layout = self.unit.layout_of(kind)?;
        let p = self.alloc_kind(Scalar::Ptr)?;
        self.emit(Instr::New { dst: p, layout });
        self.store_field(p, 0, r, kind.words());
        self.set_local(o, p, 1);
        Ok(())
    }

    /// Where an assignment to `e` stores.
    fn place(&mut self, e: &'a Expr) -> Result<Place> {
        let mut e = e;
        while let ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        match &e.kind {
            ExprKind::Name(_) => {
                if let Some(obj) = self
                    .info
                    .use_of(e.id)
                    .or_else(|| self.info.defs.get(&e.span.lo).copied())
                {
                    // A variable `:=` redeclares has no expression type.
                    let kind = match self.unit.checked.object(obj).ty {
                        Some(t) if self.type_of(e).is_none() => self.kind_of(t, e.span.lo)?,
                        _ => self.expr_scalar(e)?,
                    };
                    if let Some(&r) = self.locals.get(&obj) {
                        if self.boxed.contains(&obj) {
                            return Ok(Place::Field { p: r, off: 0, kind });
                        }
                        return Ok(Place::Reg(r, kind));
                    }
                    if let Some(p) = self.global_place(obj)? {
                        return Ok(p);
                    }
                }
                Err(CompileError::unsupported(
                    e.span.lo,
                    "assigning to this variable is",
                ))
            }
            ExprKind::Index { x, index }
                if index.len() == 1 && matches!(self.expr_scalar(x)?, Scalar::Map { .. }) =>
            {
                let kind = self.expr_scalar(e)?;
                let m = self.expr_any(x)?;
                let k = self.map_key(x, &index[0])?;
                Ok(Place::MapElem { m, k, kind })
            }
            ExprKind::Index { x, index } if index.len() == 1 && self.array_len(x).is_some() => {
                let kind = self.expr_scalar(e)?;
                let s = self.array_view(x, false)?;
                let i = self.expr_any(&index[0])?;
                Ok(Place::SliceElem { s, i, kind })
            }
            ExprKind::Index { x, index } if index.len() == 1 => {
                let sk = self.expr_scalar(x)?;
                let Scalar::Slice { .. } = sk else {
                    return Err(CompileError::unsupported(
                        e.span.lo,
                        "assigning to this element is",
                    ));
                };
                let kind = self.expr_scalar(e)?;
                let s = self.expr_any(x)?;
                let i = self.expr_any(&index[0])?;
                Ok(Place::SliceElem { s, i, kind })
            }
            ExprKind::Selector { x, .. } => {
                let Some(sel) = self.info.selections.get(&e.id).cloned() else {
                    return Err(CompileError::unsupported(e.span.lo, "this selector is"));
                };
                if sel.kind != crate::check::SelectionKind::FieldVal {
                    return Err(CompileError::unsupported(e.span.lo, "this selector is"));
                }
                let kind = self.expr_scalar(e)?;
                self.field_path(x, &sel.index, kind)
            }
            ExprKind::Unary {
                op: UnaryOp::Deref,
                x,
            } => {
                let kind = self.expr_scalar(e)?;
                let p = self.expr_any(x)?;
                Ok(Place::Field { p, off: 0, kind })
            }
            _ => Err(CompileError::unsupported(
                e.span.lo,
                "assigning to this expression is",
            )),
        }
    }

    /// The place of field `path` (indices through embedded fields) of `x`.
    fn field_path(&mut self, x: &'a Expr, path: &[usize], kind: Scalar) -> Result<Place> {
        let xt = self
            .type_of(x)
            .ok_or_else(|| CompileError::unsupported(x.span.lo, "this selector is"))?;
        // Where the struct is: in registers, or behind a pointer.
        let mut loc = if let TypeKind::Pointer(_) = self.types().under_kind(xt) {
            let p = self.expr_any(x)?;
            Place::Field { p, off: 0, kind }
        } else if self.is_addressable(x) {
            match self.place(x)? {
                Place::SliceElem { s, i, kind: ek } => {
                    let p = self.alloc_kind(Scalar::Ptr)?;
                    self.emit(Instr::SliceAddr {
                        dst: p,
                        s,
                        i,
                        words: ek.words() as u8,
                    });
                    Place::Field { p, off: 0, kind }
                }
                Place::Global(slot, _) => Place::Global(slot, kind),
                other => other,
            }
        } else {
            let r = self.expr_any(x)?;
            Place::Reg(r, kind)
        };
        let mut t = match self.types().under_kind(xt) {
            TypeKind::Pointer(elem) => *elem,
            _ => xt,
        };
        for (n, &idx) in path.iter().enumerate() {
            let under = self.types().underlying(t);
            let TypeKind::Struct(fields) = self.types().kind(under).clone() else {
                return Err(CompileError::unsupported(x.span.lo, "this selector is"));
            };
            self.kind_of(under, x.span.lo)?;
            let Some(&(off, fk)) = self.unit.structs.get(&under).and_then(|f| f.get(idx)) else {
                return Err(CompileError::unsupported(x.span.lo, "this selector is"));
            };
            let field_ty = fields[idx].ty;
            loc = match loc {
                Place::Reg(r, _) => Place::Reg(r + off as Reg, fk),
                Place::Global(slot, _) => Place::Global(slot + off, fk),
                Place::Field { p, off: o, .. } => Place::Field {
                    p,
                    off: o + off,
                    kind: fk,
                },
                Place::SliceElem { .. } | Place::MapElem { .. } => {
                    return Err(CompileError::unsupported(x.span.lo, "this selector is"))
                }
            };
            t = field_ty;
            // An embedded pointer on the way: follow it.
            if n + 1 < path.len() {
                if let TypeKind::Pointer(elem) = self.types().under_kind(field_ty) {
                    let p = self.load_place(loc)?;
                    loc = Place::Field {
                        p,
                        off: 0,
                        kind: fk,
                    };
                    t = *elem;
                }
            }
        }
        Ok(loc)
    }

    /// Whether `e` denotes a variable (so its fields can be stored to).
    fn is_addressable(&self, e: &Expr) -> bool {
        match &unparen(e).kind {
            ExprKind::Name(_) => true,
            ExprKind::Index { x, .. } => {
                match self.type_of(x).map(|t| self.types().under_kind(t)) {
                    Some(TypeKind::Slice(_) | TypeKind::Pointer(_)) => true,
                    Some(TypeKind::Array { .. }) => self.is_addressable(x),
                    _ => false,
                }
            }
            ExprKind::Selector { x, .. } => {
                self.type_of(x).is_some_and(|t| {
                    self.types().kind(self.types().underlying(t)) != &TypeKind::Invalid
                }) && (self.is_addressable(x)
                    || self.type_of(x).is_some_and(|t| {
                        matches!(self.types().under_kind(t), TypeKind::Pointer(_))
                    }))
            }
            ExprKind::Unary {
                op: UnaryOp::Deref, ..
            } => true,
            _ => false,
        }
    }

    /// The key `k` of map `m`, as the map's key type (converted to an
    /// interface for interface keys).
    fn map_key(&mut self, m: &Expr, k: &'a Expr) -> Result<Reg> {
        let key_ty = match self.type_of(m).map(|t| self.types().under_kind(t)) {
            Some(TypeKind::Map { key, .. }) => *key,
            _ => return self.expr_any(k),
        };
        if !self.types().is_interface(key_ty) {
            return self.expr_any(k);
        }
        let r = self.alloc_kind(Scalar::Iface)?;
        self.value_to(k, key_ty, r)?;
        Ok(r)
    }

    /// The length of the array `x` is, or points to.
    fn array_len(&self, x: &Expr) -> Option<u64> {
        let t = self.type_of(x)?;
        let t = match self.types().under_kind(t) {
            TypeKind::Pointer(e) => *e,
            _ => t,
        };
        match self.types().under_kind(t) {
            TypeKind::Array { len, .. } => Some(*len),
            _ => None,
        }
    }

    /// The element type of the array `x` is, or points to.
    fn array_elem(&self, x: &Expr) -> Option<TypeId> {
        let t = self.type_of(x)?;
        let t = match self.types().under_kind(t) {
            TypeKind::Pointer(e) => *e,
            _ => t,
        };
        match self.types().under_kind(t) {
            TypeKind::Array { elem, .. } => Some(*elem),
            _ => None,
        }
    }

    /// A slice over the array `x` denotes or points to (its storage:
    /// arrays are indexed, sliced and ranged through the slice
    /// instructions, with their bounds checks). `copy`: over a copy.
    fn array_view(&mut self, x: &'a Expr, copy: bool) -> Result<Reg> {
        let len = self
            .array_len(x)
            .ok_or_else(|| CompileError::unsupported(x.span.lo, "indexing this is"))?;
        let len = i32::try_from(len)
            .map_err(|_| CompileError::unsupported(x.span.lo, "arrays this long are"))?;
        let via_ptr = matches!(
            self.type_of(x).map(|t| self.types().under_kind(t)),
            Some(TypeKind::Pointer(_))
        );
        let p = if via_ptr {
            let p = self.expr_any(x)?;
            // A nil array pointer panics before any index is checked.
            let t = self.alloc(1)?;
            self.load_field(t, p, 0, 0);
            p
        } else if self.is_addressable(x) && !copy {
            self.addr_of(x)?
        } else {
            let kind = self.expr_scalar(x)?;
            let v = self.expr_any(x)?;
            let layout = self.unit.layout_of(kind)?;
            let p = self.alloc_kind(Scalar::Ptr)?;
            self.emit(Instr::New { dst: p, layout });
            self.store_field(p, 0, v, kind.words());
            p
        };
        let view = self.alloc(3)?;
        self.refs.insert(view);
        self.mov(view, p, 1);
        self.emit(Instr::LoadImm {
            dst: view + 1,
            imm: len,
        });
        self.emit(Instr::LoadImm {
            dst: view + 2,
            imm: len,
        });
        Ok(view)
    }

    /// `&e`: a pointer to the variable `e` denotes (a boxed local, a field
    /// through a pointer, a slice element) or to a new composite literal.
    fn addr_of(&mut self, e: &'a Expr) -> Result<Reg> {
        let inner = unparen(e);
        if let ExprKind::CompositeLit { .. } = &inner.kind {
            let kind = self.expr_scalar(inner)?;
            let v = self.expr_any(inner)?;
            let layout = self.unit.layout_of(kind)?;
            let p = self.alloc_kind(Scalar::Ptr)?;
            self.emit(Instr::New { dst: p, layout });
            self.store_field(p, 0, v, kind.words());
            return Ok(p);
        }
        match self.place(inner)? {
            Place::Field { p, off, .. } => {
                if off == 0 {
                    return Ok(p);
                }
                let imm = i16::try_from(off).map_err(|_| {
                    CompileError::unsupported(e.span.lo, "a pointer this deep into a struct is")
                })?;
                let q = self.alloc_kind(Scalar::Ptr)?;
                self.emit(Instr::AddIntImm { dst: q, a: p, imm });
                Ok(q)
            }
            Place::SliceElem { s, i, kind } => {
                let p = self.alloc_kind(Scalar::Ptr)?;
                self.emit(Instr::SliceAddr {
                    dst: p,
                    s,
                    i,
                    words: kind.words() as u8,
                });
                Ok(p)
            }
            _ => Err(CompileError::unsupported(
                e.span.lo,
                "taking the address of this variable is",
            )),
        }
    }

    /// Place `p` (of expression `e`) with its operands copied to fresh
    /// registers.
    fn snapshot(&mut self, p: Place, e: &'a Expr) -> Result<Place> {
        Ok(match p {
            Place::SliceElem { s, i, kind } => {
                // A slice, or the slice view of an array.
                let s2 = self.alloc(3)?;
                self.refs.insert(s2);
                self.mov(s2, s, 3);
                let i2 = self.alloc(1)?;
                self.mov(i2, i, 1);
                Place::SliceElem { s: s2, i: i2, kind }
            }
            Place::Field { p, off, kind } => {
                let p2 = self.alloc_kind(Scalar::Ptr)?;
                self.mov(p2, p, 1);
                Place::Field { p: p2, off, kind }
            }
            Place::MapElem { m, k, kind } => {
                let key_ty = match &unparen(e).kind {
                    ExprKind::Index { x, .. } => {
                        match self.type_of(x).map(|t| self.types().under_kind(t)) {
                            Some(TypeKind::Map { key, .. }) => Some(*key),
                            _ => None,
                        }
                    }
                    _ => None,
                };
                let key = match key_ty {
                    Some(t) => self.kind_of(t, e.span.lo)?,
                    None => Scalar::Int(64),
                };
                let m2 = self.alloc_kind(Scalar::Ptr)?;
                self.mov(m2, m, 1);
                let k2 = self.alloc_kind(key)?;
                self.mov(k2, k, key.words());
                Place::MapElem { m: m2, k: k2, kind }
            }
            other => other,
        })
    }

    fn load_place(&mut self, p: Place) -> Result<Reg> {
        Ok(match p {
            Place::Reg(r, _) => r,
            Place::Global(slot, kind) => {
                let r = self.alloc_kind(kind)?;
                for k in 0..kind.words() {
                    self.emit(Instr::LoadGlobal {
                        dst: r + k as Reg,
                        slot: slot + k,
                    });
                }
                r
            }
            Place::SliceElem { s, i, kind } => {
                let r = self.alloc_kind(kind)?;
                self.emit(Instr::SliceGet {
                    dst: r,
                    s,
                    i,
                    words: kind.words() as u8,
                });
                r
            }
            Place::Field { p, off, kind } => {
                let r = self.alloc_kind(kind)?;
                self.load_field(r, p, off as u16, kind.words());
                r
            }
            Place::MapElem { m, k, kind } => {
                let r = self.alloc_kind(kind)?;
                self.zero(r, kind);
                self.emit(Instr::MapGet { dst: r, m, k });
                r
            }
        })
    }

    fn store_place(&mut self, p: Place, v: Reg) {
        match p {
            Place::Reg(r, kind) => self.mov(r, v, kind.words()),
            Place::Global(slot, kind) => {
                for k in 0..kind.words() {
                    self.emit(Instr::StoreGlobal {
                        src: v + k as Reg,
                        slot: slot + k,
                    });
                }
            }
            Place::SliceElem { s, i, kind } => {
                self.emit(Instr::SliceSet {
                    s,
                    i,
                    src: v,
                    words: kind.words() as u8,
                });
            }
            Place::Field { p, off, kind } => {
                self.store_field(p, off as u16, v, kind.words());
            }
            Place::MapElem { m, k, .. } => {
                self.emit(Instr::MapSet { m, k, v });
            }
        }
    }

    /// The body of a range loop whose test is at `top` and whose exit
    /// jump is `exit`: run the body, loop back, land breaks after it.
    fn range_body(
        &mut self,
        label: Option<Box<str>>,
        body: &'a Block,
        top: usize,
        exit: usize,
    ) -> Result<()> {
        self.next = self.next.max(self.locals_top());
        self.push_target(label, true);
        self.block(body)?;
        let cont = self.here();
        self.emit(Instr::Loop { target: top as u32 });
        let end = self.here();
        self.patch(exit, end);
        self.pop_target(end, cont);
        Ok(())
    }

    /// `select`: every channel and every value to send is evaluated
    /// first, in source order (as the spec says), then `Select` picks a
    /// case, and a jump per case runs its body, receiving assignments
    /// first.
    fn select(&mut self, clauses: &'a [minigo_parser::ast::CommClause], pos: u32) -> Result<()> {
        use crate::bytecode::{SelectCase, SelectTable};
        let label = self.pending_label.take();
        let mut table = SelectTable::default();
        // Per clause: its case index (None for default) and, for a
        // receive that assigns, where the value (and flag) land.
        let mut recv_into: Vec<Option<(usize, Option<ReceiveInto<'a>>)>> = Vec::new();
        for clause in clauses {
            let Some(comm) = clause.comm.as_deref() else {
                table.has_default = true;
                recv_into.push(None);
                continue;
            };
            let elem_of = |this: &mut Self, ch: &Expr| -> Result<TypeId> {
                match this.type_of(ch).map(|t| this.types().under_kind(t).clone()) {
                    Some(TypeKind::Chan { elem, .. }) => Ok(elem),
                    _ => Err(CompileError::unsupported(pos, "this select case is")),
                }
            };
            let case_index = table.cases.len();
            match &comm.kind {
                StmtKind::Send { ch, value } => {
                    let elem = elem_of(self, ch)?;
                    let c = self.alloc_kind(Scalar::Ptr)?;
                    self.expr_into(ch, c)?;
                    let k = self.kind_of(elem, pos)?;
                    let v = self.alloc_kind(k)?;
                    self.value_to(value, elem, v)?;
                    table.cases.push(SelectCase {
                        send: true,
                        ch: c,
                        val: v,
                        ok: false,
                    });
                    recv_into.push(Some((case_index, None)));
                }
                _ => {
                    let Some(x) = receive_operand(comm) else {
                        return Err(CompileError::unsupported(pos, "this select case is"));
                    };
                    let elem = elem_of(self, x)?;
                    let c = self.alloc_kind(Scalar::Ptr)?;
                    self.expr_into(x, c)?;
                    let k = self.kind_of(elem, pos)?;
                    let v = self.alloc_kind(k)?;
                    let _okr = self.alloc(1)?;
                    let with_ok =
                        matches!(&comm.kind, StmtKind::Assign { lhs, .. } if lhs.len() == 2);
                    table.cases.push(SelectCase {
                        send: false,
                        ch: c,
                        val: v,
                        ok: with_ok,
                    });
                    let assign = matches!(comm.kind, StmtKind::Assign { .. });
                    recv_into.push(Some((case_index, assign.then_some((comm, v, k)))));
                }
            }
        }
        let idx = u16::try_from(self.unit.program.selects.len())
            .map_err(|_| CompileError::unsupported(pos, "so many select statements are"))?;
        let n_cases = table.cases.len() as i32;
        self.unit.program.selects.push(table);
        let chosen = self.alloc(1)?;
        self.emit(Instr::Select { dst: chosen, idx });
        self.push_target(label, false);
        let mut ends = Vec::new();
        for (clause, into) in clauses.iter().zip(recv_into) {
            let index = into.map_or(n_cases, |(i, _)| i as i32);
            let skip = self.emit(Instr::JumpUnlessIntImm {
                cmp: crate::bytecode::IntCmp::Eq,
                a: chosen,
                imm: index as i16,
                target: 0,
            });
            if let Some((_, Some((comm, v, k)))) = into {
                if let StmtKind::Assign { op, lhs, .. } = &comm.kind {
                    if let Some(l) = lhs.first().filter(|l| !is_blank(l)) {
                        self.store_to(*op, l, v, k)?;
                    }
                    if let Some(l) = lhs.get(1).filter(|l| !is_blank(l)) {
                        self.store_to(*op, l, v + k.words() as Reg, Scalar::Bool)?;
                    }
                }
            }
            self.next = self.next.max(self.locals_top());
            self.stmts(&clause.body)?;
            ends.push(self.emit(Instr::Jump { target: 0 }));
            let next = self.here();
            self.patch(skip, next);
        }
        let end = self.here();
        for j in ends {
            self.patch(j, end);
        }
        self.pop_target(end, end);
        Ok(())
    }

    /// `ch <- value`: the value converted to the element type, then sent.
    fn send_stmt(&mut self, ch: &'a Expr, value: &'a Expr, pos: u32) -> Result<()> {
        let elem = match self.type_of(ch).map(|t| self.types().under_kind(t).clone()) {
            Some(TypeKind::Chan { elem, .. }) => elem,
            _ => return Err(CompileError::unsupported(pos, "this send is")),
        };
        let c = self.expr_any(ch)?;
        let k = self.kind_of(elem, pos)?;
        let v = self.alloc_kind(k)?;
        self.value_to(value, elem, v)?;
        self.emit(Instr::ChanSend { ch: c, src: v });
        Ok(())
    }

    /// The value and the boolean of a comma-ok form (`m[k]`, `x.(T)`):
    /// registers of the value, its kind, the boolean's register. `None`
    /// for other expressions.
    fn comma_ok(&mut self, e: &'a Expr) -> Result<Option<(Reg, Scalar, Reg)>> {
        let pos = e.span.lo;
        match &unparen(e).kind {
            ExprKind::Index { x, index } if matches!(self.expr_scalar(x)?, Scalar::Map { .. }) => {
                let vt = match self.type_of(x).map(|t| self.types().under_kind(t).clone()) {
                    Some(TypeKind::Map { value, .. }) => value,
                    _ => return Err(CompileError::unsupported(pos, "this assignment is")),
                };
                let vk = self.kind_of(vt, pos)?;
                let m = self.expr_any(x)?;
                let k = self.map_key(x, &index[0])?;
                let dst = self.alloc_kind(vk)?;
                let okr = self.alloc(1)?;
                self.zero(dst, vk);
                self.emit(Instr::LoadImm { dst: okr, imm: 0 });
                self.emit(Instr::MapGetOk { dst, m, k });
                Ok(Some((dst, vk, okr)))
            }
            ExprKind::Unary {
                op: UnaryOp::Recv,
                x,
            } => {
                let vt = match self.type_of(x).map(|t| self.types().under_kind(t).clone()) {
                    Some(TypeKind::Chan { elem, .. }) => elem,
                    _ => return Err(CompileError::unsupported(pos, "this assignment is")),
                };
                let vk = self.kind_of(vt, pos)?;
                let ch = self.expr_any(x)?;
                // The flag right after the value, where ChanRecv puts it.
                let dst = self.alloc_kind(vk)?;
                let okr = self.alloc(1)?;
                self.emit(Instr::ChanRecv { dst, ch, ok: true });
                Ok(Some((dst, vk, okr)))
            }
            ExprKind::TypeAssert { x, ty } => {
                let to = self.type_of_type_expr(ty);
                let vk = self.kind_of(to, pos)?;
                let v = self.expr_any(x)?;
                let idx = self.assert_index(x, to, pos)?;
                let dst = self.alloc_kind(vk)?;
                let okr = self.alloc(1)?;
                self.zero(dst, vk);
                let idx = u16::try_from(idx)
                    .map_err(|_| CompileError::unsupported(pos, "so many type assertions are"))?;
                self.emit(Instr::TestType {
                    dst: okr,
                    src: v,
                    idx,
                });
                let skip = self.emit(Instr::JumpIfFalse {
                    cond: okr,
                    target: 0,
                });
                self.unbox(dst, v, to)?;
                let end = self.here();
                self.patch(skip, end);
                Ok(Some((dst, vk, okr)))
            }
            _ => Ok(None),
        }
    }

    /// The index of the program's assertion of `x`'s interface type to
    /// `to`.
    fn assert_index(&mut self, x: &Expr, to: TypeId, pos: u32) -> Result<u32> {
        use crate::bytecode::{Assert, AssertTarget};
        let from = self.type_of(x).unwrap_or(to);
        let target = match self.types().under_kind(to).clone() {
            TypeKind::Interface(methods) => AssertTarget::Iface(
                methods
                    .iter()
                    .map(|m| self.unit.method_id(&m.name, m.sig))
                    .collect(),
            ),
            _ => AssertTarget::Type(self.unit.type_word(to, pos)? - 1),
        };
        let a = Assert {
            target,
            from: super::go_type_string(self.types(), from).into(),
            to: super::go_type_string(self.types(), to).into(),
        };
        let asserts = &mut self.unit.program.asserts;
        Ok(match asserts.iter().position(|x| *x == a) {
            Some(i) => i as u32,
            None => {
                asserts.push(a);
                (asserts.len() - 1) as u32
            }
        })
    }

    /// `dst = the value of type to that the interface at v holds` (the
    /// assertion has been checked).
    fn unbox(&mut self, dst: Reg, v: Reg, to: TypeId) -> Result<()> {
        if self.types().is_interface(to) {
            self.mov(dst, v, 2);
            return Ok(());
        }
        let tw = self.unit.type_word(to, 0)?;
        let info = &self.unit.program.type_info[tw as usize - 1];
        if info.boxed {
            let words = info.words;
            self.load_field(dst, v + 1, 0, words);
        } else {
            self.mov(dst, v + 1, 1);
        }
        Ok(())
    }

    /// `dst = a == b` (or `!=`) for two interface values in registers.
    fn iface_compare(&mut self, op: BinaryOp, dst: Reg, a: Reg, b: Reg) {
        self.emit(Instr::EqIface { dst, a, b });
        if op == BinaryOp::Neq {
            self.emit(Instr::Not { dst, src: dst });
        }
    }

    /// `x == y` / `x != y` where one side is an interface: against nil,
    /// the type word alone; else both as interfaces.
    fn iface_comparison(&mut self, op: BinaryOp, dst: Reg, x: &'a Expr, y: &'a Expr) -> Result<()> {
        let (x, y) = if self.is_nil(x) { (y, x) } else { (x, y) };
        if self.is_nil(y) {
            let a = self.expr_any(x)?;
            let z = self.alloc(1)?;
            self.emit(Instr::LoadImm { dst: z, imm: 0 });
            self.emit(if op == BinaryOp::Eql {
                Instr::EqInt { dst, a, b: z }
            } else {
                Instr::NeInt { dst, a, b: z }
            });
            return Ok(());
        }
        let xt = self.type_of(x);
        let it = match xt.filter(|&t| self.types().is_interface(t)) {
            Some(t) => t,
            None => self.type_of(y).unwrap_or(self.unit.checked.universe.any),
        };
        let a = self.alloc_kind(Scalar::Iface)?;
        self.value_to(x, it, a)?;
        let b = self.alloc_kind(Scalar::Iface)?;
        self.value_to(y, it, b)?;
        self.iface_compare(op, dst, a, b);
        Ok(())
    }

    /// `a, b := f()` / `var a, b = f()`: the call's results, in order.
    fn define_from_call(&mut self, names: &'a [Ident], call: &'a Expr) -> Result<()> {
        if let (Some((dst, vk, okr)), [v, ok]) = (self.comma_ok(call)?, names) {
            for (name, r, k) in [(v, dst, vk), (ok, okr, Scalar::Bool)] {
                if let Some(&o) = self
                    .info
                    .defs
                    .get(&name.span.lo)
                    .filter(|_| &*name.name != "_")
                {
                    let r2 = self.alloc_kind(k)?;
                    self.mov(r2, r, k.words());
                    self.bind_local(o, r2, k)?;
                }
            }
            return Ok(());
        }
        let base = self.call(call)?;
        let mut at = base;
        for name in names {
            let Some(&o) = self.info.defs.get(&name.span.lo) else {
                continue;
            };
            let t = self
                .unit
                .checked
                .object(o)
                .ty
                .unwrap_or(self.unit.checked.universe.invalid);
            let kind = self.kind_of(t, name.span.lo)?;
            if &*name.name != "_" {
                let r = self.alloc_kind(kind)?;
                self.mov(r, at, kind.words());
                self.bind_local(o, r, kind)?;
            }
            at += kind.words() as Reg;
        }
        Ok(())
    }

    fn assign(&mut self, op: AssignOp, lhs: &'a [Expr], rhs: &'a [Expr], pos: u32) -> Result<()> {
        match op {
            AssignOp::Define | AssignOp::Assign if lhs.len() > 1 && rhs.len() == 1 => {
                // `a, b = f()`: the results land at the call's base.
                let is_call = matches!(unparen(&rhs[0]).kind, ExprKind::Call { .. });
                if lhs.len() == 2 {
                    if let Some((dst, vk, okr)) = self.comma_ok(&rhs[0])? {
                        if !is_blank(&lhs[0]) {
                            self.store_to(op, &lhs[0], dst, vk)?;
                        }
                        if !is_blank(&lhs[1]) {
                            self.store_to(op, &lhs[1], okr, Scalar::Bool)?;
                        }
                        return Ok(());
                    }
                }
                if !is_call {
                    return Err(CompileError::unsupported(pos, "comma-ok forms are"));
                }
                let results = match self.type_of(&rhs[0]).map(|t| self.types().kind(t).clone()) {
                    Some(TypeKind::Tuple(ts)) => ts,
                    _ => return Err(CompileError::unsupported(pos, "this assignment is")),
                };
                let base = self.call(&rhs[0])?;
                let mut at = base;
                for (l, &rt) in lhs.iter().zip(&results) {
                    let kind = self.kind_of(rt, l.span.lo)?;
                    if !is_blank(l) {
                        // A result assigned to an interface variable
                        // converts.
                        let to = self.tuple_elem_type(l)?;
                        if self.types().is_interface(to) && !self.types().is_interface(rt) {
                            let v = self.alloc_kind(Scalar::Iface)?;
                            self.make_iface(v, at, rt, l.span.lo)?;
                            self.store_to(op, l, v, Scalar::Iface)?;
                        } else {
                            self.store_to(op, l, at, kind)?;
                        }
                    }
                    at += kind.words() as Reg;
                }
            }
            AssignOp::Define | AssignOp::Assign => {
                if lhs.len() != rhs.len() {
                    return Err(CompileError::unsupported(pos, "this assignment is"));
                }
                // Go's two phases: the operands of the left side's index
                // expressions and indirections, then the right sides, are
                // evaluated in order; then the assignments happen, left to
                // right.
                //
                // Only a register local's own assignment can change a
                // register between the two phases (the right sides cannot:
                // a variable a closure assigns or whose address is taken
                // lives on the heap). So a left operand is copied aside
                // only when this statement assigns its register, and a
                // right side is computed straight into its variable when
                // nothing evaluated after it reads that variable.
                let mut places = Vec::new();
                let mut written: Vec<(Reg, u32)> = Vec::new();
                if op == AssignOp::Assign {
                    for l in lhs {
                        places.push(if is_blank(l) {
                            None
                        } else {
                            Some(self.place(l)?)
                        });
                    }
                    written = places
                        .iter()
                        .filter_map(|p| match p {
                            Some(Place::Reg(r, kind)) => Some((*r, kind.words())),
                            _ => None,
                        })
                        .collect();
                    for (l, p) in lhs.iter().zip(places.iter_mut()) {
                        if let Some(place) = p {
                            if reads_any(place, &written) {
                                *place = self.snapshot(*place, l)?;
                            }
                        }
                    }
                }
                let mut temps = Vec::new();
                for (k, (l, r)) in lhs.iter().zip(rhs).enumerate() {
                    let to = if is_blank(l) {
                        None
                    } else {
                        self.tuple_elem_type(l).ok()
                    };
                    match to {
                        Some(to) if self.types().is_interface(to) => {
                            let t = self.alloc_kind(Scalar::Iface)?;
                            self.value_to(r, to, t)?;
                            temps.push((t, Scalar::Iface));
                        }
                        _ => {
                            let kind = self.expr_scalar(r)?;
                            if let Some(Some(Place::Reg(dst, _))) = places.get(k) {
                                if self.computes_in_place(l, r, &rhs[k + 1..]) {
                                    self.expr_into(r, *dst)?;
                                    temps.push((*dst, kind));
                                    continue;
                                }
                            }
                            if op == AssignOp::Assign {
                                // A local's own registers, unless a store
                                // of this statement overwrites them first.
                                let t = self.expr_any(r)?;
                                if !overlaps(t, kind.words(), &written) {
                                    temps.push((t, kind));
                                    continue;
                                }
                                let copy = self.alloc_kind(kind)?;
                                self.mov(copy, t, kind.words());
                                temps.push((copy, kind));
                                continue;
                            }
                            let t = self.alloc_kind(kind)?;
                            self.expr_into(r, t)?;
                            temps.push((t, kind));
                        }
                    }
                }
                if op == AssignOp::Assign {
                    for (place, (t, _)) in places.into_iter().zip(temps) {
                        if let Some(place) = place {
                            self.store_place(place, t);
                        }
                    }
                    return Ok(());
                }
                for (l, (t, kind)) in lhs.iter().zip(temps) {
                    if is_blank(l) {
                        continue;
                    }
                    // A new variable in a register keeps the temporary its
                    // value was computed in: no move.
                    if let Some(&o) = self.info.defs.get(&l.span.lo) {
                        if !self.locals.contains_key(&o) && !self.boxed.contains(&o) {
                            self.set_local(o, t, kind.words());
                            continue;
                        }
                    }
                    self.store_to(op, l, t, kind)?;
                }
            }
            AssignOp::Op(bop) => {
                let (Some(l), Some(r)) = (lhs.first(), rhs.first()) else {
                    return Ok(());
                };
                let place = self.place(l)?;
                let sc = self.expr_scalar(l)?;
                let v = self.load_place(place)?;
                // `x op= y` on a register local: straight into it.
                let dst = match place {
                    Place::Reg(r, _) => r,
                    _ => self.alloc_kind(sc)?,
                };
                let shift = matches!(bop, BinaryOp::Shl | BinaryOp::Shr);
                let form = match self.constant_of(r) {
                    Some(c) if sc != Scalar::Str => self.constant_form(bop, sc, c, false),
                    _ => None,
                };
                if let Some(form) = form {
                    self.emit_constant_form(form, sc, dst, v);
                } else {
                    let y = self.expr_any(r)?;
                    if shift && matches!(self.expr_scalar(r)?, Scalar::Int(_)) {
                        self.emit(Instr::CheckShift { count: y });
                    }
                    self.binary_op(bop, sc, dst, v, y, pos)?;
                }
                if !matches!(place, Place::Reg(..)) {
                    self.store_place(place, dst);
                }
            }
        }
        Ok(())
    }

    /// Whether right side `r` of an assignment to register local `l` may
    /// be computed straight into `l`'s registers: no later right side
    /// reads `l`'s variable, and `r` itself either does not read it or
    /// writes its destination only with its last instruction.
    fn computes_in_place(&self, l: &Expr, r: &Expr, later: &[Expr]) -> bool {
        let Some(o) = self.root_var(l) else {
            return false;
        };
        if later.iter().any(|e| self.mentions(e, o)) {
            return false;
        }
        let last_write = match &unparen(r).kind {
            ExprKind::Call { .. } => true,
            ExprKind::Binary { op, .. } => {
                !matches!(op, BinaryOp::AndAnd | BinaryOp::OrOr)
                    && !is_comparison(*op)
                    && self
                        .type_of(r)
                        .and_then(|t| self.types().basic(t))
                        .is_some_and(|b| b.is_integer() || b.is_float())
            }
            _ => false,
        };
        last_write || !self.mentions(r, o)
    }

    /// The variable a register place `l` belongs to (`x`, `x.f.g`).
    fn root_var(&self, l: &Expr) -> Option<ObjId> {
        match &unparen(l).kind {
            ExprKind::Name(_) => self
                .info
                .use_of(unparen(l).id)
                .or_else(|| self.info.defs.get(&l.span.lo).copied()),
            ExprKind::Selector { x, .. } => self.root_var(x),
            _ => None,
        }
    }

    /// Whether evaluating `e` may read variable `o` (a function literal
    /// counts as reading everything).
    fn mentions(&self, e: &Expr, o: ObjId) -> bool {
        match &e.kind {
            ExprKind::Name(_) => self.info.use_of(e.id) == Some(o),
            ExprKind::FuncLit(_) => true,
            _ => {
                let mut found = false;
                super::escape::walk_expr_children(e, &mut |c| {
                    found = found || self.mentions(c, o);
                });
                found
            }
        }
    }

    /// The type the checker gave an assignment target (or the new variable
    /// of `:=`).
    fn tuple_elem_type(&self, l: &Expr) -> Result<TypeId> {
        if let Some(t) = self.type_of(l) {
            return Ok(t);
        }
        let obj = self
            .info
            .defs
            .get(&l.span.lo)
            .copied()
            .or_else(|| self.info.use_of(l.id));
        if let Some(o) = obj {
            if let Some(t) = self.unit.checked.object(o).ty {
                return Ok(t);
            }
        }
        Err(CompileError::unsupported(l.span.lo, "this assignment is"))
    }

    /// Stores the value at `v` into `l`; for `:=`, a new variable takes
    /// the register.
    fn store_to(&mut self, op: AssignOp, l: &'a Expr, v: Reg, kind: Scalar) -> Result<()> {
        if op == AssignOp::Define {
            if let Some(&o) = self.info.defs.get(&l.span.lo) {
                if !self.locals.contains_key(&o) {
                    let r = self.alloc_kind(kind)?;
                    self.mov(r, v, kind.words());
                    self.bind_local(o, r, kind)?;
                    return Ok(());
                }
            }
        }
        let place = self.place(l)?;
        self.store_place(place, v);
        Ok(())
    }

    fn return_stmt(&mut self, list: &'a [Expr], pos: u32) -> Result<()> {
        if let (Some(first), false) = (self.named_results, self.boxed_results.is_empty()) {
            return self.return_through_boxes(first, list);
        }
        if list.is_empty() {
            let src = self.named_results.unwrap_or(0);
            self.ret_instr(Instr::Return {
                src,
                n: self.result_words as u16,
            });
            return Ok(());
        }
        if list.len() == 1 && matches!(unparen(&list[0]).kind, ExprKind::Call { .. }) {
            let is_tuple = self
                .type_of(&list[0])
                .is_some_and(|t| matches!(self.types().kind(t), TypeKind::Tuple(_)));
            if is_tuple {
                let base = self.call(&list[0])?;
                self.ret_instr(Instr::Return {
                    src: base,
                    n: self.result_words as u16,
                });
                return Ok(());
            }
        }
        let _ = pos;
        // `return x` of the result's own type: straight from wherever x
        // is (a local's registers, a call's results).
        if let ([only], [rt]) = (list, self.result_types.as_slice()) {
            let same = self
                .type_of(only)
                .is_some_and(|t| self.types().identical(t, *rt));
            if same {
                let r = self.expr_any(only)?;
                self.ret_instr(Instr::Return {
                    src: r,
                    n: self.result_words as u16,
                });
                return Ok(());
            }
        }
        let base = self.return_values(list)?;
        self.ret_instr(Instr::Return {
            src: base,
            n: self.result_words as u16,
        });
        Ok(())
    }

    /// The values of `return a, b, ...` in consecutive new registers.
    fn return_values(&mut self, list: &'a [Expr]) -> Result<Reg> {
        let base = self.alloc(self.result_words)?;
        let mut at = base;
        for (i, e) in list.iter().enumerate() {
            let to = self.result_types.get(i).copied();
            let kind = match to {
                Some(t) => self.kind_of(t, e.span.lo)?,
                None => self.expr_scalar(e)?,
            };
            for off in self.unit.ref_offsets(kind) {
                self.refs.insert(at + off as Reg);
            }
            match to {
                Some(t) => self.value_to(e, t, at)?,
                None => self.expr_into(e, at)?,
            }
            at += kind.words() as Reg;
        }
        Ok(base)
    }

    /// A return from a function whose named results live in boxes: the
    /// values go to the results, the deferred calls run, and the
    /// results' final values are returned.
    fn return_through_boxes(&mut self, first: Reg, list: &'a [Expr]) -> Result<()> {
        let tuple_call = list.len() == 1
            && matches!(unparen(&list[0]).kind, ExprKind::Call { .. })
            && self
                .type_of(&list[0])
                .is_some_and(|t| matches!(self.types().kind(t), TypeKind::Tuple(_)));
        let values = if list.is_empty() {
            None
        } else if tuple_call {
            Some(self.call(&list[0])?)
        } else {
            Some(self.return_values(list)?)
        };
        if let Some(base) = values {
            let mut at = base;
            for (r, kind) in self.named_slots.clone() {
                let words = kind.words();
                match self.boxed_results.iter().find(|b| b.0 == r) {
                    Some(&(_, _, p)) => {
                        self.store_field(p, 0, at, words);
                    }
                    None => self.mov(r, at, words),
                }
                at += words as Reg;
            }
        }
        if self.has_defer {
            self.emit(Instr::RunDefers);
        }
        for (r, kind, p) in self.boxed_results.clone() {
            self.load_field(r, p, 0, kind.words());
        }
        self.emit(Instr::Return {
            src: first,
            n: self.result_words as u16,
        });
        Ok(())
    }

    /// Where a function whose deferred call recovered a panic goes on:
    /// its other deferred calls run, then it returns its named results'
    /// values (zero values for unnamed results), as the spec says.
    fn recovery_epilogue(&mut self) -> Result<()> {
        self.recover_pc = Some(self.here() as u32);
        self.emit(Instr::RunDefers);
        let src = match self.named_results {
            Some(first) => {
                for (r, kind, p) in self.boxed_results.clone() {
                    self.load_field(r, p, 0, kind.words());
                }
                first
            }
            None => {
                let base = self.alloc(self.result_words)?;
                for k in 0..self.result_words as Reg {
                    self.emit(Instr::LoadImm {
                        dst: base + k,
                        imm: 0,
                    });
                }
                base
            }
        };
        self.emit(Instr::Return {
            src,
            n: self.result_words as u16,
        });
        Ok(())
    }

    /// A return: the deferred calls first, if the function defers.
    fn ret(&mut self, src: Reg, n: u16) {
        self.ret_instr(Instr::Return { src, n });
    }

    fn ret_instr(&mut self, ret: Instr) {
        if self.has_defer {
            self.emit(Instr::RunDefers);
        }
        self.emit(ret);
    }

    /// `defer f(args)`: the function value and the arguments are
    /// evaluated now; the call happens when the function returns (or
    /// panics).
    /// `defer f(args)` (`go_stmt` false) or `go f(args)`: the closure
    /// and the argument words, evaluated now, for `DeferPush` or `Go`.
    /// A function of its own for a `go`/`defer` of what is not a function
    /// call (close, print): `op` on its `n_params` parameter words, then
    /// return (Go's gowrap/deferwrap). Returns its index.
    fn wrapper(&mut self, go_stmt: bool, op: Instr, n_params: u16, ref_regs: Box<[Reg]>) -> u32 {
        let name = if go_stmt {
            "main.gowrap"
        } else {
            "main.deferwrap"
        };
        let f = Function {
            file: self.file as u32,
            name: name.into(),
            code: vec![op, Instr::Return { src: 0, n: 0 }],
            frame_size: n_params + 1,
            n_params,
            n_results: 0,
            lines: vec![self.line, self.line],
            ref_regs,
            recover_pc: None,
        };
        let index = self.unit.program.functions.len() as u32;
        self.unit.program.functions.push(f);
        index
    }

    fn defer_stmt(&mut self, call: &'a Expr, pos: u32, go_stmt: bool) -> Result<()> {
        let this = if go_stmt {
            "this go statement is"
        } else {
            "this defer is"
        };
        let ExprKind::Call {
            fun, args, dots, ..
        } = &unparen(call).kind
        else {
            return Err(CompileError::unsupported(pos, this));
        };
        if *dots {
            return Err(CompileError::unsupported(
                pos,
                if go_stmt {
                    "go of a call with ... is"
                } else {
                    "defer of a call with ... is"
                },
            ));
        }
        let callee = unparen(fun);
        // The closure to call, and the argument words before the call's
        // own arguments (a method's receiver).
        let mut prefix: Option<(Reg, Scalar)> = None;
        let closure = self.alloc_kind(Scalar::Func)?;
        let obj = match &callee.kind {
            ExprKind::Name(_) | ExprKind::Selector { .. } | ExprKind::Index { .. } => {
                self.info.use_of(callee.id)
            }
            _ => None,
        };
        // `defer recover()`: the runtime, not a deferred function, calls
        // recover, which so returns nil and stops nothing.
        if obj.is_some_and(|o| {
            matches!(
                self.unit.checked.object(o).kind,
                ObjKind::Builtin(Builtin::Recover)
            )
        }) {
            return Ok(());
        }
        let sel = self.info.selections.get(&callee.id).cloned();
        if let (ExprKind::Selector { x, .. }, Some(sel)) = (&callee.kind, sel) {
            if sel.kind != crate::check::SelectionKind::MethodVal {
                return Err(CompileError::unsupported(pos, this));
            }
            let Some(&index) = self.unit.funcs.get(&sel.obj) else {
                return Err(CompileError::unsupported(
                    pos,
                    if go_stmt {
                        "go of interface methods is"
                    } else {
                        "deferring interface methods is"
                    },
                ));
            };
            prefix = Some(self.receiver(x, &sel, pos)?);
            self.make_closure(closure, index, &[])?;
        } else if obj.is_some_and(|o| {
            matches!(
                self.unit.checked.object(o).kind,
                ObjKind::Builtin(Builtin::Close)
            )
        }) {
            // `defer close(ch)` / `go close(ch)`: a small function that
            // closes its parameter, called with the channel evaluated now.
            let Some(ch) = args.first() else {
                return Err(CompileError::unsupported(pos, this));
            };
            let index = self.wrapper(go_stmt, Instr::ChanClose { ch: 0 }, 1, vec![0].into());
            self.make_closure(closure, index, &[])?;
            let block = self.alloc(2)?;
            self.refs.insert(block);
            self.refs.insert(block + 1);
            self.mov(block, closure, 1);
            self.expr_into(ch, block + 1)?;
            self.emit_push_or_go(go_stmt, block, 2);
            return Ok(());
        } else if let Some(style) = obj.and_then(|o| self.print_style(o)).filter(|_| !*dots) {
            // A deferred print: a small function that prints its
            // parameters, called with the arguments evaluated now.
            let pbase = self.print(args, style)?;
            let Some((fmt_idx, words)) = self.last_print.take() else {
                return Err(CompileError::unsupported(pos, this));
            };
            // print() emitted the Print now: it belongs to the thunk.
            self.code.pop();
            self.lines.pop();
            let ref_regs = self
                .refs
                .iter()
                .filter(|&&r| r >= pbase && (r as u32) < pbase as u32 + words)
                .map(|&r| r - pbase)
                .collect();
            let index = self.wrapper(
                go_stmt,
                Instr::Print { args: 0, fmt_idx },
                words as u16,
                ref_regs,
            );
            self.make_closure(closure, index, &[])?;
            let block = self.alloc(1 + words)?;
            self.refs.insert(block);
            self.mov(block, closure, 1);
            self.mov(block + 1, pbase, words);
            for r in pbase..pbase + words as Reg {
                if self.refs.contains(&r) {
                    self.refs.insert(block + 1 + (r - pbase));
                }
            }
            self.emit_push_or_go(go_stmt, block, (1 + words) as u16);
            return Ok(());
        } else if let Some(o) = obj.filter(|o| self.unit.funcs.contains_key(o)) {
            let index = self.unit.funcs[&o];
            self.make_closure(closure, index, &[])?;
        } else if obj
            .is_none_or(|o| matches!(self.unit.checked.object(o).kind, ObjKind::Var { .. }))
        {
            self.expr_into(callee, closure)?;
        } else {
            return Err(CompileError::unsupported(
                pos,
                if go_stmt {
                    "go of this call is"
                } else {
                    "deferring this call is"
                },
            ));
        }
        // [closure, receiver..., args...]
        let params = self.param_types(call);
        let (args, packed) = self.split_variadic(unparen(call), args)?;
        let mut kinds = Vec::new();
        let mut words = prefix.map_or(0, |(_, k)| k.words());
        for (i, a) in args.iter().enumerate() {
            let k = self.arg_kind(a, params.get(i).copied())?;
            words += k.words();
            kinds.push(k);
        }
        if let Some((_, k, _)) = packed {
            words += k.words();
        }
        let block = self.alloc(1 + words)?;
        self.refs.insert(block);
        self.mov(block, closure, 1);
        let mut at = block + 1;
        if let Some((r, k)) = prefix {
            for off in self.unit.ref_offsets(k) {
                self.refs.insert(at + off as Reg);
            }
            self.mov(at, r, k.words());
            at += k.words() as Reg;
        }
        for (i, (a, k)) in args.iter().zip(kinds).enumerate() {
            for off in self.unit.ref_offsets(k) {
                self.refs.insert(at + off as Reg);
            }
            self.arg_into(a, params.get(i).copied(), at)?;
            at += k.words() as Reg;
        }
        if let Some((rest, k, slice_ty)) = packed {
            for off in self.unit.ref_offsets(k) {
                self.refs.insert(at + off as Reg);
            }
            self.variadic_slice(unparen(call), (k, slice_ty), rest, at)?;
        }
        self.emit_push_or_go(go_stmt, block, (1 + words) as u16);
        Ok(())
    }

    /// The print style of a print function object (`println`,
    /// `fmt.Println`, ...), if it is one.
    fn print_style(&self, o: ObjId) -> Option<PrintStyle> {
        let obj = self.unit.checked.object(o);
        match obj.kind {
            ObjKind::Builtin(Builtin::Println) => Some(PrintStyle::BuiltinPrintln),
            ObjKind::Builtin(Builtin::Print) => Some(PrintStyle::BuiltinPrint),
            _ => {
                let pkg = obj.pkg?;
                if self.unit.src.packages[pkg].path != "fmt" {
                    return None;
                }
                match &*obj.name {
                    "Println" => Some(PrintStyle::FmtPrintln),
                    "Print" => Some(PrintStyle::FmtPrint),
                    _ => None,
                }
            }
        }
    }

    /// `for k, v := range x`: over an integer, a slice or a string.
    fn range(
        &mut self,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        x: &'a Expr,
        body: &'a Block,
        pos: u32,
    ) -> Result<()> {
        let label = self.pending_label.take();
        let xk = self.expr_scalar(x)?;
        let op = if define {
            AssignOp::Define
        } else {
            AssignOp::Assign
        };
        if let Scalar::Map { .. } = xk {
            let (kt, vt) = match self.type_of(x).map(|t| self.types().under_kind(t).clone()) {
                Some(TypeKind::Map { key, value }) => (key, value),
                _ => return Err(CompileError::unsupported(pos, "ranging over this is")),
            };
            let kk = self.kind_of(kt, pos)?;
            let vk = self.kind_of(vt, pos)?;
            let m = self.expr_any(x)?;
            let it = self.alloc(4)?;
            self.refs.insert(it);
            self.emit(Instr::MapIterInit { it, m });
            let top = self.here();
            let out = self.alloc(1 + kk.words() + vk.words())?;
            for off in self.unit.ref_offsets(kk) {
                self.refs.insert(out + 1 + off as Reg);
            }
            for off in self.unit.ref_offsets(vk) {
                self.refs.insert(out + 1 + kk.words() as Reg + off as Reg);
            }
            self.emit(Instr::MapNext { dst: out, it });
            let exit = self.emit(Instr::JumpIfFalse {
                cond: out,
                target: 0,
            });
            if let Some(k) = key.filter(|k| !is_blank(k)) {
                self.store_to(op, k, out + 1, kk)?;
            }
            if let Some(v) = value.filter(|v| !is_blank(v)) {
                self.store_to(op, v, out + 1 + kk.words() as Reg, vk)?;
            }
            return self.range_body(label, body, top, exit);
        }
        if let Scalar::Chan { .. } = xk {
            // for v := range ch: receive until the channel is closed and
            // drained.
            let vt = match self.type_of(x).map(|t| self.types().under_kind(t).clone()) {
                Some(TypeKind::Chan { elem, .. }) => elem,
                _ => return Err(CompileError::unsupported(pos, "ranging over this is")),
            };
            let vk = self.kind_of(vt, pos)?;
            let ch = self.alloc_kind(xk)?;
            self.expr_into(x, ch)?;
            let top = self.here();
            let out = self.alloc_kind(vk)?;
            let okr = self.alloc(1)?;
            self.emit(Instr::ChanRecv {
                dst: out,
                ch,
                ok: true,
            });
            let exit = self.emit(Instr::JumpIfFalse {
                cond: okr,
                target: 0,
            });
            if let Some(k) = key.filter(|k| !is_blank(k)) {
                self.store_to(op, k, out, vk)?;
            }
            return self.range_body(label, body, top, exit);
        }
        // The ranged value is evaluated once; an array's elements are
        // ranged through a slice of it (of a copy, when the values are
        // used: Go ranges over a copy of the array).
        let (xk, xr) = if self.array_len(x).is_some() {
            let ek = match self.array_elem(x) {
                Some(t) => self.kind_of(t, pos)?,
                None => return Err(CompileError::unsupported(pos, "ranging over this is")),
            };
            let copy = value.is_some_and(|v| !is_blank(v))
                && !matches!(
                    self.type_of(x).map(|t| self.types().under_kind(t)),
                    Some(TypeKind::Pointer(_))
                );
            let view = self.array_view(x, copy)?;
            let kind = Scalar::Slice {
                elem_words: ek.words() as u8,
                layout: 0,
            };
            (kind, view)
        } else if let Some(r) = self.unassigned_local(x) {
            // A variable never assigned again: its registers are the
            // value the range evaluated, and stay so.
            (xk, r)
        } else {
            let xr = self.alloc_kind(xk)?;
            self.expr_into(x, xr)?;
            (xk, xr)
        };
        let i = self.alloc(1)?;
        self.emit(Instr::LoadImm { dst: i, imm: 0 });
        // The length the loop runs to: nothing writes `xr` (a register
        // of its own, or a variable never assigned) until the loop ends.
        let n = match xk {
            Scalar::Int(_) | Scalar::Uint(_) => xr,
            Scalar::Slice { .. } | Scalar::Str => xr + 1,
            _ => return Err(CompileError::unsupported(pos, "ranging over this is")),
        };
        // For strings: the rune and its width.
        let rune = if xk == Scalar::Str {
            Some(self.alloc(3)?)
        } else {
            None
        };
        let top = self.here();
        let exit = self.emit(Instr::JumpUnlessInt {
            cmp: crate::bytecode::IntCmp::Lt,
            a: i,
            b: n,
            target: 0,
        });
        let int_kind = Scalar::Int(64);
        if let Some(dr) = rune {
            self.emit(Instr::Move { dst: dr, src: i });
            self.emit(Instr::DecodeRune { dst: dr, s: xr });
        }
        if let Some(k) = key.filter(|k| !is_blank(k)) {
            let kk = if xk.is_int() { xk } else { int_kind };
            // A key the body never assigns is the counter itself.
            match self.new_register_local(op, k) {
                Some(o) if !self.assigned.contains(&o) => self.set_local(o, i, 1),
                _ => self.store_to(op, k, i, kk)?,
            }
        }
        if let Some(v) = value.filter(|v| !is_blank(v)) {
            match xk {
                Scalar::Slice { .. } => {
                    let vk = self.expr_scalar_or_def(v)?;
                    let tmp = self.alloc_kind(vk)?;
                    self.emit(Instr::SliceGet {
                        dst: tmp,
                        s: xr,
                        i,
                        words: vk.words() as u8,
                    });
                    match self.new_register_local(op, v) {
                        Some(o) => self.set_local(o, tmp, vk.words()),
                        None => self.store_to(op, v, tmp, vk)?,
                    }
                }
                Scalar::Str => {
                    if let Some(dr) = rune {
                        self.store_to(op, v, dr + 1, Scalar::Int(32))?;
                    }
                }
                _ => {}
            }
        }
        self.next = self.next.max(self.locals_top());
        self.push_target(label, true);
        self.block(body)?;
        let cont = self.here();
        match rune {
            Some(dr) => {
                self.emit(Instr::AddInt {
                    dst: i,
                    a: i,
                    b: dr + 2,
                });
            }
            None => {
                self.emit(Instr::AddIntImm {
                    dst: i,
                    a: i,
                    imm: 1,
                });
            }
        }
        self.emit(Instr::Loop { target: top as u32 });
        let end = self.here();
        self.patch(exit, end);
        self.pop_target(end, cont);
        Ok(())
    }

    /// The registers of `e` when it names a register local that is never
    /// assigned after its declaration.
    fn unassigned_local(&self, e: &Expr) -> Option<Reg> {
        let ExprKind::Name(_) = &unparen(e).kind else {
            return None;
        };
        let o = self.info.use_of(unparen(e).id)?;
        // (A range over an array pointer ranges over its constant length.)
        if self.boxed.contains(&o) || self.assigned.contains(&o) || self.constant_of(e).is_some() {
            return None;
        }
        self.locals.get(&o).copied()
    }

    /// The variable `l` declares when `:=` (`op`) makes it a new register
    /// local.
    fn new_register_local(&self, op: AssignOp, l: &Expr) -> Option<ObjId> {
        if op != AssignOp::Define {
            return None;
        }
        let o = *self.info.defs.get(&l.span.lo)?;
        (!self.locals.contains_key(&o) && !self.boxed.contains(&o)).then_some(o)
    }

    /// A package variable initializer: `lhs` (one variable, or several
    /// for `var a, b = f()`) get `rhs`'s value(s).
    pub(super) fn initializer(&mut self, lhs: &[ObjId], rhs: &'a Expr) -> Result<()> {
        self.line = self.line_of(rhs.span.lo);
        let mark = self.next;
        let base = match lhs {
            // Converted to the variable's type (`var x any = 5`).
            [o] => {
                let t = self
                    .unit
                    .checked
                    .object(*o)
                    .ty
                    .unwrap_or(self.unit.checked.universe.invalid);
                let kind = self.kind_of(t, rhs.span.lo)?;
                let r = self.alloc_kind(kind)?;
                self.value_to(rhs, t, r)?;
                r
            }
            _ => self.call(rhs)?,
        };
        let mut at = base;
        for &o in lhs {
            let t = self
                .unit
                .checked
                .object(o)
                .ty
                .unwrap_or(self.unit.checked.universe.invalid);
            let kind = self.kind_of(t, rhs.span.lo)?;
            if let Some(p) = self.global_place(o)? {
                self.store_place(p, at);
            }
            at += kind.words() as Reg;
        }
        self.next = mark;
        Ok(())
    }

    /// Where package variable `o` is: its global words, or the box its
    /// global word points to.
    fn global_place(&mut self, o: ObjId) -> Result<Option<Place>> {
        let Some(&(slot, kind)) = self.unit.globals.get(&o) else {
            return Ok(None);
        };
        if !self.unit.boxed_globals.contains(&o) {
            return Ok(Some(Place::Global(slot, kind)));
        }
        let p = self.alloc_kind(Scalar::Ptr)?;
        self.emit(Instr::LoadGlobal { dst: p, slot });
        Ok(Some(Place::Field { p, off: 0, kind }))
    }

    /// Loads what `place` holds into `dst` (global words straight there).
    fn load_place_into(&mut self, place: Place, dst: Reg, words: u32) -> Result<()> {
        match place {
            Place::Global(slot, _) => {
                for k in 0..words {
                    self.emit(Instr::LoadGlobal {
                        dst: dst + k as Reg,
                        slot: slot + k,
                    });
                }
                return Ok(());
            }
            Place::Reg(r, _) => {
                self.mov(dst, r, words);
                return Ok(());
            }
            Place::Field { p, off, kind } => {
                self.load_field(dst, p, off as u16, kind.words());
                return Ok(());
            }
            _ => {}
        }
        let r = self.load_place(place)?;
        self.mov(dst, r, words);
        Ok(())
    }

    /// Makes the boxes of the boxed package variables (before any
    /// initializer runs).
    pub(super) fn box_globals(&mut self) -> Result<()> {
        let mut boxed: Vec<(u32, Scalar)> = self
            .unit
            .boxed_globals
            .iter()
            .filter(|o| !self.unit.reused_globals.contains(o))
            .filter_map(|o| self.unit.globals.get(o).copied())
            .collect();
        boxed.sort_by_key(|&(slot, _)| slot);
        for (slot, kind) in boxed {
            let layout = self.unit.layout_of(kind)?;
            let p = self.alloc_kind(Scalar::Ptr)?;
            self.emit(Instr::New { dst: p, layout });
            self.emit(Instr::StoreGlobal { src: p, slot });
        }
        Ok(())
    }

    fn expr_scalar_or_def(&mut self, e: &Expr) -> Result<Scalar> {
        let t = self.tuple_elem_type(e)?;
        self.kind_of(t, e.span.lo)
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
                let sc = self.expr_scalar(t)?;
                let r = self.alloc_kind(sc)?;
                self.expr_into(t, r)?;
                Some((r, sc))
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
                    Some((t, Scalar::Iface)) => {
                        let tag_ty = tag
                            .and_then(|x| self.type_of(x))
                            .unwrap_or(self.unit.checked.universe.any);
                        let v = self.alloc_kind(Scalar::Iface)?;
                        self.value_to(e, tag_ty, v)?;
                        let dst = self.alloc(1)?;
                        self.iface_compare(BinaryOp::Eql, dst, t, v);
                        dst
                    }
                    Some((t, sc)) => {
                        if self
                            .type_of(e)
                            .is_some_and(|t| self.types().is_interface(t))
                        {
                            return Err(CompileError::unsupported(
                                e.span.lo,
                                "comparing a switch value with interface cases is",
                            ));
                        }
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
        self.push_target(label, false);
        let mut ends = Vec::new();
        let mut starts = Vec::new();
        for (i, clause) in clauses.iter().enumerate() {
            let start = self.here();
            starts.push(start);
            for &j in &body_jumps[i] {
                self.patch(j, start);
            }
            self.stmts(&clause.body)?;
            // `fallthrough` (the checker allows it only last) runs on
            // into the next body, which follows.
            let falls = clause.body.last().is_some_and(|s| {
                matches!(
                    s.kind,
                    StmtKind::Branch {
                        kind: BranchKind::Fallthrough,
                        ..
                    }
                )
            });
            if !falls {
                ends.push(self.emit(Instr::Jump { target: 0 }));
            }
        }
        self.finish_switch(to_default, default.map(|d| starts[d]), ends);
        Ok(())
    }

    /// The end of a switch's code: the jump to `default` (or past the
    /// end), the bodies' jumps to the end, the `break`s; a `continue`
    /// inside a switch belongs to an enclosing loop.
    fn finish_switch(&mut self, to_default: usize, default: Option<usize>, ends: Vec<usize>) {
        let end = self.here();
        self.patch(to_default, default.unwrap_or(end));
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
        if let Some(outer) = self.targets.iter_mut().rev().find(|t| t.is_loop) {
            outer.continues.extend(t.continues);
        }
    }

    /// `switch v := x.(type) { case T: ... }`: each case tests the dynamic
    /// type in order; in a clause with one type, `v` is the value of that
    /// type, else the interface itself.
    fn type_switch(
        &mut self,
        init: Option<&'a Stmt>,
        bind: Option<&'a Ident>,
        x: &'a Expr,
        clauses: &'a [CaseClause],
    ) -> Result<()> {
        if let Some(init) = init {
            self.stmt(init)?;
        }
        let label = self.pending_label.take();
        let v = self.alloc_kind(Scalar::Iface)?;
        self.expr_into(x, v)?;
        let mut body_jumps: Vec<Vec<usize>> = Vec::new();
        let mut default = None;
        for (i, clause) in clauses.iter().enumerate() {
            let mut jumps = Vec::new();
            if clause.default {
                default = Some(i);
            }
            for e in &clause.exprs {
                let mark = self.next;
                let c = self.alloc(1)?;
                if self.is_nil(e) {
                    let z = self.alloc(1)?;
                    self.emit(Instr::LoadImm { dst: z, imm: 0 });
                    self.emit(Instr::EqInt { dst: c, a: v, b: z });
                } else {
                    let to = self.type_of_type_expr(e);
                    let idx = self.assert_index(x, to, e.span.lo)?;
                    let idx = u16::try_from(idx).map_err(|_| {
                        CompileError::unsupported(e.span.lo, "so many type assertions are")
                    })?;
                    self.emit(Instr::TestType {
                        dst: c,
                        src: v,
                        idx,
                    });
                }
                jumps.push(self.emit(Instr::JumpIfTrue { cond: c, target: 0 }));
                self.next = mark;
            }
            body_jumps.push(jumps);
        }
        let to_default = self.emit(Instr::Jump { target: 0 });
        self.push_target(label, false);
        let mut ends = Vec::new();
        let mut starts = Vec::new();
        for (i, clause) in clauses.iter().enumerate() {
            let start = self.here();
            starts.push(start);
            for &j in &body_jumps[i] {
                self.patch(j, start);
            }
            let mark = self.next;
            let implicit = self.info.implicits.get(&clause.span.lo).copied();
            if let (Some(_), Some(o)) = (bind, implicit) {
                let t = self
                    .unit
                    .checked
                    .object(o)
                    .ty
                    .unwrap_or(self.unit.checked.universe.invalid);
                let kind = self.kind_of(t, clause.span.lo)?;
                let r = self.alloc_kind(kind)?;
                match clause.exprs.as_slice() {
                    [one] if !self.is_nil(one) => self.unbox(r, v, t)?,
                    _ => self.mov(r, v, 2),
                }
                self.bind_local(o, r, kind)?;
            }
            self.stmts(&clause.body)?;
            self.next = self.next.max(mark);
            ends.push(self.emit(Instr::Jump { target: 0 }));
        }
        self.finish_switch(to_default, default.map(|d| starts[d]), ends);
        Ok(())
    }

    fn expr_stmt(&mut self, e: &'a Expr) -> Result<()> {
        match &e.kind {
            ExprKind::Call { .. } => {
                self.results_unused = true;
                self.call(e)?;
                Ok(())
            }
            ExprKind::Paren(x) => self.expr_stmt(x),
            ExprKind::Unary {
                op: UnaryOp::Recv, ..
            } => {
                // `<-ch` for its synchronization: the value is dropped.
                self.expr_any(e)?;
                Ok(())
            }
            _ => Err(CompileError::unsupported(e.span.lo, "this statement is")),
        }
    }

    // ----- expressions -----------------------------------------------------------------------------

    /// Compiles `e` into some registers (a local's own when `e` names one)
    /// and returns the first.
    fn expr_any(&mut self, e: &'a Expr) -> Result<Reg> {
        if let Some(&r) = self.hoisted.get(&e.id) {
            return Ok(r);
        }
        if let ExprKind::Name(_) = &e.kind {
            if let Some(obj) = self.info.use_of(e.id) {
                if let Some(&r) = self.locals.get(&obj) {
                    if self.constant_of(e).is_none() && !self.boxed.contains(&obj) {
                        return Ok(r);
                    }
                }
            }
        }
        if let ExprKind::Paren(x) = &e.kind {
            return self.expr_any(x);
        }
        // A call's result is already in fresh registers: its frame's base.
        if let ExprKind::Call { .. } = &e.kind {
            let single = self
                .type_of(e)
                .is_some_and(|t| !matches!(self.types().kind(t), TypeKind::Tuple(_)));
            if single && self.constant_of(e).is_none() {
                return self.call(e);
            }
        }
        let kind = self.expr_scalar(e)?;
        let r = self.alloc_kind(kind)?;
        self.expr_into(e, r)?;
        Ok(r)
    }

    fn constant_of(&self, e: &Expr) -> Option<&'a Value> {
        self.info.type_of(e.id).and_then(|tv| tv.val.as_ref())
    }

    /// Loads a constant of kind `sc` into `dst`.
    fn load_const(&mut self, dst: Reg, v: &Value, sc: Scalar) -> Result<()> {
        if let Scalar::Complex(bits) = sc {
            let part = if bits == 64 {
                Scalar::Float32
            } else {
                Scalar::Float64
            };
            self.load_const(dst, &v.real(), part)?;
            self.load_const(dst + 1, &v.imag(), part)?;
            return Ok(());
        }
        if sc == Scalar::Str {
            let idx = self.unit.string_index(v.string_val());
            self.emit(Instr::LoadStr { dst, idx });
            return Ok(());
        }
        let bits = match sc {
            Scalar::Bool => u64::from(v.bool_val()),
            Scalar::Float64 | Scalar::Float32 => v.to_float().float64_val().0.to_bits(),
            Scalar::Int(_) => v.to_int().int64_val().0 as u64,
            Scalar::Uint(_) => v.to_int().uint64_val().0,
            _ => return Err(CompileError::unsupported(0, "this constant is")),
        };
        match i32::try_from(bits as i64) {
            Ok(imm) if !sc.is_float() => {
                self.emit(Instr::LoadImm { dst, imm });
            }
            _ => {
                let idx = self.unit.const_index(bits);
                self.emit(Instr::LoadConst { dst, idx });
            }
        }
        Ok(())
    }

    /// Compiles `e` with its value left in the registers at `dst`.
    fn expr_into(&mut self, e: &'a Expr, dst: Reg) -> Result<()> {
        if let Some(v) = self.constant_of(e) {
            let sc = self.expr_scalar(e)?;
            return self.load_const(dst, v, sc);
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr_into(x, dst),
            ExprKind::Name(n) => {
                let kind = self.expr_scalar(e)?;
                let obj = self
                    .info
                    .use_of(e.id)
                    .ok_or_else(|| CompileError::unsupported(e.span.lo, "this name is"))?;
                if let Some(&r) = self.locals.get(&obj) {
                    if self.boxed.contains(&obj) {
                        self.load_field(dst, r, 0, kind.words());
                    } else {
                        self.mov(dst, r, kind.words());
                    }
                    return Ok(());
                }
                if let Some(place) = self.global_place(obj)? {
                    self.load_place_into(place, dst, kind.words())?;
                    return Ok(());
                }
                if matches!(self.unit.checked.object(obj).kind, ObjKind::Nil) {
                    self.zero(dst, kind);
                    return Ok(());
                }
                if let Some(&index) = self.unit.funcs.get(&obj) {
                    // A function used as a value: a closure without
                    // captures.
                    return self.make_closure(dst, index, &[]);
                }
                Err(CompileError::unsupported(
                    e.span.lo,
                    &format!("the value {n} is"),
                ))
            }
            ExprKind::Unary {
                op: UnaryOp::Recv,
                x,
            } => {
                let ch = self.expr_any(x)?;
                self.emit(Instr::ChanRecv { dst, ch, ok: false });
                Ok(())
            }
            ExprKind::Unary { op, x } if !matches!(op, UnaryOp::Addr | UnaryOp::Deref) => {
                let sc = self.expr_scalar(e)?;
                let v = self.expr_any(x)?;
                match (op, sc) {
                    (UnaryOp::Pos, _) => self.mov(dst, v, sc.words()),
                    (UnaryOp::Neg, Scalar::Complex(_)) => {
                        self.emit(Instr::NegFloat { dst, src: v });
                        self.emit(Instr::NegFloat {
                            dst: dst + 1,
                            src: v + 1,
                        });
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
                _ if is_comparison(*op)
                    && [x, y].iter().any(|e| {
                        self.type_of(e)
                            .is_some_and(|t| self.types().is_interface(t))
                    }) =>
                {
                    self.iface_comparison(*op, dst, x, y)
                }
                _ if is_comparison(*op) => {
                    let sc = self.expr_scalar(x)?;
                    let a = self.expr_any(x)?;
                    let b = self.expr_any(y)?;
                    if let (Scalar::Struct { .. }, Some(t)) = (sc, self.type_of(x)) {
                        self.struct_eq(t, dst, a, b, op_span.lo)?;
                        if *op == BinaryOp::Neq {
                            self.emit(Instr::Not { dst, src: dst });
                        }
                        return Ok(());
                    }
                    self.compare(*op, sc, dst, a, b, op_span.lo)
                }
                BinaryOp::Shl | BinaryOp::Shr => {
                    let sc = self.expr_scalar(e)?;
                    // By a constant count below 64: one instruction.
                    if self.binary_with_constant(*op, sc, dst, x, y)? {
                        return Ok(());
                    }
                    let a = self.expr_any(x)?;
                    let b = self.expr_any(y)?;
                    if matches!(self.expr_scalar(y)?, Scalar::Int(_)) {
                        self.emit(Instr::CheckShift { count: b });
                    }
                    self.binary_op(*op, sc, dst, a, b, op_span.lo)
                }
                _ => {
                    let sc = self.expr_scalar(e)?;
                    if self.binary_with_constant(*op, sc, dst, x, y)? {
                        return Ok(());
                    }
                    let a = self.expr_any(x)?;
                    let b = self.expr_any(y)?;
                    self.binary_op(*op, sc, dst, a, b, op_span.lo)
                }
            },
            ExprKind::Call { .. } => {
                let kind = self.expr_scalar(e)?;
                let base = self.call(e)?;
                self.mov(dst, base, kind.words());
                Ok(())
            }
            // An instance of a generic function as a value: `Map[int, string]`.
            ExprKind::Index { .. }
                if self
                    .info
                    .use_of(e.id)
                    .is_some_and(|o| self.unit.funcs.contains_key(&o)) =>
            {
                let index = self.info.use_of(e.id).and_then(|o| self.unit.funcs.get(&o));
                let index = index.copied().unwrap_or_default();
                self.make_closure(dst, index, &[])
            }
            ExprKind::Index { x, index } if index.len() == 1 && self.array_len(x).is_some() => {
                let kind = self.expr_scalar(e)?;
                let s = self.array_view(x, false)?;
                let i = self.expr_any(&index[0])?;
                self.emit(Instr::SliceGet {
                    dst,
                    s,
                    i,
                    words: kind.words() as u8,
                });
                Ok(())
            }
            ExprKind::Index { x, index } if index.len() == 1 => {
                let xk = self.expr_scalar(x)?;
                let kind = self.expr_scalar(e)?;
                let s = self.expr_any(x)?;
                let i = if let Scalar::Map { .. } = xk {
                    self.map_key(x, &index[0])?
                } else {
                    self.expr_any(&index[0])?
                };
                match xk {
                    Scalar::Map { .. } => {
                        self.zero(dst, kind);
                        self.emit(Instr::MapGet { dst, m: s, k: i });
                    }
                    Scalar::Str => {
                        self.emit(Instr::StrIndex { dst, s, i });
                    }
                    Scalar::Slice { .. } => {
                        self.emit(Instr::SliceGet {
                            dst,
                            s,
                            i,
                            words: kind.words() as u8,
                        });
                    }
                    _ => return Err(CompileError::unsupported(e.span.lo, "indexing this is")),
                }
                Ok(())
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                let (xk, s) = if self.array_len(x).is_some() {
                    let k = self.expr_scalar(e)?;
                    (k, self.array_view(x, false)?)
                } else {
                    (self.expr_scalar(x)?, self.expr_any(x)?)
                };
                // lo, hi, max, and the element's words.
                let args = self.alloc(4)?;
                if let Scalar::Slice { elem_words, .. } = xk {
                    self.emit(Instr::LoadImm {
                        dst: args + 3,
                        imm: i32::from(elem_words),
                    });
                }
                match lo {
                    Some(lo) => self.expr_into(lo, args)?,
                    None => {
                        self.emit(Instr::LoadImm { dst: args, imm: 0 });
                    }
                }
                match hi {
                    Some(hi) => self.expr_into(hi, args + 1)?,
                    None => {
                        self.emit(Instr::LoadImm {
                            dst: args + 1,
                            imm: -1,
                        });
                    }
                }
                match max {
                    Some(m) => self.expr_into(m, args + 2)?,
                    None => {
                        self.emit(Instr::LoadImm {
                            dst: args + 2,
                            imm: -1,
                        });
                    }
                }
                match xk {
                    Scalar::Str => {
                        self.emit(Instr::StrSlice { dst, s, args });
                    }
                    Scalar::Slice { .. } => {
                        self.emit(Instr::SliceSlice { dst, s, args });
                    }
                    _ => return Err(CompileError::unsupported(e.span.lo, "slicing this is")),
                }
                Ok(())
            }
            ExprKind::Selector { x, .. } => {
                let kind = self.expr_scalar(e)?;
                if let Some(sel) = self
                    .info
                    .selections
                    .get(&e.id)
                    .filter(|s| s.kind != crate::check::SelectionKind::FieldVal)
                    .cloned()
                {
                    return self.method_value(e, x, &sel, dst);
                }
                if !self.info.selections.contains_key(&e.id) {
                    // A package's function as a value, or its variable.
                    let obj = self.info.use_of(e.id);
                    if let Some(&index) = obj.and_then(|o| self.unit.funcs.get(&o)) {
                        return self.make_closure(dst, index, &[]);
                    }
                    if let Some(place) = match obj {
                        Some(o) => self.global_place(o)?,
                        None => None,
                    } {
                        self.load_place_into(place, dst, kind.words())?;
                        return Ok(());
                    }
                    return Err(CompileError::unsupported(
                        e.span.lo,
                        "this package member is",
                    ));
                }
                let place = self.place(e)?;
                self.load_place_into(place, dst, kind.words())
            }
            ExprKind::Unary {
                op: UnaryOp::Addr,
                x,
            } => {
                let p = self.addr_of(x)?;
                self.mov(dst, p, 1);
                Ok(())
            }
            ExprKind::Unary {
                op: UnaryOp::Deref,
                x,
            } => {
                let kind = self.expr_scalar(e)?;
                let p = self.expr_any(x)?;
                self.load_field(dst, p, 0, kind.words());
                Ok(())
            }
            ExprKind::CompositeLit { elems, .. } => self.composite_lit(e, elems, dst),
            ExprKind::TypeAssert { x, ty } => {
                let to = self.type_of_type_expr(ty);
                let v = self.expr_any(x)?;
                let idx = self.assert_index(x, to, e.span.lo)?;
                self.emit(Instr::AssertType { src: v, idx });
                self.unbox(dst, v, to)
            }
            ExprKind::FuncLit(lit) => {
                let sig_ty = self.type_of(e).ok_or_else(|| {
                    CompileError::unsupported(e.span.lo, "this function literal is")
                })?;
                // A captured variable in a box is shared; one in registers
                // is never assigned again, and the closure keeps its value.
                let mut captures = Vec::new();
                for o in super::escape::free_variables(self.unit, self.info, e) {
                    let by_value = if self.boxed.contains(&o) {
                        None
                    } else {
                        let t = self
                            .unit
                            .checked
                            .object(o)
                            .ty
                            .unwrap_or(self.unit.checked.universe.invalid);
                        Some(self.kind_of(t, e.span.lo)?)
                    };
                    captures.push((o, by_value));
                }
                let index = self.unit.program.functions.len() as u32;
                self.unit.program.functions.push(Function::default());
                self.closures += 1;
                let name = if is_closure_name(&self.name) {
                    format!("{}.{}", self.name, self.closures)
                } else {
                    format!("{}.func{}", self.name, self.closures)
                };
                let function = compile_body(
                    self.unit,
                    self.file,
                    name,
                    &[],
                    &lit.sig,
                    sig_ty,
                    &lit.body,
                    &captures,
                    e.span.lo,
                )?;
                self.unit.program.functions[index as usize] = function;
                self.make_closure(dst, index, &captures)
            }
            _ => Err(CompileError::unsupported(e.span.lo, "this expression is")),
        }
    }

    /// New boxes for the boxed variables a loop's init statement declared.
    fn renew_loop_boxes(&mut self, init: &'a Stmt) -> Result<()> {
        let StmtKind::Assign {
            op: AssignOp::Define,
            lhs,
            ..
        } = &init.kind
        else {
            return Ok(());
        };
        for l in lhs {
            let Some(&o) = self.info.defs.get(&l.span.lo) else {
                continue;
            };
            if !self.boxed.contains(&o) {
                continue;
            }
            let Some(&boxr) = self.locals.get(&o) else {
                continue;
            };
            let kind = self.expr_scalar_or_def(l)?;
            let layout = self.unit.layout_of(kind)?;
            let v = self.alloc_kind(kind)?;
            self.load_field(v, boxr, 0, kind.words());
            self.emit(Instr::New { dst: boxr, layout });
            self.store_field(boxr, 0, v, kind.words());
        }
        Ok(())
    }

    /// `dst = closure(index, captures)`: the function's index, then each
    /// captured variable's box, or its value.
    fn make_closure(&mut self, dst: Reg, index: u32, captures: &[Capture]) -> Result<()> {
        if captures.is_empty() {
            let idx = self.unit.static_func_index(index);
            self.refs.insert(dst);
            self.emit(Instr::LoadFunc { dst, idx });
            return Ok(());
        }
        let words_of = self.capture_words(captures)?;
        self.closure_object(dst, index, &words_of)
    }

    /// Where each captured variable's box (or value) is, and its kind.
    pub(super) fn capture_words(&self, captures: &[Capture]) -> Result<Vec<(Reg, Scalar)>> {
        captures
            .iter()
            .map(|(o, by_value)| match self.locals.get(o) {
                Some(&r) => Ok((r, by_value.unwrap_or(Scalar::Ptr))),
                None => Err(CompileError::unsupported(0, "capturing this variable is")),
            })
            .collect()
    }

    /// A closure object in `dst`: function `index`, then the words of
    /// each register (a captured box or value) in order.
    pub(super) fn closure_object(
        &mut self,
        dst: Reg,
        index: u32,
        words_of: &[(Reg, Scalar)],
    ) -> Result<()> {
        let mut refs: Vec<u32> = Vec::new();
        let mut words = 1u32;
        for &(_, kind) in words_of {
            refs.extend(self.unit.ref_offsets(kind).into_iter().map(|r| words + r));
            words += kind.words();
        }
        let layout = self.unit.register_layout(crate::bytecode::ElemLayout {
            layout: Layout {
                words,
                refs: refs.into(),
            },
            go_size: 8 * words,
            has_pointers: true,
            bytes: false,
        })?;
        self.refs.insert(dst);
        self.emit(Instr::New { dst, layout });
        let t = self.alloc(1)?;
        let imm = i32::try_from(index)
            .map_err(|_| CompileError::unsupported(0, "so many functions are"))?;
        self.emit(Instr::LoadImm { dst: t, imm });
        self.store_field(dst, 0, t, 1);
        let mut off = 1u16;
        for &(r, kind) in words_of {
            self.store_field(dst, off, r, kind.words());
            off += kind.words() as u16;
        }
        Ok(())
    }

    /// `x.m` as a value (a method value: the receiver is evaluated now and
    /// bound) or `T.m` (a method expression: the method itself, the
    /// receiver its first parameter).
    fn method_value(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        sel: &crate::check::Selection,
        dst: Reg,
    ) -> Result<()> {
        let pos = e.span.lo;
        let checked = self.unit.checked;
        if sel.kind == crate::check::SelectionKind::MethodExpr {
            // Only when the method's receiver is exactly the type named.
            let recv_ty = match checked.object(sel.obj).kind {
                ObjKind::Func { recv: Some(r) } => checked.object(r).ty,
                _ => None,
            };
            let same = recv_ty.is_some_and(|r| self.types().identical(r, sel.recv));
            let through_ptr = match (recv_ty, self.types().under_kind(sel.recv)) {
                (Some(r), TypeKind::Pointer(e)) => self.types().identical(r, *e),
                _ => false,
            };
            // `I.m` of an interface type: a function that calls the
            // method through its first parameter.
            if self.types().is_interface(sel.recv) && sel.index.len() == 1 {
                let m = checked.object(sel.obj);
                let msig = m.ty.unwrap_or(checked.universe.invalid);
                let id = self.unit.method_id(&m.name.clone(), msig);
                let sig = self
                    .type_of(e)
                    .ok_or_else(|| CompileError::unsupported(pos, "this method expression is"))?;
                let name = format!(
                    "{}.{}-fm",
                    super::go_type_string(self.types(), sel.recv),
                    m.name
                );
                let thunk =
                    self.receiver_thunk(Err(id), Scalar::Iface, sig, name, RecvFrom::Param)?;
                return self.make_closure(dst, thunk, &[]);
            }
            return match self.unit.funcs.get(&sel.obj) {
                Some(&index) if same && sel.index.len() == 1 => self.make_closure(dst, index, &[]),
                // `(*T).m` for a value method: a function that loads the
                // receiver through the pointer.
                Some(&index) if through_ptr && sel.index.len() == 1 => {
                    let recv_kind = self.kind_of(recv_ty.unwrap_or(sel.recv), pos)?;
                    let sig = self.type_of(e).ok_or_else(|| {
                        CompileError::unsupported(pos, "this method expression is")
                    })?;
                    let name = format!("{}-fm", self.unit.program.functions[index as usize].name);
                    let thunk =
                        self.receiver_thunk(Ok(index), recv_kind, sig, name, RecvFrom::Deref)?;
                    self.make_closure(dst, thunk, &[])
                }
                _ => Err(CompileError::unsupported(pos, "this method expression is")),
            };
        }
        let x_is_iface = self
            .type_of(x)
            .is_some_and(|t| self.types().is_interface(t));
        let m = checked.object(sel.obj);
        let (recv, recv_kind, target, name) = if x_is_iface && sel.index.len() == 1 {
            let sig = m.ty.unwrap_or(checked.universe.invalid);
            let id = self.unit.method_id(&m.name.clone(), sig);
            let r = self.expr_any(x)?;
            (r, Scalar::Iface, Err(id), format!("{}-fm", m.name))
        } else if let Some(&index) = self.unit.funcs.get(&sel.obj) {
            let (r, k) = self.receiver(x, sel, pos)?;
            let name = format!("{}-fm", self.unit.program.functions[index as usize].name);
            (r, k, Ok(index), name)
        } else {
            return Err(CompileError::unsupported(pos, "this method value is"));
        };
        let sig = self
            .type_of(e)
            .ok_or_else(|| CompileError::unsupported(pos, "this method value is"))?;
        let thunk = self.receiver_thunk(target, recv_kind, sig, name, RecvFrom::Bound)?;
        // The closure: the thunk, then the receiver's words.
        let rw = recv_kind.words();
        let refs: Vec<u32> = self
            .unit
            .ref_offsets(recv_kind)
            .iter()
            .map(|r| r + 1)
            .collect();
        let layout = self.unit.register_layout(crate::bytecode::ElemLayout {
            layout: Layout {
                words: 1 + rw,
                refs: refs.into(),
            },
            go_size: 8 * (1 + rw),
            has_pointers: true,
            bytes: false,
        })?;
        self.refs.insert(dst);
        self.emit(Instr::New { dst, layout });
        let t = self.alloc(1)?;
        self.emit(Instr::LoadImm {
            dst: t,
            imm: thunk as i32,
        });
        self.store_field(dst, 0, t, 1);
        self.store_field(dst, 1, recv, rw);
        Ok(())
    }

    /// A function that makes a method's receiver and calls the method
    /// with the arguments it was called with: for a method value the
    /// receiver is bound in its closure (`from` = `Bound`); for `(*T).m`
    /// of a value method it is what the first parameter points to
    /// (`Deref`). `target`: the method's function, or (`Err`) a method id
    /// to call through the interface that is the receiver.
    fn receiver_thunk(
        &mut self,
        target: std::result::Result<u32, u32>,
        recv_kind: Scalar,
        sig: TypeId,
        name: String,
        from: RecvFrom,
    ) -> Result<u32> {
        let TypeKind::Func(sig) = self.types().under_kind(sig).clone() else {
            return Err(CompileError::unsupported(0, "this method value is"));
        };
        let (params, param_refs) = words_and_refs(self.unit, &sig.params)?;
        let (results, result_refs) = words_and_refs(self.unit, &sig.results)?;
        // Frame: parameters, the closure slot, then the call: receiver,
        // the parameters passed on.
        let closure = params;
        let at = params + 1;
        let (p, off, first) = match from {
            RecvFrom::Bound => (closure, 1, 0),
            RecvFrom::Deref => (0, 0, 1),
            // The receiver's words are the first parameters: they move
            // with the others.
            RecvFrom::Param => (0, 0, recv_kind.words()),
        };
        let rw = recv_kind.words();
        let passed = params - first;
        let mut refs = param_refs.clone();
        refs.push(closure);
        refs.extend(self.unit.ref_offsets(recv_kind).into_iter().map(|o| at + o));
        refs.extend(
            param_refs
                .iter()
                .filter(|&&o| o >= first)
                .map(|o| at + rw + o - first),
        );
        refs.extend(result_refs.iter().map(|o| at + o));
        refs.sort_unstable();
        refs.dedup();
        let at_r = at as Reg;
        let Some(pieces) = field_pieces(off, at_r, rw) else {
            return Err(CompileError::unsupported(0, "receivers this large are"));
        };
        let mut code: Vec<Instr> = match from {
            RecvFrom::Param => vec![Instr::MoveN {
                dst: at_r,
                src: 0,
                n: rw as u16,
            }],
            _ => pieces
                .into_iter()
                .map(|(off, dst, words)| Instr::LoadField {
                    dst,
                    p: p as Reg,
                    off,
                    words,
                })
                .collect(),
        };
        if passed > 0 {
            code.push(Instr::MoveN {
                dst: at_r + rw as Reg,
                src: first as Reg,
                n: passed as u16,
            });
        }
        code.push(match target {
            Ok(func) => Instr::Call { func, base: at_r },
            Err(method) => Instr::CallIface { base: at_r, method },
        });
        code.push(Instr::Return {
            src: at_r,
            n: results as u16,
        });
        let lines = vec![self.line; code.len()];
        let index = self.unit.program.functions.len() as u32;
        self.unit.program.functions.push(Function {
            file: self.file as u32,
            name,
            code,
            frame_size: (at + (rw + passed).max(results)).max(1) as u16,
            n_params: params as u16,
            n_results: sig.results.len() as u16,
            lines,
            ref_regs: refs.into_iter().map(|r| r as Reg).collect(),
            recover_pc: None,
        });
        Ok(index)
    }

    /// A struct or slice literal into `dst`.
    fn composite_lit(&mut self, e: &'a Expr, elems: &'a [Expr], dst: Reg) -> Result<()> {
        let t = self
            .type_of(e)
            .ok_or_else(|| CompileError::unsupported(e.span.lo, "this literal is"))?;
        // `{...}` for `&T{...}` in a literal of pointers: a new T.
        if let TypeKind::Pointer(elem) = *self.types().under_kind(t) {
            let kind = self.kind_of(elem, e.span.lo)?;
            let v = self.alloc_kind(kind)?;
            self.composite_lit_of(elem, e, elems, v)?;
            let layout = self.unit.layout_of(kind)?;
            self.emit(Instr::New { dst, layout });
            self.store_field(dst, 0, v, kind.words());
            return Ok(());
        }
        self.composite_lit_of(t, e, elems, dst)
    }

    /// A composite literal of type `t` into `dst`.
    fn composite_lit_of(
        &mut self,
        t: TypeId,
        e: &'a Expr,
        elems: &'a [Expr],
        dst: Reg,
    ) -> Result<()> {
        let kind = self.kind_of(t, e.span.lo)?;
        match self.types().under_kind(t).clone() {
            TypeKind::Struct(fields) => {
                self.zero(dst, kind);
                let under = self.types().underlying(t);
                let offs = self.unit.structs.get(&under).cloned().unwrap_or_default();
                for (i, el) in elems.iter().enumerate() {
                    let (idx, value) = match &el.kind {
                        ExprKind::KeyValue { key, value } => {
                            let ExprKind::Name(n) = &key.kind else {
                                return Err(CompileError::unsupported(
                                    el.span.lo,
                                    "this field key is",
                                ));
                            };
                            let Some(idx) = fields.iter().position(|f| *f.name == **n) else {
                                return Err(CompileError::unsupported(
                                    el.span.lo,
                                    "this field key is",
                                ));
                            };
                            (idx, &**value)
                        }
                        _ => (i, el),
                    };
                    let Some(&(off, _)) = offs.get(idx) else {
                        return Err(CompileError::unsupported(el.span.lo, "this field is"));
                    };
                    self.elem_into(value, fields[idx].ty, dst + off as Reg)?;
                }
                Ok(())
            }
            TypeKind::Slice(_) => {
                let Scalar::Slice { layout, elem_words } = kind else {
                    return Err(CompileError::unsupported(e.span.lo, "this literal is"));
                };
                // The length is one past the largest index.
                let mut next_index: i64 = 0;
                let mut indices = Vec::new();
                for el in elems {
                    let (idx, value) = match &el.kind {
                        ExprKind::KeyValue { key, value } => {
                            let k = self
                                .constant_of(key)
                                .map(|v| v.to_int().int64_val().0)
                                .ok_or_else(|| {
                                    CompileError::unsupported(el.span.lo, "this index is")
                                })?;
                            (k, &**value)
                        }
                        _ => (next_index, el),
                    };
                    next_index = idx + 1;
                    indices.push((idx, value));
                }
                let len = indices.iter().map(|(i, _)| i + 1).max().unwrap_or(0);
                let args = self.alloc(2)?;
                let len32 = i32::try_from(len)
                    .map_err(|_| CompileError::unsupported(e.span.lo, "a literal this long is"))?;
                self.emit(Instr::LoadImm {
                    dst: args,
                    imm: len32,
                });
                self.emit(Instr::LoadImm {
                    dst: args + 1,
                    imm: len32,
                });
                self.emit(Instr::MakeSlice { dst, args, layout });
                let ek = match self.types().under_kind(t) {
                    TypeKind::Slice(el) => *el,
                    _ => t,
                };
                let ekind = self.kind_of(ek, e.span.lo)?;
                let i = self.alloc(1)?;
                for (idx, value) in indices {
                    let v = self.alloc_kind(ekind)?;
                    self.elem_into(value, ek, v)?;
                    let imm = i32::try_from(idx).unwrap_or(0);
                    self.emit(Instr::LoadImm { dst: i, imm });
                    self.emit(Instr::SliceSet {
                        s: dst,
                        i,
                        src: v,
                        words: elem_words,
                    });
                }
                Ok(())
            }
            TypeKind::Array { elem, .. } => {
                self.zero(dst, kind);
                let ew = self.kind_of(elem, e.span.lo)?.words();
                let mut next_index: i64 = 0;
                for el in elems {
                    let (idx, value) = match &el.kind {
                        ExprKind::KeyValue { key, value } => {
                            let k = self
                                .constant_of(key)
                                .map(|v| v.to_int().int64_val().0)
                                .ok_or_else(|| {
                                    CompileError::unsupported(el.span.lo, "this index is")
                                })?;
                            (k, &**value)
                        }
                        _ => (next_index, el),
                    };
                    next_index = idx + 1;
                    let at = dst + (idx as u32 * ew) as Reg;
                    self.elem_into(value, elem, at)?;
                }
                Ok(())
            }
            TypeKind::Map { key, value } => {
                let Scalar::Map { layout } = kind else {
                    return Err(CompileError::unsupported(e.span.lo, "this literal is"));
                };
                self.refs.insert(dst);
                self.emit(Instr::MakeMap { dst, layout });
                let kk = self.kind_of(key, e.span.lo)?;
                let vk = self.kind_of(value, e.span.lo)?;
                for el in elems {
                    let ExprKind::KeyValue { key: ke, value: ve } = &el.kind else {
                        return Err(CompileError::unsupported(el.span.lo, "this map element is"));
                    };
                    let k = self.alloc_kind(kk)?;
                    self.elem_into(ke, key, k)?;
                    let v = self.alloc_kind(vk)?;
                    self.elem_into(ve, value, v)?;
                    self.emit(Instr::MapSet { m: dst, k, v });
                }
                Ok(())
            }
            _ => Err(CompileError::unsupported(
                e.span.lo,
                "literals of this type are",
            )),
        }
    }

    /// An element of a composite literal: `&T{}` elided as `{}` in a
    /// `[]*T` literal is a pointer to a new literal.
    fn elem_into(&mut self, value: &'a Expr, to: TypeId, dst: Reg) -> Result<()> {
        self.value_to(value, to, dst)
    }

    /// Compiles `e` into `dst` as a value of type `to`: converted to an
    /// interface when `to` is one and `e`'s type is not (the implicit
    /// conversion of assignability).
    fn value_to(&mut self, e: &'a Expr, to: TypeId, dst: Reg) -> Result<()> {
        if !self.types().is_interface(to) {
            return self.expr_into(e, dst);
        }
        if self.is_nil(e) {
            self.zero(dst, Scalar::Iface);
            return Ok(());
        }
        let Some(from) = self.type_of(e) else {
            return self.expr_into(e, dst);
        };
        if self.types().is_interface(from) {
            return self.expr_into(e, dst);
        }
        let v = self.expr_any(e)?;
        self.make_iface(dst, v, from, e.span.lo)
    }

    /// `dst = interface holding the value of type from at v`.
    fn make_iface(&mut self, dst: Reg, v: Reg, from: TypeId, pos: u32) -> Result<()> {
        if self.types().is_interface(from) {
            self.mov(dst, v, 2);
            return Ok(());
        }
        let tw = self.unit.type_word(from, pos)?;
        match i32::try_from(tw) {
            Ok(imm) => self.emit(Instr::LoadImm { dst, imm }),
            Err(_) => {
                let idx = self.unit.const_index(u64::from(tw));
                self.emit(Instr::LoadConst { dst, idx })
            }
        };
        let info = &self.unit.program.type_info[tw as usize - 1];
        self.refs.insert(dst + 1);
        if info.boxed {
            let layout = info.layout;
            self.emit(Instr::BoxValue {
                dst: dst + 1,
                src: v,
                layout,
            });
        } else {
            self.mov(dst + 1, v, 1);
        }
        Ok(())
    }

    /// Whether `e` is the predeclared `nil`.
    fn is_nil(&self, e: &Expr) -> bool {
        let e = unparen(e);
        matches!(e.kind, ExprKind::Name(_))
            && self
                .info
                .use_of(e.id)
                .is_some_and(|o| matches!(self.unit.checked.object(o).kind, ObjKind::Nil))
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
        if sc == Scalar::Str {
            return match op {
                BinaryOp::Add => {
                    self.emit(Instr::Concat { dst, a, b });
                    Ok(())
                }
                _ => Err(CompileError::unsupported(pos, "this operator is")),
            };
        }
        if let Scalar::Complex(bits) = sc {
            use crate::bytecode::ComplexOp as C;
            let op = match (op, bits == 64) {
                (BinaryOp::Add, false) => C::Add,
                (BinaryOp::Sub, false) => C::Sub,
                (BinaryOp::Mul, false) => C::Mul,
                (BinaryOp::Quo, false) => C::Div,
                (BinaryOp::Add, true) => C::Add32,
                (BinaryOp::Sub, true) => C::Sub32,
                (BinaryOp::Mul, true) => C::Mul32,
                (BinaryOp::Quo, true) => C::Div32,
                _ => return Err(CompileError::unsupported(pos, "this operator is")),
            };
            self.emit(Instr::Complex { op, dst, a, b });
            return Ok(());
        }
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
            BinaryOp::Shl => Instr::Shl { dst, a, b },
            BinaryOp::Shr if unsigned => Instr::ShrUint { dst, a, b },
            BinaryOp::Shr => Instr::Shr { dst, a, b },
            _ => return Err(CompileError::unsupported(pos, "this operator is")),
        };
        self.emit(i);
        if sc == Scalar::Float32 {
            self.emit(Instr::RoundF32 { dst });
        }
        self.wrap(dst, sc);
        Ok(())
    }

    /// `x op y` where one operand is a constant the instruction can hold
    /// (a small integer, or a float64 from the constant table): one
    /// instruction, no register for the constant. False, and nothing
    /// emitted, when no such form fits.
    fn binary_with_constant(
        &mut self,
        op: BinaryOp,
        sc: Scalar,
        dst: Reg,
        x: &'a Expr,
        y: &'a Expr,
    ) -> Result<bool> {
        let (var, form) = match (self.constant_of(x), self.constant_of(y)) {
            (_, Some(c)) => (x, self.constant_form(op, sc, c, false)),
            (Some(c), None) => (y, self.constant_form(op, sc, c, true)),
            _ => return Ok(false),
        };
        let Some(form) = form else {
            return Ok(false);
        };
        let a = self.expr_any(var)?;
        self.emit_constant_form(form, sc, dst, a);
        Ok(true)
    }

    /// The one-instruction form of `a op c` (`c op a` when `c_left`) for
    /// constant `c`, if there is one.
    fn constant_form(
        &mut self,
        op: BinaryOp,
        sc: Scalar,
        c: &Value,
        c_left: bool,
    ) -> Option<ConstantForm> {
        if sc.is_int() {
            let c = c.to_int();
            let bits = match sc {
                Scalar::Uint(_) => c.uint64_val().0 as i64,
                _ => c.int64_val().0,
            };
            let c = i16::try_from(bits).ok()?;
            let commutes = matches!(op, BinaryOp::Add | BinaryOp::Mul | BinaryOp::And);
            if c_left && !commutes {
                return None;
            }
            let signed = matches!(sc, Scalar::Int(_));
            let count = u8::try_from(c).ok().filter(|&n| n < 64);
            let make: IntMake = match op {
                BinaryOp::Add if c != i16::MIN => |dst, a, imm, _| Instr::AddIntImm { dst, a, imm },
                BinaryOp::Sub if c != i16::MIN => {
                    |dst, a, imm, _| Instr::AddIntImm { dst, a, imm: -imm }
                }
                BinaryOp::Mul => |dst, a, imm, _| Instr::MulIntImm { dst, a, imm },
                BinaryOp::Quo if signed && c != 0 => {
                    |dst, a, imm, _| Instr::DivIntImm { dst, a, imm }
                }
                BinaryOp::Rem if signed && c != 0 => {
                    |dst, a, imm, _| Instr::RemIntImm { dst, a, imm }
                }
                BinaryOp::And => |dst, a, imm, _| Instr::AndIntImm { dst, a, imm },
                BinaryOp::Shl if count.is_some() => |dst, a, _, imm| Instr::ShlImm { dst, a, imm },
                BinaryOp::Shr if count.is_some() && signed => {
                    |dst, a, _, imm| Instr::ShrImm { dst, a, imm }
                }
                BinaryOp::Shr if count.is_some() => {
                    |dst, a, _, imm| Instr::ShrUintImm { dst, a, imm }
                }
                _ => return None,
            };
            return Some(ConstantForm::Int(make, c, count.unwrap_or(0)));
        }
        if sc.is_float() {
            let bits = c.to_float().float64_val().0.to_bits();
            let k = u16::try_from(self.unit.const_index(bits)).ok()?;
            let make: FloatMake = match (op, c_left) {
                (BinaryOp::Add, _) => |dst, a, k| Instr::AddFloatK { dst, a, k },
                (BinaryOp::Mul, _) => |dst, a, k| Instr::MulFloatK { dst, a, k },
                (BinaryOp::Sub, false) => |dst, a, k| Instr::SubFloatK { dst, a, k },
                (BinaryOp::Quo, false) => |dst, a, k| Instr::DivFloatK { dst, a, k },
                (BinaryOp::Sub, true) => |dst, a, k| Instr::KSubFloat { dst, a, k },
                (BinaryOp::Quo, true) => |dst, a, k| Instr::KDivFloat { dst, a, k },
                _ => return None,
            };
            return Some(ConstantForm::Float(make, k));
        }
        None
    }

    fn emit_constant_form(&mut self, form: ConstantForm, sc: Scalar, dst: Reg, a: Reg) {
        match form {
            ConstantForm::Int(make, imm, count) => {
                self.emit(make(dst, a, imm, count));
                self.wrap(dst, sc);
            }
            ConstantForm::Float(make, k) => {
                self.emit(make(dst, a, k));
                if sc == Scalar::Float32 {
                    self.emit(Instr::RoundF32 { dst });
                }
            }
        }
    }

    /// `dst = a == b` for structs of type `t` held in registers: field by
    /// field, as Go compares them (blank fields are skipped; floats as
    /// floats, strings by content).
    fn struct_eq(&mut self, t: TypeId, dst: Reg, a: Reg, b: Reg, pos: u32) -> Result<()> {
        // An array compares as a struct of its elements.
        let fields = match self.types().under_kind(t).clone() {
            TypeKind::Struct(fields) => fields,
            TypeKind::Array { len, elem } => (0..len)
                .map(|_| crate::types::Field {
                    name: "e".into(),
                    ty: elem,
                    embedded: false,
                    tag: None,
                    pkg: 0,
                })
                .collect(),
            _ => return Err(CompileError::unsupported(pos, "comparing these values is")),
        };
        // `dst` may share a register with the operands: the result is
        // built apart and moved last.
        let out = dst;
        let dst = self.alloc(1)?;
        self.emit(Instr::LoadImm { dst, imm: 1 });
        let tmp = self.alloc(1)?;
        let mut off: Reg = 0;
        for f in fields {
            let k = self.kind_of(f.ty, pos)?;
            if &*f.name != "_" {
                match k {
                    Scalar::Struct { .. } => self.struct_eq(f.ty, tmp, a + off, b + off, pos)?,
                    Scalar::Iface => self.iface_compare(BinaryOp::Eql, tmp, a + off, b + off),
                    _ => self.compare(BinaryOp::Eql, k, tmp, a + off, b + off, pos)?,
                }
                self.emit(Instr::AndInt {
                    dst,
                    a: dst,
                    b: tmp,
                });
            }
            off += k.words() as Reg;
        }
        self.mov(out, dst, 1);
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
        if let Scalar::Complex(_) = sc {
            use crate::bytecode::ComplexOp as C;
            let op = match op {
                BinaryOp::Eql => C::Eq,
                BinaryOp::Neq => C::Ne,
                _ => return Err(CompileError::unsupported(pos, "this comparison is")),
            };
            self.emit(Instr::Complex { op, dst, a, b });
            return Ok(());
        }
        if sc == Scalar::Str {
            let i = match op {
                BinaryOp::Eql => Instr::EqStr { dst, a, b },
                BinaryOp::Lss => Instr::LtStr { dst, a, b },
                BinaryOp::Leq => Instr::LeStr { dst, a, b },
                BinaryOp::Gtr => Instr::LtStr { dst, a: b, b: a },
                BinaryOp::Geq => Instr::LeStr { dst, a: b, b: a },
                BinaryOp::Neq => {
                    self.emit(Instr::EqStr { dst, a, b });
                    self.emit(Instr::Not { dst, src: dst });
                    return Ok(());
                }
                _ => return Err(CompileError::unsupported(pos, "this comparison is")),
            };
            self.emit(i);
            return Ok(());
        }
        if !matches!(
            sc,
            Scalar::Int(_)
                | Scalar::Uint(_)
                | Scalar::Float64
                | Scalar::Float32
                | Scalar::Bool
                | Scalar::Ptr
                | Scalar::Func
                | Scalar::Map { .. }
                | Scalar::Chan { .. }
                | Scalar::Slice { .. }
        ) {
            return Err(CompileError::unsupported(pos, "comparing these values is"));
        }
        // A slice compares only with nil (the checker saw to it): its
        // array pointer word, 0 for nil alone.
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

    /// A call; returns the register where its results start.
    fn call(&mut self, e: &'a Expr) -> Result<Reg> {
        // Only the statement's own call may drop its results.
        let results_unused = std::mem::take(&mut self.results_unused);
        let ExprKind::Call {
            fun, args, dots, ..
        } = &e.kind
        else {
            return Err(CompileError::unsupported(e.span.lo, "this call is"));
        };
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
            let (Some(arg), Some(to)) = (args.first(), self.type_of(e)) else {
                return Err(CompileError::unsupported(e.span.lo, "this conversion is"));
            };
            if self.types().is_interface(to) {
                let dst = self.alloc_kind(Scalar::Iface)?;
                self.value_to(arg, to, dst)?;
                return Ok(dst);
            }
            let from = self.expr_scalar(arg)?;
            let to_ty = to;
            let to = self.kind_of(to, e.span.lo)?;
            let v = self.expr_any(arg)?;
            let dst = self.alloc_kind(to)?;
            // string <-> []byte / []rune.
            let elem_of = |c: &Self, t: TypeId| match c.types().under_kind(t) {
                TypeKind::Slice(el) => c.types().basic(*el),
                _ => None,
            };
            let from_ty = self.type_of(arg).unwrap_or(to_ty);
            // A slice to an array, or to a pointer to one (Go 1.17/1.20).
            let to_array_len = |c: &Self, t: TypeId| match c.types().under_kind(t) {
                TypeKind::Array { len, .. } => Some(*len),
                TypeKind::Pointer(e) => match c.types().under_kind(*e) {
                    TypeKind::Array { len, .. } => Some(*len),
                    _ => None,
                },
                _ => None,
            };
            if let (Scalar::Slice { .. }, Some(n)) = (from, to_array_len(self, to_ty)) {
                let len = u32::try_from(n)
                    .map_err(|_| CompileError::unsupported(e.span.lo, "arrays this long are"))?;
                self.emit(Instr::CheckSliceLen { s: v, len });
                match to {
                    Scalar::Ptr => self.mov(dst, v, 1),
                    _ if to.words() > 0 => {
                        self.load_field(dst, v, 0, to.words());
                    }
                    _ => {}
                }
                return Ok(dst);
            }
            match (from, to) {
                (Scalar::Str, Scalar::Slice { layout, .. }) => {
                    match elem_of(self, to_ty) {
                        Some(BasicKind::Uint8) => self.emit(Instr::StrToBytes {
                            dst,
                            src: v,
                            layout,
                        }),
                        Some(BasicKind::Int32) => self.emit(Instr::StrToRunes {
                            dst,
                            src: v,
                            layout,
                        }),
                        _ => {
                            return Err(CompileError::unsupported(e.span.lo, "this conversion is"))
                        }
                    };
                    if self.constant_of(arg).is_some() {
                        // gc converts a constant to exactly its length.
                        self.mov(dst + 2, dst + 1, 1);
                    }
                    return Ok(dst);
                }
                (Scalar::Slice { .. }, Scalar::Str) => {
                    match elem_of(self, from_ty) {
                        Some(BasicKind::Uint8) => self.emit(Instr::BytesToStr { dst, src: v }),
                        Some(BasicKind::Int32) => self.emit(Instr::RunesToStr { dst, src: v }),
                        _ => {
                            return Err(CompileError::unsupported(e.span.lo, "this conversion is"))
                        }
                    };
                    return Ok(dst);
                }
                // Same shape (identical underlying types up to tags, or
                // pointers to them): the words as they are.
                (Scalar::Struct { .. }, Scalar::Struct { .. })
                | (Scalar::Slice { .. }, Scalar::Slice { .. })
                | (Scalar::Ptr, Scalar::Ptr)
                | (Scalar::Func, Scalar::Func)
                | (Scalar::Map { .. }, Scalar::Map { .. })
                | (Scalar::Chan { .. }, Scalar::Chan { .. })
                    if from.words() == to.words() =>
                {
                    self.mov(dst, v, to.words());
                    return Ok(dst);
                }
                _ => {}
            }
            self.convert(dst, v, from, to, e.span.lo)?;
            return Ok(dst);
        }
        // A method call x.m(args): the receiver goes first.
        if let ExprKind::Selector { x, .. } = &callee.kind {
            if let Some(sel) = self.info.selections.get(&callee.id).cloned() {
                let x_is_iface = self
                    .type_of(x)
                    .is_some_and(|t| self.types().is_interface(t));
                if sel.kind == crate::check::SelectionKind::MethodVal
                    && x_is_iface
                    && sel.index.len() == 1
                {
                    let m = self.unit.checked.object(sel.obj);
                    let sig = m.ty.unwrap_or(self.unit.checked.universe.invalid);
                    let method = self.unit.method_id(&m.name.clone(), sig);
                    let recv = self.expr_any(x)?;
                    let base = self.call_args(e, Some((recv, Scalar::Iface)), args)?;
                    self.emit(Instr::CallIface { base, method });
                    return Ok(base);
                }
                if sel.kind == crate::check::SelectionKind::MethodVal
                    && !self.unit.funcs.contains_key(&sel.obj)
                    && sel.index.len() > 1
                {
                    // A method of an embedded interface field: through
                    // the field's value.
                    let m = self.unit.checked.object(sel.obj);
                    let sig = m.ty.unwrap_or(self.unit.checked.universe.invalid);
                    let method = self.unit.method_id(&m.name.clone(), sig);
                    let path = &sel.index[..sel.index.len() - 1];
                    let place = self.field_path(x, path, Scalar::Iface)?;
                    let recv = self.load_place(place)?;
                    let base = self.call_args(e, Some((recv, Scalar::Iface)), args)?;
                    self.emit(Instr::CallIface { base, method });
                    return Ok(base);
                }
                if sel.kind == crate::check::SelectionKind::MethodVal {
                    let Some(&index) = self.unit.funcs.get(&sel.obj) else {
                        return Err(CompileError::unsupported(
                            e.span.lo,
                            &format!("{} is", self.unit.checked.object(sel.obj).name),
                        ));
                    };
                    let recv = self.receiver(x, &sel, e.span.lo)?;
                    return self.call_func(e, index, Some(recv), args);
                }
                // A field holding a func value, or a method expression
                // (`T.m(x, args)`): a func value to call.
                let f = self.expr_any(callee)?;
                return self.call_value(e, f, args);
            }
        }
        let obj = match &callee.kind {
            ExprKind::Name(_) | ExprKind::Selector { .. } | ExprKind::Index { .. } => {
                self.info.use_of(callee.id)
            }
            _ => None,
        };
        // A call of a func value (a variable, a field, a call's result...).
        let is_func_value = match obj {
            None => true,
            Some(o) => matches!(self.unit.checked.object(o).kind, ObjKind::Var { .. }),
        };
        if is_func_value {
            let f = self.expr_any(callee)?;
            return self.call_value(e, f, args);
        }
        let Some(obj) = obj else {
            return Err(CompileError::unsupported(
                e.span.lo,
                "calls of function values are",
            ));
        };
        let checked = self.unit.checked;
        let o = checked.object(obj);
        if let ObjKind::Builtin(b) = o.kind {
            return self.builtin(b, e, args, *dots);
        }
        if let Some(pkg) = o.pkg.filter(|&p| p != self.unit.src.main_package()) {
            let path = self.unit.src.packages[pkg].path.clone();
            if !*dots {
                if let Some(r) = self.std_call(&path, &o.name, args, results_unused)? {
                    return Ok(r);
                }
            }
            return match self.unit.funcs.get(&obj) {
                Some(&index) => self.call_func(e, index, None, args),
                None => Err(CompileError::unsupported(
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
        self.call_func(e, index, None, args)
    }

    /// A standard function the compiler writes out itself (fmt's prints
    /// with their arguments' static types, math's functions); `None` to
    /// call its Go implementation.
    fn std_call(
        &mut self,
        path: &str,
        name: &str,
        args: &'a [Expr],
        results_unused: bool,
    ) -> Result<Option<Reg>> {
        // The prints written out here return nothing: a call whose
        // results are used (`n, err := fmt.Println(...)`) is Go's.
        if matches!((path, name), ("fmt", "Println" | "Print" | "Printf")) && !results_unused {
            return Ok(None);
        }
        // `fmt.Println(f())`: f's results are the operands; the Go
        // implementation takes them.
        if self.multi_value_arg(args)?.is_some() {
            return Ok(None);
        }
        let r = match (path, name) {
            ("fmt", "Println") => self.print(args, PrintStyle::FmtPrintln),
            ("fmt", "Print") => self.print(args, PrintStyle::FmtPrint),
            ("fmt", "Printf" | "Sprintf") if !args.is_empty() => {
                let Some(f) = self
                    .constant_of(&args[0])
                    .filter(|v| v.kind() == crate::constant::Kind::String)
                else {
                    return Ok(None);
                };
                let idx = self.unit.string_index(f.string_val());
                let style = if name == "Printf" {
                    PrintStyle::FmtPrintf(idx)
                } else {
                    PrintStyle::FmtSprintf(idx)
                };
                self.print(&args[1..], style)
            }
            ("fmt", "Sprint") => self.print(args, PrintStyle::FmtSprint),
            ("fmt", "Sprintln") => self.print(args, PrintStyle::FmtSprintln),
            ("math", name) if args.len() == 1 => {
                let Some(f) = crate::bytecode::MathFn::by_name(name) else {
                    return Ok(None);
                };
                let v = self.expr_any(&args[0])?;
                let dst = self.alloc(1)?;
                self.emit(Instr::MathF { dst, src: v, f });
                Ok(dst)
            }
            _ => return Ok(None),
        };
        r.map(Some)
    }

    /// A call of compiled function `index` with an optional receiver
    /// already in registers; returns where its results start.
    fn call_func(
        &mut self,
        e: &'a Expr,
        index: u32,
        recv: Option<(Reg, Scalar)>,
        args: &'a [Expr],
    ) -> Result<Reg> {
        let base = self.call_args(e, recv, args)?;
        self.emit(Instr::Call { func: index, base });
        Ok(base)
    }

    /// A call of the func value in register `f`.
    fn call_value(&mut self, e: &'a Expr, f: Reg, args: &'a [Expr]) -> Result<Reg> {
        let base = self.call_args(e, None, args)?;
        self.emit(Instr::CallClosure { base, f });
        Ok(base)
    }

    /// Puts a call's receiver and arguments in consecutive registers from
    /// the first free one, and returns it: the callee's frame starts there
    /// and its results will be there.
    fn call_args(
        &mut self,
        e: &'a Expr,
        recv: Option<(Reg, Scalar)>,
        args: &'a [Expr],
    ) -> Result<Reg> {
        // Arguments at consecutive registers from `base`, where the
        // callee's frame starts and its results will be. A variadic
        // callee gets its trailing arguments as one new slice.
        let (args, packed) = self.split_variadic(e, args)?;
        // `f(g())`: g's results are f's arguments.
        let spread = self.multi_value_arg(args)?;
        if spread.is_some() && packed.is_some() {
            return Err(CompileError::unsupported(
                e.span.lo,
                "passing a multi-value call to a variadic function is",
            ));
        }
        let params = self.param_types(e);
        let mut kinds = Vec::new();
        let mut words = recv.map_or(0, |(_, k)| k.words());
        if let Some(ks) = &spread {
            words += ks.iter().map(|k| k.words()).sum::<u32>();
        } else {
            for (i, a) in args.iter().enumerate() {
                let k = self.arg_kind(a, params.get(i).copied())?;
                words += k.words();
                kinds.push(k);
            }
        }
        if let Some((_, k, _)) = packed {
            words += k.words();
        }
        let result_words = match self.type_of(e).map(|t| self.types().kind(t).clone()) {
            Some(TypeKind::Tuple(ts)) => {
                let mut n = 0;
                for t in ts {
                    n += self.kind_of(t, e.span.lo)?.words();
                }
                n
            }
            Some(_) => self.expr_scalar(e).map_or(0, |k| k.words()),
            None => 0,
        };
        let base = self.alloc(words.max(result_words).max(1))?;
        let mut at = base;
        if let Some((r, k)) = recv {
            for off in self.unit.ref_offsets(k) {
                self.refs.insert(at + off as Reg);
            }
            self.mov(at, r, k.words());
            at += k.words() as Reg;
        }
        if let Some(ks) = spread {
            let mut from = self.call(&args[0])?;
            for k in ks {
                for off in self.unit.ref_offsets(k) {
                    self.refs.insert(at + off as Reg);
                }
                self.mov(at, from, k.words());
                at += k.words() as Reg;
                from += k.words() as Reg;
            }
        }
        for (i, (a, k)) in args.iter().zip(kinds).enumerate() {
            for off in self.unit.ref_offsets(k) {
                self.refs.insert(at + off as Reg);
            }
            self.arg_into(a, params.get(i).copied(), at)?;
            at += k.words() as Reg;
        }
        if let Some((rest, k, slice_ty)) = packed {
            for off in self.unit.ref_offsets(k) {
                self.refs.insert(at + off as Reg);
            }
            self.variadic_slice(e, (k, slice_ty), rest, at)?;
        }
        // Result words that hold references are references in this frame.
        if let Some(TypeKind::Tuple(ts)) = self.type_of(e).map(|t| self.types().kind(t).clone()) {
            let mut at = base;
            for t in ts {
                let k = self.kind_of(t, e.span.lo)?;
                for off in self.unit.ref_offsets(k) {
                    self.refs.insert(at + off as Reg);
                }
                at += k.words() as Reg;
            }
        } else if let Ok(k) = self.expr_scalar(e) {
            for off in self.unit.ref_offsets(k) {
                self.refs.insert(base + off as Reg);
            }
        }
        Ok(base)
    }

    /// The parameter types of the function a call calls.
    fn param_types(&self, call: &Expr) -> Vec<TypeId> {
        let ExprKind::Call { fun, .. } = &unparen(call).kind else {
            return Vec::new();
        };
        match self.type_of(fun).map(|t| self.types().under_kind(t)) {
            Some(TypeKind::Func(sig)) => sig.params.clone(),
            _ => Vec::new(),
        }
    }

    /// The kind an argument is passed as: its parameter's, an interface
    /// when that is one.
    fn arg_kind(&mut self, a: &Expr, param: Option<TypeId>) -> Result<Scalar> {
        match param {
            Some(t) if self.types().is_interface(t) => Ok(Scalar::Iface),
            _ => self.expr_scalar(a),
        }
    }

    fn arg_into(&mut self, a: &'a Expr, param: Option<TypeId>, dst: Reg) -> Result<()> {
        match param {
            Some(t) => self.value_to(a, t, dst),
            None => self.expr_into(a, dst),
        }
    }

    /// The kinds of the results of `args`' only element, when it is a
    /// call with several results.
    fn multi_value_arg(&mut self, args: &'a [Expr]) -> Result<Option<Vec<Scalar>>> {
        let [only] = args else {
            return Ok(None);
        };
        let Some(TypeKind::Tuple(ts)) = self.type_of(only).map(|t| self.types().kind(t).clone())
        else {
            return Ok(None);
        };
        if !matches!(unparen(only).kind, ExprKind::Call { .. }) {
            return Ok(None);
        }
        let mut kinds = Vec::new();
        for t in ts {
            kinds.push(self.kind_of(t, only.span.lo)?);
        }
        Ok(Some(kinds))
    }

    /// For a call of a variadic function without `...`: the arguments
    /// passed as they are, and the trailing ones that make up the last
    /// parameter's slice, with that slice's kind.
    #[allow(clippy::type_complexity)]
    fn split_variadic(
        &mut self,
        e: &'a Expr,
        args: &'a [Expr],
    ) -> Result<(&'a [Expr], Option<(&'a [Expr], Scalar, TypeId)>)> {
        let ExprKind::Call { fun, dots, .. } = &e.kind else {
            return Ok((args, None));
        };
        if *dots {
            return Ok((args, None));
        }
        let Some(ft) = self.type_of(fun) else {
            return Ok((args, None));
        };
        let TypeKind::Func(sig) = self.types().under_kind(ft).clone() else {
            return Ok((args, None));
        };
        if !sig.variadic {
            return Ok((args, None));
        }
        let Some(&slice_ty) = sig.params.last() else {
            return Ok((args, None));
        };
        let fixed = (sig.params.len() - 1).min(args.len());
        let k = self.kind_of(slice_ty, e.span.lo)?;
        Ok((&args[..fixed], Some((&args[fixed..], k, slice_ty))))
    }

    /// Builds the slice a variadic parameter receives into `dst`: nil for
    /// no arguments, else a new array of exactly their number.
    fn variadic_slice(
        &mut self,
        e: &'a Expr,
        (k, slice_ty): (Scalar, TypeId),
        rest: &'a [Expr],
        dst: Reg,
    ) -> Result<()> {
        let Scalar::Slice { layout, elem_words } = k else {
            return Err(CompileError::unsupported(
                e.span.lo,
                "this variadic call is",
            ));
        };
        let TypeKind::Slice(elem_ty) = *self.types().under_kind(slice_ty) else {
            return Err(CompileError::unsupported(
                e.span.lo,
                "this variadic call is",
            ));
        };
        let vk = self.kind_of(elem_ty, e.span.lo)?;
        if let (Some(kinds), [call]) = (self.multi_value_arg(rest)?, rest) {
            return self.variadic_from_results(call, kinds, (layout, elem_words), elem_ty, vk, dst);
        }
        let len = i32::try_from(rest.len())
            .map_err(|_| CompileError::unsupported(e.span.lo, "a call this long is"))?;
        if len == 0 {
            for w in 0..3 {
                self.emit(Instr::LoadImm {
                    dst: dst + w,
                    imm: 0,
                });
            }
            return Ok(());
        }
        let mark = self.next;
        let args = self.alloc(2)?;
        self.emit(Instr::LoadImm {
            dst: args,
            imm: len,
        });
        self.emit(Instr::LoadImm {
            dst: args + 1,
            imm: len,
        });
        self.emit(Instr::MakeSlice { dst, args, layout });
        let i = self.alloc(1)?;
        for (idx, value) in rest.iter().enumerate() {
            let v = self.alloc_kind(vk)?;
            self.elem_into(value, elem_ty, v)?;
            self.emit(Instr::LoadImm {
                dst: i,
                imm: idx as i32,
            });
            self.emit(Instr::SliceSet {
                s: dst,
                i,
                src: v,
                words: elem_words,
            });
        }
        self.next = mark;
        Ok(())
    }

    /// `f(g())` for a variadic `f`: g's results, converted to the
    /// element type, make up the slice at `dst`.
    fn variadic_from_results(
        &mut self,
        call: &'a Expr,
        kinds: Vec<Scalar>,
        (layout, elem_words): (u16, u8),
        elem_ty: TypeId,
        vk: Scalar,
        dst: Reg,
    ) -> Result<()> {
        let result_types = match self.type_of(call).map(|t| self.types().kind(t).clone()) {
            Some(TypeKind::Tuple(ts)) => ts,
            _ => return Err(CompileError::unsupported(call.span.lo, "this call is")),
        };
        let mark = self.next;
        let results = self.call(call)?;
        let n = kinds.len() as i32;
        let args = self.alloc(2)?;
        self.emit(Instr::LoadImm { dst: args, imm: n });
        self.emit(Instr::LoadImm {
            dst: args + 1,
            imm: n,
        });
        self.emit(Instr::MakeSlice { dst, args, layout });
        let i = self.alloc(1)?;
        let v = self.alloc_kind(vk)?;
        let mut at = results;
        for (idx, (k, t)) in kinds.iter().zip(result_types).enumerate() {
            let src = if self.types().is_interface(elem_ty) {
                self.make_iface(v, at, t, call.span.lo)?;
                v
            } else {
                at
            };
            self.emit(Instr::LoadImm {
                dst: i,
                imm: idx as i32,
            });
            self.emit(Instr::SliceSet {
                s: dst,
                i,
                src,
                words: elem_words,
            });
            at += k.words() as Reg;
        }
        self.next = mark;
        Ok(())
    }

    /// The receiver value of a method call `x.m()` (`sel` is its
    /// selection): `x` itself, its address for a pointer method, the
    /// value it points to for a value method, through embedded fields.
    fn receiver(
        &mut self,
        x: &'a Expr,
        sel: &crate::check::Selection,
        pos: u32,
    ) -> Result<(Reg, Scalar)> {
        let checked = self.unit.checked;
        let recv_ty = match checked.object(sel.obj).kind {
            ObjKind::Func { recv: Some(r) } => checked.object(r).ty,
            _ => None,
        }
        .ok_or_else(|| CompileError::unsupported(pos, "this method is"))?;
        let ptr_recv = matches!(self.types().kind(recv_ty), TypeKind::Pointer(_));
        let recv_kind = self.kind_of(recv_ty, pos)?;
        let path = &sel.index[..sel.index.len().saturating_sub(1)];
        let xt = self.type_of(x).unwrap_or(checked.universe.invalid);
        let x_is_ptr = matches!(self.types().under_kind(xt), TypeKind::Pointer(_));
        if path.is_empty() {
            return match (ptr_recv, x_is_ptr) {
                (true, true) | (false, false) => {
                    let r = self.expr_any(x)?;
                    Ok((r, recv_kind))
                }
                (true, false) => {
                    let p = self.addr_of(x)?;
                    Ok((p, Scalar::Ptr))
                }
                (false, true) => {
                    let p = self.expr_any(x)?;
                    let r = self.alloc_kind(recv_kind)?;
                    self.load_field(r, p, 0, recv_kind.words());
                    Ok((r, recv_kind))
                }
            };
        }
        // Through embedded fields: the embedded field holding the method's
        // receiver (a value or a pointer).
        let place = self.field_path(x, path, recv_kind)?;
        let field_kind = match place {
            Place::Reg(_, k)
            | Place::Global(_, k)
            | Place::Field { kind: k, .. }
            | Place::SliceElem { kind: k, .. }
            | Place::MapElem { kind: k, .. } => k,
        };
        // A value receiver's type is never a pointer, so a pointer-kinded
        // field is an embedded *T.
        let field_is_ptr = field_kind == Scalar::Ptr;
        match (ptr_recv, field_is_ptr) {
            (true, true) => Ok((self.load_place(place)?, Scalar::Ptr)),
            (false, false) => Ok((self.load_place(place)?, recv_kind)),
            (true, false) => match place {
                Place::Field { p, off, .. } => {
                    if off == 0 {
                        return Ok((p, Scalar::Ptr));
                    }
                    let imm = i16::try_from(off)
                        .map_err(|_| CompileError::unsupported(pos, "this method call is"))?;
                    let q = self.alloc_kind(Scalar::Ptr)?;
                    self.emit(Instr::AddIntImm { dst: q, a: p, imm });
                    Ok((q, Scalar::Ptr))
                }
                _ => Err(CompileError::unsupported(pos, "this method call is")),
            },
            (false, true) => {
                let p = self.load_place(place)?;
                let r = self.alloc_kind(recv_kind)?;
                self.load_field(r, p, 0, recv_kind.words());
                Ok((r, recv_kind))
            }
        }
    }

    fn builtin(&mut self, b: Builtin, e: &'a Expr, args: &'a [Expr], dots: bool) -> Result<Reg> {
        let pos = e.span.lo;
        match b {
            Builtin::Println => self.print(args, PrintStyle::BuiltinPrintln),
            Builtin::Print => self.print(args, PrintStyle::BuiltinPrint),
            Builtin::Len | Builtin::Cap => {
                let Some(a) = args.first() else {
                    return Err(CompileError::unsupported(pos, "this call is"));
                };
                let k = self.expr_scalar(a)?;
                let v = self.expr_any(a)?;
                let dst = self.alloc(1)?;
                match (b, k) {
                    (Builtin::Len, Scalar::Map { .. }) => {
                        self.emit(Instr::MapLen { dst, m: v });
                    }
                    (_, Scalar::Chan { .. }) => {
                        self.emit(Instr::ChanLen {
                            dst,
                            ch: v,
                            cap: b == Builtin::Cap,
                        });
                    }
                    (Builtin::Len, Scalar::Str | Scalar::Slice { .. }) => self.mov(dst, v + 1, 1),
                    (Builtin::Cap, Scalar::Slice { .. }) => self.mov(dst, v + 2, 1),
                    _ => return Err(CompileError::unsupported(pos, "len or cap of this is")),
                }
                Ok(dst)
            }
            Builtin::Close => {
                let Some(a) = args.first() else {
                    return Err(CompileError::unsupported(pos, "this close is"));
                };
                let ch = self.expr_any(a)?;
                self.emit(Instr::ChanClose { ch });
                Ok(ch)
            }
            Builtin::Delete | Builtin::Clear
                if args.first().and_then(|a| self.type_of(a)).is_some_and(|t| {
                    matches!(self.types().under_kind(t), TypeKind::Map { .. })
                }) =>
            {
                let m = self.expr_any(&args[0])?;
                if b == Builtin::Delete {
                    let Some(k) = args.get(1) else {
                        return Err(CompileError::unsupported(pos, "this delete is"));
                    };
                    let k = self.map_key(&args[0], k)?;
                    self.emit(Instr::MapDelete { m, k });
                } else {
                    self.emit(Instr::MapClear { m });
                }
                Ok(m)
            }
            Builtin::Clear => {
                // clear(s): every element of the slice to its zero value.
                let Some(a) = args.first() else {
                    return Err(CompileError::unsupported(pos, "this clear is"));
                };
                let Scalar::Slice { elem_words, .. } = self.expr_scalar(a)? else {
                    return Err(CompileError::unsupported(pos, "this clear is"));
                };
                let s = self.expr_any(a)?;
                let zero = self.alloc(u32::from(elem_words).max(1))?;
                for k in 0..Reg::from(elem_words) {
                    self.emit(Instr::LoadImm {
                        dst: zero + k,
                        imm: 0,
                    });
                }
                let i = self.alloc(1)?;
                let c = self.alloc(1)?;
                self.emit(Instr::LoadImm { dst: i, imm: 0 });
                let top = self.here();
                self.emit(Instr::LtInt {
                    dst: c,
                    a: i,
                    b: s + 1,
                });
                let exit = self.emit(Instr::JumpIfFalse { cond: c, target: 0 });
                self.emit(Instr::SliceSet {
                    s,
                    i,
                    src: zero,
                    words: elem_words,
                });
                self.emit(Instr::AddIntImm {
                    dst: i,
                    a: i,
                    imm: 1,
                });
                self.emit(Instr::Loop { target: top as u32 });
                let end = self.here();
                self.patch(exit, end);
                Ok(s)
            }
            Builtin::Complex => {
                let [re, im] = args else {
                    return Err(CompileError::unsupported(pos, "this complex is"));
                };
                let dst = self.alloc(2)?;
                self.expr_into(re, dst)?;
                self.expr_into(im, dst + 1)?;
                Ok(dst)
            }
            Builtin::Real | Builtin::Imag => {
                let Some(z) = args.first() else {
                    return Err(CompileError::unsupported(pos, "this real or imag is"));
                };
                let v = self.expr_any(z)?;
                let dst = self.alloc(1)?;
                let part = if b == Builtin::Real { v } else { v + 1 };
                self.mov(dst, part, 1);
                Ok(dst)
            }
            Builtin::Min | Builtin::Max => {
                let kind = self.expr_scalar(e)?;
                let t = self
                    .type_of(e)
                    .unwrap_or(self.unit.checked.universe.invalid);
                let dst = self.alloc_kind(kind)?;
                let Some(first) = args.first() else {
                    return Err(CompileError::unsupported(pos, "this min or max is"));
                };
                self.value_to(first, t, dst)?;
                let c = self.alloc(1)?;
                for a in &args[1..] {
                    let v = self.alloc_kind(kind)?;
                    self.value_to(a, t, v)?;
                    // Take v when it is smaller (min) or larger (max);
                    // a NaN wins either way.
                    let (x, y) = if b == Builtin::Min {
                        (v, dst)
                    } else {
                        (dst, v)
                    };
                    let test = match kind {
                        Scalar::Int(_) => Instr::LtInt { dst: c, a: x, b: y },
                        Scalar::Uint(_) => Instr::LtUint { dst: c, a: x, b: y },
                        Scalar::Float64 | Scalar::Float32 => Instr::LtFloat { dst: c, a: x, b: y },
                        Scalar::Str => Instr::LtStr { dst: c, a: x, b: y },
                        _ => return Err(CompileError::unsupported(pos, "this min or max is")),
                    };
                    self.emit(test);
                    if kind.is_float() {
                        let t2 = self.alloc(2)?;
                        self.emit(Instr::NeFloat {
                            dst: t2,
                            a: v,
                            b: v,
                        });
                        self.emit(Instr::OrInt {
                            dst: c,
                            a: c,
                            b: t2,
                        });
                        // Zeros: min prefers -0, max +0 (the sign bit of
                        // the one being replaced, read as an integer).
                        self.emit(Instr::EqFloat {
                            dst: t2,
                            a: v,
                            b: dst,
                        });
                        let z = t2 + 1;
                        self.emit(Instr::LoadImm { dst: z, imm: 0 });
                        let neg = if b == Builtin::Min { v } else { dst };
                        self.emit(Instr::LtInt {
                            dst: z,
                            a: neg,
                            b: z,
                        });
                        self.emit(Instr::AndInt {
                            dst: t2,
                            a: t2,
                            b: z,
                        });
                        self.emit(Instr::OrInt {
                            dst: c,
                            a: c,
                            b: t2,
                        });
                    }
                    let skip = self.emit(Instr::JumpIfFalse { cond: c, target: 0 });
                    self.mov(dst, v, kind.words());
                    let end = self.here();
                    self.patch(skip, end);
                }
                Ok(dst)
            }
            Builtin::Make => {
                let t = self
                    .type_of(e)
                    .unwrap_or(self.unit.checked.universe.invalid);
                let k = self.kind_of(t, pos)?;
                let layout = match k {
                    Scalar::Slice { layout, .. } => layout,
                    Scalar::Map { layout } => {
                        // The size hint only matters for speed.
                        for a in &args[1..] {
                            self.expr_any(a)?;
                        }
                        let dst = self.alloc_kind(Scalar::Ptr)?;
                        self.emit(Instr::MakeMap { dst, layout });
                        return Ok(dst);
                    }
                    Scalar::Chan { layout } => {
                        let cap = self.alloc(1)?;
                        match args.get(1) {
                            Some(n) => self.expr_into(n, cap)?,
                            None => {
                                self.emit(Instr::LoadImm { dst: cap, imm: 0 });
                            }
                        }
                        let dst = self.alloc_kind(k)?;
                        self.emit(Instr::MakeChan { dst, layout, cap });
                        return Ok(dst);
                    }
                    _ => return Err(CompileError::unsupported(pos, "make of this type is")),
                };
                let a = self.alloc(2)?;
                match args.get(1) {
                    Some(n) => self.expr_into(n, a)?,
                    None => return Err(CompileError::unsupported(pos, "this make is")),
                }
                match args.get(2) {
                    Some(c) => self.expr_into(c, a + 1)?,
                    None => self.mov(a + 1, a, 1),
                }
                let dst = self.alloc_kind(k)?;
                self.emit(Instr::MakeSlice {
                    dst,
                    args: a,
                    layout,
                });
                Ok(dst)
            }
            Builtin::Append => {
                let t = self
                    .type_of(e)
                    .unwrap_or(self.unit.checked.universe.invalid);
                let k = self.kind_of(t, pos)?;
                let Scalar::Slice { layout, .. } = k else {
                    return Err(CompileError::unsupported(pos, "this append is"));
                };
                let Some(s) = args.first() else {
                    return Err(CompileError::unsupported(pos, "this append is"));
                };
                let dst = self.alloc_kind(k)?;
                self.expr_into(s, dst)?;
                if dots {
                    let Some(more) = args.get(1) else {
                        return Err(CompileError::unsupported(pos, "this append is"));
                    };
                    let src = self.expr_any(more)?;
                    let instr = if matches!(self.expr_scalar(more)?, Scalar::Str) {
                        Instr::AppendString { dst, src, layout }
                    } else {
                        Instr::AppendSlice { dst, src, layout }
                    };
                    self.emit(instr);
                    return Ok(dst);
                }
                if args.len() > 2 {
                    // Go grows the array once, for all the new elements.
                    let src = self.alloc_kind(k)?;
                    self.variadic_slice(e, (k, t), &args[1..], src)?;
                    self.emit(Instr::AppendSlice { dst, src, layout });
                    return Ok(dst);
                }
                let elem_ty = match self.types().under_kind(t) {
                    TypeKind::Slice(el) => *el,
                    _ => t,
                };
                for a in &args[1..] {
                    let v = if self.types().is_interface(elem_ty) {
                        let v = self.alloc_kind(Scalar::Iface)?;
                        self.value_to(a, elem_ty, v)?;
                        v
                    } else {
                        self.expr_any(a)?
                    };
                    self.emit(Instr::Append {
                        dst,
                        src: v,
                        layout,
                    });
                }
                Ok(dst)
            }
            Builtin::Panic => {
                let Some(a) = args.first() else {
                    return Err(CompileError::unsupported(pos, "this panic is"));
                };
                // panic's parameter is an `any`: recover returns it, and
                // the runtime prints it by its dynamic type.
                let any = self.unit.checked.universe.any;
                let v = self.alloc_kind(Scalar::Iface)?;
                self.value_to(a, any, v)?;
                self.emit(Instr::PanicIface { src: v });
                Ok(v)
            }
            Builtin::Recover => {
                let dst = self.alloc_kind(Scalar::Iface)?;
                self.emit(Instr::Recover { dst });
                Ok(dst)
            }
            Builtin::New => {
                let t = self
                    .type_of(e)
                    .unwrap_or(self.unit.checked.universe.invalid);
                let elem = match self.types().under_kind(t) {
                    TypeKind::Pointer(el) => *el,
                    _ => return Err(CompileError::unsupported(pos, "this new is")),
                };
                let ek = self.kind_of(elem, pos)?;
                let layout = self.unit.layout_of(ek)?;
                let dst = self.alloc_kind(Scalar::Ptr)?;
                self.emit(Instr::New { dst, layout });
                if let Some(a) = args.first() {
                    // new(expr) (Go 1.26): the value initializes the box.
                    let is_value = self
                        .info
                        .type_of(a.id)
                        .is_some_and(|tv| tv.mode != crate::check::Mode::TypeExpr);
                    if is_value {
                        let v = self.expr_any(a)?;
                        self.store_field(dst, 0, v, ek.words());
                    }
                }
                Ok(dst)
            }
            Builtin::Copy => {
                let (Some(d), Some(src)) = (args.first(), args.get(1)) else {
                    return Err(CompileError::unsupported(pos, "this copy is"));
                };
                let Scalar::Slice { elem_words, .. } = self.expr_scalar(d)? else {
                    return Err(CompileError::unsupported(pos, "this copy is"));
                };
                let from_string = matches!(self.expr_scalar(src)?, Scalar::Str);
                let at = self.alloc(6)?;
                for r in [at, at + 3] {
                    self.refs.insert(r);
                }
                self.expr_into(d, at)?;
                self.expr_into(src, at + 3)?;
                let dst = self.alloc(1)?;
                self.emit(if from_string {
                    Instr::CopyString { dst, args: at }
                } else {
                    Instr::CopySlice {
                        dst,
                        args: at,
                        words: elem_words,
                    }
                });
                Ok(dst)
            }
            _ => Err(CompileError::unsupported(
                pos,
                &format!("the builtin {} is", b.name()),
            )),
        }
    }

    fn convert(&mut self, dst: Reg, v: Reg, from: Scalar, to: Scalar, pos: u32) -> Result<()> {
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
            (Int(_) | Uint(_), Str) => {
                self.emit(Instr::RuneToStr { dst, src: v });
            }
            (Str, Str) => self.mov(dst, v, 2),
            (Complex(_), Complex(bits)) => {
                self.mov(dst, v, 2);
                if bits == 64 {
                    self.emit(Instr::RoundF32 { dst });
                    self.emit(Instr::RoundF32 { dst: dst + 1 });
                }
            }
            (Bool, Bool) => {
                if v != dst {
                    self.emit(Instr::Move { dst, src: v });
                }
            }
            _ => return Err(CompileError::unsupported(pos, "this conversion is")),
        }
        Ok(())
    }

    /// `println(...)`, `fmt.Println(...)` and their `Print` forms, for
    /// scalar and string arguments.
    fn print(&mut self, args: &'a [Expr], style: PrintStyle) -> Result<Reg> {
        let mut kinds = Vec::new();
        let mut scalars = Vec::new();
        for a in args {
            if let Some(v) = self.constant_of(a).filter(|_| !self.has_methods(a)) {
                if v.kind() == crate::constant::Kind::String {
                    let idx = self.unit.string_index(v.string_val());
                    kinds.push(PrintKind::ConstString(idx));
                    scalars.push(None);
                    continue;
                }
            }
            // An untyped constant argument of fmt's ...any takes its
            // default type, as the checker recorded.
            let sc = self.expr_scalar(a)?;
            let builtin = matches!(style, PrintStyle::BuiltinPrint | PrintStyle::BuiltinPrintln);
            // A value whose String or Error method fmt calls, a composite
            // or an interface is described by its runtime type.
            let simple = match sc {
                Scalar::Int(_) => Some(PrintKind::Int),
                Scalar::Uint(_) => Some(PrintKind::Uint),
                Scalar::Float64 => Some(PrintKind::Float64),
                Scalar::Float32 => Some(PrintKind::Float32),
                Scalar::Bool => Some(PrintKind::Bool),
                Scalar::Str => Some(PrintKind::Str),
                Scalar::Slice { .. }
                | Scalar::Struct { .. }
                | Scalar::Ptr
                | Scalar::Func
                | Scalar::Map { .. }
                | Scalar::Chan { .. }
                | Scalar::Complex(_)
                | Scalar::Iface => None,
            };
            kinds.push(match simple {
                Some(k) if builtin || !self.has_methods(a) => k,
                _ => {
                    let rtype = match self.type_of(a) {
                        Some(t) if !builtin => self.unit.rtype_of(t),
                        _ => None,
                    };
                    let Some(rtype) = rtype else {
                        return Err(CompileError::unsupported(
                            a.span.lo,
                            "printing values of this type is",
                        ));
                    };
                    PrintKind::Value {
                        rtype,
                        words: sc.words() as u16,
                    }
                }
            });
            scalars.push(Some(sc));
        }
        let words: u32 = kinds.iter().map(|k| k.words() as u32).sum();
        let is_sprint = matches!(
            style,
            PrintStyle::FmtSprint | PrintStyle::FmtSprintln | PrintStyle::FmtSprintf(_)
        );
        // A Sprint's string replaces its arguments: two registers at least.
        let base = self.alloc(words.max(if is_sprint { 2 } else { 1 }))?;
        let mut at = base;
        for (a, sc) in args.iter().zip(scalars) {
            let Some(sc) = sc else { continue };
            for off in self.unit.ref_offsets(sc) {
                self.refs.insert(at + off as Reg);
            }
            self.expr_into(a, at)?;
            at += sc.words() as Reg;
        }
        let type_names = args.iter().map(|a| self.go_type_name(a)).collect();
        let fmt_idx = self.unit.format_index(PrintFormat {
            style,
            kinds,
            type_names,
        });
        if matches!(
            style,
            PrintStyle::FmtSprint | PrintStyle::FmtSprintln | PrintStyle::FmtSprintf(_)
        ) {
            self.refs.insert(base);
            self.emit(Instr::Sprint {
                args: base,
                fmt_idx,
            });
            return Ok(base);
        }
        self.last_print = Some((fmt_idx, words));
        self.emit(Instr::Print {
            args: base,
            fmt_idx,
        });
        Ok(base)
    }
}

impl FuncCompiler<'_, '_> {
    /// Whether an expression's (defined) type has methods, which fmt may
    /// call.
    fn has_methods(&self, e: &Expr) -> bool {
        let Some(t) = self.type_of(e) else {
            return false;
        };
        let types = self.types();
        let t = types.unalias(t);
        types.named(t).is_some_and(|n| !n.methods.is_empty())
    }

    /// An expression's type as Go's `%T` prints it.
    fn go_type_name(&self, e: &Expr) -> Box<str> {
        match self.type_of(e) {
            Some(t) => super::go_type_string(self.types(), t).into(),
            None => "".into(),
        }
    }
}

/// Whether values of `t` are or contain arrays held inline.
pub(super) fn holds_array(types: &crate::types::TypeTable, t: TypeId, depth: u32) -> bool {
    if depth > 32 {
        return false;
    }
    match types.under_kind(t) {
        TypeKind::Array { .. } => true,
        TypeKind::Struct(fields) => fields.iter().any(|f| holds_array(types, f.ty, depth + 1)),
        _ => false,
    }
}

/// The most words a struct or array may have. A value that is moved
/// whole travels through registers (65,535 to a frame), so a function
/// that copies a larger one is too large for the VM; one that lives in
/// a variable and is only indexed may be as large as this.
const MAX_AGGREGATE_WORDS: u64 = 1 << 24;

/// The most words a struct may have: its fields' word offsets must fit
/// the field instructions' (and immediate adds') 15 bits.
const MAX_STRUCT_WORDS: u32 = 16384;

/// The most words an element of an array, a slice or a map may have: the
/// element instructions move at most 255 words.
const MAX_ELEMENT_WORDS: u32 = 255;

/// The kind of values of type `t`, registering slice element layouts.
pub(super) fn kind_of(unit: &mut Unit, t: TypeId, pos: u32) -> Result<Scalar> {
    // `type S []S`, `type M map[string]M`: a slice's or map's elements
    // may be of its own type. Their words and references are all the
    // layout needs, and those do not depend on the element.
    let types = &unit.checked.types;
    let u = types.underlying(t);
    match types.kind(u) {
        TypeKind::Slice(_) | TypeKind::Map { .. } if unit.kinds_in_progress.contains(&u) => {
            return Ok(match types.kind(u) {
                TypeKind::Slice(_) => Scalar::Slice {
                    elem_words: 0,
                    layout: 0,
                },
                _ => Scalar::Map { layout: 0 },
            });
        }
        TypeKind::Slice(_) | TypeKind::Map { .. } => {
            unit.kinds_in_progress.insert(u);
            let k = kind_of_uncached(unit, t, pos);
            unit.kinds_in_progress.remove(&u);
            return k;
        }
        _ => {}
    }
    kind_of_uncached(unit, t, pos)
}

/// An error unless elements of type `elem` (of kind `ek`) are small
/// enough for the element instructions.
fn element_fits(unit: &Unit, elem: TypeId, ek: Scalar, pos: u32) -> Result<()> {
    if ek.words() <= MAX_ELEMENT_WORDS {
        return Ok(());
    }
    Err(CompileError::unsupported(
        pos,
        &format!(
            "elements of more than {MAX_ELEMENT_WORDS} words ({}) are",
            unit.checked.types.type_string(elem)
        ),
    ))
}

fn kind_of_uncached(unit: &mut Unit, t: TypeId, pos: u32) -> Result<Scalar> {
    let types = &unit.checked.types;
    let what = || format!("values of type {} are", types.type_string(t));
    match types.under_kind(t).clone() {
        TypeKind::Basic(b) => Ok(match b {
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
            BasicKind::Complex64 => Scalar::Complex(64),
            BasicKind::Complex128 | BasicKind::UntypedComplex => Scalar::Complex(128),
            BasicKind::Bool | BasicKind::UntypedBool => Scalar::Bool,
            BasicKind::UntypedInt => Scalar::Int(64),
            BasicKind::String | BasicKind::UntypedString => Scalar::Str,
            _ => return Err(CompileError::unsupported(pos, &what())),
        }),
        TypeKind::Slice(elem) => {
            let ek = kind_of(unit, elem, pos)?;
            element_fits(unit, elem, ek, pos)?;
            let layout = unit.layout_of(ek)?;
            Ok(Scalar::Slice {
                elem_words: ek.words() as u8,
                layout,
            })
        }
        TypeKind::Pointer(_) => Ok(Scalar::Ptr),
        TypeKind::Func(_) => Ok(Scalar::Func),
        TypeKind::Chan { elem, .. } => {
            let ek = kind_of(unit, elem, pos)?;
            element_fits(unit, elem, ek, pos)?;
            let layout = unit.layout_of(ek)?;
            Ok(Scalar::Chan { layout })
        }
        TypeKind::Interface(_) => Ok(Scalar::Iface),
        TypeKind::Map { key, value } => {
            let kk = kind_of(unit, key, pos)?;
            let vk = kind_of(unit, value, pos)?;
            let (key_str, key_float, key_composite) = match kk {
                Scalar::Str => (true, false, None),
                Scalar::Float64 | Scalar::Float32 => (false, true, None),
                Scalar::Int(_) | Scalar::Uint(_) | Scalar::Bool | Scalar::Ptr => {
                    (false, false, None)
                }
                Scalar::Struct { .. } | Scalar::Iface | Scalar::Complex(_) => {
                    match unit.rtype_of(key) {
                        Some(rt) => (false, false, Some(rt)),
                        None => return Err(CompileError::unsupported(pos, &what())),
                    }
                }
                _ => return Err(CompileError::unsupported(pos, &what())),
            };
            let ml = crate::heap::MapLayout {
                key_str,
                key_float,
                key_composite,
                key: Layout {
                    words: kk.words(),
                    refs: unit.ref_offsets(kk).into(),
                },
                val: Layout {
                    words: vk.words(),
                    refs: unit.ref_offsets(vk).into(),
                },
            };
            let idx = match unit.program.map_layouts.iter().position(|l| *l == ml) {
                Some(i) => i,
                None => {
                    unit.program.map_layouts.push(ml);
                    unit.program.map_layouts.len() - 1
                }
            };
            let layout = u16::try_from(idx)
                .map_err(|_| CompileError::unsupported(pos, "so many map types are"))?;
            Ok(Scalar::Map { layout })
        }
        TypeKind::Array { len, elem } => {
            let ek = kind_of(unit, elem, pos)?;
            element_fits(unit, elem, ek, pos)?;
            let words = u64::from(ek.words()) * len;
            if words > MAX_AGGREGATE_WORDS {
                return Err(CompileError::unsupported(
                    pos,
                    &format!(
                        "arrays of more than {MAX_AGGREGATE_WORDS} words ({}) are",
                        types.type_string(t)
                    ),
                ));
            }
            let words = words as u32;
            let elem_refs = unit.ref_offsets(ek);
            let mut refs = Vec::new();
            for i in 0..len as u32 {
                refs.extend(elem_refs.iter().map(|r| i * ek.words() + r));
            }
            let (es, ep) = go_size(unit, ek);
            let layout = crate::bytecode::ElemLayout {
                layout: Layout {
                    words,
                    refs: refs.into(),
                },
                go_size: es * len as u32,
                has_pointers: ep,
                bytes: false,
            };
            let layout = unit.register_layout(layout)?;
            Ok(Scalar::Struct { layout, words })
        }
        TypeKind::Struct(fields) => {
            let under = types.underlying(t);
            let mut offs = Vec::new();
            let mut words = 0u32;
            for f in &fields {
                let fk = kind_of(unit, f.ty, pos)?;
                offs.push((words, fk));
                words += fk.words();
            }
            if words > MAX_STRUCT_WORDS {
                return Err(CompileError::unsupported(
                    pos,
                    &format!("structs of more than {MAX_STRUCT_WORDS} words are"),
                ));
            }
            let mut refs = Vec::new();
            for &(off, fk) in &offs {
                for r in unit.ref_offsets(fk) {
                    refs.push(off + r);
                }
            }
            let (go_size, has_pointers) = offs.iter().fold((0u32, false), |(s, p), &(_, fk)| {
                let (fs, fp) = go_size(unit, fk);
                (s + fs, p || fp)
            });
            let layout = crate::bytecode::ElemLayout {
                layout: Layout {
                    words,
                    refs: refs.into(),
                },
                go_size,
                has_pointers,
                bytes: false,
            };
            let layout = unit.register_layout(layout)?;
            unit.structs.insert(under, offs);
            Ok(Scalar::Struct { layout, words })
        }
        _ => Err(CompileError::unsupported(pos, &what())),
    }
}

/// Go's size in bytes of a value of this kind (for append's growth) and
/// whether it contains pointers (field alignment is approximated by
/// rounding to 8 bytes, which is exact for structs of word-sized fields).
pub(crate) fn go_size(unit: &Unit, k: Scalar) -> (u32, bool) {
    match k {
        Scalar::Ptr | Scalar::Func | Scalar::Map { .. } | Scalar::Chan { .. } => (8, true),
        Scalar::Struct { layout, .. } => unit
            .program
            .layouts
            .get(layout as usize)
            .map_or((0, false), |l| (l.go_size.div_ceil(8) * 8, l.has_pointers)),
        Scalar::Int(bits) | Scalar::Uint(bits) => (u32::from(bits) / 8, false),
        Scalar::Float64 => (8, false),
        Scalar::Complex(bits) => (u32::from(bits) / 8, false),
        Scalar::Float32 => (4, false),
        Scalar::Bool => (1, false),
        Scalar::Str | Scalar::Iface => (16, true),
        Scalar::Slice { .. } => (24, true),
    }
}

/// Whether place `p`'s operands (the registers it reads to find its
/// storage) overlap any of the register ranges `written`.
fn reads_any(p: &Place, written: &[(Reg, u32)]) -> bool {
    match *p {
        Place::Reg(..) | Place::Global(..) => false,
        Place::SliceElem { s, i, .. } => overlaps(s, 3, written) || overlaps(i, 1, written),
        Place::Field { p, .. } => overlaps(p, 1, written),
        // The key's width is not at hand: any register write counts.
        Place::MapElem { .. } => !written.is_empty(),
    }
}

/// A move of `words` words between field offset `off` and register
/// `reg`, as `(offset, register, words)` pieces: an instruction moves at
/// most 255 words, and there is at least one piece (a move of none still
/// checks the pointer for nil). `None` when an offset or a register
/// passes 16 bits.
fn field_pieces(off: u16, reg: Reg, words: u32) -> Option<Vec<(u16, Reg, u8)>> {
    (0..words.max(1))
        .step_by(255)
        .map(|done| {
            Some((
                u16::try_from(u32::from(off) + done).ok()?,
                Reg::try_from(u32::from(reg) + done).ok()?,
                (words - done).min(255) as u8,
            ))
        })
        .collect()
}

/// Whether registers `r..r + n` overlap any of the ranges `written`.
fn overlaps(r: Reg, n: u32, written: &[(Reg, u32)]) -> bool {
    written
        .iter()
        .any(|&(w, wn)| u32::from(r) < u32::from(w) + wn && u32::from(w) < u32::from(r) + n)
}

fn unparen(e: &Expr) -> &Expr {
    let mut e = e;
    while let ExprKind::Paren(x) = &e.kind {
        e = x;
    }
    e
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
