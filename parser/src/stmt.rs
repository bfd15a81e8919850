//! Statements: gc's `simpleStmt`, `header` (with the composite literal
//! rule for `if`/`for`/`switch` headers), the compound statements and
//! statement lists.

use minigo_lexer::{Span, Token};

use crate::ast::{
    AssignOp, BinaryOp, Block, BranchKind, CaseClause, CommClause, Decl, Expr, ExprKind, Ident,
    Stmt, StmtKind,
};
use crate::expr::unparen;
use crate::parser::{set, Parser};
use crate::printer;

/// A simple statement as `simpleStmt` returns it: gc represents range
/// clauses and bound type switch guards as simple statements too.
pub(crate) enum Simple {
    /// `pos` is gc's position of the statement: the operator of an
    /// assignment, send or increment.
    Stmt { stmt: Stmt, pos: u32 },
    Range {
        lhs: Vec<Expr>,
        define: bool,
        x: Expr,
        range: Span,
        lo: u32,
    },
    /// `v := x.(type)` in a switch header; `guard` is the
    /// `TypeSwitchGuard` expression.
    TypeSwitch { bind: Ident, guard: Expr, lo: u32 },
}

/// Header of an `if`, `for` or `switch` statement.
struct Header {
    init: Option<Simple>,
    cond: Option<Expr>,
    /// `v` of `switch v := x.(type)`.
    bind: Option<Ident>,
    post: Option<Simple>,
}

fn assign_op(t: Token) -> Option<BinaryOp> {
    use Token::*;
    Some(match t {
        AddAssign => BinaryOp::Add,
        SubAssign => BinaryOp::Sub,
        MulAssign => BinaryOp::Mul,
        QuoAssign => BinaryOp::Quo,
        RemAssign => BinaryOp::Rem,
        AndAssign => BinaryOp::And,
        OrAssign => BinaryOp::Or,
        XorAssign => BinaryOp::Xor,
        ShlAssign => BinaryOp::Shl,
        ShrAssign => BinaryOp::Shr,
        AndNotAssign => BinaryOp::AndNot,
        _ => return None,
    })
}

