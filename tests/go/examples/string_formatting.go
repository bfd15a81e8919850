package main

import (
	"fmt"
	"os"
)

type point struct{ x, y int }

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []Inner
	M     map[string]int
	Iface interface{}
}

func main() {
	p := point{1, 2}
	fmt.Printf("struct1: %v\n", p)
	fmt.Printf("struct2: %+v\n", p)
	fmt.Printf("struct3: %#v\n", p)
	fmt.Printf("type: %T\n", p)
	fmt.Printf("bool: %t %v\n", true, false)
	fmt.Printf("int: %d\n", 123)
	fmt.Printf("bin: %b\n", 14)
	fmt.Printf("char: %c\n", 33)
	fmt.Printf("hex: %x %X %#x %#X\n", 456, 456, 456, 456)
	fmt.Printf("oct: %o %#o %O\n", 8, 8, 8)
	fmt.Printf("float1: %f\n", 78.9)
	fmt.Printf("float2: %e\n", 123400000.0)
	fmt.Printf("float3: %E\n", 123400000.0)
	fmt.Printf("float4: %g %G %g\n", 0.000012345, 1e21, 100000.0)
	fmt.Printf("str1: %s\n", "\"string\"")
	fmt.Printf("str2: %q\n", "\"string\"")
	fmt.Printf("str3: %x\n", "hex this")
	fmt.Printf("unicode: %U %#U\n", 0x1F600, 'x')

	// Widths and precision.
	fmt.Printf("width1: |%6d|%6d|\n", 12, 345)
	fmt.Printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("width4: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("width5: |%-6s|%-6s|\n", "foo", "b")
	fmt.Printf("width6: |%*d|%-*d|\n", 5, 42, 4, 7)
	fmt.Printf("prec:   |%.3s|%.0f|%.1e|%8.3g|\n", "abcdef", 2.5, 12345.678, 3.14159)
	fmt.Printf("zero:   |%05d|%06.2f|%-05d|%05s|\n", -42, 3.14159, 7, "ab")
	fmt.Printf("plus:   |%+d|%+d|%+.1f|%+q|\n", 5, -5, 2.0, "é")
	fmt.Printf("space:  |% d|% d|% x|% X|\n", 5, -5, "abc", []byte{1, 171})
	fmt.Printf("sharp:  |%#v|%#v|%#v|%#q|\n", "s", 42, []int{1}, "back`tick")
	fmt.Printf("sharp2: |%#b|%#o|%#x|%#g|%#.3x|\n", 5, 64, -255, 1.0, "hi")
	fmt.Printf("int prec: |%.3d|%8.3d|%-8.3d|%.0d|\n", 7, -7, 7, 0)
	fmt.Printf("hex neg: %x %X %b\n", -1, int8(-128), -5)
	fmt.Printf("uint:  %d %x\n", uint8(255), uint64(1<<63))

	// Nested values.
	o := Outer{
		Name:  "out",
		In:    Inner{1, "one"},
		Ptr:   &Inner{2, "two"},
		List:  []Inner{{3, "three"}, {4, "four"}},
		M:     map[string]int{"z": 26, "a": 1},
		Iface: Inner{5, "five"},
	}
	o.Ptr = nil
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o.List)
	fmt.Printf("%#v\n", o.M)
	fmt.Printf("%v %+v\n", &o.In, []*Inner{nil})
	fmt.Printf("%v %d %s\n", []interface{}{1, "a", nil, 2.5}, []int{1, 2}, []string{"x", "y"})
	fmt.Printf("%q %x %X\n", []string{"a b", "c"}, []string{"hi", "yo"}, "Zz")
	fmt.Printf("%5v|%-5v|%05v\n", []int{1, 22}, [2]bool{true, false}, []int{3})
	fmt.Printf("%6.2f %v\n", []float64{1, 2.345}, [][]int{{1}, {2, 3}, nil})
	fmt.Printf("%v %v\n", struct{}{}, struct{ A []int }{})

	// Errors in format strings.
	bad := []string{"%d %s\n", "%d\n", "%d %d\n", "%z %!\n", "%!d(x)\n", "%.*d\n", "%[2]d %[1]d\n", "%[3]d\n"}
	badArgs := [][]interface{}{{"str", 5}, nil, {1, 2, 3}, {1}, {2}, {"x", 5}, {1, 2}, {1}}
	for i, f := range bad {
		fmt.Printf(f, badArgs[i]...)
	}
	fmt.Printf("100%%\n")

	s := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(s)
	fmt.Fprintf(os.Stdout, "io: an %s\n", "error")
	fmt.Print("print", 1, 2, "a", "b", 3, "\n")
	fmt.Println("println", 1, 2, "a", "b", 3)
	fmt.Println(fmt.Sprint("x", 1, 2, "y"), fmt.Sprintln("end", 1))
}
