package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	j := 10
	for j > 7 {
		j--
	}
	fmt.Println(j)
	k := 0
	for {
		k++
		if k == 4 {
			break
		}
	}
	fmt.Println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	var i int
	for i = 0; i < 5; i++ {
	}
	fmt.Println("after", i)
	for ; i < 7; i++ {
		fmt.Print("x")
	}
	fmt.Println()
	for i := 0; i < 10; i++ {
		if i%3 != 0 {
			continue
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 5 {
		n += 2
	}
	fmt.Println(n)
	for i := range 4 {
		fmt.Print(i)
	}
	fmt.Println()
	var count uint8 = 3
	for i := range count {
		fmt.Printf("%T %v ", i, i)
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	lim := 3
	for i := range lim {
		lim = 10 // range expression evaluated once
		fmt.Print(i)
	}
	fmt.Println(" lim", lim)
}