impl Parser<'_> {
    fn stmt(&self, lo: u32, kind: StmtKind) -> Stmt {
        Stmt {
            span: self.span_from(lo),
            kind,
        }
    }

    /// `SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .`
    /// `keyword` is the statement whose header this is, if any (a range
    /// clause is accepted after `for`, a type switch guard after `switch`).
    pub(crate) fn simple_stmt(&mut self, lhs: Option<Vec<Expr>>, keyword: Option<Token>) -> Simple {
        if keyword == Some(Token::For) && self.tok == Token::Range {
            // _Range expr
            return self.range_clause(Vec::new(), false);
        }

        let mut lhs = match lhs {
            Some(l) => l,
            None => self.expr_list(),
        };
        let lo = lhs.first().map_or(self.pos(), |x| x.span.lo);

        if lhs.len() == 1 && self.tok != Token::Assign && self.tok != Token::Define {
            // expr
            let pos = self.pos();
            let op_span = self.span;
            let x = lhs.pop().unwrap_or_else(|| self.bad_expr());
            if let Some(op) = assign_op(self.tok) {
                // lhs op= rhs
                self.next();
                let rhs = self.expr();
                let kind = StmtKind::Assign {
                    op: AssignOp::Op(op),
                    lhs: vec![x],
                    rhs: vec![rhs],
                    op_span,
                };
                return Simple::Stmt {
                    stmt: self.stmt(lo, kind),
                    pos,
                };
            }
            let kind = match self.tok {
                Token::Inc | Token::Dec => {
                    // lhs++ or lhs--
                    let inc = self.tok == Token::Inc;
                    self.next();
                    StmtKind::IncDec { x, inc }
                }
                Token::Arrow => {
                    // lhs <- rhs
                    self.next();
                    let value = self.expr();
                    StmtKind::Send { ch: x, value }
                }
                _ => {
                    // expr
                    let pos = x.span.lo;
                    return Simple::Stmt {
                        stmt: self.stmt(lo, StmtKind::Expr(x)),
                        pos,
                    };
                }
            };
            return Simple::Stmt {
                stmt: self.stmt(lo, kind),
                pos,
            };
        }

        // expr_list
        match self.tok {
            Token::Assign | Token::Define => {
                let pos = self.pos();
                let op_span = self.span;
                let define = self.tok == Token::Define;
                self.next();

                if keyword == Some(Token::For) && self.tok == Token::Range {
                    // expr_list op= _Range expr
                    return self.range_clause(lhs, define);
                }

                // expr_list op= expr_list
                let mut rhs = self.expr_list();

                if keyword == Some(Token::Switch)
                    && define
                    && lhs.len() == 1
                    && rhs.len() == 1
                    && matches!(lhs[0].kind, ExprKind::Name(_))
                    && matches!(rhs[0].kind, ExprKind::TypeSwitchGuard { .. })
                {
                    // switch … lhs := rhs.(type)
                    if let (Some(l), Some(guard)) = (lhs.pop(), rhs.pop()) {
                        if let ExprKind::Name(name) = l.kind {
                            let bind = Ident { name, span: l.span };
                            return Simple::TypeSwitch { bind, guard, lo };
                        }
                    }
                }

                let op = if define {
                    AssignOp::Define
                } else {
                    AssignOp::Assign
                };
                let kind = StmtKind::Assign {
                    op,
                    lhs,
                    rhs,
                    op_span,
                };
                Simple::Stmt {
                    stmt: self.stmt(lo, kind),
                    pos,
                }
            }
            _ => {
                self.syntax_error("expected := or = or comma");
                self.advance(set(&[Token::Semi, Token::RBrace]));
                // make the best of what we have
                let x = lhs.into_iter().next().unwrap_or_else(|| self.bad_expr());
                let pos = x.span.lo;
                Simple::Stmt {
                    stmt: self.stmt(lo, StmtKind::Expr(x)),
                    pos,
                }
            }
        }
    }

    /// At `range`.
    fn range_clause(&mut self, lhs: Vec<Expr>, define: bool) -> Simple {
        let range = self.span;
        let lo = lhs.first().map_or(range.lo, |x| x.span.lo);
        self.next();
        let x = self.expr();
        Simple::Range {
            lhs,
            define,
            x,
            range,
            lo,
        }
    }

    /// A simple statement where a statement is expected.
    fn simple_to_stmt(&mut self, s: Simple) -> Stmt {
        match s {
            Simple::Stmt { stmt, .. } => stmt,
            Simple::Range { lo, .. } => self.stmt(lo, StmtKind::Bad),
            Simple::TypeSwitch { bind, guard, lo } => {
                // a bound guard outside the switch tag (`switch v :=
                // x.(type); y {}`): keep it as the definition it looks like
                // and let the checker reject the guard
                let lhs = self.name_expr(bind);
                let op_span = Span::new(lhs.span.hi, lhs.span.hi);
                let kind = StmtKind::Assign {
                    op: AssignOp::Define,
                    lhs: vec![lhs],
                    rhs: vec![guard],
                    op_span,
                };
                self.stmt(lo, kind)
            }
        }
    }

    /// After `label`, at `:`.
    fn labeled_stmt_or_nil(&mut self, label: Ident) -> Option<Stmt> {
        let lo = label.span.lo;
        let pos = self.pos();
        self.want(Token::Colon);

        if self.tok == Token::RBrace {
            // We expect a statement (incl. an empty statement), which must
            // be terminated by a semicolon. Because semicolons may be
            // omitted before an _Rbrace, seeing an _Rbrace implies an empty
            // statement.
            let e = Stmt {
                span: Span::new(self.pos(), self.pos()),
                kind: StmtKind::Empty,
            };
            return Some(self.stmt(
                lo,
                StmtKind::Labeled {
                    label,
                    stmt: Box::new(e),
                },
            ));
        }

        match self.stmt_or_nil() {
            Some(s) => Some(self.stmt(
                lo,
                StmtKind::Labeled {
                    label,
                    stmt: Box::new(s),
                },
            )),
            None => {
                // report error at line of ':' token
                self.syntax_error_at(pos, "missing statement after label");
                // we are already at the end of the labeled statement - no
                // need to advance
                None
            }
        }
    }

    /// `Block = "{" StatementList "}" .`; `context` names the statement
    /// for the error if `{` is missing.
    pub(crate) fn block_stmt(&mut self, context: &str) -> Block {
        let lo = self.pos();
        // people coming from C may forget that braces are mandatory in Go
        if !self.got(Token::LBrace) {
            self.syntax_error(&format!("expected {{ after {context}"));
            self.advance(set(&[Token::Name, Token::RBrace]));
            let rbrace = self.span; // in case we found "}"
            if self.got(Token::RBrace) {
                return Block {
                    stmts: Vec::new(),
                    span: self.span_from(lo),
                    rbrace,
                };
            }
        }
        let stmts = self.stmt_list();
        let rbrace = self.span;
        self.want(Token::RBrace);
        Block {
            stmts,
            span: self.span_from(lo),
            rbrace,
        }
    }

    pub(crate) fn func_body(&mut self) -> Block {
        self.fnest += 1;
        let body = self.block_stmt("");
        self.fnest -= 1;
        body
    }

    /// At `const`, `type` or `var`.
    fn decl_stmt(&mut self) -> Stmt {
        let lo = self.pos();
        let kw = self.tok;
        self.next();
        let decl = match kw {
            Token::Const => Decl::Const(self.group(lo, Parser::const_decl)),
            Token::Type => Decl::Type(self.group(lo, Parser::type_decl)),
            _ => Decl::Var(self.group(lo, Parser::var_decl)),
        };
        self.stmt(lo, StmtKind::Decl(decl))
    }

    fn for_stmt(&mut self) -> Stmt {
        let lo = self.pos();
        let h = self.header(Token::For);
        let body = self.block_stmt("for clause");
        let kind = match h.init {
            Some(Simple::Range {
                lhs,
                define,
                x,
                range,
                ..
            }) => {
                let mut vars = lhs.into_iter();
                let key = vars.next();
                let value = vars.next();
                let extra = vars.collect();
                StmtKind::Range {
                    key,
                    value,
                    extra,
                    define,
                    x,
                    body,
                    range,
                }
            }
            init => {
                let init = init.map(|s| Box::new(self.simple_to_stmt(s)));
                let post = h.post.map(|s| Box::new(self.simple_to_stmt(s)));
                StmtKind::For {
                    init,
                    cond: h.cond,
                    post,
                    body,
                }
            }
        };
        self.stmt(lo, kind)
    }

    /// The header of `keyword` (`if`, `for`, `switch`), from the keyword to
    /// the `{`.
    fn header(&mut self, keyword: Token) -> Header {
        let mut h = Header {
            init: None,
            cond: None,
            bind: None,
            post: None,
        };
        self.want(keyword);

        if self.tok == Token::LBrace {
            if keyword == Token::If {
                self.syntax_error("missing condition in if statement");
                h.cond = Some(self.bad_expr());
            }
            return h;
        }
        // self.tok != LBrace

        let outer = self.xnest;
        self.xnest = -1;

        if self.tok != Token::Semi {
            // accept potential varDecl but complain
            if self.got(Token::Var) {
                self.syntax_error(&format!(
                    "var declaration not allowed in {} initializer",
                    keyword.text()
                ));
            }
            let init = self.simple_stmt(None, Some(keyword));
            // If we have a range clause, we are done (can only happen for
            // keyword == For).
            if let Simple::Range { .. } = init {
                h.init = Some(init);
                self.xnest = outer;
                return h;
            }
            h.init = Some(init);
        }

        let mut cond_stmt = None;
        let mut semi: Option<(u32, &'static str)> = None;
        'done: {
            if self.tok != Token::LBrace {
                if self.tok == Token::Semi {
                    semi = Some((self.pos(), self.semi_lit()));
                    self.next();
                } else {
                    // asking for a '{' rather than a ';' here leads to a
                    // better error message
                    self.want(Token::LBrace);
                    if self.tok != Token::LBrace {
                        // for better synchronization (e.g., go.dev/issue/22581)
                        self.advance(set(&[Token::LBrace, Token::RBrace]));
                    }
                }
                if keyword == Token::For {
                    if self.tok != Token::Semi {
                        if self.tok == Token::LBrace {
                            self.syntax_error("expected for loop condition");
                            break 'done;
                        }
                        cond_stmt = Some(self.simple_stmt(None, None));
                    }
                    self.want(Token::Semi);
                    if self.tok != Token::LBrace {
                        let post = self.simple_stmt(None, None);
                        if let Simple::Stmt {
                            stmt:
                                Stmt {
                                    kind:
                                        StmtKind::Assign {
                                            op: AssignOp::Define,
                                            ..
                                        },
                                    ..
                                },
                            pos,
                        } = &post
                        {
                            self.syntax_error_at(
                                *pos,
                                "cannot declare in post statement of for loop",
                            );
                        }
                        h.post = Some(post);
                    }
                } else if self.tok != Token::LBrace {
                    cond_stmt = Some(self.simple_stmt(None, Some(keyword)));
                }
            } else {
                cond_stmt = h.init.take();
            }
        }

        // unpack cond_stmt
        match cond_stmt {
            None => {
                if let (Token::If, Some((pos, lit))) = (keyword, semi) {
                    if lit != "semicolon" {
                        let msg = format!("unexpected {lit}, expected {{ after if clause");
                        self.syntax_error_at(pos, &msg);
                    } else {
                        self.syntax_error_at(pos, "missing condition in if statement");
                    }
                    h.cond = Some(self.bad_expr_at(pos));
                }
            }
            Some(Simple::Stmt {
                stmt:
                    Stmt {
                        kind: StmtKind::Expr(x),
                        ..
                    },
                ..
            }) => h.cond = Some(x),
            Some(Simple::TypeSwitch { bind, guard, .. }) => {
                h.cond = Some(guard);
                h.bind = Some(bind);
            }
            Some(s) => {
                // A common syntax error is to write '=' instead of '==',
                // which turns an expression into an assignment. Provide a
                // more explicit error message in that case to prevent
                // further confusion.
                let (pos, text) = match &s {
                    Simple::Stmt { stmt, pos } => (*pos, cond_text(stmt)),
                    Simple::Range { range, .. } => (range.lo, "range clause".to_string()),
                    Simple::TypeSwitch { lo, .. } => (*lo, "type switch guard".to_string()),
                };
                self.syntax_error_at(pos, &format!("cannot use {text} as value"));
            }
        }

        self.xnest = outer;
        h
    }

    fn if_stmt(&mut self) -> Stmt {
        if !self.enter() {
            self.leave();
            return Stmt {
                span: Span::new(self.pos(), self.pos()),
                kind: StmtKind::Bad,
            };
        }
        let lo = self.pos();
        let h = self.header(Token::If);
        let then = self.block_stmt("if clause");
        let mut els = None;
        if self.got(Token::Else) {
            match self.tok {
                Token::If => els = Some(Box::new(self.if_stmt())),
                Token::LBrace => {
                    let lo = self.pos();
                    let b = self.block_stmt("");
                    els = Some(Box::new(self.stmt(lo, StmtKind::Block(b))));
                }
                _ => {
                    self.syntax_error("else must be followed by if or statement block");
                    self.advance(set(&[Token::Name, Token::RBrace]));
                }
            }
        }
        let init = h.init.map(|s| Box::new(self.simple_to_stmt(s)));
        let cond = match h.cond {
            Some(c) => c,
            None => self.bad_expr_at(lo),
        };
        self.leave();
        self.stmt(
            lo,
            StmtKind::If {
                init,
                cond,
                then,
                els,
            },
        )
    }

    fn switch_stmt(&mut self) -> Stmt {
        let lo = self.pos();
        let h = self.header(Token::Switch);

        if !self.got(Token::LBrace) {
            self.syntax_error("missing { after switch clause");
            self.advance(set(&[Token::Case, Token::Default, Token::RBrace]));
        }
        let mut clauses = Vec::new();
        while self.tok != Token::Eof && self.tok != Token::RBrace {
            clauses.push(self.case_clause());
        }
        let rbrace = self.span;
        self.want(Token::RBrace);

        let init = h.init.map(|s| Box::new(self.simple_to_stmt(s)));
        let kind = match h.cond {
            Some(Expr {
                kind: ExprKind::TypeSwitchGuard { x },
                ..
            }) => StmtKind::TypeSwitch {
                init,
                bind: h.bind,
                x: *x,
                clauses,
                rbrace,
            },
            tag => StmtKind::Switch {
                init,
                tag,
                clauses,
                rbrace,
            },
        };
        self.stmt(lo, kind)
    }

    fn select_stmt(&mut self) -> Stmt {
        let lo = self.pos();
        self.want(Token::Select);
        if !self.got(Token::LBrace) {
            self.syntax_error("missing { after select clause");
            self.advance(set(&[Token::Case, Token::Default, Token::RBrace]));
        }
        let mut clauses = Vec::new();
        while self.tok != Token::Eof && self.tok != Token::RBrace {
            clauses.push(self.comm_clause());
        }
        let rbrace = self.span;
        self.want(Token::RBrace);
        self.stmt(lo, StmtKind::Select { clauses, rbrace })
    }

    fn case_clause(&mut self) -> CaseClause {
        let lo = self.pos();
        let mut exprs = Vec::new();
        let mut default = false;
        match self.tok {
            Token::Case => {
                self.next();
                exprs = self.expr_list();
            }
            Token::Default => {
                self.next();
                default = true;
            }
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(set(&[
                    Token::Colon,
                    Token::Case,
                    Token::Default,
                    Token::RBrace,
                ]));
            }
        }
        self.want(Token::Colon);
        let span = self.span_from(lo);
        let body = self.stmt_list();
        CaseClause {
            exprs,
            default,
            body,
            span,
        }
    }

    fn comm_clause(&mut self) -> CommClause {
        let lo = self.pos();
        let mut comm = None;
        match self.tok {
            Token::Case => {
                self.next();
                // The syntax restricts the possible simple statements here
                // to a send, <-x, lhs = <-x and lhs := <-x; all these (and
                // more) are recognized by simple_stmt and invalid trees are
                // flagged during type checking.
                let s = self.simple_stmt(None, None);
                comm = Some(Box::new(self.simple_to_stmt(s)));
            }
            Token::Default => self.next(),
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(set(&[
                    Token::Colon,
                    Token::Case,
                    Token::Default,
                    Token::RBrace,
                ]));
            }
        }
        self.want(Token::Colon);
        let span = self.span_from(lo);
        let body = self.stmt_list();
        CommClause { comm, body, span }
    }

    /// At `go` or `defer`.
    fn call_stmt(&mut self) -> Stmt {
        let lo = self.pos();
        let kw = self.tok;
        self.next();
        // keep the parentheses so we can report an error below
        let keep = self.tok == Token::LParen;
        let mut x = self.pexpr(None, keep);
        if let ExprKind::Paren(_) = x.kind {
            let msg = format!("expression in {} must not be parenthesized", kw.text());
            self.error_at(x.span.lo, msg);
            // already progressed, no need to advance
            x = unparen(x);
        }
        let kind = if kw == Token::Go {
            StmtKind::Go(x)
        } else {
            StmtKind::Defer(x)
        };
        self.stmt(lo, kind)
    }

    /// A statement if one is present.
    pub(crate) fn stmt_or_nil(&mut self) -> Option<Stmt> {
        if !self.enter() {
            self.leave();
            return None;
        }
        let s = self.stmt_or_nil_inner();
        self.leave();
        s
    }

    fn stmt_or_nil_inner(&mut self) -> Option<Stmt> {
        // Most statements (assignments) start with an identifier; look for
        // it first before doing anything more expensive.
        if self.tok == Token::Name {
            let mut lhs = self.expr_list();
            if lhs.len() == 1 && self.tok == Token::Colon {
                if let ExprKind::Name(_) = lhs[0].kind {
                    if let Some(Expr {
                        kind: ExprKind::Name(name),
                        span,
                        ..
                    }) = lhs.pop()
                    {
                        return self.labeled_stmt_or_nil(Ident { name, span });
                    }
                }
            }
            let s = self.simple_stmt(Some(lhs), None);
            return Some(self.simple_to_stmt(s));
        }

        let lo = self.pos();
        Some(match self.tok {
            Token::Var | Token::Const | Token::Type => self.decl_stmt(),
            Token::LBrace => {
                let b = self.block_stmt("");
                self.stmt(lo, StmtKind::Block(b))
            }
            // unary operators, operands, composite types, receive operator
            Token::Add
            | Token::Sub
            | Token::Mul
            | Token::And
            | Token::Xor
            | Token::Not
            | Token::Int
            | Token::Float
            | Token::Imag
            | Token::Char
            | Token::String
            | Token::Func
            | Token::LParen
            | Token::LBrack
            | Token::Struct
            | Token::Map
            | Token::Chan
            | Token::Interface
            | Token::Arrow => {
                let s = self.simple_stmt(None, None);
                self.simple_to_stmt(s)
            }
            Token::For => self.for_stmt(),
            Token::Switch => self.switch_stmt(),
            Token::Select => self.select_stmt(),
            Token::If => self.if_stmt(),
            Token::Fallthrough => {
                self.next();
                self.stmt(
                    lo,
                    StmtKind::Branch {
                        kind: BranchKind::Fallthrough,
                        label: None,
                    },
                )
            }
            Token::Break | Token::Continue => {
                let kind = if self.tok == Token::Break {
                    BranchKind::Break
                } else {
                    BranchKind::Continue
                };
                self.next();
                let label = if self.tok == Token::Name {
                    Some(self.name())
                } else {
                    None
                };
                self.stmt(lo, StmtKind::Branch { kind, label })
            }
            Token::Go | Token::Defer => self.call_stmt(),
            Token::Goto => {
                self.next();
                let label = Some(self.name());
                self.stmt(
                    lo,
                    StmtKind::Branch {
                        kind: BranchKind::Goto,
                        label,
                    },
                )
            }
            Token::Return => {
                self.next();
                let mut results = Vec::new();
                if self.tok != Token::Semi && self.tok != Token::RBrace {
                    results = self.expr_list();
                }
                self.stmt(lo, StmtKind::Return(results))
            }
            Token::Semi => Stmt {
                span: Span::new(lo, lo),
                kind: StmtKind::Empty,
            },
            _ => return None,
        })
    }

    /// `StatementList = { Statement ";" } .`
    pub(crate) fn stmt_list(&mut self) -> Vec<Stmt> {
        let mut l = Vec::new();
        while !matches!(
            self.tok,
            Token::Eof | Token::RBrace | Token::Case | Token::Default
        ) {
            let Some(s) = self.stmt_or_nil() else { break };
            l.push(s);
            // ";" is optional before "}"
            if !self.got(Token::Semi) && self.tok != Token::RBrace {
                self.syntax_error("at end of statement");
                self.advance(set(&[
                    Token::Semi,
                    Token::RBrace,
                    Token::Case,
                    Token::Default,
                ]));
                self.got(Token::Semi); // avoid spurious empty statement
            }
        }
        l
    }
}

/// gc's text for a simple statement used as a condition: an assignment
/// `=` is emphasized (`assignment (a + b) = c`), others printed as is.
fn cond_text(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Assign {
            op: AssignOp::Assign,
            lhs,
            rhs,
            ..
        } => format!(
            "assignment {} = {}",
            printer::emphasize_list(lhs),
            printer::emphasize_list(rhs)
        ),
        _ => printer::stmt_string(s),
    }
}
