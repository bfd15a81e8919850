package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	From, To Point
	Label    string
	Weight   float64
}

func main() {
	p := Point{1, -2}
	l := Line{p, Point{3, 4}, "edge", 0.5}
	fmt.Printf("%v\n%+v\n%#v\n", l, l, l)
	fmt.Printf("%v %+v %#v\n", &p, &p, &p)
	fmt.Printf("%d %x %05d\n", p, p, p)
	sl := []Point{{1, 2}, {3, 4}}
	fmt.Printf("%v %+v\n%#v\n", sl, sl, sl)
	arr := [3]string{"a", "", "c"}
	fmt.Printf("%v %q %#v\n", arr, arr, arr)
	m := map[string]Point{"b": {2, 2}, "a": {1, 1}}
	fmt.Printf("%v %+v\n%#v\n", m, m, m)
	var ip *int
	var e error
	var sl2 []string
	var m2 map[int]int
	fmt.Printf("%v %v %v %v %d\n", ip, e, sl2, m2, []int(nil))
	fmt.Printf("%#v %#v %#v %#v\n", ip, e, sl2, m2)
	fmt.Printf("%#v %#v %#v %#v %#v %#v\n", 42, "s", 1.0, true, 'x', uint8(3))
	fmt.Printf("%#v %#v %#v\n", []interface{}{1, "a", nil}, struct{}{}, [0]int{})
	fmt.Printf("%T %T %T %T %T\n", l, &l, sl, m, nil)
	fmt.Printf("%v %d\n", []byte("AB"), []byte("AB"))
	fmt.Printf("%x %X % x %#x\n", []byte("AB"), "AB", []int{10, 255}, []byte("AB"))
	fmt.Printf("%s %q\n", []string{"a b", "c"}, []string{"a b", "c"})
	fmt.Printf("%6.2f|%-8v|%8v|\n", []float64{1, 2.5}, p, "r")
	fmt.Printf("%t %v\n", []bool{true, false}, [2]bool{})
	type Inner struct{ P *Point }
	fmt.Printf("%+v\n", Inner{nil})
}
