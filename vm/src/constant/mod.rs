//! Untyped constants with arbitrary precision and exact arithmetic, after Go's `go/constant`
//! (the package gc's type checker, types2, evaluates constant expressions with).
//!
//! The representation follows go/constant closely because gc's observable behaviour depends on
//! it: integers are `i64` when they fit and big integers otherwise; floats are exact fractions
//! while numerator and denominator stay under 4096 bits (`MAX_EXP`), and 512-bit binary floats
//! beyond that (once a float, a value never goes back to a fraction). Results of gc such as the
//! text of error messages (`1e+1000`, `(0 + 1i)`), which float constants compare equal, and
//! where float32/float64 rounding lands, all follow from these rules.
//!
//! Operations never panic: where go/constant would panic (an operation that the checker must
//! reject first, a division by zero) the result is [`Value::Unknown`].
//!
//! How types2 uses this, step by step (what the checker must do to print gc's messages):
//! - Literal: a numeric literal longer than [`MAX_LITERAL_LEN`] bytes is
//!   `excessively long constant: FIRST10BYTES... (N chars)`; else [`from_literal`], where
//!   `None` is `malformed constant: RAW`; then the untyped check below.
//! - Unary: `^` on an unsigned type passes `BasicKind::size_bits` as `prec`.
//! - Binary: before `/` or `%`, a zero divisor (`sign() == 0`, and for complex operands also
//!   re²+im² == 0) is `invalid operation: division by zero`; `/` on integer types uses
//!   [`BinaryOp::IntQuo`].
//! - Shift: [`check_shift_count`], then [`shift`].
//! - After each constant operation: typed results go through [`representation`] (`X overflows
//!   T`, [`ReprError::conversion_message`]); untyped ones through [`untyped_overflow`].
//! - Assignments and implicit conversions: [`representation`] and
//!   [`ReprError::assignment_suffix`]; constant conversions `T(x)`: [`representable`] and
//!   [`int_to_string_conversion`].
//! - Operands print as `EXPR (untyped KIND constant VALUE)`, VALUE being `Display` of the value
//!   and left out when it reads the same as EXPR.

mod bigfloat;
mod convert;
mod format;
mod isprint_table;
mod literal;
mod ops;
mod quote;
mod represent;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod vectors;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};
use std::sync::Arc;

pub use bigfloat::BigFloat;
pub use literal::{from_literal, unquote, unquote_bytes, MAX_LITERAL_LEN};
pub use ops::{
    binary_op, compare, match_kinds, shift, unary_op, BinaryOp, CompareOp, ShiftOp, UnaryOp,
};
pub use quote::quote;
pub use represent::{
    check_shift_count, int_to_string_conversion, representable, representation, untyped_overflow,
    BasicKind, ReprError, ShiftCountError, UntypedOverflow, MAX_STRING_LEN, SHIFT_BOUND,
    UNTYPED_INT_PREC,
};

/// go/constant's value kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Unknown,
    Bool,
    String,
    Int,
    Float,
    Complex,
}

/// Fractions whose numerator or denominator reach this many bits become floats
/// (go/constant's `maxExp`); float exponents beyond it are never turned into fractions.
pub const MAX_EXP: u64 = 4 << 10;

/// A constant value. The variants mirror go/constant's representations (`int64Val`,
/// `intVal`, `ratVal`, `floatVal`, ...); the constructors keep the same invariants: `BigInt`
/// never fits in i64, `Rat` has numerator and denominator under [`MAX_EXP`] bits.
#[derive(Clone, Debug)]
pub enum Value {
    /// The result of an error; operations on it yield Unknown.
    Unknown,
    Bool(bool),
    /// Go strings are byte strings (`"\xff"` is not UTF-8).
    String(Arc<[u8]>),
    /// An Int that fits in i64.
    Int(i64),
    /// An Int that does not fit in i64.
    BigInt(Arc<BigInt>),
    /// A Float that is an exact fraction of moderate size.
    Rat(Arc<BigRational>),
    /// A Float kept as a 512-bit binary float.
    Float(Arc<BigFloat>),
    /// Real and imaginary parts, each an Int or Float kind value.
    Complex(Arc<(Value, Value)>),
}

