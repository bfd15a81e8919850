//! The register bytecode: what the compiler produces and the interpreter
//! runs.
//!
//! A function's frame is a window of 64-bit registers in its goroutine's
//! stack; an instruction names registers by their index in the window. A Go
//! value takes as many consecutive registers as its type has words (one
//! for the scalar types of this first VM release). Instructions are typed:
//! the checker has decided every operand's type, so `AddInt` and
//! `AddFloat` are different instructions and nothing is dispatched on a
//! value's type at run time.
//!
//! Calls slide the window, as Lua's do: the caller puts the arguments in
//! consecutive registers starting at `base`, the callee's frame starts
//! there (parameters first), and the callee leaves its results at the
//! start of its frame, where the caller finds them. So a call copies
//! nothing but its arguments.

/// A register index inside a frame.
pub type Reg = u16;

/// One instruction; 8 bytes, so a function's code is a dense array.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    /// Does nothing (a placeholder the compiler patches).
    Nop,
    /// `dst = src`.
    Move {
        dst: Reg,
        src: Reg,
    },
    /// `dst = imm` (a small integer constant, sign-extended).
    LoadImm {
        dst: Reg,
        imm: i32,
    },
    /// `dst = consts[idx]` (any one-word constant: large integers, float
    /// bits).
    LoadConst {
        dst: Reg,
        idx: u32,
    },

    // Integer arithmetic on 64-bit words; narrower types are normalized by
    // `Wrap` after each operation that may leave their range.
    AddInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    SubInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    MulInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Signed division; panics with `integer divide by zero`.
    DivInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    RemInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    DivUint {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    RemUint {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    AndInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    OrInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    XorInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    AndNotInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// `a << b` for an unsigned count (a count of 64 or more gives 0).
    Shl {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Arithmetic `a >> b` (signed operands).
    Shr {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Logical `a >> b` (unsigned operands).
    ShrUint {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Panics with `negative shift amount` if the signed count is negative.
    CheckShift {
        count: Reg,
    },
    NegInt {
        dst: Reg,
        src: Reg,
    },
    NotInt {
        dst: Reg,
        src: Reg,
    },
    /// `dst = a + imm` (loop counters).
    AddIntImm {
        dst: Reg,
        a: Reg,
        imm: i16,
    },
    /// `dst = a * imm`, wrapping.
    MulIntImm {
        dst: Reg,
        a: Reg,
        imm: i16,
    },
    /// `dst = a / imm` (signed; `imm` is never 0).
    DivIntImm {
        dst: Reg,
        a: Reg,
        imm: i16,
    },
    /// `dst = a % imm` (signed; `imm` is never 0).
    RemIntImm {
        dst: Reg,
        a: Reg,
        imm: i16,
    },
    /// `dst = a & imm` (`imm` sign-extended).
    AndIntImm {
        dst: Reg,
        a: Reg,
        imm: i16,
    },
    /// `dst = a << imm`, `imm` below 64.
    ShlImm {
        dst: Reg,
        a: Reg,
        imm: u8,
    },
    /// `dst = a >> imm` (arithmetic), `imm` below 64.
    ShrImm {
        dst: Reg,
        a: Reg,
        imm: u8,
    },
    /// `dst = a >> imm` (logical), `imm` below 64.
    ShrUintImm {
        dst: Reg,
        a: Reg,
        imm: u8,
    },
    /// `dst = a op consts[k]` for float64s: an operation with a constant
    /// operand, which no register has to hold.
    AddFloatK {
        dst: Reg,
        a: Reg,
        k: u16,
    },
    SubFloatK {
        dst: Reg,
        a: Reg,
        k: u16,
    },
    MulFloatK {
        dst: Reg,
        a: Reg,
        k: u16,
    },
    DivFloatK {
        dst: Reg,
        a: Reg,
        k: u16,
    },
    /// `dst = consts[k] - a` and `dst = consts[k] / a`.
    KSubFloat {
        dst: Reg,
        a: Reg,
        k: u16,
    },
    KDivFloat {
        dst: Reg,
        a: Reg,
        k: u16,
    },
    /// Truncates to `bits` and sign- (`signed`) or zero-extends back to 64
    /// bits: Go's wraparound for the narrower integer types.
    Wrap {
        dst: Reg,
        bits: u8,
        signed: bool,
    },

    // float64 arithmetic (float32 values are rounded with `RoundF32`).
    AddFloat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    SubFloat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    MulFloat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    DivFloat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    NegFloat {
        dst: Reg,
        src: Reg,
    },
    RoundF32 {
        dst: Reg,
    },

    // Comparisons produce 0 or 1.
    EqInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    NeInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LtInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LeInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LtUint {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LeUint {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    EqFloat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    NeFloat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LtFloat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LeFloat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// `dst = !src` for booleans.
    Not {
        dst: Reg,
        src: Reg,
    },

    // Conversions.
    IntToFloat {
        dst: Reg,
        src: Reg,
    },
    UintToFloat {
        dst: Reg,
        src: Reg,
    },
    /// Truncates toward zero, as Go's float → int conversion (saturating
    /// where Go leaves the result unspecified).
    FloatToInt {
        dst: Reg,
        src: Reg,
    },
    FloatToUint {
        dst: Reg,
        src: Reg,
    },

    // Control flow. Jump targets are instruction indices.
    Jump {
        target: u32,
    },
    /// A backward jump: the goroutine's preemption flag is checked first.
    Loop {
        target: u32,
    },
    JumpIfFalse {
        cond: Reg,
        target: u32,
    },
    JumpIfTrue {
        cond: Reg,
        target: u32,
    },

    /// Calls function `func` with its frame at `base` (arguments already
    /// there); its results are left at `base`.
    Call {
        func: u32,
        base: Reg,
    },
    /// Calls the closure in register `f` (nil panics) with its frame at
    /// `base`; the closure goes in the callee's closure slot, the register
    /// right after its parameters.
    CallClosure {
        base: Reg,
        f: Reg,
    },
    /// `dst = make(chan T, cap)`, T's words and references as layout
    /// `layout`; a negative capacity panics.
    MakeChan {
        dst: Reg,
        layout: u16,
        cap: Reg,
    },
    /// `ch <- v`, the element's words at `src`; blocks until a receiver
    /// or room in the buffer takes it.
    ChanSend {
        ch: Reg,
        src: Reg,
    },
    /// `dst = <-ch` (the element's words), with `ok` also whether a value
    /// came (the flag after them): false once the channel is closed and
    /// drained.
    ChanRecv {
        dst: Reg,
        ch: Reg,
        ok: bool,
    },
    /// `select`: the cases of `program.selects[idx]`; `dst` gets the
    /// index of the case that ran (the number of cases for `default`).
    Select {
        dst: Reg,
        idx: u16,
    },
    /// `close(ch)`.
    ChanClose {
        ch: Reg,
    },
    /// `dst = len(ch)`, or `cap(ch)` with `cap`.
    ChanLen {
        dst: Reg,
        ch: Reg,
        cap: bool,
    },
    /// `go`: a new goroutine calls the closure at `base` with the `n - 1`
    /// argument words after it (evaluated by the caller, as for defer).
    Go {
        base: Reg,
        n: u16,
    },
    /// Records a deferred call: the closure at `base` and the `n - 1`
    /// argument words after it, to run when this frame returns or panics.
    DeferPush {
        base: Reg,
        n: u16,
    },
    /// The same for the frame at depth `r[depth]` (from `FrameDepth`): a
    /// `defer` in the body of a range-over-func loop defers the call to
    /// the function the loop is in. The record goes after that frame's
    /// others and before any deeper frame's, so records stay ordered by
    /// depth.
    DeferPushAt {
        base: Reg,
        n: u16,
        depth: Reg,
    },
    /// `dst = ` this frame's depth (its index in the frame stack).
    FrameDepth {
        dst: Reg,
    },
    /// Runs this frame's next deferred call, then comes back here; falls
    /// through once none is left (before a return).
    RunDefers,
    /// Returns the `n` values at `src..` (moved to the frame's start).
    Return {
        src: Reg,
        n: u16,
    },

    /// `dst.. = src..`, `n` words (multi-word values).
    MoveN {
        dst: Reg,
        src: Reg,
        n: u16,
    },
    /// `dst = globals[slot]` (one word).
    LoadGlobal {
        dst: Reg,
        slot: u32,
    },
    /// `globals[slot] = src` (one word).
    StoreGlobal {
        src: Reg,
        slot: u32,
    },

    /// `dst = ` the func value of function `static_funcs[idx]`, which
    /// captures nothing: one object per function, made when the program
    /// starts, so that `defer f()`, `go f()` and `g := f` allocate none.
    LoadFunc {
        dst: Reg,
        idx: u32,
    },

    // Strings are two words: a reference word (handle and byte offset)
    // and the length.
    /// `dst = strings[idx]`, a constant.
    LoadStr {
        dst: Reg,
        idx: u32,
    },
    /// `dst = a + b`.
    Concat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// `dst = s[i]` (a byte), bounds-checked.
    StrIndex {
        dst: Reg,
        s: Reg,
        i: Reg,
    },
    /// `dst = s[lo:hi]` with `lo` at `args` and `hi` at `args + 1`.
    StrSlice {
        dst: Reg,
        s: Reg,
        args: Reg,
    },
    EqStr {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LtStr {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LeStr {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// `string(r)` of an integer: its UTF-8 (U+FFFD if invalid).
    RuneToStr {
        dst: Reg,
        src: Reg,
    },
    /// One step of `for i, r := range s`: at byte index `i` (in `dst`),
    /// decodes the rune into `dst + 1` and its width into `dst + 2`.
    DecodeRune {
        dst: Reg,
        s: Reg,
    },

    // Slices are three words: a reference word (handle and element
    // offset), the length and the capacity.
    /// `dst = make([]T, len, cap)`, `len` at `args`, `cap` at `args + 1`;
    /// `layout` indexes the program's element layouts.
    MakeSlice {
        dst: Reg,
        args: Reg,
        layout: u16,
    },
    /// `dst.. = s[i]`, `words` words, bounds-checked.
    SliceGet {
        dst: Reg,
        s: Reg,
        i: Reg,
        words: u8,
    },
    /// `s[i] = src..`, `words` words, bounds-checked.
    SliceSet {
        s: Reg,
        i: Reg,
        src: Reg,
        words: u8,
    },
    /// `dst = append(dst, src..)`: one element, growing as Go's runtime
    /// grows slices.
    Append {
        dst: Reg,
        src: Reg,
        layout: u16,
    },
    /// `dst = append(dst, src...)`: the elements of the slice at `src`.
    AppendSlice {
        dst: Reg,
        src: Reg,
        layout: u16,
    },
    /// `dst = append(dst, src...)` for a string `src` and a `[]byte`.
    AppendString {
        dst: Reg,
        src: Reg,
        layout: u16,
    },
    /// `dst = copy(d, s)`: the slice `d` at `args..` (3 words), the slice
    /// `s` after it; elements of `words` words.
    CopySlice {
        dst: Reg,
        args: Reg,
        words: u8,
    },
    /// `dst = copy(d, s)` for a `[]byte` `d` at `args..` and a string `s`
    /// after it.
    CopyString {
        dst: Reg,
        args: Reg,
    },
    /// `dst = s[lo:hi:max]`, `lo`, `hi`, `max` at `args..`; `max` of -1
    /// means the capacity.
    SliceSlice {
        dst: Reg,
        s: Reg,
        args: Reg,
    },

    /// `dst = []byte(src)` (elements laid out as `layout`).
    StrToBytes {
        dst: Reg,
        src: Reg,
        layout: u16,
    },
    /// `dst = []rune(src)`: the string's runes, U+FFFD for invalid bytes.
    StrToRunes {
        dst: Reg,
        src: Reg,
        layout: u16,
    },
    /// `dst = string(src)` of a `[]byte`.
    BytesToStr {
        dst: Reg,
        src: Reg,
    },
    /// `dst = string(src)` of a `[]rune`.
    RunesToStr {
        dst: Reg,
        src: Reg,
    },
    /// `dst = make(map[K]V)`, laid out as the program's map layout.
    MakeMap {
        dst: Reg,
        layout: u16,
    },
    /// `dst.. = m[k]` (the zero value if absent or nil).
    MapGet {
        dst: Reg,
        m: Reg,
        k: Reg,
    },
    /// `dst.., dst+n = m[k]`: the value's `n` words, then whether found.
    MapGetOk {
        dst: Reg,
        m: Reg,
        k: Reg,
    },
    /// `m[k] = v..`; panics on a nil map.
    MapSet {
        m: Reg,
        k: Reg,
        v: Reg,
    },
    MapDelete {
        m: Reg,
        k: Reg,
    },
    /// `dst = len(m)`.
    MapLen {
        dst: Reg,
        m: Reg,
    },
    /// `clear(m)`.
    MapClear {
        m: Reg,
    },
    /// Starts ranging over `m`: the iterator's four registers at `it`
    /// (map, start, step, slots), from a random slot as Go starts.
    MapIterInit {
        it: Reg,
        m: Reg,
    },
    /// The next entry: `dst` is 1 with the key's words at `dst + 1` and
    /// the value's after them, or 0 at the end.
    MapNext {
        dst: Reg,
        it: Reg,
    },
    /// `dst = f(src)` for a float64 function of package math.
    MathF {
        dst: Reg,
        src: Reg,
        f: MathFn,
    },
    /// `dst = new(T)`: one zeroed element of `layout`.
    New {
        dst: Reg,
        layout: u16,
    },
    /// `dst.. = *(p + off)`, `words` words; panics on a nil pointer.
    LoadField {
        dst: Reg,
        p: Reg,
        off: u16,
        words: u8,
    },
    /// `*(p + off) = src..`, `words` words; panics on a nil pointer.
    StoreField {
        p: Reg,
        off: u16,
        src: Reg,
        words: u8,
    },
    /// `dst = &s[i]` for a slice of `words`-word elements.
    SliceAddr {
        dst: Reg,
        s: Reg,
        i: Reg,
        words: u8,
    },

    /// `args = fmt.Sprint…(args..)`: the resulting string replaces the
    /// arguments (which have at least two registers).
    Sprint {
        args: Reg,
        fmt_idx: u32,
    },
    /// Writes the values at `args..` as `println` / `fmt.Println` /
    /// `print` / `fmt.Print` does; `fmt_idx` indexes the program's print
    /// formats (the static kind of each argument, the separator rules and
    /// the destination).
    Print {
        args: Reg,
        fmt_idx: u32,
    },
    /// `dst = a new box holding src..`: an interface's data word for a
    /// value wider than one word (the box has the value's layout).
    BoxValue {
        dst: Reg,
        src: Reg,
        layout: u16,
    },
    /// Calls method `method` (an index of the program's method names) of
    /// the dynamic type of the interface at `base` (type word, data
    /// word); the arguments follow it. The receiver replaces the two
    /// interface words before the call (the data word itself, or the
    /// words it points to), as Go's itab wrappers do.
    CallIface {
        base: Reg,
        method: u32,
    },
    /// `dst = a == b` for two interface values: same dynamic type and equal
    /// values; panics on an uncomparable dynamic type.
    EqIface {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// `x.(T)`: panics with Go's `interface conversion` error unless the
    /// interface at `src` holds what assertion `idx` (the program's
    /// `asserts`) asks for.
    AssertType {
        src: Reg,
        idx: u32,
    },
    /// `dst = whether the interface at src holds what assertion idx asks`.
    TestType {
        dst: Reg,
        src: Reg,
        idx: u16,
    },
    /// A function of a standard package the VM implements, on the
    /// frame's registers: parameters from register 0, results there too.
    Native {
        native: Native,
    },
    /// Complex arithmetic and comparison on register pairs (real, then
    /// imaginary part, as float64 bits): `dst = a op b`.
    Complex {
        op: ComplexOp,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Jumps to `target` unless the integer comparison `a cmp b` holds:
    /// a loop or `if` condition in one instruction.
    JumpUnlessInt {
        cmp: IntCmp,
        a: Reg,
        b: Reg,
        target: u16,
    },
    /// The same against a small constant: unless `a cmp imm`.
    JumpUnlessIntImm {
        cmp: IntCmp,
        a: Reg,
        imm: i16,
        target: u16,
    },
    /// Calls `func`, a standard function the VM provides as `native`, by
    /// running the native on the registers at `base`, the call's
    /// arguments, which its results replace (the compiler makes it of a
    /// `Call`; see `Native::is_pure`).
    CallNative {
        native: Native,
        base: Reg,
        func: u32,
    },
    /// Jumps to `target` unless the float comparison `a cmp b` holds.
    JumpUnlessFloat {
        cmp: FloatCmp,
        a: Reg,
        b: Reg,
        target: u16,
    },
    /// Panics unless the slice at `s` has at least `len` elements (a
    /// conversion to `[len]T` or `*[len]T`).
    CheckSliceLen {
        s: Reg,
        len: u32,
    },
    /// Panics with a message from the constant strings.
    PanicMsg {
        msg: u32,
    },
    /// `dst = recover()`: the panic's value when called directly by a
    /// deferred call while panicking (which stops the panic), else nil.
    Recover {
        dst: Reg,
    },
    /// `panic(v)` for an interface value at `src`: the runtime prints an
    /// error's `Error()`, a Stringer's `String()`, a predeclared kind's
    /// value, anything else as `(T) address`.
    PanicIface {
        src: Reg,
    },
}

/// A float comparison, or (the `Not` forms) its negation, which with NaN
/// is not the opposite comparison: `!(a < b)` is not `a >= b`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatCmp {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
    NotLt,
    NotLe,
    NotGt,
    NotGe,
}

impl FloatCmp {
    // The negated forms are the point: they hold when an operand is NaN.
    #[allow(clippy::neg_cmp_op_on_partial_ord)]
    pub fn holds(self, a: f64, b: f64) -> bool {
        match self {
            FloatCmp::Lt => a < b,
            FloatCmp::Le => a <= b,
            FloatCmp::Gt => a > b,
            FloatCmp::Ge => a >= b,
            FloatCmp::Eq => a == b,
            FloatCmp::Ne => a != b,
            FloatCmp::NotLt => !(a < b),
            FloatCmp::NotLe => !(a <= b),
            FloatCmp::NotGt => !(a > b),
            FloatCmp::NotGe => !(a >= b),
        }
    }

    /// The comparison that holds exactly when this one does not.
    pub fn negate(self) -> FloatCmp {
        match self {
            FloatCmp::Lt => FloatCmp::NotLt,
            FloatCmp::Le => FloatCmp::NotLe,
            FloatCmp::Gt => FloatCmp::NotGt,
            FloatCmp::Ge => FloatCmp::NotGe,
            FloatCmp::Eq => FloatCmp::Ne,
            FloatCmp::Ne => FloatCmp::Eq,
            FloatCmp::NotLt => FloatCmp::Lt,
            FloatCmp::NotLe => FloatCmp::Le,
            FloatCmp::NotGt => FloatCmp::Gt,
            FloatCmp::NotGe => FloatCmp::Ge,
        }
    }
}

/// An integer comparison (signed, or unsigned for the `U` forms).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntCmp {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
    LtU,
    LeU,
    GtU,
    GeU,
}

impl IntCmp {
    /// The comparison that holds exactly when this one does not.
    pub fn negate(self) -> IntCmp {
        match self {
            IntCmp::Lt => IntCmp::Ge,
            IntCmp::Le => IntCmp::Gt,
            IntCmp::Gt => IntCmp::Le,
            IntCmp::Ge => IntCmp::Lt,
            IntCmp::Eq => IntCmp::Ne,
            IntCmp::Ne => IntCmp::Eq,
            IntCmp::LtU => IntCmp::GeU,
            IntCmp::LeU => IntCmp::GtU,
            IntCmp::GtU => IntCmp::LeU,
            IntCmp::GeU => IntCmp::LtU,
        }
    }

    pub fn holds(self, a: u64, b: u64) -> bool {
        match self {
            IntCmp::Lt => (a as i64) < (b as i64),
            IntCmp::Le => (a as i64) <= (b as i64),
            IntCmp::Gt => (a as i64) > (b as i64),
            IntCmp::Ge => (a as i64) >= (b as i64),
            IntCmp::Eq => a == b,
            IntCmp::Ne => a != b,
            IntCmp::LtU => a < b,
            IntCmp::LeU => a <= b,
            IntCmp::GtU => a > b,
            IntCmp::GeU => a >= b,
        }
    }
}

/// A complex operation; the `32` forms are complex64's, computed with
/// float32 rounding as Go computes them (division goes through
/// complex128, as Go's runtime does).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComplexOp {
    Add,
    Sub,
    Mul,
    Div,
    Add32,
    Sub32,
    Mul32,
    Div32,
    /// `dst` (one register) = a == b / a != b.
    Eq,
    Ne,
}

impl ComplexOp {
    /// `(re, im)` of `a op b`; for Eq/Ne the boolean as re.
    pub fn apply(self, (a, b): (f64, f64), (c, d): (f64, f64)) -> (f64, f64) {
        let r32 = |x: f64| f64::from(x as f32);
        match self {
            ComplexOp::Add => (a + c, b + d),
            ComplexOp::Sub => (a - c, b - d),
            ComplexOp::Mul => (a * c - b * d, a * d + b * c),
            ComplexOp::Div => complex_div((a, b), (c, d)),
            ComplexOp::Add32 => (r32(a + c), r32(b + d)),
            ComplexOp::Sub32 => (r32(a - c), r32(b - d)),
            ComplexOp::Mul32 => (r32(r32(a * c) - r32(b * d)), r32(r32(a * d) + r32(b * c))),
            ComplexOp::Div32 => {
                let (e, f) = complex_div((a, b), (c, d));
                (r32(e), r32(f))
            }
            ComplexOp::Eq => (f64::from(u8::from(a == c && b == d)), 0.0),
            ComplexOp::Ne => (f64::from(u8::from(a != c || b != d)), 0.0),
        }
    }
}

/// Go's runtime complex128div: Smith's algorithm, then C99's corrections
/// for infinities and zeros.
fn complex_div((a, b): (f64, f64), (c, d): (f64, f64)) -> (f64, f64) {
    let (mut e, mut f);
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if e.is_nan() && f.is_nan() {
        let inf2one = |x: f64| {
            if x.is_infinite() {
                1f64.copysign(x)
            } else {
                0f64.copysign(x)
            }
        };
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = f64::INFINITY.copysign(c) * a;
            f = f64::INFINITY.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            let (a, b) = (inf2one(a), inf2one(b));
            e = f64::INFINITY * (a * c + b * d);
            f = f64::INFINITY * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            let (c, d) = (inf2one(c), inf2one(d));
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    (e, f)
}

/// The standard library's natives: bodiless functions of its Go
/// implementation files (`stdlib/go/`) that the VM provides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Native {
    /// `fmt.sprint(mode int, format string, a []any) string`: Sprint (0),
    /// Sprintln (1) or Sprintf (2) of operands only known at run time.
    FmtSprint,
    /// `fmt.errorf(format string, a []any) (string, int, []int)`: the
    /// message, none/one/several `%w` (0, 1, 2), the wrapped operands.
    FmtErrorf,
    /// `fmt.writeOut(fd int, s string)`: to standard output (1) or error.
    FmtWriteOut,
    /// `os.Exit(code int)`.
    OsExit,
    /// `os.writeFd(fd int, b []byte)`.
    OsWriteFd,
    /// `readFd(b []byte) (n int, eof bool, err string)`: a read of
    /// standard input, made by the executor as a blocking call.
    OsReadFd,
    /// `os.runtimeArgs() []string`.
    OsArgs,
    /// The prompt's server (function 0 of a session): waits, as a
    /// blocking call, for the next entry to run, and starts its goroutine.
    /// No Go function names it.
    PromptServe,
    /// An embedded program's server (after package initialization): waits,
    /// as a blocking call, for the host's next request (`embed.rs`). No Go
    /// function names it.
    EmbedServe,
    /// A bodiless function of a host package: the Rust function the
    /// embedder registered for it, found by the function's index.
    HostFunc,
    /// `strconv.formatBits(i uint64, base int, neg bool) string`.
    StrconvFormatBits,
    StrconvItoa,
    /// math's bit conversions: a float64 register holds its bits already;
    /// a float32 one holds the float64 of the same value.
    MathFloat64bits,
    MathFloat64frombits,
    MathFloat32bits,
    MathFloat32frombits,
    /// `strconv.FormatFloat(f float64, fmt byte, prec, bitSize int) string`.
    StrconvFormatFloat,
    /// `strconv.parseFloat(s string, bitSize int) (float64, bool)`.
    StrconvParseFloat,
    /// `strconv.quote(s string, mode int) string`.
    StrconvQuote,
    /// `strconv.quoteRune(r rune, mode int) string`.
    StrconvQuoteRune,
    /// `sort.sliceLen(x any) int`.
    SortSliceLen,
    /// `sort.sliceSwap(x any, i, j int)`.
    SortSliceSwap,
    /// `sort.sortFunc(x any, less func(i, j int) bool, mode int) (done,
    /// sorted bool)`: Slice, SliceStable or SliceIsSorted in Rust when
    /// less is a leaf (interp/sort_call.rs); not done otherwise.
    SortFunc,
    /// `strconv.parseUintN(s string, base, bitSize int) (uint64, int)` and
    /// `parseIntN(...) (int64, int)`: Go's integer parsers, with the
    /// error as a code (natives.rs `parse_uint`).
    StrconvParseUint,
    StrconvParseInt,
    /// `sort.sortInts(x []int)`, `sortFloat64s`, `sortStrings`.
    SortInts,
    SortFloat64s,
    SortStrings,
    /// `strings.IndexByte`, `Index`, `Count`, `Fields`.
    StringsIndexByte,
    StringsIndex,
    StringsCount,
    StringsFields,
    /// Package runtime's questions and requests to the scheduler.
    RuntimeGosched,
    RuntimeNumGoroutine,
    RuntimeGOMAXPROCS,
    RuntimeNumCPU,
    RuntimeGC,
    /// `runtime.memstats() (heap, stack, sys, numGC, nextGC uint64)`: the
    /// figures ReadMemStats reports, taken with the world stopped.
    RuntimeMemStats,
    RuntimeGoexit,
    /// sync/atomic's functions on `*int32` (I32), `*uint32` (U32) and
    /// 64-bit words (W64: int64, uint64, uintptr).
    AtomicAddI32,
    AtomicAddU32,
    AtomicAddW64,
    AtomicLoadI32,
    AtomicLoadU32,
    AtomicLoadW64,
    AtomicStoreI32,
    AtomicStoreU32,
    AtomicStoreW64,
    AtomicSwapI32,
    AtomicSwapU32,
    AtomicSwapW64,
    AtomicCasI32,
    AtomicCasU32,
    AtomicCasW64,
    AtomicAndI32,
    AtomicAndU32,
    AtomicAndW64,
    AtomicOrI32,
    AtomicOrU32,
    AtomicOrW64,
    /// `sameType(a, b any) bool`: whether two interfaces hold the same
    /// dynamic type (atomic.Value's checks).
    AtomicSameType,
    /// sync's semaphore (`runtime_Semacquire`/`runtime_Semrelease`) and
    /// its fatal errors (`fatal`, `throw`).
    SyncSemacquire,
    SyncSemrelease,
    SyncFatal,
    /// Mutex's spinning (`runtime_canSpin(iter int) bool`,
    /// `runtime_doSpin()`) and clock (`runtime_nanotime() int64`).
    SyncCanSpin,
    SyncDoSpin,
    SyncNanotime,
    /// sync.Cond's notify list: `runtime_notifyListAdd(l *notifyList)
    /// uint32`, `runtime_notifyListWait(l *notifyList, t uint32)`,
    /// `runtime_notifyListNotify(l *notifyList, all bool)`.
    SyncNotifyListAdd,
    SyncNotifyListWait,
    SyncNotifyListNotify,
    /// Mutex's fast paths on its state word: `runtime_lockFast(state
    /// *int32) bool` and `runtime_unlockFast(state *int32) int32` (see
    /// `natives::mutex_lock_fast`, `mutex_unlock_fast`).
    SyncLockFast,
    SyncUnlockFast,
    /// `runtime_wgAdd(state *uint64, delta int) int`: WaitGroup.Add's
    /// atomic step; 0 when that is all, else what Add does next (see
    /// `natives::wg_add`).
    SyncWgAdd,
    /// time's clocks: `now() (sec int64, nsec int32, mono int64)`.
    TimeNow,
    /// `time.Sleep(d Duration)`.
    TimeSleep,
    /// time's runtime timers: `newTimer(t *Timer, seq *uint64, fire
    /// func(*Timer, uint64)) *timerHandle`, `resetTimer(h *timerHandle,
    /// when, period int64) bool`, `stopTimer(h *timerHandle) bool`.
    TimeNewTimer,
    TimeResetTimer,
    TimeStopTimer,
    /// `runtime_rand() uint64` of math/rand and math/rand/v2: a random
    /// number from the host (Go's runtime.rand).
    RandRuntimeRand,
    // ---- package os's host natives (vm/src/host.rs) and errors.As ----
    /// os's environment, the machine's own: `envGet(key string) (string,
    /// bool)`, `envSet(key, value string)`, `envUnset(key string)`,
    /// `envClear()`, `envList() []string`.
    OsEnvGet,
    OsEnvSet,
    OsEnvUnset,
    OsEnvClear,
    OsEnvList,
    /// os's files and directories (see `host::run` for each signature);
    /// `sysRead` and `sysWrite` are blocking calls.
    OsOpen,
    OsClose,
    OsRead,
    OsWrite,
    OsSeek,
    OsStat,
    OsReadDir,
    OsMkdir,
    OsUnlink,
    OsRmdir,
    OsRename,
    OsLink,
    OsReadlink,
    OsGetwd,
    OsChdir,
    OsHostname,
    OsProcInfo,
    OsTruncate,
    OsChmod,
    OsFsync,
    OsRand,
    OsPipe,
    OsChown,
    OsUtimes,
    OsGetgroups,
    /// `errors.asCheck(target any) int`: 0 when target is a non-nil
    /// pointer to an interface type or to a type implementing error, 1
    /// when it is not a non-nil pointer, 2 when its element type is
    /// neither.
    ErrorsAsCheck,
    /// `errors.asStore(err error, target any) bool`: whether err's
    /// dynamic type is assignable to target's element type, storing err
    /// into *target when it is.
    ErrorsAsStore,
}

impl Native {
    /// Whether `natives::run` computes it from its registers and the heap
    /// alone (the others print, exit, or call Go methods).
    pub fn is_pure(self) -> bool {
        !matches!(
            self,
            Native::FmtSprint
                | Native::FmtErrorf
                | Native::FmtWriteOut
                | Native::OsExit
                | Native::OsWriteFd
                | Native::OsReadFd
                | Native::OsArgs
                | Native::PromptServe
                | Native::EmbedServe
                | Native::HostFunc
                | Native::RuntimeGosched
                | Native::RuntimeNumGoroutine
                | Native::RuntimeGOMAXPROCS
                | Native::RuntimeGC
                | Native::RuntimeMemStats
                | Native::RuntimeGoexit
                | Native::SyncSemacquire
                | Native::SyncSemrelease
                | Native::SyncFatal
                | Native::SyncCanSpin
                | Native::SyncDoSpin
                | Native::SyncNanotime
                | Native::SyncNotifyListAdd
                | Native::SyncNotifyListWait
                | Native::SyncNotifyListNotify
                | Native::TimeNow
                | Native::TimeSleep
                | Native::TimeNewTimer
                | Native::TimeResetTimer
                | Native::TimeStopTimer
                | Native::SortFunc
        ) && !crate::host::is_host(self)
    }

    /// A sync/atomic native's operation and operand type.
    pub fn atomic(self) -> Option<(AtomicOp, AtomicTy)> {
        use AtomicOp::*;
        use AtomicTy::*;
        Some(match self {
            Native::AtomicAddI32 => (Add, I32),
            Native::AtomicAddU32 => (Add, U32),
            Native::AtomicAddW64 => (Add, W64),
            Native::AtomicLoadI32 => (Load, I32),
            Native::AtomicLoadU32 => (Load, U32),
            Native::AtomicLoadW64 => (Load, W64),
            Native::AtomicStoreI32 => (Store, I32),
            Native::AtomicStoreU32 => (Store, U32),
            Native::AtomicStoreW64 => (Store, W64),
            Native::AtomicSwapI32 => (Swap, I32),
            Native::AtomicSwapU32 => (Swap, U32),
            Native::AtomicSwapW64 => (Swap, W64),
            Native::AtomicCasI32 => (Cas, I32),
            Native::AtomicCasU32 => (Cas, U32),
            Native::AtomicCasW64 => (Cas, W64),
            Native::AtomicAndI32 => (And, I32),
            Native::AtomicAndU32 => (And, U32),
            Native::AtomicAndW64 => (And, W64),
            Native::AtomicOrI32 => (Or, I32),
            Native::AtomicOrU32 => (Or, U32),
            Native::AtomicOrW64 => (Or, W64),
            _ => return None,
        })
    }

    pub fn by_name(pkg: &str, name: &str) -> Option<Native> {
        Some(match (pkg, name) {
            ("fmt", "sprint") => Native::FmtSprint,
            ("fmt", "errorf") => Native::FmtErrorf,
            ("fmt", "writeOut") => Native::FmtWriteOut,
            ("os", "Exit") => Native::OsExit,
            ("os", "writeFd") => Native::OsWriteFd,
            ("os", "readFd") => Native::OsReadFd,
            ("os", "runtimeArgs") => Native::OsArgs,
            ("strconv", "formatBits") => Native::StrconvFormatBits,
            ("strconv", "Itoa") => Native::StrconvItoa,
            ("math", "Float64bits") => Native::MathFloat64bits,
            ("math", "Float64frombits") => Native::MathFloat64frombits,
            ("math", "Float32bits") => Native::MathFloat32bits,
            ("math", "Float32frombits") => Native::MathFloat32frombits,
            ("strconv", "FormatFloat") => Native::StrconvFormatFloat,
            ("strconv", "parseFloat") => Native::StrconvParseFloat,
            ("strconv", "quote") => Native::StrconvQuote,
            ("strconv", "quoteRune") => Native::StrconvQuoteRune,
            ("strconv", "parseUintN") => Native::StrconvParseUint,
            ("strconv", "parseIntN") => Native::StrconvParseInt,
            ("sort", "sliceLen") => Native::SortSliceLen,
            ("sort", "sliceSwap") => Native::SortSliceSwap,
            ("sort", "sortFunc") => Native::SortFunc,
            ("sort", "sortInts") => Native::SortInts,
            ("sort", "sortFloat64s") => Native::SortFloat64s,
            ("sort", "sortStrings") => Native::SortStrings,
            ("slices", "sortInts") => Native::SortInts,
            ("slices", "sortFloat64s") => Native::SortFloat64s,
            ("slices", "sortStrings") => Native::SortStrings,
            ("strings", "IndexByte") => Native::StringsIndexByte,
            ("strings", "Index") => Native::StringsIndex,
            ("strings", "Count") => Native::StringsCount,
            ("strings", "Fields") => Native::StringsFields,
            ("runtime", "Gosched") => Native::RuntimeGosched,
            ("runtime", "NumGoroutine") => Native::RuntimeNumGoroutine,
            ("runtime", "GOMAXPROCS") => Native::RuntimeGOMAXPROCS,
            ("runtime", "NumCPU") => Native::RuntimeNumCPU,
            ("runtime", "GC") => Native::RuntimeGC,
            ("runtime", "memstats") => Native::RuntimeMemStats,
            ("runtime", "Goexit") => Native::RuntimeGoexit,
            ("sync/atomic", "AddInt32") => Native::AtomicAddI32,
            ("sync/atomic", "AddUint32") => Native::AtomicAddU32,
            ("sync/atomic", "AddInt64") => Native::AtomicAddW64,
            ("sync/atomic", "AddUint64") => Native::AtomicAddW64,
            ("sync/atomic", "AddUintptr") => Native::AtomicAddW64,
            ("sync/atomic", "LoadInt32") => Native::AtomicLoadI32,
            ("sync/atomic", "LoadUint32") => Native::AtomicLoadU32,
            ("sync/atomic", "LoadInt64") => Native::AtomicLoadW64,
            ("sync/atomic", "LoadUint64") => Native::AtomicLoadW64,
            ("sync/atomic", "LoadUintptr") => Native::AtomicLoadW64,
            ("sync/atomic", "StoreInt32") => Native::AtomicStoreI32,
            ("sync/atomic", "StoreUint32") => Native::AtomicStoreU32,
            ("sync/atomic", "StoreInt64") => Native::AtomicStoreW64,
            ("sync/atomic", "StoreUint64") => Native::AtomicStoreW64,
            ("sync/atomic", "StoreUintptr") => Native::AtomicStoreW64,
            ("sync/atomic", "SwapInt32") => Native::AtomicSwapI32,
            ("sync/atomic", "SwapUint32") => Native::AtomicSwapU32,
            ("sync/atomic", "SwapInt64") => Native::AtomicSwapW64,
            ("sync/atomic", "SwapUint64") => Native::AtomicSwapW64,
            ("sync/atomic", "SwapUintptr") => Native::AtomicSwapW64,
            ("sync/atomic", "CompareAndSwapInt32") => Native::AtomicCasI32,
            ("sync/atomic", "CompareAndSwapUint32") => Native::AtomicCasU32,
            ("sync/atomic", "CompareAndSwapInt64") => Native::AtomicCasW64,
            ("sync/atomic", "CompareAndSwapUint64") => Native::AtomicCasW64,
            ("sync/atomic", "CompareAndSwapUintptr") => Native::AtomicCasW64,
            ("sync/atomic", "AndInt32") => Native::AtomicAndI32,
            ("sync/atomic", "AndUint32") => Native::AtomicAndU32,
            ("sync/atomic", "AndInt64") => Native::AtomicAndW64,
            ("sync/atomic", "AndUint64") => Native::AtomicAndW64,
            ("sync/atomic", "AndUintptr") => Native::AtomicAndW64,
            ("sync/atomic", "OrInt32") => Native::AtomicOrI32,
            ("sync/atomic", "OrUint32") => Native::AtomicOrU32,
            ("sync/atomic", "OrInt64") => Native::AtomicOrW64,
            ("sync/atomic", "OrUint64") => Native::AtomicOrW64,
            ("sync/atomic", "OrUintptr") => Native::AtomicOrW64,
            ("sync/atomic", "sameType") => Native::AtomicSameType,
            ("sync", "runtime_Semacquire") => Native::SyncSemacquire,
            ("sync", "runtime_Semrelease") => Native::SyncSemrelease,
            ("sync", "fatal") => Native::SyncFatal,
            ("sync", "runtime_wgAdd") => Native::SyncWgAdd,
            ("sync", "runtime_lockFast") => Native::SyncLockFast,
            ("sync", "runtime_unlockFast") => Native::SyncUnlockFast,
            ("sync", "runtime_canSpin") => Native::SyncCanSpin,
            ("sync", "runtime_doSpin") => Native::SyncDoSpin,
            ("sync", "runtime_nanotime") => Native::SyncNanotime,
            ("sync", "runtime_notifyListAdd") => Native::SyncNotifyListAdd,
            ("sync", "runtime_notifyListWait") => Native::SyncNotifyListWait,
            ("sync", "runtime_notifyListNotify") => Native::SyncNotifyListNotify,
            ("time", "now") => Native::TimeNow,
            ("time", "Sleep") => Native::TimeSleep,
            ("time", "newTimer") => Native::TimeNewTimer,
            ("time", "resetTimer") => Native::TimeResetTimer,
            ("time", "stopTimer") => Native::TimeStopTimer,
            ("math/rand" | "math/rand/v2", "runtime_rand") => Native::RandRuntimeRand,
            // package os's host natives and errors.As
            ("os", "envGet") => Native::OsEnvGet,
            ("os", "envSet") => Native::OsEnvSet,
            ("os", "envUnset") => Native::OsEnvUnset,
            ("os", "envClear") => Native::OsEnvClear,
            ("os", "envList") => Native::OsEnvList,
            ("os", "sysOpen") => Native::OsOpen,
            ("os", "sysClose") => Native::OsClose,
            ("os", "sysRead") => Native::OsRead,
            ("os", "sysWrite") => Native::OsWrite,
            ("os", "sysSeek") => Native::OsSeek,
            ("os", "sysStat") => Native::OsStat,
            ("os", "sysReadDir") => Native::OsReadDir,
            ("os", "sysMkdir") => Native::OsMkdir,
            ("os", "sysUnlink") => Native::OsUnlink,
            ("os", "sysRmdir") => Native::OsRmdir,
            ("os", "sysRename") => Native::OsRename,
            ("os", "sysLink") => Native::OsLink,
            ("os", "sysReadlink") => Native::OsReadlink,
            ("os", "sysGetwd") => Native::OsGetwd,
            ("os", "sysChdir") => Native::OsChdir,
            ("os", "sysHostname") => Native::OsHostname,
            ("os", "sysProcInfo") => Native::OsProcInfo,
            ("os", "sysTruncate") => Native::OsTruncate,
            ("os", "sysChmod") => Native::OsChmod,
            ("os", "sysFsync") => Native::OsFsync,
            ("os", "sysRand") => Native::OsRand,
            ("os", "sysPipe") => Native::OsPipe,
            ("os", "sysChown") => Native::OsChown,
            ("os", "sysUtimes") => Native::OsUtimes,
            ("os", "sysGetgroups") => Native::OsGetgroups,
            ("errors", "asCheck") => Native::ErrorsAsCheck,
            ("errors", "asStore") => Native::ErrorsAsStore,
            _ => return None,
        })
    }
}

/// A select statement's cases, in source order: each a send of the value
/// at `val` or a receive into `val` (and, with `ok`, the flag after it),
/// on the channel at `ch`.
#[derive(Clone, Debug, Default)]
pub struct SelectTable {
    pub cases: Vec<SelectCase>,
    pub has_default: bool,
}

#[derive(Clone, Copy, Debug)]
pub struct SelectCase {
    pub send: bool,
    pub ch: Reg,
    pub val: Reg,
    pub ok: bool,
}

/// What a sync/atomic function does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtomicOp {
    Add,
    /// And and Or return the old value.
    And,
    Or,
    Load,
    Store,
    Swap,
    Cas,
}

/// The type a sync/atomic function works on: how a word holds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtomicTy {
    I32,
    U32,
    W64,
}

/// The functions of package math the VM computes directly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathFn {
    Sqrt,
    Abs,
    Floor,
    Ceil,
    Trunc,
    Exp,
    Log,
}

impl MathFn {
    pub fn by_name(name: &str) -> Option<MathFn> {
        Some(match name {
            "Sqrt" => MathFn::Sqrt,
            "Abs" => MathFn::Abs,
            "Floor" => MathFn::Floor,
            "Ceil" => MathFn::Ceil,
            "Trunc" => MathFn::Trunc,
            "Exp" => MathFn::Exp,
            "Log" => MathFn::Log,
            _ => return None,
        })
    }

    /// Rust's functions give the correctly rounded results Go's do for
    /// sqrt, abs, floor, ceil and trunc; exp and log are ports of Go's
    /// amd64 assembly (`natives::go_exp`, `natives::go_log`), so they give
    /// Go's results to the last bit (math's Sin, Cos and the rest are Go's
    /// own code, in stdlib/go/math.go).
    pub fn apply(self, x: f64) -> f64 {
        match self {
            MathFn::Sqrt => x.sqrt(),
            MathFn::Abs => x.abs(),
            MathFn::Floor => x.floor(),
            MathFn::Ceil => x.ceil(),
            MathFn::Trunc => x.trunc(),
            MathFn::Exp => crate::natives::go_exp(x),
            MathFn::Log => crate::natives::go_log(x),
        }
    }
}

/// How one argument of a print instruction is written; chosen by the
/// compiler from the argument's static type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintKind {
    Int,
    Uint,
    Float64,
    Float32,
    Bool,
    /// A string constant: its index in the program's strings.
    ConstString(u32),
    /// A string value (two registers).
    Str,
    /// Any other value, described by the program's runtime type of this
    /// index (its words in the registers).
    Value {
        rtype: u32,
        words: u16,
    },
}

impl PrintKind {
    /// Registers the argument takes.
    pub fn words(self) -> usize {
        match self {
            PrintKind::ConstString(_) => 0,
            PrintKind::Str => 2,
            PrintKind::Value { words, .. } => words as usize,
            _ => 1,
        }
    }
}

/// A type as the formatter needs to know it at run time: its shape and
/// the names `%T` and `%v` print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RType {
    Int {
        name: Box<str>,
    },
    Uint {
        name: Box<str>,
    },
    Float {
        bits: u8,
        name: Box<str>,
    },
    Bool {
        name: Box<str>,
    },
    Str {
        name: Box<str>,
    },
    /// A slice of elements of runtime type `elem`, `elem_words` words each.
    Slice {
        elem: u32,
        elem_words: u32,
        bytes: bool,
        name: Box<str>,
    },
    /// Fields: name, word offset, runtime type.
    Struct {
        fields: Vec<(Box<str>, u32, u32)>,
        name: Box<str>,
    },
    Ptr {
        elem: u32,
        name: Box<str>,
    },
    Func {
        name: Box<str>,
    },
    /// A channel (fmt prints its address) of elements of runtime type
    /// `elem` (`u32::MAX` if the VM cannot describe them).
    Chan {
        elem: u32,
        name: Box<str>,
    },
    Map {
        key: u32,
        val: u32,
        key_words: u32,
        val_words: u32,
        name: Box<str>,
    },
    /// complex64 (`bits` 64) or complex128.
    Complex {
        bits: u8,
        name: Box<str>,
    },
    /// An array of `len` elements of runtime type `elem`, inline.
    Array {
        elem: u32,
        len: u32,
        elem_words: u32,
        bytes: bool,
        name: Box<str>,
    },
    /// An interface type (of a field or element): its two words are a
    /// dynamic type word and a data word.
    Iface {
        name: Box<str>,
    },
}

impl RType {
    pub fn name(&self) -> &str {
        match self {
            RType::Int { name }
            | RType::Uint { name }
            | RType::Float { name, .. }
            | RType::Bool { name }
            | RType::Str { name }
            | RType::Slice { name, .. }
            | RType::Struct { name, .. }
            | RType::Ptr { name, .. }
            | RType::Map { name, .. }
            | RType::Iface { name }
            | RType::Array { name, .. }
            | RType::Complex { name, .. }
            | RType::Func { name }
            | RType::Chan { name, .. } => name,
        }
    }
}

/// What the VM knows of a dynamic type beyond how it prints: how an
/// interface holds it, its methods, and which of them fmt calls. Indexed
/// like the program's `rtypes`; an interface's type word is that index
/// plus one (0 is a nil interface).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TypeInfo {
    /// Words of a value.
    pub words: u32,
    /// Held in a box (the data word points to it) rather than in the data
    /// word itself; `layout` is the box's layout.
    pub boxed: bool,
    pub layout: u16,
    /// The method set, sorted by method id.
    pub methods: Vec<MethodEntry>,
    /// `Error() string` (preferred) or `String() string`, which fmt calls.
    pub fmt_method: Option<(crate::fmt::Method, MethodEntry)>,
    /// `GoString() string`, which `%#v` calls.
    pub go_stringer: Option<MethodEntry>,
    /// `Format(fmt.State, rune)`: fmt calls it (through fmt's
    /// `callFormat`, `Program::fmt_format`) before any other method.
    pub formatter: Option<MethodEntry>,
    /// How `==` compares two values (`None`: uncomparable, a run-time
    /// panic).
    pub eq: Option<TypeEq>,
    /// A pointer type (`*T`): a method with a value receiver loads the
    /// receiver through the data word.
    pub is_ptr: bool,
    /// An interface type: the method ids of its method set (what a
    /// dynamic type must have to implement it), sorted.
    pub iface_methods: Option<Vec<u32>>,
}

/// How `==` compares values of a dynamic type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypeEq {
    /// The one word (integers, bools, pointers, maps by identity).
    Word,
    Float,
    /// Two floats.
    Complex,
    Str,
    Iface,
    /// Field by field: word offset and runtime type of each.
    Fields(Vec<(u32, u32)>),
}

/// One method of a dynamic type: its id (index of the program's method
/// names), the function, and how the receiver is made from the value: a
/// promoted method's receiver path (an index of the program's
/// `recv_paths`, 0 for none) leads to the embedded field; the receiver
/// is then the word there or the pointer to it (`direct`), or the
/// `words` words there. `forward`: a method of an embedded interface
/// field, dispatched again on that interface's dynamic type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MethodEntry {
    pub id: u32,
    pub func: u32,
    pub direct: bool,
    pub words: u16,
    pub path: u32,
    pub forward: bool,
}

