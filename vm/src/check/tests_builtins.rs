//! Checker tests (builtins, conversions, literals, index and slice
//! expressions). Expected messages and columns come from gc
//! (`go vet` on the same program).
//!
//! Calls are dispatched by call.rs, which is written separately; until it
//! lands, `probe` checks a builtin call or conversion through a minimal
//! dispatch of its own: the program's package is checked as usual, then
//! the expression statement in `func probe()` is checked with
//! `Checker::builtin` / `Checker::conversion` called directly (so the
//! call's arguments must not contain calls themselves).

#[allow(unused_imports)]
use super::tests::check_src;
use super::*;
use minigo_parser::ast::{Decl, ExprKind, StmtKind};
use minigo_parser::parse_file;

/// Errors of a whole program as `line:col: msg`.
fn errs(src: &str) -> Vec<String> {
    let (_, errors) = parse_file(src);
    assert!(errors.is_empty(), "syntax errors: {errors:?}");
    let lines = minigo_lexer::LineMap::new(src);
    match check_src(src) {
        Ok(_) => Vec::new(),
        Err(list) => list
            .iter()
            .map(|e| {
                let (l, c) = lines.line_col(e.pos);
                format!("{l}:{c}: {}", e.msg)
            })
            .collect(),
    }
}

/// Checks `decls` plus `func probe() { EXPR }` and dispatches EXPR (a
/// builtin call or a conversion) itself; the errors (`line:col: msg`) and
/// the result operand as types2 prints it.
fn probe(decls: &str, expr: &str) -> (Vec<String>, String) {
    let src = format!("package main\n{decls}\nfunc probe() {{\n\t{expr}\n}}\nfunc main() {{}}\n");
    let (file, errors) = parse_file(&src);
    assert!(errors.is_empty(), "syntax errors: {errors:?}");
    let lines = minigo_lexer::LineMap::new(&src);
    let sources =
        Sources::load(vec![("prog.go".into(), lines.clone(), file)], &NoPackages).expect("sources");
    let mut c = Checker::new(&sources);
    c.check_package(0);
    // The body was checked with the package (where EXPR stands alone and
    // is "not used"); only the probe's own check below counts.
    c.errors.clear();
    c.untyped.clear();
    let body = sources.files[0]
        .ast
        .decls
        .iter()
        .find_map(|d| match d {
            Decl::Func(f) if &*f.name.name == "probe" => f.body.as_ref(),
            _ => None,
        })
        .expect("probe");
    let Some(StmtKind::Expr(e)) = body.stmts.first().map(|s| &s.kind) else {
        panic!("probe must be an expression statement");
    };
    c.ctx.file = 0;
    c.ctx.scope = c.package_scopes[0];
    let result = match &e.kind {
        ExprKind::Call { fun, args, .. } => {
            let mut x = c.expr_or_type(fun);
            match x.mode {
                Mode::Builtin => {
                    let id = x.builtin.expect("builtin");
                    c.builtin(&mut x, e, id);
                }
                Mode::TypeExpr => {
                    let t = x.ty;
                    x = c.expr(None, &args[0]);
                    if !x.is_invalid() {
                        c.conversion(&mut x, t);
                    }
                    x.expr = Some(e);
                }
                _ => panic!("probe: not a builtin call or conversion"),
            }
            x
        }
        _ => c.expr(None, e),
    };
    let shown = if result.is_invalid() {
        "invalid".to_string()
    } else {
        c.operand_string(&result)
    };
    c.record_untyped();
    errors::sort_errors(&mut c.errors);
    let list = c
        .errors
        .iter()
        .map(|e| {
            let (l, col) = lines.line_col(e.pos);
            format!("{l}:{col}: {}", e.msg)
        })
        .collect();
    (list, shown)
}

/// The line of the probe expression in `probe`'s program.
fn probe_line(decls: &str) -> usize {
    decls.lines().count().max(1) + 3
}

fn probe_err(decls: &str, expr: &str) -> String {
    let (e, _) = probe(decls, expr);
    assert_eq!(e.len(), 1, "{expr}: {e:?}");
    // Drop the line: the callers assert on column and message.
    let line = probe_line(decls);
    let first = e[0].clone();
    first
        .strip_prefix(&format!("{line}:"))
        .map(str::to_string)
        .unwrap_or(first)
}

