package main

import "fmt"

func main() {
	args := []string{"a"}
	switch args {
	case nil:
		fmt.Println("none")
	case []string{"a"}: // ERROR "invalid case"
		fmt.Println("just a")
	}
}
