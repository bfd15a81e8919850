package main

import "fmt"

type RGB struct{ R, G, B uint8 }

func main() {
	c := RGB{255, 128, 0, 255} // ERROR "too many values in struct literal of type RGB"
	fmt.Println(c)
}