fn probe_ok(decls: &str, expr: &str) -> String {
    let (e, shown) = probe(decls, expr);
    assert!(e.is_empty(), "{expr}: {e:?}");
    shown
}

// ----- builtins ----------------------------------------------------------------------------

#[test]
fn len_and_cap_constants() {
    let d = "var a [3]int\nvar s []int\nconst c = \"héllo\"\nvar p *[4]string";
    assert_eq!(probe_ok(d, "len(a)"), "len(a) (constant 3 of type int)");
    assert_eq!(probe_ok(d, "cap(a)"), "cap(a) (constant 3 of type int)");
    assert_eq!(probe_ok(d, "len(c)"), "len(c) (constant 6 of type int)");
    assert_eq!(probe_ok(d, "len(p)"), "len(p) (constant 4 of type int)");
    assert_eq!(probe_ok(d, "len(s)"), "len(s) (value of type int)");
    assert_eq!(
        probe_ok(d, "len(\"ab\")"),
        "len(\"ab\") (constant 2 of type int)"
    );
}

#[test]
fn len_with_receive_is_not_constant() {
    let d = "var ch chan [2]int";
    assert_eq!(probe_ok(d, "len(<-ch)"), "len(<-ch) (value of type int)");
}

#[test]
fn len_cap_errors() {
    let d = "var n int\nvar m map[int]string\nvar a, b []int\nvar ps *[]int";
    assert_eq!(
        probe_err(d, "len(n)"),
        "6: invalid argument: n (variable of type int) for built-in len"
    );
    assert_eq!(
        probe_err(d, "cap(m)"),
        "6: invalid argument: m (variable of type map[int]string) for built-in cap"
    );
    assert_eq!(
        probe_err(d, "len(ps)"),
        "6: invalid argument: ps (variable of type *[]int) for built-in len"
    );
    assert_eq!(
        probe_err(d, "len(a, b)"),
        "2: invalid operation: too many arguments for len(a, b) (expected 1, found 2)"
    );
    assert_eq!(
        probe_err(d, "len()"),
        "2: invalid operation: not enough arguments for len() (expected 1, found 0)"
    );
}

#[test]
fn append_rules() {
    let d = "var names []string\nvar b []byte\nvar rs []rune\nvar m map[string]bool";
    assert_eq!(
        probe_ok(d, "append(names, \"x\", \"y\")"),
        "append(names, \"x\", \"y\") (value of type []string)"
    );
    assert_eq!(
        probe_ok(d, "append(b, \"abc\"...)"),
        "append(b, \"abc\"...) (value of type []byte)"
    );
    assert_eq!(
        probe_err(d, "append(names, 5)"),
        "16: cannot use 5 (untyped int constant) as string value in argument to append"
    );
    assert_eq!(
        probe_err(d, "append(rs, \"cd\"...)"),
        "13: cannot use \"cd\" (untyped string constant) as []rune value in argument to append"
    );
    assert_eq!(
        probe_err(d, "append(m, \"x\")"),
        "9: invalid append: argument must be a slice; have m (variable of type map[string]bool)"
    );
    assert_eq!(
        probe_err(d, "append()"),
        "2: invalid operation: not enough arguments for append() (expected 1, found 0)"
    );
    assert_eq!(
        probe_err(d, "append(names...)"),
        "9: not enough arguments in call to append\n\thave ([]string...)\n\twant ([]string, ...string)"
    );
}

#[test]
fn dots_only_for_append() {
    let d = "var xs []int";
    assert_eq!(
        probe_err(d, "min(xs...)"),
        "2: invalid operation: invalid use of ... with built-in min"
    );
}

#[test]
fn copy_rules() {
    let d = "var dst []int\nvar src []string\nvar arr [4]int\nvar b []byte\nvar s string";
    assert_eq!(probe_ok(d, "copy(b, s)"), "copy(b, s) (value of type int)");
    assert_eq!(
        probe_err(d, "copy(dst, src)"),
        "7: invalid copy: arguments dst (variable of type []int) and src (variable of type []string) have different element types int and string"
    );
    assert_eq!(
        probe_err(d, "copy(arr, dst)"),
        "7: invalid copy: argument must be a slice; have arr (variable of type [4]int)"
    );
}

