package main

func main() {
	ready := true
	if {
		println(ready)
	}
}
