//! The printer, after Go's `fmt/print.go`: the format-string loop,
//! argument indexes, `*` widths, the method rules and the printing of
//! every kind of value.

use std::borrow::Borrow;

use super::format::{Fmt, LDIGITS, UDIGITS};
use super::quote::decode_rune;
use super::sort::sorted;
use super::{Arg, Method, NilKind};

const COMMA_SPACE: &[u8] = b", ";
const NIL_ANGLE: &[u8] = b"<nil>";
const NIL_PAREN: &[u8] = b"(nil)";
const PERCENT_BANG: &[u8] = b"%!";
const MISSING: &[u8] = b"(MISSING)";
const BAD_INDEX: &[u8] = b"(BADINDEX)";
const EXTRA: &[u8] = b"%!(EXTRA ";
const BAD_WIDTH: &[u8] = b"%!(BADWIDTH)";
const BAD_PREC: &[u8] = b"%!(BADPREC)";
const NO_VERB: &[u8] = b"%!(NOVERB)";

/// `tooLarge`: whether x is too large to be a width or precision.
fn too_large(x: i64) -> bool {
    const MAX: i64 = 1_000_000;
    !(-MAX..=MAX).contains(&x)
}

/// `parsenum`: the decimal number in s[start..end], if any.
fn parsenum(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num: i64 = 0;
    let mut isnum = false;
    let mut newi = start;
    while newi < end && s[newi].is_ascii_digit() {
        if too_large(num) {
            return (0, false, end);
        }
        num = num * 10 + (s[newi] - b'0') as i64;
        isnum = true;
        newi += 1;
    }
    (num, isnum, newi)
}

/// `intFromArg`: the argNum'th operand as a width or precision.
fn int_from_arg(a: &[Arg], arg_num: usize) -> (i64, bool, usize) {
    let mut new_arg_num = arg_num;
    let mut num = 0;
    let mut is_int = false;
    if let Some(arg) = a.get(arg_num) {
        match arg.raw() {
            Arg::Int { v, .. } => {
                num = *v;
                is_int = true;
            }
            Arg::Uint { v, .. } => {
                if let Ok(n) = i64::try_from(*v) {
                    num = n;
                    is_int = true;
                }
            }
            _ => {}
        }
        new_arg_num = arg_num + 1;
        if too_large(num) {
            num = 0;
            is_int = false;
        }
    }
    (num, is_int, new_arg_num)
}

