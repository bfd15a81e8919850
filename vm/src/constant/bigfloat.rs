//! Binary floating point with a chosen mantissa precision, enough of `math/big.Float` for
//! go/constant: values whose fractions would grow too large are kept as 512-bit floats, and
//! gc's rounding to float32/float64 and its float printing go through this type. Reproducing
//! big.Float's rounding (not merely "some" rounding) is what makes results match gc bit for bit.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};
use std::cmp::Ordering;

/// go/constant's mantissa precision (`prec` in value.go).
pub const PREC: u64 = 512;
/// big.Float's exponent range (MantExp form, 0.5 <= mant < 1); beyond it values become ±Inf or 0.
const MAX_EXP: i64 = i32::MAX as i64;
const MIN_EXP: i64 = i32::MIN as i64;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    NearestEven,
    ToZero,
    AwayFromZero,
}

/// A magnitude rounded to a bit budget: `mant * 2^exp`.
pub(crate) struct Rounded {
    pub mant: BigUint,
    pub exp: i64,
    pub exact: bool,
}

/// Rounds `mant * 2^exp (+ a nonzero tail below 2^exp when sticky)` to `prec` significant bits,
/// keeping no bit below 2^min_lsb (how subnormals of float32/float64 lose precision).
pub(crate) fn round_bits(
    mut mant: BigUint,
    mut exp: i64,
    sticky: bool,
    prec: u64,
    min_lsb: Option<i64>,
    mode: Mode,
) -> Rounded {
    if sticky {
        // The tail's size relative to half an ulp is unknown unless at least two guard bits
        // sit between the kept bits and the tail.
        let need = prec + 2;
        let n = mant.bits();
        if n < need {
            let sh = need - n;
            mant <<= sh;
            exp -= sh as i64;
        }
    }
    let n = mant.bits() as i64;
    let mut s = n - prec as i64;
    if let Some(m) = min_lsb {
        s = s.max(m.saturating_sub(exp));
    }
    if s <= 0 {
        return Rounded {
            mant,
            exp,
            exact: !sticky,
        };
    }
    let (q, half, rest) = if s > n {
        (BigUint::zero(), false, !mant.is_zero() || sticky)
    } else {
        let su = s as u64;
        let q = &mant >> su;
        let half = mant.bit(su - 1);
        let below = mant
            .trailing_zeros()
            .is_some_and(|tz| su >= 2 && tz < su - 1);
        (q, half, below || sticky)
    };
    let up = match mode {
        Mode::NearestEven => half && (rest || q.bit(0)),
        Mode::ToZero => false,
        Mode::AwayFromZero => half || rest,
    };
    let q = if up { q + 1u32 } else { q };
    Rounded {
        mant: q,
        exp: exp + s,
        exact: !half && !rest,
    }
}

/// A finite binary float `(-1)^neg * mant * 2^exp`. Canonical: zero has `mant == 0`,
/// `neg == false`, `exp == 0`; otherwise `mant` is odd.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BigFloat {
    neg: bool,
    mant: BigUint,
    exp: i64,
}

impl BigFloat {
    pub(crate) fn zero() -> BigFloat {
        BigFloat {
            neg: false,
            mant: BigUint::zero(),
            exp: 0,
        }
    }

    /// Rounds an exact or sticky-tailed magnitude to `prec` bits. `None` means the result
    /// overflowed big.Float's exponent range (±Inf); underflow gives zero, as big.Float does.
    pub(crate) fn finish(
        neg: bool,
        mant: BigUint,
        exp: i64,
        sticky: bool,
        prec: u64,
        mode: Mode,
    ) -> Option<BigFloat> {
        let r = round_bits(mant, exp, sticky, prec, None, mode);
        Self::from_parts(neg, r.mant, r.exp)
    }