#[test]
fn close_clear_delete() {
    let d = "var in <-chan int\nvar n int\nvar name string\nvar users []string\nvar ages map[string]int";
    assert_eq!(
        probe_err(d, "close(in)"),
        "8: invalid operation: cannot close receive-only channel in (variable of type <-chan int)"
    );
    assert_eq!(
        probe_err(d, "close(n)"),
        "8: invalid operation: cannot close non-channel n (variable of type int)"
    );
    assert_eq!(
        probe_err(d, "clear(name)"),
        "8: invalid argument: cannot clear name (variable of type string): argument must be (or constrained by) map or slice"
    );
    assert_eq!(
        probe_err(d, "delete(users, 0)"),
        "9: invalid argument: users (variable of type []string) is not a map"
    );
    assert_eq!(
        probe_err(d, "delete(ages, 3)"),
        "15: cannot use 3 (untyped int constant) as string value in argument to delete"
    );
    let (e, shown) = probe(d, "delete(ages, \"x\")");
    assert!(e.is_empty(), "{e:?}");
    assert_eq!(shown, "delete(ages, \"x\") (no value)");
}

#[test]
fn make_rules() {
    let d = "type queue struct{}";
    assert_eq!(
        probe_ok(d, "make([]int, 10)"),
        "make([]int, 10) (value of type []int)"
    );
    assert_eq!(
        probe_ok(d, "make(map[string]int)"),
        "make(map[string]int) (value of type map[string]int)"
    );
    assert_eq!(
        probe_err(d, "make([]byte)"),
        "2: invalid operation: make([]byte) expects 2 or 3 arguments; found 1"
    );
    assert_eq!(
        probe_err(d, "make(map[string]int, 10, 20)"),
        "2: invalid operation: make(map[string]int, 10, 20) expects 1 or 2 arguments; found 3"
    );
    assert_eq!(
        probe_err(d, "make([]int, 10, 5)"),
        "14: invalid argument: length and capacity swapped"
    );
    assert_eq!(
        probe_err(d, "make([]string, -1)"),
        "17: invalid argument: index -1 (constant of type int) must not be negative"
    );
    assert_eq!(
        probe_err(d, "make(queue, 10)"),
        "7: invalid argument: cannot make queue: type must be slice, map, or channel"
    );
    assert_eq!(
        probe_err(d, "make([]int, 1.5)"),
        "14: 1.5 (untyped float constant) truncated to int"
    );
}

#[test]
fn min_max() {
    let d = "var n int\nvar limit int\nvar ratio float64\nvar a, b []int";
    assert_eq!(
        probe_ok(d, "max(1, 2.5, 2)"),
        "max(1, 2.5, 2) (untyped float constant 2.5)"
    );
    assert_eq!(
        probe_ok(d, "min(3, 1, 2)"),
        "min(3, 1, 2) (untyped int constant 1)"
    );
    assert_eq!(
        probe_err(d, "max(n, 2.5)"),
        "9: 2.5 (untyped float constant) truncated to int"
    );
    assert_eq!(
        probe_err(d, "min(limit, ratio)"),
        "13: invalid argument: mismatched types int (previous argument) and float64 (type of ratio)"
    );
    assert_eq!(
        probe_err(d, "max(a, b)"),
        "6: invalid argument: a (variable of type []int) cannot be ordered"
    );
}

#[test]
fn complex_real_imag() {
    let d = "var f float32\nvar g float64\nvar c complex64";
    assert_eq!(
        probe_ok(d, "complex(1, 2)"),
        "complex(1, 2) (untyped complex constant (1 + 2i))"
    );
    assert_eq!(
        probe_ok(d, "complex(f, 1)"),
        "complex(f, 1) (value of type complex64)"
    );
    assert_eq!(probe_ok(d, "real(c)"), "real(c) (value of type float32)");
    assert_eq!(
        probe_ok(d, "imag(2i)"),
        "imag(2i) (untyped float constant 2)"
    );
    assert_eq!(
        probe_err(d, "complex(f, g)"),
        "10: invalid operation: complex(f, g) (mismatched types float32 and float64)"
    );
    assert_eq!(
        probe_err(d, "real(g)"),
        "7: invalid argument: argument has type float64, expected complex type"
    );
}

