// Receives from a closed channel drain what is buffered, then give the
// zero value and false; values of every kind travel intact.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	strs := make(chan string, 3)
	strs <- "a"
	strs <- "bc"
	close(strs)
	for i := 0; i < 4; i++ {
		v, ok := <-strs
		fmt.Printf("%q %v\n", v, ok)
	}
	pts := make(chan point, 2)
	pts <- point{1, 2}
	close(pts)
	p, ok := <-pts
	fmt.Println(p, ok)
	p, ok = <-pts
	fmt.Println(p, ok)
	anys := make(chan any, 4)
	anys <- 1
	anys <- "two"
	anys <- []int{3}
	anys <- nil
	close(anys)
	for v := range anys {
		fmt.Printf("%T %v\n", v, v)
	}
	done := make(chan struct{})
	go func() {
		close(done)
	}()
	<-done
	_, ok = <-done
	fmt.Println("done closed:", !ok)
}
