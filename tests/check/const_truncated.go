package main

import "fmt"

func main() {
	var workers int = 2.5 // ERROR "cannot use 2.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	fmt.Println(workers)
}
