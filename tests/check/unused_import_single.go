package main

import "errors" // ERROR "imported and not used"

func main() {
	println("ok")
}
