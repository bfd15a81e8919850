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
mod methods;

use crate::bytecode::{Function, Instr, PrintFormat, Program};
use crate::check::{Checked, ObjId, ObjKind, Sources};
use crate::HashMap;
use minigo_parser::ast::Decl;

/// A construct the VM cannot run yet (or a limit of the bytecode format),
/// at a byte offset of one of the program's files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// The file, an index into [`Sources::files`]: one of the main
    /// package's (the first where no file is known).
    pub file: usize,
    pub pos: u32,
    pub msg: String,
}

impl CompileError {
    pub(crate) fn unsupported(pos: u32, what: &str) -> CompileError {
        CompileError {
            file: 0,
            pos,
            msg: format!("{what} not supported by minigo's VM yet"),
        }
    }

    /// The error, located in `file`.
    fn in_file(self, file: usize) -> CompileError {
        CompileError { file, ..self }
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
    /// Runtime types made for the formatter, by type.
    pub rtypes: HashMap<crate::types::TypeId, u32>,
    /// The types of `rtypes` by their Go name: identical types that are
    /// different type ids (`*rune` and `*int32`) share one type word.
    pub rtypes_by_name: HashMap<Box<str>, Vec<(crate::types::TypeId, u32)>>,
    /// Struct types: each field's word offset and kind.
    pub structs: HashMap<crate::types::TypeId, Vec<(u32, func::Scalar)>>,
    consts: HashMap<u64, u32>,
    strings: HashMap<Vec<u8>, u32>,
    static_funcs: HashMap<u32, u32>,
    method_ids: HashMap<(String, String), u32>,
    /// Package variables held in a box (their global word points to it).
    pub boxed_globals: crate::HashSet<ObjId>,
    /// Slice and map types whose kind is being computed (recursive types).
    pub kinds_in_progress: crate::HashSet<crate::types::TypeId>,
    /// At the prompt: the runtime types compiled before, by Go name, with
    /// their underlying type's name (a check that the name means the
    /// same type).
    seed_rtypes: HashMap<Box<str>, (u32, String)>,
    /// At the prompt: package variables compiled before (neither boxed
    /// nor initialized again).
    pub reused_globals: crate::HashSet<ObjId>,
    /// While an instance of a generic function is compiled: its file and
    /// side tables, which replace the file's for its body and closures.
    pub instance_info: Option<(usize, &'a crate::check::FileInfo)>,
}

impl<'a> Unit<'a> {
    /// The side tables for code of `file` being compiled now.
    pub(crate) fn info_for(&self, file: usize) -> &'a crate::check::FileInfo {
        match self.instance_info {
            Some((f, info)) if f == file => info,
            _ => &self.checked.files[file],
        }
    }
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

    pub(crate) fn static_func_index(&mut self, func: u32) -> u32 {
        if let Some(&i) = self.static_funcs.get(&func) {
            return i;
        }
        let i = self.program.static_funcs.len() as u32;
        self.program.static_funcs.push(func);
        self.static_funcs.insert(func, i);
        i
    }

    /// Word offsets (within a value of `kind`) that hold references.
    pub(crate) fn ref_offsets(&self, kind: func::Scalar) -> Vec<u32> {
        use func::Scalar;
        // Exhaustive on purpose: a new kind must say where its references
        // are, or the collector frees what it points to.
        match kind {
            Scalar::Str
            | Scalar::Slice { .. }
            | Scalar::Ptr
            | Scalar::Func
            | Scalar::Map { .. }
            | Scalar::Chan { .. } => {
                vec![0]
            }
            Scalar::Iface => vec![1],
            Scalar::Struct { layout, .. } => self
                .program
                .layouts
                .get(layout as usize)
                .map(|l| l.layout.refs.to_vec())
                .unwrap_or_default(),
            Scalar::Int(_)
            | Scalar::Uint(_)
            | Scalar::Float64
            | Scalar::Float32
            | Scalar::Bool
            | Scalar::Complex(_) => Vec::new(),
        }
    }

    /// The runtime type of `t` (for the formatter, and as the type word of
    /// interfaces holding it); `None` for types the VM cannot describe
    /// yet.
    pub(crate) fn rtype_of(&mut self, t: crate::types::TypeId) -> Option<u32> {
        use crate::bytecode::RType;
        use crate::types::{BasicKind, TypeKind};
        // Identical types must get one type word: aliases are their
        // targets.
        let t = self.checked.types.unalias(t);
        if let Some(&i) = self.rtypes.get(&t) {
            return Some(i);
        }
        let types = &self.checked.types;
        let name: Box<str> = go_type_string(types, t).into();
        let same = self.rtypes_by_name.get(&name).and_then(|ts| {
            ts.iter()
                .find(|&&(u, _)| types.identical(t, u))
                .map(|&(_, i)| i)
        });
        if let Some(i) = same {
            self.rtypes.insert(t, i);
            return Some(i);
        }
        if let Some(i) = self.seeded_rtype(t, &name) {
            return Some(i);
        }
        // Reserve the index first: types can refer to themselves.
        let index = self.program.rtypes.len() as u32;
        self.rtypes_by_name
            .entry(name.clone())
            .or_default()
            .push((t, index));
        self.program.rtypes.push(RType::Bool { name: name.clone() });
        self.program.type_info.push(Default::default());
        self.rtypes.insert(t, index);
        let rt = match types.under_kind(t).clone() {
            TypeKind::Basic(b) => match b {
                BasicKind::Int
                | BasicKind::Int8
                | BasicKind::Int16
                | BasicKind::Int32
                | BasicKind::Int64 => RType::Int { name },
                BasicKind::Uint
                | BasicKind::Uint8
                | BasicKind::Uint16
                | BasicKind::Uint32
                | BasicKind::Uint64
                | BasicKind::Uintptr => RType::Uint { name },
                BasicKind::Float32 => RType::Float { bits: 32, name },
                BasicKind::Float64 => RType::Float { bits: 64, name },
                BasicKind::Bool => RType::Bool { name },
                BasicKind::String => RType::Str { name },
                BasicKind::Complex64 => RType::Complex { bits: 32, name },
                BasicKind::Complex128 => RType::Complex { bits: 64, name },
                _ => return self.forget_rtype(t),
            },
            TypeKind::Slice(elem) => {
                let ek = func::kind_of(self, elem, 0).ok()?;
                let bytes = matches!(types.basic(elem), Some(BasicKind::Uint8));
                let e = self.rtype_of(elem)?;
                RType::Slice {
                    elem: e,
                    elem_words: ek.words(),
                    bytes,
                    name,
                }
            }
            TypeKind::Struct(fields) => {
                let under = types.underlying(t);
                func::kind_of(self, under, 0).ok()?;
                let offs = self.structs.get(&under).cloned()?;
                let mut out = Vec::new();
                for (f, (off, _)) in fields.iter().zip(offs) {
                    let ft = self.rtype_of(f.ty)?;
                    out.push((f.name.clone(), off, ft));
                }
                RType::Struct { fields: out, name }
            }
            TypeKind::Pointer(elem) => {
                let e = self.rtype_of(elem)?;
                RType::Ptr { elem: e, name }
            }
            TypeKind::Func(_) => RType::Func { name },
            TypeKind::Chan { elem, .. } => {
                // An element the VM cannot describe leaves a channel fmt
                // can still print (as its address).
                let elem = self.rtype_of(elem).unwrap_or(u32::MAX);
                RType::Chan { elem, name }
            }
            TypeKind::Map { key, value } => {
                let kk = func::kind_of(self, key, 0).ok()?;
                let vk = func::kind_of(self, value, 0).ok()?;
                let k = self.rtype_of(key)?;
                let v = self.rtype_of(value)?;
                RType::Map {
                    key: k,
                    val: v,
                    key_words: kk.words(),
                    val_words: vk.words(),
                    name,
                }
            }
            TypeKind::Interface(_) => RType::Iface { name },
            TypeKind::Array { len, elem } => {
                let ek = func::kind_of(self, elem, 0).ok()?;
                let bytes = matches!(types.basic(elem), Some(BasicKind::Uint8));
                let e = self.rtype_of(elem)?;
                RType::Array {
                    elem: e,
                    len: u32::try_from(len).ok()?,
                    elem_words: ek.words(),
                    bytes,
                    name,
                }
            }
            _ => return self.forget_rtype(t),
        };
        let Some(info) = self.type_info(t, &rt) else {
            return self.forget_rtype(t);
        };
        self.program.rtypes[index as usize] = rt;
        self.program.type_info[index as usize] = info;
        Some(index)
    }

    /// At the prompt, the runtime type an earlier entry made for `t`'s
    /// name, if it is the same type. The program's own types get their
    /// method tables again: an entry may have declared methods since.
    fn seeded_rtype(&mut self, t: crate::types::TypeId, name: &str) -> Option<u32> {
        let (index, under) = self.seed_rtypes.get(name)?.clone();
        let types = &self.checked.types;
        if go_type_string(types, types.underlying(t)) != under {
            return None;
        }
        self.rtypes_by_name
            .entry(name.into())
            .or_default()
            .push((t, index));
        self.rtypes.insert(t, index);
        if name.trim_start_matches('*').starts_with("main.") {
            let rt = self.program.rtypes[index as usize].clone();
            if let Some(info) = self.type_info(t, &rt) {
                self.program.type_info[index as usize] = info;
            }
        }
        Some(index)
    }

    /// How interfaces hold values of `t`, its method set and equality.
    fn type_info(
        &mut self,
        t: crate::types::TypeId,
        rt: &crate::bytecode::RType,
    ) -> Option<crate::bytecode::TypeInfo> {
        use crate::bytecode::{MethodEntry, RType, TypeEq, TypeInfo};
        use crate::types::TypeKind;
        let kind = func::kind_of(self, t, 0).ok()?;
        let boxed = !matches!(
            kind,
            func::Scalar::Int(_)
                | func::Scalar::Uint(_)
                | func::Scalar::Float64
                | func::Scalar::Float32
                | func::Scalar::Bool
                | func::Scalar::Ptr
                | func::Scalar::Func
                | func::Scalar::Map { .. }
                | func::Scalar::Chan { .. }
        );
        let layout = if boxed { self.layout_of(kind).ok()? } else { 0 };
        let types = &self.checked.types;
        // The method set: T's value methods; *T's methods of both kinds.
        let (named, is_ptr) = match types.kind(t) {
            TypeKind::Pointer(e) => (types.unalias(*e), true),
            _ => (t, false),
        };
        let mut methods = Vec::new();
        let mut fmt_method = None;
        let mut formatter = None;
        let mut go_stringer = None;
        let base_words = if is_ptr {
            func::kind_of(self, named, 0).ok()?.words()
        } else {
            kind.words()
        };
        for m in methods::method_set(self, t).ok()? {
            let path = if m.path.is_empty() {
                0
            } else {
                if self.program.recv_paths.is_empty() {
                    self.program.recv_paths.push(Vec::new());
                }
                self.program.recv_paths.push(m.path.clone());
                (self.program.recv_paths.len() - 1) as u32
            };
            let id = self.method_id(&m.name, m.sig);
            let entry = match m.target {
                methods::Target::Func {
                    obj,
                    pointer_recv,
                    words,
                } => {
                    let func = match self.funcs.get(&obj) {
                        Some(&f) => f,
                        None => self.unsupported_method(named, &m.name, pointer_recv, words),
                    };
                    // The type's own methods take the data word itself
                    // when it is the receiver (a pointer, or a one-word
                    // value); promoted ones the embedded field's address.
                    let direct = if m.path.is_empty() {
                        pointer_recv || (!is_ptr && !boxed)
                    } else {
                        pointer_recv
                    };
                    let words = if m.path.is_empty() { base_words } else { words };
                    MethodEntry {
                        id,
                        func,
                        direct,
                        words: if direct { 1 } else { words as u16 },
                        path,
                        forward: false,
                    }
                }
                methods::Target::Iface => MethodEntry {
                    id,
                    func: 0,
                    direct: false,
                    words: 2,
                    path,
                    forward: true,
                },
            };
            let types = &self.checked.types;
            let returns_string = match types.kind(m.sig) {
                TypeKind::Func(s) => {
                    s.params.is_empty()
                        && s.results.len() == 1
                        && types.basic(s.results[0]) == Some(crate::types::BasicKind::String)
                }
                _ => false,
            };
            match &*m.name {
                "Error" if returns_string => fmt_method = Some((crate::fmt::Method::Error, entry)),
                "String" if returns_string && fmt_method.is_none() => {
                    fmt_method = Some((crate::fmt::Method::String, entry))
                }
                "GoString" if returns_string => go_stringer = Some(entry),
                "Format" if go_type_string(types, m.sig) == "func(fmt.State, int32)" => {
                    formatter = Some(entry)
                }
                _ => {}
            }
            methods.push(entry);
        }
        methods.sort_by_key(|m| m.id);
        let eq =
            match rt {
                RType::Int { .. }
                | RType::Uint { .. }
                | RType::Bool { .. }
                | RType::Ptr { .. }
                | RType::Chan { .. } => Some(TypeEq::Word),
                RType::Float { .. } => Some(TypeEq::Float),
                RType::Complex { .. } => Some(TypeEq::Complex),
                RType::Str { .. } => Some(TypeEq::Str),
                RType::Iface { .. } => Some(TypeEq::Iface),
                RType::Struct { fields, .. } => self.checked.types.comparable(t).then(|| {
                    TypeEq::Fields(fields.iter().map(|&(_, off, ft)| (off, ft)).collect())
                }),
                RType::Array {
                    elem,
                    len,
                    elem_words,
                    ..
                } => {
                    self.checked.types.comparable(t).then(|| {
                        TypeEq::Fields((0..*len).map(|i| (i * elem_words, *elem)).collect())
                    })
                }
                RType::Slice { .. } | RType::Map { .. } | RType::Func { .. } => None,
            };
        // An interface type's own methods (errors.As asks whether a
        // dynamic type implements the interface a pointer points to).
        let iface_methods = match self.checked.types.under_kind(t).clone() {
            TypeKind::Interface(ms) => {
                let mut ids: Vec<u32> = ms.iter().map(|m| self.method_id(&m.name, m.sig)).collect();
                ids.sort_unstable();
                Some(ids)
            }
            _ => None,
        };
        Some(TypeInfo {
            words: kind.words(),
            boxed,
            layout,
            methods,
            fmt_method,
            go_stringer,
            formatter,
            eq,
            is_ptr,
            iface_methods,
        })
    }

    /// A function standing for a standard package's method minigo does
    /// not implement: called through an interface, it panics naming it.
    fn unsupported_method(
        &mut self,
        t: crate::types::TypeId,
        name: &str,
        pointer_recv: bool,
        words: u32,
    ) -> u32 {
        let ts = go_type_string(&self.checked.types, t);
        let full = if pointer_recv {
            format!("(*{ts}).{name}")
        } else {
            format!("{ts}.{name}")
        };
        let msg =
            self.string_index(format!("{full} is not supported by minigo's VM yet").as_bytes());
        let func = self.program.functions.len() as u32;
        let n_params = if pointer_recv { 1 } else { words.max(1) };
        self.program.functions.push(Function {
            file: 0,
            name: full,
            code: vec![Instr::PanicMsg { msg }],
            frame_size: n_params as u16 + 1,
            n_params: n_params as u16,
            n_results: 0,
            lines: vec![0],
            ref_regs: Box::new([]),
            recover_pc: None,
        });
        func
    }

    /// The id of the method `name` with signature `sig`: methods are the
    /// same only with the same name and identical signatures
    /// (`Unwrap() error` is not `Unwrap() []error`).
    pub(crate) fn method_id(&mut self, name: &str, sig: crate::types::TypeId) -> u32 {
        let key = (name.to_string(), go_type_string(&self.checked.types, sig));
        if let Some(&i) = self.method_ids.get(&key) {
            return i;
        }
        let i = self.program.method_names.len() as u32;
        self.program.method_names.push(name.into());
        self.method_ids.insert(key, i);
        i
    }

    fn forget_rtype(&mut self, t: crate::types::TypeId) -> Option<u32> {
        self.rtypes.remove(&t);
        for ts in self.rtypes_by_name.values_mut() {
            ts.retain(|&(u, _)| u != t);
        }
        None
    }

    /// The type word of interfaces holding a `t`: its runtime type index
    /// plus one. A type whose methods the VM cannot call through an
    /// interface (promoted through embedding, or another package's) is
    /// an error rather than a missing method at run time.
    pub(crate) fn type_word(
        &mut self,
        t: crate::types::TypeId,
        pos: u32,
    ) -> Result<u32, CompileError> {
        let types = &self.checked.types;
        let what = || {
            CompileError::unsupported(
                pos,
                &format!(
                    "converting values of type {} to interfaces is",
                    types.type_string(t)
                ),
            )
        };
        let rt = self.rtype_of(t).ok_or_else(what)?;
        Ok(rt + 1)
    }

    /// The layout index of elements of `kind` (registered on first use).
    pub(crate) fn layout_of(&mut self, kind: func::Scalar) -> Result<u16, CompileError> {
        let (go_size, has_pointers) = func::go_size(self, kind);
        self.register_layout(crate::bytecode::ElemLayout {
            layout: crate::heap::Layout {
                words: kind.words(),
                refs: self.ref_offsets(kind).into(),
            },
            go_size,
            has_pointers,
            bytes: matches!(kind, func::Scalar::Uint(8) | func::Scalar::Bool),
        })
    }

    /// The index of `layout` among the program's layouts (added on first
    /// use).
    pub(crate) fn register_layout(
        &mut self,
        layout: crate::bytecode::ElemLayout,
    ) -> Result<u16, CompileError> {
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

/// A type as Go's `%T` (reflect) spells it: the program's defined types as
/// `main.T`, other packages' by package name, struct literals as
/// `struct { X int; Y string }`.
pub fn go_type_string(types: &crate::types::TypeTable, t: crate::types::TypeId) -> String {
    use crate::types::TypeKind;
    if let Some(n) = types.named(types.unalias(t)) {
        let name = if n.pkg.is_empty() {
            if &*n.name == "error" {
                "error".into()
            } else {
                format!("main.{}", n.name)
            }
        } else {
            let pkg = n.pkg.rsplit('/').next().unwrap_or(&n.pkg);
            format!("{pkg}.{}", n.name)
        };
        if n.targs.is_empty() {
            return name;
        }
        // An instance, as reflect spells it: `main.Pair[int,main.Point]`.
        let args: Vec<String> = n.targs.iter().map(|&a| go_type_string(types, a)).collect();
        return format!("{name}[{}]", args.join(","));
    }
    let t = types.unalias(t);
    match types.kind(t) {
        TypeKind::Pointer(e) => format!("*{}", go_type_string(types, *e)),
        TypeKind::Slice(e) => format!("[]{}", go_type_string(types, *e)),
        TypeKind::Array { len, elem } => format!("[{len}]{}", go_type_string(types, *elem)),
        TypeKind::Map { key, value } => format!(
            "map[{}]{}",
            go_type_string(types, *key),
            go_type_string(types, *value)
        ),
        TypeKind::Func(sig) => {
            let mut params: Vec<String> = sig
                .params
                .iter()
                .map(|&p| go_type_string(types, p))
                .collect();
            if sig.variadic {
                if let Some(last) = params.last_mut() {
                    *last = format!("...{}", last.strip_prefix("[]").unwrap_or(last));
                }
            }
            let results: Vec<String> = sig
                .results
                .iter()
                .map(|&r| go_type_string(types, r))
                .collect();
            let results = match results.len() {
                0 => String::new(),
                1 => format!(" {}", results[0]),
                _ => format!(" ({})", results.join(", ")),
            };
            format!("func({}){results}", params.join(", "))
        }
        TypeKind::Interface(methods) if methods.is_empty() => "interface {}".into(),
        TypeKind::Interface(methods) => {
            let parts: Vec<String> = methods
                .iter()
                .map(|m| {
                    let sig = go_type_string(types, m.sig);
                    format!("{}{}", m.name, sig.strip_prefix("func").unwrap_or(&sig))
                })
                .collect();
            format!("interface {{ {} }}", parts.join("; "))
        }
        TypeKind::Struct(fields) if fields.is_empty() => "struct {}".into(),
        TypeKind::Struct(fields) => {
            let parts: Vec<String> = fields
                .iter()
                .map(|f| {
                    if f.embedded {
                        go_type_string(types, f.ty)
                    } else {
                        format!("{} {}", f.name, go_type_string(types, f.ty))
                    }
                })
                .collect();
            format!("struct {{ {} }}", parts.join("; "))
        }
        _ => types.type_string(t),
    }
}

/// What the interactive prompt has compiled so far: the program, whose
/// every table only grows (a running goroutine keeps finding its code,
/// types and variables where they were), and how to find its functions,
/// variables and types by name in the next entry's program, which is
/// checked afresh (its type and object ids are new).
#[derive(Clone, Debug, Default)]
pub struct PromptState {
    pub program: std::sync::Arc<Program>,
    /// Functions by package path and traceback name (`main|main.(*T).m`).
    funcs: HashMap<String, u32>,
    /// Package variables by `path.name`: first word, kind, boxed.
    globals: HashMap<String, (u32, func::Scalar, bool)>,
    /// Runtime types by Go name, with their underlying type's name.
    rtypes: HashMap<Box<str>, (u32, String)>,
    consts: HashMap<u64, u32>,
    strings: HashMap<Vec<u8>, u32>,
    static_funcs: HashMap<u32, u32>,
    method_ids: HashMap<(String, String), u32>,
    /// Source files by name, as `Function::file` indexes them.
    files: HashMap<String, u32>,
}

/// One entry of the prompt to compile.
pub struct PromptEntry<'r> {
    /// The program package's names declared again by this entry, or
    /// depending on one that was: their functions, variables and types are
    /// compiled anew (a method is `T.m`).
    pub renew: &'r std::collections::HashSet<String>,
    /// The program's function holding the entry's statements.
    pub run: Option<&'r str>,
}

/// Compiles the program's package (the last of `src`). The entry function
/// runs `init` functions in order, then `main.main`.
pub fn compile(src: &Sources, checked: &Checked) -> Result<Program, CompileError> {
    compile_with(src, checked, None, false).map(|(program, _, _)| program)
}

/// Compiles a program for embedding: as [`compile`], with `main.main`
/// optional, plus a second entry (`Exports::serve_entry`) that
/// initializes the packages and then serves the host's requests, and the
/// table of what the host can reach (`Program::exports`).
pub fn compile_embedded(src: &Sources, checked: &Checked) -> Result<Program, CompileError> {
    compile_with(src, checked, None, true).map(|(program, _, _)| program)
}

/// Compiles what an entry at the prompt adds to `state`'s program: the
/// functions and variables not compiled before (or renewed), the standard
/// packages imported for the first time. The new state, and the function
/// that runs the entry: it initializes what is new, runs the new packages'
/// `init` functions, then the entry's statements. The program's entry
/// (function 0) serves the prompt: it starts each entry's goroutine.
pub fn compile_prompt(
    src: &Sources,
    checked: &Checked,
    state: &PromptState,
    entry: &PromptEntry,
) -> Result<(PromptState, u32), CompileError> {
    let (_, state, run) = compile_with(src, checked, Some((state, entry)), false)?;
    Ok((state.unwrap_or_default(), run))
}

/// What the host of an embedded program reaches: package main's
/// functions and variables, and the host packages' functions, with the
/// runtime types of their values.
fn exports(
    unit: &mut Unit,
    decls: &[(
        usize,
        usize,
        ObjId,
        &minigo_parser::ast::FuncDecl,
        Option<crate::bytecode::Native>,
    )],
    main_pkg: usize,
) {
    let checked = unit.checked;
    let sig_of = |unit: &mut Unit, obj: ObjId| -> Option<crate::embed::Sig> {
        let ty = checked.object(obj).ty?;
        let crate::types::TypeKind::Func(sig) = checked.types.under_kind(ty).clone() else {
            return None;
        };
        let mut out = crate::embed::Sig {
            variadic: sig.variadic,
            ..Default::default()
        };
        for p in &sig.params {
            out.params.push(unit.rtype_of(*p)?);
        }
        for r in &sig.results {
            out.results.push(unit.rtype_of(*r)?);
        }
        Some(out)
    };
    for &(pkg, _, obj, f, native) in decls {
        if f.recv.is_some() {
            continue;
        }
        let Some(&index) = unit.funcs.get(&obj) else {
            continue;
        };
        let host = native == Some(crate::bytecode::Native::HostFunc);
        if pkg != main_pkg && !host {
            continue;
        }
        // A signature the VM cannot describe is left out: calling it from
        // the host reports that it cannot.
        let Some(sig) = sig_of(unit, obj) else {
            continue;
        };
        if host {
            let name = format!("{}.{}", unit.src.packages[pkg].path, f.name.name);
            unit.program.exports.host_funcs.insert(index, (name, sig));
        } else {
            let name = f.name.name.to_string();
            unit.program.exports.funcs.insert(name, (index, sig));
        }
    }
    let globals: Vec<(ObjId, u32)> = unit
        .globals
        .iter()
        .filter(|(obj, _)| checked.object(**obj).pkg == Some(main_pkg))
        .map(|(obj, (slot, _))| (*obj, *slot))
        .collect();
    for (obj, word) in globals {
        let o = checked.object(obj);
        let (Some(ty), name) = (o.ty, o.name.to_string()) else {
            continue;
        };
        let Some(rtype) = unit.rtype_of(ty) else {
            continue;
        };
        let boxed = unit.boxed_globals.contains(&obj);
        let var = crate::embed::ExportedVar { word, rtype, boxed };
        unit.program.exports.vars.insert(name, var);
    }
}

/// The entry function: variable initializers in initialization order,
/// then `calls` (init functions, main); or, for an embedded program's
/// server, the initializers and init functions followed by the server's
/// loop (`serve`).
fn init_entry<'a>(
    unit: &mut Unit<'a>,
    checked: &Checked,
    var_decls: &[(usize, &'a minigo_parser::ast::Expr)],
    calls: &[u32],
    file0: usize,
    serve: Option<crate::bytecode::Native>,
) -> Result<Function, CompileError> {
    let mut entry = func::FuncCompiler::new(unit, file0);
    entry.set_name("main.init");
    entry.box_globals()?;
    for init in &checked.init_order {
        if init
            .lhs
            .iter()
            .all(|o| entry.unit.reused_globals.contains(o))
        {
            continue;
        }
        let found = var_decls
            .iter()
            .find(|(f, e)| *f == init.file && e.id == init.rhs);
        if let Some(&(file, rhs)) = found {
            entry.set_file(file);
            entry
                .initializer(&init.lhs, rhs)
                .map_err(|e| e.in_file(file))?;
        }
    }
    for &index in calls {
        entry.emit(Instr::Call {
            func: index,
            base: 0,
        });
    }
    if let Some(native) = serve {
        let top = entry.emit(Instr::Native { native });
        entry.emit(Instr::Loop { target: top as u32 });
    }
    entry.emit(Instr::Return { src: 0, n: 0 });
    Ok(entry.finish("runtime.main".into(), 0, 0))
}

/// Whether the Go type name `name` mentions the program's type `t`
/// (`[]main.T` does, `main.Tx` does not).
fn mentions_main_type(name: &str, t: &str) -> bool {
    let needle = format!("main.{t}");
    name.match_indices(&needle).any(|(at, _)| {
        let after = name[at + needle.len()..].chars().next();
        let before = name[..at].chars().next_back();
        !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
            && !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// Whether a function of the program's package (by traceback name) is
/// among the names an entry renews: `main.f` by `f`, `main.(*T).m` by `T`
/// or `T.m`.
fn renewed_func(name: &str, renew: &std::collections::HashSet<String>) -> bool {
    let Some(rest) = name.strip_prefix("main.") else {
        return false;
    };
    let (recv, method) = if let Some(r) = rest.strip_prefix("(*") {
        match r.split_once(").") {
            Some((t, m)) => (Some(t), m),
            None => (None, rest),
        }
    } else {
        match rest.split_once('.') {
            Some((t, m)) => (Some(t), m),
            None => (None, rest),
        }
    };
    match recv {
        Some(t) => renew.contains(t) || renew.contains(&format!("{t}.{method}")),
        None => renew.contains(method),
    }
}

fn compile_with(
    src: &Sources,
    checked: &Checked,
    prompt: Option<(&PromptState, &PromptEntry)>,
    embedded: bool,
) -> Result<(Program, Option<PromptState>, u32), CompileError> {
    let main_pkg = src.main_package();
    let empty = std::collections::HashSet::new();
    let renew = prompt.map_or(&empty, |(_, e)| e.renew);
    let seed = prompt.map(|(s, _)| s);
    let mut unit = Unit {
        src,
        checked,
        funcs: HashMap::default(),
        program: seed.map(|s| (*s.program).clone()).unwrap_or_default(),
        globals: HashMap::default(),
        structs: HashMap::default(),
        rtypes: HashMap::default(),
        rtypes_by_name: HashMap::default(),
        consts: seed.map(|s| s.consts.clone()).unwrap_or_default(),
        strings: seed.map(|s| s.strings.clone()).unwrap_or_default(),
        static_funcs: seed.map(|s| s.static_funcs.clone()).unwrap_or_default(),
        method_ids: seed.map(|s| s.method_ids.clone()).unwrap_or_default(),
        boxed_globals: Default::default(),
        kinds_in_progress: Default::default(),
        seed_rtypes: seed
            .map(|s| {
                s.rtypes
                    .iter()
                    .filter(|(name, _)| !renew.iter().any(|t| mentions_main_type(name, t)))
                    .map(|(n, v)| (n.clone(), v.clone()))
                    .collect()
            })
            .unwrap_or_default(),
        reused_globals: Default::default(),
        instance_info: None,
    };
    // A session's first entry: function 0 will serve the prompt.
    let fresh = match seed {
        Some(s) => s.program.functions.is_empty(),
        None => true,
    };
    let first_func = unit.program.functions.len().max(1);
    if prompt.is_none() {
        unit.program.file_name = src
            .files
            .first()
            .map(|f| f.name.clone())
            .unwrap_or_default();
        unit.program.files = src.files.iter().map(|f| f.name.clone()).collect();
    }
    // Number every function first, so calls can be compiled in any order:
    // the program's, and those of the standard packages' implementation
    // files (Go source, or natives: bodiless functions the VM provides).
    // Before the package variables' kinds: a variable's type can register
    // the runtime type of a named type, whose method table needs its
    // methods' indices (without them the table pointed at function 0).
    // At the prompt, a function compiled before keeps its index.
    let mut decls = Vec::new();
    let mut func_keys = Vec::new();
    let mut generic_decls: HashMap<ObjId, (usize, &minigo_parser::ast::FuncDecl)> =
        HashMap::default();
    for (pkg, package) in src.packages.iter().enumerate() {
        for (i, &file) in package.files.iter().enumerate() {
            // A standard package's first file is its declarations.
            if package.is_std && i == 0 {
                continue;
            }
            for d in &src.files[file].ast.decls {
                let Decl::Func(f) = d else { continue };
                let Some(&obj) = checked.files[file].defs.get(&f.name.span.lo) else {
                    continue;
                };
                if checked.generic_funcs.contains(&obj) {
                    // Compiled per instance, below.
                    generic_decls.insert(obj, (pkg, &**f));
                    continue;
                }
                let native = if f.body.is_none() {
                    match crate::bytecode::Native::by_name(&package.path, &f.name.name) {
                        Some(n) => Some(n),
                        None if package.is_host => Some(crate::bytecode::Native::HostFunc),
                        None => continue,
                    }
                } else {
                    None
                };
                if let Some(seed) = seed {
                    let name = func::func_name(&mut unit, &package.name, file, f);
                    let key = format!("{}|{name}", package.path);
                    let renewed = pkg == main_pkg && renewed_func(&name, renew);
                    if let Some(&index) = seed.funcs.get(&key).filter(|_| !renewed) {
                        unit.funcs.insert(obj, index);
                        continue;
                    }
                    func_keys.push(key);
                }
                let index = (first_func + decls.len()) as u32;
                unit.funcs.insert(obj, index);
                decls.push((pkg, file, obj, &**f, native));
            }
        }
    }
    // Then the instances of generic functions and methods, each compiled
    // as an ordinary function from its own side tables.
    let mut instances = Vec::new();
    for (i, inst) in checked.instances.iter().enumerate() {
        let Some(&(pkg, f)) = generic_decls.get(&inst.generic) else {
            continue;
        };
        let index = (first_func + decls.len() + instances.len()) as u32;
        unit.funcs.insert(inst.obj, index);
        instances.push((pkg, i, f));
    }
    // Function literals take indices after these as they are compiled.
    unit.program.functions.resize_with(
        first_func + decls.len() + instances.len(),
        Function::default,
    );
    // Package variables get global words, in declaration order: the
    // program's, and those of the standard packages' implementation files
    // (a declaration file's variables have no value minigo knows).
    let mut var_decls: Vec<(usize, &minigo_parser::ast::Expr)> = Vec::new();
    let var_files: Vec<usize> = src
        .packages
        .iter()
        .flat_map(|p| {
            let skip = usize::from(p.is_std);
            p.files.iter().skip(skip).copied()
        })
        .collect();
    // Package variables whose address is taken, or that hold arrays
    // (reached through their address), live in a box the global holds.
    for &file in &var_files {
        let info = &checked.files[file];
        for d in &src.files[file].ast.decls {
            let found = match d {
                Decl::Func(f) => escape::address_taken_globals(&unit, info, f.body.as_ref(), None),
                Decl::Var(g) => g
                    .specs
                    .iter()
                    .flat_map(|s| s.values.iter())
                    .flat_map(|v| escape::address_taken_globals(&unit, info, None, Some(v)))
                    .collect(),
                _ => Default::default(),
            };
            unit.boxed_globals.extend(found);
        }
    }
    for &(_, i, f) in &instances {
        let info = &checked.instances[i].info;
        let found = escape::address_taken_globals(&unit, info, f.body.as_ref(), None);
        unit.boxed_globals.extend(found);
    }
    let mut global_keys = Vec::new();
    for &file in &var_files {
        let pkg = src.files[file].pkg;
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
                    let kind =
                        func::kind_of(&mut unit, t, name.span.lo).map_err(|e| e.in_file(file))?;
                    if func::holds_array(&checked.types, t, 0) {
                        unit.boxed_globals.insert(obj);
                    }
                    if let Some(seed) = seed {
                        // At the prompt a later entry may take the address
                        // of any of the session's variables.
                        if pkg == main_pkg {
                            unit.boxed_globals.insert(obj);
                        }
                        let key = format!("{}.{}", src.packages[pkg].path, name.name);
                        let renewed = pkg == main_pkg && renew.contains(&*name.name);
                        let old = seed.globals.get(&key).filter(|_| !renewed);
                        if let Some(&(slot, old_kind, boxed)) = old.filter(|o| o.1 == kind) {
                            if unit.boxed_globals.contains(&obj) && !boxed {
                                return Err(CompileError::unsupported(
                                    name.span.lo,
                                    &format!("taking the address of {key} at the prompt is"),
                                ));
                            }
                            if boxed {
                                unit.boxed_globals.insert(obj);
                            }
                            unit.reused_globals.insert(obj);
                            unit.globals.insert(obj, (slot, old_kind));
                            continue;
                        }
                        global_keys.push((key, obj));
                    }
                    let slot = unit.program.globals;
                    let held = if unit.boxed_globals.contains(&obj) {
                        func::Scalar::Ptr
                    } else {
                        kind
                    };
                    for off in unit.ref_offsets(held) {
                        unit.program.global_refs.push(slot + off);
                    }
                    unit.program.globals += held.words();
                    unit.globals.insert(obj, (slot, kind));
                }
            }
        }
    }
    for (i, &(pkg, file, obj, f, native)) in decls.iter().enumerate() {
        let pkg_name = &src.packages[pkg].name;
        let function = match native {
            Some(n) => func::native_func(&mut unit, pkg_name, file, obj, f, n),
            None => func::compile_func(&mut unit, pkg_name, file, obj, f),
        };
        // An error in a standard package's Go is minigo's, not the
        // program's: name where it is.
        let function = function.map_err(|e| {
            if pkg == main_pkg {
                return e.in_file(file);
            }
            let at = src.files[file].lines.line_col(e.pos);
            CompileError {
                file: 0,
                pos: 0,
                msg: format!(
                    "internal error: {}:{}:{}: {}",
                    src.files[file].name, at.0, at.1, e.msg
                ),
            }
        })?;
        unit.program.functions[first_func + i] = function;
    }
    for (k, &(pkg, i, f)) in instances.iter().enumerate() {
        let inst = &checked.instances[i];
        unit.instance_info = Some((inst.file, &inst.info));
        let pkg_name = &src.packages[pkg].name;
        let function = func::compile_instance(&mut unit, pkg_name, inst.file, inst.obj, f);
        unit.instance_info = None;
        let function = function.map_err(|e| {
            if pkg == main_pkg {
                return e.in_file(inst.file);
            }
            let at = src.files[inst.file].lines.line_col(e.pos);
            CompileError {
                file: 0,
                pos: 0,
                msg: format!(
                    "internal error: {}:{}:{}: {}",
                    src.files[inst.file].name, at.0, at.1, e.msg
                ),
            }
        })?;
        unit.program.functions[first_func + decls.len() + k] = function;
    }
    // The entry: variable initializers in initialization order, init
    // functions in source order, then main (at the prompt: what is new,
    // then the entry's statements).
    let last = if prompt.is_some() {
        let run = prompt.and_then(|(_, e)| e.run);
        run.map(|name| {
            decls
                .iter()
                .find(|(pkg, _, _, f, _)| *pkg == main_pkg && *f.name.name == *name)
        })
        .map(|d| {
            d.map(|&(_, _, obj, _, _)| obj).ok_or_else(|| CompileError {
                file: 0,
                pos: 0,
                msg: format!("internal error: the prompt's function {run:?} is missing"),
            })
        })
        .transpose()?
    } else {
        let main = decls.iter().find(|(pkg, _, obj, f, _)| {
            *pkg == main_pkg
                && &*f.name.name == "main"
                && matches!(checked.object(*obj).kind, ObjKind::Func { .. })
        });
        match main {
            Some(&(_, _, main_obj, _, _)) => Some(main_obj),
            // A program embedded for its functions needs no main.
            None if embedded => None,
            None => {
                return Err(CompileError {
                    file: 0,
                    pos: 0,
                    msg: "function main is undeclared in the main package".into(),
                })
            }
        }
    };
    let calls: Vec<u32> = checked
        .init_funcs
        .iter()
        .chain(last.iter())
        .filter_map(|obj| unit.funcs.get(obj).copied())
        .filter(|&f| f as usize >= first_func)
        .collect();
    let file0 = src.packages[main_pkg].files.first().copied().unwrap_or(0);
    let main_index = last.and_then(|obj| unit.funcs.get(&obj).copied());
    let entry = init_entry(&mut unit, checked, &var_decls, &calls, file0, None)?;
    if embedded {
        // The same initialization, then the host's server; without main.
        let init_calls: Vec<u32> = calls
            .iter()
            .copied()
            .filter(|&f| Some(f) != main_index)
            .collect();
        let serve = crate::bytecode::Native::EmbedServe;
        let f = init_entry(
            &mut unit,
            checked,
            &var_decls,
            &init_calls,
            file0,
            Some(serve),
        )?;
        unit.program.functions.push(f);
        unit.program.exports.serve_entry = (unit.program.functions.len() - 1) as u32;
        exports(&mut unit, &decls, main_pkg);
    } else {
        unit.program.exports.serve_entry = u32::MAX;
    }
    let run = if prompt.is_some() {
        if fresh {
            unit.program.functions[0] = Function {
                file: 0,
                name: "runtime.main".into(),
                code: vec![
                    Instr::Native {
                        native: crate::bytecode::Native::PromptServe,
                    },
                    Instr::Loop { target: 0 },
                ],
                frame_size: 1,
                n_params: 0,
                n_results: 0,
                lines: vec![0, 0],
                ref_regs: Box::new([]),
                recover_pc: None,
            };
        }
        unit.program.functions.push(entry);
        (unit.program.functions.len() - 1) as u32
    } else {
        unit.program.functions[0] = entry;
        0
    };
    unit.program.entry = 0;
    if fresh {
        runtime_error_type(&mut unit)?;
    }
    unit.program.any_rtype = unit
        .rtype_of(checked.universe.empty_interface)
        .unwrap_or_default();
    unit.program.fmt_format = unit
        .program
        .functions
        .iter()
        .position(|f| f.name == "fmt.callFormat")
        .map_or(u32::MAX, |i| i as u32);
    call_natives_directly(&mut unit.program);
    let Some(seed) = seed else {
        return Ok((unit.program, None, run));
    };
    // What the next entry finds by name.
    let mut state = PromptState {
        funcs: seed.funcs.clone(),
        globals: seed.globals.clone(),
        rtypes: unit.seed_rtypes.clone(),
        files: seed.files.clone(),
        ..PromptState::default()
    };
    for (key, &(_, _, obj, _, _)) in func_keys.iter().zip(&decls) {
        state.funcs.insert(key.clone(), unit.funcs[&obj]);
    }
    for (key, obj) in global_keys {
        let (slot, kind) = unit.globals[&obj];
        state
            .globals
            .insert(key, (slot, kind, unit.boxed_globals.contains(&obj)));
    }
    for (name, ts) in &unit.rtypes_by_name {
        if let Some(&(t, index)) = ts.first() {
            let under = go_type_string(&checked.types, checked.types.underlying(t));
            state.rtypes.entry(name.clone()).or_insert((index, under));
        }
    }
    // Function::file indexes the session's files, by name, for good.
    if state.files.is_empty() {
        unit.program.files = vec![String::new()];
    }
    let start = seed.program.functions.len();
    // The entry's statements are the prompt's `main`, as tracebacks say.
    if let Some(run) = prompt.and_then(|(_, e)| e.run) {
        let name = format!("main.{run}");
        for f in &mut unit.program.functions[start..] {
            if let Some(rest) = f.name.strip_prefix(&name) {
                f.name = format!("main.main{rest}");
            }
        }
    }
    for f in &mut unit.program.functions[start..] {
        let Some(name) = src.files.get(f.file as usize).map(|s| &s.name) else {
            continue;
        };
        let next = unit.program.files.len() as u32;
        let index = *state.files.entry(name.clone()).or_insert(next);
        if index == next {
            unit.program.files.push(name.clone());
        }
        f.file = index;
    }
    state.consts = unit.consts;
    state.strings = unit.strings;
    state.static_funcs = unit.static_funcs;
    state.method_ids = unit.method_ids;
    state.program = std::sync::Arc::new(unit.program);
    Ok((Program::default(), Some(state), run))
}

/// A call of a standard function the VM provides (a bodiless one: its
/// code is the native and a return) runs the native on the caller's
/// registers: no frame of its own unless it panics.
fn call_natives_directly(program: &mut Program) {
    let natives: Vec<Option<crate::bytecode::Native>> = program
        .functions
        .iter()
        .map(|f| match f.code.as_slice() {
            [Instr::Native { native }, Instr::Return { src: 0, .. }] if native.is_pure() => {
                Some(*native)
            }
            _ => None,
        })
        .collect();
    for f in &mut program.functions {
        for instr in f.code.iter_mut() {
            if let Instr::Call { func, base } = *instr {
                if let Some(Some(native)) = natives.get(func as usize) {
                    *instr = Instr::CallNative {
                        native: *native,
                        func,
                        base,
                    };
                }
            }
        }
    }
}

/// The type of the runtime errors `recover` returns: a string holding
/// `runtime error: ...`, whose Error method returns it (Go's
/// `runtime.errorString`, which several runtime errors use).
fn runtime_error_type(unit: &mut Unit) -> Result<(), CompileError> {
    use crate::bytecode::{MethodEntry, RType, TypeEq, TypeInfo};
    let layout = unit.layout_of(func::Scalar::Str)?;
    let func = unit.program.functions.len() as u32;
    // error's method: func() string.
    let error_sig = match unit.checked.types.under_kind(unit.checked.universe.error) {
        crate::types::TypeKind::Interface(methods) => methods.first().map(|m| m.sig),
        _ => None,
    }
    .unwrap_or(unit.checked.universe.invalid);
    unit.program.functions.push(Function {
        file: 0,
        name: "runtime.errorString.Error".into(),
        code: vec![Instr::Return { src: 0, n: 2 }],
        frame_size: 2,
        n_params: 2,
        n_results: 1,
        lines: vec![0],
        ref_regs: Box::new([0]),
        recover_pc: None,
    });
    let entry = MethodEntry {
        id: unit.method_id("Error", error_sig),
        func,
        direct: false,
        words: 2,
        path: 0,
        forward: false,
    };
    unit.program.rtypes.push(RType::Str {
        name: "runtime.errorString".into(),
    });
    unit.program.type_info.push(TypeInfo {
        words: 2,
        boxed: true,
        layout,
        methods: vec![entry],
        fmt_method: Some((crate::fmt::Method::Error, entry)),
        go_stringer: None,
        formatter: None,
        eq: Some(TypeEq::Str),
        is_ptr: false,
        iface_methods: None,
    });
    unit.program.runtime_error_type = unit.program.rtypes.len() as u32;
    unit.program.runtime_error_layout = layout;
    Ok(())
}