impl Value {
    pub fn kind(&self) -> Kind {
        match self {
            Value::Unknown => Kind::Unknown,
            Value::Bool(_) => Kind::Bool,
            Value::String(_) => Kind::String,
            Value::Int(_) | Value::BigInt(_) => Kind::Int,
            Value::Rat(_) | Value::Float(_) => Kind::Float,
            Value::Complex(_) => Kind::Complex,
        }
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self, Value::Unknown)
    }

    pub fn is_numeric(&self) -> bool {
        matches!(self.kind(), Kind::Int | Kind::Float | Kind::Complex)
    }

    // ----- constructors -------------------------------------------------------------------

    pub fn make_bool(b: bool) -> Value {
        Value::Bool(b)
    }

    pub fn make_string(s: impl AsRef<[u8]>) -> Value {
        Value::String(Arc::from(s.as_ref()))
    }

    pub fn make_int64(x: i64) -> Value {
        Value::Int(x)
    }

    pub fn make_uint64(x: u64) -> Value {
        match i64::try_from(x) {
            Ok(v) => Value::Int(v),
            Err(_) => Value::BigInt(Arc::new(BigInt::from(x))),
        }
    }

    /// go/constant's `makeInt`: the i64 form when it fits.
    pub fn make_int(x: BigInt) -> Value {
        match x.to_i64() {
            Some(v) => Value::Int(v),
            None => Value::BigInt(Arc::new(x)),
        }
    }

    /// go/constant's `makeRat`: a fraction while its parts are small, else a 512-bit float.
    pub fn make_rat(x: BigRational) -> Value {
        if x.numer().bits() < MAX_EXP && x.denom().bits() < MAX_EXP {
            return Value::Rat(Arc::new(x));
        }
        match BigFloat::from_ratio(x.numer(), x.denom(), bigfloat::PREC) {
            Some(f) => Value::Float(Arc::new(f)),
            None => Value::Unknown,
        }
    }

    /// go/constant's `makeFloat`: overflow (infinity) is Unknown.
    pub(crate) fn make_float(x: Option<BigFloat>) -> Value {
        match x {
            Some(f) => Value::Float(Arc::new(f)),
            None => Value::Unknown,
        }
    }

    /// MakeFloat64: the exact value of x; infinities and NaN are Unknown, -0 is 0.
    pub fn make_float64(x: f64) -> Value {
        if !x.is_finite() {
            return Value::Unknown;
        }
        match BigRational::from_float(x + 0.0) {
            Some(r) => Value::make_rat(r),
            None => Value::Unknown,
        }
    }

    /// MakeImag: x*i for an Int or Float x.
    pub fn make_imag(x: &Value) -> Value {
        match x.kind() {
            Kind::Int | Kind::Float => Value::make_complex(Value::Int(0), x.clone()),
            _ => Value::Unknown,
        }
    }

    pub(crate) fn make_complex(re: Value, im: Value) -> Value {
        if re.is_unknown() || im.is_unknown() {
            return Value::Unknown;
        }
        Value::Complex(Arc::new((re, im)))
    }

    // ----- accessors ----------------------------------------------------------------------

    /// The bool of a Bool value; false otherwise.
    pub fn bool_val(&self) -> bool {
        matches!(self, Value::Bool(true))
    }

    /// The bytes of a String value; empty otherwise.
    pub fn string_val(&self) -> &[u8] {
        match self {
            Value::String(s) => s,
            _ => &[],
        }
    }

    /// The length in bytes of a String value (0 otherwise).
    pub fn string_len(&self) -> usize {
        self.string_val().len()
    }

    /// Int64Val: the value and whether it is exact (only for Int values that fit).
    pub fn int64_val(&self) -> (i64, bool) {
        match self {
            Value::Int(x) => (*x, true),
            Value::BigInt(x) => (low_u64(x) as i64, false),
            _ => (0, false),
        }
    }

    /// Uint64Val: the value and whether it is exact.
    pub fn uint64_val(&self) -> (u64, bool) {
        match self {
            Value::Int(x) => (*x as u64, *x >= 0),
            // big.Int.Uint64 keeps the low bits of |x|.
            Value::BigInt(x) => match x.to_u64() {
                Some(v) => (v, true),
                None => (x.magnitude().iter_u64_digits().next().unwrap_or(0), false),
            },
            _ => (0, false),
        }
    }

    /// Sign: -1, 0 or 1; for complex values 0 iff the value is 0. Unknown gives 1, which
    /// keeps callers from reporting spurious divisions by zero.
    pub fn sign(&self) -> i32 {
        match self {
            Value::Int(x) => x.signum() as i32,
            Value::BigInt(x) => bigint_sign(x),
            Value::Rat(x) => bigint_sign(x.numer()),
            Value::Float(x) => x.sign(),
            Value::Complex(c) => c.0.sign() | c.1.sign(),
            Value::Unknown => 1,
            Value::Bool(_) | Value::String(_) => 0,
        }
    }

    /// BitLen: the number of bits of |x| for Int values (0 otherwise).
    pub fn bit_len(&self) -> u64 {
        match self {
            Value::Int(x) => 64 - x.unsigned_abs().leading_zeros() as u64,
            Value::BigInt(x) => x.bits(),
            _ => 0,
        }
    }

    /// Whether the value is an integer: an Int, or a Float/Complex that [`to_int`](Self::to_int)
    /// converts (2.0, 1e3, 3+0i), which is how types2 decides e.g. constant indices.
    pub fn is_int(&self) -> bool {
        self.to_int().kind() == Kind::Int
    }

    /// Real part (numeric values; Unknown otherwise).
    pub fn real(&self) -> Value {
        match self {
            Value::Complex(c) => c.0.clone(),
            Value::Int(_) | Value::BigInt(_) | Value::Rat(_) | Value::Float(_) => self.clone(),
            _ => Value::Unknown,
        }
    }

    /// Imaginary part (numeric values; Unknown otherwise).
    pub fn imag(&self) -> Value {
        match self {
            Value::Complex(c) => c.1.clone(),
            Value::Int(_) | Value::BigInt(_) | Value::Rat(_) | Value::Float(_) => Value::Int(0),
            _ => Value::Unknown,
        }
    }

    /// The exact integer of an Int value.
    pub fn to_bigint(&self) -> Option<BigInt> {
        match self {
            Value::Int(x) => Some(BigInt::from(*x)),
            Value::BigInt(x) => Some((**x).clone()),
            _ => None,
        }
    }
}

fn bigint_sign(x: &BigInt) -> i32 {
    if x.is_zero() {
        0
    } else if x.is_negative() {
        -1
    } else {
        1
    }
}

/// The low 64 bits of x in two's complement (big.Int.Int64/Uint64 on out-of-range values).
fn low_u64(x: &BigInt) -> u64 {
    let m = x.magnitude().iter_u64_digits().next().unwrap_or(0);
    if x.is_negative() {
        m.wrapping_neg()
    } else {
        m
    }
}

impl std::fmt::Display for Value {
    /// go/constant's `String`: short, possibly approximate form used in gc's messages.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&format::short_string(self))
    }
}

impl Value {
    /// go/constant's `ExactString`.
    pub fn exact_string(&self) -> String {
        format::exact_string(self)
    }
}
