package main

import "fmt"

func greet(name string) {
	fmt.Println("hello,", name)
}

func main() {
	id := 42
	greet(id) // ERROR "cannot use id \(variable of type int\) as string value in argument to greet"
}
