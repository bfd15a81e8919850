package main

import "fmt"

func fact(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
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

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 3 {
		fmt.Println("move disk 3 from", from, "to", to)
	}
	hanoi(n-1, via, to, from, moves)
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

func permutations(prefix string, rest string, out *[]string) {
	if rest == "" {
		*out = append(*out, prefix)
		return
	}
	for i := 0; i < len(rest); i++ {
		permutations(prefix+rest[i:i+1], rest[:i]+rest[i+1:], out)
	}
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func main() {
	fmt.Println(fact(20), fact(0))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	moves := 0
	hanoi(5, "A", "C", "B", &moves)
	fmt.Println(moves)
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	var perms []string
	permutations("", "abc", &perms)
	fmt.Println(perms)
	fmt.Println(depth(100000))
}
