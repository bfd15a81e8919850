package main

import "fmt"

func main() {
	tri := make([][]int, 5)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	for _, row := range tri {
		fmt.Println(row)
	}
	fmt.Println(tri)
	grid := [][]string{{"a", "b"}, {"c"}, {}}
	grid[2] = append(grid[2], "d", "e")
	grid = append(grid, []string{"f"})
	fmt.Println(grid, len(grid))
	alias := grid[0]
	alias[1] = "B"
	fmt.Println(grid[0])
	flat := []int{}
	for _, r := range tri {
		flat = append(flat, r...)
	}
	fmt.Println(flat, len(flat))
	var jag [][]int
	jag = append(jag, nil, []int{1})
	fmt.Println(jag, jag[0] == nil, len(jag[1]))
	fmt.Printf("%v %d\n", [][]byte{[]byte("hi"), {}}, [][]int{{1, 2}, {3}})
}
