package main

import (
	"errors"
	"fmt"
)

// Code implements error with a value receiver.
type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

// Detail is a struct with a value receiver and several fields.
type Detail struct {
	Op    string
	Line  int
	Cause float64
	Flags [3]bool
}

func (d Detail) Error() string { return fmt.Sprintf("%s at line %d", d.Op, d.Line) }

// Msg is a string-based error.
type Msg string

func (m Msg) Error() string { return string(m) }

func main() {
	var err error = Code(42)
	var c Code
	fmt.Println("value target:", errors.As(err, &c), c, int(c))
	c = 7
	fmt.Println("wrapped value:", errors.As(fmt.Errorf("w: %w", Code(9)), &c), int(c))

	// A *Code in the error does not match a Code target, and the reverse.
	var pc *Code
	fmt.Println("value err, pointer target:", errors.As(err, &pc), pc == nil)
	x := Code(5)
	var perr error = &x
	c = 0
	fmt.Println("pointer err, value target:", errors.As(perr, &c), int(c))
	fmt.Println("pointer err, pointer target:", errors.As(perr, &pc), pc == &x, *pc)

	d := Detail{Op: "parse", Line: 12, Cause: 2.5, Flags: [3]bool{true, false, true}}
	var got Detail
	fmt.Println("struct value:", errors.As(fmt.Errorf("ctx: %w", d), &got), got.Op, got.Line, got.Cause, got.Flags)
	got.Line = 99
	fmt.Println("copy, not shared:", d.Line)

	var m Msg
	fmt.Println("string value:", errors.As(errors.Join(Code(1), Msg("text message")), &m), string(m))

	// errors.As on a value that is not the first in a Join tree.
	var c2 Code
	fmt.Println("join second:", errors.As(errors.Join(Msg("a"), Detail{Op: "b"}, Code(3)), &c2), int(c2))
	var d2 Detail
	fmt.Println("join middle:", errors.As(errors.Join(Msg("a"), Detail{Op: "b", Line: 4}, Code(3)), &d2), d2)
}
