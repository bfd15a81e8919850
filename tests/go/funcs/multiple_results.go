package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func parse(s string) (n int, err error) {
	if s == "" {
		err = errors.New("empty")
		return
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("bad digit %q in %q", c, s)
		}
		n = n*10 + int(c-'0')
	}
	return
}

func pair() (string, bool) { return "x", true }

func consume(a, b int) int { return a*10 + b }

func minmax(xs ...int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(consume(divmod(47, 10)))
	for _, s := range []string{"123", "", "12a", "007"} {
		n, err := parse(s)
		fmt.Println(n, err)
	}
	_, ok := pair()
	s, _ := pair()
	fmt.Println(s, ok)
	fmt.Println(minmax(5, 3, 9, -2, 7))
	lo, _ := minmax(4)
	fmt.Println(lo)
}
