//! Decoding the VM's values into fmt's arguments ([`crate::fmt::Arg`]),
//! and the builtins' own printing.
//!
//! fmt calls a value's `Error` or `String` method, which is Go code; the
//! interpreter never runs Go code from inside Rust, so decoding stops at
//! the first such value whose result it does not have yet and asks for the
//! call ([`MethodCall`]). The interpreter makes it as an ordinary Go call
//! and re-runs the print instruction with one more result, so the methods
//! run in the order Go's fmt calls them, each once.

use crate::bytecode::{PrintFormat, PrintKind, PrintStyle, Program};
use crate::heap::{handle_of, offset_of, Heap};
use crate::interp::{str_bytes, Output};

/// A method fmt needs the result of: the function and its receiver words.
#[derive(Debug)]
pub struct MethodCall {
    pub func: u32,
    pub recv: Vec<u64>,
    /// For a Formatter's call: the value (the words after the type word)
    /// goes in a new box of this layout, passed as the interface's data
    /// word.
    pub boxed: Option<u16>,
}

/// Set in a method result's length word when the method panicked: the
/// string is then the panic value as fmt prints it.
pub const PANICKED: u64 = 1 << 63;

/// A panic's value as fmt's `%v` prints it, for the `%!v(PANIC=String
/// method: …)` of a method that panicked: a runtime error's text, the
/// Error or String result the panic already holds, or the value printed
/// without methods.
pub fn panic_value_text(program: &Program, heap: &Heap, p: &crate::interp::Panic) -> Vec<u8> {
    let Some([tw, data]) = p.value else {
        return if p.runtime_error && !p.msg.starts_with("panic called with nil") {
            format!("runtime error: {}", p.msg).into_bytes()
        } else {
            p.msg.clone().into_bytes()
        };
    };
    if crate::iface::info(program, tw).is_some_and(|i| i.fmt_method.is_some()) {
        return p.msg.clone().into_bytes();
    }
    let arg = value_arg(
        program,
        heap,
        program.any_rtype,
        &[tw, data],
        0,
        &mut Calls::disabled(),
    );
    crate::fmt::sprint(&[arg])
}

/// The method results a print has so far (string words, two each) and
/// the first call it still needs.
struct Calls<'r> {
    results: &'r [u64],
    next: usize,
    need: Option<MethodCall>,
    /// Off under a value whose own method fmt calls: Go's fmt does not
    /// look inside it.
    enabled: bool,
    /// Which methods the verbs applied to the operand being built let fmt
    /// call: `CALLS_STRING` (Error and String), `CALLS_GOSTRING`.
    mask: u8,
    /// The directive a Formatter among the operand's values is called
    /// for, if any (`%T`, `%p` and `*` widths call none).
    directive: Option<Directive>,
}

/// A directive as a Formatter sees it: flag bits (`FLAG_*`), width and
/// precision (`NONE` when absent), verb.
pub type Directive = [u64; 4];
pub const FLAG_PLUS: u64 = 1;
pub const FLAG_MINUS: u64 = 2;
pub const FLAG_SHARP: u64 = 4;
pub const FLAG_SPACE: u64 = 8;
pub const FLAG_ZERO: u64 = 16;
pub const NONE: u64 = u64::MAX;
/// Print and Println's: `%v`.
const PLAIN_V: Directive = [0, NONE, NONE, 'v' as u64];

/// Error and String: the verbs `v s x X q` (and Errorf's `w`).
const CALLS_STRING: u8 = 1;
/// GoString: `%#v`.
const CALLS_GOSTRING: u8 = 2;

