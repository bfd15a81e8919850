package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	m["a"] = 2
	fmt.Println(len(m))
	var k interface{} = []int{1}
	m[k] = 3
}
