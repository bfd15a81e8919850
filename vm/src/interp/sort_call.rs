//! sort.Slice and sort.SliceStable whose less function is a leaf: Go's
//! algorithms run in Rust (`crate::sortfunc`), and each Less is a nested
//! run of the interpreter over the less function, in a frame right above
//! the native's registers.
//!
//! A leaf (see `is_leaf`) calls nothing, allocates nothing and cannot
//! block, so the nested run can only return, loop or panic: it never
//! parks, never asks for a collection and never needs the goroutine's
//! other frames. The outer frames, deferred calls and panics are set
//! aside while it runs, so that a panic in less unwinds nothing but the
//! less call; it then goes on from the sort.Slice call, as Go's would
//! (less has no deferred calls to run). The nested runs ignore
//! preemption (a private flag, never set): like a native call, a sort
//! runs to its end, and a stop-the-world waits for it.
//!
//! Any other less function (one that calls, allocates, sends...) is
//! sorted by the Go code of package sort, with the same algorithm.

use super::pure_less::{self, PureLess};
use super::{Env, Exit, Frame, Goroutine, PCache, Panic, Scheduler};
use crate::bytecode::{Function, Instr, Program, RType};
use crate::heap::{handle_of, offset_of, Handle};
use crate::sortfunc::{self, LessSwap};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};

/// Whether `f` only computes over registers, globals and heap words it
/// reads or stores in place: no call, allocation, channel operation,
/// defer or conversion that makes a new object.
fn is_leaf(f: &Function) -> bool {
    use Instr::*;
    f.code.iter().all(|i| {
        matches!(
            i,
            Nop | Move { .. }
                | MoveN { .. }
                | LoadImm { .. }
                | LoadConst { .. }
                | AddInt { .. }
                | SubInt { .. }
                | MulInt { .. }
                | DivInt { .. }
                | RemInt { .. }
                | DivUint { .. }
                | RemUint { .. }
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
                | DivIntImm { .. }
                | RemIntImm { .. }
                | AndIntImm { .. }
                | ShlImm { .. }
                | ShrImm { .. }
                | ShrUintImm { .. }
                | AddFloatK { .. }
                | SubFloatK { .. }
                | MulFloatK { .. }
                | DivFloatK { .. }
                | KSubFloat { .. }
                | KDivFloat { .. }
                | Wrap { .. }
                | AddFloat { .. }
                | SubFloat { .. }
                | MulFloat { .. }
                | DivFloat { .. }
                | NegFloat { .. }
                | RoundF32 { .. }
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
                | IntToFloat { .. }
                | UintToFloat { .. }
                | FloatToInt { .. }
                | FloatToUint { .. }
                | Jump { .. }
                | Loop { .. }
                | JumpIfFalse { .. }
                | JumpIfTrue { .. }
                | JumpUnlessInt { .. }
                | JumpUnlessIntImm { .. }
                | JumpUnlessFloat { .. }
                | Return { .. }
                | LoadGlobal { .. }
                | StoreGlobal { .. }
                | LoadStr { .. }
                | StrIndex { .. }
                | EqStr { .. }
                | LtStr { .. }
                | LeStr { .. }
                | SliceGet { .. }
                | SliceSet { .. }
                | SliceAddr { .. }
                | LoadField { .. }
                | StoreField { .. }
                | PanicMsg { .. }
        )
    })
}

/// The slice being sorted (its backing array and element size) and the
/// nested calls of less.
struct Nested<'g, 'e> {
    g: &'g mut Goroutine,
    env: Env<'e>,
    pcache: &'g mut PCache,
    sched: &'g mut dyn Scheduler,
    func: u32,
    closure: u64,
    /// Where less's frame starts, and its size.
    at: usize,
    size: usize,
    seg: u32,
    array: Handle,
    first: usize,
    elem_words: usize,
    tmp: Vec<u64>,
    /// The evaluator for a less function that only reads, if it is one
    /// (`pure_less.rs`); a call it gives up on runs in the interpreter.
    pure: Option<PureLess<'e>>,
    /// The backing array's words, if it is a word array: it stays put
    /// for the whole sort (no collection can run meanwhile).
    words: Option<&'e [AtomicU64]>,
}

impl LessSwap for Nested<'_, '_> {
    type Err = Panic;

    fn less(&mut self, i: isize, j: isize) -> Result<bool, Panic> {
        if let Some(p) = &mut self.pure {
            if let Some(b) = p.less(i, j) {
                return Ok(b);
            }
        }
        let cur = &mut self.g.stack.cur;
        cur[self.at..self.at + self.size].fill(0);
        cur[self.at] = i as u64;
        cur[self.at + 1] = j as u64;
        cur[self.at + 2] = self.closure;
        self.g.frames.push(Frame {
            func: self.func,
            pc: 0,
            base: self.at,
            seg: self.seg,
            ret: 0,
        });
        loop {
            match self.g.run(&self.env, self.pcache, self.sched) {
                Exit::Done => return Ok(self.g.stack.cur[self.at] != 0),
                Exit::Panic(p) => return Err(p),
                // Never with a private preempt flag; resumable anyway.
                Exit::Preempted | Exit::Yield => {}
                // Not from a leaf; said, rather than a Rust panic.
                other => {
                    let msg = format!("minigo: sort's less function stopped: {other:?}");
                    return Err(self.g.panic(self.env.program, &msg, false));
                }
            }
        }
    }

