package main

// Not part of the program: go run leaves _test.go files out.
func broken() { undefined() }
