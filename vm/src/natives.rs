//! The standard library's natives that only compute (no Go calls, no
//! output): strconv's formatting and float parsing over the VM's ports of
//! Go's algorithms, sort's reflection-free helpers. Each works on the
//! native function's frame: parameters from register 0, results there.
//! The natives that print or call Go code are in the interpreter loop.

use crate::bytecode::{AtomicOp, AtomicTy};
use crate::bytecode::{Native, Program, RType};
use crate::heap::{handle_of, offset_of, ref_word, Mutator};
use crate::interp::str_bytes;
use std::sync::atomic::AtomicU64;

/// What a native asks of the interpreter besides its results.
pub enum Outcome {
    Done,
    /// A Go panic with this message: a runtime error (`runtime error: `
    /// before it), or another package's panic value (`reflect: ...`).
    Panic {
        msg: String,
        runtime_error: bool,
    },
}

/// Runs `native` on `regs` (its frame).
pub fn run(program: &Program, heap: &mut Mutator, native: Native, regs: &mut [u64]) -> Outcome {
    match native {
        // ---- errors.As (stdlib/go/errors.go's asCheck and asStore) ----
        Native::ErrorsAsCheck => regs[0] = as_check(program, regs[0], regs[1]),
        Native::ErrorsAsStore => {
            let (err, target) = ([regs[0], regs[1]], [regs[2], regs[3]]);
            regs[0] = u64::from(as_store(program, heap, err, target));
        }
        // ---- end of errors.As ----
        Native::StrconvFormatBits => {
            let (u, base, neg) = (regs[0], regs[1] as u32, regs[2] != 0);
            set_string(heap, regs, 0, format_bits(u, base, neg));
        }
        Native::MathFloat64bits | Native::MathFloat64frombits => {}
        Native::MathFloat32bits => {
            regs[0] = u64::from((f64::from_bits(regs[0]) as f32).to_bits());
        }
        Native::MathFloat32frombits => {
            regs[0] = f64::from(f32::from_bits(regs[0] as u32)).to_bits();
        }
        Native::StrconvParseUint | Native::StrconvParseInt => {
            let s = str_bytes(heap, regs[0], regs[1] as usize);
            let (base, bits) = (regs[2] as i64, regs[3] as i64);
            let (v, err) = if native == Native::StrconvParseUint {
                parse_uint(s, base, bits)
            } else {
                let (v, err) = parse_int(s, base, bits);
                (v as u64, err)
            };
            regs[0] = v;
            regs[1] = err as u64;
        }
        Native::StrconvItoa => {
            let i = regs[0];
            set_string(heap, regs, 0, format_bits(i, 10, (i as i64) < 0));
        }
        Native::StrconvFormatFloat => {
            let (f, fmt, prec, bits) = (
                f64::from_bits(regs[0]),
                regs[1] as u8,
                regs[2] as i64,
                regs[3],
            );
            let mut out = Vec::new();
            if matches!(fmt, b'b' | b'e' | b'E' | b'f' | b'g' | b'G' | b'x' | b'X') {
                crate::fmt::ftoa::append_float(
                    &mut out,
                    f,
                    fmt,
                    prec,
                    if bits == 32 { 32 } else { 64 },
                );
            } else {
                // Go's answer to an unknown format byte.
                out.extend_from_slice(&[b'%', fmt]);
            }
            set_string(heap, regs, 0, out);
        }
        Native::StrconvParseFloat => {
            let s = str_bytes(heap, regs[0], regs[1] as usize).to_vec();
            let parsed = parse_float(&s, regs[2] == 32);
            regs[0] = parsed.unwrap_or(0.0).to_bits();
            regs[1] = u64::from(parsed.is_some());
        }
        Native::StrconvQuote => {
            let s = str_bytes(heap, regs[0], regs[1] as usize).to_vec();
            let mut out = Vec::new();
            crate::fmt::quote::append_quoted(&mut out, &s, regs[2] == 1);
            set_string(heap, regs, 0, out);
        }
        Native::StrconvQuoteRune => {
            let mut out = Vec::new();
            crate::fmt::quote::append_quoted_rune(&mut out, regs[0] as i32 as u32, regs[1] == 1);
            set_string(heap, regs, 0, out);
        }
        Native::SortSliceLen | Native::SortSliceSwap => {
            let (tw, data) = (regs[0], regs[1]);
            let elem_words = match (tw as usize)
                .checked_sub(1)
                .and_then(|i| program.rtypes.get(i))
            {
                Some(RType::Slice { elem_words, .. }) => *elem_words as usize,
                _ => {
                    let name = (tw as usize)
                        .checked_sub(1)
                        .and_then(|i| program.rtypes.get(i))
                        .map_or("nil", |t| t.name())
                        .to_string();
                    return Outcome::Panic {
                        msg: format!(
                            "reflect: call of Swapper on {} Value",
                            if tw == 0 { "zero".to_string() } else { name }
                        ),
                        runtime_error: false,
                    };
                }
            };
            let off = offset_of(data) as usize;
            let (sw, len) = (
                heap.read1(handle_of(data), off),
                heap.read1(handle_of(data), off + 1),
            );
            if native == Native::SortSliceLen {
                regs[0] = len;
                return Outcome::Done;
            }
            let (i, j) = (regs[2] as i64, regs[3] as i64);
            for k in [i, j] {
                if k < 0 || k as u64 >= len {
                    return Outcome::Panic {
                        msg: format!("index out of range [{k}] with length {len}"),
                        runtime_error: true,
                    };
                }
            }
            let base = offset_of(sw) as usize;
            let (a, b) = (
                base + i as usize * elem_words,
                base + j as usize * elem_words,
            );
            let (mut x, mut y) = (vec![0; elem_words], vec![0; elem_words]);
            heap.read(handle_of(sw), a, &mut x);
            heap.read(handle_of(sw), b, &mut y);
            heap.write(handle_of(sw), a, &y);
            heap.write(handle_of(sw), b, &x);
        }
        Native::SortInts | Native::SortFloat64s => {
            let (w, len) = (regs[0], regs[1] as usize);
            let off = offset_of(w) as usize;
            if heap.words(handle_of(w)).len() >= off + len {
                let mut xs = heap.read_vec(handle_of(w), off, len);
                if native == Native::SortInts {
                    xs.sort_unstable_by_key(|&x| x as i64);
                } else {
                    // slices.Sort: NaNs first, then increasing.
                    xs.sort_unstable_by(|&a, &b| {
                        let (a, b) = (f64::from_bits(a), f64::from_bits(b));
                        match (a.is_nan(), b.is_nan()) {
                            (true, true) => std::cmp::Ordering::Equal,
                            (true, false) => std::cmp::Ordering::Less,
                            (false, true) => std::cmp::Ordering::Greater,
                            _ => a.partial_cmp(&b).unwrap_or(std::cmp::Ordering::Equal),
                        }
                    });
                }
                heap.write(handle_of(w), off, &xs);
            }
        }
        Native::SortStrings => {
            let (w, len) = (regs[0], regs[1] as usize);
            let off = offset_of(w) as usize;
            if heap.words(handle_of(w)).len() < off + 2 * len {
                return Outcome::Done;
            }
            let pairs: Vec<[u64; 2]> = heap
                .read_vec(handle_of(w), off, 2 * len)
                .chunks(2)
                .map(|c| [c[0], c[1]])
                .collect();
            let mut keyed: Vec<([u64; 2], Vec<u8>)> = pairs
                .into_iter()
                .map(|p| (p, str_bytes(heap, p[0], p[1] as usize).to_vec()))
                .collect();
            keyed.sort_by(|a, b| a.1.cmp(&b.1));
            let sorted: Vec<u64> = keyed.iter().flat_map(|(p, _)| *p).collect();
            heap.write(handle_of(w), off, &sorted);
        }
        Native::RuntimeNumCPU => {
            regs[0] = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
        }
        Native::StringsIndexByte => {
            let s = str_bytes(heap, regs[0], regs[1] as usize);
            let c = regs[2] as u8;
            regs[0] = s
                .iter()
                .position(|&b| b == c)
                .map_or(u64::MAX, |i| i as u64);
        }
        Native::StringsIndex | Native::StringsCount => {
            let s = str_bytes(heap, regs[0], regs[1] as usize);
            let sub = str_bytes(heap, regs[2], regs[3] as usize);
            regs[0] = if native == Native::StringsIndex {
                find(s, sub).map_or(u64::MAX, |i| i as u64)
            } else if sub.is_empty() {
                // utf8.RuneCountInString(s) + 1
                crate::fmt::quote::rune_count(s) as u64 + 1
            } else {
                let (mut n, mut at) = (0u64, 0usize);
                while let Some(i) = find(&s[at..], sub) {
                    n += 1;
                    at += i + sub.len();
                }
                n
            };
        }
        Native::StringsFields => {
            let (w, len) = (regs[0], regs[1] as usize);
            let s = str_bytes(heap, w, len);
            // Go's unicode.IsSpace is the White_Space property, as Rust's
            // char::is_whitespace; an invalid byte is U+FFFD, not a space.
            let mut fields: Vec<(usize, usize)> = Vec::new();
            let mut start = None;
            let mut i = 0;
            while i < s.len() {
                let (r, width) = crate::fmt::quote::decode_rune(&s[i..]);
                let space = char::from_u32(r).is_some_and(char::is_whitespace);
                match (space, start) {
                    (true, Some(b)) => {
                        fields.push((b, i));
                        start = None;
                    }
                    (false, None) => start = Some(i),
                    _ => {}
                }
                i += width.max(1);
            }
            if let Some(b) = start {
                fields.push((b, s.len()));
            }
            let (sh, soff) = (handle_of(w), offset_of(w));
            let words: Vec<u64> = fields
                .iter()
                .flat_map(|&(b, e)| [ref_word(sh, soff + b as u32), (e - b) as u64])
                .collect();
            let h = heap.alloc_words_from(
                &words,
                crate::heap::Layout {
                    words: 2,
                    refs: std::sync::Arc::new([0]),
                },
            );
            regs[0] = ref_word(h, 0);
            regs[1] = fields.len() as u64;
            regs[2] = fields.len() as u64;
        }
        Native::AtomicSameType => regs[0] = u64::from(regs[0] == regs[2]),
        Native::SyncWgAdd | Native::SyncLockFast | Native::SyncUnlockFast => {
            let p = regs[0];
            let Some(word) = heap.words(handle_of(p)).get(offset_of(p) as usize) else {
                return Outcome::Panic {
                    msg: "invalid memory address or nil pointer dereference".into(),
                    runtime_error: true,
                };
            };
            regs[0] = match native {
                Native::SyncWgAdd => wg_add(word, regs[1] as i64) as u64,
                Native::SyncLockFast => u64::from(mutex_lock_fast(word)),
                _ => mutex_unlock_fast(word) as i64 as u64,
            };
        }
        // The interpreter runs the others itself.
        _ => {
            // The rest are sync/atomic's; the others run in the
            // interpreter and never come here.
            let Some((op, ty)) = native.atomic() else {
                return Outcome::Done;
            };
            let p = regs[0];
            let Some(word) = heap.words(handle_of(p)).get(offset_of(p) as usize) else {
                return Outcome::Panic {
                    msg: "invalid memory address or nil pointer dereference".into(),
                    runtime_error: true,
                };
            };
            atomic(word, op, ty, regs);
        }
    }
    Outcome::Done
}

