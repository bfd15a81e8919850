//! Kind conversions and float accessors (go/constant's ToInt, ToFloat, ToComplex,
//! Float32Val, Float64Val, Num, Denom).

use super::bigfloat::{ratio_to_f32, ratio_to_f64, BigFloat, Mode, PREC};
use super::{Kind, Value, MAX_EXP};
use num_bigint::BigInt;
use num_rational::BigRational;
use std::sync::Arc;

/// go/constant's `smallFloat`: an exponent whose fraction would be of reasonable size.
fn small_float(x: &BigFloat) -> bool {
    let e = x.mant_exp();
    -(MAX_EXP as i64) < e && e < MAX_EXP as i64
}

fn int_of(i: BigInt) -> Value {
    Value::make_int(i)
}

impl Value {
    /// ToInt: the Int value of x if x is an integer (floats with integral values included;
    /// 512-bit floats within a few bits of an integer count as that integer, which absorbs
    /// rounding in earlier operations as gc does), else Unknown.
    pub fn to_int(&self) -> Value {
        match self {
            Value::Int(_) | Value::BigInt(_) => self.clone(),
            Value::Rat(r) => {
                if r.is_integer() {
                    int_of(r.numer().clone())
                } else {
                    Value::Unknown
                }
            }
            Value::Float(f) => {
                if !small_float(f) {
                    return Value::Unknown;
                }
                let (i, exact) = f.to_bigint_trunc();
                if exact {
                    return int_of(i);
                }
                const DELTA: u64 = 4;
                for mode in [Mode::ToZero, Mode::AwayFromZero] {
                    if let Some(t) = f.round_to(PREC - DELTA, mode) {
                        let (i, exact) = t.to_bigint_trunc();
                        if exact {
                            return int_of(i);
                        }
                    }
                }
                Value::Unknown
            }
            Value::Complex(_) => {
                let re = self.to_float();
                if re.kind() == Kind::Float {
                    re.to_int()
                } else {
                    Value::Unknown
                }
            }
            _ => Value::Unknown,
        }
    }

    /// ToFloat: the Float value of x if x is representable as a Float, else Unknown.
    pub fn to_float(&self) -> Value {
        match self {
            Value::Int(i) => Value::Rat(Arc::new(BigRational::from_integer(BigInt::from(*i)))),
            Value::BigInt(i) => {
                if i.bits() < MAX_EXP {
                    Value::Rat(Arc::new(BigRational::from_integer((**i).clone())))
                } else {
                    Value::Float(Arc::new(BigFloat::from_bigint(i, PREC)))
                }
            }
            Value::Rat(_) | Value::Float(_) => self.clone(),
            Value::Complex(c) => {
                if c.1.sign() == 0 {
                    c.0.to_float()
                } else {
                    Value::Unknown
                }
            }
            _ => Value::Unknown,
        }
    }

    /// ToComplex: the Complex value of a numeric x, else Unknown.
    pub fn to_complex(&self) -> Value {
        match self {
            Value::Int(_) | Value::BigInt(_) | Value::Rat(_) | Value::Float(_) => {
                Value::Complex(Arc::new((self.clone(), Value::Int(0))))
            }
            Value::Complex(_) => self.clone(),
            _ => Value::Unknown,
        }
    }

    /// Float64Val: the nearest float64 and whether it is exact, for Int and Float values
    /// (too small values underflow to a zero of x's sign; too large ones give ±Inf).
    pub fn float64_val(&self) -> (f64, bool) {
        match self {
            Value::Int(x) => {
                let f = *x as f64;
                (f, f as i128 == i128::from(*x))
            }
            // Through a 512-bit float, as go/constant does: exactness is that of the last step.
            Value::BigInt(x) => BigFloat::from_bigint(x, PREC).to_f64(),
            Value::Rat(r) => ratio_to_f64(r.numer(), r.denom()),
            Value::Float(f) => f.to_f64(),
            _ => (0.0, false),
        }
    }

    /// Float32Val: like [`float64_val`](Self::float64_val) for float32.
    pub fn float32_val(&self) -> (f32, bool) {
        match self {
            Value::Int(x) => {
                let f = *x as f32;
                (f, f as i128 == i128::from(*x))
            }
            Value::BigInt(x) => BigFloat::from_bigint(x, PREC).to_f32(),
            Value::Rat(r) => ratio_to_f32(r.numer(), r.denom()),
            Value::Float(f) => f.to_f32(),
            _ => (0.0, false),
        }
    }

    /// Num: the numerator of an Int or Float value (Unknown for 512-bit floats too large or
    /// small to be fractions).
    pub fn num(&self) -> Value {
        match self {
            Value::Int(_) | Value::BigInt(_) => self.clone(),
            Value::Rat(r) => int_of(r.numer().clone()),
            Value::Float(f) => match float_as_ratio(f) {
                Some(r) => int_of(r.numer().clone()),
                None => Value::Unknown,
            },
            _ => Value::Unknown,
        }
    }

    /// Denom: the denominator (>= 1) of an Int or Float value.
    pub fn denom(&self) -> Value {
        match self {
            Value::Int(_) | Value::BigInt(_) => Value::Int(1),
            Value::Rat(r) => int_of(r.denom().clone()),
            Value::Float(f) => match float_as_ratio(f) {
                Some(r) => int_of(r.denom().clone()),
                None => Value::Unknown,
            },
            _ => Value::Unknown,
        }
    }
}

fn float_as_ratio(f: &BigFloat) -> Option<BigRational> {
    if !small_float(f) {
        return None;
    }
    let (num, exp) = f.mantissa_and_exp();
    let r = if exp >= 0 {
        BigRational::from_integer(num << exp.unsigned_abs())
    } else {
        BigRational::new(num, BigInt::from(1) << exp.unsigned_abs())
    };
    Some(r)
}
