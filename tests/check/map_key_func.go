package main

import "fmt"

type handlerSet map[func()]string // ERROR "invalid map key type func\(\)"

func main() {
	var h handlerSet
	fmt.Println(len(h))
}
