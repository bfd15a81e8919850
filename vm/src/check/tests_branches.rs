//! Checker tests (branches): the initialization order of package variables
//! (`initorder.rs`). Function bodies are not checked in every tree yet, so
//! the tests that need dependencies through a function body add them to the
//! checker's graph by hand, as checking the body would record them.

use super::tests::check_src;
use super::*;
use minigo_parser::{ast, parse_file};

/// The initializers of `src`'s package variables, as `a,b` per
/// initializer, in execution order.
fn order(src: &str) -> Vec<String> {
    let checked = match check_src(src) {
        Ok(c) => c,
        Err(errs) => panic!("type errors: {errs:?}"),
    };
    names(&checked.objects, &checked.init_order)
}

fn names(objects: &[Object], inits: &[Initializer]) -> Vec<String> {
    inits
        .iter()
        .map(|i| {
            i.lhs
                .iter()
                .map(|o| objects[o.index()].name.to_string())
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect()
}

/// The messages of `src`'s type errors.
fn errors(src: &str) -> Vec<String> {
    match check_src(src) {
        Ok(_) => Vec::new(),
        Err(errs) => errs.into_iter().map(|e| e.msg).collect(),
    }
}

#[test]
fn variables_wait_for_their_dependencies() {
    let src = "package main\nvar a = b + 1\nvar b = 2\nvar c = a * b\nfunc main() {}\n";
    assert_eq!(order(src), ["b", "a", "c"]);
}

#[test]
fn independent_variables_keep_declaration_order() {
    let src = "package main\nvar z = 1\nvar y = 2\nvar x = 3\nfunc main() {}\n";
    assert_eq!(order(src), ["z", "y", "x"]);
}

#[test]
fn fewer_dependencies_go_first() {
    // Both d and e wait for nothing once c is done; types2 then takes the
    // earlier in declaration order, and c before either.
    let src = "package main\nvar d = c + e\nvar e = c\nvar c = 1\nfunc main() {}\n";
    assert_eq!(order(src), ["c", "e", "d"]);
}

#[test]
fn only_variables_with_initializers_are_initialized() {
    let src =
        "package main\nconst k = 3\nvar u int\nvar v = k\nvar _ = v\nvar p, q = 1, 2\nfunc main() {}\n";
    assert_eq!(order(src), ["v", "_", "p", "q"]);
}

#[test]
fn the_initializer_expression_is_the_one_in_the_source() {
    let src = "package main\nvar a = b\nvar b = 7\nfunc main() {}\n";
    let (file, _) = parse_file(src);
    let checked = check_src(src).expect("no errors");
    let ast::Decl::Var(g) = &file.decls[1] else {
        panic!("not a var")
    };
    let first = &checked.init_order[0];
    assert_eq!(first.file, 0);
    assert_eq!(first.rhs, g.specs[0].values[0].id);
}

#[test]
fn a_variable_referring_to_itself_is_a_cycle() {
    let src = "package main\nvar x = x\nfunc main() {}\n";
    assert_eq!(errors(src), ["initialization cycle: x refers to itself"]);
}

#[test]
fn cycles_are_reported_step_by_step() {
    // gc: prog.go:3:5: initialization cycle for a
    //         prog.go:3:5: a refers to b
    //         prog.go:4:5: b refers to a
    let src = "package main\n\nvar a = b\nvar b = c + a\nvar c = 1\nfunc main() {}\n";
    assert_eq!(
        errors(src),
        ["initialization cycle for a\n\t./prog.go:3:5: a refers to b\n\t./prog.go:4:5: b refers to a"]
    );
}

/// Checks `src`'s package, then gives function `f` the extra dependencies
/// `deps` (what checking its body records) and computes the order again.
fn order_with_body_deps(src: &str, deps: &[(&str, &str)]) -> (Vec<String>, Vec<String>) {
    let (file, errs) = parse_file(src);
    assert!(errs.is_empty(), "{errs:?}");
    let lines = minigo_lexer::LineMap::new(src);
    let sources =
        Sources::load(vec![("prog.go".into(), lines, file)], &NoPackages).expect("sources load");
    let mut c = Checker::new(&sources);
    c.check_package(0);
    let find = |c: &Checker, name: &str| {
        c.pkg_objects
            .iter()
            .copied()
            .find(|&o| &*c.obj(o).name == name)
            .expect("object")
    };
    for (from, to) in deps {
        let (from, to) = (find(&c, from), find(&c, to));
        c.deps.entry(from).or_default().push(to);
    }
    c.errors.clear();
    // init_order appends each package's initializers: start afresh.
    c.init_order.clear();
    c.init_order();
    let order = names(&c.objs, &c.init_order);
    let errors = c.errors.iter().map(|e| e.msg.clone()).collect();
    (order, errors)
}

#[test]
fn dependencies_go_through_functions() {
    // var x = f; func f() int { return y }; var y = 1: x waits for y.
    let src = "package main\nvar x = f\nfunc f() int { return 0 }\nvar y = 1\nfunc main() {}\n";
    let (order, errors) = order_with_body_deps(src, &[("x", "f"), ("f", "y")]);
    assert_eq!(order, ["y", "x"]);
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn dependencies_go_through_chains_of_functions() {
    let src = "package main\nvar x = f\nfunc f() int { return 0 }\nfunc g() int { return 0 }\nvar y = 1\nfunc main() {}\n";
    let (order, _) = order_with_body_deps(src, &[("x", "f"), ("f", "g"), ("g", "y")]);
    assert_eq!(order, ["y", "x"]);
}

#[test]
fn cycles_through_functions_name_the_function() {
    // gc: initialization cycle for x
    //         prog.go:2:5: x refers to f
    //         prog.go:3:6: f refers to x
    let src = "package main\nvar x = f\nfunc f() int { return 0 }\nfunc main() {}\n";
    let (order, errors) = order_with_body_deps(src, &[("x", "f"), ("f", "x")]);
    assert_eq!(order, ["x"]);
    assert_eq!(
        errors,
        ["initialization cycle for x\n\t./prog.go:2:5: x refers to f\n\t./prog.go:3:6: f refers to x"]
    );
}

#[test]
fn recursive_functions_are_no_cycle_for_their_callers() {
    let src = "package main\nvar x = f\nfunc f() int { return 0 }\nvar y = 1\nfunc main() {}\n";
    let (order, errors) = order_with_body_deps(src, &[("x", "f"), ("f", "f"), ("f", "y")]);
    assert_eq!(order, ["y", "x"]);
    assert!(errors.is_empty(), "{errors:?}");
}
