//go:build ignore

// gen_vectors prints go/constant's results (the package gc's type checker uses) for the
// inputs the Rust tests replay, so every expected output comes from real Go:
//
//	go run gen_vectors.go > vectors.txt
//
// Lines are tab-separated. Operands are written KIND:RAW (int, float, imag, char, string),
// with a leading '-' for a negated literal.
package main

import (
	"fmt"
	"go/constant"
	"go/token"
	"math"
	"strings"
)

var kinds = map[string]token.Token{
	"int": token.INT, "float": token.FLOAT, "imag": token.IMAG,
	"char": token.CHAR, "string": token.STRING,
}

func operand(spec string) constant.Value {
	neg := strings.HasPrefix(spec, "-")
	spec = strings.TrimPrefix(spec, "-")
	k, raw, _ := strings.Cut(spec, ":")
	v := constant.MakeFromLiteral(raw, kinds[k], 0)
	if neg {
		v = constant.UnaryOp(token.SUB, v, 0)
	}
	return v
}

func show(v constant.Value) string {
	return fmt.Sprintf("%s\t%s\t%s", v.Kind(), v.String(), digest(v.ExactString()))
}

// digest keeps the file small: long exact strings are replaced by their length and
// FNV-1a hash, which the Rust test computes the same way.
func digest(s string) string {
	if len(s) <= 120 {
		return s
	}
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return fmt.Sprintf("#%d:%016x", len(s), h)
}

var literals = []string{
	"int:0", "int:1", "int:42", "int:1_000_000", "int:0x7fffffffffffffff", "int:9223372036854775807",
	"int:9223372036854775808", "int:0xFFFF_FFFF_FFFF_FFFF", "int:1267650600228229401496703205376",
	"int:0b1010", "int:0B_1010", "int:0o17", "int:0O17", "int:017", "int:0_17", "int:00", "int:0x_Ab",
	"int:08", "int:0x", "int:1e3",
	"float:0.", "float:.5", "float:0.1", "float:0.2", "float:0.3", "float:1.5", "float:2.0", "float:1e10", "float:1E+10",
	"float:1e-10", "float:1e100", "float:1e308", "float:1.7976931348623157e308", "float:1.7976931348623159e308",
	"float:1e309", "float:1e-320", "float:4.9e-324", "float:2e-324", "float:1e-400", "float:1e1000", "float:1e-1000",
	"float:1e1232", "float:1e1233", "float:1e1234", "float:1e-1232", "float:1e-1234", "float:1e1240",
	"float:1e5000", "float:1e-5000", "float:123456789e5000", "float:0x1.8p3", "float:0x1p-1074", "float:0x1p-1080",
	"float:0X.8p1", "float:0x1_0.0p0", "float:0x1p4095", "float:0x1p4096", "float:0x1p-4095", "float:0x1p-4096",
	"float:3.14159265358979323846264338327950288419716939937510582097494459",
	"float:2.718281828459045235360287471352662497757247093699959574966967627724076630353",
	"float:1e1000000000", "float:1e-1000000000", "float:1e-3000000000", "float:0e99999",
	"float:1_000.000_1", "float:100000.5", "float:1234567.5", "float:123456.5", "float:0.000012345",
	"float:0.0001", "float:0.00001", "float:1e20", "float:1e21", "float:123456789012345678901234567890.5",
	"float:6.02214076e23", "float:1.602176634e-19", "float:0.1e-4", "float:9.999995", "float:9.9999949",
	"float:99999.95", "float:1e99999", "float:1e-99999", "float:1e1000000", "float:7e-1000000",
	"imag:2i", "imag:0x10i", "imag:1e3i", "imag:0123i", "imag:1.5i", "imag:0i", "imag:0b101i", "imag:0o17i", "imag:1e1000i",
	"char:'a'", "char:'\\n'", "char:'\\x41'", "char:'\\u00e9'", "char:'\\U0001F600'", "char:'\\377'", "char:'\\''",
	"char:'é'", "char:'\\\\'", "char:'\\a'", "char:'\\v'", "char:'\\000'",
	`string:"abc"`, `string:"a\tb\n"`, `string:"\xff\x00"`, `string:"\u00e9\U0001F600"`, `string:"\377\001"`,
	"string:`raw\\n`", `string:""`, `string:"\"q\" \\ '"`, `string:"\a\b\f\v\r"`,
	`string:"0123456789012345678901234567890123456789012345678901234567890123456789"`,
	`string:"01234567890123456789012345678901234567890123456789012345678901234567890"`,
	`string:"ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé"`,
	`string:"\u00a0\u200b\ufeff\u2028\U000e0001\ue000\x7f\x1b"`,
	`string:"\ufffd\uffff"`,
	"float:3.4028234663852886e38", "float:3.4028235677973366e38", "float:3.4028235677973365e38",
	"float:1.401298464324817e-45", "float:7.006492321624085e-46", "float:7.1e-46", "float:1.1754943508222875e-38",
	"float:1.797693134862315807e308", "float:1.797693134862315708e308", "float:2.4703282292062327e-324",
	"float:2.4703282292062328e-324", "float:16777217.0", "float:16777219.0", "float:9007199254740993.0",
	"int:16777217", "int:16777219", "int:9007199254740993", "int:9223372036854775807",
	"-int:129", "-int:128", "int:127", "int:128", "int:256", "int:65535", "int:65536", "-int:32768", "-int:32769",
	"int:2147483647", "int:2147483648", "-int:2147483648", "-int:2147483649", "int:4294967295", "int:4294967296",
	"int:18446744073709551616", "-int:9223372036854775809", "float:127.0", "float:127.5", "-float:128.0",
	"float:1e1000i", "imag:3.4028235677973366e38i",
}

