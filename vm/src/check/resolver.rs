//! Collecting a package's objects before any type is looked at (types2's
//! `resolver.go`): imports into file scopes, package-level constants,
//! variables, types and functions into the package scope with what is needed
//! to resolve them later ([`DeclInfo`]), and methods by the type name of
//! their receiver's base type.

use super::decl::{Decl, DeclInfo};
use super::object::{ObjId, ObjKind, VarKind};
use super::sources::import_path;
use super::Checker;
use minigo_parser::ast::{Decl as AstDecl, Expr, ExprKind, FuncDecl, UnaryOp};

impl<'a> Checker<'a> {
    pub(crate) fn collect_objects(&mut self) {
        let src = self.src;
        let pkg = &src.packages[self.pkg];
        for &file in &pkg.files {
            self.ctx.file = file;
            self.ctx.scope = self.file_scopes[file];
            let ast = &src.files[file].ast;
            for spec in &ast.imports {
                self.collect_import(file, spec);
            }
            for decl in &ast.decls {
                self.collect_decl(file, decl);
            }
        }
        self.associate_methods();
        // A package-level object must not share its name with an import of
        // any file (types2 reports it at the object, after collecting).
        for &file in &pkg.files {
            let fscope = self.file_scopes[file];
            let names: Vec<_> = self.scopes[fscope.index()].order.clone();
            for imp in names {
                let name = self.objs[imp.index()].name.clone();
                let pscope = self.package_scopes[self.pkg];
                if let Some(obj) = self.scopes[pscope.index()].lookup(&name) {
                    let o = self.obj(obj);
                    let (ofile, opos) = (o.file.unwrap_or(file), o.pos);
                    let ObjKind::PkgName { pkg: imported, .. } = self.obj(imp).kind else {
                        continue;
                    };
                    let p = &self.src.packages[imported];
                    let other = self.alt_decl(imp);
                    let msg = format!(
                        "{name} already declared through import of package {} ({:?}){other}",
                        p.name, p.path
                    );
                    self.error_in(ofile, opos, msg, false);
                }
            }
        }
    }

    /// Associates each method with its receiver's base type name, if that
    /// is a type of this package (a method may be declared before its
    /// type, in any file); anything else is reported when the method's
    /// signature is checked. In source order, as types2's resolver.
    fn associate_methods(&mut self) {
        for i in 0..self.pkg_objects.len() {
            let obj = self.pkg_objects[i];
            let Some(DeclInfo {
                decl: Decl::Func(f),
                ..
            }) = self.decls.get(&obj)
            else {
                continue;
            };
            let Some(recv) = &f.recv else { continue };
            let base = recv
                .single()
                .and_then(|field| base_type_name(&field.ty))
                .and_then(|n| {
                    let pscope = self.package_scopes[self.pkg];
                    self.scopes[pscope.index()].lookup(n)
                });
            match base {
                Some(tname) if matches!(self.obj(tname).kind, ObjKind::TypeName) => {
                    self.methods.entry(tname).or_default().push(obj);
                }
                _ => {}
            }
        }
    }

    fn collect_import(&mut self, file: usize, spec: &'a minigo_parser::ast::ImportSpec) {
        let Some(path) = import_path(&spec.path.raw) else {
            self.error(
                spec.path.span.lo,
                format!("invalid import path: {}", spec.path.raw),
            );
            return;
        };
        let Some(imported) = self.src.package_index(&path) else {
            return; // reported while loading
        };
        let pkg_name = self.src.packages[imported].name.clone();
        let pos = spec.span.lo;
        let name = match &spec.name {
            Some(id) => id.name.to_string(),
            None => pkg_name.clone(),
        };
        if name == "_" {
            return;
        }
        if name == "." {
            // A dot import: the package's exported objects join the file.
            let pscope = self.package_scopes[imported];
            let objs: Vec<_> = self.scopes[pscope.index()].order.clone();
            for obj in objs {
                if self.obj(obj).is_exported() {
                    let fscope = self.file_scopes[file];
                    self.declare(fscope, obj);
                }
            }
            return;
        }
        if name == "init" {
            self.error(pos, "cannot import package as init - init must be a func");
            return;
        }
        let obj = self.new_object(
            &name,
            ObjKind::PkgName {
                pkg: imported,
                used: false,
            },
            None,
            Some(file),
            pos,
        );
        if let Some(id) = &spec.name {
            self.record_def(id.span.lo, obj);
        }
        let fscope = self.file_scopes[file];
        if let Some(alt) = self.declare(fscope, obj) {
            let other = self.alt_decl(alt);
            self.error(pos, format!("{name} redeclared in this block{other}"));
        }
    }

