//! Unit tests of the checker on small programs.

use super::*;
use minigo_parser::parse_file;

pub(crate) fn check_src(src: &str) -> Result<Checked, Vec<TypeError>> {
    let (file, errors) = parse_file(src);
    assert!(errors.is_empty(), "syntax errors: {errors:?}");
    let lines = minigo_lexer::LineMap::new(src);
    let sources = Sources::load(vec![("prog.go".into(), lines, file)], &NoPackages)?;
    check(&sources)
}

#[test]
fn constants_fold_exactly() {
    let r = check_src(
        "package main\nconst a = 1 << 100\nconst b = a >> 98\nvar x int = b\nfunc main() {}\n",
    );
    assert!(r.is_ok(), "{r:?}");
}

#[test]
fn overflow_is_reported_as_gc_does() {
    let errs = check_src("package main\nvar x int8 = 300\nfunc main() {}\n").unwrap_err();
    assert_eq!(
        errs[0].msg,
        "cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)"
    );
}
