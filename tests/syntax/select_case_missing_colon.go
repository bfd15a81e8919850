package main

func main() {
	ch := make(chan int, 1)
	ch <- 1
	select {
	case v := <-ch
		println(v)
	}
}