/// `parseArgNumber`: the bracketed number at format[0], minus one, the
/// bytes to consume, and whether it parsed.
fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (width, ok, newi) = parsenum(format, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (width - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

fn write_rune(buf: &mut Vec<u8>, c: char) {
    let mut tmp = [0u8; 4];
    buf.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
}

/// The result of one of a value's formatting methods.
enum MethodResult<'r, 'a> {
    Ok(&'r [u8]),
    Panic(&'r Arg<'a>),
}

/// The first wrapper around `arg` that supplies `method`.
fn find_method<'r, 'a>(arg: &'r Arg<'a>, method: Method) -> Option<MethodResult<'r, 'a>> {
    let mut a = arg;
    loop {
        match a {
            Arg::Stringer { s, inner } => {
                if method == Method::String {
                    return Some(MethodResult::Ok(s));
                }
                a = inner;
            }
            Arg::ErrorVal { s, inner } => {
                if method == Method::Error {
                    return Some(MethodResult::Ok(s));
                }
                a = inner;
            }
            Arg::GoStringer { s, inner } => {
                if method == Method::GoString {
                    return Some(MethodResult::Ok(s));
                }
                a = inner;
            }
            Arg::Formatted { s, inner, .. } => {
                if method == Method::Format {
                    return Some(MethodResult::Ok(s));
                }
                a = inner;
            }
            Arg::Panicked {
                method: m,
                value,
                inner,
            } => {
                if *m == method {
                    return Some(MethodResult::Panic(value));
                }
                a = inner;
            }
            _ => return None,
        }
    }
}

/// Whether the value printed after a top-level `&`: a struct, array,
/// slice or map (`reflect.Pointer` to those kinds).
fn is_composite(a: &Arg) -> bool {
    matches!(
        a.raw(),
        Arg::Struct { .. }
            | Arg::Array { .. }
            | Arg::Slice { .. }
            | Arg::Bytes { .. }
            | Arg::Map { .. }
            | Arg::Nil {
                kind: NilKind::Slice | NilKind::Bytes | NilKind::Map,
                ..
            }
    )
}

/// `pp`: one print call's state.
pub struct Printer {
    buf: Vec<u8>,
    fmt: Fmt,
    reordered: bool,
    good_arg_num: bool,
    erroring: bool,
    wrap_errs: bool,
    pub wrapped_errs: Vec<usize>,
}

impl Printer {
    pub fn new(wrap_errs: bool) -> Printer {
        Printer {
            buf: Vec::new(),
            fmt: Fmt::default(),
            reordered: false,
            good_arg_num: true,
            erroring: false,
            wrap_errs,
            wrapped_errs: Vec::new(),
        }
    }

    /// Whether the format used explicit argument indexes.
    pub fn reordered(&self) -> bool {
        self.reordered
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }

    fn pad_string(&mut self, s: &[u8]) {
        self.fmt.pad(&mut self.buf, s);
    }

    fn bad_verb(&mut self, arg: Option<&Arg>, verb: char) {
        self.erroring = true;
        self.buf.extend_from_slice(PERCENT_BANG);
        write_rune(&mut self.buf, verb);
        self.buf.push(b'(');
        match arg {
            Some(a) if !a.is_nil_interface() => {
                self.buf.extend_from_slice(a.type_name().as_bytes());
                self.buf.push(b'=');
                self.print_arg(a, 'v');
            }
            _ => self.buf.extend_from_slice(NIL_ANGLE),
        }
        self.buf.push(b')');
        self.erroring = false;
    }

    fn fmt_bool(&mut self, arg: &Arg, v: bool, verb: char) {
        match verb {
            't' | 'v' => self.fmt.fmt_boolean(&mut self.buf, v),
            _ => self.bad_verb(Some(arg), verb),
        }
    }

    /// `fmt0x64`: v in hex, with or without 0x.
    fn fmt_0x64(&mut self, v: u64, leading0x: bool) {
        let sharp = self.fmt.flags.sharp;
        self.fmt.flags.sharp = leading0x;
        self.fmt
            .fmt_integer(&mut self.buf, v, 16, false, 'v', LDIGITS);
        self.fmt.flags.sharp = sharp;
    }

    fn fmt_integer(&mut self, arg: &Arg, v: u64, is_signed: bool, verb: char) {
        let buf = &mut self.buf;
        match verb {
            'v' => {
                if self.fmt.flags.sharp_v && !is_signed {
                    self.fmt_0x64(v, true);
                } else {
                    self.fmt.fmt_integer(buf, v, 10, is_signed, verb, LDIGITS);
                }
            }
            'd' => self.fmt.fmt_integer(buf, v, 10, is_signed, verb, LDIGITS),
            'b' => self.fmt.fmt_integer(buf, v, 2, is_signed, verb, LDIGITS),
            'o' | 'O' => self.fmt.fmt_integer(buf, v, 8, is_signed, verb, LDIGITS),
            'x' => self.fmt.fmt_integer(buf, v, 16, is_signed, verb, LDIGITS),
            'X' => self.fmt.fmt_integer(buf, v, 16, is_signed, verb, UDIGITS),
            'c' => self.fmt.fmt_c(buf, v),
            'q' => self.fmt.fmt_qc(buf, v),
            'U' => self.fmt.fmt_unicode(buf, v),
            _ => self.bad_verb(Some(arg), verb),
        }
    }

    fn fmt_float(&mut self, arg: &Arg, v: f64, size: u8, verb: char) {
        let buf = &mut self.buf;
        match verb {
            'v' => self.fmt.fmt_float(buf, v, size, b'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt.fmt_float(buf, v, size, verb as u8, -1),
            'f' | 'e' | 'E' => self.fmt.fmt_float(buf, v, size, verb as u8, 6),
            'F' => self.fmt.fmt_float(buf, v, size, b'f', 6),
            _ => self.bad_verb(Some(arg), verb),
        }
    }

    fn fmt_complex(&mut self, arg: &Arg, re: f64, im: f64, size: u8, verb: char) {
        match verb {
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E' => {
                let old_plus = self.fmt.flags.plus;
                self.buf.push(b'(');
                self.fmt_float(arg, re, size / 2, verb);
                self.fmt.flags.plus = true;
                self.fmt_float(arg, im, size / 2, verb);
                self.buf.extend_from_slice(b"i)");
                self.fmt.flags.plus = old_plus;
            }
            _ => self.bad_verb(Some(arg), verb),
        }
    }

    fn fmt_string(&mut self, arg: &Arg, v: &[u8], verb: char) {
        let buf = &mut self.buf;
        match verb {
            'v' => {
                if self.fmt.flags.sharp_v {
                    self.fmt.fmt_q(buf, v);
                } else {
                    self.fmt.fmt_s(buf, v);
                }
            }
            's' => self.fmt.fmt_s(buf, v),
            'x' => self.fmt.fmt_sbx(buf, v, LDIGITS),
            'X' => self.fmt.fmt_sbx(buf, v, UDIGITS),
            'q' => self.fmt.fmt_q(buf, v),
            _ => self.bad_verb(Some(arg), verb),
        }
    }

    /// `fmtBytes` for the verbs that treat bytes as a string.
    fn fmt_bytes_str(&mut self, v: &[u8], verb: char) {
        let buf = &mut self.buf;
        match verb {
            's' => self.fmt.fmt_s(buf, v),
            'x' => self.fmt.fmt_sbx(buf, v, LDIGITS),
            'X' => self.fmt.fmt_sbx(buf, v, UDIGITS),
            _ => self.fmt.fmt_q(buf, v),
        }
    }

    fn fmt_pointer(&mut self, arg: &Arg, verb: char) {
        let u = match arg {
            Arg::Pointer { addr, .. }
            | Arg::Chan { addr, .. }
            | Arg::Func { addr, .. }
            | Arg::UnsafePointer { addr, .. }
            | Arg::Slice { addr, .. }
            | Arg::Map { addr, .. }
            | Arg::Bytes {
                addr: Some(addr), ..
            } => *addr,
            Arg::Nil { kind, .. } if *kind != NilKind::Interface => 0,
            _ => {
                self.bad_verb(Some(arg), verb);
                return;
            }
        };
        match verb {
            'v' => {
                if self.fmt.flags.sharp_v {
                    self.buf.push(b'(');
                    self.buf.extend_from_slice(arg.type_name().as_bytes());
                    self.buf.extend_from_slice(b")(");
                    if u == 0 {
                        self.buf.extend_from_slice(b"nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.buf.push(b')');
                } else if u == 0 {
                    self.pad_string(NIL_ANGLE);
                } else {
                    self.fmt_0x64(u, !self.fmt.flags.sharp);
                }
            }
            'p' => self.fmt_0x64(u, !self.fmt.flags.sharp),
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(arg, u, false, verb),
            _ => self.bad_verb(Some(arg), verb),
        }
    }

    /// `catchPanic`: what fmt prints when a method panicked.
    fn catch_panic(&mut self, arg: &Arg, verb: char, method: Method, value: &Arg) {
        if let Arg::Nil {
            kind: NilKind::Pointer,
            ..
        } = arg.raw()
        {
            self.buf.extend_from_slice(NIL_ANGLE);
            return;
        }
        let old_flags = self.fmt.flags;
        self.fmt.clear_flags();
        self.buf.extend_from_slice(PERCENT_BANG);
        write_rune(&mut self.buf, verb);
        self.buf.extend_from_slice(b"(PANIC=");
        self.buf.extend_from_slice(method.name().as_bytes());
        self.buf.extend_from_slice(b" method: ");
        self.print_arg(value, 'v');
        self.buf.push(b')');
        self.fmt.flags = old_flags;
    }

    /// `handleMethods`: print with the value's Error, String or GoString
    /// result where Go would; false when the raw value is to be printed.
    fn handle_methods(&mut self, arg: &Arg, verb: char) -> bool {
        if self.erroring {
            return false;
        }
        let mut verb = verb;
        if verb == 'w' {
            if !arg.is_error() || !self.wrap_errs {
                self.bad_verb(Some(arg), verb);
                return true;
            }
            verb = 'v';
        }
        // A Formatter wrote the operand itself, for this directive.
        match find_method(arg, Method::Format) {
            Some(MethodResult::Ok(s)) => {
                self.buf.extend_from_slice(s);
                return true;
            }
            Some(MethodResult::Panic(v)) => {
                self.catch_panic(arg, verb, Method::Format, v);
                return true;
            }
            None => {}
        }
        if self.fmt.flags.sharp_v {
            match find_method(arg, Method::GoString) {
                Some(MethodResult::Ok(s)) => {
                    self.fmt.fmt_s(&mut self.buf, s);
                    true
                }
                Some(MethodResult::Panic(v)) => {
                    self.catch_panic(arg, verb, Method::GoString, v);
                    true
                }
                None => false,
            }
        } else if matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            for method in [Method::Error, Method::String] {
                match find_method(arg, method) {
                    Some(MethodResult::Ok(s)) => {
                        self.fmt_string(arg, s, verb);
                        return true;
                    }
                    Some(MethodResult::Panic(v)) => {
                        self.catch_panic(arg, verb, method, v);
                        return true;
                    }
                    None => {}
                }
            }
            false
        } else {
            false
        }
    }

    fn print_arg(&mut self, arg: &Arg, verb: char) {
        if arg.is_nil_interface() {
            match verb {
                'T' | 'v' => self.pad_string(NIL_ANGLE),
                _ => self.bad_verb(None, verb),
            }
            return;
        }
        match verb {
            'T' => {
                self.fmt.fmt_s(&mut self.buf, arg.type_name().as_bytes());
                return;
            }
            'p' => {
                self.fmt_pointer(arg.raw(), 'p');
                return;
            }
            _ => {}
        }
        if self.handle_methods(arg, verb) {
            return;
        }
        self.print_value(arg.raw(), verb, 0);
    }

    /// The elements of a slice or array: `[a b]`, or `T{a, b}` for `%#v`.
    fn print_list<'e, I>(&mut self, ty: &str, elems: I, verb: char, depth: usize)
    where
        I: Iterator,
        I::Item: Borrow<Arg<'e>>,
    {
        if self.fmt.flags.sharp_v {
            self.buf.extend_from_slice(ty.as_bytes());
            self.buf.push(b'{');
            for (i, e) in elems.enumerate() {
                if i > 0 {
                    self.buf.extend_from_slice(COMMA_SPACE);
                }
                self.print_value(e.borrow(), verb, depth + 1);
            }
            self.buf.push(b'}');
        } else {
            self.buf.push(b'[');
            for (i, e) in elems.enumerate() {
                if i > 0 {
                    self.buf.push(b' ');
                }
                self.print_value(e.borrow(), verb, depth + 1);
            }
            self.buf.push(b']');
        }
    }

    /// `printValue`: a value inside a composite (depth > 0) or a
    /// top-level value without methods that apply.
    fn print_value(&mut self, arg: &Arg, verb: char, depth: usize) {
        if depth > 0 && self.handle_methods(arg, verb) {
            return;
        }
        let arg = arg.raw();
        match arg {
            Arg::Bool { v, .. } => self.fmt_bool(arg, *v, verb),
            Arg::Int { v, .. } => self.fmt_integer(arg, *v as u64, true, verb),
            Arg::Uint { v, .. } => self.fmt_integer(arg, *v, false, verb),
            Arg::Float { v, bits, .. } => {
                let size = if *bits == 32 { 32 } else { 64 };
                self.fmt_float(arg, *v, size, verb)
            }
            Arg::Complex { re, im, bits, .. } => {
                let size = if *bits == 64 { 64 } else { 128 };
                self.fmt_complex(arg, *re, *im, size, verb)
            }
            Arg::Str { v, .. } => self.fmt_string(arg, v, verb),
            Arg::Bytes { v, ty, addr } => match verb {
                's' | 'q' | 'x' | 'X' => self.fmt_bytes_str(v, verb),
                _ => {
                    // The top-level unnamed []byte is spelled as written.
                    let ty = if depth == 0 && *ty == "[]uint8" && addr.is_some() {
                        "[]byte"
                    } else {
                        ty
                    };
                    let elems = v.iter().map(|&b| Arg::Uint {
                        v: b as u64,
                        ty: "uint8",
                    });
                    self.print_list(ty, elems, verb, depth);
                }
            },
            Arg::Nil { ty, kind } => match kind {
                NilKind::Pointer | NilKind::Func | NilKind::Chan | NilKind::UnsafePointer => {
                    self.fmt_pointer(arg, verb)
                }
                NilKind::Bytes if matches!(verb, 's' | 'q' | 'x' | 'X') => {
                    self.fmt_bytes_str(&[], verb)
                }
                NilKind::Slice | NilKind::Bytes => {
                    if self.fmt.flags.sharp_v {
                        let ty = if depth == 0 && *ty == "[]uint8" && *kind == NilKind::Bytes {
                            "[]byte"
                        } else {
                            ty
                        };
                        self.buf.extend_from_slice(ty.as_bytes());
                        self.buf.extend_from_slice(NIL_PAREN);
                    } else {
                        self.buf.extend_from_slice(b"[]");
                    }
                }
                NilKind::Map => {
                    if self.fmt.flags.sharp_v {
                        self.buf.extend_from_slice(ty.as_bytes());
                        self.buf.extend_from_slice(NIL_PAREN);
                    } else {
                        self.buf.extend_from_slice(b"map[]");
                    }
                }
                NilKind::Interface => {
                    if self.fmt.flags.sharp_v {
                        self.buf.extend_from_slice(ty.as_bytes());
                        self.buf.extend_from_slice(NIL_PAREN);
                    } else {
                        self.buf.extend_from_slice(NIL_ANGLE);
                    }
                }
            },
            Arg::Pointer { to, .. } => match to {
                Some(to) if depth == 0 && is_composite(to) => {
                    self.buf.push(b'&');
                    self.print_value(to, verb, depth + 1);
                }
                _ => self.fmt_pointer(arg, verb),
            },
            Arg::Slice { elems, ty, .. } | Arg::Array { elems, ty } => {
                self.print_list(ty, elems.iter(), verb, depth)
            }
            Arg::Map { entries, ty, .. } => {
                if self.fmt.flags.sharp_v {
                    self.buf.extend_from_slice(ty.as_bytes());
                    self.buf.push(b'{');
                } else {
                    self.buf.extend_from_slice(b"map[");
                }
                for (i, (k, v)) in sorted(entries).into_iter().enumerate() {
                    if i > 0 {
                        if self.fmt.flags.sharp_v {
                            self.buf.extend_from_slice(COMMA_SPACE);
                        } else {
                            self.buf.push(b' ');
                        }
                    }
                    self.print_value(k, verb, depth + 1);
                    self.buf.push(b':');
                    self.print_value(v, verb, depth + 1);
                }
                self.buf
                    .push(if self.fmt.flags.sharp_v { b'}' } else { b']' });
            }
            Arg::Struct { fields, ty } => {
                if self.fmt.flags.sharp_v {
                    self.buf.extend_from_slice(ty.as_bytes());
                }
                self.buf.push(b'{');
                for (i, (name, f)) in fields.iter().enumerate() {
                    if i > 0 {
                        if self.fmt.flags.sharp_v {
                            self.buf.extend_from_slice(COMMA_SPACE);
                        } else {
                            self.buf.push(b' ');
                        }
                    }
                    if (self.fmt.flags.plus_v || self.fmt.flags.sharp_v) && !name.is_empty() {
                        self.buf.extend_from_slice(name.as_bytes());
                        self.buf.push(b':');
                    }
                    self.print_value(f, verb, depth + 1);
                }
                self.buf.push(b'}');
            }
            Arg::Func { .. } | Arg::Chan { .. } | Arg::UnsafePointer { .. } => {
                self.fmt_pointer(arg, verb)
            }
            // raw() strips every wrapper.
            Arg::Stringer { .. }
            | Arg::ErrorVal { .. }
            | Arg::GoStringer { .. }
            | Arg::Formatted { .. }
            | Arg::Panicked { .. } => {}
        }
    }

    /// `argNumber`: an explicit `[n]` index at format[i], if any.
    fn arg_number(
        &mut self,
        arg_num: usize,
        format: &[u8],
        i: usize,
        num_args: usize,
    ) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && 0 <= index && (index as u64) < num_args as u64 {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    fn bad_arg_num(&mut self, verb: char) {
        self.buf.extend_from_slice(PERCENT_BANG);
        write_rune(&mut self.buf, verb);
        self.buf.extend_from_slice(BAD_INDEX);
    }

    fn missing_arg(&mut self, verb: char) {
        self.buf.extend_from_slice(PERCENT_BANG);
        write_rune(&mut self.buf, verb);
        self.buf.extend_from_slice(MISSING);
    }

    /// Moves `#` and `+` to `sharp_v`/`plus_v` for `%v` (and `%w`).
    fn set_v_flags(&mut self) {
        let f = &mut self.fmt.flags;
        f.sharp_v = f.sharp;
        f.sharp = false;
        f.plus_v = f.plus;
        f.plus = false;
    }

    /// `doPrintf`.
    pub fn do_printf(&mut self, format: &[u8], a: &[Arg]) {
        let end = format.len();
        let mut arg_num: usize = 0;
        let mut after_index;
        self.reordered = false;
        let mut i = 0;
        'format_loop: while i < end {
            self.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.buf.extend_from_slice(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1;
            self.fmt.clear_flags();
            while i < end {
                let c = format[i];
                match c {
                    b'#' => self.fmt.flags.sharp = true,
                    b'0' => self.fmt.flags.zero = true,
                    b'+' => self.fmt.flags.plus = true,
                    b'-' => self.fmt.flags.minus = true,
                    b' ' => self.fmt.flags.space = true,
                    _ => {
                        // Fast path: a lower-case verb right after the flags.
                        if c.is_ascii_lowercase() && arg_num < a.len() {
                            if c == b'w' {
                                self.wrapped_errs.push(arg_num);
                            }
                            if c == b'w' || c == b'v' {
                                self.set_v_flags();
                            }
                            self.print_arg(&a[arg_num], c as char);
                            arg_num += 1;
                            i += 1;
                            continue 'format_loop;
                        }
                        break;
                    }
                }
                i += 1;
            }

            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, a.len());

            if i < end && format[i] == b'*' {
                i += 1;
                let (w, present, n) = int_from_arg(a, arg_num);
                self.fmt.wid = w;
                self.fmt.flags.wid_present = present;
                arg_num = n;
                if !present {
                    self.buf.extend_from_slice(BAD_WIDTH);
                }
                if self.fmt.wid < 0 {
                    self.fmt.wid = -self.fmt.wid;
                    self.fmt.flags.minus = true;
                    self.fmt.flags.zero = false;
                }
                after_index = false;
            } else {
                let (w, present, n) = parsenum(format, i, end);
                self.fmt.wid = w;
                self.fmt.flags.wid_present = present;
                i = n;
                if after_index && present {
                    self.good_arg_num = false;
                }
            }

            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, a.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (p, present, n) = int_from_arg(a, arg_num);
                    self.fmt.prec = p;
                    self.fmt.flags.prec_present = present;
                    arg_num = n;
                    if self.fmt.prec < 0 {
                        self.fmt.prec = 0;
                        self.fmt.flags.prec_present = false;
                    }
                    if !self.fmt.flags.prec_present {
                        self.buf.extend_from_slice(BAD_PREC);
                    }
                    after_index = false;
                } else {
                    let (p, present, n) = parsenum(format, i, end);
                    self.fmt.prec = p;
                    self.fmt.flags.prec_present = present;
                    i = n;
                    if !present {
                        self.fmt.prec = 0;
                        self.fmt.flags.prec_present = true;
                    }
                }
            }

            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, format, i, a.len());
            }

            if i >= end {
                self.buf.extend_from_slice(NO_VERB);
                break;
            }

            let (r, size) = decode_rune(&format[i..]);
            let verb = char::from_u32(r).unwrap_or('\u{FFFD}');
            i += size;

            if verb == '%' {
                self.buf.push(b'%');
            } else if !self.good_arg_num {
                self.bad_arg_num(verb);
            } else if arg_num >= a.len() {
                self.missing_arg(verb);
            } else {
                if verb == 'w' {
                    self.wrapped_errs.push(arg_num);
                }
                if verb == 'w' || verb == 'v' {
                    self.set_v_flags();
                }
                self.print_arg(&a[arg_num], verb);
                arg_num += 1;
            }
        }

        if !self.reordered && arg_num < a.len() {
            self.fmt.clear_flags();
            self.buf.extend_from_slice(EXTRA);
            for (i, arg) in a[arg_num..].iter().enumerate() {
                if i > 0 {
                    self.buf.extend_from_slice(COMMA_SPACE);
                }
                if arg.is_nil_interface() {
                    self.buf.extend_from_slice(NIL_ANGLE);
                } else {
                    self.buf.extend_from_slice(arg.type_name().as_bytes());
                    self.buf.push(b'=');
                    self.print_arg(arg, 'v');
                }
            }
            self.buf.push(b')');
        }
    }

    /// `doPrint`.
    pub fn do_print(&mut self, a: &[Arg]) {
        let mut prev_string = false;
        for (n, arg) in a.iter().enumerate() {
            let is_string = !arg.is_nil_interface() && matches!(arg.raw(), Arg::Str { .. });
            if n > 0 && !is_string && !prev_string {
                self.buf.push(b' ');
            }
            self.print_arg(arg, 'v');
            prev_string = is_string;
        }
    }

    /// `doPrintln`.
    pub fn do_println(&mut self, a: &[Arg]) {
        for (n, arg) in a.iter().enumerate() {
            if n > 0 {
                self.buf.push(b' ');
            }
            self.print_arg(arg, 'v');
        }
        self.buf.push(b'\n');
    }
}
