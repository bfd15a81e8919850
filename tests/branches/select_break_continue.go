package main

func main() {
	ch := make(chan int)
Sel:
	select {
	case <-ch:
		break Sel
	default:
		continue Sel
	}
}
