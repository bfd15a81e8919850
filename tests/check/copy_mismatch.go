package main

import "fmt"

func main() {
	src := []string{"1", "2"}
	dst := make([]int, 2)
	n := copy(dst, src) // ERROR "invalid copy: arguments dst \(variable of type \[\]int\) and src \(variable of type \[\]string\) have different element types int and string"
	fmt.Println(n, dst)
}
