package main

import "fmt"

func main() {
	var retries int = "3" // ERROR "cannot use .3. \(untyped string constant\) as int value in variable declaration"
	fmt.Println(retries)
}
