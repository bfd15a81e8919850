package main

import (
	"fmt"
	"strings"
)

func plus(a int, b int) int { return a + b }

func plusPlus(a, b, c int) int { return a + b + c }

func vals() (int, int) { return 3, 7 }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func namedDefer() (result int) {
	defer func() { result *= 2 }()
	result = 21
	return result
}

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func parse(s string) (string, int, error) {
	parts := strings.Split(s, "=")
	if len(parts) != 2 {
		return "", 0, fmt.Errorf("bad pair %q", s)
	}
	n := 0
	for _, c := range parts[1] {
		if c < '0' || c > '9' {
			return parts[0], 0, fmt.Errorf("bad number %q", parts[1])
		}
		n = n*10 + int(c-'0')
	}
	return parts[0], n, nil
}

func apply(fs []func(int) int, v int) int {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func pass3() (int, string, bool) { return 1, "a", true }

func take3(i int, s string, b bool) string { return fmt.Sprint(i, s, b) }

func main() {
	res := plus(1, 2)
	fmt.Println("1+2 =", res)
	res = plusPlus(1, 2, 3)
	fmt.Println("1+2+3 =", res)
	a, b := vals()
	fmt.Println(a, b)
	_, c := vals()
	fmt.Println(c)
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	q, r = divmod(-17, 5)
	fmt.Println(q, r)
	fmt.Println(namedDefer())
	fmt.Println(split(17))
	for _, in := range []string{"a=12", "b=x1", "novalue"} {
		k, v, err := parse(in)
		if err != nil {
			fmt.Println("error:", err, "key:", k)
			continue
		}
		fmt.Println(k, v)
	}
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	fmt.Println(apply([]func(int) int{double, inc, double}, 5))
	fmt.Println(take3(pass3()))
	fmt.Println(pass3())
	// Function values compared to nil.
	var f func()
	fmt.Println(f == nil)
	f = func() { fmt.Println("called f") }
	f()
	// Immediately invoked function literal.
	total := func(xs ...int) (s int) {
		for _, x := range xs {
			s += x
		}
		return
	}(1, 2, 3, 4)
	fmt.Println(total)
	fmt.Printf("%T\n%T\n%T\n", plus, divmod, apply)
}
