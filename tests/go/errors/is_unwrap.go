package main

import (
	"errors"
	"fmt"
	"io"
)

var ErrBase = errors.New("base")

type wrapped struct {
	text string
	inner error
}

func (w wrapped) Error() string { return w.text + ": " + w.inner.Error() }
func (w wrapped) Unwrap() error { return w.inner }

type always struct{}

func (always) Error() string        { return "always" }
func (always) Is(target error) bool { return target == io.EOF }

type uncomparableErr []string

func (u uncomparableErr) Error() string { return "uncomparable" }

func main() {
	w1 := wrapped{"one", ErrBase}
	w2 := wrapped{"two", w1}
	fmt.Println(w2, errors.Is(w2, ErrBase), errors.Is(w2, io.EOF))
	fmt.Println(errors.Unwrap(w2) == error(w1), errors.Unwrap(errors.Unwrap(w2)) == ErrBase, errors.Unwrap(ErrBase) == nil)
	fmt.Println("Is nil:", errors.Is(nil, nil), errors.Is(nil, ErrBase), errors.Is(ErrBase, nil))
	fmt.Println("Is method:", errors.Is(always{}, io.EOF), errors.Is(fmt.Errorf("x: %w", always{}), io.EOF), errors.Is(always{}, ErrBase))
	fmt.Println("distinct New:", errors.Is(errors.New("base"), ErrBase))
	fmt.Println("wrapping a nil:", errors.Unwrap(wrapped{"n", nil}) == nil)

	j := errors.Join(io.EOF, w2)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrBase), errors.Is(j, io.ErrUnexpectedEOF))
	single := errors.Join(ErrBase)
	fmt.Println(single, single != ErrBase, errors.Is(single, ErrBase))

	fmt.Println("ErrUnsupported:", errors.ErrUnsupported, errors.Is(fmt.Errorf("op: %w", errors.ErrUnsupported), errors.ErrUnsupported))

	var target wrapped
	fmt.Println("As value struct:", errors.As(fmt.Errorf("top: %w", w2), &target), target.text)

	// Uncomparable error values work with As.
	var u uncomparableErr
	fmt.Println("As uncomparable:", errors.As(fmt.Errorf("w: %w", uncomparableErr{"a", "b"}), &u), u)
}
