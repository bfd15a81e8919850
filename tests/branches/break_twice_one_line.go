package main

func main() {
	break; break
}
