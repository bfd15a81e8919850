//! Types spelled as gc's type checker (types2) spells them in messages:
//! `[]int`, `map[string]int`, `func(x int) (int, error)`, `struct{a int}`,
//! `interface{M()}`, `<-chan int`, `untyped int`, and defined types by name,
//! qualified by package outside the program's own (`strings.Builder`).

use super::table::{Signature, TypeId, TypeKind, TypeTable};
use super::ChanDir;
use std::fmt::Write;

impl TypeTable {
    /// The type as types2 prints it.
    pub fn type_string(&self, t: TypeId) -> String {
        let mut out = String::new();
        self.write_type(&mut out, t, 0);
        out
    }

    /// A signature without the leading `func`, as in interface methods and
    /// `missing method M` notes.
    pub fn signature_string(&self, sig: TypeId) -> String {
        let mut out = String::new();
        if let TypeKind::Func(s) = self.kind(self.unalias(sig)) {
            self.write_signature(&mut out, s, 0);
        }
        out
    }

    fn write_type(&self, out: &mut String, t: TypeId, depth: u32) {
        // Types are finite graphs only through defined types, which print
        // by name, so depth only grows with the source's own nesting; the
        // bound is for malformed programs.
        if depth > 64 {
            out.push('…');
            return;
        }
        let d = depth + 1;
        match self.kind(t) {
            TypeKind::Invalid => out.push_str("invalid type"),
            TypeKind::Basic(b) => out.push_str(b.name()),
            TypeKind::Named(_) => {
                if let Some(n) = self.named(t) {
                    qualified(out, &n.pkg, &n.name);
                    if !n.targs.is_empty() {
                        out.push('[');
                        self.write_list(out, &n.targs, &[], false, d);
                        out.push(']');
                    }
                }
            }
            TypeKind::TypeParam(_) => {
                if let Some(p) = self.type_param(t) {
                    out.push_str(&p.name);
                }
            }
            TypeKind::Constraint {
                terms: Some(terms),
                implicit: true,
                ..
            } => self.write_terms(out, terms, d),
            TypeKind::Constraint {
                methods,
                terms,
                comparable,
                ..
            } => {
                out.push_str("interface{");
                let mut first = true;
                let mut sep = |out: &mut String| {
                    if !first {
                        out.push_str("; ");
                    }
                    first = false;
                };
                if *comparable {
                    sep(out);
                    out.push_str("comparable");
                }
                for m in methods {
                    sep(out);
                    out.push_str(&m.name);
                    if let TypeKind::Func(s) = self.kind(m.sig) {
                        self.write_signature(out, s, d);
                    }
                }
                if let Some(terms) = terms {
                    sep(out);
                    self.write_terms(out, terms, d);
                }
                out.push('}');
            }
            TypeKind::Alias(_) => {
                if let Some(a) = self.alias(t) {
                    qualified(out, &a.pkg, &a.name);
                }
            }
            TypeKind::Pointer(e) => {
                out.push('*');
                self.write_type(out, *e, d);
            }
            TypeKind::Slice(e) => {
                out.push_str("[]");
                self.write_type(out, *e, d);
            }
            TypeKind::Array { len, elem } => {
                let _ = write!(out, "[{len}]");
                self.write_type(out, *elem, d);
            }
            TypeKind::Map { key, value } => {
                out.push_str("map[");
                self.write_type(out, *key, d);
                out.push(']');
                self.write_type(out, *value, d);
            }
            TypeKind::Chan { dir, elem } => {
                out.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                // `chan (<-chan int)`: without parentheses the element's
                // arrow would bind to the outer `chan`.
                let paren = *dir == ChanDir::Both
                    && matches!(
                        self.kind(*elem),
                        TypeKind::Chan {
                            dir: ChanDir::Recv,
                            ..
                        }
                    );
                if paren {
                    out.push('(');
                }
                self.write_type(out, *elem, d);
                if paren {
                    out.push(')');
                }
            }
            TypeKind::Struct(fields) => {
                out.push_str("struct{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    if !f.embedded {
                        out.push_str(&f.name);
                        out.push(' ');
                    }
                    self.write_type(out, f.ty, d);
                    if let Some(tag) = &f.tag {
                        out.push(' ');
                        out.push_str(&crate::constant::quote(tag.as_bytes()));
                    }
                }
                out.push('}');
            }
            TypeKind::Func(sig) => {
                out.push_str("func");
                self.write_signature(out, sig, d);
            }
            TypeKind::Interface(methods) => {
                out.push_str("interface{");
                for (i, m) in methods.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    out.push_str(&m.name);
                    if let TypeKind::Func(s) = self.kind(m.sig) {
                        self.write_signature(out, s, d);
                    }
                }
                out.push('}');
            }
            TypeKind::Tuple(elems) => {
                out.push('(');
                self.write_list(out, elems, &[], false, d);
                out.push(')');
            }
        }
    }

    /// A union as written: `~int | string`.
    pub(crate) fn write_terms(&self, out: &mut String, terms: &[super::Term], depth: u32) {
        for (i, term) in terms.iter().enumerate() {
            if i > 0 {
                out.push_str(" | ");
            }
            if term.tilde {
                out.push('~');
            }
            self.write_type(out, term.ty, depth);
        }
    }

    fn write_signature(&self, out: &mut String, sig: &Signature, depth: u32) {
        out.push('(');
        self.write_list(out, &sig.params, &sig.param_names, sig.variadic, depth);
        out.push(')');
        match sig.results.len() {
            0 => {}
            1 if sig.result_names.iter().all(|n| n.is_empty()) => {
                out.push(' ');
                self.write_type(out, sig.results[0], depth);
            }
            _ => {
                out.push_str(" (");
                self.write_list(out, &sig.results, &sig.result_names, false, depth);
                out.push(')');
            }
        }
    }

    fn write_list(
        &self,
        out: &mut String,
        types: &[TypeId],
        names: &[Box<str>],
        variadic: bool,
        depth: u32,
    ) {
        for (i, &t) in types.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if let Some(name) = names.get(i).filter(|n| !n.is_empty()) {
                out.push_str(name);
                out.push(' ');
            }
            let last = i + 1 == types.len();
            match self.kind(t) {
                TypeKind::Slice(elem) if variadic && last => {
                    out.push_str("...");
                    self.write_type(out, *elem, depth);
                }
                _ => self.write_type(out, t, depth),
            }
        }
    }
}

fn qualified(out: &mut String, pkg: &str, name: &str) {
    if !pkg.is_empty() {
        // The package's name is the last element of its path.
        out.push_str(pkg.rsplit('/').next().unwrap_or(pkg));
        out.push('.');
    }
    out.push_str(name);
}
