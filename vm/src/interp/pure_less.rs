//! A small evaluator for sort's less functions that only read: the
//! common `s[i] < s[j]`, `s[i].f < s[j].f`, string and float compares.
//! It runs the function's bytecode over a register array of its own,
//! with none of a nested interpreter run's entry, exit and frame work.
//!
//! Such a function (`reads_only`) stores nothing outside its registers:
//! no heap or global store, no call, no allocation. So whenever the
//! evaluator meets something it does not do itself (a failed bounds or
//! nil check, an instruction outside its set), it gives up on that call
//! (`None`) and the caller runs the same call through the interpreter
//! from its start (`sort_call.rs`), which panics as Go does, with the
//! traceback; having computed nothing visible, the first try changes
//! nothing. Every instruction it does run has the interpreter's meaning
//! exactly (`interp.rs`, the same expressions).
//!
//! Heap objects cannot go away during a sort (no collection while a
//! goroutine runs, and the sort has no safepoint), so the words of the
//! last two objects looked up (the closure, the array) are kept.

use super::{float_cmp, float_op, str_bytes};
use crate::bytecode::{Function, Instr, Program};
use crate::heap::{handle_of, offset_of, ref_word, Handle, Heap};
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// Registers the evaluator has; a function with a larger frame goes to
/// the interpreter.
const REGS: usize = 64;

/// Whether the evaluator can run `f`, a less function (two parameters).
pub(super) fn reads_only(f: &Function) -> bool {
    use Instr::*;
    f.n_params == 2
        && (f.frame_size as usize) <= REGS
        && f.code.iter().all(|i| {
            matches!(
                i,
                Nop | Move { .. }
                    | MoveN { .. }
                    | LoadImm { .. }
                    | LoadConst { .. }
                    | AddInt { .. }
                    | SubInt { .. }
                    | MulInt { .. }
                    | AndInt { .. }
                    | OrInt { .. }
                    | XorInt { .. }
                    | AndNotInt { .. }
                    | Shl { .. }
                    | Shr { .. }
                    | ShrUint { .. }
                    | CheckShift { .. }
                    | NegInt { .. }
                    | NotInt { .. }
                    | AddIntImm { .. }
                    | MulIntImm { .. }
                    | AndIntImm { .. }
                    | ShlImm { .. }
                    | ShrImm { .. }
                    | ShrUintImm { .. }
                    | Wrap { .. }
                    | AddFloat { .. }
                    | SubFloat { .. }
                    | MulFloat { .. }
                    | DivFloat { .. }
                    | NegFloat { .. }
                    | EqInt { .. }
                    | NeInt { .. }
                    | LtInt { .. }
                    | LeInt { .. }
                    | LtUint { .. }
                    | LeUint { .. }
                    | EqFloat { .. }
                    | NeFloat { .. }
                    | LtFloat { .. }
                    | LeFloat { .. }
                    | Not { .. }
                    | Jump { .. }
                    | Loop { .. }
                    | JumpIfFalse { .. }
                    | JumpIfTrue { .. }
                    | JumpUnlessInt { .. }
                    | JumpUnlessIntImm { .. }
                    | JumpUnlessFloat { .. }
                    | Return { .. }
                    | EqStr { .. }
                    | LtStr { .. }
                    | LeStr { .. }
                    | SliceGet { .. }
                    | SliceAddr { .. }
                    | LoadField { .. }
            )
        })
}

/// Up to two objects' words, most recent first (handle 0: none, which
/// reads as nil does, as zeros).
type Cache<'h> = [(Handle, &'h [AtomicU64]); 2];

/// The words of word object `h`, or `None` for another kind of object.
#[inline(always)]
fn words<'h>(heap: &'h Heap, cache: &mut Cache<'h>, h: Handle) -> Option<&'h [AtomicU64]> {
    if cache[0].0 == h {
        return Some(cache[0].1);
    }
    if cache[1].0 == h {
        return Some(cache[1].1);
    }
    let d = heap.word_array(h)?;
    cache[1] = cache[0];
    cache[0] = (h, d);
    Some(d)
}

