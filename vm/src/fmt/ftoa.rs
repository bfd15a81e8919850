//! `strconv.AppendFloat`, after Go's `internal/strconv/ftoa.go`.
//!
//! The decimal digits come from Rust's formatter, which rounds exactly as
//! strconv does: the shortest round-tripping digits for precision -1
//! (`{:e}`), and otherwise the exact binary value rounded half-to-even
//! (`{:.*e}` for a count of significant digits, `{:.*}` for digits after
//! the point). Everything around the digits — `%e`/`%f`/`%g` layout,
//! `%g`'s choice between them, `%b` and `%x` — is strconv's code.

/// A decimal: `d[..nd]` are the digits (no trailing zeros), the point is
/// `dp` digits from the left.
struct Decimal {
    d: Vec<u8>,
    dp: i64,
}

/// The digits and exponent of a `{:e}`-style string ("1.2345e-7").
fn parse_sci(s: &str) -> Decimal {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut d: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        return Decimal { d, dp: 0 };
    }
    Decimal { d, dp: exp + 1 }
}

/// The digits of a `{:.*}`-style string ("123.4500", "0.0012").
fn parse_fixed(s: &str) -> Decimal {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let mut dp = int.len() as i64;
    let mut d: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
    let lead = d.iter().take_while(|&&c| c == b'0').count();
    d.drain(..lead);
    dp -= lead as i64;
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        dp = 0;
    }
    Decimal { d, dp }
}

/// `strconv.AppendFloat(dst, val, fmt, prec, bits)`; `bits` is 32 or 64.
pub fn append_float(dst: &mut Vec<u8>, val: f64, fmt: u8, prec: i64, bits: u8) {
    let single = bits == 32;
    let (b, exp_bits, mant_bits, bias): (u64, u32, u32, i64) = if single {
        ((val as f32).to_bits() as u64, 8, 23, -127)
    } else {
        (val.to_bits(), 11, 52, -1023)
    };
    let neg = b >> (exp_bits + mant_bits) != 0;
    let mut exp = ((b >> mant_bits) & ((1 << exp_bits) - 1)) as i64;
    let mut mant = b & ((1u64 << mant_bits) - 1);
    if exp == (1 << exp_bits) - 1 {
        let s: &[u8] = if mant != 0 {
            b"NaN"
        } else if neg {
            b"-Inf"
        } else {
            b"+Inf"
        };
        dst.extend_from_slice(s);
        return;
    }
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1 << mant_bits;
    }
    exp += bias;

    if fmt == b'b' {
        fmt_b(dst, neg, mant, exp - mant_bits as i64);
        return;
    }
    if fmt == b'x' || fmt == b'X' {
        fmt_x(dst, prec, fmt, neg, mant, exp, mant_bits);
        return;
    }
    if !matches!(fmt, b'e' | b'E' | b'f' | b'g' | b'G') {
        dst.push(b'%');
        dst.push(fmt);
        return;
    }
    if mant == 0 {
        fmt_efg(dst, neg, &[], 0, prec, fmt, prec < 0);
        return;
    }
    let abs = val.abs();
    if prec < 0 {
        let s = if single {
            format!("{:e}", abs as f32)
        } else {
            format!("{:e}", abs)
        };
        let d = parse_sci(&s);
        let nd = d.d.len() as i64;
        let prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - d.dp).max(0),
            _ => nd,
        };
        fmt_efg(dst, neg, &d.d, d.dp, prec, fmt, true);
        return;
    }
    // The value is exact in f64 whether it came from a float32 or not.
    let p = usize::try_from(prec).unwrap_or(0);
    let (d, prec) = match fmt {
        b'e' | b'E' => (parse_sci(&format!("{:.*e}", p, abs)), prec),
        b'f' => (parse_fixed(&format!("{:.*}", p, abs)), prec),
        _ => {
            let prec = prec.max(1);
            let sig = usize::try_from(prec - 1).unwrap_or(0);
            (parse_sci(&format!("{:.*e}", sig, abs)), prec)
        }
    };
    fmt_efg(dst, neg, &d.d, d.dp, prec, fmt, false);
}

