package main

import "fmt"

func area(w, h int) int {
	return width * height // ERROR "undefined: width" "undefined: height"
}

func main() {
	fmt.Println(area(2, 3))
}
