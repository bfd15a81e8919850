// Range over iterator functions with no, one and two iteration variables,
// declared with := or assigned with =, blank ones included.
package main

import "fmt"

func three(yield func() bool) {
	for i := 0; i < 3; i++ {
		if !yield() {
			return
		}
	}
}

func ints(yield func(int) bool) {
	for _, v := range []int{4, 8, 15, 16, 23, 42} {
		if !yield(v) {
			return
		}
	}
}

func pairs(yield func(string, float64) bool) {
	names := []string{"pi", "e", "phi"}
	vals := []float64{3.14159, 2.71828, 1.61803}
	for i := range names {
		if !yield(names[i], vals[i]) {
			return
		}
	}
}

func empty(yield func(int) bool) {}

func main() {
	n := 0
	for range three {
		n++
	}
	fmt.Println("no vars:", n)

	sum := 0
	for v := range ints {
		sum += v
	}
	fmt.Println("one var sum:", sum)

	for k, v := range pairs {
		fmt.Printf("%s=%.3f\n", k, v)
	}
	for k := range pairs {
		fmt.Println("key only:", k)
	}
	for _, v := range pairs {
		fmt.Println("value only:", v)
	}
	for range pairs {
		n++
	}
	fmt.Println("n:", n)

	var k string
	var v float64
	for k, v = range pairs {
	}
	fmt.Println("assigned last:", k, v)
	var x int
	for x = range ints {
		if x > 10 {
			break
		}
	}
	fmt.Println("assigned x:", x)

	type pt struct{ name string }
	var p pt
	for p.name = range pairs {
	}
	fmt.Println("field:", p.name)
	arr := make([]string, 2)
	for arr[1] = range pairs {
	}
	fmt.Println("elem:", arr)
	m := map[string]float64{}
	var key string
	for key, m["last"] = range pairs {
	}
	fmt.Println("map:", key, m["last"])

	cnt := 0
	for x := range empty {
		cnt += x
	}
	fmt.Println("empty:", cnt)
	for range empty {
		fmt.Println("never")
	}

	// Shadowing: the iteration variable is new in each iteration.
	x = 100
	for x := range ints {
		x *= 2
		_ = x
	}
	fmt.Println("outer x kept:", x)

	// A function value in a variable, and a literal.
	it := ints
	c := 0
	for range it {
		c++
	}
	fmt.Println("via var:", c)
	for s := range func(yield func(string) bool) {
		yield("lit1")
		yield("lit2")
	} {
		fmt.Println(s)
	}
}
