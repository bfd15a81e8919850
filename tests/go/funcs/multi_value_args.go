package main

import "fmt"

type vec struct{ x, y float64 }

func divmod(a, b int) (int, int) { return a / b, a % b }

func show(q, r int) string { return fmt.Sprintf("q=%d r=%d", q, r) }

func split(s string) (string, []string, int) {
	return s[:1], []string{s[1:], s}, len(s)
}

func describe(head string, rest []string, n int) string {
	return fmt.Sprint(head, rest, n)
}

func (v vec) scaled(k, j float64) vec { return vec{v.x * k, v.y * j} }

func factors() (float64, float64) { return 2, 0.5 }

func swap(a, b string) (string, string) { return b, a }

func main() {
	fmt.Println(show(divmod(17, 5)))
	fmt.Println(describe(split("gopher")))
	v := vec{3, 4}
	w := v.scaled(factors())
	fmt.Println(w.x, w.y)
	a, b := swap(swap("first", "second"))
	fmt.Println(a, b)
	apply := func(q, r int) int { return q*10 + r }
	fmt.Println(apply(divmod(47, 10)))
}
