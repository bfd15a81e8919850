package main

import "fmt"

type Board struct {
	cells [3][3]byte
	moves int
}

func (b *Board) play(r, c int, who byte) {
	b.cells[r][c] = who
	b.moves++
}

func (b Board) row(r int) string {
	return string(b.cells[r][:])
}

func total(xs [5]int) (sum int) {
	for _, x := range xs {
		sum += x
	}
	xs[0] = 1000 // a copy: the caller's array is unchanged
	return
}

func main() {
	var b Board
	for i := range b.cells {
		for j := range b.cells[i] {
			b.cells[i][j] = '.'
		}
	}
	b.play(1, 1, 'X')
	b.play(0, 2, 'O')
	for r := 0; r < 3; r++ {
		fmt.Println(b.row(r))
	}
	fmt.Println("moves:", b.moves)

	nums := [5]int{4: 50, 1: 10}
	fmt.Println(nums, total(nums), nums)
	s := nums[1:4]
	s = append(s, 99) // fits in the array's capacity: writes nums[4]
	fmt.Println(nums, s, len(s), cap(s))
	s = append(s, 100) // grows: a new array
	s[0] = -1
	fmt.Println(nums, s)

	// Ranging over an array ranges over a copy; over a pointer it does not.
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 30
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(arr)
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 30
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()

	grid := [2][2]string{{"a", "b"}, {"c", "d"}}
	copyGrid := grid
	copyGrid[0][0] = "z"
	fmt.Println(grid, copyGrid, grid == copyGrid, grid[1] == copyGrid[1])
	ptr := &grid[1]
	ptr[1] = "D"
	fmt.Println(grid)
	fmt.Printf("%v %T %d\n", [2]bool{true}, grid, len(grid[0]))
	var keys [4]int
	for i := range len(keys) {
		keys[i] = i * 3
	}
	fmt.Println(keys, keys[len(keys)-1])
}
