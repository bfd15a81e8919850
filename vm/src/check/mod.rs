//! The type checker: Go's static semantics, with the messages and positions
//! of gc's type checker (`cmd/compile/internal/types2`), whose structure
//! this module follows file by file (`decl.rs` ↔ `decl.go`, `expr.rs` ↔
//! `expr.go`, ...), so that anyone who knows types2 finds their way.
//!
//! The checker works on a whole program at once ([`Sources`]: the program's
//! files and the declaration files of the standard packages it imports) in
//! types2's phases, per package in dependency order:
//!
//! 1. `resolver.rs` collects every package-level object into the package
//!    scope and every import into its file's scope, without looking at
//!    types;
//! 2. `decl.rs` resolves each package-level object on demand (`obj_decl`),
//!    so declarations may appear in any order; a grey object met again is a
//!    cycle, reported as types2 reports it;
//! 3. function bodies are checked after all package-level objects
//!    (`stmt.rs`), statement by statement, so a body sees exactly the local
//!    names declared before each use;
//! 4. the initialization order of package variables (`initorder.rs`) and
//!    unused imports.
//!
//! Expressions produce [`Operand`](operand::Operand)s; what the compiler
//! needs is recorded in one [`FileInfo`] per file: a type (and constant
//! value) for every expression, the object behind every identifier, the
//! resolution of every selector. Untyped constant expressions get their
//! final type when their context fixes it (`expr.rs`, `update_expr_type`,
//! types2's `updateExprType`), so the compiler never sees an untyped
//! operand it has to type itself.

mod assign;
mod builtins;
mod call;
mod conversion;
mod decl;
mod errors;
mod expr;
mod generics;
mod index;
mod info;
mod initorder;
mod literals;
mod lookup;
mod object;
mod operand;
mod predicates;
mod range;
mod resolver;
mod returns;
mod scope;
mod sources;
mod stmt;
mod typexpr;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_branches;
#[cfg(test)]
mod tests_builtins;
#[cfg(test)]
mod tests_call;
#[cfg(test)]
mod tests_stmt;

pub use errors::TypeError;
pub use generics::Instance;
pub use info::{FileInfo, Selection, SelectionKind, TypeAndValue};
pub use initorder::Initializer;
pub use object::{ObjId, ObjKind, Object, VarKind};
pub use operand::Mode;
pub use resolver::go_command_file_name;
pub use scope::{Scope, ScopeId, ScopeKind};
pub use sources::{Importer, NoPackages, Package, SourceFile, Sources};

use crate::constant::Value;
use crate::types::{TypeId, TypeTable, Universe, UniverseObj};
use crate::HashMap;
use decl::DeclInfo;
use minigo_parser::ast::{Expr, ExprId};

/// The checked program: every type, object and scope, and the side tables
/// of each file of [`Sources`] (same indices).
#[derive(Debug)]
pub struct Checked {
    pub types: TypeTable,
    pub universe: Universe,
    pub objects: Vec<Object>,
    pub scopes: Vec<Scope>,
    /// Per file of the sources.
    pub files: Vec<FileInfo>,
    /// Per package of the sources: its package-level scope.
    pub package_scopes: Vec<ScopeId>,
    /// Every package's variable initializers, in execution order.
    pub init_order: Vec<Initializer>,
    /// The program package's `init` functions, in source order.
    pub init_funcs: Vec<ObjId>,
    /// Every instance of a generic function or method, with its body's
    /// side tables.
    pub instances: Vec<Instance>,
    /// Generic functions and methods (compiled only as instances).
    pub generic_funcs: crate::HashSet<ObjId>,
}

impl Checked {
    pub fn object(&self, id: ObjId) -> &Object {
        &self.objects[id.index()]
    }
}

/// Checks a whole program. On failure, every error found, sorted as gc
/// prints them (gc stops after 10; the caller applies that limit).
pub fn check(sources: &Sources) -> Result<Checked, Vec<TypeError>> {
    let mut c = Checker::new(sources);
    for pkg in 0..sources.packages.len() {
        c.check_package(pkg);
    }
    c.finish()
}

/// The state of the declaration or function being checked (types2's
/// `environment`).
#[derive(Clone, Debug)]
pub(crate) struct Context {
    /// The file whose expressions are being checked.
    pub file: usize,
    pub scope: ScopeId,
    /// The value of `iota` inside a constant declaration.
    pub iota: Option<Value>,
    /// Errors in an inherited constant initializer are reported here.
    pub errpos: Option<u32>,
    /// The package-level object whose declaration is being checked (its
    /// initializer's dependencies are recorded for the initialization
    /// order).
    pub decl: Option<ObjId>,
    /// The signature of the function whose body is being checked.
    pub sig: Option<TypeId>,
    /// The named results of that function (for bare `return`).
    pub results: Vec<ObjId>,
    /// Whether a `return` may be bare: the results are named.
    pub has_named_results: bool,
}

