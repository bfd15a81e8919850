package main

import (
	"errors"
	"fmt"
	"os"
)

type Op struct {
	Name string
	Err  error
}

func (o *Op) Error() string { return o.Name + ": " + o.Err.Error() }
func (o *Op) Unwrap() error { return o.Err }

func main() {
	base := errors.New("disk full")
	op := &Op{"write", base}
	e1 := fmt.Errorf("saving %q: %w", "a.txt", op)
	fmt.Println(e1)
	fmt.Printf("%v|%s|%q\n", e1, e1, e1)
	e2 := fmt.Errorf("no wrap: %v", base)
	fmt.Println(e2)
	var unwrapped error = op
	for unwrapped != nil {
		fmt.Println("->", unwrapped)
		u, ok := unwrapped.(interface{ Unwrap() error })
		if !ok {
			break
		}
		unwrapped = u.Unwrap()
	}
	s := fmt.Sprintf("%s has %d items costing %.2f (%t)", "cart", 3, 9.5, true)
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%v", []error{base, nil, e2}))
	fmt.Println(fmt.Sprintf("%5v|%-10v|", base, op))
	fmt.Fprintln(os.Stderr, "stderr is not compared")
	fmt.Println(errors.New(""), "|")
}
