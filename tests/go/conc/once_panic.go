// A function passed to Once.Do that panics still counts as done: the
// panic propagates out of Do (and can be recovered), and later calls of
// Do return at once without calling anything.
package main

import (
	"fmt"
	"sync"
)

func try(once *sync.Once, name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	once.Do(f)
	fmt.Println(name, "returned normally")
}

func main() {
	var once sync.Once
	calls := 0
	try(&once, "first", func() {
		calls++
		panic("init failed")
	})
	try(&once, "second", func() {
		calls++
		fmt.Println("never printed")
	})
	done := make(chan bool)
	go func() {
		once.Do(func() { calls++ })
		done <- true
	}()
	<-done
	fmt.Println("calls:", calls)
}
