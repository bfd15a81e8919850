package main

import "fmt"

func main() {
	path := "C:\Users\gopher\docs"
	fmt.Println(path)
}
