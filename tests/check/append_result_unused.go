package main

import "fmt"

func main() {
	var log []string
	append(log, "started") // ERROR "append\(log, .started.\) \(value of type \[\]string\) is not used"
	fmt.Println(log)
}
