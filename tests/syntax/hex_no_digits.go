package main

func main() {
	mask := 0x
	println(mask)
}
