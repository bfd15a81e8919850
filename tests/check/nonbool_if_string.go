package main

import (
	"fmt"
	"os"
)

func main() {
	home := os.Getenv("HOME")
	if home { // ERROR "non-boolean condition in if statement"
		fmt.Println(home)
	}
}
