//! The type arena: interning of composite types, defined types whose
//! underlying type is filled in after their declaration is resolved (so that
//! `type List struct{ next *List }` can refer to itself), and identity.

use super::{BasicKind, ChanDir};
use crate::HashMap;

/// A type in a [`TypeTable`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(u32);

impl TypeId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A struct field. Embedded fields carry the type's name as `name`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: Box<str>,
    pub ty: TypeId,
    pub embedded: bool,
    /// The tag's value (unquoted), part of the struct's identity.
    pub tag: Option<Box<str>>,
    /// For an unexported name, the package that declared it (its index in
    /// the checker): such names from different packages are different
    /// fields, so `struct{ s string }` of package errors is not main's.
    /// `EXPORTED` for exported names.
    pub pkg: u32,
}

impl Field {
    /// `Field::pkg` of an exported name.
    pub const EXPORTED: u32 = u32::MAX;
}

/// A function signature. Parameter names are kept for messages only
/// (types2 prints `func(x int) string`); they are not part of identity.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub param_names: Vec<Box<str>>,
    pub results: Vec<TypeId>,
    pub result_names: Vec<Box<str>>,
    /// The last parameter is `...T`; its type in `params` is `[]T`.
    pub variadic: bool,
}

/// An interface method: its name and signature.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Method {
    pub name: Box<str>,
    pub sig: TypeId,
}

/// A defined type: `type T U`. `underlying` is `None` while the declaration
/// is being resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamedType {
    pub name: Box<str>,
    /// The package path for types of imported packages (`strings`), empty
    /// for the program's own package and the universe (`error`).
    pub pkg: Box<str>,
    pub underlying: Option<TypeId>,
    /// Declared methods, in declaration order.
    pub methods: Vec<NamedMethod>,
    /// A generic type's type parameters (`TypeKind::TypeParam`s), in order.
    pub tparams: Vec<TypeId>,
    /// An instance (`List[int]`): the generic type it instantiates, and
    /// its type arguments.
    pub orig: Option<TypeId>,
    pub targs: Vec<TypeId>,
}

/// A declared type parameter (`T` of `[T any]`): each declaration is its
/// own type, as each defined type is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeParam {
    pub name: Box<str>,
    /// Its position in its list.
    pub index: u32,
    /// Its constraint (an interface or a `Constraint`); `None` while the
    /// list is being declared.
    pub constraint: Option<TypeId>,
    /// The interface of the constraint's methods: a value of the type
    /// parameter has them.
    pub methods: Option<TypeId>,
}

/// A term of a type set: `~int` (every type whose underlying type is
/// int) or `int`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Term {
    pub tilde: bool,
    pub ty: TypeId,
}

/// A method declared on a defined type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamedMethod {
    pub name: Box<str>,
    /// Set once the checker has resolved the method's declaration.
    pub sig: TypeId,
    pub pointer_recv: bool,
    /// The checker's object for the method (an `ObjId`'s index).
    pub obj: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    /// The type of an expression that had an error (types2's
    /// `Typ[Invalid]`): every rule accepts it silently, so that one
    /// mistake is reported once.
    Invalid,
    Basic(BasicKind),
    Pointer(TypeId),
    Slice(TypeId),
    Array {
        len: u64,
        elem: TypeId,
    },
    Map {
        key: TypeId,
        value: TypeId,
    },
    Chan {
        dir: ChanDir,
        elem: TypeId,
    },
    Struct(Vec<Field>),
    Func(Signature),
    /// Methods sorted by name, embedded interfaces already flattened in.
    Interface(Vec<Method>),
    /// The type of a multi-valued call.
    Tuple(Vec<TypeId>),
    /// Index into the table's defined types.
    Named(u32),
    /// Index into the table's type parameters.
    TypeParam(u32),
    /// An interface that only constraints may use (types2's interfaces
    /// with a type set that is not just methods): methods sorted by name,
    /// the union of terms it restricts types to (`None`: every type),
    /// and whether it requires `comparable`.
    Constraint {
        methods: Vec<Method>,
        terms: Option<Vec<Term>>,
        comparable: bool,
        /// Written as a bare union in a type parameter list (`[T ~int |
        /// string]`): printed without `interface{}`, as types2 does.
        implicit: bool,
    },
    /// Index into the table's alias declarations (`type A = B`, and the
    /// universe's `byte`, `rune` and `any`): identical to their target, but
    /// messages spell them by name as types2 does.
    Alias(u32),
}

