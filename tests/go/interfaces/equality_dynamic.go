package main

import "fmt"

type Key struct {
	X, Y int
	S    string
}

type Stringish string

func main() {
	var a, b any
	fmt.Println(a == nil, a == b)
	a, b = 1, 1
	fmt.Println(a == b, a != b)
	b = int64(1)
	fmt.Println(a == b) // different dynamic types
	a, b = "go", "go"
	fmt.Println(a == b)
	b = Stringish("go")
	fmt.Println(a == b)
	a, b = Key{1, 2, "k"}, Key{1, 2, "k"}
	fmt.Println(a == b)
	b = Key{1, 2, "K"}
	fmt.Println(a == b)
	x, y := 0.0, -0.0
	a, b = x, y
	fmt.Println(a == b)
	p := &Key{}
	a, b = p, p
	fmt.Println(a == b, a == any(&Key{}))
	var e1, e2 error
	fmt.Println(e1 == e2)
	// Comparing an interface with a concrete value converts the value.
	a = 42
	fmt.Println(a == 42, a == 43)
	switch a {
	case "42":
		fmt.Println("string")
	case 42:
		fmt.Println("int 42")
	}
	defer func() {
		fmt.Println("deferred before the panic ends the program")
	}()
	a, b = []int{1}, []int{1}
	fmt.Println(a == b)
}
