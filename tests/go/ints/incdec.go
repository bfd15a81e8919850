package main

import "fmt"

type Counter struct{ n int }

func main() {
	i := 0
	i++
	i++
	i--
	fmt.Println(i)
	arr := []int{5, 6}
	arr[1]++
	arr[0]--
	fmt.Println(arr)
	c := Counter{}
	c.n++
	p := &c
	p.n++
	(*p).n++
	fmt.Println(c.n)
	m := map[int]int{}
	m[3]++
	m[3]++
	fmt.Println(m[3], len(m))
	var f float64 = 0.5
	f++
	fmt.Println(f)
	var u uint8 = 255
	u++
	fmt.Println(u)
}
