//! Whether a constant fits a basic type, and the checks types2 applies to constant results
//! (types2's const.go `representableConst`, `representation`, `overflow`, and the constant
//! shift-count rule of expr.go).

use super::{Kind, Value};

/// Basic types, with the untyped kinds of constants. `int`, `uint` and `uintptr` are 64-bit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BasicKind {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

impl BasicKind {
    /// The name types2 prints (`untyped int`, `float64`, ...).
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }

    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }

    pub fn is_float(self) -> bool {
        matches!(
            self,
            BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat
        )
    }

    pub fn is_complex(self) -> bool {
        matches!(
            self,
            BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex
        )
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }

    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool
                | UntypedInt
                | UntypedRune
                | UntypedFloat
                | UntypedComplex
                | UntypedString
                | UntypedNil
        )
    }

    /// Size in bits of sized numeric types (0 for the others); what `^` needs as `prec`
    /// for unsigned types.
    pub fn size_bits(self) -> u32 {
        use BasicKind::*;
        match self {
            Int8 | Uint8 => 8,
            Int16 | Uint16 => 16,
            Int32 | Uint32 | Float32 => 32,
            Int | Int64 | Uint | Uint64 | Uintptr | Float64 | Complex64 => 64,
            Complex128 => 128,
            _ => 0,
        }
    }
}

/// types2's `representableConst`: `Some(v)` when x is representable in `kind`, where v is
/// x as that type holds it (an Int for integer types, the rounded value for float and
/// complex types, x itself otherwise). Unknown is representable (to avoid follow-up errors).
pub fn representable(x: &Value, kind: BasicKind) -> Option<Value> {
    use BasicKind::*;
    if x.is_unknown() {
        return Some(Value::Unknown);
    }
    if kind.is_integer() {
        let xi = x.to_int();
        if xi.kind() != Kind::Int {
            return None;
        }
        let ok = match xi.int64_val() {
            (v, true) => match kind {
                Int8 => (-128..=127).contains(&v),
                Int16 => (-32768..=32767).contains(&v),
                Int32 => (i64::from(i32::MIN)..=i64::from(i32::MAX)).contains(&v),
                Int | Int64 | UntypedInt | UntypedRune => true,
                Uint8 => (0..=255).contains(&v),
                Uint16 => (0..=65535).contains(&v),
                Uint32 => (0..=i64::from(u32::MAX)).contains(&v),
                Uint | Uint64 | Uintptr => v >= 0,
                _ => false,
            },
            _ => match kind {
                Uint | Uint64 | Uintptr => xi.sign() >= 0 && xi.bit_len() <= 64,
                UntypedInt | UntypedRune => true,
                _ => false,
            },
        };
        return ok.then_some(xi);
    }
    if kind.is_float() {
        let xf = x.to_float();
        if xf.kind() != Kind::Float {
            return None;
        }
        return match kind {
            Float32 => round_float32(&xf),
            Float64 => round_float64(&xf),
            _ => Some(x.clone()),
        };
    }
    if kind.is_complex() {
        let xc = x.to_complex();
        if xc.kind() != Kind::Complex {
            return None;
        }
        let (re, im) = match kind {
            Complex64 => (round_float32(&xc.real())?, round_float32(&xc.imag())?),
            Complex128 => (round_float64(&xc.real())?, round_float64(&xc.imag())?),
            _ => return Some(x.clone()),
        };
        return Some(Value::make_complex(re, im));
    }
    if kind.is_string() {
        return (x.kind() == Kind::String).then(|| x.clone());
    }
    if kind.is_boolean() {
        return (x.kind() == Kind::Bool).then(|| x.clone());
    }
    None
}

/// The float32 value nearest x as an exact Float, or None when it rounds to ±Inf.
fn round_float32(x: &Value) -> Option<Value> {
    let (f, _) = x.float32_val();
    f.is_finite().then(|| Value::make_float64(f64::from(f)))
}

fn round_float64(x: &Value) -> Option<Value> {
    let (f, _) = x.float64_val();
    f.is_finite().then(|| Value::make_float64(f))
}

/// Why a constant does not fit a type; gc words each differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReprError {
    /// A non-integer numeric constant to an integer type: `... (truncated)` in assignments,
    /// `X truncated to T` in implicit conversions.
    Truncated,
    /// Numeric to numeric otherwise: `... (overflows)`, `X overflows T`.
    Overflows,
    /// Anything else: `cannot convert X to type T`.
    NotRepresentable,
}

