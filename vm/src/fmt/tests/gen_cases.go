//go:build ignore

// Generates cases.rs, the table of fmt cases with the output of real Go:
//
//	cd vm/src/fmt/tests && go run gen_cases.go > cases.rs
//
// Each case is a call of fmt.Sprintf/Sprint/Sprintln/Errorf; its operands
// are converted to the engine's Arg by reflection (as the VM will decode
// its values: methods called first, results wrapped around the raw value)
// and the expected bytes are what Go printed.
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"reflect"
	"strings"
	"unsafe"
)

// ---- the conversion of Go values to Rust Arg expressions ----

func lit(b []byte) string {
	var sb strings.Builder
	sb.WriteString(`b"`)
	for _, c := range b {
		switch {
		case c == '"' || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\n':
			sb.WriteString(`\n`)
		case c >= 0x20 && c < 0x7f:
			sb.WriteByte(c)
		default:
			fmt.Fprintf(&sb, `\x%02x`, c)
		}
	}
	sb.WriteByte('"')
	return sb.String()
}

func str(s string) string { return fmt.Sprintf("%q", s) }

func f64(f float64) string { return fmt.Sprintf("f64::from_bits(%#x)", math.Float64bits(f)) }

func call(f func() string) (s string, panicked bool, pv any) {
	defer func() {
		if r := recover(); r != nil {
			panicked = true
			pv = r
		}
	}()
	return f(), false, nil
}

func wrap(kind string, f func() string, method string, inner string) string {
	s, panicked, pv := call(f)
	if panicked {
		return fmt.Sprintf("Arg::Panicked { method: Method::%s, value: Box::new(%s), inner: Box::new(%s) }",
			method, conv(reflect.ValueOf(pv)), inner)
	}
	return fmt.Sprintf("Arg::%s { s: Cow::Borrowed(%s), inner: Box::new(%s) }", kind, lit([]byte(s)), inner)
}

func conv(v reflect.Value) string {
	if !v.IsValid() {
		return "Arg::nil()"
	}
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return fmt.Sprintf("Arg::Nil { ty: %s, kind: NilKind::Interface }", str(v.Type().String()))
		}
		return conv(v.Elem())
	}
	raw := convRaw(v)
	if v.CanInterface() {
		x := v.Interface()
		if g, ok := x.(fmt.GoStringer); ok {
			raw = wrap("GoStringer", g.GoString, "GoString", raw)
		}
		if s, ok := x.(fmt.Stringer); ok {
			raw = wrap("Stringer", s.String, "String", raw)
		}
		if e, ok := x.(error); ok {
			raw = wrap("ErrorVal", e.Error, "Error", raw)
		}
	}
	return raw
}

func nilArg(t reflect.Type, kind string) string {
	return fmt.Sprintf("Arg::Nil { ty: %s, kind: NilKind::%s }", str(t.String()), kind)
}