/// Where `needle` first occurs in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    let first = needle[0];
    let last_start = hay.len().checked_sub(needle.len())?;
    let mut i = 0;
    while i <= last_start {
        let j = hay[i..=last_start].iter().position(|&b| b == first)?;
        i += j;
        if hay[i..i + needle.len()] == *needle {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Stores a new string at `regs[at..at + 2]`.
/// Go's formatBits: `u` in `base` (2 to 36), as a negative number when
/// `neg`.
fn format_bits(u: u64, base: u32, neg: bool) -> Vec<u8> {
    let mut v = if neg { (u as i64).unsigned_abs() } else { u };
    // Filled from the end: 64 binary digits and a sign at most.
    let mut buf = [0u8; 65];
    let mut at = buf.len();
    if base == 10 {
        // A constant divisor: no division instruction per digit.
        loop {
            at -= 1;
            buf[at] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
    } else {
        let b = u64::from(base);
        loop {
            let d = (v % b) as u8;
            at -= 1;
            buf[at] = if d < 10 { b'0' + d } else { b'a' + d - 10 };
            v /= b;
            if v == 0 {
                break;
            }
        }
    }
    if neg {
        at -= 1;
        buf[at] = b'-';
    }
    buf[at..].to_vec()
}

/// WaitGroup.Add's fast path on its state word (counter in the high 32
/// bits, waiters in the low 32), as Go's Add does it: 0 when nothing more
/// is to be done; -1 for a negative counter, -2 for Add racing Wait (the
/// Go code panics with the message); else the counter reached zero with
/// waiters, the state is reset, and the result is how many to release.
fn wg_add(word: &AtomicU64, delta: i64) -> i64 {
    use std::sync::atomic::Ordering::SeqCst;
    let state = word
        .fetch_add((delta as u64) << 32, SeqCst)
        .wrapping_add((delta as u64) << 32);
    let v = (state >> 32) as i32;
    let w = state as u32;
    if v < 0 {
        return -1;
    }
    if w != 0 && delta > 0 && i64::from(v) == delta {
        return -2;
    }
    if v > 0 || w == 0 {
        return 0;
    }
    // Only waiters are left: nobody may touch the state now.
    if word.load(SeqCst) != state {
        return -2;
    }
    word.store(0, SeqCst);
    i64::from(w)
}

// sync.Mutex's state bits (stdlib/go/sync.go).
const MUTEX_LOCKED: i32 = 1;
const MUTEX_WOKEN: i32 = 2;
const MUTEX_STARVING: i32 = 4;
const MUTEX_WAITER_SHIFT: u32 = 3;

/// The int32 in a word (as sync/atomic keeps it: sign-extended).
fn load_i32(word: &AtomicU64) -> i32 {
    word.load(std::sync::atomic::Ordering::SeqCst) as i32
}

/// Mutex.Lock's first round of lockSlow when that round would take the
/// mutex: unlocked and not starving, it sets the locked bit (waiters or
/// not) and says true. Otherwise false, for lockSlow to spin or queue.
/// One native call instead of a round of interpreted bit tests.
fn mutex_lock_fast(word: &AtomicU64) -> bool {
    use std::sync::atomic::Ordering::SeqCst;
    loop {
        let old = load_i32(word);
        if old & (MUTEX_LOCKED | MUTEX_STARVING) != 0 {
            return false;
        }
        let new = old | MUTEX_LOCKED;
        let canon = |v: i32| v as i64 as u64;
        if word
            .compare_exchange(canon(old), canon(new), SeqCst, SeqCst)
            .is_ok()
        {
            return true;
        }
    }
}

/// Mutex.Unlock's atomic step and the unlockSlow checks that end it: 0
/// when nothing is left to do (no waiters, or one already woken, or the
/// mutex taken again); 1 for an unlock of an unlocked mutex (the Go code
/// throws); else the new state, for unlockSlow to wake a waiter or hand
/// the mutex over.
fn mutex_unlock_fast(word: &AtomicU64) -> i32 {
    use std::sync::atomic::Ordering::SeqCst;
    let canon = |v: i32| v as i64 as u64;
    let new = word
        .fetch_update(SeqCst, SeqCst, |v| {
            Some(canon((v as i32).wrapping_sub(MUTEX_LOCKED)))
        })
        .map_or(0, |v| (v as i32).wrapping_sub(MUTEX_LOCKED));
    if new.wrapping_add(MUTEX_LOCKED) & MUTEX_LOCKED == 0 {
        return 1;
    }
    if new & MUTEX_STARVING == 0
        && (new >> MUTEX_WAITER_SHIFT == 0
            || new & (MUTEX_LOCKED | MUTEX_WOKEN | MUTEX_STARVING) != 0)
    {
        return 0;
    }
    new
}

/// A sync/atomic operation on `word`, its operands and result in `regs`
/// after the pointer: the value as a register holds it (an int32 sign-
/// extended, a uint32 zero-extended).
fn atomic(word: &AtomicU64, op: AtomicOp, ty: AtomicTy, regs: &mut [u64]) {
    use std::sync::atomic::Ordering::SeqCst;
    let canon = |v: u64| match ty {
        AtomicTy::I32 => (v as i32) as i64 as u64,
        AtomicTy::U32 => u64::from(v as u32),
        AtomicTy::W64 => v,
    };
    let arg = |i: usize| regs.get(i).copied().unwrap_or(0);
    match op {
        AtomicOp::Add => {
            let delta = arg(1);
            let old = word
                .fetch_update(SeqCst, SeqCst, |v| Some(canon(v.wrapping_add(delta))))
                .unwrap_or(0);
            regs[0] = canon(old.wrapping_add(delta));
        }
        AtomicOp::And | AtomicOp::Or => {
            let mask = arg(1);
            let old = word
                .fetch_update(SeqCst, SeqCst, |v| {
                    Some(canon(if op == AtomicOp::And {
                        v & mask
                    } else {
                        v | mask
                    }))
                })
                .unwrap_or(0);
            regs[0] = canon(old);
        }
        AtomicOp::Load => regs[0] = canon(word.load(SeqCst)),
        AtomicOp::Store => word.store(canon(arg(1)), SeqCst),
        AtomicOp::Swap => regs[0] = canon(word.swap(canon(arg(1)), SeqCst)),
        AtomicOp::Cas => {
            let (old, new) = (canon(arg(1)), canon(arg(2)));
            regs[0] = u64::from(word.compare_exchange(old, new, SeqCst, SeqCst).is_ok());
        }
    }
}

fn set_string(heap: &mut Mutator, regs: &mut [u64], at: usize, bytes: Vec<u8>) {
    regs[at..at + 2].copy_from_slice(&heap.alloc_string(bytes));
}

/// Go's ParseFloat syntax: an optional sign, then `inf`/`infinity`/`nan`
/// in any case, a decimal number, or a hexadecimal one with a `p`
/// exponent; underscores only after a base prefix, between digits.
fn parse_float(s: &[u8], single: bool) -> Option<f64> {
    // Underscores may separate digits (Go's readFloat, then underscoreOK).
    let stripped: Vec<u8>;
    let s = if s.contains(&b'_') {
        if !underscore_ok(s) {
            return None;
        }
        stripped = s.iter().copied().filter(|&c| c != b'_').collect();
        &stripped[..]
    } else {
        s
    };
    let text = std::str::from_utf8(s).ok()?;
    let (neg, body) = match text.as_bytes().first() {
        Some(b'+') => (false, &text[1..]),
        Some(b'-') => (true, &text[1..]),
        _ => (false, text),
    };
    let signed = body.len() != text.len();
    let lower = body.to_ascii_lowercase();
    let v = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        // Go's special: a sign only before an infinity.
        "nan" if !signed => f64::NAN,
        _ if lower.starts_with("0x") => parse_hex_float(&lower[2..])?,
        _ => {
            let ok = !body.is_empty()
                && body.bytes().any(|c| c.is_ascii_digit())
                && body
                    .bytes()
                    .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-'));
            if !ok {
                return None;
            }
            if single {
                f64::from(body.parse::<f32>().ok()?)
            } else {
                body.parse::<f64>().ok()?
            }
        }
    };
    Some(if neg { -v } else { v })
}

/// A hexadecimal float's mantissa and `p` exponent (after `0x`).
fn parse_hex_float(s: &str) -> Option<f64> {
    let s: String = s.chars().filter(|&c| c != '_').collect();
    let (mant, exp) = s.split_once('p')?;
    let exp: i32 = exp.parse().ok()?;
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let mut v = 0f64;
    for c in int.chars() {
        v = v * 16.0 + f64::from(c.to_digit(16)?);
    }
    let mut scale = 1.0 / 16.0;
    for c in frac.chars() {
        v += f64::from(c.to_digit(16)?) * scale;
        scale /= 16.0;
    }
    Some(v * 2f64.powi(exp))
}

/// Whether Go's math.Exp takes its FMA path: Go's `useFMA` on amd64 (AVX
/// and FMA); elsewhere the fused path, which is what Go's arm64 code is
/// closest to.
fn exp_uses_fma() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx") && std::arch::is_x86_feature_detected!("fma")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        true
    }
}