/// `type A = B`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AliasType {
    pub name: Box<str>,
    pub pkg: Box<str>,
    /// `None` while the declaration is being resolved.
    pub target: Option<TypeId>,
    /// A generic alias's type parameters (Go 1.24): `type Set[T
    /// comparable] = map[T]struct{}`.
    pub tparams: Vec<TypeId>,
}

/// All the types of one program.
#[derive(Debug, Default)]
pub struct TypeTable {
    kinds: Vec<TypeKind>,
    consed: HashMap<TypeKind, TypeId>,
    named: Vec<NamedType>,
    aliases: Vec<AliasType>,
    tparams: Vec<TypeParam>,
    /// Instances of generic types by (generic type, type arguments).
    instances: HashMap<(TypeId, Vec<TypeId>), TypeId>,
    /// Instances made before their generic type's underlying type was
    /// known (inside its own declaration): given one when it is set.
    pending_instances: Vec<TypeId>,
    /// Instances made since the checker last took them (it gives them
    /// their methods).
    fresh_instances: Vec<TypeId>,
}

impl TypeTable {
    pub fn new() -> TypeTable {
        TypeTable::default()
    }

    pub fn kind(&self, t: TypeId) -> &TypeKind {
        &self.kinds[t.index()]
    }

    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    /// The id of a composite (or basic) type, shared by every use.
    pub fn intern(&mut self, kind: TypeKind) -> TypeId {
        debug_assert!(
            !matches!(kind, TypeKind::Named(_)),
            "defined types are made by new_named"
        );
        if let Some(&id) = self.consed.get(&kind) {
            return id;
        }
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(kind.clone());
        self.consed.insert(kind, id);
        id
    }

    /// A new defined type; its underlying type is set later.
    pub fn new_named(&mut self, name: &str, pkg: &str) -> TypeId {
        let index = self.named.len() as u32;
        self.named.push(NamedType {
            name: name.into(),
            pkg: pkg.into(),
            underlying: None,
            methods: Vec::new(),
            tparams: Vec::new(),
            orig: None,
            targs: Vec::new(),
        });
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(TypeKind::Named(index));
        id
    }

    /// A new alias; its target is set later.
    pub fn new_alias(&mut self, name: &str, pkg: &str, target: Option<TypeId>) -> TypeId {
        let index = self.aliases.len() as u32;
        self.aliases.push(AliasType {
            name: name.into(),
            pkg: pkg.into(),
            target,
            tparams: Vec::new(),
        });
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(TypeKind::Alias(index));
        id
    }

    pub fn alias(&self, t: TypeId) -> Option<&AliasType> {
        match self.kind(t) {
            TypeKind::Alias(i) => Some(&self.aliases[*i as usize]),
            _ => None,
        }
    }

    pub fn set_alias_tparams(&mut self, alias: TypeId, tparams: Vec<TypeId>) {
        if let TypeKind::Alias(i) = self.kinds[alias.index()] {
            self.aliases[i as usize].tparams = tparams;
        }
    }

    pub fn set_alias_target(&mut self, alias: TypeId, target: TypeId) {
        if let TypeKind::Alias(i) = self.kinds[alias.index()] {
            self.aliases[i as usize].target = Some(target);
        }
    }

