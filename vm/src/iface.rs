//! Interfaces at run time. An interface value is two words: a type word
//! (the dynamic type's runtime type index plus one, 0 for nil) and a data
//! word (the value itself when it is one word and not a string, else a
//! reference to a box holding it). Conversions between interface types
//! therefore copy both words unchanged; what differs between a `T` held
//! in `any` and in `Stringer` is only the static type.
//!
//! Method calls look the method up in the dynamic type's method set (a
//! short sorted list, `TypeInfo::methods`), as Go's `getitab` would
//! before caching an itab; assertions and `==` read `TypeInfo` too.

use crate::bytecode::{Assert, AssertTarget, MethodEntry, Program, TypeEq, TypeInfo};
use crate::heap::{handle_of, offset_of, ref_word, Heap};

/// The dynamic type's information for type word `tw` (`None` for nil).
pub fn info(program: &Program, tw: u64) -> Option<&TypeInfo> {
    program.type_info.get((tw as usize).checked_sub(1)?)
}

/// Method `id` of the dynamic type `tw`.
pub fn find_method(program: &Program, tw: u64, id: u32) -> Option<MethodEntry> {
    let methods = &info(program, tw)?.methods;
    let i = methods.binary_search_by_key(&id, |m| m.id).ok()?;
    methods.get(i).copied()
}

/// Go's itab cache, per machine: the method entries `CallIface` found,
/// by dynamic type and method id, in a direct-mapped table (a call site
/// that sees one type or a few finds its entry at the first probe instead
/// of searching the type's method table).
#[derive(Debug)]
pub struct MethodCache {
    /// `(type word << 32 | method id, entry)`; key 0 is empty (the nil
    /// type word has no methods).
    slots: Box<[(u64, MethodEntry)]>,
}

const CACHE_BITS: u32 = 8;

impl Default for MethodCache {
    fn default() -> MethodCache {
        let empty = MethodEntry {
            id: 0,
            func: 0,
            direct: false,
            words: 0,
            path: 0,
            forward: false,
        };
        MethodCache {
            slots: vec![(0, empty); 1 << CACHE_BITS].into_boxed_slice(),
        }
    }
}

impl MethodCache {
    /// Method `id` of dynamic type `tw`, through the cache.
    #[inline]
    pub fn find(&mut self, program: &Program, tw: u64, id: u32) -> Option<MethodEntry> {
        let key = (tw << 32) | u64::from(id);
        let slot = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - CACHE_BITS)) as usize;
        if let Some(&(k, entry)) = self.slots.get(slot) {
            if k == key && tw != 0 {
                return Some(entry);
            }
        }
        let entry = find_method(program, tw, id)?;
        if let Some(s) = self.slots.get_mut(slot) {
            *s = (key, entry);
        }
        Some(entry)
    }
}

/// The words of the value an interface holds.
pub fn value_words<'h>(
    program: &Program,
    heap: &Heap,
    tw: u64,
    data: &'h [u64],
) -> std::borrow::Cow<'h, [u64]> {
    match info(program, tw) {
        Some(i) if i.boxed => {
            let w = data.first().copied().unwrap_or(0);
            let off = offset_of(w) as usize;
            let n = heap.words(handle_of(w)).len();
            if off + i.words as usize > n {
                return std::borrow::Cow::Borrowed(&[]);
            }
            std::borrow::Cow::Owned(heap.read_vec(handle_of(w), off, i.words as usize))
        }
        _ => std::borrow::Cow::Borrowed(data),
    }
}

/// The name of runtime type `rt` (as `%T` prints it).
pub fn type_name(program: &Program, rt: u32) -> &str {
    program.rtypes.get(rt as usize).map_or("", |t| t.name())
}

/// `a == b` for two interface values (`[type word, data word]`). `Err`
/// carries the name of an uncomparable dynamic type, for the panic.
pub fn iface_eq(program: &Program, heap: &Heap, a: &[u64], b: &[u64]) -> Result<bool, String> {
    let (ta, tb) = (a[0], b[0]);
    if ta != tb {
        return Ok(false);
    }
    if ta == 0 {
        return Ok(true);
    }
    let wa = value_words(program, heap, ta, &a[1..2]);
    let wb = value_words(program, heap, tb, &b[1..2]);
    value_eq(program, heap, (ta - 1) as u32, &wa, &wb)
}