#[test]
fn new_and_recover() {
    assert_eq!(probe_ok("", "new(int)"), "new(int) (value of type *int)");
    assert_eq!(
        probe_ok("var x string", "new(x)"),
        "new(x) (value of type *string)"
    );
    assert_eq!(
        probe_err("", "new(nil)"),
        "6: use of untyped nil in argument to new"
    );
    assert_eq!(
        probe_err("", "new(int, 0)"),
        "2: invalid operation: too many arguments for new(int, 0) (expected 1, found 2)"
    );
    assert_eq!(
        probe_ok("", "recover()"),
        "recover() (value of type interface{})"
    );
}

// ----- conversions -------------------------------------------------------------------------

#[test]
fn constant_conversions() {
    let d = "const limit = 70000";
    assert_eq!(
        probe_ok(d, "int8(100)"),
        "int8(100) (constant 100 of type int8)"
    );
    assert_eq!(
        probe_ok(d, "string(65)"),
        "string(65) (constant \"A\" of type string)"
    );
    assert_eq!(
        probe_ok(d, "float32(0.1)"),
        "float32(0.1) (constant 0.1 of type float32)"
    );
    assert_eq!(probe_err(d, "byte(256)"), "7: constant 256 overflows byte");
    assert_eq!(
        probe_err(d, "uint16(limit)"),
        "9: constant 70000 overflows uint16"
    );
    assert_eq!(
        probe_err(d, "int(\"42\")"),
        "6: cannot convert \"42\" (untyped string constant) to type int"
    );
    assert_eq!(
        probe_err(d, "int(1.5)"),
        "6: cannot convert 1.5 (untyped float constant) to type int"
    );
}

#[test]
fn non_constant_conversions() {
    let d = "var price float64\nvar codes []int\nvar flag int\nvar p *int32\nvar s string\n\
             type v1 struct{ a int }\ntype v2 struct{ b int }\ntype w struct{ a int `json:\"a\"` }\n\
             var old v1";
    assert_eq!(probe_ok(d, "[]byte(s)"), "[]byte(s) (value of type []byte)");
    assert_eq!(
        probe_ok(d, "[]rune(\"x\")"),
        "[]rune(\"x\") (value of type []rune)"
    );
    assert_eq!(probe_ok(d, "int(price)"), "int(price) (value of type int)");
    assert_eq!(probe_ok(d, "w(old)"), "w(old) (value of struct type w)");
    assert_eq!(
        probe_err(d, "string(price)"),
        "9: cannot convert price (variable of type float64) to type string"
    );
    assert_eq!(
        probe_err(d, "string(codes)"),
        "9: cannot convert codes (variable of type []int) to type string"
    );
    assert_eq!(
        probe_err(d, "bool(flag)"),
        "7: cannot convert flag (variable of type int) to type bool"
    );
    assert_eq!(
        probe_err(d, "(*int64)(p)"),
        "11: cannot convert p (variable of type *int32) to type *int64"
    );
    assert_eq!(
        probe_err(d, "v2(old)"),
        "5: cannot convert old (variable of struct type v1) to type v2"
    );
}

#[test]
fn conversion_records_final_type_of_untyped_operand() {
    let src = "package main\nvar f = float64(1)\nvar b = []byte(\"x\")\nfunc main() {}\n";
    let (file, _) = parse_file(src);
    let lines = minigo_lexer::LineMap::new(src);
    let sources = Sources::load(vec![("prog.go".into(), lines, file)], &NoPackages).unwrap();
    let mut c = Checker::new(&sources);
    c.check_package(0);
    c.ctx.file = 0;
    c.ctx.scope = c.package_scopes[0];
    let mut found = Vec::new();
    for d in &sources.files[0].ast.decls {
        let Decl::Var(g) = d else { continue };
        for spec in &g.specs {
            let ExprKind::Call { fun, args, .. } = &spec.values[0].kind else {
                continue;
            };
            let t = c.expr_or_type(fun).ty;
            let mut x = c.expr(None, &args[0]);
            c.conversion(&mut x, t);
            c.record_untyped();
            let tv = c.info[0].types[args[0].id.0 as usize].clone().unwrap();
            found.push(c.type_string(tv.ty));
        }
    }
    assert_eq!(found, ["float64", "string"]);
}