// Numeric operands for the arithmetic tables.
var numbers = []string{
	"int:0", "int:1", "-int:1", "int:7", "-int:7", "int:3", "-int:3", "int:9223372036854775807", "-int:9223372036854775808",
	"int:18446744073709551615", "int:1267650600228229401496703205376", "-int:1267650600228229401496703205377",
	"float:0.1", "float:0.2", "float:0.3", "float:1.5", "-float:2.5", "float:1e100", "float:1e-100", "float:1e1000", "float:1e5000",
	"-float:1e-5000", "float:3.0", "imag:2i", "imag:1.5i", "float:1e-1000",
}

var ints = []string{
	"int:0", "int:1", "-int:1", "int:7", "-int:7", "int:3", "-int:3", "int:255", "int:9223372036854775807",
	"-int:9223372036854775808", "int:18446744073709551615", "-int:18446744073709551616",
	"int:1267650600228229401496703205376", "-int:1267650600228229401496703205377", "int:0x5555555555555555555",
}

// chain evaluates "OPERAND OP OPERAND OP ..." left to right (OP one of + - * / div).
func chain(expr string) constant.Value {
	f := strings.Fields(expr)
	v := operand(f[0])
	for i := 1; i+1 < len(f); i += 2 {
		y := operand(f[i+1])
		tok := map[string]token.Token{"+": token.ADD, "-": token.SUB, "*": token.MUL, "/": token.QUO, "div": token.QUO_ASSIGN}[f[i]]
		if (tok == token.QUO || tok == token.QUO_ASSIGN) && constant.Sign(y) == 0 {
			return constant.MakeUnknown()
		}
		v = constant.BinaryOp(v, tok, y)
	}
	return v
}