/// An untyped expression whose final type is not known yet (types2's
/// `exprInfo`).
#[derive(Clone, Debug)]
pub(crate) struct Untyped<'a> {
    pub expr: &'a Expr,
    pub is_lhs: bool,
    pub mode: Mode,
    pub ty: TypeId,
    pub val: Value,
}

pub(crate) struct Checker<'a> {
    pub src: &'a Sources,
    pub types: TypeTable,
    pub universe: Universe,
    pub objs: Vec<Object>,
    pub scopes: Vec<Scope>,
    pub info: Vec<FileInfo>,
    pub errors: Vec<TypeError>,
    pub universe_scope: ScopeId,
    pub package_scopes: Vec<ScopeId>,
    /// Per file: its scope of imports (child of the package scope).
    pub file_scopes: Vec<ScopeId>,
    /// The package being checked.
    pub pkg: usize,
    /// How each package-level object was declared.
    pub decls: HashMap<ObjId, DeclInfo<'a>>,
    /// Package-level objects of the package being checked, in source order.
    pub pkg_objects: Vec<ObjId>,
    /// Objects whose declaration is being resolved (grey), innermost last.
    pub obj_path: Vec<ObjId>,
    /// Methods declared in this package, by the type name of their
    /// receiver's base type.
    pub methods: HashMap<ObjId, Vec<ObjId>>,
    /// Function bodies to check once every package-level object is known.
    pub bodies: Vec<ObjId>,
    pub ctx: Context,
    pub untyped: HashMap<(usize, ExprId), Untyped<'a>>,
    /// Dependencies of package-level declarations on other package-level
    /// objects (for the initialization order).
    pub deps: HashMap<ObjId, Vec<ObjId>>,
    pub init_order: Vec<Initializer>,
    pub init_funcs: Vec<ObjId>,
    /// Each function's scope of parameters and results (its body's
    /// top-level block), made when its signature was checked.
    pub func_scopes: HashMap<ObjId, ScopeId>,
    /// Map types whose key's declaration was unresolved when written:
    /// (file, key position, key type).
    pub pending_map_keys: Vec<(usize, u32, TypeId)>,
    /// The parameter and result objects of each signature's scope.
    pub signature_vars: HashMap<u32, (Vec<ObjId>, Vec<ObjId>)>,
    /// The field objects of each struct type, by field index (struct types
    /// are interned: identical literals share the first one's objects).
    /// Selections name them, and their package decides whether an
    /// unexported field is visible.
    pub struct_fields: HashMap<TypeId, Vec<ObjId>>,
    /// Objects standing for interface methods, by (interface type, index
    /// in its sorted method list), made when a selection first needs one.
    pub iface_methods: HashMap<(TypeId, usize), ObjId>,
    /// The type parameters of each generic function, and of each method
    /// of a generic type (those its receiver declares).
    pub tparams_of: HashMap<ObjId, Vec<TypeId>>,
    /// The type name of each generic type.
    pub generic_type_objs: HashMap<TypeId, ObjId>,
    /// Instances of generic functions by (function, type arguments).
    pub func_instances: HashMap<(ObjId, Vec<TypeId>), ObjId>,
    /// What each instance object (function or method) instantiates.
    pub instance_of: HashMap<ObjId, generics::InstanceOf>,
    /// Instances whose bodies are still to be checked.
    pub instance_queue: Vec<ObjId>,
    /// Instances checked.
    pub instances: Vec<Instance>,
    /// Instances of generic types still waiting for their methods.
    pub pending_named: Vec<TypeId>,
    /// The type parameters a method's receiver declares as `_`, by
    /// position, while its signature is checked.
    pub recv_blanks: HashMap<u32, TypeId>,
    /// Where each type parameter is declared (file, offset), for
    /// `cannot infer T (declared at ...)`.
    pub tparam_pos: HashMap<TypeId, (usize, u32)>,
    /// Generic functions whose body had errors when checked generically.
    pub generic_errors: crate::HashSet<ObjId>,
}

