// Closures in range-over-func bodies capture per-iteration variables;
// the body's writes to the enclosing function's variables are shared.
package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	yield("a", 1)
	yield("b", 2)
	yield("c", 3)
}

func main() {
	var fs []func() int
	for x := range seq(4) {
		fs = append(fs, func() int { return x * x })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// The iteration variable modified in the body, seen by its closure.
	var gs []func() int
	for x := range seq(3) {
		g := func() int { return x }
		x += 10
		gs = append(gs, g)
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// Variables declared in the body are per-iteration too.
	var hs []func() string
	for k, v := range pairs {
		s := fmt.Sprint(k, v)
		hs = append(hs, func() string { s += "!"; return s })
	}
	for _, h := range hs {
		fmt.Print(h(), h(), " ")
	}
	fmt.Println()

	// Assigned (=) iteration variables are the enclosing function's.
	var last string
	var ls []func() string
	for last = range pairs {
		ls = append(ls, func() string { return last })
	}
	for _, l := range ls {
		fmt.Print(l(), " ")
	}
	fmt.Println()

	// Counters, slices, maps, structs of the enclosing function.
	count := 0
	total := 0
	words := []string{}
	seen := map[string]int{}
	type acc struct{ n, sum int }
	var a acc
	arr := [3]int{}
	for k, v := range pairs {
		count++
		total += v
		words = append(words, k)
		seen[k] = v
		a.n++
		a.sum += v * 10
		arr[v-1] = v * v
	}
	fmt.Println(count, total, words, len(seen), seen["b"], a, arr)

	// A pointer to the enclosing function's variable, taken in the body.
	z := 1
	for range seq(3) {
		p := &z
		*p *= 3
	}
	fmt.Println("z:", z)

	// A closure made outside, called in the body.
	hits := 0
	hit := func(n int) { hits += n }
	for x := range seq(5) {
		hit(x)
	}
	fmt.Println("hits:", hits)

	// The body closure inside a classic for loop: per-iteration i.
	var ks []func() (int, int)
	for i := 0; i < 2; i++ {
		for x := range seq(2) {
			ks = append(ks, func() (int, int) { return i, x })
		}
	}
	for _, k := range ks {
		fmt.Print(k())
		fmt.Print(" ")
	}
	fmt.Println()

	// Goroutines started from the body.
	ch := make(chan int)
	for x := range seq(3) {
		go func() { ch <- x * 7 }()
	}
	got := 0
	for range 3 {
		got += <-ch
	}
	fmt.Println("goroutines:", got)
}