/// Which of fmt's methods each of `n` operands of Printf's `format` may
/// have called, as Go's doPrintf consumes them: Error and String under
/// `v s x X q w` (an extra operand prints with `v`), GoString under
/// `%#v`, none under other verbs (`%d`, `%T`, `%p`, a `*` width).
fn method_uses(format: &[u8], n: usize) -> (Vec<u8>, Vec<Option<Directive>>) {
    // `argNumber`: an operand index `[k]` at `i` (the new operand, where
    // the format goes on, whether one was found; `good` off for a bad
    // one). Any index turns off the extra operands' check (`reordered`).
    let arg_number = |arg: usize, i: usize, good: &mut bool, reordered: &mut bool| {
        if format.get(i) != Some(&b'[') {
            return (arg, i, false);
        }
        *reordered = true;
        let Some(close) = format[i..].iter().position(|&c| c == b']') else {
            *good = false;
            return (arg, i + 1, false);
        };
        let digits = &format[i + 1..i + close];
        let k = std::str::from_utf8(digits)
            .ok()
            .filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|d| d.parse::<usize>().ok());
        match k {
            Some(k) if k >= 1 && k <= n => (k - 1, i + close + 1, true),
            _ => {
                *good = false;
                (arg, i + close + 1, k.is_some())
            }
        }
    };
    let digits = |mut i: usize| {
        while format.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        i
    };
    let number = |from: usize, to: usize| {
        std::str::from_utf8(&format[from..to])
            .ok()
            .and_then(|d| d.parse::<u64>().ok())
            .unwrap_or(NONE)
    };
    let mut uses = vec![0; n];
    let mut directives = vec![None; n];
    let (mut arg, mut i, mut reordered) = (0, 0, false);
    while i < format.len() {
        if format[i] != b'%' {
            i += 1;
            continue;
        }
        i += 1;
        let mut sharp = false;
        let (mut flags, mut wid, mut prec) = (0, NONE, NONE);
        while let Some(&c) = format.get(i) {
            match c {
                b'#' => {
                    sharp = true;
                    flags |= FLAG_SHARP;
                }
                b'0' => flags |= FLAG_ZERO,
                b'+' => flags |= FLAG_PLUS,
                b'-' => flags |= FLAG_MINUS,
                b' ' => flags |= FLAG_SPACE,
                _ => break,
            }
            i += 1;
        }
        let mut good = true;
        let (a, ni, mut after) = arg_number(arg, i, &mut good, &mut reordered);
        (arg, i) = (a, ni);
        if format.get(i) == Some(&b'*') {
            i += 1;
            arg += 1;
            after = false;
        } else {
            let j = digits(i);
            if after && j > i {
                good = false;
            }
            if j > i {
                wid = number(i, j);
            }
            i = j;
        }
        if format.get(i) == Some(&b'.') && i + 1 < format.len() {
            i += 1;
            if after {
                good = false;
            }
            let (a, ni, af) = arg_number(arg, i, &mut good, &mut reordered);
            (arg, i, after) = (a, ni, af);
            if format.get(i) == Some(&b'*') {
                i += 1;
                arg += 1;
                after = false;
            } else {
                let j = digits(i);
                prec = if j > i { number(i, j) } else { 0 };
                i = j;
            }
        }
        if !after {
            (arg, i, _) = arg_number(arg, i, &mut good, &mut reordered);
        }
        let Some(&verb) = format.get(i) else {
            break;
        };
        i += 1;
        if verb >= 0x80 {
            // A multi-byte verb is a bad verb: no methods.
            while format.get(i).is_some_and(|&b| b & 0xC0 == 0x80) {
                i += 1;
            }
        }
        if verb == b'%' || !good {
            continue;
        }
        if let Some(u) = uses.get_mut(arg) {
            *u |= match verb {
                b'v' if sharp => CALLS_GOSTRING,
                b'v' | b's' | b'x' | b'X' | b'q' | b'w' => CALLS_STRING,
                _ => 0,
            };
            // A Formatter runs for its first directive (minigo calls
            // each operand's methods once); %w reaches it as %v.
            if directives[arg].is_none() && !matches!(verb, b'T' | b'p') && verb < 0x80 {
                let verb = if verb == b'w' { b'v' } else { verb };
                directives[arg] = Some([flags, wid, prec, u64::from(verb)]);
            }
            arg += 1;
        }
    }
    if !reordered {
        for u in uses.iter_mut().skip(arg) {
            *u |= CALLS_STRING;
        }
        for d in directives.iter_mut().skip(arg) {
            d.get_or_insert(PLAIN_V);
        }
    }
    (uses, directives)
}

impl Calls<'_> {
    /// Where fmt calls no methods.
    fn disabled() -> Calls<'static> {
        Calls {
            results: &[],
            next: 0,
            need: None,
            enabled: false,
            mask: 0,
            directive: None,
        }
    }
}

