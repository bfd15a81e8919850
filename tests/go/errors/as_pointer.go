package main

import (
	"errors"
	"fmt"
)

type NotFound struct {
	Name string
	Code int
}

func (e *NotFound) Error() string { return fmt.Sprintf("%s not found (code %d)", e.Name, e.Code) }

type Denied struct{ User string }

func (e *Denied) Error() string { return "denied for " + e.User }

func find(name string) error {
	if name == "" {
		return nil
	}
	if name == "secret" {
		return &Denied{User: "guest"}
	}
	return &NotFound{Name: name, Code: 404}
}

func main() {
	err := find("page")
	var nf *NotFound
	fmt.Println("direct:", errors.As(err, &nf), nf.Name, nf.Code, nf == err)

	wrapped := fmt.Errorf("handler: %w", err)
	var nf2 *NotFound
	fmt.Println("wrapped once:", errors.As(wrapped, &nf2), nf2 == nf)

	deep := fmt.Errorf("server: %w", fmt.Errorf("router: %w", wrapped))
	fmt.Println(deep)
	var nf3 *NotFound
	fmt.Println("wrapped three times:", errors.As(deep, &nf3), nf3.Name)

	// A mismatch leaves the target as it was.
	var d *Denied
	fmt.Println("mismatch:", errors.As(deep, &d), d == nil)
	keep := &Denied{User: "previous"}
	d = keep
	fmt.Println("mismatch keeps old value:", errors.As(deep, &d), d == keep, d.User)

	// The first match in the chain wins.
	inner := &NotFound{Name: "inner", Code: 1}
	outer := &wrapNF{NotFound{Name: "outer", Code: 2}, inner}
	var got *NotFound
	fmt.Println("first of two:", errors.As(fmt.Errorf("x: %w", outer), &got), got.Name)
	var w *wrapNF
	fmt.Println("the wrapper type itself:", errors.As(outer, &w), w.NotFound.Name)

	// nil errors and plain errors.
	var none *NotFound
	fmt.Println("nil err:", errors.As(nil, &none), none == nil)
	fmt.Println("plain error:", errors.As(errors.New("plain"), &none), none == nil)
	fmt.Println("secret:", errors.As(find("secret"), &d), d.User)

	// Setting through a pointer to a struct field and a slice element.
	var holder struct {
		e   *NotFound
		tag string
	}
	holder.tag = "kept"
	fmt.Println("into a field:", errors.As(deep, &holder.e), holder.e.Name, holder.tag)
	slots := make([]*Denied, 3)
	fmt.Println("into an element:", errors.As(fmt.Errorf("w: %w", find("secret")), &slots[1]), slots[0] == nil, slots[1].User, slots[2] == nil)
}

type wrapNF struct {
	NotFound
	next error
}

func (w *wrapNF) Error() string { return "wrap: " + w.next.Error() }
func (w *wrapNF) Unwrap() error { return w.next }
