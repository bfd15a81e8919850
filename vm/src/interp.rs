//! The interpreter loop. It runs one goroutine's frames, which live in the
//! goroutine ([`Goroutine`]), not on the Rust stack: a Go call pushes a
//! frame record and moves the register window, so Go recursion never
//! recurses in Rust and a goroutine can stop at any instruction and be
//! resumed later (by another thread, once the scheduler exists).
//!
//! `run` returns why it stopped ([`Exit`]): the goroutine finished, it
//! panicked, or it was asked to yield at a safepoint (every backward jump
//! and every function entry checks the goroutine's preemption flag, the one
//! flag that will serve both the scheduler's preemption and the GC's
//! stop-the-world).

use crate::bytecode::{Instr, PrintFormat, PrintKind, PrintStyle, Program};
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

/// Go's limit: `runtime: goroutine stack exceeds 1000000000-byte limit`.
pub const MAX_STACK_BYTES: usize = 1_000_000_000;

/// One call's record: which function, where it resumes, where its
/// register window starts.
#[derive(Clone, Copy, Debug)]
struct Frame {
    func: u32,
    pc: u32,
    base: usize,
}

/// A goroutine's execution state: its registers and its frames.
#[derive(Debug)]
pub struct Goroutine {
    stack: Vec<u64>,
    frames: Vec<Frame>,
    /// Set by another thread to ask the goroutine to stop at its next
    /// safepoint.
    pub preempt: AtomicBool,
}

/// A Go panic on its way out: the message Go prints after `panic: `.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Panic {
    pub msg: String,
    /// Whether Go prefixes `runtime error: ` and adds `[recovered]`-free
    /// `goroutine N [running]` (a runtime error rather than a user panic).
    pub runtime_error: bool,
    /// The Go functions on the stack when it happened, innermost first,
    /// with the line each was at.
    pub traceback: Vec<(String, u32)>,
}

/// Why `run` returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Exit {
    Done,
    Panic(Panic),
    /// The goroutine grew its stack past Go's limit.
    StackOverflow,
    /// Stopped at a safepoint because `preempt` was set; `run` resumes it.
    Preempted,
}

/// Where printed output goes.
pub struct Output<'o> {
    pub stdout: &'o mut dyn Write,
    pub stderr: &'o mut dyn Write,
}

impl Goroutine {
    /// A goroutine about to call `entry` (a function without parameters).
    pub fn new(program: &Program, entry: u32) -> Goroutine {
        let size = program
            .functions
            .get(entry as usize)
            .map_or(0, |f| f.frame_size as usize);
        Goroutine {
            stack: vec![0; size.max(16)],
            frames: vec![Frame {
                func: entry,
                pc: 0,
                base: 0,
            }],
            preempt: AtomicBool::new(false),
        }
    }

