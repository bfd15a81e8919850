//! Checker tests (stmt): statements, function bodies, range clauses and
//! terminating statements. The expected errors were recorded from gc
//! (`go build -gcflags=-e`) on the same programs, as `line:col: message`
//! with continuation lines kept (other positions print as `prog.go:L:C`).
//! The programs avoid calls, selectors, composite literals and indexing,
//! which are checked elsewhere.

use super::tests::check_src;
use super::{FileInfo, ObjKind};
use crate::constant::Value;

/// The errors of `src` as gc prints them, without the file name.
fn errors_of(src: &str) -> Vec<String> {
    let lines = minigo_lexer::LineMap::new(src);
    match check_src(src) {
        Ok(_) => Vec::new(),
        Err(errs) => errs
            .iter()
            .map(|e| {
                let (l, c) = lines.line_col(e.pos);
                format!("{l}:{c}: {}", e.msg)
            })
            .collect(),
    }
}

#[track_caller]
fn assert_errors(src: &str, want: &[&str]) {
    let got = errors_of(src);
    assert_eq!(got, want, "\ngot:\n{}\n", got.join("\n"));
}

/// The side tables of a program that checks cleanly.
#[track_caller]
fn info_of(src: &str) -> (super::Checked, FileInfo) {
    match check_src(src) {
        Ok(c) => {
            let info = c.files[0].clone();
            (c, info)
        }
        Err(e) => panic!("unexpected errors: {e:?}"),
    }
}

/// gc: `for` without condition and break, labeled breaks, switch with default, goto, bare return, range loops, blocks with trailing empty statements, empty select, fallthrough.
#[test]
fn missing_return_follows_terminating_statement_rules() {
    let src = r#"package main

func f1(x int) int {
	for {
		if x > 0 {
			break
		}
	}
}

func f2(x int) int {
L:
	for {
		switch x {
		case 1:
			break L
		}
	}
}

func f3(x int) int {
	switch x {
	case 1:
		return 1
	default:
		return 2
	}
}

func f4(x int) int {
	switch x {
	case 1:
		return 1
	}
}

func f5(x int) int {
	for x > 0 {
		return 1
	}
}

func f6(x int) int {
	goto L
L:
	return 1
}

func f7(x int) (r int) {
	if x > 0 {
		return
	} else {
		return 2
	}
}

func f8(x int) int {
	for range 10 {
		return 1
	}
}

func f9(x int) int {
	{
		return 1
	}
	;
}

func f10(x int) int {
	select {}
}

func f11(x int) int {
L:
	for {
		for {
			break L
		}
	}
}

func f12(x int) int {
	for {
		switch {
		case x > 0:
			break
		}
	}
}

func f13(x any) int {
	switch x.(type) {
	case int:
		return 1
	default:
		return 2
	}
}

func f14(x int) int {
	switch x {
	case 1:
		fallthrough
	default:
		return 2
	}
}

func main() {}
"#;
    assert_errors(
        src,
        &[
            "9:1: missing return",
            "19:1: missing return",
            "35:1: missing return",
            "41:1: missing return",
            "61:1: missing return",
            "81:1: missing return",
        ],
    );
}

/// Untyped constants and functions that are not iterators, as gc words them.
#[test]
fn range_over_untyped_constants_and_bad_functions() {
    let src = r#"package main

func main() {
	var a [3]int
	var m map[string]float64
	var f float64
	for f = range 10.5 {
	}
	for i := range 1 << 70 {
		_ = i
	}
	var u uint8
	for u = range 300 {
	}
	for range 10 {
	}
	for range 1.0 {
	}
	var fn func(int)
	for range fn {
	}
	_, _, _ = a, m, f
}
"#;
    assert_errors(
        src,
        &[
            "7:16: cannot range over 10.5 (untyped float constant)",
            "9:17: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in range clause (overflows)",
            "12:6: declared and not used: u",
            "13:16: cannot use 300 (untyped int constant) as uint8 value in range clause (overflows)",
            "17:12: cannot range over 1.0 (untyped float constant 1)",
            "20:12: cannot range over fn (variable of type func(int)): func must be func(yield func(...) bool): argument is not func",
        ],
    );
}

