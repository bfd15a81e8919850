//! The files a program is made of: the program's own (one `package main`
//! today), and the declaration files of every standard package it imports,
//! directly or not, parsed once and ordered so that a package comes after
//! the packages it imports. The checker borrows them; its results refer to
//! them by file index and [`ExprId`](minigo_parser::ast::ExprId).

use super::errors::TypeError;
use crate::HashMap;
use minigo_lexer::LineMap;
use minigo_parser::ast::{File, ImportSpec};

/// Where the checker finds a standard package's API: a Go file declaring
/// the package's exported members, functions without bodies (minigo's
/// `stdlib/api/`).
pub trait Importer {
    /// The declaration file of the package with this import path, or
    /// `None` if minigo does not provide it.
    fn api_source(&self, path: &str) -> Option<&str>;

    /// Go source implementing part of the package: its functions replace
    /// the declaration file's bodiless ones of the same name (methods by
    /// receiver type and name), and it may add unexported helpers.
    fn impl_source(&self, _path: &str) -> Option<&str> {
        None
    }

    /// Whether the package is an embedder's (its bodiless functions are
    /// Rust functions the host registered, not the VM's natives).
    fn is_host(&self, _path: &str) -> bool {
        false
    }
}

/// An importer that knows no packages (programs that import nothing).
pub struct NoPackages;

impl Importer for NoPackages {
    fn api_source(&self, _: &str) -> Option<&str> {
        None
    }
}

/// One parsed file.
#[derive(Debug)]
pub struct SourceFile {
    /// As diagnostics name it (`prog.go`, or `$minigo/api/strings.go`).
    pub name: String,
    pub ast: File,
    /// For positions inside messages (`other declaration of x` notes).
    pub lines: LineMap,
    /// Index into [`Sources::packages`].
    pub pkg: usize,
}

/// One package: its import path (`main` for the program) and its files.
#[derive(Debug)]
pub struct Package {
    pub path: String,
    /// The package clause's name.
    pub name: String,
    /// Indices into [`Sources::files`].
    pub files: Vec<usize>,
    /// Standard packages are declarations only: no bodies to check, no
    /// `declared and not used`.
    pub is_std: bool,
    /// A host package (`Importer::is_host`), loaded as a standard one.
    pub is_host: bool,
}

#[derive(Debug, Default)]
pub struct Sources {
    /// Imported packages first, each after its own imports; the program's
    /// package last.
    pub packages: Vec<Package>,
    pub files: Vec<SourceFile>,
    /// Checked for the interactive prompt, where an entry's variables and
    /// imports need not be used (`declared and not used` and `imported
    /// and not used` do not apply).
    pub prompt: bool,
}

impl Sources {
    /// Loads the program's files (name, line map of the text, tree; parsed
    /// without errors) and, through
    /// `importer`, every standard package they import. An import that names
    /// no package minigo provides is reported as gc's go command reports it
    /// (`package foo is not in std`), at the import's path.
    pub fn load(
        program: Vec<(String, LineMap, File)>,
        importer: &dyn Importer,
    ) -> Result<Sources, Vec<TypeError>> {
        let mut loader = Loader {
            importer,
            sources: Sources::default(),
            state: HashMap::default(),
            errors: Vec::new(),
            implemented: HashMap::default(),
        };
        // The program's files get the first indices, so diagnostics and the
        // facade can address them as 0..n.
        let main_pkg_files: Vec<usize> = (0..program.len()).collect();
        let mut imports = Vec::new();
        for (i, (name, lines, ast)) in program.into_iter().enumerate() {
            for spec in &ast.imports {
                imports.push((i, spec.clone()));
            }
            loader.sources.files.push(SourceFile {
                name,
                ast,
                lines,
                pkg: usize::MAX,
            });
        }
        loader.find_implemented(imports.iter().map(|(_, spec)| spec));
        for (file, spec) in &imports {
            loader.import(*file, spec, 0);
        }
        if !loader.errors.is_empty() {
            return Err(loader.errors);
        }
        let main = loader.sources.packages.len();
        let name = loader
            .sources
            .files
            .first()
            .map(|f| f.ast.package.name.to_string())
            .unwrap_or_else(|| "main".into());
        for &f in &main_pkg_files {
            loader.sources.files[f].pkg = main;
        }
        loader.sources.packages.push(Package {
            path: "main".into(),
            name,
            files: main_pkg_files,
            is_std: false,
            is_host: false,
        });
        Ok(loader.sources)
    }

