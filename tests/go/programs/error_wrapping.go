package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrDenied = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type store map[string]string

func (s store) get(k string) (string, error) {
	if k == "secret" {
		return "", &QueryError{k, ErrDenied}
	}
	v, ok := s[k]
	if !ok {
		return "", fmt.Errorf("get %q: %w", k, ErrNotFound)
	}
	return v, nil
}

func lookupAll(s store, keys ...string) error {
	var errs []error
	for _, k := range keys {
		if _, err := s.get(k); err != nil {
			errs = append(errs, fmt.Errorf("lookup: %w", err))
		}
	}
	return errors.Join(errs...)
}

func main() {
	s := store{"a": "apple", "b": "banana"}
	for _, k := range []string{"a", "zzz", "secret"} {
		v, err := s.get(k)
		switch {
		case err == nil:
			fmt.Println("found", v)
		case errors.Is(err, ErrNotFound):
			fmt.Println("missing:", err)
		case errors.Is(err, ErrDenied):
			fmt.Println("denied:", err, "| unwrapped:", errors.Unwrap(err))
		}
	}
	err := lookupAll(s, "a", "x", "secret", "y")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrDenied), errors.Is(err, ErrNotFound), errors.Is(err, errors.New("not found")))
	fmt.Println(errors.Join(nil, nil) == nil, errors.Unwrap(ErrNotFound) == nil)
	both := fmt.Errorf("two: %w and %w", ErrNotFound, ErrDenied)
	fmt.Println(both, errors.Is(both, ErrDenied), errors.Unwrap(both) == nil)
	notErr := fmt.Errorf("not an error: %w", 42)
	fmt.Println(notErr, errors.Unwrap(notErr) == nil)
	fmt.Printf("%T %T %T\n", ErrNotFound, fmt.Errorf("x %w", ErrNotFound), both)
}
