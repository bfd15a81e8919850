package main

import "fmt"

func main() {
	visited := map[[]int]bool{} // ERROR "invalid map key type \[\]int"
	fmt.Println(visited)
}
