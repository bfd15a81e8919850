package main

import "fmt"

var global []int

func main() {
	var s []string
	fmt.Println("uninit:", s, s == nil, len(s) == 0)

	s = make([]string, 3)
	fmt.Println("emp:", s, "len:", len(s), "cap:", cap(s))
	s[0] = "a"
	s[1] = "b"
	s[2] = "c"
	fmt.Println("set:", s, "get:", s[2])

	s = append(s, "d")
	s = append(s, "e", "f")
	fmt.Println("apd:", s)

	c := make([]string, len(s))
	n := copy(c, s)
	fmt.Println("cpy:", c, n)

	l := s[2:5]
	fmt.Println("sl1:", l)
	l = s[:5]
	fmt.Println("sl2:", l)
	l = s[2:]
	fmt.Println("sl3:", l)

	t := []string{"g", "h", "i"}
	fmt.Println("dcl:", t)
	t2 := []string{"g", "h", "i"}
	if equal(t, t2) {
		fmt.Println("t == t2")
	}

	twoD := make([][]int, 3)
	for i := 0; i < 3; i++ {
		innerLen := i + 1
		twoD[i] = make([]int, innerLen)
		for j := 0; j < innerLen; j++ {
			twoD[i][j] = i + j
		}
	}
	fmt.Println("2d: ", twoD)

	// Growth of a global slice (heap capacities).
	for i := range 10 {
		global = append(global, i)
		fmt.Print(len(global), "/", cap(global), " ")
	}
	fmt.Println()

	// copy with overlap and short destination.
	nums := []int{1, 2, 3, 4, 5}
	copy(nums[1:], nums)
	fmt.Println(nums)
	short := make([]int, 2)
	fmt.Println(copy(short, nums), short)
	bs := make([]byte, 3)
	fmt.Println(copy(bs, "hello"), bs, string(bs))

	// Deleting from the middle.
	del := []int{0, 1, 2, 3, 4, 5}
	del = append(del[:2], del[3:]...)
	fmt.Println(del, len(del))

	// Inserting.
	ins := []int{1, 2, 4}
	ins = append(ins[:2], append([]int{3}, ins[2:]...)...)
	fmt.Println(ins)

	// Filter in place.
	data := []int{1, 2, 3, 4, 5, 6, 7, 8}
	kept := data[:0]
	for _, v := range data {
		if v%3 != 0 {
			kept = append(kept, v)
		}
	}
	fmt.Println(kept, data)

	// Reverse.
	for i, j := 0, len(kept)-1; i < j; i, j = i+1, j-1 {
		kept[i], kept[j] = kept[j], kept[i]
	}
	fmt.Println(kept)
	fmt.Println(index(kept, 5) >= 0, index(kept, 4), index(kept, 3))
	fmt.Printf("%v %d %x %q\n", []int(nil), []int{}, []byte("hi"), []string{"a", "b"})
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func index(s []int, v int) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}