func convRaw(v reflect.Value) string {
	t := v.Type()
	ty := str(t.String())
	switch v.Kind() {
	case reflect.Bool:
		return fmt.Sprintf("Arg::Bool { v: %v, ty: %s }", v.Bool(), ty)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n := v.Int()
		s := fmt.Sprint(n)
		if n == math.MinInt64 {
			s = "i64::MIN"
		}
		return fmt.Sprintf("Arg::Int { v: %s, ty: %s }", s, ty)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return fmt.Sprintf("Arg::Uint { v: %d, ty: %s }", v.Uint(), ty)
	case reflect.Float32:
		return fmt.Sprintf("Arg::Float { v: %s, ty: %s, bits: 32 }", f64(v.Float()), ty)
	case reflect.Float64:
		return fmt.Sprintf("Arg::Float { v: %s, ty: %s, bits: 64 }", f64(v.Float()), ty)
	case reflect.Complex64, reflect.Complex128:
		c := v.Complex()
		bits := 128
		if v.Kind() == reflect.Complex64 {
			bits = 64
		}
		return fmt.Sprintf("Arg::Complex { re: %s, im: %s, ty: %s, bits: %d }", f64(real(c)), f64(imag(c)), ty, bits)
	case reflect.String:
		return fmt.Sprintf("Arg::Str { v: %s, ty: %s }", lit([]byte(v.String())), ty)
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			if v.IsNil() {
				return nilArg(t, "Bytes")
			}
			return fmt.Sprintf("Arg::Bytes { v: std::borrow::Cow::Borrowed(%s), ty: %s, addr: Some(%#x) }", lit(v.Bytes()), ty, v.Pointer())
		}
		if v.IsNil() {
			return nilArg(t, "Slice")
		}
		return fmt.Sprintf("Arg::Slice { elems: vec![%s], ty: %s, addr: %#x }", elems(v), ty, v.Pointer())
	case reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			b := make([]byte, v.Len())
			for i := range b {
				b[i] = byte(v.Index(i).Uint())
			}
			return fmt.Sprintf("Arg::Bytes { v: std::borrow::Cow::Borrowed(%s), ty: %s, addr: None }", lit(b), ty)
		}
		return fmt.Sprintf("Arg::Array { elems: vec![%s], ty: %s }", elems(v), ty)
	case reflect.Map:
		if v.IsNil() {
			return nilArg(t, "Map")
		}
		var es []string
		iter := v.MapRange()
		for iter.Next() {
			es = append(es, fmt.Sprintf("(%s, %s)", conv(iter.Key()), conv(iter.Value())))
		}
		return fmt.Sprintf("Arg::Map { entries: vec![%s], ty: %s, addr: %#x }", strings.Join(es, ", "), ty, v.Pointer())
	case reflect.Struct:
		var fs []string
		for i := 0; i < v.NumField(); i++ {
			fs = append(fs, fmt.Sprintf("(%s, %s)", str(t.Field(i).Name), conv(v.Field(i))))
		}
		return fmt.Sprintf("Arg::Struct { fields: vec![%s], ty: %s }", strings.Join(fs, ", "), ty)
	case reflect.Pointer:
		if v.IsNil() {
			return nilArg(t, "Pointer")
		}
		to := "None"
		switch t.Elem().Kind() {
		case reflect.Struct, reflect.Array, reflect.Slice, reflect.Map:
			to = fmt.Sprintf("Some(Box::new(%s))", conv(v.Elem()))
		}
		return fmt.Sprintf("Arg::Pointer { addr: %#x, ty: %s, to: %s }", v.Pointer(), ty, to)
	case reflect.Func:
		if v.IsNil() {
			return nilArg(t, "Func")
		}
		return fmt.Sprintf("Arg::Func { addr: %#x, ty: %s }", v.Pointer(), ty)
	case reflect.Chan:
		if v.IsNil() {
			return nilArg(t, "Chan")
		}
		return fmt.Sprintf("Arg::Chan { addr: %#x, ty: %s }", v.Pointer(), ty)
	case reflect.UnsafePointer:
		if v.IsNil() {
			return nilArg(t, "UnsafePointer")
		}
		return fmt.Sprintf("Arg::UnsafePointer { addr: %#x, ty: %s }", v.Pointer(), ty)
	}
	panic("unhandled kind " + v.Kind().String())
}

func elems(v reflect.Value) string {
	var es []string
	for i := 0; i < v.Len(); i++ {
		es = append(es, conv(v.Index(i)))
	}
	return strings.Join(es, ", ")
}

// ---- the cases ----

type group struct {
	name  string
	cases []string
}

var groups []*group

func newGroup(name string) *group {
	g := &group{name: name}
	groups = append(groups, g)
	return g
}

func args(a []any) string {
	var es []string
	for _, x := range a {
		es = append(es, conv(reflect.ValueOf(x)))
	}
	return strings.Join(es, ", ")
}

// f: Sprintf.
func (g *group) f(format string, a ...any) {
	out := fmt.Sprintf(format, a...)
	if len(out) > 1000 {
		// Recorded by length, head and tail.
		g.cases = append(g.cases, fmt.Sprintf("Case { call: Call::Long(%d, %s), format: %s, args: vec![%s], want: %s }",
			len(out), lit([]byte(out[len(out)-20:])), lit([]byte(format)), args(a), lit([]byte(out[:20]))))
		return
	}
	g.cases = append(g.cases, fmt.Sprintf("Case { call: Call::Printf, format: %s, args: vec![%s], want: %s }",
		lit([]byte(format)), args(a), lit([]byte(out))))
}

