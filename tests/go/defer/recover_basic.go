package main

import (
	"errors"
	"fmt"
)

func safe(f func()) (r interface{}) {
	defer func() {
		r = recover()
	}()
	f()
	return "no panic"
}

func main() {
	fmt.Println(safe(func() {}))
	fmt.Println(safe(func() { panic("string value") }))
	fmt.Println(safe(func() { panic(42) }))
	fmt.Println(safe(func() { panic(errors.New("an error")) }))
	fmt.Println(safe(func() { panic(fmt.Sprintf("formatted %d", 7)) }))
	r := safe(func() {
		var m map[string]int
		m["x"] = 1
	})
	fmt.Println(r)
	err, ok := r.(error)
	fmt.Println(ok, err.Error())
	r = safe(func() {
		var s []int
		i := 3
		_ = s[i]
	})
	fmt.Println(r)
	r = safe(func() {
		var p *struct{ X int }
		fmt.Println(p.X)
	})
	fmt.Println(r)
	r = safe(func() {
		var e interface{} = "str"
		_ = e.(int)
	})
	fmt.Println(r)
	fmt.Println(recover()) // not panicking: nil
	r = safe(func() { panic(nil) })
	fmt.Println(r)
}
