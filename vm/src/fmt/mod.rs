//! Go's `fmt` formatting engine (`Sprintf`, `Sprint`, `Sprintln`, `Errorf`),
//! ported from Go 1.27's `fmt/print.go`, `fmt/format.go`,
//! `internal/fmtsort/sort.go` and the parts of `strconv` they use
//! (float formatting, quoting, `IsPrint`).
//!
//! The engine knows nothing of the VM's values: the caller decodes every
//! operand into an [`Arg`], a tree that carries each value with its Go type
//! name (as `%T` prints it). Methods are the caller's business too: where a
//! value has `Error()`, `String()` or `GoString()` in its method set, the
//! caller calls them first and wraps the raw value in [`Arg::ErrorVal`],
//! [`Arg::Stringer`] or [`Arg::GoStringer`] (nesting the wrappers when it
//! has several), and the engine applies Go's rules for when each result is
//! used and when the raw value is printed instead (`%d` of a Stringer
//! integer, `%#v`, bad verbs).
//!
//! Go's fmt only calls methods where `reflect.Value.CanInterface` holds, so
//! values reached through unexported struct fields must be passed raw, not
//! wrapped; a method with a pointer receiver belongs only to the pointer's
//! method set.
//!
//! Module map (Go file ↔ Rust file): `print.go` ↔ `print.rs`, `format.go` ↔
//! `format.rs`, `fmtsort/sort.go` ↔ `sort.rs`, `strconv/ftoa.go` ↔
//! `ftoa.rs`, `strconv/quote.go` + `unicode/utf8` ↔ `quote.rs`.

use std::borrow::Cow;

mod format;
pub(crate) mod ftoa;
mod isprint;
mod print;
pub(crate) mod quote;
mod sort;

#[cfg(test)]
mod tests;

