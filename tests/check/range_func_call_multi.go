package main

import (
	"fmt"
	"os"
)

func main() {
	for _, e := range os.ReadDir(".") { // ERROR "multiple-value os.ReadDir\(.\..\) \(value of type \(\[\]os.DirEntry, error\)\) in single-value context"
		fmt.Println(e.Name())
	}
}
