package main

import "fmt"

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func filter(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	s := []int{10, 20, 30, 40, 50}
	s = remove(s, 1)
	fmt.Println(s, len(s), cap(s))
	s = insert(s, 2, 35)
	fmt.Println(s, len(s), cap(s))
	s = insert(s, 0, 5)
	fmt.Println(s, len(s), cap(s))
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9}
	evens := filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens, nums)
	stack := []string{}
	stack = append(stack, "a", "b", "c")
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack)
	queue := []int{1, 2, 3}
	head := queue[0]
	queue = queue[1:]
	fmt.Println(head, queue, cap(queue))
	rev := []int{1, 2, 3, 4}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	fmt.Println(rev)
}
