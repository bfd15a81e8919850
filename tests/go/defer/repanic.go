package main

import "fmt"

func level3() {
	defer fmt.Println("level3 defer")
	panic("original")
}

func level2() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("level2 recovered:", r)
			panic(fmt.Sprintf("re-panic(%v)", r))
		}
	}()
	level3()
}

func level1() (msg string) {
	defer func() {
		msg = fmt.Sprint("level1 recovered: ", recover())
	}()
	level2()
	return "unreached"
}

func replace() (msg interface{}) {
	defer func() { msg = recover() }()
	defer func() { panic("second") }() // replaces the first panic
	panic("first")
}

func main() {
	fmt.Println(level1())
	fmt.Println(replace())
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered", r)
		}()
		defer func() {
			defer func() { fmt.Println("inner recovered:", recover()) }()
			panic("inside deferred")
		}()
		panic("outer")
	}()
}
