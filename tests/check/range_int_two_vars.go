package main

import "fmt"

func main() {
	n := 5
	for i, v := range n { // ERROR "range over n \(variable of type int\) permits only one iteration variable"
		fmt.Println(i, v)
	}
}
