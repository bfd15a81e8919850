package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type MultiErr []error

func (m MultiErr) Error() string {
	s := ""
	for i, e := range m {
		if i > 0 {
			s += "; "
		}
		s += e.Error()
	}
	return s
}
func (m MultiErr) Unwrap() []error { return m }

type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("code=%d", int(c)) }
func (c codeErr) Is(target error) bool {
	t, ok := target.(codeErr)
	return ok && (t == 0 || t == c)
}

func find(key string) error {
	if key == "" {
		return &QueryError{Query: "<empty>", Err: ErrNotFound}
	}
	if key == "root" {
		return fmt.Errorf("find %q: %w", key, ErrPermission)
	}
	return nil
}

func main() {
	e1 := find("")
	e2 := find("root")
	e3 := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", e1))
	for _, e := range []error{e1, e2, e3, find("ok")} {
		fmt.Printf("%-45v notfound=%-5t perm=%t\n", e, errors.Is(e, ErrNotFound), errors.Is(e, ErrPermission))
	}
	fmt.Println(errors.Unwrap(e3))
	fmt.Println(errors.Unwrap(errors.Unwrap(e3)) == e1)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)

	// %v does not wrap.
	flat := fmt.Errorf("flat: %v", ErrNotFound)
	fmt.Println(flat, errors.Is(flat, ErrNotFound), errors.Unwrap(flat) == nil)

	// Multiple %w.
	both := fmt.Errorf("both: %w and %w", ErrNotFound, ErrPermission)
	fmt.Println(both, errors.Is(both, ErrNotFound), errors.Is(both, ErrPermission), errors.Unwrap(both) == nil)

	// errors.Join.
	j := errors.Join(ErrNotFound, nil, codeErr(3))
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, codeErr(3)), errors.Is(j, codeErr(0)), errors.Is(j, codeErr(4)))
	fmt.Println(errors.Join(nil, nil) == nil)

	// Custom Unwrap() []error.
	m := MultiErr{codeErr(1), fmt.Errorf("wrapped: %w", ErrPermission)}
	fmt.Println(m, errors.Is(m, ErrPermission), errors.Is(m, codeErr(1)), errors.Is(m, ErrNotFound))

	// Type assertion along the chain by hand.
	var target *QueryError
	for e := e3; e != nil; e = errors.Unwrap(e) {
		if q, ok := e.(*QueryError); ok {
			target = q
			break
		}
	}
	fmt.Println(target.Query, target.Err)

	// %w with a nil error and with a non-error.
	fmt.Println(fmt.Errorf("nil: %w", nil))
	numFmt := "num: %w"
	fmt.Println(fmt.Errorf(numFmt, 5))
	fmt.Printf("%v|%+v|%s\n", e2, e2, e2)
}
