//! The source file and declarations: gc's `fileOrNil`, `appendGroup`, the
//! import/const/type/var declarations (with the type parameter versus array
//! length disambiguation) and function declarations.

use minigo_lexer::{Span, Token};

use crate::ast::{
    BinaryOp, ConstSpec, Decl, Expr, ExprKind, File, FuncDecl, FuncType, GenDecl, Ident,
    ImportSpec, LitKind, Receiver, TypeSpec, UnaryOp, VarSpec,
};
use crate::expr::unparen;
use crate::parser::{set, Parser, TokSet};
use crate::types::{blank, missing_lit};

const DECL_START: TokSet = set(&[
    Token::Import,
    Token::Const,
    Token::Type,
    Token::Var,
    Token::Func,
]);

/// How [`extractable`] can split a type declaration's `[x ...`.
#[derive(PartialEq, Eq)]
enum Split {
    /// x is just a name.
    Name,
    /// x is `name expr` with expr a type (element).
    NameType,
    No,
}

/// Whether `x` can be written as `name expr` (gc's `extractName`): the
/// split happens only if expr is a type element or `force` is set.
///
/// ```text
/// x           force    name    expr
/// P*[]int     T/F      P       *[]int
/// P*E         T        P       *E
/// P*E         F        nil     P*E
/// P([]int)    T/F      P       []int
/// P(E)        T        P       E
/// P(E)        F        nil     P(E)
/// P*E|F|~G    T/F      P       *E|F|~G
/// P*E|F|G     T        P       *E|F|G
/// P*E|F|G     F        nil     P*E|F|G
/// ```
fn extractable(x: &Expr, force: bool) -> Split {
    match &x.kind {
        ExprKind::Name(_) => Split::Name,
        ExprKind::Binary {
            op: BinaryOp::Mul,
            x: l,
            y,
            ..
        } => {
            if matches!(l.kind, ExprKind::Name(_)) && (force || is_type_elem(y)) {
                Split::NameType
            } else {
                Split::No
            }
        }
        ExprKind::Binary {
            op: BinaryOp::Or,
            x: l,
            y,
            ..
        } => {
            if extractable(l, force || is_type_elem(y)) == Split::NameType {
                Split::NameType
            } else {
                Split::No
            }
        }
        ExprKind::Call {
            fun, args, dots, ..
        } => {
            if matches!(fun.kind, ExprKind::Name(_))
                && args.len() == 1
                && !dots
                && (force || is_type_elem(&args[0]))
            {
                Split::NameType
            } else {
                Split::No
            }
        }
        _ => Split::No,
    }
}

/// Performs the split [`extractable`] approved.
fn split(x: Expr) -> (Ident, Option<Expr>) {
    let span = x.span;
    match x.kind {
        ExprKind::Name(name) => (Ident { name, span }, None),
        ExprKind::Binary {
            op: BinaryOp::Mul,
            x: l,
            y,
            op_span,
        } => {
            // x = name *x.Y
            let name = expr_ident(*l);
            let span = Span::new(op_span.lo, y.span.hi.max(op_span.lo));
            let t = Expr {
                id: x.id,
                span,
                kind: ExprKind::Unary {
                    op: UnaryOp::Deref,
                    x: y,
                },
            };
            (name, Some(t))
        }
        ExprKind::Binary {
            op: BinaryOp::Or,
            x: l,
            y,
            op_span,
        } => {
            // x = name lhs|x.Y
            let (name, lhs) = split(*l);
            let kind = match lhs {
                Some(lhs) => ExprKind::Binary {
                    op: BinaryOp::Or,
                    x: Box::new(lhs),
                    y,
                    op_span,
                },
                None => y.kind,
            };
            let lo = match &kind {
                ExprKind::Binary { x, .. } => x.span.lo,
                _ => op_span.lo,
            };
            (
                name,
                Some(Expr {
                    id: x.id,
                    span: Span::new(lo, span.hi),
                    kind,
                }),
            )
        }
        ExprKind::Call { fun, args, .. } => {
            // x = name (x.ArgList[0]); the parentheses are not kept
            let name = expr_ident(*fun);
            (name, args.into_iter().next().map(unparen))
        }
        kind => (
            blank(span.lo),
            Some(Expr {
                id: x.id,
                span,
                kind,
            }),
        ),
    }
}

fn expr_ident(x: Expr) -> Ident {
    match x.kind {
        ExprKind::Name(name) => Ident { name, span: x.span },
        _ => blank(x.span.lo),
    }
}