/// fmt's formatting of print arguments (all but the builtins'), given
/// the results of the methods called so far.
pub fn fmt_bytes(
    program: &Program,
    heap: &Heap,
    fmt: &PrintFormat,
    values: &[u64],
    results: &[u64],
) -> Result<Vec<u8>, MethodCall> {
    use crate::fmt::Arg;
    let mut calls = Calls {
        results,
        next: 0,
        need: None,
        enabled: true,
        mask: CALLS_STRING,
        directive: None,
    };
    let format = |idx: u32| {
        program
            .strings
            .get(idx as usize)
            .map_or(&[][..], |s| &s[..])
    };
    let (uses, directives) = match fmt.style {
        PrintStyle::FmtPrintf(f) | PrintStyle::FmtSprintf(f) => {
            method_uses(format(f), fmt.kinds.len())
        }
        _ => (Vec::new(), Vec::new()),
    };
    let mut args = Vec::with_capacity(fmt.kinds.len());
    let mut at = 0;
    for (i, &kind) in fmt.kinds.iter().enumerate() {
        calls.mask = uses.get(i).copied().unwrap_or(CALLS_STRING);
        calls.directive = directives.get(i).copied().unwrap_or(Some(PLAIN_V));
        let v = values.get(at).copied().unwrap_or(0);
        let v2 = values.get(at + 1).copied().unwrap_or(0);
        at += kind.words();
        let ty = fmt.type_names.get(i).map_or("", |t| t);
        args.push(match kind {
            PrintKind::Int => Arg::Int { v: v as i64, ty },
            PrintKind::Uint => Arg::Uint { v, ty },
            PrintKind::Float64 => Arg::Float {
                v: f64::from_bits(v),
                ty,
                bits: 64,
            },
            PrintKind::Float32 => Arg::Float {
                v: f64::from_bits(v),
                ty,
                bits: 32,
            },
            PrintKind::Bool => Arg::Bool { v: v != 0, ty },
            PrintKind::ConstString(idx) => Arg::Str {
                v: program.strings.get(idx as usize).map_or(&[][..], |s| s),
                ty,
            },
            PrintKind::Str => Arg::Str {
                v: str_bytes(heap, v, v2 as usize),
                ty,
            },
            PrintKind::Value { rtype, words } => {
                let end = (at - kind.words() + words as usize).min(values.len());
                let start = at - kind.words();
                value_arg(program, heap, rtype, &values[start..end], 0, &mut calls)
            }
        });
    }
    if let Some(need) = calls.need {
        return Err(need);
    }
    Ok(match fmt.style {
        PrintStyle::FmtPrintln | PrintStyle::FmtSprintln => crate::fmt::sprintln(&args),
        PrintStyle::FmtPrintf(f) | PrintStyle::FmtSprintf(f) => {
            crate::fmt::sprintf(format(f), &args)
        }
        _ => crate::fmt::sprint(&args),
    })
}

/// What a native fmt call produces: the text, and for Errorf which
/// operands `%w` wrapped.
pub struct Formatted {
    pub text: Vec<u8>,
    pub wrapped: crate::fmt::Wrapped,
}

/// Formats operands only known at run time (a `[]any`'s elements, two
/// words each) as Sprint (mode 0), Sprintln (1), Sprintf (2) or Errorf
/// (3) with `format`.
pub fn fmt_dynamic(
    program: &Program,
    heap: &Heap,
    mode: u64,
    format: &[u8],
    elems: &[u64],
    results: &[u64],
) -> Result<Formatted, MethodCall> {
    let mut calls = Calls {
        results,
        next: 0,
        need: None,
        enabled: true,
        mask: CALLS_STRING,
        directive: None,
    };
    let n = elems.len() / 2;
    let (uses, directives) = if mode >= 2 {
        method_uses(format, n)
    } else {
        (Vec::new(), Vec::new())
    };
    let args: Vec<_> = elems
        .chunks(2)
        .enumerate()
        .map(|(i, w)| {
            calls.mask = uses.get(i).copied().unwrap_or(CALLS_STRING);
            calls.directive = directives.get(i).copied().unwrap_or(Some(PLAIN_V));
            value_arg(program, heap, program.any_rtype, w, 0, &mut calls)
        })
        .collect();
    if let Some(need) = calls.need {
        return Err(need);
    }
    let mut wrapped = crate::fmt::Wrapped::None;
    let text = match mode {
        0 => crate::fmt::sprint(&args),
        1 => crate::fmt::sprintln(&args),
        2 => crate::fmt::sprintf(format, &args),
        _ => {
            let e = crate::fmt::errorf(format, &args);
            wrapped = e.wrap;
            e.msg
        }
    };
    Ok(Formatted { text, wrapped })
}

