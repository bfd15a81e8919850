package main

import "regexp"

func main() {
	digits := regexp.MustCompile("\d+")
	println(digits.String())
}