    /// The index of the package with this import path.
    pub fn package_index(&self, path: &str) -> Option<usize> {
        self.packages.iter().position(|p| p.path == path)
    }

    /// The program's own package (the last one).
    pub fn main_package(&self) -> usize {
        self.packages.len().saturating_sub(1)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Loading,
    Done,
}

struct Loader<'i> {
    importer: &'i dyn Importer,
    sources: Sources,
    state: HashMap<String, State>,
    errors: Vec<TypeError>,
    /// The packages whose implementation is loaded, with its parsed file:
    /// those the program imports, and those their implementations import.
    /// A package that only declaration files import (io's for sync,
    /// os's for time) is used for its types alone: its declarations
    /// suffice, and its implementation is neither checked nor compiled.
    implemented: HashMap<String, Option<File>>,
}

impl Loader<'_> {
    /// Fills `implemented`, from the program's imports through the
    /// implementation files' own.
    fn find_implemented<'s>(&mut self, imports: impl Iterator<Item = &'s ImportSpec>) {
        let mut work: Vec<String> = imports.filter_map(|s| import_path(&s.path.raw)).collect();
        while let Some(path) = work.pop() {
            if self.implemented.contains_key(&path) || self.implemented.len() > 4096 {
                continue;
            }
            let ast = self.importer.impl_source(&path).and_then(|text| {
                let (ast, errors) = minigo_parser::parse_file(text);
                // A syntax error is reported when the package is loaded.
                errors.is_empty().then_some(ast)
            });
            if let Some(ast) = &ast {
                work.extend(ast.imports.iter().filter_map(|s| import_path(&s.path.raw)));
            }
            self.implemented.insert(path, ast);
        }
    }

    /// Parses one of minigo's own standard package files; a syntax error
    /// there is minigo's bug, reported at the import.
    fn parse_std(
        &mut self,
        from: usize,
        spec: &ImportSpec,
        name: &str,
        text: &str,
    ) -> Option<File> {
        let (ast, errors) = minigo_parser::parse_file(text);
        if let Some(e) = errors.first() {
            self.errors.push(TypeError {
                file: from,
                pos: spec.path.span.lo,
                msg: format!("internal error: {name}: {}", e.msg),
                soft: false,
            });
            return None;
        }
        Some(ast)
    }

    /// Loads the package `spec` names, imported from file `from`.
    fn import(&mut self, from: usize, spec: &ImportSpec, depth: u32) {
        let Some(path) = import_path(&spec.path.raw) else {
            // A malformed path is reported by the checker.
            return;
        };
        if self.state.contains_key(&path) {
            // Cycles cannot occur among standard packages; a repeated
            // import is simply done already.
            return;
        }
        let Some(text) = self.importer.api_source(&path) else {
            self.errors.push(TypeError {
                file: from,
                pos: spec.path.span.lo,
                msg: not_found_message(&path),
                soft: false,
            });
            return;
        };
        self.state.insert(path.clone(), State::Loading);
        let name = format!("$minigo/api/{path}.go");
        let Some(mut ast) = self.parse_std(from, spec, &name, text) else {
            return;
        };
        let file = self.sources.files.len();
        let mut deps: Vec<ImportSpec> = ast.imports.clone();
        let pkg_name = ast.package.name.to_string();
        let mut files = vec![file];
        let mut implementation = None;
        if let (Some(text), true) = (
            self.importer.impl_source(&path),
            self.implemented.contains_key(&path),
        ) {
            let impl_name = format!("$minigo/go/{path}.go");
            let parsed = self.implemented.get_mut(&path).and_then(Option::take);
            let Some(impl_ast) = parsed.or_else(|| self.parse_std(from, spec, &impl_name, text))
            else {
                return;
            };
            drop_implemented(&mut ast, &impl_ast);
            implementation = Some((text, impl_name, impl_ast));
        }
        self.sources.files.push(SourceFile {
            name,
            ast,
            lines: LineMap::new(text),
            pkg: usize::MAX,
        });
        if let Some((text, name, impl_ast)) = implementation {
            deps.extend(impl_ast.imports.iter().cloned());
            files.push(self.sources.files.len());
            self.sources.files.push(SourceFile {
                name,
                ast: impl_ast,
                lines: LineMap::new(text),
                pkg: usize::MAX,
            });
        }
        if depth < 64 {
            for dep in &deps {
                self.import(file, dep, depth + 1);
            }
        }
        let pkg = self.sources.packages.len();
        for &f in &files {
            self.sources.files[f].pkg = pkg;
        }
        self.sources.packages.push(Package {
            path: path.clone(),
            name: pkg_name,
            files,
            is_std: true,
            is_host: self.importer.is_host(&path),
        });
        self.state.insert(path, State::Done);
    }
}

