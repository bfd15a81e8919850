package main

import "fmt"

// Results go to package variables so that every slice is on the heap.
var (
	sinkI []int
	sinkB []byte
	sinkS []string
	sinkF []float32
)

func main() {
	for n := 0; n <= 12; n++ {
		src := make([]int, n)
		s := append([]int(nil), src...)
		b := append([]byte(nil), make([]byte, n)...)
		sinkI, sinkB = s, b
		fmt.Println(n, len(sinkI), cap(sinkI), len(sinkB), cap(sinkB))
	}
	sinkI = make([]int, 3, 4)
	sinkI = append(sinkI, 1, 2)
	fmt.Println(len(sinkI), cap(sinkI))
	sinkI = make([]int, 5)
	sinkI = append(sinkI, make([]int, 7)...)
	fmt.Println(len(sinkI), cap(sinkI))
	sinkI = make([]int, 500)
	sinkI = append(sinkI, 1)
	fmt.Println(len(sinkI), cap(sinkI))
	sinkI = make([]int, 256)
	sinkI = append(sinkI, 1)
	fmt.Println(len(sinkI), cap(sinkI))
	sinkI = append(make([]int, 10, 10), make([]int, 30)...)
	fmt.Println(len(sinkI), cap(sinkI))
	sinkS = append(sinkS, "a", "b", "c")
	fmt.Println(len(sinkS), cap(sinkS))
	sinkF = append([]float32{}, 1, 2, 3, 4, 5)
	fmt.Println(len(sinkF), cap(sinkF))
	sinkB = append([]byte("hello"), " world, this is long"...)
	fmt.Println(len(sinkB), cap(sinkB), string(sinkB))
}