impl<'a> Checker<'a> {
    fn new(src: &'a Sources) -> Checker<'a> {
        let mut types = TypeTable::new();
        let universe = Universe::new(&mut types);
        let mut c = Checker {
            src,
            types,
            universe,
            objs: Vec::new(),
            scopes: Vec::new(),
            info: src
                .files
                .iter()
                .map(|f| FileInfo::new(f.ast.expr_count))
                .collect(),
            errors: Vec::new(),
            universe_scope: ScopeId(0),
            package_scopes: Vec::new(),
            file_scopes: Vec::new(),
            pkg: 0,
            decls: HashMap::default(),
            pkg_objects: Vec::new(),
            obj_path: Vec::new(),
            methods: HashMap::default(),
            bodies: Vec::new(),
            ctx: Context {
                file: 0,
                scope: ScopeId(0),
                iota: None,
                errpos: None,
                decl: None,
                sig: None,
                results: Vec::new(),
                has_named_results: false,
            },
            untyped: HashMap::default(),
            deps: HashMap::default(),
            init_order: Vec::new(),
            init_funcs: Vec::new(),
            func_scopes: HashMap::default(),
            pending_map_keys: Vec::new(),
            signature_vars: HashMap::default(),
            struct_fields: HashMap::default(),
            iface_methods: HashMap::default(),
            tparams_of: HashMap::default(),
            generic_type_objs: HashMap::default(),
            func_instances: HashMap::default(),
            instance_of: HashMap::default(),
            instance_queue: Vec::new(),
            instances: Vec::new(),
            pending_named: Vec::new(),
            recv_blanks: HashMap::default(),
            tparam_pos: HashMap::default(),
            generic_errors: Default::default(),
        };
        c.universe_scope = c.new_scope(None, ScopeKind::Universe);
        c.declare_universe();
        c.package_scopes = (0..src.packages.len())
            .map(|_| c.new_scope(Some(c.universe_scope), ScopeKind::Package))
            .collect();
        c.file_scopes = src
            .files
            .iter()
            .map(|f| {
                let parent = c.package_scopes.get(f.pkg).copied();
                c.new_scope(parent, ScopeKind::File)
            })
            .collect();
        c
    }

    /// The universe block's objects, from the type table's predeclared
    /// types.
    fn declare_universe(&mut self) {
        let names = [
            "bool",
            "int",
            "int8",
            "int16",
            "int32",
            "int64",
            "uint",
            "uint8",
            "uint16",
            "uint32",
            "uint64",
            "uintptr",
            "float32",
            "float64",
            "complex64",
            "complex128",
            "string",
            "byte",
            "rune",
            "any",
            "comparable",
            "error",
            "true",
            "false",
            "iota",
            "nil",
            "append",
            "cap",
            "clear",
            "close",
            "complex",
            "copy",
            "delete",
            "imag",
            "len",
            "make",
            "max",
            "min",
            "new",
            "panic",
            "print",
            "println",
            "real",
            "recover",
        ];
        let bool_ty = self.universe.basic(crate::types::BasicKind::UntypedBool);
        let int_ty = self.universe.basic(crate::types::BasicKind::UntypedInt);
        for name in names {
            let Some(u) = self.universe.lookup(name) else {
                continue;
            };
            let (kind, ty) = match u {
                UniverseObj::Type(t) => (ObjKind::TypeName, Some(t)),
                UniverseObj::Bool(b) => (ObjKind::Const(Value::make_bool(b)), Some(bool_ty)),
                UniverseObj::Iota => (ObjKind::Const(Value::make_int64(0)), Some(int_ty)),
                UniverseObj::Nil => (
                    ObjKind::Nil,
                    Some(self.universe.basic(crate::types::BasicKind::UntypedNil)),
                ),
                UniverseObj::Builtin(b) => (ObjKind::Builtin(b), Some(self.universe.invalid)),
            };
            let obj = self.new_object(name, kind, ty, None, 0);
            self.declare(self.universe_scope, obj);
        }
    }

    fn check_package(&mut self, pkg: usize) {
        self.pkg = pkg;
        self.pkg_objects.clear();
        self.methods.clear();
        self.bodies.clear();
        self.collect_objects();
        self.package_objects();
        self.check_pending_map_keys();
        self.check_bodies();
        self.check_instances();
        self.init_order();
        if !self.src.packages[pkg].is_std {
            self.unused_imports();
        }
    }

    fn finish(mut self) -> Result<Checked, Vec<TypeError>> {
        self.check_instances();
        self.record_untyped();
        if !self.errors.is_empty() {
            errors::sort_errors(&mut self.errors);
            // An error in a generic body is found once per instance.
            self.errors
                .dedup_by(|a, b| a.file == b.file && a.pos == b.pos && a.msg == b.msg);
            return Err(self.errors);
        }
        let generic_funcs = self.tparams_of.keys().copied().collect();
        Ok(Checked {
            types: self.types,
            universe: self.universe,
            objects: self.objs,
            scopes: self.scopes,
            files: self.info,
            package_scopes: self.package_scopes,
            init_order: self.init_order,
            init_funcs: self.init_funcs,
            instances: self.instances,
            generic_funcs,
        })
    }

    // ----- arenas --------------------------------------------------------------------------

    pub(crate) fn new_scope(&mut self, parent: Option<ScopeId>, kind: ScopeKind) -> ScopeId {
        let id = ScopeId(self.scopes.len() as u32);
        self.scopes.push(Scope::new(parent, kind));
        id
    }

    pub(crate) fn new_object(
        &mut self,
        name: &str,
        kind: ObjKind,
        ty: Option<TypeId>,
        file: Option<usize>,
        pos: u32,
    ) -> ObjId {
        let id = ObjId(self.objs.len() as u32);
        let pkg = file.map(|f| self.src.files[f].pkg);
        self.objs.push(Object {
            name: name.into(),
            kind,
            ty,
            file,
            pos,
            pkg,
        });
        id
    }

    pub(crate) fn obj(&self, id: ObjId) -> &Object {
        &self.objs[id.index()]
    }

    pub(crate) fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objs[id.index()]
    }

