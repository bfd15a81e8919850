package main

import (
	"errors"
	"fmt"
)

var x = "package"

func get() (int, error) { return 5, nil }

func fail() (int, error) { return 0, errors.New("failed") }

func shadowedErr() error {
	var err error
	if true {
		_, err := fail() // shadows err
		_ = err
	}
	return err
}

func namedShadow() (n int, err error) {
	n = 1
	{
		n := 2
		n++
		_ = n
	}
	return
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		x = "block changed"
		fmt.Println(x)
	}
	fmt.Println(x)

	if x := 42; x > 40 {
		fmt.Println("if scope", x)
	} else {
		fmt.Println("else sees", x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop body", x)
	}
	switch x := 3.5; {
	case x > 3:
		fmt.Println("switch scope", x)
	}
	fmt.Println(x)

	// := with one new variable reuses the other.
	a, err := get()
	b, err := fail()
	fmt.Println(a, b, err)

	fmt.Println("shadowed err is nil:", shadowedErr() == nil)
	fmt.Println(namedShadow())

	// Shadowing builtins and types.
	len := func(s string) int { return 99 }
	fmt.Println(len("abc"))
	{
		true := false
		fmt.Println(true)
	}
	{
		type int = string
		var s int = "now a string"
		fmt.Println(s)
	}

	// Closures capture the variable in scope when declared.
	v := 1
	show := func() int { return v }
	{
		v := 2
		_ = v
		fmt.Println(show())
	}
	v = 3
	fmt.Println(show())
	// Function parameter shadowing a package var.
	func(x string) {
		fmt.Println("param", x)
	}("arg")
	// Type switch variable per clause.
	var i interface{} = 7
	switch i := i.(type) {
	case int:
		fmt.Printf("%T %v\n", i, i+1)
	}
	fmt.Printf("%T\n", i)
}