/// Removes from a declaration file the functions, methods and variables
/// that the package's implementation file declares (functions with a
/// body, or bodiless as natives; variables with their values).
fn drop_implemented(api: &mut File, implementation: &File) {
    use minigo_parser::ast::{Decl, FuncDecl};
    // A method's key is its receiver's base type name and its name.
    fn key(f: &FuncDecl) -> (String, String) {
        let recv = f
            .recv
            .as_ref()
            .and_then(|r| r.params.first())
            .map(|p| receiver_base(&p.ty))
            .unwrap_or_default();
        (recv, f.name.name.to_string())
    }
    fn receiver_base(e: &minigo_parser::ast::Expr) -> String {
        use minigo_parser::ast::{ExprKind, UnaryOp};
        match &e.kind {
            ExprKind::Name(n) => n.to_string(),
            ExprKind::Paren(x) => receiver_base(x),
            ExprKind::Unary {
                op: UnaryOp::Deref,
                x,
            } => receiver_base(x),
            // A generic type's receiver: `*Pointer[T]`.
            ExprKind::Index { x, .. } => receiver_base(x),
            _ => String::new(),
        }
    }
    let defined: crate::HashSet<(String, String)> = implementation
        .decls
        .iter()
        .filter_map(|d| match d {
            Decl::Func(f) => Some(key(f)),
            _ => None,
        })
        .collect();
    let vars: crate::HashSet<&str> = implementation
        .decls
        .iter()
        .filter_map(|d| match d {
            Decl::Var(g) => Some(g),
            _ => None,
        })
        .flat_map(|g| {
            g.specs
                .iter()
                .flat_map(|s| s.names.iter().map(|n| &*n.name))
        })
        .collect();
    // A type the implementation declares replaces the declaration's (its
    // representation is the implementation's business: sync.Mutex's
    // fields are Go's runtime internals, minigo's are its own).
    let types: crate::HashSet<&str> = implementation
        .decls
        .iter()
        .filter_map(|d| match d {
            Decl::Type(g) => Some(g),
            _ => None,
        })
        .flat_map(|g| g.specs.iter().map(|s| &*s.name.name))
        .collect();
    api.decls.retain(|d| match d {
        Decl::Func(f) => !defined.contains(&key(f)),
        _ => true,
    });
    for d in &mut api.decls {
        match d {
            Decl::Var(g) => g
                .specs
                .retain(|s| !s.names.iter().any(|n| vars.contains(&*n.name))),
            Decl::Type(g) => g.specs.retain(|s| !types.contains(&*s.name.name)),
            _ => {}
        }
    }
}

/// The import path of a spec's string literal, if it is a valid one.
pub(crate) fn import_path(lit: &str) -> Option<String> {
    let path = crate::constant::unquote(lit)?;
    if path.is_empty() {
        return None;
    }
    Some(path)
}

/// What the go command says about a package it cannot find. Standard
/// packages that minigo does not provide yet are named as such.
fn not_found_message(path: &str) -> String {
    let first = path.split('/').next().unwrap_or(path);
    if first.contains('.') {
        // A module path: minigo runs single files of package main with the
        // standard library only.
        format!(
            "no required module provides package {path}; minigo supports only the standard library"
        )
    } else if is_go_std_package(path) {
        format!("package {path} is not supported by minigo's VM yet")
    } else {
        format!("package {path} is not in std")
    }
}

/// The standard packages of Go that a program may import but minigo does
/// not provide (so the message can tell "not yet" from "no such package").
fn is_go_std_package(path: &str) -> bool {
    const STD: &[&str] = &[
        "archive",
        "bufio",
        "bytes",
        "cmp",
        "compress",
        "container",
        "context",
        "crypto",
        "database",
        "debug",
        "embed",
        "encoding",
        "errors",
        "expvar",
        "flag",
        "fmt",
        "go",
        "hash",
        "html",
        "image",
        "index",
        "io",
        "iter",
        "log",
        "maps",
        "math",
        "mime",
        "net",
        "os",
        "path",
        "plugin",
        "reflect",
        "regexp",
        "runtime",
        "slices",
        "sort",
        "strconv",
        "strings",
        "structs",
        "sync",
        "syscall",
        "testing",
        "text",
        "time",
        "unicode",
        "unique",
        "unsafe",
        "weak",
    ];
    let first = path.split('/').next().unwrap_or(path);
    STD.contains(&first)
}