    /// The type an alias chain stands for (`t` itself if not an alias).
    pub fn unalias(&self, mut t: TypeId) -> TypeId {
        // Alias cycles are rejected by the checker; the bound keeps an
        // unresolved chain from looping.
        for _ in 0..1000 {
            match self.alias(t).and_then(|a| a.target) {
                Some(target) => t = target,
                None => return t,
            }
        }
        t
    }

    pub fn named(&self, t: TypeId) -> Option<&NamedType> {
        match self.kind(t) {
            TypeKind::Named(i) => Some(&self.named[*i as usize]),
            _ => None,
        }
    }

    pub fn named_mut(&mut self, t: TypeId) -> Option<&mut NamedType> {
        match self.kinds[t.index()] {
            TypeKind::Named(i) => Some(&mut self.named[i as usize]),
            _ => None,
        }
    }

    pub fn set_underlying(&mut self, named: TypeId, underlying: TypeId) {
        let under = self.underlying(underlying);
        if let Some(n) = self.named_mut(named) {
            n.underlying = Some(under);
        }
        if self.pending_instances.is_empty() {
            return;
        }
        let pending = std::mem::take(&mut self.pending_instances);
        for inst in pending {
            if !self.complete_instance(inst) {
                self.pending_instances.push(inst);
            }
        }
    }

    // ----- generics -------------------------------------------------------------------------

    /// A new type parameter; its constraint is set later.
    pub fn new_type_param(&mut self, name: &str, index: u32) -> TypeId {
        let i = self.tparams.len() as u32;
        self.tparams.push(TypeParam {
            name: name.into(),
            index,
            constraint: None,
            methods: None,
        });
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(TypeKind::TypeParam(i));
        id
    }

    pub fn type_param(&self, t: TypeId) -> Option<&TypeParam> {
        match self.kind(t) {
            TypeKind::TypeParam(i) => Some(&self.tparams[*i as usize]),
            _ => None,
        }
    }

    pub fn set_constraint(&mut self, tparam: TypeId, constraint: TypeId) {
        let methods = match self.under_kind(constraint) {
            TypeKind::Interface(_) => Some(self.underlying(constraint)),
            TypeKind::Constraint { methods, .. } => {
                let ms = methods.clone();
                Some(self.intern(TypeKind::Interface(ms)))
            }
            _ => None,
        };
        if let TypeKind::TypeParam(i) = self.kinds[tparam.index()] {
            self.tparams[i as usize].constraint = Some(constraint);
            self.tparams[i as usize].methods = methods;
        }
    }

    /// The instance of generic type `orig` for `targs` (made once per
    /// distinct list): a defined type of its own, whose underlying type
    /// is the generic one's with the arguments substituted. Its methods
    /// are the checker's to fill in.
    pub fn instantiate_named(&mut self, orig: TypeId, targs: &[TypeId]) -> TypeId {
        let targs: Vec<TypeId> = targs.iter().map(|&t| self.unalias(t)).collect();
        let key = (orig, targs.clone());
        if let Some(&t) = self.instances.get(&key) {
            return t;
        }
        let (name, pkg) = match self.named(orig) {
            Some(n) => (n.name.clone(), n.pkg.clone()),
            None => return orig,
        };
        let inst = self.new_named(&name, &pkg);
        if let Some(n) = self.named_mut(inst) {
            n.orig = Some(orig);
            n.targs = targs;
        }
        self.instances.insert(key, inst);
        self.fresh_instances.push(inst);
        if !self.complete_instance(inst) {
            self.pending_instances.push(inst);
        }
        inst
    }

    /// The instances made since the last call.
    pub fn take_fresh_instances(&mut self) -> Vec<TypeId> {
        std::mem::take(&mut self.fresh_instances)
    }

