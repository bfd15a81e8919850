package main

import "os"

func main() {
	os.Stdout.Write("hello\n") // ERROR "cannot use .hello\\n. \(untyped string constant\) as \[\]byte value in argument to os.Stdout.Write"
}
