package main

import "fmt"

func main() {
	// Loop bounds too large for an instruction's immediate, in nested
	// loops, with continue and break, and a shadowing variable in the body.
	total := 0
	for i := 0; i < 100000; i++ {
		if i%3 == 0 {
			continue
		}
		k := 70000
		total += i % 7
		for j := 40000; j > -40000; j -= 20000 {
			total += j / 1000
			k--
		}
		if i > 99990 && k < 70000 {
			break
		}
	}
	fmt.Println(total)
	var u uint32
	for u = 4000000000; u > 3999999990; u-- {
		total += int(u % 10)
	}
	fmt.Println(total, u)
	n := int64(0)
	for n != -9000000000 {
		n -= 3000000000
	}
	fmt.Println(n)
}
