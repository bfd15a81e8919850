package main

import "fmt"

type ID int
type Name string
type Flag bool
type Ratio float64

type Inner struct {
	N  int
	S  string
	F  float64
	OK bool
}

type Outer struct {
	ID    ID
	Name  Name
	In    Inner
	PIn   *Inner
	Tags  []string
	Attrs map[string]int
	Any   interface{}
	Fn    func()
	Ch    chan int
	Arr   [2]Flag
	R     Ratio
	u     uint8
}

func main() {
	o := Outer{
		ID:    7,
		Name:  "seven",
		In:    Inner{1, "x", 2.5, true},
		Tags:  []string{"a", "b"},
		Attrs: map[string]int{"k": 1, "j": 2},
		Any:   Inner{N: 3},
		Arr:   [2]Flag{true, false},
		R:     0.5,
		u:     9,
	}
	fmt.Printf("%#v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%v\n", o)
	fmt.Printf("%#v\n", &o.In)
	fmt.Printf("%#v %#v %#v %#v\n", ID(3), Name("n"), Flag(true), Ratio(1))
	fmt.Printf("%#v %#v %#v %#v %#v\n", 42, -1.5, "q\"s", true, 'r')
	fmt.Printf("%#v %#v %#v\n", []int(nil), map[string]bool(nil), []interface{}{1, "a", nil})
	fmt.Printf("%#v %#v\n", [3]string{"a"}, map[ID][]Name{1: {"x"}})
	fmt.Printf("%#v %#v\n", struct{}{}, struct {
		A int
		b string
	}{1, "z"})
	fmt.Printf("%#v %#v %#v\n", uint8(200), int64(-5), uintptr(10))
	fmt.Printf("%#v %#v %#v\n", float32(0.1), 1e21, 1e-7)
	fmt.Printf("%#v %#v\n", complex(1, 2), complex64(complex(-1, 0.5)))
	fmt.Printf("%#v\n", []*Inner{nil})
	var e error
	fmt.Printf("%#v %#v\n", e, interface{}(nil))
	fmt.Printf("%T %T %T %T %T\n", o, &o, o.Attrs, o.Fn, o.Ch)
	fmt.Printf("%T %T %T %T\n", o.Arr, o.Any, e, []interface{}{})
	fmt.Printf("%T %T\n", struct{ X int }{}, map[[2]int]chan<- string{})
	fmt.Printf("%v|%d|%s\n", o.Arr, []ID{1, 2}, []Name{"p", "q"})
	fmt.Printf("%x|%X|%o|%b\n", []ID{255, 16}, [2]int{10, 11}, []uint8{8, 9}, []int{5, 6})
	fmt.Printf("%q|%c|%U\n", []rune("hé"), []rune("ok"), []rune("ab"))
	fmt.Printf("%08.3f|%-8.2f|%+8d|% 8d\n", []float64{1.5}, []float64{2.25}, []int{3}, []int{-4})
	fmt.Printf("%10v|%-10v|\n", Inner{N: 1}, []string{"ab", "c"})
	fmt.Printf("%6.2v|%.3v|%10.4v\n", 3.14159, "abcdef", 123.456789)
	fmt.Printf("%t %t %v\n", true, Flag(false), []bool{true})
}
