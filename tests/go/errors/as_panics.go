package main

import (
	"errors"
	"fmt"
)

type E struct{}

func (*E) Error() string { return "E" }

type NotAnError struct{ x int }

func try(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", label, r)
		}
	}()
	f()
	fmt.Printf("%s: no panic\n", label)
}

func main() {
	err := errors.New("boom")
	try("nil target", func() { errors.As(err, nil) })
	try("non-pointer", func() {
		var e *E
		errors.As(err, e)
	})
	try("nil pointer", func() {
		var pp **E
		errors.As(err, pp)
	})
	try("int value", func() { errors.As(err, 5) })
	try("pointer to int", func() {
		var i int
		errors.As(err, &i)
	})
	try("pointer to struct without Error", func() {
		var n NotAnError
		errors.As(err, &n)
	})
	try("pointer to E (value type without methods)", func() {
		var e E
		errors.As(err, &e)
	})
	try("pointer to string", func() {
		var s string
		errors.As(err, &s)
	})
	try("nil err skips the checks", func() {
		fmt.Println("  result:", errors.As(nil, nil), errors.As(nil, 5))
	})
	try("valid", func() {
		var e *E
		fmt.Println("  result:", errors.As(err, &e))
	})
	var r any
	func() {
		defer func() { r = recover() }()
		errors.As(err, 1.5)
	}()
	fmt.Printf("recovered a %T: %v\n", r, r)
}
