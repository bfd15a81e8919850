//! How gc prints constants: go/constant's `String` (short, in error messages) and
//! `ExactString`, with Go's `%.6g` / `%g` float formatting reproduced digit for digit.

use super::bigfloat::{BigFloat, PREC};
use super::quote::quote;
use super::Value;
use num_bigint::BigUint;
use num_traits::Pow;

/// go/constant's `String`.
pub(crate) fn short_string(v: &Value) -> String {
    match v {
        Value::Unknown => "unknown".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::String(s) => shorten_quoted(quote(s)),
        Value::Int(i) => i.to_string(),
        Value::BigInt(i) => i.to_string(),
        Value::Rat(r) => match BigFloat::from_ratio(r.numer(), r.denom(), PREC) {
            Some(f) => float_string(&f),
            None => "+Inf".to_string(),
        },
        Value::Float(f) => float_string(f),
        Value::Complex(c) => format!("({} + {}i)", short_string(&c.0), short_string(&c.1)),
    }
}

/// go/constant's `ExactString`.
pub(crate) fn exact_string(v: &Value) -> String {
    match v {
        Value::String(s) => quote(s),
        Value::Rat(r) => {
            if r.is_integer() {
                r.numer().to_string()
            } else {
                format!("{}/{}", r.numer(), r.denom())
            }
        }
        Value::Float(f) => f.text_p(),
        Value::Complex(c) => format!("({} + {}i)", exact_string(&c.0), exact_string(&c.1)),
        _ => short_string(v),
    }
}

/// Strings longer than 72 runes (quotes included) keep their first 69 runes and `...`.
fn shorten_quoted(s: String) -> String {
    const MAX_LEN: usize = 72;
    if s.chars().count() <= MAX_LEN {
        return s;
    }
    let mut out: String = s.chars().take(MAX_LEN - 3).collect();
    out.push_str("...");
    out
}

/// go/constant's `floatVal.String`.
fn float_string(f: &BigFloat) -> String {
    let (x, _) = f.to_f64();
    if (f.sign() == 0) == (x == 0.0) && x.is_finite() {
        let s = format_g(x, Some(6));
        if !f.is_int() && !s.contains('.') {
            // Not an integer, yet the short form hides that (go.dev/issue/56220).
            return format_g(x, None);
        }
        return s;
    }
    // Outside float64's range: an approximate decimal conversion, as go/constant does
    // (exact formatting of such values would be slow).
    let (m0, exp) = f.mant_f64_and_exp();
    let d = exp as f64 * std::f64::consts::LOG10_2;
    let mut e = d as i64;
    let mut m = m0 * 10f64.powf(d - e as f64);
    let am = m.abs();
    if am < 1.0 - 0.5e-6 {
        m *= 10.0;
        e -= 1;
    } else if am >= 10.0 {
        m /= 10.0;
        e += 1;
    }
    let sign = if e >= 0 { "+" } else { "" };
    format!("{}e{sign}{e}", format_g(m, Some(6)))
}

/// Decimal digits (no trailing zeros) and decimal point position: x = 0.d1d2... * 10^dp.
struct Digits {
    d: Vec<u8>,
    dp: i64,
}

/// The exact decimal expansion of a finite nonzero |x|.
fn exact_digits(x: f64) -> Digits {
    let bits = x.abs().to_bits();
    let be = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if be == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), be - 1075)
    };
    let (n, scale) = if e >= 0 {
        (BigUint::from(m) << e.unsigned_abs(), 0i64)
    } else {
        let five = BigUint::from(5u32);
        (BigUint::from(m) * Pow::pow(&five, e.unsigned_abs()), e)
    };
    let s = n.to_str_radix(10);
    let mut d: Vec<u8> = s.bytes().collect();
    let dp = d.len() as i64 + scale;
    while d.last() == Some(&b'0') {
        d.pop();
    }
    Digits { d, dp }
}

