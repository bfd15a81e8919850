package main

import "fmt"

type Author struct{ Name string }
type Editor struct{ Name string }

type Book struct {
	Author
	Editor
	Title string
}

func main() {
	b := Book{Author{"Ann"}, Editor{"Bob"}, "Go"}
	fmt.Println(b.Name) // ERROR "ambiguous selector b.Name"
}
