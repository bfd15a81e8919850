package main

import "fmt"

type pair struct{ x, y int }

func twice(n int) int { return 2 * n }

func main() {
	// Swaps and steps whose right sides read the variables they assign.
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	for i := 0; i < 5; i++ {
		a, b = b, a+b
	}
	fmt.Println(a, b)
	x, y := 3, 4
	x, y = y+x, x
	fmt.Println(x, y)
	x = y - x*2
	fmt.Println(x)
	x = twice(x) + x
	fmt.Println(x)

	// A slice that is both indexed and reassigned in one statement.
	s := []int{1, 2, 3}
	t := []int{7, 8, 9}
	s[0], s = 100, t
	fmt.Println(s, t)
	u := []int{4, 5, 6}
	s, s[1] = u, 200
	fmt.Println(s, t, u)
	i := 1
	s[i], i = 300, 2
	fmt.Println(s, i)
	i, s[i] = 0, 400
	fmt.Println(s, i)

	// Map entries and their keys.
	m := map[string]int{}
	k := "a"
	m[k], k = 1, "b"
	m[k] = 2
	fmt.Println(m["a"], m["b"], k)

	// Booleans with && and || reading the target.
	ok, yes := true, false
	ok = yes && ok
	fmt.Println(ok)
	ok = !ok || yes
	fmt.Println(ok)

	// Structs rebuilt from their own fields.
	p := pair{1, 2}
	p = pair{p.y, p.x}
	fmt.Println(p)
	q := pair{9, 9}
	p.x, p = 5, q
	fmt.Println(p, q)
	p, p.y = pair{3, 4}, 8
	fmt.Println(p)

	// Strings and float32 rounding.
	str := "go"
	str, str2 := str+"!", str
	str = str2 + str
	fmt.Println(str, str2)
	var f float32 = 0.1
	f, g := f*3, f
	f = f + g
	fmt.Println(f, g)

	// Reversal in place, as fannkuch flips.
	r := []int{1, 2, 3, 4, 5, 6}
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Println(r)
}