/// One operand of a print call, decoded by the caller.
///
/// `ty` is always the Go type's name as `%T` prints it: `int`, `main.Point`,
/// `[]string`, `map[string]int`, `*main.Node`, `interface {}`,
/// `struct { X int }`.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    /// A boolean (kind bool).
    Bool { v: bool, ty: &'a str },
    /// A signed integer of any size (kinds int, int8 … int64).
    Int { v: i64, ty: &'a str },
    /// An unsigned integer of any size (uint, uint8 … uint64, uintptr).
    Uint { v: u64, ty: &'a str },
    /// A float; `bits` is 32 or 64 (float32 prints with float32's
    /// shortest digits).
    Float { v: f64, ty: &'a str, bits: u8 },
    /// A complex number; `bits` is 64 (complex64) or 128.
    Complex {
        re: f64,
        im: f64,
        ty: &'a str,
        bits: u8,
    },
    /// A string, as its bytes (not necessarily UTF-8).
    Str { v: &'a [u8], ty: &'a str },
    /// A non-nil slice or an array whose element kind is uint8 (`[]byte`,
    /// `[4]byte`, named byte slices). `addr` is the slice's data pointer
    /// for `%p`; `None` marks an array.
    Bytes {
        v: Cow<'a, [u8]>,
        ty: &'a str,
        addr: Option<u64>,
    },
    /// A nil pointer, slice, map, func, chan, unsafe.Pointer or interface.
    /// At the top level a `Nil` of kind `Interface` is the untyped nil
    /// operand (`fmt.Println(nil)`): `%T` and `%v` print `<nil>`.
    Nil { ty: &'a str, kind: NilKind },
    /// A non-nil pointer. `to` is the pointee when it is a struct, array,
    /// slice or map (then the top-level `%v` prints `&{...}`); `None`
    /// otherwise (the address is printed).
    Pointer {
        addr: u64,
        ty: &'a str,
        to: Option<Box<Arg<'a>>>,
    },
    /// A non-nil slice (`addr` is its data pointer, for `%p`).
    Slice {
        elems: Vec<Arg<'a>>,
        ty: &'a str,
        addr: u64,
    },
    /// An array value.
    Array { elems: Vec<Arg<'a>>, ty: &'a str },
    /// A non-nil map, in any order: the engine sorts the entries by key as
    /// `internal/fmtsort` does.
    Map {
        entries: Vec<(Arg<'a>, Arg<'a>)>,
        ty: &'a str,
        addr: u64,
    },
    /// A struct value: its fields in order, with their names.
    Struct {
        fields: Vec<(&'a str, Arg<'a>)>,
        ty: &'a str,
    },
    /// A non-nil func value.
    Func { addr: u64, ty: &'a str },
    /// A non-nil channel.
    Chan { addr: u64, ty: &'a str },
    /// A non-nil unsafe.Pointer.
    UnsafePointer { addr: u64, ty: &'a str },
    /// A value whose method set has `String() string`: `s` is its result,
    /// `inner` the raw value (possibly another method wrapper).
    Stringer {
        s: Cow<'a, [u8]>,
        inner: Box<Arg<'a>>,
    },
    /// A value whose method set has `Error() string`.
    ErrorVal {
        s: Cow<'a, [u8]>,
        inner: Box<Arg<'a>>,
    },
    /// A value whose method set has `GoString() string` (used by `%#v`).
    GoStringer {
        s: Cow<'a, [u8]>,
        inner: Box<Arg<'a>>,
    },
    /// A value whose method set has `Format(fmt.State, rune)`: `s` is
    /// what it wrote for the directive the operand is printed with;
    /// `error`: the value is an error too (`%w` takes it).
    Formatted {
        s: Cow<'a, [u8]>,
        inner: Box<Arg<'a>>,
        error: bool,
    },
    /// A value whose `method` ("Error", "String" or "GoString") panicked
    /// with `value` when the caller called it. Where Go would use that
    /// method, the engine prints Go's `%!v(PANIC=String method: value)`
    /// (or `<nil>` when `inner` is a nil pointer, as fmt's catchPanic does).
    Panicked {
        method: Method,
        value: Box<Arg<'a>>,
        inner: Box<Arg<'a>>,
    },
}

/// The kind of a nil value, which decides how it prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NilKind {
    Pointer,
    /// A nil slice whose element kind is not uint8.
    Slice,
    /// A nil slice whose element kind is uint8 (`%s` prints nothing).
    Bytes,
    Map,
    Func,
    Chan,
    UnsafePointer,
    /// A nil interface value: inside a composite it prints `<nil>` (or
    /// `error(nil)` for `%#v`); at the top level it is the nil operand.
    Interface,
}

/// A formatting method the caller may have called.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Error,
    String,
    GoString,
    Format,
}

impl Method {
    fn name(self) -> &'static str {
        match self {
            Method::Error => "Error",
            Method::String => "String",
            Method::GoString => "GoString",
            Method::Format => "Format",
        }
    }
}

impl<'a> Arg<'a> {
    /// The untyped nil operand (`fmt.Println(nil)`).
    pub fn nil() -> Arg<'a> {
        Arg::Nil {
            ty: "",
            kind: NilKind::Interface,
        }
    }
    /// An `int`.
    pub fn int(v: i64) -> Arg<'a> {
        Arg::Int { v, ty: "int" }
    }
    /// A `uint`.
    pub fn uint(v: u64) -> Arg<'a> {
        Arg::Uint { v, ty: "uint" }
    }
    /// A `float64`.
    pub fn float64(v: f64) -> Arg<'a> {
        Arg::Float {
            v,
            ty: "float64",
            bits: 64,
        }
    }
    /// A `float32` (given as the f64 it converts to exactly).
    pub fn float32(v: f32) -> Arg<'a> {
        Arg::Float {
            v: v as f64,
            ty: "float32",
            bits: 32,
        }
    }
    /// A `bool`.
    pub fn bool(v: bool) -> Arg<'a> {
        Arg::Bool { v, ty: "bool" }
    }
    /// A `string`.
    pub fn str(v: &'a str) -> Arg<'a> {
        Arg::Str {
            v: v.as_bytes(),
            ty: "string",
        }
    }

    /// The value under any method wrappers.
    fn raw(&self) -> &Arg<'a> {
        let mut a = self;
        loop {
            match a {
                Arg::Stringer { inner, .. }
                | Arg::ErrorVal { inner, .. }
                | Arg::GoStringer { inner, .. }
                | Arg::Formatted { inner, .. }
                | Arg::Panicked { inner, .. } => a = inner,
                _ => return a,
            }
        }
    }

    /// The Go type name (`reflect.TypeOf(x).String()`).
    fn type_name(&self) -> &'a str {
        match self.raw() {
            Arg::Bool { ty, .. }
            | Arg::Int { ty, .. }
            | Arg::Uint { ty, .. }
            | Arg::Float { ty, .. }
            | Arg::Complex { ty, .. }
            | Arg::Str { ty, .. }
            | Arg::Bytes { ty, .. }
            | Arg::Nil { ty, .. }
            | Arg::Pointer { ty, .. }
            | Arg::Slice { ty, .. }
            | Arg::Array { ty, .. }
            | Arg::Map { ty, .. }
            | Arg::Struct { ty, .. }
            | Arg::Func { ty, .. }
            | Arg::Chan { ty, .. }
            | Arg::UnsafePointer { ty, .. } => ty,
            Arg::Stringer { .. }
            | Arg::ErrorVal { .. }
            | Arg::GoStringer { .. }
            | Arg::Formatted { .. }
            | Arg::Panicked { .. } => "",
        }
    }

    /// Whether the value has an Error method (an `error` for `%w`).
    fn is_error(&self) -> bool {
        let mut a = self;
        loop {
            match a {
                Arg::ErrorVal { .. }
                | Arg::Formatted { error: true, .. }
                | Arg::Panicked {
                    method: Method::Error,
                    ..
                } => return true,
                Arg::Stringer { inner, .. }
                | Arg::GoStringer { inner, .. }
                | Arg::Formatted { inner, .. }
                | Arg::Panicked { inner, .. } => a = inner,
                _ => return false,
            }
        }
    }

    /// Whether this is the untyped nil operand (at the top level).
    fn is_nil_interface(&self) -> bool {
        matches!(
            self,
            Arg::Nil {
                kind: NilKind::Interface,
                ..
            }
        )
    }
}

