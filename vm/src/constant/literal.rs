//! Constant values of literals, from their source text (go/constant's `MakeFromLiteral` and
//! strconv's unquoting). The lexer has already checked the syntax; anything malformed or out
//! of range here gives `None`, which gc reports as `malformed constant: LIT`.

use super::bigfloat::{pow5, BigFloat, PREC};
use super::{Value, MAX_EXP};
use minigo_parser::ast::LitKind;
use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::{One, Pow, Zero};
use std::sync::Arc;

/// Numeric literals longer than this are not evaluated: types2 rejects them first with
/// `excessively long constant: FIRST10... (N chars)`.
pub const MAX_LITERAL_LEN: usize = 10000;

/// A guard for callers that skip the checker's length test: parsing stays far from quadratic
/// blowups, and no literal this long can be meaningful at 512-bit precision.
const HARD_LITERAL_LIMIT: usize = 100_000;

/// The constant a literal denotes: Int for int and rune literals, Float for float literals,
/// Complex for imaginary ones, String for strings (raw strings lose their `\r`s).
pub fn from_literal(kind: LitKind, raw: &str) -> Option<Value> {
    match kind {
        LitKind::Int => int_literal(raw),
        LitKind::Float => float_literal(raw),
        LitKind::Imag => {
            let mant = raw.strip_suffix('i')?;
            let im = float_literal(mant)?;
            Some(Value::make_complex(Value::Int(0), im))
        }
        LitKind::Char => {
            let inner = raw.strip_prefix('\'')?.strip_suffix('\'')?;
            let (c, rest) = unquote_char(inner, b'\'')?;
            if !rest.is_empty() {
                return None;
            }
            Some(Value::Int(c.value as i64))
        }
        LitKind::String => unquote_bytes(raw).map(|b| Value::String(Arc::from(b))),
    }
}

/// Value of a digit in bases up to 16.
fn digit_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Splits off a base prefix; `legacy_octal` makes a leading `0` mean octal, as for integers
/// (for floats and imaginary literals `0123` is decimal).
fn base_prefix(s: &str, legacy_octal: bool) -> (u32, &str) {
    let b = s.as_bytes();
    if b.len() >= 2 && b[0] == b'0' {
        match b[1] {
            b'x' | b'X' => return (16, &s[2..]),
            b'o' | b'O' => return (8, &s[2..]),
            b'b' | b'B' => return (2, &s[2..]),
            _ if legacy_octal => return (8, &s[1..]),
            _ => {}
        }
    }
    (10, s)
}

fn int_literal(raw: &str) -> Option<Value> {
    if raw.len() > HARD_LITERAL_LIMIT {
        return None;
    }
    let (base, body) = base_prefix(raw, true);
    let mut digits = Vec::with_capacity(body.len());
    for &c in body.as_bytes() {
        if c == b'_' {
            continue;
        }
        let d = digit_val(c)?;
        if u32::from(d) >= base {
            return None;
        }
        digits.push(d);
    }
    if digits.is_empty() {
        return None;
    }
    let n = BigUint::from_radix_be(&digits, base)?;
    Some(Value::make_int(BigInt::from(n)))
}

/// A float mantissa `mant * base^-frac` with an optional exponent, decomposed for big.Float.
struct FloatParts {
    mant: BigUint,
    /// Exponent of 2 (the binary part of every scale factor).
    exp2: i64,
    /// Exponent of 5 (the other half of powers of ten).
    exp5: i64,
}

