package main

import "fmt"

type buf struct {
	data [4]int
}

func main() {
	b := &buf{}
	for i := 0; i < 4; i++ {
		b.data[i] = i + 1
	}
	fmt.Println(b.data)
	n := 6
	fmt.Println(b.data[n-3])
	fmt.Println(b.data[n])
}
