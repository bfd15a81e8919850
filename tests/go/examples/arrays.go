package main

import "fmt"

type Grid [3][3]int

func (g Grid) Transposed() Grid {
	var t Grid
	for i := range g {
		for j := range g[i] {
			t[j][i] = g[i][j]
		}
	}
	return t
}

func bump(a [4]int) [4]int {
	a[0] += 100
	return a
}

func bumpPtr(a *[4]int) { a[0] += 100 }

func main() {
	var a [5]int
	fmt.Println("empty:", a)
	a[4] = 100
	fmt.Println("set:", a, "get:", a[4], "len:", len(a))

	b := [5]int{1, 2, 3, 4, 5}
	fmt.Println("dcl:", b)
	c := [...]int{1, 2, 3}
	fmt.Println(c, len(c))
	d := [...]string{3: "three", 1: "one"}
	fmt.Printf("%q %d\n", d, len(d))
	e := [5]int{100, 3: 400, 500}
	fmt.Println("idx:", e)

	var twoD [2][3]int
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			twoD[i][j] = i + j
		}
	}
	fmt.Println("2d:", twoD)

	g := Grid{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(g.Transposed())
	fmt.Printf("%v\n%+v\n", g[1], g)

	// Arrays are values.
	x := [4]int{1, 2, 3, 4}
	y := x
	y[1] = 20
	fmt.Println(x, y, x == y, x == [4]int{1, 2, 3, 4})
	z := bump(x)
	fmt.Println(x, z)
	bumpPtr(&x)
	fmt.Println(x)

	// Arrays of structs and arrays as map keys.
	type P struct{ X, Y int }
	ps := [2]P{{1, 2}, {3, 4}}
	ps[1].X = 30
	fmt.Printf("%v %+v\n", ps, ps)
	seen := map[[2]int]string{{0, 0}: "origin", {1, 0}: "east"}
	fmt.Println(seen[[2]int{1, 0}], seen[[2]int{9, 9}] == "", len(seen))

	// Range over array copies it.
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 99
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(arr)
	// Range over pointer to array does not copy.
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 99
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	// Slicing an array shares storage.
	s := arr[1:]
	s[0] = -1
	fmt.Println(arr, s, len(s), cap(s))
	fmt.Printf("%T %T\n", arr, s)
}