/// `fmt.Sprintf` (and what `Printf`/`Fprintf` write). `%w` is a bad verb
/// here, as in Go; use [`errorf`] for `fmt.Errorf`.
pub fn sprintf(format: &[u8], args: &[Arg]) -> Vec<u8> {
    let mut p = print::Printer::new(false);
    p.do_printf(format, args);
    p.into_bytes()
}

/// What `fmt.Errorf` builds: the message, and which operands the error
/// wraps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Errorf {
    pub msg: Vec<u8>,
    pub wrap: Wrapped,
}

/// The errors an `Errorf` result wraps, as operand indexes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wrapped {
    /// No `%w`: an `*errors.errorString`.
    None,
    /// One `%w`: a `*fmt.wrapError` whose `Unwrap` returns this operand
    /// (`None` when it is not an error, so Unwrap returns nil).
    One(Option<usize>),
    /// Several `%w`: a `*fmt.wrapErrors` whose `Unwrap` returns these
    /// operands, in format order (sorted when the format used explicit
    /// indexes), duplicates and non-errors dropped.
    Many(Vec<usize>),
}

/// `fmt.Errorf`: `%w` formats its operand as `%v` if it is an error (an
/// [`Arg::ErrorVal`], or a `Panicked` `Error`), else as a bad verb.
pub fn errorf(format: &[u8], args: &[Arg]) -> Errorf {
    let mut p = print::Printer::new(true);
    p.do_printf(format, args);
    let mut idx = std::mem::take(&mut p.wrapped_errs);
    let is_error = |i: usize| args.get(i).is_some_and(|a| a.is_error());
    let wrap = match idx.len() {
        0 => Wrapped::None,
        1 => Wrapped::One(Some(idx[0]).filter(|&i| is_error(i))),
        _ => {
            if p.reordered() {
                idx.sort_unstable();
            }
            idx.dedup();
            idx.retain(|&i| is_error(i));
            Wrapped::Many(idx)
        }
    };
    Errorf {
        msg: p.into_bytes(),
        wrap,
    }
}

/// `fmt.Sprint` (and `Print`/`Fprint`): default formats, with a space
/// between operands when neither is a string.
pub fn sprint(args: &[Arg]) -> Vec<u8> {
    let mut p = print::Printer::new(false);
    p.do_print(args);
    p.into_bytes()
}

/// `fmt.Sprintln` (and `Println`/`Fprintln`): default formats, spaces
/// between all operands, and a newline.
pub fn sprintln(args: &[Arg]) -> Vec<u8> {
    let mut p = print::Printer::new(false);
    p.do_println(args);
    p.into_bytes()
}