/// A value's formatter argument, from its runtime type and words. Deeply
/// nested or cyclic values are cut off (fmt expands only the top-level
/// pointer, so only very deep slices of slices get that far).
fn value_arg<'p>(
    program: &'p Program,
    heap: &'p Heap,
    rtype: u32,
    w: &[u64],
    depth: u32,
    calls: &mut Calls,
) -> crate::fmt::Arg<'p> {
    use crate::fmt::{Arg, Method};
    let Some(info) = program
        .type_info
        .get(rtype as usize)
        .filter(|_| calls.enabled)
    else {
        return plain_arg(program, heap, rtype, w, depth, calls);
    };
    if let (Some(entry), Some(d)) = (info.formatter, calls.directive) {
        if program.fmt_format != u32::MAX {
            return formatter_arg(program, heap, rtype, info, entry, w, depth, d, calls);
        }
    }
    // Only the methods the verbs let fmt call.
    let fmt_method = info.fmt_method.filter(|_| calls.mask & CALLS_STRING != 0);
    let go_stringer = info
        .go_stringer
        .filter(|_| calls.mask & CALLS_GOSTRING != 0);
    let methods = fmt_method
        .into_iter()
        .chain(go_stringer.map(|e| (Method::GoString, e)));
    if fmt_method.is_none() && go_stringer.is_none() {
        return plain_arg(program, heap, rtype, w, depth, calls);
    }
    let mut inside = Calls::disabled();
    let mut arg = plain_arg(program, heap, rtype, w, depth, &mut inside);
    let w0 = w.first().copied().unwrap_or(0);
    for (method, entry) in methods {
        // A value method through a nil pointer panics; fmt prints <nil>.
        let Some((func, recv)) = receiver(program, heap, info, entry, w) else {
            return arg;
        };
        if info.is_ptr && !entry.direct && handle_of(w0) == 0 {
            return arg;
        }
        let i = calls.next;
        calls.next += 1;
        if let (Some(&p), Some(&len)) = (calls.results.get(2 * i), calls.results.get(2 * i + 1)) {
            if len & PANICKED != 0 {
                // The method panicked: fmt prints the panic value.
                let v = str_bytes(heap, p, (len & !PANICKED) as usize);
                arg = Arg::Panicked {
                    method,
                    value: Box::new(Arg::Str { v, ty: "string" }),
                    inner: Box::new(arg),
                };
                continue;
            }
            let s = str_bytes(heap, p, len as usize).into();
            let inner = Box::new(arg);
            arg = match method {
                Method::Error => Arg::ErrorVal { s, inner },
                Method::String => Arg::Stringer { s, inner },
                Method::GoString => Arg::GoStringer { s, inner },
                Method::Format => Arg::Formatted {
                    s,
                    inner,
                    error: false,
                },
            };
            continue;
        }
        if calls.need.is_none() {
            calls.need = Some(MethodCall {
                func,
                recv,
                boxed: None,
            });
        }
        return arg;
    }
    arg
}

/// A value whose type has a Format method: what Format wrote (or its
/// panic), once fmt's `callFormat` has run for it; until then the call
/// it needs: `callFormat(x, flags, wid, prec, verb)` with x the value
/// as an interface (the interpreter boxes it when its type is boxed).
#[allow(clippy::too_many_arguments)]
fn formatter_arg<'p>(
    program: &'p Program,
    heap: &'p Heap,
    rtype: u32,
    info: &crate::bytecode::TypeInfo,
    _entry: crate::bytecode::MethodEntry,
    w: &[u64],
    depth: u32,
    d: Directive,
    calls: &mut Calls,
) -> crate::fmt::Arg<'p> {
    use crate::fmt::{Arg, Method};
    let inner = Box::new(plain_arg(
        program,
        heap,
        rtype,
        w,
        depth,
        &mut Calls::disabled(),
    ));
    let i = calls.next;
    calls.next += 1;
    if let (Some(&p), Some(&len)) = (calls.results.get(2 * i), calls.results.get(2 * i + 1)) {
        let s = str_bytes(heap, p, (len & !PANICKED) as usize);
        if len & PANICKED != 0 {
            return Arg::Panicked {
                method: Method::Format,
                value: Box::new(Arg::Str { v: s, ty: "string" }),
                inner,
            };
        }
        return Arg::Formatted {
            s: s.into(),
            inner,
            error: matches!(info.fmt_method, Some((Method::Error, _))),
        };
    }
    if calls.need.is_none() {
        let mut recv = vec![u64::from(rtype) + 1];
        recv.extend_from_slice(&w[..(info.words as usize).min(w.len())]);
        recv.extend_from_slice(&d);
        calls.need = Some(MethodCall {
            func: program.fmt_format,
            recv,
            boxed: info.boxed.then_some(info.layout),
        });
    }
    *inner
}

