package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred calls do not run on os.Exit")
	fmt.Println("about to exit with 3")
	code := 3
	if code == 0 {
		return
	}
	os.Exit(code)
	fmt.Println("not reached")
}
