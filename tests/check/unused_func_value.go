package main

import "fmt"

func flush() { fmt.Println("flushed") }

func main() {
	flush // ERROR "flush \(value of type func\(\)\) is not used"
}
