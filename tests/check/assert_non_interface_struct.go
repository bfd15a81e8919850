package main

import "fmt"

type event struct{ kind string }

func main() {
	e := event{"click"}
	if _, ok := e.(fmt.Stringer); ok { // ERROR "invalid operation: e \(variable of struct type event\) is not an interface"
		fmt.Println("stringer")
	}
}
