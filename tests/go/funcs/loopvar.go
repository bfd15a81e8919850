package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fs = nil
	for _, v := range []int{10, 20, 30} {
		fs = append(fs, func() int { return v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fs = nil
	for i := range 3 {
		fs = append(fs, func() int { return i * 100 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// modifying the loop variable inside the body affects the next iteration's copy
	var ps []*int
	for i := 0; i < 6; i++ {
		ps = append(ps, &i)
		i++
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	// the closure captures the per-iteration variable, which the post statement copies
	var gs []func() int
	for i := 0; i < 3; i++ {
		gs = append(gs, func() int { i += 10; return i })
	}
	fmt.Println(gs[0](), gs[0](), gs[1](), gs[2]())
	shared := 0
	var hs []func()
	for range 3 {
		hs = append(hs, func() { shared++ })
	}
	for _, h := range hs {
		h()
	}
	fmt.Println(shared)
}
