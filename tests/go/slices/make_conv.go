package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	fmt.Println(s, len(s), cap(s))
	s = s[:7]
	fmt.Println(s, len(s))
	s = s[2:]
	fmt.Println(len(s), cap(s))
	type IntList []int
	l := IntList{3, 1, 2}
	fmt.Printf("%T %v %d\n", l, l, len(l))
	raw := []int(l)
	raw[0] = 9
	fmt.Println(l)
	sl := []int{1, 2, 3, 4, 5}
	a4 := [4]int(sl)
	a4[0] = 100
	fmt.Println(a4, sl)
	p := (*[3]int)(sl)
	p[0] = -1
	fmt.Println(*p, sl)
	e := [0]int(sl[:0])
	fmt.Println(e, len(e))
	bs := make([]bool, 2)
	ss := make([]string, 2)
	ps := make([]*int, 2)
	fmt.Println(bs, ss, len(ss[0]), ps[0] == nil)
}