/// One step of a receiver path: the embedded field's word offset, and
/// whether the field is a pointer to follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PathStep {
    pub off: u32,
    pub deref: bool,
}

/// A type assertion's target: a concrete runtime type, or an interface
/// (its method ids); and the names the panic message uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assert {
    pub target: AssertTarget,
    /// The asserted interface's static type (`interface {}`, `main.Shape`).
    pub from: Box<str>,
    /// The target's name.
    pub to: Box<str>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssertTarget {
    Type(u32),
    Iface(Vec<u32>),
}

/// The elements of a slice's backing array: their words and which are
/// references, and Go's size in bytes (which decides `append`'s growth).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ElemLayout {
    pub layout: crate::heap::Layout,
    pub go_size: u32,
    pub has_pointers: bool,
    /// Elements are bytes or bools, stored one byte each.
    pub bytes: bool,
}

/// Which builtin or fmt function a print instruction stands for: they
/// differ in spacing, newline, destination and float formatting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintStyle {
    /// The builtin `println` (stderr, spaces always, `%e`-style floats).
    BuiltinPrintln,
    /// The builtin `print` (stderr, no spaces).
    BuiltinPrint,
    /// `fmt.Println` (stdout, spaces always, `%v` floats).
    FmtPrintln,
    /// `fmt.Print` (stdout, spaces between operands when neither is a
    /// string).
    FmtPrint,
    /// `fmt.Printf` with the constant format string of this index.
    FmtPrintf(u32),
    /// `fmt.Sprint`, `fmt.Sprintln`, `fmt.Sprintf(format)`: the result is a
    /// string, not output.
    FmtSprint,
    FmtSprintln,
    FmtSprintf(u32),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintFormat {
    pub style: PrintStyle,
    pub kinds: Vec<PrintKind>,
    /// Each argument's type as `%T` prints it (`int`, `main.Celsius`).
    pub type_names: Vec<Box<str>>,
}

