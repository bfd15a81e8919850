package main

import "fmt"

func intSeq() func() int {
	i := 0
	return func() int {
		i++
		return i
	}
}

func counterPair() (inc func(), get func() int) {
	n := 0
	inc = func() { n++ }
	get = func() int { return n }
	return
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			fmt.Println("  cache hit", n)
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	nextInt := intSeq()
	fmt.Println(nextInt())
	fmt.Println(nextInt())
	fmt.Println(nextInt())
	newInts := intSeq()
	fmt.Println(newInts())

	inc, get := counterPair()
	inc()
	inc()
	fmt.Println("pair:", get())

	acc := adder(10)
	fmt.Println(acc(1), acc(2), acc(3))

	sq := func(x int) int { return x * x }
	plus1 := func(x int) int { return x + 1 }
	fmt.Println(compose(sq, plus1)(4), compose(plus1, sq)(4))

	slow := memo(func(n int) int { return n * 1000 })
	fmt.Println(slow(2))
	fmt.Println(slow(2))

	// Go 1.22: each iteration has its own variable.
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()
	// Modifying the loop variable inside the body affects that iteration only.
	var hs []func() int
	for i := 0; i < 6; i++ {
		hs = append(hs, func() int { return i })
		i++
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	// A variable shared by closures declared outside the loop.
	shared := 0
	var ks []func()
	for range 3 {
		ks = append(ks, func() { shared++ })
	}
	for _, k := range ks {
		k()
	}
	fmt.Println("shared:", shared)
	// Recursive closure.
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))
	// Closure capturing a struct and a pointer.
	type box struct{ v int }
	b := box{1}
	pb := &box{1}
	setB := func() { b.v = 5; pb.v = 6 }
	setB()
	fmt.Println(b, *pb)
}
