package main

import "fmt"

func main() {
	done := true
	<-done // ERROR "invalid operation: cannot receive from non-channel bool done \(variable of type bool\)"
	fmt.Println("finished")
}
