package main

import "fmt"

type Kind int

const (
	KA Kind = iota
	KB
)

func (k Kind) String() string { return [...]string{"KA", "KB"}[k] }

type Rec struct {
	K    Kind
	Name string
	Tags []string
	M    map[string]int
	Any  interface{}
	F    float64
	C    complex128
	B    []byte
	Ptr  *int
	Fn   func()
}

type Wrapper struct {
	Rec
	Extra uint16
}

func main() {
	r := Rec{K: KB, Name: "n", Tags: []string{"x"}, M: map[string]int{"b": 2, "a": 1}, Any: 3, F: 2, C: 1i, B: []byte("hi")}
	fmt.Printf("%v\n", r)
	fmt.Printf("%+v\n", r)
	fmt.Printf("%#v\n", r)
	fmt.Printf("%#v\n", Wrapper{Rec{}, 9})
	fmt.Printf("%#v %#v %#v\n", KA, []Kind{KB}, map[Kind]bool{KB: true})
	fmt.Printf("%#v %#v\n", int8(-5), uint64(7))
	fmt.Printf("%#v %#v %#v %#v\n", 1.5, float32(2), 1e-7, complex64(1+2i))
	fmt.Printf("%#v %#v\n", "quote\"d", `back\`)
	fmt.Printf("%#v\n", [][]int{{1}, nil, {}})
	fmt.Printf("%#v\n", map[string]interface{}{"k": []int{1}})
	fmt.Printf("%#v\n", struct {
		A int
		b string
	}{1, "x"})
	fmt.Printf("%#x %#o %#b %#q\n", 255, 8, 5, "x")
}
