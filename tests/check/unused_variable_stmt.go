package main

import "fmt"

func main() {
	done := false
	done // ERROR "done \(variable of type bool\) is not used"
	fmt.Println("end")
}