/// One less function, ready to call.
pub(super) struct PureLess<'h> {
    program: &'h Program,
    heap: &'h Heap,
    code: &'h [Instr],
    /// Where each call starts, past the prefix `init` holds the result of.
    start: usize,
    size: usize,
    /// The registers as each call finds them, but for the parameters: the
    /// closure slot, the words the code's prefix loads, zeros.
    init: [u64; REGS],
    regs: [u64; REGS],
    cache: Cache<'h>,
}

/// The registers a frame of `size` registers starts with (the closure in
/// its slot, 2), and how much of `code`'s start they have run already:
/// the constants and closure fields it loads first. Every call would load
/// the same words: a variable a closure holds by value is never assigned
/// after its declaration (compile/func.rs `Capture`), so nothing stores
/// into a closure after it is made.
fn prefix(heap: &Heap, code: &[Instr], size: usize, closure: u64) -> ([u64; REGS], usize) {
    let mut regs = [0; REGS];
    regs[2] = closure;
    let fits = |dst: u16, n: usize| dst >= 3 && dst as usize + n <= size;
    let mut pc = 0;
    while let Some(&instr) = code.get(pc) {
        match instr {
            Instr::LoadImm { dst, imm } if fits(dst, 1) => regs[dst as usize] = imm as i64 as u64,
            Instr::LoadField { dst, p, off, words }
                if p == 2 && words > 0 && fits(dst, words as usize) =>
            {
                let start = offset_of(closure) as usize + off as usize;
                let (d, n) = (dst as usize, words as usize);
                heap.read(handle_of(closure), start, &mut regs[d..d + n]);
            }
            _ => break,
        }
        pc += 1;
    }
    (regs, pc)
}

impl<'h> PureLess<'h> {
    /// `f` must be `reads_only`.
    pub(super) fn new(program: &'h Program, heap: &'h Heap, f: &'h Function, closure: u64) -> Self {
        let size = (f.frame_size as usize).clamp(3, REGS);
        let (init, start) = prefix(heap, &f.code, size, closure);
        PureLess {
            program,
            heap,
            code: &f.code,
            start,
            size,
            init,
            regs: [0; REGS],
            cache: [(0, &[]); 2],
        }
    }

