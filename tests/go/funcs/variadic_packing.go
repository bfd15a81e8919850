package main

import "fmt"

type acc struct{ total int }

func (a *acc) add(label string, xs ...int) {
	for _, x := range xs {
		a.total += x
	}
	fmt.Println(label, len(xs), cap(xs), xs == nil, a.total)
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func describe(prefix string, width float64, names ...string) string {
	out := fmt.Sprintf("%s(%.1f):", prefix, width)
	for i, n := range names {
		out += fmt.Sprintf(" %d=%s", i, n)
	}
	return out
}

func mutate(xs ...int) { xs[0] = 99 }

type pair struct{ k, v string }

func pairs(ps ...pair) int { return len(ps) * 10 }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3), sum([]int{4, 5}...))
	fmt.Println(describe("none", 1))
	fmt.Println(describe("some", 2.5, "a", "b", "c"))
	var a acc
	a.add("empty")
	a.add("three", 1, 2, 3)
	a.add("spread", []int{10, 20}...)
	f := func(l string, xs ...int) { a.add(l, xs...) }
	f("value", 7, 8)
	own := []int{1, 2}
	mutate(own...)
	fmt.Println(own)
	fresh := 5
	mutate(fresh, 6)
	fmt.Println(fresh)
	fmt.Println(pairs(pair{"a", "b"}, pair{"c", "d"}), pairs())
	g := func(parts ...[]byte) int {
		n := 0
		for _, p := range parts {
			n += len(p)
		}
		return n
	}
	fmt.Println(g([]byte("ab"), nil, []byte("cde")))
}
