package main

import "fmt"

type resource struct{ name string }

func open(name string) *resource {
	fmt.Println("open", name)
	return &resource{name}
}

func (r *resource) Close() { fmt.Println("close", r.name) }

func useResources() {
	a := open("a")
	defer a.Close()
	b := open("b")
	defer b.Close()
	fmt.Println("using", a.name, b.name)
}

func loopDefers() {
	for i := range 4 {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop done")
}

func argsEvaluatedEarly() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
}

func counter() (n int) {
	defer func() { n++ }()
	defer func() { n *= 10 }()
	return 4
}

func methodValueDefer() {
	r := &resource{"first"}
	defer r.Close()
	r = &resource{"second"}
	fmt.Println("reassigned r to", r.name)
}

func deferInClosure() {
	func() {
		defer fmt.Println("inner deferred")
		fmt.Println("inner body")
	}()
	fmt.Println("after inner")
}

func deferRecoverRethrow() (msg string) {
	defer func() {
		msg = fmt.Sprint("final: ", recover())
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprint("rethrown(", r, ")"))
		}
	}()
	panic("original")
}

func deferNilCheck() (res string) {
	defer func() { res = fmt.Sprint(recover()) }()
	var f func()
	defer f()
	return "unreachable?"
}

func main() {
	useResources()
	loopDefers()
	argsEvaluatedEarly()
	fmt.Println("counter:", counter())
	methodValueDefer()
	deferInClosure()
	fmt.Println(deferRecoverRethrow())
	fmt.Println(deferNilCheck())
	for i := range 3 {
		func() {
			defer func() { fmt.Print("d", i, " ") }()
			fmt.Print("b", i, " ")
		}()
	}
	fmt.Println()
}
