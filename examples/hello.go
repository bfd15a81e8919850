// hello prints a greeting: the smallest complete Go program.
package main

import "fmt"

func main() {
	fmt.Println("Hello, 世界")
}
