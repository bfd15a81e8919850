package main

import (
	"errors"
	"fmt"
)

type Legacy struct{ code int }

func (l *Legacy) Error() string { return fmt.Sprintf("legacy %d", l.code) }

type Modern struct{ Code int }

func (m *Modern) Error() string { return fmt.Sprintf("modern %d", m.Code) }

// Legacy converts itself to a *Modern on demand.
func (l *Legacy) As(target any) bool {
	fmt.Printf("  Legacy.As(%T)\n", target)
	if m, ok := target.(**Modern); ok {
		*m = &Modern{Code: l.code * 10}
		return true
	}
	return false
}

// Is treats every *Legacy with the same code as equal.
func (l *Legacy) Is(target error) bool {
	t, ok := target.(*Legacy)
	return ok && t.code == l.code
}

type refuser struct{}

func (refuser) Error() string     { return "refuser" }
func (refuser) As(target any) bool { fmt.Println("  refuser.As called"); return false }

func main() {
	err := fmt.Errorf("wrapped: %w", &Legacy{code: 4})
	var m *Modern
	fmt.Println("As via method:", errors.As(err, &m))
	fmt.Println("got:", m.Code)

	var l *Legacy
	fmt.Println("As the type itself (no method call):", errors.As(err, &l), l.code)

	fmt.Println("Is via method:", errors.Is(err, &Legacy{code: 4}), errors.Is(err, &Legacy{code: 5}))

	var m2 *Modern
	fmt.Println("refusing As:", errors.As(fmt.Errorf("x: %w", refuser{}), &m2), m2 == nil)

	// The As method is tried at every level.
	chain := fmt.Errorf("a: %w", fmt.Errorf("b: %w", refuser{}))
	var mm *Modern
	fmt.Println("chain:", errors.As(errors.Join(chain, &Legacy{code: 1}), &mm), mm.Code)
}
