//! Field and method lookup (types2's `lookup.go`): the fields and methods of
//! a type through embedding (with ambiguity at equal depth), method sets
//! with value and pointer receivers, interface satisfaction with the missing
//! method explained, and the assertability of interface values.
//!
//! Names are matched as the spec's identifiers are (types2's `sameId`): an
//! unexported name only matches a field or method of the same package. The
//! package of a field is its object's; of a declared method, its object's;
//! of an interface method, the package of the defined interface type it was
//! found through (interface methods carry no package of their own here),
//! and any package for the methods of an interface literal.

use super::object::{ObjId, ObjKind, VarKind};
use super::operand::Operand;
use super::Checker;
use crate::types::{Method, Signature, TypeId, TypeKind};
use minigo_parser::ast::Expr;
use minigo_parser::printer::expr_string;

/// What a lookup found (types2 returns the `*Var` or `*Func`).
#[derive(Clone, Debug)]
pub(crate) enum Found {
    /// Field `index` of struct type `strukt`, of type `ty`.
    Field {
        strukt: TypeId,
        index: usize,
        ty: TypeId,
    },
    /// A method declared on a defined type; its signature is known only
    /// after `method_sig`.
    Method { obj: ObjId, ptr_recv: bool },
    /// Method `index` of interface type `iface` (its underlying type).
    IfaceMethod {
        iface: TypeId,
        index: usize,
        sig: TypeId,
    },
}

impl Found {
    pub(crate) fn is_method(&self) -> bool {
        !matches!(self, Found::Field { .. })
    }
}

/// The result of types2's `lookupFieldOrMethod`.
#[derive(Clone, Debug)]
pub(crate) enum Lookup {
    /// The field or method, the index path to it (embedded field indices,
    /// then its own index among the fields, declared methods or interface
    /// methods), and whether a pointer was dereferenced on the way.
    Found {
        found: Found,
        index: Vec<usize>,
        indirect: bool,
    },
    /// The name occurs more than once at the shallowest depth it occurs
    /// at (types2 returns the index path of one of them; no caller here
    /// needs it).
    Ambiguous,
    /// A method with a pointer receiver, on a value that is neither
    /// addressable nor reached through a pointer.
    PtrRecv,
    NotFound,
}

/// An entry of the breadth-first walk through embedded fields (types2's
/// `embeddedType`).
#[derive(Clone, Debug)]
struct Embedded {
    typ: TypeId,
    index: Vec<usize>,
    indirect: bool,
    /// The type appears more than once at this depth: any match in it is
    /// ambiguous.
    multiples: bool,
}

/// Why a type misses an interface's method (types2's `missingMethod`
/// states).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Missing {
    NotFound,
    WrongName,
    Unexported,
    WrongSig,
    AmbigSel,
    PtrRecv,
    Field,
}

/// The deepest embedding the walk follows. Every level must reach a
/// defined type not seen before (or an alias of a struct literal), so real
/// programs stay far below; the bound only keeps a malformed one finite.
const MAX_EMBED_DEPTH: usize = 256;