// ----- composite literals (end to end through package declarations) -----------------------

#[test]
fn array_and_slice_literals() {
    assert_eq!(
        errs("package main\nvar a = [...]int{1, 2, 3}\nvar b [3]int = a\nvar s = a[1:]\nvar t []int = s\nfunc main() {}\n"),
        Vec::<String>::new()
    );
    assert_eq!(
        errs("package main\nvar days = [3]string{\"mon\", \"tue\", \"wed\", \"thu\"}\nfunc main() {}\n"),
        ["2:43: index 3 is out of bounds (>= 3)"]
    );
    assert_eq!(
        errs("package main\nvar flags = [4]bool{5: true}\nfunc main() {}\n"),
        ["2:21: invalid argument: index 5 out of bounds [0:4]"]
    );
    assert_eq!(
        errs("package main\nvar names = [...]string{0: \"zero\", 1: \"one\", 1: \"uno\"}\nfunc main() {}\n"),
        ["2:46: duplicate index 1 in array or slice literal"]
    );
    assert_eq!(
        errs("package main\nvar xs = []int{-1: 10}\nfunc main() {}\n"),
        ["2:16: invalid argument: index -1 (constant of type int) must not be negative"]
    );
    assert_eq!(
        errs("package main\nvar ids = []int{1, \"two\", 3}\nfunc main() {}\n"),
        ["2:20: cannot use \"two\" (untyped string constant) as int value in array or slice literal"]
    );
    assert_eq!(
        errs("package main\nvar n = 1\nvar xs = []int{n: 1}\nfunc main() {}\n"),
        ["3:16: index n must be integer constant"]
    );
}

#[test]
fn huge_array_literals_cost_nothing() {
    assert_eq!(
        errs("package main\nvar a = [1 << 40]int{}\nvar b = [...]int{1 << 40: 1}\nvar c [1<<40 + 1]int = b\nfunc main() {}\n"),
        Vec::<String>::new()
    );
}

#[test]
fn struct_literals() {
    let ty = "package main\ntype Point struct{ X, Y int }\n";
    let p = |s: &str| errs(&format!("{ty}{s}\nfunc main() {{}}\n"));
    assert_eq!(
        p("var a = Point{1, 2}\nvar b = Point{Y: 1}"),
        Vec::<String>::new()
    );
    assert_eq!(
        p("var a = Point{X: 1, Y: 2, Z: 3}"),
        ["3:27: unknown field Z in struct literal of type Point"]
    );
    assert_eq!(
        p("var a = Point{X: 1, x: 2}"),
        ["3:21: unknown field x in struct literal of type Point, but does have X"]
    );
    assert_eq!(
        p("var a = Point{0}"),
        ["3:16: too few values in struct literal of type Point"]
    );
    assert_eq!(
        p("var a = Point{1, 2, 3}"),
        ["3:21: too many values in struct literal of type Point"]
    );
    assert_eq!(
        p("var a = Point{X: 1, 2}"),
        ["3:21: mixture of field:value and value elements in struct literal"]
    );
    assert_eq!(
        p("var a = Point{X: 1, X: 2}"),
        ["3:21: duplicate field name X in struct literal"]
    );
    assert_eq!(
        p("var a = Point{\"a\", 2}"),
        ["3:15: cannot use \"a\" (untyped string constant) as int value in struct literal"]
    );
    assert_eq!(
        p("var a = Point{(X): 1}"),
        ["3:16: invalid field name (X) in struct literal"]
    );
}

#[test]
fn map_literals() {
    let p = |s: &str| errs(&format!("package main\n{s}\nfunc main() {{}}\n"));
    assert_eq!(
        p("var m = map[string]int{\"a\": 1, \"b\": 2}"),
        Vec::<String>::new()
    );
    assert_eq!(
        p("var m = map[string]int{\"a\": 1, \"a\": 2}"),
        ["2:32: duplicate key \"a\" in map literal"]
    );
    assert_eq!(
        p("var m = map[float64]int{1: 1, 1.0: 2}"),
        ["2:31: duplicate key 1 in map literal"]
    );
    // (Keys of different dynamic types, `map[any]int{1: 1, 1.0: 2}`, need
    // interface assignability, which lookup.rs provides.)
    assert_eq!(
        p("var m = map[int]int{1, 2}"),
        [
            "2:21: missing key in map literal",
            "2:24: missing key in map literal"
        ]
    );
}