/// The function and receiver words of method `entry` for a value with
/// words `w`; `None` when a nil pointer is on the way.
fn receiver(
    program: &Program,
    heap: &Heap,
    info: &crate::bytecode::TypeInfo,
    entry: crate::bytecode::MethodEntry,
    w: &[u64],
) -> Option<(u32, Vec<u64>)> {
    use crate::iface::Start;
    let w0 = w.first().copied().unwrap_or(0);
    let start = if info.is_ptr && !(entry.direct && entry.path == 0) {
        Start::Ptr(w0)
    } else {
        Start::Inline(w)
    };
    crate::iface::resolve(program, heap, entry, start)
}

/// A value's argument as its kind prints, without its methods.
fn plain_arg<'p>(
    program: &'p Program,
    heap: &'p Heap,
    rtype: u32,
    w: &[u64],
    depth: u32,
    calls: &mut Calls,
) -> crate::fmt::Arg<'p> {
    use crate::bytecode::RType;
    use crate::fmt::{Arg, NilKind};
    let Some(rt) = program.rtypes.get(rtype as usize) else {
        return Arg::nil();
    };
    let ty = rt.name();
    let w0 = w.first().copied().unwrap_or(0);
    if depth > 64 {
        return Arg::Str { v: b"...", ty };
    }
    match rt {
        RType::Int { .. } => Arg::Int { v: w0 as i64, ty },
        RType::Uint { .. } => Arg::Uint { v: w0, ty },
        RType::Float { bits, .. } => Arg::Float {
            v: f64::from_bits(w0),
            ty,
            bits: *bits,
        },
        RType::Bool { .. } => Arg::Bool { v: w0 != 0, ty },
        RType::Str { .. } => Arg::Str {
            v: str_bytes(heap, w0, w.get(1).copied().unwrap_or(0) as usize),
            ty,
        },
        RType::Slice {
            elem,
            elem_words,
            bytes,
            ..
        } => {
            if handle_of(w0) == 0 {
                return Arg::Nil {
                    ty,
                    kind: if *bytes {
                        NilKind::Bytes
                    } else {
                        NilKind::Slice
                    },
                };
            }
            let len = w.get(1).copied().unwrap_or(0) as usize;
            let n = *elem_words as usize;
            let off = offset_of(w0) as usize;
            let addr = 0xc000000000 + u64::from(handle_of(w0)) * 0x1000 + off as u64 * 8;
            if *bytes {
                // fmt formats a []byte as bytes (%s, %x, % x), not a list.
                let mut words = vec![0; len];
                heap.read(handle_of(w0), off, &mut words);
                let v: Vec<u8> = words.iter().map(|&b| b as u8).collect();
                return Arg::Bytes {
                    v: v.into(),
                    ty,
                    addr: Some(addr),
                };
            }
            // Words, or a byte array's bools, read as words.
            let mut ew = vec![0; n];
            let elems: Vec<Arg> = (0..len)
                .map(|i| {
                    heap.read(handle_of(w0), off + i * n, &mut ew);
                    value_arg(program, heap, *elem, &ew, depth + 1, calls)
                })
                .collect();
            Arg::Slice { elems, ty, addr }
        }
        RType::Struct { fields, .. } => Arg::Struct {
            fields: fields
                .iter()
                .map(|(name, off, ft)| {
                    let fw = w.get(*off as usize..).unwrap_or(&[]);
                    // fmt cannot call methods on what an unexported field
                    // holds (reflect's CanInterface is false there).
                    let exported = name.chars().next().is_some_and(char::is_uppercase);
                    let arg = if exported {
                        value_arg(program, heap, *ft, fw, depth + 1, calls)
                    } else {
                        let mut none = Calls::disabled();
                        value_arg(program, heap, *ft, fw, depth + 1, &mut none)
                    };
                    (&**name, arg)
                })
                .collect(),
            ty,
        },
        RType::Ptr { elem, .. } => {
            let h = handle_of(w0);
            if h == 0 {
                return Arg::Nil {
                    ty,
                    kind: NilKind::Pointer,
                };
            }
            let addr = 0xc000000000 + u64::from(h) * 0x1000 + u64::from(offset_of(w0)) * 8;
            let to = match program.rtypes.get(*elem as usize) {
                Some(
                    RType::Struct { .. }
                    | RType::Slice { .. }
                    | RType::Array { .. }
                    | RType::Map { .. },
                ) if depth == 0 => {
                    let off = offset_of(w0) as usize;
                    let n = heap.words(h).len().saturating_sub(off);
                    let pw = heap.read_vec(h, off, n);
                    Some(Box::new(value_arg(
                        program,
                        heap,
                        *elem,
                        &pw,
                        depth + 1,
                        calls,
                    )))
                }
                _ => None,
            };
            Arg::Pointer { addr, ty, to }
        }
        RType::Map {
            key,
            val,
            key_words,
            val_words,
            ..
        } => {
            // A copy of the entries, so that no lock is held while the
            // keys and values are read (they may hold this very map).
            let Some((keys, vals, live)) = heap
                .map(handle_of(w0))
                .map(|m| (m.keys.clone(), m.vals.clone(), m.live.clone()))
            else {
                return Arg::Nil {
                    ty,
                    kind: NilKind::Map,
                };
            };
            let (kw, vw) = (*key_words as usize, *val_words as usize);
            let mut entries = Vec::new();
            for (slot, &live) in live.iter().enumerate() {
                if !live {
                    continue;
                }
                let k = keys.get(slot * kw..slot * kw + kw).unwrap_or(&[]);
                let v = vals.get(slot * vw..slot * vw + vw).unwrap_or(&[]);
                entries.push((
                    value_arg(program, heap, *key, k, depth + 1, calls),
                    value_arg(program, heap, *val, v, depth + 1, calls),
                ));
            }
            Arg::Map {
                entries,
                ty,
                addr: 0xc000000000 + u64::from(handle_of(w0)) * 0x1000,
            }
        }
        RType::Complex { bits, .. } => Arg::Complex {
            re: f64::from_bits(w0),
            im: f64::from_bits(w.get(1).copied().unwrap_or(0)),
            ty,
            bits: *bits * 2,
        },
        RType::Array {
            elem,
            len,
            elem_words,
            bytes,
            ..
        } => {
            let n = *elem_words as usize;
            if *bytes {
                let v: Vec<u8> = (0..*len as usize)
                    .map(|i| w.get(i).copied().unwrap_or(0) as u8)
                    .collect();
                return Arg::Bytes {
                    v: v.into(),
                    ty,
                    addr: None,
                };
            }
            let elems = (0..*len as usize)
                .map(|i| {
                    let ew = w.get(i * n..(i + 1) * n).unwrap_or(&[]);
                    value_arg(program, heap, *elem, ew, depth + 1, calls)
                })
                .collect();
            Arg::Array { elems, ty }
        }
        RType::Iface { .. } => {
            let tw = w0;
            if tw == 0 {
                return if depth == 0 {
                    Arg::nil()
                } else {
                    Arg::Nil {
                        ty,
                        kind: NilKind::Interface,
                    }
                };
            }
            let vw = crate::iface::value_words(program, heap, tw, w.get(1..2).unwrap_or(&[]));
            // The top-level operand is the dynamic value itself.
            let d = if depth == 0 { 0 } else { depth + 1 };
            value_arg(program, heap, (tw - 1) as u32, &vw, d, calls)
        }
        RType::Chan { .. } => {
            if handle_of(w0) == 0 {
                Arg::Nil {
                    ty,
                    kind: NilKind::Pointer,
                }
            } else {
                Arg::Pointer {
                    addr: 0xc000000000 + u64::from(handle_of(w0)) * 0x1000,
                    ty,
                    to: None,
                }
            }
        }
        RType::Func { .. } => {
            if handle_of(w0) == 0 {
                Arg::Nil {
                    ty,
                    kind: NilKind::Func,
                }
            } else {
                Arg::Func {
                    addr: 0xc000000000 + u64::from(handle_of(w0)) * 0x1000,
                    ty,
                }
            }
        }
    }
}

