package main

import (
	"errors"
	"fmt"
	"math"
)

type Panicky struct{}

func (Panicky) String() string { panic("oops") }

type NilSafe struct{ name string }

func (n *NilSafe) String() string {
	if n == nil {
		return "NilSafe(nil)"
	}
	return "NilSafe(" + n.name + ")"
}

type ValErr struct{ c int }

func (v ValErr) Error() string { return fmt.Sprint("valerr ", v.c) }

type Holder struct {
	E   error
	S   fmt.Stringer
	P   *int
	Any interface{}
}

var pf = fmt.Printf

func unused(format string, args ...interface{}) {
	fmt.Printf(format, args...)
}

func main() {
	pf("%s|%d|%t|%x\n", 5, "a", 1, true)
	pf("%d|%s\n", []interface{}{1, "a"}, []int{1})
	pf("%d %d\n", 1)
	pf("%d\n", 1, "extra", 2.5)
	pf("%[2]d %[1]d %d\n", 10, 20)
	pf("%[2]*[1]d|%-*d|\n", 7, 5, 3, 9)
	pf("%[5]d|%[0]d|%[x]d\n", 1)
	pf("%d %v %s\n", nil, nil, nil)
	pf("%.*f|%.*f\n", 2, math.Pi, -1, math.Pi)
	pf("%!|%%|%5%|%-5%|\n")
	pf("%c|%c|%U|%U|%#U\n", 0x10FFFF+1, -1, -1, 0x10FFFF+1, 'ä')
	pf("%q|%+q|%#q|%#q|%q\n", 'x', 'ä', 'y', '\'', 0x7FFFFFFF)
	pf("%5c|%-5q|%05q|%5t|%-6t|\n", 'z', 'z', "s", true, false)
	pf("%o|%O|%#o|%x|%X|%#X\n", -8, -8, -8, -255, uint64(math.MaxUint64), -1)
	pf("% x|% #x|%#x|% X|%# X\n", []byte{1, 2, 255}, []byte{1, 2}, "hi", "hi", []byte("ok"))
	pf("%x|%X|%.2x|%10.4x|\n", 3.5, -0.125, 1.0, 2.0)
	pf("%08.3e|%+.3e|%-+8d|%+08d|% 08d\n", 1234.5678, 0.000123, 42, 42, 42)
	pf("%6.2f|%+v|%-8v|%08.2f|%+.1e\n", math.NaN(), math.Inf(1), math.Inf(-1), math.Inf(-1), math.NaN())
	pf("%v|%8.2f|%-12v|%+v\n", complex(1, -1), complex(2.5, 3), complex64(1i), complex(0, math.Inf(1)))
	pf("%v|%v|%v|%v|%v\n", 1e6, 1e20, 1e21, 123456789.0, 1e-5)
	pf("%v|%v|%v\n", float32(1e6), float32(3.4e38), float32(1)/3)
	pf("%g|%G|%.3g|%.0g|%#g|%#.3g\n", 100000000.0, 1e-10, 1234.5678, 5.5, 2.0, 1.0)
	pf("%e|%.0e|%#.0e|%E\n", 0.0, 5.0, 5.0, 1e100)
	pf("%b|%b|%b\n", 4, -4, uint8(255))
	pf("%v|%s\n", Panicky{}, []fmt.Stringer{Panicky{}})
	var ns *NilSafe
	pf("%v|%s|%v\n", ns, &NilSafe{"x"}, []*NilSafe{nil})
	pf("%v|%s|%d\n", ValErr{1}, &ValErr{2}, ValErr{3})
	h := Holder{E: errors.New("inner"), S: &NilSafe{"s"}}
	pf("%v|%+v\n", h, h)
	var nilH Holder
	pf("%v|%+v\n", nilH, nilH)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.5, 'c', true, false))
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("a", "b"), fmt.Sprint(nil, nil), fmt.Sprint(errors.New("e"), 5))
	fmt.Print(1, 2, "x", 3, "\n")
	fmt.Println([]interface{}{nil, []int(nil), map[int]int(nil), (*int)(nil), error(nil)})
	fmt.Printf("%v %d\n", [][]string{{"a"}, {}, nil}, [][]int{{1, 2}, {3}})
	fmt.Printf("%s|%v|%q\n", []byte(nil), []byte{}, []byte("x\ny"))
	fmt.Printf("%v|%s\n", [3]byte{65, 66, 67}, [3]byte{65, 66, 67})
	fmt.Printf("%-10s|%10.2s|%.0s|%.10s|\n", "left", "right", "gone", "short")
	fmt.Printf("%5.1q|%-8q|%x|%X|% x\n", "abc", "é", "é", "é", "é")
	fmt.Printf("%v %v\n", struct{ A, B interface{} }{1, "x"}, struct{ E error }{})
	fmt.Printf("%T|%T|%T|%T\n", nil, Panicky{}, ns, pf)
	fmt.Printf("%v|%.2v|%5.3v\n", "str", []string{"abc", "de"}, []float64{3.14159, 2})
	fmt.Printf("%d|%x|%o\n", []byte("AB"), "AB", [2]int8{-1, 8})
	fmt.Printf("%3d|%-3d|%03d\n", []int{1, 22}, [2]int{3, 4}, []uint{5})
}
