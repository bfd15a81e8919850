//! The universe block: predeclared types, constants, `nil` and builtins
//! (Go spec, "Predeclared identifiers"), made once per type table.

use super::table::{Method, Signature, TypeId, TypeKind, TypeTable};
use super::BasicKind;

/// The builtin functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

impl Builtin {
    pub const ALL: [Builtin; 18] = [
        Builtin::Append,
        Builtin::Cap,
        Builtin::Clear,
        Builtin::Close,
        Builtin::Complex,
        Builtin::Copy,
        Builtin::Delete,
        Builtin::Imag,
        Builtin::Len,
        Builtin::Make,
        Builtin::Max,
        Builtin::Min,
        Builtin::New,
        Builtin::Panic,
        Builtin::Print,
        Builtin::Println,
        Builtin::Real,
        Builtin::Recover,
    ];

    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
        }
    }
}

/// What a predeclared identifier denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UniverseObj {
    Type(TypeId),
    /// `true` / `false`.
    Bool(bool),
    Iota,
    Nil,
    Builtin(Builtin),
}

const BASIC_KINDS: [BasicKind; 24] = [
    BasicKind::Bool,
    BasicKind::Int,
    BasicKind::Int8,
    BasicKind::Int16,
    BasicKind::Int32,
    BasicKind::Int64,
    BasicKind::Uint,
    BasicKind::Uint8,
    BasicKind::Uint16,
    BasicKind::Uint32,
    BasicKind::Uint64,
    BasicKind::Uintptr,
    BasicKind::Float32,
    BasicKind::Float64,
    BasicKind::Complex64,
    BasicKind::Complex128,
    BasicKind::String,
    BasicKind::UntypedBool,
    BasicKind::UntypedInt,
    BasicKind::UntypedRune,
    BasicKind::UntypedFloat,
    BasicKind::UntypedComplex,
    BasicKind::UntypedString,
    BasicKind::UntypedNil,
];

/// The predeclared types of one [`TypeTable`].
#[derive(Clone, Debug)]
pub struct Universe {
    basics: Vec<(BasicKind, TypeId)>,
    /// `invalid type`, the type of erroneous expressions.
    pub invalid: TypeId,
    pub byte: TypeId,
    pub rune: TypeId,
    pub any: TypeId,
    pub error: TypeId,
    /// `interface{}` as written (prints as `interface{}`, not `any`).
    pub empty_interface: TypeId,
    /// The constraint `comparable`.
    pub comparable: TypeId,
}

impl Universe {
    pub fn new(types: &mut TypeTable) -> Universe {
        let basics: Vec<_> = BASIC_KINDS
            .iter()
            .map(|&k| (k, types.intern(TypeKind::Basic(k))))
            .collect();
        let invalid = types.intern(TypeKind::Invalid);
        let find = |k: BasicKind| basics.iter().find(|(b, _)| *b == k).map(|(_, t)| *t);
        let (Some(uint8), Some(int32), Some(string)) = (
            find(BasicKind::Uint8),
            find(BasicKind::Int32),
            find(BasicKind::String),
        ) else {
            unreachable!("BASIC_KINDS lists uint8, int32 and string")
        };
        let byte = types.new_alias("byte", "", Some(uint8));
        let rune = types.new_alias("rune", "", Some(int32));
        let empty_interface = types.intern(TypeKind::Interface(Vec::new()));
        let any = types.new_alias("any", "", Some(empty_interface));
        let error_sig = types.intern(TypeKind::Func(Signature {
            params: Vec::new(),
            param_names: Vec::new(),
            results: vec![string],
            result_names: Vec::new(),
            variadic: false,
        }));
        let error_iface = types.intern(TypeKind::Interface(vec![Method {
            name: "Error".into(),
            sig: error_sig,
        }]));
        let error = types.new_named("error", "");
        types.set_underlying(error, error_iface);
        let comparable = types.new_named("comparable", "");
        let set = types.intern(TypeKind::Constraint {
            methods: Vec::new(),
            terms: None,
            comparable: true,
            implicit: false,
        });
        types.set_underlying(comparable, set);
        Universe {
            comparable,
            basics,
            invalid,
            byte,
            rune,
            any,
            error,
            empty_interface,
        }
    }

    /// The type of a basic kind (`int`, `untyped float`, ...). Every kind
    /// but `unsafe.Pointer` has one (unsafe is out of scope); that one
    /// answers `untyped nil`'s type so callers need not unwrap.
    pub fn basic(&self, kind: BasicKind) -> TypeId {
        self.basics
            .iter()
            .find(|(b, _)| *b == kind)
            .or_else(|| self.basics.last())
            .map(|(_, t)| *t)
            .unwrap_or(self.any)
    }

    /// What a predeclared identifier denotes, if `name` is one.
    pub fn lookup(&self, name: &str) -> Option<UniverseObj> {
        let obj = match name {
            "byte" => UniverseObj::Type(self.byte),
            "rune" => UniverseObj::Type(self.rune),
            "any" => UniverseObj::Type(self.any),
            "error" => UniverseObj::Type(self.error),
            "comparable" => UniverseObj::Type(self.comparable),
            "true" => UniverseObj::Bool(true),
            "false" => UniverseObj::Bool(false),
            "iota" => UniverseObj::Iota,
            "nil" => UniverseObj::Nil,
            _ => {
                if let Some(b) = Builtin::ALL.iter().find(|b| b.name() == name) {
                    return Some(UniverseObj::Builtin(*b));
                }
                let (_, t) = self
                    .basics
                    .iter()
                    .find(|(b, _)| !b.is_untyped() && b.name() == name)?;
                UniverseObj::Type(*t)
            }
        };
        Some(obj)
    }
}
