package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Value int
}

func (v *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", v.Field, v.Value)
}

type NotFound string

func (n NotFound) Error() string { return "not found: " + string(n) }

var ErrSentinel = errors.New("sentinel")

func validate(age int) {
	if age < 0 {
		panic(&ValidationError{"age", age})
	}
}

func check(age int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if ve, ok := r.(*ValidationError); ok {
				err = ve
				return
			}
			panic(r)
		}
	}()
	validate(age)
	return nil
}

func lookup(k string) error {
	if k == "s" {
		return ErrSentinel
	}
	return NotFound(k)
}

func main() {
	fmt.Println(check(10))
	err := check(-5)
	fmt.Println(err)
	if ve, ok := err.(*ValidationError); ok {
		fmt.Println(ve.Field, ve.Value)
	}
	e1 := lookup("s")
	fmt.Println(e1 == ErrSentinel, e1)
	e2 := lookup("key")
	fmt.Println(e2, e2 == NotFound("key"))
	switch e := e2.(type) {
	case NotFound:
		fmt.Println("NotFound with", string(e))
	}
	wrapped := fmt.Errorf("ctx: %w", e2)
	fmt.Println(wrapped)
	u, ok := wrapped.(interface{ Unwrap() error })
	fmt.Println(ok, u.Unwrap() == e2)
	fmt.Println(errors.New("a") == errors.New("a"))
}
