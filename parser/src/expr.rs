//! Expressions: gc's `binaryExpr`, `unaryExpr`, `operand`, `pexpr`,
//! composite literals, argument and expression lists.

use minigo_lexer::{Span, Token};

use crate::ast::{BinaryOp, ChanDir, Expr, ExprKind, FuncLit, UnaryOp};
use crate::parser::{set, Parser};
use crate::printer;

/// Binary operator and precedence of a token (gc's `_Operator`/`_Star`
/// with `prec > 0`).
fn binop(t: Token) -> Option<(BinaryOp, u8)> {
    use Token::*;
    Some(match t {
        OrOr => (BinaryOp::OrOr, 1),
        AndAnd => (BinaryOp::AndAnd, 2),
        Eql => (BinaryOp::Eql, 3),
        Neq => (BinaryOp::Neq, 3),
        Lss => (BinaryOp::Lss, 3),
        Leq => (BinaryOp::Leq, 3),
        Gtr => (BinaryOp::Gtr, 3),
        Geq => (BinaryOp::Geq, 3),
        Add => (BinaryOp::Add, 4),
        Sub => (BinaryOp::Sub, 4),
        Or => (BinaryOp::Or, 4),
        Xor => (BinaryOp::Xor, 4),
        Mul => (BinaryOp::Mul, 5),
        Quo => (BinaryOp::Quo, 5),
        Rem => (BinaryOp::Rem, 5),
        And => (BinaryOp::And, 5),
        AndNot => (BinaryOp::AndNot, 5),
        Shl => (BinaryOp::Shl, 5),
        Shr => (BinaryOp::Shr, 5),
        _ => return None,
    })
}

/// `x` without enclosing parentheses.
pub(crate) fn unparen(mut x: Expr) -> Expr {
    loop {
        match x.kind {
            ExprKind::Paren(inner) => x = *inner,
            kind => {
                x.kind = kind;
                return x;
            }
        }
    }
}

pub(crate) fn unparen_ref(mut x: &Expr) -> &Expr {
    while let ExprKind::Paren(inner) = &x.kind {
        x = inner;
    }
    x
}

/// Whether `x` syntactically must be a value (and not a type).
fn is_value(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::BasicLit(_)
        | ExprKind::CompositeLit { .. }
        | ExprKind::FuncLit(_)
        | ExprKind::Slice { .. }
        | ExprKind::TypeAssert { .. }
        | ExprKind::TypeSwitchGuard { .. }
        | ExprKind::Call { .. } => true,
        ExprKind::Unary { op, .. } => *op != UnaryOp::Deref, // *T may be a type
        ExprKind::Binary { .. } => true,
        ExprKind::Paren(x) => is_value(x),
        ExprKind::Index { x, index } => is_value(x) || (index.len() == 1 && is_value(&index[0])),
        _ => false,
    }
}

