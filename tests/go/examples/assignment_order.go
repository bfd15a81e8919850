package main

import "fmt"

var trace []string

func idx(name string, i int) int {
	trace = append(trace, name)
	return i
}

func val(name string, v int) int {
	trace = append(trace, name)
	return v
}

type T struct {
	A [3]int
	M map[string]int
	P *T
}

func main() {
	a := []int{0, 0, 0}
	// The index is evaluated once in an op-assignment.
	a[idx("i", 1)] += val("v", 5)
	a[idx("j", 1)]++
	fmt.Println(a, trace)
	trace = nil

	// Tuple assignment: operands first (left to right), then assignments.
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	a[0], a[1], a[2] = a[2], a[0], a[1]
	fmt.Println(a)

	// Calls in an expression list run left to right.
	b := []int{val("first", 1), val("second", 2), val("third", 3)}
	fmt.Println(b, trace)
	trace = nil

	// Map op-assign and struct field paths.
	m := map[string]int{}
	m["k"] += 3
	m["k"] *= 4
	m["z"]++
	m["z"]--
	fmt.Println(m)
	t := &T{M: map[string]int{}}
	t.P = &T{}
	t.A[1] += 7
	t.P.A[2] -= 1
	t.M["q"] |= 6
	t.M["q"] &^= 2
	fmt.Println(t.A, t.P.A, t.M)

	// Compound assignment with shifts and bit ops on typed values.
	var u uint8 = 0b1010_1010
	u >>= 3
	u <<= 1
	u ^= 0xFF
	u %= 7
	fmt.Println(u)
	s := "go"
	s += "pher"
	s += string(rune('!'))
	fmt.Println(s)
	f := 1.5
	f *= f
	f -= 0.25
	f /= 2
	fmt.Println(f)

	// Swapping through pointers and struct fields.
	p, q := &x, &y
	*p, *q = *q, *p
	fmt.Println(x, y)
	type pair struct{ l, r string }
	pr := pair{"L", "R"}
	pr.l, pr.r = pr.r, pr.l
	fmt.Println(pr)

	// Range assigns to index expressions.
	out := make([]int, 3)
	k := 0
	for out[k] = range []int{10, 20, 30} {
		if k < 2 {
			k++
		}
	}
	fmt.Println(out)
	// Assignment of a multi-value map read and type assertion.
	var v int
	var ok bool
	v, ok = m["k"]
	fmt.Println(v, ok)
	var any interface{} = "str"
	var str string
	str, ok = any.(string)
	fmt.Println(str, ok)
	_, ok = any.(int)
	fmt.Println(ok)
	ch := make(chan int, 1)
	ch <- 4
	v, ok = <-ch
	fmt.Println(v, ok)
}