var chains = []string{
	"float:1.0 / int:3 * int:3", "float:0.1 + float:0.2", "float:0.1 + float:0.2 - float:0.3",
	"float:1e5000 / int:3 * int:3", "float:1e5000 / float:1e4990", "float:1e5000 + int:1 - float:1e5000",
	"float:1e5000 + float:1e-5000", "float:1e5000 - float:1e-5000", "float:1e-5000 + float:1e-5001",
	"float:1e5000 * float:1e-5000", "float:1e5000 * float:1e5000", "float:1e400000000 * float:1e400000000",
	"float:1e-400000000 * float:1e-400000000", "float:1e-5000 * float:1e-5000", "float:1e5000 / float:1e-5000",
	"float:1e5000 / int:7", "float:1e-5000 / int:7", "int:1 / float:1e5000", "float:1e5000 - float:1e5000",
	"float:1e5000 * int:0", "float:1e1000 * float:1e1000", "float:1e1000 * float:1e1000 / float:1e1000",
	"float:1e1000 / int:3 * int:3", "float:2e400 / float:1e400", "float:0x1p4000 * float:0x1p100 / float:0x1p4099",
	"float:1.5e400", "float:9.9999999e400", "-float:9.9999996e400", "float:1.0000001e-400", "float:5e-400 * -int:1",
	"float:1e5000 + float:1e5000 / float:1e600", "float:1e5000 + int:123456789",
	"int:1 / int:3", "int:2 / int:3", "-int:7 / int:2", "int:7 div int:2", "-int:7 div int:2", "int:1 / int:49 * int:49",
	"float:1e300 * float:1e300", "float:1e300 * float:1e300 / float:1e300", "float:0x1p4000 * float:0x1p95",
	"float:0x1p4000 * float:0x1p96", "float:1e-300 * float:1e-300 * float:1e300", "imag:1i * imag:1i",
	"imag:1i / imag:2i", "float:1.5 + imag:2i", "float:1.5 + imag:2i * float:1e5000",
	"float:1.5 + imag:2i / float:1e5000", "int:3 + imag:4i / int:1 + imag:2i", "imag:1e5000i * imag:1e5000i",
	"imag:1e-5000i / float:3", "float:1e5000 + imag:1i - float:1e5000",
}

func main() {
	for i := 0; i < 400; i++ {
		a := (i*7919 + 13) % 1000003
		b := i%47 + 1
		k := (i*37)%60 - 30
		if i%5 == 0 {
			k *= 12
		}
		chains = append(chains, fmt.Sprintf("int:%d / int:%d * float:1e%d", a, b, k))
		if i%3 == 0 {
			chains = append(chains, fmt.Sprintf("-int:%d / int:%d * float:1e%d", a, b, k*40))
		}
	}
	for _, c := range chains {
		v := chain(c)
		fmt.Printf("chain\t%s\t%s\t%s\n", c, show(v), show(constant.ToInt(v)))
	}
	for _, l := range literals {
		fmt.Printf("lit\t%s\t%s\n", l, show(operand(l)))
	}
	ops := []struct {
		name string
		tok  token.Token
	}{{"+", token.ADD}, {"-", token.SUB}, {"*", token.MUL}, {"/", token.QUO}}
	for _, a := range numbers {
		for _, b := range numbers {
			x, y := operand(a), operand(b)
			for _, op := range ops {
				if op.tok == token.QUO && constant.Sign(y) == 0 {
					continue
				}
				fmt.Printf("bin\t%s\t%s\t%s\t%s\n", a, op.name, b, show(constant.BinaryOp(x, op.tok, y)))
			}
			for _, c := range []struct {
				name string
				tok  token.Token
			}{{"==", token.EQL}, {"!=", token.NEQ}, {"<", token.LSS}, {"<=", token.LEQ}, {">", token.GTR}, {">=", token.GEQ}} {
				if (x.Kind() == constant.Complex || y.Kind() == constant.Complex) && c.tok != token.EQL && c.tok != token.NEQ {
					continue
				}
				fmt.Printf("cmp\t%s\t%s\t%s\t%v\n", a, c.name, b, constant.Compare(x, c.tok, y))
			}
		}
	}
	intOps := []struct {
		name string
		tok  token.Token
	}{{"+", token.ADD}, {"-", token.SUB}, {"*", token.MUL}, {"/", token.QUO}, {"div", token.QUO_ASSIGN}, {"%", token.REM},
		{"&", token.AND}, {"|", token.OR}, {"^", token.XOR}, {"&^", token.AND_NOT}}
	for _, a := range ints {
		for _, b := range ints {
			x, y := operand(a), operand(b)
			for _, op := range intOps {
				if (op.tok == token.QUO || op.tok == token.QUO_ASSIGN || op.tok == token.REM) && constant.Sign(y) == 0 {
					continue
				}
				fmt.Printf("bin\t%s\t%s\t%s\t%s\n", a, op.name, b, show(constant.BinaryOp(x, op.tok, y)))
			}
		}
		x := operand(a)
		for _, prec := range []uint{0, 8, 16, 32, 64} {
			fmt.Printf("un\t^\t%s\t%d\t%s\n", a, prec, show(constant.UnaryOp(token.XOR, x, prec)))
		}
		fmt.Printf("un\t-\t%s\t0\t%s\n", a, show(constant.UnaryOp(token.SUB, x, 0)))
		for _, s := range []uint{0, 1, 3, 63, 64, 65, 100, 511, 1074} {
			fmt.Printf("shift\t%s\t<<\t%d\t%s\n", a, s, show(constant.Shift(x, token.SHL, s)))
			fmt.Printf("shift\t%s\t>>\t%d\t%s\n", a, s, show(constant.Shift(x, token.SHR, s)))
		}
	}
	for _, a := range append(append([]string{}, numbers...), literals...) {
		x := operand(a)
		if x.Kind() == constant.Unknown || x.Kind() == constant.String {
			continue
		}
		fmt.Printf("conv\t%s\t%s\t%s\t%s\n", a, show(constant.ToInt(x)), show(constant.ToFloat(x)), show(constant.ToComplex(x)))
		if x.Kind() == constant.Int || x.Kind() == constant.Float {
			f64, e64 := constant.Float64Val(x)
			f32, e32 := constant.Float32Val(x)
			fmt.Printf("fval\t%s\t%016x\t%v\t%08x\t%v\n", a, math.Float64bits(f64), e64, math.Float32bits(f32), e32)
		}
		if x.Kind() == constant.Int {
			i64, ei := constant.Int64Val(x)
			u64, eu := constant.Uint64Val(x)
			fmt.Printf("ival\t%s\t%d\t%v\t%d\t%v\t%d\n", a, i64, ei, u64, eu, constant.BitLen(x))
		}
		if x.Kind() == constant.Float {
			fmt.Printf("numden\t%s\t%s\t%s\n", a, show(constant.Num(x)), show(constant.Denom(x)))
		}
		if x.Kind() != constant.Bool {
			fmt.Printf("sign\t%s\t%d\t%s\t%s\n", a, constant.Sign(x), show(constant.Real(x)), show(constant.Imag(x)))
		}
		for _, k := range []string{"int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float32", "float64", "complex64", "complex128"} {
			r, ok := representable(x, k)
			s := "-"
			if ok {
				s = show(r)
			}
			fmt.Printf("repr\t%s\t%s\t%v\t%s\n", a, k, ok, s)
		}
	}
}