/// Writes print arguments as the builtins `print` and `println` do.
pub fn print_builtin(
    program: &Program,
    heap: &Heap,
    fmt: &PrintFormat,
    values: &[u64],
    out: &Output,
) {
    let builtin = matches!(
        fmt.style,
        PrintStyle::BuiltinPrint | PrintStyle::BuiltinPrintln
    );
    let mut buf: Vec<u8> = Vec::new();
    let mut prev_string = false;
    let mut at = 0;
    for (i, &kind) in fmt.kinds.iter().enumerate() {
        let v = values.get(at).copied().unwrap_or(0);
        let v2 = values.get(at + 1).copied().unwrap_or(0);
        at += kind.words();
        let is_string = matches!(kind, PrintKind::ConstString(_) | PrintKind::Str);
        let space = match fmt.style {
            PrintStyle::BuiltinPrintln | PrintStyle::FmtPrintln => i > 0,
            PrintStyle::BuiltinPrint => false,
            _ => i > 0 && !is_string && !prev_string,
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
            PrintKind::Str => buf.extend_from_slice(str_bytes(heap, v, v2 as usize)),
            // The compiler gives the builtins scalars and strings only.
            PrintKind::Value { .. } => {}
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
        out.stderr().write_all(&buf)
    } else {
        out.stdout().write_all(&buf)
    };
}

/// The text Go's runtime prints for a panic with the interface value
/// `[tw, data]`: an error's `Error()`, a Stringer's `String()` (given as
/// `results` once called), a predeclared kind's value as `print` writes
/// it, a defined basic type as `T(v)`, anything else as `(T) address`.
pub fn panic_text(
    program: &Program,
    heap: &Heap,
    tw: u64,
    data: u64,
    results: &[u64],
) -> Result<String, MethodCall> {
    use crate::bytecode::RType;
    let Some(info) = crate::iface::info(program, tw) else {
        return Ok("panic called with nil argument".into());
    };
    let rt = (tw - 1) as u32;
    if let Some((_, entry)) = info.fmt_method {
        if let (Some(&p), Some(&len)) = (results.first(), results.get(1)) {
            return Ok(indented(str_bytes(heap, p, len as usize)));
        }
        let start = crate::iface::Start::of_iface(&entry, data);
        let Some((func, recv)) = crate::iface::resolve(program, heap, entry, start) else {
            return Ok(format!("({}) nil", crate::iface::type_name(program, rt)));
        };
        return Err(MethodCall {
            func,
            recv,
            boxed: None,
        });
    }
    let name = crate::iface::type_name(program, rt);
    let words = [data];
    let w = crate::iface::value_words(program, heap, tw, &words);
    let w0 = w.first().copied().unwrap_or(0);
    let value = match program.rtypes.get(rt as usize) {
        Some(RType::Int { .. }) => (w0 as i64).to_string(),
        Some(RType::Uint { .. }) => w0.to_string(),
        Some(RType::Bool { .. }) => (w0 != 0).to_string(),
        Some(RType::Float { bits, .. }) => {
            crate::format::shortest_float(f64::from_bits(w0), *bits == 32)
        }
        Some(RType::Str { .. }) => {
            let s = indented(str_bytes(heap, w0, w.get(1).copied().unwrap_or(0) as usize));
            return Ok(if is_predeclared(name) {
                s
            } else {
                format!("{name}(\"{s}\")")
            });
        }
        _ => {
            let addr = 0xc000000000 + u64::from(handle_of(data)) * 0x1000;
            return Ok(format!("({name}) {addr:#x}"));
        }
    };
    Ok(if is_predeclared(name) {
        value
    } else {
        format!("{name}({value})")
    })
}

fn is_predeclared(name: &str) -> bool {
    !name.contains('.')
}

/// printindented: a panic's lines after the first are indented by a tab.
fn indented(s: &[u8]) -> String {
    String::from_utf8_lossy(s).replace('\n', "\n\t")
}
