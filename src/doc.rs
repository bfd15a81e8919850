//! What the standard packages minigo provides declare, for people: the
//! packages, their exported members, and a member's declaration as Go
//! source (for the REPL's `:doc strings.Index` and its completion of
//! `strings.`).
//!
//! Everything comes from the packages' declaration files
//! (`stdlib/api/<path>.go`: every exported member of Go's package, with
//! Go's names and types), parsed with minigo's parser; a declaration's text
//! is cut from the file by its span.

use minigo_parser::ast::{self, Decl, Expr, ExprKind, File, UnaryOp};

/// The import paths of the standard packages minigo provides, sorted.
pub fn std_packages() -> Vec<&'static str> {
    minigo_stdlib::api_packages().to_vec()
}

/// The exported top-level names the package declares (constants,
/// variables, types, functions; not methods), sorted, each once. Empty for
/// a package minigo does not provide.
pub fn package_members(path: &str) -> Vec<String> {
    let Some((_, file)) = api_file(path) else {
        return Vec::new();
    };
    let mut names: Vec<String> = Vec::new();
    for decl in &file.decls {
        match decl {
            Decl::Const(g) => {
                names.extend(g.specs.iter().flat_map(|s| s.names.iter()).map(ident));
            }
            Decl::Var(g) => {
                names.extend(g.specs.iter().flat_map(|s| s.names.iter()).map(ident));
            }
            Decl::Type(g) => names.extend(g.specs.iter().map(|s| ident(&s.name))),
            Decl::Func(f) if f.recv.is_none() => names.push(ident(&f.name)),
            Decl::Func(_) | Decl::Import(_) => {}
        }
    }
    names.retain(|n| is_exported(n));
    names.sort();
    names.dedup();
    names
}

/// The declaration of the package's exported member `name` as Go source,
/// from the package's declaration file, after its doc comment if it has
/// one: `func Index(s, substr string) int`; `type Builder struct { ... }`
/// (the whole body); a constant's or variable's spec,
/// `const MaxInt64 = 1<<63 - 1`. `Type.Method` gives the method's
/// signature, `func (b *Builder) String() string`. `None` when the package
/// or the member (or method) does not exist or is not exported.
pub fn member_doc(path: &str, name: &str) -> Option<String> {
    let (text, file) = api_file(path)?;
    let (type_name, method) = match name.split_once('.') {
        Some((t, m)) => (Some(t), m),
        None => (None, name),
    };
    if !is_exported(method) || type_name.is_some_and(|t| !is_exported(t)) {
        return None;
    }
    let (lo, code) = match type_name {
        Some(t) => find_method(text, &file, t, method)?,
        None => find_member(text, &file, method)?,
    };
    let mut out = doc_comment(text, lo);
    out.push_str(code.trim_end());
    Some(out)
}

/// The package's declaration file, as text and tree.
fn api_file(path: &str) -> Option<(&'static str, File)> {
    let text = minigo_stdlib::api_source(path)?;
    let (file, _errors) = minigo_parser::parse_file(text);
    Some((text, file))
}

fn ident(i: &ast::Ident) -> String {
    i.name.to_string()
}

/// Go's `token.IsExported`: the name begins with an upper-case letter.
fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

fn cut(text: &str, span: ast::Span) -> &str {
    text.get(span.lo as usize..span.hi as usize)
        .unwrap_or_default()
}

/// A method's declaration: where it starts, and its text.
fn find_method(text: &str, file: &File, ty: &str, method: &str) -> Option<(u32, String)> {
    file.decls.iter().find_map(|d| match d {
        Decl::Func(f)
            if &*f.name.name == method
                && f.recv
                    .as_ref()
                    .and_then(|r| r.params.first())
                    .and_then(|p| receiver_base(&p.ty))
                    == Some(ty) =>
        {
            Some((f.span.lo, signature(text, f)))
        }
        _ => None,
    })
}

