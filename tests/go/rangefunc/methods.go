// Method values as iterators: value and pointer receivers, methods that
// return iterators, interface methods, embedded types' methods.
package main

import "fmt"

type List struct {
	items []string
}

func (l List) All(yield func(int, string) bool) {
	for i, s := range l.items {
		if !yield(i, s) {
			return
		}
	}
}

func (l *List) Backward(yield func(int, string) bool) {
	for i := len(l.items) - 1; i >= 0; i-- {
		if !yield(i, l.items[i]) {
			return
		}
	}
}

func (l *List) Filter(pred func(string) bool) func(func(string) bool) {
	return func(yield func(string) bool) {
		for _, s := range l.items {
			if pred(s) && !yield(s) {
				return
			}
		}
	}
}

type Ranger interface {
	Each(yield func(int) bool)
}

type Evens struct{ n int }

func (e Evens) Each(yield func(int) bool) {
	for i := 0; i < e.n; i += 2 {
		if !yield(i) {
			return
		}
	}
}

type Odds struct{ n int }

func (o *Odds) Each(yield func(int) bool) {
	for i := 1; i < o.n; i += 2 {
		if !yield(i) {
			return
		}
	}
}

type Wrapper struct {
	List
	name string
}

func main() {
	l := List{items: []string{"x", "yy", "zzz", "w"}}
	for i, s := range l.All {
		fmt.Println(i, s)
	}
	for i, s := range l.Backward {
		fmt.Println("back", i, s)
		if i == 2 {
			break
		}
	}
	for s := range l.Filter(func(s string) bool { return len(s) != 2 }) {
		fmt.Println("filtered", s)
	}

	// The method value binds the receiver when the range starts.
	all := l.All
	l.items = []string{"changed"}
	for i, s := range all {
		fmt.Println("bound", i, s)
	}

	rs := []Ranger{Evens{7}, &Odds{6}}
	for _, r := range rs {
		for v := range r.Each {
			fmt.Print(v, " ")
		}
		fmt.Println()
	}

	w := Wrapper{List: List{items: []string{"p", "q"}}, name: "w"}
	for i, s := range w.All {
		fmt.Println(w.name, i, s)
	}
	for i, s := range w.List.Backward {
		fmt.Println(w.name, "back", i, s)
	}

	// A method expression used as an iterator.
	f := Evens.Each
	for v := range func(y func(int) bool) { f(Evens{5}, y) } {
		fmt.Print(v, ";")
	}
	fmt.Println()
}