    /// Canonicalizes `mant * 2^exp` without rounding, checking the exponent range.
    fn from_parts(neg: bool, mut mant: BigUint, mut exp: i64) -> Option<BigFloat> {
        let Some(tz) = mant.trailing_zeros() else {
            return Some(BigFloat::zero());
        };
        mant >>= tz;
        exp += tz as i64;
        let top = exp + mant.bits() as i64;
        if top > MAX_EXP {
            return None;
        }
        if top < MIN_EXP {
            return Some(BigFloat::zero());
        }
        Some(BigFloat { neg, mant, exp })
    }

    /// big.Float.SetInt at precision `prec`.
    pub(crate) fn from_bigint(x: &BigInt, prec: u64) -> BigFloat {
        let neg = x.sign() == Sign::Minus;
        Self::finish(
            neg,
            x.magnitude().clone(),
            0,
            false,
            prec,
            Mode::NearestEven,
        )
        .unwrap_or_else(BigFloat::zero)
    }

    /// The correctly rounded quotient num/den at `prec` bits (big.Float.SetRat). `den` must not
    /// be zero; a zero denominator gives zero rather than a panic.
    pub(crate) fn from_ratio(num: &BigInt, den: &BigInt, prec: u64) -> Option<BigFloat> {
        if den.is_zero() {
            return Some(BigFloat::zero());
        }
        let neg = (num.sign() == Sign::Minus) != (den.sign() == Sign::Minus);
        let (mant, exp, sticky) = quotient_bits(num.magnitude(), den.magnitude(), prec);
        Self::finish(neg, mant, exp, sticky, prec, Mode::NearestEven)
    }

    pub fn is_zero(&self) -> bool {
        self.mant.is_zero()
    }

    pub fn sign(&self) -> i32 {
        if self.mant.is_zero() {
            0
        } else if self.neg {
            -1
        } else {
            1
        }
    }

    /// big.Float.MantExp's exponent: the value is m * 2^e with 0.5 <= |m| < 1 (0 for zero).
    pub fn mant_exp(&self) -> i64 {
        if self.mant.is_zero() {
            0
        } else {
            self.exp + self.mant.bits() as i64
        }
    }

    pub fn is_int(&self) -> bool {
        self.exp >= 0 || self.mant.is_zero()
    }

    pub(crate) fn neg(&self) -> BigFloat {
        let mut r = self.clone();
        if !r.mant.is_zero() {
            r.neg = !r.neg;
        }
        r
    }

    /// big.Float.Int: the value truncated toward zero and whether that was exact. Callers keep
    /// the exponent small (go/constant's `smallFloat`), so the integer stays bounded.
    pub(crate) fn to_bigint_trunc(&self) -> (BigInt, bool) {
        let sign = if self.neg { Sign::Minus } else { Sign::Plus };
        if self.exp >= 0 {
            let m = &self.mant << (self.exp as u64);
            (BigInt::from_biguint(sign, m), true)
        } else {
            let sh = self.exp.unsigned_abs();
            let m = &self.mant >> sh;
            // mant is odd, so a negative exponent always drops bits.
            (BigInt::from_biguint(sign, m), false)
        }
    }

    /// This value rounded to `prec` bits with `mode` (big.Float.Set at a smaller precision).
    pub(crate) fn round_to(&self, prec: u64, mode: Mode) -> Option<BigFloat> {
        Self::finish(self.neg, self.mant.clone(), self.exp, false, prec, mode)
    }

    fn signed_mant(&self) -> BigInt {
        let sign = if self.neg { Sign::Minus } else { Sign::Plus };
        BigInt::from_biguint(sign, self.mant.clone())
    }

