package main

import "fmt"

func check(err error) {
	switch err.(type) {
	case nil:
		fmt.Println("ok")
	case interface{ Timeout() bool }:
		fmt.Println("timeout")
	case nil: // ERROR "duplicate case nil in type switch"
		fmt.Println("still ok")
	}
}

func main() {
	check(nil)
}
