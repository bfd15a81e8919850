// An empty select blocks forever: with nothing else to run, a deadlock.
package main

import "fmt"

func main() {
	fmt.Println("before")
	select {}
}