/// Go's math.Exp on amd64: a port of src/math/exp_amd64.s (Go 1.27), step
/// by step, with both its paths (plain and FMA, chosen as Go chooses), so
/// that the results are Go's to the last bit.
// The constants are the assembly's, as Go writes them.
#[allow(clippy::excessive_precision, clippy::approx_constant)]
pub fn go_exp(x: f64) -> f64 {
    const LN2U: f64 = 0.693_147_180_559_662_956_511_601_805_686_950_683_593_75;
    const LN2L: f64 = 0.282_352_905_630_315_771_225_884_481_750_134_360_255_254_120_68e-12;
    const LOG2E: f64 = 1.442_695_040_888_963_407_359_924_681_001_892;
    const OVERFLOW: f64 = 7.097_827_128_933_84e+02;
    const C: [f64; 6] = [
        2.480_158_730_158_730_158_7e-5,
        1.984_126_984_126_984_127e-4,
        1.388_888_888_888_888_888_9e-3,
        8.333_333_333_333_333_333_3e-3,
        4.166_666_666_666_666_666_7e-2,
        1.666_666_666_666_666_666_7e-1,
    ];
    let bits = x.to_bits();
    if bits & !(1 << 63) >= 0x7FF0_0000_0000_0000 {
        // -Inf gives 0; NaN and +Inf themselves.
        return if bits == 0xFFF0_0000_0000_0000 {
            0.0
        } else {
            x
        };
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    // CVTSD2SL: rounded to nearest even; out of range, the "integer
    // indefinite" i32::MIN.
    let t = (LOG2E * x).round_ties_even();
    let mut e: i32 = if (-2_147_483_648.0..=2_147_483_647.0).contains(&t) {
        t as i32
    } else {
        i32::MIN
    };
    let k = f64::from(e);
    let mut x0;
    if exp_uses_fma() {
        x0 = (-k).mul_add(LN2U, x);
        x0 = (-k).mul_add(LN2L, x0);
        x0 *= 0.0625;
        let mut x1 = C[0].mul_add(x0, C[1]);
        for c in &C[2..] {
            x1 = x1.mul_add(x0, *c);
        }
        x1 = x1.mul_add(x0, 0.5);
        x1 = x1.mul_add(x0, 1.0);
        x0 *= x1;
        for _ in 0..3 {
            x0 *= x0 + 2.0;
        }
        let x1 = x0 + 2.0;
        x0 = x0.mul_add(x1, 1.0);
    } else {
        x0 = x - k * LN2U;
        x0 -= k * LN2L;
        x0 *= 0.0625;
        let mut x1 = C[0] * x0 + C[1];
        for c in &C[2..] {
            x1 = x1 * x0 + *c;
        }
        x1 = x1 * x0 + 0.5;
        x1 = x1 * x0 + 1.0;
        x0 *= x1;
        for _ in 0..4 {
            x0 *= x0 + 2.0;
        }
        x0 += 1.0;
    }
    // fr * 2**exponent
    e = e.wrapping_add(0x3FF);
    if e <= 0 {
        if e < -52 {
            return 0.0;
        }
        x0 *= f64::from_bits(((e + 0x3FE) as u64) << 52);
        e = 1;
    } else if e >= 0x7FF {
        return f64::INFINITY;
    }
    x0 * f64::from_bits((e as u64) << 52)
}

/// Go's math.Log on amd64: a port of src/math/log_amd64.s (Go 1.27), step
/// by step. Like Go's, it does not normalize a subnormal x first (so
/// Log(5e-324) is Go's 709.089..., not -744.44...).
// The constants are the assembly's, as Go writes them.
#[allow(clippy::excessive_precision, clippy::approx_constant)]
pub fn go_log(x: f64) -> f64 {
    const HSQRT2: f64 = 7.071_067_811_865_475_244_01e-01;
    const LN2HI: f64 = 6.931_471_803_691_238_164_90e-01;
    const LN2LO: f64 = 1.908_214_929_270_587_700_02e-10;
    const L1: f64 = 6.666_666_666_666_735_130e-01;
    const L2: f64 = 3.999_999_999_940_941_908e-01;
    const L3: f64 = 2.857_142_874_366_239_149e-01;
    const L4: f64 = 2.222_219_843_214_978_396e-01;
    const L5: f64 = 1.818_357_216_161_805_012e-01;
    const L6: f64 = 1.531_383_769_920_937_332e-01;
    const L7: f64 = 1.479_819_860_511_658_591e-01;
    let bits = x.to_bits();
    if bits & !(1 << 63) == 0 {
        return f64::NEG_INFINITY;
    }
    if (bits as i64) < 0 {
        return f64::from_bits(0x7FF8_0000_0000_0001);
    }
    if bits >= 0x7FF0_0000_0000_0000 {
        return x;
    }
    let mut f1 = f64::from_bits(bits & 0x000F_FFFF_FFFF_FFFF | 0.5f64.to_bits());
    let mut k = f64::from(((bits >> 52) & 0x7FF) as i32 - 0x3FE);
    // CMPSD's "not less than": HSqrt2 >= f1.
    if HSQRT2 >= f1 {
        k -= 1.0;
        f1 *= 2.0;
    }
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
    let t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    k * LN2HI - ((hfsq - (s * (hfsq + r) + k * LN2LO)) - f)
}

// ---- errors.As ----

/// The element type of the pointer an `any` holds (type word `tw`, data
/// word `data`), if it is a non-nil pointer.
fn pointer_elem(program: &Program, tw: u64, data: u64) -> Option<u32> {
    match program.rtypes.get((tw as usize).checked_sub(1)?)? {
        RType::Ptr { elem, .. } if data != 0 => Some(*elem),
        _ => None,
    }
}

/// errors.As's checks of its target: 0 when it is a non-nil pointer to
/// an interface type or to a type implementing error (its method set has
/// `Error() string`), 1 when it is not a non-nil pointer, else 2.
fn as_check(program: &Program, tw: u64, data: u64) -> u64 {
    let Some(elem) = pointer_elem(program, tw, data) else {
        return 1;
    };
    match program.type_info.get(elem as usize) {
        Some(i) if i.iface_methods.is_some() => 0,
        Some(i) if matches!(i.fmt_method, Some((crate::fmt::Method::Error, _))) => 0,
        _ => 2,
    }
}

/// Whether `err`'s dynamic type is assignable to the element type of the
/// pointer `target` holds (it implements that interface, or is that
/// type); if so, stores err's value (or err itself, for an interface)
/// through the pointer.
fn as_store(program: &Program, heap: &mut Mutator, err: [u64; 2], target: [u64; 2]) -> bool {
    let Some(elem) = pointer_elem(program, target[0], target[1]) else {
        return false;
    };
    let Some(info) = program.type_info.get(elem as usize) else {
        return false;
    };
    let p = target[1];
    match &info.iface_methods {
        Some(ids) => {
            let holds = err[0] != 0
                && ids
                    .iter()
                    .all(|&id| crate::iface::find_method(program, err[0], id).is_some());
            if holds {
                heap.write(handle_of(p), offset_of(p) as usize, &err);
            }
            holds
        }
        None => {
            if err[0] != u64::from(elem) + 1 {
                return false;
            }
            let words = crate::iface::value_words(program, heap, err[0], &err[1..2]).into_owned();
            heap.write(handle_of(p), offset_of(p) as usize, &words);
            true
        }
    }
}

// ---- strconv's integer parsers ----

/// What went wrong in an integer parse, as strconv.go's `parseErrs`
/// numbers it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ParseErr {
    None = 0,
    Syntax = 1,
    Range = 2,
    Base = 3,
    BitSize = 4,
}

