package main

import "fmt"

type team struct {
	members []string
}

func main() {
	t := team{members: []string{"a", "b"}}
	for _, m := range t { // ERROR "cannot range over t \(variable of struct type team\)"
		fmt.Println(m)
	}
}
