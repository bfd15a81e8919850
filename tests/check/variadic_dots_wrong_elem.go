package main

import "fmt"

func main() {
	names := []string{"ann", "bob"}
	fmt.Println(names...) // ERROR "cannot use names \(variable of type \[\]string\) as \[\]any value in argument to fmt.Println"
}
