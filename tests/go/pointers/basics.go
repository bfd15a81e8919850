package main

import "fmt"

func inc(p *int) { *p++ }

func swap(a, b *string) { *a, *b = *b, *a }

func newInt(v int) *int {
	x := v // escapes: each call has its own variable
	return &x
}

func main() {
	x := 1
	p := &x
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	var np *int
	fmt.Println(np == nil, np)
	a, b := "left", "right"
	swap(&a, &b)
	fmt.Println(a, b)
	q1, q2 := newInt(5), newInt(5)
	fmt.Println(*q1 == *q2, q1 == q2)
	*q1 = 50
	fmt.Println(*q1, *q2)
	pp := &p
	**pp = 100
	fmt.Println(x)
	n := new(int)
	fmt.Println(*n)
	*n = 7
	fmt.Println(*n)
	s := new([]string)
	*s = append(*s, "hi")
	fmt.Println(*s, len(*s))
	type T struct{ A int }
	t := new(T)
	t.A = 3
	fmt.Println(*t, t.A)
	fmt.Printf("%v %+v\n", t, t)
}
