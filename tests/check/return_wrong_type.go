package main

import "fmt"

func describe(items []string) string {
	return len(items) // ERROR "cannot use len\(items\) \(value of type int\) as string value in return statement"
}

func main() {
	fmt.Println(describe(nil))
}
