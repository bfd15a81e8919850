package main

import (
	"errors"
	"fmt"
)

type temporary interface {
	Temporary() bool
}

type timeout interface {
	error
	Timeout() bool
}

type netErr struct {
	msg  string
	temp bool
}

func (e *netErr) Error() string   { return e.msg }
func (e *netErr) Temporary() bool { return e.temp }
func (e *netErr) Timeout() bool   { return !e.temp }

type plain struct{}

func (plain) Error() string { return "plain" }

func main() {
	base := &netErr{msg: "connection reset", temp: true}
	err := fmt.Errorf("fetch: %w", base)

	var t temporary
	fmt.Println("temporary:", errors.As(err, &t), t != nil && t.Temporary())
	fmt.Println("same value:", t == temporary(base))

	var to timeout
	fmt.Println("timeout:", errors.As(err, &to), to.Timeout(), to.Error())

	// error as the target type: the first error itself matches.
	var e error
	fmt.Println("error target:", errors.As(err, &e), e == err, e)

	var anyVal any
	fmt.Println("any target:", errors.As(err, &anyVal), anyVal == any(err))

	// An interface that nothing in the chain implements.
	var s fmt.Stringer
	fmt.Println("Stringer:", errors.As(err, &s), s == nil)
	var t2 temporary
	fmt.Println("plain error:", errors.As(fmt.Errorf("w: %w", plain{}), &t2), t2 == nil)

	// Anonymous interface types.
	var u interface{ Unwrap() error }
	fmt.Println("unwrapper:", errors.As(err, &u), u.Unwrap() == error(base))
	var multi interface{ Unwrap() []error }
	j := errors.Join(plain{}, base)
	fmt.Println("multi unwrapper:", errors.As(fmt.Errorf("w: %w", j), &multi), len(multi.Unwrap()))

	// Interface target with a value-receiver implementation.
	var p interface{ Error() string }
	fmt.Println("value receiver:", errors.As(plain{}, &p), p)
}
