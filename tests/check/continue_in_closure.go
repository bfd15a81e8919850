package main

import "fmt"

func main() {
	for _, w := range []string{"a", "", "b"} {
		func() {
			if w == "" {
				continue // ERROR "continue is not in a loop"
			}
			fmt.Println(w)
		}()
	}
}
