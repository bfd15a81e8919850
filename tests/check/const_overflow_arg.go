package main

import "fmt"

func setVolume(v int8) {
	fmt.Println("volume", v)
}

func main() {
	setVolume(1000) // ERROR "cannot use 1000 \(untyped int constant\) as int8 value in argument to setVolume \(overflows\)"
}
