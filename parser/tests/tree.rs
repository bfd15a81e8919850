//! The shape of the tree for constructs whose meaning a later stage
//! depends on. (Error messages are checked against gc in the workspace's
//! `tests/syntax_errors.rs`.)

use minigo_parser::ast::{Decl, ExprKind, File};
use minigo_parser::{parse_expr, parse_file, parse_stmts};

fn parse_ok(src: &str) -> File {
    let (file, errors) = parse_file(src);
    assert!(errors.is_empty(), "{src:?}: {errors:?}");
    file
}

fn method(file: &File, i: usize) -> &minigo_parser::ast::FuncDecl {
    match &file.decls[i] {
        Decl::Func(f) => f,
        d => panic!("not a func: {d:?}"),
    }
}

#[test]
fn receiver_counts_are_left_to_the_checker() {
    // gofmt accepts these; gc's messages come from the checker, at the
    // token after `)`.
    let src = "package p\nfunc () f() {}\nfunc (a, b T) g() {}\nfunc (T, *T) h() {}\nfunc (t *T) k() {}\n";
    let file = parse_ok(src);
    let none = method(&file, 0).recv.as_ref().expect("a receiver list");
    assert_eq!(none.count(), 0);
    assert_eq!(none.count_error(), Some("method has no receiver"));
    assert_eq!(none.after as usize, src.find("f()").unwrap());
    for i in [1, 2] {
        let two = method(&file, i).recv.as_ref().unwrap();
        assert_eq!(two.count(), 2);
        assert_eq!(two.count_error(), Some("method has multiple receivers"));
        assert!(two.single().is_none());
    }
    let one = method(&file, 3).recv.as_ref().unwrap();
    assert_eq!(one.count_error(), None);
    assert_eq!(&*one.single().unwrap().names[0].name, "t");
    assert!(method(&parse_ok("package p\nfunc f() {}\n"), 0)
        .recv
        .is_none());
}

#[test]
fn expression_ids_are_dense() {
    let file = parse_ok("package p\nvar x = f(a+b, []int{1, 2}[0])\n");
    assert!(file.expr_count >= 8, "{}", file.expr_count);
    let (root, errors) = parse_expr("a.b(c)[d:e]");
    assert!(errors.is_empty());
    assert!(
        matches!(root.expr.kind, ExprKind::Slice { .. }),
        "{:?}",
        root.expr.kind
    );
}

#[test]
fn spans_cover_their_source() {
    let src = "package p\nfunc f() int { return 1 + 2 }\n";
    let file = parse_ok(src);
    let f = method(&file, 0);
    assert_eq!(
        &src[f.span.lo as usize..f.span.hi as usize],
        "func f() int { return 1 + 2 }"
    );
    assert_eq!(&src[f.name.span.lo as usize..f.name.span.hi as usize], "f");
}

#[test]
fn statement_lists_parse_as_in_a_body() {
    let (list, errors) = parse_stmts("x := 1\nfor i := range 10 { x += i }\nprintln(x)\n");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(list.stmts.len(), 3);
    let (_, errors) = parse_stmts("}\n");
    assert!(!errors.is_empty());
}