    pub(crate) fn add(&self, y: &BigFloat, prec: u64) -> Option<BigFloat> {
        if self.is_zero() {
            return y.round_to(prec, Mode::NearestEven);
        }
        if y.is_zero() {
            return self.round_to(prec, Mode::NearestEven);
        }
        // Let a be the operand with the higher top bit.
        let (a, b) = if self.mant_exp() >= y.mant_exp() {
            (self, y)
        } else {
            (y, self)
        };
        // When b lies wholly below a's rounding position, only its sign matters: fold it into
        // a sticky tail instead of aligning exponents that may be 2^31 apart.
        let sh = 3u64.max((prec + 3).saturating_sub(a.mant.bits()));
        if b.mant_exp() <= a.exp - sh as i64 {
            let m = &a.mant << sh;
            let e = a.exp - sh as i64;
            if a.neg == b.neg {
                return Self::finish(a.neg, m, e, true, prec, Mode::NearestEven);
            }
            return Self::finish(a.neg, m - 1u32, e, true, prec, Mode::NearestEven);
        }
        // Here the exponents are within ~prec+mantissa bits of each other.
        let e = a.exp.min(b.exp);
        let am = a.signed_mant() << ((a.exp - e) as u64);
        let bm = b.signed_mant() << ((b.exp - e) as u64);
        let s = am + bm;
        let neg = s.sign() == Sign::Minus;
        Self::finish(
            neg,
            s.magnitude().clone(),
            e,
            false,
            prec,
            Mode::NearestEven,
        )
    }

    pub(crate) fn sub(&self, y: &BigFloat, prec: u64) -> Option<BigFloat> {
        self.add(&y.neg(), prec)
    }

    pub(crate) fn mul(&self, y: &BigFloat, prec: u64) -> Option<BigFloat> {
        let m = &self.mant * &y.mant;
        Self::finish(
            self.neg != y.neg,
            m,
            self.exp + y.exp,
            false,
            prec,
            Mode::NearestEven,
        )
    }

    /// `None` on overflow; a zero divisor gives zero (callers report division by zero first).
    pub(crate) fn quo(&self, y: &BigFloat, prec: u64) -> Option<BigFloat> {
        if y.is_zero() || self.is_zero() {
            return Some(BigFloat::zero());
        }
        let (mant, exp, sticky) = quotient_bits(&self.mant, &y.mant, prec);
        Self::finish(
            self.neg != y.neg,
            mant,
            exp + self.exp - y.exp,
            sticky,
            prec,
            Mode::NearestEven,
        )
    }

    /// big.Float.Float64: nearest float64 (subnormals included) and whether it is exact.
    pub fn to_f64(&self) -> (f64, bool) {
        let r = round_bits(
            self.mant.clone(),
            self.exp,
            false,
            53,
            Some(-1074),
            Mode::NearestEven,
        );
        let f = compose_f64(self.neg, &r.mant, r.exp);
        (f, r.exact && f.is_finite())
    }

    /// big.Float.Float32.
    pub fn to_f32(&self) -> (f32, bool) {
        let r = round_bits(
            self.mant.clone(),
            self.exp,
            false,
            24,
            Some(-149),
            Mode::NearestEven,
        );
        let f = compose_f32(self.neg, &r.mant, r.exp);
        (f, r.exact && f.is_finite())
    }

    /// Mantissa as a float64 in [0.5, 1) (sign kept) and the binary exponent, as
    /// `f.MantExp(&mant); mant.Float64()` in go/constant's float formatting.
    pub(crate) fn mant_f64_and_exp(&self) -> (f64, i64) {
        if self.mant.is_zero() {
            return (0.0, 0);
        }
        let bits = self.mant.bits() as i64;
        let m = BigFloat {
            neg: self.neg,
            mant: self.mant.clone(),
            exp: -bits,
        };
        (m.to_f64().0, self.exp + bits)
    }

    /// big.Float.Text('p', 0): `0x.8p+1`, hex mantissa in [0.5, 1), binary exponent.
    pub fn text_p(&self) -> String {
        if self.mant.is_zero() {
            return "0".to_string();
        }
        let n = self.mant.bits();
        let pad = (4 - n % 4) % 4;
        let digits = (&self.mant << pad).to_str_radix(16);
        let digits = digits.trim_end_matches('0');
        let e = self.mant_exp();
        let sign = if self.neg { "-" } else { "" };
        let esign = if e >= 0 { "+" } else { "" };
        format!("{sign}0x.{digits}p{esign}{e}")
    }
}