impl Parser<'_> {
    pub(crate) fn expr(&mut self) -> Expr {
        self.binary_expr(None, 0)
    }

    /// `Expression = UnaryExpr | Expression binary_op Expression .`
    pub(crate) fn binary_expr(&mut self, x: Option<Expr>, prec: u8) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.unary_expr(),
        };
        let mut levels = 0;
        while let Some((op, oprec)) = binop(self.tok) {
            if oprec <= prec {
                break;
            }
            levels += 1;
            if !self.enter() {
                break;
            }
            let op_span = self.span;
            self.next();
            let y = self.binary_expr(None, oprec);
            let span = Span::new(x.span.lo, y.span.hi.max(op_span.hi));
            x = self.mk(
                span,
                ExprKind::Binary {
                    op,
                    x: Box::new(x),
                    y: Box::new(y),
                    op_span,
                },
            );
        }
        self.leave_chain(levels);
        x
    }

    /// `UnaryExpr = PrimaryExpr | unary_op UnaryExpr .`
    pub(crate) fn unary_expr(&mut self) -> Expr {
        if !self.enter() {
            self.leave();
            return self.bad_expr();
        }
        let x = self.unary_expr_inner();
        self.leave();
        x
    }

    fn unary_expr_inner(&mut self) -> Expr {
        let pos = self.pos();
        let op = match self.tok {
            Token::Mul => UnaryOp::Deref,
            Token::Add => UnaryOp::Pos,
            Token::Sub => UnaryOp::Neg,
            Token::Not => UnaryOp::Not,
            Token::Xor => UnaryOp::Xor,
            Token::Tilde => UnaryOp::Tilde,
            Token::And => {
                self.next();
                // unary_expr may have returned a parenthesized composite
                // literal (see operand) - remove the parentheses
                let x = unparen(self.unary_expr());
                let span = self.span_from(pos);
                return self.mk(
                    span,
                    ExprKind::Unary {
                        op: UnaryOp::Addr,
                        x: Box::new(x),
                    },
                );
            }
            Token::Arrow => return self.recv_or_chan(pos),
            _ => return self.pexpr(None, true),
        };
        self.next();
        let x = self.unary_expr();
        let span = self.span_from(pos);
        self.mk(span, ExprKind::Unary { op, x: Box::new(x) })
    }

    /// `<-x` (receive) or `<-chan T` (receive-only channel type): which one
    /// is known only after the operand.
    fn recv_or_chan(&mut self, pos: u32) -> Expr {
        self.next();
        let mut x = self.unary_expr();
        if !matches!(x.kind, ExprKind::ChanType { .. }) {
            let span = self.span_from(pos);
            return self.mk(
                span,
                ExprKind::Unary {
                    op: UnaryOp::Recv,
                    x: Box::new(x),
                },
            );
        }
        // x is a channel type => re-associate <-:
        //   <-(chan E)   =>  (<-chan E)
        //   <-(chan<-E)  =>  (<-chan (<-E))
        let mut dir = ChanDir::Send;
        let mut levels = 0;
        let mut t = &x;
        while dir == ChanDir::Send {
            let ExprKind::ChanType { dir: d, elem } = &t.kind else {
                break;
            };
            dir = *d;
            levels += 1;
            t = elem;
        }
        let msg = match dir {
            // t is type <-chan E but <-<-chan E is not permitted
            ChanDir::Recv => Some("unexpected <-, expected chan".to_string()),
            // channel dir is <- but channel element E is not a channel
            ChanDir::Send => Some(format!(
                "unexpected {}, expected chan",
                printer::expr_string(t)
            )),
            ChanDir::Both => None,
        };
        if let Some(msg) = msg {
            self.syntax_error(&msg);
        }
        let mut t = &mut x;
        for _ in 0..levels {
            let ExprKind::ChanType { dir, elem } = &mut t.kind else {
                break;
            };
            *dir = ChanDir::Recv;
            t = elem;
        }
        x.span.lo = pos;
        x
    }

    /// `Operand = Literal | OperandName | MethodExpr | "(" Expression ")" .`
    fn operand(&mut self, keep_parens: bool) -> Expr {
        let pos = self.pos();
        match self.tok {
            Token::Name => {
                let id = self.name();
                self.name_expr(id)
            }
            Token::Int | Token::Float | Token::Imag | Token::Char | Token::String => {
                match self.oliteral() {
                    Some(lit) => self.mk(lit.span, ExprKind::BasicLit(lit)),
                    None => self.bad_expr(),
                }
            }
            Token::LParen => {
                self.next();
                self.xnest += 1;
                let x = self.expr();
                self.xnest -= 1;
                self.want(Token::RParen);
                // Parentheses are not permitted around T in a composite
                // literal T{}: keep them when a { follows to complain.
                if keep_parens || self.tok == Token::LBrace {
                    let span = self.span_from(pos);
                    self.mk(span, ExprKind::Paren(Box::new(x)))
                } else {
                    x
                }
            }
            Token::Func => {
                self.next();
                let (_, sig) = self.func_type("function type", pos);
                if self.tok == Token::LBrace {
                    self.xnest += 1;
                    let body = self.func_body();
                    self.xnest -= 1;
                    let span = self.span_from(pos);
                    return self.mk(span, ExprKind::FuncLit(Box::new(FuncLit { sig, body })));
                }
                let span = self.span_from(pos);
                self.mk(span, ExprKind::FuncType(Box::new(sig)))
            }
            Token::LBrack | Token::Chan | Token::Map | Token::Struct | Token::Interface => {
                self.type_()
            }
            _ => {
                let x = self.bad_expr();
                self.syntax_error("expected expression");
                self.advance(set(&[Token::RParen, Token::RBrack, Token::RBrace]));
                x
            }
        }
    }

    /// `PrimaryExpr` with its selectors, indices, slices, assertions,
    /// calls and composite literals.
    pub(crate) fn pexpr(&mut self, x: Option<Expr>, keep_parens: bool) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.operand(keep_parens),
        };
        let mut levels = 0;
        loop {
            if !matches!(
                self.tok,
                Token::Dot | Token::LBrack | Token::LParen | Token::LBrace
            ) {
                break;
            }
            levels += 1;
            if !self.enter() {
                break;
            }
            let lo = x.span.lo;
            match self.tok {
                Token::Dot => {
                    self.next();
                    match self.tok {
                        Token::Name => {
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
                        Token::LParen => {
                            self.next();
                            let kind = if self.got(Token::Type) {
                                ExprKind::TypeSwitchGuard { x: Box::new(x) }
                            } else {
                                let ty = self.type_();
                                ExprKind::TypeAssert {
                                    x: Box::new(x),
                                    ty: Box::new(ty),
                                }
                            };
                            self.want(Token::RParen);
                            let span = self.span_from(lo);
                            x = self.mk(span, kind);
                        }
                        _ => {
                            self.syntax_error("expected name or (");
                            self.advance(set(&[Token::Semi, Token::RParen]));
                        }
                    }
                }
                Token::LBrack => x = self.index_or_slice(x),
                Token::LParen => {
                    self.next();
                    let (args, dots, rparen) = self.arg_list();
                    let span = self.span_from(lo);
                    x = self.mk(
                        span,
                        ExprKind::Call {
                            fun: Box::new(x),
                            args,
                            dots,
                            rparen,
                        },
                    );
                }
                _ => {
                    // Token::LBrace: a composite literal or the block of a
                    // statement; operand may have returned a parenthesized
                    // type (accepted with a complaint).
                    let t = unparen_ref(&x);
                    let complit_ok = match &t.kind {
                        ExprKind::Name(_) | ExprKind::Selector { .. } => self.xnest >= 0,
                        ExprKind::Index { .. } => self.xnest >= 0 && !is_value(t),
                        ExprKind::ArrayType { .. }
                        | ExprKind::SliceType { .. }
                        | ExprKind::StructType { .. }
                        | ExprKind::MapType { .. } => true,
                        _ => false,
                    };
                    if !complit_ok {
                        break;
                    }
                    if matches!(x.kind, ExprKind::Paren(_)) {
                        self.syntax_error("cannot parenthesize type in composite literal");
                    }
                    x = self.complit_expr(Some(x), lo);
                }
            }
        }
        self.leave_chain(levels);
        x
    }

    /// `x[i]`, `x[i, j]`, `x[lo:hi]`, `x[lo:hi:max]`; at `[`.
    fn index_or_slice(&mut self, x: Expr) -> Expr {
        let lo = x.span.lo;
        self.next();
        let mut first = None;
        if self.tok != Token::Colon {
            let (list, comma) = if self.tok == Token::RBrack {
                // invalid empty instance, slice or index expression; accept
                // but complain
                self.syntax_error("expected operand");
                (vec![self.bad_expr()], false)
            } else {
                self.type_list(false)
            };
            if comma || self.tok == Token::RBrack {
                self.want(Token::RBrack);
                // x[], x[i,] or x[i, j, ...]
                let span = self.span_from(lo);
                return self.mk(
                    span,
                    ExprKind::Index {
                        x: Box::new(x),
                        index: list,
                    },
                );
            }
            first = list.into_iter().next();
        }
        // x[i:...
        if !self.got(Token::Colon) {
            self.syntax_error("expected comma, : or ]");
            self.advance(set(&[Token::Comma, Token::Colon, Token::RBrack]));
        }
        self.xnest += 1;
        let mut hi = None;
        let mut max = None;
        let mut full = false;
        if self.tok != Token::Colon && self.tok != Token::RBrack {
            hi = Some(Box::new(self.expr()));
        }
        if self.tok == Token::Colon {
            full = true;
            if hi.is_none() {
                self.error("middle index required in 3-index slice");
                hi = Some(Box::new(self.bad_expr()));
            }
            self.next();
            if self.tok != Token::RBrack {
                max = Some(Box::new(self.expr()));
            } else {
                self.error("final index required in 3-index slice");
                max = Some(Box::new(self.bad_expr()));
            }
        }
        self.xnest -= 1;
        self.want(Token::RBrack);
        let span = self.span_from(lo);
        self.mk(
            span,
            ExprKind::Slice {
                x: Box::new(x),
                lo: first.map(Box::new),
                hi,
                max,
                full,
            },
        )
    }

    /// `Element = Expression | LiteralValue .`
    fn bare_complitexpr(&mut self) -> Expr {
        if self.tok == Token::LBrace {
            let pos = self.pos();
            return self.complit_expr(None, pos);
        }
        self.expr()
    }

    /// `LiteralValue = "{" [ ElementList [ "," ] ] "}" .` with its type.
    fn complit_expr(&mut self, ty: Option<Expr>, lo: u32) -> Expr {
        if !self.enter() {
            self.leave();
            return self.bad_expr();
        }
        self.xnest += 1;
        self.want(Token::LBrace);
        let mut elems = Vec::new();
        let rbrace = self.list("composite literal", Token::Comma, Token::RBrace, |p| {
            let mut e = p.bare_complitexpr();
            if p.tok == Token::Colon {
                // key ':' value
                p.next();
                let value = p.bare_complitexpr();
                let span = Span::new(e.span.lo, p.prev_hi.max(e.span.lo));
                e = p.mk(
                    span,
                    ExprKind::KeyValue {
                        key: Box::new(e),
                        value: Box::new(value),
                    },
                );
            }
            elems.push(e);
            false
        });
        self.xnest -= 1;
        self.leave();
        let span = self.span_from(lo);
        self.mk(
            span,
            ExprKind::CompositeLit {
                ty: ty.map(Box::new),
                elems,
                rbrace,
            },
        )
    }

    /// Arguments after `(`, through `)`: the list, whether `...` followed
    /// the last one, and the span of `)`.
    fn arg_list(&mut self) -> (Vec<Expr>, bool, Span) {
        self.xnest += 1;
        let mut list = Vec::new();
        let mut dots = false;
        let rparen = self.list("argument list", Token::Comma, Token::RParen, |p| {
            list.push(p.expr());
            dots = p.got(Token::Ellipsis);
            dots
        });
        self.xnest -= 1;
        (list, dots, rparen)
    }

    /// `ExpressionList = Expression { "," Expression } .`
    pub(crate) fn expr_list(&mut self) -> Vec<Expr> {
        let mut list = vec![self.expr()];
        while self.got(Token::Comma) {
            list.push(self.expr());
        }
        list
    }

    /// `typeList = arg { "," arg } [ "," ] .`: a non-empty list of types
    /// (the first may be an expression unless `strict`), and whether a
    /// comma was seen.
    pub(crate) fn type_list(&mut self, strict: bool) -> (Vec<Expr>, bool) {
        self.xnest += 1;
        let x = if strict { self.type_() } else { self.expr() };
        let mut list = vec![x];
        let mut comma = false;
        if self.got(Token::Comma) {
            comma = true;
            if let Some(t) = self.type_or_nil() {
                list.push(t);
                while self.got(Token::Comma) {
                    match self.type_or_nil() {
                        Some(t) => list.push(t),
                        None => break,
                    }
                }
            }
        }
        self.xnest -= 1;
        (list, comma)
    }
}