/// Iterator function shapes: the valid one is accepted.
#[test]
fn range_over_iterator_functions() {
    let src = r#"package main

func main() {
	var a [3]int
	var m map[string]float64
	var fn2 func(func(int) bool)
	for x := range fn2 {
		_ = x
	}
	var fn3 func(func(int, int, int) bool)
	for range fn3 {
	}
	var fn4 func(func(int) int)
	for range fn4 {
	}
	var fn5 func() int
	for range fn5 {
	}
	var fn6 func(func(...int) bool)
	for range fn6 {
	}
	var fn7 func(func() bool)
	for x := range fn7 {
	}
	_, _ = a, m
}
"#;
    assert_errors(
        src,
        &[
            "11:12: cannot range over fn3 (variable of type func(func(int, int, int) bool)): func must be func(yield func(...) bool): yield func has too many parameters",
            "14:12: cannot range over fn4 (variable of type func(func(int) int)): func must be func(yield func(...) bool): yield func does not return bool",
            "17:12: cannot range over fn5 (variable of type func() int): func must be func(yield func(...) bool): wrong argument count",
            "20:12: cannot range over fn6 (variable of type func(func(...int) bool)): yield func of type func(...int) bool cannot be variadic",
            "23:6: range over fn7 (variable of type func(func() bool)) permits no iteration variables",
        ],
    );
}

/// Redeclared, shadowing and assigned iteration variables, and a third one.
#[test]
fn range_iteration_variables() {
    let src = r#"package main

func main() {
	var a [3]int
	var m map[string]float64
	for i, i := range a {
	}
	var x int
	for x := range x {
		_ = x
	}
	for _, _ = range a {
	}
	for a, b, c = range m {
	}
}
"#;
    assert_errors(
        src,
        &[
            "6:6: declared and not used: i",
            "6:9: i redeclared in this block\n\t./prog.go:6:6: other declaration of i",
            "14:6: cannot use a (value of type string) as [3]int value in assignment",
            "14:9: undefined: b",
            "14:12: range clause permits at most two iteration variables",
        ],
    );
}

/// Unused expressions, receive statements, `op=` messages and non-boolean conditions.
#[test]
fn expression_statements_conditions_and_op_assignments() {
    let src = r#"package main

func main() {
	x := 1
	var s string
	var ch chan int
	-x
	<-ch
	(<-ch)
	s += 1
	x -= "a"
	if x {
	}
	for s {
	}
	if 1 {
	}
}
"#;
    assert_errors(
        src,
        &[
            "7:2: -x (value of type int) is not used",
            "10:2: invalid operation: s += 1 (mismatched types string and untyped int)",
            "11:2: invalid operation: x -= \"a\" (mismatched types int and untyped string)",
            "12:5: non-boolean condition in if statement",
            "14:6: non-boolean condition in for statement",
            "16:5: non-boolean condition in if statement",
        ],
    );
}

/// Type switch guards, their bound variable, select clauses and unused variables.
#[test]
fn type_switches_selects_and_unused_variables() {
    let src = r#"package main

func main() {
	var ch chan int
	var v any
	switch t := v.(type) {
	case int, string:
	default:
	}
	var nonIface int
	switch nonIface.(type) {
	}
	select {
	case v := <-ch:
	case ch <- 1:
	case <-ch:
	default:
	}
	x, x2 := 1, 2
	_ = x2
	var y int
	switch y.(type) {
	}
	switch z := y.(type) {
	case int:
		_ = z
	}
}
"#;
    assert_errors(
        src,
        &[
            "6:9: t declared and not used",
            "11:9: nonIface (variable of type int) is not an interface",
            "14:7: declared and not used: v",
            "19:2: declared and not used: x",
            "22:9: y (variable of type int) is not an interface",
            "24:14: y (variable of type int) is not an interface",
        ],
    );
}

