package main

import "fmt"

func main() {
	days := [3]string{"mon", "tue", "wed", "thu"} // ERROR "index 3 is out of bounds \(>= 3\)"
	fmt.Println(days)
}