/// A compiled function.
#[derive(Clone, Debug, Default)]
pub struct Function {
    pub name: String,
    pub code: Vec<Instr>,
    /// Registers the frame needs.
    pub frame_size: u16,
    pub n_params: u16,
    pub n_results: u16,
    /// For tracebacks: the source file (an index into `Program::files`)
    /// and the line of each instruction.
    pub file: u32,
    pub lines: Vec<u32>,
    /// The registers that hold reference words (the frame's stack map:
    /// the collector scans exactly these).
    pub ref_regs: Box<[Reg]>,
    /// For a function that defers: where it goes on after one of its
    /// deferred calls recovered a panic (run the other deferred calls,
    /// return the results).
    pub recover_pc: Option<u32>,
}

/// A whole program ready to run.
#[derive(Clone, Debug, Default)]
pub struct Program {
    pub functions: Vec<Function>,
    /// The select statements' case tables (`Instr::Select`).
    pub selects: Vec<SelectTable>,
    /// Package initialization (variable initializers and `init`
    /// functions, in order), then `main.main`.
    pub entry: u32,
    pub consts: Vec<u64>,
    pub strings: Vec<Box<[u8]>>,
    /// The functions used as func values that capture nothing
    /// (`Instr::LoadFunc`).
    pub static_funcs: Vec<u32>,
    pub formats: Vec<PrintFormat>,
    pub layouts: Vec<ElemLayout>,
    pub map_layouts: Vec<crate::heap::MapLayout>,
    pub rtypes: Vec<RType>,
    /// Parallel to `rtypes`.
    pub type_info: Vec<TypeInfo>,
    /// Method names, by method id.
    pub method_names: Vec<Box<str>>,
    pub asserts: Vec<Assert>,
    /// Receiver paths of promoted methods; the first is empty.
    pub recv_paths: Vec<Vec<PathStep>>,
    /// The type word of the runtime errors `recover` returns (a string
    /// type whose Error method returns it), and its box layout.
    pub runtime_error_type: u32,
    pub runtime_error_layout: u16,
    /// The runtime type of `interface {}` (what natives decode `[]any`
    /// elements as).
    pub any_rtype: u32,
    /// fmt's `callFormat(x Formatter, flags, wid, prec int, verb rune)
    /// string`, which runs a Formatter for a print (`u32::MAX` when fmt
    /// is not in the program).
    pub fmt_format: u32,
    /// Words of package-level variables.
    pub globals: u32,
    /// The global words that hold references.
    pub global_refs: Vec<u32>,
    /// The program's file, for tracebacks.
    pub file_name: String,
    /// Every source file's name (the standard packages' are
    /// `$minigo/go/PATH.go`), for tracebacks; the program's is first.
    pub files: Vec<String>,
    /// What an embedding host can call and read (`embed.rs`).
    pub exports: crate::embed::Exports,
}

impl Program {
    /// The file function `func` is in, as tracebacks print it.
    pub fn func_file(&self, func: &Function) -> &str {
        match func.file {
            0 => &self.file_name,
            i => self.files.get(i as usize).map_or("", |f| f.as_str()),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn instructions_are_eight_bytes() {
        assert_eq!(std::mem::size_of::<super::Instr>(), 8);
    }
}
