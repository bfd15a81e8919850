package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed, os.Exit skips defers")
	fmt.Println("before exit")
	fmt.Fprintln(os.Stderr, "a message on stderr")
	os.Exit(3)
}