impl ReprError {
    /// The suffix types2 appends to `cannot use X as T value in CONTEXT`
    /// (empty for [`ReprError::NotRepresentable`], which is worded as an assignment error).
    pub fn assignment_suffix(self) -> &'static str {
        match self {
            ReprError::Truncated => " (truncated)",
            ReprError::Overflows => " (overflows)",
            ReprError::NotRepresentable => "",
        }
    }

    /// types2's `invalidConversion` text for operand text `x` and type name `t`.
    pub fn conversion_message(self, x: &str, t: &str) -> String {
        match self {
            ReprError::Truncated => format!("{x} truncated to {t}"),
            ReprError::Overflows => format!("{x} overflows {t}"),
            ReprError::NotRepresentable => format!("cannot convert {x} to type {t}"),
        }
    }
}

/// types2's `representation`: x (of kind `from`) as a constant of type `to`, or why not.
/// The reason depends on the kinds, not the value: `var i int = 1e100` is "truncated".
pub fn representation(x: &Value, from: BasicKind, to: BasicKind) -> Result<Value, ReprError> {
    match representable(x, to) {
        Some(v) => Ok(v),
        None if from.is_numeric() && to.is_numeric() => {
            if !from.is_integer() && to.is_integer() {
                Err(ReprError::Truncated)
            } else {
                Err(ReprError::Overflows)
            }
        }
        None => Err(ReprError::NotRepresentable),
    }
}

/// Untyped integer constants may not grow past this many bits (types2's `overflow`).
pub const UNTYPED_INT_PREC: u64 = 512;
/// Constant strings may not grow past this many bytes (cmd/internal/obj.MaxSymSize).
pub const MAX_STRING_LEN: usize = 2_000_000_000;

/// What types2's `overflow` reports about an untyped constant result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UntypedOverflow {
    /// The value is Unknown (a float overflowed to infinity, ...):
    /// `constant result is not representable`.
    NotRepresentable,
    /// An untyped Int beyond 512 bits: `constant OP overflow`, OP being `addition`,
    /// `subtraction`, `multiplication`, `shift`, `bitwise XOR`, `bitwise complement` or
    /// nothing (`constant overflow`), from the operation that produced it.
    IntOverflow,
    /// `constant string too long (N bytes > 2000000000 bytes)`.
    StringTooLong(usize),
}

/// types2's `overflow` check for untyped results (typed ones use [`representation`]).
/// After an error the checker replaces the value with Unknown, as types2 does.
pub fn untyped_overflow(x: &Value) -> Option<UntypedOverflow> {
    match x.kind() {
        Kind::Unknown => Some(UntypedOverflow::NotRepresentable),
        Kind::Int if x.bit_len() > UNTYPED_INT_PREC => Some(UntypedOverflow::IntOverflow),
        Kind::String if x.string_len() > MAX_STRING_LEN => {
            Some(UntypedOverflow::StringTooLong(x.string_len()))
        }
        _ => None,
    }
}

/// Constant shift counts above this are rejected, so that the smallest float64 can still be
/// written as a shift (types2's `shiftBound`).
pub const SHIFT_BOUND: u64 = 1023 - 1 + 52;

/// Why a constant shift count is rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShiftCountError {
    /// `invalid operation: negative shift count Y`.
    Negative,
    /// Not an integer: for untyped counts types2 first reports it through representability
    /// as `uint` (`1.5 (untyped float constant) truncated to uint`).
    NotInteger,
    /// Above [`SHIFT_BOUND`]: `invalid operation: invalid shift count Y`.
    TooLarge,
}

/// The count of a constant shift `x << y`, checked as types2 does; apply [`super::shift`]
/// with it, then check the result with [`untyped_overflow`] (`constant shift overflow`).
pub fn check_shift_count(y: &Value) -> Result<u64, ShiftCountError> {
    let yi = y.to_int();
    if yi.kind() != Kind::Int {
        return Err(ShiftCountError::NotInteger);
    }
    if yi.sign() < 0 {
        return Err(ShiftCountError::Negative);
    }
    match yi.uint64_val() {
        (s, true) if s <= SHIFT_BOUND => Ok(s),
        _ => Err(ShiftCountError::TooLarge),
    }
}

/// The constant `string(x)` for an integer constant x: the UTF-8 of code point x, or of
/// U+FFFD when x is not a valid code point.
pub fn int_to_string_conversion(x: &Value) -> Value {
    let c = match x.uint64_val() {
        (v, true) => u32::try_from(v)
            .ok()
            .and_then(char::from_u32)
            .unwrap_or('\u{fffd}'),
        _ => '\u{fffd}',
    };
    let mut buf = [0u8; 4];
    Value::make_string(c.encode_utf8(&mut buf).as_bytes())
}
