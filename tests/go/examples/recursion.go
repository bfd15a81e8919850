package main

import (
	"fmt"
	"strings"
)

func fact(n int) int {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+">"+to)
	hanoi(n-1, via, to, from, moves)
}

func permutations(s []rune) []string {
	if len(s) <= 1 {
		return []string{string(s)}
	}
	var out []string
	for i := range s {
		rest := make([]rune, 0, len(s)-1)
		rest = append(rest, s[:i]...)
		rest = append(rest, s[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, string(s[i])+p)
		}
	}
	return out
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func flatten(v interface{}, indent int) {
	switch t := v.(type) {
	case []interface{}:
		fmt.Println(strings.Repeat("  ", indent) + "list")
		for _, e := range t {
			flatten(e, indent+1)
		}
	default:
		fmt.Println(strings.Repeat("  ", indent), t)
	}
}

func main() {
	fmt.Println(fact(7), fact(20))
	for i := 0; i <= 20; i += 5 {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves[:5])
	fmt.Println(permutations([]rune("abc")))
	fmt.Println(len(permutations([]rune("abcde"))))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	fmt.Println("deep:", depth(100000))
	flatten([]interface{}{1, []interface{}{2, 3, []interface{}{"four"}}, 5}, 0)
}