/// num/den with at least prec+2 significant bits: (quotient, exponent, remainder != 0).
fn quotient_bits(num: &BigUint, den: &BigUint, prec: u64) -> (BigUint, i64, bool) {
    let k = (prec + 3) as i64 + den.bits() as i64 - num.bits() as i64;
    let (q, r) = if k >= 0 {
        (num << (k as u64)).div_rem(den)
    } else {
        num.div_rem(&(den << k.unsigned_abs()))
    };
    (q, -k, !r.is_zero())
}

/// big.Rat.Float64, ported from math/big's `quotToFloat64` including its quirks: values far
/// below the subnormal range come back as 0 yet "exact" when their 53-bit rounding is.
pub(crate) fn ratio_to_f64(num: &BigInt, den: &BigInt) -> (f64, bool) {
    let (f, exact) = quot_to_float(num.magnitude(), den.magnitude(), 52, 11);
    (if num.sign() == Sign::Minus { -f } else { f }, exact)
}

/// big.Rat.Float32 (`quotToFloat32`, which goes through float64 at the end).
pub(crate) fn ratio_to_f32(num: &BigInt, den: &BigInt) -> (f32, bool) {
    let (f, exact) = quot_to_float(num.magnitude(), den.magnitude(), 23, 8);
    let f = f as f32;
    let exact = exact && f.is_finite();
    (if num.sign() == Sign::Minus { -f } else { f }, exact)
}

/// math/big's `quotToFloat64`/`quotToFloat32` for |a/b|, `msize` mantissa bits (without the
/// implicit 1) and `esize` exponent bits.
fn quot_to_float(a: &BigUint, b: &BigUint, msize: i64, esize: i64) -> (f64, bool) {
    let msize1 = msize + 1;
    let msize2 = msize1 + 1;
    let ebias = (1i64 << (esize - 1)) - 1;
    let emin = 1 - ebias;
    let alen = a.bits() as i64;
    let blen = b.bits() as i64;
    if alen == 0 {
        return (0.0, true);
    }
    if blen == 0 {
        return (0.0, false);
    }
    let mut exp = alen - blen;
    let shift = msize2 - exp;
    let (q, r) = if shift > 0 {
        (a << shift.unsigned_abs()).div_rem(b)
    } else {
        a.div_rem(&(b << shift.unsigned_abs()))
    };
    let mut mantissa = q.iter_u64_digits().next().unwrap_or(0);
    let mut have_rem = !r.is_zero();
    if mantissa >> msize2 == 1 {
        if mantissa & 1 == 1 {
            have_rem = true;
        }
        mantissa >>= 1;
        exp += 1;
    }
    if emin - msize <= exp && exp <= emin {
        let shift = (emin - (exp - 1)) as u32;
        let lost = mantissa & ((1u64 << shift) - 1);
        have_rem = have_rem || lost != 0;
        mantissa >>= shift;
        exp = 2 - ebias;
    }
    let mut exact = !have_rem;
    if mantissa & 1 != 0 {
        exact = false;
        if have_rem || mantissa & 2 != 0 {
            mantissa += 1;
            if mantissa >= 1u64 << msize2 {
                mantissa >>= 1;
                exp += 1;
            }
        }
    }
    mantissa >>= 1;
    let f = go_ldexp(mantissa as f64, exp - msize1);
    (f, exact && f.is_finite())
}

/// Go's `math.Ldexp` (pure Go version): the final multiply rounds subnormal results.
fn go_ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || !frac.is_finite() {
        return frac;
    }
    let (frac, e) = if frac.abs() < f64::MIN_POSITIVE {
        (frac * (1u64 << 52) as f64, -52)
    } else {
        (frac, 0)
    };
    let x = frac.to_bits();
    let exp = exp
        .saturating_add(e)
        .saturating_add(((x >> 52) & 0x7ff) as i64 - 1023);
    if exp < -1075 {
        return 0.0f64.copysign(frac);
    }
    if exp > 1023 {
        return f64::INFINITY.copysign(frac);
    }
    let (exp, m) = if exp < -1022 {
        (exp + 53, 1.0 / (1u64 << 53) as f64)
    } else {
        (exp, 1.0)
    };
    let x = (x & !(0x7ffu64 << 52)) | (((exp + 1023) as u64) << 52);
    m * f64::from_bits(x)
}