fn fmt_efg(
    dst: &mut Vec<u8>,
    neg: bool,
    s: &[u8],
    dp: i64,
    mut prec: i64,
    mut fmt: u8,
    shortest: bool,
) {
    let nd = s.len() as i64;
    if fmt == b'g' || fmt == b'G' {
        let mut eprec = prec;
        if eprec > nd && nd >= dp {
            eprec = nd;
        }
        if shortest {
            eprec = 6;
        }
        let exp = dp - 1;
        if exp < -4 || exp >= eprec {
            if prec > nd {
                prec = nd;
            }
            prec -= 1;
            fmt = fmt + b'e' - b'g';
        } else {
            if prec > dp {
                prec = nd;
            }
            prec = (prec - dp).max(0);
            fmt = b'f';
        }
    }
    let zeros = |dst: &mut Vec<u8>, n: i64| {
        if n > 0 {
            dst.resize(dst.len() + n as usize, b'0');
        }
    };
    match fmt {
        b'e' | b'E' => {
            if neg {
                dst.push(b'-');
            }
            dst.push(s.first().copied().unwrap_or(b'0'));
            if prec > 0 {
                dst.push(b'.');
                let mut i = 1;
                let m = nd.min(prec + 1);
                if i < m {
                    dst.extend_from_slice(&s[i as usize..m as usize]);
                    i = m;
                }
                zeros(dst, prec + 1 - i);
            }
            dst.push(fmt);
            let mut exp = dp - 1;
            if nd == 0 {
                exp = 0;
            }
            if exp < 0 {
                dst.push(b'-');
                exp = -exp;
            } else {
                dst.push(b'+');
            }
            if exp < 10 {
                dst.push(b'0');
                dst.push(b'0' + exp as u8);
            } else if exp < 100 {
                dst.push(b'0' + (exp / 10) as u8);
                dst.push(b'0' + (exp % 10) as u8);
            } else {
                dst.push(b'0' + (exp / 100) as u8);
                dst.push(b'0' + (exp / 10 % 10) as u8);
                dst.push(b'0' + (exp % 10) as u8);
            }
        }
        _ => {
            // 'f'
            if neg {
                dst.push(b'-');
            }
            if dp > 0 {
                let m = nd.min(dp);
                dst.extend_from_slice(&s[..m as usize]);
                zeros(dst, dp - m);
            } else {
                dst.push(b'0');
            }
            if prec > 0 {
                dst.push(b'.');
                let lz = prec.min((-dp).max(0));
                let off = dp + lz;
                let m = (prec - lz).min((nd - off).max(0));
                let tz = (prec - lz - m).max(0);
                zeros(dst, lz);
                if m > 0 {
                    dst.extend_from_slice(&s[off as usize..(off + m) as usize]);
                }
                zeros(dst, tz);
            }
        }
    }
}

/// `%b`: -ddddddddp±ddd
fn fmt_b(dst: &mut Vec<u8>, neg: bool, mant: u64, exp: i64) {
    if neg {
        dst.push(b'-');
    }
    dst.extend_from_slice(mant.to_string().as_bytes());
    dst.push(b'p');
    if exp >= 0 {
        dst.push(b'+');
    }
    dst.extend_from_slice(exp.to_string().as_bytes());
}

/// `%x`: -0x1.yyyyyyyyp±ddd or -0x0p+0.
fn fmt_x(
    dst: &mut Vec<u8>,
    prec: i64,
    fmt: u8,
    neg: bool,
    mut mant: u64,
    mut exp: i64,
    mant_bits: u32,
) {
    if mant == 0 {
        exp = 0;
    }
    mant <<= 60 - mant_bits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    if neg {
        dst.push(b'-');
    }
    dst.push(b'0');
    dst.push(fmt);
    dst.push(b'0' + ((mant >> 60) & 1) as u8);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        dst.push(b'.');
        while mant != 0 {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        dst.push(b'.');
        for _ in 0..prec {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    dst.push(if fmt == b'X' { b'P' } else { b'p' });
    if exp < 0 {
        dst.push(b'-');
        exp = -exp;
    } else {
        dst.push(b'+');
    }
    let e = exp as u32;
    if e < 100 {
        dst.push(b'0' + (e / 10) as u8);
        dst.push(b'0' + (e % 10) as u8);
    } else if e < 1000 {
        dst.push(b'0' + (e / 100) as u8);
        dst.push(b'0' + (e / 10 % 10) as u8);
        dst.push(b'0' + (e % 10) as u8);
    } else {
        dst.push(b'0' + (e / 1000) as u8);
        dst.push(b'0' + (e / 100 % 10) as u8);
        dst.push(b'0' + (e / 10 % 10) as u8);
        dst.push(b'0' + (e % 10) as u8);
    }
}