fn scan_float(raw: &str) -> Option<FloatParts> {
    let (base, body) = base_prefix(raw, false);
    let bytes = body.as_bytes();
    let mut digits = Vec::with_capacity(bytes.len());
    let mut frac: i64 = 0;
    let mut seen_point = false;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'_' {
            i += 1;
            continue;
        }
        if c == b'.' {
            if seen_point {
                return None;
            }
            seen_point = true;
            i += 1;
            continue;
        }
        let is_exp = match c {
            b'p' | b'P' => true,
            b'e' | b'E' => base == 10,
            _ => false,
        };
        if is_exp {
            break;
        }
        let d = digit_val(c)?;
        if u32::from(d) >= base {
            return None;
        }
        digits.push(d);
        if seen_point {
            frac += 1;
        }
        i += 1;
    }
    if digits.is_empty() {
        return None;
    }
    let mant = BigUint::from_radix_be(&digits, base)?;
    let bits_per_digit: i64 = match base {
        16 => 4,
        8 => 3,
        2 => 1,
        _ => 0,
    };
    let (mut exp2, mut exp5) = if base == 10 {
        (-frac, -frac)
    } else {
        (-frac * bits_per_digit, 0)
    };
    if i < bytes.len() {
        let ebase10 = matches!(bytes[i], b'e' | b'E');
        let exp = scan_exponent(&body[i + 1..])?;
        exp2 = exp2.checked_add(exp)?;
        if ebase10 {
            exp5 = exp5.checked_add(exp)?;
        }
    }
    Some(FloatParts { mant, exp2, exp5 })
}