    fn swap(&mut self, i: isize, j: isize) {
        let heap = self.env.heap;
        let n = self.elem_words;
        let (a, b) = (self.first + i as usize * n, self.first + j as usize * n);
        if let Some(d) = self.words {
            // As `Heap::read`/`write` would: out of range (only a torn
            // slice of a racy program) reads zeros and stores nothing.
            if n == 1 {
                let (x, y) = (
                    d.get(a).map_or(0, |w| w.load(Relaxed)),
                    d.get(b).map_or(0, |w| w.load(Relaxed)),
                );
                if let Some(w) = d.get(a) {
                    w.store(y, Relaxed);
                }
                if let Some(w) = d.get(b) {
                    w.store(x, Relaxed);
                }
                return;
            }
            if let (Some(x), Some(y)) = (d.get(a..a + n), d.get(b..b + n)) {
                for (p, q) in x.iter().zip(y) {
                    let (v, w) = (p.load(Relaxed), q.load(Relaxed));
                    p.store(w, Relaxed);
                    q.store(v, Relaxed);
                }
                return;
            }
        }
        if n == 1 {
            let (x, y) = (heap.read1(self.array, a), heap.read1(self.array, b));
            heap.write1(self.array, a, y);
            heap.write1(self.array, b, x);
            return;
        }
        self.tmp.resize(2 * n, 0);
        let (x, y) = self.tmp.split_at_mut(n);
        heap.read(self.array, a, x);
        heap.read(self.array, b, y);
        heap.write(self.array, a, y);
        heap.write(self.array, b, x);
    }
}

/// Go's SliceIsSorted: no element less than the one before it.
fn is_sorted(data: &mut Nested, n: isize) -> Result<bool, Panic> {
    for i in (1..n).rev() {
        if data.less(i, i - 1)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The element size of the slice type `tw` (a sort.Slice argument's type
/// word), if it is a slice.
fn elem_words(program: &Program, tw: u64) -> Option<usize> {
    match (tw as usize)
        .checked_sub(1)
        .and_then(|i| program.rtypes.get(i))
    {
        Some(RType::Slice { elem_words, .. }) => Some(*elem_words as usize),
        _ => None,
    }
}

impl Goroutine {
    /// sort.Slice, SliceStable or SliceIsSorted (`mode` 0, 1, 2) of the
    /// native frame at `base`: x (type and data words), less, mode.
    /// Ok(None) when less is not a leaf, or x not a slice: package sort's
    /// Go code does it (and panics as Go does); else whether x is sorted
    /// (always, after a sort). `at` is the first register past the
    /// native's frame, `seg` its stack segment.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn sort_slice_func(
        &mut self,
        env: &Env,
        pcache: &mut PCache,
        sched: &mut dyn Scheduler,
        base: usize,
        at: usize,
        seg: u32,
    ) -> Result<Option<bool>, Panic> {
        let (program, heap) = (env.program, env.heap);
        let (tw, data, closure, mode) = (
            self.stack.cur[base],
            self.stack.cur[base + 1],
            self.stack.cur[base + 2],
            self.stack.cur[base + 3],
        );
        let Some(elem_words) = elem_words(program, tw) else {
            return Ok(None);
        };
        if handle_of(closure) == 0 || handle_of(data) == 0 {
            return Ok(None);
        }
        let func = heap.read1(handle_of(closure), 0) as u32;
        let Some(f) = program.functions.get(func as usize) else {
            return Ok(None);
        };
        if f.n_params != 2 || !is_leaf(f) {
            return Ok(None);
        }
        let off = offset_of(data) as usize;
        let (sw, len) = (
            heap.read1(handle_of(data), off),
            heap.read1(handle_of(data), off + 1),
        );
        let size = (f.frame_size as usize).max(3);
        if at + size > self.stack.cur.len() {
            let grown = (at + size).max(self.stack.cur.len() * 2);
            self.stack.cur.resize(grown, 0);
        }
        let quiet = AtomicBool::new(false);
        let nested_env = Env {
            preempt: &quiet,
            ..*env
        };
        let frames = std::mem::take(&mut self.frames);
        let defers = std::mem::take(&mut self.defers);
        let panicking = std::mem::take(&mut self.panicking);
        let mut data = Nested {
            g: self,
            env: nested_env,
            pcache,
            sched,
            func,
            closure,
            at,
            size,
            seg,
            array: handle_of(sw),
            first: offset_of(sw) as usize,
            elem_words,
            tmp: Vec::new(),
            pure: pure_less::reads_only(f).then(|| PureLess::new(program, heap, f, closure)),
            words: heap.word_array(handle_of(sw)),
        };
        let n = len as isize;
        let result = match mode {
            0 => sortfunc::sort(&mut data, n).map(|()| true),
            1 => sortfunc::stable(&mut data, n).map(|()| true),
            _ => is_sorted(&mut data, n),
        };
        self.frames = frames;
        self.defers = defers;
        self.panicking = panicking;
        result.map(Some)
    }
}