/// Go's internal/strconv ParseUint, for 64-bit int.
fn parse_uint(s: &[u8], mut base: i64, mut bit_size: i64) -> (u64, ParseErr) {
    if s.is_empty() {
        return (0, ParseErr::Syntax);
    }
    let base0 = base == 0;
    let s0 = s;
    let mut s = s;
    let lower = |c: u8| c | (b'x' - b'X');
    match base {
        2..=36 => {}
        0 => {
            base = 10;
            if s[0] == b'0' {
                if s.len() >= 3 && lower(s[1]) == b'b' {
                    (base, s) = (2, &s[2..]);
                } else if s.len() >= 3 && lower(s[1]) == b'o' {
                    (base, s) = (8, &s[2..]);
                } else if s.len() >= 3 && lower(s[1]) == b'x' {
                    (base, s) = (16, &s[2..]);
                } else {
                    (base, s) = (8, &s[1..]);
                }
            }
        }
        _ => return (0, ParseErr::Base),
    }
    if bit_size == 0 {
        bit_size = 64;
    } else if !(0..=64).contains(&bit_size) {
        return (0, ParseErr::BitSize);
    }
    let base = base as u64;
    let cutoff = u64::MAX / base + 1;
    let max_val = if bit_size == 64 {
        u64::MAX
    } else {
        (1u64 << bit_size) - 1
    };
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in s {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => c - b'0',
            _ if lower(c).is_ascii_lowercase() => lower(c) - b'a' + 10,
            _ => return (0, ParseErr::Syntax),
        };
        if u64::from(d) >= base {
            return (0, ParseErr::Syntax);
        }
        if n >= cutoff {
            return (max_val, ParseErr::Range);
        }
        n *= base;
        let n1 = n.wrapping_add(u64::from(d));
        if n1 < n || n1 > max_val {
            return (max_val, ParseErr::Range);
        }
        n = n1;
    }
    if underscores && !underscore_ok(s0) {
        return (0, ParseErr::Syntax);
    }
    (n, ParseErr::None)
}