/// Rounds to `n` significant digits, ties to even (exact decimal arithmetic, as strconv).
fn round_digits(mut dg: Digits, n: usize) -> Digits {
    if dg.d.len() <= n {
        return dg;
    }
    let next = dg.d[n];
    let up = match next.cmp(&b'5') {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => dg.d.len() > n + 1 || (n > 0 && (dg.d[n - 1] - b'0') % 2 == 1),
    };
    dg.d.truncate(n);
    if up {
        let mut i = n;
        loop {
            if i == 0 {
                dg.d.insert(0, b'1');
                dg.d.truncate(n.max(1));
                dg.dp += 1;
                break;
            }
            i -= 1;
            if dg.d[i] == b'9' {
                dg.d[i] = b'0';
            } else {
                dg.d[i] += 1;
                break;
            }
        }
    }
    while dg.d.last() == Some(&b'0') {
        dg.d.pop();
    }
    dg
}

/// The shortest digits that read back as x (what Go's `%g` prints without a precision).
/// Rust's `{:e}` yields the same shortest-round-trip digits.
fn shortest_digits(x: f64) -> Digits {
    let s = format!("{:e}", x.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut d: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    while d.last() == Some(&b'0') {
        d.pop();
    }
    Digits { d, dp: exp + 1 }
}

/// Go's `fmt.Sprintf("%.Ng", x)` (`prec = Some(N)`) or `"%g"` (`None`) for finite x.
pub(crate) fn format_g(x: f64, prec: Option<usize>) -> String {
    let neg = x.is_sign_negative();
    let (dg, shortest) = if x == 0.0 {
        (
            Digits {
                d: Vec::new(),
                dp: 0,
            },
            prec.is_none(),
        )
    } else {
        match prec {
            Some(p) => (round_digits(exact_digits(x), p.max(1)), false),
            None => (shortest_digits(x), true),
        }
    };
    let nd = dg.d.len() as i64;
    let mut p = match prec {
        Some(p) => p.max(1) as i64,
        None => nd,
    };
    // strconv's %g: %e for exponents < -4 or >= precision (6 when printing shortest).
    let mut eprec = p;
    if eprec > nd && nd >= dg.dp {
        eprec = nd;
    }
    if shortest {
        eprec = 6;
    }
    let exp = dg.dp - 1;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if exp < -4 || exp >= eprec {
        if p > nd {
            p = nd;
        }
        fmt_e(&mut out, &dg, p - 1);
    } else {
        if p > dg.dp {
            p = nd;
        }
        fmt_f(&mut out, &dg, (p - dg.dp).max(0));
    }
    out
}

fn fmt_e(out: &mut String, dg: &Digits, prec: i64) {
    let nd = dg.d.len() as i64;
    out.push(dg.d.first().map_or('0', |&c| c as char));
    if prec > 0 {
        out.push('.');
        let m = nd.min(prec + 1);
        for i in 1..m {
            out.push(dg.d[i as usize] as char);
        }
        for _ in m.max(1)..prec + 1 {
            out.push('0');
        }
    }
    out.push('e');
    let mut exp = dg.dp - 1;
    if dg.d.is_empty() {
        exp = 0;
    }
    if exp < 0 {
        out.push('-');
        exp = -exp;
    } else {
        out.push('+');
    }
    if exp < 10 {
        out.push('0');
    }
    out.push_str(&exp.to_string());
}

fn fmt_f(out: &mut String, dg: &Digits, prec: i64) {
    let nd = dg.d.len() as i64;
    if dg.dp > 0 {
        let m = nd.min(dg.dp);
        for i in 0..m {
            out.push(dg.d[i as usize] as char);
        }
        for _ in m..dg.dp {
            out.push('0');
        }
    } else {
        out.push('0');
    }
    if prec > 0 {
        out.push('.');
        for i in 1..=prec {
            let j = dg.dp + i - 1;
            let c = if j >= 0 && j < nd {
                dg.d[j as usize] as char
            } else {
                '0'
            };
            out.push(c);
        }
    }
}