/// A decimal exponent with optional sign and `_` separators; `None` if it does not fit an
/// i64 (math/big rejects those literals too).
fn scan_exponent(s: &str) -> Option<i64> {
    let (neg, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let mut v: i64 = 0;
    let mut any = false;
    for &c in digits.as_bytes() {
        if c == b'_' {
            continue;
        }
        if !c.is_ascii_digit() {
            return None;
        }
        any = true;
        let d = i64::from(c - b'0');
        v = if neg {
            v.checked_mul(10)?.checked_sub(d)?
        } else {
            v.checked_mul(10)?.checked_add(d)?
        };
    }
    any.then_some(v)
}

/// go/constant's `makeFloatFromLiteral`: parse at 512 bits the way math/big does; keep the
/// exact fraction when the exponent is moderate, the float otherwise; infinity is `None`.
fn float_literal(raw: &str) -> Option<Value> {
    if raw.len() > HARD_LITERAL_LIMIT {
        return None;
    }
    let p = scan_float(raw)?;
    if p.mant.is_zero() {
        return Some(Value::Rat(Arc::new(BigRational::zero())));
    }
    // math/big's "exponent overflow": the normalized binary exponent must fit an int32.
    let top = p.exp2.checked_add(p.mant.bits() as i64)?;
    if top < i64::from(i32::MIN) || top > i64::from(i32::MAX) {
        return None;
    }
    let f = if p.exp5 == 0 {
        BigFloat::finish(
            false,
            p.mant.clone(),
            p.exp2,
            false,
            PREC,
            super::bigfloat::Mode::NearestEven,
        )?
    } else {
        let z = BigFloat::exact(false, p.mant.clone(), p.exp2)?;
        let pw = pow5(p.exp5.unsigned_abs(), PREC + 64);
        if p.exp5 < 0 {
            match pw {
                Some(pw) => z.quo(&pw, PREC)?,
                // Dividing by infinity underflows to zero.
                None => BigFloat::zero(),
            }
        } else {
            z.mul(&pw?, PREC)?
        }
    };
    let e = f.mant_exp();
    let small = -(MAX_EXP as i64) < e && e < MAX_EXP as i64;
    if !small {
        return Some(Value::Float(Arc::new(f)));
    }
    if f.is_zero() {
        // A value that underflowed (1e-1000000000) is zero; never build its fraction.
        return Some(Value::Rat(Arc::new(BigRational::zero())));
    }
    let mut num = BigInt::from(p.mant);
    let mut den = BigInt::one();
    let five = BigInt::from(5u32);
    if p.exp5 > 0 {
        num *= Pow::pow(&five, p.exp5.unsigned_abs());
    } else if p.exp5 < 0 {
        den *= Pow::pow(&five, p.exp5.unsigned_abs());
    }
    if p.exp2 > 0 {
        num <<= p.exp2.unsigned_abs();
    } else if p.exp2 < 0 {
        den <<= p.exp2.unsigned_abs();
    }
    Some(Value::Rat(Arc::new(BigRational::new(num, den))))
}

/// One decoded character of a quoted literal (strconv.UnquoteChar).
pub(crate) struct Unquoted {
    pub value: u32,
    /// Whether the value is a code point to encode as UTF-8 (else a single byte: `\x`, octal,
    /// or an ASCII character).
    pub multibyte: bool,
}

pub(crate) fn unquote_char(s: &str, quote: u8) -> Option<(Unquoted, &str)> {
    let b = s.as_bytes();
    let c = *b.first()?;
    if c == quote && (quote == b'\'' || quote == b'"') {
        return None;
    }
    if c >= 0x80 {
        let ch = s.chars().next()?;
        return Some((
            Unquoted {
                value: ch as u32,
                multibyte: true,
            },
            &s[ch.len_utf8()..],
        ));
    }
    if c != b'\\' {
        return Some((
            Unquoted {
                value: u32::from(c),
                multibyte: false,
            },
            &s[1..],
        ));
    }
    let e = *b.get(1)?;
    if !e.is_ascii() {
        return None;
    }
    let rest = &s[2..];
    let simple = |v: u8| {
        Some((
            Unquoted {
                value: u32::from(v),
                multibyte: false,
            },
            rest,
        ))
    };
    match e {
        b'a' => simple(0x07),
        b'b' => simple(0x08),
        b'f' => simple(0x0c),
        b'n' => simple(b'\n'),
        b'r' => simple(b'\r'),
        b't' => simple(b'\t'),
        b'v' => simple(0x0b),
        b'\\' => simple(b'\\'),
        b'\'' | b'"' => {
            if e != quote {
                return None;
            }
            simple(e)
        }
        b'x' | b'u' | b'U' => {
            let n = match e {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            let hex = rest.get(..n)?;
            let mut v: u32 = 0;
            for &h in hex.as_bytes() {
                v = (v << 4) | u32::from(digit_val(h)?);
            }
            let tail = &rest[n..];
            if e == b'x' {
                return Some((
                    Unquoted {
                        value: v,
                        multibyte: false,
                    },
                    tail,
                ));
            }
            // utf8.ValidRune: no surrogates, nothing past U+10FFFF.
            char::from_u32(v)?;
            Some((
                Unquoted {
                    value: v,
                    multibyte: true,
                },
                tail,
            ))
        }
        b'0'..=b'7' => {
            let more = rest.as_bytes().get(..2)?;
            let mut v = u32::from(e - b'0');
            for &o in more {
                if !(b'0'..=b'7').contains(&o) {
                    return None;
                }
                v = (v << 3) | u32::from(o - b'0');
            }
            if v > 255 {
                return None;
            }
            Some((
                Unquoted {
                    value: v,
                    multibyte: false,
                },
                &rest[2..],
            ))
        }
        _ => None,
    }
}

/// strconv.Unquote for string literals, as bytes (Go strings need not be UTF-8).
pub fn unquote_bytes(raw: &str) -> Option<Vec<u8>> {
    if let Some(inner) = raw.strip_prefix('`').and_then(|s| s.strip_suffix('`')) {
        if inner.contains('`') {
            return None;
        }
        return Some(inner.bytes().filter(|&c| c != b'\r').collect());
    }
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    if inner.contains('\n') {
        return None;
    }
    let mut out = Vec::with_capacity(inner.len());
    let mut s = inner;
    while !s.is_empty() {
        let (c, rest) = unquote_char(s, b'"')?;
        if c.multibyte {
            let ch = char::from_u32(c.value)?;
            let mut buf = [0u8; 4];
            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        } else {
            // Values above 0x7f here come from \x and octal escapes: raw bytes.
            out.push(c.value as u8);
        }
        s = rest;
    }
    Some(out)
}

/// strconv.Unquote for string literals (import paths, struct tags); `None` when malformed or
/// when the result is not UTF-8 (use [`unquote_bytes`] for arbitrary bytes).
pub fn unquote(raw: &str) -> Option<String> {
    String::from_utf8(unquote_bytes(raw)?).ok()
}
