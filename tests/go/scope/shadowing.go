package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x, show())
	{
		x := "block"
		fmt.Println(x)
		x = "block2"
		_ = x
	}
	fmt.Println(x)
	for x := 0; x < 2; x++ {
		fmt.Println("loop", x)
	}
	if x := 3.5; x > 1 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	switch x := true; x {
	case true:
		fmt.Println("switch", x)
	}
	f := func(x int) int { return x * 2 }
	fmt.Println(f(21), x)
	err := fmt.Errorf("outer")
	if true {
		err := fmt.Errorf("inner")
		_ = err
	}
	fmt.Println(err)
	len := func(s string) int { return 99 } // shadows the builtin
	fmt.Println(len("abc"))
	type int = string
	var s int = "int is now string"
	fmt.Println(s)
	true := false
	fmt.Println(true)
}