    /// less(i, j), or `None` if the interpreter must run this call.
    #[inline]
    pub(super) fn less(&mut self, i: isize, j: isize) -> Option<bool> {
        let (program, heap, code) = (self.program, self.heap, self.code);
        let regs = &mut self.regs;
        let cache = &mut self.cache;
        // As the interpreter's frame: parameters, the closure slot, the
        // other registers zeroed; then the prefix's loads.
        if self.size <= 16 {
            regs[..16].copy_from_slice(&self.init[..16]);
        } else {
            regs[..self.size].copy_from_slice(&self.init[..self.size]);
        }
        regs[0] = i as u64;
        regs[1] = j as u64;
        macro_rules! r {
            ($i:expr) => {
                regs[($i as usize) % REGS]
            };
        }
        // Words `start..start + n` of object `h` into registers `dst..`,
        // as `Heap::read1` (n = 1) and `Heap::read` read them.
        macro_rules! load {
            ($dst:expr, $h:expr, $start:expr, $n:expr) => {{
                let (dst, h, start, n): (usize, Handle, usize, usize) = ($dst, $h, $start, $n);
                let w = words(heap, cache, h);
                if n == 1 {
                    r!(dst) = match w {
                        Some(d) => d.get(start).map_or(0, |x| x.load(Relaxed)),
                        None => heap.read1(h, start),
                    };
                } else {
                    let out = regs.get_mut(dst..dst + n)?;
                    match w {
                        Some(d) => match d.get(start..start.saturating_add(n)) {
                            Some(src) => {
                                for (o, x) in out.iter_mut().zip(src) {
                                    *o = x.load(Relaxed);
                                }
                            }
                            None => out.fill(0),
                        },
                        None => heap.read(h, start, out),
                    }
                }
            }};
        }
        let mut pc = self.start;
        loop {
            let instr = *code.get(pc)?;
            pc += 1;
            match instr {
                Instr::Nop => {}
                Instr::Move { dst, src } => r!(dst) = r!(src),
                Instr::MoveN { dst, src, n } => {
                    let (d, s, n) = (dst as usize, src as usize, n as usize);
                    if d + n > REGS || s + n > REGS {
                        return None;
                    }
                    regs.copy_within(s..s + n, d);
                }
                Instr::LoadImm { dst, imm } => r!(dst) = imm as i64 as u64,
                Instr::LoadConst { dst, idx } => {
                    r!(dst) = program.consts.get(idx as usize).copied().unwrap_or(0)
                }
                Instr::AddInt { dst, a, b } => r!(dst) = r!(a).wrapping_add(r!(b)),
                Instr::SubInt { dst, a, b } => r!(dst) = r!(a).wrapping_sub(r!(b)),
                Instr::MulInt { dst, a, b } => r!(dst) = r!(a).wrapping_mul(r!(b)),
                Instr::AndInt { dst, a, b } => r!(dst) = r!(a) & r!(b),
                Instr::OrInt { dst, a, b } => r!(dst) = r!(a) | r!(b),
                Instr::XorInt { dst, a, b } => r!(dst) = r!(a) ^ r!(b),
                Instr::AndNotInt { dst, a, b } => r!(dst) = r!(a) & !r!(b),
                Instr::Shl { dst, a, b } => {
                    let s = r!(b);
                    r!(dst) = if s >= 64 { 0 } else { r!(a) << s };
                }
                Instr::Shr { dst, a, b } => {
                    let s = r!(b).min(63);
                    r!(dst) = ((r!(a) as i64) >> s) as u64;
                }
                Instr::ShrUint { dst, a, b } => {
                    let s = r!(b);
                    r!(dst) = if s >= 64 { 0 } else { r!(a) >> s };
                }
                Instr::CheckShift { count } => {
                    if (r!(count) as i64) < 0 {
                        return None;
                    }
                }
                Instr::NegInt { dst, src } => r!(dst) = (r!(src) as i64).wrapping_neg() as u64,
                Instr::NotInt { dst, src } => r!(dst) = !r!(src),
                Instr::AddIntImm { dst, a, imm } => r!(dst) = r!(a).wrapping_add(imm as i64 as u64),
                Instr::MulIntImm { dst, a, imm } => r!(dst) = r!(a).wrapping_mul(imm as i64 as u64),
                Instr::AndIntImm { dst, a, imm } => r!(dst) = r!(a) & (imm as i64 as u64),
                Instr::ShlImm { dst, a, imm } => r!(dst) = r!(a) << (imm & 63),
                Instr::ShrImm { dst, a, imm } => r!(dst) = ((r!(a) as i64) >> (imm & 63)) as u64,
                Instr::ShrUintImm { dst, a, imm } => r!(dst) = r!(a) >> (imm & 63),
                Instr::Wrap { dst, bits, signed } => {
                    let v = r!(dst);
                    let shift = 64 - u32::from(bits);
                    r!(dst) = if signed {
                        (((v << shift) as i64) >> shift) as u64
                    } else {
                        (v << shift) >> shift
                    };
                }
                Instr::AddFloat { dst, a, b } => r!(dst) = float_op(r!(a), r!(b), |x, y| x + y),
                Instr::SubFloat { dst, a, b } => r!(dst) = float_op(r!(a), r!(b), |x, y| x - y),
                Instr::MulFloat { dst, a, b } => r!(dst) = float_op(r!(a), r!(b), |x, y| x * y),
                Instr::DivFloat { dst, a, b } => r!(dst) = float_op(r!(a), r!(b), |x, y| x / y),
                Instr::NegFloat { dst, src } => r!(dst) = (-f64::from_bits(r!(src))).to_bits(),
                Instr::EqInt { dst, a, b } => r!(dst) = u64::from(r!(a) == r!(b)),
                Instr::NeInt { dst, a, b } => r!(dst) = u64::from(r!(a) != r!(b)),
                Instr::LtInt { dst, a, b } => r!(dst) = u64::from((r!(a) as i64) < (r!(b) as i64)),
                Instr::LeInt { dst, a, b } => r!(dst) = u64::from((r!(a) as i64) <= (r!(b) as i64)),
                Instr::LtUint { dst, a, b } => r!(dst) = u64::from(r!(a) < r!(b)),
                Instr::LeUint { dst, a, b } => r!(dst) = u64::from(r!(a) <= r!(b)),
                Instr::EqFloat { dst, a, b } => r!(dst) = float_cmp(r!(a), r!(b), |x, y| x == y),
                Instr::NeFloat { dst, a, b } => r!(dst) = float_cmp(r!(a), r!(b), |x, y| x != y),
                Instr::LtFloat { dst, a, b } => r!(dst) = float_cmp(r!(a), r!(b), |x, y| x < y),
                Instr::LeFloat { dst, a, b } => r!(dst) = float_cmp(r!(a), r!(b), |x, y| x <= y),
                Instr::Not { dst, src } => r!(dst) = u64::from(r!(src) == 0),
                Instr::Jump { target } | Instr::Loop { target } => pc = target as usize,
                Instr::JumpIfFalse { cond, target } => {
                    if r!(cond) == 0 {
                        pc = target as usize;
                    }
                }
                Instr::JumpIfTrue { cond, target } => {
                    if r!(cond) != 0 {
                        pc = target as usize;
                    }
                }
                Instr::JumpUnlessInt { cmp, a, b, target } => {
                    if !cmp.holds(r!(a), r!(b)) {
                        pc = target as usize;
                    }
                }
                Instr::JumpUnlessIntImm {
                    cmp,
                    a,
                    imm,
                    target,
                } => {
                    if !cmp.holds(r!(a), imm as i64 as u64) {
                        pc = target as usize;
                    }
                }
                Instr::JumpUnlessFloat { cmp, a, b, target } => {
                    if !cmp.holds(f64::from_bits(r!(a)), f64::from_bits(r!(b))) {
                        pc = target as usize;
                    }
                }
                // The interpreter leaves the result at the frame's base.
                Instr::Return { src, n } => {
                    return Some(if n == 0 { r!(0) } else { r!(src) } != 0);
                }
                Instr::EqStr { dst, a, b } => {
                    let x = str_bytes(heap, r!(a), r!(a as usize + 1) as usize);
                    let y = str_bytes(heap, r!(b), r!(b as usize + 1) as usize);
                    r!(dst) = u64::from(x == y);
                }
                Instr::LtStr { dst, a, b } => {
                    let x = str_bytes(heap, r!(a), r!(a as usize + 1) as usize);
                    let y = str_bytes(heap, r!(b), r!(b as usize + 1) as usize);
                    r!(dst) = u64::from(x < y);
                }
                Instr::LeStr { dst, a, b } => {
                    let x = str_bytes(heap, r!(a), r!(a as usize + 1) as usize);
                    let y = str_bytes(heap, r!(b), r!(b as usize + 1) as usize);
                    r!(dst) = u64::from(x <= y);
                }
                Instr::SliceGet { dst, s, i, words } => {
                    let (len, idx) = (r!(s as usize + 1), r!(i) as i64);
                    if idx < 0 || idx as u64 >= len {
                        return None;
                    }
                    let w = r!(s);
                    let n = words as usize;
                    let start =
                        (offset_of(w) as usize).wrapping_add((idx as usize).wrapping_mul(n));
                    load!(dst as usize, handle_of(w), start, n);
                }
                Instr::SliceAddr { dst, s, i, words } => {
                    let (len, idx) = (r!(s as usize + 1), r!(i) as i64);
                    if idx < 0 || idx as u64 >= len {
                        return None;
                    }
                    let w = r!(s);
                    let n = u32::from(words);
                    r!(dst) = ref_word(
                        handle_of(w),
                        offset_of(w).wrapping_add((idx as u32).wrapping_mul(n)),
                    );
                }
                Instr::LoadField { dst, p, off, words } => {
                    let w = r!(p);
                    if handle_of(w) == 0 {
                        return None;
                    }
                    let start = offset_of(w) as usize + off as usize;
                    load!(dst as usize, handle_of(w), start, words as usize);
                }
                _ => return None,
            }
        }
    }
}
