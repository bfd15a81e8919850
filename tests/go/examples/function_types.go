package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler func(string) string

func (h Handler) Then(next Handler) Handler {
	return func(s string) string { return next(h(s)) }
}

type Middleware func(Handler) Handler

func logging(tag string, log *[]string) Middleware {
	return func(h Handler) Handler {
		return func(s string) string {
			*log = append(*log, tag+" in:"+s)
			out := h(s)
			*log = append(*log, tag+" out:"+out)
			return out
		}
	}
}

type Predicate func(int) bool

func (p Predicate) And(q Predicate) Predicate { return func(n int) bool { return p(n) && q(n) } }
func (p Predicate) Not() Predicate            { return func(n int) bool { return !p(n) } }

func filter(xs []int, p Predicate) []int {
	var out []int
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}

type BinOp func(float64, float64) float64

var ops = map[string]BinOp{
	"+": func(a, b float64) float64 { return a + b },
	"-": func(a, b float64) float64 { return a - b },
	"*": func(a, b float64) float64 { return a * b },
	"/": func(a, b float64) float64 { return a / b },
}

type visitor func(depth int, name string) bool

func walk(tree map[string][]string, node string, depth int, v visitor) {
	if !v(depth, node) {
		return
	}
	for _, child := range tree[node] {
		walk(tree, child, depth+1, v)
	}
}

func main() {
	trim := Handler(strings.TrimSpace)
	upper := Handler(strings.ToUpper)
	exclaim := Handler(func(s string) string { return s + "!" })
	pipeline := trim.Then(upper).Then(exclaim)
	fmt.Println(pipeline("  hello  "))

	var log []string
	wrapped := logging("outer", &log)(logging("inner", &log)(pipeline))
	fmt.Println(wrapped(" go "))
	fmt.Println(strings.Join(log, "\n"))

	even := Predicate(func(n int) bool { return n%2 == 0 })
	big := Predicate(func(n int) bool { return n > 5 })
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	fmt.Println(filter(nums, even), filter(nums, even.And(big)), filter(nums, even.Not().And(big.Not())))

	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("6 %s 4 = %g\n", k, ops[k](6, 4))
	}

	tree := map[string][]string{"root": {"a", "b"}, "a": {"a1", "a2"}, "b": {"b1"}, "a2": {"deep"}}
	walk(tree, "root", 0, func(d int, n string) bool {
		fmt.Println(strings.Repeat("  ", d) + n)
		return n != "a2"
	})
	var nilFn Handler
	fmt.Println(nilFn == nil)
	fmt.Printf("%T %T\n", pipeline, ops["+"])
}
