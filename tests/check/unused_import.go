package main

import (
	"fmt"
	"os" // ERROR "imported and not used"
)

func main() {
	fmt.Println("hello")
}
