package main

import (
	"errors"
	"fmt"
)

func f(arg int) (int, error) {
	if arg == 42 {
		return -1, errors.New("can't work with 42")
	}
	return arg + 3, nil
}

var ErrOutOfTea = fmt.Errorf("no more tea available")
var ErrPower = fmt.Errorf("can't boil water")

func makeTea(arg int) error {
	if arg == 2 {
		return ErrOutOfTea
	} else if arg == 4 {
		return fmt.Errorf("making tea: %w", ErrPower)
	}
	return nil
}

type argError struct {
	arg     int
	message string
}

func (e *argError) Error() string { return fmt.Sprintf("%d - %s", e.arg, e.message) }

func g(arg int) (int, error) {
	if arg == 42 {
		return -1, &argError{arg, "can't work with it"}
	}
	return arg + 3, nil
}

type ValueErr struct{ Code int }

func (v ValueErr) Error() string { return fmt.Sprintf("code %d", v.Code) }

func mayFail(n int) error {
	if n%2 == 1 {
		return ValueErr{n}
	}
	return nil
}

// A nil *argError stored in an error is not a nil error.
func tricky(fail bool) error {
	var p *argError
	if fail {
		p = &argError{0, "failed"}
	}
	return p
}

func main() {
	for _, i := range []int{7, 42} {
		if r, e := f(i); e != nil {
			fmt.Println("f failed:", e)
		} else {
			fmt.Println("f worked:", r)
		}
	}
	for i := range 5 {
		if err := makeTea(i); err != nil {
			if errors.Is(err, ErrOutOfTea) {
				fmt.Println("We should buy new tea!")
			} else if errors.Is(err, ErrPower) {
				fmt.Println("Now it is dark.", err)
			} else {
				fmt.Printf("unknown error: %s\n", err)
			}
			continue
		}
		fmt.Println("Tea is ready!")
	}
	_, err := g(42)
	if ae, ok := err.(*argError); ok {
		fmt.Println(ae.arg, "/", ae.message)
	}
	fmt.Println(err)
	fmt.Printf("%v | %s | %q\n", err, err, err)

	for i := range 3 {
		err := mayFail(i)
		switch e := err.(type) {
		case nil:
			fmt.Println(i, "ok")
		case ValueErr:
			fmt.Println(i, "value error", e.Code, e)
		}
	}
	e1 := tricky(false)
	fmt.Println(e1 == nil, e1 != nil)
	fmt.Println(errors.New("x") == errors.New("x"))
	v1, v2 := error(ValueErr{1}), error(ValueErr{1})
	fmt.Println(v1 == v2, errors.Is(v1, ValueErr{1}), errors.Is(v1, ValueErr{2}))
	var nilErr error
	fmt.Println(nilErr, errors.Is(nilErr, nil), errors.Unwrap(nilErr))
	fmt.Printf("%v %d\n", ValueErr{7}, ValueErr{7})
}