    /// Gives an instance its underlying type once its generic type has
    /// one; false if it has none yet.
    fn complete_instance(&mut self, inst: TypeId) -> bool {
        let Some(n) = self.named(inst) else {
            return true;
        };
        let Some(orig) = n.orig else { return true };
        let targs = n.targs.clone();
        let Some(o) = self.named(orig) else {
            return true;
        };
        let Some(under) = o.underlying else {
            return false;
        };
        let map: Vec<(TypeId, TypeId)> = o.tparams.iter().copied().zip(targs).collect();
        let under = self.subst(under, &map);
        if let Some(n) = self.named_mut(inst) {
            n.underlying = Some(under);
        }
        true
    }

    /// Whether `t` mentions a type parameter (so it is not a type a value
    /// can have at run time).
    pub fn has_type_params(&self, t: TypeId) -> bool {
        self.has_type_params_depth(t, 0)
    }

    fn has_type_params_depth(&self, t: TypeId, depth: u32) -> bool {
        if depth > 64 {
            return false;
        }
        let d = depth + 1;
        let list = |l: &[TypeId]| l.iter().any(|&x| self.has_type_params_depth(x, d));
        match self.kind(t) {
            TypeKind::TypeParam(_) => true,
            TypeKind::Invalid | TypeKind::Basic(_) => false,
            TypeKind::Pointer(e) | TypeKind::Slice(e) => self.has_type_params_depth(*e, d),
            TypeKind::Array { elem, .. } | TypeKind::Chan { elem, .. } => {
                self.has_type_params_depth(*elem, d)
            }
            TypeKind::Map { key, value } => list(&[*key, *value]),
            TypeKind::Struct(fields) => fields.iter().any(|f| self.has_type_params_depth(f.ty, d)),
            TypeKind::Func(s) => list(&s.params) || list(&s.results),
            TypeKind::Interface(ms) => ms.iter().any(|m| self.has_type_params_depth(m.sig, d)),
            TypeKind::Constraint { methods, terms, .. } => {
                methods.iter().any(|m| self.has_type_params_depth(m.sig, d))
                    || terms
                        .iter()
                        .flatten()
                        .any(|x| self.has_type_params_depth(x.ty, d))
            }
            TypeKind::Tuple(l) => list(l),
            TypeKind::Named(i) => {
                let n = &self.named[*i as usize];
                list(&n.targs)
            }
            TypeKind::Alias(_) => {
                let u = self.unalias(t);
                u != t && self.has_type_params_depth(u, d)
            }
        }
    }

    /// `t` with every type parameter of `map` replaced by its argument.
    pub fn subst(&mut self, t: TypeId, map: &[(TypeId, TypeId)]) -> TypeId {
        if map.is_empty() {
            return t;
        }
        self.subst_depth(t, map, 0)
    }

