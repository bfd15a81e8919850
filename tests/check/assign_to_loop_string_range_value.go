package main

import "fmt"

type point struct{ x, y int }

func main() {
	pts := map[int]point{1: {1, 2}}
	for k := range pts {
		pts[k].x *= 2 // ERROR "cannot assign to struct field pts\[k\].x in map"
	}
	fmt.Println(pts)
}
