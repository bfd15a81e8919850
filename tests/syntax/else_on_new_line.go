package main

import "fmt"

func sign(n int) string {
	if n < 0 {
		return "negative"
	}
	else {
		return "non-negative"
	}
}

func main() {
	fmt.Println(sign(-2))
}
