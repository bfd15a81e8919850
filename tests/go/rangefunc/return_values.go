// return from inside range-over-func bodies: no results, unnamed results
// of several kinds, named results (seen by deferred calls), a call's
// results, and from nested loops.
package main

import (
	"errors"
	"fmt"
)

func nums(yield func(int) bool) {
	defer fmt.Println("  nums cleanup")
	for i := 0; i < 10; i++ {
		if !yield(i) {
			return
		}
	}
}

func words(yield func(int, string) bool) {
	for i, w := range []string{"alpha", "beta", "gamma", "delta"} {
		if !yield(i, w) {
			return
		}
	}
}

func firstOver(n int) int {
	for x := range nums {
		if x > n {
			return x
		}
	}
	return -1
}

func lookup(s string) (int, string, error) {
	for i, w := range words {
		if w == s {
			return i, w + "!", nil
		}
	}
	return -1, "", errors.New("no " + s)
}

func plain(stop int) {
	for x := range nums {
		if x == stop {
			fmt.Println("plain return at", x)
			return
		}
	}
	fmt.Println("plain fell through")
}

func named(n int) (res int, msg string) {
	defer func() {
		msg += " (deferred saw " + fmt.Sprint(res) + ")"
	}()
	for x := range nums {
		if x == n {
			res = x * 100
			return res + 1, "early"
		}
	}
	return 0, "late"
}

func bare(n int) (res int) {
	for x := range nums {
		res += x
		if x == n {
			return
		}
	}
	res = -res
	return
}

func two() (int, int) { return 7, 8 }

func tuple() (int, int) {
	for range nums {
		return two()
	}
	return 0, 0
}

func nested(target int) (int, int) {
	for a := range nums {
		for b := range nums {
			if a*b == target && a > 1 {
				return a, b
			}
			if b > 5 {
				break
			}
		}
	}
	return -1, -1
}

type pt struct{ x, y int }

func structs() (pt, []int, any) {
	for x := range nums {
		if x == 2 {
			return pt{x, x + 1}, []int{x, x}, x
		}
	}
	return pt{}, nil, nil
}

func main() {
	fmt.Println(firstOver(3))
	fmt.Println(firstOver(30))
	fmt.Println(lookup("gamma"))
	fmt.Println(lookup("omega"))
	plain(2)
	plain(20)
	fmt.Println(named(4))
	fmt.Println(named(40))
	fmt.Println(bare(3))
	fmt.Println(bare(30))
	fmt.Println(tuple())
	fmt.Println(nested(12))
	fmt.Println(nested(1000))
	fmt.Println(structs())
}
