//! Constant arithmetic: go/constant's UnaryOp, BinaryOp, Shift, Compare and `match`.

use super::bigfloat::{BigFloat, PREC};
use super::Value;
use minigo_parser::ast;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::Zero;
use std::cmp::Ordering;
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `^x`
    Xor,
    /// `!x`
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    /// Exact division: Int operands give a Float (go/constant's `token.QUO`).
    Quo,
    /// Truncated integer division, for `/` on integer-typed operands (go/constant's
    /// `token.QUO_ASSIGN` trick); the result is an Int.
    IntQuo,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
    LAnd,
    LOr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShiftOp {
    Shl,
    Shr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CompareOp {
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
}

impl TryFrom<ast::UnaryOp> for UnaryOp {
    type Error = ();
    fn try_from(op: ast::UnaryOp) -> Result<Self, ()> {
        Ok(match op {
            ast::UnaryOp::Pos => UnaryOp::Pos,
            ast::UnaryOp::Neg => UnaryOp::Neg,
            ast::UnaryOp::Xor => UnaryOp::Xor,
            ast::UnaryOp::Not => UnaryOp::Not,
            _ => return Err(()),
        })
    }
}

impl TryFrom<ast::BinaryOp> for BinaryOp {
    type Error = ();
    /// `/` maps to exact [`BinaryOp::Quo`]; the checker picks `IntQuo` for integer types.
    fn try_from(op: ast::BinaryOp) -> Result<Self, ()> {
        use ast::BinaryOp as A;
        Ok(match op {
            A::Add => BinaryOp::Add,
            A::Sub => BinaryOp::Sub,
            A::Mul => BinaryOp::Mul,
            A::Quo => BinaryOp::Quo,
            A::Rem => BinaryOp::Rem,
            A::And => BinaryOp::And,
            A::Or => BinaryOp::Or,
            A::Xor => BinaryOp::Xor,
            A::AndNot => BinaryOp::AndNot,
            A::AndAnd => BinaryOp::LAnd,
            A::OrOr => BinaryOp::LOr,
            _ => return Err(()),
        })
    }
}

impl TryFrom<ast::BinaryOp> for ShiftOp {
    type Error = ();
    fn try_from(op: ast::BinaryOp) -> Result<Self, ()> {
        match op {
            ast::BinaryOp::Shl => Ok(ShiftOp::Shl),
            ast::BinaryOp::Shr => Ok(ShiftOp::Shr),
            _ => Err(()),
        }
    }
}

impl TryFrom<ast::BinaryOp> for CompareOp {
    type Error = ();
    fn try_from(op: ast::BinaryOp) -> Result<Self, ()> {
        use ast::BinaryOp as A;
        Ok(match op {
            A::Eql => CompareOp::Eql,
            A::Neq => CompareOp::Neq,
            A::Lss => CompareOp::Lss,
            A::Leq => CompareOp::Leq,
            A::Gtr => CompareOp::Gtr,
            A::Geq => CompareOp::Geq,
            _ => return Err(()),
        })
    }
}

fn big(x: i64) -> BigInt {
    BigInt::from(x)
}

fn rat_of_int(x: &BigInt) -> BigRational {
    BigRational::from_integer(x.clone())
}

/// `op y`. For `^` on unsigned types, `prec` is the type's size in bits, which keeps the
/// complement positive (`^uint8(1)` is 254); 0 means signed or untyped. Invalid operand
/// kinds give Unknown.
pub fn unary_op(op: UnaryOp, y: &Value, prec: u32) -> Value {
    match (op, y) {
        (_, Value::Unknown) => Value::Unknown,
        (UnaryOp::Pos, _) if y.is_numeric() => y.clone(),
        (UnaryOp::Neg, Value::Int(x)) => match x.checked_neg() {
            Some(v) => Value::Int(v),
            None => Value::make_int(-big(*x)),
        },
        (UnaryOp::Neg, Value::BigInt(x)) => Value::make_int(-(**x).clone()),
        (UnaryOp::Neg, Value::Rat(x)) => Value::make_rat(-(**x).clone()),
        (UnaryOp::Neg, Value::Float(x)) => Value::Float(Arc::new(x.neg())),
        (UnaryOp::Neg, Value::Complex(c)) => {
            let re = unary_op(UnaryOp::Neg, &c.0, 0);
            let im = unary_op(UnaryOp::Neg, &c.1, 0);
            Value::make_complex(re, im)
        }
        (UnaryOp::Xor, Value::Int(_) | Value::BigInt(_)) => {
            let Some(x) = y.to_bigint() else {
                return Value::Unknown;
            };
            let mut z = !x;
            if u64::from(prec) > MAX_SHIFT_RESULT_BITS {
                // No type is that wide; refuse rather than build the mask.
                return Value::Unknown;
            }
            if prec > 0 {
                // z &^= -1 << prec
                let mask = BigInt::from(-1) << prec;
                z &= !mask;
            }
            Value::make_int(z)
        }
        (UnaryOp::Not, Value::Bool(b)) => Value::Bool(!b),
        _ => Value::Unknown,
    }
}

/// go/constant's `ord`: the representation's rank for `match`.
fn ord(x: &Value) -> u8 {
    match x {
        Value::Unknown => 0,
        Value::Bool(_) | Value::String(_) => 1,
        Value::Int(_) => 2,
        Value::BigInt(_) => 3,
        Value::Rat(_) => 4,
        Value::Float(_) => 5,
        Value::Complex(_) => 6,
    }
}

/// go/constant's `match`: both operands in the same (least complex sufficient)
/// representation. Mismatched non-numeric operands come back unchanged.
pub fn match_kinds(x: &Value, y: &Value) -> (Value, Value) {
    match ord(x).cmp(&ord(y)) {
        Ordering::Less => match promote(x, y) {
            Some(px) => (px, y.clone()),
            None => (x.clone(), y.clone()),
        },
        Ordering::Greater => match promote(y, x) {
            Some(py) => (x.clone(), py),
            None => (x.clone(), y.clone()),
        },
        Ordering::Equal => (x.clone(), y.clone()),
    }
}

/// x converted to y's representation, where ord(x) < ord(y).
fn promote(x: &Value, y: &Value) -> Option<Value> {
    match y {
        Value::BigInt(_) => match x {
            Value::Int(a) => Some(Value::BigInt(Arc::new(big(*a)))),
            _ => None,
        },
        Value::Rat(_) => {
            let i = x.to_bigint()?;
            Some(Value::Rat(Arc::new(rat_of_int(&i))))
        }
        Value::Float(_) => match x {
            Value::Int(_) | Value::BigInt(_) => {
                let i = x.to_bigint()?;
                Some(Value::Float(Arc::new(BigFloat::from_bigint(&i, PREC))))
            }
            Value::Rat(r) => Some(Value::make_float(BigFloat::from_ratio(
                r.numer(),
                r.denom(),
                PREC,
            ))),
            _ => None,
        },
        Value::Complex(_) => match x {
            Value::Int(_) | Value::BigInt(_) | Value::Rat(_) | Value::Float(_) => {
                Some(Value::Complex(Arc::new((x.clone(), Value::Int(0)))))
            }
            _ => None,
        },
        _ => None,
    }
}

/// `x op y` for the non-comparison, non-shift operators. Operands of mismatched or invalid
/// kinds and divisions by zero (which the checker reports before evaluating) give Unknown.
pub fn binary_op(x: &Value, op: BinaryOp, y: &Value) -> Value {
    let (x, y) = match_kinds(x, y);
    match (&x, &y) {
        (Value::Unknown, _) | (_, Value::Unknown) => Value::Unknown,
        (Value::Bool(a), Value::Bool(b)) => match op {
            BinaryOp::LAnd => Value::Bool(*a && *b),
            BinaryOp::LOr => Value::Bool(*a || *b),
            _ => Value::Unknown,
        },
        (Value::Int(a), Value::Int(b)) => int64_op(*a, op, *b),
        (Value::BigInt(a), Value::BigInt(b)) => bigint_op(a, op, b),
        (Value::Rat(a), Value::Rat(b)) => {
            let c = match op {
                BinaryOp::Add => &**a + &**b,
                BinaryOp::Sub => &**a - &**b,
                BinaryOp::Mul => &**a * &**b,
                BinaryOp::Quo => {
                    if b.is_zero() {
                        return Value::Unknown;
                    }
                    &**a / &**b
                }
                _ => return Value::Unknown,
            };
            Value::make_rat(c)
        }
        (Value::Float(a), Value::Float(b)) => {
            let c = match op {
                BinaryOp::Add => a.add(b, PREC),
                BinaryOp::Sub => a.sub(b, PREC),
                BinaryOp::Mul => a.mul(b, PREC),
                BinaryOp::Quo => {
                    if b.is_zero() {
                        return Value::Unknown;
                    }
                    a.quo(b, PREC)
                }
                _ => return Value::Unknown,
            };
            Value::make_float(c)
        }
        (Value::Complex(p), Value::Complex(q)) => complex_op(&p.0, &p.1, op, &q.0, &q.1),
        (Value::String(a), Value::String(b)) if op == BinaryOp::Add => {
            let mut s = Vec::with_capacity(a.len() + b.len());
            s.extend_from_slice(a);
            s.extend_from_slice(b);
            Value::String(Arc::from(s))
        }
        _ => Value::Unknown,
    }
}

fn int64_op(a: i64, op: BinaryOp, b: i64) -> Value {
    let c = match op {
        BinaryOp::Add => a.checked_add(b),
        BinaryOp::Sub => a.checked_sub(b),
        BinaryOp::Mul => a.checked_mul(b),
        BinaryOp::Quo => {
            if b == 0 {
                return Value::Unknown;
            }
            return Value::make_rat(BigRational::new(big(a), big(b)));
        }
        // go/constant divides int64 values with Go's wrapping `/`: gc evaluates
        // -9223372036854775808 / -1 to -9223372036854775808 (checked with go1.27: `q == -m`
        // prints false), and matching gc matters more than the arithmetic here.
        BinaryOp::IntQuo => {
            if b == 0 {
                return Value::Unknown;
            }
            Some(a.wrapping_div(b))
        }
        BinaryOp::Rem => {
            if b == 0 {
                return Value::Unknown;
            }
            Some(a.wrapping_rem(b))
        }
        BinaryOp::And => Some(a & b),
        BinaryOp::Or => Some(a | b),
        BinaryOp::Xor => Some(a ^ b),
        BinaryOp::AndNot => Some(a & !b),
        BinaryOp::LAnd | BinaryOp::LOr => return Value::Unknown,
    };
    match c {
        Some(v) => Value::Int(v),
        None => bigint_op(&big(a), op, &big(b)),
    }
}

fn bigint_op(a: &BigInt, op: BinaryOp, b: &BigInt) -> Value {
    let c = match op {
        BinaryOp::Add => a + b,
        BinaryOp::Sub => a - b,
        BinaryOp::Mul => a * b,
        BinaryOp::Quo => {
            if b.is_zero() {
                return Value::Unknown;
            }
            return Value::make_rat(BigRational::new(a.clone(), b.clone()));
        }
        // num-bigint's / and % truncate toward zero like big.Int's Quo and Rem.
        BinaryOp::IntQuo => {
            if b.is_zero() {
                return Value::Unknown;
            }
            a / b
        }
        BinaryOp::Rem => {
            if b.is_zero() {
                return Value::Unknown;
            }
            a % b
        }
        // num-bigint's bit operations use two's complement semantics, as big.Int's do.
        BinaryOp::And => a & b,
        BinaryOp::Or => a | b,
        BinaryOp::Xor => a ^ b,
        BinaryOp::AndNot => a & !b.clone(),
        BinaryOp::LAnd | BinaryOp::LOr => return Value::Unknown,
    };
    Value::make_int(c)
}

fn complex_op(a: &Value, b: &Value, op: BinaryOp, c: &Value, d: &Value) -> Value {
    use BinaryOp::{Add, Mul, Quo, Sub};
    let (re, im) = match op {
        Add => (binary_op(a, Add, c), binary_op(b, Add, d)),
        Sub => (binary_op(a, Sub, c), binary_op(b, Sub, d)),
        Mul => {
            let ac = binary_op(a, Mul, c);
            let bd = binary_op(b, Mul, d);
            let bc = binary_op(b, Mul, c);
            let ad = binary_op(a, Mul, d);
            (binary_op(&ac, Sub, &bd), binary_op(&bc, Add, &ad))
        }
        Quo => {
            // (ac+bd)/s + i(bc-ad)/s, with s = cc + dd
            let ac = binary_op(a, Mul, c);
            let bd = binary_op(b, Mul, d);
            let bc = binary_op(b, Mul, c);
            let ad = binary_op(a, Mul, d);
            let cc = binary_op(c, Mul, c);
            let dd = binary_op(d, Mul, d);
            let s = binary_op(&cc, Add, &dd);
            let re = binary_op(&ac, Add, &bd);
            let im = binary_op(&bc, Sub, &ad);
            (binary_op(&re, Quo, &s), binary_op(&im, Quo, &s))
        }
        _ => return Value::Unknown,
    };
    Value::make_complex(re, im)
}

/// Left shifts whose result would pass this many bits give Unknown instead of allocating:
/// the checker bounds constant shift counts at [`super::SHIFT_BOUND`] long before this.
const MAX_SHIFT_RESULT_BITS: u64 = 1 << 20;

/// `x op s` for an Int (or Unknown) x.
pub fn shift(x: &Value, op: ShiftOp, s: u64) -> Value {
    match x {
        Value::Unknown => Value::Unknown,
        Value::Int(_) | Value::BigInt(_) if s == 0 => x.clone(),
        Value::Int(a) if op == ShiftOp::Shr => Value::Int(a >> s.min(63)),
        Value::Int(_) | Value::BigInt(_) => {
            let Some(a) = x.to_bigint() else {
                return Value::Unknown;
            };
            match op {
                ShiftOp::Shl => {
                    if a.is_zero() {
                        return Value::Int(0);
                    }
                    if a.bits().saturating_add(s) > MAX_SHIFT_RESULT_BITS {
                        return Value::Unknown;
                    }
                    Value::make_int(a << s)
                }
                ShiftOp::Shr => {
                    if s >= a.bits() {
                        // Arithmetic shift: everything shifted out leaves 0 or -1.
                        return Value::Int(if a.sign() == num_bigint::Sign::Minus {
                            -1
                        } else {
                            0
                        });
                    }
                    Value::make_int(a >> s)
                }
            }
        }
        _ => Value::Unknown,
    }
}

fn cmp_result(o: Ordering, op: CompareOp) -> bool {
    match op {
        CompareOp::Eql => o == Ordering::Equal,
        CompareOp::Neq => o != Ordering::Equal,
        CompareOp::Lss => o == Ordering::Less,
        CompareOp::Leq => o != Ordering::Greater,
        CompareOp::Gtr => o == Ordering::Greater,
        CompareOp::Geq => o != Ordering::Less,
    }
}

/// `x op y`. Unknown operands, mismatched kinds, and orderings of bools or complex values
/// give false.
pub fn compare(x: &Value, op: CompareOp, y: &Value) -> bool {
    let (x, y) = match_kinds(x, y);
    let eq_only = matches!(op, CompareOp::Eql | CompareOp::Neq);
    match (&x, &y) {
        (Value::Bool(a), Value::Bool(b)) if eq_only => cmp_result(a.cmp(b), op),
        (Value::Int(a), Value::Int(b)) => cmp_result(a.cmp(b), op),
        (Value::BigInt(a), Value::BigInt(b)) => cmp_result(a.cmp(b), op),
        (Value::Rat(a), Value::Rat(b)) => cmp_result(a.cmp(b), op),
        (Value::Float(a), Value::Float(b)) => cmp_result(a.cmp(b), op),
        (Value::String(a), Value::String(b)) => cmp_result(a.cmp(b), op),
        (Value::Complex(p), Value::Complex(q)) if eq_only => {
            let re = compare(&p.0, CompareOp::Eql, &q.0);
            let im = compare(&p.1, CompareOp::Eql, &q.1);
            if op == CompareOp::Eql {
                re && im
            } else {
                !re || !im
            }
        }
        _ => false,
    }
}
