package main

import "fmt"

func main() {
	cmd := "stop"
	switch cmd {
	case "start", "run":
		fmt.Println("starting")
	case "stop", "run": // ERROR "duplicate case .run. \(constant of type string\) in expression switch"
		fmt.Println("stopping")
	}
}
