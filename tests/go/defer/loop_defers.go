package main

import "fmt"

type Resource struct{ name string }

func open(name string) *Resource {
	fmt.Println("open", name)
	return &Resource{name}
}

func (r *Resource) Close() { fmt.Println("close", r.name) }

func process(names []string) (n int) {
	for _, name := range names {
		r := open(name)
		defer r.Close() // method value: receiver evaluated now
		n++
	}
	fmt.Println("processed", n)
	return
}

func counter() (c int) {
	for i := range 4 {
		defer func() { c += i }()
	}
	return 100
}

func main() {
	fmt.Println(process([]string{"a", "b", "c"}))
	fmt.Println(counter())
	var fns []func()
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Println("arg", n) }(i * 10)
		fns = append(fns, func() { fmt.Println("closure", i) })
	}
	for _, f := range fns {
		defer f()
	}
}