    fn subst_depth(&mut self, t: TypeId, map: &[(TypeId, TypeId)], depth: u32) -> TypeId {
        if depth > 64 {
            return t;
        }
        let d = depth + 1;
        let kind = self.kind(t).clone();
        match kind {
            TypeKind::TypeParam(_) => map.iter().find(|(p, _)| *p == t).map_or(t, |&(_, arg)| arg),
            TypeKind::Invalid | TypeKind::Basic(_) => t,
            TypeKind::Pointer(e) => {
                let e2 = self.subst_depth(e, map, d);
                if e2 == e {
                    t
                } else {
                    self.intern(TypeKind::Pointer(e2))
                }
            }
            TypeKind::Slice(e) => {
                let e2 = self.subst_depth(e, map, d);
                if e2 == e {
                    t
                } else {
                    self.intern(TypeKind::Slice(e2))
                }
            }
            TypeKind::Array { len, elem } => {
                let e2 = self.subst_depth(elem, map, d);
                if e2 == elem {
                    t
                } else {
                    self.intern(TypeKind::Array { len, elem: e2 })
                }
            }
            TypeKind::Chan { dir, elem } => {
                let e2 = self.subst_depth(elem, map, d);
                if e2 == elem {
                    t
                } else {
                    self.intern(TypeKind::Chan { dir, elem: e2 })
                }
            }
            TypeKind::Map { key, value } => {
                let k = self.subst_depth(key, map, d);
                let v = self.subst_depth(value, map, d);
                if k == key && v == value {
                    t
                } else {
                    self.intern(TypeKind::Map { key: k, value: v })
                }
            }
            TypeKind::Struct(fields) => {
                let mut out = fields.clone();
                for f in &mut out {
                    f.ty = self.subst_depth(f.ty, map, d);
                }
                if out == fields {
                    t
                } else {
                    self.intern(TypeKind::Struct(out))
                }
            }
            TypeKind::Func(sig) => {
                let mut out = sig.clone();
                for p in out.params.iter_mut().chain(out.results.iter_mut()) {
                    *p = self.subst_depth(*p, map, d);
                }
                if out == sig {
                    t
                } else {
                    self.intern(TypeKind::Func(out))
                }
            }
            TypeKind::Interface(methods) => {
                let mut out = methods.clone();
                for m in &mut out {
                    m.sig = self.subst_depth(m.sig, map, d);
                }
                if out == methods {
                    t
                } else {
                    self.intern(TypeKind::Interface(out))
                }
            }
            TypeKind::Constraint {
                methods,
                terms,
                comparable,
                implicit,
            } => {
                let mut ms = methods.clone();
                for m in &mut ms {
                    m.sig = self.subst_depth(m.sig, map, d);
                }
                let mut ts = terms.clone();
                for x in ts.iter_mut().flatten() {
                    x.ty = self.subst_depth(x.ty, map, d);
                }
                if ms == methods && ts == terms {
                    t
                } else {
                    self.intern(TypeKind::Constraint {
                        methods: ms,
                        terms: ts,
                        comparable,
                        implicit,
                    })
                }
            }
            TypeKind::Tuple(list) => {
                let out: Vec<TypeId> = list.iter().map(|&x| self.subst_depth(x, map, d)).collect();
                if out == list {
                    t
                } else {
                    self.intern(TypeKind::Tuple(out))
                }
            }
            TypeKind::Named(i) => {
                let n = &self.named[i as usize];
                let (Some(orig), targs) = (n.orig, n.targs.clone()) else {
                    return t;
                };
                let out: Vec<TypeId> = targs.iter().map(|&x| self.subst_depth(x, map, d)).collect();
                if out == targs {
                    t
                } else {
                    self.instantiate_named(orig, &out)
                }
            }
            TypeKind::Alias(_) => {
                let u = self.unalias(t);
                if u == t {
                    t
                } else {
                    let u2 = self.subst_depth(u, map, d);
                    if u2 == u {
                        t
                    } else {
                        u2
                    }
                }
            }
        }
    }

    /// The underlying type (Go spec, "Underlying types"). A defined type
    /// whose declaration is still unresolved (or invalid) is its own
    /// underlying type, which no rule accepts, so errors do not cascade.
    pub fn underlying(&self, t: TypeId) -> TypeId {
        let t = self.unalias(t);
        match self.named(t) {
            Some(n) => n.underlying.unwrap_or(t),
            None => t,
        }
    }

    pub fn under_kind(&self, t: TypeId) -> &TypeKind {
        self.kind(self.underlying(t))
    }