/// Result counts, bare returns with shadowed results and assignability in return statements.
#[test]
fn return_statements() {
    let src = r#"package main

func r1() int {
	return
}

func r2() (int, string) {
	return 1
}

func r3() {
	return 1
}

func r4() int {
	return 1, 2
}

func r5() (a, b int) {
	return 1
}

func r6() (a int) {
	{
		const a = 2
		return
	}
}

func r7() (a int, b string) {
	if true {
		var b = 1
		_ = b
		return
	}
	return 1, "x"
}

func r8() (_ int) {
	return
}

func r9() int {
	return "s"
}

func main() {}
"#;
    assert_errors(
        src,
        &[
            "4:2: not enough return values\n\thave ()\n\twant (int)",
            "8:9: not enough return values\n\thave (number)\n\twant (int, string)",
            "12:9: too many return values\n\thave (number)\n\twant ()",
            "16:12: too many return values\n\thave (number, number)\n\twant (int)",
            "20:9: not enough return values\n\thave (number)\n\twant (int, int)",
            "26:3: result parameter a not in scope at return\n\t./prog.go:25:9: inner declaration of var a int",
            "34:3: result parameter b not in scope at return\n\t./prog.go:32:7: inner declaration of var b string",
            "44:9: cannot use \"s\" (untyped string constant) as int value in return statement",
        ],
    );
}

/// Scopes of if/else chains, switch and select clauses; variables only assigned are unused.
#[test]
fn scopes_of_headers_clauses_and_blocks() {
    let src = r#"package main

func main() {
	if x := 1; x > 0 {
	} else if y := 2; y > x {
	} else {
		_ = x + y
	}
	var v any
	switch t := v.(type) {
	case int:
	case string:
		_ = t
	}
	switch t := v.(type) {
	default:
	}
	a := 1
	a = 2
	var b int
	b = 3
	c, d := 1, 2
	_ = d
	{
		c := 5
		_ = c
	}
	for i := 0; i < 3; {
	}
	var e int
	switch e {
	}
	switch f := 1; {
	}
	var g chan int
	select {
	case h := <-g:
	case h, ok := <-g:
		_ = ok
	}
}
"#;
    assert_errors(
        src,
        &[
            "15:9: t declared and not used",
            "18:2: declared and not used: a",
            "20:6: declared and not used: b",
            "22:2: declared and not used: c",
            "33:9: declared and not used: f",
            "37:7: declared and not used: h",
            "38:7: declared and not used: h",
        ],
    );
}

/// Values, types and nil as statements; switch tags that are comparable or have nil.
#[test]
fn expression_statements_that_are_not_used() {
    let src = r#"package main

type T struct{}

func main() {
	var x int
	x
	T
	nil
	1
	"a"
	true
	x, x = 1, 2
	var f func()
	f
	var m map[int]int
	switch m {
	}
	var s []int
	switch s {
	case nil:
	}
	var tt T
	switch tt {
	}
}
"#;
    assert_errors(
        src,
        &[
            "7:2: x (variable of type int) is not used",
            "8:2: T (type) is not an expression",
            "9:2: nil is not used",
            "10:2: 1 (untyped int constant) is not used",
            "11:2: \"a\" (untyped string constant) is not used",
            "12:2: true (untyped bool constant) is not used",
            "15:2: f (variable of type func()) is not used",
        ],
    );
}

