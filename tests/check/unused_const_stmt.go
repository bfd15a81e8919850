package main

import "fmt"

func main() {
	fmt.Println("working")
	"done" // ERROR ".done. \(untyped string constant\) is not used"
}
