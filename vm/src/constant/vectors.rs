//! Replays `testdata/vectors.txt`, go/constant's own results (printed by
//! `testdata/gen_vectors.go` with Go 1.27), against this module.

use super::*;
use minigo_parser::ast::LitKind;

const VECTORS: &str = include_str!("testdata/vectors.txt");

fn operand(spec: &str) -> Value {
    let (neg, spec) = match spec.strip_prefix('-') {
        Some(s) => (true, s),
        None => (false, spec),
    };
    let (k, raw) = spec.split_once(':').expect("KIND:RAW");
    let kind = match k {
        "int" => LitKind::Int,
        "float" => LitKind::Float,
        "imag" => LitKind::Imag,
        "char" => LitKind::Char,
        "string" => LitKind::String,
        _ => panic!("bad kind {k}"),
    };
    let v = from_literal(kind, raw).unwrap_or(Value::Unknown);
    if neg {
        unary_op(UnaryOp::Neg, &v, 0)
    } else {
        v
    }
}

fn digest(s: &str) -> String {
    if s.len() <= 120 {
        return s.to_string();
    }
    let mut h: u64 = 14695981039346656037;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(1099511628211);
    }
    format!("#{}:{h:016x}", s.len())
}

fn show(v: &Value) -> String {
    format!("{:?}\t{}\t{}", v.kind(), v, digest(&v.exact_string()))
}

fn basic(name: &str) -> BasicKind {
    match name {
        "int8" => BasicKind::Int8,
        "int16" => BasicKind::Int16,
        "int32" => BasicKind::Int32,
        "int64" => BasicKind::Int64,
        "uint8" => BasicKind::Uint8,
        "uint16" => BasicKind::Uint16,
        "uint32" => BasicKind::Uint32,
        "uint64" => BasicKind::Uint64,
        "float32" => BasicKind::Float32,
        "float64" => BasicKind::Float64,
        "complex64" => BasicKind::Complex64,
        "complex128" => BasicKind::Complex128,
        _ => panic!("bad type {name}"),
    }
}

fn bin_op(name: &str) -> BinaryOp {
    match name {
        "+" => BinaryOp::Add,
        "-" => BinaryOp::Sub,
        "*" => BinaryOp::Mul,
        "/" => BinaryOp::Quo,
        "div" => BinaryOp::IntQuo,
        "%" => BinaryOp::Rem,
        "&" => BinaryOp::And,
        "|" => BinaryOp::Or,
        "^" => BinaryOp::Xor,
        "&^" => BinaryOp::AndNot,
        _ => panic!("bad op {name}"),
    }
}

fn cmp_op(name: &str) -> CompareOp {
    match name {
        "==" => CompareOp::Eql,
        "!=" => CompareOp::Neq,
        "<" => CompareOp::Lss,
        "<=" => CompareOp::Leq,
        ">" => CompareOp::Gtr,
        ">=" => CompareOp::Geq,
        _ => panic!("bad op {name}"),
    }
}

fn chain(expr: &str) -> Value {
    let f: Vec<&str> = expr.split(' ').collect();
    let mut v = operand(f[0]);
    for pair in f[1..].chunks(2) {
        let y = operand(pair[1]);
        v = binary_op(&v, bin_op(pair[0]), &y);
    }
    v
}

/// The value a line expects, and what this module computes, for each line.
fn replay(line: &str) -> (String, String) {
    let f: Vec<&str> = line.split('\t').collect();
    let want = |from: usize| f[from..].join("\t");
    match f[0] {
        "lit" => (want(2), show(&operand(f[1]))),
        "bin" => {
            let v = binary_op(&operand(f[1]), bin_op(f[2]), &operand(f[3]));
            (want(4), show(&v))
        }
        "chain" => {
            let v = chain(f[1]);
            (want(2), format!("{}\t{}", show(&v), show(&v.to_int())))
        }
        "cmp" => {
            let b = compare(&operand(f[1]), cmp_op(f[2]), &operand(f[3]));
            (want(4), b.to_string())
        }
        "un" => {
            let op = if f[1] == "^" {
                UnaryOp::Xor
            } else {
                UnaryOp::Neg
            };
            let prec: u32 = f[3].parse().unwrap();
            (want(4), show(&unary_op(op, &operand(f[2]), prec)))
        }
        "shift" => {
            let op = if f[2] == "<<" {
                ShiftOp::Shl
            } else {
                ShiftOp::Shr
            };
            let s: u64 = f[3].parse().unwrap();
            (want(4), show(&shift(&operand(f[1]), op, s)))
        }
        "conv" => {
            let x = operand(f[1]);
            let got = format!(
                "{}\t{}\t{}",
                show(&x.to_int()),
                show(&x.to_float()),
                show(&x.to_complex())
            );
            (want(2), got)
        }
        "fval" => {
            let x = operand(f[1]);
            let (f64v, e64) = x.float64_val();
            let (f32v, e32) = x.float32_val();
            let got = format!(
                "{:016x}\t{e64}\t{:08x}\t{e32}",
                f64v.to_bits(),
                f32v.to_bits()
            );
            (want(2), got)
        }
        "ival" => {
            let x = operand(f[1]);
            let (i, ei) = x.int64_val();
            let (u, eu) = x.uint64_val();
            (want(2), format!("{i}\t{ei}\t{u}\t{eu}\t{}", x.bit_len()))
        }
        "numden" => {
            let x = operand(f[1]);
            (want(2), format!("{}\t{}", show(&x.num()), show(&x.denom())))
        }
        "sign" => {
            let x = operand(f[1]);
            let got = format!("{}\t{}\t{}", x.sign(), show(&x.real()), show(&x.imag()));
            (want(2), got)
        }
        "repr" => {
            let x = operand(f[1]);
            let got = match representable(&x, basic(f[2])) {
                Some(v) => format!("true\t{}", show(&v)),
                None => "false\t-".to_string(),
            };
            (want(3), got)
        }
        other => panic!("unknown vector kind {other}"),
    }
}

#[test]
fn go_constant_vectors() {
    let mut failures = Vec::new();
    let mut n = 0;
    for line in VECTORS.lines().filter(|l| !l.is_empty()) {
        n += 1;
        let (want, got) = replay(line);
        if want != got {
            failures.push(format!("{line}\n    got  {got}"));
        }
    }
    assert!(n > 10000, "only {n} vectors");
    assert!(
        failures.is_empty(),
        "{} of {n} vectors differ from go/constant:\n{}",
        failures.len(),
        failures
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
