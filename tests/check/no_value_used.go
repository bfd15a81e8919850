package main

import "fmt"

func logLine(s string) {
	fmt.Println(s)
}

func main() {
	ok := logLine("start") // ERROR "logLine\(.start.\) \(no value\) used as value"
	fmt.Println(ok)
}