/// Whether `x` is a (possibly parenthesized) type element expression;
/// false if it could be a type element or an ordinary value expression.
pub(crate) fn is_type_elem(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::ArrayType { .. }
        | ExprKind::StructType { .. }
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType { .. }
        | ExprKind::SliceType { .. }
        | ExprKind::MapType { .. }
        | ExprKind::ChanType { .. } => true,
        ExprKind::Unary { op, x } => is_type_elem(x) || *op == UnaryOp::Tilde,
        ExprKind::Binary { x, y, .. } => is_type_elem(x) || is_type_elem(y),
        ExprKind::Paren(x) => is_type_elem(x),
        _ => false,
    }
}

impl Parser<'_> {
    /// `SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .`
    pub(crate) fn file(&mut self) -> File {
        let mut file = File {
            package: blank(0),
            imports: Vec::new(),
            decls: Vec::new(),
            expr_count: 0,
            span: Span::new(0, self.src.len() as u32),
        };

        // PackageClause
        if !self.got(Token::Package) {
            self.syntax_error("package statement must be first");
            return file;
        }
        file.package = self.name();
        self.want(Token::Semi);

        // don't bother continuing if the package clause has errors
        if self.has_errors() {
            return file;
        }

        // Accept import declarations anywhere for error tolerance, but
        // complain.
        let mut prev = Token::Import;
        while self.tok != Token::Eof {
            if self.tok == Token::Import && prev != Token::Import {
                self.syntax_error("imports must appear before other declarations");
            }
            prev = self.tok;

            let pos = self.pos();
            match self.tok {
                Token::Import => {
                    self.next();
                    let g = self.group(pos, Parser::import_decl);
                    if file.decls.is_empty() {
                        file.imports.extend(g.specs);
                    } else {
                        file.decls.push(Decl::Import(g));
                    }
                }
                Token::Const => {
                    self.next();
                    let g = self.group(pos, Parser::const_decl);
                    file.decls.push(Decl::Const(g));
                }
                Token::Type => {
                    self.next();
                    let g = self.group(pos, Parser::type_decl);
                    file.decls.push(Decl::Type(g));
                }
                Token::Var => {
                    self.next();
                    let g = self.group(pos, Parser::var_decl);
                    file.decls.push(Decl::Var(g));
                }
                Token::Func => {
                    self.next();
                    let d = self.func_decl(pos);
                    file.decls.push(Decl::Func(d));
                }
                _ => {
                    let after_bodyless_func =
                        matches!(file.decls.last(), Some(Decl::Func(f)) if f.body.is_none());
                    if self.tok == Token::LBrace && after_bodyless_func {
                        // opening { of function declaration on next line
                        self.syntax_error("unexpected semicolon or newline before {");
                    } else {
                        self.syntax_error("non-declaration statement outside function body");
                    }
                    self.advance(DECL_START);
                    continue;
                }
            }

            if self.tok != Token::Eof && !self.got(Token::Semi) {
                self.syntax_error("after top level declaration");
                self.advance(DECL_START);
            }
        }
        file
    }

    /// `appendGroup(f) = f | "(" { f ";" } ")" .` after the keyword at
    /// `lo`; `f` gets the spec's index in the group.
    pub(crate) fn group<S>(&mut self, lo: u32, f: fn(&mut Self, u32) -> Option<S>) -> GenDecl<S> {
        let mut specs = Vec::new();
        let grouped = self.tok == Token::LParen;
        if grouped {
            self.next();
            let mut index = 0;
            self.list("grouped declaration", Token::Semi, Token::RParen, |p| {
                if let Some(s) = f(p, index) {
                    specs.push(s);
                }
                index += 1;
                false
            });
        } else if let Some(s) = f(self, 0) {
            specs.push(s);
        }
        GenDecl {
            grouped,
            specs,
            span: self.span_from(lo),
        }
    }

    /// `ImportSpec = [ "." | PackageName ] ImportPath .`
    fn import_decl(&mut self, _index: u32) -> Option<ImportSpec> {
        let lo = self.pos();
        let name = match self.tok {
            Token::Name => Some(self.name()),
            Token::Dot => {
                let id = Ident {
                    name: ".".into(),
                    span: self.span,
                };
                self.next();
                Some(id)
            }
            _ => None,
        };
        let Some(path) = self.oliteral() else {
            let path = missing_lit(self.pos());
            self.syntax_error("missing import path");
            self.advance(set(&[Token::Semi, Token::RParen]));
            return Some(ImportSpec {
                name,
                path,
                span: self.span_from(lo),
            });
        };
        if path.kind != LitKind::String {
            self.syntax_error_at(path.span.lo, "import path must be a string");
        }
        Some(ImportSpec {
            name,
            path,
            span: self.span_from(lo),
        })
    }

    /// `ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .`
    pub(crate) fn const_decl(&mut self, index: u32) -> Option<ConstSpec> {
        let lo = self.pos();
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = Vec::new();
        if !matches!(self.tok, Token::Eof | Token::Semi | Token::RParen) {
            ty = self.type_or_nil();
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        Some(ConstSpec {
            names,
            ty,
            values,
            iota: index,
            span: self.span_from(lo),
        })
    }

    /// `TypeSpec = identifier [ TypeParams ] [ "=" ] Type .`
    pub(crate) fn type_decl(&mut self, _index: u32) -> Option<TypeSpec> {
        let lo = self.pos();
        let name = self.name();
        let mut tparams = Vec::new();
        let mut alias = false;
        let ty;
        if self.tok == Token::LBrack {
            // name "[" ...: array/slice type or type parameter list
            let lbrack = self.pos();
            self.next();
            match self.tok {
                Token::Name => {
                    // We may have an array type or a type parameter list.
                    // In either case we expect an expression x (which may
                    // just be a name, or a more complex expression) which
                    // we can analyze further.
                    //
                    // A type parameter list may have a type bound starting
                    // with a "[" as in: P []E. In that case, simply parsing
                    // an expression would lead to an error: P[] is invalid.
                    // But since index or slice expressions are never
                    // constant and thus invalid array length expressions,
                    // if the name is followed by "[" it must be the start
                    // of an array or slice constraint.
                    let pname = self.name();
                    let mut x = self.name_expr(pname);
                    if self.tok != Token::LBrack {
                        self.xnest += 1;
                        let px = self.pexpr(Some(x), false);
                        x = self.binary_expr(Some(px), 0);
                        self.xnest -= 1;
                    }
                    // A single name followed by "]" tilts the decision
                    // towards an array declaration; a type parameter type
                    // that could also be an ordinary expression but which is
                    // followed by a comma tilts it towards a type parameter
                    // list.
                    let how = extractable(&x, self.tok == Token::Comma);
                    if how == Split::NameType || (how == Split::Name && self.tok != Token::RBrack) {
                        let (pname, ptype) = split(x);
                        tparams = self.param_list(Some(pname), ptype, Token::RBrack, true, false);
                        alias = self.got_assign();
                        ty = self.type_or_nil();
                    } else {
                        ty = Some(self.array_type(lbrack, Some(x)));
                    }
                }
                Token::RBrack => {
                    // name "[" "]" ...
                    self.next();
                    ty = Some(self.slice_type(lbrack));
                }
                _ => {
                    // name "[" ...
                    ty = Some(self.array_type(lbrack, None));
                }
            }
        } else {
            alias = self.got_assign();
            ty = self.type_or_nil();
        }

        let ty = match ty {
            Some(t) => t,
            None => {
                let t = self.bad_expr();
                self.syntax_error("in type declaration");
                self.advance(set(&[Token::Semi, Token::RParen]));
                t
            }
        };
        Some(TypeSpec {
            name,
            tparams,
            alias,
            ty,
            span: self.span_from(lo),
        })
    }

    /// `VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .`
    pub(crate) fn var_decl(&mut self, _index: u32) -> Option<VarSpec> {
        let lo = self.pos();
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = Vec::new();
        if self.got_assign() {
            values = self.expr_list();
        } else {
            ty = Some(self.type_());
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        Some(VarSpec {
            names,
            ty,
            values,
            span: self.span_from(lo),
        })
    }

    /// `FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .`
    /// `MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .`
    /// after `func` at `lo`.
    fn func_decl(&mut self, lo: u32) -> Box<FuncDecl> {
        let mut recv = None;
        let has_recv = self.got(Token::LParen);
        if has_recv {
            // A receiver count other than one is left to the checker (see
            // `ast::FuncDecl::recv`).
            let params = self.param_list(None, None, Token::RParen, false, false);
            recv = Some(Receiver {
                params,
                after: self.pos(),
            });
        }

        let name;
        let mut tparams = Vec::new();
        let sig;
        if self.tok == Token::Name {
            name = self.name();
            let (tp, s) = self.func_type("", name.span.hi);
            tparams = tp;
            sig = s;
        } else {
            let pos = self.pos();
            name = blank(pos);
            sig = FuncType {
                params: Vec::new(),
                results: Vec::new(),
                span: Span::new(pos, pos),
                pos,
            };
            let msg = if has_recv {
                "expected name"
            } else {
                "expected name or ("
            };
            self.syntax_error(msg);
            self.advance(set(&[Token::LBrace, Token::Semi]));
        }

        let body = if self.tok == Token::LBrace {
            Some(self.func_body())
        } else {
            None
        };
        Box::new(FuncDecl {
            recv,
            name,
            tparams,
            sig,
            body,
            span: self.span_from(lo),
        })
    }
}