/// Go's `strings.EqualFold`: equal under simple Unicode case folding.
fn eq_fold(a: &str, b: &str) -> bool {
    let mut x = a.chars();
    let mut y = b.chars();
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(c), Some(d)) => {
                if c != d && !c.to_lowercase().eq(d.to_lowercase()) {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

pub(super) fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

/// types2's `tail`: `s` without its first character.
fn tail(s: &str) -> &str {
    let mut it = s.char_indices();
    it.next();
    match it.next() {
        Some((i, _)) => &s[i..],
        None => s,
    }
}

/// types2's `concat`.
fn concat(list: &[usize], i: usize) -> Vec<usize> {
    let mut v = Vec::with_capacity(list.len() + 1);
    v.extend_from_slice(list);
    v.push(i);
    v
}

/// types2's `sameId`. `obj_pkg` is the package of the field or method
/// (`None`: unknown, taken as any package); `pkg` the package the name is
/// looked up from (`None`: any).
fn same_id(
    obj_name: &str,
    obj_pkg: Option<usize>,
    pkg: Option<usize>,
    name: &str,
    fold_case: bool,
) -> bool {
    // If we don't care about capitalization, we also ignore packages.
    if fold_case && eq_fold(obj_name, name) {
        return true;
    }
    if obj_name != name {
        return false;
    }
    if is_exported(obj_name) {
        return true;
    }
    match (obj_pkg, pkg) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

impl<'a> Checker<'a> {
    // ----- lookup ------------------------------------------------------------------------------

    /// types2's `lookupFieldOrMethod`: the field or method `name` of type
    /// `t`, seen from package `pkg`. `addressable`: `t` is the type of an
    /// addressable variable (which makes pointer methods callable).
    pub(crate) fn lookup_field_or_method(
        &mut self,
        t: TypeId,
        addressable: bool,
        pkg: Option<usize>,
        name: &str,
        fold_case: bool,
    ) -> Lookup {
        self.complete_named_instances();
        // Methods cannot be declared on a defined pointer type, so for one
        // the lookup continues with its underlying pointer type but a
        // method found through it does not count (go.dev/issue/8590).
        let tu = self.types.unalias(t);
        if self.types.named(tu).is_some() {
            if let TypeKind::Pointer(_) = self.types.under_kind(tu) {
                let p = self.types.underlying(tu);
                return match self.lookup_impl(p, false, pkg, name, fold_case) {
                    Lookup::Found { found, .. } if found.is_method() => Lookup::NotFound,
                    r => r,
                };
            }
        }
        self.lookup_impl(t, addressable, pkg, name, fold_case)
    }

    /// types2's `lookupFieldOrMethodImpl`: breadth-first through embedded
    /// fields, the shallowest match wins and two at the same depth are
    /// ambiguous.
    fn lookup_impl(
        &self,
        t: TypeId,
        addressable: bool,
        pkg: Option<usize>,
        name: &str,
        fold_case: bool,
    ) -> Lookup {
        if name == "_" {
            return Lookup::NotFound; // blank fields and methods are never found
        }
        let (typ, is_ptr) = self.deref(t);
        // *I where I is an interface has no methods.
        if is_ptr && self.is_interface(typ) {
            return Lookup::NotFound;
        }
        // A type parameter has its constraint's methods (and no fields).
        if let Some(p) = self.types.type_param(self.types.unalias(t)) {
            return match p.methods {
                Some(iface) => self.lookup_impl(iface, false, pkg, name, fold_case),
                None => Lookup::NotFound,
            };
        }
        let mut current = vec![Embedded {
            typ,
            index: Vec::new(),
            indirect: is_ptr,
            multiples: false,
        }];
        // Defined types already searched at a shallower depth: they shadow
        // the same type deeper down, and recursive embedding ends here.
        let mut seen: Vec<TypeId> = Vec::new();
        let mut depth = 0;
        while !current.is_empty() && depth < MAX_EMBED_DEPTH {
            depth += 1;
            let mut next: Vec<Embedded> = Vec::new();
            let mut found: Option<(Found, Vec<usize>, bool)> = None;
            for e in &current {
                let typ = self.types.unalias(e.typ);
                // The package of the interface methods found in this entry.
                let mut iface_pkg = None;
                if let Some(n) = self.types.named(typ) {
                    if seen.contains(&typ) {
                        continue;
                    }
                    seen.push(typ);
                    iface_pkg = self.named_pkg(typ);
                    let hit = n.methods.iter().enumerate().find(|(_, m)| {
                        let mpkg = self.objs.get(m.obj as usize).and_then(|o| o.pkg);
                        same_id(&m.name, mpkg, pkg, name, fold_case)
                    });
                    if let Some((i, m)) = hit {
                        let index = concat(&e.index, i);
                        if found.is_some() || e.multiples {
                            return Lookup::Ambiguous;
                        }
                        found = Some((
                            Found::Method {
                                obj: ObjId(m.obj),
                                ptr_recv: m.pointer_recv,
                            },
                            index,
                            e.indirect,
                        ));
                        continue; // a type with such a method has no such field
                    }
                }
                let under = self.types.underlying(typ);
                match self.types.kind(under) {
                    TypeKind::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            let fpkg = self
                                .struct_fields
                                .get(&under)
                                .and_then(|objs| objs.get(i))
                                .and_then(|&o| self.obj(o).pkg);
                            if same_id(&f.name, fpkg, pkg, name, fold_case) {
                                let index = concat(&e.index, i);
                                if found.is_some() || e.multiples {
                                    return Lookup::Ambiguous;
                                }
                                found = Some((
                                    Found::Field {
                                        strukt: under,
                                        index: i,
                                        ty: f.ty,
                                    },
                                    index,
                                    e.indirect,
                                ));
                                continue;
                            }
                            // Embedded fields are searched at the next depth
                            // unless this depth already has a match.
                            if found.is_none() && f.embedded {
                                let (ft, fptr) = self.deref(f.ty);
                                next.push(Embedded {
                                    typ: ft,
                                    index: concat(&e.index, i),
                                    indirect: e.indirect || fptr,
                                    multiples: e.multiples,
                                });
                            }
                        }
                    }
                    TypeKind::Interface(methods) => {
                        let hit = methods
                            .iter()
                            .enumerate()
                            .find(|(_, m)| same_id(&m.name, iface_pkg, pkg, name, fold_case));
                        if let Some((i, m)) = hit {
                            let index = concat(&e.index, i);
                            if found.is_some() || e.multiples {
                                return Lookup::Ambiguous;
                            }
                            found = Some((
                                Found::IfaceMethod {
                                    iface: under,
                                    index: i,
                                    sig: m.sig,
                                },
                                index,
                                e.indirect,
                            ));
                        }
                    }
                    _ => {}
                }
            }
            if let Some((found, index, indirect)) = found {
                // spec: "If x is addressable and &x's method set contains m,
                // x.m() is shorthand for (&x).m()"; otherwise a pointer
                // method needs a pointer on the way.
                if let Found::Method { ptr_recv: true, .. } = found {
                    if !indirect && !addressable {
                        return Lookup::PtrRecv;
                    }
                }
                return Lookup::Found {
                    found,
                    index,
                    indirect,
                };
            }
            current = self.consolidate_multiples(next);
        }
        Lookup::NotFound
    }

    /// types2's `consolidateMultiples`: one entry per distinct type, marked
    /// when the type occurred several times.
    fn consolidate_multiples(&self, list: Vec<Embedded>) -> Vec<Embedded> {
        let mut out: Vec<Embedded> = Vec::with_capacity(list.len());
        for e in list {
            match out.iter_mut().find(|o| self.identical(o.typ, e.typ)) {
                Some(o) => o.multiples = true,
                None => out.push(e),
            }
        }
        out
    }

    /// types2's `deref`: the base of a pointer type literal (not of a
    /// defined pointer type), and whether `t` was one.
    pub(crate) fn deref(&self, t: TypeId) -> (TypeId, bool) {
        match self.types.kind(self.types.unalias(t)) {
            TypeKind::Pointer(base) => (*base, true),
            _ => (t, false),
        }
    }

    /// The package a defined type was declared in (`None` for the
    /// universe's `error`, whose method is exported anyway).
    fn named_pkg(&self, t: TypeId) -> Option<usize> {
        let n = self.types.named(t)?;
        if n.pkg.is_empty() {
            Some(self.src.main_package())
        } else {
            self.src.package_index(&n.pkg)
        }
    }

    /// The package methods of interface type `t` are looked up in.
    fn iface_pkg(&self, t: TypeId) -> Option<usize> {
        self.named_pkg(self.types.unalias(t))
    }

    /// The object a lookup found, for selections: the field's or method's
    /// own, or one made for an interface method the first time it is
    /// selected.
    pub(crate) fn found_obj(&mut self, found: &Found) -> ObjId {
        match *found {
            Found::Method { obj, .. } => obj,
            Found::Field { strukt, index, .. } => {
                if let Some(&o) = self.struct_fields.get(&strukt).and_then(|v| v.get(index)) {
                    return o;
                }
                // Struct types all come from struct type expressions, which
                // record their fields; this is only a fallback.
                let fields = match self.types.kind(strukt) {
                    TypeKind::Struct(f) => f.clone(),
                    _ => Vec::new(),
                };
                let objs: Vec<ObjId> = fields
                    .iter()
                    .map(|f| {
                        self.new_object(
                            &f.name,
                            ObjKind::Var {
                                kind: VarKind::Field {
                                    embedded: f.embedded,
                                },
                                used: false,
                            },
                            Some(f.ty),
                            None,
                            0,
                        )
                    })
                    .collect();
                let o = objs.get(index).copied();
                self.struct_fields.insert(strukt, objs);
                o.unwrap_or_else(|| self.new_object("_", ObjKind::Nil, None, None, 0))
            }
            Found::IfaceMethod { iface, index, sig } => {
                if let Some(&o) = self.iface_methods.get(&(iface, index)) {
                    return o;
                }
                let name = match self.types.kind(iface) {
                    TypeKind::Interface(ms) => ms.get(index).map(|m| m.name.clone()),
                    _ => None,
                }
                .unwrap_or_else(|| "_".into());
                let o = self.new_object(&name, ObjKind::Func { recv: None }, Some(sig), None, 0);
                self.iface_methods.insert((iface, index), o);
                o
            }
        }
    }

    /// The name and package of what a lookup found, and whether it is a
    /// field (for messages).
    fn found_name(&self, found: &Found) -> (String, Option<usize>, bool) {
        match *found {
            Found::Method { obj, .. } => {
                let o = self.obj(obj);
                (o.name.to_string(), o.pkg, false)
            }
            Found::Field { strukt, index, .. } => {
                let name = match self.types.kind(strukt) {
                    TypeKind::Struct(f) => f.get(index).map(|f| f.name.to_string()),
                    _ => None,
                }
                .unwrap_or_default();
                let pkg = self
                    .struct_fields
                    .get(&strukt)
                    .and_then(|v| v.get(index))
                    .and_then(|&o| self.obj(o).pkg);
                (name, pkg, true)
            }
            Found::IfaceMethod { iface, index, .. } => {
                let name = match self.types.kind(iface) {
                    TypeKind::Interface(ms) => ms.get(index).map(|m| m.name.to_string()),
                    _ => None,
                }
                .unwrap_or_default();
                (name, None, false)
            }
        }
    }

    /// The signature of a found method (resolving a declared method's
    /// declaration first).
    pub(crate) fn found_sig(&mut self, found: &Found) -> Option<TypeId> {
        match *found {
            Found::Method { obj, .. } => Some(self.method_sig(obj)),
            Found::IfaceMethod { sig, .. } => Some(sig),
            Found::Field { .. } => None,
        }
    }

    // ----- messages ----------------------------------------------------------------------------

    /// types2's `lookupError`: why `sel` is not a field or method of `typ`
    /// (the text inside `x.f undefined (...)`), given what a case-folding
    /// lookup found (`alt`). `struct_lit`: for a key of a struct literal.
    pub(crate) fn lookup_error(
        &self,
        typ: TypeId,
        sel: &str,
        alt: Option<&Found>,
        struct_lit: bool,
    ) -> String {
        #[derive(PartialEq)]
        enum Case {
            Missing,
            Misspelled,
            Unexported,
            Inaccessible,
        }
        let ts = self.type_string(typ);
        let mut e = Case::Missing;
        let mut alt_name = String::new();
        let mut what = "object";
        if let Some(found) = alt {
            let (name, pkg, is_field) = self.found_name(found);
            what = if is_field { "field" } else { "method" };
            // An object without a known package is taken as this one's.
            let same_pkg = pkg.is_none_or(|p| p == self.pkg);
            if same_pkg {
                e = Case::Misspelled;
            } else if is_exported(sel) {
                if is_exported(&name) {
                    e = Case::Misspelled;
                } else if tail(sel) == tail(&name) {
                    e = Case::Unexported;
                }
            } else if is_exported(&name) {
                if tail(sel) == tail(&name) {
                    e = Case::Misspelled;
                }
            } else if sel == name {
                e = Case::Inaccessible;
            }
            alt_name = name;
        }
        if struct_lit {
            match e {
                Case::Missing => format!("unknown field {sel} in struct literal of type {ts}"),
                Case::Misspelled => {
                    format!("unknown field {sel} in struct literal of type {ts}, but does have {alt_name}")
                }
                Case::Unexported => format!(
                    "unknown field {sel} in struct literal of type {ts}, but does have unexported {alt_name}"
                ),
                Case::Inaccessible => {
                    format!("cannot refer to unexported field {alt_name} in struct literal of type {ts}")
                }
            }
        } else {
            match e {
                Case::Missing => format!("type {ts} has no field or method {sel}"),
                Case::Misspelled => format!(
                    "type {ts} has no field or method {sel}, but does have {what} {alt_name}"
                ),
                Case::Unexported => format!(
                    "type {ts} has no field or method {sel}, but does have unexported {what} {alt_name}"
                ),
                Case::Inaccessible => format!("cannot refer to unexported {what} {alt_name}"),
            }
        }
    }

    /// types2's `isInterfacePtr`.
    pub(crate) fn is_interface_ptr(&self, t: TypeId) -> bool {
        match self.types.under_kind(t) {
            TypeKind::Pointer(base) => self.is_interface(*base),
            _ => false,
        }
    }

    /// types2's `interfacePtrError`.
    pub(crate) fn interface_ptr_error(&self, t: TypeId) -> String {
        format!(
            "type {} is pointer to interface, not interface",
            self.type_string(t)
        )
    }

    /// types2's `funcString` without package information: the method's
    /// name and signature without parameter names, `M(int) string`.
    fn func_string(&self, name: &str, sig: TypeId) -> String {
        let mut out = String::from(name);
        let TypeKind::Func(s) = self.types.kind(self.types.unalias(sig)) else {
            out.push_str("()");
            return out;
        };
        out.push('(');
        out.push_str(&self.type_list(&s.params, s.variadic));
        out.push(')');
        match s.results.len() {
            0 => {}
            // A single named result keeps its parentheses even without
            // its name (types2's typeWriter.signature).
            1 if s.result_names.iter().all(|n| n.is_empty()) => {
                out.push(' ');
                out.push_str(&self.type_string(s.results[0]));
            }
            _ => {
                out.push_str(" (");
                out.push_str(&self.type_list(&s.results, false));
                out.push(')');
            }
        }
        out
    }

    fn type_list(&self, list: &[TypeId], variadic: bool) -> String {
        let mut parts = Vec::with_capacity(list.len());
        for (i, &t) in list.iter().enumerate() {
            if variadic && i + 1 == list.len() {
                if let TypeKind::Slice(elem) = self.types.kind(t) {
                    parts.push(format!("...{}", self.type_string(*elem)));
                    continue;
                }
            }
            parts.push(self.type_string(t));
        }
        parts.join(", ")
    }

    // ----- interfaces --------------------------------------------------------------------------

    /// types2's `missingMethod`: a method of interface `t` that `v` lacks
    /// (or has with the wrong type), and whether it is there but wrong
    /// (pointer receiver or signature). `static_`: for a non-interface v
    /// or an assignment, all of t's methods must be present; for an
    /// assertion from interface v only the common ones must agree.
    fn missing_method(
        &mut self,
        v: TypeId,
        t: TypeId,
        static_: bool,
        cause: Option<&mut String>,
    ) -> Option<(Method, bool)> {
        let methods: Vec<Method> = match self.types.under_kind(t) {
            TypeKind::Interface(ms) => ms.clone(),
            _ => return None,
        };
        if methods.is_empty() {
            return None;
        }
        let mpkg = self.iface_pkg(t);
        let mut state: Option<Missing> = None;
        let mut miss: Option<&Method> = None;
        // V's method, where one was found: its name and signature.
        let mut have: Option<(String, TypeId)> = None;
        if let TypeKind::Interface(vms) = self.types.under_kind(v).clone() {
            let vpkg = self.iface_pkg(v);
            for m in &methods {
                let f = vms
                    .iter()
                    .find(|f| same_id(&f.name, vpkg, mpkg, &m.name, false));
                let Some(f) = f else {
                    if !static_ {
                        continue;
                    }
                    state = Some(Missing::NotFound);
                    miss = Some(m);
                    break;
                };
                if !self.identical(f.sig, m.sig) {
                    state = Some(Missing::WrongSig);
                    miss = Some(m);
                    have = Some((f.name.to_string(), f.sig));
                    break;
                }
            }
        } else {
            for m in &methods {
                match self.lookup_impl(v, false, mpkg, &m.name, false) {
                    Lookup::Ambiguous => state = Some(Missing::AmbigSel),
                    Lookup::PtrRecv => state = Some(Missing::PtrRecv),
                    Lookup::NotFound => {
                        state = Some(Missing::NotFound);
                        if let Lookup::Found { found, .. } =
                            self.lookup_impl(v, false, mpkg, &m.name, true)
                        {
                            if let Some(sig) = self.found_sig(&found) {
                                let (name, _, _) = self.found_name(&found);
                                // Equal names: f must be unexported (else the
                                // package would not matter).
                                state = Some(if name == *m.name {
                                    Missing::Unexported
                                } else {
                                    Missing::WrongName
                                });
                                have = Some((name, sig));
                            }
                        }
                    }
                    Lookup::Found { found, .. } => match self.found_sig(&found) {
                        None => state = Some(Missing::Field),
                        Some(sig) => {
                            if !self.identical(sig, m.sig) {
                                let (name, _, _) = self.found_name(&found);
                                state = Some(Missing::WrongSig);
                                have = Some((name, sig));
                            }
                        }
                    },
                }
                if state.is_some() {
                    miss = Some(m);
                    break;
                }
            }
        }
        let (state, m) = (state?, miss?.clone());
        if let Some(cause) = cause {
            let vs = self.type_string(v);
            // V's method is known in the states that print it.
            let invalid = self.invalid();
            *cause = match state {
                Missing::NotFound => {
                    if self.is_interface_ptr(v) {
                        format!("({})", self.interface_ptr_error(v))
                    } else if self.is_interface_ptr(t) {
                        format!("({})", self.interface_ptr_error(t))
                    } else {
                        format!("(missing method {})", m.name)
                    }
                }
                Missing::WrongName => {
                    let (hn, hs) = have.clone().unwrap_or((String::new(), invalid));
                    let (fs, ms) = (self.func_string(&hn, hs), self.func_string(&m.name, m.sig));
                    format!("(missing method {})\n\t\thave {fs}\n\t\twant {ms}", m.name)
                }
                Missing::Unexported => format!("(unexported method {})", m.name),
                Missing::WrongSig => {
                    let (hn, hs) = have.clone().unwrap_or((String::new(), invalid));
                    let (fs, ms) = (self.func_string(&hn, hs), self.func_string(&m.name, m.sig));
                    if fs == ms {
                        // Don't report "want Foo, have Foo".
                        format!("(wrong type for method {})", m.name)
                    } else {
                        format!(
                            "(wrong type for method {})\n\t\thave {fs}\n\t\twant {ms}",
                            m.name
                        )
                    }
                }
                Missing::AmbigSel => format!("(ambiguous selector {vs}.{})", m.name),
                Missing::PtrRecv => format!("(method {} has pointer receiver)", m.name),
                Missing::Field => format!("({vs}.{} is a field, not a method)", m.name),
            };
        }
        let wrong_type = matches!(state, Missing::WrongSig | Missing::PtrRecv);
        Some((m, wrong_type))
    }

    /// types2's `hasAllMethods`: whether `v` has all of interface `t`'s
    /// methods (as `missing_method` decides); an invalid type, or a struct
    /// with an invalid embedded field, is taken to have them.
    fn has_all_methods(
        &mut self,
        v: TypeId,
        t: TypeId,
        static_: bool,
        cause: Option<&mut String>,
    ) -> bool {
        if !self.is_valid(v) {
            return true;
        }
        match self.missing_method(v, t, static_, cause) {
            None => true,
            Some(_) => {
                let mut seen = Vec::new();
                self.has_invalid_embedded_fields(v, &mut seen)
            }
        }
    }

    /// types2's `hasInvalidEmbeddedFields`: whether a struct (or pointer to
    /// one) embeds, directly or not, a field of invalid type (which might
    /// have had the method).
    fn has_invalid_embedded_fields(&self, t: TypeId, seen: &mut Vec<TypeId>) -> bool {
        let base = self.deref_struct_ptr(t);
        let under = self.types.underlying(base);
        let TypeKind::Struct(fields) = self.types.kind(under) else {
            return false;
        };
        if seen.contains(&under) {
            return false;
        }
        seen.push(under);
        fields.iter().any(|f| {
            f.embedded && (!self.is_valid(f.ty) || self.has_invalid_embedded_fields(f.ty, seen))
        })
    }

    /// types2's `derefStructPtr`.
    fn deref_struct_ptr(&self, t: TypeId) -> TypeId {
        if let TypeKind::Pointer(base) = self.types.under_kind(t) {
            if matches!(self.types.under_kind(*base), TypeKind::Struct(_)) {
                return *base;
            }
        }
        t
    }

    /// types2's `implements`: whether type `v` implements interface `t`;
    /// `cause` explains why not, as the whole clause types2 appends to an
    /// assignment error: `T does not implement I (missing method M)`.
    pub(crate) fn implements(
        &mut self,
        v: TypeId,
        t: TypeId,
        constraint: bool,
        cause: Option<&mut String>,
    ) -> bool {
        self.complete_named_instances();
        let vu = self.types.underlying(v);
        let tu = self.types.underlying(t);
        if !self.is_valid(vu) || !self.is_valid(tu) {
            return true; // avoid follow-on errors
        }
        if let TypeKind::Pointer(base) = self.types.kind(vu) {
            if !self.is_valid(self.types.underlying(*base)) {
                return true; // avoid follow-on errors (go.dev/issue/49541)
            }
        }
        let verb = if constraint { "satisfy" } else { "implement" };
        let (vs, ts) = (self.type_string(v), self.type_string(t));
        let TypeKind::Interface(tms) = self.types.kind(tu) else {
            if let Some(cause) = cause {
                let detail = if self.is_interface_ptr(tu) {
                    self.interface_ptr_error(t)
                } else {
                    format!("{ts} is not an interface")
                };
                *cause = format!("{vs} does not {verb} {ts} ({detail})");
            }
            return false;
        };
        // Every type satisfies the empty interface.
        if tms.is_empty() {
            return true;
        }
        let mut detail = String::new();
        let want_cause = cause.is_some();
        if !self.has_all_methods(v, t, true, want_cause.then_some(&mut detail)) {
            if let Some(cause) = cause {
                *cause = format!("{vs} does not {verb} {ts} {detail}");
            }
            return false;
        }
        // No comparable or type-set constraints exist without generics.
        true
    }

    /// types2's `assertableTo`: whether a value of interface type `v` can
    /// have dynamic type `t`.
    pub(crate) fn assertable_to(
        &mut self,
        v: TypeId,
        t: TypeId,
        cause: Option<&mut String>,
    ) -> bool {
        // spec: "If T is an interface type, x.(T) asserts that the dynamic
        // type of x implements the interface T": nothing to check now.
        if self.is_interface(t) {
            return true;
        }
        self.has_all_methods(t, v, false, cause)
    }

    /// types2's `typeAssertion`: reports an impossible assertion `x.(T)`
    /// (`type_switch`: a case of a type switch on x; `e` is then the case's
    /// type expression).
    pub(crate) fn type_assertion(
        &mut self,
        e: &'a Expr,
        x: &Operand<'a>,
        t: TypeId,
        type_switch: bool,
    ) {
        let mut cause = String::new();
        if self.assertable_to(x.ty, t, Some(&mut cause)) {
            return;
        }
        let es = expr_string(e);
        let ts = self.type_string(t);
        if type_switch {
            let xs = self.operand_string(x);
            self.error(
                e.span.lo,
                format!("impossible type switch case: {es}\n\t{xs} cannot have dynamic type {ts} {cause}"),
            );
            return;
        }
        let vs = self.type_string(x.ty);
        self.error(
            e.span.lo,
            format!("impossible type assertion: {es}\n\t{ts} does not implement {vs} {cause}"),
        );
    }

    /// A method expression's function type: the receiver type `recv`
    /// becomes the first parameter of the method's signature `sig`
    /// (named `_` when the other parameters are named, as types2 keeps the
    /// list consistently named for messages). `recv_name`: the method's
    /// receiver name, if it has one.
    pub(crate) fn method_expr_sig(&mut self, sig: TypeId, recv: TypeId, recv_name: &str) -> TypeId {
        let TypeKind::Func(s) = self.types.kind(self.types.unalias(sig)).clone() else {
            return self.invalid();
        };
        let mut params = Vec::with_capacity(s.params.len() + 1);
        params.push(recv);
        params.extend_from_slice(&s.params);
        let named = s.param_names.first().is_some_and(|n| !n.is_empty());
        let mut param_names: Vec<Box<str>> = Vec::with_capacity(params.len());
        param_names.push(if named {
            if recv_name.is_empty() {
                "_".into()
            } else {
                recv_name.into()
            }
        } else {
            "".into()
        });
        param_names.extend(s.param_names.iter().cloned());
        self.types.intern(TypeKind::Func(Signature {
            params,
            param_names,
            results: s.results,
            result_names: s.result_names,
            variadic: s.variadic,
        }))
    }
}