// representable is types2's representableConst (const.go) for 64-bit int/uint, the
// reference for the Rust `representable`.
func representable(x constant.Value, k string) (constant.Value, bool) {
	switch k {
	case "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64":
		x := constant.ToInt(x)
		if x.Kind() != constant.Int {
			return nil, false
		}
		if v, ok := constant.Int64Val(x); ok {
			switch k {
			case "int8":
				return x, -1<<7 <= v && v <= 1<<7-1
			case "int16":
				return x, -1<<15 <= v && v <= 1<<15-1
			case "int32":
				return x, -1<<31 <= v && v <= 1<<31-1
			case "int64":
				return x, true
			case "uint8":
				return x, 0 <= v && v <= 1<<8-1
			case "uint16":
				return x, 0 <= v && v <= 1<<16-1
			case "uint32":
				return x, 0 <= v && v <= 1<<32-1
			case "uint64":
				return x, 0 <= v
			}
		}
		if k == "uint64" {
			return x, constant.Sign(x) >= 0 && constant.BitLen(x) <= 64
		}
		return nil, false
	case "float32", "float64":
		x := constant.ToFloat(x)
		if x.Kind() != constant.Float {
			return nil, false
		}
		if k == "float32" {
			r := round32(x)
			return r, r != nil
		}
		r := round64(x)
		return r, r != nil
	case "complex64", "complex128":
		x := constant.ToComplex(x)
		if x.Kind() != constant.Complex {
			return nil, false
		}
		round := round64
		if k == "complex64" {
			round = round32
		}
		re, im := round(constant.Real(x)), round(constant.Imag(x))
		if re == nil || im == nil {
			return nil, false
		}
		return constant.BinaryOp(re, token.ADD, constant.MakeImag(im)), true
	}
	return nil, false
}

func round32(x constant.Value) constant.Value {
	f32, _ := constant.Float32Val(x)
	f := float64(f32)
	if !math.IsInf(f, 0) {
		return constant.MakeFloat64(f)
	}
	return nil
}

func round64(x constant.Value) constant.Value {
	f, _ := constant.Float64Val(x)
	if !math.IsInf(f, 0) {
		return constant.MakeFloat64(f)
	}
	return nil
}