fn pow2(e: i64) -> f64 {
    // e is within the normal exponent range here.
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// `mant * 2^exp` as f64 where rounding already made it representable (or it overflows).
fn compose_f64(neg: bool, mant: &BigUint, exp: i64) -> f64 {
    let sign = if neg { -1.0 } else { 1.0 };
    if mant.is_zero() {
        return sign * 0.0;
    }
    if exp + mant.bits() as i64 > 1024 {
        return sign * f64::INFINITY;
    }
    let m = mant.to_u64().unwrap_or(u64::MAX) as f64;
    let v = if exp >= -1022 {
        m * pow2(exp)
    } else {
        m * pow2(-1022) * pow2(exp + 1022)
    };
    sign * v
}

fn compose_f32(neg: bool, mant: &BigUint, exp: i64) -> f32 {
    if !mant.is_zero() && exp + mant.bits() as i64 > 128 {
        return if neg {
            f32::NEG_INFINITY
        } else {
            f32::INFINITY
        };
    }
    // Representable as f32, so the f64 is exact and narrowing it is too.
    compose_f64(neg, mant, exp) as f32
}

/// big.Float's `pow5` at go/constant's literal precisions: 5^n rounded, computed the way
/// math/big computes it (so huge-exponent literals round like gc's). `None` means +Inf.
pub(crate) fn pow5(n: u64, prec: u64) -> Option<BigFloat> {
    const TAB_MAX: u64 = 27;
    let pow5_27: u64 = 7_450_580_596_923_828_125;
    if n <= TAB_MAX {
        let v = 5u64.pow(n as u32);
        return BigFloat::finish(false, BigUint::from(v), 0, false, prec, Mode::NearestEven);
    }
    let mut z = BigFloat::finish(
        false,
        BigUint::from(pow5_27),
        0,
        false,
        prec,
        Mode::NearestEven,
    )?;
    let mut n = n - TAB_MAX;
    let fprec = prec + 64;
    let mut f = Some(BigFloat::finish(
        false,
        BigUint::from(5u32),
        0,
        false,
        fprec,
        Mode::NearestEven,
    )?);
    while n > 0 {
        let fv = f?;
        if n & 1 != 0 {
            z = z.mul(&fv, prec)?;
        }
        n >>= 1;
        // math/big squares even after the last bit; an overflow there is harmless.
        f = if n > 0 { fv.mul(&fv, fprec) } else { Some(fv) };
    }
    Some(z)
}

impl BigFloat {
    /// `mant * 2^exp` exactly (used for literals), `None` if out of big.Float's range.
    pub(crate) fn exact(neg: bool, mant: BigUint, exp: i64) -> Option<BigFloat> {
        Self::from_parts(neg, mant, exp)
    }

    /// The value as `mant * 2^exp` with a signed integer mantissa.
    pub fn mantissa_and_exp(&self) -> (BigInt, i64) {
        (self.signed_mant(), self.exp)
    }
}

// Canonical form makes the derived equality numeric equality, so ordering agrees with it.
impl Ord for BigFloat {
    fn cmp(&self, y: &BigFloat) -> Ordering {
        match (self.sign(), y.sign()) {
            (a, b) if a != b => a.cmp(&b),
            (0, _) => Ordering::Equal,
            (s, _) => {
                let mag = match self.mant_exp().cmp(&y.mant_exp()) {
                    Ordering::Equal => {
                        let e = self.exp.min(y.exp);
                        let a = &self.mant << ((self.exp - e) as u64);
                        let b = &y.mant << ((y.exp - e) as u64);
                        a.cmp(&b)
                    }
                    o => o,
                };
                if s < 0 {
                    mag.reverse()
                } else {
                    mag
                }
            }
        }
    }
}

impl PartialOrd for BigFloat {
    fn partial_cmp(&self, other: &BigFloat) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
