package main

func main() {
	$count := 3
	println($count)
}