/// `a == b` for two values of runtime type `rt`.
fn value_eq(program: &Program, heap: &Heap, rt: u32, a: &[u64], b: &[u64]) -> Result<bool, String> {
    let Some(i) = program.type_info.get(rt as usize) else {
        return Ok(false);
    };
    let w = |s: &[u64], k: usize| s.get(k).copied().unwrap_or(0);
    match &i.eq {
        None => Err(type_name(program, rt).to_string()),
        Some(TypeEq::Word) => Ok(w(a, 0) == w(b, 0)),
        Some(TypeEq::Float) => Ok(f64::from_bits(w(a, 0)) == f64::from_bits(w(b, 0))),
        Some(TypeEq::Complex) => Ok(f64::from_bits(w(a, 0)) == f64::from_bits(w(b, 0))
            && f64::from_bits(w(a, 1)) == f64::from_bits(w(b, 1))),
        Some(TypeEq::Str) => {
            let (la, lb) = (w(a, 1) as usize, w(b, 1) as usize);
            Ok(la == lb && str_bytes(heap, w(a, 0), la) == str_bytes(heap, w(b, 0), lb))
        }
        Some(TypeEq::Iface) => iface_eq(program, heap, &[w(a, 0), w(a, 1)], &[w(b, 0), w(b, 1)]),
        Some(TypeEq::Fields(fields)) => {
            for &(off, ft) in fields {
                let off = off as usize;
                let (fa, fb) = (a.get(off..).unwrap_or(&[]), b.get(off..).unwrap_or(&[]));
                if !value_eq(program, heap, ft, fa, fb)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
    }
}

fn str_bytes(heap: &Heap, w: u64, len: usize) -> &[u8] {
    let off = offset_of(w) as usize;
    heap.bytes(handle_of(w)).get(off..off + len).unwrap_or(&[])
}

/// Whether an interface with type word `tw` holds what `a` asks for.
pub fn assert_holds(program: &Program, a: &Assert, tw: u64) -> bool {
    match &a.target {
        AssertTarget::Type(rt) => tw == u64::from(*rt) + 1,
        AssertTarget::Iface(ids) => {
            tw != 0 && ids.iter().all(|&id| find_method(program, tw, id).is_some())
        }
    }
}

/// Go's `TypeAssertionError` text for a failed assertion.
pub fn assert_error(program: &Program, a: &Assert, tw: u64) -> String {
    if tw == 0 {
        // Go's panicnildottype names no interface for an assertion to an
        // interface type.
        let from = match a.target {
            AssertTarget::Type(_) => &*a.from,
            AssertTarget::Iface(_) => "interface",
        };
        return format!("interface conversion: {from} is nil, not {}", a.to);
    }
    let have = type_name(program, (tw - 1) as u32);
    match &a.target {
        AssertTarget::Type(_) => {
            format!("interface conversion: {} is {have}, not {}", a.from, a.to)
        }
        AssertTarget::Iface(ids) => {
            let missing = ids
                .iter()
                .find(|&&id| find_method(program, tw, id).is_none())
                .and_then(|&id| program.method_names.get(id as usize))
                .map_or("", |n| n);
            format!(
                "interface conversion: {have} is not {}: missing method {missing}",
                a.to
            )
        }
    }
}

/// Where a method's receiver is found: through a pointer, as one word,
/// or as a value's words.
#[derive(Clone, Copy)]
pub enum Start<'a> {
    Ptr(u64),
    Word(u64),
    Inline(&'a [u64]),
}

impl<'a> Start<'a> {
    /// The start for method `entry` of an interface's dynamic type `tw`
    /// with data word `data`.
    pub fn of_iface(entry: &MethodEntry, data: u64) -> Start<'a> {
        if entry.direct && entry.path == 0 {
            Start::Word(data)
        } else {
            Start::Ptr(data)
        }
    }
}

/// The function and receiver words of a method call, or `None` when a
/// nil pointer (or nil interface) is on the way.
pub fn resolve(
    program: &Program,
    heap: &Heap,
    mut entry: MethodEntry,
    start: Start,
) -> Option<(u32, Vec<u64>)> {
    let mut start = start;
    // Forwarding through embedded interfaces nests at most as deep as
    // the types do; the bound guards against a malformed table.
    for _ in 0..64 {
        let path = program
            .recv_paths
            .get(entry.path as usize)
            .map_or(&[][..], |p| &p[..]);
        let mut loc = start;
        for step in path {
            loc = match loc {
                Start::Ptr(p) => {
                    if handle_of(p) == 0 {
                        return None;
                    }
                    let q = ref_word(handle_of(p), offset_of(p) + step.off);
                    if step.deref {
                        Start::Ptr(load(heap, q, 1).first().copied().unwrap_or(0))
                    } else {
                        Start::Ptr(q)
                    }
                }
                Start::Inline(w) => {
                    let rest = w.get(step.off as usize..).unwrap_or(&[]);
                    if step.deref {
                        Start::Ptr(rest.first().copied().unwrap_or(0))
                    } else {
                        Start::Inline(rest)
                    }
                }
                Start::Word(_) => return None,
            };
        }
        let words = entry.words as usize;
        if entry.forward {
            let (tw, data) = match loc {
                Start::Ptr(p) if handle_of(p) != 0 => {
                    let w = load(heap, p, 2);
                    (w.first().copied()?, w.get(1).copied()?)
                }
                Start::Inline(w) => (w.first().copied()?, w.get(1).copied()?),
                _ => return None,
            };
            entry = find_method(program, tw, entry.id)?;
            start = Start::of_iface(&entry, data);
            continue;
        }
        let recv = match (entry.direct, loc) {
            (true, Start::Ptr(p) | Start::Word(p)) => vec![p],
            (true, Start::Inline(w)) => vec![w.first().copied().unwrap_or(0)],
            (false, Start::Ptr(p)) => {
                if handle_of(p) == 0 {
                    return None;
                }
                load(heap, p, words)
            }
            (false, Start::Word(d)) => vec![d],
            (false, Start::Inline(w)) => w.get(..words).unwrap_or(&[]).to_vec(),
        };
        return Some((entry.func, recv));
    }
    None
}

/// `words` words at pointer `p`.
fn load(heap: &Heap, p: u64, words: usize) -> Vec<u64> {
    let off = offset_of(p) as usize;
    if off + words > heap.words(handle_of(p)).len() {
        return Vec::new();
    }
    heap.read_vec(handle_of(p), off, words)
}

/// Appends the canonical encoding of a map key of runtime type `rt`
/// (words `w`): equal keys encode alike. Returns whether it holds a NaN
/// (a key equal to nothing); `Err` names an unhashable dynamic type.
pub fn key_bytes(
    program: &Program,
    heap: &Heap,
    rt: u32,
    w: &[u64],
    out: &mut Vec<u8>,
) -> Result<bool, String> {
    let Some(i) = program.type_info.get(rt as usize) else {
        return Ok(false);
    };
    let word = |k: usize| w.get(k).copied().unwrap_or(0);
    match &i.eq {
        None => Err(type_name(program, rt).to_string()),
        Some(TypeEq::Word) => {
            out.extend_from_slice(&word(0).to_le_bytes());
            Ok(false)
        }
        Some(TypeEq::Float) => {
            let f = f64::from_bits(word(0));
            let bits = if f == 0.0 { 0 } else { word(0) };
            out.extend_from_slice(&bits.to_le_bytes());
            Ok(f.is_nan())
        }
        Some(TypeEq::Complex) => {
            let mut nan = false;
            for k in 0..2 {
                let f = f64::from_bits(word(k));
                let bits = if f == 0.0 { 0 } else { word(k) };
                out.extend_from_slice(&bits.to_le_bytes());
                nan |= f.is_nan();
            }
            Ok(nan)
        }
        Some(TypeEq::Str) => {
            let len = word(1) as usize;
            out.extend_from_slice(&(len as u64).to_le_bytes());
            out.extend_from_slice(str_bytes(heap, word(0), len));
            Ok(false)
        }
        Some(TypeEq::Iface) => {
            let tw = word(0);
            out.extend_from_slice(&tw.to_le_bytes());
            if tw == 0 {
                return Ok(false);
            }
            let data = [word(1)];
            let vw = value_words(program, heap, tw, &data);
            key_bytes(program, heap, (tw - 1) as u32, &vw, out)
        }
        Some(TypeEq::Fields(fields)) => {
            let mut nan = false;
            for &(off, ft) in fields {
                nan |= key_bytes(program, heap, ft, w.get(off as usize..).unwrap_or(&[]), out)?;
            }
            Ok(nan)
        }
    }
}
