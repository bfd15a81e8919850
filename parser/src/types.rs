//! Types: gc's `typeOrNil` and the type literals, parameter lists (type
//! parameters included) and interface elements.

use minigo_lexer::{Span, Token};

use crate::ast::{
    BasicLit, BinaryOp, ChanDir, Expr, ExprKind, Field, FuncType, Ident, InterfaceElem, UnaryOp,
};
use crate::parser::{bit, set, tokstring, Parser, OPERATOR};

/// Result of [`Parser::array_or_targs`]: an array or slice type, or type
/// arguments `[A, B]` whose instantiated type the caller supplies.
pub(crate) enum ArrayOrTArgs {
    Type(Expr),
    Args(Vec<Expr>),
}

/// A parameter as parsed, before names and types are distributed.
struct RawParam {
    name: Option<Ident>,
    ty: Option<Expr>,
}

/// An interface element as `methodDecl` sees it.
pub(crate) enum MethodOrEmbed {
    Method(Ident, FuncType),
    Embed(Expr),
}

impl Parser<'_> {
    pub(crate) fn type_(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = self.bad_expr();
                self.syntax_error("expected type");
                self.advance(set(&[
                    Token::Comma,
                    Token::Colon,
                    Token::Semi,
                    Token::RParen,
                    Token::RBrack,
                    Token::RBrace,
                ]));
                t
            }
        }
    }

    /// `Type = TypeName | TypeLit | "(" Type ")" .`; `None` if there is no
    /// type here (nothing reported).
    pub(crate) fn type_or_nil(&mut self) -> Option<Expr> {
        if !self.enter() {
            self.leave();
            return Some(self.bad_expr());
        }
        let t = self.type_or_nil_inner();
        self.leave();
        t
    }

    fn type_or_nil_inner(&mut self) -> Option<Expr> {
        let pos = self.pos();
        let kind = match self.tok {
            Token::Mul => {
                // ptrtype
                self.next();
                let t = self.type_();
                ExprKind::Unary {
                    op: UnaryOp::Deref,
                    x: Box::new(t),
                }
            }
            Token::Arrow => {
                // recvchantype
                self.next();
                self.want(Token::Chan);
                let elem = self.chan_elem();
                ExprKind::ChanType {
                    dir: ChanDir::Recv,
                    elem: Box::new(elem),
                }
            }
            Token::Func => {
                self.next();
                let (_, sig) = self.func_type("function type", pos);
                ExprKind::FuncType(Box::new(sig))
            }
            Token::LBrack => {
                // '[' oexpr ']' ntype
                // '[' _DotDotDot ']' ntype
                self.next();
                if self.got(Token::RBrack) {
                    return Some(self.slice_type(pos));
                }
                return Some(self.array_type(pos, None));
            }
            Token::Chan => {
                // _Chan non_recvchantype
                // _Chan _Comm ntype
                self.next();
                let dir = if self.got(Token::Arrow) {
                    ChanDir::Send
                } else {
                    ChanDir::Both
                };
                let elem = self.chan_elem();
                ExprKind::ChanType {
                    dir,
                    elem: Box::new(elem),
                }
            }
            Token::Map => {
                self.next();
                self.want(Token::LBrack);
                let key = self.type_();
                self.want(Token::RBrack);
                let value = self.type_();
                ExprKind::MapType {
                    key: Box::new(key),
                    value: Box::new(value),
                }
            }
            Token::Struct => return Some(self.struct_type()),
            Token::Interface => return Some(self.interface_type()),
            Token::Name => return Some(self.qualified_name(None)),
            Token::LParen => {
                // gc does not keep the parentheses of a parenthesized type
                self.next();
                let t = self.type_();
                self.want(Token::RParen);
                return Some(t);
            }
            _ => return None,
        };
        let span = self.span_from(pos);
        Some(self.mk(span, kind))
    }

    /// `T[A, B]` at `[`.
    fn type_instance(&mut self, typ: Expr) -> Expr {
        let lo = typ.span.lo;
        self.want(Token::LBrack);
        let index = if self.tok == Token::RBrack {
            self.syntax_error("expected type argument list");
            vec![self.bad_expr()]
        } else {
            self.type_list(true).0
        };
        self.want(Token::RBrack);
        let span = self.span_from(lo);
        self.mk(
            span,
            ExprKind::Index {
                x: Box::new(typ),
                index,
            },
        )
    }

    /// Type parameters (if any) and signature, after `func` or a function
    /// name. If `context` is not empty, type parameters are not permitted.
    pub(crate) fn func_type(&mut self, context: &str, lo: u32) -> (Vec<Field>, FuncType) {
        let typ_pos = self.pos();
        let mut tparams = Vec::new();
        if self.got(Token::LBrack) {
            if !context.is_empty() {
                // accept but complain
                self.syntax_error_at(typ_pos, &format!("{context} must have no type parameters"));
            }
            if self.tok == Token::RBrack {
                self.syntax_error("empty type parameter list");
                self.next();
            } else {
                tparams = self.param_list(None, None, Token::RBrack, true, false);
            }
        }
        self.want(Token::LParen);
        let params = self.param_list(None, None, Token::RParen, false, true);
        let results = self.func_result();
        let span = self.span_from(lo);
        (
            tparams,
            FuncType {
                params,
                results,
                span,
                pos: typ_pos,
            },
        )
    }

    /// `[` has been consumed at `pos`; `len` is the already parsed length,
    /// if any.
    pub(crate) fn array_type(&mut self, pos: u32, len: Option<Expr>) -> Expr {
        let mut len = len;
        if len.is_none() && !self.got(Token::Ellipsis) {
            self.xnest += 1;
            len = Some(self.expr());
            self.xnest -= 1;
        }
        if self.tok == Token::Comma {
            // Trailing commas are accepted in type parameter lists but not
            // in array type declarations. Accept for better error handling
            // but complain.
            self.syntax_error("unexpected comma; expected ]");
            self.next();
        }
        self.want(Token::RBrack);
        let elem = self.type_();
        let span = self.span_from(pos);
        self.mk(
            span,
            ExprKind::ArrayType {
                len: len.map(Box::new),
                elem: Box::new(elem),
            },
        )
    }

    /// `[` and `]` have been consumed, `pos` is that of `[`.
    pub(crate) fn slice_type(&mut self, pos: u32) -> Expr {
        let elem = self.type_();
        let span = self.span_from(pos);
        self.mk(
            span,
            ExprKind::SliceType {
                elem: Box::new(elem),
            },
        )
    }

    fn chan_elem(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = self.bad_expr();
                self.syntax_error("missing channel element type");
                // assume element type is simply absent - don't advance
                t
            }
        }
    }

    /// `StructType = "struct" "{" { FieldDecl ";" } "}" .`
    fn struct_type(&mut self) -> Expr {
        let pos = self.pos();
        self.want(Token::Struct);
        self.want(Token::LBrace);
        let mut fields = Vec::new();
        self.list("struct type", Token::Semi, Token::RBrace, |p| {
            p.field_decl(&mut fields);
            false
        });
        let span = self.span_from(pos);
        self.mk(span, ExprKind::StructType { fields })
    }

    /// `InterfaceType = "interface" "{" { ( MethodDecl | EmbeddedElem ) ";" } "}" .`
    fn interface_type(&mut self) -> Expr {
        let pos = self.pos();
        self.want(Token::Interface);
        self.want(Token::LBrace);
        let mut elems = Vec::new();
        self.list("interface type", Token::Semi, Token::RBrace, |p| {
            let f = if p.tok == Token::Name {
                Some(p.method_decl())
            } else {
                None
            };
            let elem = match f {
                Some(MethodOrEmbed::Method(name, sig)) => InterfaceElem::Method { name, sig },
                Some(MethodOrEmbed::Embed(t)) => InterfaceElem::Embed(p.embedded_elem(Some(t))),
                None => InterfaceElem::Embed(p.embedded_elem(None)),
            };
            elems.push(elem);
            false
        });
        let span = self.span_from(pos);
        self.mk(span, ExprKind::InterfaceType { elems })
    }

    /// `Result = Parameters | Type .`
    fn func_result(&mut self) -> Vec<Field> {
        if self.got(Token::LParen) {
            return self.param_list(None, None, Token::RParen, false, false);
        }
        match self.type_or_nil() {
            Some(ty) => {
                let span = ty.span;
                vec![Field {
                    names: Vec::new(),
                    ty,
                    tag: None,
                    span,
                }]
            }
            None => Vec::new(),
        }
    }

    fn embedded_field(&mut self, fields: &mut Vec<Field>, pos: u32, ty: Expr) {
        let tag = self.oliteral();
        let span = self.span_from(pos);
        fields.push(Field {
            names: Vec::new(),
            ty,
            tag,
            span,
        });
    }

    /// `FieldDecl = (IdentifierList Type | AnonymousField) [ Tag ] .`
    fn field_decl(&mut self, fields: &mut Vec<Field>) {
        let pos = self.pos();
        match self.tok {
            Token::Name => {
                let name = self.name();
                if matches!(
                    self.tok,
                    Token::Dot
                        | Token::Semi
                        | Token::RBrace
                        | Token::Int
                        | Token::Float
                        | Token::Imag
                        | Token::Char
                        | Token::String
                ) {
                    // embedded type
                    let typ = self.qualified_name(Some(name));
                    self.embedded_field(fields, pos, typ);
                    return;
                }

                // name1, name2, ... Type [ tag ]
                let mut names = self.name_list(name);
                let typ;
                // Careful dance: We don't know if we have an embedded
                // instantiated type T[P1, P2, ...] or a field T of
                // array/slice type [P]E or []E.
                if names.len() == 1 && self.tok == Token::LBrack {
                    match self.array_or_targs() {
                        ArrayOrTArgs::Args(index) => {
                            // embedded type T[P1, P2, ...]
                            let name = names.pop().unwrap_or_else(|| blank(pos));
                            let x = self.name_expr(name);
                            let span = self.span_from(pos);
                            let t = self.mk(
                                span,
                                ExprKind::Index {
                                    x: Box::new(x),
                                    index,
                                },
                            );
                            self.embedded_field(fields, pos, t);
                            return;
                        }
                        ArrayOrTArgs::Type(t) => typ = t,
                    }
                } else {
                    // T P
                    typ = self.type_();
                }
                let tag = self.oliteral();
                let span = self.span_from(pos);
                fields.push(Field {
                    names,
                    ty: typ,
                    tag,
                    span,
                });
            }
            Token::Mul => {
                self.next();
                let typ = if self.tok == Token::LParen {
                    // *(T)
                    self.syntax_error("cannot parenthesize embedded type");
                    self.next();
                    let t = self.qualified_name(None);
                    self.got(Token::RParen); // no need to complain if missing
                    t
                } else {
                    // *T
                    self.qualified_name(None)
                };
                let span = self.span_from(pos);
                let t = self.mk(
                    span,
                    ExprKind::Unary {
                        op: UnaryOp::Deref,
                        x: Box::new(typ),
                    },
                );
                self.embedded_field(fields, pos, t);
            }
            Token::LParen => {
                self.syntax_error("cannot parenthesize embedded type");
                self.next();
                let typ = if self.tok == Token::Mul {
                    // (*T)
                    let pos = self.pos();
                    self.next();
                    let t = self.qualified_name(None);
                    let span = self.span_from(pos);
                    self.mk(
                        span,
                        ExprKind::Unary {
                            op: UnaryOp::Deref,
                            x: Box::new(t),
                        },
                    )
                } else {
                    // (T)
                    self.qualified_name(None)
                };
                self.got(Token::RParen); // no need to complain if missing
                self.embedded_field(fields, pos, typ);
            }
            _ => {
                self.syntax_error("expected field name or embedded type");
                self.advance(set(&[Token::Semi, Token::RBrace]));
            }
        }
    }

    /// After a name: `[n]E`, `[]E`, or type arguments `[A, B]`.
    pub(crate) fn array_or_targs(&mut self) -> ArrayOrTArgs {
        let pos = self.pos();
        self.want(Token::LBrack);
        if self.got(Token::RBrack) {
            return ArrayOrTArgs::Type(self.slice_type(pos));
        }
        // x [n]E or x[n,], x[n1, n2], ...
        let (n, comma) = self.type_list(false);
        self.want(Token::RBrack);
        if !comma {
            if let Some(elem) = self.type_or_nil() {
                // x [n]E
                let span = self.span_from(pos);
                let len = n.into_iter().next().map(Box::new);
                return ArrayOrTArgs::Type(self.mk(
                    span,
                    ExprKind::ArrayType {
                        len,
                        elem: Box::new(elem),
                    },
                ));
            }
        }
        // x[n,], x[n1, n2], ...
        ArrayOrTArgs::Args(n)
    }

    /// `MethodSpec = MethodName Signature | InterfaceTypeName .` at a name.
    fn method_decl(&mut self) -> MethodOrEmbed {
        const CONTEXT: &str = "interface method";
        let name = self.name();
        let lo = name.span.lo;
        match self.tok {
            Token::LParen => {
                let (_, sig) = self.func_type(CONTEXT, lo);
                MethodOrEmbed::Method(name, sig)
            }
            Token::LBrack => {
                // Careful dance: We don't know if we have a generic method
                // m[T C](x T) or an embedded instantiated type T[P1, P2]
                // (generic methods are accepted with an error).
                let pos = self.pos();
                self.next();

                // Empty type parameter or argument lists are not
                // permitted. Treat as if [] were absent.
                if self.tok == Token::RBrack {
                    // name[]
                    let pos = self.pos();
                    self.next();
                    if self.tok == Token::LParen {
                        // name[](
                        self.error_at(pos, "empty type parameter list".to_string());
                        let (_, sig) = self.func_type(CONTEXT, lo);
                        return MethodOrEmbed::Method(name, sig);
                    }
                    self.error_at(pos, "empty type argument list".to_string());
                    return MethodOrEmbed::Embed(self.name_expr(name));
                }

                // A type argument list looks like a parameter list with
                // only types. Parse a parameter list and decide afterwards.
                let list = self.param_list(None, None, Token::RBrack, false, false);
                let Some(first) = list.first() else {
                    // The type parameter list is not [] but we got nothing
                    // due to other errors (reported by param_list). Treat as
                    // if [] were absent.
                    if self.tok == Token::LParen {
                        let (_, sig) = self.func_type(CONTEXT, lo);
                        return MethodOrEmbed::Method(name, sig);
                    }
                    return MethodOrEmbed::Embed(self.name_expr(name));
                };
                if !first.names.is_empty() {
                    // generic method
                    let (_, sig) = self.func_type(CONTEXT, lo);
                    self.error_at(
                        pos,
                        "interface method must have no type parameters".to_string(),
                    );
                    return MethodOrEmbed::Method(name, sig);
                }
                // embedded instantiated type
                let x = self.name_expr(name);
                let index = list.into_iter().map(|f| f.ty).collect();
                let span = self.span_from(lo);
                MethodOrEmbed::Embed(self.mk(
                    span,
                    ExprKind::Index {
                        x: Box::new(x),
                        index,
                    },
                ))
            }
            // embedded type
            _ => MethodOrEmbed::Embed(self.qualified_name(Some(name))),
        }
    }

    /// `EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } .`
    pub(crate) fn embedded_elem(&mut self, first: Option<Expr>) -> Expr {
        let mut t = match first {
            Some(t) => t,
            None => self.embedded_term(),
        };
        let mut levels = 0;
        while self.tok == Token::Or {
            levels += 1;
            if !self.enter() {
                break;
            }
            let op_span = self.span;
            self.next();
            let y = self.embedded_term();
            let span = Span::new(t.span.lo, y.span.hi.max(op_span.hi));
            t = self.mk(
                span,
                ExprKind::Binary {
                    op: BinaryOp::Or,
                    x: Box::new(t),
                    y: Box::new(y),
                    op_span,
                },
            );
        }
        self.leave_chain(levels);
        t
    }

    /// `EmbeddedTerm = [ "~" ] Type .`
    fn embedded_term(&mut self) -> Expr {
        if self.tok == Token::Tilde {
            let pos = self.pos();
            self.next();
            let t = self.type_();
            let span = self.span_from(pos);
            return self.mk(
                span,
                ExprKind::Unary {
                    op: UnaryOp::Tilde,
                    x: Box::new(t),
                },
            );
        }
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = self.bad_expr();
                self.syntax_error("expected ~ term or type");
                self.advance(
                    OPERATOR | set(&[Token::Semi, Token::RParen, Token::RBrack, Token::RBrace]),
                );
                t
            }
        }
    }

    /// `ParameterDecl = [ IdentifierList ] [ "..." ] Type .`; `name` is an
    /// already consumed first name.
    fn param_decl_or_nil(&mut self, name: Option<Ident>, follow: Token) -> Option<RawParam> {
        // type set notation is ok in type parameter lists
        let type_sets_ok = follow == Token::RBrack;
        if name.is_none() && type_sets_ok && self.tok == Token::Tilde {
            // "~" ...
            return Some(RawParam {
                name: None,
                ty: Some(self.embedded_elem(None)),
            });
        }

        let mut f = RawParam {
            name: None,
            ty: None,
        };
        if self.tok == Token::Name || name.is_some() {
            let name = match name {
                Some(n) => n,
                None => self.name(),
            };
            let lo = name.span.lo;

            if self.tok == Token::LBrack {
                // name "[" ...
                let mut ty = match self.array_or_targs() {
                    ArrayOrTArgs::Args(index) => {
                        // name "[" ... "]"
                        let x = self.name_expr(name);
                        let span = self.span_from(lo);
                        self.mk(
                            span,
                            ExprKind::Index {
                                x: Box::new(x),
                                index,
                            },
                        )
                    }
                    ArrayOrTArgs::Type(t) => {
                        // name "[" n "]" E
                        f.name = Some(name);
                        t
                    }
                };
                if type_sets_ok && self.tok == Token::Or {
                    // name "[" ... "]" "|" ...
                    // name "[" n "]" E "|" ...
                    ty = self.embedded_elem(Some(ty));
                }
                f.ty = Some(ty);
                return Some(f);
            }

            if self.tok == Token::Dot {
                // name "." ...
                let mut ty = self.qualified_name(Some(name));
                if type_sets_ok && self.tok == Token::Or {
                    // name "." name "|" ...
                    ty = self.embedded_elem(Some(ty));
                }
                f.ty = Some(ty);
                return Some(f);
            }

            if type_sets_ok && self.tok == Token::Or {
                // name "|" ...
                let x = self.name_expr(name);
                f.ty = Some(self.embedded_elem(Some(x)));
                return Some(f);
            }

            f.name = Some(name);
        }

        if self.tok == Token::Ellipsis {
            // [name] "..." ...
            let pos = self.pos();
            self.next();
            match self.type_or_nil() {
                Some(elem) => {
                    let span = self.span_from(pos);
                    f.ty = Some(self.mk(
                        span,
                        ExprKind::DotsType {
                            elem: Box::new(elem),
                        },
                    ));
                }
                None => {
                    f.ty = Some(self.bad_expr());
                    self.syntax_error("... is missing type");
                }
            }
            return Some(f);
        }

        if type_sets_ok && self.tok == Token::Tilde {
            // [name] "~" ...
            f.ty = Some(self.embedded_elem(None));
            return Some(f);
        }

        f.ty = self.type_or_nil();
        if type_sets_ok && self.tok == Token::Or {
            if let Some(t) = f.ty.take() {
                // [name] type "|"
                f.ty = Some(self.embedded_elem(Some(t)));
            }
        }
        if f.name.is_some() || f.ty.is_some() {
            return Some(f);
        }

        self.syntax_error(&format!("expected {}", tokstring(follow)));
        self.advance(bit(Token::Comma) | bit(follow));
        None
    }

    /// `Parameters = "(" [ ParameterList [ "," ] ] ")" .` after the opening
    /// `(` or `[`, through `close`. `name` (and `typ`) is an already parsed
    /// first parameter. Either all parameters end up named, or none.
    pub(crate) fn param_list(
        &mut self,
        name: Option<Ident>,
        typ: Option<Expr>,
        close: Token,
        require_names: bool,
        dddok: bool,
    ) -> Vec<Field> {
        // list won't call its function if we're at the end of the list: a
        // complete first field is handled here.
        if self.tok == close && name.is_some() && typ.is_some() {
            self.next();
            if let (Some(name), Some(ty)) = (name, typ) {
                return vec![make_field((vec![name], ty))];
            }
            return Vec::new();
        }

        let mut name = name;
        let mut typ = typ;
        let mut raw: Vec<RawParam> = Vec::new();
        let mut named = 0; // parameters with an explicit name and type
        let mut typed = 0; // parameters with an explicit type
        let end = self.list("parameter list", Token::Comma, close, |p| {
            let par = match typ.take() {
                Some(t) => Some(RawParam {
                    name: name.take(),
                    ty: Some(t),
                }),
                None => p.param_decl_or_nil(name.take(), close),
            };
            if let Some(par) = par {
                if par.name.is_some() && par.ty.is_some() {
                    named += 1;
                }
                if par.ty.is_some() {
                    typed += 1;
                }
                raw.push(par);
            }
            false
        });
        if raw.is_empty() {
            return Vec::new();
        }
        let count = raw.len();

        let mut fields: Vec<Field>;
        if named == 0 && !require_names {
            // all unnamed => found names are named types
            fields = Vec::with_capacity(count);
            for par in raw {
                let ty = match (par.name, par.ty) {
                    (Some(n), _) => self.name_expr(n),
                    (None, Some(t)) => t,
                    (None, None) => self.bad_expr(),
                };
                let span = ty.span;
                fields.push(Field {
                    names: Vec::new(),
                    ty,
                    tag: None,
                    span,
                });
            }
        } else if named != count {
            // some named or we're in a type parameter list => all must be
            // named; distribute types from right to left
            let mut err_pos: Option<u32> = None;
            fields = Vec::new();
            let mut group: Option<(Vec<Ident>, Expr)> = None;
            for par in raw.into_iter().rev() {
                match par.ty {
                    Some(t) => {
                        let name = match par.name {
                            Some(n) => n,
                            None => {
                                err_pos = Some(t.span.lo);
                                blank(t.span.lo)
                            }
                        };
                        if let Some(g) = group.take() {
                            fields.push(make_field(g));
                        }
                        group = Some((vec![name], t));
                    }
                    None => {
                        let name = par.name.unwrap_or_else(|| blank(0));
                        match &mut group {
                            Some((names, _)) => names.push(name),
                            None => {
                                // only a name: no type to its right
                                err_pos = Some(name.span.lo);
                                let t = self.bad_expr_at(name.span.lo);
                                fields.push(make_field((vec![name], t)));
                            }
                        }
                    }
                }
            }
            if let Some(g) = group.take() {
                fields.push(make_field(g));
            }
            fields.reverse();
            if let Some(mut pos) = err_pos {
                let msg = if named == typed {
                    // parameters without types must be at the end
                    pos = end.lo;
                    if require_names {
                        "missing type constraint"
                    } else {
                        "missing parameter type"
                    }
                } else if require_names {
                    if count == 1 {
                        "missing type parameter name or invalid array length"
                    } else {
                        "missing type parameter name"
                    }
                } else {
                    "missing parameter name"
                };
                self.syntax_error_at(pos, msg);
            }
        } else {
            fields = raw
                .into_iter()
                .filter_map(|par| match (par.name, par.ty) {
                    (Some(n), Some(t)) => Some(make_field((vec![n], t))),
                    _ => None,
                })
                .collect();
        }

        // check use of ...
        let total = fields.len();
        let mut first = true; // only report first occurrence
        for (i, f) in fields.iter_mut().enumerate() {
            let ExprKind::DotsType { .. } = f.ty.kind else {
                continue;
            };
            if dddok && i + 1 == total && f.names.len() <= 1 {
                continue;
            }
            if first {
                first = false;
                let msg = if dddok {
                    "can only use ... with final parameter"
                } else {
                    "invalid use of ..."
                };
                self.error_at(f.ty.span.lo, msg.to_string());
            }
            // use T instead of invalid ...T
            let bad = self.bad_expr_at(f.ty.span.lo);
            let dots = std::mem::replace(&mut f.ty, bad);
            if let ExprKind::DotsType { elem } = dots.kind {
                f.ty = *elem;
            }
        }
        fields
    }

    /// `TypeName [ TypeArgs ]`; `name` is an already consumed first name.
    pub(crate) fn qualified_name(&mut self, name: Option<Ident>) -> Expr {
        let mut x = match name {
            Some(n) => self.name_expr(n),
            None if self.tok == Token::Name => {
                let n = self.name();
                self.name_expr(n)
            }
            None => {
                let id = blank(self.pos());
                self.syntax_error("expected name");
                self.advance(set(&[Token::Dot, Token::Semi, Token::RBrace]));
                self.name_expr(id)
            }
        };
        if self.tok == Token::Dot {
            let lo = x.span.lo;
            self.next();
            let sel = self.name();
            let span = self.span_from(lo);
            x = self.mk(
                span,
                ExprKind::Selector {
                    x: Box::new(x),
                    sel,
                },
            );
        }
        if self.tok == Token::LBrack {
            x = self.type_instance(x);
        }
        x
    }
}

fn make_field((mut names, ty): (Vec<Ident>, Expr)) -> Field {
    names.reverse();
    let lo = names
        .first()
        .map_or(ty.span.lo, |n| n.span.lo.min(ty.span.lo));
    let span = Span::new(lo, ty.span.hi.max(lo));
    Field {
        names,
        ty,
        tag: None,
        span,
    }
}

/// The blank identifier gc substitutes for missing names.
pub(crate) fn blank(pos: u32) -> Ident {
    Ident {
        name: "_".into(),
        span: Span::new(pos, pos),
    }
}

/// An empty literal in place of a missing one.
pub(crate) fn missing_lit(pos: u32) -> BasicLit {
    BasicLit {
        kind: crate::ast::LitKind::String,
        raw: "".into(),
        span: Span::new(pos, pos),
    }
}
