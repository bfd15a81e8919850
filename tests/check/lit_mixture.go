package main

import "fmt"

type Server struct {
	Host string
	Port int
}

func main() {
	s := Server{Host: "localhost", 8080} // ERROR "mixture of field:value and value elements in struct literal"
	fmt.Println(s)
}
