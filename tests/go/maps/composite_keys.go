package main

import "fmt"

type Cell struct {
	Row, Col int
}

type Edge struct {
	From, To string
}

func main() {
	visited := map[Cell]bool{}
	for r := 0; r < 3; r++ {
		for c := 0; c <= r; c++ {
			visited[Cell{r, c}] = true
		}
	}
	fmt.Println(len(visited), visited[Cell{2, 1}], visited[Cell{1, 2}])
	delete(visited, Cell{0, 0})
	_, ok := visited[Cell{0, 0}]
	fmt.Println(len(visited), ok)

	weights := map[Edge]int{{"a", "b"}: 3, {"b", "c"}: 4}
	weights[Edge{"a", "b"}] += 10
	fmt.Println(weights[Edge{"a", "b"}], weights[Edge{"c", "a"}], len(weights))

	grid := map[[2]int]string{}
	grid[[2]int{1, 2}] = "x"
	grid[[2]int{2, 1}] = "y"
	fmt.Println(grid[[2]int{1, 2}], grid[[2]int{2, 1}], len(grid))

	anyKeys := map[any]int{}
	anyKeys[1]++
	anyKeys[1]++
	anyKeys["1"]++
	anyKeys[int8(1)]++
	anyKeys[Cell{1, 1}]++
	anyKeys[Cell{1, 1}]++
	anyKeys[[2]int{1, 1}]++
	fmt.Println(len(anyKeys), anyKeys[1], anyKeys["1"], anyKeys[int8(1)], anyKeys[Cell{1, 1}], anyKeys[[2]int{1, 1}])

	type pair struct {
		name string
		f    float64
	}
	pf := map[pair]int{}
	pf[pair{"z", 0.0}] = 1
	negZero := 0.0
	negZero = -negZero
	pf[pair{"z", negZero}] = 2 // -0 == +0: the same key
	fmt.Println(len(pf), pf[pair{"z", 0}])

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	anyKeys[[]int{1}] = 1
}
