package main

import "fmt"

func main() {
	var buf []byte
	for _, r := range "héllo" {
		buf = append(buf, r) // ERROR "cannot use r \(variable of type rune\) as byte value in argument to append"
	}
	fmt.Println(buf)
}
