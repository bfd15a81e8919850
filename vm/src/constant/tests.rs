//! Unit tests. Expected texts of gc's messages come from `testdata/gc_messages.out`, gc's
//! output for `testdata/gc_messages.go`; the bulk of go/constant's behaviour is replayed from
//! go/constant itself in `vectors.rs`.

use super::*;
use minigo_parser::ast::LitKind;

fn lit(kind: LitKind, raw: &str) -> Value {
    from_literal(kind, raw).unwrap_or_else(|| panic!("literal {raw} did not evaluate"))
}

fn int(raw: &str) -> Value {
    lit(LitKind::Int, raw)
}

fn float(raw: &str) -> Value {
    lit(LitKind::Float, raw)
}

fn eq(x: &Value, y: &Value) -> bool {
    compare(x, CompareOp::Eql, y)
}

fn neg(x: &Value) -> Value {
    unary_op(UnaryOp::Neg, x, 0)
}

fn bin(x: &Value, op: BinaryOp, y: &Value) -> Value {
    binary_op(x, op, y)
}

// ----- literals -----------------------------------------------------------------------------

#[test]
fn integer_literals_in_every_base() {
    for (raw, want) in [
        ("0", 0),
        ("42", 42),
        ("1_000_000", 1_000_000),
        ("0x_1F", 31),
        ("0XfF", 255),
        ("0o17", 15),
        ("0O_17", 15),
        ("017", 15),
        ("0_17", 15),
        ("0b1010", 10),
        ("0B_1_0", 2),
        ("00", 0),
    ] {
        let v = int(raw);
        assert_eq!(v.int64_val(), (want, true), "{raw}");
        assert_eq!(v.kind(), Kind::Int);
    }
    let big = int("0xFFFF_FFFF_FFFF_FFFF_FFFF");
    assert!(matches!(big, Value::BigInt(_)));
    assert_eq!(big.to_string(), "1208925819614629174706175");
    for bad in ["08", "0x", "0b2", "1e3", "", "0o8", "12a"] {
        assert!(from_literal(LitKind::Int, bad).is_none(), "{bad}");
    }
}

#[test]
fn float_literals() {
    assert_eq!(float("0x1.8p3").to_string(), "12");
    assert_eq!(float("0x.8p1").exact_string(), "1");
    assert_eq!(float("0x1p-2").exact_string(), "1/4");
    assert_eq!(float("1_0.2_5").exact_string(), "41/4");
    assert_eq!(float(".5e1").exact_string(), "5");
    assert_eq!(float("1E-2").exact_string(), "1/100");
    assert_eq!(float("0123.5").exact_string(), "247/2");
    // Kept as fractions up to 4096-bit parts, as binary floats beyond.
    assert!(matches!(float("1e1000"), Value::Rat(_)));
    assert!(matches!(float("1e5000"), Value::Float(_)));
    assert_eq!(float("1e5000").to_string(), "1e+5000");
    // Absurd exponents neither hang nor allocate: gc says "malformed constant" (None) for
    // overflow and treats underflow as 0.
    assert!(from_literal(LitKind::Float, "1e1000000000").is_none());
    assert_eq!(float("1e-1000000000").sign(), 0);
    assert!(from_literal(LitKind::Float, "1e-3000000000").is_none());
    assert!(from_literal(LitKind::Float, "1e99999999999999999999").is_none());
    assert!(from_literal(LitKind::Float, "0x1p2147483647").is_none());
    assert_eq!(float("0e99999999999").sign(), 0);
    assert!(from_literal(LitKind::Float, "1.2.3").is_none());
}

#[test]
fn imaginary_literals() {
    for (raw, want) in [
        ("2i", "(0 + 2i)"),
        ("0x10i", "(0 + 16i)"),
        ("1e3i", "(0 + 1000i)"),
        // Legacy: a leading 0 does not make an imaginary literal octal.
        ("0123i", "(0 + 123i)"),
        ("0o123i", "(0 + 83i)"),
        ("0b11i", "(0 + 3i)"),
        ("1.5i", "(0 + 1.5i)"),
        ("0x1p-2i", "(0 + 0.25i)"),
    ] {
        let v = lit(LitKind::Imag, raw);
        assert_eq!(v.kind(), Kind::Complex);
        assert_eq!(v.to_string(), want, "{raw}");
    }
    assert!(from_literal(LitKind::Imag, "12").is_none());
}

#[test]
fn rune_literals() {
    for (raw, want) in [
        ("'a'", 97),
        ("'\\n'", 10),
        ("'\\x41'", 65),
        ("'\\u00e9'", 0xe9),
        ("'\\U0001F600'", 0x1f600),
        ("'\\377'", 255),
        ("'\\xff'", 255),
        ("'\\''", 39),
        ("'\\\\'", 92),
        ("'é'", 0xe9),
        ("'😀'", 0x1f600),
        ("'\\a'", 7),
        ("'\\b'", 8),
        ("'\\f'", 12),
        ("'\\r'", 13),
        ("'\\t'", 9),
        ("'\\v'", 11),
    ] {
        assert_eq!(lit(LitKind::Char, raw).int64_val(), (want, true), "{raw}");
    }
    for bad in [
        "'ab'",
        "''",
        "'\\\"'",
        "'\\400'",
        "'\\uD800'",
        "'\\U00110000'",
        "'\\q'",
        "'\\x4'",
        "'",
    ] {
        assert!(from_literal(LitKind::Char, bad).is_none(), "{bad}");
    }
}