// e: Errorf, with what the error wraps.
func (g *group) e(format string, a ...any) {
	err := fmt.Errorf(format, a...)
	index := func(e error) string {
		for i, x := range a {
			if x2, ok := x.(error); ok && x2 == e {
				return fmt.Sprint(i)
			}
		}
		panic("unwrapped error not among the operands")
	}
	wrap := "Wrapped::None"
	switch u := err.(type) {
	case interface{ Unwrap() []error }:
		var is []string
		for _, e := range u.Unwrap() {
			is = append(is, index(e))
		}
		wrap = fmt.Sprintf("Wrapped::Many(vec![%s])", strings.Join(is, ", "))
	case interface{ Unwrap() error }:
		if e := u.Unwrap(); e != nil {
			wrap = fmt.Sprintf("Wrapped::One(Some(%s))", index(e))
		} else {
			wrap = "Wrapped::One(None)"
		}
	}
	g.cases = append(g.cases, fmt.Sprintf("Case { call: Call::Errorf(%s), format: %s, args: vec![%s], want: %s }",
		wrap, lit([]byte(format)), args(a), lit([]byte(err.Error()))))
}

// p: Sprint.
func (g *group) p(a ...any) {
	out := fmt.Sprint(a...)
	g.cases = append(g.cases, fmt.Sprintf("Case { call: Call::Print, format: b\"\", args: vec![%s], want: %s }",
		args(a), lit([]byte(out))))
}

// ln: Sprintln.
func (g *group) ln(a ...any) {
	out := fmt.Sprintln(a...)
	g.cases = append(g.cases, fmt.Sprintf("Case { call: Call::Println, format: b\"\", args: vec![%s], want: %s }",
		args(a), lit([]byte(out))))
}

// ---- types with methods ----

type Point struct{ X, Y int }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l%3] }

type PtrStringer struct{ N int }

