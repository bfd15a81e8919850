package main

func main() {
	buf := make([]byte, 10)
	head := buf[0::4]
	println(len(head))
}
