use super::*;

fn sig(
    types: &mut TypeTable,
    params: &[(TypeId, &str)],
    results: &[TypeId],
    variadic: bool,
) -> TypeId {
    types.intern(TypeKind::Func(Signature {
        params: params.iter().map(|p| p.0).collect(),
        param_names: params.iter().map(|p| p.1.into()).collect(),
        results: results.to_vec(),
        result_names: Vec::new(),
        variadic,
    }))
}

#[test]
fn composite_types_are_consed_and_identical() {
    let mut t = TypeTable::new();
    let u = Universe::new(&mut t);
    let int = u.basic(BasicKind::Int);
    let a = t.slice(int);
    let b = t.slice(int);
    assert_eq!(a, b);
    let m1 = t.intern(TypeKind::Map {
        key: u.basic(BasicKind::String),
        value: a,
    });
    let m2 = t.intern(TypeKind::Map {
        key: u.basic(BasicKind::String),
        value: b,
    });
    assert_eq!(m1, m2);
    assert!(!t.identical(a, int));
}

#[test]
fn aliases_are_identical_but_keep_their_spelling() {
    let mut t = TypeTable::new();
    let u = Universe::new(&mut t);
    let uint8 = u.basic(BasicKind::Uint8);
    assert!(t.identical(u.byte, uint8));
    assert_ne!(u.byte, uint8);
    let bytes = t.slice(u.byte);
    let uint8s = t.slice(uint8);
    assert!(t.identical(bytes, uint8s));
    assert_eq!(t.type_string(bytes), "[]byte");
    assert_eq!(t.type_string(uint8s), "[]uint8");
    assert_eq!(t.type_string(u.any), "any");
    assert_eq!(t.type_string(u.empty_interface), "interface{}");
}

#[test]
fn function_types_ignore_parameter_names() {
    let mut t = TypeTable::new();
    let u = Universe::new(&mut t);
    let int = u.basic(BasicKind::Int);
    let s = u.basic(BasicKind::String);
    let f1 = sig(&mut t, &[(int, "x")], &[s], false);
    let f2 = sig(&mut t, &[(int, "")], &[s], false);
    assert_ne!(f1, f2);
    assert!(t.identical(f1, f2));
    assert_eq!(t.type_string(f1), "func(x int) string");
    assert_eq!(t.type_string(f2), "func(int) string");
    let ints = t.slice(int);
    let v = sig(&mut t, &[(s, "format"), (ints, "a")], &[int, u.error], true);
    assert_eq!(
        t.type_string(v),
        "func(format string, a ...int) (int, error)"
    );
}

#[test]
fn defined_types_are_distinct() {
    let mut t = TypeTable::new();
    let u = Universe::new(&mut t);
    let int = u.basic(BasicKind::Int);
    let a = t.new_named("Celsius", "");
    let b = t.new_named("Celsius", "");
    t.set_underlying(a, int);
    t.set_underlying(b, int);
    assert!(!t.identical(a, b));
    assert_eq!(t.underlying(a), int);
    assert!(t.is_named(a) && t.is_named(int));
    let sb = t.new_named("Builder", "strings");
    assert_eq!(t.type_string(sb), "strings.Builder");
    assert_eq!(t.type_string(u.error), "error");
}

#[test]
fn type_strings_match_types2() {
    let mut t = TypeTable::new();
    let u = Universe::new(&mut t);
    let int = u.basic(BasicKind::Int);
    let recv = t.intern(TypeKind::Chan {
        dir: ChanDir::Recv,
        elem: int,
    });
    let outer = t.intern(TypeKind::Chan {
        dir: ChanDir::Both,
        elem: recv,
    });
    assert_eq!(t.type_string(outer), "chan (<-chan int)");
    let send = t.intern(TypeKind::Chan {
        dir: ChanDir::Send,
        elem: recv,
    });
    assert_eq!(t.type_string(send), "chan<- <-chan int");
    let st = t.intern(TypeKind::Struct(vec![
        Field {
            name: "x".into(),
            ty: int,
            embedded: false,
            tag: Some("json:\"x\"".into()),
            pkg: 0,
        },
        Field {
            name: "error".into(),
            ty: u.error,
            embedded: true,
            tag: None,
            pkg: 0,
        },
    ]));
    assert_eq!(t.type_string(st), "struct{x int \"json:\\\"x\\\"\"; error}");
    let arr = t.intern(TypeKind::Array { len: 4, elem: st });
    let p = t.pointer(arr);
    assert!(t.type_string(p).starts_with("*[4]struct{"));
    assert_eq!(
        t.type_string(u.basic(BasicKind::UntypedFloat)),
        "untyped float"
    );
}

#[test]
fn comparability() {
    let mut t = TypeTable::new();
    let u = Universe::new(&mut t);
    let int = u.basic(BasicKind::Int);
    let ints = t.slice(int);
    let arr = t.intern(TypeKind::Array { len: 2, elem: int });
    let bad = t.intern(TypeKind::Array { len: 2, elem: ints });
    let st = t.intern(TypeKind::Struct(vec![Field {
        name: "s".into(),
        ty: ints,
        embedded: false,
        tag: None,
        pkg: 0,
    }]));
    assert!(t.comparable(int) && t.comparable(arr) && t.comparable(u.any));
    assert!(!t.comparable(ints) && !t.comparable(bad) && !t.comparable(st));
    assert!(t.ordered(u.basic(BasicKind::String)) && !t.ordered(u.basic(BasicKind::Bool)));
}

#[test]
fn universe_lookup() {
    let mut t = TypeTable::new();
    let u = Universe::new(&mut t);
    assert_eq!(
        u.lookup("int"),
        Some(UniverseObj::Type(u.basic(BasicKind::Int)))
    );
    assert_eq!(u.lookup("len"), Some(UniverseObj::Builtin(Builtin::Len)));
    assert_eq!(u.lookup("nil"), Some(UniverseObj::Nil));
    assert_eq!(u.lookup("untyped int"), None);
    assert_eq!(u.lookup("Println"), None);
}