    pub fn basic(&self, t: TypeId) -> Option<BasicKind> {
        match self.under_kind(t) {
            TypeKind::Basic(b) => Some(*b),
            _ => None,
        }
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(TypeKind::Pointer(elem))
    }

    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(TypeKind::Slice(elem))
    }

    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        self.intern(TypeKind::Tuple(elems))
    }

    /// Type identity (Go spec, "Type identity").
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        let (a, b) = (self.unalias(a), self.unalias(b));
        if a == b {
            return true;
        }
        use TypeKind::*;
        match (self.kind(a), self.kind(b)) {
            (Pointer(x), Pointer(y)) | (Slice(x), Slice(y)) => self.identical(*x, *y),
            (Array { len: n, elem: x }, Array { len: m, elem: y }) => {
                n == m && self.identical(*x, *y)
            }
            (Map { key: k1, value: v1 }, Map { key: k2, value: v2 }) => {
                self.identical(*k1, *k2) && self.identical(*v1, *v2)
            }
            (Chan { dir: d1, elem: x }, Chan { dir: d2, elem: y }) => {
                d1 == d2 && self.identical(*x, *y)
            }
            (Struct(f1), Struct(f2)) => {
                f1.len() == f2.len()
                    && f1.iter().zip(f2).all(|(x, y)| {
                        x.name == y.name
                            && x.pkg == y.pkg
                            && x.embedded == y.embedded
                            && x.tag == y.tag
                            && self.identical(x.ty, y.ty)
                    })
            }
            (Func(s1), Func(s2)) => {
                s1.variadic == s2.variadic
                    && self.identical_lists(&s1.params, &s2.params)
                    && self.identical_lists(&s1.results, &s2.results)
            }
            (Interface(m1), Interface(m2)) => {
                m1.len() == m2.len()
                    && m1
                        .iter()
                        .zip(m2)
                        .all(|(x, y)| x.name == y.name && self.identical(x.sig, y.sig))
            }
            (Tuple(x), Tuple(y)) => self.identical_lists(x, y),
            _ => false,
        }
    }

    fn identical_lists(&self, a: &[TypeId], b: &[TypeId]) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| self.identical(*x, *y))
    }

    /// Whether values of the type can be compared with `==` (Go spec,
    /// "Comparison operators"). Interfaces are comparable statically; a
    /// dynamic type that is not panics at run time.
    pub fn comparable(&self, t: TypeId) -> bool {
        self.comparable_depth(t, 0)
    }

    fn comparable_depth(&self, t: TypeId, depth: u32) -> bool {
        // A struct or array that contains itself is invalid and reported
        // elsewhere; the depth bound keeps a bad program from looping here.
        if depth > 100 {
            return false;
        }
        use TypeKind::*;
        match self.under_kind(t) {
            Basic(b) => *b != BasicKind::UntypedNil,
            Pointer(_) | Chan { .. } | Interface(_) | Invalid => true,
            // Comparable if its constraint says so, or all of its type
            // set is (unknown while its list is being declared).
            TypeParam(i) => match self.tparams[*i as usize].constraint {
                None => true,
                Some(c) => match self.under_kind(c) {
                    Constraint {
                        comparable: true, ..
                    } => true,
                    Constraint {
                        terms: Some(terms), ..
                    } => {
                        !terms.is_empty()
                            && terms.iter().all(|t| self.comparable_depth(t.ty, depth + 1))
                    }
                    _ => false,
                },
            },
            Constraint { .. } => false,
            Struct(fields) => fields
                .iter()
                .all(|f| self.comparable_depth(f.ty, depth + 1)),
            Array { elem, .. } => self.comparable_depth(*elem, depth + 1),
            Slice(_) | Map { .. } | Func(_) | Tuple(_) | Named(_) | Alias(_) => false,
        }
    }

    /// Ordered types accept `< <= > >=`.
    pub fn ordered(&self, t: TypeId) -> bool {
        matches!(self.basic(t), Some(b) if b.is_integer() || b.is_float() || b.is_string())
    }

    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.under_kind(t), TypeKind::Interface(_))
    }

    /// Named types in the spec's sense: defined types and predeclared
    /// basic types (assignability and conversion rules ask this).
    pub fn is_named(&self, t: TypeId) -> bool {
        match self.kind(self.unalias(t)) {
            TypeKind::Named(_) => true,
            TypeKind::Basic(b) => !b.is_untyped(),
            _ => false,
        }
    }
}