/// Go's internal/strconv ParseInt, for 64-bit int.
fn parse_int(s: &[u8], base: i64, bit_size: i64) -> (i64, ParseErr) {
    if s.is_empty() {
        return (0, ParseErr::Syntax);
    }
    let (neg, digits) = match s[0] {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let (un, err) = parse_uint(digits, base, bit_size);
    if err != ParseErr::None && err != ParseErr::Range {
        return (0, err);
    }
    let bit_size = if bit_size == 0 { 64 } else { bit_size };
    let cutoff = 1u64 << (bit_size - 1);
    if !neg && un >= cutoff {
        return ((cutoff - 1) as i64, ParseErr::Range);
    }
    if neg && un > cutoff {
        return ((cutoff as i64).wrapping_neg(), ParseErr::Range);
    }
    let n = un as i64;
    (if neg { n.wrapping_neg() } else { n }, ParseErr::None)
}

/// Go's underscoreOK: underscores only between digits, or between a base
/// prefix and a digit.
fn underscore_ok(s: &[u8]) -> bool {
    let lower = |c: u8| c | (b'x' - b'X');
    let mut saw = b'^';
    let mut s = s;
    if !s.is_empty() && (s[0] == b'-' || s[0] == b'+') {
        s = &s[1..];
    }
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    for &c in &s[i..] {
        if c.is_ascii_digit() || hex && (b'a'..=b'f').contains(&lower(c)) {
            saw = b'0';
            continue;
        }
        if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
    }
    saw != b'_'
}
