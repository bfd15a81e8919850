package main

import "fmt"

func helper() interface{} { return recover() } // not called directly by the deferred function

func indirect() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("outer recovered: ", r)
		}
	}()
	defer func() {
		r := helper()
		fmt.Println("helper got:", r)
	}()
	panic("boom")
}

func direct() (out string) {
	defer func() {
		out = fmt.Sprint("direct: ", recover())
	}()
	panic("bang")
}

func deferredRecover() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("caught ", r)
		}
	}()
	// runs first; recover is the deferred call itself, not called by a
	// deferred function, so it returns nil and the panic goes on
	defer recover()
	panic("p")
}

func twice() {
	defer func() {
		fmt.Println("first recover:", recover())
		fmt.Println("second recover:", recover())
	}()
	panic("once")
}

func continues() int {
	x := 0
	func() {
		defer func() { recover() }()
		x = 1
		panic("stop")
	}()
	x++
	return x
}

func main() {
	fmt.Println(indirect())
	fmt.Println(direct())
	fmt.Println(deferredRecover())
	twice()
	fmt.Println(continues())
}