/// Case conversions against the tag (or the implicit true) and duplicate constant cases.
#[test]
fn expression_switch_cases() {
    let src = r#"package main

type B bool

func main() {
	var b B
	x := 1
	switch {
	case x > 0:
	case b:
	case 1:
	}
	switch x {
	case 1, 2, 3:
	case "a":
	case 1.5:
	}
	var s string
	switch s {
	case "a", "b", "a":
	}
	var f float64
	switch f {
	case 1.5, 1.5:
	}
	var fn func()
	switch fn {
	case nil:
	}
	switch x := 5; x {
	case 5:
	}
	const c = 3
	switch x {
	case c, 3:
	case x + 1:
	}
	var e error
	switch e.(type) {
	case nil:
	}
	switch x.(type) {
	}
	switch y := x.(type) {
	case int:
		_ = y
	}
}
"#;
    assert_errors(
        src,
        &[
            "10:7: invalid case b in switch on true (mismatched types B and bool)",
            "11:7: cannot convert 1 (untyped int constant) to type bool",
            "15:7: cannot convert \"a\" (untyped string constant) to type int",
            "16:7: 1.5 (untyped float constant) truncated to int",
            "20:17: duplicate case \"a\" (constant of type string) in expression switch\n\t./prog.go:20:7: previous case",
            "24:12: duplicate case 1.5 (constant of type float64) in expression switch\n\t./prog.go:24:7: previous case",
            "35:10: duplicate case 3 (constant of type int) in expression switch\n\t./prog.go:35:7: previous case",
            "42:9: x (variable of type int) is not an interface",
            "44:14: x (variable of type int) is not an interface",
        ],
    );
}

/// Duplicate cases when the tag is an interface (values of different types may match).
#[test]
fn duplicate_cases_against_interfaces() {
    let src = r#"package main

func main() {
	var i interface{}
	switch i {
	case 1, 1, "a":
	}
	var v any
	switch v.(type) {
	case int, string, int:
	}
}
"#;
    assert_errors(
        src,
        &[
            "6:10: duplicate case 1 (constant of type int) in expression switch\n\t./prog.go:6:7: previous case",
            "10:20: duplicate case int in type switch\n\t./prog.go:10:7: previous case",
        ],
    );
}

/// Programs with every kind of statement that gc accepts check cleanly.
#[test]
fn valid_statements_check_cleanly() {
    let src = r#"package main

const n = 3

func classify(x int) (s string) {
	switch {
	case x < 0:
		s = "neg"
	case x == 0:
		return "zero"
	default:
		s = "pos"
	}
	return
}

func sum(xs [4]int, p *[4]int, m map[string]int, ch chan int) int {
	total := 0
	for i := range xs {
		total += i
	}
	for i, v := range p {
		total += i * v
	}
	for k, v := range m {
		_ = k
		total -= v
	}
	for v := range ch {
		total += v
	}
	for i := range 10 {
		total += i
	}
	for range n {
		total++
	}
	var j int
	for j = range 5 {
	}
	total += j
outer:
	for i := 0; i < n; i++ {
		for {
			if i > 1 {
				break outer
			}
			continue outer
		}
	}
	switch y := total % 3; y {
	case 0, 1:
		total--
		fallthrough
	case 2:
	}
	var e any
	switch v := e.(type) {
	case nil:
	case int:
		total += v
	}
	select {
	case v, ok := <-ch:
		if ok {
			total += v
		}
	case ch <- total:
	default:
	}
	for {
		if total > 100 {
			return total
		}
		total *= 2
	}
}

func loop() int {
L:
	for {
		switch {
		case true:
			break
		}
		goto L
	}
}

func main() {
	var s string
	for i, r := range "héllo" {
		if i > 0 && r != 'l' {
			s += "x"
		}
	}
	_ = s
}
"#;
    assert_errors(src, &[]);
}

/// A call of the builtin panic ends a function; a local function named
/// panic does not.
#[test]
fn panic_is_terminating() {
    assert_errors(
        "package main\nfunc f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n\tpanic(x)\n}\nfunc main() {}\n",
        &[],
    );
    assert_errors(
        "package main\nfunc f() int {\n\tpanic := func(int) {}\n\tpanic(1)\n}\nfunc main() {}\n",
        &["5:1: missing return"],
    );
}