/// A top-level member's declaration: where it starts (its doc comment is
/// above that), and its text.
fn find_member(text: &str, file: &File, name: &str) -> Option<(u32, String)> {
    for decl in &file.decls {
        match decl {
            Decl::Func(f) if f.recv.is_none() && &*f.name.name == name => {
                return Some((f.span.lo, signature(text, f)));
            }
            Decl::Type(g) => {
                if let Some(s) = g.specs.iter().find(|s| &*s.name.name == name) {
                    return Some(spec(text, "type", g.grouped, g.span, s.span));
                }
            }
            Decl::Const(g) => {
                if let Some(s) = g
                    .specs
                    .iter()
                    .find(|s| s.names.iter().any(|n| &*n.name == name))
                {
                    let code = value_spec(text, "const", &s.names, s.ty.as_ref(), &s.values);
                    return Some((decl_start(g.grouped, g.span, s.span), code));
                }
            }
            Decl::Var(g) => {
                if let Some(s) = g
                    .specs
                    .iter()
                    .find(|s| s.names.iter().any(|n| &*n.name == name))
                {
                    let code = value_spec(text, "var", &s.names, s.ty.as_ref(), &s.values);
                    return Some((decl_start(g.grouped, g.span, s.span), code));
                }
            }
            _ => {}
        }
    }
    None
}

/// A spec as a declaration of its own: the whole declaration when it is
/// not grouped, else the keyword and the spec.
fn spec(
    text: &str,
    keyword: &str,
    grouped: bool,
    decl: ast::Span,
    spec: ast::Span,
) -> (u32, String) {
    if grouped {
        (spec.lo, format!("{keyword} {}", cut(text, spec).trim()))
    } else {
        (decl.lo, cut(text, decl).to_string())
    }
}

/// Where a spec's declaration starts, for its doc comment: the spec's own
/// line in a group, else the keyword's.
fn decl_start(grouped: bool, decl: ast::Span, spec: ast::Span) -> u32 {
    if grouped {
        spec.lo
    } else {
        decl.lo
    }
}

/// A constant's or variable's spec as a declaration of its own, its parts
/// cut from the file and joined by single spaces (a group's specs are
/// aligned in columns): `var Stdin *File`, `const Pi = 3.14159...`.
fn value_spec(
    text: &str,
    keyword: &str,
    names: &[ast::Ident],
    ty: Option<&Expr>,
    values: &[Expr],
) -> String {
    let names: Vec<&str> = names.iter().map(|n| &*n.name).collect();
    let mut out = format!("{keyword} {}", names.join(", "));
    if let Some(ty) = ty {
        out.push(' ');
        out.push_str(cut(text, ty.span));
    }
    if !values.is_empty() {
        let values: Vec<&str> = values.iter().map(|v| cut(text, v.span)).collect();
        out.push_str(" = ");
        out.push_str(&values.join(", "));
    }
    out
}

/// A function's declaration without its body (declaration files have
/// none, but the text stops before one all the same).
fn signature(text: &str, f: &ast::FuncDecl) -> String {
    let hi = f.body.as_ref().map_or(f.span.hi, |b| b.span.lo);
    let span = ast::Span { lo: f.span.lo, hi };
    cut(text, span).trim_end().to_string()
}

/// The name of a receiver's base type: `T`, `*T`, `(T)`, `(*T)`.
fn receiver_base(e: &Expr) -> Option<&str> {
    match &e.kind {
        ExprKind::Name(n) => Some(n),
        ExprKind::Paren(x) => receiver_base(x),
        ExprKind::Unary {
            op: UnaryOp::Deref,
            x,
        } => receiver_base(x),
        _ => None,
    }
}

