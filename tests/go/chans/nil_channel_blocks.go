// Receiving from a nil channel blocks forever; with nothing else to run
// that is a deadlock.
package main

import "fmt"

func main() {
	var ch chan string
	fmt.Println(len(ch), cap(ch), ch == nil)
	fmt.Println(<-ch)
}