    /// Runs until the goroutine finishes, panics or is preempted.
    pub fn run(&mut self, program: &Program, out: &mut Output) -> Exit {
        let Some(mut frame) = self.frames.pop() else {
            return Exit::Done;
        };
        let mut code: &[Instr] = &program.functions[frame.func as usize].code;
        let mut pc = frame.pc as usize;
        let mut base = frame.base;
        macro_rules! r {
            ($i:expr) => {
                self.stack[base + $i as usize]
            };
        }
        macro_rules! panic_with {
            ($msg:expr) => {{
                frame.pc = pc as u32;
                self.frames.push(frame);
                return Exit::Panic(self.panic(program, $msg, true));
            }};
        }
        loop {
            let Some(&instr) = code.get(pc) else {
                // Falling off the end of a function: its compiled code
                // always ends in a return, so this is a compiler bug; end
                // the goroutine rather than read garbage.
                return Exit::Done;
            };
            pc += 1;
            match instr {
                Instr::Nop => {}
                Instr::Move { dst, src } => r!(dst) = r!(src),
                Instr::LoadImm { dst, imm } => r!(dst) = imm as i64 as u64,
                Instr::LoadConst { dst, idx } => {
                    r!(dst) = program.consts.get(idx as usize).copied().unwrap_or(0)
                }
                Instr::AddInt { dst, a, b } => r!(dst) = r!(a).wrapping_add(r!(b)),
                Instr::SubInt { dst, a, b } => r!(dst) = r!(a).wrapping_sub(r!(b)),
                Instr::MulInt { dst, a, b } => r!(dst) = r!(a).wrapping_mul(r!(b)),
                Instr::DivInt { dst, a, b } => {
                    let d = r!(b) as i64;
                    if d == 0 {
                        panic_with!("integer divide by zero")
                    }
                    r!(dst) = (r!(a) as i64).wrapping_div(d) as u64;
                }
                Instr::RemInt { dst, a, b } => {
                    let d = r!(b) as i64;
                    if d == 0 {
                        panic_with!("integer divide by zero")
                    }
                    r!(dst) = (r!(a) as i64).wrapping_rem(d) as u64;
                }
                Instr::DivUint { dst, a, b } => {
                    let d = r!(b);
                    if d == 0 {
                        panic_with!("integer divide by zero")
                    }
                    r!(dst) = r!(a) / d;
                }
                Instr::RemUint { dst, a, b } => {
                    let d = r!(b);
                    if d == 0 {
                        panic_with!("integer divide by zero")
                    }
                    r!(dst) = r!(a) % d;
                }
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
                        panic_with!("negative shift amount")
                    }
                }
                Instr::NegInt { dst, src } => r!(dst) = (r!(src) as i64).wrapping_neg() as u64,
                Instr::NotInt { dst, src } => r!(dst) = !r!(src),
                Instr::AddIntImm { dst, a, imm } => r!(dst) = r!(a).wrapping_add(imm as i64 as u64),
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
                Instr::RoundF32 { dst } => {
                    r!(dst) = f64::from(f64::from_bits(r!(dst)) as f32).to_bits()
                }
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
                Instr::IntToFloat { dst, src } => r!(dst) = (r!(src) as i64 as f64).to_bits(),
                Instr::UintToFloat { dst, src } => r!(dst) = (r!(src) as f64).to_bits(),
                Instr::FloatToInt { dst, src } => r!(dst) = f64::from_bits(r!(src)) as i64 as u64,
                Instr::FloatToUint { dst, src } => r!(dst) = f64::from_bits(r!(src)) as u64,
                Instr::Jump { target } => pc = target as usize,
                Instr::Loop { target } => {
                    pc = target as usize;
                    if self.preempt.load(Ordering::Relaxed) {
                        frame.pc = pc as u32;
                        self.frames.push(frame);
                        return Exit::Preempted;
                    }
                }
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
                Instr::Call { func, base: at } => {
                    let callee = &program.functions[func as usize];
                    let new_base = base + at as usize;
                    let need = new_base + callee.frame_size as usize;
                    if need > self.stack.len() {
                        if need.saturating_mul(8) > MAX_STACK_BYTES {
                            frame.pc = pc as u32;
                            self.frames.push(frame);
                            return Exit::StackOverflow;
                        }
                        // Grow geometrically: deep recursion stays linear.
                        let new_len = need.max(self.stack.len() * 2);
                        self.stack.resize(new_len, 0);
                    }
                    frame.pc = pc as u32;
                    self.frames.push(frame);
                    frame = Frame {
                        func,
                        pc: 0,
                        base: new_base,
                    };
                    code = &callee.code;
                    pc = 0;
                    base = new_base;
                    if self.preempt.load(Ordering::Relaxed) {
                        self.frames.push(frame);
                        return Exit::Preempted;
                    }
                }
                Instr::Return { src, n } => {
                    for i in 0..n as usize {
                        self.stack[base + i] = self.stack[base + src as usize + i];
                    }
                    let Some(caller) = self.frames.pop() else {
                        return Exit::Done;
                    };
                    frame = caller;
                    code = &program.functions[frame.func as usize].code;
                    pc = frame.pc as usize;
                    base = frame.base;
                }
                Instr::Print { args, fmt_idx } => {
                    if let Some(fmt) = program.formats.get(fmt_idx as usize) {
                        let start = base + args as usize;
                        let values = &self.stack[start..start + fmt.kinds.len()];
                        print_values(program, fmt, values, out);
                    }
                }
                Instr::PanicMsg { msg } => {
                    let text = program
                        .strings
                        .get(msg as usize)
                        .map(|s| String::from_utf8_lossy(s).into_owned())
                        .unwrap_or_default();
                    panic_with!(text)
                }
            }
        }
    }

    /// The panic value for a runtime error at the current frames.
    fn panic(&self, program: &Program, msg: impl Into<String>, runtime_error: bool) -> Panic {
        let traceback = self
            .frames
            .iter()
            .rev()
            .map(|f| {
                let func = &program.functions[f.func as usize];
                let at = (f.pc as usize).saturating_sub(1);
                (func.name.clone(), func.lines.get(at).copied().unwrap_or(0))
            })
            .collect();
        Panic {
            msg: msg.into(),
            runtime_error,
            traceback,
        }
    }
}

fn float_op(a: u64, b: u64, f: impl Fn(f64, f64) -> f64) -> u64 {
    f(f64::from_bits(a), f64::from_bits(b)).to_bits()
}

fn float_cmp(a: u64, b: u64, f: impl Fn(f64, f64) -> bool) -> u64 {
    u64::from(f(f64::from_bits(a), f64::from_bits(b)))
}

/// Writes print arguments as Go's `println`/`fmt.Println` family does.
fn print_values(program: &Program, fmt: &PrintFormat, values: &[u64], out: &mut Output) {
    let mut buf: Vec<u8> = Vec::new();
    let builtin = matches!(
        fmt.style,
        PrintStyle::BuiltinPrint | PrintStyle::BuiltinPrintln
    );
    let mut prev_string = false;
    for (i, (&kind, &v)) in fmt.kinds.iter().zip(values).enumerate() {
        let is_string = matches!(kind, PrintKind::ConstString(_));
        let space = match fmt.style {
            PrintStyle::BuiltinPrintln | PrintStyle::FmtPrintln => i > 0,
            PrintStyle::BuiltinPrint => false,
            // fmt.Print adds a space between operands when neither is a string.
            PrintStyle::FmtPrint => i > 0 && !is_string && !prev_string,
        };
        if space {
            buf.push(b' ');
        }
        prev_string = is_string;
        match kind {
            PrintKind::Int => buf.extend_from_slice((v as i64).to_string().as_bytes()),
            PrintKind::Uint => buf.extend_from_slice(v.to_string().as_bytes()),
            PrintKind::Bool => buf.extend_from_slice(if v != 0 { b"true" } else { b"false" }),
            PrintKind::Float64 | PrintKind::Float32 => {
                let f = f64::from_bits(v);
                let s = crate::format::shortest_float(f, kind == PrintKind::Float32);
                buf.extend_from_slice(s.as_bytes());
            }
            PrintKind::ConstString(idx) => {
                if let Some(s) = program.strings.get(idx as usize) {
                    buf.extend_from_slice(s);
                }
            }
        }
    }
    if matches!(
        fmt.style,
        PrintStyle::BuiltinPrintln | PrintStyle::FmtPrintln
    ) {
        buf.push(b'\n');
    }
    // Go ignores write errors of fmt.Println unless the caller checks them.
    let _ = if builtin {
        out.stderr.write_all(&buf)
    } else {
        out.stdout.write_all(&buf)
    };
}
