package main

import "fmt"

func main() {
	level := 2
	switch level {
	case 1:
		fmt.Println("low")
		fallthrough
	case 2:
		fmt.Println("medium")
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
}
