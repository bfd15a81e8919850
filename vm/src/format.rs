//! Go's formatting of numbers where the VM prints them: `%v` of floats,
//! strconv's shortest `'g'` form, which fmt and (since Go 1.25) the
//! builtin `println` both use.

/// `%v` of a float64 (or, with `single`, of a float32 value held as f64):
/// strconv.FormatFloat(f, 'g', -1, size), the shortest digits that read
/// back as the same number, in `%e` form when the decimal exponent is
/// below -4 or at least 6 (strconv's precision for the shortest form).
pub fn shortest_float(f: f64, single: bool) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    // Rust's `{:e}` gives the shortest round-trip digits, as strconv's
    // shortest mode does: d.ddddde±x.
    let sci = if single {
        format!("{:e}", f as f32)
    } else {
        format!("{:e}", f)
    };
    let (neg, rest) = match sci.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, sci.as_str()),
    };
    let (mant, exp) = rest.split_once('e').unwrap_or((rest, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = if digits.is_empty() {
        "0".to_string()
    } else {
        digits
    };
    let nd = digits.len() as i32;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if !(-4..6).contains(&exp) {
        out.push_str(&digits[..1]);
        if nd > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
        return out;
    }
    // %f with just enough decimals for the digits.
    let dp = exp + 1; // digits before the decimal point
    if dp <= 0 {
        out.push_str("0.");
        for _ in 0..(-dp) {
            out.push('0');
        }
        out.push_str(&digits);
    } else if dp >= nd {
        out.push_str(&digits);
        for _ in 0..(dp - nd) {
            out.push('0');
        }
    } else {
        out.push_str(&digits[..dp as usize]);
        out.push('.');
        out.push_str(&digits[dp as usize..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected strings from Go 1.27: fmt.Println(x) (println(x) prints the
    // same).
    #[test]
    fn percent_v_floats() {
        assert_eq!(shortest_float(3.0, false), "3");
        assert_eq!(shortest_float(0.1, false), "0.1");
        assert_eq!(shortest_float(1e6, false), "1e+06");
        assert_eq!(shortest_float(123456.0, false), "123456");
        assert_eq!(shortest_float(1.5e-5, false), "1.5e-05");
        assert_eq!(shortest_float(-0.0001, false), "-0.0001");
        assert_eq!(shortest_float(f64::INFINITY, false), "+Inf");
        assert_eq!(shortest_float(0.1f32 as f64, true), "0.1");
    }

    #[test]
    fn large_and_small_exponents() {
        assert_eq!(shortest_float(1234567.0, false), "1.234567e+06");
        assert_eq!(shortest_float(1e20, false), "1e+20");
        assert_eq!(shortest_float(0.00012, false), "0.00012");
        assert_eq!(
            shortest_float(12345678901234567890.0, false),
            "1.2345678901234567e+19"
        );
        assert_eq!(shortest_float(5e-324, false), "5e-324");
        assert_eq!(shortest_float(16777216.0, true), "1.6777216e+07");
        assert_eq!(shortest_float((1.0f32 / 3.0) as f64, true), "0.33333334");
    }
}
