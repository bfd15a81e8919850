package main

import (
	"errors"
	"fmt"
)

type Tag struct{ name string }

func (t *Tag) Error() string { return "tag " + t.name }

func tag(n string) error { return &Tag{n} }

func firstTag(err error) string {
	var t *Tag
	if errors.As(err, &t) {
		return t.name
	}
	return "<none>"
}

func main() {
	// Depth first, left to right.
	tree := errors.Join(
		errors.New("a"),
		errors.Join(errors.New("b"), fmt.Errorf("c: %w", tag("deep-left"))),
		tag("shallow-right"),
	)
	fmt.Println(tree)
	fmt.Println("first tag:", firstTag(tree))

	// fmt.Errorf with several %w makes an Unwrap() []error node.
	multi := fmt.Errorf("both %w and %w", errors.New("x"), tag("second"))
	fmt.Println(multi, "->", firstTag(multi))
	fmt.Println("wrapped multi:", firstTag(fmt.Errorf("outer: %w", multi)))

	// nil entries of Join are dropped; Join of nils is nil.
	fmt.Println(errors.Join(nil, nil) == nil, firstTag(errors.Join(nil, tag("only"), nil)))

	// A tree without tags.
	fmt.Println("none:", firstTag(errors.Join(errors.New("p"), errors.New("q"))))

	// A custom multi-error with a nil inside its slice.
	m := multiErr{nil, errors.New("z"), tag("after-nil")}
	fmt.Println("custom multi:", firstTag(m))

	// Is walks the same trees.
	target := tag("x")
	t2 := errors.Join(errors.New("1"), fmt.Errorf("2: %w", target))
	fmt.Println("Is target:", errors.Is(t2, target), errors.Is(t2, tag("x")))
	fmt.Println("Unwrap of join is nil:", errors.Unwrap(t2) == nil)
	fmt.Println("Unwrap of %w:", errors.Unwrap(fmt.Errorf("2: %w", target)) == target)
}

type multiErr []error

func (m multiErr) Error() string   { return "multi" }
func (m multiErr) Unwrap() []error { return m }
