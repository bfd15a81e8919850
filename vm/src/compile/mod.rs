//! The compiler: a checked program to register bytecode, one function at a
//! time, reading the checker's side tables (the type and constant value of
//! every expression, the object behind every name) so that every
//! instruction it emits is typed.
//!
//! This first release compiles the scalar core of Go: integers of every
//! width (with Go's wraparound), floats, booleans, local variables,
//! package functions and recursion, `if`, `for`, expression `switch`,
//! `break`/`continue`, and `println`/`print`/`fmt.Println`/`fmt.Print` of
//! scalars and string constants. Anything else is reported as
//! [`CompileError`] naming the construct, never compiled wrongly; strings,
//! composite types, closures, methods, interfaces, defer and goroutines
//! come with the heap in the next steps.

mod escape;
mod func;

use crate::bytecode::{Function, Instr, PrintFormat, Program};
use crate::check::{Checked, ObjId, ObjKind, Sources};
use minigo_parser::ast::Decl;
use std::collections::HashMap;

/// A construct the VM cannot run yet (or a limit of the bytecode format),
/// at a byte offset of the program's file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub pos: u32,
    pub msg: String,
}

impl CompileError {
    pub(crate) fn unsupported(pos: u32, what: &str) -> CompileError {
        CompileError {
            pos,
            msg: format!("{what} not supported by minigo's VM yet"),
        }
    }
}

/// State shared by all functions of the program being compiled.
pub(crate) struct Unit<'a> {
    pub src: &'a Sources,
    pub checked: &'a Checked,
    /// Function objects of the program's package → function index.
    pub funcs: HashMap<ObjId, u32>,
    pub program: Program,
    /// Package-level variables: their first global word and kind.
    pub globals: HashMap<ObjId, (u32, func::Scalar)>,
    /// Struct types: each field's word offset and kind.
    pub structs: HashMap<crate::types::TypeId, Vec<(u32, func::Scalar)>>,
    consts: HashMap<u64, u32>,
    strings: HashMap<Vec<u8>, u32>,
}