    /// Inserts `obj` into `scope`; the object already there under that
    /// name, if any (and then `obj` is not inserted). Blank names are never
    /// inserted.
    pub(crate) fn declare(&mut self, scope: ScopeId, obj: ObjId) -> Option<ObjId> {
        let name = self.objs[obj.index()].name.clone();
        if &*name == "_" {
            return None;
        }
        let s = &mut self.scopes[scope.index()];
        if let Some(&alt) = s.names.get(&name) {
            return Some(alt);
        }
        s.names.insert(name, obj);
        s.order.push(obj);
        None
    }

    /// Finds `name` in `scope` or an enclosing scope.
    pub(crate) fn lookup_parent(&self, mut scope: ScopeId, name: &str) -> Option<ObjId> {
        loop {
            let s = &self.scopes[scope.index()];
            if let Some(obj) = s.lookup(name) {
                return Some(obj);
            }
            scope = s.parent?;
        }
    }

    /// Opens a block scope inside the current one.
    pub(crate) fn open_scope(&mut self, kind: ScopeKind) {
        self.ctx.scope = self.new_scope(Some(self.ctx.scope), kind);
    }

    pub(crate) fn close_scope(&mut self) {
        if let Some(parent) = self.scopes[self.ctx.scope.index()].parent {
            self.ctx.scope = parent;
        }
    }

    // ----- recording for the compiler --------------------------------------------------------

    pub(crate) fn record_type_and_value(
        &mut self,
        x: &Expr,
        mode: Mode,
        ty: TypeId,
        val: Option<Value>,
    ) {
        if let Some(slot) = self.info[self.ctx.file].type_slot(x.id) {
            *slot = Some(TypeAndValue { mode, ty, val });
        }
    }

    pub(crate) fn record_use(&mut self, x: &Expr, obj: ObjId) {
        if let Some(slot) = self.info[self.ctx.file].use_slot(x.id) {
            *slot = Some(obj);
        }
    }

    pub(crate) fn record_def(&mut self, pos: u32, obj: ObjId) {
        self.info[self.ctx.file].defs.insert(pos, obj);
    }

    pub(crate) fn record_selection(&mut self, x: &Expr, sel: Selection) {
        self.info[self.ctx.file].selections.insert(x.id, sel);
    }

    pub(crate) fn record_implicit(&mut self, clause_pos: u32, obj: ObjId) {
        self.info[self.ctx.file].implicits.insert(clause_pos, obj);
    }

    // ----- small helpers used everywhere ------------------------------------------------------

    pub(crate) fn type_string(&self, t: TypeId) -> String {
        self.types.type_string(t)
    }

    pub(crate) fn invalid(&self) -> TypeId {
        self.universe.invalid
    }

    pub(crate) fn is_valid(&self, t: TypeId) -> bool {
        !matches!(
            self.types.kind(self.types.unalias(t)),
            crate::types::TypeKind::Invalid
        )
    }

    /// Whether the package being checked is a standard package's
    /// declaration file (bodies absent, nothing unused to report).
    pub(crate) fn in_std(&self) -> bool {
        self.src.packages[self.pkg].is_std
    }
}
