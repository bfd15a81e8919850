package main

import "fmt"

type point struct{ x, y int }

type label struct {
	name string
	at   point
	w    float64
	_    int
	next *label
	on   bool
}

type alias = point

func main() {
	a, b := point{1, 2}, point{1, 2}
	fmt.Println(a == b, a != b, a == point{2, 1})
	var z alias
	fmt.Println(z == point{}, z != a)

	shared := &label{name: "tail"}
	l1 := label{name: "go" + "pher", at: a, w: 0.5, next: shared, on: true}
	l2 := label{name: "gopher", at: b, w: 0.5, next: shared, on: true}
	fmt.Println(l1 == l2)
	l2.at.y = 3
	fmt.Println(l1 == l2)
	l2.at.y = 2
	l2.next = &label{name: "tail"}
	fmt.Println(l1 == l2, *l1.next == *l2.next)

	zero := 0.0
	nan := label{w: zero / zero}
	fmt.Println(nan == nan, nan != nan)
	negz := label{w: -zero}
	fmt.Println(negz == label{})

	anon1 := struct {
		s string
		n int
	}{"k", 1}
	anon2 := struct {
		s string
		n int
	}{"k", 1}
	fmt.Println(anon1 == anon2)

	count := 0
	pts := []point{{1, 1}, {2, 2}, {1, 1}}
	for i := range pts {
		for j := i + 1; j < len(pts); j++ {
			if pts[i] == pts[j] {
				count++
			}
		}
	}
	fmt.Println("duplicates:", count)
}