/// Each clause of a type switch declares its own variable, recorded as
/// the clause's implicit object with the clause's type; range variables
/// are defined at their names.
#[test]
fn type_switch_and_range_variables_are_recorded() {
    let src = "package main\nfunc main() {\n\tvar e any\n\tswitch v := e.(type) {\n\tcase int:\n\t\tv++\n\tcase bool, string:\n\t\t_ = v\n\t}\n\tfor i, c := range \"ab\" {\n\t\t_, _ = i, c\n\t}\n}\n";
    let (c, info) = info_of(src);
    let clause = |needle: &str| src.find(needle).map(|p| p as u32);
    let (Some(int_clause), Some(multi_clause)) = (clause("case int"), clause("case bool")) else {
        panic!("clauses not found");
    };
    let ty_of = |pos: u32| {
        let obj = info.implicits.get(&pos).copied();
        let obj = obj.map(|o| c.object(o).clone());
        obj.and_then(|o| o.ty).map(|t| c.types.type_string(t))
    };
    assert_eq!(ty_of(int_clause).as_deref(), Some("int"));
    assert_eq!(ty_of(multi_clause).as_deref(), Some("any"));
    let (Some(i_pos), Some(c_pos)) = (src.find("i, c"), src.find("c :=")) else {
        panic!("range variables not found");
    };
    for (pos, want) in [(i_pos as u32, "int"), (c_pos as u32, "rune")] {
        let obj = info.defs.get(&pos).copied();
        let Some(obj) = obj else {
            panic!("no def at {pos}")
        };
        let o = c.object(obj);
        assert!(matches!(o.kind, ObjKind::Var { .. }));
        assert_eq!(o.ty.map(|t| c.types.type_string(t)).as_deref(), Some(want));
    }
}

/// `for i := range a` over an array without calls or receives does not
/// evaluate `a`: as types2 does, the range expression is recorded as the
/// constant len(a).
#[test]
fn range_over_array_records_its_length() {
    let src =
        "package main\nfunc main() {\n\tvar a [5]int\n\tfor i := range (a) {\n\t\t_ = i\n\t}\n}\n";
    let (_, info) = info_of(src);
    let found = info.types.iter().flatten().any(|tv| {
        tv.mode == super::Mode::Constant && matches!(&tv.val, Some(v) if matches!(v, Value::Int(5)))
    });
    assert!(found, "len(a) not recorded");
}

/// Deeply nested statements and odd trees never panic.
#[test]
fn odd_bodies_do_not_panic() {
    let mut src = String::from("package main\nfunc f() int {\n");
    for _ in 0..50 {
        src.push_str("if true {\nfor {\nswitch {\ndefault:\n");
    }
    src.push_str("return 1\n");
    for _ in 0..50 {
        src.push_str("}\n}\n}\n");
    }
    src.push_str("}\nfunc main() {}\n");
    assert_errors(&src, &["354:1: missing return"]);
}

/// Terminating select and switch statements, labeled breaks out of them, and
/// else-if chains.
#[test]
fn missing_return_with_select_switch_and_labels() {
    let src = r#"package main

func a(ch chan int) int {
	select {
	case <-ch:
		return 1
	default:
		return 2
	}
}

func b(ch chan int) int {
L:
	select {
	case <-ch:
		break L
	default:
		return 2
	}
}

func c(ch chan int) int {
	select {
	case <-ch:
		for {
			break
		}
		return 1
	}
}

func d(x int) int {
L:
	switch x {
	default:
		for {
			break L
		}
	}
}

func e(x any) int {
	switch x.(type) {
	case int:
		return 1
	}
}

func f(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return 2
	}
}

func g(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return 2
	} else {
		goto M
	}
M:
	for {
	}
}

func h(x int) int {
L:
	for {
		select {
		default:
			break L
		}
	}
}

func i(x int) int {
	for {
		select {
		default:
			break
		}
	}
}

func main() {}
"#;
    assert_errors(
        src,
        &[
            "20:1: missing return",
            "40:1: missing return",
            "47:1: missing return",
            "55:1: missing return",
            "78:1: missing return",
        ],
    );
}
