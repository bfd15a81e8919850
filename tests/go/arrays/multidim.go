package main

import "fmt"

func main() {
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*10 + j
		}
	}
	fmt.Println(grid)
	row := grid[1]
	row[0] = -1
	fmt.Println(grid[1], row)
	fmt.Println(len(grid), len(grid[0]))
	id := [3][3]float64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	for _, r := range id {
		fmt.Println(r)
	}
	cube := [2][2][2]string{{{"a", "b"}, {"c", "d"}}, {{"e", "f"}, {"g", "h"}}}
	fmt.Println(cube[1][0][1], cube)
	p := &grid[2]
	p[3] = 99
	fmt.Println(grid[2])
	t := grid
	t[0][0] = 1000
	fmt.Println(grid[0][0], t[0][0])
}
