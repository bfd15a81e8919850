//! The order in which fmt prints map entries, after Go's
//! `internal/fmtsort/sort.go`: a stable sort by key where
//!
//! - nil compares low (interfaces, pointers, channels),
//! - ints, floats and strings order by `<`, NaN below every other float,
//! - false sorts before true,
//! - complex numbers compare real, then imaginary part,
//! - pointers and channels compare by address,
//! - structs and arrays compare field by field, element by element.
//!
//! Keys of an interface type whose dynamic types differ compare by type
//! name here; Go compares the addresses of their type descriptors, an
//! order no program can rely on.

use std::cmp::Ordering;

use super::{Arg, NilKind};

/// The map entries sorted by key.
pub fn sorted<'m, 'a>(entries: &'m [(Arg<'a>, Arg<'a>)]) -> Vec<&'m (Arg<'a>, Arg<'a>)> {
    let mut v: Vec<&(Arg, Arg)> = entries.iter().collect();
    v.sort_by(|a, b| compare(&a.0, &b.0));
    v
}

/// `cmp.Compare` on floats: NaN is below everything else and equal to
/// itself; -0 equals +0.
fn cmp_float(a: f64, b: f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
    }
}

/// The address a pointer-like key compares by (nil is 0).
fn address(a: &Arg) -> Option<u64> {
    match a {
        Arg::Pointer { addr, .. }
        | Arg::Chan { addr, .. }
        | Arg::UnsafePointer { addr, .. }
        | Arg::Func { addr, .. } => Some(*addr),
        Arg::Nil { kind, .. } if *kind != NilKind::Interface => Some(0),
        _ => None,
    }
}

fn compare(a: &Arg, b: &Arg) -> Ordering {
    let (a, b) = (a.raw(), b.raw());
    // A nil interface compares low.
    match (a.is_nil_interface(), b.is_nil_interface()) {
        (true, true) => return Ordering::Equal,
        (true, false) => return Ordering::Less,
        (false, true) => return Ordering::Greater,
        _ => {}
    }
    let (ta, tb) = (a.type_name(), b.type_name());
    if ta != tb {
        return ta.cmp(tb);
    }
    match (a, b) {
        (Arg::Int { v: x, .. }, Arg::Int { v: y, .. }) => x.cmp(y),
        (Arg::Uint { v: x, .. }, Arg::Uint { v: y, .. }) => x.cmp(y),
        (Arg::Str { v: x, .. }, Arg::Str { v: y, .. }) => x.cmp(y),
        (Arg::Float { v: x, .. }, Arg::Float { v: y, .. }) => cmp_float(*x, *y),
        (Arg::Complex { re: r1, im: i1, .. }, Arg::Complex { re: r2, im: i2, .. }) => {
            cmp_float(*r1, *r2).then_with(|| cmp_float(*i1, *i2))
        }
        (Arg::Bool { v: x, .. }, Arg::Bool { v: y, .. }) => x.cmp(y),
        (Arg::Struct { fields: x, .. }, Arg::Struct { fields: y, .. }) => {
            for ((_, fx), (_, fy)) in x.iter().zip(y.iter()) {
                let c = compare(fx, fy);
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        (Arg::Array { elems: x, .. }, Arg::Array { elems: y, .. }) => {
            for (ex, ey) in x.iter().zip(y.iter()) {
                let c = compare(ex, ey);
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        (Arg::Bytes { v: x, .. }, Arg::Bytes { v: y, .. }) => x.cmp(y),
        _ => match (address(a), address(b)) {
            (Some(x), Some(y)) => x.cmp(&y),
            _ => Ordering::Equal,
        },
    }
}
