package main

func worker() {}

func main() {
	go worker // ERROR "expression in go must be function call"
}
