package main

import (
	"fmt"
	"os"
)

func main() {
	f, err := os.Open("data.txt")
	if err != nil {
		return
	}
	defer f.Close // ERROR "expression in defer must be function call"
	fmt.Println(f.Name())
}