func (p *PtrStringer) String() string { return fmt.Sprintf("P(%d)", p.N) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type ValErr string

func (e ValErr) Error() string { return "err: " + string(e) }

type Both int

func (b Both) Error() string  { return "error-wins" }
func (b Both) String() string { return "string-loses" }

type GoStr struct{ A int }

func (g GoStr) GoString() string { return "GoStr!" }
func (g GoStr) String() string   { return "str" }

type Panicky struct{ N int }

func (p Panicky) String() string { panic("boom") }

type NilPanic struct{ N int }

func (p *NilPanic) String() string { return fmt.Sprint(p.N) }

type MyStr string

func (s MyStr) String() string { return "<" + string(s) + ">" }

type Named string
type NamedInt int
type Bytes []byte
type Inner struct {
	A int
	B string
}
type Outer struct {
	Inner
	P   *Inner
	S   []int
	M   map[string]int
	E   error
	Any any
}
type hidden struct {
	lvl Level
	Lvl Level
}
type Node struct {
	V    int
	Next *Node
}
type Key struct {
	A int
	B string
}

func main() {
	ints()
	floats()
	complexes()
	stringsAndBytes()
	bools()
	pointers()
	composites()
	maps()
	methods()
	badFormats()
	printAndPrintln()
	types()

	w := os.Stdout
	fmt.Fprintln(w, "// Generated by gen_cases.go from the output of real Go; do not edit.")
	fmt.Fprintln(w, "")
	fmt.Fprintln(w, "use std::borrow::Cow;")
	fmt.Fprintln(w, "")
	fmt.Fprintln(w, "use super::{Call, Case};")
	fmt.Fprintln(w, "use crate::fmt::{Arg, Method, NilKind, Wrapped};")
	for _, g := range groups {
		fmt.Fprintln(w, "")
		fmt.Fprintf(w, "pub fn %s() -> Vec<Case> {\n    vec![\n", g.name)
		for _, c := range g.cases {
			fmt.Fprintf(w, "        %s,\n", c)
		}
		fmt.Fprintln(w, "    ]\n}")
	}
}

func ints() {
	g := newGroup("ints")
	for _, f := range []string{"%d", "%+d", "% d", "%5d", "%-5d|", "%05d", "%-05d|", "%+05d", "%.3d", "%8.3d", "%08.3d", "%.0d", "%5.0d|",
		"%x", "%X", "%#x", "%#X", "%o", "%#o", "%O", "%b", "%#b", "%#08x", "%# x", "%v", "%#v", "%+v", "%10v|", "%-10v|"} {
		g.f(f, 42)
		g.f(f, -42)
	}
	g.f("%d %d %d", 0, math.MaxInt64, math.MinInt64)
	g.f("%x %X %o %b", math.MinInt64, math.MinInt64, math.MinInt64, math.MinInt64)
	g.f("%d %x %#v %v", uint64(math.MaxUint64), uint64(math.MaxUint64), uint64(math.MaxUint64), uint8(200))
	g.f("%#v %#v %#v %#v", uint(7), uintptr(0x1000), int8(-8), NamedInt(3))
	g.f("%d %v", int8(-128), int16(-32768))
	g.f("%c %c %c %c %c", 'a', 0x4E16, -1, 0x110000, 0xD800)
	g.f("%q %q %q %q %+q %q %q", 'a', '\'', '\n', 0x4E16, 0x4E16, 0x7f, 0x10FFFF+1)
	g.f("%U %#U %#U %#U %.6U %#.6U %10U| %-10U| %010U", 0x1F600, 0x1F600, 'x', 0x7, 0x41, 0x41, 0x41, 0x41, 0x41)
	g.f("%U %#U", -1, uint64(math.MaxUint64))
	g.f("%0+8d|%0 8d|% -8d|%+-8d|", 12, 12, 12, 12)
	g.f("%#.3o %#.3x %#5.3x", 8, 10, 10)
	g.f("%0.3d|%03.1d|%-8.4x|", 5, 5, 255)
	g.f("%x %X", int32(-255), uint16(65535))
	g.f("%6.2d|%-6.2d|", -3, -3)
	g.f("%#o %#o %O %O", 0, 8, 0, -8)
	g.f("%#b %#x %#X", 0, 0, 0)
}

func floats() {
	g := newGroup("floats")
	vals := []float64{0, 1, -1, 3.14159265358979, 1e6, 1e21, 1e-7, 123456789.125, 0.000012345, 2.5, 0.1, -0.0, 100, 1e100, 5e-324, math.MaxFloat64}
	for _, f := range []string{"%v", "%g", "%e", "%E", "%f", "%F", "%G", "%.2f", "%.0f", "%.3e", "%.3g", "%10.3f|", "%-10.3f|", "%010.3f", "%+.2e", "% .2f", "%#g", "%#.3g", "%#.0f", "%#.0e", "%#v", "%x", "%X", "%b", "%.3x", "%#x", "%8.2g|"} {
		var a []any
		var fs []string
		for _, v := range vals {
			a = append(a, v)
			fs = append(fs, f)
		}
		g.f(strings.Join(fs, " "), a...)
	}
	specials := []any{math.NaN(), math.Inf(1), math.Inf(-1)}
	for _, f := range []string{"%v", "%5v|", "%05v|", "%+v", "% v", "%-6f|", "%+06.1f|", "%e", "%#g", "%x", "%b"} {
		g.f(strings.Join([]string{f, f, f}, " "), specials...)
	}
	f32 := []any{float32(0.1), float32(1) / 3, float32(16777216), float32(1e-8), float32(3.4028235e38), float32(-2.5)}
	for _, f := range []string{"%v", "%g", "%e", "%.10f", "%.3g", "%x", "%b", "%#v"} {
		g.f(strings.Join([]string{f, f, f, f, f, f}, " "), f32...)
	}
	g.f("%.0f %.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, 3.5, -0.5)
	g.f("%.2f %.2f %.2f %.1f", 0.125, 0.375, 2.675, 0.05)
	g.f("%.20f %.30e %.17g", 0.1, 0.1, 0.1)
	g.f("%.3g %.3g %.3g %.1g %.0g %.10g", 1.0, 100.0, 1000.0, 0.0001, 123.0, 1.0/3)
	g.f("%g %g %g %g %g", 1e5, 1e-4, 1e-5, 123456.0, 1234567.0)
	g.f("%#.4g %#g %#g %#.1e %#x", 1.0, 1e6, 1e-5, 3.0, 1.0)
	g.f("%6.1f|%-6.1f|%+6.1f|%06.1f|% 06.1f|", -2.55, -2.55, 2.55, -2.55, 2.55)
	g.f("%v %v", Celsius(21.5), float64(Celsius(21.5)))
	g.f("%8.3v|%.2v|%.0v", 3.14159, 3.14159, 3.14159)
	g.f("%.5x %.0X %x %x", 1.0/3, 1.5, 0.0, -math.SmallestNonzeroFloat64)
	g.f("%e %f %g", 1e-310, 1e-310, 1e-310)
}

func complexes() {
	g := newGroup("complexes")
	for _, f := range []string{"%v", "%g", "%.2f", "%e", "%+.1f", "%8.2f", "%#v", "%x", "%b", "%d"} {
		g.f(f, complex(1, 2))
		g.f(f, complex(-1.5, -0.25))
	}
	g.f("%v %v %v", complex64(complex(0.1, 0.2)), complex(math.Inf(1), math.NaN()), complex(0, -0.0))
	g.f("%s %T %T", complex(1, 1), complex64(1), complex(1, 1))
}

func stringsAndBytes() {
	g := newGroup("strings")
	for _, f := range []string{"%s", "%v", "%q", "%+q", "%#q", "%x", "%X", "% x", "% X", "%#x", "%# x", "%# X", "%.2s", "%.2q", "%.1x", "%8s|", "%-8s|", "%08s|", "%8q|", "%.0s|", "%5.1s|", "%#v", "%T"} {
		g.f(f, "héllo, 世界")
	}
	for _, s := range []string{"", "a\tb", "a\nb", "`raw`", "\x00\x7f\xff", "\ufeff", "日本", "\U0001F600", "\a\b\f\r\v", "\\\"'", string([]byte{0xe2, 0x82}), "\u00ad\u2028"} {
		g.f("%s|%q|%+q|%#q|%x|% x|%5.1s|%#v", s, s, s, s, s, s, s, s)
	}
	g.f("%x|%5x|%-5x|%#5x|", "", "", "", "")
	g.f("%d %c %t %e %p", "s", "s", "s", "s", "s")
	g.f("%6d|%-6x|", "hi", "hi")
	g.f("%v %s %q %x %d", Named("nm"), Named("nm"), Named("nm"), Named("nm"), Named("nm"))
	bs := []byte("Go\xffbytes")
	for _, f := range []string{"%s", "%v", "%d", "%q", "%+q", "%#q", "%x", "%X", "% x", "%#x", "%# x", "%.3s", "%.3x", "%8s|", "%-8q|", "%#v", "%o", "%c", "%T", "%08b", "%5v", "%#5v", "%U", "%t"} {
		g.f(f, bs)
	}
	arr := [4]byte{'a', 'b', 0, 255}
	for _, f := range []string{"%s", "%v", "%x", "%q", "%#v", "%d", "%T"} {
		g.f(f, arr)
		g.f(f, &arr)
	}
	var nb []byte
	for _, f := range []string{"%s|", "%v", "%#v", "%q", "%x|", "%5x|", "%d", "%o", "%T"} {
		g.f(f, nb)
		g.f(f, Bytes(nil))
	}
	g.f("%s %v %#v %x", Bytes("ab"), Bytes("ab"), Bytes("ab"), Bytes("ab"))
	g.f("%v %#v %s", []Bytes{Bytes("x")}, []Bytes{Bytes("x")}, []Bytes{Bytes("x")})
	g.f("%v %#v %s %x", struct{ B []byte }{[]byte("hi")}, struct{ B []byte }{[]byte("hi")}, struct{ B []byte }{[]byte("hi")}, struct{ B []byte }{[]byte("hi")})
	g.f("%s %q %v", []string{"a", "b c"}, []string{"a", "b c"}, []string{"a", "b c"})
	g.f("%5s|%-5s|%x", []string{"a", "b"}, []string{"a", "b"}, []string{"ab", "c"})
}

func bools() {
	g := newGroup("bools")
	g.f("%t %v %5t| %-6v| %#v", true, false, true, false, true)
	g.f("%d %s %q", true, false, true)
	g.f("%v %t", []bool{true, false}, []bool{true})
}

func pointers() {
	g := newGroup("pointers")
	x := 7
	px := &x
	pt := &Point{1, 2}
	var np *int
	var nps *Point
	g.f("%p %v %#v %x %X %d %#p", px, px, px, px, px, px, px)
	g.f("%s %t", px, px)
	g.f("%v %+v %#v %s %d %x", pt, pt, pt, pt, pt, pt)
	g.f("%p %#p %T", pt, pt, pt)
	g.f("%v %#v %p %d %s %x %T %+v", np, np, np, np, np, np, np, np)
	g.f("%v %+v %#v %p", nps, nps, nps, nps)
	g.f("%10v|%-10v|%#10v", np, np, np)
	g.f("%v %+v", []*Point{pt}, struct{ P *Point }{pt})
	g.f("%v %#v", []*int{px, nil}, []*int{px, nil})
	pp := &pt
	g.f("%v", pp)
	s := []int{1, 2}
	m := map[string]int{"a": 1}
	g.f("%p %p %v %v", s, m, &s, &m)
	g.f("%v %+v %#v", &[]string{"a"}, &map[int]bool{1: true}, &[2]int{3, 4})
	var ns []int
	var nm map[string]int
	g.f("%v %v %p %p", &ns, &nm, ns, nm)
	ch := make(chan int)
	var nch chan string
	g.f("%v %p %#v %T %d", ch, ch, ch, ch, ch)
	g.f("%v %p %#v %T", nch, nch, nch, nch)
	fn := func() {}
	var nfn func(int) string
	g.f("%T %v %#v %T", fn, nfn, nfn, nfn)
	g.f("%t", fn != nil)
	up := unsafe.Pointer(px)
	g.f("%v %#v %T", up, unsafe.Pointer(nil), up)
	g.f("%v %v", up == unsafe.Pointer(px), uintptr(up) != 0)
	g.f("%p %p %p", 1, "s", [1]int{1})
	n := &Node{1, &Node{2, nil}}
	g.f("%v %+v", n, n)
	g.f("%v", []any{px == nil, pt.X})
}

func composites() {
	g := newGroup("composites")
	for _, f := range []string{"%v", "%+v", "%#v", "%d", "%x", "%s", "%5v", "%T", "%q"} {
		g.f(f, []int{1, 2, 3})
		g.f(f, [2]string{"a", "b"})
		g.f(f, Point{1, -2})
		g.f(f, []Point{{1, 2}, {3, 4}})
	}
	var ns []int
	var nsp []Point
	g.f("%v %#v %d %s %T", ns, ns, ns, ns, ns)
	g.f("%v %#v", nsp, nsp)
	g.f("%v %#v", []int{}, []int{})
	g.f("%v %+v %#v", struct{}{}, struct{}{}, struct{}{})
	anon := struct {
		A int
		b string
		C []float64
	}{1, "x", []float64{0.5}}
	g.f("%v %+v %#v %T", anon, anon, anon, anon)
	o := Outer{Inner{1, "in"}, &Inner{2, "p"}, []int{1}, map[string]int{"k": 1}, nil, nil}
	g.f("%v", o)
	g.f("%+v", o)
	g.f("%#v", Outer{Inner: Inner{1, "in"}})
	o2 := Outer{E: errors.New("bad"), Any: 3.5}
	g.f("%v %+v", o2, o2)
	g.f("%v %#v %+v", []any{1, "a", nil, 2.5, []int{1}}, []any{1, "a", nil, 2.5}, []any{nil})
	g.f("%v %#v", []error{nil, errors.New("e")}, []error{nil})
	g.f("%v %d %#v", [][]int{{1}, {2, 3}, nil}, [][]int{{1}}, [][]int{{1}, nil})
	g.f("%v %#v", [3]Point{}, [0]int{})
	g.f("%v %#v", struct{ A, B any }{nil, 1}, struct{ A, B any }{nil, 1})
	g.f("%v %+v %#v", hidden{1, 2}, hidden{1, 2}, hidden{1, 2})
	g.f("%6.2f|%x|%X", []float64{1, 2.5}, []int{10, 255}, Point{10, 11})
	g.f("%v %#v", [2][2]int{{1, 2}, {3, 4}}, [2][2]int{{1, 2}, {3, 4}})
	g.f("%#v %#v", []string{"a\n"}, []any{"x", Named("y")})
}

func maps() {
	g := newGroup("maps")
	m := map[string]int{"b": 2, "a": 1, "c": 3, "": 0}
	for _, f := range []string{"%v", "%+v", "%#v", "%d", "%x", "%s", "%T", "%3v"} {
		g.f(f, m)
	}
	g.f("%v", map[int]string{3: "c", -1: "z", 10: "j", 0: "o"})
	g.f("%v", map[float64]int{math.NaN(): 1, math.Inf(-1): 2, 0: 3, -1.5: 4, math.Inf(1): 5})
	g.f("%v", map[bool]int{true: 1, false: 0})
	g.f("%v %#v", map[Key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3}, map[Key]int{{1, "a"}: 3})
	g.f("%v", map[[2]int]string{{2, 1}: "x", {1, 9}: "y", {1, 2}: "z"})
	g.f("%v", map[any]int{nil: 0, 2: 1, 1: 2})
	g.f("%v", map[any]int{"b": 0, "a": 1})
	g.f("%v", map[uint8]bool{200: true, 3: false, 100: true})
	g.f("%v", map[complex128]int{complex(1, 2): 0, complex(1, 1): 1, complex(0, 5): 2})
	g.f("%v %#v", map[string][]int{"x": {1, 2}, "a": nil}, map[string][]int{"x": {1, 2}, "a": nil})
	g.f("%v %#v", map[string]any{"n": nil, "i": 1}, map[string]any{"n": nil, "i": 1})
	var nm map[string]int
	g.f("%v %#v %d %T", nm, nm, nm, nm)
	g.f("%v %#v", map[string]int{}, map[string]int{})
	g.f("%v", map[Level]int{2: 1, 0: 2, 1: 3})
	g.f("%v", map[string]Point{"p": {1, 2}})
	g.f("%v %#v", map[int8]int8{-1: 1, 1: -1}, map[int8]int8{-1: 1, 1: -1})
}

func methods() {
	g := newGroup("methods")
	c := Celsius(36.6)
	for _, f := range []string{"%v", "%s", "%q", "%x", "%X", "%d", "%f", "%.2f", "%#v", "%+v", "%10v|", "%-10s|", "%.3s", "%T", "%t"} {
		g.f(f, c)
		g.f(f, Level(1))
	}
	g.f("%v %v %d", []Level{0, 1, 2}, map[Level]Level{1: 2}, []Level{0, 1})
	g.f("%v %s", PtrStringer{5}, &PtrStringer{5})
	g.f("%v %v", []PtrStringer{{1}}, []*PtrStringer{{2}})
	g.f("%v %+v", struct{ P *PtrStringer }{&PtrStringer{3}}, struct{ P PtrStringer }{PtrStringer{3}})
	var me error = &MyErr{404}
	g.f("%v %s %q %d %+v %#v", me, me, me, me, me, me)
	g.f("%v %x %d", ValErr("x"), ValErr("x"), ValErr("x"))
	g.f("%v %s %d %#v", Both(1), Both(1), Both(1), Both(1))
	g.f("%v %s %#v %+v %#10v| %#.2v", GoStr{1}, GoStr{1}, GoStr{1}, GoStr{1}, GoStr{1}, GoStr{1})
	g.f("%#v %#v", []GoStr{{1}}, map[string]GoStr{"a": {2}})
	g.f("%v|%s|%d|%#v", Panicky{1}, Panicky{1}, Panicky{1}, Panicky{1})
	g.f("%v %s", []Panicky{{1}}, struct{ P Panicky }{Panicky{2}})
	var np *NilPanic
	g.f("%v %s %d", np, np, np)
	g.f("%v %s", &NilPanic{4}, []*NilPanic{nil})
	var nc *Celsius
	g.f("%v|%s|%d", nc, nc, nc)
	g.f("%v %s %q %d %x", MyStr("a"), MyStr("a"), MyStr("a"), MyStr("a"), MyStr("a"))
	g.f("%v %v", hidden{1, 1}, []hidden{{2, 2}})
	g.f("%w", me)
	g.f("%w %v", 1, 2)
	g.f("%d %s", errors.New("plain"), errors.New("plain"))
	g.e("wrap: %w", me)
	g.e("wrap: %w and %w", me, ValErr("v"))
	g.e("%w", "notanerror")
	g.e("%w", nil)
	g.e("%#w|%+w|%10w|", me, ValErr("y"), ValErr("z"))
	g.e("plain %d %v", 1, me)
	g.e("no verbs")
	g.e("%w %w %w", ValErr("a"), 5, ValErr("b"))
	g.e("%[2]w %[1]w %[2]w", ValErr("c"), ValErr("d"))
	g.e("%w %[1]w", ValErr("e"))
	g.e("%w", 7)
	g.e("%w %w", 7, "x")
	g.e("%v", ValErr("not wrapped"))
	g.f("%v %d", time3(), time3())
	g.p(c, Level(2), me)
	g.ln(c, Level(2), me, MyStr("s"))
	g.p(MyStr("x"), MyStr("y"), 1)
	g.f("%!d(Celsius) %d", c)
}

type Dur int64

func (d Dur) String() string { return fmt.Sprintf("%dms", int64(d)) }

func time3() Dur { return Dur(1500) }

func badFormats() {
	g := newGroup("bad_formats")
	g.f("%d", "hi")
	g.f("%s", 5)
	g.f("%z %!", 1, 2)
	g.f("%d %d", 1)
	g.f("%d", 1, 2, "x", nil)
	g.f("no verbs", 1, "a")
	g.f("%")
	g.f("abc%")
	g.f("%-")
	g.f("%5")
	g.f("%.")
	g.f("%.5")
	g.f("%[2]d %[1]d", 1, 2)
	g.f("%[2]*[1]d|", 12, 5)
	g.f("%[3]*.[2]*[1]f", 12.0, 2, 6)
	g.f("%d %d %#[1]x %#x", 16, 17)
	g.f("%[0]d", 1)
	g.f("%[3]d", 1)
	g.f("%[x]d", 1)
	g.f("%[1]", 1)
	g.f("%[1", 1)
	g.f("%[]d", 1)
	g.f("%[-1]d", 1)
	g.f("%[1]2d", 1)
	g.f("%[1].2d", 1)
	g.f("%[2]d %d", 1, 2, 3)
	g.f("%[1]d %[1]d %[1]d", 7)
	g.f("%.[2]d", 1, 2)
	g.f("%*d|", 5, 1)
	g.f("%-*d|", 5, 1)
	g.f("%*d|", -5, 1)
	g.f("%0*d|", -5, 1)
	g.f("%*d", "x", 1)
	g.f("%.*d|", 3, 1)
	g.f("%.*d|", -3, 1)
	g.f("%.*s|", "x", "abc")
	g.f("%*d", 1)
	g.f("%*", 1)
	g.f("%*d|", uint(4), 1)
	g.f("%*d|", uint64(math.MaxUint64), 1)
	g.f("%*d|", 10000000, 1)
	g.f("%.*d|", 10000000, 1)
	g.f("%*d|", int8(-3), 1)
	g.f("%9999999999d", 1)
	g.f("%.9999999999d", 1)
	g.f("%1000001d|", 1)
	g.f("%.1000001d|", 1)
	g.f("%d\xff", 1)
	g.f("%\xff", 1)
	g.f("%\xe4\xb8\x96", 1)
	g.f("%%%d%%", 5)
	g.f("%5%|%-5%|%.2%")
	g.f("%d%d%d")
	g.f("%v %d %s %T %p", nil, nil, nil, nil, nil)
	g.f("%x %q", nil, nil)
	g.f("%!(EXTRA)", 1)
	g.f("%t %t", 1, "s")
	g.f("%c %U", 1.5, "x")
	g.f("%e %g", 1, "x")
	g.f("%d %x", []string{"a"}, map[string]bool{"k": true})
	g.f("%d", struct{ A string }{"s"})
	g.f("%s %d", &struct{ A int }{1}, []*Point{{1, 2}})
	g.f("%s", []any{&Point{1, 2}})
	g.f("%#s %+s %08s", "a", "b", "c")
	g.f("%+-#0 d|", 5)
	g.f("%w", "x")
	g.f("%w", nil)
	g.f("%[2]w %[1]v", 1, errors.New("e"))
	g.f("%v %v", Point{1, 2})
	g.f("%s", nil, "extra")
	g.f("%d %s", Panicky{1}, Panicky{2})
	g.f("%q", Panicky{3})
	g.f("%[1]d %[2]d %d", 1, 2)
	g.f("%.-1d", 1)
	g.f("%1.2.3d", 1)
	g.f("%d %", 1)
}

func printAndPrintln() {
	g := newGroup("print_println")
	g.p()
	g.p("a", "b")
	g.p(1, 2)
	g.p("a", 1, 2, "b", "c", 3.5, nil, nil)
	g.p(1, "a", 2)
	g.p(Named("x"), Named("y"), NamedInt(1), NamedInt(2))
	g.p([]int{1}, []int{2}, map[string]int{"a": 1})
	g.p(true, false, 'x', byte(1))
	g.p(&Point{1, 2}, Point{3, 4}, nil)
	g.p([]byte("ab"), "s", []byte("cd"))
	g.ln()
	g.ln("a", "b")
	g.ln(1, 2, "x", nil, 2.5, float32(0.1), complex(1, 0))
	g.ln([]any{nil}, map[int]int{}, struct{}{})
	g.ln(int64(-1), uint8(255), uintptr(1))
	g.ln(Level(0), []Level{1}, &Point{})
	g.ln(errors.New("e1"), ValErr("e2"))
}

func types() {
	g := newGroup("types")
	g.f("%T %T %T %T %T %T", 1, "s", 1.5, float32(1), true, nil)
	g.f("%T %T %T %T", []string{}, map[string]int{}, &Point{}, Point{})
	g.f("%T %T %T %T", [3]int{}, []any{}, struct{ A int }{}, &[]int{})
	g.f("%T %T %T", make(chan int), make(<-chan bool), func(int) string { return "" })
	g.f("%T %T %T %T", Level(1), Celsius(1), me2(), 'x')
	g.f("%10T|%-10T|%.3T", 1, 1, "string")
	g.f("%T %T", []byte{}, Bytes{})
	g.f("%T %T %T", int8(1), uint64(1), uintptr(1))
	g.f("%T", [][]map[string]*Point{})
	g.f("%v %T", any(nil), error(nil))
}

func me2() error { return &MyErr{1} }
