package main

import "fmt"

func defaultPort() int { return 8080 }

func main() {
	p := &defaultPort() // ERROR "invalid operation: cannot take address of defaultPort\(\) \(value of type int\)"
	fmt.Println(*p)
}