    fn collect_decl(&mut self, file: usize, decl: &'a AstDecl) {
        match decl {
            AstDecl::Import(_) => {} // after other declarations: a syntax error already
            AstDecl::Const(g) => {
                let mut last: Option<&'a minigo_parser::ast::ConstSpec> = None;
                for spec in &g.specs {
                    let inherited = spec.values.is_empty() && spec.ty.is_none();
                    let src_spec = if inherited {
                        last.unwrap_or(spec)
                    } else {
                        spec
                    };
                    if !inherited {
                        last = Some(spec);
                    }
                    for (i, name) in spec.names.iter().enumerate() {
                        let obj = self.new_object(
                            &name.name,
                            ObjKind::Const(crate::constant::Value::Unknown),
                            None,
                            Some(file),
                            name.span.lo,
                        );
                        let info = DeclInfo {
                            file,
                            decl: Decl::Const {
                                typ: src_spec.ty.as_ref(),
                                init: src_spec.values.get(i),
                                inherited,
                                iota: spec.iota,
                            },
                        };
                        self.declare_pkg_obj(name.span.lo, obj, info);
                    }
                    self.arity_const(spec, src_spec, inherited);
                }
            }
            AstDecl::Var(g) => {
                for spec in &g.specs {
                    let objs: Vec<ObjId> = spec
                        .names
                        .iter()
                        .map(|name| {
                            self.new_object(
                                &name.name,
                                ObjKind::Var {
                                    kind: VarKind::Package,
                                    used: false,
                                },
                                None,
                                Some(file),
                                name.span.lo,
                            )
                        })
                        .collect();
                    // `var a, b = f()`: one initializer for all.
                    let shared = spec.values.len() == 1 && spec.names.len() > 1;
                    for (i, name) in spec.names.iter().enumerate() {
                        let info = DeclInfo {
                            file,
                            decl: Decl::Var {
                                lhs: if shared { objs.clone() } else { vec![objs[i]] },
                                typ: spec.ty.as_ref(),
                                init: if shared {
                                    spec.values.first()
                                } else {
                                    spec.values.get(i)
                                },
                            },
                        };
                        self.declare_pkg_obj(name.span.lo, objs[i], info);
                    }
                    if spec.ty.is_none() || !spec.values.is_empty() {
                        self.arity_var(spec);
                    }
                }
            }
            AstDecl::Type(g) => {
                for spec in &g.specs {
                    let obj = self.new_object(
                        &spec.name.name,
                        ObjKind::TypeName,
                        None,
                        Some(file),
                        spec.name.span.lo,
                    );
                    let info = DeclInfo {
                        file,
                        decl: Decl::Type(spec),
                    };
                    self.declare_pkg_obj(spec.name.span.lo, obj, info);
                }
            }
            AstDecl::Func(f) => self.collect_func(file, f),
        }
    }

    fn collect_func(&mut self, file: usize, f: &'a FuncDecl) {
        let name = &f.name;
        let obj = self.new_object(
            &name.name,
            ObjKind::Func { recv: None },
            None,
            Some(file),
            name.span.lo,
        );
        let info = DeclInfo {
            file,
            decl: Decl::Func(f),
        };
        match &f.recv {
            None => {
                if &*name.name == "init" || (&*name.name == "main" && self.is_main_package()) {
                    if !f.tparams.is_empty() {
                        self.soft_error(
                            f.tparams[0].span.lo,
                            format!("func {} must have no type parameters", name.name),
                        );
                    }
                    if !f.sig.params.is_empty() || !f.sig.results.is_empty() {
                        self.soft_error(
                            name.span.lo,
                            format!(
                                "func {} must have no arguments and no return values",
                                name.name
                            ),
                        );
                    }
                }
                if &*name.name == "init" {
                    // init functions are not declared: they cannot be
                    // referred to.
                    self.record_def(name.span.lo, obj);
                    if f.body.is_none() && !self.in_std() {
                        self.soft_error(name.span.lo, "missing function body");
                    }
                    self.decls.insert(obj, info);
                    self.pkg_objects.push(obj);
                    if !self.in_std() {
                        self.init_funcs.push(obj);
                    }
                } else {
                    self.declare_pkg_obj(name.span.lo, obj, info);
                }
            }
            Some(_) => {
                // Associated with its receiver's base type by
                // `associate_methods`, once every type is declared.
                self.record_def(name.span.lo, obj);
                self.decls.insert(obj, info);
                self.pkg_objects.push(obj);
            }
        }
    }

