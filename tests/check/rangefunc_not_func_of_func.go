package main

func seq(n int) bool { return false }

func main() {
	for v := range seq { // ERROR "cannot range over seq"
		_ = v
	}
}
