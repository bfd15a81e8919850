package main

func seq(yield func(int) bool) bool { return true }

func main() {
	for v := range seq { // ERROR "cannot range over seq"
		_ = v
	}
}
