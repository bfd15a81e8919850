package main

import (
	"fmt"
	"os"
)

func main() {
	var f *os.File
	f = os.Open("data.txt") // ERROR "assignment mismatch: 1 variable but os.Open returns 2 values"
	fmt.Println(f)
}
