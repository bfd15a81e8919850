package main

func g() {
	unused := 1
}
