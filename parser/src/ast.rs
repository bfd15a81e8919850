//! The syntax tree. Shaped after gc's `cmd/compile/internal/syntax` nodes, so
//! that the type checker (and anyone who knows gc) can follow it: types are
//! expressions (`[]int{1}` and `T(x)` are only told apart by the checker),
//! every node has a span, and every expression has an [`ExprId`] that the
//! checker uses to index its side tables (types, constant values, resolved
//! objects) without hashing.

pub use minigo_lexer::Span;

/// Identifier text. Owned so that trees outlive the source (REPL sessions).
pub type Name = Box<str>;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExprId(pub u32);

#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: Name,
    pub span: Span,
}

impl Ident {
    pub fn is_blank(&self) -> bool {
        &*self.name == "_"
    }
}

/// One source file.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
    /// Number of [`ExprId`]s handed out while parsing this file (ids are
    /// `0..expr_count`).
    pub expr_count: u32,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImportSpec {
    /// `None`, or the local name (`_` and `.` included).
    pub name: Option<Ident>,
    /// The import path as written, quotes included.
    pub path: BasicLit,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Decl {
    Const(GenDecl<ConstSpec>),
    Var(GenDecl<VarSpec>),
    Type(GenDecl<TypeSpec>),
    Func(Box<FuncDecl>),
    /// An `import` after other declarations (a syntax error, kept for
    /// recovery) or in a REPL entry.
    Import(GenDecl<ImportSpec>),
}

/// `const x = 1` or `const ( ... )`.
#[derive(Clone, Debug, PartialEq)]
pub struct GenDecl<S> {
    /// Whether the specs were written in parentheses.
    pub grouped: bool,
    pub specs: Vec<S>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ConstSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    /// Empty when the spec repeats the previous one's type and values
    /// (implicit repetition inside a group).
    pub values: Vec<Expr>,
    /// The value of `iota` for this spec: its index within the group.
    pub iota: u32,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VarSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeSpec {
    pub name: Ident,
    /// Type parameters `[P any, Q ~int]`; empty when not generic.
    pub tparams: Vec<Field>,
    /// `type A = B`.
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Receiver {
    pub params: Vec<Field>,
    /// The position of the token after `)`, where gc reports a receiver
    /// count other than one.
    pub after: u32,
}

impl Receiver {
    /// How many receivers the list declares (`(a, b T)` declares two).
    pub fn count(&self) -> usize {
        self.params.iter().map(|f| f.names.len().max(1)).sum()
    }

    /// The single receiver, if the list declares exactly one.
    pub fn single(&self) -> Option<&Field> {
        match self.params.as_slice() {
            [f] if f.names.len() <= 1 => Some(f),
            _ => None,
        }
    }

    /// gc's message for a list that does not declare exactly one receiver.
    pub fn count_error(&self) -> Option<&'static str> {
        match self.count() {
            0 => Some("method has no receiver"),
            1 => None,
            _ => Some("method has multiple receivers"),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncDecl {
    /// The receiver list of a method, as written: gc's parser rejects one
    /// that declares no receiver or several, go/parser (and so `gofmt`)
    /// accepts both and leaves them to the type checker, which reports
    /// [`Receiver::count_error`] at [`Receiver::after`].
    pub recv: Option<Receiver>,
    pub name: Ident,
    pub tparams: Vec<Field>,
    pub sig: FuncType,
    /// `None` for a declaration without body (assembly stubs in std).
    pub body: Option<Block>,
    pub span: Span,
}

/// A parameter, result, struct field or type parameter group:
/// `a, b int`, `int` (no names), an embedded field `*T` (no names).
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub names: Vec<Ident>,
    pub ty: Expr,
    /// Struct field tag, as written.
    pub tag: Option<BasicLit>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub span: Span,
    /// gc's position for the type: the `(` (or `[`) after `func`, where gc
    /// reports errors about a function type.
    pub pos: u32,
}

/// An interface element: a method, or an embedded type / type set term
/// (`io.Reader`, `~int | ~string`, `comparable`).
#[derive(Clone, Debug, PartialEq)]
pub enum InterfaceElem {
    Method { name: Ident, sig: FuncType },
    Embed(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

/// A literal as written; the checker evaluates it.
#[derive(Clone, Debug, PartialEq)]
pub struct BasicLit {
    pub kind: LitKind,
    pub raw: Box<str>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Xor,
    /// `*x`: dereference, or pointer type.
    Deref,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
    /// `~T` in a constraint.
    Tilde,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    OrOr,
    AndAnd,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Quo,
    Rem,
    And,
    AndNot,
    Shl,
    Shr,
}

impl BinaryOp {
    /// Go's precedence: 5 for `* / % << >> & &^`, down to 1 for `||`.
    pub fn precedence(self) -> u8 {
        use BinaryOp::*;
        match self {
            OrOr => 1,
            AndAnd => 2,
            Eql | Neq | Lss | Leq | Gtr | Geq => 3,
            Add | Sub | Or | Xor => 4,
            Mul | Quo | Rem | And | AndNot | Shl | Shr => 5,
        }
    }

    pub fn as_str(self) -> &'static str {
        use BinaryOp::*;
        match self {
            OrOr => "||",
            AndAnd => "&&",
            Eql => "==",
            Neq => "!=",
            Lss => "<",
            Leq => "<=",
            Gtr => ">",
            Geq => ">=",
            Add => "+",
            Sub => "-",
            Or => "|",
            Xor => "^",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            AndNot => "&^",
            Shl => "<<",
            Shr => ">>",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub id: ExprId,
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// Placeholder after a syntax error.
    Bad,
    Name(Name),
    BasicLit(BasicLit),
    /// `T{...}`; `ty` is `None` for an elided type inside another literal.
    CompositeLit {
        ty: Option<Box<Expr>>,
        elems: Vec<Expr>,
        /// Span of the closing brace (gc reports some errors there).
        rbrace: Span,
    },
    /// `key: value` inside a composite literal.
    KeyValue {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    FuncLit(Box<FuncLit>),
    Paren(Box<Expr>),
    /// `x.sel`
    Selector {
        x: Box<Expr>,
        sel: Ident,
    },
    /// `x[i]`, or an instantiation `F[int, string]` (several indices).
    Index {
        x: Box<Expr>,
        index: Vec<Expr>,
    },
    /// `x[lo:hi]` or `x[lo:hi:max]` (`full`).
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        full: bool,
    },
    /// `x.(T)`
    TypeAssert {
        x: Box<Expr>,
        ty: Box<Expr>,
    },
    /// `x.(type)`, only as a type switch guard.
    TypeSwitchGuard {
        x: Box<Expr>,
    },
    /// `f(args)`; `dots` for `f(xs...)`.
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        dots: bool,
        /// Span of the closing parenthesis (gc reports argument count
        /// errors there).
        rparen: Span,
    },
    Unary {
        op: UnaryOp,
        x: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        x: Box<Expr>,
        y: Box<Expr>,
        /// Span of the operator (gc's position for the operation).
        op_span: Span,
    },

    // types
    /// `[N]T`; `len` is `None` for `[...]T`.
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    SliceType {
        elem: Box<Expr>,
    },
    /// `...T`, the type of a final variadic parameter.
    DotsType {
        elem: Box<Expr>,
    },
    StructType {
        fields: Vec<Field>,
    },
    FuncType(Box<FuncType>),
    InterfaceType {
        elems: Vec<InterfaceElem>,
    },
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
}

/// `func(params) results { body }`.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncLit {
    pub sig: FuncType,
    pub body: Block,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    /// Span from `{` to `}` inclusive.
    pub span: Span,
    /// Span of the closing `}` (gc reports `missing return` there).
    pub rbrace: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`, such as `+=`.
    Op(BinaryOp),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Empty,
    Bad,
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    Block(Block),
    Expr(Expr),
    /// `ch <- v`
    Send {
        ch: Expr,
        value: Expr,
    },
    /// `x++` / `x--`
    IncDec {
        x: Expr,
        inc: bool,
    },
    Assign {
        op: AssignOp,
        lhs: Vec<Expr>,
        rhs: Vec<Expr>,
        /// Span of the operator (gc's position for the statement, used by
        /// `no new variables on left side of :=`).
        op_span: Span,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Branch {
        kind: BranchKind,
        label: Option<Ident>,
    },
    /// A `const`, `var` or `type` declaration inside a function.
    Decl(Decl),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        /// An `if` statement or a block.
        els: Option<Box<Stmt>>,
    },
    /// Expression switch; `tag` is `None` for `switch { ... }`.
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
        rbrace: Span,
    },
    /// `switch v := x.(type) { ... }`
    TypeSwitch {
        init: Option<Box<Stmt>>,
        /// The `v` of `v := x.(type)`.
        bind: Option<Ident>,
        /// The `x` of `x.(type)`.
        x: Expr,
        clauses: Vec<CaseClause>,
        rbrace: Span,
    },
    Select {
        clauses: Vec<CommClause>,
        rbrace: Span,
    },
    /// `for init; cond; post {}`, `for cond {}`, `for {}`.
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for k, v := range x {}` (`define`), `for k, v = range x {}`,
    /// `for range x {}`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        /// Iteration variables beyond the second: a syntactically valid
        /// range clause that the checker rejects.
        extra: Vec<Expr>,
        define: bool,
        x: Expr,
        body: Block,
        /// Span of the `range` keyword.
        range: Span,
    },
}

/// `case a, b:` or `default:` (empty `exprs`, `default` set) with its body.
/// In a type switch the expressions are types (`nil` included).
#[derive(Clone, Debug, PartialEq)]
pub struct CaseClause {
    pub exprs: Vec<Expr>,
    pub default: bool,
    pub body: Vec<Stmt>,
    /// Span of the `case`/`default` keyword through the colon.
    pub span: Span,
}

/// `case v := <-ch:`, `case ch <- v:`, `case <-ch:`, `default:`.
#[derive(Clone, Debug, PartialEq)]
pub struct CommClause {
    /// `None` for `default`. Otherwise a send, a receive expression
    /// statement, or an assignment/definition whose right side is a receive.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// A statement list parsed on its own (REPL input).
#[derive(Clone, Debug, PartialEq)]
pub struct StmtList {
    pub stmts: Vec<Stmt>,
    /// Number of [`ExprId`]s handed out (ids are `0..expr_count`).
    pub expr_count: u32,
}

/// An expression parsed on its own (REPL input).
#[derive(Clone, Debug, PartialEq)]
pub struct ExprRoot {
    pub expr: Expr,
    /// Number of [`ExprId`]s handed out (ids are `0..expr_count`).
    pub expr_count: u32,
}

/// Syntax errors, in the order found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Byte offset of the error.
    pub pos: u32,
    pub msg: String,
}
