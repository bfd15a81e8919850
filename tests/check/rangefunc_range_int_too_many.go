package main

func main() {
	for i, j := range 10 { // ERROR "range over 10 \(untyped int constant\) permits only one iteration variable"
		_, _ = i, j
	}
	for s := range 1.5 { // ERROR "cannot range over 1\.5"
		_ = s
	}
}
