package main

func main() {
	ch := make(chan int)
	select ch {
	case v := <-ch:
		println(v)
	}
}
