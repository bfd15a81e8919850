package main

import (
	"errors"
	"fmt"
)

func mayPanic() { panic("a problem") }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func safeIndex(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return s[i], nil
}

type MyErr struct{ msg string }

func (e MyErr) Error() string { return "MyErr: " + e.msg }

func panicWith(v interface{}) (out string) {
	defer func() {
		r := recover()
		out = fmt.Sprintf("%T: %v", r, r)
		if err, ok := r.(error); ok {
			out += " [error " + err.Error() + "]"
		}
	}()
	panic(v)
}

func nested() (s string) {
	defer func() {
		s += fmt.Sprint(" outer:", recover())
	}()
	defer func() {
		defer func() { s += fmt.Sprint(" inner:", recover()) }()
		panic("second")
	}()
	panic("first")
}

func noPanic() (r interface{}) {
	defer func() { r = recover() }()
	return "value"
}

func helper() interface{} { return recover() }

func notDirect() (res string) {
	defer func() {
		res = fmt.Sprint("direct:", recover())
	}()
	defer func() {
		res = fmt.Sprint("indirect:", helper())
	}()
	panic("p")
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("Recovered. Error:\n", r)
		}
	}()
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(safeIndex([]int{1, 2}, 5))
	var m map[string]int
	func() {
		defer func() { fmt.Println("nil map:", recover()) }()
		m["x"] = 1
	}()
	func() {
		defer func() { fmt.Println("nil ptr:", recover()) }()
		var p *MyErr
		fmt.Println(p.msg)
	}()
	func() {
		defer func() { fmt.Println("assert:", recover()) }()
		var i interface{} = 1
		fmt.Println(i.(string))
	}()
	fmt.Println(panicWith("str"))
	fmt.Println(panicWith(42))
	fmt.Println(panicWith(MyErr{"custom"}))
	fmt.Println(panicWith(errors.New("plain")))
	fmt.Println(panicWith(fmt.Sprintf("%d", 7)))
	fmt.Println(nested())
	fmt.Println(noPanic())
	fmt.Println(notDirect())
	mayPanic()
	fmt.Println("After mayPanic()")
}
