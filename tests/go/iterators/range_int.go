package main

import "fmt"

type Count uint8

func main() {
	for i := range 4 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for range 3 {
		fmt.Print("x")
	}
	fmt.Println()
	n := 0
	for i := range 0 {
		n += i + 1
	}
	for i := range -5 {
		n += i + 1
	}
	fmt.Println("n", n)
	var c Count = 3
	for i := range c {
		fmt.Printf("%T %v ", i, i)
	}
	fmt.Println()
	for i := range int64(2) {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
	m := 3
	for i := range m {
		m = 10 // the count is evaluated once
		fmt.Print(i, " ")
	}
	fmt.Println(m)
	var j int
	for j = range 5 {
	}
	fmt.Println("j", j)
	const k = 2
	for i := range k {
		fmt.Printf("%T %d\n", i, i)
	}
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i })
	}
	fmt.Println(fs[0](), fs[1](), fs[2]())
	sum := 0
outer:
	for i := range 10 {
		for j := range 10 {
			if j > i {
				continue outer
			}
			if i == 5 {
				break outer
			}
			sum += j
		}
	}
	fmt.Println("sum", sum)
}
