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

func pairs() func(func(string, int) bool) {
	return func(yield func(string, int) bool) {
		_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
	}
}

func main() {
	var fs []func() int
	for i := range seq(3) {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := range seq(3) {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])
	var gs []func() string
	for k, v := range pairs() {
		gs = append(gs, func() string { return fmt.Sprint(k, v) })
		v *= 10 // each iteration has its own v; its closure sees this change
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	total := 0
	add := func(n int) { total += n }
	for i := range seq(5) {
		add(i)
	}
	fmt.Println(total)
	var x int
	var saved []func() int
	for x = range seq(3) {
		saved = append(saved, func() int { return x })
	}
	fmt.Println(saved[0](), saved[1](), saved[2]())
}
