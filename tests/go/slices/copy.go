package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	n = copy(src[1:], src) // overlapping: behaves like memmove
	fmt.Println(n, src)
	s := []int{1, 2, 3, 4, 5}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b[:3]))
	var nilS []int
	fmt.Println(copy(nilS, src), copy(dst, nilS))
	arr := [4]string{"w", "x", "y", "z"}
	n = copy(arr[1:], []string{"A", "B", "C", "D"})
	fmt.Println(n, arr)
}
