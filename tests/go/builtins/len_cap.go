package main

import "fmt"

func main() {
	s := make([]int, 2, 9)
	arr := [5]int{}
	str := "日本"
	m := map[int]int{1: 1, 2: 2}
	ch := make(chan bool, 4)
	ch <- true
	var nilS []int
	var nilM map[string]int
	var nilC chan int
	pa := &arr
	fmt.Println(len(s), cap(s), len(arr), cap(arr), len(str), len(m), len(ch), cap(ch))
	fmt.Println(len(nilS), cap(nilS), len(nilM), len(nilC), cap(nilC), len(pa), cap(pa))
	const c = len("const") + len([3]int{})
	fmt.Println(c)
	var grid [3][7]byte
	fmt.Println(len(grid), len(grid[0]), cap(grid[2][:4]))
	fmt.Println(len([]rune(str)), len(str[3:]))
}