#[test]
fn elided_element_types() {
    let p = |s: &str| {
        errs(&format!(
            "package main\ntype T struct{{ a int }}\n{s}\nfunc main() {{}}\n"
        ))
    };
    assert_eq!(
        p("var a = []T{{1}, {a: 2}}\nvar b = []*T{{1}}\nvar c = map[T]string{{1}: \"x\"}\nvar d [][]int = [][]int{{1}, {}}"),
        Vec::<String>::new()
    );
    assert_eq!(
        p("var a = []int{{1}}"),
        ["3:15: invalid composite literal element type int"]
    );
}

#[test]
fn invalid_composite_literal_type() {
    assert_eq!(
        errs("package main\nvar n = int{5}\nfunc main() {}\n"),
        ["2:9: invalid composite literal type int"]
    );
}

#[test]
fn func_literal_is_a_value_of_its_signature() {
    assert_eq!(
        errs("package main\nvar f func(int) string = func(x int) string { return \"\" }\nfunc main() {}\n"),
        Vec::<String>::new()
    );
    assert_eq!(
        errs("package main\nvar f func(int) = func(x string) {}\nfunc main() {}\n"),
        ["2:19: cannot use func(x string) {} (value of type func(x string)) as func(int) value in variable declaration"]
    );
}

// ----- index and slice expressions ---------------------------------------------------------

#[test]
fn index_expressions() {
    let p = |s: &str| {
        errs(&format!("package main\nvar a [3]int\nvar s []string\nvar m map[string]int\nvar n int\nvar f float64\nconst h = \"abc\"\n{s}\nfunc main() {{}}\n"))
    };
    assert_eq!(
        p("var x int = a[2]\nvar y string = s[n]\nvar z int = m[\"k\"]\nvar b byte = h[1]\nvar c = \"xyz\"[n]"),
        Vec::<String>::new()
    );
    assert_eq!(
        p("var x = a[3]"),
        ["8:11: invalid argument: index 3 out of bounds [0:3]"]
    );
    assert_eq!(
        p("var x = h[5]"),
        ["8:11: invalid argument: index 5 out of bounds [0:3]"]
    );
    assert_eq!(
        p("var x = s[-1]"),
        ["8:11: invalid argument: index -1 (constant of type int) must not be negative"]
    );
    assert_eq!(
        p("var x = s[f]"),
        ["8:11: invalid argument: index f (variable of type float64) must be integer"]
    );
    assert_eq!(
        p("var x = n[0]"),
        ["8:10: cannot index n (variable of type int)"]
    );
    assert_eq!(
        p("var x = m[1]"),
        ["8:11: cannot use 1 (untyped int constant) as string value in map index"]
    );
    assert_eq!(
        p("var x = s[1.5]"),
        ["8:11: 1.5 (untyped float constant) truncated to int"]
    );
}

#[test]
fn slice_expressions() {
    let p = |s: &str| {
        errs(&format!("package main\nvar a [5]int\nvar pa *[5]int\nvar s []int\nconst h = \"abc\"\nvar str string\n{s}\nfunc main() {{}}\n"))
    };
    assert_eq!(
        p("var x []int = a[1:3]\nvar y []int = pa[:]\nvar z []int = s[1:2:3]\nvar w string = h[1:]\nvar v string = str[:1]"),
        Vec::<String>::new()
    );
    assert_eq!(p("var x = s[4:2]"), ["7:13: invalid slice indices: 2 < 4"]);
    assert_eq!(
        p("var x = a[1:6]"),
        ["7:13: invalid argument: index 6 out of bounds [0:6]"]
    );
    assert_eq!(
        p("var x = str[1:2:3]"),
        ["7:17: invalid operation: 3-index slice of string"]
    );
    assert_eq!(
        p("var x = [3]int{}[1:]"),
        ["7:9: cannot slice unaddressable value [3]int{} (value of type [3]int)"]
    );
    assert_eq!(
        p("var n int\nvar x = n[1:]"),
        ["8:9: cannot slice n (variable of type int)"]
    );
}
