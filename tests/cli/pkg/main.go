// A package main of two files: main.go calls what util.go declares.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(greeting("dir"), len(os.Args)-1, os.Args[1:])
	fmt.Println(total)
}