    fn declare_pkg_obj(&mut self, pos: u32, obj: ObjId, info: DeclInfo<'a>) {
        let name = self.obj(obj).name.clone();
        if &*name == "init" {
            self.error(pos, "cannot declare init - must be func");
            return;
        }
        if &*name == "main" && self.is_main_package() && !matches!(info.decl, Decl::Func(_)) {
            self.error(pos, "cannot declare main - must be func");
            return;
        }
        self.record_def(pos, obj);
        let pscope = self.package_scopes[self.pkg];
        if let Some(alt) = self.declare(pscope, obj) {
            let other = self.alt_decl(alt);
            self.error(pos, format!("{name} redeclared in this block{other}"));
            return;
        }
        self.decls.insert(obj, info);
        self.pkg_objects.push(obj);
    }

    pub(crate) fn is_main_package(&self) -> bool {
        self.src.packages[self.pkg].name == "main" && !self.in_std()
    }

    /// types2's `addAltDecl` note: `\n\tFILE:L:C: other declaration of x`.
    pub(crate) fn alt_decl(&self, alt: ObjId) -> String {
        let o = self.obj(alt);
        match o.file {
            Some(f) => format!(
                "\n\t{}: other declaration of {}",
                self.pos_string(f, o.pos),
                o.name
            ),
            None => String::new(),
        }
    }

    /// `file:line:col` of a position, as gc prints positions inside
    /// messages. The go command hands the compiler a file in the current
    /// directory as `./name.go`, so that is how gc's messages spell it.
    pub(crate) fn pos_string(&self, file: usize, pos: u32) -> String {
        let f = &self.src.files[file];
        let (line, col) = f.lines.line_col(pos);
        format!("{}:{line}:{col}", go_command_file_name(&f.name))
    }

    fn arity_const(
        &mut self,
        spec: &'a minigo_parser::ast::ConstSpec,
        src_spec: &'a minigo_parser::ast::ConstSpec,
        inherited: bool,
    ) {
        let (l, r) = (spec.names.len(), src_spec.values.len());
        if l < r {
            let n = &src_spec.values[l];
            if inherited {
                let at = self.pos_string(self.ctx.file, n.span.lo);
                self.error(spec.span.lo, format!("extra init expr at {at}"));
            } else {
                self.error(n.span.lo, "extra init expr");
            }
        } else if l > r {
            let n = &spec.names[r];
            self.error(n.span.lo, format!("missing init expr for {}", n.name));
        }
    }

    fn arity_var(&mut self, spec: &'a minigo_parser::ast::VarSpec) {
        let (l, r) = (spec.names.len(), spec.values.len());
        if l < r {
            self.error(spec.values[l].span.lo, "extra init expr");
        } else if l > r && r != 1 {
            let n = &spec.names[r];
            self.error(n.span.lo, format!("missing init expr for {}", n.name));
        }
    }

    /// Unused imports, reported at the import as gc does.
    pub(crate) fn unused_imports(&mut self) {
        let src = self.src;
        if src.prompt {
            return;
        }
        for &file in &src.packages[self.pkg].files {
            let fscope = self.file_scopes[file];
            let imports: Vec<_> = self.scopes[fscope.index()].order.clone();
            for imp in imports {
                let o = self.obj(imp);
                let ObjKind::PkgName { pkg, used: false } = o.kind else {
                    continue;
                };
                if o.file != Some(file) {
                    continue; // a dot-imported object
                }
                let path = &src.packages[pkg].path;
                let elem = path.rsplit('/').next().unwrap_or(path);
                let msg = if *o.name == *elem {
                    format!("{:?} imported and not used", path)
                } else {
                    format!("{:?} imported as {} and not used", path, o.name)
                };
                let pos = o.pos;
                self.error_in(file, pos, msg, true);
            }
        }
    }
}

/// A file name as the go command passes it to the compiler: relative names
/// without a directory get `./`. Names that are no path (`$minigo/...`,
/// `<standard input>`) stay as they are.
pub fn go_command_file_name(name: &str) -> std::borrow::Cow<'_, str> {
    if name.contains('/') || name.starts_with('$') || name.starts_with('<') {
        name.into()
    } else {
        format!("./{name}").into()
    }
}

/// The name of a receiver's base type: `T`, `*T`, `(T)`, `(*T)` (and
/// `T[P]` for generic receivers).
fn base_type_name(e: &Expr) -> Option<&str> {
    let mut e = e;
    let mut ptr = false;
    loop {
        match &e.kind {
            ExprKind::Paren(x) => e = x,
            ExprKind::Unary {
                op: UnaryOp::Deref,
                x,
            } if !ptr => {
                ptr = true;
                e = x;
            }
            ExprKind::Index { x, .. } => e = x,
            ExprKind::Name(n) => return Some(n),
            _ => return None,
        }
    }
}
