package main

import "fmt"

type resource struct {
	name   string
	closed bool
}

func open(name string, lines []string) (*resource, func(func(int, string) bool)) {
	r := &resource{name: name}
	return r, func(yield func(int, string) bool) {
		defer func() {
			r.closed = true
			fmt.Println("  closed", r.name)
		}()
		for i, l := range lines {
			if !yield(i+1, l) {
				fmt.Println("  consumer stopped at line", i+1)
				return
			}
		}
	}
}

func main() {
	lines := []string{"header", "a", "b", "END", "junk"}
	r, it := open("f1", lines)
	for n, l := range it {
		if l == "END" {
			break
		}
		fmt.Println(n, l)
	}
	fmt.Println("closed?", r.closed)
	r2, it2 := open("f2", lines[:2])
	for range it2 {
	}
	fmt.Println("closed?", r2.closed)
	_, it3 := open("f3", lines)
	func() {
		for n := range it3 {
			if n == 2 {
				return
			}
		}
	}()
	fmt.Println("done")
}
