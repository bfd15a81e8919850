package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	}
	return "large"
}

func lookup(m map[string]int, k string) string {
	if v, ok := m[k]; ok {
		return fmt.Sprintf("%s=%d", k, v)
	} else if len(k) == 0 {
		return "empty key"
	} else {
		return k + " missing (v=" + fmt.Sprint(v) + ")"
	}
}

func main() {
	if 7%2 == 0 {
		fmt.Println("7 is even")
	} else {
		fmt.Println("7 is odd")
	}
	if 8%4 == 0 {
		fmt.Println("8 is divisible by 4")
	}
	if 8%2 == 0 || 7%2 == 0 {
		fmt.Println("either 8 or 7 are even")
	}
	for _, n := range []int{-5, 0, 3, 42} {
		fmt.Println(n, classify(n))
	}
	if num := 9; num < 0 {
		fmt.Println(num, "is negative")
	} else if num < 10 {
		fmt.Println(num, "has 1 digit")
	} else {
		fmt.Println(num, "has multiple digits")
	}
	m := map[string]int{"a": 1, "b": 0}
	for _, k := range []string{"a", "b", "c", ""} {
		fmt.Println(lookup(m, k))
	}
	// Short-circuit evaluation.
	calls := 0
	check := func(v bool) bool {
		calls++
		return v
	}
	if check(false) && check(true) {
		fmt.Println("unreachable")
	}
	if check(true) || check(false) {
		fmt.Println("short-circuit or")
	}
	fmt.Println("calls:", calls)
	var p *int
	if p != nil && *p > 0 {
		fmt.Println("unreachable")
	} else {
		fmt.Println("nil pointer guarded")
	}
}