/// The `//` comment lines directly above the line holding `pos` (none
/// when a blank or code line comes first), each with its newline.
fn doc_comment(text: &str, pos: u32) -> String {
    let before = text.get(..pos as usize).unwrap_or_default();
    // The text before the declaration's line.
    let above = match before.rfind('\n') {
        Some(i) => &before[..i],
        None => return String::new(),
    };
    let mut lines: Vec<&str> = Vec::new();
    for line in above.rsplit('\n') {
        let line = line.trim();
        if !line.starts_with("//") {
            break;
        }
        lines.push(line);
    }
    lines.reverse();
    lines.iter().map(|l| format!("{l}\n")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packages_are_minigo_s() {
        let pkgs = std_packages();
        for p in ["fmt", "strings", "math/rand", "unicode/utf8", "sync/atomic"] {
            assert!(pkgs.contains(&p), "{p} in {pkgs:?}");
        }
        assert!(!pkgs.contains(&"net/http"));
        let mut sorted = pkgs.clone();
        sorted.sort();
        assert_eq!(pkgs, sorted);
    }

    #[test]
    fn members_are_exported_top_level_names() {
        let m = package_members("strings");
        for name in ["Index", "Builder", "Reader", "NewReplacer", "ToUpper"] {
            assert!(m.contains(&name.to_string()), "{name}");
        }
        // Methods are not members; unexported names are not either.
        assert!(!m.contains(&"WriteString".to_string()));
        assert!(m.iter().all(|n| is_exported(n)), "{m:?}");
        let mut sorted = m.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(m, sorted);
        let time = package_members("time");
        for name in ["RFC3339", "Duration", "Second", "Now", "Month", "UTC"] {
            assert!(time.contains(&name.to_string()), "{name}");
        }
        assert!(package_members("math").contains(&"MaxInt64".to_string()));
        assert!(package_members("no/such").is_empty());
    }

    #[test]
    fn a_function_is_its_signature() {
        assert_eq!(
            member_doc("strings", "Index").as_deref(),
            Some("func Index(s, substr string) int")
        );
        assert_eq!(
            member_doc("strings", "Compare").as_deref(),
            Some("func Compare(a, b string) int")
        );
        assert_eq!(
            member_doc("fmt", "Println").as_deref(),
            Some("func Println(a ...any) (n int, err error)")
        );
    }

    #[test]
    fn a_type_is_its_declaration() {
        let builder = member_doc("strings", "Builder").unwrap();
        assert!(builder.starts_with("type Builder struct {"), "{builder}");
        assert!(builder.ends_with('}'), "{builder}");
        assert_eq!(
            member_doc("time", "Duration").as_deref(),
            Some("type Duration int64")
        );
    }

    #[test]
    fn a_constant_is_its_spec() {
        assert_eq!(
            member_doc("time", "RFC3339").as_deref(),
            Some("const RFC3339 = \"2006-01-02T15:04:05Z07:00\"")
        );
        let max = member_doc("math", "MaxInt64").unwrap();
        assert!(max.starts_with("const MaxInt64"), "{max}");
        assert_eq!(
            member_doc("os", "Stdin").as_deref(),
            Some("var Stdin *File")
        );
    }

    #[test]
    fn a_method_is_its_signature() {
        assert_eq!(
            member_doc("strings", "Builder.String").as_deref(),
            Some("func (b *Builder) String() string")
        );
        let d = member_doc("time", "Duration.String").unwrap();
        assert!(d.starts_with("func (d Duration) String() string"), "{d}");
        assert_eq!(member_doc("strings", "Builder.grow"), None);
        assert_eq!(member_doc("strings", "Builder.NoSuch"), None);
    }

    #[test]
    fn what_is_not_there_is_none() {
        assert_eq!(member_doc("strings", "NoSuch"), None);
        assert_eq!(member_doc("strings", "indexFunc"), None);
        assert_eq!(member_doc("no/such", "X"), None);
        assert_eq!(member_doc("strings", ""), None);
    }

    #[test]
    fn doc_comments_come_along() {
        let src = "package p\n\n// F does it.\n// Twice.\nfunc F()\n\n// Not G's.\n\nfunc G()\n";
        let f = src.find("func F").unwrap() as u32;
        assert_eq!(doc_comment(src, f), "// F does it.\n// Twice.\n");
        let g = src.find("func G").unwrap() as u32;
        assert_eq!(doc_comment(src, g), "");
        assert_eq!(doc_comment(src, 0), "");
    }
}
