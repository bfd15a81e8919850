//! Checker tests (call): calls, selectors, lookup and interfaces. Function
//! bodies are checked elsewhere, so the programs use package-level
//! declarations. Expected messages and positions come from gc
//! (`go build -gcflags=-e`) on the same programs.

use super::tests::check_src;
use super::{Checked, SelectionKind};
use crate::types::TypeKind;

/// The errors of a program as `line:col: message`, in gc's order.
fn errors(src: &str) -> Vec<String> {
    match check_src(src) {
        Ok(_) => Vec::new(),
        Err(errs) => errs
            .iter()
            .map(|e| {
                let (line, col) = line_col(src, e.pos);
                format!("{line}:{col}: {}", e.msg)
            })
            .collect(),
    }
}

fn line_col(src: &str, pos: u32) -> (usize, usize) {
    let before = &src.as_bytes()[..(pos as usize).min(src.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
    (line, col)
}

fn ok(src: &str) -> Checked {
    match check_src(src) {
        Ok(c) => c,
        Err(e) => panic!("unexpected errors: {:#?}", e),
    }
}

const DECLS: &str = "package main

type T struct{ a int }

func (T) M(x int) int { return x }
func (*T) P()         {}

type I interface{ M(int) int }

func g() (int, int)       { return 1, 2 }
func h(a int, b string)   {}
func v(a int, b ...string) {}
func main()               {}

var t T
var x int
";

fn with_decls(rest: &str) -> Vec<String> {
    errors(&format!("{DECLS}{rest}"))
}

#[test]
fn argument_count_errors() {
    // DECLS has 16 lines; the program's own lines start at 17.
    assert_eq!(
        with_decls("var _ = h(1)\nvar _ = h()\nvar _ = h(1, \"\", 3)\nvar _ = v()\n"),
        [
            "17:9: h(1) (no value) used as value",
            "17:11: not enough arguments in call to h\n\thave (number)\n\twant (int, string)",
            "18:9: not enough arguments in call to h\n\thave ()\n\twant (int, string)",
            "18:9: h() (no value) used as value",
            "19:9: h(1, \"\", 3) (no value) used as value",
            "19:18: too many arguments in call to h\n\thave (number, string, number)\n\twant (int, string)",
            "20:9: not enough arguments in call to v\n\thave ()\n\twant (int, ...string)",
            "20:9: v() (no value) used as value",
        ]
    );
}

#[test]
fn argument_types_and_variadics() {
    assert_eq!(
        with_decls("var _ int = t.M(\"s\")\nvar _ = v(1, \"a\", 2)\nvar _ = v(g()...)\nvar _ = h(1, \"a\"...)\n"),
        [
            "17:17: cannot use \"s\" (untyped string constant) as int value in argument to t.M",
            "18:9: v(1, \"a\", 2) (no value) used as value",
            "18:19: cannot use 2 (untyped int constant) as string value in argument to v",
            "19:9: cannot use ... with 2-valued g()",
            "19:9: v(g()...) (no value) used as value",
            "20:9: cannot use ... in call to non-variadic h",
            "20:9: h(1, \"a\"...) (no value) used as value",
        ]
    );
}

#[test]
fn multi_value_argument() {
    assert_eq!(
        with_decls("var _ = h(g())\n"),
        [
            "17:9: h(g()) (no value) used as value",
            "17:11: cannot use g() (value of type int) as string value in argument to h",
        ]
    );
    // f(g()) with matching results, and a multi-value initializer.
    let src =
        format!("{DECLS}func two(a, b int) int {{ return a }}\nvar _ = two(g())\nvar p, q = g()\n");
    assert_eq!(errors(&src), Vec::<String>::new());
}

#[test]
fn conversion_argument_counts_and_non_functions() {
    assert_eq!(
        with_decls("var _ = int()\nvar _ = int(1, 2)\nvar _ = x(1)\n"),
        [
            "17:9: missing argument in conversion to int",
            "18:16: too many arguments in conversion to int",
            "19:9: invalid operation: cannot call x (variable of type int): int is not a function",
        ]
    );
}

#[test]
fn selector_errors() {
    assert_eq!(
        with_decls("var _ = len.x\nvar _ = T.a\nvar _ = T.P\nvar _ = t.m\nvar _ = t.b\n"),
        [
            "17:12: invalid use of len (built-in) in selector expression",
            "18:9: operand for field selector a must be value of type T",
            "19:11: invalid method expression T.P (needs pointer receiver (*T).P)",
            "20:11: t.m undefined (type T has no field or method m, but does have method M)",
            "21:11: t.b undefined (type T has no field or method b)",
        ]
    );
}

#[test]
fn method_values_and_expressions_have_gc_types() {
    assert_eq!(
        with_decls("var _ int = t.M\nvar _ = T.M(t, 1) + \"s\"\nvar _ = (*T).P + 1\nvar _ = I.M + 1\n"),
        [
            "17:13: cannot use t.M (value of type func(x int) int) as int value in variable declaration",
            "18:9: invalid operation: T.M(t, 1) + \"s\" (mismatched types int and untyped string)",
            "19:9: invalid operation: (*T).P + 1 (mismatched types func(*T) and untyped int)",
            "20:9: invalid operation: I.M + 1 (mismatched types func(I, int) int and untyped int)",
        ]
    );
}

const EMBED: &str = "package main

type Inner struct{ X, y int }

func (Inner) Hello() string { return \"\" }
func (*Inner) Ptr()         {}

type A struct{ Name string }
type B struct{ Name string }
type Both struct {
	A
	B
}
type Outer struct {
	*Inner
	Z int
}
type Outer2 struct{ Inner }

func mk() Outer2 { return Outer2{} }
func main()      {}

var o Outer
var o2 Outer2
var both Both
";

#[test]
fn embedding_ambiguity_and_pointer_methods() {
    // EMBED has 25 lines.
    let src = format!(
        "{EMBED}var _ = o.X\nvar _ = o.Hello()\nvar _ = o.Ptr\nvar _ = o2.Ptr\nvar _ = mk().Ptr\nvar _ = both.Name\nvar _ = o.Y\n"
    );
    assert_eq!(
        errors(&src),
        [
            "30:14: cannot call pointer method Ptr on Outer2",
            "31:14: ambiguous selector both.Name",
            "32:11: o.Y undefined (type Outer has no field or method Y, but does have field y)",
        ]
    );
}

#[test]
fn selections_record_index_paths() {
    let src =
        format!("{EMBED}var a = o.X\nvar b = o.Hello\nvar c = o2.Inner.y\nvar d = (*Inner).Ptr\n");
    let c = ok(&src);
    let info = &c.files[0];
    let mut sels: Vec<_> = info.selections.values().collect();
    sels.sort_by_key(|s| (s.index.clone(), s.kind as u8));
    let summary: Vec<(SelectionKind, Vec<usize>, bool, String)> = sels
        .iter()
        .map(|s| {
            (
                s.kind,
                s.index.clone(),
                s.indirect,
                c.object(s.obj).name.to_string(),
            )
        })
        .collect();
    assert!(summary.contains(&(SelectionKind::FieldVal, vec![0, 0], true, "X".into())));
    assert!(summary.contains(&(SelectionKind::MethodVal, vec![0, 0], true, "Hello".into())));
    assert!(summary.contains(&(SelectionKind::FieldVal, vec![0], false, "Inner".into())));
    assert!(summary.contains(&(SelectionKind::FieldVal, vec![1], false, "y".into())));
    assert!(summary.contains(&(SelectionKind::MethodExpr, vec![1], true, "Ptr".into())));
}

#[test]
fn call_results_are_typed() {
    let c = ok(&format!("{DECLS}var r1 = t.M(1)\nvar r2, r3 = g()\n"));
    let scope = &c.scopes[c.package_scopes[c.package_scopes.len() - 1].index()];
    for name in ["r1", "r2", "r3"] {
        let obj = scope.lookup(name).expect(name);
        let ty = c.object(obj).ty.expect("typed");
        assert_eq!(c.types.type_string(ty), "int", "{name}");
    }
    // The call g() records the tuple type.
    let tuple = c.files[0]
        .types
        .iter()
        .flatten()
        .any(|tv| matches!(c.types.kind(tv.ty), TypeKind::Tuple(e) if e.len() == 2));
    assert!(tuple);
}

const IFACES: &str = "package main

type Sizer interface{ Size() int64 }
type file struct{ n int }

func (file) Size() int { return 0 }

type Reader interface{ Read(p []byte) (int, error) }
type pr struct{}

func (*pr) Read(p []byte) (int, error) { return 0, nil }

type fld struct{ Read int }
type r1 struct{}

func (r1) Read(p []byte) (int, error) { return 0, nil }

type r2 struct{}

func (r2) Read(p []byte) (int, error) { return 0, nil }

type amb struct {
	r1
	r2
}
type named struct{}

func (named) read(p []byte) (int, error) { return 0, nil }
func main()                                {}

var f file
var p pr
var pp = &p
var fl fld
var a amb
var n named
var r Reader
var s Sizer
";

#[test]
fn implements_causes() {
    // IFACES has 38 lines.
    let src = format!(
        "{IFACES}var _ Sizer = f\nvar _ Reader = p\nvar _ Reader = pp\nvar _ Reader = fl\nvar _ Reader = a\nvar _ Reader = n\nvar _ *Sizer = &s\nvar _ Sizer = &s\n"
    );
    assert_eq!(
        errors(&src),
        [
            "39:15: cannot use f (variable of struct type file) as Sizer value in variable declaration: file does not implement Sizer (wrong type for method Size)\n\t\thave Size() int\n\t\twant Size() int64",
            "40:16: cannot use p (variable of struct type pr) as Reader value in variable declaration: pr does not implement Reader (method Read has pointer receiver)",
            "42:16: cannot use fl (variable of struct type fld) as Reader value in variable declaration: fld does not implement Reader (fld.Read is a field, not a method)",
            "43:16: cannot use a (variable of struct type amb) as Reader value in variable declaration: amb does not implement Reader (ambiguous selector amb.Read)",
            "44:16: cannot use n (variable of struct type named) as Reader value in variable declaration: named does not implement Reader (missing method Read)\n\t\thave read([]byte) (int, error)\n\t\twant Read([]byte) (int, error)",
            "46:15: cannot use &s (value of type *Sizer) as Sizer value in variable declaration: *Sizer does not implement Sizer (type *Sizer is pointer to interface, not interface)",
        ]
    );
}

#[test]
fn impossible_type_assertions() {
    let src = format!("{IFACES}var _ = r.(pr)\nvar _ = r.(*pr)\nvar _ = r.(file)\nvar _ = s.(file)\nvar _ = r.(Sizer)\n");
    assert_eq!(
        errors(&src),
        [
            "39:9: impossible type assertion: r.(pr)\n\tpr does not implement Reader (method Read has pointer receiver)",
            "41:9: impossible type assertion: r.(file)\n\tfile does not implement Reader (missing method Read)",
            "42:9: impossible type assertion: s.(file)\n\tfile does not implement Sizer (wrong type for method Size)\n\t\thave Size() int\n\t\twant Size() int64",
        ]
    );
}

#[test]
fn interface_to_concrete_needs_assertion() {
    let src = "package main

type E interface{ Error() string }
type myErr struct{}

func (*myErr) Error() string { return \"\" }
func main()                  {}

var e E
var _ *myErr = e
var _ string = e
";
    assert_eq!(
        errors(src),
        [
            "10:16: cannot use e (variable of interface type E) as *myErr value in variable declaration: need type assertion",
            "11:16: cannot use e (variable of interface type E) as string value in variable declaration",
        ]
    );
}

#[test]
fn recursive_embedding_terminates() {
    let src = "package main

type L struct {
	*L
	v int
}
type M struct{ *N }
type N struct{ *M }

func main() {}

var l L
var m M
var _ = l.v
var _ = l.L.L.L.v
var _ = m.zz
";
    assert_eq!(
        errors(src),
        ["16:11: m.zz undefined (type M has no field or method zz)"]
    );
}

#[test]
fn interface_method_values_and_embedded_interfaces() {
    let src = "package main

type R interface{ Read() int }
type RW interface {
	R
	Write(int)
}
type S struct{ RW }

func main() {}

var rw RW
var s S
var _ func() int = rw.Read
var _ func(int) = s.Write
var _ func(RW) int = RW.Read
var _ = rw.Close
";
    assert_eq!(
        errors(src),
        ["17:12: rw.Close undefined (type RW has no field or method Close)"]
    );
}