#[test]
fn string_literals() {
    let s = |raw: &str| lit(LitKind::String, raw).string_val().to_vec();
    assert_eq!(s(r#""abc""#), b"abc");
    assert_eq!(s(r#""a\tb\n\"\\""#), b"a\tb\n\"\\");
    assert_eq!(s(r#""\xff\377\000""#), b"\xff\xff\x00");
    assert_eq!(s(r#""\u00e9\U0001F600""#), "é😀".as_bytes());
    assert_eq!(s("\"é\""), "é".as_bytes());
    // Raw strings: no escapes, carriage returns dropped.
    assert_eq!(s("`a\\n\r\nb`"), b"a\\n\nb");
    assert_eq!(s("``"), b"");
    for bad in [
        r#""\'""#,
        "\"a\nb\"",
        r#""\z""#,
        r#""abc"#,
        "`a`b`",
        r#""\ud800""#,
    ] {
        assert!(from_literal(LitKind::String, bad).is_none(), "{bad}");
    }
    assert_eq!(unquote(r#""fmt""#).as_deref(), Some("fmt"));
    assert_eq!(unquote("`net/http`").as_deref(), Some("net/http"));
    assert_eq!(unquote(r#""\x66mt""#).as_deref(), Some("fmt"));
    assert_eq!(unquote(r#""\xff""#), None);
    assert_eq!(unquote_bytes(r#""\xff""#), Some(vec![0xff]));
    assert_eq!(unquote("fmt"), None);
}

#[test]
fn overlong_literals_are_refused_not_slow() {
    let long = "1".repeat(200_000);
    assert!(from_literal(LitKind::Int, &long).is_none());
    assert!(from_literal(LitKind::Float, &long).is_none());
    // At the checker's limit they still evaluate quickly.
    let ok = "9".repeat(MAX_LITERAL_LEN);
    assert_eq!(int(&ok).bit_len(), 33220);
    let frac = format!("0.{}1", "0".repeat(MAX_LITERAL_LEN - 4));
    assert!(matches!(float(&frac), Value::Float(_)));
}

// ----- arithmetic ---------------------------------------------------------------------------

#[test]
fn untyped_float_arithmetic_is_exact() {
    let third = bin(&float("1.0"), BinaryOp::Quo, &int("3"));
    assert!(eq(&bin(&third, BinaryOp::Mul, &int("3")), &int("1")));
    let sum = bin(&float("0.1"), BinaryOp::Add, &float("0.2"));
    assert!(eq(&sum, &float("0.3")));
    assert_eq!(sum.exact_string(), "3/10");
    // Beyond fractions, 512-bit floats: 1e5000/1e4990 is still exactly an integer.
    let q = bin(&float("1e5000"), BinaryOp::Quo, &float("1e4990"));
    assert_eq!(q.to_int().to_string(), "10000000000");
    assert!(q.is_int());
    assert!(!third.is_int());
}

#[test]
fn integer_division_and_remainder_truncate() {
    let cases = [
        (7, 2, 3, 1),
        (-7, 2, -3, -1),
        (7, -2, -3, 1),
        (-7, -2, 3, -1),
        (i64::MIN, -1, i64::MIN, 0),
    ];
    for (a, b, q, r) in cases {
        let (x, y) = (Value::make_int64(a), Value::make_int64(b));
        assert_eq!(
            bin(&x, BinaryOp::IntQuo, &y).int64_val(),
            (q, true),
            "{a}/{b}"
        );
        assert_eq!(bin(&x, BinaryOp::Rem, &y).int64_val(), (r, true), "{a}%{b}");
    }
    // Big operands truncate the same way.
    let a = bin(
        &int("100000000000000000000"),
        BinaryOp::Mul,
        &neg(&int("7")),
    );
    let b = int("200000000000000000000");
    assert_eq!(bin(&a, BinaryOp::IntQuo, &b).to_string(), "-3");
    assert_eq!(
        bin(&a, BinaryOp::Rem, &b).to_string(),
        "-100000000000000000000"
    );
    // Exact division of Ints gives a Float.
    let q = bin(&int("7"), BinaryOp::Quo, &int("2"));
    assert_eq!((q.kind(), q.to_string()), (Kind::Float, "3.5".to_string()));
}

#[test]
fn division_by_zero_and_invalid_operands_give_unknown() {
    let zero = int("0");
    for op in [BinaryOp::Quo, BinaryOp::IntQuo, BinaryOp::Rem] {
        assert!(bin(&int("1"), op, &zero).is_unknown());
    }
    assert!(bin(&float("1.5"), BinaryOp::Quo, &float("0.0")).is_unknown());
    assert!(bin(&float("1e5000"), BinaryOp::Quo, &zero).is_unknown());
    let c0 = Value::make_imag(&zero);
    assert!(bin(&lit(LitKind::Imag, "1i"), BinaryOp::Quo, &c0).is_unknown());
    let s = Value::make_string("a");
    assert!(bin(&s, BinaryOp::Sub, &s).is_unknown());
    assert!(bin(&s, BinaryOp::Add, &int("1")).is_unknown());
    assert!(bin(&Value::make_bool(true), BinaryOp::Add, &int("1")).is_unknown());
    assert!(bin(&float("1.5"), BinaryOp::Rem, &float("1.0")).is_unknown());
    assert!(bin(&Value::Unknown, BinaryOp::Add, &int("1")).is_unknown());
    assert!(unary_op(UnaryOp::Not, &int("1"), 0).is_unknown());
    assert!(unary_op(UnaryOp::Xor, &float("1.5"), 0).is_unknown());
    assert!(unary_op(UnaryOp::Neg, &s, 0).is_unknown());
    assert!(!compare(&s, CompareOp::Eql, &int("1")));
    assert!(!compare(&Value::Unknown, CompareOp::Eql, &Value::Unknown));
}

#[test]
fn strings_and_bools() {
    let ab = bin(
        &Value::make_string("a"),
        BinaryOp::Add,
        &Value::make_string("b"),
    );
    assert_eq!(ab.string_val(), b"ab");
    assert!(compare(&ab, CompareOp::Lss, &Value::make_string("b")));
    assert!(compare(&ab, CompareOp::Gtr, &Value::make_string("a")));
    let t = Value::make_bool(true);
    let f = Value::make_bool(false);
    assert!(!bin(&t, BinaryOp::LAnd, &f).bool_val());
    assert!(bin(&t, BinaryOp::LOr, &f).bool_val());
    assert!(unary_op(UnaryOp::Not, &f, 0).bool_val());
    assert!(compare(&t, CompareOp::Neq, &f));
    assert!(!compare(&t, CompareOp::Lss, &f));
}

#[test]
fn complement_respects_unsigned_precision() {
    let one = int("1");
    assert_eq!(unary_op(UnaryOp::Xor, &one, 0).to_string(), "-2");
    assert_eq!(unary_op(UnaryOp::Xor, &one, 8).to_string(), "254");
    assert_eq!(
        unary_op(UnaryOp::Xor, &int("0"), 64).to_string(),
        "18446744073709551615"
    );
    assert_eq!(
        unary_op(UnaryOp::Neg, &Value::make_int64(i64::MIN), 0).to_string(),
        "9223372036854775808"
    );
}

#[test]
fn shifts() {
    let one = int("1");
    let s = shift(&one, ShiftOp::Shl, 100);
    assert_eq!(s.to_string(), "1267650600228229401496703205376");
    assert_eq!(s.bit_len(), 101);
    assert_eq!(shift(&s, ShiftOp::Shr, 98).to_string(), "4");
    assert_eq!(shift(&neg(&int("5")), ShiftOp::Shr, 1).to_string(), "-3");
    assert_eq!(shift(&neg(&int("5")), ShiftOp::Shr, 1000).to_string(), "-1");
    assert_eq!(shift(&int("5"), ShiftOp::Shr, 1000).to_string(), "0");
    let neg_big = unary_op(UnaryOp::Neg, &s, 0);
    assert_eq!(shift(&neg_big, ShiftOp::Shr, 200).to_string(), "-1");
    // Shifts too large to be meant give Unknown rather than gigabytes.
    assert!(shift(&one, ShiftOp::Shl, u64::MAX).is_unknown());
    assert!(shift(&one, ShiftOp::Shl, 1 << 40).is_unknown());
    assert_eq!(shift(&int("0"), ShiftOp::Shl, u64::MAX).to_string(), "0");
    assert!(shift(&float("1.5"), ShiftOp::Shl, 1).is_unknown());

    assert_eq!(check_shift_count(&int("1074")), Ok(1074));
    assert_eq!(check_shift_count(&float("2.0")), Ok(2));
    assert_eq!(
        check_shift_count(&int("1075")),
        Err(ShiftCountError::TooLarge)
    );
    assert_eq!(
        check_shift_count(&int("100000000000000000000000")),
        Err(ShiftCountError::TooLarge)
    );
    assert_eq!(
        check_shift_count(&unary_op(UnaryOp::Neg, &one, 0)),
        Err(ShiftCountError::Negative)
    );
    assert_eq!(
        check_shift_count(&float("1.5")),
        Err(ShiftCountError::NotInteger)
    );
    // The largest allowed shift stays within what the checker then rejects as overflow.
    let max = shift(&one, ShiftOp::Shl, SHIFT_BOUND);
    assert_eq!(untyped_overflow(&max), Some(UntypedOverflow::IntOverflow));
    let ok = shift(&one, ShiftOp::Shl, 511);
    assert_eq!(untyped_overflow(&ok), None);
}

#[test]
fn comparisons_across_representations() {
    assert!(eq(&int("2"), &float("2.0")));
    assert!(eq(&float("0.0"), &lit(LitKind::Imag, "0i").imag()));
    assert!(compare(&int("1"), CompareOp::Lss, &float("1.5")));
    assert!(compare(
        &float("1e5000"),
        CompareOp::Gtr,
        &int("99999999999999999999999")
    ));
    assert!(compare(
        &neg(&float("1e5000")),
        CompareOp::Lss,
        &neg(&float("1e4999"))
    ));
    assert!(compare(&float("1e-5000"), CompareOp::Gtr, &float("0.0")));
    let big = int("18446744073709551616");
    assert!(compare(&big, CompareOp::Gtr, &Value::make_uint64(u64::MAX)));
    assert!(compare(&big, CompareOp::Geq, &big));
    let c = lit(LitKind::Imag, "2i");
    let c2 = bin(&int("0"), BinaryOp::Add, &c);
    assert!(compare(&c, CompareOp::Eql, &c2));
    assert!(!compare(&c, CompareOp::Lss, &c2));
    assert!(compare(&c, CompareOp::Neq, &int("2")));
}

#[test]
fn kind_conversions() {
    assert_eq!(float("3.0").to_int().to_string(), "3");
    assert!(float("3.5").to_int().is_unknown());
    assert!(float("1e5000").to_int().is_unknown());
    let c = bin(&int("3"), BinaryOp::Add, &Value::make_imag(&int("0")));
    assert_eq!(c.to_int().to_string(), "3");
    assert!(lit(LitKind::Imag, "1i").to_int().is_unknown());
    assert!(lit(LitKind::Imag, "1i").to_float().is_unknown());
    assert_eq!(int("5").to_complex().to_string(), "(5 + 0i)");
    assert!(Value::make_string("x").to_int().is_unknown());
    assert_eq!(
        Value::make_float64(0.1).exact_string(),
        "3602879701896397/36028797018963968"
    );
    assert_eq!(Value::make_float64(-0.0).to_string(), "0");
    assert!(Value::make_float64(f64::INFINITY).is_unknown());
    assert!(Value::make_float64(f64::NAN).is_unknown());
    assert_eq!(float("0.1").float64_val(), (0.1, false));
    assert_eq!(float("0.5").float32_val(), (0.5, true));
    assert_eq!(
        int("9007199254740993").float64_val(),
        (9007199254740992.0, false)
    );
    assert_eq!(float("1.5").num().to_string(), "3");
    assert_eq!(float("1.5").denom().to_string(), "2");
    assert_eq!(lit(LitKind::Imag, "2i").imag().to_string(), "2");
    assert_eq!(lit(LitKind::Imag, "2i").real().to_string(), "0");
    assert_eq!(neg(&float("2.5")).sign(), -1);
    assert_eq!(Value::Unknown.sign(), 1);
}

// ----- representability ---------------------------------------------------------------------

fn repr_str(x: &Value, kind: BasicKind) -> Option<String> {
    representable(x, kind).map(|v| v.to_string())
}

#[test]
fn integer_representability_edges() {
    use BasicKind::*;
    let neg = |s: &str| unary_op(UnaryOp::Neg, &int(s), 0);
    assert!(representable(&neg("128"), Int8).is_some());
    assert!(representable(&neg("129"), Int8).is_none());
    assert!(representable(&int("127"), Int8).is_some());
    assert!(representable(&int("128"), Int8).is_none());
    assert!(representable(&int("255"), Uint8).is_some());
    assert!(representable(&int("256"), Uint8).is_none());
    assert!(representable(&neg("1"), Uint).is_none());
    assert!(representable(&int("18446744073709551615"), Uint64).is_some());
    assert!(representable(&int("18446744073709551615"), Uintptr).is_some());
    assert!(representable(&int("18446744073709551616"), Uint64).is_none());
    assert!(representable(&int("9223372036854775807"), Int).is_some());
    assert!(representable(&int("9223372036854775808"), Int64).is_none());
    assert!(representable(&int("99999999999999999999999"), UntypedInt).is_some());
    // Floats with integral values convert; the rounded value is an Int.
    let v = representable(&float("100.0"), Int8).unwrap();
    assert_eq!(v.kind(), Kind::Int);
    assert!(representable(&float("1.5"), Int).is_none());
    assert!(representable(&lit(LitKind::Imag, "1i"), Int).is_none());
    assert!(representable(&Value::make_string("a"), Int).is_none());
    assert!(representable(&Value::Unknown, Int8).is_some());
}

#[test]
fn float_representability_and_rounding() {
    use BasicKind::*;
    // float32: max, the first value that rounds to +Inf, rounding to nearest even.
    assert_eq!(
        repr_str(&float("3.4028234663852886e38"), Float32).as_deref(),
        Some("3.40282e+38")
    );
    assert!(representable(&float("3.4028235677973367e38"), Float32).is_none());
    assert!(representable(&float("3.5e38"), Float32).is_none());
    let r = representable(&int("16777217"), Float32).unwrap();
    assert_eq!(r.exact_string(), "16777216");
    let r = representable(&int("16777219"), Float32).unwrap();
    assert_eq!(r.exact_string(), "16777220");
    let r = representable(&float("0.1"), Float32).unwrap();
    assert_eq!(r.exact_string(), "13421773/134217728");
    // Underflow is not overflow: tiny values round to zero and are representable.
    assert_eq!(repr_str(&float("1e-50"), Float32).as_deref(), Some("0"));
    assert_eq!(repr_str(&float("1e-400"), Float64).as_deref(), Some("0"));
    let r = representable(&float("0.1"), Float64).unwrap();
    assert_eq!(r.exact_string(), "3602879701896397/36028797018963968");
    assert!(representable(&float("1e309"), Float64).is_none());
    assert!(representable(&float("1.797693134862315808e308"), Float64).is_none());
    assert!(representable(&float("1.797693134862315708e308"), Float64).is_some());
    assert!(representable(&float("1e5000"), Float64).is_none());
    assert!(representable(&float("1e5000"), UntypedFloat).is_some());
    assert!(representable(&int("1"), Float64).is_some());
    assert!(representable(&lit(LitKind::Imag, "1i"), Float64).is_none());
    // Complex: both parts rounded.
    let c = bin(&float("0.1"), BinaryOp::Add, &lit(LitKind::Imag, "1e39i"));
    assert!(representable(&c, Complex64).is_none());
    let r = representable(&c, Complex128).unwrap();
    assert_eq!(r.to_string(), "(0.1 + 1e+39i)");
    assert_eq!(
        representable(&c, Complex128).unwrap().real().exact_string(),
        "3602879701896397/36028797018963968"
    );
    assert!(representable(&int("3"), Complex64).is_some());
    assert!(representable(&Value::make_bool(true), Bool).is_some());
    assert!(representable(&Value::make_bool(true), String).is_none());
    assert!(representable(&Value::make_string("x"), UntypedString).is_some());
}

#[test]
fn representation_reasons() {
    use BasicKind::*;
    let e = |x: &Value, from, to| representation(x, from, to).err();
    assert_eq!(e(&int("300"), UntypedInt, Int8), Some(ReprError::Overflows));
    assert_eq!(
        e(&float("1.5"), UntypedFloat, Int),
        Some(ReprError::Truncated)
    );
    // The reason follows the kinds, not the value: 1e100 is an integer, yet "truncated".
    assert_eq!(
        e(&float("1e100"), UntypedFloat, Int),
        Some(ReprError::Truncated)
    );
    assert_eq!(
        e(&float("1e39"), UntypedFloat, Float32),
        Some(ReprError::Overflows)
    );
    assert_eq!(
        e(&Value::make_string("a"), UntypedString, Int),
        Some(ReprError::NotRepresentable)
    );
    assert_eq!(
        e(&int("1"), UntypedInt, String),
        Some(ReprError::NotRepresentable)
    );
    assert_eq!(e(&int("1"), UntypedInt, Int8), None);
}

#[test]
fn untyped_overflow_checks() {
    assert_eq!(
        untyped_overflow(&Value::Unknown),
        Some(UntypedOverflow::NotRepresentable)
    );
    let x = shift(&int("1"), ShiftOp::Shl, 512);
    assert_eq!(x.bit_len(), 513);
    assert_eq!(untyped_overflow(&x), Some(UntypedOverflow::IntOverflow));
    let y = shift(&int("1"), ShiftOp::Shl, 511);
    assert_eq!(untyped_overflow(&y), None);
    assert_eq!(untyped_overflow(&float("1e5000")), None);
    assert_eq!(untyped_overflow(&Value::make_string("abc")), None);
    // Float overflow to infinity is Unknown.
    let inf = bin(&float("1e400000000"), BinaryOp::Mul, &float("1e400000000"));
    assert_eq!(
        untyped_overflow(&inf),
        Some(UntypedOverflow::NotRepresentable)
    );
}

#[test]
fn integer_to_string_conversion() {
    let s = |v: &Value| int_to_string_conversion(v).string_val().to_vec();
    assert_eq!(s(&int("65")), b"A");
    assert_eq!(s(&int("0x1F600")), "😀".as_bytes());
    assert_eq!(s(&int("0xD800")), "\u{fffd}".as_bytes());
    assert_eq!(s(&int("0x110000")), "\u{fffd}".as_bytes());
    assert_eq!(
        s(&unary_op(UnaryOp::Neg, &int("1"), 0)),
        "\u{fffd}".as_bytes()
    );
    assert_eq!(s(&int("99999999999999999999999")), "\u{fffd}".as_bytes());
}

// ----- formatting ---------------------------------------------------------------------------

#[test]
fn short_and_exact_strings() {
    // Expected strings are go/constant's (see also vectors.txt).
    assert_eq!(float("0.1").to_string(), "0.1");
    assert_eq!(float("3.14159265358979").to_string(), "3.14159");
    assert_eq!(float("1e1000").to_string(), "1e+1000");
    assert_eq!(float("100000.5").to_string(), "100000.5");
    assert_eq!(float("1234567.5").to_string(), "1.23457e+06");
    assert_eq!(float("0.00001").to_string(), "1e-05");
    assert_eq!(float("1.5").exact_string(), "3/2");
    assert_eq!(float("1e5000").exact_string().len(), 137);
    assert!(float("1e5000")
        .exact_string()
        .starts_with("0x.c78820040d9443cf"));
    assert_eq!(lit(LitKind::Imag, "1.5i").exact_string(), "(0 + 3/2i)");
    assert_eq!(Value::Unknown.to_string(), "unknown");
    assert_eq!(Value::make_bool(true).to_string(), "true");
    let s = Value::make_string("\u{a0}\u{200b}\x7f\x1b\"\\é");
    assert_eq!(s.to_string(), r#""\u00a0\u200b\x7f\x1b\"\\é""#);
    assert_eq!(quote(b"\xff\xe2\x82"), r#""\xff\xe2\x82""#);
    let long = Value::make_string("x".repeat(100));
    let short = long.to_string();
    assert_eq!(short.chars().count(), 72);
    assert!(short.ends_with("xx..."));
    assert_eq!(long.exact_string().len(), 102);
}

/// operandString for a constant operand: `EXPR (untyped KIND constant[ VALUE])`.
fn operand(expr: &str, kind: BasicKind, v: &Value) -> std::string::String {
    let s = v.to_string();
    if s == expr {
        format!("{expr} ({} constant)", kind.name())
    } else {
        format!("{expr} ({} constant {s})", kind.name())
    }
}

/// types2's assignment error for an untyped constant.
fn cannot_use(
    expr: &str,
    from: BasicKind,
    v: &Value,
    to: BasicKind,
    to_name: &str,
    context: &str,
) -> std::string::String {
    match representation(v, from, to) {
        Ok(_) => "ok".to_string(),
        Err(e) => format!(
            "cannot use {} as {to_name} value in {context}{}",
            operand(expr, from, v),
            e.assignment_suffix()
        ),
    }
}

#[test]
fn gc_messages() {
    use BasicKind::*;
    let out = include_str!("testdata/gc_messages.out");
    let gc: std::collections::HashMap<u32, &str> = out
        .lines()
        .filter_map(|l| {
            let rest = l.strip_prefix("gc_messages.go:")?;
            let mut parts = rest.splitn(3, ':');
            let line = parts.next()?.parse().ok()?;
            let _col = parts.next()?;
            Some((line, parts.next()?.trim_start()))
        })
        .collect();
    let vd = "variable declaration";
    let s70 = lit(
        LitKind::String,
        "\"01234567890123456789012345678901234567890123456789012345678901234567890123456789\"",
    );
    let big = shift(&int("1"), ShiftOp::Shl, 100);
    let third = bin(&float("1.0"), BinaryOp::Quo, &int("3"));
    let huge = float("1e1000");
    let hx = lit(LitKind::String, r#""\xff\u00e9\n""#);
    let c1 = bin(&lit(LitKind::Imag, "1e39i"), BinaryOp::Add, &int("2"));
    let r = bin(
        &lit(LitKind::Char, "'a'"),
        BinaryOp::Mul,
        &int("1000000000000"),
    );
    let a8_2 = bin(&int("100"), BinaryOp::Mul, &int("2"));
    let mut want: Vec<(u32, std::string::String)> = vec![
        (
            20,
            cannot_use("300", UntypedInt, &int("300"), Int8, "int8", vd),
        ),
        (
            21,
            cannot_use("256", UntypedInt, &int("256"), Uint8, "byte", vd),
        ),
        (
            22,
            cannot_use("1.5", UntypedFloat, &float("1.5"), Int, "int", vd),
        ),
        (
            23,
            cannot_use("huge", UntypedFloat, &huge, Float64, "float64", vd),
        ),
        (24, cannot_use("s70", UntypedString, &s70, Int, "int", vd)),
        (25, cannot_use("big", UntypedInt, &big, Int, "int", vd)),
        (
            26,
            cannot_use("third", UntypedFloat, &third, Int, "int", vd),
        ),
        (
            27,
            cannot_use("tenth", UntypedFloat, &float("0.1"), Int, "int", vd),
        ),
        (
            28,
            cannot_use("c1", UntypedComplex, &c1, Complex64, "complex64", vd),
        ),
        (
            29,
            cannot_use(
                "^0",
                UntypedInt,
                &unary_op(UnaryOp::Xor, &int("0"), 0),
                Uint8,
                "uint8",
                vd,
            ),
        ),
        (30, cannot_use("r", UntypedRune, &r, Int32, "rune", vd)),
        (31, cannot_use("hx", UntypedString, &hx, Int, "int", vd)),
        (
            32,
            cannot_use(
                "3.5e38",
                UntypedFloat,
                &float("3.5e38"),
                Float32,
                "float32",
                vd,
            ),
        ),
        (
            33,
            cannot_use("1e100", UntypedFloat, &float("1e100"), Int, "int", vd),
        ),
        (
            34,
            cannot_use("-129", UntypedInt, &neg(&int("129")), Int8, "int8", vd),
        ),
        (
            39,
            cannot_use("tiny", UntypedFloat, &float("1e-1000"), Int, "int", vd),
        ),
        (
            44,
            cannot_use(
                "-huge * 2.5",
                UntypedFloat,
                &bin(&neg(&huge), BinaryOp::Mul, &float("2.5")),
                Float64,
                "float64",
                vd,
            ),
        ),
        (
            45,
            cannot_use(
                "1e5000 / 7",
                UntypedFloat,
                &bin(&float("1e5000"), BinaryOp::Quo, &int("7")),
                Int,
                "int",
                vd,
            ),
        ),
        (
            49,
            cannot_use("2.5e-400", UntypedFloat, &float("2.5e-400"), Int, "int", vd),
        ),
        (
            50,
            cannot_use("-1.0", UntypedFloat, &neg(&float("1.0")), Uint, "uint", vd),
        ),
        (
            51,
            cannot_use(
                "9223372036854775808",
                UntypedInt,
                &int("9223372036854775808"),
                Int64,
                "int64",
                vd,
            ),
        ),
        (
            53,
            cannot_use("123456.5", UntypedFloat, &float("123456.5"), Int, "int", vd),
        ),
        (
            54,
            cannot_use(
                "1234567.5",
                UntypedFloat,
                &float("1234567.5"),
                Int,
                "int",
                vd,
            ),
        ),
        (
            56,
            cannot_use(
                "big",
                UntypedInt,
                &big,
                Int,
                "int",
                "argument to fmt.Println",
            ),
        ),
    ];
    // Constant conversions T(x).
    let c64 = shift(&int("1"), ShiftOp::Shl, 64);
    assert!(representable(&c64, Uint64).is_none());
    want.push((35, format!("constant {c64} overflows uint64")));
    assert!(representable(&float("1.5"), Int8).is_none());
    want.push((
        36,
        format!(
            "cannot convert {} to type int8",
            operand("1.5", UntypedFloat, &float("1.5"))
        ),
    ));
    assert!(representable(&float("1e40"), Float32).is_none());
    want.push((
        37,
        format!(
            "cannot convert {} to type float32",
            operand("1e40", UntypedFloat, &float("1e40"))
        ),
    ));
    assert!(representable(&int("200"), Int8).is_none());
    want.push((47, format!("constant {} overflows int8", int("200"))));
    // A typed constant result that does not fit its type.
    let err = representation(&a8_2, Int8, Int8).unwrap_err();
    want.push((
        38,
        err.conversion_message(&format!("a8 * 2 (constant {a8_2} of type int8)"), "int8"),
    ));
    // Shift counts, division by zero, malformed literals, untyped overflow.
    assert_eq!(
        check_shift_count(&int("1075")),
        Err(ShiftCountError::TooLarge)
    );
    want.push((
        40,
        format!(
            "invalid operation: invalid shift count {}",
            operand("1075", UntypedInt, &int("1075"))
        ),
    ));
    assert_eq!(
        check_shift_count(&neg(&int("1"))),
        Err(ShiftCountError::Negative)
    );
    want.push((
        41,
        format!(
            "invalid operation: negative shift count {}",
            operand("-1", UntypedInt, &neg(&int("1")))
        ),
    ));
    assert_eq!(int("0").sign(), 0);
    want.push((42, "invalid operation: division by zero".to_string()));
    assert!(from_literal(LitKind::Float, "1e1000000000").is_none());
    want.push((43, "malformed constant: 1e1000000000".to_string()));
    let s600 = shift(&int("1"), ShiftOp::Shl, 600);
    assert_eq!(untyped_overflow(&s600), Some(UntypedOverflow::IntOverflow));
    want.push((46, "constant shift overflow".to_string()));
    // -big * big * ... overflows at the sixth factor (2^600 > 512 bits), not before.
    let mut p = neg(&big);
    for i in 1..6 {
        p = bin(&p, BinaryOp::Mul, &big);
        let over = untyped_overflow(&p);
        assert_eq!(over.is_some(), i == 5, "factor {i}");
    }
    want.push((52, "constant multiplication overflow".to_string()));
    let inf = bin(&float("1e400000000"), BinaryOp::Mul, &float("1e400000000"));
    assert_eq!(
        untyped_overflow(&inf),
        Some(UntypedOverflow::NotRepresentable)
    );
    want.push((58, "constant result is not representable".to_string()));
    // Typed float32 arithmetic: the product is checked against float32 after each operation.
    let f32x10 = bin(
        &representable(&float("1e38"), Float32).unwrap(),
        BinaryOp::Mul,
        &int("10"),
    );
    let err = representation(&f32x10, Float32, Float32).unwrap_err();
    want.push((
        60,
        err.conversion_message(
            &format!("f32 * 10 (constant {f32x10} of type float32)"),
            "float32",
        ),
    ));
    assert!(representable(&int("256"), Uint8).is_none());
    want.push((61, format!("constant {} overflows byte", int("256"))));
    // float32(1e-50) is fine: it rounds to 0.
    assert!(representable(&float("1e-50"), Float32).is_some());

    for (line, msg) in &want {
        assert_eq!(gc.get(line).copied(), Some(msg.as_str()), "line {line}");
    }
    assert_eq!(want.len(), gc.len(), "every gc message is rebuilt");
}

// ----- robustness ---------------------------------------------------------------------------

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[(self.next() % xs.len() as u64) as usize]
    }
}

#[test]
fn random_operations_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut pool: Vec<Value> = [
        "0",
        "1",
        "7",
        "255",
        "9223372036854775807",
        "18446744073709551616",
    ]
    .iter()
    .map(|s| int(s))
    .chain(
        [
            "0.1",
            "1.5",
            "1e100",
            "1e-400",
            "1e5000",
            "1e-5000",
            "0x1p-1074",
            "1e1233",
        ]
        .iter()
        .map(|s| float(s)),
    )
    .chain(
        ["2i", "1e5000i", "0i"]
            .iter()
            .map(|s| lit(LitKind::Imag, s)),
    )
    .chain([
        Value::make_string("ab"),
        Value::make_string(b"\xff"),
        Value::make_bool(true),
        Value::Unknown,
        neg(&int("9223372036854775808")),
    ])
    .collect();
    let bin_ops = [
        BinaryOp::Add,
        BinaryOp::Sub,
        BinaryOp::Mul,
        BinaryOp::Quo,
        BinaryOp::IntQuo,
        BinaryOp::Rem,
        BinaryOp::And,
        BinaryOp::Or,
        BinaryOp::Xor,
        BinaryOp::AndNot,
        BinaryOp::LAnd,
        BinaryOp::LOr,
    ];
    let un_ops = [UnaryOp::Pos, UnaryOp::Neg, UnaryOp::Xor, UnaryOp::Not];
    let cmp_ops = [CompareOp::Eql, CompareOp::Lss, CompareOp::Geq];
    let counts = [0u64, 1, 63, 64, 100, 1074, 1 << 30, u64::MAX];
    let precs = [0u32, 8, 64, u32::MAX];
    let kinds = [
        BasicKind::Int8,
        BasicKind::Uint64,
        BasicKind::Float32,
        BasicKind::Float64,
        BasicKind::Complex64,
        BasicKind::String,
        BasicKind::UntypedFloat,
    ];
    for _ in 0..20_000 {
        let a = rng.pick(&pool).clone();
        let b = rng.pick(&pool).clone();
        let v = match rng.next() % 8 {
            0 | 1 => binary_op(&a, *rng.pick(&bin_ops), &b),
            2 => unary_op(*rng.pick(&un_ops), &a, *rng.pick(&precs)),
            3 => {
                let op = if rng.next() & 1 == 0 {
                    ShiftOp::Shl
                } else {
                    ShiftOp::Shr
                };
                shift(&a, op, *rng.pick(&counts))
            }
            4 => Value::make_bool(compare(&a, *rng.pick(&cmp_ops), &b)),
            5 => a.to_int(),
            6 => a.to_float(),
            _ => representable(&a, *rng.pick(&kinds)).unwrap_or(Value::Unknown),
        };
        let _ = (
            v.to_string(),
            v.exact_string(),
            v.float64_val(),
            v.float32_val(),
        );
        let _ = (
            v.int64_val(),
            v.uint64_val(),
            v.sign(),
            v.num(),
            v.denom(),
            v.is_int(),
        );
        let _ = (
            untyped_overflow(&v),
            check_shift_count(&v),
            int_to_string_conversion(&v),
        );
        // Keep the pool within what a checker allows (512-bit ints, bounded strings).
        if untyped_overflow(&v).is_none() && v.string_len() < 1000 {
            if pool.len() < 300 {
                pool.push(v);
            } else {
                let i = (rng.next() % pool.len() as u64) as usize;
                pool[i] = v;
            }
        }
    }
}

#[test]
fn random_literal_text_never_panics() {
    let mut rng = Rng(12345);
    let alphabet: Vec<char> = "0123456789abcdefABCDEFxXoObBpPeE._+-i'\"`\\nuU \té😀\r\n"
        .chars()
        .collect();
    let kinds = [
        LitKind::Int,
        LitKind::Float,
        LitKind::Imag,
        LitKind::Char,
        LitKind::String,
    ];
    for _ in 0..50_000 {
        let len = rng.next() % 12;
        let s: std::string::String = (0..len).map(|_| *rng.pick(&alphabet)).collect();
        for k in kinds {
            if let Some(v) = from_literal(k, &s) {
                let _ = (v.to_string(), v.exact_string());
            }
        }
        let _ = (unquote(&s), unquote_bytes(&s));
    }
}

#[test]
fn quoting_escapes_what_go_escapes() {
    // Each rune's expected form is strconv.Quote's (go1.27.3).
    for (c, want) in [
        ('\u{a0}', r#""\u00a0""#),
        ('\u{ad}', r#""\u00ad""#),
        ('\u{378}', r#""\u0378""#),
        ('\u{e000}', r#""\ue000""#),
        ('\u{fffd}', "\"\u{fffd}\""),
        ('\u{10ffff}', r#""\U0010ffff""#),
        ('\u{1f600}', "\"\u{1f600}\""),
        ('\u{e0001}', r#""\U000e0001""#),
        ('\u{2028}', r#""\u2028""#),
        ('\u{85}', r#""\u0085""#),
        ('ÿ', "\"ÿ\""),
    ] {
        assert_eq!(quote(c.to_string().as_bytes()), want, "U+{:04X}", c as u32);
    }
}
