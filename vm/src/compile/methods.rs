//! Method sets, as the spec defines them, for the method tables of
//! dynamic types: a defined type's own methods (pointer-receiver ones
//! only for `*T`), and the methods promoted from embedded fields, found
//! breadth first so that a shallower name hides a deeper one and two at
//! the same depth hide each other.
//!
//! A promoted method is reached from the value by a receiver path: word
//! offsets of the embedded fields, each followed by a load when the field
//! is a pointer (Go generates wrapper functions; minigo walks the path
//! when it calls). A method promoted from an embedded interface field
//! dispatches again on that interface's dynamic type.

use super::{func, CompileError, Unit};
use crate::bytecode::PathStep;
use crate::check::ObjId;
use crate::types::{TypeId, TypeKind};
use crate::HashMap;

/// One method of a method set.
pub(super) struct MethodImpl {
    pub name: Box<str>,
    pub sig: TypeId,
    /// From the value (or what the pointer points to) to the embedded
    /// field whose method this is; empty for the type's own methods.
    pub path: Vec<PathStep>,
    pub target: Target,
}

pub(super) enum Target {
    /// A declared method: its function object, whether its receiver is a
    /// pointer, and the words of its receiver's base type.
    Func {
        obj: ObjId,
        pointer_recv: bool,
        words: u32,
    },
    /// A method of an embedded interface field (at the path's end).
    Iface,
}

/// The method set of `t` (a defined type or a pointer to one).
pub(super) fn method_set(unit: &mut Unit, t: TypeId) -> Result<Vec<MethodImpl>, CompileError> {
    let types = &unit.checked.types;
    let (base, is_ptr) = match types.kind(types.unalias(t)) {
        TypeKind::Pointer(e) => (types.unalias(*e), true),
        _ => (types.unalias(t), false),
    };
    let mut found: Vec<MethodImpl> = Vec::new();
    // Names taken at a shallower depth (fields and methods alike).
    let mut taken: HashMap<Box<str>, ()> = HashMap::default();
    // (type, path, whether the path went through a pointer)
    let mut level: Vec<(TypeId, Vec<PathStep>, bool)> = vec![(base, Vec::new(), is_ptr)];
    let mut seen_types: Vec<TypeId> = Vec::new();
    for _depth in 0..16 {
        if level.is_empty() {
            break;
        }
        // What this depth offers, by name: (candidate, count).
        let mut here: HashMap<Box<str>, (Option<MethodImpl>, u32)> = HashMap::default();
        let mut next = Vec::new();
        let mut this_level = Vec::new();
        for (ty, path, addressable) in std::mem::take(&mut level) {
            // A type met at a shallower depth adds nothing new (and
            // embedded pointers can make cycles).
            if seen_types.contains(&ty) {
                continue;
            }
            this_level.push(ty);
            let declared = unit
                .checked
                .types
                .named(ty)
                .map_or(Vec::new(), |n| n.methods.clone());
            if !declared.is_empty() {
                let words = func::kind_of(unit, ty, 0)?.words();
                for m in &declared {
                    let entry = here.entry(m.name.clone()).or_insert((None, 0));
                    entry.1 += 1;
                    if m.pointer_recv && !addressable {
                        // Not in this method set, but the name is taken.
                        continue;
                    }
                    entry.0 = Some(MethodImpl {
                        name: m.name.clone(),
                        sig: m.sig,
                        path: path.clone(),
                        target: Target::Func {
                            obj: ObjId(m.obj),
                            pointer_recv: m.pointer_recv,
                            words,
                        },
                    });
                }
            }
            let types = &unit.checked.types;
            match types.under_kind(ty).clone() {
                TypeKind::Interface(methods) if !path.is_empty() => {
                    for m in methods {
                        let entry = here.entry(m.name.clone()).or_insert((None, 0));
                        entry.1 += 1;
                        entry.0 = Some(MethodImpl {
                            name: m.name.clone(),
                            sig: m.sig,
                            path: path.clone(),
                            target: Target::Iface,
                        });
                    }
                }
                TypeKind::Struct(fields) => {
                    let under = types.underlying(ty);
                    func::kind_of(unit, under, 0)?;
                    let offs = unit.structs.get(&under).cloned().unwrap_or_default();
                    for (f, (off, _)) in fields.iter().zip(offs) {
                        let types = &unit.checked.types;
                        // A field name hides deeper methods of that name.
                        here.entry(f.name.clone()).or_insert((None, 0)).1 += 1;
                        if !f.embedded {
                            continue;
                        }
                        let (ft, deref) = match types.kind(types.unalias(f.ty)) {
                            TypeKind::Pointer(e) => (types.unalias(*e), true),
                            _ => (types.unalias(f.ty), false),
                        };
                        let mut p = path.clone();
                        p.push(PathStep { off, deref });
                        next.push((ft, p, addressable || deref));
                    }
                }
                _ => {}
            }
        }
        for (name, (cand, count)) in here {
            if taken.contains_key(&name) {
                continue;
            }
            taken.insert(name, ());
            if count == 1 {
                if let Some(m) = cand {
                    found.push(m);
                }
            }
        }
        seen_types.extend(this_level);
        level = next;
    }
    Ok(found)
}
