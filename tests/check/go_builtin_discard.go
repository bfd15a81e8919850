package main

import "fmt"

func main() {
	queue := []string{}
	go append(queue, "job") // ERROR "go discards result of append\(queue, .job.\)"
	fmt.Println(queue)
}
