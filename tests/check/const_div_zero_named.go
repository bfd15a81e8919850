package main

import "fmt"

const perPage = 0

func main() {
	items := 57
	pages := items / perPage // ERROR "invalid operation: division by zero"
	fmt.Println(pages)
}