impl Unit<'_> {
    pub(crate) fn const_index(&mut self, bits: u64) -> u32 {
        if let Some(&i) = self.consts.get(&bits) {
            return i;
        }
        let i = self.program.consts.len() as u32;
        self.program.consts.push(bits);
        self.consts.insert(bits, i);
        i
    }

    pub(crate) fn string_index(&mut self, s: &[u8]) -> u32 {
        if let Some(&i) = self.strings.get(s) {
            return i;
        }
        let i = self.program.strings.len() as u32;
        self.program.strings.push(s.into());
        self.strings.insert(s.to_vec(), i);
        i
    }

    /// Word offsets (within a value of `kind`) that hold references.
    pub(crate) fn ref_offsets(&self, kind: func::Scalar) -> Vec<u32> {
        match kind {
            func::Scalar::Str
            | func::Scalar::Slice { .. }
            | func::Scalar::Ptr
            | func::Scalar::Func => {
                vec![0]
            }
            func::Scalar::Struct { layout, .. } => self
                .program
                .layouts
                .get(layout as usize)
                .map(|l| l.layout.refs.to_vec())
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// The layout index of elements of `kind` (registered on first use).
    pub(crate) fn layout_of(&mut self, kind: func::Scalar) -> Result<u16, CompileError> {
        let (go_size, has_pointers) = func::go_size(self, kind);
        let layout = crate::bytecode::ElemLayout {
            layout: crate::heap::Layout {
                words: kind.words(),
                refs: self.ref_offsets(kind).into(),
            },
            go_size,
            has_pointers,
        };
        let idx = match self.program.layouts.iter().position(|l| *l == layout) {
            Some(i) => i,
            None => {
                self.program.layouts.push(layout);
                self.program.layouts.len() - 1
            }
        };
        u16::try_from(idx).map_err(|_| CompileError::unsupported(0, "so many types are"))
    }

    pub(crate) fn format_index(&mut self, f: PrintFormat) -> u32 {
        if let Some(i) = self.program.formats.iter().position(|x| *x == f) {
            return i as u32;
        }
        self.program.formats.push(f);
        (self.program.formats.len() - 1) as u32
    }
}

/// Compiles the program's package (the last of `src`). The entry function
/// runs `init` functions in order, then `main.main`.
pub fn compile(src: &Sources, checked: &Checked) -> Result<Program, CompileError> {
    let main_pkg = src.main_package();
    let mut unit = Unit {
        src,
        checked,
        funcs: HashMap::new(),
        program: Program::default(),
        globals: HashMap::new(),
        structs: HashMap::new(),
        consts: HashMap::new(),
        strings: HashMap::new(),
    };
    unit.program.file_name = src
        .files
        .first()
        .map(|f| f.name.clone())
        .unwrap_or_default();
    // Package variables get global words, in declaration order.
    let mut var_decls: Vec<(usize, &minigo_parser::ast::Expr)> = Vec::new();
    for &file in &src.packages[main_pkg].files {
        for d in &src.files[file].ast.decls {
            let Decl::Var(g) = d else { continue };
            for spec in &g.specs {
                for v in &spec.values {
                    var_decls.push((file, v));
                }
                for name in &spec.names {
                    let Some(&obj) = checked.files[file].defs.get(&name.span.lo) else {
                        continue;
                    };
                    let t = checked.object(obj).ty.unwrap_or(checked.universe.invalid);
                    let kind = func::kind_of(&mut unit, t, name.span.lo)?;
                    let slot = unit.program.globals;
                    for off in unit.ref_offsets(kind) {
                        unit.program.global_refs.push(slot + off);
                    }
                    unit.program.globals += kind.words();
                    unit.globals.insert(obj, (slot, kind));
                }
            }
        }
    }
    // Number every function first, so calls can be compiled in any order.
    let mut decls = Vec::new();
    for &file in &src.packages[main_pkg].files {
        for d in &src.files[file].ast.decls {
            let Decl::Func(f) = d else { continue };
            let Some(&obj) = checked.files[file].defs.get(&f.name.span.lo) else {
                continue;
            };
            let index = decls.len() as u32 + 1; // 0 is the entry
            unit.funcs.insert(obj, index);
            decls.push((file, obj, &**f));
        }
    }
    // Function literals take indices after these as they are compiled.
    unit.program
        .functions
        .resize_with(decls.len() + 1, Function::default);
    for (i, &(file, obj, f)) in decls.iter().enumerate() {
        let function = func::compile_func(&mut unit, file, obj, f)?;
        unit.program.functions[i + 1] = function;
    }
    // The entry: variable initializers in initialization order, init
    // functions in source order, then main.
    let main = decls.iter().find(|(_, obj, f)| {
        &*f.name.name == "main" && matches!(checked.object(*obj).kind, ObjKind::Func { .. })
    });
    let Some(&(_, main_obj, _)) = main else {
        return Err(CompileError {
            pos: 0,
            msg: "function main is undeclared in the main package".into(),
        });
    };
    let calls: Vec<u32> = checked
        .init_funcs
        .iter()
        .chain(std::iter::once(&main_obj))
        .filter_map(|obj| unit.funcs.get(obj).copied())
        .collect();
    let file0 = src.packages[main_pkg].files.first().copied().unwrap_or(0);
    let mut entry = func::FuncCompiler::new(&mut unit, file0);
    for init in &checked.init_order {
        let found = var_decls
            .iter()
            .find(|(f, e)| *f == init.file && e.id == init.rhs);
        if let Some(&(_, rhs)) = found {
            entry.initializer(&init.lhs, rhs)?;
        }
    }
    for index in calls {
        entry.emit(Instr::Call {
            func: index,
            base: 0,
        });
    }
    entry.emit(Instr::Return { src: 0, n: 0 });
    let entry = entry.finish("runtime.main".into(), 0, 0);
    unit.program.functions[0] = entry;
    unit.program.entry = 0;
    Ok(unit.program)
}
