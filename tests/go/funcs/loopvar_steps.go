package main

import "fmt"

func main() {
	// Closures see their own iteration's variable; the post statement
	// steps the next iteration's copy.
	var fs []func() int
	for i, j := 0, 10; i < 4; i, j = i+1, j-2 {
		fs = append(fs, func() int { return i*100 + j })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// The body changes the variable after the closure is made: the
	// closure sees the change, and the next iteration starts from it.
	fs = nil
	for i := 0; i < 9; i++ {
		fs = append(fs, func() int { return i })
		i += 2
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// A deferred closure per iteration, run at the end of a function.
	func() {
		for k := 0; k < 3; k++ {
			defer func() { fmt.Print("deferred ", k, "; ") }()
		}
	}()
	fmt.Println()

	// A step that calls a closure which reads the variable.
	n := 0
	read := func(v int) int { return v + 1 }
	for i := 0; i < 20; i = read(i) * 2 {
		g := func() int { return i }
		n += g()
	}
	fmt.Println(n)

	// A closure in the condition sees each iteration's variable.
	var seen []int
	for i := 0; func() bool { seen = append(seen, i); return i < 3 }(); i++ {
	}
	fmt.Println(seen)

	// A closure in the post statement.
	var posts []func() int
	for i := 0; i < 3; i, posts = i+1, append(posts, func() int { return i }) {
	}
	for _, p := range posts {
		fmt.Print(p(), " ")
	}
	fmt.Println()
}
