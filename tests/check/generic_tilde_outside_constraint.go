package main

func main() {
	var x ~int // ERROR "syntax error: unexpected ~, expected type"
	_ = x
}
