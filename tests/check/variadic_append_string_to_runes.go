package main

import "fmt"

func main() {
	rs := []rune("ab")
	rs = append(rs, "cd"...) // ERROR "cannot use .cd. \(untyped string constant\) as \[\]rune value in argument to append"
	fmt.Println(string(rs))
}
