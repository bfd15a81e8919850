package main

import "fmt"

type Cell struct {
	Alive bool
	N     int
}

func main() {
	var cells [5]Cell
	for i := range cells {
		cells[i].N = i * i
		cells[i].Alive = i%2 == 0
	}
	fmt.Println(cells)
	fmt.Printf("%+v\n", cells[1])
	for _, c := range cells {
		c.N = -1 // copies
	}
	fmt.Println(cells[0].N)
	for i := range cells {
		c := &cells[i]
		c.N++
	}
	fmt.Println(cells)
	arrPtr := &cells
	arrPtr[0].N = 77
	fmt.Println(cells[0], len(arrPtr))
	for i, c := range arrPtr {
		if i == 0 {
			arrPtr[4].N = 1000
		}
		fmt.Print(c.N, " ")
	}
	fmt.Println()
	m := map[[2]int]string{{1, 2}: "a", {2, 1}: "b"}
	fmt.Println(m[[2]int{2, 1}], m)
}
